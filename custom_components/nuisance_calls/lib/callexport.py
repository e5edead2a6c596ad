"""The call log as CSV: what a regulator's complaint form asks for.

One row per recorded incoming call: local date and time, the number (E.164
and as dialled at home), the label and tags it had when it rang, the line,
how it ended and how long it lasted. Text from lists is written so that a
spreadsheet shows it and never runs it (no formulas).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
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
)
FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
_PHONE_NUMBER: Final = re.compile(r"\+[0-9][0-9 ]*")
_NUMBERS_KEPT: Final = 10_000
"""Callers whose two number cells are remembered while writing (a caller has many calls)."""


class _Writable(Protocol):
    def write(self, text: str, /) -> object: ...


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
) -> str:
    """The rows as CSV text with a header line."""
    out = io.StringIO()
    write_calls_csv(
        out,
        ((row.number, row.record) for row in rows),
        timezone=timezone,
        formatted=formatted,
        line_name=line_name,
    )
    return out.getvalue()


def calls_csv_file(
    calls: Iterable[tuple[str, CallRecord]],
    *,
    timezone: tzinfo,
    formatted: Callable[[str], str],
    line_name: Callable[[CallRecord], str],
) -> tuple[bytes, int]:
    """The export file's content (UTF-8 with a byte order mark, for spreadsheets), and its rows.

    ``calls``: (caller's number, call) pairs, oldest first, used one at a time.
    Blocking: run it in an executor, with the call log's rows as they are read.
    """
    out = io.StringIO()
    count = write_calls_csv(out, calls, timezone=timezone, formatted=formatted, line_name=line_name)
    return out.getvalue().encode("utf-8-sig"), count


def write_calls_csv(
    out: _Writable,
    calls: Iterable[tuple[str, CallRecord]],
    *,
    timezone: tzinfo,
    formatted: Callable[[str], str],
    line_name: Callable[[CallRecord], str],
) -> int:
    """Write the header and one row per call to ``out``; how many calls.

    Each call is written and let go: nothing grows but ``out``.
    """
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    numbers: dict[str, tuple[str, str]] = {}
    count = 0
    for number, record in calls:
        cells = numbers.get(number)
        if cells is None:
            if len(numbers) >= _NUMBERS_KEPT:
                numbers.clear()
            cells = numbers[number] = (safe_cell(number), safe_cell(formatted(number)))
        local: datetime = record.time.astimezone(timezone)
        ringing = record.outcome is Outcome.RINGING
        writer.writerow(
            (
                local.date().isoformat(),
                local.time().replace(microsecond=0).isoformat(),
                cells[0],
                cells[1],
                safe_cell(record.label),
                safe_cell(" ".join(record.tags)),
                record.verdict,
                safe_cell(line_name(record)),
                record.outcome.value,
                "" if ringing or record.duration is None else record.duration,
            )
        )
        count += 1
    return count
