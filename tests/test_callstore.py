"""The call log inside Home Assistant: written within a second, moved in, kept aside, backed up."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
import sqlite3
from typing import Any
from unittest.mock import patch

from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_fire_time_changed

from custom_components.nuisance_calls import backup
from custom_components.nuisance_calls.callstore import FLUSH_DELAY, RETRY_DELAY
from custom_components.nuisance_calls.const import DOMAIN
from custom_components.nuisance_calls.lib.calllog import CallLog
from custom_components.nuisance_calls.lib.calls import StopKind
from simulator import FritzBoxSimulator

from .conftest import CallEvents, call_log_rows


def _log_path(hass: HomeAssistant) -> Path:
    return Path(hass.config.path(".storage", DOMAIN, "calls.db"))


async def _rows(hass: HomeAssistant, sql: str) -> list[tuple[Any, ...]]:
    return await hass.async_add_executor_job(call_log_rows, hass.config.config_dir, sql)


async def _miss(simulator: FritzBoxSimulator, events: CallEvents, number: str) -> None:
    expected = len(events.events) + 3
    await simulator.hang_up(await simulator.ring(number))
    await events.wait_for(expected)


async def _later(hass: HomeAssistant, seconds: float) -> None:
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=seconds))
    await hass.async_block_till_done()


async def test_calls_are_on_disk_within_a_second_however_many_follow(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """A steady stream of calls does not postpone the write (a crash loses at most 1 s)."""
    await _miss(simulator, call_events, "0301111111")
    await hass.async_block_till_done()
    assert await _rows(hass, "SELECT count(*) FROM calls") == [(0,)]  # not yet: one write a second
    await _later(hass, FLUSH_DELAY * 0.6)
    await _miss(simulator, call_events, "0302222222")  # a new call before the write ...
    await _later(hass, FLUSH_DELAY * 0.6)  # ... does not move it later
    rows = await _rows(hass, "SELECT number, outcome FROM calls ORDER BY id")
    assert rows == [("+49301111111", "missed"), ("+49302222222", "missed")]
    counters = await _rows(hass, "SELECT counters FROM lines")
    assert '"calls_total": 2' in counters[0][0]


async def test_a_users_own_acts_are_saved_at_once(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Flag and reset are on disk without waiting for any timer."""
    await _miss(simulator, call_events, "0301111111")
    await _later(hass, FLUSH_DELAY)
    assert await _rows(hass, "SELECT count(*) FROM calls") == [(1,)]
    await hass.services.async_call(DOMAIN, "flag_number", {"number": "0301111111"}, blocking=True)
    await hass.async_block_till_done()
    [entry] = hass_storage[f"{DOMAIN}.personal_list"]["data"]["entries"]
    assert entry["number"] == "+49301111111"
    await hass.services.async_call(DOMAIN, "reset_caller", {"number": "0301111111"}, blocking=True)
    await hass.async_block_till_done()
    assert await _rows(hass, "SELECT count(*) FROM calls") == [(0,)]
    assert await _rows(hass, "SELECT count(*) FROM callers") == [(0,)]


async def test_an_old_register_moves_into_the_log_with_every_call(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    loaded_entry_factory: Any,
) -> None:
    """Version 0.1's JSON register: every call is kept, also those too old for memory."""
    now = dt_util.now()
    old, recent = now - timedelta(days=200), now - timedelta(days=1)
    hass_storage[f"{DOMAIN}.register"] = {
        "version": 1,
        "minor_version": 1,
        "key": f"{DOMAIN}.register",
        "data": {
            "callers": [
                {
                    "number": "+49301111111",
                    "count": 7,
                    "answered": 1,
                    "missed": 6,
                    "first_seen": old.isoformat(),
                    "last_seen": recent.isoformat(),
                    "history": [
                        {"call_id": "1", "time": old.isoformat(), "line": "SIP0"},
                        {
                            "call_id": "2",
                            "time": recent.isoformat(),
                            "line": "SIP0",
                            "outcome": "answered",
                            "duration": 30,
                        },
                    ],
                }
            ],
            "lines": {"line1": {"calls_total": 7, "nuisance_total": 2}},
        },
    }
    await loaded_entry_factory()
    assert f"{DOMAIN}.register" not in hass_storage  # moved, not read again
    result = await hass.services.async_call(
        DOMAIN, "lookup_number", {"number": "030 1111111"}, blocking=True, return_response=True
    )
    assert result is not None
    assert (result["count"], result["answered"], result["missed"]) == (7, 1, 6)
    assert [call["call_id"] for call in result["tally"]["history"]] == ["2"]
    exported = await hass.services.async_call(
        DOMAIN, "export_calls", {}, blocking=True, return_response=True
    )
    assert exported is not None
    assert exported["calls"] == 2  # the call of 200 days ago too
    assert await _rows(hass, "SELECT entry_id FROM lines") == [("line1",)]


async def test_a_log_that_cannot_be_read_is_kept_aside_and_counting_goes_on(
    hass: HomeAssistant,
    issue_registry: ir.IssueRegistry,
    loaded_entry_factory: Any,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """A damaged file: moved aside as it was, a repair issue, a new log that counts."""
    path = _log_path(hass)
    await hass.async_add_executor_job(lambda: path.parent.mkdir(parents=True, exist_ok=True))
    await hass.async_add_executor_job(path.write_bytes, b"\x00garbage" * 1000)
    await loaded_entry_factory()
    issue = issue_registry.async_get_issue(DOMAIN, "stored_data_unreadable_call_log")
    assert issue is not None
    kept = Path(issue.translation_placeholders["copy"])
    assert await hass.async_add_executor_job(kept.read_bytes) == b"\x00garbage" * 1000
    await _miss(simulator, call_events, "0301111111")
    await _later(hass, FLUSH_DELAY)
    assert await _rows(hass, "SELECT number FROM calls") == [("+49301111111",)]


async def test_unreadable_rows_are_reported_and_left_alone(
    hass: HomeAssistant, issue_registry: ir.IssueRegistry, loaded_entry_factory: Any
) -> None:
    """A row of the wrong shape is not counted, stays in the file, and is reported."""
    path = _log_path(hass)

    def prepare() -> None:
        log = CallLog(path)
        log.open()
        log.db.execute("INSERT INTO callers VALUES ('+4930111', -5, 0, 0, NULL, NULL, '[]', 0)")
        log.close()

    await hass.async_add_executor_job(prepare)
    await loaded_entry_factory()
    issue = issue_registry.async_get_issue(DOMAIN, "call_log_rows_unreadable")
    assert issue is not None
    assert issue.translation_placeholders["count"] == "1"
    assert await _rows(hass, "SELECT count FROM callers") == [(-5,)]


async def test_a_write_that_fails_is_retried_and_loses_nothing(
    hass: HomeAssistant,
    issue_registry: ir.IssueRegistry,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """A full disk: a repair issue, calls kept in memory, all written once it works."""
    real = CallLog.write
    with patch.object(CallLog, "write", side_effect=sqlite3.OperationalError("disk full")):
        await _miss(simulator, call_events, "0301111111")
        await _later(hass, FLUSH_DELAY)
        assert issue_registry.async_get_issue(DOMAIN, "call_log_unwritable") is not None
        await _miss(simulator, call_events, "0302222222")
        await _later(hass, FLUSH_DELAY)
    assert await _rows(hass, "SELECT count(*) FROM calls") == [(0,)]
    with patch.object(CallLog, "write", autospec=True, side_effect=real):
        await _later(hass, RETRY_DELAY)
    rows = await _rows(hass, "SELECT number FROM calls ORDER BY id")
    assert rows == [("+49301111111",), ("+49302222222",)]
    assert issue_registry.async_get_issue(DOMAIN, "call_log_unwritable") is None


async def test_a_backup_copies_a_still_and_complete_log(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Before a backup: everything in the main file, no write-ahead log; writes wait."""
    await _miss(simulator, call_events, "0301111111")
    await backup.async_pre_backup(hass)
    wal = _log_path(hass).with_name("calls.db-wal")
    assert await hass.async_add_executor_job(lambda: wal.stat().st_size if wal.exists() else 0) == 0
    assert await _rows(hass, "SELECT count(*) FROM calls") == [(1,)]
    await _miss(simulator, call_events, "0302222222")
    await _later(hass, FLUSH_DELAY * 3)
    assert await _rows(hass, "SELECT count(*) FROM calls") == [(1,)]  # held during the copy
    await backup.async_post_backup(hass)
    await _later(hass, FLUSH_DELAY)
    assert await _rows(hass, "SELECT count(*) FROM calls") == [(2,)]


async def test_backup_hooks_without_the_integration_do_nothing(hass: HomeAssistant) -> None:
    """HA may back up before (or without) the integration being set up."""
    await backup.async_pre_backup(hass)
    await backup.async_post_backup(hass)


async def test_a_folder_that_cannot_be_written_still_counts_calls(
    hass: HomeAssistant,
    issue_registry: ir.IssueRegistry,
    loaded_entry_factory: Any,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """No log can be opened (a file where the folder should be): count in memory, say so."""
    folder = _log_path(hass).parent
    await hass.async_add_executor_job(lambda: folder.parent.mkdir(parents=True, exist_ok=True))
    await hass.async_add_executor_job(folder.write_bytes, b"a file, not a folder")
    await loaded_entry_factory()
    issue = issue_registry.async_get_issue(DOMAIN, "call_log_in_memory")
    assert issue is not None
    await _miss(simulator, call_events, "0301111111")
    await _later(hass, FLUSH_DELAY)
    result = await hass.services.async_call(
        DOMAIN, "lookup_number", {"number": "030 1111111"}, blocking=True, return_response=True
    )
    assert result is not None
    assert result["count"] == 1
    exported = await hass.services.async_call(
        DOMAIN, "export_calls", {}, blocking=True, return_response=True
    )
    assert exported is not None
    assert exported["calls"] == 1


async def test_a_call_the_phone_stops_is_counted_as_stopped(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """The phone said it answers: the box's CONNECT is a stop, in the event, tally, log, export."""
    calls = loaded_entry.runtime_data.calls
    calls.phone_stops("+49301111111", StopKind.POLITE_NO)  # the INVITE came first
    call_id = await simulator.ring("0301111111")
    await simulator.answer(call_id, extension="20")
    await simulator.hang_up(call_id, duration=6)
    await call_events.wait_for(3)
    assert call_events.types == ["incoming_call", "call_stopped", "call_ended"]
    assert call_events.events[1]["stopped"] == "polite_no"
    await _later(hass, FLUSH_DELAY)
    result = await hass.services.async_call(
        DOMAIN, "lookup_number", {"number": "030 1111111"}, blocking=True, return_response=True
    )
    assert result is not None
    assert (result["count"], result["answered"], result["missed"], result["stopped"]) == (
        1,
        0,
        0,
        1,
    )
    assert await _rows(hass, "SELECT outcome, duration FROM calls") == [("stopped", 6)]
    assert await _rows(hass, "SELECT answered, missed, stopped FROM callers") == [(0, 0, 1)]
    exported = await hass.services.async_call(
        DOMAIN, "export_calls", {}, blocking=True, return_response=True
    )
    assert exported is not None
    assert "stopped" in await hass.async_add_executor_job(Path(exported["path"]).read_text)
