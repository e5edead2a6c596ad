"""The call log on disk (SQLite), without Home Assistant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
import gc
from pathlib import Path
import sqlite3

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.nuisance_calls.lib.callexport import (
    ExportedCall,
    calls_csv,
    calls_csv_file,
)
from custom_components.nuisance_calls.lib.calllog import SCHEMA_VERSION, CallLog, Changes
from custom_components.nuisance_calls.lib.exceptions import StoredDataError
from custom_components.nuisance_calls.lib.files import write_atomically
from custom_components.nuisance_calls.lib.register import (
    HISTORY_LENGTH,
    RECENT,
    CallerTally,
    CallRecord,
    Outcome,
    Register,
)
from custom_components.nuisance_calls.lib.text import clean_text

from .conftest import closed_after_the_test

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def _log(tmp_path: Path) -> CallLog:
    log = CallLog(tmp_path / "calls.db", UTC)
    assert log.open()  # created
    closed_after_the_test(log)
    return log


def _write_calls(log: CallLog, register: Register, numbers: list[str], when: datetime) -> None:
    changes = Changes()
    for index, number in enumerate(numbers):
        tally, record = register.record_ring(number, str(index), when, "SIP0", entry_id="line1")
        changes.caller(tally)
        changes.call(number, record)
    log.write(changes)


def test_calls_are_appended_and_read_back(tmp_path: Path) -> None:
    """Totals of every caller, their recent calls, and the numbering goes on."""
    log = _log(tmp_path)
    register = Register()
    _write_calls(log, register, ["+4930111", "+4930222", "+4930111"], NOW)
    ended = register.record_end("+4930111", "2", answered=True, duration=30)
    assert ended is not None
    tally, record = ended
    assert record is not None
    changes = Changes()
    changes.caller(tally)
    changes.call(tally.number, record)
    changes.lines = {"line1": {"calls_total": 3}}
    log.write(changes)
    log.close()

    again = CallLog(tmp_path / "calls.db", UTC)
    assert not again.open()  # it was there
    closed_after_the_test(again)
    loaded = again.load(NOW - RECENT)
    assert loaded.skipped == 0
    assert loaded.lines == {"line1": {"calls_total": 3}}
    first = loaded.register.get("+4930111")
    assert first is not None
    assert (first.count, first.answered, first.missed) == (2, 1, 0)
    assert [(r.call_id, r.outcome, r.duration) for r in first.history] == [
        ("0", Outcome.RINGING, None),
        ("2", Outcome.ANSWERED, 30),
    ]
    assert first.lines == ["line1"]
    assert loaded.register.last_id == 3
    _tally, new = loaded.register.record_ring("+4930333", "9", NOW, "SIP0")
    assert new.id == 4
    assert again.counts == (2, 3)


def test_only_recent_calls_are_loaded_but_every_call_is_kept(tmp_path: Path) -> None:
    """Memory holds what the rules need; an export reads every call from the file."""
    log = _log(tmp_path)
    register = Register()
    old = NOW - RECENT - timedelta(days=30)
    _write_calls(log, register, ["+4930111"], old)
    _write_calls(log, register, ["+4930111"], NOW)
    loaded = log.load(NOW - RECENT)
    tally = loaded.register.get("+4930111")
    assert tally is not None
    assert tally.count == 2
    assert tally.first_seen == old
    assert [record.time for record in tally.history] == [NOW]
    assert [record.time for _n, record in log.calls()] == [old, NOW]
    assert [record.time for _n, record in log.calls(start=NOW - timedelta(days=1))] == [NOW]
    assert [record.time for _n, record in log.calls(end=NOW)] == [old]
    assert list(log.calls(number="+4930999")) == []


def test_a_reset_forgets_a_caller_and_later_calls_count_again(tmp_path: Path) -> None:
    """Batches apply in order: forget, then what came after it."""
    log = _log(tmp_path)
    register = Register()
    _write_calls(log, register, ["+4930111", "+4930222"], NOW)
    register.reset("+4930111")
    tally, record = register.record_ring("+4930111", "5", NOW, "SIP0")
    after = Changes()
    after.caller(tally)
    after.call(tally.number, record)
    log.write(Changes(forget=["+4930111"]), after)
    loaded = log.load(NOW - RECENT).register
    again = loaded.get("+4930111")
    assert again is not None
    assert (again.count, [r.call_id for r in again.history]) == (1, ["5"])
    assert loaded.get("+4930222") is not None


def test_a_failed_write_changes_nothing(tmp_path: Path) -> None:
    """All or nothing: a batch that fails half-way leaves the file as it was."""
    log = _log(tmp_path)
    register = Register()
    _write_calls(log, register, ["+4930111"], NOW)
    broken = Changes()
    broken.callers.append(("+4930222", 1, 0, 0, NOW.timestamp(), NOW.timestamp(), "[]"))
    broken.calls.append((99, "+4930222", NOW.timestamp(), "x", "SIP0"))  # type: ignore[arg-type]
    with pytest.raises(sqlite3.ProgrammingError):
        log.write(broken)
    assert log.counts == (1, 1)


def test_a_file_that_is_not_a_call_log_is_refused(tmp_path: Path) -> None:
    """Not a database, or written by a newer version: StoredDataError, file untouched."""
    path = tmp_path / "calls.db"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoredDataError, match="not a call log"):
        CallLog(path).open()
    assert path.read_bytes().startswith(b"this is not")

    newer = tmp_path / "newer.db"
    db = sqlite3.connect(newer)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoredDataError, match="newer version"):
        CallLog(newer).open()
    with pytest.raises(RuntimeError):
        CallLog(newer).load(NOW)


def test_rows_of_the_wrong_shape_are_skipped_and_counted(tmp_path: Path) -> None:
    """Hand edits or damage: each bad row is left out, the rest loads."""
    log = _log(tmp_path)
    register = Register()
    _write_calls(log, register, ["+4930111", "+4930222"], NOW)
    db = log.db
    db.execute("INSERT INTO callers VALUES ('+4930333', -1, 0, 0, NULL, NULL, '[]', 0)")
    db.execute("INSERT INTO callers VALUES ('+4930444', 1, 0, 0, NULL, NULL, 'nope', 0)")
    db.execute("INSERT INTO callers VALUES (?, 1, 0, 0, NULL, NULL, '[]', 0)", ("bad\x00number",))
    db.execute(
        "INSERT INTO calls VALUES (50, '+4930111', ?, 'x', 'SIP0', '', 'exploded', NULL,"
        " '', '', '[]', NULL, 0)",
        (NOW.timestamp(),),
    )
    db.execute(
        "INSERT INTO calls VALUES (51, '+4930999', ?, 'x', 'SIP0', '', 'missed', NULL,"
        " '', '', '[]', NULL, 0)",
        (NOW.timestamp(),),
    )
    db.execute("INSERT INTO lines VALUES ('line9', '{broken')")
    loaded = log.load(NOW - RECENT)
    assert sorted(t.number for t in loaded.register) == ["+4930111", "+4930222"]
    assert loaded.skipped == 6
    assert len(list(log.calls())) == 3  # the readable ones (and the orphan's)


def test_an_old_register_moves_in_with_every_call(tmp_path: Path) -> None:
    """Version 0.1's JSON register: every caller and every kept call."""
    start = NOW - timedelta(days=400)
    kept = [
        {"call_id": str(day), "time": (start + timedelta(days=day)).isoformat(), "line": "SIP0"}
        for day in range(50, 250)
    ]
    document = {
        "callers": [
            {"number": "+4930111", "count": 250, "history": kept},
            {
                "number": "+4930222",
                "count": 1,
                "history": [
                    {"call_id": "x", "time": NOW.isoformat(), "line": "SIP1", "entry_id": "line2"}
                ],
            },
        ]
    }
    old, skipped = Register.parse(document)
    assert skipped == 0
    log = _log(tmp_path)
    log.import_register(old, {"line2": {"calls_total": 251}})
    assert log.counts == (2, HISTORY_LENGTH + 1)  # 0.1 kept 200 calls per caller
    loaded = log.load(NOW - RECENT)
    tally = loaded.register.get("+4930111")
    assert tally is not None
    assert tally.count == 250
    assert all(record.time >= NOW - RECENT for record in tally.history)
    assert loaded.register.get("+4930222").lines == ["line2"]  # type: ignore[union-attr]


@settings(max_examples=60, deadline=None)
@given(
    label=st.text(max_size=80),
    tags=st.lists(st.text(max_size=20), max_size=4),
    call_id=st.text(max_size=40),
)
def test_any_text_round_trips_or_is_cleaned(
    tmp_path_factory: pytest.TempPathFactory, label: str, tags: list[str], call_id: str
) -> None:
    """Whatever text a call carried, the log stores it and reads back printable text."""
    log = _log(tmp_path_factory.mktemp("log"))
    register = Register()
    tally, record = register.record_ring("+4930111", call_id, NOW, "SIP0")
    record.label, record.tags = label, tuple(tags)
    changes = Changes()
    changes.caller(tally)
    changes.call(tally.number, record)
    log.write(changes)
    [(_number, back)] = list(log.calls())
    assert back.label.isprintable()
    assert all(tag.isprintable() for tag in back.tags)
    assert back.label == clean_text(label)
    log.close()


def test_records_keep_their_place_in_time(tmp_path: Path) -> None:
    """A call added later for an earlier time (the box's list) sorts into the history."""
    register = Register()
    register.record_ring("+4930111", "a", NOW, "SIP0")
    earlier = CallRecord("b", NOW - timedelta(hours=1), "SIP0", outcome=Outcome.MISSED)
    tally = register.add("+4930111", earlier)
    assert [record.call_id for record in tally.history] == ["b", "a"]
    assert (tally.first_seen, tally.last_seen, tally.missed) == (earlier.time, NOW, 1)


def test_a_log_of_0_2_gets_the_stopped_count(tmp_path: Path) -> None:
    """Schema 1 (no ``stopped`` column) opens as 2 with every call kept, and stopped calls count."""
    path = tmp_path / "calls.db"
    old = sqlite3.connect(path)
    old.executescript(
        """
        CREATE TABLE callers (number TEXT PRIMARY KEY, count INTEGER NOT NULL,
            answered INTEGER NOT NULL, missed INTEGER NOT NULL, first_seen REAL,
            last_seen REAL, lines TEXT NOT NULL DEFAULT '[]') WITHOUT ROWID;
        INSERT INTO callers VALUES ('+4930111', 2, 1, 1, 1.0, 2.0, '["line1"]');
        PRAGMA user_version=1;
        """
    )
    old.close()
    log = CallLog(path, UTC)
    assert not log.open()
    closed_after_the_test(log)
    register = log.load(NOW - RECENT).register
    tally = register.get("+4930111")
    assert tally is not None
    assert (tally.count, tally.answered, tally.missed, tally.stopped) == (2, 1, 1, 0)
    tally, _record = register.record_ring("+4930111", "7", NOW, "SIP0", entry_id="line1")
    ended = register.record_end("+4930111", "7", answered=False, duration=2, stopped=True)
    assert ended is not None
    changes = Changes()
    changes.caller(tally)
    changes.call(tally.number, _record)
    log.write(changes)
    log.close()
    again = CallLog(path, UTC)
    again.open()
    closed_after_the_test(again)
    reloaded = again.load(NOW - RECENT).register.get("+4930111")
    assert reloaded is not None
    assert (reloaded.count, reloaded.stopped) == (3, 1)
    assert [record.outcome for record in reloaded.history] == [Outcome.STOPPED]
    assert again.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3


def test_the_register_in_memory_holds_no_objects_the_garbage_collector_tracks(
    tmp_path: Path,
) -> None:
    """100,000 callers must not set off full collections: a caller is one untracked tuple.

    A full collection holds the GIL for as long as it visits every tracked
    object, and stalled Home Assistant's event loop for seconds while the log
    loaded in the executor (three tracked objects per caller, one per call).
    """
    log = _log(tmp_path)
    register = Register()
    changes = Changes()
    for n in range(600):
        number = f"+49301{n:06d}"
        for k in range(3):
            tally, record = register.record_ring(
                number, str(k), NOW - timedelta(days=k * 50), "SIP0", entry_id=f"line{k % 2}"
            )
            record.tags = ("scam", "repeat")
            register.record_end(number, str(k), answered=k == 1, duration=k)
            changes.call(number, record)
        changes.caller(tally)
    log.write(changes)
    gc.collect()
    before = len(gc.get_objects())
    loaded = log.load(NOW - RECENT).register
    assert len(gc.get_objects()) - before < 100  # not 600 x 3 + 1,200
    assert loaded.recent_calls == 600 * 2  # the call 100 days back is not recent
    assert not any(gc.is_tracked(row) for row in loaded.rows.values())
    tally, _record = loaded.record_ring("+49301000001", "9", NOW, "SIP1", entry_id="line9")
    loaded.record_end("+49301000001", "9", answered=False, duration=0)
    assert not gc.is_tracked(loaded.rows["+49301000001"])
    assert tally.lines == ["line1", "line0", "line9"]  # the latest last
    assert [outcome for _time, outcome in tally.recent()] == [
        Outcome.MISSED,
        Outcome.MISSED,
        Outcome.ANSWERED,
    ]
    assert [record.tags for record in tally.history][:2] == [("scam", "repeat")] * 2


def test_records_handed_out_are_the_registers_until_their_call_is_forgotten() -> None:
    """A record asked for is made once; changing it changes the register's call."""
    register = Register()
    register.record_ring("+4930111", "0", NOW - timedelta(minutes=5), "SIP0")
    tally = register.get("+4930111")
    assert tally is not None
    first = tally.history[0]
    assert tally.record("0") is first
    first.label, first.box_id = "Acme", 7
    assert [(r.label, r.box_id) for r in tally.records()] == [("Acme", 7)]
    register.record_end("+4930111", "0", answered=True, duration=9)
    assert (first.outcome, first.duration) == (Outcome.ANSWERED, 9)
    assert first.id in register.live
    for n in range(HISTORY_LENGTH):
        register.record_ring("+4930111", f"x{n}", NOW, "SIP0")
    assert first.id not in register.live  # out of the history: no longer kept
    assert tally.kept == HISTORY_LENGTH
    register.reset("+4930111")
    assert not register.live
    assert tally.count == 0  # a view: the caller is gone


def test_tallies_are_views_equal_per_caller_and_register() -> None:
    """Two looks at one caller are equal; a caller with no calls stands alone."""
    register = Register()
    register.record_ring("+4930111", "0", NOW, "SIP0", entry_id="line1")
    assert register.get("+4930111") == register.callers["+4930111"]
    assert register.get("+4930111") != Register().add("+4930111", CallRecord("0", NOW, "SIP0"))
    assert "+4930111" in register.callers
    assert len(register.callers) == 1
    alone = CallerTally("+4930999")
    assert (alone.count, alone.lines, alone.last_line, alone.history) == (0, [], None, [])
    assert alone.as_dict()["count"] == 0
    tally = register.callers["+4930111"]
    tally.last_seen = None
    assert tally.last_seen is None
    assert tally.first_seen == NOW


def test_an_export_is_written_in_chunks_and_the_same_as_one_text(tmp_path: Path) -> None:
    """Big exports are encoded a chunk at a time; the file is what the text would be."""
    log = _log(tmp_path)
    register = Register()
    _write_calls(log, register, [f"+4930{n:06d}" for n in range(2000)], NOW)
    chunks, count = calls_csv_file(
        log.calls(), timezone=UTC, formatted=lambda n: n[3:], line_name=lambda r: r.line
    )
    text = calls_csv(
        [ExportedCall(number, record) for number, record in log.calls()],
        timezone=UTC,
        formatted=lambda n: n[3:],
        line_name=lambda r: r.line,
    )
    assert count == 2000
    assert len(chunks) > 2
    assert b"".join(chunks) == text.encode("utf-8-sig")
    path = tmp_path / "export.csv"
    write_atomically(path, chunks)
    assert path.read_bytes() == text.encode("utf-8-sig")
