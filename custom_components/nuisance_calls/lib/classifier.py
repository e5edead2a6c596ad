"""The personal list and the verdict on a caller."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
import logging
from typing import Any, Final

from .exceptions import StoredDataError
from .matcher import EMPTY_INDEX, MatchLookup
from .numbers import ANONYMOUS, is_abroad, is_invalid
from .register import CallerTally, Outcome
from .reputation import SOURCE_TELLOWS, Reputation
from .text import clean_label, clean_tag

__all__ = [
    "DEFAULT_FLAG_TAG",
    "SOURCE_ABROAD_RULE",
    "SOURCE_INVALID_RULE",
    "SOURCE_PERSONAL",
    "SOURCE_REPEAT_RULE",
    "SOURCE_WITHHELD_RULE",
    "UNKNOWN",
    "ClassifierOptions",
    "ListAction",
    "ListEntry",
    "PersonalList",
    "Verdict",
    "VerdictKind",
    "apply_rules",
    "classify",
    "judge_by_lists",
]


_LOGGER = logging.getLogger(__name__)

SOURCE_PERSONAL: Final = "personal"
SOURCE_WITHHELD_RULE: Final = "rule:withheld"
DEFAULT_FLAG_TAG: Final = "nuisance"


class VerdictKind(StrEnum):
    """What we think of a caller."""

    NUISANCE = "nuisance"
    ALLOWED = "allowed"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Verdict:
    """The verdict on one number, and what it rests on."""

    verdict: VerdictKind
    tags: tuple[str, ...] = ()
    label: str | None = None
    score: float | None = None
    sources: tuple[str, ...] = ()

    @property
    def is_nuisance(self) -> bool:
        """Whether the caller is flagged."""
        return self.verdict is VerdictKind.NUISANCE

    def as_dict(self) -> dict[str, Any]:
        """The verdict as event / response data."""
        return {
            "verdict": self.verdict.value,
            "tags": list(self.tags),
            "label": self.label,
            "score": self.score,
            "sources": list(self.sources),
        }


UNKNOWN: Final = Verdict(VerdictKind.UNKNOWN)


class ListAction(StrEnum):
    """What an entry in a list does to its caller."""

    FLAG = "flag"
    ALLOW = "allow"


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One number on the personal list."""

    number: str
    action: ListAction
    tags: tuple[str, ...] = ()
    label: str = ""
    added: datetime | None = None
    by_user: str = ""
    """The HA user id of who put it on the list ("": unknown, or an action or automation)."""
    by_name: str = ""
    """That user's name when they did."""

    def as_dict(self) -> dict[str, Any]:
        """Serialisable form (for the store and for responses).

        ``by_user``/``by_name`` only when known: entries stored before they
        existed, and those from actions, keep their old form.
        """
        data: dict[str, Any] = {
            "number": self.number,
            "action": self.action.value,
            "tags": list(self.tags),
            "label": self.label,
            "added": self.added.isoformat() if self.added else None,
        }
        if self.by_user or self.by_name:
            data["by_user"] = self.by_user
            data["by_name"] = self.by_name
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListEntry:
        """Parse a stored entry; raises ``ValueError``/``KeyError``/``TypeError`` if broken."""
        number = data["number"]
        if not isinstance(number, str) or not number:
            raise ValueError("entry without number")
        tags = data.get("tags") or ()
        if not isinstance(tags, list | tuple):
            raise TypeError("tags must be a list")
        added = data.get("added")
        return cls(
            number=number,
            action=ListAction(data["action"]),
            tags=tuple(t for t in (clean_tag(str(tag)) for tag in tags) if t),
            label=clean_label(data.get("label")),
            added=datetime.fromisoformat(added) if added else None,
            by_user=_short_text(data.get("by_user")),
            by_name=clean_label(data.get("by_name")),
        )


def _short_text(value: object) -> str:
    """An id as stored (anything else: none)."""
    return value[:64] if isinstance(value, str) else ""


@dataclass(slots=True)
class PersonalList:
    """The user's own flags and allows, keyed by E.164 number."""

    entries: dict[str, ListEntry] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[ListEntry]:
        return iter(self.entries.values())

    def get(self, number: str) -> ListEntry | None:
        """The entry for a number, if any."""
        return self.entries.get(number)

    def set(
        self,
        number: str,
        action: ListAction,
        *,
        tag: str | None = None,
        label: str | None = None,
        now: datetime | None = None,
        by_user: str = "",
        by_name: str = "",
    ) -> ListEntry:
        """Flag or allow a number (replacing what was there), by whom if known."""
        tags: tuple[str, ...] = ()
        if cleaned := clean_tag(tag):
            tags = (cleaned,)
        elif action is ListAction.FLAG:
            tags = (DEFAULT_FLAG_TAG,)
        previous = self.entries.get(number)
        entry = ListEntry(
            number=number,
            action=action,
            tags=tags,
            label=clean_label(label) or (previous.label if previous else ""),
            added=now,
            by_user=by_user[:64],
            by_name=clean_label(by_name),
        )
        self.entries[number] = entry
        return entry

    def remove(self, number: str) -> ListEntry | None:
        """Take a number off the list; returns the entry it had."""
        return self.entries.pop(number, None)

    def as_dict(self) -> dict[str, Any]:
        """Serialisable form for the store."""
        return {"entries": [entry.as_dict() for entry in self.entries.values()]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> PersonalList:
        """Load the stored list, skipping (and logging) broken entries."""
        return cls.parse(data)[0]

    @classmethod
    def parse(cls, data: object) -> tuple[PersonalList, int]:
        """The stored list and how many of its entries were unreadable.

        Raises ``StoredDataError`` when the document is not a stored list at all.
        """
        if data is None:
            return cls(), 0
        if not isinstance(data, Mapping) or not isinstance(data.get("entries", []), list):
            raise StoredDataError("the personal list is not {'entries': [...]}")
        result = cls()
        skipped = 0
        for raw in data.get("entries", ()):
            try:
                entry = ListEntry.from_dict(raw)
            except AttributeError, KeyError, TypeError, ValueError:
                skipped += 1
                continue
            result.entries[entry.number] = entry
        if skipped:
            _LOGGER.warning("Skipped %s unreadable entries of the personal list", skipped)
        return result, skipped


@dataclass(frozen=True, slots=True)
class ClassifierOptions:
    """Rules that apply besides the lists."""

    withheld_is_nuisance: bool = False
    abroad_is_nuisance: bool = False
    home_region: str = ""
    repeat_calls: int = 3
    """Unanswered calls within ``repeat_days`` that make a caller a nuisance (0: off)."""
    repeat_days: int = 7
    reputation_threshold: int = 7
    """A reputation score at or above this flags the caller."""
    invalid_is_nuisance: bool = False
    """A number that cannot exist (a spoofed caller id) is a nuisance, not only tagged."""


SOURCE_ABROAD_RULE: Final = "rule:abroad"
SOURCE_INVALID_RULE: Final = "rule:invalid"
SOURCE_REPEAT_RULE: Final = "rule:repeat"


def _repeat_rule_applies(
    tally: CallerTally | None, options: ClassifierOptions, now: datetime | None
) -> bool:
    """N calls recorded within D days, none of them answered.

    A ringing call is judged after it has been recorded, so it counts like
    any other; a look-up or a re-judgement later counts the same calls.
    """
    if tally is None or now is None or options.repeat_calls <= 0:
        return False
    since = now - timedelta(days=options.repeat_days)
    recent = 0
    # Newest first (the history is in call order): stop at the first call before the window.
    for time, outcome in tally.recent():
        if time < since:
            break
        if outcome is Outcome.ANSWERED:
            return False
        recent += 1
    return recent >= options.repeat_calls


def classify(
    number: str,
    personal: PersonalList,
    options: ClassifierOptions = ClassifierOptions(),
    index: MatchLookup = EMPTY_INDEX,
    *,
    tally: CallerTally | None = None,
    now: datetime | None = None,
    reputation: Reputation | None = None,
) -> Verdict:
    """The verdict on a caller: what the lists say, then the rules (see both)."""
    by_lists = judge_by_lists(
        number,
        personal,
        index,
        reputation=reputation,
        reputation_threshold=options.reputation_threshold,
    )
    return apply_rules(by_lists, number, options, tally=tally, now=now)


def judge_by_lists(
    number: str,
    personal: PersonalList,
    index: MatchLookup = EMPTY_INDEX,
    *,
    reputation: Reputation | None = None,
    reputation_threshold: int = 7,
) -> Verdict:
    """What the lists (personal, shared, phone books) and a reputation say about a caller.

    Allow beats flag, wherever each comes from. A caller no list judges is
    ``unknown``, with the score and label a list or the reputation gave.
    """
    entry = personal.get(number)
    match = index.lookup(number)
    allow_sources: list[str] = []
    flag_sources: list[str] = []
    tags: dict[str, None] = {}
    label = ""
    if entry is not None:
        (allow_sources if entry.action is ListAction.ALLOW else flag_sources).append(
            SOURCE_PERSONAL
        )
        tags.update(dict.fromkeys(entry.tags))
        label = entry.label
    score: float | None = None
    if match is not None:
        if match.allowed:
            allow_sources.extend(match.sources)
        if match.flagged:
            flag_sources.extend(match.sources)
        tags.update(dict.fromkeys(match.tags))
        label = label or match.label
        score = match.score
    if reputation is not None:
        score = float(reputation.score)
        if reputation.score >= reputation_threshold:
            flag_sources.append(SOURCE_TELLOWS)
            tags.update(dict.fromkeys(reputation.tags or (DEFAULT_FLAG_TAG,)))
            label = label or reputation.caller_name
    if allow_sources:
        return Verdict(
            VerdictKind.ALLOWED,
            tuple(tags),
            label or None,
            score,
            tuple(dict.fromkeys(allow_sources)),
        )
    if flag_sources:
        return Verdict(
            VerdictKind.NUISANCE,
            tuple(tags),
            label or None,
            score,
            tuple(dict.fromkeys(flag_sources)),
        )
    if score is not None:
        # A list or reputation knew the number without judging it: show the score.
        sources = (SOURCE_TELLOWS,) if reputation is not None else ()
        return Verdict(VerdictKind.UNKNOWN, (), label or None, score, sources)
    return UNKNOWN


def apply_rules(
    by_lists: Verdict,
    number: str,
    rules: ClassifierOptions,
    *,
    tally: CallerTally | None = None,
    now: datetime | None = None,
) -> Verdict:
    """The verdict once the rules (withheld, abroad, repeat) have had their say.

    Rules only judge callers that no list judges: an allowed or flagged
    verdict comes back as it is.
    """
    if by_lists.verdict is not VerdictKind.UNKNOWN:
        return by_lists
    rule: tuple[str, str] | None = None
    invalid = number != ANONYMOUS and is_invalid(number)
    if number == ANONYMOUS:
        if rules.withheld_is_nuisance:
            rule = ("withheld", SOURCE_WITHHELD_RULE)
    elif invalid and rules.invalid_is_nuisance:
        rule = ("invalid", SOURCE_INVALID_RULE)
    elif rules.abroad_is_nuisance and rules.home_region and is_abroad(number, rules.home_region):
        rule = ("abroad", SOURCE_ABROAD_RULE)
    elif _repeat_rule_applies(tally, rules, now):
        rule = ("repeat", SOURCE_REPEAT_RULE)
    if rule is None:
        if invalid:
            # Shown, not judged: the option above makes it a nuisance.
            return Verdict(VerdictKind.UNKNOWN, ("invalid",), by_lists.label, by_lists.score, ())
        return by_lists
    tag, source = rule
    return Verdict(VerdictKind.NUISANCE, (tag,), by_lists.label, by_lists.score, (source,))
