"""One index over every list: exact numbers and prefix ranges.

Built once per list change, off the event loop, then swapped in whole; a
lookup never does I/O and takes microseconds even with a million entries.

Layout (per entry, after merging duplicates): the number's E.164 digits as
one int64 in a sorted ``array('q')`` searched with ``bisect`` (8 bytes),
plus parallel compact arrays for what it says: flags (1 byte), score
(4 bytes), and indexes into interned tables of labels, tag sets and source
sets (4 + 2 + 2 bytes). Labels, tag sets and source sets repeat a lot in
real lists and are stored once each. Ranges (``+49900*``) are few and live
in a dict keyed by their digit prefix, probed longest first.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
import math
from typing import Final

MAX_E164_DIGITS: Final = 15

FLAG: Final = 1
ALLOW: Final = 2


@dataclass(frozen=True, slots=True)
class ListRecord:
    """One entry of one list, as a provider yields it.

    ``number`` is an E.164 number (``+4930123456``) or a range: an E.164
    prefix followed by ``*`` (``+49900*``).
    """

    number: str
    allow: bool = False
    tags: tuple[str, ...] = ()
    label: str = ""
    score: float | None = None
    source: str = ""


@dataclass(frozen=True, slots=True)
class Match:
    """What the lists say about one number (all matching entries merged)."""

    flagged: bool
    allowed: bool
    tags: tuple[str, ...]
    label: str
    score: float | None
    sources: tuple[str, ...]
    range: str | None = None
    """The range that matched (``+49900*``), or None for an exact match."""


def record_key(number: str) -> tuple[int, bool] | None:
    """The index key of a record's number: (digits as int, is range); None if invalid."""
    is_range = number.endswith("*")
    digits = number[1:-1] if is_range else number[1:]
    if not number.startswith("+") or not digits.isdigit() or not digits.isascii():
        return None
    if len(digits) > MAX_E164_DIGITS or digits[0] == "0":
        return None
    return int(digits), is_range


class _Interner:
    """Maps equal values to one small int."""

    def __init__(self, first: object) -> None:
        self.values: list[object] = [first]
        self._ids: dict[object, int] = {first: 0}

    def id(self, value: object) -> int:
        found = self._ids.get(value)
        if found is None:
            found = self._ids[value] = len(self.values)
            self.values.append(value)
        return found


def _merge(group: list[ListRecord]) -> tuple[int, tuple[str, ...], str, float, tuple[str, ...]]:
    flags = 0
    tags: dict[str, None] = {}
    sources: dict[str, None] = {}
    label = ""
    score = math.nan
    for record in group:
        flags |= ALLOW if record.allow else FLAG
        tags.update(dict.fromkeys(record.tags))
        if record.source:
            sources[record.source] = None
        if not label and record.label:
            label = record.label
        if record.score is not None and not (record.score <= score):
            score = record.score
    return flags, tuple(tags), label, score, tuple(sources)


class MatchIndex:
    """An immutable index; build a new one to change it."""

    def __init__(self, records: Iterable[ListRecord] = ()) -> None:
        exact: list[tuple[int, ListRecord]] = []
        ranges: dict[str, list[ListRecord]] = {}
        self.rejected = 0
        for record in records:
            parsed = record_key(record.number)
            if parsed is None:
                self.rejected += 1
            elif parsed[1]:
                ranges.setdefault(record.number[1:-1], []).append(record)
            else:
                exact.append((parsed[0], record))
        exact.sort(key=lambda item: item[0])

        labels, tagsets, sourcesets = _Interner(""), _Interner(()), _Interner(())
        self._keys = array("q")
        self._flags = array("B")
        self._scores = array("f")
        self._labels = array("i")
        self._tags = array("H")
        self._sources = array("H")
        index = 0
        tags: tuple[str, ...]
        sources: tuple[str, ...]
        while index < len(exact):
            key = exact[index][0]
            end = index + 1
            while end < len(exact) and exact[end][0] == key:
                end += 1
            if end == index + 1:
                record = exact[index][1]
                flags = ALLOW if record.allow else FLAG
                tags, label = record.tags, record.label
                score = math.nan if record.score is None else record.score
                sources = (record.source,) if record.source else ()
            else:
                flags, tags, label, score, sources = _merge([r for _, r in exact[index:end]])
            self._keys.append(key)
            self._flags.append(flags)
            self._scores.append(score)
            self._labels.append(labels.id(label))
            self._tags.append(tagsets.id(tags))
            self._sources.append(sourcesets.id(sources))
            index = end
        self._ranges: dict[str, Match] = {}
        for prefix, group in ranges.items():
            flags, tags, label, score, sources = _merge(group)
            self._ranges[prefix] = Match(
                bool(flags & FLAG),
                bool(flags & ALLOW),
                tags,
                label,
                None if math.isnan(score) else score,
                sources,
                f"+{prefix}*",
            )
        self._range_lengths = sorted({len(prefix) for prefix in self._ranges}, reverse=True)
        self._label_values = labels.values
        self._tag_values = tagsets.values
        self._source_values = sourcesets.values

    def __len__(self) -> int:
        return len(self._keys) + len(self._ranges)

    @property
    def exact_count(self) -> int:
        """Distinct exact numbers."""
        return len(self._keys)

    @property
    def range_count(self) -> int:
        """Distinct ranges."""
        return len(self._ranges)

    def nbytes(self) -> int:
        """Bytes held by the per-entry arrays (not the interned tables)."""
        arrays = (self._keys, self._flags, self._scores, self._labels, self._tags, self._sources)
        return sum(a.itemsize * len(a) for a in arrays)

    def lookup(self, number: str) -> Match | None:
        """The merged exact match, else the longest matching range; None if neither.

        When both exist they are merged: an allow anywhere wins, the exact
        entry's label comes first.
        """
        if not number.startswith("+"):
            return None
        digits = number[1:]
        exact: Match | None = None
        if digits.isdigit() and 0 < len(digits) <= MAX_E164_DIGITS:
            key = int(digits)
            position = bisect_left(self._keys, key)
            if position < len(self._keys) and self._keys[position] == key:
                exact = self._exact(position)
        best_range: Match | None = None
        for length in self._range_lengths:
            if length <= len(digits) and (found := self._ranges.get(digits[:length])):
                best_range = found
                break
        if exact is None or best_range is None:
            return exact or best_range
        return Match(
            exact.flagged or best_range.flagged,
            exact.allowed or best_range.allowed,
            tuple(dict.fromkeys(exact.tags + best_range.tags)),
            exact.label or best_range.label,
            exact.score if exact.score is not None else best_range.score,
            tuple(dict.fromkeys(exact.sources + best_range.sources)),
            best_range.range,
        )

    def _exact(self, position: int) -> Match:
        flags = self._flags[position]
        score = self._scores[position]
        tags = self._tag_values[self._tags[position]]
        sources = self._source_values[self._sources[position]]
        label = self._label_values[self._labels[position]]
        assert isinstance(tags, tuple)
        assert isinstance(sources, tuple)
        assert isinstance(label, str)
        return Match(
            bool(flags & FLAG),
            bool(flags & ALLOW),
            tags,
            label,
            None if math.isnan(score) else round(score, 3),
            sources,
        )


EMPTY_INDEX: Final = MatchIndex()
