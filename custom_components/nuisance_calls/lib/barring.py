"""What the FRITZ!Box call barring list should hold, and how to get it there.

The box's list is small (a few thousand entries, shared with what the user
enters by hand), so only a capped selection goes there: the personal list's
flagged numbers first (most calls first, then newest), then the callers that
shared lists flag, by how often they called. Only entries this integration
wrote (remembered by the box's unique id) are ever changed or removed; a
number the user barred by hand is left to the user.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final
from xml.sax.saxutils import escape

__all__ = [
    "MAX_NAME_LENGTH",
    "NAME_PREFIX",
    "BoxEntry",
    "Candidate",
    "Plan",
    "Wanted",
    "entry_name",
    "entry_xml",
    "normalise_dial",
    "plan",
    "select",
]


NAME_PREFIX: Final = "HA: "
"""Shown in the box's list before the label, so people see who put an entry there."""
MAX_NAME_LENGTH: Final = 40


@dataclass(frozen=True, slots=True)
class Wanted:
    """A number that should be barred at the box."""

    dial: str
    """As the box shows callers: ``030123456``, ``004420...``."""
    name: str


@dataclass(frozen=True, slots=True)
class BoxEntry:
    """One entry of the box's call barring list."""

    uid: int
    name: str
    numbers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A flagged caller that could be barred."""

    dial: str
    label: str
    count: int
    last: datetime | None


def select(personal: Iterable[Candidate], shared: Iterable[Candidate], cap: int) -> list[Wanted]:
    """The numbers to bar, best first, at most ``cap``; each number once."""
    chosen: dict[str, Wanted] = {}
    for group in (personal, shared):
        ranked = sorted(group, key=_rank, reverse=True)
        for candidate in ranked:
            if len(chosen) >= cap:
                return list(chosen.values())
            if candidate.dial not in chosen:
                chosen[candidate.dial] = Wanted(candidate.dial, entry_name(candidate.label))
    return list(chosen.values())


def _rank(candidate: Candidate) -> tuple[int, str]:
    return candidate.count, candidate.last.isoformat() if candidate.last else ""


def entry_name(label: str) -> str:
    """The name an entry gets in the box's list."""
    text = " ".join(label.split()) or "Nuisance call"
    return (NAME_PREFIX + text)[:MAX_NAME_LENGTH]


def normalise_dial(number: str) -> str:
    """A box number in digits only (the box also accepts spaces and dashes)."""
    plus = number.strip().startswith("+")
    digits = "".join(ch for ch in number if ch.isdigit())
    return "00" + digits if plus else digits


@dataclass(slots=True)
class Plan:
    """What to change at the box."""

    add: list[Wanted] = field(default_factory=list)
    remove: list[str] = field(default_factory=list)
    """Numbers of our entries that are no longer wanted."""
    ours: dict[str, int] = field(default_factory=dict)
    """Our entries on the box now (number -> uid)."""
    by_hand: int = 0
    """Wanted numbers the user barred already (left alone)."""


def plan(wanted: Iterable[Wanted], box: Iterable[BoxEntry], owned: Mapping[str, int]) -> Plan:
    """Changes that make the box hold ``wanted``, touching only entries we own.

    ``owned`` maps numbers to the uids we wrote. An owned uid that is gone
    from the box (deleted by hand) is forgotten; one whose number the user
    changed is no longer ours.
    """
    entries = {entry.uid: entry for entry in box}
    ours: dict[str, int] = {}
    for number, uid in owned.items():
        entry = entries.get(uid)
        if entry is not None and number in {normalise_dial(n) for n in entry.numbers}:
            ours[number] = uid
    ours_uids = set(ours.values())
    by_hand = {
        normalise_dial(number)
        for entry in entries.values()
        if entry.uid not in ours_uids
        for number in entry.numbers
    }
    result = Plan(ours=ours)
    wanted_numbers: set[str] = set()
    for item in wanted:
        wanted_numbers.add(item.dial)
        if item.dial in ours:
            continue
        if item.dial in by_hand:
            result.by_hand += 1
        else:
            result.add.append(item)
    result.remove = [number for number in ours if number not in wanted_numbers]
    return result


def entry_xml(item: Wanted) -> str:
    """A call barring entry as ``SetCallBarringEntry`` takes it (escaped)."""
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        "<contact><category>0</category>"
        f"<person><realName>{escape(item.name)}</realName></person>"
        '<telephony nid="1">'
        f'<number type="home" prio="1" id="0">{escape(item.dial)}</number>'
        "</telephony></contact>"
    )
