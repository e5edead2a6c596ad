"""Online reputation (tellows): parsing, caching and the daily request budget.

The network client is ``tellows.TellowsClient``; this module decides what a
response means, whether to ask at all, and remembers answers.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from typing import Final
from xml.etree import ElementTree as ET

from .text import clean_label

__all__ = [
    "MAX_RESPONSE_BYTES",
    "SOURCE_TELLOWS",
    "DailyBudget",
    "Reputation",
    "ReputationCache",
    "parse_tellows",
]


MAX_RESPONSE_BYTES: Final = 64 * 1024
SOURCE_TELLOWS: Final = "tellows"

# tellows' caller types (German site, English site) -> our tags.
_TYPE_TAGS: Final = (
    (("betrug", "fraud", "scam", "abzocke", "kostenfalle", "phishing"), "scam"),
    (("telemarket", "werbung", "verkauf", "marketing", "sales"), "telemarketing"),
    (("umfrage", "survey", "meinungsforschung"), "survey"),
    (("spende", "charity", "donation"), "charity"),
    (("bandansage", "robo", "computer", "ping"), "robocall"),
)


@dataclass(frozen=True, slots=True)
class Reputation:
    """What a reputation service says about a number."""

    score: int
    comments: int = 0
    searches: int = 0
    caller_type: str = ""
    caller_name: str = ""

    @property
    def tags(self) -> tuple[str, ...]:
        """Our tags for the service's caller type."""
        kind = self.caller_type.lower()
        for needles, tag in _TYPE_TAGS:
            if any(needle in kind for needle in needles):
                return (tag,)
        return ()


def _int(element: ET.Element | None, default: int = 0) -> int:
    if element is None or not (element.text or "").strip():
        return default
    return int((element.text or "").strip())


def parse_tellows(body: bytes) -> Reputation:
    """Read a tellows Basic API XML answer; raises ``ValueError`` if it is not one."""
    if len(body) > MAX_RESPONSE_BYTES:
        raise ValueError("response too large")
    try:
        root = ET.fromstring(body)
    except ET.ParseError as err:
        raise ValueError(f"not XML: {err}") from None
    score = _int(root.find("score"), -1)
    if not 1 <= score <= 9:
        raise ValueError(f"no score 1-9 in the answer ({score})")
    caller_type = ""
    best = -1
    for caller in root.iterfind("callerTypes/caller"):
        count = _int(caller.find("count"))
        if count > best:
            best, caller_type = count, (caller.findtext("name") or "")
    names = [n.text or "" for n in root.iterfind("callerNames/caller")]
    return Reputation(
        score=score,
        comments=_int(root.find("comments")),
        searches=_int(root.find("searches")),
        caller_type=clean_label(caller_type),
        caller_name=clean_label(names[0] if names else ""),
    )


class ReputationCache[T = Reputation]:
    """Answers by number for ``ttl`` seconds, at most ``size`` numbers (LRU).

    A failed look-up is cached too (as None), for a shorter time, so a
    broken service is not asked again on every ring.
    """

    def __init__(self, ttl: float, size: int = 10_000, failure_ttl: float = 300.0) -> None:
        self.ttl = ttl
        self.failure_ttl = failure_ttl
        self._size = size
        self._entries: OrderedDict[str, tuple[float, T | None]] = OrderedDict()

    def get(self, number: str, now: float) -> tuple[bool, T | None]:
        """(known, reputation): known is False when we have to ask."""
        found = self._entries.get(number)
        if found is None:
            return False, None
        expires, reputation = found
        if now >= expires:
            del self._entries[number]
            return False, None
        self._entries.move_to_end(number)
        return True, reputation

    def put(self, number: str, reputation: T | None, now: float) -> None:
        """Remember an answer (None: the look-up failed)."""
        ttl = self.ttl if reputation is not None else self.failure_ttl
        self._entries[number] = (now + ttl, reputation)
        self._entries.move_to_end(number)
        while len(self._entries) > self._size:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)


class DailyBudget:
    """At most ``limit`` requests per local day."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.day: date | None = None
        self.used = 0

    def take(self, today: date) -> bool:
        """Spend one request if any is left today."""
        if self.day != today:
            self.day, self.used = today, 0
        if self.used >= self.limit:
            return False
        self.used += 1
        return True
