"""Every automation and script in the README works as pasted, for every kind of caller.

The README's ```yaml blocks are read from the file and sorted by what they
are:

- **automations** (a block with ``triggers``) are set up as they stand; a
  block that shows only a trigger (the *Events* section) gets an action that
  records when it fires;
- **script steps** (a block with ``action``) run as a script's sequence;
- **skipped**, each for a reason: the blueprint automations (``use_blueprint``:
  ``tests/test_blueprints.py`` runs every blueprint and checks these blocks'
  inputs), the dashboard card (a Lovelace card, no automation: the button it
  presses is tested in ``tests/test_line.py``), the ``lookup_number`` response
  (an example of response data, not something to run) and the ``logger:``
  block (a configuration.yaml fragment).

A new block that fits none of these fails the test, so it cannot slip in
untested. Each kind of caller rings through the simulated FRITZ!Box as the box
sends it: a German landline, a German mobile (``0176…``) and a foreign caller
(``+44…``, sent as ``0044…``) — a template whose whole output is
``+4917612345678`` reaches an action as the integer 4917612345678, which must
still be the same number.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
import re
from typing import Any

from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.helpers import device_registry as dr
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_mock_service
import yaml

from custom_components.nuisance_calls.const import DOMAIN
from simulator import FritzBoxSimulator

from .conftest import CallEvents

README = Path(__file__).parent.parent / "README.md"
FIRED = "readme_trigger_fired"


@dataclass(frozen=True)
class Block:
    """A ```yaml block of the README, under its heading."""

    line: int
    heading: str
    data: Any


def readme_blocks() -> list[Block]:
    """Every ```yaml block of the README (also indented ones, in lists)."""
    lines = README.read_text(encoding="utf-8").split("\n")
    blocks: list[Block] = []
    heading = ""
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
        if match := re.match(r"^(\s*)```yaml\s*$", line):
            indent = len(match.group(1))
            end = index + 1
            while not lines[end].strip().startswith("```"):
                end += 1
            text = "\n".join(body[indent:] for body in lines[index + 1 : end])
            blocks.append(Block(index + 1, heading, yaml.safe_load(text)))
            index = end
        index += 1
    return blocks


def kind(block: Block) -> str:
    """What a block is: ``automation``, ``script``, or ``skip: <why>``."""
    data = block.data
    assert isinstance(data, dict), block
    if "use_blueprint" in data:
        return "skip: blueprint (tests/test_blueprints.py)"
    if data.get("type") == "vertical-stack":
        return "skip: dashboard card"
    if "tally" in data and "verdict" in data:
        return "skip: lookup_number response data"
    if set(data) == {"logger"}:
        return "skip: configuration.yaml"
    if "triggers" in data:
        return "automation"
    if "action" in data:
        return "script"
    raise AssertionError(f"README line {block.line} ({block.heading}): what is this block?")


def test_every_readme_yaml_block_is_run_or_skipped_for_a_reason() -> None:
    """The blocks this module runs and skips are the ones the docstring names."""
    kinds: dict[str, list[str]] = {}
    for block in readme_blocks():
        kinds.setdefault(kind(block), []).append(block.heading)
    assert kinds == {
        "automation": [
            "Events",
            "Events",
            "Notify on a nuisance call",
            "Flag a caller after three unanswered calls",
        ],
        "script": [
            "Actions",
            "Share your list with a friend",
            "Which company bothers us least (the group's register)",
            "Export evidence for a complaint",
            "Export evidence for a complaint",
        ],
        "skip: lookup_number response data": ["Actions"],
        "skip: blueprint (tests/test_blueprints.py)": [
            "Mute media players and notify on a nuisance call (blueprint)",
            "Announce a known caller (blueprint)",
            "Daily summary (blueprint)",
        ],
        "skip: dashboard card": ["Block the last caller from a dashboard"],
        "skip: configuration.yaml": ["Troubleshooting"],
    }


@dataclass(frozen=True)
class Caller:
    """A caller as the box sends the number, and as the integration shows it."""

    sent: str
    e164: str
    formatted: str


CALLERS = {
    "german_landline": Caller("0307654321", "+49307654321", "030 7654321"),
    "german_mobile": Caller("017612345678", "+4917612345678", "0176 12345678"),
    "foreign": Caller("00442079460958", "+442079460958", "+44 20 7946 0958"),
}


async def _until(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.005)


async def _lookup(hass: HomeAssistant, number: str) -> dict[str, Any]:
    response = await hass.services.async_call(
        DOMAIN, "lookup_number", {"number": number}, blocking=True, return_response=True
    )
    assert isinstance(response, dict)
    return response


async def _set_up(hass: HomeAssistant) -> list[str]:
    """Every README automation set up as pasted, every script step as a script."""
    automations: list[dict[str, Any]] = []
    scripts: dict[str, dict[str, Any]] = {}
    for number, block in enumerate(readme_blocks()):
        match kind(block):
            case "automation":
                config = {"id": f"readme_{number}", **block.data}
                if "actions" not in config:  # a trigger shown on its own
                    config["actions"] = [
                        {
                            "event": FIRED,
                            "event_data": {
                                "id": config["id"],
                                "number": "{{ trigger.to_state.attributes.number }}",
                            },
                        }
                    ]
                automations.append(config)
            case "script":
                scripts[f"readme_{number}"] = {"sequence": [block.data]}
            case _:
                pass
    assert await async_setup_component(hass, "automation", {"automation": automations})
    assert await async_setup_component(hass, "script", {"script": scripts})
    await hass.async_block_till_done()
    states = {state.attributes.get("id"): state for state in hass.states.async_all("automation")}
    for config in automations:
        state = states.get(config["id"])
        assert state is not None, config
        assert state.state == "on", (config, state)  # an invalid one would be unavailable
    return list(scripts)


@pytest.mark.parametrize("caller", CALLERS.values(), ids=CALLERS.keys())
async def test_readme_automations_and_scripts_work_as_pasted(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
    caller: Caller,
) -> None:
    """Three unanswered calls flag the caller; each nuisance call notifies; the rest runs."""
    sent = async_mock_service(hass, "notify", "send_message")
    notifications = async_mock_service(hass, "persistent_notification", "create")
    fired: list[dict[str, Any]] = []

    @callback
    def record(event: Event) -> None:
        fired.append(dict(event.data))

    hass.bus.async_listen(FIRED, record)
    scripts = await _set_up(hass)

    # "Flag a caller after three unanswered calls": two missed calls, not yet.
    for _ in range(2):
        call_id = await simulator.ring(caller.sent)
        await simulator.hang_up(call_id)
    await call_events.wait_for(6)
    await hass.async_block_till_done()
    assert (await _lookup(hass, caller.e164))["list_entry"] is None
    # The third: the line's repeat rule makes it a nuisance call, and the
    # automation puts the number itself on the list, as this caller's number.
    call_id = await simulator.ring(caller.sent)
    await simulator.hang_up(call_id)
    await call_events.wait_for(10)
    assert [event["number"] for event in call_events.events] == [caller.e164] * 10
    await _until(lambda: len(hass.data[DOMAIN].personal) == 1)
    await hass.async_block_till_done()
    found = await _lookup(hass, caller.e164)
    assert found["list_entry"]["number"] == caller.e164
    assert found["list_entry"]["tags"] == ["repeat"]
    assert found["list_entry"]["label"] == "Rang 3 times, never answered"

    # "Notify on a nuisance call": the third call, and the next one, flagged.
    call_id = await simulator.ring(caller.sent)
    await call_events.wait_for(12)
    await simulator.hang_up(call_id)
    await _until(lambda: len(sent) == 2)
    messages = [call.data["message"] for call in sent]
    assert messages == [
        f"{caller.formatted} is calling (3 calls so far).",
        "Rang 3 times, never answered is calling (4 calls so far).",
    ]
    assert {call.data["title"] for call in sent} == {"Nuisance call"}
    # The trigger of the "Events" section fired for both nuisance calls.
    await _until(lambda: len(fired) == 2)
    assert [int(event["number"]) for event in fired] == [int(caller.e164)] * 2

    # The backfill notification of the "Events" section.
    hass.bus.async_fire(
        "nuisance_calls_calls_backfilled",
        {"entry_id": loaded_entry.entry_id, "line": "FRITZ!Box", "calls": 2, "nuisance_calls": 1},
    )
    await _until(lambda: len(notifications) == 1)
    assert notifications[0].data["message"] == "FRITZ!Box: 2 calls, 1 of them nuisance calls."

    # The script steps: flag a number, export the calls.
    for script in scripts:
        await hass.services.async_call("script", script, blocking=True)
    await hass.async_block_till_done()
    flagged = await _lookup(hass, "030 1234567")
    assert flagged["list_entry"]["label"] == "Example Energy Ltd"
    export = Path(hass.config.path("nuisance_calls", "complaint_example_energy.csv"))
    assert await hass.async_add_executor_job(export.is_file)
    note = await hass.data[DOMAIN].store.async_caller_note("+49301234567")
    assert note == "Said no on 12 Nov and asked them to delete my number"


async def test_event_received_on_the_line_device(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """*Event received* → *Choose device*: the line's device fires for each nuisance call.

    The path the README gives instead of device triggers (see CONTRIBUTING's
    Decisions): the device's one event entity is the target.
    """
    [device] = dr.async_entries_for_config_entry(dr.async_get(hass), loaded_entry.entry_id)
    fired: list[str] = []

    @callback
    def record(event: Event) -> None:
        fired.append(event.data["number"])

    hass.bus.async_listen(FIRED, record)
    automation = {
        "id": "device_target",
        "triggers": [
            {
                "trigger": "event.received",
                "target": {"device_id": device.id},
                "options": {"event_type": ["nuisance_call"]},
            }
        ],
        "actions": [
            {"event": FIRED, "event_data": {"number": "{{ trigger.to_state.attributes.label }}"}}
        ],
    }
    assert await async_setup_component(hass, "automation", {"automation": [automation]})
    await hass.services.async_call(
        DOMAIN, "flag_number", {"number": "0301111111", "label": "First"}, blocking=True
    )
    await hass.services.async_call(
        DOMAIN, "flag_number", {"number": "0302222222", "label": "Second"}, blocking=True
    )
    await simulator.ring("0301111111")
    await simulator.ring("0302222222")
    await call_events.wait_for(4)
    await _until(lambda: len(fired) == 2)
    assert fired == ["First", "Second"]
