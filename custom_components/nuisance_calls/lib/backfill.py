"""Which calls of the FRITZ!Box's own call list the register lacks.

The call monitor only reports calls while someone listens; the box's call
list (``Tr064Client.call_list``) has them all. ``plan_backfill`` compares the
two, exactly once: a box call whose id is already recorded is known; one that
the call monitor reported too (same line, same caller, the same minute give or
take ``MATCH_TOLERANCE``) is linked to that record; only the rest is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import Final

from .register import CallRecord, Outcome
from .tr064 import BoxCall, BoxCallKind

__all__ = [
    "MATCH_TOLERANCE",
    "BackfillPlan",
    "box_outcome",
    "box_time",
    "plan_backfill",
]

MATCH_TOLERANCE: Final = timedelta(minutes=2)
"""How far a recorded call's time may be from the box's (its minute, clocks apart)."""


@dataclass(slots=True)
class BackfillPlan:
    """What to do with one read of the box's call list."""

    missing: list[tuple[str, BoxCall, datetime]] = field(default_factory=list)
    """(number, box call, its time in the box's zone) the register lacks, oldest first."""
    linked: list[tuple[str, CallRecord, int]] = field(default_factory=list)
    """(number, recorded call, box id): calls both saw, to mark with the box's id."""
    known: int = 0
    """Box calls already recorded with their id."""
    ongoing: list[datetime] = field(default_factory=list)
    """Times of calls still going on at the box (counted once they are over)."""
    newest: datetime | None = None
    """The time of the newest call that is over (where the next read may start)."""


def box_time(call: BoxCall, timezone: tzinfo) -> datetime:
    """The box call's time as an aware time in the box's (Home Assistant's) zone."""
    return call.time.replace(tzinfo=timezone)


def box_outcome(call: BoxCall) -> Outcome:
    """How an incoming box call ended (a rejected call was not answered)."""
    return Outcome.ANSWERED if call.kind is BoxCallKind.INCOMING else Outcome.MISSED


def plan_backfill(
    calls: Iterable[BoxCall],
    *,
    entry_id: str,
    since: datetime,
    timezone: tzinfo,
    normalize: Callable[[str], str],
    recorded: Callable[[str], Sequence[CallRecord]],
    known_ids: Collection[int] = (),
) -> BackfillPlan:
    """Sort the box's incoming calls since ``since`` into known, linked and missing.

    ``recorded(number)`` is what the register has of a caller (its recent
    calls); ``known_ids`` the box ids the call log holds beyond that.
    Outgoing calls are not counted (the register is of callers).
    """
    plan = BackfillPlan()
    taken: set[int] = set()  # records linked in this plan (by their log number)
    for call in sorted(calls, key=lambda call: (call.time, call.id)):
        if not call.kind.incoming:
            continue
        time = box_time(call, timezone)
        if call.kind.active:
            plan.ongoing.append(time)
            continue
        if plan.newest is None or time > plan.newest:
            plan.newest = time
        if time < since - MATCH_TOLERANCE:
            continue
        number = normalize(call.number)
        records = recorded(number)
        if call.id in known_ids or any(record.box_id == call.id for record in records):
            plan.known += 1
            continue
        if (record := _same_call(records, entry_id, time, taken)) is not None:
            taken.add(record.id)
            plan.linked.append((number, record, call.id))
            continue
        plan.missing.append((number, call, time))
    return plan


def _same_call(
    records: Sequence[CallRecord], entry_id: str, time: datetime, taken: set[int]
) -> CallRecord | None:
    """The recorded call the box lists at ``time`` (its minute), the closest one."""
    # The box writes the minute the call began: the record is in that minute.
    middle = time + timedelta(seconds=30)
    best: CallRecord | None = None
    for record in records:
        if (
            record.entry_id != entry_id
            or record.box_id is not None
            or record.backfilled
            or record.id in taken
        ):
            continue
        distance = abs(record.time - middle)
        if distance <= MATCH_TOLERANCE and (best is None or distance < abs(best.time - middle)):
            best = record
    return best
