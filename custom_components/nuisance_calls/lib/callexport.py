"""The call log as CSV: what a regulator's complaint form asks for.

One row per recorded incoming call: local date and time, the number (E.164
and as dialled at home), the label and tags it had when it rang, the line,
how it ended and how long it lasted, and the household's notes: the one on
the call and the one on the caller ("said no on 12 Nov": a call after a clear
refusal is what a regulator asks about). Text from lists and notes is
written so that a spreadsheet shows it and never runs it (no formulas).
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterable, Mapping
import csv
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
import io
import re
from typing import Final, Protocol

from .register import CallRecord, Outcome

__all__ = [
    "COLUMNS",
    "FORMULA_START",
    "ExportedCall",
    "calls_csv",
    "calls_csv_file",
    "day_bounds",
    "safe_cell",
    "write_calls_csv",
]


COLUMNS: Final = (
    "date",
    "time",
    "number",
    "formatted_number",
    "label",
    "tags",
    "verdict",
    "line",
    "outcome",
    "duration",
    "call_note",
    "caller_note",
)
FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
_PHONE_NUMBER: Final = re.compile(r"\+[0-9][0-9 ]*")
_CHUNK: Final = 1 << 16
"""Characters of CSV text encoded at a time into the file's bytes."""


class _Writable(Protocol):
    def write(self, text: str, /) -> object: ...


class _Utf8Chunks:
    """Text in, UTF-8 out: encoded a chunk at a time, kept as a list of chunks.

    Encoding a whole export at once, or copying it into one buffer (tens of
    MB, and as many fresh pages of memory), holds the GIL, and so stalls the
    event loop, for tens of milliseconds; a chunk takes well under one.
    """

    def __init__(self, start: bytes) -> None:
        self.chunks: list[bytes] = [start]
        self._parts: list[str] = []
        self._size = 0

    def write(self, text: str) -> int:
        self._parts.append(text)
        self._size += len(text)
        if self._size >= _CHUNK:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self._parts:
            self.chunks.append("".join(self._parts).encode())
        self._parts.clear()
        self._size = 0


@dataclass(frozen=True, slots=True)
class ExportedCall:
    """One row of the export: a caller's number and one of their calls."""

    number: str
    record: CallRecord


def day_bounds(
    start: date | None, end: date | None, timezone: tzinfo
) -> tuple[datetime | None, datetime | None]:
    """From the local midnight that starts ``start`` to the one that ends ``end``."""
    first = datetime.combine(start, time(), timezone) if start is not None else None
    last = datetime.combine(end + timedelta(days=1), time(), timezone) if end is not None else None
    return first, last


def safe_cell(text: str) -> str:
    """Text a spreadsheet shows as text (a leading ``=``, ``+``, ``-``, ``@`` would run).

    An international number (``+49 30 123456``: a plus, digits and spaces) runs
    nothing and stays as it is.
    """
    if not text.startswith(FORMULA_START) or _PHONE_NUMBER.fullmatch(text):
        return text
    return "'" + text


def calls_csv(
    rows: Iterable[ExportedCall],
    *,
    timezone: tzinfo,
    formatted: Callable[[str], str],
    line_name: Callable[[CallRecord], str],
    caller_notes: Mapping[str, str] | None = None,
) -> str:
    """The rows as CSV text with a header line."""
    out = io.StringIO()
    write_calls_csv(
        out,
        ((row.number, row.record) for row in rows),
        timezone=timezone,
        formatted=formatted,
        line_name=line_name,
        caller_notes=caller_notes,
    )
    return out.getvalue()


def calls_csv_file(
    calls: Iterable[tuple[str, CallRecord]],
    *,
    timezone: tzinfo,
    formatted: Callable[[str], str],
    line_name: Callable[[CallRecord], str],
    caller_notes: Mapping[str, str] | None = None,
) -> tuple[list[bytes], int]:
    """The export file's content in chunks (UTF-8 with a byte order mark, for spreadsheets),
    and its rows.

    ``calls``: (caller's number, call) pairs, oldest first, used one at a time.
    Blocking: run it in an executor, with the call log's rows as they are read.
    """
    out = _Utf8Chunks(codecs.BOM_UTF8)
    count = write_calls_csv(
        out,
        calls,
        timezone=timezone,
        formatted=formatted,
        line_name=line_name,
        caller_notes=caller_notes,
    )
    out.flush()
    return out.chunks, count


def write_calls_csv(
    out: _Writable,
    calls: Iterable[tuple[str, CallRecord]],
    *,
    timezone: tzinfo,
    formatted: Callable[[str], str],
    line_name: Callable[[CallRecord], str],
    caller_notes: Mapping[str, str] | None = None,
) -> int:
    """Write the header and one row per call to ``out``; how many calls.

    Each call is written and let go: nothing grows but ``out``.
    ``caller_notes``: the notes on callers by number (a call's own note is
    its record's ``note``).
    """
    notes = caller_notes or {}
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    write = writer.writerow
    # The cells that recur (a caller's numbers, labels, tags), made once.
    numbers: dict[str, tuple[str, str, str]] = {}
    labels: dict[str, str] = {}
    tags: dict[tuple[str, ...], str] = {}
    count = 0
    for number, record in calls:
        cells = numbers.get(number)
        if cells is None:
            cells = numbers[number] = (
                safe_cell(number),
                safe_cell(formatted(number)),
                safe_cell(notes.get(number, "")),
            )
        label = labels.get(record.label)
        if label is None:
            label = labels[record.label] = safe_cell(record.label)
        tag = tags.get(record.tags)
        if tag is None:
            tag = tags[record.tags] = safe_cell(" ".join(record.tags))
        # 2026-11-30T09:15:02+01:00: the date, and the time to the second.
        local = record.time.astimezone(timezone).isoformat(timespec="seconds")
        outcome = record.outcome
        write(
            (
                local[:10],
                local[11:19],
                cells[0],
                cells[1],
                label,
                tag,
                record.verdict,
                safe_cell(line_name(record)),
                outcome.value,
                "" if outcome is Outcome.RINGING or record.duration is None else record.duration,
                safe_cell(record.note) if record.note else "",
                cells[2],
            )
        )
        count += 1
    return count
