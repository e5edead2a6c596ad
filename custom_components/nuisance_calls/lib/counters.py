"""Per-line call counters: today's calls, nuisance calls and stopped calls, and all-time."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

__all__ = [
    "LineCounters",
]


@dataclass(slots=True)
class LineCounters:
    """Counters of one line. "Today" is the local day of the last call."""

    day: date | None = None
    calls_today: int = 0
    nuisance_today: int = 0
    nuisance_total: int = 0
    calls_total: int = 0
    stopped_today: int = 0
    """Calls the line's SIP phone answered to end them."""
    stopped_total: int = 0

    def count(self, today: date, *, nuisance: bool) -> None:
        """Count one incoming call."""
        self._roll(today)
        self.calls_today += 1
        self.calls_total += 1
        if nuisance:
            self.nuisance_today += 1
            self.nuisance_total += 1

    def count_past(self, day: date, *, nuisance: bool) -> None:
        """Count an incoming call of ``day`` learnt afterwards (the box's call list).

        It counts for today only if it was today; an earlier day does not
        turn today's counters back.
        """
        if self.day is None or day >= self.day:
            self.count(day, nuisance=nuisance)
            return
        self.calls_total += 1
        if nuisance:
            self.nuisance_total += 1

    def count_upgrade(self, today: date) -> None:
        """A call counted as not nuisance turned out to be one (late verdict)."""
        self._roll(today)
        self.nuisance_today += 1
        self.nuisance_total += 1

    def count_stopped(self, today: date) -> None:
        """The line's phone stopped a call (counted as a call when it rang)."""
        self._roll(today)
        self.stopped_today += 1
        self.stopped_total += 1

    def stopped_on(self, today: date) -> int:
        """Calls stopped on ``today`` (0 once the day has passed)."""
        return self.stopped_today if self.day == today else 0

    def calls_on(self, today: date) -> int:
        """Incoming calls on ``today`` (0 once the day has passed)."""
        return self.calls_today if self.day == today else 0

    def nuisance_on(self, today: date) -> int:
        """Nuisance calls on ``today`` (0 once the day has passed)."""
        return self.nuisance_today if self.day == today else 0

    def _roll(self, today: date) -> None:
        if self.day != today:
            self.day = today
            self.calls_today = 0
            self.nuisance_today = 0
            self.stopped_today = 0

    def as_dict(self) -> dict[str, Any]:
        """Serialisable form."""
        return {
            "day": self.day.isoformat() if self.day else None,
            "calls_today": self.calls_today,
            "nuisance_today": self.nuisance_today,
            "nuisance_total": self.nuisance_total,
            "calls_total": self.calls_total,
            "stopped_today": self.stopped_today,
            "stopped_total": self.stopped_total,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> LineCounters:
        """Load stored counters; broken data starts from zero rather than fail."""
        if not data or not isinstance(data, Mapping):
            return cls()
        try:
            day = data.get("day")
            return cls(
                day=date.fromisoformat(day) if day else None,
                calls_today=int(data.get("calls_today", 0)),
                nuisance_today=int(data.get("nuisance_today", 0)),
                nuisance_total=int(data.get("nuisance_total", 0)),
                calls_total=int(data.get("calls_total", 0)),
                stopped_today=int(data.get("stopped_today", 0)),
                stopped_total=int(data.get("stopped_total", 0)),
            )
        except TypeError, ValueError:
            return cls()
