"""The FRITZ!Box call monitor (TCP port 1012): protocol parser and client.

The box writes one line per call event, fields separated by ``;``::

    24.11.26 10:15:01;RING;0;0301234567;987654;SIP0;
    24.11.26 10:15:05;CALL;1;12;987654;0301234567;SIP0;
    24.11.26 10:15:09;CONNECT;0;12;0301234567;
    24.11.26 10:16:10;DISCONNECT;0;61;

The client is native asyncio: one task reads the socket, reconnects forever
with exponential backoff and jitter, and hands every parsed event to a
callback in the event loop, without threads or queues.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
import contextlib
from datetime import datetime
import logging
import random
import socket
from typing import Any, Final, Self

from .exceptions import LineParseError
from .models import CallEvent, CallEventKind, ConnectionSink, EventSink
from .text import clean_text

__all__ = [
    "DEFAULT_PORT",
    "MAX_LINE_LENGTH",
    "STABLE_AFTER",
    "CallMonitorClient",
    "LineBuffer",
    "LineParseError",
    "TaskFactory",
    "parse_line",
    "probe",
]


_LOGGER = logging.getLogger(__name__)

DEFAULT_PORT: Final = 1012
STABLE_AFTER: Final = 30.0
"""Seconds a connection must last before the backoff starts again at 1 s."""
MAX_LINE_LENGTH: Final = 1024
"""Real lines are < 200 bytes; anything longer is garbage and is dropped."""

_TIME_FORMAT: Final = "%d.%m.%y %H:%M:%S"
_KINDS: Final = {
    "RING": CallEventKind.RING,
    "CALL": CallEventKind.OUTGOING,
    "CONNECT": CallEventKind.CONNECT,
    "DISCONNECT": CallEventKind.DISCONNECT,
}
# Minimum number of fields (after the trailing ";" is stripped) per event.
_MIN_FIELDS: Final = {
    CallEventKind.RING: 5,
    CallEventKind.OUTGOING: 6,
    CallEventKind.CONNECT: 4,
    CallEventKind.DISCONNECT: 4,
}


def parse_line(line: str) -> CallEvent:
    """Parse one call monitor line (without its line ending).

    Raises ``LineParseError`` for unknown event names, missing fields or a bad
    timestamp. Extra trailing fields (newer firmware adds some) are ignored.
    """
    fields = line.strip().split(";")
    if fields and fields[-1] == "":
        fields.pop()
    if len(fields) < 3:
        raise LineParseError(f"too few fields: {line!r}")
    kind = _KINDS.get(fields[1].strip().upper())
    if kind is None:
        raise LineParseError(f"unknown event {fields[1]!r}")
    if len(fields) < _MIN_FIELDS[kind]:
        raise LineParseError(f"too few fields for {kind.name}: {line!r}")
    try:
        time = datetime.strptime(fields[0].strip(), _TIME_FORMAT)
    except ValueError as err:
        raise LineParseError(f"bad timestamp {fields[0]!r}") from err
    call_id = clean_text(fields[2])
    if not call_id:
        raise LineParseError(f"empty connection id: {line!r}")
    rest = [field.strip() for field in fields[3:]]

    def field(index: int) -> str:
        return rest[index] if index < len(rest) else ""

    match kind:
        case CallEventKind.RING:
            # RING;id;caller;callee;line
            return CallEvent(kind, call_id, time, caller=field(0), callee=field(1), line=field(2))
        case CallEventKind.OUTGOING:
            # CALL;id;extension;own number;dialled number;line
            return CallEvent(
                kind,
                call_id,
                time,
                extension=field(0),
                caller=field(1),
                callee=field(2),
                line=field(3),
            )
        case CallEventKind.CONNECT:
            # CONNECT;id;extension;remote number
            return CallEvent(kind, call_id, time, extension=field(0), caller=field(1))
        case CallEventKind.DISCONNECT:
            # DISCONNECT;id;duration in seconds
            try:
                duration = int(field(0))
            except ValueError as err:
                raise LineParseError(f"bad duration {field(0)!r}") from err
            if duration < 0:
                raise LineParseError(f"negative duration {duration}")
            return CallEvent(kind, call_id, time, duration=duration)


class LineBuffer:
    """Reassembles lines from TCP reads of any size, with a bounded buffer.

    Accepts LF and CRLF endings. A line longer than ``max_length`` is dropped
    whole (up to its next newline), so a box - or anything else listening on
    the port - that never sends a newline cannot make the buffer grow.
    """

    def __init__(self, max_length: int = MAX_LINE_LENGTH) -> None:
        self._max_length = max_length
        self._buffer = bytearray()
        self._discarding = False
        self.dropped = 0
        """Number of over-long lines dropped so far."""

    def feed(self, data: bytes) -> list[str]:
        """Add received bytes; return the complete lines they finish."""
        lines: list[str] = []
        start = 0
        while (end := data.find(b"\n", start)) != -1:
            chunk = data[start:end]
            start = end + 1
            if self._discarding:
                self._discarding = False
                continue
            if len(self._buffer) + len(chunk) > self._max_length:
                self._buffer.clear()
                self.dropped += 1
                continue
            self._buffer += chunk
            line = self._buffer.decode("utf-8", errors="replace").rstrip("\r")
            self._buffer.clear()
            if line.strip():
                lines.append(line)
        tail = data[start:]
        if not self._discarding:
            if len(self._buffer) + len(tail) > self._max_length:
                self._buffer.clear()
                self._discarding = True
                self.dropped += 1
            else:
                self._buffer += tail
        return lines

    def reset(self) -> None:
        """Forget a partial line (the connection it came from is gone)."""
        self._buffer.clear()
        self._discarding = False


def _enable_keepalive(sock: socket.socket | None) -> None:
    """Notice a box that vanished without closing the connection.

    The call monitor is silent between calls, so without keepalive a dead box
    (power cut, Wi-Fi gone) would look connected for hours. With these values
    a dead peer is detected after about 60 + 3 * 10 seconds.
    """
    if sock is None:
        return
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    for option, value in (("TCP_KEEPIDLE", 60), ("TCP_KEEPINTVL", 10), ("TCP_KEEPCNT", 3)):
        if hasattr(socket, option):
            sock.setsockopt(socket.IPPROTO_TCP, getattr(socket, option), value)


async def probe(host: str, port: int, connect_timeout: float = 5.0) -> None:
    """Open and close one connection to the call monitor.

    Raises ``OSError`` (including ``TimeoutError``) when it cannot connect.
    """
    async with asyncio.timeout(connect_timeout):
        _reader, writer = await asyncio.open_connection(host, port)
    writer.close()
    with contextlib.suppress(OSError):
        await writer.wait_closed()


type TaskFactory = Callable[[Coroutine[Any, Any, None]], asyncio.Task[None]]
"""Runs the client's reconnect loop as a task (an application may track its tasks)."""


class CallMonitorClient:
    """Keeps a connection to a FRITZ!Box call monitor and reports its events.

    A ``CallSource``: ``start(on_event, on_connection)`` runs the client in a
    task; ``on_event`` is called in the event loop for every parsed line,
    ``on_connection`` with ``True``/``False`` whenever the connection comes up
    or goes down; ``stop()`` (or leaving ``async with``) cancels it and waits.
    It reconnects forever with exponential backoff (``initial_backoff``
    doubling up to ``max_backoff``, each delay randomised to 50-100 % so many
    clients do not retry in lockstep). ``run()`` is the loop itself, for
    callers that manage the task on their own.
    """

    def __init__(
        self,
        host: str,
        port: int = DEFAULT_PORT,
        *,
        initial_backoff: float = 1.0,
        max_backoff: float = 300.0,
        connect_timeout: float = 10.0,
        task_factory: TaskFactory | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self._initial_backoff = initial_backoff
        self._max_backoff = max_backoff
        self._connect_timeout = connect_timeout
        self._task_factory = task_factory
        self._task: asyncio.Task[None] | None = None
        self._buffer = LineBuffer()
        self._on_event: EventSink = _ignore
        self._on_connection: ConnectionSink = _ignore
        self.connected = False
        self.reconnects = 0
        self.lines_ignored = 0
        self.last_error: str | None = None

    async def start(self, on_event: EventSink, on_connection: ConnectionSink) -> None:
        """Connect (and reconnect) in the background, reporting to the sinks."""
        if self._task is not None:
            raise RuntimeError("the call monitor client runs already")
        run = self.run(on_event, on_connection)
        self._task = (
            self._task_factory(run)
            if self._task_factory is not None
            else asyncio.get_running_loop().create_task(run)
        )

    async def stop(self) -> None:
        """Disconnect and wait until the client has stopped."""
        task, self._task = self._task, None
        if task is None:
            return
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    close = stop

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_exc_info: object) -> None:
        await self.stop()

    def backoff_delay(self, attempt: int) -> float:
        """Delay before reconnect attempt number ``attempt`` (0-based)."""
        ceiling = min(self._max_backoff, self._initial_backoff * (1 << min(attempt, 32)))
        return ceiling * random.uniform(0.5, 1.0)

    async def run(self, on_event: EventSink, on_connection: ConnectionSink) -> None:
        """Connect, read, and reconnect forever (until cancelled).

        One warning per outage and one info when it ends: a box that accepts
        and at once drops connections counts as one outage (with growing
        pauses) until a connection stays up for ``STABLE_AFTER`` seconds.
        """
        self._on_event, self._on_connection = on_event, on_connection
        try:
            await self._reconnect_forever()
        finally:
            self._set_connected(False)
            self._on_event = self._on_connection = _ignore

    async def _reconnect_forever(self) -> None:
        attempt = 0
        in_outage = back_logged = False
        loop = asyncio.get_running_loop()
        while True:
            try:
                async with asyncio.timeout(self._connect_timeout):
                    reader, writer = await asyncio.open_connection(self.host, self.port)
            except OSError as err:
                self.last_error = str(err) or type(err).__name__
                in_outage = self._log_outage("Cannot connect to", in_outage)
                await asyncio.sleep(self.backoff_delay(attempt))
                attempt += 1
                continue
            if in_outage and not back_logged:
                _LOGGER.info("Call monitor at %s:%s is back", self.host, self.port)
                back_logged = True
            self.last_error = None
            connected_at = loop.time()
            try:
                await self._serve(reader, writer)
            finally:
                writer.close()
                with contextlib.suppress(OSError):
                    await writer.wait_closed()
            # _serve returned: the connection was lost.
            self.reconnects += 1
            if loop.time() - connected_at >= STABLE_AFTER:
                attempt, in_outage, back_logged = 0, False, False
            in_outage = self._log_outage("Lost the connection to", in_outage)
            await asyncio.sleep(self.backoff_delay(attempt))
            attempt += 1

    def _log_outage(self, what: str, in_outage: bool) -> bool:
        """Warn at the start of an outage, debug for every retry within it."""
        level = logging.DEBUG if in_outage else logging.WARNING
        _LOGGER.log(
            level,
            "%s the call monitor at %s:%s (%s); retrying in the background",
            what,
            self.host,
            self.port,
            self.last_error,
        )
        return True

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        _enable_keepalive(writer.get_extra_info("socket"))
        self._buffer.reset()
        self._set_connected(True)
        try:
            while True:
                try:
                    data = await reader.read(4096)
                except OSError as err:
                    self.last_error = str(err) or type(err).__name__
                    return
                if not data:
                    self.last_error = "closed by the box"
                    return
                for line in self._buffer.feed(data):
                    self._handle_line(line)
        finally:
            self._set_connected(False)

    def _handle_line(self, line: str) -> None:
        try:
            event = parse_line(line)
        except LineParseError as err:
            self.lines_ignored += 1
            _LOGGER.debug("Ignoring call monitor line: %s", err)
            return
        try:
            self._on_event(event)
        except Exception:
            # A bug in a consumer must not tear down the connection.
            _LOGGER.exception("Error handling call monitor event %s", event)

    def _set_connected(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            self._on_connection(connected)


def _ignore(_value: object) -> None:
    """The sink of a client that is not running."""
