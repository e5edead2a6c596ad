"""The phone's work per call with warm and with cold CPU caches, beside the bare UA's.

``benchmarks/sip_latency.py`` times calls end to end through SIPp and finds
the line's phone at about twice the bare UA (the floor) at p99. This one
looks inside a single process, without sockets or SIPp: each peer's
datagram handler is called with the INVITE and then the ACK of a flagged
caller's call (the same messages as ``benchmarks/sipp/caller.xml``), its
answers go to a transport that only keeps them, and the handler's time is
taken around each call (``perf_counter``). Four peers, in blocks that take
turns so that the machine's noise falls on all of them alike:

- **bare UA**: ``benchmarks/sip_bare_ua.py``'s protocol, the floor;
- **SipPhone**: ``lib.phone.SipPhone``, its ``decide`` answering ``HangUp()``
  at once (as ``sip_phone_alone.py``);
- **SipPhone + judgement**: the same, its ``decide`` normalising the caller
  with ``lib.numbers.normalize`` (``phonenumbers``, as the line does) and
  looking the number up in a set of the flagged numbers;
- **minimal phone + judgement**: the same work a call needs (the datagram
  checked as hostile input, ``normalize``, the SDP, the answers, a resend
  timer) in one handler, without ``SipPhone``'s transaction layer: how far
  any rewrite of the phone could get under the project's rules.

Two conditions: **warm** (one call after the other, as in a loop) and
**cold**: before each INVITE, one byte in every 64 of a 64 MiB buffer is
written, which pushes the handler's code and data out of the CPU caches,
as a phone that sleeps between calls finds them (a call every 40 ms in the
SIPp benchmark; hours apart at home).

Run from the repository root::

    .venv/bin/python -m benchmarks.phone_cold [--calls 1500] [--flush-mib 64]

It prints the INVITE's and the ACK's handler time (p50, p99) per peer and
condition, and each peer's ratio to the bare UA in the same run. The
sockets' ``sendto`` (about 0.14 ms each on the 2-vCPU VM of
benchmarks/README.md) is left out on purpose: it is the same for every peer.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
import random
import statistics
import sys
import time
from typing import Any

import phonenumbers

from benchmarks.common import print_machine, print_table, quiet_logging
from benchmarks.sip_bare_ua import BareUa
from custom_components.nuisance_calls.lib.numbers import normalize
from custom_components.nuisance_calls.lib.phone import Decision, HangUp, IncomingCall, SipPhone
from custom_components.nuisance_calls.lib.sip import (
    SipMessage,
    SipParseError,
    build_sdp_answer,
    choose_codec,
    new_branch,
    new_tag,
    parse_cseq,
    parse_message,
    parse_sdp_offer,
    random_bits,
    read_name_addr,
    response_to,
    uri_user,
)

E164 = phonenumbers.PhoneNumberFormat.E164
BOX = ("127.0.0.1", 5060)
CONTACT = "<sip:bench@127.0.0.1:5062>"
MANDATORY = ("Via", "From", "To", "Call-ID", "CSeq")
BLOCK = 50
"""Calls per peer before the next peer's turn."""

INVITE = (
    "INVITE sip:{called}@127.0.0.1:5062 SIP/2.0\r\n"
    "Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK-{n};rport\r\n"
    "From: <sip:{caller}@fritz.box>;tag=box{n}\r\n"
    "To: <sip:{called}@fritz.box>\r\n"
    "Call-ID: {n}-bench@127.0.0.1\r\n"
    "CSeq: 1 INVITE\r\n"
    "Contact: <sip:{caller}@127.0.0.1:5060>\r\n"
    "P-Called-Party-ID: <sip:{called}@fritz.box>\r\n"
    "Max-Forwards: 70\r\n"
    "User-Agent: FRITZ!OS\r\n"
    "Allow: INVITE, ACK, OPTIONS, CANCEL, BYE, UPDATE, PRACK, INFO, SUBSCRIBE, NOTIFY, REFER, "
    "MESSAGE\r\n"
    "Supported: 100rel, replaces\r\n"
    "Content-Type: application/sdp\r\n"
    "Content-Length: {length}\r\n"
    "\r\n"
)
SDP = (
    "v=0\r\no=- 1{n} 1{n} IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
    "m=audio 6000 RTP/AVP 9 8 0 101\r\na=rtpmap:9 G722/8000\r\na=rtpmap:8 PCMA/8000\r\n"
    "a=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\n"
    "a=sendrecv\r\na=ptime:20\r\n"
)
ACK = (
    "ACK sip:bench@127.0.0.1:5062 SIP/2.0\r\n"
    "Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK-ack{n};rport\r\n"
    "From: <sip:{caller}@fritz.box>;tag=box{n}\r\n"
    "To: {to}\r\n"
    "Call-ID: {n}-bench@127.0.0.1\r\n"
    "CSeq: 1 ACK\r\n"
    "Max-Forwards: 70\r\n"
    "Content-Length: 0\r\n"
    "\r\n"
)


class KeepingTransport(asyncio.DatagramTransport):
    """A transport that keeps what is sent (no socket: ``sendto`` costs the same for all)."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[bytes] = []

    def sendto(self, data: bytes | bytearray | memoryview, addr: Any = None) -> None:
        """Keep the datagram."""
        self.sent.append(bytes(data))

    def is_closing(self) -> bool:
        """Never closing."""
        return False

    def close(self) -> None:
        """Nothing to close."""

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        """The bare UA asks for its socket's address."""
        return ("127.0.0.1", 5062) if name == "sockname" else default


@dataclass
class Series:
    """Handler times of one peer in one condition, in seconds."""

    invite: list[float] = field(default_factory=list)
    ack: list[float] = field(default_factory=list)


def quantile(values: list[float], q: float) -> float:
    """The ``q`` quantile (0..1) of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def invite_bytes(n: int, caller: str) -> bytes:
    """The box's INVITE of call ``n`` from ``caller`` (national form)."""
    sdp = SDP.format(n=n)
    head = INVITE.format(called="123456", caller=caller, n=n, length=len(sdp))
    return (head + sdp).encode()


class Peer:
    """One peer under test: its handler, and what finishes a call after the ACK."""

    name = ""

    def __init__(self) -> None:
        self.transport = KeepingTransport()

    def handle(self, data: bytes) -> None:
        """One datagram from the box."""
        raise NotImplementedError

    async def after_ack(self) -> None:
        """Answer what the peer sent on the ACK (untimed)."""


class Bare(Peer):
    """The bare UA (``sip_bare_ua.BareUa``)."""

    name = "bare UA"

    def __init__(self) -> None:
        super().__init__()
        self.ua = BareUa()
        self.ua.connection_made(self.transport)

    def handle(self, data: bytes) -> None:
        """The bare UA's ``datagram_received``."""
        self.ua.datagram_received(data, BOX)


class Phone(Peer):
    """``SipPhone`` with the given ``decide``, fed through its datagram handler."""

    def __init__(self, name: str, decide: Callable[[IncomingCall], Any]) -> None:
        super().__init__()
        self.name = name
        self.phone = SipPhone(
            box_host=BOX[0], box_port=BOX[1], user="bench", password="", decide=decide
        )
        # What ``start`` sets up, without a socket or a registration (a benchmark
        # may reach in; the integration never does).
        self.phone._transport = self.transport
        self.phone._box_addr = BOX
        self.phone._local_addr = ("127.0.0.1", 5062)
        self.phone._silent_port = 5064

    def handle(self, data: bytes) -> None:
        """``SipPhone``'s handler of a datagram from the box."""
        self.phone._datagram(data, BOX)

    async def after_ack(self) -> None:
        """The box's 200 to the phone's BYE, so that the call ends and is forgotten."""
        bye = parse_message(self.transport.sent[-1])
        ok = (
            f"SIP/2.0 200 OK\r\nVia: {bye.header('Via')}\r\nFrom: {bye.header('From')}\r\n"
            f"To: {bye.header('To')}\r\nCall-ID: {bye.call_id}\r\nCSeq: 1 BYE\r\n"
            "Content-Length: 0\r\n\r\n"
        )
        self.phone._datagram(ok.encode(), BOX)
        for _ in range(3):
            await asyncio.sleep(0)


class Minimal(Peer):
    """The least a phone may do under the project's rules, in one handler.

    What every call needs and ``SipPhone`` does too: the datagram parsed and
    checked as hostile input (``parse_message``, the mandatory headers, the
    CSeq), the caller read from From, ``normalize`` (``phonenumbers``) and a
    look-up in the flagged numbers, the SDP offer read and answered, the 100
    and the 200 written, a timer to resend the 200 until the ACK, and the BYE.
    Left out, unlike ``SipPhone``: tasks, the call's state beyond a dict, the
    decision's deadline, CANCEL, absorbing retransmissions, the called number,
    the broadcast check, the outcome report. Its figures show how far any
    rewrite of the phone could get.
    """

    name = "minimal phone + judgement"

    def __init__(self, flagged: frozenset[str]) -> None:
        super().__init__()
        self.flagged = flagged
        self.calls: dict[str, tuple[SipMessage, str, asyncio.TimerHandle]] = {}
        self.loop = asyncio.get_running_loop()

    def handle(self, data: bytes) -> None:
        """INVITE: judge, 100 and 200; ACK: BYE."""
        message = parse_message(data)
        if not message.has_headers(MANDATORY):
            raise SipParseError("mandatory header missing")
        parse_cseq(message.header("CSeq"))
        call_id = message.call_id
        if message.method == "INVITE":
            caller = uri_user(read_name_addr(message.header("From") or "")[1])
            if normalize(caller or "", "DE") not in self.flagged:
                raise RuntimeError("not flagged")
            offer = parse_sdp_offer(message.body)
            codec = choose_codec(offer)
            assert codec is not None
            answer = build_sdp_answer(
                offer, host="127.0.0.1", port=5064, codec=codec, session_id=random_bits(31)
            )
            tag = new_tag()
            self.transport.sendto(response_to(message, 100, "Trying").to_bytes(), BOX)
            ok = response_to(
                message,
                200,
                "OK",
                to_tag=tag,
                headers=[("Contact", CONTACT), ("Content-Type", "application/sdp")],
                body=answer,
            ).to_bytes()
            self.transport.sendto(ok, BOX)
            resend = self.loop.call_at(self.loop.time() + 0.5, self.transport.sendto, ok, BOX)
            self.calls[call_id] = (message, tag, resend)
        elif message.method == "ACK":
            invite, tag, resend = self.calls.pop(call_id)
            resend.cancel()
            bye = (
                f"BYE {read_name_addr(invite.header('Contact') or '')[1]} SIP/2.0\r\n"
                f"Via: SIP/2.0/UDP 127.0.0.1:5062;branch={new_branch()};rport\r\n"
                "Max-Forwards: 70\r\n"
                f"From: {invite.header('To')};tag={tag}\r\n"
                f"To: {invite.header('From')}\r\n"
                f"Call-ID: {call_id}\r\nCSeq: 1 BYE\r\nContent-Length: 0\r\n\r\n"
            )
            self.transport.sendto(bye.encode(), BOX)


PEERS = ("bare UA", "SipPhone", "SipPhone + judgement", Minimal.name)


def judging(flagged: frozenset[str]) -> Callable[[IncomingCall], Any]:
    """A ``decide`` that judges as the line does at its core: E.164, then a look-up."""

    async def decide(call: IncomingCall) -> Decision:
        number = normalize(call.caller or "", "DE")
        assert number in flagged
        return HangUp()

    return decide


async def _hang_up(_call: IncomingCall) -> Decision:
    return HangUp()


async def one_call(
    peer: Peer, n: int, caller: str, series: Series, flush: bytearray | None
) -> None:
    """Call ``n``: INVITE, then the ACK to the peer's 200, each handler timed."""
    peer.transport.sent.clear()
    invite = invite_bytes(n, caller)
    if flush is not None:
        flush[::64] = bytes([n % 251]) * len(range(0, len(flush), 64))
    started = time.perf_counter()
    peer.handle(invite)
    series.invite.append(time.perf_counter() - started)
    ok = parse_message(peer.transport.sent[-1])
    if ok.status != 200:
        raise RuntimeError(f"{peer.name} answered {ok.status} {ok.reason}")
    ack = ACK.format(n=n, caller=caller, to=ok.header("To")).encode()
    started = time.perf_counter()
    peer.handle(ack)
    series.ack.append(time.perf_counter() - started)
    if not parse_message(peer.transport.sent[-1]).method == "BYE":
        raise RuntimeError(f"{peer.name} sent no BYE on the ACK")
    await peer.after_ack()


async def run(calls: int, flush_mib: int, seed: int) -> dict[tuple[str, str], Series]:
    """Every peer, warm and cold, ``calls`` calls each."""
    rng = random.Random(seed)
    conditions = (("warm", None), ("cold", bytearray(flush_mib << 20)))
    # Numbers of their own for every peer and condition: ``normalize`` caches
    # what it has read (as it does in the line), and every call comes from a
    # number the phone has not seen yet.
    callers = {
        (condition, peer): [
            f"0{rng.randint(30, 999)}{rng.randint(1_000_000, 9_999_999)}" for _ in range(calls)
        ]
        for condition, _ in conditions
        for peer in PEERS
    }
    # The list, made without ``normalize``: its cache must not know the callers yet.
    flagged = frozenset(
        phonenumbers.format_number(phonenumbers.parse(caller, "DE"), E164)
        for numbers in callers.values()
        for caller in numbers
    )
    results: dict[tuple[str, str], Series] = {}
    serial = 0
    for condition, buffer in conditions:
        peers: list[Peer] = [
            Bare(),
            Phone("SipPhone", _hang_up),
            Phone("SipPhone + judgement", judging(flagged)),
            Minimal(flagged),
        ]
        for start in range(0, calls, BLOCK):
            for peer in peers:
                series = results.setdefault((peer.name, condition), Series())
                numbers = callers[(condition, peer.name)]
                for n in range(start, min(start + BLOCK, calls)):
                    serial += 1
                    await one_call(peer, serial, numbers[n], series, buffer)
    return results


def report(results: dict[tuple[str, str], Series], calls: int) -> None:
    """The table: handler times per peer and condition, and the ratios to the bare UA."""
    rows: list[tuple[str, ...]] = []
    for condition in ("warm", "cold"):
        floor = results[("bare UA", condition)]
        for name in PEERS:
            series = results[(name, condition)]
            invite50, invite99 = quantile(series.invite, 0.5), quantile(series.invite, 0.99)
            ack50 = quantile(series.ack, 0.5)
            total50 = statistics.median(
                i + a for i, a in zip(series.invite, series.ack, strict=True)
            )
            floor50 = statistics.median(i + a for i, a in zip(floor.invite, floor.ack, strict=True))
            rows.append(
                (
                    condition,
                    name,
                    f"{invite50 * 1e6:.0f} / {invite99 * 1e6:.0f}",
                    f"{ack50 * 1e6:.0f}",
                    f"{total50 * 1e6:.0f}",
                    f"{total50 / floor50:.1f}x",
                )
            )
    print(f"\n{calls} calls per peer and condition (handler time only, no sendto):\n")
    print_table(
        (
            "condition",
            "peer",
            "INVITE p50 / p99 (us)",
            "ACK p50 (us)",
            "INVITE+ACK p50 (us)",
            "vs bare UA",
        ),
        rows,
    )
    warm = {name: results[(name, "warm")] for name in ("bare UA", "SipPhone + judgement")}
    cold = {name: results[(name, "cold")] for name in ("bare UA", "SipPhone + judgement")}
    print(
        "\nCold / warm, INVITE p50: bare UA "
        f"{quantile(cold['bare UA'].invite, 0.5) / quantile(warm['bare UA'].invite, 0.5):.1f}x, "
        "SipPhone + judgement "
        f"{
            quantile(cold['SipPhone + judgement'].invite, 0.5)
            / quantile(warm['SipPhone + judgement'].invite, 0.5):.1f}x"
    )


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.phone_cold", description=__doc__)
    parser.add_argument("--calls", type=int, default=1500, help="calls per peer and condition")
    parser.add_argument(
        "--flush-mib", type=int, default=64, help="buffer written before a cold call"
    )
    parser.add_argument("--seed", type=int, default=20261, help="random seed of the callers")
    args = parser.parse_args(argv)
    quiet_logging()
    print_machine(["phonenumbers"])
    results = asyncio.run(run(args.calls, args.flush_mib, args.seed))
    report(results, args.calls)
    return 0


if __name__ == "__main__":
    sys.exit(main())
