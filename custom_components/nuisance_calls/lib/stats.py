"""Evidence from the tally: who calls most, per caller and per label (company)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .classifier import Verdict, VerdictKind
from .register import CallerTally

__all__ = [
    "LabelStats",
    "aggregate_labels",
    "calls_since",
    "most_frequent_nuisance",
]


def calls_since(tally: CallerTally, since: datetime | None) -> int:
    """Calls of a caller at or after ``since`` (all calls when None).

    Older calls than the kept history are counted only by ``count``.
    """
    if since is None:
        return tally.count
    calls = 0
    for time, _outcome in tally.recent():  # newest first
        if time < since:
            break
        calls += 1
    return calls


def most_frequent_nuisance(
    callers: Iterable[tuple[CallerTally, Verdict]],
) -> tuple[CallerTally, Verdict] | None:
    """The flagged caller with the most calls (the latest one on a tie)."""
    best: tuple[CallerTally, Verdict] | None = None
    for tally, verdict in callers:
        if verdict.verdict is not VerdictKind.NUISANCE or tally.count == 0:
            continue
        if best is None or _rank(tally) > _rank(best[0]):
            best = (tally, verdict)
    return best


def _rank(tally: CallerTally) -> tuple[int, float]:
    return tally.count, tally.last_seen.timestamp() if tally.last_seen else 0.0


@dataclass(slots=True)
class LabelStats:
    """The calls of every number that carries one label (one company)."""

    label: str
    verdict: VerdictKind
    callers: int = 0
    count: int = 0
    calls_since: int = 0
    last_seen: datetime | None = None
    numbers: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Serialisable form (responses, websocket)."""
        return {
            "label": self.label,
            "verdict": self.verdict.value,
            "callers": self.callers,
            "count": self.count,
            "calls_since": self.calls_since,
            "last_seen": self.last_seen.isoformat() if self.last_seen else None,
            "numbers": list(self.numbers),
        }


_SEVERITY = {VerdictKind.NUISANCE: 2, VerdictKind.UNKNOWN: 1, VerdictKind.ALLOWED: 0}


def aggregate_labels(
    callers: Iterable[tuple[CallerTally, Verdict]], since: datetime | None
) -> list[LabelStats]:
    """Callers grouped by label (case-insensitive), most calls since ``since`` first.

    Callers without a label are left out: a number alone is shown per caller.
    A label's verdict is the worst of its numbers' verdicts.
    """
    groups: dict[str, LabelStats] = {}
    for tally, verdict in callers:
        if not verdict.label:
            continue
        key = verdict.label.casefold()
        stats = groups.get(key)
        if stats is None:
            stats = groups[key] = LabelStats(verdict.label, verdict.verdict)
        elif _SEVERITY[verdict.verdict] > _SEVERITY[stats.verdict]:
            stats.verdict = verdict.verdict
        stats.callers += 1
        stats.count += tally.count
        stats.calls_since += calls_since(tally, since)
        stats.numbers.append(tally.number)
        if tally.last_seen and (stats.last_seen is None or tally.last_seen > stats.last_seen):
            stats.last_seen = tally.last_seen
    return sorted(
        groups.values(),
        key=lambda s: (-s.calls_since, -s.count, s.label.casefold()),
    )
