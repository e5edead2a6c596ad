"""One index per list: exact numbers and prefix ranges, in a few flat columns.

Built once per list change, off the event loop (big lists in a worker
process), then swapped in whole; a lookup never does I/O and takes a few
microseconds even with a million entries.

Every column is a typed buffer: an ``array`` while building, a
``memoryview`` of one shared block once it came from a worker. An index is
a few dozen Python objects however long its list is: nothing per entry for
the garbage collector to walk or for the event loop to free, and its state
crosses a pipe as raw bytes (``to_buffers`` / ``from_buffers``).

- Exact numbers: their E.164 digits as one float64 each (exact: 15 digits
  stay below 2**53, and Python sorts and compares floats faster than ints
  that big), sorted and searched with ``bisect``. Per number: its *kind*
  (flags, tags and sources, stored once per distinct kind), its label (an id
  in the string table) and its score. A per-number column whose values are
  all the same is stored as that one value, so a plain list costs 8 bytes
  per number.
- An exact number under a range of its own list has that range's kind,
  label and score merged in at build time: a hit answers at once.
- Ranges (``+49900*``): each covers one interval of *range keys* (the digits
  padded to 15 and their count, see ``_range_key``); nested ranges are
  flattened into disjoint segments, each naming its longest range, so the
  longest matching range is one ``bisect`` away.
- Strings (labels, and tag and source tuples): UTF-8 in one block, with
  offsets.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
import heapq
from itertools import compress
import math
import operator
import re
from typing import Any, Final, Protocol, cast

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
    "MatchLookup",
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


class MatchLookup(Protocol):
    """Anything that says what lists say about a number (an index, several, a wrapper)."""

    def lookup(self, number: str) -> Match | None:
        """What the lists say about a number; None: nothing."""


def record_key(number: str) -> tuple[int, bool] | None:
    """The index key of a record's number: (digits as int, is range); None if invalid."""
    is_range = number.endswith("*")
    digits = number[1:-1] if is_range else number[1:]
    if not number.startswith("+") or not digits.isdigit() or not digits.isascii():
        return None
    if len(digits) > MAX_E164_DIGITS or digits[0] == "0":
        return None
    return int(digits), is_range


# --------------------------------------------------------------------- keys

_PAD: Final[tuple[int, ...]] = tuple(
    10 ** (MAX_E164_DIGITS - n) * 16 for n in range(MAX_E164_DIGITS + 1)
)
_POW10: Final[tuple[float, ...]] = tuple(float(10**n) for n in range(MAX_E164_DIGITS + 1))
_LEADING_DIGITS: Final = re.compile(r"[0-9]*")


def _keys_of(digits: str) -> tuple[float, int]:
    """A number's exact key and range key (see ``_range_key``); -1 where nothing can match.

    ``digits`` is what follows the ``+``. An exact entry matches only the
    very same text: 1 to 15 ASCII digits, the first not 0. Exact keys are
    floats: every number of up to 15 digits is one exactly (2**53 > 10**15),
    and Python sorts and compares floats faster than ints of that size.
    """
    if digits.isdigit() and digits.isascii() and len(digits) <= MAX_E164_DIGITS:
        value = int(digits)
        return (-1.0 if digits[0] == "0" else float(value)), value * _PAD[len(digits)] + len(digits)
    return -1.0, _range_key(digits)


def _range_key(digits: str) -> int:
    """Where a number's digits sort among the ranges; -1 if no range can match.

    The leading ASCII digits (at most 15: no range is longer) padded to 15,
    times 16, plus how many there were. The numbers that start with a
    prefix ``P`` of ``n`` digits have exactly the keys from
    ``P * 10**(15-n) * 16 + n`` up to, not including,
    ``(P + 1) * 10**(15-n) * 16`` (``_range_bounds``); two prefixes' intervals
    are nested or disjoint, like the prefixes.
    """
    found = _LEADING_DIGITS.match(digits)
    leading = found[0][:MAX_E164_DIGITS] if found else ""
    if not leading:
        return -1
    return int(leading) * _PAD[len(leading)] + len(leading)


def _range_bounds(prefix: int, length: int) -> tuple[int, int]:
    """The range keys a prefix of ``length`` digits covers: [low, high)."""
    return prefix * _PAD[length] + length, (prefix + 1) * _PAD[length]


# -------------------------------------------------------------------- parts

type _Kind = tuple[int, tuple[str, ...], tuple[str, ...]]
"""What an entry is, apart from its label and score: flags, tags, sources."""
type _Entry = tuple[int, int, float]
"""A range's kind id, label id and score (NaN: none)."""


def _union(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    if not second or first == second:
        return first
    if not first:
        return second
    return tuple(dict.fromkeys(first + second))


def _higher(score: float, other: float) -> float:
    """The higher of two scores; NaN is no score."""
    return other if math.isnan(score) or other > score else score


def _encode_tuple(values: tuple[str, ...]) -> str:
    """A tuple of strings as one string of the string table (each ends in NUL)."""
    return "".join(value.replace("\x00", "\ufffd") + "\x00" for value in values)


def _narrowest(count: int) -> str:
    """The smallest unsigned typecode that holds ids below ``count``."""
    return "B" if count <= 1 << 8 else "H" if count <= 1 << 16 else "I"


def _constant(column: array[Any]) -> bool:
    """Whether every value of a column is the same (bit for bit: NaN too)."""
    return len(column) <= 1 or column.tobytes() == column[:1].tobytes() * len(column)


def _compact(column: array[Any]) -> array[Any]:
    """A column whose values are all the same as that one value."""
    return column[:1] if _constant(column) else column


_SORT_RUN: Final = 1 << 15


def _sorted_runs[T](values: Sequence[T], key: Any = None) -> Iterable[T]:
    """``values`` sorted (stably), without one long GIL-holding call.

    One ``sorted()`` over a million items holds the GIL for hundreds of
    milliseconds and would stall the event loop thread of the process it
    runs in; sorting short runs and merging them in Python lets the
    interpreter switch threads as it goes.
    """
    count = len(values)
    if count <= _SORT_RUN:
        return sorted(values, key=key)
    runs = [
        sorted(values[start : start + _SORT_RUN], key=key) for start in range(0, count, _SORT_RUN)
    ]
    return heapq.merge(*runs, key=key)


# ------------------------------------------------------------------ builder


class IndexBuilder:
    """Collects one list's entries in flat arrays, then builds its index.

    Nothing per entry is a Python object the garbage collector would walk
    (arrays hold raw numbers), however long the list is.
    """

    def __init__(self) -> None:
        self._keys = array("d")
        self._key_kinds = array("I")
        self._key_labels = array("I")
        self._key_scores = array("d")
        self._kind_ids: dict[_Kind, int] = {}
        self._kinds: list[_Kind] = []
        self._plain_kinds: dict[tuple[bool, str], int] = {}
        self._merged_kinds: dict[tuple[int, int], int] = {}
        self._label_ids: dict[str, int] = {"": 0}
        """The string table: labels first, tag and source tuples added by ``build``."""
        self._ranges: dict[str, _Entry] = {}
        """Range prefix (digits) -> its entry, duplicates merged."""
        self._range_records = 0
        self.rejected = 0

    def _kind(self, kind: _Kind) -> int:
        found = self._kind_ids.get(kind)
        if found is None:
            found = self._kind_ids[kind] = len(self._kinds)
            self._kinds.append(kind)
        return found

    def _kind_of(self, allow: bool, tags: tuple[str, ...], source: str) -> int:
        if tags:
            return self._kind((ALLOW if allow else FLAG, tuple(tags), (source,) if source else ()))
        found = self._plain_kinds.get((allow, source))
        if found is None:
            found = self._plain_kinds[allow, source] = self._kind(
                (ALLOW if allow else FLAG, (), (source,) if source else ())
            )
        return found

    def _label(self, label: str) -> int:
        found = self._label_ids.get(label)
        if found is None:
            found = self._label_ids[label] = len(self._label_ids)
        return found

    def _merge_kinds(self, first: int, second: int) -> int:
        """Two kinds of entries for the same key, in list order: any flag, any
        allow, all tags and sources (first seen first)."""
        if first == second:
            return first
        found = self._merged_kinds.get((first, second))
        if found is None:
            flags, tags, sources = self._kinds[first]
            flags2, tags2, sources2 = self._kinds[second]
            found = self._merged_kinds[first, second] = self._kind(
                (flags | flags2, _union(tags, tags2), _union(sources, sources2))
            )
        return found

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
        exact = (
            number[:1] == "+"
            and digits.isdigit()
            and digits.isascii()
            and len(digits) <= MAX_E164_DIGITS
            and digits[0] != "0"
        )
        if not exact and ((parsed := record_key(number)) is None or not parsed[1]):
            self.rejected += 1
            return False
        kind = self._kind_of(allow, tags, source)
        label_id = self._label(label) if label else 0
        value = math.nan if score is None or math.isnan(score) else score
        if exact:
            self._keys.append(float(digits))
            self._key_kinds.append(kind)
            self._key_labels.append(label_id)
            self._key_scores.append(value)
            return True
        prefix = number[1:-1]
        known = self._ranges.get(prefix)
        entry = (kind, label_id, value)
        self._ranges[prefix] = entry if known is None else self._merge_entries(known, entry)
        self._range_records += 1
        return True

    def add_digits(self, numbers: Sequence[str], *, allow: bool = False, source: str = "") -> None:
        """Add plain numbers at once: E.164 digits without the ``+``, already checked.

        Each must be 1 to 15 ASCII digits, not starting with 0 (what
        ``add`` accepts as an exact number).
        """
        count = len(numbers)
        self._keys.extend(map(float, numbers))
        self._key_kinds.extend(array("I", [self._kind_of(allow, (), source)]) * count)
        self._key_labels.extend(array("I", [0]) * count)
        self._key_scores.extend(array("d", [math.nan]) * count)

    def add_range_digits(
        self, prefixes: Sequence[str], *, allow: bool = False, source: str = ""
    ) -> None:
        """Add plain ranges at once: their E.164 prefixes without ``+`` and ``*``, checked.

        Each must be 1 to 15 ASCII digits, not starting with 0 (what ``add``
        accepts as a range).
        """
        entry = (self._kind_of(allow, (), source), 0, math.nan)
        ranges = self._ranges
        for prefix in prefixes:
            known = ranges.get(prefix)
            ranges[prefix] = entry if known is None else self._merge_entries(known, entry)
        self._range_records += len(prefixes)

    def _merge_entries(self, first: _Entry, second: _Entry) -> _Entry:
        return (
            self._merge_kinds(first[0], second[0]),
            first[1] or second[1],
            _higher(first[2], second[2]),
        )

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
        return len(self._keys) + self._range_records

    def build(self, *, in_runs: bool = True) -> MatchIndex:
        """The finished index (blocking for big lists: run in an executor).

        ``in_runs`` sorts in short runs, so that a build in a thread of a busy
        process never holds the GIL for long; a worker process sorts at once.
        """
        keys, kinds, labels, scores = self._sorted_columns(in_runs)
        # (low, high, prefix, length, kind, label, score), in the order of range keys.
        ranges = sorted(
            (*_range_bounds(int(prefix), len(prefix)), int(prefix), len(prefix), *entry)
            for prefix, entry in self._ranges.items()
        )
        if keys and ranges:
            kinds, labels, scores = self._merge_ranges(keys, (kinds, labels, scores), ranges)
        bounds, bound_rows = _flatten(
            [(low, high, row) for row, (low, high, *_) in enumerate(ranges)]
        )
        all_kinds = self._kinds or [(FLAG, (), ())]
        kind_code = _narrowest(len(all_kinds))
        flags, tags, sources = zip(*all_kinds, strict=True)
        strings = dict(self._label_ids)
        tuple_ids = {
            value: strings.setdefault(_encode_tuple(value), len(strings))
            for value in dict.fromkeys((*tags, *sources))
        }
        blob = bytearray()
        offsets = array("q", [0])
        for text in strings:
            blob += text.encode("utf-8", "surrogatepass")
            offsets.append(len(blob))
        columns: dict[str, array[Any]] = {
            "keys": keys,
            "key_kinds": array(kind_code, _compact(kinds)),
            "key_labels": array(_narrowest(len(strings)), _compact(labels)),
            "key_scores": _compact(scores),
            "kind_flags": array("B", flags),
            "kind_tags": array("I", map(tuple_ids.__getitem__, tags)),
            "kind_sources": array("I", map(tuple_ids.__getitem__, sources)),
            "range_prefixes": array("q", (item[2] for item in ranges)),
            "range_kinds": array(kind_code, (item[4] for item in ranges)),
            "range_labels": array(_narrowest(len(strings)), (item[5] for item in ranges)),
            "range_scores": array("d", (item[6] for item in ranges)),
            "bounds": array("q", bounds),
            "bound_rows": array("i", bound_rows),
            "text": array("B", blob),
            "text_offsets": offsets,
        }
        return MatchIndex.from_columns(columns, rejected=self.rejected)

    def _sorted_columns(
        self, in_runs: bool
    ) -> tuple[array[float], array[int], array[int], array[float]]:
        """The distinct keys in order, and their kinds, labels and scores merged.

        A per-key column whose values are all the same comes back as that
        one value (length 1).
        """
        keys, kinds, labels, scores = (
            self._keys,
            self._key_kinds,
            self._key_labels,
            self._key_scores,
        )
        if _constant(kinds) and _constant(labels) and _constant(scores):
            # Every entry says the same: duplicates need no merging.
            ordered = list(_sorted_runs(keys)) if in_runs else sorted(keys)
            following = ordered[1:]
            if any(map(operator.eq, following, ordered, strict=False)):
                distinct = [True, *map(operator.ne, following, ordered, strict=False)]
                return array("d", compress(ordered, distinct)), kinds[:1], labels[:1], scores[:1]
            return array("d", ordered), kinds[:1], labels[:1], scores[:1]
        positions = range(len(keys))
        order = list(
            _sorted_runs(positions, key=keys.__getitem__)
            if in_runs
            else sorted(positions, key=keys.__getitem__)
        )
        keys = array("d", [keys[position] for position in order])
        kinds = array("I", [kinds[position] for position in order])
        labels = array("I", [labels[position] for position in order])
        scores = array("d", [scores[position] for position in order])
        repeated = list(map(operator.eq, keys[1:], keys[:-1], strict=True))
        if not any(repeated):
            return keys, kinds, labels, scores
        # The same number more than once in one list: merged into its first
        # entry, in list order (the sort is stable).
        first = 0
        for position, again in enumerate(repeated, 1):
            if not again:
                first = position
                continue
            kinds[first] = self._merge_kinds(kinds[first], kinds[position])
            labels[first] = labels[first] or labels[position]
            scores[first] = _higher(scores[first], scores[position])
        kept = [True, *(not again for again in repeated)]
        return (
            array("d", compress(keys, kept)),
            array("I", compress(kinds, kept)),
            array("I", compress(labels, kept)),
            array("d", compress(scores, kept)),
        )

    def _merge_ranges(
        self,
        keys: array[float],
        columns: tuple[array[int], array[int], array[float]],
        ranges: list[tuple[int, int, int, int, int, int, float]],
    ) -> tuple[array[int], array[int], array[float]]:
        """Each exact number's kind, label and score merged with its longest range's.

        What a lookup of a listed number answers is then all in its own
        entry: no range search, no merge at lookup time. The numbers of ``n``
        digits under a prefix ``P`` of ``length`` digits are one stretch of
        the sorted keys, from ``P * 10**(n - length)`` up to
        ``(P + 1) * 10**(n - length)``; ranges are marked shortest first, so
        each number ends up marked with its longest.
        """
        kinds, labels, scores = columns
        # Per key its range's kind, label and score, looked up by row; row -1
        # (no range) is the last item: a kind of its own, no label, no score.
        no_kind = len(self._kinds)
        range_kinds = [*(item[4] for item in ranges), no_kind]
        range_labels = [*(item[5] for item in ranges), 0]
        range_scores = [*(item[6] for item in ranges), math.nan]
        if len(kinds) == 1:
            # Every number says the same: merged with each range, that is one
            # entry per range (and itself, for row -1).
            kind, label, score = kinds[0], labels[0], scores[0]
            kind_of_row = array(
                "I",
                [
                    kind if range_kind == no_kind else self._merge_kinds(kind, range_kind)
                    for range_kind in range_kinds
                ],
            )
            label_of_row = array("I", [label or range_label for range_label in range_labels])
            score_of_row = array("d", [_higher(score, range_score) for range_score in range_scores])
            if _constant(kind_of_row) and _constant(label_of_row) and _constant(score_of_row):
                return columns  # the ranges add nothing the numbers do not say (a plain list)
            cover = self._cover(keys, ranges)
            return (
                array("I", map(kind_of_row.__getitem__, cover)),
                array("I", map(label_of_row.__getitem__, cover)),
                array("d", map(score_of_row.__getitem__, cover)),
            )
        cover = self._cover(keys, ranges)
        pairs = {
            (kind, range_kind): kind
            if range_kind == no_kind
            else self._merge_kinds(kind, range_kind)
            for kind, range_kind in set(
                zip(kinds, map(range_kinds.__getitem__, cover), strict=True)
            )
        }
        return (
            array(
                "I",
                map(
                    pairs.__getitem__, zip(kinds, map(range_kinds.__getitem__, cover), strict=True)
                ),
            ),
            array(
                "I",
                [
                    label or range_label
                    for label, range_label in zip(
                        labels, map(range_labels.__getitem__, cover), strict=True
                    )
                ],
            ),
            array(
                "d",
                [
                    range_score if math.isnan(score) or range_score > score else score
                    for score, range_score in zip(
                        scores, map(range_scores.__getitem__, cover), strict=True
                    )
                ],
            ),
        )

    @staticmethod
    def _cover(
        keys: array[float], ranges: list[tuple[int, int, int, int, int, int, float]]
    ) -> array[int]:
        """Per key the row of its longest range; -1: none."""
        shortest, longest = len(str(int(keys[0]))), len(str(int(keys[-1])))
        cover = array("i", [-1]) * len(keys)
        for row in sorted(range(len(ranges)), key=lambda row: ranges[row][3]):
            prefix, length = ranges[row][2:4]
            for digits in range(max(length, shortest), longest + 1):
                scale = _POW10[digits - length]
                start = bisect_left(keys, prefix * scale)
                end = bisect_left(keys, (prefix + 1) * scale, start)
                if start < end:
                    cover[start:end] = array("i", [row]) * (end - start)
        return cover


def _flatten(ranges: list[tuple[int, int, int]]) -> tuple[list[int], list[int]]:
    """Nested intervals [low, high) of rows -> disjoint segments naming the innermost row.

    ``ranges`` are sorted by ``low``; two ranges are nested or disjoint (they
    are prefixes). Segment ``i`` runs from ``bounds[i]`` to ``bounds[i + 1]``;
    its row is -1 where no range covers it.
    """
    bounds: list[int] = []
    rows: list[int] = []

    def mark(position: int, row: int) -> None:
        if bounds and bounds[-1] == position:
            rows[-1] = row
        else:
            bounds.append(position)
            rows.append(row)

    open_ranges: list[tuple[int, int]] = []  # (high, row), innermost last
    for low, high, row in ranges:
        while open_ranges and open_ranges[-1][0] <= low:
            end, _row = open_ranges.pop()
            mark(end, open_ranges[-1][1] if open_ranges else -1)
        open_ranges.append((high, row))
        mark(low, row)
    while open_ranges:
        end, _row = open_ranges.pop()
        mark(end, open_ranges[-1][1] if open_ranges else -1)
    return bounds, rows


# -------------------------------------------------------------------- index

type Column = Sequence[int] | Sequence[float]

_COLUMN_TYPES: Final[Mapping[str, str]] = {
    "keys": "d",
    "key_kinds": "BHI",
    "key_labels": "BHI",
    "key_scores": "d",
    "kind_flags": "B",
    "kind_tags": "I",
    "kind_sources": "I",
    "range_prefixes": "q",
    "range_kinds": "BHI",
    "range_labels": "BHI",
    "range_scores": "d",
    "bounds": "q",
    "bound_rows": "i",
    "text": "B",
    "text_offsets": "q",
}
"""Every column of an index and the typecodes it may have."""
_SAME_LENGTH: Final = (
    ("kind_flags", "kind_tags", "kind_sources"),
    ("range_prefixes", "range_kinds", "range_labels", "range_scores"),
    ("bounds", "bound_rows"),
)
STATE_VERSION: Final = 2
_MEMO_SIZE: Final = 4096
"""Matches, strings and tuples kept per index for reuse (they are immutable)."""


class MatchIndex:
    """An immutable index over one list; build a new one to change it."""

    def __init__(self, records: Iterable[ListRecord] = ()) -> None:
        builder = IndexBuilder()
        for record in records:
            builder.add_record(record)
        built = builder.build()
        self._set_columns(built._columns, built.rejected)

    def _set_columns(self, columns: Mapping[str, Column], rejected: int) -> None:
        self._columns = dict(columns)
        self.rejected = rejected
        self._memo: dict[tuple[int, int, float | None, int], Match] = {}
        self._strings: dict[int, str] = {0: ""}
        self._tuples: dict[int, tuple[str, ...]] = {0: ()}
        self._kinds: dict[int, tuple[bool, bool, tuple[str, ...], tuple[str, ...]]] = {}
        self._keys = cast(Sequence[float], columns["keys"])
        self._key_kinds = cast(Sequence[int], columns["key_kinds"])
        self._key_labels = cast(Sequence[int], columns["key_labels"])
        self._key_scores = cast(Sequence[float], columns["key_scores"])
        self._kind_flags = cast(Sequence[int], columns["kind_flags"])
        self._kind_tags = cast(Sequence[int], columns["kind_tags"])
        self._kind_sources = cast(Sequence[int], columns["kind_sources"])
        self._range_prefixes = cast(Sequence[int], columns["range_prefixes"])
        self._range_kinds = cast(Sequence[int], columns["range_kinds"])
        self._range_labels = cast(Sequence[int], columns["range_labels"])
        self._range_scores = cast(Sequence[float], columns["range_scores"])
        self._bounds = cast(Sequence[int], columns["bounds"])
        self._bound_rows = cast(Sequence[int], columns["bound_rows"])
        self._text = cast(Sequence[int], columns["text"])
        self._text_offsets = cast(Sequence[int], columns["text_offsets"])

    @classmethod
    def from_columns(cls, columns: Mapping[str, Column], *, rejected: int = 0) -> MatchIndex:
        """An index over finished columns (``array``s, or ``memoryview``s of one block)."""
        index = cls.__new__(cls)
        index._set_columns(columns, rejected)
        return index

    def __len__(self) -> int:
        return len(self._keys) + len(self._range_prefixes)

    # ---------------------------------------------------------- crossing

    def to_buffers(self) -> tuple[dict[str, Any], list[tuple[str, str, memoryview]]]:
        """The index as a few plain values and its columns as raw buffers (no copy)."""
        buffers = []
        for name in _COLUMN_TYPES:
            view = memoryview(cast(Any, self._columns[name]))
            buffers.append((name, view.format, view.cast("B")))
        return {"version": STATE_VERSION, "rejected": self.rejected}, buffers

    @classmethod
    def from_buffers(
        cls, meta: Mapping[str, Any], buffers: Iterable[tuple[str, str, Any]]
    ) -> MatchIndex:
        """An index over ``to_buffers``' values (checked: they crossed a process boundary).

        The columns are read in place: read-only ``memoryview``s of the buffers.
        """
        if meta.get("version") != STATE_VERSION:
            raise ValueError(f"index state of version {meta.get('version')!r}")
        columns: dict[str, memoryview] = {}
        for name, typecode, data in buffers:
            allowed = _COLUMN_TYPES.get(str(name))
            if allowed is None or len(typecode) != 1 or typecode not in allowed:
                raise ValueError(f"bad column {name!r} ({typecode!r})")
            try:
                view = memoryview(data).cast("B")
            except TypeError:
                raise ValueError(f"column {name} is no buffer") from None
            if len(view) % array(typecode).itemsize:
                raise ValueError(f"column {name} is cut short")
            columns[name] = view.toreadonly().cast(cast(Any, typecode))
        if missing := set(_COLUMN_TYPES) - set(columns):
            raise ValueError(f"columns missing: {sorted(missing)}")
        keys = len(columns["keys"])
        lengths = {len(columns[name]) for name in ("key_kinds", "key_labels", "key_scores")}
        if not lengths <= {1, keys} or any(
            len({len(columns[name]) for name in group}) != 1 for group in _SAME_LENGTH
        ):
            raise ValueError("columns of different lengths")
        return cls.from_columns(columns, rejected=int(meta["rejected"]))

    def to_state(self) -> dict[str, Any]:
        """The index as plain values: a few ints and one bytes object per column."""
        meta, buffers = self.to_buffers()
        return {**meta, "columns": [(name, code, bytes(data)) for name, code, data in buffers]}

    @classmethod
    def from_state(cls, state: Mapping[str, Any]) -> MatchIndex:
        """An index from ``to_state``'s values."""
        return cls.from_buffers(state, state["columns"])

    # ------------------------------------------------------------ figures

    @property
    def exact_count(self) -> int:
        """Distinct exact numbers."""
        return len(self._keys)

    @property
    def range_count(self) -> int:
        """Distinct ranges."""
        return len(self._range_prefixes)

    def nbytes(self) -> int:
        """Bytes held by all columns (the whole index but a few small objects)."""
        return sum(memoryview(cast(Any, column)).nbytes for column in self._columns.values())

    # ------------------------------------------------------------ lookups

    def lookup(self, number: str) -> Match | None:
        """The merged exact match, else the longest matching range; None if neither.

        When both exist they are merged: an allow anywhere wins, the exact
        entry's label comes first.
        """
        if not number.startswith("+"):
            return None
        return self._find(*_keys_of(number[1:]))

    def _find(self, exact_key: float, range_key: int) -> Match | None:
        keys = self._keys
        if exact_key >= 0 and keys:
            position = bisect_left(keys, exact_key)
            if position < len(keys) and keys[position] == exact_key:
                kinds, labels, scores = self._key_kinds, self._key_labels, self._key_scores
                return self._match(
                    kinds[position if len(kinds) > 1 else 0],
                    labels[position if len(labels) > 1 else 0],
                    scores[position if len(scores) > 1 else 0],
                    -1,
                )
        bounds = self._bounds
        if range_key >= 0 and bounds:
            segment = bisect_right(bounds, range_key) - 1
            if segment >= 0 and (row := self._bound_rows[segment]) >= 0:
                return self._match(
                    self._range_kinds[row], self._range_labels[row], self._range_scores[row], row
                )
        return None

    def _match(self, kind: int, label: int, score: float, row: int) -> Match:
        """The Match of a kind, label, score and range row (-1: exact)."""
        value = None if math.isnan(score) else round(score, 3)
        memo_key = (kind, label, value, row)
        found = self._memo.get(memo_key)
        if found is None:
            flagged, allowed, tags, sources = self._kinds.get(kind) or self._kind(kind)
            found = Match(
                flagged,
                allowed,
                tags,
                self._string(label),
                value,
                sources,
                None if row < 0 else f"+{self._range_prefixes[row]}*",
            )
            if len(self._memo) < _MEMO_SIZE:
                self._memo[memo_key] = found
        return found

    def _kind(self, kind: int) -> tuple[bool, bool, tuple[str, ...], tuple[str, ...]]:
        flags = self._kind_flags[kind]
        found = (
            bool(flags & FLAG),
            bool(flags & ALLOW),
            self._tuple(self._kind_tags[kind]),
            self._tuple(self._kind_sources[kind]),
        )
        if len(self._kinds) < _MEMO_SIZE:
            self._kinds[kind] = found
        return found

    def _string(self, string_id: int) -> str:
        found = self._strings.get(string_id)
        if found is None:
            offsets = self._text_offsets
            found = str(
                cast(Any, self._text)[offsets[string_id] : offsets[string_id + 1]],
                "utf-8",
                "surrogatepass",
            )
            if len(self._strings) < _MEMO_SIZE:
                self._strings[string_id] = found
        return found

    def _tuple(self, string_id: int) -> tuple[str, ...]:
        found = self._tuples.get(string_id)
        if found is None:
            found = tuple(self._string(string_id).split("\x00")[:-1])
            if len(self._tuples) < _MEMO_SIZE:
                self._tuples[string_id] = found
        return found


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
        if not self._indexes or not number.startswith("+"):
            return None
        exact_key, range_key = _keys_of(number[1:])
        matches = [
            m for index in self._indexes if (m := index._find(exact_key, range_key)) is not None
        ]
        return merge_matches(matches) if matches else None


EMPTY_INDEX: Final = CombinedIndex()
