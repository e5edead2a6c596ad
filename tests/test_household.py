"""The household: judged once per event, one verdict everywhere outside a call.

- A ring is judged by the lists once, however many listeners (other lines,
  the card's subscription, call barring, the most-frequent sensor) hear of it.
- Outside a call (the card, ``lookup_number``), a caller no list judges is
  flagged when the rules of any line flag it; on a ringing call only that
  line's rules count (README "How callers are judged").
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from typing import Any
from unittest.mock import patch

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.nuisance_calls import household as household_module
from custom_components.nuisance_calls.const import DOMAIN
from simulator import FritzBoxSimulator

from .conftest import CallEvents, wait_connected


@pytest.fixture
async def second_box(socket_enabled: None) -> AsyncGenerator[FritzBoxSimulator]:
    """Another simulated FRITZ!Box (a second line)."""
    box = FritzBoxSimulator("127.0.0.1", 0)
    await box.start()
    yield box
    await box.stop()


async def _line(
    hass: HomeAssistant, box: FritzBoxSimulator, title: str, **options: Any
) -> MockConfigEntry:
    entry = MockConfigEntry(
        domain=DOMAIN,
        title=title,
        version=1,
        minor_version=2,
        data={"source": "fritzbox", "host": "127.0.0.1", "port": box.port},
        options={"region": "DE", **options},
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_connected(hass, entry)
    return entry


async def _lookup(hass: HomeAssistant, number: str) -> dict[str, Any]:
    return await hass.services.async_call(  # type: ignore[return-value]
        DOMAIN, "lookup_number", {"number": number}, blocking=True, return_response=True
    )


async def test_a_ring_is_judged_once(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    simulator: FritzBoxSimulator,
    second_box: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Two lines, the card subscribed, the top-caller sensors: one list look-up per ring."""
    home = await _line(hass, simulator, "Home")
    await _line(hass, second_box, "Office")
    await hass.services.async_call(
        DOMAIN, "flag_number", {"number": "030 1234567", "label": "Acme"}, blocking=True
    )
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "nuisance_calls/subscribe"})
    assert (await client.receive_json())["success"]
    hass.states.get("sensor.home_most_frequent_nuisance_caller")  # warm the top caller
    await hass.async_block_till_done()

    real = household_module.judge_by_lists
    judged: list[str] = []

    def counting(number: str, *args: Any, **kwargs: Any) -> Any:
        judged.append(number)
        return real(number, *args, **kwargs)

    with patch.object(household_module, "judge_by_lists", counting):
        await simulator.ring("0301234567")
        await call_events.wait_for(2)  # incoming_call, nuisance_call
        await hass.async_block_till_done()
        pushed = (await client.receive_json())["event"]
    assert judged == ["+49301234567"]
    assert [caller["verdict"] for caller in pushed["callers"]] == ["nuisance"]
    assert call_events.types == ["incoming_call", "nuisance_call"]
    assert call_events.events[0]["entry_id"] == home.entry_id
    top = hass.states.get("sensor.office_most_frequent_nuisance_caller")
    assert (top.state, top.attributes["count"]) == ("Acme", 1)


async def test_rules_of_any_line_outside_a_call_of_that_line_on_a_call(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    simulator: FritzBoxSimulator,
    second_box: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Withheld is a nuisance on the private line only: its calls are flagged, the
    business line's are not, and the card and lookup_number flag the caller."""
    await _line(hass, simulator, "Private", withheld_is_nuisance=True)
    await _line(hass, second_box, "Business", withheld_is_nuisance=False)

    await second_box.ring("")
    await call_events.wait_for(1)
    assert (call_events.events[0]["verdict"], call_events.events[0]["line"]) == ("unknown", "SIP0")
    await simulator.ring("")
    await call_events.wait_for(3)
    assert [event["verdict"] for event in call_events.events] == [
        "unknown",
        "nuisance",
        "nuisance",
    ]
    assert call_events.events[1]["sources"] == ["rule:withheld"]

    result = await _lookup(hass, "anonymous")
    assert (result["verdict"], result["tags"], result["sources"]) == (
        "nuisance",
        ["withheld"],
        ["rule:withheld"],
    )
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "nuisance_calls/callers", "verdict": "nuisance"})
    callers = (await client.receive_json())["result"]["callers"]
    assert [(caller["number"], caller["count"]) for caller in callers] == [("anonymous", 2)]

    # Without the private line, no rule flags withheld callers any more.
    private = next(
        entry for entry in hass.config_entries.async_entries(DOMAIN) if entry.title == "Private"
    )
    assert await hass.config_entries.async_unload(private.entry_id)
    assert (await _lookup(hass, "anonymous"))["verdict"] == "unknown"


async def _freed(freed_in: list[str], count: int) -> None:
    """Wait for the executor's job (a background job: ``block_till_done`` does not)."""
    async with asyncio.timeout(5):
        while len(freed_in) < count:
            await asyncio.sleep(0.01)
    assert len(freed_in) == count


async def test_a_replaced_list_index_is_freed_off_the_event_loop(
    hass: HomeAssistant, loaded_entry: MockConfigEntry
) -> None:
    """A list refresh swaps indexes on the loop; the old one's memory is freed in the
    executor (a big list's block took the loop milliseconds to give back)."""
    import threading

    from custom_components.nuisance_calls.household import HOUSEHOLD
    from custom_components.nuisance_calls.lib.matcher import ListRecord, MatchIndex

    freed_in: list[str] = []

    class Tracked(MatchIndex):
        def __del__(self) -> None:
            freed_in.append(threading.current_thread().name)

    household = hass.data[HOUSEHOLD]
    record = ListRecord("+49301234567", label="Robo", source="list:X")
    household.set_list("x", Tracked([record]))
    household.set_list("x", Tracked([record]))  # a refresh: the first one goes
    await _freed(freed_in, 1)
    household.set_list("x", None)  # the list removed: the second one goes
    await _freed(freed_in, 2)
    assert threading.main_thread().name not in freed_in
    assert household.judge("+49301234567").verdict.value == "unknown"
