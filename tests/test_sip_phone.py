"""The SIP phone against SIPp playing the FRITZ!Box, and against hostile datagrams.

SIPp (Debian's ``sip-tester``, 3.6.1) runs the scenarios in ``tests/sipp/``
on random 127.0.0.1 ports; a scenario fails (SIPp exits non-zero) on any
unexpected message, a wrong digest, a REGISTER with a user part in its
Request-URI, or an answer without PCMA. The edge cases SIPp cannot easily
provoke use a plain UDP socket as the box.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
import contextlib
from dataclasses import dataclass, field
import gc
import itertools
import logging
from pathlib import Path
import shutil
import socket
import struct
import time

import pytest

from custom_components.nuisance_calls.lib.phone import (
    MAX_CALLS,
    MAX_TRACKED,
    CallOutcome,
    Decision,
    HangUp,
    IncomingCall,
    PhoneState,
    Reject,
    Say,
    SipPhone,
    SipTimers,
)
from custom_components.nuisance_calls.lib.sip import SipMessage, parse_message

SIPP = shutil.which("sipp") or "/usr/bin/sipp"
SCENARIOS = Path(__file__).parent / "sipp"
FAST = SipTimers(
    t1=0.05, t2=0.4, decide_timeout=1.0, retry_min=0.2, retry_max=0.5, close_timeout=0.5
)
USER = "620"
PASSWORD = "secret"

pytestmark = pytest.mark.skipif(
    not Path(SIPP).exists(),
    reason="SIPp is not installed (Debian package sip-tester; scripts/sip_tools installs it)",
)


def free_port() -> int:
    """A UDP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Sipp:
    """One SIPp process."""

    proc: asyncio.subprocess.Process
    errors: Path

    async def result(self, timeout: float = 30) -> int:
        """SIPp's exit code (0: every call as the scenario says)."""
        try:
            return await asyncio.wait_for(self.proc.wait(), timeout)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()
            raise

    def error_text(self) -> str:
        """What SIPp wrote to its error trace (for assertion messages)."""
        return self.errors.read_text(errors="replace") if self.errors.exists() else ""

    async def stop(self) -> None:
        """Kill it if it still runs."""
        if self.proc.returncode is None:
            self.proc.kill()
            await self.proc.wait()


async def run_sipp(
    tmp_path: Path,
    scenario: str,
    *,
    port: int,
    target: tuple[str, int] | None = None,
    keys: dict[str, str] | None = None,
    calls: int = 1,
    timeout: int = 20,
) -> Sipp:
    """Start SIPp with ``scenario`` on 127.0.0.1:``port`` (client mode if ``target``)."""
    errors = tmp_path / f"{scenario}-{port}-errors.log"
    args = [SIPP]
    if target is not None:
        args.append(f"{target[0]}:{target[1]}")
    args += ["-sf", str(SCENARIOS / f"{scenario}.xml"), "-i", "127.0.0.1", "-p", str(port)]
    args += ["-m", str(calls), "-timeout", str(timeout), "-timeout_error", "-nostdin"]
    args += ["-mp", str(free_port()), "-trace_err", "-error_file", str(errors)]
    for key, value in (keys or {}).items():
        args += ["-key", key, value]
    proc = await asyncio.create_subprocess_exec(
        *args,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
        cwd=tmp_path,
    )
    return Sipp(proc, errors)


async def until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait until ``condition()`` holds (polling), or fail."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)


@dataclass
class Recorder:
    """What ``decide`` was asked, what the phone reported."""

    decision: Callable[[IncomingCall], Awaitable[Decision]] | Decision = field(
        default_factory=Reject
    )
    asked: list[IncomingCall] = field(default_factory=list)
    outcomes: list[CallOutcome] = field(default_factory=list)
    states: list[PhoneState] = field(default_factory=list)

    async def decide(self, call: IncomingCall) -> Decision:
        """Record the call and answer as configured."""
        self.asked.append(call)
        if callable(self.decision):
            return await self.decision(call)
        return self.decision


@contextlib.asynccontextmanager
async def phone_at(
    box_port: int, recorder: Recorder, *, password: str = PASSWORD, **kwargs: object
) -> AsyncIterator[SipPhone]:
    """A started phone whose box is 127.0.0.1:``box_port``; closed afterwards."""
    phone = SipPhone(
        box_host="127.0.0.1",
        box_port=box_port,
        user=USER,
        password=password,
        decide=recorder.decide,
        local_host="127.0.0.1",
        local_port=0,
        ring_hold=kwargs.pop("ring_hold", 0.3),  # type: ignore[arg-type]
        on_state=recorder.states.append,
        on_outcome=kwargs.pop("on_outcome", recorder.outcomes.append),  # type: ignore[arg-type]
        timers=kwargs.pop("timers", FAST),  # type: ignore[arg-type]
        **kwargs,  # type: ignore[arg-type]
    )
    async with phone:
        yield phone


def call_keys(**overrides: str) -> dict[str, str]:
    """The SIPp keys of a FRITZ!Box-like INVITE (see tests/sipp/answer.xml)."""
    keys = {
        "called": USER,
        "caller": "0301234567",
        "to_user": "987654",
        "dialled": "987654",
        "rtp_port": str(free_port()),
    }
    keys.update(overrides)
    return keys


# --- registration ---


async def test_registers_answers_options_refreshes_and_unregisters(
    socket_enabled: None, tmp_path: Path
) -> None:
    """REGISTER -> 401 -> digest (checked by SIPp) -> 200; OPTIONS; refresh; un-REGISTER."""
    port = free_port()
    sipp = await run_sipp(
        tmp_path,
        "register",
        port=port,
        keys={"user": USER, "password": PASSWORD, "expires": "1"},
    )
    recorder = Recorder()
    async with phone_at(port, recorder, expires=300) as phone:
        await until(lambda: phone.registrations >= 2)
        assert phone.state == PhoneState.REGISTERED
        assert phone.last_error is None
    assert await sipp.result() == 0, sipp.error_text()
    assert recorder.states == [
        PhoneState.REGISTERING,
        PhoneState.REGISTERED,
        PhoneState.STOPPED,
    ]


async def test_a_wrong_password_is_auth_failed(socket_enabled: None, tmp_path: Path) -> None:
    """SIPp's verifyauth rejects the digest (403): the phone says AUTH_FAILED."""
    port = free_port()
    sipp = await run_sipp(
        tmp_path,
        "register_once",
        port=port,
        keys={"user": USER, "password": PASSWORD, "expires": "60"},
    )
    recorder = Recorder()
    async with phone_at(port, recorder, password="wrong") as phone:
        await until(lambda: PhoneState.AUTH_FAILED in recorder.states)
        assert phone.last_error is not None
        assert "403" in phone.last_error
    assert await sipp.result() != 0  # the scenario itself saw the wrong digest


async def test_the_scenario_fails_a_request_uri_with_a_user_part(
    socket_enabled: None, tmp_path: Path
) -> None:
    """The registrar scenario would catch the REGISTER FRITZ!OS drops (guards the guard)."""
    port = free_port()
    sipp = await run_sipp(
        tmp_path,
        "register_once",
        port=port,
        keys={"user": USER, "password": PASSWORD, "expires": "60"},
        timeout=3,
    )
    await asyncio.sleep(0.3)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        me = sock.getsockname()[1]
        sock.sendto(
            (
                f"REGISTER sip:{USER}@127.0.0.1 SIP/2.0\r\n"
                f"Via: SIP/2.0/UDP 127.0.0.1:{me};branch=z9hG4bKuser\r\n"
                f"From: <sip:{USER}@127.0.0.1>;tag=1\r\nTo: <sip:{USER}@127.0.0.1>\r\n"
                f"Call-ID: user-part\r\nCSeq: 1 REGISTER\r\n"
                f"Contact: <sip:{USER}@127.0.0.1:{me}>\r\nContent-Length: 0\r\n\r\n"
            ).encode(),
            ("127.0.0.1", port),
        )
        assert await sipp.result() != 0


async def test_registers_again_after_the_box_restarts(socket_enabled: None, tmp_path: Path) -> None:
    """The registrar goes away (refreshes unanswered: UNREACHABLE); a new one gets a REGISTER."""
    port = free_port()
    keys = {"user": USER, "password": PASSWORD, "expires": "1"}
    first = await run_sipp(tmp_path, "register_once", port=port, keys=keys)
    recorder = Recorder()
    async with phone_at(port, recorder) as phone:
        await until(lambda: phone.registrations == 1)
        assert await first.result() == 0, first.error_text()
        await until(lambda: phone.state == PhoneState.UNREACHABLE)
        second = await run_sipp(tmp_path, "register_once", port=port, keys=keys)
        try:
            await until(lambda: phone.registrations == 2)
            assert phone.state == PhoneState.REGISTERED
            assert await second.result() == 0, second.error_text()
        finally:
            await second.stop()
    assert recorder.states[:4] == [
        PhoneState.REGISTERING,
        PhoneState.REGISTERED,
        PhoneState.UNREACHABLE,
        PhoneState.REGISTERED,
    ]


# --- calls from SIPp ---


async def _call(
    tmp_path: Path,
    scenario: str,
    recorder: Recorder,
    keys: dict[str, str],
    **phone_kwargs: object,
) -> SipPhone:
    port = free_port()
    async with phone_at(port, recorder, **phone_kwargs) as phone:
        sipp = await run_sipp(tmp_path, scenario, port=port, target=phone.local_address, keys=keys)
        assert await sipp.result() == 0, sipp.error_text()
        await until(lambda: len(recorder.outcomes) == 1)
    return phone


async def test_a_flagged_caller_is_answered_and_hung_up(
    socket_enabled: None, tmp_path: Path
) -> None:
    """100, 200 with PCMA (of G722/PCMA/PCMU offered), ACK, BYE from the phone."""
    recorder = Recorder(HangUp())
    await _call(tmp_path, "answer", recorder, call_keys())
    assert len(recorder.asked) == 1
    call = recorder.asked[0]
    assert (call.caller, call.called, call.internal) == ("0301234567", "987654", False)
    outcome = recorder.outcomes[0]
    assert outcome.call == call
    assert outcome.decision == "hang_up"
    assert outcome.answered
    assert not outcome.cancelled
    assert outcome.reason == "hung_up"
    assert outcome.at.tzinfo is not None


async def test_an_announcement_is_played_over_rtp(socket_enabled: None, tmp_path: Path) -> None:
    """Say: 25 A-law frames of 20 ms to the address of the box's SDP, then BYE."""
    packets: list[tuple[float, bytes]] = []

    class Sink(asyncio.DatagramProtocol):
        def datagram_received(self, data: bytes, addr: tuple[str | int, ...]) -> None:
            packets.append((time.monotonic(), data))

    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(Sink, local_addr=("127.0.0.1", 0))
    try:
        rtp_port = transport.get_extra_info("sockname")[1]
        audio = bytes(range(256)) * 15 + b"\x01" * 160  # 24 frames + a short one
        audio = audio[: 24 * 160 + 100]
        recorder = Recorder(Say(audio))
        await _call(tmp_path, "answer", recorder, call_keys(rtp_port=str(rtp_port)))
    finally:
        transport.close()
    outcome = recorder.outcomes[0]
    assert (outcome.decision, outcome.reason, outcome.frames) == ("say", "said", 25)
    assert len(packets) == 25
    headers = [struct.unpack("!BBHII", data[:12]) for _, data in packets]
    assert all(len(data) == 172 for _, data in packets)
    assert all(h[0] == 0x80 for h in headers)
    assert [h[1] for h in headers] == [0x88] + [0x08] * 24  # PT 8, marker on the first
    assert all((b[2] - a[2]) % 65536 == 1 for a, b in itertools.pairwise(headers))
    assert all((b[3] - a[3]) % 2**32 == 160 for a, b in itertools.pairwise(headers))
    assert len({h[4] for h in headers}) == 1
    assert packets[0][1][12:] == audio[:160]
    assert packets[-1][1][12 + 100 :] == b"\xd5" * 60  # padded with A-law silence
    span = packets[-1][0] - packets[0][0]
    assert 0.35 < span < 3.0  # 24 intervals of 20 ms, generously


@pytest.mark.parametrize(
    ("caller", "expected_caller", "internal"),
    [
        ("0301234567", "0301234567", False),
        ("anonymous", None, False),
        ("**610", "**610", True),
        ("%2B4930123456", "+4930123456", False),
    ],
)
async def test_an_unflagged_caller_rings_then_gets_480(
    socket_enabled: None,
    tmp_path: Path,
    caller: str,
    expected_caller: str | None,
    internal: bool,
) -> None:
    """Reject: 180, the ring hold, 480; decide sees withheld and internal callers flagged."""
    recorder = Recorder(Reject())
    started = time.monotonic()
    await _call(tmp_path, "reject", recorder, call_keys(caller=caller), ring_hold=0.5)
    assert time.monotonic() - started >= 0.5
    assert [(c.caller, c.internal) for c in recorder.asked] == [(expected_caller, internal)]
    outcome = recorder.outcomes[0]
    assert (outcome.decision, outcome.reason, outcome.answered) == ("reject", "rejected", False)
    assert outcome.duration >= 0.5


async def test_a_broadcast_is_never_answered(socket_enabled: None, tmp_path: Path) -> None:
    """An INVITE to **9 gets 180/480 without asking decide (which would answer)."""
    recorder = Recorder(HangUp())
    keys = call_keys(caller="**610", to_user="**9", dialled="**9")
    await _call(tmp_path, "reject", recorder, keys)
    assert recorder.asked == []
    assert (recorder.outcomes[0].reason, recorder.outcomes[0].answered) == ("broadcast", False)


async def _never(call: IncomingCall) -> Decision:
    await asyncio.Event().wait()
    raise AssertionError  # pragma: no cover


@pytest.mark.parametrize("decision", [Reject(), _never], ids=["ringing", "deciding"])
async def test_cancel_gets_200_and_487(
    socket_enabled: None, tmp_path: Path, decision: Decision
) -> None:
    """The caller hangs up while the phone rings or while decide still thinks."""
    recorder = Recorder(decision)
    keys = call_keys()
    await _call(tmp_path, "cancel", recorder, keys, ring_hold=5.0)
    outcome = recorder.outcomes[0]
    assert (outcome.cancelled, outcome.answered, outcome.reason) == (True, False, "cancelled")


async def test_a_retransmitted_invite_is_one_call(socket_enabled: None, tmp_path: Path) -> None:
    """The same INVITE twice: the 100 again, decide once, one answer."""

    async def slow(call: IncomingCall) -> Decision:
        await asyncio.sleep(0.3)
        return HangUp()

    recorder = Recorder(slow)
    await _call(tmp_path, "retransmit", recorder, call_keys())
    assert len(recorder.asked) == 1
    assert len(recorder.outcomes) == 1
    assert recorder.outcomes[0].answered


async def test_the_caller_hangs_up_during_the_announcement(
    socket_enabled: None, tmp_path: Path
) -> None:
    """BYE from the box while the phone speaks: 200, the RTP stops, no BYE of our own."""
    recorder = Recorder(Say(b"\xd5" * 160 * 150))
    await _call(tmp_path, "caller_bye", recorder, call_keys())
    outcome = recorder.outcomes[0]
    assert (outcome.reason, outcome.answered) == ("caller_hung_up", True)
    assert 0 < outcome.frames < 150


# --- a plain socket as the box: edge cases and hostile input ---


class RawBox(asyncio.DatagramProtocol):
    """A UDP socket that plays the box by hand."""

    def __init__(self, registers: bool = False) -> None:
        self.registers = registers
        self.queue: asyncio.Queue[SipMessage] = asyncio.Queue()
        self.transport: asyncio.DatagramTransport | None = None
        self.port = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.DatagramTransport)
        self.transport = transport
        self.port = transport.get_extra_info("sockname")[1]

    def datagram_received(self, data: bytes, addr: tuple[str | int, ...]) -> None:
        message = parse_message(data)
        if self.registers or message.method != "REGISTER":
            self.queue.put_nowait(message)

    def send(self, data: bytes, phone: SipPhone) -> None:
        """Send ``data`` to the phone."""
        assert self.transport is not None
        self.transport.sendto(data, phone.local_address)

    async def expect(
        self, status_or_method: int | str, call_id: str | None = None, timeout: float = 5.0
    ) -> SipMessage:
        """The next message that is this response or request (of ``call_id``)."""
        async with asyncio.timeout(timeout):
            while True:
                message = await self.queue.get()
                if status_or_method in {message.status, message.method} and (
                    call_id is None or message.call_id == call_id
                ):
                    return message

    async def quiet(self, seconds: float = 0.3) -> list[SipMessage]:
        """What arrives within ``seconds``."""
        await asyncio.sleep(seconds)
        got = []
        while not self.queue.empty():
            got.append(self.queue.get_nowait())
        return got


@contextlib.asynccontextmanager
async def raw_box(host: str = "127.0.0.1", registers: bool = False) -> AsyncIterator[RawBox]:
    """A ``RawBox`` bound to ``host`` (that sees REGISTERs if ``registers``)."""
    loop = asyncio.get_running_loop()
    transport, box = await loop.create_datagram_endpoint(
        lambda: RawBox(registers), local_addr=(host, 0)
    )
    try:
        yield box
    finally:
        transport.close()


OFFER = (
    "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
    "m=audio {port} RTP/AVP {payloads}\r\na=rtpmap:101 telephone-event/8000\r\n"
)


def invite(
    call_id: str,
    box_port: int,
    *,
    cseq: int = 1,
    method: str = "INVITE",
    payloads: str = "9 8 0 101",
    rtp_port: int = 40000,
    to: str = USER,
    body: str | None = None,
    record_route: str = "",
) -> bytes:
    """A FRITZ!Box-like request of ``call_id`` (INVITE by default)."""
    sdp = OFFER.format(port=rtp_port, payloads=payloads) if body is None else body
    if method != "INVITE":
        sdp = ""
    lines = [
        f"{method} sip:{USER}@127.0.0.1 SIP/2.0",
        f"v: SIP/2.0/UDP 127.0.0.1:{box_port};branch=z9hG4bK{call_id}",
        f"f: <sip:0301234567@fritz.box>;tag=t{call_id}",
        f"t: <sip:{to}@fritz.box>",
        f"i: {call_id}",
        f"CSeq: {cseq} {method}",
        f"m: <sip:box@127.0.0.1:{box_port}>",
        *([f"Record-Route: {record_route}"] if record_route else []),
        "c: application/sdp",
        f"l: {len(sdp)}",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n" + sdp).encode()


def ack(call_id: str, box_port: int, to: str) -> bytes:
    """The ACK of ``call_id``'s INVITE (To with the phone's tag)."""
    return (
        f"ACK sip:{USER}@127.0.0.1 SIP/2.0\r\n"
        f"Via: SIP/2.0/UDP 127.0.0.1:{box_port};branch=z9hG4bKack{call_id}\r\n"
        f"From: <sip:0301234567@fritz.box>;tag=t{call_id}\r\nTo: {to}\r\n"
        f"Call-ID: {call_id}\r\nCSeq: 1 ACK\r\nContent-Length: 0\r\n\r\n"
    ).encode()


async def test_codecs_reinvite_and_unanswered_200(socket_enabled: None) -> None:
    """PCMU only: answered in PCMU; no PCMA/PCMU: 488; a re-INVITE: 491; no ACK: BYE anyway."""
    recorder = Recorder(HangUp())
    async with raw_box() as box, phone_at(box.port, recorder) as phone:
        box.send(invite("mu", box.port, payloads="0 101"), phone)
        ok = await box.expect(200)
        assert b"m=audio" in ok.body
        assert b"RTP/AVP 0 101" in ok.body
        assert b"PCMU/8000" in ok.body
        box.send(invite("mu", box.port, cseq=2), phone)  # before the ACK
        assert (await box.expect(491)).header("CSeq") == "2 INVITE"
        box.send(ack("mu", box.port, ok.header("To") or ""), phone)
        bye = await box.expect("BYE", "mu")
        assert bye.uri == "sip:box@127.0.0.1:" + str(box.port)
        assert bye.header("Route") is None

        box.send(invite("g722", box.port, payloads="9"), phone)
        assert (await box.expect(488)).header("Call-ID") == "g722"
        box.send(invite("nosdp", box.port, body="not sdp at all"), phone)
        assert (await box.expect(488)).header("Call-ID") == "nosdp"

        box.send(invite("noack", box.port), phone)  # 200 retransmitted for 64*T1, then BYE
        await box.expect(200, "noack")
        await box.expect(200, "noack")  # retransmitted
        bye = await box.expect("BYE", "noack", timeout=10)
        assert bye.header("Call-ID") == "noack"
        await until(lambda: len(recorder.outcomes) == 4)
    reasons = {o.call.call_id: (o.reason, o.answered) for o in recorder.outcomes}
    assert reasons == {
        "mu": ("hung_up", True),
        "g722": ("no_codec", False),
        "nosdp": ("no_codec", False),
        "noack": ("no_ack", False),
    }


async def test_decide_failing_or_slow_means_not_answered(socket_enabled: None) -> None:
    """An exception or a timeout in decide: 180/480, never 200."""
    calls = 0

    async def bad(call: IncomingCall) -> Decision:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("boom")
        await asyncio.sleep(10)
        return HangUp()  # pragma: no cover

    recorder = Recorder(bad)
    timers = SipTimers(t1=0.05, t2=0.4, decide_timeout=0.2, close_timeout=0.3)
    async with raw_box() as box, phone_at(box.port, recorder, timers=timers) as phone:
        for call_id in ("boom", "slow"):
            box.send(invite(call_id, box.port), phone)
            assert (await box.expect(180)).header("Call-ID") == call_id
            final = await box.expect(480)
            box.send(ack(call_id, box.port, final.header("To") or ""), phone)
        # the retransmitted 480 stops after the ACK
        assert [m.status for m in await box.quiet(0.3) if m.status == 480] == []
        await until(lambda: len(recorder.outcomes) == 2)
    assert [o.reason for o in recorder.outcomes] == ["rejected", "rejected"]


async def test_requests_outside_a_call(socket_enabled: None) -> None:
    """OPTIONS: 200 with Allow/Accept; unknown BYE/CANCEL: 481; other methods: 405."""
    async with raw_box() as box, phone_at(box.port, Recorder()) as phone:
        box.send(invite("x", box.port, method="OPTIONS"), phone)
        options = await box.expect(200)
        assert "INVITE" in (options.header("Allow") or "")
        assert options.header("Accept") == "application/sdp"
        assert "tag=" in (options.header("To") or "")
        box.send(invite("x", box.port, method="BYE"), phone)
        assert (await box.expect(481)).header("CSeq") == "1 BYE"
        box.send(invite("x", box.port, method="CANCEL"), phone)
        assert (await box.expect(481)).header("CSeq") == "1 CANCEL"
        box.send(invite("x", box.port, method="MESSAGE"), phone)
        assert (await box.expect(405)).header("Allow")
        # a response nobody waits for, an ACK for nothing: ignored
        box.send(
            b"SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 1.2.3.4;branch=z9hG4bKnone\r\n"
            b"f: <sip:a@b>\r\nt: <sip:a@b>\r\ni: none\r\nCSeq: 1 BYE\r\n\r\n",
            phone,
        )
        box.send(ack("none", box.port, "<sip:x@y>"), phone)
        assert await box.quiet(0.2) == []
        assert phone.malformed == 0


async def test_datagrams_from_elsewhere_are_dropped(
    socket_enabled: None, caplog: pytest.LogCaptureFixture
) -> None:
    """Only the box's address is heard; the drops are counted and logged once."""
    recorder = Recorder(HangUp())
    async with raw_box() as box, raw_box("127.0.0.2") as stranger:
        async with phone_at(box.port, recorder) as phone:
            with caplog.at_level(logging.WARNING):
                for number in range(20):
                    stranger.send(invite(f"s{number}", stranger.port), phone)
                assert await stranger.quiet(0.3) == []
        assert phone.dropped == 20
    assert recorder.asked == []
    assert len([r for r in caplog.records if "not the box" in r.getMessage()]) == 1


GARBAGE = [
    b"\x00\x01\x02 garbage",
    b"\r\n\r\n",
    b"INVITE sip:x SIP/2.0\r\n\r\n",  # no mandatory headers
    b"INVITE sip:x SIP/2.0\r\nVia: x\r\nf: <sip:a@b>\r\nt: <sip:a@b>\r\ni: 1\r\nCSeq: x\r\n\r\n",
    b"INVITE sip:x SIP/2.0\r\nVia: SIP/2.0/UDP a;branch=z9hG4bK1\r\nf: <sip:a@b>\r\n"
    b"t: <sip:a@b>\r\ni: 1\r\nCSeq: 1 BYE\r\n\r\n",  # CSeq of another method
    b"INVITE sip:x SIP/2.0\r\nVia: SIP/2.0/UDP a;branch=z9hG4bK1\r\nf: <>\r\n"
    b"t: <sip:a@b>\r\ni: 1\r\nCSeq: 1 INVITE\r\n\r\n",  # From without a URI: 400
    b"A" * 70_000,
    b"SIP/2.0 200 OK\r\n" + b"X: y\r\n" * 200 + b"\r\n",
]


async def test_garbage_is_ignored(socket_enabled: None, caplog: pytest.LogCaptureFixture) -> None:
    """Malformed datagrams: counted, logged once, no answer but a 400; the phone lives on."""
    async with raw_box() as box, phone_at(box.port, Recorder()) as phone:
        with caplog.at_level(logging.WARNING):
            for data in GARBAGE:
                box.send(data, phone)
            got = await box.quiet(0.3)
        assert [m.status for m in got] == [400]
        assert phone.malformed == len(GARBAGE) - 2  # the keep-alive and the 400 aside
        box.send(invite("x", box.port, method="OPTIONS"), phone)
        assert (await box.expect(200)).header("Call-ID") == "x"
    assert len([r for r in caplog.records if "malformed" in r.getMessage()]) == 1


async def test_a_flood_of_invites_is_bounded(
    socket_enabled: None, caplog: pytest.LogCaptureFixture
) -> None:
    """500 INVITEs at once: MAX_CALLS calls, the rest 486, bounded state and log lines."""
    recorder = Recorder(Reject())
    async with raw_box() as box, phone_at(box.port, recorder, ring_hold=60.0) as phone:
        with caplog.at_level(logging.DEBUG, logger="custom_components.nuisance_calls"):
            for number in range(500):
                box.send(invite(f"flood{number}", box.port), phone)
                if number % 50 == 49:  # no more than the socket's buffer holds
                    await until(lambda n=number: phone.busy + phone.calls_active == n + 1)
            await until(lambda: phone.busy == 500 - MAX_CALLS)
            assert phone.calls_active == MAX_CALLS
            assert phone.calls_tracked <= MAX_TRACKED
            assert len(recorder.asked) == MAX_CALLS
            warnings = [
                r.getMessage()
                for r in caplog.records
                if r.levelno >= logging.WARNING and "Registration" not in r.getMessage()
            ]
            assert len(warnings) == 1, warnings  # the 486s, once
        busy = [m for m in await box.quiet(0.3) if m.status == 486]
        assert len(busy) > 0
    assert phone.calls_tracked == 0
    assert len(recorder.outcomes) == MAX_CALLS
    assert {o.reason for o in recorder.outcomes} == {"closed"}


async def test_record_route_and_many_finished_calls(socket_enabled: None) -> None:
    """The 200 copies Record-Route, the BYE routes by it; finished calls stay bounded."""
    recorder = Recorder(HangUp())
    route = "<sip:10.0.0.1;lr>, <sip:10.0.0.2;lr>"
    async with raw_box() as box, phone_at(box.port, recorder) as phone:
        box.send(invite("rr", box.port, record_route=route), phone)
        ok = await box.expect(200)
        assert ok.header_all("Record-Route") == ["<sip:10.0.0.1;lr>", "<sip:10.0.0.2;lr>"]
        box.send(ack("rr", box.port, ok.header("To") or ""), phone)
        bye = await box.expect("BYE")
        assert bye.header_all("Route") == ["<sip:10.0.0.1;lr>", "<sip:10.0.0.2;lr>"]
        assert (bye.header("From") or "").endswith((ok.header("To") or "").split(";tag=")[1])
        await until(lambda: len(recorder.outcomes) == 1)
        # a retransmitted INVITE gets the last response again
        box.send(invite("rr", box.port, record_route=route), phone)
        assert (await box.expect(200, "rr")).header("Record-Route")
        # finished calls are remembered (retransmissions) but never more than MAX_TRACKED
        recorder.decision = Reject()
        for number in range(MAX_TRACKED + 20):
            box.send(invite(f"done{number}", box.port), phone)
            box.send(invite(f"done{number}", box.port, method="CANCEL"), phone)
            if number % 16 == 15:
                await box.expect(487, f"done{number}")
                assert phone.calls_tracked <= MAX_TRACKED
        await box.expect(487, f"done{MAX_TRACKED + 19}")
        assert phone.calls_tracked <= MAX_TRACKED
        await until(lambda: phone.calls_active == 0)
        box.send(invite("done0", box.port), phone)  # long forgotten: a new call
        assert (await box.expect(180, "done0")).header("Call-ID") == "done0"


async def test_start_errors_and_rtp_port_taken(
    socket_enabled: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A box name that does not resolve, a taken port: SipError; no RTP port: 500."""
    from custom_components.nuisance_calls.lib.exceptions import SipError

    async def decide(call: IncomingCall) -> Decision:
        return HangUp()  # pragma: no cover

    async def unresolvable(*args: object, **kwargs: object) -> object:
        raise socket.gaierror("no such host")

    bad = SipPhone(box_host="no-such-box.invalid", user=USER, password=PASSWORD, decide=decide)
    with monkeypatch.context() as patch:
        patch.setattr(asyncio.get_running_loop(), "getaddrinfo", unresolvable)
        with pytest.raises(SipError, match="resolve"):
            await bad.start()
    await bad.close()  # never started: nothing to do
    async with raw_box() as box:
        taken = SipPhone(
            box_host="127.0.0.1",
            box_port=box.port,
            user=USER,
            password=PASSWORD,
            decide=decide,
            local_host="127.0.0.1",
            local_port=box.port,
        )
        with pytest.raises(SipError, match="bind"):
            await taken.start()
        recorder = Recorder(HangUp())
        async with phone_at(box.port, recorder, rtp_port=box.port) as phone:
            await phone.start()  # a second start does nothing
            box.send(invite("media", box.port), phone)
            assert (await box.expect(500)).header("Call-ID") == "media"
            await until(lambda: len(recorder.outcomes) == 1)
        assert recorder.outcomes[0].reason == "media_error"


def reply(request: SipMessage, status: str, *headers: str) -> bytes:
    """A response to ``request`` with extra header lines."""
    lines = [f"SIP/2.0 {status}"]
    lines += [
        f"{name}: {request.header(name)}" for name in ("Via", "From", "To", "Call-ID", "CSeq")
    ]
    lines += [*headers, "Content-Length: 0"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


@contextlib.asynccontextmanager
async def registering(box: RawBox, states: list[PhoneState]) -> AsyncIterator[SipPhone]:
    """A phone at ``box`` whose state callback records and then raises."""

    def on_state(state: PhoneState) -> None:
        states.append(state)
        raise RuntimeError("a broken callback does not stop the phone")

    async def decide(call: IncomingCall) -> Decision:
        return Reject()  # pragma: no cover

    phone = SipPhone(
        box_host="127.0.0.1",
        box_port=box.port,
        user=USER,
        password=PASSWORD,
        decide=decide,
        local_port=0,  # local_host None: the address that routes to the box
        on_state=on_state,
        timers=FAST,
    )
    async with phone:
        assert phone.local_address[0] == "127.0.0.1"
        yield phone


async def test_challenges_the_phone_cannot_or_may_not_answer(
    socket_enabled: None, caplog: pytest.LogCaptureFixture
) -> None:
    """Basic, 407, stale nonces, a refused answer, endless challenges, qop=auth-int."""
    states: list[PhoneState] = []
    async with raw_box(registers=True) as box, registering(box, states) as phone:
        request = await box.expect("REGISTER")
        assert request.uri == "sip:127.0.0.1"
        box.send(reply(request, "401 Unauthorized", 'WWW-Authenticate: Basic realm="x"'), phone)
        await until(lambda: phone.state == PhoneState.AUTH_FAILED)
        assert "unusable challenge" in (phone.last_error or "")

        request = await box.expect("REGISTER")
        digest = 'Proxy-Authenticate: Digest realm="fritz.box", nonce="n1", qop="auth"'
        box.send(reply(request, "407 Proxy Authentication Required", digest), phone)
        request = await box.expect("REGISTER")
        assert "qop=auth" in (request.header("Proxy-Authorization") or "")
        stale = 'WWW-Authenticate: Digest realm="fritz.box", nonce="n2", stale=true'
        box.send(reply(request, "401 Unauthorized", stale), phone)
        request = await box.expect("REGISTER")
        assert 'nonce="n2"' in (request.header("Authorization") or "")
        box.send(reply(request, "401 Unauthorized", stale.replace("stale=true", "x=y")), phone)
        await until(lambda: "rejected" in (phone.last_error or ""))

        for _ in range(3):  # stale, stale, stale: gives up
            request = await box.expect("REGISTER")
            box.send(reply(request, "401 Unauthorized", stale), phone)
        await until(lambda: "again and again" in (phone.last_error or ""))

        request = await box.expect("REGISTER")
        qop = 'WWW-Authenticate: Digest realm="r", nonce="n", qop="auth-int"'
        box.send(reply(request, "401 Unauthorized", qop), phone)
        await until(lambda: "qop" in (phone.last_error or ""))
    assert states == [PhoneState.REGISTERING, PhoneState.AUTH_FAILED, PhoneState.STOPPED]
    assert any("on_state callback failed" in r.getMessage() for r in caplog.records)


async def test_refusal_and_the_expires_granted(socket_enabled: None) -> None:
    """404: REFUSED; Expires from our Contact, from the header, or what we asked."""
    states: list[PhoneState] = []
    async with raw_box(registers=True) as box, registering(box, states) as phone:
        request = await box.expect("REGISTER")
        box.send(reply(request, "404 Not Found"), phone)
        await until(lambda: phone.state == PhoneState.REFUSED)
        assert phone.last_error == "404 Not Found"

        request = await box.expect("REGISTER")
        contact = request.header("Contact")
        granted = f"Contact: {contact};expires=1"
        box.send(reply(request, "200 OK", "Contact: <broken", granted), phone)
        await until(lambda: phone.state == PhoneState.REGISTERED)
        request = await box.expect("REGISTER")  # refreshed after 0.8 s: the box granted 1 s
        box.send(reply(request, "200 OK", "Expires: 1"), phone)
        request = await box.expect("REGISTER")
        box.send(reply(request, "200 OK"), phone)  # nothing granted: what we asked
        await until(lambda: phone.registrations == 3)
        assert await box.quiet(0.9) == []  # no refresh before 240 s
        closing = asyncio.create_task(phone.close())
        request = await box.expect("REGISTER")
        assert request.header("Expires") == "0"
        box.send(reply(request, "200 OK"), phone)
        await closing
    assert states == [
        PhoneState.REGISTERING,
        PhoneState.REFUSED,
        PhoneState.REGISTERED,
        PhoneState.STOPPED,
    ]


async def test_cancel_or_bye_after_the_answer(
    socket_enabled: None, caplog: pytest.LogCaptureFixture
) -> None:
    """CANCEL after the 200: 200 only; BYE before the ACK: the call ends, no BYE of ours."""

    def broken(outcome: CallOutcome) -> None:
        raise RuntimeError("a broken callback does not stop the phone")

    recorder = Recorder(HangUp())
    async with raw_box() as box, phone_at(box.port, recorder, on_outcome=broken) as phone:
        box.send(invite("late", box.port), phone)
        await box.expect(200, "late")
        box.send(invite("late", box.port, method="CANCEL"), phone)
        assert (await box.expect(200, "late")).header("CSeq") == "1 CANCEL"
        box.send(invite("late", box.port, method="BYE", cseq=2), phone)
        assert (await box.expect(200, "late")).header("CSeq") == "2 BYE"
        got = await box.quiet(0.3)
        assert [m for m in got if m.method == "BYE" or m.status == 487] == []
    assert any("on_outcome callback failed" in r.getMessage() for r in caplog.records)


async def test_close_hangs_up_a_call_in_progress(socket_enabled: None) -> None:
    """Closing during an announcement: the RTP stops, the box gets a BYE."""
    recorder = Recorder(Say(b"\xd5" * 160 * 500))
    async with raw_box() as box:
        async with phone_at(box.port, recorder) as phone:
            box.send(invite("closing", box.port), phone)
            ok = await box.expect(200, "closing")
            box.send(ack("closing", box.port, ok.header("To") or ""), phone)
            await asyncio.sleep(0.2)
        bye = await box.expect("BYE", "closing")
        assert bye.header("Route") is None
    outcome = recorder.outcomes[0]
    assert (outcome.reason, outcome.answered) == ("closed", True)


def spy_on_sends(phone: SipPhone) -> list[bytes]:
    """Every datagram the phone sends from now on, in order, as it sends it."""
    sent: list[bytes] = []
    send = phone._send

    def spy(data: bytes, addr: tuple[str, int]) -> None:
        sent.append(data)
        send(data, addr)

    phone._send = spy  # type: ignore[method-assign]
    return sent


async def test_the_200_and_the_bye_leave_in_the_handler_of_the_invite_and_the_ack(
    socket_enabled: None,
) -> None:
    """No loop iteration between INVITE and 200, nor between ACK and BYE (latency).

    ``decide`` answers at once: the 100, the 200 and (for a hang-up) the BYE
    go out while the datagram that caused them is handled. A retransmitted
    ACK sends no second BYE; the call ends as hung up.
    """
    recorder = Recorder(HangUp())
    async with raw_box() as box, phone_at(box.port, recorder) as phone:
        sent = spy_on_sends(phone)
        box_addr = ("127.0.0.1", box.port)
        phone._datagram(invite("fast", box.port), box_addr)
        assert [parse_message(d).status for d in sent] == [100, 200]
        to = parse_message(sent[1]).header("To") or ""
        sent.clear()
        phone._datagram(ack("fast", box.port, to), box_addr)
        assert [parse_message(d).method for d in sent] == ["BYE"]
        phone._datagram(ack("fast", box.port, to), box_addr)  # retransmitted
        bye = await box.expect("BYE", "fast")
        box.send(reply(bye, "200 OK"), phone)
        await until(lambda: len(recorder.outcomes) == 1)
        byes = [d for d in sent if parse_message(d).method == "BYE"]
        assert len(byes) == 1  # (the phone's REGISTER retries may be there too)
    assert (recorder.outcomes[0].reason, recorder.outcomes[0].answered) == ("hung_up", True)


async def test_the_100_leaves_before_a_decision_that_waits(socket_enabled: None) -> None:
    """A decision that needs no waiting sends 100 and 200 one after the other; one that
    waits (a reputation look-up) gets the 100 out before it waits, and the 200 after."""
    go = asyncio.Event()

    async def slow(_call: IncomingCall) -> Decision:
        await go.wait()
        return HangUp()

    recorder = Recorder(slow)
    async with raw_box() as box, phone_at(box.port, recorder) as phone:
        sent = spy_on_sends(phone)

        def answers() -> list[int]:  # (the phone's REGISTER refreshes may be there too)
            return [m.status for m in map(parse_message, sent) if not m.is_request]

        phone._datagram(invite("slow", box.port), ("127.0.0.1", box.port))
        assert answers() == [100]
        await box.expect(100, "slow")
        go.set()
        ok = await box.expect(200, "slow")
        assert answers() == [100, 200]
        box.send(ack("slow", box.port, ok.header("To") or ""), phone)
        bye = await box.expect("BYE", "slow")
        box.send(reply(bye, "200 OK"), phone)
        await until(lambda: len(recorder.outcomes) == 1)
    assert recorder.outcomes[0].reason == "hung_up"


async def test_a_finished_call_keeps_only_what_answers_retransmissions(
    socket_enabled: None,
) -> None:
    """Ended calls are remembered for 64*T1, but not their INVITEs, tasks and futures:
    what they held would outlive a garbage collection and make the next one come
    sooner, on the way to some caller's 200."""

    def messages() -> int:
        return sum(isinstance(o, SipMessage) for o in gc.get_objects())

    recorder = Recorder(HangUp())
    async with raw_box() as box, phone_at(box.port, recorder) as phone:
        gc.collect()
        before = messages()
        for number in range(20):
            call_id = f"kept-{number}"
            box.send(invite(call_id, box.port), phone)
            ok = await box.expect(200, call_id)
            box.send(ack(call_id, box.port, ok.header("To") or ""), phone)
            box.send(reply(await box.expect("BYE", call_id), "200 OK"), phone)
            del ok
        await until(lambda: len(recorder.outcomes) == 20)
        assert phone.calls_tracked == 20
        gc.collect()
        assert messages() - before <= 3  # not one INVITE per remembered call
        box.send(invite("kept-0", box.port), phone)  # still answered as before
        ok_again = await box.expect(200, "kept-0")
        assert ok_again.header("CSeq") == "1 INVITE"
        box.send(ack("kept-0", box.port, ok_again.header("To") or ""), phone)
        assert not [m for m in await box.quiet(0.2) if m.method == "BYE"]  # no second BYE
        assert len(recorder.asked) == 20  # and no second decision


async def test_a_finished_call_is_remembered_for_retransmissions_then_forgotten(
    socket_enabled: None,
) -> None:
    """For 64*T1 after it ended a call answers its retransmitted INVITE as before; the
    next INVITE after that forgets it (swept, no timer per call)."""
    recorder = Recorder(HangUp())
    async with raw_box() as box, phone_at(box.port, recorder) as phone:
        box.send(invite("old", box.port), phone)
        ok = await box.expect(200, "old")
        box.send(ack("old", box.port, ok.header("To") or ""), phone)
        bye = await box.expect("BYE", "old")
        box.send(reply(bye, "200 OK"), phone)
        await until(lambda: len(recorder.outcomes) == 1)
        box.send(invite("old", box.port), phone)  # retransmitted: the same 200 again
        assert (await box.expect(200, "old")).header("To") == ok.header("To")
        assert phone.calls_tracked == 1
        await asyncio.sleep(FAST.timeout + 0.05)
        assert phone.calls_tracked == 1  # nothing swept without traffic
        box.send(invite("new", box.port), phone)
        await box.expect(200, "new")
        assert phone.calls_tracked == 1  # "old" forgotten, "new" in progress
        assert len(recorder.asked) == 2
