"""The automation blueprints: valid for Home Assistant, and they act on simulated calls."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
import shutil
from typing import Any

from freezegun import freeze_time
from homeassistant.components.automation.config import AUTOMATION_BLUEPRINT_SCHEMA
from homeassistant.components.blueprint.models import Blueprint
from homeassistant.components.media_player import MediaPlayerEntityFeature
from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
from homeassistant.util.yaml import load_yaml
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
    async_mock_service,
)
import yaml

from custom_components.nuisance_calls.const import DOMAIN
from simulator import FritzBoxSimulator

from .conftest import CallEvents

# These tests read diagnostic entities, which are disabled by default.
pytestmark = pytest.mark.usefixtures("diagnostics_enabled")

BLUEPRINT_DIR = Path(__file__).parent.parent / "blueprints" / "automation" / "nuisance_calls"
BLUEPRINTS = ("announce_known_caller.yaml", "daily_summary.yaml", "mute_and_notify.yaml")

EVENT = "event.fritz_box_call"
NUISANCE = "binary_sensor.fritz_box_nuisance_call"
CALLS_TODAY = "sensor.fritz_box_calls_today"
NUISANCE_TODAY = "sensor.fritz_box_nuisance_calls_today"
MOST_FREQUENT = "sensor.fritz_box_most_frequent_nuisance_caller"
MUTE_SWITCH = "switch.fritz_box_mute_ringer"

HOSTILE_LABEL = "[click](http://x) <img src=x>"
HOSTILE_LABEL_SHOWN = "clickhttp://x img src=x"
ACTIVE_CHARS = set("[]()<>*_`#|!\\")

KITCHEN = "media_player.kitchen"  # playing, not muted
BEDROOM = "media_player.bedroom"  # playing, already muted by its owner
GARAGE = "media_player.garage"  # off: nothing to mute


@pytest.fixture
def hass_config_dir(hass_tmp_config_dir: str) -> str:
    """A temporary config dir, so blueprints copied into it vanish with the test."""
    return hass_tmp_config_dir


# -- helpers ---------------------------------------------------------------------------


async def _until(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    """Let the loop run until ``predicate`` holds."""
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.005)


async def _settle(hass: HomeAssistant) -> None:
    """Give pending automation runs a chance to act (without waiting for long waits)."""
    for _ in range(20):
        await asyncio.sleep(0)
    await asyncio.sleep(0.05)


async def _setup_automations(hass: HomeAssistant, *configs: dict[str, Any]) -> None:
    """Copy the blueprints into the config dir and set up automations using them."""
    target = Path(hass.config.path("blueprints/automation/nuisance_calls"))

    def copy() -> None:
        target.mkdir(parents=True, exist_ok=True)
        for name in BLUEPRINTS:
            shutil.copy(BLUEPRINT_DIR / name, target / name)

    await hass.async_add_executor_job(copy)
    assert await async_setup_component(hass, "automation", {"automation": list(configs)})
    await hass.async_block_till_done()
    for config in configs:
        state = hass.states.get(f"automation.{config['id']}")
        assert state is not None
        # A blueprint that fails to validate leaves its automation unavailable.
        assert state.state == "on", state


def _automation(automation_id: str, blueprint: str, **inputs: Any) -> dict[str, Any]:
    return {
        "id": automation_id,
        "alias": automation_id,
        "use_blueprint": {"path": f"nuisance_calls/{blueprint}", "input": inputs},
    }


async def _flag(hass: HomeAssistant, number: str, **fields: str) -> None:
    await hass.services.async_call(
        DOMAIN, "flag_number", {"number": number, **fields}, blocking=True
    )


async def _allow(hass: HomeAssistant, number: str, **fields: str) -> None:
    await hass.services.async_call(
        DOMAIN, "allow_number", {"number": number, **fields}, blocking=True
    )


def _entity_ids(call: ServiceCall) -> list[str]:
    entity_ids = call.data["entity_id"]
    return [entity_ids] if isinstance(entity_ids, str) else list(entity_ids)


class FakePlayers:
    """Media players as states, with a ``volume_mute`` action that records and applies."""

    def __init__(self, hass: HomeAssistant) -> None:
        self.hass = hass
        self.mute_calls: list[tuple[str, bool]] = []
        self.requested: list[tuple[str, bool]] = []
        self.gate: asyncio.Event | None = None  # set: a slow player, answers when opened
        features = MediaPlayerEntityFeature.VOLUME_MUTE | MediaPlayerEntityFeature.VOLUME_SET
        for entity_id, muted in ((KITCHEN, False), (BEDROOM, True)):
            hass.states.async_set(
                entity_id,
                "playing",
                {"is_volume_muted": muted, "volume_level": 0.4, "supported_features": features},
            )
        hass.states.async_set(GARAGE, "off", {"supported_features": features})
        hass.services.async_register("media_player", "volume_mute", self._volume_mute)

    async def _volume_mute(self, call: ServiceCall) -> None:
        muted = call.data["is_volume_muted"]
        self.requested.extend((entity_id, muted) for entity_id in _entity_ids(call))
        if self.gate is not None:
            await self.gate.wait()
        for entity_id in _entity_ids(call):
            self.mute_calls.append((entity_id, muted))
            state = self.hass.states.get(entity_id)
            assert state is not None
            self.hass.states.async_set(
                entity_id, state.state, {**state.attributes, "is_volume_muted": muted}
            )

    def muted(self, entity_id: str) -> bool:
        state = self.hass.states.get(entity_id)
        assert state is not None
        return bool(state.attributes.get("is_volume_muted"))


# -- the blueprint files ---------------------------------------------------------------


def test_blueprint_files_are_the_documented_ones() -> None:
    """Exactly the three blueprints exist (a new one needs its own tests)."""
    assert sorted(path.name for path in BLUEPRINT_DIR.glob("*.yaml")) == list(BLUEPRINTS)


@pytest.mark.parametrize("name", BLUEPRINTS)
def test_blueprint_is_valid(name: str) -> None:
    """Each file passes Home Assistant's automation blueprint schema, inputs documented."""
    data = load_yaml(BLUEPRINT_DIR / name)
    blueprint = Blueprint(
        data, path=name, expected_domain="automation", schema=AUTOMATION_BLUEPRINT_SCHEMA
    )
    assert blueprint.validate() is None  # the installed HA meets min_version
    metadata = blueprint.metadata
    assert metadata["homeassistant"]["min_version"] == "2026.10.0"
    assert metadata["name"]
    assert metadata["description"]
    assert blueprint.inputs
    for key, spec in blueprint.inputs.items():
        assert spec["name"], key
        assert spec["description"], key
        assert "selector" in spec, key
        entity = (spec["selector"] or {}).get("entity")
        if entity is None:
            continue
        domains = {domain for rule in entity["filter"] for domain in rule.get("domain", [])}
        # This line's own entities are only offered from this integration.
        if domains & {"event", "binary_sensor", "sensor", "switch"}:
            assert all(rule.get("integration") == DOMAIN for rule in entity["filter"]), key


def test_readme_blueprint_examples_match_the_inputs() -> None:
    """The README's blueprint YAML names real inputs and every required one."""
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Automations and blueprints", 1)[1].split("\n### ", 1)[0]
    blocks = [block.split("```", 1)[0] for block in section.split("```yaml\n")[1:]]
    examples = [yaml.safe_load(block) for block in blocks if "use_blueprint:" in block]
    assert sorted(example["use_blueprint"]["path"] for example in examples) == [
        f"nuisance_calls/{name}" for name in BLUEPRINTS
    ]
    for example in examples:
        name = example["use_blueprint"]["path"].removeprefix("nuisance_calls/")
        blueprint = Blueprint(
            load_yaml(BLUEPRINT_DIR / name),
            expected_domain="automation",
            schema=AUTOMATION_BLUEPRINT_SCHEMA,
        )
        given = set(example["use_blueprint"]["input"])
        required = {key for key, spec in blueprint.inputs.items() if "default" not in spec}
        assert given <= set(blueprint.inputs), name
        assert required <= given, name


# -- mute and notify -------------------------------------------------------------------


async def test_mute_and_notify(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """A flagged call mutes the unmuted players until it ends; a safe notification."""
    players = FakePlayers(hass)
    notifications = async_mock_service(hass, "persistent_notification", "create")
    await _setup_automations(
        hass,
        _automation(
            "mute",
            "mute_and_notify.yaml",
            call_event=EVENT,
            nuisance_sensor=NUISANCE,
            media_players=[KITCHEN, BEDROOM, GARAGE],
        ),
    )
    await _flag(hass, "0301234567", tag="telemarketing", label=HOSTILE_LABEL)

    # An unflagged call does nothing.
    harmless = await simulator.ring("0307654321")
    await call_events.wait_for(1)
    await _settle(hass)
    assert players.mute_calls == []
    assert notifications == []
    await simulator.hang_up(harmless)
    await call_events.wait_for(3)

    call_id = await simulator.ring("0301234567")
    await _until(lambda: players.muted(KITCHEN))
    await _until(lambda: len(notifications) == 1)
    assert notifications[0].data["title"] == "Nuisance call"
    message = notifications[0].data["message"]
    assert message == (
        f"{HOSTILE_LABEL_SHOWN} is calling (telemarketing). Calls from this number so far: 1."
    )
    assert not ACTIVE_CHARS & set(message.split(" is calling")[0])
    # Only the player that was not muted is muted.
    assert players.mute_calls == [(KITCHEN, True)]

    await simulator.answer(call_id)
    await call_events.wait_for(6)  # 3 of the first call, incoming, nuisance, answered
    await _settle(hass)
    assert players.muted(KITCHEN)  # still muted while the call is connected
    assert players.mute_calls == [(KITCHEN, True)]

    await simulator.hang_up(call_id, 7)
    await _until(lambda: not players.muted(KITCHEN))
    await hass.async_block_till_done()
    # Muted, then unmuted after the call; the owner's muted player stays muted.
    assert players.mute_calls == [(KITCHEN, True), (KITCHEN, False)]
    assert players.muted(BEDROOM)
    assert hass.states.get(NUISANCE).state == "off"
    assert hass.states.get("automation.mute").attributes["current"] == 0
    assert len(notifications) == 1


async def test_mute_overlapping_nuisance_calls(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Two flagged calls at once: two notifications, players unmuted after the last."""
    players = FakePlayers(hass)
    notifications = async_mock_service(hass, "persistent_notification", "create")
    await _setup_automations(
        hass,
        _automation(
            "mute",
            "mute_and_notify.yaml",
            call_event=EVENT,
            nuisance_sensor=NUISANCE,
            media_players=[KITCHEN],
            title="Cold call",
        ),
    )
    await _flag(hass, "0301111111", label="First Energy")
    await _flag(hass, "0302222222", tag="scam", label="Second Bank")

    first = await simulator.ring("0301111111")
    await _until(lambda: players.muted(KITCHEN))
    second = await simulator.ring("0302222222")
    await _until(lambda: len(notifications) == 2)
    assert [call.data["message"] for call in notifications] == [
        "First Energy is calling (nuisance). Calls from this number so far: 1.",
        "Second Bank is calling (scam). Calls from this number so far: 1.",
    ]
    assert {call.data["title"] for call in notifications} == {"Cold call"}

    await simulator.hang_up(first)
    await call_events.wait_for(
        6
    )  # both rang (incoming + nuisance each), the first was missed and ended
    await _settle(hass)
    assert players.muted(KITCHEN)  # the second flagged call is still ringing
    await simulator.hang_up(second)
    await _until(lambda: not players.muted(KITCHEN))
    assert players.mute_calls == [(KITCHEN, True), (KITCHEN, False)]


async def test_two_nuisance_calls_in_a_row_both_notify(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """A caller flagged while ringing right after another nuisance call: two runs.

    The event type stays ``nuisance_call`` from one event to the next, so a
    state trigger on that attribute would see no change and miss the second.
    """
    players = FakePlayers(hass)
    notifications = async_mock_service(hass, "persistent_notification", "create")
    await _setup_automations(
        hass,
        _automation(
            "mute",
            "mute_and_notify.yaml",
            call_event=EVENT,
            nuisance_sensor=NUISANCE,
            media_players=[KITCHEN],
        ),
    )
    await _flag(hass, "0301111111", label="First Energy")
    unknown = await simulator.ring("0302222222")
    await call_events.wait_for(1)
    flagged = await simulator.ring("0301111111")
    await call_events.wait_for(3)
    await _until(lambda: len(notifications) == 1)
    await _flag(hass, "0302222222", label="Late Bank")
    await call_events.wait_for(4)
    assert call_events.types == ["incoming_call", "incoming_call", "nuisance_call", "nuisance_call"]
    await _until(lambda: len(notifications) == 2)
    assert [call.data["message"].split(" is calling")[0] for call in notifications] == [
        "First Energy",
        "Late Bank",
    ]
    assert players.muted(KITCHEN)
    for call_id in (unknown, flagged):
        await simulator.hang_up(call_id)
    await _until(lambda: not players.muted(KITCHEN))


async def test_mute_ends_when_the_line_drops_mid_call(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """The box's connection drops while a flagged call rings: unmuted at once, not in 15 min."""
    players = FakePlayers(hass)
    async_mock_service(hass, "persistent_notification", "create")
    await _setup_automations(
        hass,
        _automation(
            "mute",
            "mute_and_notify.yaml",
            call_event=EVENT,
            nuisance_sensor=NUISANCE,
            media_players=[KITCHEN],
        ),
    )
    await _flag(hass, "0301234567")
    await simulator.ring("0301234567")
    await _until(lambda: players.muted(KITCHEN))
    await simulator.drop_clients()
    await call_events.wait_for(4)
    assert call_events.types[2:] == ["call_missed", "call_ended"]
    await _until(lambda: not players.muted(KITCHEN))
    assert players.mute_calls == [(KITCHEN, True), (KITCHEN, False)]
    await _until(lambda: hass.states.get("automation.mute").attributes["current"] == 0)


async def test_mute_ends_for_a_call_over_before_the_players_were_muted(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """A ping call that hangs up while a slow player mutes: unmuted at once, not later."""
    players = FakePlayers(hass)
    players.gate = asyncio.Event()
    async_mock_service(hass, "persistent_notification", "create")
    await _setup_automations(
        hass,
        _automation(
            "mute",
            "mute_and_notify.yaml",
            call_event=EVENT,
            nuisance_sensor=NUISANCE,
            media_players=[KITCHEN],
        ),
    )
    await _flag(hass, "0301234567")
    call_id = await simulator.ring("0301234567")
    await _until(lambda: players.requested == [(KITCHEN, True)])
    await simulator.hang_up(call_id)
    await call_events.wait_for(4)
    await _until(lambda: hass.states.get(NUISANCE).state == "off")
    players.gate.set()  # the player is muted only now, after the call
    await _until(lambda: players.mute_calls == [(KITCHEN, True), (KITCHEN, False)])
    assert not players.muted(KITCHEN)


async def test_mute_waits_for_the_line_to_report_the_call(hass: HomeAssistant) -> None:
    """The run may start before the sensor is on for its call: it must not unmute then.

    Whether the line writes the sensor before or after the event is its own
    business, so the states are set by hand here, in the harder order.
    """
    players = FakePlayers(hass)
    async_mock_service(hass, "persistent_notification", "create")
    event, sensor = "event.other_line_call", "binary_sensor.other_line_nuisance_call"
    hass.states.async_set(event, "2026-11-24T10:00:00.000+00:00", {"event_type": "incoming_call"})
    hass.states.async_set(sensor, "off")
    await _setup_automations(
        hass,
        _automation(
            "mute",
            "mute_and_notify.yaml",
            call_event=event,
            nuisance_sensor=sensor,
            media_players=[KITCHEN],
        ),
    )

    def fire(stamp: str, event_type: str) -> None:
        hass.states.async_set(
            event, f"2026-11-24T10:00:{stamp}+00:00", {"event_type": event_type, "count": 1}
        )

    fire("00.001", "nuisance_call")  # the sensor is still off
    await _until(lambda: players.muted(KITCHEN))
    await _settle(hass)
    assert players.muted(KITCHEN)
    hass.states.async_set(sensor, "on")
    fire("05.000", "call_answered")
    await _settle(hass)
    assert players.muted(KITCHEN)
    fire("09.000", "call_ended")  # event first, then the sensor: still on for a moment
    await _settle(hass)
    assert players.muted(KITCHEN)
    hass.states.async_set(sensor, "off")
    await _until(lambda: not players.muted(KITCHEN))
    assert players.mute_calls == [(KITCHEN, True), (KITCHEN, False)]


async def test_mute_switch_and_notify_entity(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """With the switch off nothing is muted; the notify entity gets the message."""
    players = FakePlayers(hass)
    sent = async_mock_service(hass, "notify", "send_message")
    notifications = async_mock_service(hass, "persistent_notification", "create")
    await _setup_automations(
        hass,
        _automation(
            "mute",
            "mute_and_notify.yaml",
            call_event=EVENT,
            nuisance_sensor=NUISANCE,
            media_players=[KITCHEN],
            mute_switch=MUTE_SWITCH,
            notify_entity="notify.phone",
        ),
    )
    await hass.services.async_call("switch", "turn_off", {"entity_id": MUTE_SWITCH}, blocking=True)
    assert hass.states.get(MUTE_SWITCH).state == "off"
    await _flag(hass, "0301234567")

    call_id = await simulator.ring("0301234567")
    await _until(lambda: len(sent) == 1)
    assert _entity_ids(sent[0]) == ["notify.phone"]
    assert sent[0].data["message"] == (
        "030 1234567 is calling (nuisance). Calls from this number so far: 1."
    )
    assert notifications == []
    await simulator.hang_up(call_id)
    await call_events.wait_for(4)
    await _settle(hass)
    assert players.mute_calls == []


async def test_mute_and_notify_ignores_reconnect(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """A disconnect ends the ringing call; coming back is not a new nuisance call."""
    sent = async_mock_service(hass, "notify", "send_message")
    await _setup_automations(
        hass,
        _automation(
            "mute",
            "mute_and_notify.yaml",
            call_event=EVENT,
            nuisance_sensor=NUISANCE,
            notify_entity="notify.phone",
        ),
    )
    await _flag(hass, "0301234567")
    await simulator.ring("0301234567")
    await _until(lambda: len(sent) == 1)
    assert hass.states.get(EVENT).attributes["event_type"] == "nuisance_call"

    await simulator.drop_clients()
    connected = "binary_sensor.fritz_box_connected"
    await _until(lambda: hass.states.get(connected).state == "off")
    # The event entity stays available; the lost call ended with its events.
    assert hass.states.get(EVENT).attributes["event_type"] == "call_ended"
    event_state = hass.states.get(EVENT).state
    await _until(lambda: hass.states.get(connected).state == "on", timeout=10)
    assert hass.states.get(EVENT).state == event_state  # coming back fires nothing
    await _settle(hass)
    await hass.async_block_till_done()
    assert len(sent) == 1


# -- announce a known caller -----------------------------------------------------------


async def test_announce_known_caller(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Allowed callers with a name are announced, each call; others are not."""
    spoken = async_mock_service(hass, "tts", "speak")
    notifications = async_mock_service(hass, "persistent_notification", "create")
    await _setup_automations(
        hass,
        _automation(
            "announce",
            "announce_known_caller.yaml",
            call_event=EVENT,
            tts_entity="tts.speaker",
            media_players=[KITCHEN, BEDROOM],
            send_notification=True,
        ),
    )
    await _allow(hass, "0301111111", label="Grandma *Oma*")
    await _allow(hass, "0302222222", label=HOSTILE_LABEL)
    await _allow(hass, "0303333333")  # allowed, but no name to say
    await _flag(hass, "0304444444", label="Flagged Ltd")

    for number in ("0303333333", "0304444444", "0305555555"):
        await simulator.ring(number)
    await call_events.wait_for(4)  # three incoming, one nuisance
    await _settle(hass)
    assert spoken == []
    assert notifications == []

    # Two known callers ring at once: both are announced.
    await simulator.ring("0301111111")
    await simulator.ring("0302222222")
    await _until(lambda: len(spoken) == 2)
    assert [call.data["message"] for call in spoken] == [
        "Grandma Oma is calling",
        f"{HOSTILE_LABEL_SHOWN} is calling",
    ]
    for call in spoken:
        assert _entity_ids(call) == ["tts.speaker"]
        assert call.data["media_player_entity_id"] == [KITCHEN, BEDROOM]
    await _until(lambda: len(notifications) == 2)
    assert [call.data["message"] for call in notifications] == [
        "Grandma Oma is calling",
        f"{HOSTILE_LABEL_SHOWN} is calling",
    ]
    assert {call.data["title"] for call in notifications} == {"Incoming call"}


async def test_announce_without_notification_and_own_words(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """The announcement text is the user's; no notification unless asked for."""
    spoken = async_mock_service(hass, "tts", "speak")
    sent = async_mock_service(hass, "notify", "send_message")
    notifications = async_mock_service(hass, "persistent_notification", "create")
    await _setup_automations(
        hass,
        _automation(
            "announce",
            "announce_known_caller.yaml",
            call_event=EVENT,
            tts_entity="tts.speaker",
            media_players=[KITCHEN],
            message_template="Anruf von {name}",
            notify_entity="notify.phone",
        ),
    )
    await _allow(hass, "0301111111", label="Oma")
    call_id = await simulator.ring("0301111111")
    await _until(lambda: len(spoken) == 1)
    assert spoken[0].data["message"] == "Anruf von Oma"
    # Answering and hanging up are no new announcements.
    await simulator.answer(call_id)
    await simulator.hang_up(call_id, 5)
    await call_events.wait_for(3)
    await _settle(hass)
    assert len(spoken) == 1
    assert sent == []
    assert notifications == []


# -- daily summary ---------------------------------------------------------------------


async def _local_noon(hass: HomeAssistant) -> None:
    """A time zone where it is about noon now, so "today" lasts through the test."""
    offset = 12 - dt_util.utcnow().hour  # local = UTC + offset, -11 ... +12
    await hass.config.async_set_time_zone(f"Etc/GMT{-offset:+d}" if offset else "UTC")


async def _fire_daily(hass: HomeAssistant, at: Any) -> None:
    """Let the clock reach ``at`` (time triggers fire within a second after it)."""
    with freeze_time(at + timedelta(seconds=1)):
        async_fire_time_changed(hass, at + timedelta(seconds=1))
    await hass.async_block_till_done()


async def _turn_off(hass: HomeAssistant, *automation_ids: str) -> None:
    """Detach the time triggers, which would otherwise outlive the test."""
    await hass.services.async_call(
        "automation",
        "turn_off",
        {"entity_id": [f"automation.{automation_id}" for automation_id in automation_ids]},
        blocking=True,
    )


async def test_daily_summary(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """At the chosen time: calls and nuisance calls today, the top caller if known."""
    await _local_noon(hass)
    notifications = async_mock_service(hass, "persistent_notification", "create")
    await _flag(hass, "0301234567", label=HOSTILE_LABEL)
    for number in ("0301234567", "0307654321", "0301234567"):
        call_id = await simulator.ring(number)
        await simulator.hang_up(call_id)
    await call_events.wait_for(11)  # 3 calls: incoming, missed, ended; 2 nuisance
    await hass.async_block_till_done()
    assert hass.states.get(CALLS_TODAY).state == "3"
    assert hass.states.get(NUISANCE_TODAY).state == "2"

    at = (dt_util.now() + timedelta(hours=1)).replace(microsecond=0)
    inputs: dict[str, Any] = {
        "time": at.strftime("%H:%M:%S"),
        "calls_today_sensor": CALLS_TODAY,
        "nuisance_today_sensor": NUISANCE_TODAY,
        "skip_without_nuisance": True,
    }
    # The sensor is new; the summary works with and without it.
    most_frequent = hass.states.get(MOST_FREQUENT)
    full = dict(inputs, most_frequent_sensor=MOST_FREQUENT) if most_frequent else inputs
    # A line with the phone has a "Calls stopped today" sensor (this test's line has none).
    hass.states.async_set("sensor.phone_line_calls_stopped_today", "2")
    full["stopped_today_sensor"] = "sensor.phone_line_calls_stopped_today"
    await _setup_automations(
        hass,
        _automation("summary", "daily_summary.yaml", **full),
        _automation("short", "daily_summary.yaml", title="Short", **inputs),
    )

    await _fire_daily(hass, at - timedelta(minutes=1))
    assert notifications == []  # not yet
    await _fire_daily(hass, at)
    assert len(notifications) == 2
    messages = {call.data["title"]: call.data["message"] for call in notifications}
    assert messages["Short"] == "- Calls today: 3\n- Nuisance calls today: 2"
    stopped = "- Stopped by the phone: 2"
    if most_frequent is None:
        assert messages["Calls today"] == messages["Short"] + "\n" + stopped
    else:
        most_frequent = hass.states.get(MOST_FREQUENT)
        assert int(most_frequent.attributes["count"]) == 2
        assert messages["Calls today"] == (
            f"- Calls today: 3\n- Nuisance calls today: 2\n{stopped}\n"
            f"- Most frequent nuisance caller: {HOSTILE_LABEL_SHOWN} (2 calls)"
        )
    await _turn_off(hass, "summary", "short")


async def test_daily_summary_skips_days_without_nuisance(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """With the option on, a day without nuisance calls sends nothing; without it, 0."""
    await _local_noon(hass)
    notifications = async_mock_service(hass, "persistent_notification", "create")
    sent = async_mock_service(hass, "notify", "send_message")
    call_id = await simulator.ring("0307654321")
    await simulator.answer(call_id)
    await simulator.hang_up(call_id, 30)
    await call_events.wait_for(3)
    await hass.async_block_till_done()

    at = (dt_util.now() + timedelta(minutes=30)).replace(microsecond=0)
    common = {
        "time": at.strftime("%H:%M:%S"),
        "calls_today_sensor": CALLS_TODAY,
        "nuisance_today_sensor": NUISANCE_TODAY,
    }
    await _setup_automations(
        hass,
        _automation("quiet", "daily_summary.yaml", skip_without_nuisance=True, **common),
        _automation(
            "always",
            "daily_summary.yaml",
            notify_entity="notify.phone",
            title="Phone log",
            **common,
        ),
    )
    await _fire_daily(hass, at)
    assert notifications == []
    assert len(sent) == 1
    assert _entity_ids(sent[0]) == ["notify.phone"]
    assert sent[0].data["title"] == "Phone log"
    assert sent[0].data["message"] == "- Calls today: 1\n- Nuisance calls today: 0"
    await _turn_off(hass, "quiet", "always")
