"""Notes on callers and calls in the call log, without Home Assistant (issue 16)."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
import io
from pathlib import Path
import sqlite3

from hypothesis import given, strategies as st
import pytest

from custom_components.nuisance_calls.lib.callexport import (
    COLUMNS,
    ExportedCall,
    calls_csv,
    calls_csv_file,
)
from custom_components.nuisance_calls.lib.calllog import SCHEMA_VERSION, CallLog, Changes
from custom_components.nuisance_calls.lib.exceptions import InvalidNoteError, NoteProblem
from custom_components.nuisance_calls.lib.notes import MAX_NOTE_LENGTH, clean_note
from custom_components.nuisance_calls.lib.register import RECENT, Register

from .conftest import closed_after_the_test

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def _open(path: Path) -> CallLog:
    log = CallLog(path, UTC)
    log.open()
    closed_after_the_test(log)
    return log


def _ring(log: CallLog, register: Register, number: str, call_id: str, when: datetime) -> int:
    tally, record = register.record_ring(number, call_id, when, "SIP0", entry_id="line1")
    changes = Changes()
    changes.caller(tally)
    changes.call(number, record)
    log.write(changes)
    return record.id


def _notes(log: CallLog, number: str | None = None) -> list[str]:
    return [record.note for _number, record in log.calls(number=number)]


def test_notes_on_callers_and_calls_are_stored_changed_and_cleared(tmp_path: Path) -> None:
    """One note per caller and per call, written again replaces it, empty deletes it."""
    log = _open(tmp_path / "calls.db")
    register = Register()
    first = _ring(log, register, "+4930111", "0", NOW - timedelta(days=3))
    second = _ring(log, register, "+4930111", "1", NOW)
    other = _ring(log, register, "+4930222", "2", NOW)
    changes = Changes()
    changes.caller_note("+4930111", "Said no on 12 Nov", NOW)
    changes.call_note("+4930111", first, "  Refused,\r\nasked to delete my number ", NOW)
    changes.call_note("+4930222", first, "not this caller's call", NOW)  # not written
    changes.call_note("+4930111", 999, "no such call", NOW)  # not written
    log.write(changes)
    assert log.caller_note("+4930111") == "Said no on 12 Nov"
    assert log.caller_note("+4930222") == ""
    assert _notes(log, "+4930111") == ["Refused,\nasked to delete my number", ""]
    assert _notes(log, "+4930222") == [""]
    assert log.note_counts == (1, 1)

    again = Changes()
    again.caller_note("+4930111", "Said no twice", NOW)
    again.call_note("+4930111", first, "", NOW)
    again.call_note("+4930111", second, "Called again after the no", NOW)
    again.caller_note("+4930333", "Warned by a neighbour", NOW)  # never called: kept
    log.write(again)
    log.close()
    reopened = _open(tmp_path / "calls.db")  # notes survive a restart
    assert reopened.caller_notes() == {
        "+4930111": "Said no twice",
        "+4930333": "Warned by a neighbour",
    }
    assert _notes(reopened, "+4930111") == ["", "Called again after the no"]
    assert reopened.has_call("+4930222", other)
    assert not reopened.has_call("+4930111", other)
    cleared = Changes()
    cleared.caller_note("+4930333", "   ", NOW)
    reopened.write(cleared)
    assert reopened.caller_notes() == {"+4930111": "Said no twice"}


def test_a_reset_takes_the_notes_and_freed_ids_get_none(tmp_path: Path) -> None:
    """After a reset and a restart the log numbers calls from the highest id left: a new
    call may get a forgotten call's id, and must not inherit its note."""
    path = tmp_path / "calls.db"
    log = _open(path)
    register = Register()
    _ring(log, register, "+4930222", "0", NOW - timedelta(days=1))
    last = _ring(log, register, "+4930111", "1", NOW)
    notes = Changes()
    notes.caller_note("+4930111", "Said no", NOW)
    notes.call_note("+4930111", last, "The call I refused", NOW)
    notes.caller_note("+4930222", "Kept", NOW)
    log.write(notes)
    log.write(Changes(forget=["+4930111"]))
    assert log.caller_notes() == {"+4930222": "Kept"}
    assert log.note_counts == (1, 0)
    log.close()
    reopened = _open(path)
    loaded = reopened.load(NOW - RECENT).register
    tally, record = loaded.record_ring("+4930333", "5", NOW, "SIP0")
    assert record.id == last  # the freed id again
    changes = Changes()
    changes.caller(tally)
    changes.call("+4930333", record)
    reopened.write(changes)
    assert _notes(reopened, "+4930333") == [""]


def test_a_log_of_schema_2_gets_notes_and_keeps_every_call(tmp_path: Path) -> None:
    """Schema 2 (0.3's, no notes) opens as 3: every caller and call kept, notes work."""
    path = tmp_path / "calls.db"
    old = sqlite3.connect(path)
    old.executescript(
        """
        CREATE TABLE callers (number TEXT PRIMARY KEY, count INTEGER NOT NULL,
            answered INTEGER NOT NULL, missed INTEGER NOT NULL, first_seen REAL,
            last_seen REAL, lines TEXT NOT NULL DEFAULT '[]',
            stopped INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
        CREATE TABLE calls (id INTEGER PRIMARY KEY, number TEXT NOT NULL, time REAL NOT NULL,
            call_id TEXT NOT NULL, line TEXT NOT NULL, entry_id TEXT NOT NULL,
            outcome TEXT NOT NULL, duration INTEGER, verdict TEXT NOT NULL,
            label TEXT NOT NULL, tags TEXT NOT NULL, box_id INTEGER,
            backfilled INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE lines (entry_id TEXT PRIMARY KEY, counters TEXT NOT NULL) WITHOUT ROWID;
        INSERT INTO callers VALUES ('+4930111', 2, 1, 1, 1000.0, 2000.0, '["line1"]', 0);
        INSERT INTO calls VALUES (1, '+4930111', 1000.0, '0', 'SIP0', 'line1', 'answered', 40,
            'nuisance', 'Acme', '["telemarketing"]', NULL, 0);
        INSERT INTO calls VALUES (2, '+4930111', 2000.0, '1', 'SIP0', 'line1', 'missed', 0,
            'nuisance', 'Acme', '["telemarketing"]', NULL, 0);
        INSERT INTO lines VALUES ('line1', '{"calls_total": 2}');
        PRAGMA user_version=2;
        """
    )
    old.close()
    log = CallLog(path, UTC)
    assert not log.open()
    closed_after_the_test(log)
    assert log.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    loaded = log.load(datetime.fromtimestamp(0, UTC))
    assert loaded.skipped == 0
    tally = loaded.register.get("+4930111")
    assert tally is not None
    assert (tally.count, tally.answered, tally.missed) == (2, 1, 1)
    assert [(r.id, r.outcome.value, r.note) for _n, r in log.calls()] == [
        (1, "answered", ""),
        (2, "missed", ""),
    ]
    changes = Changes()
    changes.call_note("+4930111", 1, "Said no", NOW)
    changes.caller_note("+4930111", "Acme, refused", NOW)
    log.write(changes)
    assert _notes(log) == ["Said no", ""]
    assert log.caller_notes() == {"+4930111": "Acme, refused"}
    assert log.counts == (1, 2)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("x" * (MAX_NOTE_LENGTH + 1), NoteProblem.TOO_LONG),
        ("said \u202eon", NoteProblem.INVALID_CHARACTER),  # a right-to-left override
        ("nul \x00", NoteProblem.INVALID_CHARACTER),
        ("bell \x07", NoteProblem.INVALID_CHARACTER),
        ("\ud800 lone surrogate", NoteProblem.INVALID_CHARACTER),
        ("private \ue000", NoteProblem.INVALID_CHARACTER),
        ("unassigned \U000e0fff", NoteProblem.INVALID_CHARACTER),
        ("zero\u200bwidth space", NoteProblem.INVALID_CHARACTER),
    ],
)
def test_hostile_notes_are_refused_and_nothing_is_written(
    tmp_path: Path, text: str, problem: NoteProblem
) -> None:
    """A note is refused, not silently changed: the person sees why."""
    with pytest.raises(InvalidNoteError) as caught:
        clean_note(text)
    assert caught.value.problem is problem
    changes = Changes()
    with pytest.raises(InvalidNoteError):
        changes.caller_note("+4930111", text, NOW)
    assert not changes


def test_a_note_keeps_what_a_person_writes() -> None:
    """Line breaks, emoji (with joiners), scripts and 500 characters pass."""
    assert clean_note("\tSaid no\r\non 12 Nov\u2028again ") == "Said no\non 12 Nov\nagain"
    assert (
        clean_note("👨\u200d👩\u200d👧 Müller, Ελένη, 山田")
        == "👨\u200d👩\u200d👧 Müller, Ελένη, 山田"
    )
    assert clean_note("x" * MAX_NOTE_LENGTH) == "x" * MAX_NOTE_LENGTH
    assert clean_note(" \n ") == ""


@given(st.text(max_size=MAX_NOTE_LENGTH + 20))
def test_any_text_is_a_note_or_refused(text: str) -> None:
    """What passes is bounded, printable but for line breaks and joiners, and stable."""
    try:
        note = clean_note(text)
    except InvalidNoteError:
        return
    assert len(note) <= MAX_NOTE_LENGTH
    assert all(ch.isprintable() or ch in "\n\u200c\u200d" or ch.isspace() for ch in note)
    assert clean_note(note) == note


def test_a_stored_note_that_is_not_clean_is_shown_cleaned(tmp_path: Path) -> None:
    """The file is input from outside: a note written by hand into it is checked too."""
    log = _open(tmp_path / "calls.db")
    register = Register()
    call = _ring(log, register, "+4930111", "0", NOW)
    log.db.execute(
        "INSERT INTO caller_notes VALUES ('+4930111', ?, 0)", ("a\u202eb\x00" + "y" * 900,)
    )
    log.db.execute("INSERT INTO call_notes VALUES (?, '+4930111', ?, 0)", (call, b"\xff"))
    log.db.execute("INSERT INTO caller_notes VALUES (?, 'x', 0)", ("not a number\x00",))
    assert log.caller_note("+4930111") == "ab" + "y" * (MAX_NOTE_LENGTH - 2)
    assert log.caller_notes() == {"+4930111": "ab" + "y" * (MAX_NOTE_LENGTH - 2)}
    assert _notes(log) == [""]  # a note that is no text: none, and the call is still read


def test_the_export_has_each_calls_note_and_the_callers_note(tmp_path: Path) -> None:
    """Two columns at the end (the columns before keep their places); formulas never run."""
    log = _open(tmp_path / "calls.db")
    register = Register()
    refused = _ring(log, register, "+4930111", "0", NOW - timedelta(days=2))
    _ring(log, register, "+4930111", "1", NOW)
    _ring(log, register, "+4930222", "2", NOW)
    changes = Changes()
    changes.call_note("+4930111", refused, "Said no,\nasked them to delete my number", NOW)
    changes.caller_note("+4930111", '=HYPERLINK("x")', NOW)
    log.write(changes)
    assert COLUMNS[-2:] == ("call_note", "caller_note")
    notes = log.caller_notes()
    text = calls_csv(
        [ExportedCall(number, record) for number, record in log.calls()],
        timezone=UTC,
        formatted=lambda n: n,
        line_name=lambda r: r.line,
        caller_notes=notes,
    )
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(row["number"], row["call_note"], row["caller_note"]) for row in rows] == [
        ("+4930111", "Said no,\nasked them to delete my number", '\'=HYPERLINK("x")'),
        ("+4930111", "", '\'=HYPERLINK("x")'),
        ("+4930222", "", ""),
    ]
    chunks, count = calls_csv_file(
        log.calls(),
        timezone=UTC,
        formatted=lambda n: n,
        line_name=lambda r: r.line,
        caller_notes=notes,
    )
    assert count == 3
    assert b"".join(chunks) == text.encode("utf-8-sig")
