"""The simulated FRITZ!Box speaks the box's protocol (what tests and the demo rely on)."""

from __future__ import annotations

import asyncio

from custom_components.nuisance_calls.lib.callmonitor import LineBuffer, parse_line
from custom_components.nuisance_calls.lib.models import CallEvent, CallEventKind
from simulator import FritzBoxSimulator


async def _collect(reader: asyncio.StreamReader, count: int) -> list[CallEvent]:
    buffer = LineBuffer()
    events: list[CallEvent] = []
    async with asyncio.timeout(5):
        while len(events) < count:
            events += [parse_line(line) for line in buffer.feed(await reader.read(4096))]
    return events


async def test_command_language(socket_enabled: None) -> None:
    """ring/withheld/answer/hangup/call/parallel produce the right lines."""
    sim = FritzBoxSimulator()
    await sim.start()
    reader, writer = await asyncio.open_connection("127.0.0.1", sim.port)
    replies: list[str] = []
    try:
        await sim.wait_for_clients(1)
        for command in (
            "ring 0301234567",
            "withheld",
            "answer 0",
            "hangup 0 42",
            "call 0891234",
            "nonsense",
            "answer notanumber",
        ):
            await sim.run_command(command, replies.append)
        events = await _collect(reader, 5)
    finally:
        writer.close()
        await sim.stop()
    assert [(e.kind, e.call_id) for e in events] == [
        (CallEventKind.RING, "0"),
        (CallEventKind.RING, "1"),
        (CallEventKind.CONNECT, "0"),
        (CallEventKind.DISCONNECT, "0"),
        (CallEventKind.OUTGOING, "2"),
    ]
    assert events[0].caller == "0301234567"
    assert events[1].caller == ""
    assert events[3].duration == 42
    assert events[4].callee == "0891234"
    assert replies[0] == "ringing: id 0"
    assert "unknown command" in replies[5]
    assert "bad arguments" in replies[6]
