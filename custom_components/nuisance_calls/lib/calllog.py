"""The call log on disk: every call ever, and every caller's totals, in SQLite.

A household's register grows for years (a small office: tens of thousands of
callers, each with dozens of calls). Rewriting it as one document after
every call cost seconds; here recording a call appends a row and updates the
caller's row, in one transaction, whatever the size. Only the totals and the
recent calls (``register.RECENT``) are loaded into memory.

Everything here blocks (it is SQLite): Home Assistant runs it in its executor,
one call at a time (``CallLog`` is not safe for concurrent use). What is read
back is checked like any input from outside: a row of the wrong shape is
skipped and counted, a file that is not this log raises ``StoredDataError``.

Loading builds the register's rows of plain values (see ``register``): no
object the garbage collector keeps tracking, so that loading 100,000 callers
in the executor does not set off full collections that stall the event loop.
``calls`` reads row by row: what it yields can be used and dropped at once.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from itertools import groupby
import json
import math
from operator import itemgetter
from pathlib import Path
import sqlite3
from typing import Any, Final, Literal

from .exceptions import InvalidNoteError, StoredDataError
from .notes import MAX_NOTE_LENGTH, clean_note
from .register import (
    OUTCOMES,
    CallerTally,
    CallRecord,
    KeptCall,
    Register,
    TallyRow,
    tally_row,
    with_loaded_calls,
)
from .text import MAX_FIELD_LENGTH, clean_text

__all__ = [
    "SCHEMA_VERSION",
    "CallLog",
    "Changes",
    "LoadedLog",
]

SCHEMA_VERSION: Final = 3
"""1: 0.2's first; 2: callers.stopped (calls the integration's phone ended);
3: the notes on callers and on calls (two tables of their own)."""
MAX_NUMBER: Final = 64
"""Longest caller number kept (E.164 has 15 digits; internal and withheld forms are short)."""
_CACHE_SIZE: Final = 200_000
"""Texts read back remembered, cleaned, per read (the same lines, labels and tags recur;
the cleaned text is then shared by every call that has it)."""

_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS callers (
    number TEXT PRIMARY KEY,
    count INTEGER NOT NULL,
    answered INTEGER NOT NULL,
    missed INTEGER NOT NULL,
    first_seen REAL,
    last_seen REAL,
    lines TEXT NOT NULL DEFAULT '[]',
    stopped INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS calls (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL,
    time REAL NOT NULL,
    call_id TEXT NOT NULL,
    line TEXT NOT NULL,
    entry_id TEXT NOT NULL,
    outcome TEXT NOT NULL,
    duration INTEGER,
    verdict TEXT NOT NULL,
    label TEXT NOT NULL,
    tags TEXT NOT NULL,
    box_id INTEGER,
    backfilled INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS calls_by_time ON calls (time);
CREATE INDEX IF NOT EXISTS calls_by_number ON calls (number, time);
CREATE TABLE IF NOT EXISTS lines (
    entry_id TEXT PRIMARY KEY,
    counters TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS caller_notes (
    number TEXT PRIMARY KEY,
    note TEXT NOT NULL,
    updated REAL NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS call_notes (
    call INTEGER PRIMARY KEY,
    number TEXT NOT NULL,
    note TEXT NOT NULL,
    updated REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS call_notes_by_number ON call_notes (number);
"""
# Notes live in tables of their own: a call's row is written again (INSERT OR
# REPLACE) when its outcome or verdict changes, which would drop a column
# that the register in memory does not carry. A call's note is keyed by the
# call's id in the log and carries the caller's number, so that a reset
# (which deletes the calls and frees their ids) takes the notes with them.

_CALL_COLUMNS: Final = (
    "id, number, time, call_id, line, entry_id, outcome, duration, verdict, label, tags,"
    " box_id, backfilled"
)
_CALL_COLUMNS_WITH_NOTE: Final = (
    "calls.id, calls.number, time, call_id, line, entry_id, outcome, duration, verdict, label,"
    " tags, box_id, backfilled, call_notes.note"
)
_CALLER_COLUMNS: Final = "number, count, answered, missed, first_seen, last_seen, lines, stopped"

type _CallRow = tuple[
    int, str, float, str, str, str, str, int | None, str, str, str, int | None, int
]
type _CallerRow = tuple[str, int, int, int, float | None, float | None, str, int]


@dataclass(slots=True)
class Changes:
    """What to write in one transaction (a snapshot taken in the event loop)."""

    callers: list[_CallerRow] = field(default_factory=list)
    calls: list[_CallRow] = field(default_factory=list)
    forget: list[str] = field(default_factory=list)
    """Callers whose tally was reset: their row and every call of theirs go."""
    lines: dict[str, dict[str, Any] | None] = field(default_factory=dict)
    """Line counters by entry id; None deletes them."""
    caller_notes: list[tuple[str, str, float]] = field(default_factory=list)
    """(number, note, when) of notes on callers, checked (``clean_note``); "" deletes."""
    call_notes: list[tuple[int, str, str, float]] = field(default_factory=list)
    """(call's id, caller's number, note, when), checked; "" deletes. Written only where
    that call of that caller is in the log (after this batch's calls and resets)."""

    def __bool__(self) -> bool:
        return bool(
            self.callers
            or self.calls
            or self.forget
            or self.lines
            or self.caller_notes
            or self.call_notes
        )

    def caller(self, tally: CallerTally) -> None:
        """Write a caller's totals."""
        self.callers.append(
            (
                tally.number,
                tally.count,
                tally.answered,
                tally.missed,
                _stamp(tally.first_seen),
                _stamp(tally.last_seen),
                json.dumps(tally.lines),
                tally.stopped,
            )
        )

    def caller_note(self, number: str, note: str, when: datetime) -> None:
        """Write a person's note on a caller ("" deletes it); raises ``InvalidNoteError``."""
        self.caller_notes.append((_number(number), clean_note(note), when.timestamp()))

    def call_note(self, number: str, call: int, note: str, when: datetime) -> None:
        """Write a person's note on a caller's call ("" deletes it); raises ``InvalidNoteError``."""
        self.call_notes.append((call, _number(number), clean_note(note), when.timestamp()))

    def call(self, number: str, record: CallRecord) -> None:
        """Write a call (new, or changed: its outcome, its verdict)."""
        self.calls.append(
            (
                record.id,
                number,
                record.time.timestamp(),
                record.call_id,
                record.line,
                record.entry_id,
                record.outcome.value,
                record.duration,
                record.verdict,
                record.label,
                json.dumps(list(record.tags)),
                record.box_id,
                int(record.backfilled),
            )
        )


@dataclass(slots=True)
class LoadedLog:
    """What ``CallLog.load`` read."""

    register: Register
    lines: dict[str, Any]
    """Line counters by entry id, as stored (``LineCounters.from_dict`` checks them)."""
    skipped: int = 0
    """Rows that could not be read (left in the file, not loaded)."""


def _stamp(time: datetime | None) -> float | None:
    return time.timestamp() if time is not None else None


def _time(value: object, timezone: tzinfo) -> datetime:
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError("not a time")
    return datetime.fromtimestamp(value, timezone)


def _count(value: object) -> int:
    if type(value) is not int or value < 0:
        raise ValueError("not a count")
    return value


def _number(value: object) -> str:
    if not isinstance(value, str) or not value or len(value) > MAX_NUMBER:
        raise ValueError("not a number")
    if clean_text(value, MAX_NUMBER) != value:
        raise ValueError("not a number")
    return value


def _clean(value: object) -> str:
    """``clean_text(value)``; at once for short printable ASCII without extra spaces (most)."""
    if (
        type(value) is str
        and len(value) <= MAX_FIELD_LENGTH
        and value.isascii()
        and value.isprintable()
        and "  " not in value
        and value == value.strip()
    ):
        return value
    return clean_text(value)


def _readable_note(value: object) -> str:
    """A stored note, checked like a person's; one ``clean_note`` refuses is shown cleaned."""
    if not isinstance(value, str):
        return ""
    try:
        return clean_note(value)
    except InvalidNoteError:
        return clean_text(value, MAX_NOTE_LENGTH)


def _strings(text: object) -> list[str]:
    if not isinstance(text, str):
        raise TypeError("not a list")
    value = json.loads(text)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError("not a list of texts")
    return [clean_text(item) for item in value]


class CallLog:
    """The SQLite file of calls and callers (blocking; use it from one thread at a time)."""

    def __init__(self, path: Path, timezone: tzinfo = UTC) -> None:
        self.path = path
        self.timezone = timezone
        """The time zone times are read back in."""
        self._db: sqlite3.Connection | None = None

    @property
    def db(self) -> sqlite3.Connection:
        """The open connection."""
        if self._db is None:
            raise RuntimeError("the call log is not open")
        return self._db

    def open(self) -> bool:
        """Open (or create) the log; whether it was created just now.

        Raises ``StoredDataError`` for a file that is not a call log (damaged,
        or written by a newer version).
        """
        if str(self.path) != ":memory:":  # SQLite's name for a database in memory only
            self.path.parent.mkdir(parents=True, exist_ok=True)
        created = not self.path.exists()
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        try:
            version = _prepare(db)
        except sqlite3.DatabaseError as err:
            db.close()
            raise StoredDataError(f"not a call log: {err}") from err
        if version > SCHEMA_VERSION:
            db.close()
            raise StoredDataError(f"written by a newer version (schema {version})")
        self._db = db
        return created

    def close(self) -> None:
        """Close the file (checkpointed: one file, no write-ahead log left)."""
        if self._db is not None:
            try:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                self._db.close()
                self._db = None

    def checkpoint(self) -> None:
        """Move the write-ahead log into the main file (before a backup copies it)."""
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    @property
    def empty(self) -> bool:
        """Whether nothing was ever written."""
        db = self.db
        return (
            db.execute("SELECT 1 FROM callers LIMIT 1").fetchone() is None
            and db.execute("SELECT 1 FROM lines LIMIT 1").fetchone() is None
        )

    def load(self, since: datetime) -> LoadedLog:
        """Every caller's totals, and their calls since ``since`` (for the register in memory).

        Raises ``StoredDataError`` when the file cannot be read at all.
        """
        try:
            return self._load(since)
        except sqlite3.DatabaseError as err:
            raise StoredDataError(f"the call log cannot be read: {err}") from err

    def _load(self, since: datetime) -> LoadedLog:
        db = self.db
        register = Register()
        rows = register.rows
        reader = _Reader(self.timezone)
        skipped = 0
        for row in db.execute(f"SELECT {_CALLER_COLUMNS} FROM callers"):
            try:
                number, tally = reader.tally(row)
            except ValueError, TypeError:
                skipped += 1
                continue
            rows[number] = tally
        register.last_id = db.execute("SELECT coalesce(max(id), 0) FROM calls").fetchone()[0]
        # One caller's calls after another's, each in time order: a caller's row
        # is made once, from its calls, and nothing else lives on meanwhile.
        found = db.execute(
            f"SELECT {_CALL_COLUMNS} FROM calls WHERE time >= ? ORDER BY number, time, id",
            (since.timestamp(),),
        )
        for number, group in groupby(found, key=itemgetter(1)):
            owner = rows.get(number)
            calls: list[KeptCall] = []
            for row in group:
                if owner is None:  # a call of no caller: not written by this integration
                    skipped += 1
                    continue
                try:
                    calls.append(reader.call(row))
                except ValueError, TypeError:
                    skipped += 1
            if owner is not None and calls:
                rows[number] = with_loaded_calls(owner, calls)
        lines_counters: dict[str, Any] = {}
        for entry_id, counters in db.execute("SELECT entry_id, counters FROM lines"):
            try:
                lines_counters[str(entry_id)] = json.loads(counters)
            except ValueError, TypeError:
                skipped += 1
        return LoadedLog(register, lines_counters, skipped)

    def write(self, *batches: Changes) -> None:
        """Write changes, in order, in one transaction (all or nothing)."""
        db = self.db
        with _transaction(db):
            for changes in batches:
                _apply(db, changes)

    def import_register(self, register: Register, lines: Mapping[str, Mapping[str, Any]]) -> None:
        """Write a whole register (moving from the JSON register of version 0.1)."""
        changes = Changes()
        for tally in register:
            changes.caller(tally)
            for record in tally.records():
                changes.call(tally.number, record)
        changes.lines = {entry_id: dict(counters) for entry_id, counters in lines.items()}
        self.write(changes)

    def calls(
        self,
        *,
        number: str | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> Iterator[tuple[str, CallRecord]]:
        """Every call (of one number; from ``start`` on, before ``end``), oldest first.

        Rows that cannot be read are left out.
        """
        where: list[str] = []
        arguments: list[object] = []
        if number is not None:
            where.append("calls.number = ?")
            arguments.append(number)
        if start is not None:
            where.append("time >= ?")
            arguments.append(start.timestamp())
        if end is not None:
            where.append("time < ?")
            arguments.append(end.timestamp())
        sql = (
            f"SELECT {_CALL_COLUMNS_WITH_NOTE} FROM calls LEFT JOIN call_notes"
            " ON call_notes.call = calls.id AND call_notes.number = calls.number"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        reader = _Reader(self.timezone)
        for row in self.db.execute(sql + " ORDER BY time, calls.id", arguments):
            try:
                record = reader.record(row[:13])
                if row[13] is not None:
                    record.note = _readable_note(row[13])
                yield reader.number(row[1]), record
            except ValueError, TypeError:
                continue

    # -------------------------------------------------------------------- notes

    def caller_note(self, number: str) -> str:
        """The note on a caller ("" for none)."""
        row = self.db.execute(
            "SELECT note FROM caller_notes WHERE number = ?", (number,)
        ).fetchone()
        return _readable_note(row[0]) if row is not None else ""

    def caller_notes(self) -> dict[str, str]:
        """Every caller's note, by number (rows that cannot be read are left out)."""
        notes: dict[str, str] = {}
        for number, note in self.db.execute("SELECT number, note FROM caller_notes"):
            try:
                key = _number(number)
            except ValueError:
                continue
            if text := _readable_note(note):
                notes[key] = text
        return notes

    def find_call(self, number: str, time: datetime, within: float = 60.0) -> int | None:
        """The id of the caller's call nearest ``time``, at most ``within`` seconds away."""
        stamp = time.timestamp()
        row = self.db.execute(
            "SELECT id FROM calls WHERE number = ? AND time BETWEEN ? AND ?"
            " ORDER BY abs(time - ?), id LIMIT 1",
            (number, stamp - within, stamp + within, stamp),
        ).fetchone()
        return int(row[0]) if row is not None else None

    def has_call(self, number: str, call: int) -> bool:
        """Whether the call with this id in the log is the caller's."""
        found = self.db.execute(
            "SELECT 1 FROM calls WHERE id = ? AND number = ?", (call, number)
        ).fetchone()
        return found is not None

    @property
    def note_counts(self) -> tuple[int, int]:
        """(notes on callers, notes on calls) in the file."""
        return self._rows("caller_notes"), self._rows("call_notes")

    def counts_since(self, since: datetime) -> dict[str, tuple[int, int, int, int]]:
        """Per number, its calls from ``since`` on: (count, answered, missed, stopped)."""
        rows = self.db.execute(
            "SELECT number, count(*), sum(outcome = 'answered'), sum(outcome = 'missed'),"
            " sum(outcome = 'stopped') FROM calls WHERE time >= ? GROUP BY number",
            (since.timestamp(),),
        )
        return {
            str(number): (int(count), int(answered), int(missed), int(stopped))
            for number, count, answered, missed, stopped in rows
        }

    def box_ids(self, since: datetime) -> set[int]:
        """The FRITZ!Box call list ids of the calls since ``since``."""
        rows = self.db.execute(
            "SELECT box_id FROM calls WHERE time >= ? AND box_id IS NOT NULL",
            (since.timestamp(),),
        )
        return {int(box_id) for (box_id,) in rows}

    def latest(self, entry_id: str) -> datetime | None:
        """The time of the latest call on a line (None: none yet)."""
        row = self.db.execute(
            "SELECT max(time) FROM calls WHERE entry_id = ?", (entry_id,)
        ).fetchone()
        try:
            return _time(row[0], self.timezone) if row[0] is not None else None
        except ValueError:
            return None

    @property
    def counts(self) -> tuple[int, int]:
        """(callers, calls) in the file."""
        return self._rows("callers"), self._rows("calls")

    def _rows(self, table: Literal["callers", "calls", "caller_notes", "call_notes"]) -> int:
        """The rows of one of our tables (its name is one of these, never from input)."""
        return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _prepare(db: sqlite3.Connection) -> int:
    """Set the file up for this version; the schema version it had (newer: left alone)."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        return version
    # WAL: a crash (kill -9, a power cut) loses at most the transaction being
    # written; FULL: a commit is on disk when it returns.
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.executescript(_SCHEMA)
    if version == 1:  # 0.2.0's log: every caller has stopped no call yet
        db.execute("ALTER TABLE callers ADD COLUMN stopped INTEGER NOT NULL DEFAULT 0")
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    return version


def _apply(db: sqlite3.Connection, changes: Changes) -> None:
    if changes.forget:
        forget = [(number,) for number in changes.forget]
        db.executemany("DELETE FROM callers WHERE number = ?", forget)
        db.executemany("DELETE FROM calls WHERE number = ?", forget)
        # A reset starts the caller over: their notes go too (the calls' ids are freed).
        db.executemany("DELETE FROM call_notes WHERE number = ?", forget)
        db.executemany("DELETE FROM caller_notes WHERE number = ?", forget)
    db.executemany(
        f"INSERT OR REPLACE INTO callers ({_CALLER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        changes.callers,
    )
    db.executemany(
        f"INSERT OR REPLACE INTO calls ({_CALL_COLUMNS})"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        changes.calls,
    )
    for number, note, when in changes.caller_notes:
        if note:
            db.execute(
                "INSERT OR REPLACE INTO caller_notes (number, note, updated) VALUES (?, ?, ?)",
                (number, note, when),
            )
        else:
            db.execute("DELETE FROM caller_notes WHERE number = ?", (number,))
    for call, number, note, when in changes.call_notes:
        if note:
            db.execute(
                "INSERT OR REPLACE INTO call_notes (call, number, note, updated)"
                " SELECT ?, ?, ?, ? WHERE EXISTS"
                " (SELECT 1 FROM calls WHERE id = ? AND number = ?)",
                (call, number, note, when, call, number),
            )
        else:
            db.execute("DELETE FROM call_notes WHERE call = ? AND number = ?", (call, number))
    for entry_id, counters in changes.lines.items():
        if counters is None:
            db.execute("DELETE FROM lines WHERE entry_id = ?", (entry_id,))
        else:
            db.execute(
                "INSERT OR REPLACE INTO lines (entry_id, counters) VALUES (?, ?)",
                (entry_id, json.dumps(counters)),
            )


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")


class _Reader:
    """Reads rows back, checked; the texts that recur (lines, labels, tags) cleaned once."""

    def __init__(self, timezone: tzinfo) -> None:
        self.timezone = timezone
        self._texts: dict[object, str] = {}
        self._lists: dict[object, tuple[str, ...]] = {}
        self._lists_text: dict[object, str] = {}
        self._numbers: dict[object, str] = {}

    def text(self, value: object) -> str:
        """``clean_text`` of a stored text."""
        texts = self._texts
        cleaned = texts.get(value)
        if cleaned is None:
            if len(texts) >= _CACHE_SIZE:
                texts.clear()
            cleaned = texts[value] = _clean(value)
        return cleaned

    def strings(self, value: object) -> tuple[str, ...]:
        """A stored JSON list of texts."""
        lists = self._lists
        strings = lists.get(value)
        if strings is None:
            if len(lists) >= _CACHE_SIZE:
                lists.clear()
            strings = lists[value] = tuple(_strings(value))
        return strings

    def strings_text(self, value: object) -> str:
        """A stored JSON list of texts, checked and cleaned, as JSON text again."""
        texts = self._lists_text
        text = texts.get(value)
        if text is None:
            if len(texts) >= _CACHE_SIZE:
                texts.clear()
            strings = self.strings(value)
            text = texts[value] = json.dumps(strings, ensure_ascii=False) if strings else "[]"
        return text

    def number(self, value: object) -> str:
        """A stored caller number."""
        numbers = self._numbers
        number = numbers.get(value)
        if number is None:
            if len(numbers) >= _CACHE_SIZE:
                numbers.clear()
            number = numbers[value] = _number(value)
        return number

    def tally(self, row: Sequence[Any]) -> tuple[str, TallyRow]:
        """A caller's row (no calls yet)."""
        number, count, answered, missed, first, last, lines, stopped = row
        timezone = self.timezone
        return _number(number), tally_row(
            count=_count(count),
            answered=_count(answered),
            missed=_count(missed),
            stopped=_count(stopped),
            first_seen=_time(first, timezone) if first is not None else None,
            last_seen=_time(last, timezone) if last is not None else None,
            lines=self.strings(lines),
        )

    def call(self, row: Sequence[Any]) -> KeptCall:
        """A call as the register keeps it."""
        (
            call_id_in_log,
            _number,
            time,
            call_id,
            line,
            entry_id,
            outcome,
            duration,
            verdict,
            label,
            tags,
            box_id,
            backfilled,
        ) = row
        text = self.text
        return (
            _count(call_id_in_log),
            _time(time, self.timezone),
            text(call_id),
            text(line),
            text(entry_id),
            _OUTCOME_CODES[outcome],
            _count(duration) if duration is not None else None,
            text(verdict),
            text(label),
            self.strings_text(tags),
            _count(box_id) if box_id is not None else None,
            bool(backfilled),
        )

    def record(self, row: Sequence[Any]) -> CallRecord:
        """A call as a record of its own."""
        (
            call_id_in_log,
            _number,
            time,
            call_id,
            line,
            entry_id,
            outcome,
            duration,
            verdict,
            label,
            tags,
            box_id,
            backfilled,
        ) = row
        texts = self._texts
        get = texts.get
        text = self.text
        return CallRecord(
            get(call_id) or text(call_id),
            _time(time, self.timezone),
            get(line) or text(line),
            OUTCOMES[_OUTCOME_CODES[outcome]],
            _count(duration) if duration is not None else None,
            get(verdict) or text(verdict),
            get(entry_id) or text(entry_id),
            get(label) or text(label),
            self._lists.get(tags) or self.strings(tags),
            _count(call_id_in_log),
            _count(box_id) if box_id is not None else None,
            bool(backfilled),
        )


class _OutcomeCodes(dict[object, int]):
    """Stored outcome text -> its code; anything else raises ``ValueError``."""

    def __missing__(self, key: object) -> int:
        raise ValueError(f"not an outcome: {key!r}")


_OUTCOME_CODES: Final = _OutcomeCodes(
    {outcome.value: code for code, outcome in enumerate(OUTCOMES)}
)
