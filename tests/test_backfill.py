"""Calls the box saw while Home Assistant did not: counted from its call list, exactly once."""

from __future__ import annotations

import asyncio
from collections.abc import Generator
import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path
import re
from typing import Any
from unittest.mock import patch

from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_mock_service
import yaml

from custom_components.nuisance_calls.backfill import EVENT_BACKFILLED
from custom_components.nuisance_calls.const import DOMAIN
from custom_components.nuisance_calls.lib.backfill import plan_backfill
from custom_components.nuisance_calls.lib.register import CallRecord, Outcome, Register
from custom_components.nuisance_calls.lib.tr064 import BoxCall, BoxCallKind
from simulator import FritzBoxSimulator
from simulator.tr064 import (
    CALL_ACTIVE_INCOMING,
    CALL_INCOMING,
    CALL_MISSED,
    CALL_OUTGOING,
    FakeFritzBox,
)

from .conftest import CallEvents, wait_connected

T0 = datetime(2026, 11, 30, 9, 0)  # the box's naive local time


def _box(call_id: int, number: str, minute: int, kind: BoxCallKind = BoxCallKind.MISSED) -> BoxCall:
    return BoxCall(call_id, kind, number, "987654", "", "", "", T0 + timedelta(minutes=minute), 0)


def test_each_box_call_is_known_linked_or_missing_exactly_once() -> None:
    """Box id known, the same call seen live (same minute, same line), or missing."""
    register = Register()
    live = T0.replace(tzinfo=UTC) + timedelta(seconds=40)
    _tally, seen = register.record_ring("+4930111", "0", live, "SIP0", entry_id="line1")
    _tally, other_line = register.record_ring("+4930222", "1", live, "SIP0", entry_id="line2")
    _tally, known = register.record_ring("+4930333", "2", live, "SIP0", entry_id="line1")
    known.box_id = 3
    calls = [
        _box(1, "+4930111", 0),  # seen live: linked
        _box(2, "+4930111", 1),  # the same caller again a minute later: missing
        _box(3, "+4930333", 0),  # recorded with its id: known
        _box(4, "+4930222", 0),  # recorded, but on another line: missing
        _box(5, "+4930444", 0, BoxCallKind.ACTIVE_INCOMING),  # still ringing: later
        _box(6, "+4930555", 0, BoxCallKind.OUTGOING),  # ours: not a caller
        _box(7, "+4930666", -600),  # before the window
        _box(8, "+4930777", 2),  # in the log beyond memory
    ]

    def recorded(number: str) -> list[CallRecord]:
        tally = register.get(number)
        return tally.history if tally else []

    plan = plan_backfill(
        calls,
        entry_id="line1",
        since=T0.replace(tzinfo=UTC),
        timezone=UTC,
        normalize=lambda raw: raw,
        recorded=recorded,
        known_ids={8},
    )
    assert [(number, record, box_id) for number, record, box_id in plan.linked] == [
        ("+4930111", seen, 1)
    ]
    assert [(number, call.id) for number, call, _time in plan.missing] == [
        ("+4930222", 4),  # oldest first
        ("+4930111", 2),
    ]
    assert plan.known == 2
    assert plan.ongoing == [T0.replace(tzinfo=UTC)]
    assert plan.newest == (T0 + timedelta(minutes=2)).replace(tzinfo=UTC)
    assert other_line.box_id is None


@pytest.fixture
def fake_box() -> Generator[FakeFritzBox]:
    """The box's TR-064 side (call list, area code 30), on 127.0.0.1."""
    box = FakeFritzBox({})
    box.now = lambda: dt_util.now().replace(tzinfo=None)  # the box's clock: HA's zone
    port = box.start()
    with patch("custom_components.nuisance_calls.boxapi.TR064_PORT", port):
        yield box
    box.stop()


@pytest.fixture
def backfilled_events(hass: HomeAssistant) -> list[dict[str, Any]]:
    """The summary events of the reads that found calls."""
    events: list[dict[str, Any]] = []

    @callback
    def record(event: Event) -> None:
        events.append(dict(event.data))

    hass.bus.async_listen(EVENT_BACKFILLED, record)
    return events


async def _line(hass: HomeAssistant, entry: MockConfigEntry) -> MockConfigEntry:
    entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(
        entry, data={**entry.data, "username": "admin", "password": "secret"}
    )
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_connected(hass, entry)
    await _reads_done(hass, entry)
    return entry


async def _reads_done(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    await hass.async_block_till_done()
    await entry.runtime_data.backfill.async_idle()
    await hass.async_block_till_done()


async def _reconnect(hass: HomeAssistant, entry: MockConfigEntry, sim: FritzBoxSimulator) -> None:
    await sim.drop_clients()
    async with asyncio.timeout(5):
        while entry.runtime_data.connected:
            await asyncio.sleep(0.005)
    await wait_connected(hass, entry)
    await _reads_done(hass, entry)


def _readme_automation() -> dict[str, Any]:
    """The README's automation on the summary event."""
    readme = (Path(__file__).parent.parent / "README.md").read_text("utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", readme, re.DOTALL)
    [block] = [b for b in blocks if f"event_type: {EVENT_BACKFILLED}" in b]
    automation = yaml.safe_load(block)
    assert isinstance(automation, dict)
    return automation


async def _lookup(hass: HomeAssistant, number: str) -> dict[str, Any]:
    result = await hass.services.async_call(
        DOMAIN, "lookup_number", {"number": number}, blocking=True, return_response=True
    )
    assert result is not None
    return result


async def test_calls_missed_during_an_outage_are_counted_once(
    hass: HomeAssistant,
    socket_enabled: None,
    fake_box: FakeFritzBox,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
    backfilled_events: list[dict[str, Any]],
) -> None:
    """A call seen live and listed is one call; calls HA missed are counted, no events."""
    entry = await _line(hass, config_entry)
    assert "SOAP GetCallList" in fake_box.requests
    notifications = async_mock_service(hass, "persistent_notification", "create")
    assert await async_setup_component(
        hass, "automation", {"automation": [{"alias": "README", **_readme_automation()}]}
    )
    await hass.services.async_call(DOMAIN, "flag_number", {"number": "0302222222"}, blocking=True)
    await simulator.hang_up(await simulator.ring("0301111111"))
    await call_events.wait_for(3)
    fake_box.add_call("0301111111", CALL_MISSED)  # the same call, in the box's list
    fake_box.add_call("0302222222", CALL_MISSED)  # while HA was not listening
    fake_box.add_call("0303333333", CALL_INCOMING, duration=120)
    fake_box.add_call("0304444444", CALL_OUTGOING)
    events_before = len(call_events.events)

    await _reconnect(hass, entry, simulator)
    assert len(call_events.events) == events_before  # no events for the past
    assert backfilled_events == [
        {"entry_id": entry.entry_id, "line": "FRITZ!Box", "calls": 2, "nuisance_calls": 1}
    ]
    await hass.async_block_till_done()
    [notification] = notifications  # the README's automation, pasted as is
    assert notification.data["message"] == "FRITZ!Box: 2 calls, 1 of them nuisance calls."
    assert (await _lookup(hass, "0301111111"))["count"] == 1
    flagged = await _lookup(hass, "0302222222")
    assert (flagged["count"], flagged["missed"]) == (1, 1)
    [record] = flagged["tally"]["history"]
    assert (record["backfilled"], record["verdict"]) == (True, "nuisance")
    answered = await _lookup(hass, "0303333333")
    assert (answered["answered"], answered["tally"]["history"][0]["duration"]) == (1, 120)
    assert (await _lookup(hass, "0304444444"))["count"] == 0
    assert hass.states.get("sensor.fritz_box_calls_today").state == "3"
    assert hass.states.get("sensor.fritz_box_nuisance_calls").state == "1"

    # The same list again (an overlapping read), and after a reload of the line.
    await _reconnect(hass, entry, simulator)
    assert await hass.config_entries.async_reload(entry.entry_id)
    await wait_connected(hass, entry)
    await _reads_done(hass, entry)
    assert len(backfilled_events) == 1
    for number in ("0301111111", "0302222222", "0303333333"):
        assert (await _lookup(hass, number))["count"] == 1, number
    live = (await _lookup(hass, "0301111111"))["tally"]["history"][0]
    assert live["backfilled"] is False


async def test_a_call_still_ringing_at_the_box_is_counted_once_it_is_over(
    hass: HomeAssistant,
    socket_enabled: None,
    fake_box: FakeFritzBox,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    backfilled_events: list[dict[str, Any]],
) -> None:
    """An active call in the list waits; the next read counts it."""
    entry = await _line(hass, config_entry)
    fake_box.add_call("0305555555", CALL_ACTIVE_INCOMING)
    await _reconnect(hass, entry, simulator)
    assert (await _lookup(hass, "0305555555"))["count"] == 0
    with fake_box.lock:
        fake_box.calls[0] = dataclasses.replace(fake_box.calls[0], type=CALL_MISSED)
    fake_box.add_call("0306666666", CALL_MISSED, time=dt_util.now().replace(tzinfo=None))
    await entry.runtime_data.backfill.async_backfill()
    assert (await _lookup(hass, "0305555555"))["count"] == 1
    assert (await _lookup(hass, "0306666666"))["count"] == 1


async def test_local_callers_get_the_box_area_code(
    hass: HomeAssistant,
    socket_enabled: None,
    fake_box: FakeFritzBox,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """A caller from the box's area arrives as 1234567: it is 030 1234567 (area 30)."""
    await _line(hass, config_entry)
    await simulator.ring("1234567")
    await call_events.wait_for(1)
    assert call_events.events[0]["number"] == "+49301234567"
    await simulator.ring("01711234567")
    await call_events.wait_for(2)
    assert call_events.events[1]["number"] == "+491711234567"


async def test_a_box_in_another_country_leaves_numbers_alone(
    hass: HomeAssistant,
    socket_enabled: None,
    fake_box: FakeFritzBox,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
) -> None:
    """The box's area code is used only where it is the line's country."""
    fake_box.country_code = "43"
    entry = await _line(hass, config_entry)
    assert entry.runtime_data.calls.area_code == ""


async def test_a_box_that_refuses_the_call_list_is_retried_and_asks_for_a_login(
    hass: HomeAssistant,
    socket_enabled: None,
    fake_box: FakeFritzBox,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A failing read: one warning, calls go on; a refused login: re-authentication."""
    fake_box.fail_actions = {"GetCallList"}
    entry = await _line(hass, config_entry)
    backfill = entry.runtime_data.backfill
    assert backfill.last_error is not None
    await _reconnect(hass, entry, simulator)
    warnings = [r for r in caplog.records if "call list" in r.getMessage()]
    assert len(warnings) == 1
    fake_box.fail_actions = set()
    fake_box.add_call("0302222222", CALL_MISSED)
    assert await backfill.async_backfill() == 1
    assert backfill.last_error is None
    fake_box.fail_auth = True
    assert await backfill.async_backfill() == 0
    await hass.async_block_till_done()
    flows = hass.config_entries.flow.async_progress_by_handler(DOMAIN)
    assert [flow["context"]["source"] for flow in flows] == ["reauth"]


async def test_a_line_without_a_box_user_reads_no_call_list(
    hass: HomeAssistant, socket_enabled: None, fake_box: FakeFritzBox, loaded_entry: MockConfigEntry
) -> None:
    """No TR-064 user: no backfill (and nothing asked of the box)."""
    assert loaded_entry.runtime_data.backfill is None
    assert fake_box.requests == []


def test_a_box_call_that_rang_before_the_window_is_left_alone() -> None:
    """History from before the line's first read is not imported."""
    call = _box(1, "+4930111", -10, BoxCallKind.INCOMING)
    plan = plan_backfill(
        [call],
        entry_id="line1",
        since=T0.replace(tzinfo=UTC),
        timezone=UTC,
        normalize=lambda raw: raw,
        recorded=lambda _number: [],
    )
    assert (plan.missing, plan.known, plan.newest) == ([], 0, call.time.replace(tzinfo=UTC))
    assert Outcome.ANSWERED.value == "answered"
