"""Value types shared by every call source and the rest of the core, and the source protocol."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from .text import clean_text

__all__ = [
    "CallEvent",
    "CallEventKind",
    "CallSource",
    "ConnectionSink",
    "EventSink",
]


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
    normalised); an empty ``caller`` means the number was withheld. Whatever
    a source passes, its texts are kept only as printable Unicode of at most
    ``MAX_FIELD_LENGTH`` characters (``text.clean_text``): nothing a source
    reports can break a state, an event, the store or a log line.
    """

    kind: CallEventKind
    call_id: str
    time: datetime
    caller: str = ""
    callee: str = ""
    line: str = ""
    extension: str = ""
    duration: int | None = None

    def __post_init__(self) -> None:
        for name in ("call_id", "caller", "callee", "line", "extension"):
            value = getattr(self, name)
            if not (isinstance(value, str) and value.isprintable() and len(value) <= 64):
                object.__setattr__(self, name, clean_text(value))


type EventSink = Callable[[CallEvent], None]
"""Receives a source's call events, in the event loop, one at a time."""
type ConnectionSink = Callable[[bool], None]
"""Told ``True``/``False`` whenever a source can (no longer) see calls."""


class CallSource(Protocol):
    """Where a line's calls come from: the FRITZ!Box call monitor, an entity, a webhook.

    ``start`` hands the source its two sinks and returns once it is
    listening (a source that reconnects keeps doing so in the background);
    ``stop`` ends it and returns once nothing of it runs any more. After
    ``stop`` the sinks are not called again.
    """

    async def start(self, on_event: EventSink, on_connection: ConnectionSink) -> None:
        """Begin reporting calls to ``on_event`` and the connection to ``on_connection``."""

    async def stop(self) -> None:
        """Stop reporting; release what the source holds."""
