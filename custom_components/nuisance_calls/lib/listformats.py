"""Reading shared lists: plain text, CSV, JSON, callblocker JSON, our export.

Every format yields ``ListRecord``s with normalised numbers. A line or entry
that cannot be read is skipped and counted, never fatal; a document that is
not a list at all raises ``ListFormatError``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
import csv
from dataclasses import dataclass, field
from enum import StrEnum
import io
from itertools import compress
import json
import math
import operator
import re
from typing import Any, Final

from phonenumbers.phonemetadata import PhoneMetadata
from phonenumbers.phonenumberutil import country_code_for_region

from .exceptions import InvalidNumberError, ListFormatError
from .matcher import IndexBuilder, ListRecord, record_key
from .numbers import normalize
from .text import clean_label, clean_tag

__all__ = [
    "EXPORT_FORMAT",
    "EXPORT_VERSION",
    "ListFormat",
    "ListFormatError",
    "ParsedList",
    "detect_format",
    "export_document",
    "normalize_entry_number",
    "parse_list",
]


EXPORT_FORMAT: Final = "nuisance_calls"
EXPORT_VERSION: Final = 1

_NUMBER_COLUMNS: Final = ("number", "phone", "phone_number", "nummer", "rufnummer", "numero", "tel")
_LABEL_COLUMNS: Final = ("label", "name", "company", "firma", "caller", "nome", "description")
_TAG_COLUMNS: Final = ("tags", "tag", "category", "categories", "kategorie", "categoria", "type")
_SCORE_COLUMNS: Final = ("score", "rating", "spam_score", "punteggio")
_ACTION_COLUMNS: Final = ("action", "verdict")

_BARE_E164_LINE: Final = re.compile(r"^\+([1-9][0-9]{5,14})\n", re.MULTILINE)
"""The commonest line of a big list: a number in E.164 form and nothing else."""
_E164_LINE: Final = re.compile(r"^[ \t]*\+([1-9][0-9]{5,14})[ \t]*(?:#[^\n]*)?\n", re.MULTILINE)
"""A line of a text list that is one E.164 number and nothing else (a comment at most).

Most lines of a big list are; they are read in bulk, the others one by one.
"""
_E164_RANGE_LINE: Final = re.compile(
    r"^[ \t]*\+([1-9][0-9]{1,14})\*[ \t]*(?:#[^\n]*)?\n", re.MULTILINE
)
"""A line that is one range in E.164 form (``+49900*``), and a comment at most."""
_E164_NUMBER: Final = re.compile(r"\+[1-9][0-9]{5,14}")
_TEXT_CHUNK: Final = 1 << 18
"""Characters of a text list read in bulk at a time: each step is a short call
(the event loop's thread gets the GIL in between when this runs in a thread)."""


class ListFormat(StrEnum):
    """The formats a shared list can have."""

    TEXT = "text"
    CSV = "csv"
    JSON = "json"
    CALLBLOCKER = "callblocker"
    EXPORT = "nuisance_calls"


@dataclass(slots=True)
class ParsedList:
    """The readable entries of a list, and how many were not."""

    format: ListFormat
    records: list[ListRecord] = field(default_factory=list)
    """The entries, unless they went straight into an ``IndexBuilder``."""
    skipped: int = 0
    name: str = ""
    count: int = 0
    """Entries read (whether kept in ``records`` or sent to a builder)."""


def normalize_entry_number(raw: str, region: str) -> str:
    """A list's number or range (``0900*``, ``+49 900*``) in E.164 form.

    Raises ``InvalidNumberError``.
    """
    text = raw.strip()
    if not text.endswith("*"):
        digits = text[1:]
        if (
            text[:1] == "+"
            and digits.isdigit()
            and digits.isascii()
            and 6 <= len(digits) <= 15
            and digits[0] != "0"
        ):
            return text  # already E.164: skip the (slow) full parse
        return normalize(text, region)
    digits = "".join(ch for ch in text[:-1] if ch.isdigit())
    stripped = text.lstrip()
    if stripped.startswith("+"):
        prefix = digits
    elif digits.startswith("00"):
        prefix = digits[2:]
    else:
        metadata = PhoneMetadata.metadata_for_region(region.upper(), None)
        code = country_code_for_region(region.upper())
        if metadata is None or not code:
            raise InvalidNumberError(raw)
        national = metadata.national_prefix or ""
        if national and digits.startswith(national):
            digits = digits[len(national) :]
        if not digits:
            # "*" or "0*" would be the whole country: never what a line means.
            raise InvalidNumberError(raw)
        prefix = f"{code}{digits}"
    number = f"+{prefix}*"
    if len(prefix) < 2 or record_key(number) is None:
        raise InvalidNumberError(raw)
    return number


def _split_tags(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        parts: Iterable[Any] = value.replace(";", "|").replace(",", "|").split("|")
    elif isinstance(value, list | tuple):
        parts = value
    else:
        parts = (value,)
    return tuple(dict.fromkeys(t for t in (clean_tag(str(p)) for p in parts) if t))


def _score(value: Any) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise TypeError("bad score")
    score = float(value)
    if not math.isfinite(score):
        raise ValueError("bad score")
    return score


class _Builder:
    def __init__(
        self,
        fmt: ListFormat,
        region: str,
        source: str,
        allow: bool,
        into: IndexBuilder | None,
    ) -> None:
        self.result = ParsedList(fmt)
        self._region = region
        self._source = source
        self._allow = allow
        self._into = into

    @property
    def into_index(self) -> bool:
        """Whether entries go straight into an index builder."""
        return self._into is not None

    def add(
        self,
        number: Any,
        label: Any = None,
        tags: Any = None,
        score: Any = None,
        action: Any = None,
    ) -> None:
        if self._into is not None and label is tags is score is action is None:
            self._add_plain(number)
            return
        try:
            record = self._record(number, label, tags, score, action)
        except InvalidNumberError, ValueError, TypeError:
            self.result.skipped += 1
            return
        self.result.count += 1
        if self._into is None:
            self.result.records.append(record)
        else:
            self._into.add_record(record)

    def add_e164_digits(self, digits: list[str]) -> None:
        """Plain E.164 numbers (their digits, checked by ``_E164_LINE``) into the index builder."""
        assert self._into is not None
        self._into.add_digits(digits, allow=self._allow, source=self._source)
        self.result.count += len(digits)

    def add_e164_ranges(self, prefixes: list[str]) -> None:
        """Plain E.164 ranges (their digits, checked by ``_E164_RANGE_LINE``) into the builder."""
        assert self._into is not None
        self._into.add_range_digits(prefixes, allow=self._allow, source=self._source)
        self.result.count += len(prefixes)

    def _add_plain(self, number: Any) -> None:
        """A bare number into the index builder, with no object per entry.

        The common case of plain lists: reading a million lines then does
        not keep waking the garbage collector (which walks all of HA).
        """
        assert self._into is not None
        if not isinstance(number, str | int) or isinstance(number, bool):
            self.result.skipped += 1  # a list or an object where a number belongs
            return
        try:
            added = self._into.add(
                normalize_entry_number(str(number), self._region),
                allow=self._allow,
                source=self._source,
            )
        except InvalidNumberError:
            added = False
        if added:
            self.result.count += 1
        else:
            self.result.skipped += 1

    def _record(self, number: Any, label: Any, tags: Any, score: Any, action: Any) -> ListRecord:
        if not isinstance(number, str | int) or isinstance(number, bool):
            raise TypeError("number must be text")
        allow = self._allow
        if action is not None:
            verdict = str(action).lower()
            if verdict not in ("flag", "allow"):
                raise ValueError("bad action")
            allow = verdict == "allow"
        return ListRecord(
            number=normalize_entry_number(str(number), self._region),
            allow=allow,
            tags=_split_tags(tags),
            label=clean_label(label if isinstance(label, str) else None),
            score=_score(score),
            source=self._source,
        )


def detect_format(text: str) -> ListFormat:
    """Guess a document's format from its first lines."""
    head = text[:8192]
    if head.lstrip()[:1] in ("{", "["):
        return ListFormat.JSON
    for line in head.splitlines()[:20]:
        content = line.split("#", 1)[0].strip()
        if any(separator in content for separator in (",", ";", "\t")):
            return ListFormat.CSV
    return ListFormat.TEXT


def parse_list(
    data: bytes | str,
    *,
    region: str,
    source: str = "",
    allow: bool = False,
    into: IndexBuilder | None = None,
) -> ParsedList:
    """Read a list document in any supported format.

    ``allow`` says what entries without their own action do (a subscription
    is a block list or an allow list). With ``into``, entries go straight
    into that index builder instead of ``records`` (no object per entry is
    kept). Raises ``ListFormatError`` when the document is not a list at all.
    """
    text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    # Old Macs end lines with CR alone ("CSV (Macintosh)"); NUL is no text at all.
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise ListFormatError("binary data, not text")
    try:
        match detect_format(text):
            case ListFormat.JSON:
                return _parse_json(_Builder(ListFormat.JSON, region, source, allow, into), text)
            case ListFormat.CSV:
                return _parse_csv(_Builder(ListFormat.CSV, region, source, allow, into), text)
            case _:
                return _parse_text(_Builder(ListFormat.TEXT, region, source, allow, into), text)
    except csv.Error as err:
        raise ListFormatError(f"not readable as CSV: {err}") from None
    except RecursionError:
        raise ListFormatError("JSON nested too deep") from None


def _parse_text(builder: _Builder, text: str) -> ParsedList:
    if builder.into_index:
        text = _read_e164_lines(builder, text)
    for line in io.StringIO(text):
        comment = line.find("#")
        content = (line if comment < 0 else line[:comment]).strip()
        if content:
            builder.add(content)
    if builder.result.skipped and not builder.result.count:
        raise ListFormatError("no line is a phone number")
    return builder.result


def _read_e164_lines(builder: _Builder, text: str) -> str:
    """Read the lines that are plain E.164 numbers or ranges in bulk; the other lines.

    The same as reading them one by one (a line's number before any ``#``,
    stripped), without a Python step per line: a million-line list is read
    in a fraction of a second. Bare numbers first (the quickest pattern),
    then numbers with spaces or a comment, then ranges.
    """
    for pattern, add in (
        (_BARE_E164_LINE, builder.add_e164_digits),
        (_E164_LINE, builder.add_e164_digits),
        (_E164_RANGE_LINE, builder.add_e164_ranges),
    ):
        text = _split_off(pattern, text if text.endswith("\n") else text + "\n", add)
    return text


def _split_off(pattern: re.Pattern[str], text: str, add: Callable[[list[str]], None]) -> str:
    """Hand the first group of each line ``pattern`` matches to ``add``; the other lines.

    The text (whole lines) is split in chunks, so that no step holds the GIL
    for long when this runs in a thread.
    """
    rest: list[str] = []
    start = 0
    while start < len(text):
        end = text.find("\n", start + _TEXT_CHUNK)
        end = len(text) if end < 0 else end + 1
        parts = pattern.split(text[start:end])
        add(parts[1::2])
        rest.append("".join(parts[0::2]))
        start = end
    return "".join(rest)


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    for index, cell in enumerate(header):
        if cell.strip().lower().replace(" ", "_") in names:
            return index
    return None


def _parse_csv(builder: _Builder, text: str) -> ParsedList:
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows: Iterator[list[str]] = csv.reader(io.StringIO(text), dialect)
    columns: tuple[int | None, ...] = (0, 1, 2, 3, None)
    first = True
    for row in rows:
        if not row or not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue
        if first:
            first = False
            number_column = _column(row, _NUMBER_COLUMNS)
            if number_column is not None:
                columns = (
                    number_column,
                    _column(row, _LABEL_COLUMNS),
                    _column(row, _TAG_COLUMNS),
                    _column(row, _SCORE_COLUMNS),
                    _column(row, _ACTION_COLUMNS),
                )
                continue

        def cell(index: int | None, row: list[str] = row) -> str | None:
            return row[index] if index is not None and index < len(row) else None

        builder.add(
            cell(columns[0]), cell(columns[1]), cell(columns[2]), cell(columns[3]), cell(columns[4])
        )
    if builder.result.skipped and not builder.result.count:
        raise ListFormatError("no row has a phone number")
    return builder.result


def _parse_json(builder: _Builder, text: str) -> ParsedList:
    try:
        document = json.loads(text)
    except ValueError as err:
        raise ListFormatError(f"not valid JSON: {err}") from None
    fmt = ListFormat.JSON
    name = ""
    entries: Any = document
    if isinstance(document, Mapping):
        entries = document.get("entries")
        name = clean_label(document.get("name") if isinstance(document.get("name"), str) else "")
        if document.get("format") == EXPORT_FORMAT:
            fmt = ListFormat.EXPORT
        elif "entries" in document:
            fmt = ListFormat.CALLBLOCKER
    if not isinstance(entries, list):
        raise ListFormatError("JSON without a list of entries")
    builder.result.format = fmt
    builder.result.name = name
    if builder.into_index:
        # Plain E.164 strings in bulk (as _add_plain would take them); the rest one by one.
        plain = [
            isinstance(entry, str) and _E164_NUMBER.fullmatch(entry) is not None
            for entry in entries
        ]
        builder.add_e164_digits([entry[1:] for entry in compress(entries, plain)])
        entries = list(compress(entries, map(operator.not_, plain)))
    for entry in entries:
        if isinstance(entry, str | int) and not isinstance(entry, bool):
            builder.add(entry)
        elif isinstance(entry, Mapping):
            builder.add(
                _first(entry, _NUMBER_COLUMNS),
                _first(entry, _LABEL_COLUMNS),
                _first(entry, _TAG_COLUMNS),
                _first(entry, _SCORE_COLUMNS),
                _first(entry, _ACTION_COLUMNS) if fmt is ListFormat.EXPORT else None,
            )
        else:
            builder.result.skipped += 1
    return builder.result


def _first(entry: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        if name in entry:
            return entry[name]
    return None


def export_document(name: str, records: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """This integration's own list format (what ``export_list`` writes)."""
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "name": name,
        "entries": [
            {
                "number": record["number"],
                "action": record["action"],
                "tags": list(record.get("tags", ())),
                "label": record.get("label", ""),
                **({"score": record["score"]} if record.get("score") is not None else {}),
            }
            for record in records
        ],
    }
