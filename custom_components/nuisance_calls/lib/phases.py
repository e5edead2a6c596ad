"""Calls from something that only shows a phone's state: a sensor or an event stream.

Many phone systems reach Home Assistant as an entity whose state says what
the phone is doing (``ringing``, ``talking``, ``idle``, ``dialing`` — HA
core's ``fritzbox_callmonitor`` sensor is one) or as an event entity whose
event types say it. ``PhaseTracker`` turns that sequence of phases into the
same ``CallEvent``s the FRITZ!Box call monitor gives, with a synthetic
connection id per call.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Final

from .models import CallEvent, CallEventKind
from .numbers import InvalidNumberError, normalize_digits

__all__ = [
    "MAX_VALUE_LENGTH",
    "Phase",
    "PhaseMapping",
    "PhaseTracker",
    "values",
]


MAX_VALUE_LENGTH: Final = 64
"""Numbers and line names longer than this are cut (they are not numbers)."""


class Phase(StrEnum):
    """What the phone does."""

    RINGING = "ringing"
    DIALING = "dialing"
    TALKING = "talking"
    IDLE = "idle"


@dataclass(frozen=True, slots=True)
class PhaseMapping:
    """Which states (or event types) mean which phase, and where the numbers are."""

    ringing: frozenset[str]
    talking: frozenset[str]
    idle: frozenset[str]
    dialing: frozenset[str] = frozenset()
    number_attribute: str = "from"
    """The caller's number on a ringing state."""
    dialled_attribute: str = "to"
    """The called number on a dialing state."""
    callee_attribute: str = ""
    """Your own number that was called (optional)."""
    line_attribute: str = ""
    """The line or device (optional)."""

    def phase(self, value: str) -> Phase | None:
        """The phase a state or event type stands for (None: not mapped)."""
        for phase, values in (
            (Phase.RINGING, self.ringing),
            (Phase.DIALING, self.dialing),
            (Phase.TALKING, self.talking),
            (Phase.IDLE, self.idle),
        ):
            if value in values:
                return phase
        return None

    def problems(self) -> list[str]:
        """What is wrong with the mapping (empty: nothing), as translation keys."""
        found: list[str] = []
        if not self.ringing:
            found.append("no_ringing")
        if not self.idle:
            found.append("no_idle")
        groups = [self.ringing, self.dialing, self.talking, self.idle]
        if sum(len(group) for group in groups) != len(frozenset().union(*groups)):
            found.append("states_overlap")
        if not self.number_attribute.strip():
            found.append("no_number_attribute")
        return found


def _text(attributes: Mapping[str, Any], name: str, region: str = "") -> str:
    """An attribute as text; an integer number as the international number it was.

    A template whose whole output is ``+4917612345678`` makes the attribute
    the integer 4917612345678: read as the actions read it
    (``normalize_digits``), not as a national number with a country code
    in front of it.
    """
    if not name:
        return ""
    value = attributes.get(name)
    if value is None or isinstance(value, (dict, list, tuple, set)):
        return ""
    if isinstance(value, int) and not isinstance(value, bool) and region:
        with suppress(InvalidNumberError):
            return normalize_digits(value, region)
    return str(value).strip()[:MAX_VALUE_LENGTH]


class PhaseTracker:
    """The call of one entity, from phase to phase.

    One call at a time (an entity shows one state). A new ring while a call
    is still on ends that call first; ``talking`` without a ring or dial
    before it (the call started before we watched) is ignored, as is
    anything unmapped.
    """

    def __init__(self, mapping: PhaseMapping, prefix: str = "e", region: str = "") -> None:
        """``region``: the line's home country, for numbers that arrive as integers."""
        self.mapping = mapping
        self.region = region
        self._prefix = prefix
        self._serial = 0
        self.call_id: str | None = None
        self._connected = False
        self._number = ""

    def update(self, value: str, attributes: Mapping[str, Any], time: datetime) -> list[CallEvent]:
        """The events one new state (or event type) causes."""
        phase = self.mapping.phase(value)
        events: list[CallEvent] = []
        match phase:
            case Phase.RINGING | Phase.DIALING:
                incoming = phase is Phase.RINGING
                name = self.mapping.number_attribute if incoming else self.mapping.dialled_attribute
                number = _text(attributes, name, self.region)
                if self.call_id is not None:
                    if not self._connected and number == self._number:
                        return []  # the same call, shown again (an attribute changed)
                    events.extend(self._end(time))
                self._serial += 1
                self.call_id = f"{self._prefix}{self._serial}"
                self._connected = False
                self._number = number
                callee = _text(attributes, self.mapping.callee_attribute, self.region)
                line = _text(attributes, self.mapping.line_attribute)
                events.append(
                    CallEvent(
                        CallEventKind.RING if incoming else CallEventKind.OUTGOING,
                        self.call_id,
                        time,
                        caller=number if incoming else "",
                        callee=callee if incoming else number,
                        line=line,
                    )
                )
            case Phase.TALKING:
                if self.call_id is not None and not self._connected:
                    self._connected = True
                    events.append(CallEvent(CallEventKind.CONNECT, self.call_id, time))
            case Phase.IDLE:
                events.extend(self._end(time, _duration(attributes)))
            case None:
                pass
        return events

    def _end(self, time: datetime, duration: int | None = None) -> list[CallEvent]:
        if self.call_id is None:
            return []
        event = CallEvent(CallEventKind.DISCONNECT, self.call_id, time, duration=duration)
        self.call_id = None
        self._connected = False
        self._number = ""
        return [event]

    def reset(self, time: datetime) -> list[CallEvent]:
        """The entity went away: the call (if any) is over for us."""
        return self._end(time)


def _duration(attributes: Mapping[str, Any]) -> int | None:
    value = attributes.get("duration")
    try:
        return max(0, int(str(value))) if value is not None else None
    except ValueError:
        return None


def values(text: str | Iterable[str]) -> frozenset[str]:
    """States typed by a person (a list, or one comma-separated string), cleaned."""
    items = text.split(",") if isinstance(text, str) else text
    return frozenset(item.strip() for item in items if item and item.strip())
