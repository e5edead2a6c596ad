"""The call monitor protocol: parser and line reassembly (no HA)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from hypothesis import given, strategies as st
import pytest

from custom_components.nuisance_calls.lib.callmonitor import (
    CallMonitorClient,
    LineBuffer,
    LineParseError,
    parse_line,
)
from custom_components.nuisance_calls.lib.models import CallEvent, CallEventKind

STAMP = datetime(2026, 11, 24, 10, 15, 1)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "24.11.26 10:15:01;RING;0;0301234567;987654;SIP0;",
            CallEvent(CallEventKind.RING, "0", STAMP, "0301234567", "987654", "SIP0"),
        ),
        (
            # withheld caller: empty field
            "24.11.26 10:15:01;RING;3;;987654;SIP1;",
            CallEvent(CallEventKind.RING, "3", STAMP, "", "987654", "SIP1"),
        ),
        (
            # no trailing semicolon, extra trailing fields of newer firmware
            "24.11.26 10:15:01;RING;0;0301234567;987654;SIP0;extra;more",
            CallEvent(CallEventKind.RING, "0", STAMP, "0301234567", "987654", "SIP0"),
        ),
        (
            "24.11.26 10:15:01;CALL;1;12;987654;0301234567;SIP0;",
            CallEvent(
                CallEventKind.OUTGOING,
                "1",
                STAMP,
                caller="987654",
                callee="0301234567",
                line="SIP0",
                extension="12",
            ),
        ),
        (
            "24.11.26 10:15:01;CONNECT;0;12;0301234567;",
            CallEvent(CallEventKind.CONNECT, "0", STAMP, caller="0301234567", extension="12"),
        ),
        (
            "24.11.26 10:15:01;DISCONNECT;0;61;",
            CallEvent(CallEventKind.DISCONNECT, "0", STAMP, duration=61),
        ),
        (
            # RING from an older box without the line field
            "24.11.26 10:15:01;RING;0;0301234567;987654;",
            CallEvent(CallEventKind.RING, "0", STAMP, "0301234567", "987654", ""),
        ),
    ],
)
def test_parse_real_lines(line: str, expected: CallEvent) -> None:
    """Every line shape the box sends is understood."""
    assert parse_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "",
        "hello",
        "24.11.26 10:15:01;PING;0;",
        "24.11.26 10:15:01;RING;0;",
        "99.99.99 10:15:01;RING;0;030;987;SIP0;",
        "24.11.26 10:15:01;DISCONNECT;0;abc;",
        "24.11.26 10:15:01;DISCONNECT;0;-5;",
        "24.11.26 10:15:01;RING;;030;987;SIP0;",
        "\x00\xff;;;;",
    ],
)
def test_parse_rejects_garbage(line: str) -> None:
    """Unknown events, missing fields and bad values raise LineParseError."""
    with pytest.raises(LineParseError):
        parse_line(line)


def test_buffer_handles_crlf_split_and_batched_reads() -> None:
    """Lines split across reads, several per read, CRLF and LF."""
    buffer = LineBuffer()
    assert buffer.feed(b"24.11.26 10:15:01;RING;0;03") == []
    assert buffer.feed(b"0;987;SIP0;\r") == []
    assert buffer.feed(b"\nline two\nline three\r\nfour") == [
        "24.11.26 10:15:01;RING;0;030;987;SIP0;",
        "line two",
        "line three",
    ]
    assert buffer.feed(b"\n\n\r\n") == ["four"]


def test_buffer_drops_overlong_lines_and_recovers() -> None:
    """A line over the limit is dropped whole; memory stays bounded."""
    buffer = LineBuffer(max_length=32)
    assert buffer.feed(b"x" * 20) == []
    assert buffer.feed(b"y" * 20) == []  # now over the limit: discarding
    assert buffer.feed(b"z" * 10_000) == []
    assert len(buffer._buffer) == 0
    assert buffer.feed(b"still the long line\nok\n") == ["ok"]
    assert buffer.dropped == 1
    assert buffer.feed(b"a" * 40 + b"\nfine\n") == ["fine"]
    assert buffer.dropped == 2


@given(st.lists(st.binary(max_size=300), max_size=30))
def test_fuzz_buffer_and_parser_never_crash(chunks: list[bytes]) -> None:
    """Arbitrary bytes: the buffer stays bounded, the parser only raises LineParseError."""
    buffer = LineBuffer(max_length=256)
    for chunk in chunks:
        for line in buffer.feed(chunk):
            assert "\n" not in line
            try:
                event = parse_line(line)
            except LineParseError:
                continue
            assert event.call_id
        assert len(buffer._buffer) <= 256


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["RING", "CALL", "CONNECT", "DISCONNECT"]),
            st.integers(0, 9),
            st.text(alphabet="0123456789+", max_size=15),
        ),
        max_size=20,
    ),
    st.data(),
)
def test_fuzz_fragmentation_does_not_change_events(
    lines: list[tuple[str, int, str]], data: st.DataObject
) -> None:
    """However the stream is cut into reads, the same lines come out."""
    text = "".join(
        f"24.11.26 10:15:01;{kind};{cid};{num};12;{num};SIP0;\r\n" for kind, cid, num in lines
    ).encode()
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=10)))
    buffer = LineBuffer()
    out: list[str] = []
    previous = 0
    for cut in [*cuts, len(text)]:
        out += buffer.feed(text[previous:cut])
        previous = cut
    assert out == [line for line in text.decode().split("\r\n") if line]


def test_backoff_grows_to_cap_with_jitter() -> None:
    """Delays double from the initial value up to the cap, randomised 50-100 %."""
    client = CallMonitorClient("h", 1, max_backoff=300)
    for attempt, ceiling in [(0, 1), (1, 2), (3, 8), (8, 256), (9, 300), (100, 300)]:
        delays = [client.backoff_delay(attempt) for _ in range(50)]
        assert all(ceiling * 0.5 <= d <= ceiling for d in delays)
        assert len(set(delays)) > 1


def test_keepalive_is_enabled_on_the_socket(socket_enabled: None) -> None:
    """A silently dead box is noticed: keepalive on, probing after 60 s idle."""
    import socket

    from custom_components.nuisance_calls.lib.callmonitor import _enable_keepalive

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        _enable_keepalive(sock)
        assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == 1
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE) == 60
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL) == 10
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT) == 3


async def test_client_reconnects_and_reports_events_in_order(socket_enabled: None) -> None:
    """The bare client (no HA) as a call source: events in order, drop noticed,
    reconnect by itself; after ``stop`` (leaving ``async with``) the sinks hear nothing."""
    import asyncio

    from simulator import FritzBoxSimulator

    sim = FritzBoxSimulator()
    await sim.start()
    events: list[CallEvent] = []
    states: list[bool] = []
    try:
        async with CallMonitorClient("127.0.0.1", sim.port, initial_backoff=0.01) as client:
            await client.start(events.append, states.append)
            with pytest.raises(RuntimeError):
                await client.start(events.append, states.append)
            await _talk(sim, events)
            observed_states = list(states)
        assert states == [*observed_states, False]
        await sim.ring("0309999999")  # after stop: nobody listens any more
        await asyncio.sleep(0.05)
    finally:
        await sim.stop()
    assert [e.kind for e in events] == [
        CallEventKind.RING,
        CallEventKind.CONNECT,
        CallEventKind.DISCONNECT,
        CallEventKind.RING,
    ]
    assert events[2].duration == 3
    assert events[3].caller == ""
    assert observed_states == [True, False, True]
    assert client.reconnects == 1


async def _talk(sim: Any, events: list[CallEvent]) -> None:
    """A call, a dropped connection, and a withheld ring after the reconnect."""
    import asyncio

    await sim.wait_for_clients(1)
    first = await sim.ring("0301234567")
    await sim.answer(first)
    await sim.hang_up(first, 3)
    await sim.drop_clients()
    await sim.wait_for_clients(1)
    await sim.ring("")
    async with asyncio.timeout(5):
        while len(events) < 4:
            await asyncio.sleep(0.01)


async def test_flapping_box_is_one_outage_with_growing_pauses(
    socket_enabled: None, caplog: pytest.LogCaptureFixture
) -> None:
    """A box that accepts and drops at once: one warning, backoff keeps growing."""
    import asyncio
    import logging

    connections = 0

    async def accept_and_drop(_r: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        writer.close()

    server = await asyncio.start_server(accept_and_drop, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    client = CallMonitorClient("127.0.0.1", port, initial_backoff=0.01, max_backoff=10)
    delays: list[float] = []
    real_delay = client.backoff_delay

    def recording_delay(attempt: int) -> float:
        delays.append(attempt)
        return real_delay(attempt) if attempt < 5 else 0.01

    client.backoff_delay = recording_delay  # type: ignore[method-assign]
    caplog.set_level(logging.DEBUG, logger="custom_components.nuisance_calls")
    task = asyncio.create_task(client.run(lambda _e: None, lambda _c: None))
    try:
        async with asyncio.timeout(5):
            while connections < 8:
                await asyncio.sleep(0.01)
    finally:
        task.cancel()
        server.close()
        await server.wait_closed()
    assert delays[:6] == [0, 1, 2, 3, 4, 5]
    ours = [r for r in caplog.records if r.name.startswith("custom_components")]
    warnings = [r for r in ours if r.levelno == logging.WARNING]
    infos = [r for r in ours if r.levelno == logging.INFO]
    assert len(warnings) == 1
    assert len(infos) == 1
