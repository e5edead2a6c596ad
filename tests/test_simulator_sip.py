"""The simulated FRITZ!Box plays the SIP side: registrar, pings, INVITE/CANCEL/BYE to IP phones.

SIPp (software nobody here wrote) plays the IP phone for the main flows; a
raw-socket phone written below covers the edge cases SIPp cannot reach.
The call monitor lines are read from a plain TCP client.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from dataclasses import dataclass
import hashlib
from pathlib import Path
import re
import secrets
import shutil
import socket

import pytest

from simulator import FritzBoxSimulator
from simulator.sip import SipAccount, SipBox

SCENARIOS = Path(__file__).parent / "sipp_phone"
needs_sipp = pytest.mark.skipif(shutil.which("sipp") is None, reason="SIPp is not installed")


# -- call monitor client -----------------------------------------------------


class Monitor:
    """A call monitor client: the lines the box sends, split into fields."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self.lines: list[list[str]] = []

    async def wait_lines(self, count: int, timeout: float = 5.0) -> list[list[str]]:
        """Wait until ``count`` lines came; returns their fields after the time stamp."""
        async with asyncio.timeout(timeout):
            while len(self.lines) < count:
                line = await self.reader.readline()
                assert line, "the call monitor closed the connection"
                self.lines.append(line.decode().rstrip("\r\n;").split(";")[1:])
        return self.lines

    async def quiet(self, seconds: float = 0.3) -> list[list[str]]:
        """Read whatever comes within ``seconds``; returns all lines so far."""
        with pytest.raises(TimeoutError):
            await self.wait_lines(len(self.lines) + 1, seconds)
        return self.lines


@pytest.fixture
async def sim(socket_enabled: None) -> AsyncGenerator[FritzBoxSimulator]:
    """A simulated box with its call monitor; SIP is started by each test."""
    box = FritzBoxSimulator()
    await box.start()
    yield box
    await box.stop()


async def _monitor(sim: FritzBoxSimulator) -> Monitor:
    reader, writer = await asyncio.open_connection("127.0.0.1", sim.port)
    await sim.wait_for_clients(1)
    return Monitor(reader, writer)


# -- a raw phone ---------------------------------------------------------------


@dataclass
class Msg:
    """A SIP message as the raw phone sees it."""

    start: str
    headers: dict[str, str]
    body: str
    raw: str

    def h(self, name: str) -> str:
        """A header's value ('' if missing)."""
        return self.headers.get(name.lower(), "")


def _parse(data: bytes) -> Msg:
    text = data.decode()
    head, _, body = text.partition("\r\n\r\n")
    lines = head.split("\r\n")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers.setdefault(name.strip().lower(), value.strip())
    return Msg(lines[0], headers, body, text)


class RawPhone(asyncio.DatagramProtocol):
    """A few lines of SIP over a bare UDP socket, to poke at the box."""

    def __init__(self, box: SipBox) -> None:
        self.box = (box.host, box.port)
        self.queue: asyncio.Queue[Msg] = asyncio.Queue()
        self.transport: asyncio.DatagramTransport | None = None
        self.port = 0
        self.answer_options = True
        self.options_seen = 0
        self.user = "ipphone"

    async def start(self) -> RawPhone:
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(
            lambda: self, local_addr=("127.0.0.1", 0)
        )
        self.transport = transport
        self.port = transport.get_extra_info("sockname")[1]
        return self

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        msg = _parse(data)
        if msg.start.startswith("OPTIONS "):
            self.options_seen += 1
            if self.answer_options:
                self.send(self.response(msg, 200, "OK"))
            return
        self.queue.put_nowait(msg)

    def send(self, text: str, addr: tuple[str, int] | None = None) -> None:
        assert self.transport is not None
        self.transport.sendto(text.encode(), addr or self.box)

    async def recv(self, timeout: float = 3.0) -> Msg:
        async with asyncio.timeout(timeout):
            return await self.queue.get()

    async def nothing(self, seconds: float = 0.3) -> None:
        try:
            msg = await self.recv(seconds)
        except TimeoutError:
            return
        pytest.fail(f"unexpected: {msg.start}")

    @property
    def contact(self) -> str:
        return f"sip:{self.user}@127.0.0.1:{self.port}"

    def register_request(
        self,
        cseq: int,
        *,
        uri: str | None = None,
        expires: int = 3600,
        authorization: str = "",
        call_id: str = "reg-1",
    ) -> str:
        lines = [
            f"REGISTER {uri or f'sip:{self.box[0]}'} SIP/2.0",
            f"Via: SIP/2.0/UDP 127.0.0.1:{self.port};branch=z9hG4bK{secrets.token_hex(6)};rport",
            "Max-Forwards: 70",
            f"From: <sip:{self.user}@fritz.box>;tag=phone1",
            f"To: <sip:{self.user}@fritz.box>",
            f"Call-ID: {call_id}",
            f"CSeq: {cseq} REGISTER",
            f"Contact: <{self.contact}>",
            f"Expires: {expires}",
        ]
        if authorization:
            lines.append(f"Authorization: {authorization}")
        return "\r\n".join([*lines, "Content-Length: 0", "", ""])

    async def register(
        self,
        user: str = "ipphone",
        password: str = "secret",
        *,
        expires: int = 3600,
    ) -> Msg:
        """REGISTER, answer the challenge; returns the final response."""
        self.user = user
        self.send(self.register_request(1, expires=expires))
        challenge = await self.recv()
        assert challenge.start == "SIP/2.0 401 Unauthorized"
        params = dict(re.findall(r'(\w+)="([^"]*)"', challenge.h("WWW-Authenticate")))
        uri = f"sip:{self.box[0]}"
        ha1 = _md5(f"{user}:{params['realm']}:{password}")
        response = _md5(f"{ha1}:{params['nonce']}:{_md5(f'REGISTER:{uri}')}")
        self.send(
            self.register_request(
                2,
                expires=expires,
                authorization=f'Digest username="{user}", realm="{params["realm"]}",'
                f' nonce="{params["nonce"]}", uri="{uri}", response="{response}",'
                " algorithm=MD5",
            )
        )
        return await self.recv()

    def response(
        self, request: Msg, code: int, reason: str, *, tag: str = "", sdp: str = ""
    ) -> str:
        to = request.h("To") + (f";tag={tag}" if tag else "")
        lines = [
            f"SIP/2.0 {code} {reason}",
            f"Via: {request.h('Via')}",
            f"From: {request.h('From')}",
            f"To: {to}",
            f"Call-ID: {request.h('Call-ID')}",
            f"CSeq: {request.h('CSeq')}",
            f"Contact: <{self.contact}>",
        ]
        if sdp:
            lines.append("Content-Type: application/sdp")
        return "\r\n".join([*lines, f"Content-Length: {len(sdp)}", "", sdp])

    def bye(self, invite: Msg, tag: str) -> str:
        lines = [
            f"BYE sip:{self.box[0]}:{self.box[1]} SIP/2.0",
            f"Via: SIP/2.0/UDP 127.0.0.1:{self.port};branch=z9hG4bKbye{secrets.token_hex(4)}",
            f"From: {invite.h('To')};tag={tag}",
            f"To: {invite.h('From')}",
            f"Call-ID: {invite.h('Call-ID')}",
            "CSeq: 1 BYE",
        ]
        return "\r\n".join([*lines, "Content-Length: 0", "", ""])


def _md5(text: str) -> str:
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


def _send_rtp(port: int, packets: int) -> None:
    """20 ms PCMA frames to the box, and one datagram that is no RTP."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as rtp:
        for seq in range(packets):
            header = bytes([0x80, 8]) + seq.to_bytes(2) + (seq * 160).to_bytes(4) + b"ssrc"
            rtp.sendto(header + b"\xd5" * 160, ("127.0.0.1", port))
        rtp.sendto(b"garbage", ("127.0.0.1", port))


PCMA_ANSWER = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"


async def _phone(sip: SipBox) -> RawPhone:
    return await RawPhone(sip).start()


# -- SIPp as the IP phone ------------------------------------------------------


def _free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _sipp(cwd: Path, scenario: str, *args: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        "sipp",
        "-sf",
        str(SCENARIOS / scenario),
        "-i",
        "127.0.0.1",
        "-mp",
        str(_free_udp_port()),
        "-m",
        "1",
        "-nostdin",
        "-timeout",
        "15s",
        "-timeout_error",
        "-trace_err",
        *args,
        cwd=cwd,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )


async def _finished(process: asyncio.subprocess.Process, cwd: Path) -> None:
    try:
        async with asyncio.timeout(20):
            code = await process.wait()
    except TimeoutError:
        process.kill()
        await process.wait()
        raise
    assert code == 0, _sipp_errors(cwd)


def _sipp_errors(cwd: Path) -> str:
    return "".join(path.read_text() for path in cwd.glob("*_errors.log"))


async def _sipp_phone(
    sim: FritzBoxSimulator, cwd: Path, scenario: str
) -> asyncio.subprocess.Process:
    """A SIPp UAS waiting for calls, registered by a second SIPp instance."""
    assert sim.sip is not None
    phone_port = _free_udp_port()
    # -aa answers the box's OPTIONS pings outside the call.
    uas = await _sipp(cwd, scenario, "-p", str(phone_port), "-aa")
    register = await _sipp(
        cwd,
        "register.xml",
        f"127.0.0.1:{sim.sip.port}",
        "-p",
        str(_free_udp_port()),
        "-set",
        "phone_port",
        str(phone_port),
    )
    await _finished(register, cwd)
    registration = await sim.sip.wait_registered("ipphone")
    assert registration.contact == f"sip:ipphone@127.0.0.1:{phone_port}"
    assert registration.granted == 600
    return uas


@needs_sipp
async def test_sipp_phone_answers_and_hangs_up(sim: FritzBoxSimulator, tmp_path: Path) -> None:
    """SIPp registers with a digest, answers, hangs up: CONNECT to extension 20, DISCONNECT.

    With ``record_route`` the phone must send its BYE with the Route it was given.
    """
    sip = await sim.start_sip(record_route=True)
    monitor = await _monitor(sim)
    uas = await _sipp_phone(sim, tmp_path, "uas_answer.xml")
    call_id = await sim.ring("0301234567")
    await _finished(uas, tmp_path)
    lines = await monitor.wait_lines(3)
    assert [line[:2] for line in lines] == [
        ["RING", str(call_id)],
        ["CONNECT", str(call_id)],
        ["DISCONNECT", str(call_id)],
    ]
    assert lines[0][2] == "0301234567"
    assert lines[1][2:] == ["20", "0301234567"]  # the IP phone's extension took it
    call = sim.sip_calls[call_id]
    assert call.responses == [100, 180, 200]
    assert call.answered_at is not None
    assert call.bye_at is not None
    assert call.ended_by == "phone"
    assert not call.cancelled
    assert "PCMA/8000" in call.sdp_answer
    assert f"route: <sip:127.0.0.1:{sip.port};lr>" in call.bye_request.lower()
    assert call_id not in sim.active


@needs_sipp
async def test_sipp_phone_declines(sim: FritzBoxSimulator, tmp_path: Path) -> None:
    """180 then 480: the box ACKs, the call keeps ringing elsewhere until the caller hangs up."""
    await sim.start_sip()
    monitor = await _monitor(sim)
    uas = await _sipp_phone(sim, tmp_path, "uas_reject.xml")
    call_id = await sim.ring("0301234567")
    await _finished(uas, tmp_path)
    call = sim.sip_calls[call_id]
    assert call.responses == [100, 180, 480]
    assert call.state == "rejected"
    assert call.answered_at is None
    assert call_id in sim.active  # still ringing on the other phones
    await sim.hang_up(call_id)
    lines = await monitor.wait_lines(2)
    assert [line[0] for line in lines] == ["RING", "DISCONNECT"]
    assert not call.cancelled  # nothing left to cancel


@needs_sipp
async def test_sipp_phone_gets_cancel_when_the_caller_hangs_up(
    sim: FritzBoxSimulator, tmp_path: Path
) -> None:
    """The caller hangs up while the IP phone rings: CANCEL, 200, 487, ACK."""
    await sim.start_sip()
    monitor = await _monitor(sim)
    uas = await _sipp_phone(sim, tmp_path, "uas_cancel.xml")
    call_id = await sim.ring("0301234567")
    assert sim.sip is not None
    await sim.sip.wait_until(lambda: 180 in sim.sip_calls[call_id].responses)
    await sim.hang_up(call_id)
    await _finished(uas, tmp_path)
    call = sim.sip_calls[call_id]
    assert call.cancelled
    assert call.responses == [100, 180, 487]
    assert call.state == "cancelled"
    assert [line[0] for line in await monitor.wait_lines(2)] == ["RING", "DISCONNECT"]


# -- the raw phone: what the box sends, and the edge cases ---------------------


async def test_invite_as_the_box_sends_it(sim: FritzBoxSimulator) -> None:
    """Digest registration; the INVITE's headers and offer; retransmission; ACK; RTP; BYE."""
    sip = await sim.start_sip(t1=0.05)
    monitor = await _monitor(sim)
    phone = await _phone(sip)
    try:
        await phone.register()
        call_id = await sim.ring("0301234567", "987654")
        invite = await phone.recv()
        assert invite.start == f"INVITE {phone.contact} SIP/2.0"
        assert re.fullmatch(r"<sip:0301234567@fritz\.box>;tag=\S+", invite.h("From"))
        assert invite.h("To") == "<sip:ipphone@fritz.box>"
        assert invite.h("P-Called-Party-ID") == "<sip:987654@fritz.box>"
        assert ";branch=z9hG4bK" in invite.h("Via")
        assert invite.h("CSeq") == "1 INVITE"
        assert "Record-Route" not in invite.raw
        assert " RTP/AVP 9 8 0 101\r\n" in invite.body
        for codec in ("9 G722/8000", "8 PCMA/8000", "0 PCMU/8000", "101 telephone-event/8000"):
            assert f"a=rtpmap:{codec}" in invite.body
        rtp_port = int(re.search(r"m=audio (\d+) ", invite.body).group(1))  # type: ignore[union-attr]

        again = await phone.recv()  # timer A: no provisional yet
        assert again.h("Via") == invite.h("Via")
        phone.send(phone.response(invite, 100, "Trying"))
        phone.send(phone.response(invite, 180, "Ringing", tag="ph1"))
        await phone.nothing(0.2)  # no more retransmissions after a provisional

        phone.send(phone.response(invite, 200, "OK", tag="ph1", sdp=PCMA_ANSWER))
        ack = await phone.recv()
        assert ack.start == f"ACK {phone.contact} SIP/2.0"
        assert ack.h("To") == "<sip:ipphone@fritz.box>;tag=ph1"
        assert ack.h("CSeq") == "1 ACK"
        assert ack.h("Call-ID") == invite.h("Call-ID")
        phone.send(phone.response(invite, 200, "OK", tag="ph1", sdp=PCMA_ANSWER))
        assert (await phone.recv()).h("CSeq") == "1 ACK"  # a retransmitted 200 is ACKed again
        lines = await monitor.wait_lines(2)
        assert lines[1][:3] == ["CONNECT", str(call_id), "20"]

        _send_rtp(rtp_port, 5)
        call = sim.sip_calls[call_id]
        await sip.wait_until(lambda: call.packets == 5)
        assert call.rtp_payload_bytes == 800
        assert call.rtp_payload_types == {8}

        phone.send(phone.bye(invite, "ph1"))
        ok = await phone.recv()
        assert ok.start == "SIP/2.0 200 OK"
        assert ok.h("CSeq") == "1 BYE"
        lines = await monitor.wait_lines(3)
        assert lines[2][:2] == ["DISCONNECT", str(call_id)]
        assert call.responses == [100, 180, 200]
        assert call.ended_by == "phone"
        assert call.bye_at is not None
    finally:
        phone.close()


async def test_register_refusals_and_unregister(sim: FritzBoxSimulator) -> None:
    """A user part is dropped silently; a wrong password or user gets 403; Expires 0 unregisters."""
    sip = await sim.start_sip()
    phone = await _phone(sip)
    try:
        phone.send(phone.register_request(1, uri=f"sip:ipphone@{sip.host}"))
        await phone.nothing()
        assert sip.dropped_registers == 1

        assert (await phone.register(password="wrong")).start == "SIP/2.0 403 Forbidden"
        assert (await phone.register(user="nobody")).start == "SIP/2.0 403 Forbidden"
        assert not sip.live_registrations()

        ok = await phone.register(expires=7200)
        assert ok.start == "SIP/2.0 200 OK"
        assert ok.h("Expires") == "600"  # the box's maximum, not what was asked
        assert ok.h("Contact") == f"<{phone.contact}>;expires=600"
        assert set(sip.live_registrations()) == {"ipphone"}
        gone = await phone.register(expires=0)
        assert gone.start == "SIP/2.0 200 OK"
        assert not sip.live_registrations()

        # Ringing with nobody registered sends nothing.
        await sim.ring("0301234567")
        await phone.nothing()
    finally:
        phone.close()


async def test_restart_and_expiry(sim: FritzBoxSimulator) -> None:
    """After a restart the binding and the old nonce are gone; a binding expires by itself."""
    sip = await sim.start_sip(max_expires=1)
    phone = await _phone(sip)
    try:
        ok = await phone.register()
        assert ok.h("Expires") == "1"
        await sip.wait_until(lambda: not sip.live_registrations(), timeout=3)
        assert "ipphone: registration expired" in sip.events

        sip.max_expires = 600
        await phone.register()
        sip.restart()
        assert not sip.live_registrations()
        # The phone's next refresh with the old nonce is challenged again.
        phone.send(
            phone.register_request(
                3,
                authorization='Digest username="ipphone", realm="fritz.box", nonce="OLD",'
                ' uri="sip:127.0.0.1", response="00"',
            )
        )
        challenge = await phone.recv()
        assert challenge.start == "SIP/2.0 401 Unauthorized"
        assert "qop" not in challenge.h("WWW-Authenticate")
        assert (await phone.register()).start == "SIP/2.0 200 OK"
    finally:
        phone.close()


async def test_options_pings_drop_a_silent_phone(sim: FritzBoxSimulator) -> None:
    """The box pings; a phone that answers stays, one that misses 3 in a row is dropped."""
    sip = await sim.start_sip(options_interval=0.1)
    phone = await _phone(sip)
    try:
        await phone.register()
        await sip.wait_until(lambda: sip.registrations["ipphone"].pings_answered >= 4)
        assert sip.live_registrations()
        phone.answer_options = False
        seen = phone.options_seen
        await sip.wait_until(lambda: not sip.live_registrations(), timeout=2)
        assert phone.options_seen - seen == 3
        assert "ipphone: 3 OPTIONS unanswered, dropped" in sip.events
    finally:
        phone.close()


async def test_garbage_never_crashes(sim: FritzBoxSimulator) -> None:
    """Malformed requests and responses are ignored; the box still works afterwards."""
    sip = await sim.start_sip(t1=0.05)
    phone = await _phone(sip)
    try:
        for junk in (
            b"\x00\xff" * 100,
            b"hello",
            b"SIP/2.0 200 OK\r\n\r\n",
            b"SIP/2.0 2000 OK\r\nCall-ID: x\r\nCSeq: 1 INVITE\r\n\r\n",
            b"SIP/2.0 200 OK\r\nCall-ID: nobody\r\nCSeq: x INVITE\r\n\r\n",
            b"SIP/2.0 180 Ringing\r\nCall-ID: unknown\r\nCSeq: 1 INVITE\r\n\r\n",
            b"INVITE sip:x SIP/2.0\r\nno colon here\r\n\r\n",
            b"REGISTER sip:127.0.0.1 SIP/2.0\r\nCall-ID: a\r\nCSeq: 1 REGISTER\r\n\r\n",
            b"X" * 20000,
            b"\r\n\r\n",
        ):
            phone.send(junk.decode("latin-1"))
        # The REGISTER without From/Via is still challenged; nothing else answered.
        assert (await phone.recv()).start == "SIP/2.0 401 Unauthorized"
        await phone.nothing(0.2)
        assert sip.ignored >= 7

        await phone.register()
        call_id = await sim.ring("0301234567")
        invite = await phone.recv()
        # A final response without To tag, then garbage Contact: still ACKed, no crash.
        phone.send(phone.response(invite, 486, "Busy Here"))
        ack = await phone.recv()
        assert ack.start.startswith("ACK ")
        assert sim.sip_calls[call_id].responses == [486]
    finally:
        phone.close()


async def test_cancel_waits_for_a_provisional_and_handset_answer_cancels(
    sim: FritzBoxSimulator,
) -> None:
    """No CANCEL before a provisional (RFC 3261 9.1); a handset answering cancels the IP phone."""
    sip = await sim.start_sip(t1=0.5)
    monitor = await _monitor(sim)
    phone = await _phone(sip)
    try:
        await phone.register()
        call_id = await sim.ring("0301234567")
        invite = await phone.recv()
        await sim.answer(call_id)  # a DECT handset picks up
        await phone.nothing(0.2)
        phone.send(phone.response(invite, 180, "Ringing", tag="ph1"))
        cancel = await phone.recv()
        assert cancel.start == f"CANCEL {phone.contact} SIP/2.0"
        assert cancel.h("Via") == invite.h("Via")
        assert cancel.h("CSeq") == "1 CANCEL"
        phone.send(phone.response(cancel, 200, "OK", tag="ph1"))
        phone.send(phone.response(invite, 487, "Request Terminated", tag="ph1"))
        ack = await phone.recv()
        assert ack.h("CSeq") == "1 ACK"
        assert ack.h("Via") == invite.h("Via")  # same transaction as the INVITE
        call = sim.sip_calls[call_id]
        assert call.cancelled
        assert call.state == "cancelled"
        lines = await monitor.wait_lines(2)
        assert lines[1][:3] == ["CONNECT", str(call_id), "12"]
    finally:
        phone.close()


async def test_caller_hangs_up_a_connected_call_and_record_route(sim: FritzBoxSimulator) -> None:
    """With record_route the INVITE carries one; when the caller hangs up the box sends BYE."""
    sip = await sim.start_sip(record_route=True)
    monitor = await _monitor(sim)
    phone = await _phone(sip)
    try:
        await phone.register()
        call_id = await sim.ring("")
        invite = await phone.recv()
        assert invite.h("Record-Route") == f"<sip:127.0.0.1:{sip.port};lr>"
        assert invite.h("From").startswith('"anonymous" <sip:anonymous@fritz.box>;tag=')
        assert invite.h("Privacy") == "id"
        response = phone.response(invite, 200, "OK", tag="ph2", sdp=PCMA_ANSWER)
        response = response.replace(
            "Contact:", f"Record-Route: {invite.h('Record-Route')}\r\nContact:"
        )
        phone.send(response)
        ack = await phone.recv()
        assert ack.start == f"ACK {phone.contact} SIP/2.0"
        assert ack.h("Route") == ""  # the box's own entry is not a hop
        await monitor.wait_lines(2)
        await sim.hang_up(call_id, 5)
        bye = await phone.recv()
        assert bye.start == f"BYE {phone.contact} SIP/2.0"
        assert bye.h("CSeq") == "2 BYE"
        assert bye.h("To") == "<sip:ipphone@fritz.box>;tag=ph2"
        phone.send(phone.response(bye, 200, "OK"))
        call = sim.sip_calls[call_id]
        await sip.wait_until(lambda: call.bye_confirmed)
        assert call.ended_by == "box"
        lines = await monitor.wait_lines(3)
        assert lines[2][:3] == ["DISCONNECT", str(call_id), "5"]
    finally:
        phone.close()


async def test_internal_calls_and_commands(sim: FritzBoxSimulator) -> None:
    """**610 → **620 and the **9 broadcast reach the phone, never the call monitor."""
    sip = await sim.start_sip()
    sip.accounts["second"] = SipAccount("second", "pw2", "21")
    monitor = await _monitor(sim)
    phone = await _phone(sip)
    replies: list[str] = []
    try:
        await phone.register()
        await sim.run_command("internal **610 **620", replies.append)
        invite = await phone.recv()
        assert re.fullmatch(r"<sip:\*\*610@fritz\.box>;tag=\S+", invite.h("From"))
        assert invite.h("To") == "<sip:**620@fritz.box>"
        phone.send(phone.response(invite, 486, "Busy Here", tag="x"))
        assert (await phone.recv()).start.startswith("ACK ")

        await sim.internal_call("**611", "**621")  # the other IP phone is not registered
        await phone.nothing(0.2)

        call_id = await sim.internal_call("**610", "**9")
        broadcast = await phone.recv()
        assert broadcast.h("To") == "<sip:**9@fritz.box>"
        phone.send(phone.response(broadcast, 200, "OK", tag="y", sdp=PCMA_ANSWER))
        assert (await phone.recv()).start.startswith("ACK ")
        await sim.hang_up(call_id)
        bye = await phone.recv()
        assert bye.start.startswith("BYE ")
        phone.send(phone.response(bye, 200, "OK"))
        assert await monitor.quiet() == []

        await sim.run_command("sip", replies.append)
        await sim.run_command("restart", replies.append)
        await sim.run_command("sip", replies.append)
    finally:
        phone.close()
    assert replies[0].startswith("internal call **610 → **620: id 0, 1 IP phone(s) ringing")
    assert "ipphone (**620): sip:ipphone@127.0.0.1:" in replies[1]
    assert "second (**621): not registered" in replies[1]
    assert replies[2].startswith("restarted")
    assert "ipphone (**620): not registered" in replies[3]


async def test_sip_port_in_constructor_and_restart_of_the_box(socket_enabled: None) -> None:
    """``sip_port`` starts SIP with ``start()``; stop/start keeps the port, forgets phones."""
    box = FritzBoxSimulator(sip_port=0, sip_user="door", sip_password="pw", sip_extension="22")
    await box.start()
    try:
        assert box.sip is not None
        port = box.sip.port
        phone = await _phone(box.sip)
        try:
            assert (await phone.register(user="door", password="pw")).start == "SIP/2.0 200 OK"
        finally:
            phone.close()
        await box.stop()
        await box.start()
        assert box.sip.port == port
        assert not box.sip.live_registrations()
        assert set(box.sip.accounts) == {"door"}
    finally:
        await box.stop()


async def test_two_phones_ring_and_one_answers(sim: FritzBoxSimulator) -> None:
    """Every registered phone gets the INVITE; when one answers, the other gets CANCEL."""
    sip = await sim.start_sip(
        accounts=[SipAccount("ipphone", "secret", "20"), SipAccount("second", "pw2", "21")]
    )
    monitor = await _monitor(sim)
    first, second = await _phone(sip), await _phone(sip)
    try:
        await first.register()
        await second.register(user="second", password="pw2")
        assert set(sip.live_registrations()) == {"ipphone", "second"}
        call_id = await sim.ring("0301234567")
        invites = [await first.recv(), await second.recv()]
        assert invites[1].h("To") == "<sip:second@fritz.box>"  # the AOR it registered
        for phone, invite in zip((first, second), invites, strict=True):
            phone.send(phone.response(invite, 180, "Ringing", tag="t"))
        await sip.wait_until(lambda: all(leg.state == "ringing" for leg in sip.legs[call_id]))
        second.send(second.response(invites[1], 200, "OK", tag="t", sdp=PCMA_ANSWER))
        assert (await second.recv()).start.startswith("ACK ")
        cancel = await first.recv()
        assert cancel.start.startswith("CANCEL ")
        lines = await monitor.wait_lines(2)
        assert lines[1][:3] == ["CONNECT", str(call_id), "21"]
        assert sim.sip_calls[call_id].user == "ipphone"  # the first phone's leg
        assert [leg.user for leg in sip.legs[call_id]] == ["ipphone", "second"]
    finally:
        first.close()
        second.close()
