"""The lifecycle of calls: from source events to the contract's event types.

Several calls can be active at once (two lines, call waiting); each is
tracked by its connection id and never overwrites another.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
import logging
from typing import Final

from .classifier import UNKNOWN, Verdict
from .models import CallEvent, CallEventKind

__all__ = [
    "STOP_MARK_LIFETIME",
    "ActiveCall",
    "CallEventType",
    "CallTracker",
    "Direction",
    "StopKind",
]

STOP_MARK_LIFETIME: Final = timedelta(seconds=60)
"""How long the phone's word that it answers a caller's call waits for that call."""


_LOGGER = logging.getLogger(__name__)


class StopKind(StrEnum):
    """How the integration's phone stopped a call."""

    HANG_UP = "hang_up"
    POLITE_NO = "polite_no"


class Direction(StrEnum):
    """Who placed the call."""

    INCOMING = "incoming"
    OUTGOING = "outgoing"


class CallEventType(StrEnum):
    """The event types of ``event.<line>_call`` and the bus event."""

    INCOMING_CALL = "incoming_call"
    NUISANCE_CALL = "nuisance_call"
    CALL_ANSWERED = "call_answered"
    CALL_MISSED = "call_missed"
    CALL_STOPPED = "call_stopped"
    """The integration's own phone answered the call to end it."""
    CALL_ENDED = "call_ended"
    OUTGOING_CALL = "outgoing_call"


@dataclass(slots=True)
class ActiveCall:
    """A call between its first event and its DISCONNECT."""

    call_id: str
    direction: Direction
    raw_number: str
    """The other party's number as the source sent it."""
    number: str
    """The other party's number, normalised."""
    callee: str
    line: str
    started: datetime
    answered: bool = False
    """Someone at home took it (not the integration's phone: see ``stopped``)."""
    duration: int | None = None
    verdict: Verdict = UNKNOWN
    """The call's verdict on its line (set once it is judged)."""
    stopped: StopKind | None = None
    """How the integration's phone ended it, if it did."""


class CallTracker:
    """Turns a source's ``CallEvent``s into lifecycle transitions.

    ``handle()`` returns the event types the event produces, in order, with
    the call they concern: RING gives ``incoming_call``; CALL gives
    ``outgoing_call``; CONNECT gives ``call_answered``, or ``call_stopped``
    for the call of a caller the integration's phone said it answers
    (``stopping``); DISCONNECT gives ``call_missed`` (incoming, never
    connected) and then ``call_ended``. Events for unknown connection ids
    (e.g. a call that started before we connected) are ignored.
    """

    def __init__(
        self,
        normalize: Callable[[str], str],
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._normalize = normalize
        self._clock = clock
        self.active: dict[str, ActiveCall] = {}
        self._stopping: dict[str, tuple[StopKind, datetime]] = {}

    def stopping(self, number: str, how: StopKind) -> None:
        """The phone answers this caller's call to end it: its CONNECT is a stop.

        The phone's INVITE and the call monitor's RING come in either order, so
        the word is kept (for ``STOP_MARK_LIFETIME``) until the CONNECT of an
        incoming call from that number arrives. ``number`` is normalised.
        """
        now = self._clock()
        marks = self._stopping
        # Oldest first (a mark given again moves to the end): the expired ones are
        # in front, and a mark costs the same however many are kept.
        while marks:
            oldest = next(iter(marks))
            if marks[oldest][1] >= now:
                break
            del marks[oldest]
        marks.pop(number, None)
        if len(marks) < 64:  # a phone answers a handful of calls at once
            marks[number] = (how, now + STOP_MARK_LIFETIME)

    def not_stopping(self, number: str) -> None:
        """The phone did not get to answer after all (the caller hung up first)."""
        self._stopping.pop(number, None)

    def handle(self, event: CallEvent) -> list[tuple[CallEventType, ActiveCall]]:
        """Apply one source event; return the transitions it causes."""
        match event.kind:
            case CallEventKind.RING | CallEventKind.OUTGOING:
                incoming = event.kind is CallEventKind.RING
                raw = event.caller if incoming else event.callee
                if event.call_id in self.active:
                    _LOGGER.debug("Connection id %s reused before it ended", event.call_id)
                call = ActiveCall(
                    call_id=event.call_id,
                    direction=Direction.INCOMING if incoming else Direction.OUTGOING,
                    raw_number=raw,
                    number=self._normalize(raw),
                    callee=event.callee if incoming else event.caller,
                    line=event.line,
                    started=event.time,
                )
                self.active[event.call_id] = call
                kind = CallEventType.INCOMING_CALL if incoming else CallEventType.OUTGOING_CALL
                return [(kind, call)]
            case CallEventKind.CONNECT:
                call_or_none = self.active.get(event.call_id)
                if call_or_none is None or call_or_none.answered or call_or_none.stopped:
                    return []
                mark = None
                if call_or_none.direction is Direction.INCOMING:
                    mark = self._stopping.pop(call_or_none.number, None)
                if mark is not None and mark[1] >= self._clock():
                    call_or_none.stopped = mark[0]
                    return [(CallEventType.CALL_STOPPED, call_or_none)]
                call_or_none.answered = True
                return [(CallEventType.CALL_ANSWERED, call_or_none)]
            case CallEventKind.DISCONNECT:
                ended = self.active.pop(event.call_id, None)
                if ended is None:
                    return []
                ended.duration = event.duration
                return self._ended(ended)

    def end_all(self) -> list[tuple[CallEventType, ActiveCall]]:
        """End every active call as its DISCONNECT would (the source lost its connection).

        The box does not replay what happened while it was away, so whoever
        waits for these calls to end (a muted ringer, an automation) is told
        now. The duration of a call cut off this way is not known (``None``).
        """
        calls = list(self.active.values())
        self.active.clear()
        transitions: list[tuple[CallEventType, ActiveCall]] = []
        for call in calls:
            call.duration = None
            transitions.extend(self._ended(call))
        return transitions

    @staticmethod
    def _ended(call: ActiveCall) -> list[tuple[CallEventType, ActiveCall]]:
        """``call_missed`` (incoming, neither answered nor stopped), then ``call_ended``."""
        transitions: list[tuple[CallEventType, ActiveCall]] = []
        if call.direction is Direction.INCOMING and not call.answered and not call.stopped:
            transitions.append((CallEventType.CALL_MISSED, call))
        transitions.append((CallEventType.CALL_ENDED, call))
        return transitions
