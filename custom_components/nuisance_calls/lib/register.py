"""The per-caller tally: the register with a cross after every attempt.

In memory the register holds every caller's totals and their recent calls
(what the repeat rule and this month's figures need); every call ever is in
the call log on disk (``calllog.CallLog``), which loads this register.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
import logging
from typing import Any, Final

from .exceptions import StoredDataError

__all__ = [
    "HISTORY_LENGTH",
    "RECENT",
    "CallRecord",
    "CallerTally",
    "Outcome",
    "Register",
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


@dataclass(slots=True)
class CallerTally:
    """Everything counted about one caller."""

    number: str
    count: int = 0
    answered: int = 0
    missed: int = 0
    stopped: int = 0
    """Calls the integration's phone answered and ended (counted in neither of the above)."""
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    history: list[CallRecord] = field(default_factory=list)
    """Recent calls, oldest first (see ``RECENT`` and ``HISTORY_LENGTH``)."""
    lines: list[str] = field(default_factory=list)
    """The lines (entry ids) the caller ever rang on, the latest last."""
    unread: int = field(default=0, init=False, repr=False, compare=False)
    """Stored calls of this caller that could not be read (when it was loaded)."""

    @property
    def last_line(self) -> str | None:
        """The line of the caller's latest call."""
        return self.lines[-1] if self.lines else None

    def add(self, record: CallRecord) -> None:
        """Keep a call in the recent history (in time order); forget what is too old."""
        history = self.history
        if history and record.time < history[-1].time:
            history.append(record)
            history.sort(key=lambda kept: kept.time)
        else:
            history.append(record)
        since = history[-1].time - RECENT
        drop = 0
        while drop < len(history) and history[drop].time < since:
            drop += 1
        drop = max(drop, len(history) - HISTORY_LENGTH)
        if drop:
            del history[:drop]
        if record.entry_id:
            self.seen_on(record.entry_id)

    def seen_on(self, entry_id: str) -> None:
        """The caller rang on a line (now the latest)."""
        if self.lines and self.lines[-1] == entry_id:
            return
        if entry_id in self.lines:
            self.lines.remove(entry_id)
        self.lines.append(entry_id)

    def as_dict(self, *, history: bool = True) -> dict[str, Any]:
        """Serialisable form (history optional, for compact responses)."""
        data: dict[str, Any] = {
            "number": self.number,
            "count": self.count,
            "answered": self.answered,
            "missed": self.missed,
            "stopped": self.stopped,
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "last_seen": self.last_seen.isoformat() if self.last_seen else None,
        }
        if history:
            data["history"] = [record.as_dict() for record in self.history]
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CallerTally:
        """Parse a stored tally (raises on broken data; bad history rows are dropped)."""
        first, last = data.get("first_seen"), data.get("last_seen")
        tally = cls(
            number=str(data["number"]),
            count=int(data.get("count", 0)),
            answered=int(data.get("answered", 0)),
            missed=int(data.get("missed", 0)),
            stopped=int(data.get("stopped", 0)),
            first_seen=datetime.fromisoformat(first) if first else None,
            last_seen=datetime.fromisoformat(last) if last else None,
        )
        history = data.get("history", [])
        if not isinstance(history, list | tuple):
            raise TypeError("history is not a list")
        for raw in history:
            try:
                record = CallRecord.from_dict(raw)
            except AttributeError, KeyError, TypeError, ValueError:
                tally.unread += 1
                continue
            tally.history.append(record)
            if record.entry_id:
                tally.seen_on(record.entry_id)
        tally.history.sort(key=lambda record: record.time)
        return tally

    def record(self, call_id: str) -> CallRecord | None:
        """The recorded call with this connection id, newest first."""
        for record in reversed(self.history):
            if record.call_id == call_id:
                return record
        return None


@dataclass(slots=True)
class Register:
    """The tally of every caller, keyed by normalised number."""

    callers: dict[str, CallerTally] = field(default_factory=dict)
    last_id: int = 0
    """The call log's number of the latest call."""

    def __len__(self) -> int:
        return len(self.callers)

    def __iter__(self) -> Iterator[CallerTally]:
        return iter(self.callers.values())

    def get(self, number: str) -> CallerTally | None:
        """The tally of one caller, if they ever called."""
        return self.callers.get(number)

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
        tally = self.callers.get(number)
        if tally is None:
            tally = self.callers[number] = CallerTally(number)
        self.last_id += 1
        record.id = self.last_id
        tally.count += 1
        if record.outcome is Outcome.ANSWERED:
            tally.answered += 1
        elif record.outcome is Outcome.MISSED:
            tally.missed += 1
        elif record.outcome is Outcome.STOPPED:
            tally.stopped += 1
        time = record.time
        if tally.first_seen is None or time < tally.first_seen:
            tally.first_seen = time
        if tally.last_seen is None or time > tally.last_seen:
            tally.last_seen = time
        tally.add(record)
        return tally

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
        tally = self.callers.get(number)
        if tally is None:
            return None
        if stopped:
            outcome = Outcome.STOPPED
            tally.stopped += 1
        elif answered:
            outcome = Outcome.ANSWERED
            tally.answered += 1
        else:
            outcome = Outcome.MISSED
            tally.missed += 1
        if (record := tally.record(call_id)) is not None:
            record.outcome = outcome
            record.duration = duration
        return tally, record

    def reset(self, number: str) -> bool:
        """Forget a caller's tally; returns whether there was one."""
        return self.callers.pop(number, None) is not None

    def as_dict(self) -> dict[str, Any]:
        """The JSON document of version 0.1 (what ``parse`` reads)."""
        return {"callers": [tally.as_dict() for tally in self.callers.values()]}

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
        for raw in data.get("callers", ()):
            try:
                tally = CallerTally.from_dict(raw)
            except AttributeError, KeyError, TypeError, ValueError:
                skipped += 1
                continue
            skipped += tally.unread
            register.callers[tally.number] = tally
        for record in sorted(
            (record for tally in register.callers.values() for record in tally.history),
            key=lambda record: record.time,
        ):
            register.last_id += 1
            record.id = register.last_id
        if skipped:
            _LOGGER.warning("Skipped %s unreadable callers or calls of the register", skipped)
        return register, skipped
