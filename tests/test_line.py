"""A line on the simulated FRITZ!Box: calls in, events and states out."""

from __future__ import annotations

import asyncio
from datetime import timedelta
import logging

from freezegun import freeze_time
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import STATE_OFF, STATE_ON, STATE_UNAVAILABLE, STATE_UNKNOWN
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_fire_time_changed

from custom_components.nuisance_calls.const import DOMAIN
from custom_components.nuisance_calls.lib.matcher import MatchIndex
from simulator import FritzBoxSimulator

from .conftest import CallEvents, wait_connected

# These tests read diagnostic entities, which are disabled by default.
pytestmark = pytest.mark.usefixtures("diagnostics_enabled")

EVENT = "event.fritz_box_call"
NUISANCE = "binary_sensor.fritz_box_nuisance_call"
CONNECTED = "binary_sensor.fritz_box_connected"
LAST_CALLER = "sensor.fritz_box_last_caller"
CALLS_TODAY = "sensor.fritz_box_calls_today"
NUISANCE_TODAY = "sensor.fritz_box_nuisance_calls_today"
NUISANCE_TOTAL = "sensor.fritz_box_nuisance_calls"
MUTE = "switch.fritz_box_mute_ringer"
FLAG_BUTTON = "button.fritz_box_flag_last_caller"


async def _flag(hass: HomeAssistant, number: str, **fields: str) -> None:
    await hass.services.async_call(
        DOMAIN, "flag_number", {"number": number, **fields}, blocking=True
    )


async def test_entities_created(hass: HomeAssistant, loaded_entry: MockConfigEntry) -> None:
    """Every entity of the contract exists with its initial state."""
    assert loaded_entry.state is ConfigEntryState.LOADED
    assert hass.states.get(EVENT).state == STATE_UNKNOWN
    assert hass.states.get(EVENT).attributes["event_types"] == [
        "incoming_call",
        "nuisance_call",
        "call_answered",
        "call_missed",
        "call_stopped",
        "call_ended",
        "outgoing_call",
    ]
    assert hass.states.get(NUISANCE).state == STATE_OFF
    assert hass.states.get(CONNECTED).state == STATE_ON
    assert hass.states.get(LAST_CALLER).state == STATE_UNKNOWN
    assert hass.states.get(CALLS_TODAY).state == "0"
    assert hass.states.get(NUISANCE_TODAY).state == "0"
    assert hass.states.get(NUISANCE_TOTAL).state == "0"
    assert hass.states.get(NUISANCE_TOTAL).attributes["state_class"] == "total_increasing"
    assert hass.states.get(CALLS_TODAY).attributes["state_class"] == "total"
    assert hass.states.get(CALLS_TODAY).attributes["last_reset"]
    assert hass.states.get(MUTE).state == STATE_ON
    assert hass.states.get(FLAG_BUTTON) is not None


async def test_missed_call_events_and_states(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """RING then DISCONNECT: incoming_call, call_missed, call_ended; counters count."""
    call_id = await simulator.ring("030 1234567".replace(" ", ""))
    await call_events.wait_for(1)
    await hass.async_block_till_done()
    event = call_events.events[0]
    assert event["event_type"] == "incoming_call"
    assert event["entry_id"] == loaded_entry.entry_id
    assert event["number"] == "+49301234567"
    assert event["raw_number"] == "0301234567"
    assert event["verdict"] == "unknown"
    assert event["call_id"] == str(call_id)
    assert event["line"] == "SIP0"
    assert event["count"] == 1
    state = hass.states.get(EVENT)
    assert state.attributes["event_type"] == "incoming_call"
    assert state.attributes["number"] == "+49301234567"
    assert state.attributes["count"] == 1
    assert hass.states.get(LAST_CALLER).state == "030 1234567"
    assert hass.states.get(CALLS_TODAY).state == "1"
    assert hass.states.get(NUISANCE).state == STATE_OFF

    await simulator.hang_up(call_id)
    await call_events.wait_for(3)
    await hass.async_block_till_done()
    assert call_events.types == ["incoming_call", "call_missed", "call_ended"]
    assert hass.states.get(EVENT).attributes["event_type"] == "call_ended"
    assert hass.states.get(LAST_CALLER).attributes["missed"] == 1


async def test_answered_call(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """CONNECT gives call_answered; no call_missed at the end."""
    call_id = await simulator.ring("0301234567")
    await simulator.answer(call_id)
    await simulator.hang_up(call_id, 42)
    await call_events.wait_for(3)
    await hass.async_block_till_done()
    assert call_events.types == ["incoming_call", "call_answered", "call_ended"]
    assert call_events.events[-1]["duration"] == 42
    response = await hass.services.async_call(
        DOMAIN, "lookup_number", {"number": "030 1234567"}, blocking=True, return_response=True
    )
    assert response["tally"]["count"] == 1
    assert response["tally"]["answered"] == 1
    assert response["tally"]["missed"] == 0
    assert response["tally"]["history"][0]["duration"] == 42


async def test_outgoing_call(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """CALL gives outgoing_call and is not counted as a caller."""
    call_id = await simulator.call("0891234567")
    await simulator.answer(call_id)
    await simulator.hang_up(call_id, 5)
    await call_events.wait_for(3)
    await hass.async_block_till_done()
    assert call_events.types == ["outgoing_call", "call_answered", "call_ended"]
    assert call_events.events[0]["number"] == "+49891234567"
    assert call_events.events[0]["direction"] == "outgoing"
    assert hass.states.get(CALLS_TODAY).state == "0"


async def test_flagged_caller_fires_nuisance_call(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """A flagged number: nuisance_call event, binary sensor on while it rings."""
    await _flag(hass, "+49 30 1234567", tag="telemarketing", label="Acme Energy")
    call_id = await simulator.ring("0301234567")
    await call_events.wait_for(2)
    await hass.async_block_till_done()
    assert call_events.types == ["incoming_call", "nuisance_call"]
    nuisance = call_events.events[1]
    assert nuisance["verdict"] == "nuisance"
    assert nuisance["tags"] == ["telemarketing"]
    assert nuisance["label"] == "Acme Energy"
    assert nuisance["sources"] == ["personal"]
    assert hass.states.get(NUISANCE).state == STATE_ON
    assert hass.states.get(LAST_CALLER).state == "Acme Energy"
    assert hass.states.get(NUISANCE_TODAY).state == "1"
    assert hass.states.get(NUISANCE_TOTAL).state == "1"

    await simulator.answer(call_id)
    await call_events.wait_for(3)
    await hass.async_block_till_done()
    assert hass.states.get(NUISANCE).state == STATE_ON
    await simulator.hang_up(call_id, 3)
    await call_events.wait_for(4)
    await hass.async_block_till_done()
    assert hass.states.get(NUISANCE).state == STATE_OFF


async def test_withheld_caller_flagged_only_by_option(
    hass: HomeAssistant,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Withheld calls are 'anonymous'; flagged only with the option on."""
    config_entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(
        config_entry, options={"region": "DE", "withheld_is_nuisance": True}
    )
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await wait_connected(hass, config_entry)
    await simulator.ring("")
    await call_events.wait_for(2)
    assert call_events.types == ["incoming_call", "nuisance_call"]
    assert call_events.events[0]["number"] == "anonymous"
    assert call_events.events[1]["tags"] == ["withheld"]


async def test_two_concurrent_calls(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """A flagged call and a normal one at once never overwrite each other."""
    await _flag(hass, "0301111111")
    flagged = await simulator.ring("0301111111")
    other = await simulator.ring("0302222222", line="SIP1")
    await call_events.wait_for(3)
    await simulator.answer(other)
    await simulator.hang_up(flagged)
    await call_events.wait_for(6)
    await hass.async_block_till_done()
    assert hass.states.get(NUISANCE).state == STATE_OFF
    by_call: dict[str, list[str]] = {}
    for event in call_events.events:
        by_call.setdefault(event["call_id"], []).append(event["event_type"])
    assert by_call[str(flagged)] == ["incoming_call", "nuisance_call", "call_missed", "call_ended"]
    assert by_call[str(other)] == ["incoming_call", "call_answered"]
    assert {e["number"] for e in call_events.events if e["call_id"] == str(other)} == {
        "+49302222222"
    }
    await simulator.hang_up(other, 10)
    await call_events.wait_for(7)
    assert call_events.events[-1]["line"] == "SIP1"


async def test_garbage_from_box_is_ignored(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Junk, unknown events and an over-long line do not disturb the next call."""
    await simulator.send_raw(b"garbage\r\n24.11.26 10:00:00;PING;0;\r\n" + b"x" * 5000 + b"\n")
    await simulator.send_raw(b"24.11.26 10:00:00;RING;7;0301234")
    await simulator.send_raw(b"567;987654;SIP0;\r\n")
    await call_events.wait_for(1)
    assert call_events.events[0]["number"] == "+49301234567"
    assert hass.states.get(CONNECTED).state == STATE_ON
    assert loaded_entry.runtime_data.source.lines_ignored == 2


async def test_connection_lost_and_restored(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Entities but the event go unavailable, one warning; back with one info, calls flow."""
    caplog.set_level(logging.INFO, logger="custom_components.nuisance_calls")
    port = simulator.port
    await simulator.stop()  # the box disappears and refuses connections
    async with asyncio.timeout(5):
        while hass.states.get(CONNECTED).state != STATE_OFF:
            await asyncio.sleep(0.01)
    assert hass.states.get(EVENT).state == STATE_UNKNOWN  # events stay available: no re-fire
    assert hass.states.get(NUISANCE).state == STATE_UNAVAILABLE
    assert hass.states.get(CALLS_TODAY).state == STATE_UNAVAILABLE
    # Let it retry many times while the box is away.
    await asyncio.sleep(0.5)
    assert loaded_entry.runtime_data.source.reconnects == 1

    revived = FritzBoxSimulator("127.0.0.1", port)
    await revived.start()
    try:
        await wait_connected(hass, loaded_entry)
        assert hass.states.get(CONNECTED).state == STATE_ON
        assert hass.states.get(CALLS_TODAY).state == "0"
        await revived.ring("0301234567")
        await call_events.wait_for(1)
    finally:
        await revived.stop()
    warnings = [
        r for r in caplog.records if r.levelno == logging.WARNING and "call monitor" in r.message
    ]
    infos = [r for r in caplog.records if r.levelno == logging.INFO and "is back" in r.message]
    assert len(warnings) == 1, [r.message for r in warnings]
    assert len(infos) == 1


async def test_setup_retries_when_box_unreachable(
    hass: HomeAssistant, config_entry: MockConfigEntry, simulator: FritzBoxSimulator
) -> None:
    """No call monitor at setup: ConfigEntryNotReady, retried by HA."""
    await simulator.stop()
    config_entry.add_to_hass(hass)
    await hass.config_entries.async_setup(config_entry.entry_id)
    assert config_entry.state is ConfigEntryState.SETUP_RETRY
    assert "#96*5*" in (config_entry.reason or "")


async def test_unload_closes_connection(
    hass: HomeAssistant, loaded_entry: MockConfigEntry, simulator: FritzBoxSimulator
) -> None:
    """Unloading ends the client task and closes the socket."""
    assert simulator.client_count == 1
    assert await hass.config_entries.async_unload(loaded_entry.entry_id)
    async with asyncio.timeout(5):
        while simulator.client_count:
            await asyncio.sleep(0.01)
    assert loaded_entry.state is ConfigEntryState.NOT_LOADED


async def test_flag_last_caller_button(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """One tap after a cold call flags that caller; the next call is a nuisance call."""
    await simulator.hang_up(await simulator.ring("0301234567"))
    await call_events.wait_for(3)
    await hass.services.async_call("button", "press", {"entity_id": FLAG_BUTTON}, blocking=True)
    await hass.async_block_till_done()
    assert hass.states.get(LAST_CALLER).attributes["verdict"] == "nuisance"
    await simulator.ring("0301234567")
    await call_events.wait_for(5)
    assert call_events.types[-2:] == ["incoming_call", "nuisance_call"]
    assert call_events.events[-1]["count"] == 2


async def test_mute_switch_toggles(hass: HomeAssistant, loaded_entry: MockConfigEntry) -> None:
    """The mute switch is a setting that follows the user."""
    await hass.services.async_call("switch", "turn_off", {"entity_id": MUTE}, blocking=True)
    assert hass.states.get(MUTE).state == STATE_OFF
    assert loaded_entry.runtime_data.ringer.enabled is False


async def test_daily_counters_reset_at_local_midnight(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Today's counters go to 0 at local midnight; the all-time counter stays."""
    await _flag(hass, "0301234567")
    await simulator.ring("0301234567")
    await call_events.wait_for(2)
    await hass.async_block_till_done()
    assert hass.states.get(CALLS_TODAY).state == "1"
    assert hass.states.get(NUISANCE_TODAY).state == "1"
    before_reset = hass.states.get(CALLS_TODAY).attributes["last_reset"]

    midnight = dt_util.start_of_local_day() + timedelta(days=1)
    with freeze_time(midnight + timedelta(seconds=1)):
        async_fire_time_changed(hass, midnight)
        await hass.async_block_till_done()
        assert hass.states.get(CALLS_TODAY).state == "0"
        assert hass.states.get(NUISANCE_TODAY).state == "0"
        assert hass.states.get(NUISANCE_TOTAL).state == "1"
        assert hass.states.get(CALLS_TODAY).attributes["last_reset"] > before_reset


async def test_disconnect_during_nuisance_call_clears_it(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """A call cut off by a lost connection does not leave the sensor stuck on."""
    await _flag(hass, "0301234567")
    await simulator.ring("0301234567")
    await call_events.wait_for(2)
    await hass.async_block_till_done()
    assert hass.states.get(NUISANCE).state == STATE_ON
    await simulator.drop_clients()
    client = loaded_entry.runtime_data.source
    async with asyncio.timeout(5):
        while client.reconnects < 1:
            await asyncio.sleep(0.005)
    await wait_connected(hass, loaded_entry)
    assert hass.states.get(CONNECTED).state == STATE_ON
    assert hass.states.get(NUISANCE).state == STATE_OFF


async def test_repeat_rule_flags_the_third_unanswered_call(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Two missed calls, then the third rings as a nuisance call tagged 'repeat'."""
    for expected in (3, 6):
        await simulator.hang_up(await simulator.ring("0301234567"))
        await call_events.wait_for(expected)
    assert "nuisance_call" not in call_events.types
    lookup = await hass.services.async_call(
        DOMAIN, "lookup_number", {"number": "0301234567"}, blocking=True, return_response=True
    )
    assert lookup["verdict"] == "unknown"  # two calls so far; a look-up is not a call
    await simulator.ring("0301234567")
    await call_events.wait_for(8)
    assert call_events.types[-2:] == ["incoming_call", "nuisance_call"]
    assert call_events.events[-1]["tags"] == ["repeat"]
    assert call_events.events[-1]["sources"] == ["rule:repeat"]
    await hass.async_block_till_done()
    assert hass.states.get(NUISANCE).state == STATE_ON


async def test_reset_caller_updates_last_caller(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """After reset_caller the last-caller sensor shows the fresh tally."""
    await simulator.hang_up(await simulator.ring("0301234567"))
    await call_events.wait_for(3)
    await hass.async_block_till_done()
    assert hass.states.get(LAST_CALLER).attributes["count"] == 1
    await hass.services.async_call(DOMAIN, "reset_caller", {"number": "030 1234567"}, blocking=True)
    await hass.async_block_till_done()
    assert hass.states.get(LAST_CALLER).attributes["count"] == 0


async def test_list_change_does_not_rejudge_ended_calls_by_the_repeat_rule(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Two missed calls, then any list changes: the last caller is still 'unknown'."""
    for expected in (3, 6):
        await simulator.hang_up(await simulator.ring("0301234567"))
        await call_events.wait_for(expected)
    await hass.async_block_till_done()
    assert hass.states.get(LAST_CALLER).attributes["verdict"] == "unknown"
    hass.data[DOMAIN].set_list("test", MatchIndex([]))  # a list refresh: anyone may change
    await hass.async_block_till_done()
    assert hass.states.get(LAST_CALLER).attributes["verdict"] == "unknown"
