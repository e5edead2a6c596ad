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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
import heapq
import math
from typing import Any, Final

__all__ = [
    "ALLOW",
    "EMPTY_INDEX",
    "FLAG",
    "MAX_E164_DIGITS",
    "CombinedIndex",
    "IndexBuilder",
    "ListRecord",
    "Match",
    "MatchIndex",
    "merge_matches",
    "record_key",
]


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


_SORT_RUN: Final = 1 << 15


def _sorted_positions(keys: array[int]) -> Iterable[int]:
    """Positions of ``keys`` in key order, without one long GIL-holding call.

    One ``sorted()`` over a million items holds the GIL for hundreds of
    milliseconds and stalls the event loop thread; sorting short runs and
    merging them in Python lets the interpreter switch threads as it goes.
    """
    count = len(keys)
    key = keys.__getitem__
    if count <= _SORT_RUN:
        return sorted(range(count), key=key)
    # Runs are kept as arrays: a full GC walks list items, never array items.
    runs = [
        array("i", sorted(range(start, min(start + _SORT_RUN, count)), key=key))
        for start in range(0, count, _SORT_RUN)
    ]
    return heapq.merge(*runs, key=key)


class IndexBuilder:
    """Collects one list's entries in flat arrays, then builds its index.

    Nothing per entry is a Python object the garbage collector would walk
    (arrays hold raw numbers), however long the list is: a full collection
    while a million entries are being read stays as cheap as without them.
    """

    def __init__(self) -> None:
        self._keys = array("q")
        self._flags = array("B")
        self._scores = array("d")
        self._label_ids = array("i")
        self._tag_ids = array("i")
        self._source_ids = array("i")
        self._labels = _Interner("")
        self._tagsets = _Interner(())
        self._sourcesets = _Interner(())
        self._ranges: dict[str, list[ListRecord]] = {}
        self._source_id_of: dict[str, int] = {}
        self.rejected = 0

    def add(
        self,
        number: str,
        *,
        allow: bool = False,
        tags: tuple[str, ...] = (),
        label: str = "",
        score: float | None = None,
        source: str = "",
    ) -> bool:
        """Add one entry; False (and counted) when the number is not E.164."""
        digits = number[1:]
        if (
            number[:1] == "+"
            and digits.isdigit()
            and digits.isascii()
            and len(digits) <= MAX_E164_DIGITS
            and digits[0] != "0"
        ):
            key = int(digits)  # the common case, without a tuple per entry
        else:
            parsed = record_key(number)
            if parsed is None or not parsed[1]:
                self.rejected += 1
                return False
            record = ListRecord(number, allow, tags, label, score, source)
            self._ranges.setdefault(number[1:-1], []).append(record)
            return True
        self._keys.append(key)
        self._flags.append(ALLOW if allow else FLAG)
        self._scores.append(math.nan if score is None else score)
        self._label_ids.append(self._labels.id(label))
        self._tag_ids.append(self._tagsets.id(tags))
        source_id = self._source_id_of.get(source)
        if source_id is None:
            source_id = self._source_id_of[source] = self._sourcesets.id(
                (source,) if source else ()
            )
        self._source_ids.append(source_id)  # no tuple per entry: nothing for the GC
        return True

    def add_record(self, record: ListRecord) -> bool:
        """Add a ``ListRecord``."""
        return self.add(
            record.number,
            allow=record.allow,
            tags=record.tags,
            label=record.label,
            score=record.score,
            source=record.source,
        )

    def __len__(self) -> int:
        return len(self._keys) + sum(len(group) for group in self._ranges.values())

    def build(self) -> MatchIndex:
        """The finished index (blocking for big lists: run in an executor)."""
        index = MatchIndex()
        index.rejected = self.rejected
        keys = self._keys
        out_keys, out_flags, out_scores = index._keys, index._flags, index._scores
        out_labels, out_tags, out_sources = index._labels, index._tags, index._sources
        tagsets, sourcesets = self._tagsets, self._sourcesets
        previous = -1
        for position in _sorted_positions(keys):
            key = keys[position]
            if key != previous:
                previous = key
                out_keys.append(key)
                out_flags.append(self._flags[position])
                out_scores.append(self._scores[position])
                out_labels.append(self._label_ids[position])
                out_tags.append(self._tag_ids[position])
                out_sources.append(self._source_ids[position])
                continue
            # The same number twice in one list: merge into the last entry.
            last = len(out_keys) - 1
            out_flags[last] |= self._flags[position]
            score = self._scores[position]
            if not math.isnan(score) and not score <= out_scores[last]:
                out_scores[last] = score
            if out_labels[last] == 0:
                out_labels[last] = self._label_ids[position]
            out_tags[last] = tagsets.id(
                _union(tagsets.values[out_tags[last]], tagsets.values[self._tag_ids[position]])
            )
            out_sources[last] = sourcesets.id(
                _union(
                    sourcesets.values[out_sources[last]],
                    sourcesets.values[self._source_ids[position]],
                )
            )
        for prefix, group in self._ranges.items():
            flags, tags, label, merged_score, sources = _merge(group)
            # Rows, not Match objects: a 1M list has ~50k ranges, and plain
            # numbers in arrays are nothing for the garbage collector.
            index._range_rows[prefix] = len(index._range_flags)
            index._range_flags.append(flags)
            index._range_scores.append(merged_score)
            index._range_labels.append(self._labels.id(label))
            index._range_tags.append(tagsets.id(tags))
            index._range_sources.append(sourcesets.id(sources))
        index._range_lengths = sorted({len(prefix) for prefix in index._range_rows}, reverse=True)
        index._label_values = self._labels.values
        index._tag_values = tagsets.values
        index._source_values = sourcesets.values
        return index


def _union(first: object, second: object) -> tuple[str, ...]:
    assert isinstance(first, tuple)
    assert isinstance(second, tuple)
    return tuple(dict.fromkeys(first + second))


class MatchIndex:
    """An immutable index over one list; build a new one to change it."""

    def __init__(self, records: Iterable[ListRecord] = ()) -> None:
        self.rejected = 0
        self._keys = array("q")
        self._flags = array("B")
        self._scores = array("f")
        self._labels = array("i")
        self._tags = array("H")
        self._sources = array("H")
        self._range_rows: dict[str, int] = {}
        self._range_flags = array("B")
        self._range_scores = array("d")
        self._range_labels = array("i")
        self._range_tags = array("i")
        self._range_sources = array("i")
        self._range_lengths: list[int] = []
        self._label_values: list[object] = [""]
        self._tag_values: list[object] = [()]
        self._source_values: list[object] = [()]
        builder = IndexBuilder()
        for record in records:
            builder.add_record(record)
        if len(builder) or builder.rejected:
            built = builder.build()
            self.__dict__.update(built.__dict__)

    def __len__(self) -> int:
        return len(self._keys) + len(self._range_rows)

    _ARRAYS: Final = (
        "_keys",
        "_flags",
        "_scores",
        "_labels",
        "_tags",
        "_sources",
        "_range_flags",
        "_range_scores",
        "_range_labels",
        "_range_tags",
        "_range_sources",
    )

    def to_state(self) -> dict[str, object]:
        """The index as plain values (bytes, str, tuples), to cross a process boundary."""
        return {
            "arrays": {
                name: (getattr(self, name).typecode, getattr(self, name).tobytes())
                for name in self._ARRAYS
            },
            "range_rows": dict(self._range_rows),
            "range_lengths": list(self._range_lengths),
            "labels": list(self._label_values),
            "tags": list(self._tag_values),
            "sources": list(self._source_values),
            "rejected": self.rejected,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> MatchIndex:
        """An index from ``to_state``'s values (checked: it crossed a process boundary)."""
        index = cls()
        for name in cls._ARRAYS:
            typecode, data = state["arrays"][name]
            values = array(typecode)
            if typecode != getattr(index, name).typecode or not isinstance(data, bytes):
                raise ValueError(f"bad array {name}")
            values.frombytes(data)
            setattr(index, name, values)
        index._range_rows = {str(k): int(v) for k, v in state["range_rows"].items()}
        index._range_lengths = [int(length) for length in state["range_lengths"]]
        index._label_values = [str(label) for label in state["labels"]]
        index._tag_values = [tuple(str(tag) for tag in tags) for tags in state["tags"]]
        index._source_values = [tuple(str(s) for s in sources) for sources in state["sources"]]
        index.rejected = int(state["rejected"])
        return index

    @property
    def exact_count(self) -> int:
        """Distinct exact numbers."""
        return len(self._keys)

    @property
    def range_count(self) -> int:
        """Distinct ranges."""
        return len(self._range_rows)

    def nbytes(self) -> int:
        """Bytes held by the per-entry arrays (not the interned tables)."""
        arrays = (
            self._keys,
            self._flags,
            self._scores,
            self._labels,
            self._tags,
            self._sources,
            self._range_flags,
            self._range_scores,
            self._range_labels,
            self._range_tags,
            self._range_sources,
        )
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
            if length <= len(digits) and (row := self._range_rows.get(digits[:length])) is not None:
                best_range = self._range(row, digits[:length])
                break
        if exact is None or best_range is None:
            return exact or best_range
        return merge_matches((exact, best_range))

    def _range(self, row: int, prefix: str) -> Match:
        return self._match(
            self._range_flags[row],
            self._range_scores[row],
            label_id=self._range_labels[row],
            tag_id=self._range_tags[row],
            source_id=self._range_sources[row],
            range_=f"+{prefix}*",
        )

    def _exact(self, position: int) -> Match:
        return self._match(
            self._flags[position],
            self._scores[position],
            label_id=self._labels[position],
            tag_id=self._tags[position],
            source_id=self._sources[position],
        )

    def _match(
        self,
        flags: int,
        score: float,
        *,
        label_id: int,
        tag_id: int,
        source_id: int,
        range_: str | None = None,
    ) -> Match:
        tags = self._tag_values[tag_id]
        sources = self._source_values[source_id]
        label = self._label_values[label_id]
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
            range_,
        )


def _specificity(match: Match) -> int:
    """How closely an entry fits a number: exact above every range, longer ranges above shorter."""
    return MAX_E164_DIGITS + 2 if match.range is None else len(match.range)


def merge_matches(matches: Sequence[Match]) -> Match:
    """Several answers about one number as one: any allow, any flag, all tags and sources.

    The label and the range shown are those of the most specific entry (an
    exact number before the longest range), whichever list it is in.
    """
    if len(matches) == 1:
        return matches[0]
    ordered = sorted(matches, key=_specificity, reverse=True)
    scores = [m.score for m in matches if m.score is not None]
    return Match(
        any(m.flagged for m in matches),
        any(m.allowed for m in matches),
        tuple(dict.fromkeys(tag for m in ordered for tag in m.tags)),
        next((m.label for m in ordered if m.label), ""),
        max(scores) if scores else None,
        tuple(dict.fromkeys(source for m in ordered for source in m.sources)),
        next((m.range for m in ordered if m.range), None) if ordered[0].range else None,
    )


class CombinedIndex:
    """Every list's index behind one ``lookup``; swapped whole when a list changes."""

    def __init__(self, indexes: Iterable[MatchIndex] = ()) -> None:
        self._indexes = tuple(index for index in indexes if len(index))

    def __len__(self) -> int:
        return sum(len(index) for index in self._indexes)

    def lookup(self, number: str) -> Match | None:
        """What all lists together say about a number."""
        matches = [m for index in self._indexes if (m := index.lookup(number)) is not None]
        return merge_matches(matches) if matches else None


EMPTY_INDEX: Final = CombinedIndex()
