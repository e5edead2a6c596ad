"""The per-caller tally: the register with a cross after every attempt."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
import logging
from typing import Any, Final

from .exceptions import StoredDataError

__all__ = [
    "HISTORY_LENGTH",
    "CallRecord",
    "CallerTally",
    "Outcome",
    "Register",
]


_LOGGER = logging.getLogger(__name__)

HISTORY_LENGTH: Final = 200
"""Recent calls kept per caller (for the repeat rule and ``export_calls``);
the counters cover all calls ever."""


class Outcome(StrEnum):
    """How an incoming call went."""

    RINGING = "ringing"
    ANSWERED = "answered"
    MISSED = "missed"


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

    def as_dict(self) -> dict[str, Any]:
        """Serialisable form."""
        return {
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
        )


@dataclass(slots=True)
class CallerTally:
    """Everything counted about one caller."""

    number: str
    count: int = 0
    answered: int = 0
    missed: int = 0
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    history: deque[CallRecord] = field(default_factory=lambda: deque(maxlen=HISTORY_LENGTH))
    _stored: dict[str, Any] | None = field(default=None, init=False, repr=False, compare=False)
    unread: int = field(default=0, init=False, repr=False, compare=False)
    """Stored calls of this caller that could not be read (when it was loaded)."""
    """The last full ``as_dict()``, reused until the tally changes."""

    def changed(self) -> None:
        """Tell the tally that it (or one of its records) changed since it was stored."""
        self._stored = None

    def as_dict(self, *, history: bool = True) -> dict[str, Any]:
        """Serialisable form (history optional, for compact responses).

        The full form is cached: saving the register then only serialises
        the callers that changed since the last save, not every record of
        every caller again (2,000 callers took 60 ms in the event loop).
        """
        if history and self._stored is not None:
            return self._stored
        data: dict[str, Any] = {
            "number": self.number,
            "count": self.count,
            "answered": self.answered,
            "missed": self.missed,
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "last_seen": self.last_seen.isoformat() if self.last_seen else None,
        }
        if history:
            data["history"] = [record.as_dict() for record in self.history]
            self._stored = data
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
            first_seen=datetime.fromisoformat(first) if first else None,
            last_seen=datetime.fromisoformat(last) if last else None,
        )
        history = data.get("history", [])
        if not isinstance(history, list | tuple):
            raise TypeError("history is not a list")
        for raw in history:
            try:
                tally.history.append(CallRecord.from_dict(raw))
            except AttributeError, KeyError, TypeError, ValueError:
                tally.unread += 1
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
    ) -> CallerTally:
        """Count a new incoming call (its verdict is set once it is judged)."""
        tally = self.callers.get(number)
        if tally is None:
            tally = self.callers[number] = CallerTally(number)
        tally.changed()
        tally.count += 1
        if tally.first_seen is None:
            tally.first_seen = time
        tally.last_seen = time
        tally.history.append(CallRecord(call_id, time, line, verdict=verdict, entry_id=entry_id))
        return tally

    def record_end(
        self, number: str, call_id: str, *, answered: bool, duration: int | None
    ) -> CallerTally | None:
        """Count how an incoming call ended."""
        tally = self.callers.get(number)
        if tally is None:
            return None
        tally.changed()
        if answered:
            tally.answered += 1
        else:
            tally.missed += 1
        if (record := tally.record(call_id)) is not None:
            record.outcome = Outcome.ANSWERED if answered else Outcome.MISSED
            record.duration = duration
        return tally

    def reset(self, number: str) -> bool:
        """Forget a caller's tally; returns whether there was one."""
        return self.callers.pop(number, None) is not None

    def as_dict(self) -> dict[str, Any]:
        """Serialisable form for the store."""
        return {"callers": [tally.as_dict() for tally in self.callers.values()]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Register:
        """Load the stored register, skipping (and logging) broken callers."""
        return cls.parse(data)[0]

    @classmethod
    def parse(cls, data: object) -> tuple[Register, int]:
        """The stored register and how many callers or calls were unreadable.

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
        if skipped:
            _LOGGER.warning("Skipped %s unreadable callers or calls of the register", skipped)
        return register, skipped
