"""The lifecycle of calls: from source events to the contract's event types.

Several calls can be active at once (two lines, call waiting); each is
tracked by its connection id and never overwrites another.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
import logging

from .classifier import UNKNOWN, Verdict
from .models import CallEvent, CallEventKind

__all__ = [
    "ActiveCall",
    "CallEventType",
    "CallTracker",
    "Direction",
]


_LOGGER = logging.getLogger(__name__)


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
    duration: int | None = None
    verdict: Verdict = UNKNOWN
    """The call's verdict on its line (set once it is judged)."""


class CallTracker:
    """Turns a source's ``CallEvent``s into lifecycle transitions.

    ``handle()`` returns the event types the event produces, in order, with
    the call they concern: RING gives ``incoming_call``; CALL gives
    ``outgoing_call``; CONNECT gives ``call_answered``; DISCONNECT gives
    ``call_missed`` (incoming, never connected) and then ``call_ended``.
    Events for unknown connection ids (e.g. a call that started before we
    connected) are ignored.
    """

    def __init__(self, normalize: Callable[[str], str]) -> None:
        self._normalize = normalize
        self.active: dict[str, ActiveCall] = {}

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
                if call_or_none is None or call_or_none.answered:
                    return []
                call_or_none.answered = True
                return [(CallEventType.CALL_ANSWERED, call_or_none)]
            case CallEventKind.DISCONNECT:
                ended = self.active.pop(event.call_id, None)
                if ended is None:
                    return []
                ended.duration = event.duration
                transitions: list[tuple[CallEventType, ActiveCall]] = []
                if ended.direction is Direction.INCOMING and not ended.answered:
                    transitions.append((CallEventType.CALL_MISSED, ended))
                transitions.append((CallEventType.CALL_ENDED, ended))
                return transitions

    def clear(self) -> list[ActiveCall]:
        """Forget all active calls (the source lost its connection)."""
        calls = list(self.active.values())
        self.active.clear()
        return calls
