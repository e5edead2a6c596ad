"""A simulated FRITZ!Box call monitor.

It listens like the box does on TCP port 1012 and writes call monitor lines
to every connected client. Calls are injected from code (tests, benchmarks),
from a script, from the keyboard, or over a small control port::

    python -m simulator --port 1012                 # type commands, "help" lists them
    python -m simulator --port 1012 --control 1013  # scripts/call talks to 1013
    python -m simulator --port 1012 --demo          # a call every few seconds
    python -m simulator --port 1012 --sip 5060      # IP phones can register (sip.py)
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
import contextlib
from datetime import datetime
import itertools
import random
import shlex
from typing import Any

from .sip import SipAccount, SipBox, SipCall

HELP = """\
commands (numbers as the box sends them, e.g. 0301234567):
  ring NUMBER [CALLEE] [LINE]  an incoming call rings; prints its id
  withheld [CALLEE]            an incoming call without caller number
  answer ID                    the call is answered
  hangup ID [SECONDS]          the call ends
  call NUMBER [LINE]           an outgoing call
  missed NUMBER                ring, wait 2 s, hang up unanswered
  answered NUMBER              ring, answer after 1 s, hang up after 3 s
  parallel N                   N calls ring at once, then all hang up
  raw TEXT                     send TEXT as a line, unchanged
  drop                         close all client connections
  sleep SECONDS                wait (for scripts)
  status                       connected clients and active calls
  sip                          registered IP phones and their calls (with --sip)
  restart                      the box restarts: IP phones must register again
  internal FROM TO             a handset calls an IP phone, e.g. internal **610 **620
                               (**9 rings every phone); prints its id for hangup
  help                         this text"""


class FritzBoxSimulator:
    """A call monitor server on ``host:port`` (port 0 picks a free one)."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        own_number: str = "987654",
        *,
        sip_port: int | None = None,
        sip_user: str = "ipphone",
        sip_password: str = "secret",
        sip_extension: str = "20",
    ):
        self.host = host
        self.port = port
        self.own_number = own_number
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._ids = itertools.count()
        self.active: dict[int, str] = {}
        self._client_event = asyncio.Event()
        self._tasks: set[asyncio.Task[None]] = set()
        self._closing = False
        self._sip_port = sip_port
        self._sip_account = SipAccount(sip_user, sip_password, sip_extension)
        self._internal_ids: set[int] = set()
        self._sip_options: dict[str, Any] = {}
        self.sip: SipBox | None = None

    async def start(self) -> int:
        """Start listening (and SIP if a ``sip_port`` was given); returns the port."""
        self._closing = False
        self._server = await asyncio.start_server(self._on_client, self.host, self.port)
        self.port = self._server.sockets[0].getsockname()[1]
        if self._sip_port is not None and self.sip is None:
            await self.start_sip(self._sip_port, **self._sip_options)
        return self.port

    async def start_sip(self, port: int = 0, **options: Any) -> SipBox:
        """Let IP phones register on UDP ``port``; ``options`` go to ``SipBox``.

        Every ``ring`` then also INVITEs the registered phones; a phone that
        answers shows as CONNECT to its extension, its BYE as DISCONNECT.
        """
        options.setdefault("accounts", [self._sip_account])
        self._sip_options = options
        self.sip = SipBox(
            self.host,
            port,
            on_answered=self._sip_answered,
            on_ended=self._sip_ended,
            **options,
        )
        self._sip_port = await self.sip.start()
        return self.sip

    @property
    def sip_calls(self) -> dict[int, SipCall]:
        """Per call monitor id: the INVITE to the (first) IP phone and what became of it."""
        return self.sip.calls if self.sip is not None else {}

    def _sip_answered(self, leg: SipCall) -> None:
        if leg.internal or self.sip is None:
            return
        # The other phones stop ringing; the call monitor names the IP phone.
        self.sip.end(leg.monitor_id, except_leg=leg)
        extension = self.sip.accounts[leg.user].extension
        self._spawn(self.send_line("CONNECT", leg.monitor_id, extension, leg.caller))

    def _sip_ended(self, leg: SipCall) -> None:
        if leg.internal:
            self._internal_ids.discard(leg.monitor_id)
            return
        if leg.monitor_id in self.active:
            duration = round((leg.bye_at or 0) - (leg.answered_at or 0))
            self._spawn(self.hang_up(leg.monitor_id, max(duration, 0)))

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def internal_call(self, from_ext: str = "**610", to: str = "**620") -> int:
        """A handset of the box calls ``to`` (an IP phone's ``**62x``, or ``**9`` for all).

        Internal calls never show on the call monitor; returns an id for ``hang_up``.
        """
        call_id = next(self._ids)
        self._internal_ids.add(call_id)
        if self.sip is not None:
            self.sip.internal_call(call_id, from_ext, to)
        return call_id

    async def stop(self) -> None:
        """Stop listening and close all connections.

        SIP stops too; ``start()`` brings it back on the same port with no
        registrations, as after a restart of the box.
        """
        # A connection accepted just before close() may only reach
        # _on_client afterwards; it must not keep wait_closed() waiting.
        self._closing = True
        if self._server is not None:
            self._server.close()
        await self.drop_clients()
        if self._server is not None:
            await self._server.wait_closed()
            self._server = None
        if self.sip is not None:
            await self.sip.stop()
            self.sip = None
        for task in list(self._tasks):
            task.cancel()

    async def stop_listening(self) -> None:
        """Refuse new connections (the box is "off"); existing ones are dropped."""
        await self.stop()

    @property
    def client_count(self) -> int:
        """Clients connected right now."""
        return len(self._writers)

    async def wait_for_clients(self, count: int = 1, timeout: float = 10.0) -> None:
        """Wait until at least ``count`` clients are connected."""
        async with asyncio.timeout(timeout):
            while len(self._writers) < count:
                self._client_event.clear()
                await self._client_event.wait()

    async def _on_client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self._closing:
            writer.close()
            return
        self._writers.add(writer)
        self._client_event.set()
        try:
            while await reader.read(1024):
                pass  # the box ignores what clients send
        except OSError:
            pass
        finally:
            self._writers.discard(writer)
            writer.close()

    async def drop_clients(self) -> None:
        """Close every client connection (as a rebooting box does)."""
        writers, self._writers = list(self._writers), set()
        for writer in writers:
            writer.close()
        for writer in writers:
            with contextlib.suppress(OSError):
                await writer.wait_closed()

    async def send_raw(self, data: bytes) -> None:
        """Send bytes to every client, unchanged."""
        for writer in list(self._writers):
            try:
                writer.write(data)
                await writer.drain()
            except OSError:
                self._writers.discard(writer)

    async def send_line(self, *fields: object) -> None:
        """Send one call monitor line, stamped with the current time."""
        stamp = datetime.now().strftime("%d.%m.%y %H:%M:%S")
        line = ";".join([stamp, *(str(field) for field in fields)]) + ";\r\n"
        await self.send_raw(line.encode())

    async def ring(self, caller: str, callee: str | None = None, line: str = "SIP0") -> int:
        """An incoming call rings; returns its connection id."""
        call_id = next(self._ids)
        self.active[call_id] = caller
        await self.send_line("RING", call_id, caller, callee or self.own_number, line)
        if self.sip is not None:
            self.sip.invite(call_id, caller, callee or self.own_number)
        return call_id

    async def call(self, number: str, line: str = "SIP0", extension: str = "12") -> int:
        """An outgoing call; returns its connection id."""
        call_id = next(self._ids)
        self.active[call_id] = number
        await self.send_line("CALL", call_id, extension, self.own_number, number, line)
        return call_id

    async def answer(self, call_id: int, extension: str = "12") -> None:
        """The call is connected (at a handset: the IP phones stop ringing)."""
        if self.sip is not None:
            self.sip.end(call_id)
        await self.send_line("CONNECT", call_id, extension, self.active.get(call_id, ""))

    async def hang_up(self, call_id: int, duration: int = 0) -> None:
        """The call ends (IP phones still ringing get a CANCEL, a connected one a BYE)."""
        if self.sip is not None:
            self.sip.end(call_id)
        if call_id in self._internal_ids:
            self._internal_ids.discard(call_id)
            return
        self.active.pop(call_id, None)
        await self.send_line("DISCONNECT", call_id, duration)

    async def run_command(self, text: str, out: Callable[[str], object] = print) -> None:
        """Run one command of the command language (see ``HELP``)."""
        words = shlex.split(text)
        if not words:
            return
        command, args = words[0].lower(), words[1:]
        handler = _COMMANDS.get(command)
        if handler is None:
            out(f"unknown command {command!r}; type help")
            return
        try:
            await handler(self, args, out)
        except IndexError, ValueError:
            out(f"bad arguments for {command}; type help")


async def _cmd_ring(sim: FritzBoxSimulator, args: list[str], out: Callable[[str], object]) -> None:
    call_id = await sim.ring(args[0], *args[1:3])
    out(f"ringing: id {call_id}")


async def _cmd_withheld(
    sim: FritzBoxSimulator, args: list[str], out: Callable[[str], object]
) -> None:
    call_id = await sim.ring("", *args[:1])
    out(f"ringing (withheld): id {call_id}")


async def _cmd_answer(
    sim: FritzBoxSimulator, args: list[str], out: Callable[[str], object]
) -> None:
    await sim.answer(int(args[0]))
    out("answered")


async def _cmd_hangup(
    sim: FritzBoxSimulator, args: list[str], out: Callable[[str], object]
) -> None:
    await sim.hang_up(int(args[0]), int(args[1]) if len(args) > 1 else 0)
    out("hung up")


async def _cmd_call(sim: FritzBoxSimulator, args: list[str], out: Callable[[str], object]) -> None:
    call_id = await sim.call(args[0], *args[1:2])
    out(f"calling: id {call_id}")


async def _cmd_missed(
    sim: FritzBoxSimulator, args: list[str], out: Callable[[str], object]
) -> None:
    call_id = await sim.ring(args[0])
    await asyncio.sleep(2)
    await sim.hang_up(call_id)
    out(f"missed call from {args[0]}")


async def _cmd_answered(
    sim: FritzBoxSimulator, args: list[str], out: Callable[[str], object]
) -> None:
    call_id = await sim.ring(args[0])
    await asyncio.sleep(1)
    await sim.answer(call_id)
    await asyncio.sleep(3)
    await sim.hang_up(call_id, 3)
    out(f"answered call from {args[0]}")


async def _cmd_parallel(
    sim: FritzBoxSimulator, args: list[str], out: Callable[[str], object]
) -> None:
    ids = [await sim.ring(f"030{5550000 + n}") for n in range(int(args[0]))]
    await asyncio.sleep(1)
    for call_id in ids:
        await sim.hang_up(call_id)
    out(f"{len(ids)} calls rang at once")


async def _cmd_raw(sim: FritzBoxSimulator, args: list[str], out: Callable[[str], object]) -> None:
    await sim.send_raw((" ".join(args) + "\r\n").encode())
    out("sent")


async def _cmd_drop(sim: FritzBoxSimulator, args: list[str], out: Callable[[str], object]) -> None:
    await sim.drop_clients()
    out("dropped all clients")


async def _cmd_sleep(sim: FritzBoxSimulator, args: list[str], out: Callable[[str], object]) -> None:
    await asyncio.sleep(float(args[0]))


async def _cmd_status(
    sim: FritzBoxSimulator, args: list[str], out: Callable[[str], object]
) -> None:
    out(f"port {sim.port}, {sim.client_count} client(s), active calls: {sim.active or 'none'}")


async def _cmd_sip(sim: FritzBoxSimulator, args: list[str], out: Callable[[str], object]) -> None:
    if sim.sip is None:
        out("SIP is off (start with --sip PORT)")
        return
    out("\n".join(sim.sip.status()))


async def _cmd_restart(
    sim: FritzBoxSimulator, args: list[str], out: Callable[[str], object]
) -> None:
    if sim.sip is None:
        out("SIP is off (start with --sip PORT)")
        return
    sim.sip.restart()
    out("restarted: all IP phone registrations forgotten")


async def _cmd_internal(
    sim: FritzBoxSimulator, args: list[str], out: Callable[[str], object]
) -> None:
    if sim.sip is None:
        out("SIP is off (start with --sip PORT)")
        return
    call_id = await sim.internal_call(args[0], args[1])
    phones = len(sim.sip.legs.get(call_id, []))
    out(f"internal call {args[0]} → {args[1]}: id {call_id}, {phones} IP phone(s) ringing")


async def _cmd_help(sim: FritzBoxSimulator, args: list[str], out: Callable[[str], object]) -> None:
    out(HELP)


_COMMANDS: dict[
    str, Callable[[FritzBoxSimulator, list[str], Callable[[str], object]], Awaitable[None]]
] = {
    "ring": _cmd_ring,
    "withheld": _cmd_withheld,
    "answer": _cmd_answer,
    "hangup": _cmd_hangup,
    "call": _cmd_call,
    "missed": _cmd_missed,
    "answered": _cmd_answered,
    "parallel": _cmd_parallel,
    "raw": _cmd_raw,
    "drop": _cmd_drop,
    "sleep": _cmd_sleep,
    "status": _cmd_status,
    "sip": _cmd_sip,
    "restart": _cmd_restart,
    "internal": _cmd_internal,
    "help": _cmd_help,
}

DEMO_CALLERS = (
    # A call centre that keeps trying, a robocall range, a friend, withheld.
    "0301234567",
    "0301234567",
    "09001234567",
    "0891234567",
    "",
    "0401112233",
)


async def demo(sim: FritzBoxSimulator, interval: float, out: Callable[[str], object]) -> None:
    """Ring a mix of callers forever: some answered, most missed."""
    rng = random.Random(1012)
    while True:
        await asyncio.sleep(interval)
        caller = rng.choice(DEMO_CALLERS)
        call_id = await sim.ring(caller)
        out(f"demo: {caller or 'withheld'} rings (id {call_id})")
        await asyncio.sleep(rng.uniform(2, 5))
        if call_id not in sim.active:  # an IP phone answered and hung up
            leg = sim.sip_calls.get(call_id)
            out(f"demo: call {call_id} was stopped by IP phone {leg.user if leg else '?'}")
            continue
        leg = sim.sip_calls.get(call_id)
        if leg is not None and leg.state == "answered":
            continue  # the IP phone took it; its BYE ends the call
        if rng.random() < 0.3:
            await sim.answer(call_id)
            await asyncio.sleep(rng.uniform(2, 6))
            await sim.hang_up(call_id, 4)
        else:
            await sim.hang_up(call_id)
