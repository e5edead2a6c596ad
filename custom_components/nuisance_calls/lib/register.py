"""The per-caller tally: the register with a cross after every attempt.

In memory the register holds every caller's totals and their recent calls
(what the repeat rule and this month's figures need); every call ever is in
the call log on disk (``calllog.CallLog``), which loads this register.

The register grows to 100,000 callers and hundreds of thousands of recent
calls, loaded in an executor thread of a Home Assistant process. An object
the garbage collector tracks (a class instance, a list) costs time in every
full collection of that process, and a full collection holds the GIL, so it
stalls Home Assistant's event loop for as long as it takes: loading 680,000
tracked objects (three per caller, one per call) cost stalls of 0.7 s. So a
caller is stored as one flat tuple of plain values (its counts, times and
lines, then the fields of its recent calls, one after the other): a tuple of
strings, numbers and times only is not tracked from its making on (a tuple
that holds another tuple is, and may stay tracked), so the register holds
next to no tracked objects, however big. ``CallerTally`` is a view of one caller;
``CallRecord`` objects are made when asked for (and then kept, so that
changes to them count) - only a few are: a new call, a call that ends.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
import json
import logging
import math
from typing import Any, Final

from .exceptions import StoredDataError

__all__ = [
    "HISTORY_LENGTH",
    "OUTCOMES",
    "RECENT",
    "CallRecord",
    "CallerTally",
    "KeptCall",
    "Outcome",
    "Register",
    "TallyRow",
    "tally_row",
    "with_loaded_calls",
]


_LOGGER = logging.getLogger(__name__)

HISTORY_LENGTH: Final = 200
"""Recent calls kept in memory per caller at most; the counters cover all
calls ever, and the call log on disk every call."""
RECENT: Final = timedelta(days=92)
"""How far back calls are kept in memory: the repeat rule's longest window
(90 days) and this month's figures."""


class Outcome(StrEnum):
    """How an incoming call went."""

    RINGING = "ringing"
    ANSWERED = "answered"
    MISSED = "missed"
    STOPPED = "stopped"
    """Answered and hung up by the integration's own phone, not by someone at home."""


@dataclass(slots=True)
class CallRecord:
    """One incoming call of one caller."""

    call_id: str
    time: datetime
    line: str
    outcome: Outcome = Outcome.RINGING
    duration: int | None = None
    verdict: str = ""
    entry_id: str = ""
    """The config entry (HA line) the call came in on."""
    label: str = ""
    """The caller's label when the call rang (lists change later)."""
    tags: tuple[str, ...] = ()
    """The verdict's tags when the call rang."""
    id: int = 0
    """The call's number in the call log (0 until the register gives it one)."""
    box_id: int | None = None
    """The id of the call in the FRITZ!Box's own call list, once matched."""
    backfilled: bool = False
    """Counted from the box's call list afterwards (Home Assistant did not see it ring)."""
    note: str = ""
    """The household's note on this call. Read from the call log only: the register in
    memory keeps no notes, so a record it hands out has none (``as_dict`` leaves it out)."""

    def as_dict(self) -> dict[str, Any]:
        """Serialisable form."""
        return {
            "id": self.id,
            "backfilled": self.backfilled,
            "call_id": self.call_id,
            "time": self.time.isoformat(),
            "line": self.line,
            "outcome": self.outcome.value,
            "duration": self.duration,
            "verdict": self.verdict,
            "entry_id": self.entry_id,
            "label": self.label,
            "tags": list(self.tags),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CallRecord:
        """Parse a stored record (raises on broken data)."""
        duration = data.get("duration")
        return cls(
            call_id=str(data["call_id"]),
            time=datetime.fromisoformat(data["time"]),
            line=str(data.get("line", "")),
            outcome=Outcome(data.get("outcome", Outcome.RINGING)),
            duration=int(duration) if duration is not None else None,
            verdict=str(data.get("verdict", "")),
            entry_id=str(data.get("entry_id", "")),
            label=str(data.get("label") or ""),
            tags=tuple(str(tag) for tag in data.get("tags") or ()),
            backfilled=bool(data.get("backfilled", False)),
        )


OUTCOMES: Final = tuple(Outcome)
"""The outcomes by their code in a kept call (an index: no enum member in the row)."""
_CODE: Final = {outcome: code for code, outcome in enumerate(OUTCOMES)}

type KeptCall = tuple[
    int, datetime, str, str, str, int, int | None, str, str, str, int | None, bool
]
"""A call's fields as a caller's row holds them: (id, time, call_id, line, entry_id,
outcome code, duration, verdict, label, tags as JSON text, box_id, backfilled)."""
type TallyRow = tuple[Any, ...]
"""A caller as the register keeps it, one flat tuple of plain values: count, answered,
missed, stopped, first_seen, last_seen, lines (entry ids joined by ``LINE_SEPARATOR``),
then the ``KeptCall`` fields of each recent call, oldest first."""

LINE_SEPARATOR: Final = "\x1f"
"""Between the entry ids in a row's lines (a control character: no entry id has one)."""
_HEAD: Final = 7
"""Fields before the first call in a row."""
_LINES: Final = 6
_STRIDE: Final = 12
"""Fields per call in a row."""
_ID: Final = 0
_TIME: Final = 1
_CALL_ID: Final = 2
_ENTRY_ID: Final = 4
_OUTCOME: Final = 5
_EMPTY: Final[TallyRow] = (0, 0, 0, 0, None, None, "")


def _tags_text(tags: Iterable[str]) -> str:
    return json.dumps(list(tags), ensure_ascii=False) if tags else "[]"


def _fields(record: CallRecord) -> KeptCall:
    return (
        record.id,
        record.time,
        record.call_id,
        record.line,
        record.entry_id,
        _CODE[Outcome(record.outcome)],
        record.duration,
        record.verdict,
        record.label,
        _tags_text(record.tags),
        record.box_id,
        record.backfilled,
    )


def _record(row: TallyRow, at: int) -> CallRecord:
    """The call whose fields start at ``at``, as a new record."""
    id_, time, call_id, line, entry_id, outcome, duration, verdict, label, tags, box_id, back = row[
        at : at + _STRIDE
    ]
    return CallRecord(
        call_id, time, line, OUTCOMES[outcome], duration, verdict, entry_id, label,
        tuple(json.loads(tags)), id_, box_id, back,
    )  # fmt: skip


def _starts(row: TallyRow) -> range:
    """Where each call's fields start, oldest first."""
    return range(_HEAD, len(row), _STRIDE)


def _seen_on(lines: str, entry_id: str) -> str:
    """A caller's lines after a call on ``entry_id`` (now the latest, last)."""
    if not entry_id or lines == entry_id or lines.endswith(LINE_SEPARATOR + entry_id):
        return lines
    kept = [line for line in lines.split(LINE_SEPARATOR) if line and line != entry_id]
    return LINE_SEPARATOR.join((*kept, entry_id))


def _dropped(row: TallyRow) -> int:
    """How many of the oldest calls in a row are no longer kept.

    Kept: the calls within ``RECENT`` of the latest one, ``HISTORY_LENGTH`` at most.
    """
    calls = (len(row) - _HEAD) // _STRIDE
    if not calls:
        return 0
    since = row[-_STRIDE + _TIME] - RECENT
    drop = 0
    while drop < calls and row[_HEAD + drop * _STRIDE + _TIME] < since:
        drop += 1
    return max(drop, calls - HISTORY_LENGTH)


def tally_row(
    *,
    count: int,
    answered: int,
    missed: int,
    stopped: int,
    first_seen: datetime | None,
    last_seen: datetime | None,
    lines: Iterable[str],
) -> TallyRow:
    """A caller's row without calls."""
    text = LINE_SEPARATOR.join(line for line in lines if line)
    return (count, answered, missed, stopped, first_seen, last_seen, text)


def with_loaded_calls(row: TallyRow, calls: Iterable[KeptCall]) -> TallyRow:
    """A caller's row (without calls) with calls read back, in time order.

    As if each were added: the lines take their entry ids, and only the
    recent ones are kept.
    """
    parts = list(row[:_HEAD])
    lines = parts[_LINES]
    for call in calls:
        lines = _seen_on(lines, call[_ENTRY_ID])
        parts.extend(call)
    parts[_LINES] = lines
    loaded = tuple(parts)
    if drop := _dropped(loaded):
        return (*loaded[:_HEAD], *loaded[_HEAD + drop * _STRIDE :])
    return loaded


class CallerTally:
    """Everything counted about one caller: a view of the register's row for it.

    ``CallerTally(number)`` alone is a caller with no calls (in a register of its own).
    Two views of the same caller in the same register are equal.
    """

    __slots__ = ("number", "register")

    def __init__(self, number: str, register: Register | None = None) -> None:
        self.number = number
        if register is None:
            register = Register()
            register.rows[number] = _EMPTY
        self.register = register

    def __repr__(self) -> str:
        return (
            f"CallerTally({self.number!r}, count={self.count}, answered={self.answered},"
            f" missed={self.missed}, stopped={self.stopped}, first_seen={self.first_seen!r},"
            f" last_seen={self.last_seen!r}, lines={self.lines!r}, kept={self.kept})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CallerTally):
            return NotImplemented
        return self.register is other.register and self.number == other.number

    def __hash__(self) -> int:
        return hash((id(self.register), self.number))

    @property
    def _row(self) -> TallyRow:
        return self.register.rows.get(self.number, _EMPTY)

    def _set(self, index: int, value: int | datetime | None) -> None:
        row = self._row
        self.register.rows[self.number] = (*row[:index], value, *row[index + 1 :])

    @property
    def count(self) -> int:
        """Calls ever (the call log on disk has every one)."""
        count: int = self._row[0]
        return count

    @count.setter
    def count(self, value: int) -> None:
        self._set(0, value)

    @property
    def answered(self) -> int:
        """Calls someone at home answered."""
        answered: int = self._row[1]
        return answered

    @answered.setter
    def answered(self, value: int) -> None:
        self._set(1, value)

    @property
    def missed(self) -> int:
        """Calls nobody answered."""
        missed: int = self._row[2]
        return missed

    @missed.setter
    def missed(self, value: int) -> None:
        self._set(2, value)

    @property
    def stopped(self) -> int:
        """Calls the integration's phone answered and ended (counted in neither of the above)."""
        stopped: int = self._row[3]
        return stopped

    @stopped.setter
    def stopped(self, value: int) -> None:
        self._set(3, value)

    @property
    def first_seen(self) -> datetime | None:
        """The time of the first call."""
        first: datetime | None = self._row[4]
        return first

    @first_seen.setter
    def first_seen(self, value: datetime | None) -> None:
        self._set(4, value)

    @property
    def last_seen(self) -> datetime | None:
        """The time of the latest call."""
        last: datetime | None = self._row[5]
        return last

    @last_seen.setter
    def last_seen(self, value: datetime | None) -> None:
        self._set(5, value)

    @property
    def lines(self) -> list[str]:
        """The lines (entry ids) the caller ever rang on, the latest last (a copy)."""
        text: str = self._row[_LINES]
        return text.split(LINE_SEPARATOR) if text else []

    @property
    def last_line(self) -> str | None:
        """The line of the caller's latest call."""
        text: str = self._row[_LINES]
        return text.rpartition(LINE_SEPARATOR)[2] if text else None

    @property
    def history(self) -> list[CallRecord]:
        """Recent calls, oldest first (see ``RECENT`` and ``HISTORY_LENGTH``).

        The register's own records (made now if need be, then kept while the
        call is in the history): changing one changes the register's call.
        For reading only, ``recent`` and ``records`` make no records to keep.
        """
        row = self._row
        live = self.register.live_record
        return [live(row, at) for at in _starts(row)]

    @property
    def kept(self) -> int:
        """How many recent calls are in memory (``len(history)``, without making records)."""
        return (len(self._row) - _HEAD) // _STRIDE

    def recent(self) -> Iterator[tuple[datetime, Outcome]]:
        """(time, outcome) of the recent calls, newest first: what the rules need, cheaply."""
        row = self._row
        for at in range(len(row) - _STRIDE, _HEAD - 1, -_STRIDE):
            yield row[at + _TIME], OUTCOMES[row[at + _OUTCOME]]

    def records(self) -> Iterator[CallRecord]:
        """The recent calls as records, oldest first, for reading (a copy where none is kept)."""
        row = self._row
        live = self.register.live
        for at in _starts(row):
            record = live.get(row[at + _ID])
            yield record if record is not None else _record(row, at)

    def add(self, record: CallRecord) -> None:
        """Keep a call in the recent history (in time order); forget what is too old.

        Only the history and the lines change (``Register.add`` counts a call).
        """
        row = self._row
        self.register.keep(self.number, row[:_LINES], row, record)

    def seen_on(self, entry_id: str) -> None:
        """The caller rang on a line (now the latest)."""
        row = self._row
        lines = _seen_on(row[_LINES], entry_id)
        self.register.rows[self.number] = (*row[:_LINES], lines, *row[_HEAD:])

    def as_dict(self, *, history: bool = True) -> dict[str, Any]:
        """Serialisable form (history optional, for compact responses)."""
        first, last = self.first_seen, self.last_seen
        data: dict[str, Any] = {
            "number": self.number,
            "count": self.count,
            "answered": self.answered,
            "missed": self.missed,
            "stopped": self.stopped,
            "first_seen": first.isoformat() if first else None,
            "last_seen": last.isoformat() if last else None,
        }
        if history:
            data["history"] = [record.as_dict() for record in self.records()]
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CallerTally:
        """Parse a stored tally (raises on broken data; bad history rows are dropped)."""
        register = Register()
        number, row, records, _unread = _parse_tally(data)
        register.rows[number] = _row_of(row, records)
        return cls(number, register)

    def record(self, call_id: str) -> CallRecord | None:
        """The recorded call with this connection id, newest first."""
        row = self._row
        for at in range(len(row) - _STRIDE, _HEAD - 1, -_STRIDE):
            if row[at + _CALL_ID] == call_id:
                return self.register.live_record(row, at)
        return None


def _row_of(row: TallyRow, records: Iterable[CallRecord]) -> TallyRow:
    """A row (without calls) with these records as its calls, as they are."""
    parts = list(row[:_HEAD])
    for record in records:
        parts.extend(_fields(record))
    return tuple(parts)


def _parse_tally(data: Mapping[str, Any]) -> tuple[str, TallyRow, list[CallRecord], int]:
    """A tally of 0.1's JSON: number, row (no calls), its records in time order, unread calls."""
    first, last = data.get("first_seen"), data.get("last_seen")
    number = str(data["number"])
    history = data.get("history", [])
    if not isinstance(history, list | tuple):
        raise TypeError("history is not a list")
    counts = (
        int(data.get("count", 0)),
        int(data.get("answered", 0)),
        int(data.get("missed", 0)),
        int(data.get("stopped", 0)),
    )
    first_seen = datetime.fromisoformat(first) if first else None
    last_seen = datetime.fromisoformat(last) if last else None
    records: list[CallRecord] = []
    lines = ""
    unread = 0
    for raw in history:
        try:
            record = CallRecord.from_dict(raw)
        except AttributeError, KeyError, TypeError, ValueError:
            unread += 1
            continue
        records.append(record)
        lines = _seen_on(lines, record.entry_id)
    records.sort(key=lambda record: record.time)
    return number, (*counts, first_seen, last_seen, lines), records, unread


def _latest_first(item: tuple[datetime | None, str]) -> float:
    return -item[0].timestamp() if item[0] is not None else math.inf


class _Callers(Mapping[str, CallerTally]):
    """The register's callers by number (views)."""

    __slots__ = ("_register",)

    def __init__(self, register: Register) -> None:
        self._register = register

    def __getitem__(self, number: str) -> CallerTally:
        if number not in self._register.rows:
            raise KeyError(number)
        return CallerTally(number, self._register)

    def __iter__(self) -> Iterator[str]:
        return iter(self._register.rows)

    def __len__(self) -> int:
        return len(self._register.rows)

    def __contains__(self, number: object) -> bool:
        return number in self._register.rows


class Register:
    """The tally of every caller, keyed by normalised number.

    ``rows`` holds each caller as a ``TallyRow`` of plain values; ``live``
    the ``CallRecord`` objects handed out (by id), which are the register's
    word on their call from then on (their fields are what is written).
    """

    __slots__ = ("last_id", "live", "rows")

    def __init__(self) -> None:
        self.rows: dict[str, TallyRow] = {}
        self.live: dict[int, CallRecord] = {}
        self.last_id = 0
        """The call log's number of the latest call."""

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[CallerTally]:
        return (CallerTally(number, self) for number in self.rows)

    @property
    def callers(self) -> Mapping[str, CallerTally]:
        """Every caller's tally by number."""
        return _Callers(self)

    @property
    def recent_calls(self) -> int:
        """Calls kept in memory, of every caller."""
        return sum((len(row) - _HEAD) // _STRIDE for row in self.rows.values())

    def by_count(self) -> Iterator[CallerTally]:
        """Every caller, the most calls first; of equal counts, the latest call first.

        For "the flagged caller with the most calls (the latest on a tie)":
        judging in this order and stopping at the first flagged caller judges
        a few callers, not all of them. One pass over the plain rows; a level
        of equal counts is sorted only when it is reached.
        """
        levels: dict[int, list[tuple[datetime | None, str]]] = {}
        for number, row in self.rows.items():
            levels.setdefault(row[0], []).append((row[5], number))
        for count in sorted(levels, reverse=True):
            level = levels[count]
            # stable: of equal times, the register's order (as a plain scan finds them)
            level.sort(key=_latest_first)
            for _last_seen, number in level:
                yield CallerTally(number, self)

    def get(self, number: str) -> CallerTally | None:
        """The tally of one caller, if they ever called."""
        return CallerTally(number, self) if number in self.rows else None

    def live_record(self, row: TallyRow, at: int) -> CallRecord:
        """The record of the call whose fields start at ``at`` (made now and kept, if none)."""
        record = self.live.get(row[at + _ID])
        if record is None:
            record = self.live[row[at + _ID]] = _record(row, at)
        return record

    def keep(
        self,
        number: str,
        head: tuple[Any, ...],
        row: TallyRow,
        record: CallRecord,
    ) -> None:
        """Store a caller's row: ``head`` (its first six fields, new), ``row``'s calls and lines
        with ``record`` added in time order (after calls of the same time), the oldest
        forgotten as need be; the record is the register's from now on."""
        time = record.time
        at = len(row)
        if at > _HEAD and time < row[at - _STRIDE + _TIME]:
            at = _HEAD
            while at < len(row) and row[at + _TIME] <= time:
                at += _STRIDE
        lines = _seen_on(row[_LINES], record.entry_id)
        new = (*head, lines, *row[_HEAD:at], *_fields(record), *row[at:])
        if record.id:
            self.live[record.id] = record
        if drop := _dropped(new):
            end = _HEAD + drop * _STRIDE
            for start in range(_HEAD, end, _STRIDE):
                self.live.pop(new[start + _ID], None)
            new = (*new[:_HEAD], *new[end:])
        self.rows[number] = new

    def record_ring(
        self,
        number: str,
        call_id: str,
        time: datetime,
        line: str,
        verdict: str = "",
        *,
        entry_id: str = "",
    ) -> tuple[CallerTally, CallRecord]:
        """Count a new incoming call (its verdict is set once it is judged)."""
        record = CallRecord(call_id, time, line, verdict=verdict, entry_id=entry_id)
        return self.add(number, record), record

    def add(self, number: str, record: CallRecord) -> CallerTally:
        """Count a call (ended already, or ringing); it gets the next number in the log."""
        row = self.rows.get(number, _EMPTY)
        count, answered, missed, stopped, first, last = row[:_LINES]
        self.last_id += 1
        record.id = self.last_id
        count += 1
        outcome = record.outcome
        if outcome is Outcome.ANSWERED:
            answered += 1
        elif outcome is Outcome.MISSED:
            missed += 1
        elif outcome is Outcome.STOPPED:
            stopped += 1
        time = record.time
        if first is None or time < first:
            first = time
        if last is None or time > last:
            last = time
        self.keep(number, (count, answered, missed, stopped, first, last), row, record)
        return CallerTally(number, self)

    def record_end(
        self,
        number: str,
        call_id: str,
        *,
        answered: bool,
        duration: int | None,
        stopped: bool = False,
    ) -> tuple[CallerTally, CallRecord | None] | None:
        """Count how an incoming call ended (and its record, if still in memory).

        ``stopped``: the integration's phone answered it (not someone at home).
        """
        row = self.rows.get(number)
        if row is None:
            return None
        count, answers, misses, stops = row[:4]
        if stopped:
            outcome = Outcome.STOPPED
            stops += 1
        elif answered:
            outcome = Outcome.ANSWERED
            answers += 1
        else:
            outcome = Outcome.MISSED
            misses += 1
        head = (count, answers, misses, stops)
        record: CallRecord | None = None
        for at in range(len(row) - _STRIDE, _HEAD - 1, -_STRIDE):
            if row[at + _CALL_ID] == call_id:
                record = self.live_record(row, at)
                record.outcome = outcome
                record.duration = duration
                fields = _fields(record)
                self.rows[number] = (
                    *head, *row[4:at], *fields, *row[at + _STRIDE :]
                )  # fmt: skip
                break
        else:
            self.rows[number] = (*head, *row[4:])
        return CallerTally(number, self), record

    def reset(self, number: str) -> bool:
        """Forget a caller's tally; returns whether there was one."""
        row = self.rows.pop(number, None)
        if row is None:
            return False
        for at in _starts(row):
            self.live.pop(row[at + _ID], None)
        return True

    def as_dict(self) -> dict[str, Any]:
        """The JSON document of version 0.1 (what ``parse`` reads)."""
        return {"callers": [tally.as_dict() for tally in self]}

    @classmethod
    def parse(cls, data: object) -> tuple[Register, int]:
        """A register stored as JSON by version 0.1, and how many callers or calls were unreadable.

        Its calls get their numbers in the log in the order they were made.
        Raises ``StoredDataError`` when the document is not a stored register.
        """
        if data is None:
            return cls(), 0
        if not isinstance(data, Mapping) or not isinstance(data.get("callers", []), list):
            raise StoredDataError("the call register is not {'callers': [...]}")
        register = cls()
        skipped = 0
        parsed: dict[str, tuple[TallyRow, list[CallRecord]]] = {}
        for raw in data.get("callers", ()):
            try:
                number, row, records, unread = _parse_tally(raw)
            except AttributeError, KeyError, TypeError, ValueError:
                skipped += 1
                continue
            skipped += unread
            parsed[number] = (row, records)
        for record in sorted(
            (record for _row, records in parsed.values() for record in records),
            key=lambda record: record.time,
        ):
            register.last_id += 1
            record.id = register.last_id
        for number, (row, records) in parsed.items():
            register.rows[number] = _row_of(row, records)
        if skipped:
            _LOGGER.warning("Skipped %s unreadable callers or calls of the register", skipped)
        return register, skipped
