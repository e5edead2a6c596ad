"""Blocking flagged numbers at the FRITZ!Box: the call barring list, against a fake box."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Generator
from datetime import UTC, datetime, timedelta
from typing import Any
from unittest.mock import patch

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_fire_time_changed

from custom_components.nuisance_calls.const import DOMAIN
from custom_components.nuisance_calls.lib.barring import (
    BoxEntry,
    Candidate,
    Wanted,
    entry_xml,
    plan,
    select,
)
from custom_components.nuisance_calls.lib.matcher import IndexBuilder, ListRecord
from custom_components.nuisance_calls.lib.numbers import dial_format
from simulator import FritzBoxSimulator
from simulator.tr064 import FakeFritzBox

from .conftest import CallEvents, loop_turns_during, wait_connected

# These tests read the call barring sensor, which is disabled by default.
pytestmark = pytest.mark.usefixtures("diagnostics_enabled")

SENSOR = "sensor.fritz_box_call_barring"
T0 = datetime(2026, 11, 1, tzinfo=UTC)


def _candidate(dial: str, count: int, day: int = 0, label: str = "") -> Candidate:
    return Candidate(dial, label, count, T0 + timedelta(days=day))


def test_select_personal_first_then_shared_by_count_capped() -> None:
    """Own flags first (most calls, then newest), then shared-list callers; at most cap."""
    personal = [_candidate("01", 0, 5), _candidate("02", 3), _candidate("03", 0, 9)]
    shared = [_candidate("11", 10), _candidate("12", 20), _candidate("02", 99)]
    assert [w.dial for w in select(personal, shared, 100)] == ["02", "03", "01", "12", "11"]
    assert [w.dial for w in select(personal, shared, 4)] == ["02", "03", "01", "12"]
    assert [w.dial for w in select(personal, shared, 2)] == ["02", "03"]
    assert select(personal, shared, 2)[0].name == "HA: Nuisance call"
    assert select([_candidate("1", 1, label="  Acme\n Energy ")], [], 1)[0].name == (
        "HA: Acme Energy"
    )


def test_plan_touches_only_our_entries() -> None:
    """Ours are kept or removed; the user's are never touched; edited ones stop being ours."""
    box = [
        BoxEntry(1, "HA: A", ("030111",)),
        BoxEntry(2, "HA: B", ("030222",)),
        BoxEntry(3, "by hand", ("030 333", "0171 444")),
        BoxEntry(4, "HA: edited by user", ("030999",)),
    ]
    owned = {"030111": 1, "030222": 2, "030555": 5, "030444": 4}
    wanted = [Wanted("030111", "HA: A"), Wanted("030333", "HA: C"), Wanted("030666", "HA: D")]
    changes = plan(wanted, box, owned)
    assert changes.ours == {"030111": 1, "030222": 2}  # 5 is gone, 4 was edited
    assert changes.remove == ["030222"]
    assert [w.dial for w in changes.add] == ["030666"]
    assert changes.by_hand == 1


def test_entry_xml_escapes_names() -> None:
    """A hostile label stays text inside the entry."""
    xml = entry_xml(Wanted("030111", 'HA: <x> & "y"'))
    assert '<realName>HA: &lt;x&gt; &amp; "y"</realName>' in xml
    assert '<number type="home" prio="1" id="0">030111</number>' in xml


def test_dial_format() -> None:
    """Numbers as the box shows callers: national at home, 00 abroad."""
    assert dial_format("+4930123456", "DE") == "030123456"
    assert dial_format("+442071234567", "DE") == "00442071234567"
    assert dial_format("anonymous", "DE") is None


@pytest.fixture
def box(socket_enabled: None) -> Generator[FakeFritzBox]:
    """A fake TR-064 box (no phone books) with quick syncs and retries."""
    fake = FakeFritzBox({0: ("Telefonbuch", [])})
    port = fake.start()
    with (
        patch("custom_components.nuisance_calls.boxapi.TR064_PORT", port),
        patch("custom_components.nuisance_calls.barring.SYNC_COOLDOWN", 0.01),
        patch("custom_components.nuisance_calls.barring.RETRY_INITIAL", 30.0),
    ):
        yield fake
    fake.stop()


async def _line(
    hass: HomeAssistant, config_entry: MockConfigEntry, **options: Any
) -> MockConfigEntry:
    config_entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(
        config_entry,
        data={**config_entry.data, "username": "admin", "password": "secret"},
        options={**config_entry.options, "block_at_box": True, "block_cap": 200, **options},
    )
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await wait_connected(hass, config_entry)
    return config_entry


async def _until(hass: HomeAssistant, check: Callable[[], bool], timeout: float = 5.0) -> None:
    async with asyncio.timeout(timeout):
        while True:
            await hass.async_block_till_done()
            if check():
                return
            await asyncio.sleep(0.02)


def _barred(box: FakeFritzBox) -> dict[str, str]:
    with box.lock:
        return {numbers[0]: name for name, numbers in box.barring.values()}


def _state(hass: HomeAssistant) -> str:
    return hass.states.get(SENSOR).state


async def _flag(hass: HomeAssistant, number: str, **fields: str) -> None:
    await hass.services.async_call(
        DOMAIN, "flag_number", {"number": number, **fields}, blocking=True
    )


async def test_flags_are_barred_and_unflags_removed(
    hass: HomeAssistant, box: FakeFritzBox, config_entry: MockConfigEntry
) -> None:
    """Flag: written; unflag: removed; the user's own entries stay."""
    box.barring[7] = ("My own block", ["0309999999"])
    await _line(hass, config_entry)
    await _until(hass, lambda: _state(hass) == "in_sync")
    assert _barred(box) == {"0309999999": "My own block"}

    await _flag(hass, "030 1111111", label="Acme <Energy>")
    await _flag(hass, "+44 20 7123 4567")
    await _flag(hass, "030 9999999")  # barred by hand already: not doubled, never removed
    await _until(hass, lambda: len(_barred(box)) == 3)
    assert _barred(box) == {
        "0309999999": "My own block",
        "0301111111": "HA: Acme <Energy>",
        "00442071234567": "HA: Nuisance call",
    }
    await _until(hass, lambda: _state(hass) == "in_sync")
    attributes = hass.states.get(SENSOR).attributes
    assert (attributes["barred"], attributes["wanted"], attributes["barred_by_hand"]) == (2, 3, 1)
    assert attributes["last_sync"] is not None

    for number in ("030 1111111", "030 9999999"):
        await hass.services.async_call(DOMAIN, "unflag_number", {"number": number}, blocking=True)
    await _until(hass, lambda: "0301111111" not in _barred(box))
    assert _barred(box) == {
        "0309999999": "My own block",
        "00442071234567": "HA: Nuisance call",
    }


async def test_cap_and_shared_list_callers(
    hass: HomeAssistant,
    box: FakeFritzBox,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Own flags first, then callers a shared list flags, by calls; never more than the cap."""
    await _line(hass, config_entry, block_cap=3)
    builder = IndexBuilder()
    for number in ("+49302000001", "+49302000002", "+49302000003"):
        builder.add_record(ListRecord(number, label="Robo", source="list:Community"))
    hass.data[DOMAIN].set_list("community", builder.build())
    await _flag(hass, "030 1000001")
    calls = {"0302000001": 1, "0302000002": 3, "0302000003": 2}
    for number, times in calls.items():
        for _ in range(times):
            call_id = await simulator.ring(number)
            await simulator.hang_up(call_id)
    await call_events.wait_for(sum(calls.values()) * 4)
    await _until(hass, lambda: len(_barred(box)) == 3 and _state(hass) == "in_sync")
    assert set(_barred(box)) == {"0301000001", "0302000002", "0302000003"}
    # More calls make another caller overtake: the box follows.
    for _ in range(3):
        call_id = await simulator.ring("0302000001")
        await simulator.hang_up(call_id)
    await _until(hass, lambda: "0302000001" in _barred(box))
    assert set(_barred(box)) == {"0301000001", "0302000001", "0302000002"}
    # Every caller is looked at a slice at a time, the event loop's turns between.
    barring = config_entry.runtime_data.barring
    whole = await barring.async_wanted()
    with patch("custom_components.nuisance_calls.barring.JUDGE_SLICE", 1):
        sliced, during = await loop_turns_during(barring.async_wanted())
    assert sliced == whole
    assert during >= 2  # three callers, one per slice


async def test_failure_is_retried(
    hass: HomeAssistant,
    box: FakeFritzBox,
    config_entry: MockConfigEntry,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A refusing box: error state, one warning, a retry later that succeeds."""
    box.fail_actions = {"SetCallBarringEntry"}
    await _line(hass, config_entry)
    await _flag(hass, "030 1111111")
    await _until(hass, lambda: _state(hass) == "error")
    assert hass.states.get(SENSOR).attributes["last_error"] == "fault_820"
    assert caplog.text.count("cannot write the FRITZ!Box call barring list") == 1
    assert "secret" not in caplog.text
    box.fail_actions = set()
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=31))
    await _until(hass, lambda: _state(hass) == "in_sync")
    assert set(_barred(box)) == {"0301111111"}
    assert "can be written again" in caplog.text


async def test_full_box_keeps_what_fits(
    hass: HomeAssistant, box: FakeFritzBox, config_entry: MockConfigEntry
) -> None:
    """The box refuses more entries: what was written stays ours, the rest is retried."""
    box.barring_capacity = 1
    await _line(hass, config_entry)
    await _flag(hass, "030 1111111")
    await _until(hass, lambda: len(_barred(box)) == 1 and _state(hass) == "in_sync")
    await _flag(hass, "030 2222222")
    await _until(hass, lambda: _state(hass) == "error")
    assert set(_barred(box)) == {"0301111111"}
    assert hass.states.get(SENSOR).attributes["barred"] == 1
    box.barring_capacity = None
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=31))
    await _until(hass, lambda: _state(hass) == "in_sync")
    assert set(_barred(box)) == {"0301111111", "0302222222"}
    assert box.requests.count("SOAP SetCallBarringEntry") == 3  # one refused, none twice


async def test_turning_blocking_off_takes_our_entries_back(
    hass: HomeAssistant, box: FakeFritzBox, config_entry: MockConfigEntry
) -> None:
    """Off in the options: what we wrote goes; the user's entries stay."""
    box.barring[7] = ("My own block", ["0309999999"])
    await _line(hass, config_entry)
    await _flag(hass, "030 1111111")
    await _until(hass, lambda: len(_barred(box)) == 2)
    hass.config_entries.async_update_entry(
        config_entry, options={**config_entry.options, "block_at_box": False}
    )
    await hass.config_entries.async_reload(config_entry.entry_id)
    await wait_connected(hass, config_entry)
    await _until(hass, lambda: len(_barred(box)) == 1)
    assert _barred(box) == {"0309999999": "My own block"}
    await _until(hass, lambda: _state(hass) == "disabled")


async def test_disabled_without_the_option(
    hass: HomeAssistant, config_entry: MockConfigEntry, simulator: FritzBoxSimulator
) -> None:
    """No option, no TR-064 traffic: the sensor says off."""
    config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await wait_connected(hass, config_entry)
    assert _state(hass) == "disabled"


async def test_unload_waits_for_a_sync_that_is_writing(
    hass: HomeAssistant, box: FakeFritzBox, config_entry: MockConfigEntry
) -> None:
    """An unload during a sync lets it finish: its entries stay known as ours."""
    await _line(hass, config_entry)
    await _until(hass, lambda: _state(hass) == "in_sync")
    barring = config_entry.runtime_data.barring
    started = asyncio.Event()
    release = asyncio.Event()
    original = barring._async_sync_locked

    async def slow_sync(*, force: bool) -> None:
        started.set()
        await release.wait()
        await original(force=force)

    with patch.object(barring, "_async_sync_locked", slow_sync):
        await _flag(hass, "030 1111111")
        async with asyncio.timeout(5):
            await started.wait()
        unload = hass.async_create_task(hass.config_entries.async_unload(config_entry.entry_id))
        await asyncio.sleep(0.05)
        assert not unload.done()  # waiting for the sync
        release.set()
        assert await unload
    assert set(_barred(box)) == {"0301111111"}
    assert barring.owned == {"0301111111": next(iter(box.barring))}


async def test_removing_the_line_takes_our_entries_back(
    hass: HomeAssistant, box: FakeFritzBox, config_entry: MockConfigEntry
) -> None:
    """Deleting the line removes what it wrote; the user's entries stay."""
    box.barring[7] = ("My own block", ["0309999999"])
    await _line(hass, config_entry)
    await _flag(hass, "030 1111111")
    await _until(hass, lambda: len(_barred(box)) == 2 and _state(hass) == "in_sync")
    assert await hass.config_entries.async_remove(config_entry.entry_id)
    await hass.async_block_till_done()
    assert _barred(box) == {"0309999999": "My own block"}


async def test_calls_from_unknown_callers_do_not_resync(
    hass: HomeAssistant,
    box: FakeFritzBox,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Only a flagged caller's call can reorder the list: others cost no sync."""
    await _line(hass, config_entry)
    await _flag(hass, "030 1111111")
    await _until(hass, lambda: len(_barred(box)) == 1 and _state(hass) == "in_sync")
    barring = config_entry.runtime_data.barring
    with patch.object(barring, "async_wanted", wraps=barring.async_wanted) as wanted:
        call_id = await simulator.ring("0302222222")
        await simulator.hang_up(call_id)
        await call_events.wait_for(3)
        await asyncio.sleep(0.1)  # well past the (patched) cooldown
        await hass.async_block_till_done()
        assert wanted.call_count == 0
        call_id = await simulator.ring("0301111111")
        await simulator.hang_up(call_id)
        await _until(hass, lambda: wanted.call_count > 0)


async def test_stopping_mid_sync_remembers_what_was_written(
    hass: HomeAssistant,
    box: FakeFritzBox,
    config_entry: MockConfigEntry,
    hass_storage: dict[str, Any],
) -> None:
    """HA stopping while a sync writes: the entries answered so far are saved as ours."""
    await _line(hass, config_entry)
    await _until(hass, lambda: _state(hass) == "in_sync")
    box.delay_actions = {"SetCallBarringEntry": 0.3}
    for number in ("030 1111111", "030 2222222", "030 3333333"):
        await _flag(hass, number)

    def sets() -> int:
        with box.lock:
            return box.requests.count("SOAP SetCallBarringEntry")

    await _until(hass, lambda: sets() == 2)  # the first is answered, the second on its way
    await hass.async_stop(force=True)
    stored = hass_storage[f"nuisance_calls.barring.{config_entry.entry_id}"]["data"]["owned"]
    assert len(stored) == 1
    [(number, uid)] = stored.items()
    assert _barred(box)[number] == "HA: Nuisance call"
    assert uid in box.barring
