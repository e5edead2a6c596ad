"""Edges of the core that calls rarely reach: odd numbers, odd list rows, a busy tellows."""

from __future__ import annotations

import asyncio
from datetime import date, datetime
import json

from aiohttp import web
from aiohttp.test_utils import TestServer
from hypothesis import given, strategies as st
import pytest

from custom_components.nuisance_calls.lib.callmonitor import LineBuffer, parse_line
from custom_components.nuisance_calls.lib.exceptions import (
    InvalidNumberError,
    LineParseError,
    ListFormatError,
)
from custom_components.nuisance_calls.lib.listformats import normalize_entry_number, parse_list
from custom_components.nuisance_calls.lib.matcher import IndexBuilder
from custom_components.nuisance_calls.lib.models import CallEvent, CallEventKind
from custom_components.nuisance_calls.lib.numbers import dial_format, format_number, is_abroad
from custom_components.nuisance_calls.lib.tellows import TellowsClient


@pytest.mark.parametrize("odd", ["+", "+0", "anonymous", "**610", ""])
def test_numbers_that_are_no_e164_pass_through(odd: str) -> None:
    """Formatting, dialling and "abroad" never fail on what is not an E.164 number."""
    assert format_number(odd, "DE") == odd
    assert dial_format(odd, "DE") is None
    assert is_abroad(odd, "DE") is False


def test_a_range_needs_a_known_region() -> None:
    """A national range cannot be read without the region's country code."""
    with pytest.raises(InvalidNumberError):
        normalize_entry_number("0900*", "XX")
    assert normalize_entry_number("0900*", "DE") == "+49900*"


def test_odd_json_and_csv_rows_are_skipped_not_fatal() -> None:
    """Rows of the wrong shape are counted as skipped; the rest is read.

    (A number given as a list was once read as the digits of its text.)
    """
    document = {
        "format": "nuisance_calls",
        "entries": [
            {"number": "030 1234567", "tags": 7, "score": "8.5", "label": "ACME"},
            {"number": "030 1234568", "score": True},
            {"number": "030 1234569", "score": "inf"},
            {"number": ["030 1234570"]},
            {"number": "030 1234571", "action": "maybe"},
            3.5,
            None,
            {"number": True},
        ],
    }
    builder = IndexBuilder()
    parsed = parse_list(json.dumps(document), region="DE", into=builder)
    assert (parsed.count, parsed.skipped) == (1, 7)
    assert parse_list(json.dumps(document), region="DE").skipped == 7
    match = builder.build().lookup("+49301234567")
    assert match is not None
    assert (match.tags, match.score, match.label) == (("7",), 8.5, "ACME")


def test_csv_edges() -> None:
    """An unsniffable CSV is read as commas; comment rows are skipped; none good is an error."""
    parsed = parse_list("number,label\n# a comment\n,\n030 1234567,ACME\n", region="DE")
    assert [record.number for record in parsed.records] == ["+49301234567"]
    with pytest.raises(ListFormatError, match="no row"):
        parse_list("number,label\nnope,x\nstill no,y\n", region="DE")
    one_column = parse_list("a;b\n030 1234567;x\n", region="DE")
    assert one_column.count == 1


async def test_tellows_asks_once_for_callers_ringing_at_once(socket_enabled: None) -> None:
    """Two lines ringing with one caller: one request; a waiter past its deadline gets None;
    no request for what is not E.164 or once the day's budget is spent."""
    asked: list[str] = []
    release = asyncio.Event()

    async def answer(request: web.Request) -> web.Response:
        asked.append(request.path)
        await release.wait()
        body = b"<tellows><score>8</score></tellows>"
        return web.Response(body=body, content_type="text/xml")

    app = web.Application()
    app.router.add_get("/basic/num/{number}", answer)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    base = str(server.make_url("")).rstrip("/")
    try:
        async with TellowsClient(None, "k", "p", base_url=base, daily_budget=1) as client:
            first = asyncio.create_task(client.lookup("+4930123456", deadline=5))
            await asyncio.sleep(0.05)
            impatient = await client.lookup("+4930123456", deadline=0.01)
            second = asyncio.create_task(client.lookup("+4930123456", deadline=5))
            await asyncio.sleep(0.01)
            release.set()
            results = await asyncio.gather(first, second)
            assert impatient is None
            assert [reputation.score for reputation in results if reputation] == [8, 8]
            assert asked == ["/basic/num/004930123456"]
            assert await client.lookup("030123456") is None
            assert await client.lookup("+4930999999") is None  # budget of 1 spent
            assert client.budget.day == date.today()
            assert len(asked) == 1
    finally:
        await server.close()


@given(st.text(), st.text(), st.text(), st.text())
def test_every_call_event_carries_printable_bounded_text(
    call_id: str, caller: str, callee: str, line: str
) -> None:
    """Whatever a source hands over (any Unicode, lone surrogates included)."""
    event = CallEvent(
        CallEventKind.RING, call_id, datetime(2026, 1, 1), caller=caller, callee=callee, line=line
    )
    for value in (event.call_id, event.caller, event.callee, event.line):
        assert value.isprintable()
        assert len(value) <= 64
        value.encode("utf-8")


@given(st.binary(max_size=300))
def test_call_monitor_lines_of_any_bytes_parse_or_are_refused(data: bytes) -> None:
    """A line is an event of printable text or a LineParseError, never anything else."""
    buffer = LineBuffer()
    for line in buffer.feed(data + b"\n"):
        try:
            event = parse_line(line)
        except LineParseError:
            continue
        assert all(v.isprintable() for v in (event.call_id, event.caller, event.callee, event.line))
