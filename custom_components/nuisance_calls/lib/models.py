"""Value types shared by every call source and the rest of the core."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class CallEventKind(StrEnum):
    """What a call source reports about one call."""

    RING = "ring"
    """An incoming call starts ringing."""
    OUTGOING = "outgoing"
    """The user dials out."""
    CONNECT = "connect"
    """The call is answered / connected."""
    DISCONNECT = "disconnect"
    """The call ends, whether or not it was connected."""


@dataclass(frozen=True, slots=True)
class CallEvent:
    """One event of one call, in the same shape whatever the source.

    ``caller`` and ``callee`` are the numbers as the source gave them (not yet
    normalised); an empty ``caller`` means the number was withheld.
    """

    kind: CallEventKind
    call_id: str
    time: datetime
    caller: str = ""
    callee: str = ""
    line: str = ""
    extension: str = ""
    duration: int | None = None
