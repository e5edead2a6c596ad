"""The group's register: what friends share of their tallies, and companies across households.

A share can carry its household's tally of *flagged* callers (never
contacts, never allowed numbers, never a number nobody flagged): per number
the calls in all and in the last 30, 90 and 365 days, answered, missed and
stopped, and the last call; and the same sums per company (label). A friend's
subscription reads it back (``parse_group``), and the household can then say
how many of the group's households a number has called, and rank companies
by calls to the whole group.

Labels are free text typed by different people ("Telekom", "Deutsche
Telekom GmbH", "telekom  upsell"). ``company_key`` makes the obvious cases
one company: case and accents, spacing and punctuation, and the legal form
("GmbH", "AG", "Ltd.") are ignored; everything else (a brand inside a longer
name) is the user's call, through aliases (``Aliases``): mapping one key to
another merges them. No fuzzy matching: two companies wrongly merged would
make the ranking lie, which is worse than two rows the user merges once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
import re
from typing import Any, Final
import unicodedata

from .classifier import Verdict
from .register import CallerTally
from .text import clean_label

__all__ = [
    "MAX_GROUP_NUMBERS",
    "PERIODS",
    "CompanyRow",
    "GroupShare",
    "NumberTally",
    "company_key",
    "group_document",
    "parse_group",
    "rank_companies",
]

PERIODS: Final = (30, 90, 365)
"""The windows (days) a shared tally counts, besides all time."""
MAX_GROUP_NUMBERS: Final = 100_000
"""Numbers read from one friend's share at most."""
MAX_COUNT: Final = 10_000_000
_LEGAL_FORMS: Final = frozenset(
    {"gmbh", "ag", "kg", "ohg", "ug", "se", "mbh", "co", "ltd", "limited", "inc", "llc",
     "plc", "corp", "sa", "sas", "sarl", "spa", "srl", "bv", "nv", "gbr", "ev"}
)  # fmt: skip
_WORD: Final = re.compile(r"[^\W_]+")
_E164: Final = re.compile(r"\+[1-9][0-9]{1,14}")


def company_key(label: str) -> str:
    """The key that makes spellings of one company one row ("" for no company)."""
    folded = unicodedata.normalize("NFKD", label.casefold())
    plain = "".join(char for char in folded if not unicodedata.combining(char))
    words = [word for word in _WORD.findall(plain) if word not in _LEGAL_FORMS]
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class NumberTally:
    """One flagged caller's calls to one household."""

    count: int
    last: Mapping[int, int]
    """Calls in the last 30, 90 and 365 days."""
    answered: int = 0
    missed: int = 0
    stopped: int = 0
    last_seen: datetime | None = None
    label: str = ""

    def calls_in(self, days: int | None) -> int:
        """Calls in the last ``days`` (None: all time)."""
        return self.count if days is None else self.last.get(days, 0)

    def as_dict(self) -> dict[str, Any]:
        """The form a share carries."""
        return {
            "count": self.count,
            **{f"last_{days}": self.last.get(days, 0) for days in PERIODS},
            "answered": self.answered,
            "missed": self.missed,
            "stopped": self.stopped,
            "last_seen": self.last_seen.isoformat() if self.last_seen else None,
            "label": self.label,
        }


def _windows(tally: CallerTally, now: datetime, year: Mapping[str, int]) -> dict[int, int]:
    """Calls in each window: from the recent history, the year's from the call log."""
    counts = {
        days: sum(1 for record in tally.history if record.time >= now - timedelta(days=days))
        for days in PERIODS
        if days != 365
    }
    counts[365] = max(year.get(tally.number, 0), counts.get(90, 0))
    return counts


def group_document(
    callers: Iterable[tuple[CallerTally, Verdict]], now: datetime, year: Mapping[str, int]
) -> dict[str, Any]:
    """The tally part of a share: flagged callers only, and their companies' sums.

    ``year``: calls per number in the last 365 days (from the call log; the
    register keeps only the last 92 days in memory).
    """
    numbers: dict[str, dict[str, Any]] = {}
    companies: dict[str, list[NumberTally]] = {}
    for tally, verdict in callers:
        if not verdict.is_nuisance or not tally.count:
            continue
        row = NumberTally(
            tally.count,
            _windows(tally, now, year),
            tally.answered,
            tally.missed,
            tally.stopped,
            tally.last_seen,
            verdict.label or "",
        )
        numbers[tally.number] = row.as_dict()
        if row.label:
            companies.setdefault(row.label, []).append(row)
    return {
        "version": 1,
        "generated": now.isoformat(),
        "numbers": numbers,
        "companies": {label: _company_sums(rows) for label, rows in companies.items()},
    }


def _company_sums(rows: list[NumberTally]) -> dict[str, Any]:
    """One company's sums over its numbers, as a share carries them (its label as typed:
    a friend's household groups spellings by its own aliases, from the numbers' rows)."""
    seen = [row.last_seen for row in rows if row.last_seen is not None]
    return {
        "numbers": len(rows),
        "count": sum(row.count for row in rows),
        **{f"last_{days}": sum(row.last.get(days, 0) for row in rows) for days in PERIODS},
        "answered": sum(row.answered for row in rows),
        "missed": sum(row.missed for row in rows),
        "stopped": sum(row.stopped for row in rows),
        "last_seen": max(seen).isoformat() if seen else None,
    }


def _count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise ValueError("not a count")
    return value


def _number_tally(raw: Mapping[str, Any]) -> NumberTally:
    last_seen = raw.get("last_seen")
    return NumberTally(
        _count(raw["count"]),
        {days: _count(raw.get(f"last_{days}", 0)) for days in PERIODS},
        _count(raw.get("answered", 0)),
        _count(raw.get("missed", 0)),
        _count(raw.get("stopped", 0)),
        datetime.fromisoformat(last_seen) if isinstance(last_seen, str) else None,
        clean_label(str(raw.get("label") or "")),
    )


@dataclass(frozen=True, slots=True)
class GroupShare:
    """A friend's household, as their share tells it."""

    numbers: Mapping[str, NumberTally] = field(default_factory=dict)
    skipped: int = 0

    def calls(self, number: str) -> int:
        """Calls from a number to this household."""
        tally = self.numbers.get(number)
        return tally.count if tally else 0


def parse_group(document: object) -> GroupShare | None:
    """The tally part of a shared document (None if it has none); bad rows are skipped."""
    if not isinstance(document, Mapping):
        return None
    group = document.get("tally")
    if not isinstance(group, Mapping) or not isinstance(group.get("numbers"), Mapping):
        return None
    numbers: dict[str, NumberTally] = {}
    skipped = 0
    for number, raw in list(group["numbers"].items())[:MAX_GROUP_NUMBERS]:
        if not (isinstance(number, str) and _E164.fullmatch(number)):
            skipped += 1
            continue
        try:
            numbers[number] = _number_tally(raw)
        except AttributeError, KeyError, TypeError, ValueError:
            skipped += 1
    return GroupShare(numbers, skipped)


@dataclass(slots=True)
class CompanyRow:
    """A company's calls to the group over a period."""

    key: str
    name: str
    calls: int = 0
    households: int = 0
    by_household: dict[str, int] = field(default_factory=dict)
    numbers: set[str] = field(default_factory=set)

    def as_dict(self) -> dict[str, Any]:
        """The form actions and the card read."""
        return {
            "company": self.name,
            "key": self.key,
            "calls": self.calls,
            "households": self.households,
            "by_household": dict(self.by_household),
            "numbers": len(self.numbers),
        }


def rank_companies(
    households: Mapping[str, Mapping[str, NumberTally]],
    days: int | None,
    aliases: Mapping[str, str] | None = None,
) -> list[CompanyRow]:
    """Companies by calls to the whole group in the last ``days`` (None: all time).

    ``households``: per household name its flagged callers' tallies. A
    company's name is the spelling used most often; ``aliases`` maps a key to
    the key it belongs to.
    """
    aliases = aliases or {}
    rows: dict[str, CompanyRow] = {}
    spellings: dict[str, dict[str, int]] = {}
    for household, numbers in households.items():
        for number, tally in numbers.items():
            if not tally.label or not (key := company_key(tally.label)):
                continue
            key = aliases.get(key, key)
            calls = tally.calls_in(days)
            spellings.setdefault(key, {}).setdefault(tally.label, 0)
            spellings[key][tally.label] += max(calls, 1)
            if not calls:
                continue
            row = rows.setdefault(key, CompanyRow(key, tally.label))
            row.calls += calls
            row.by_household[household] = row.by_household.get(household, 0) + calls
            row.numbers.add(number)
    for key, row in rows.items():
        row.households = len(row.by_household)
        # The spelling of the company itself (an alias's target) first, then the commonest.
        row.name = max(
            spellings[key].items(),
            key=lambda item: (company_key(item[0]) == key, item[1], item[0]),
        )[0]
    return sorted(rows.values(), key=lambda row: (-row.calls, -row.households, row.name.casefold()))
