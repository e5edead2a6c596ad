"""The floor of ``benchmarks/sip_latency.py``: the simplest SIP peer that answers and hangs up.

What callblocker's SIP side does for a blocked caller, and nothing else: on
an INVITE, 100 Trying and 200 OK with a PCMA answer; on the ACK, BYE.
callblocker answers through pjsua, whose ``pjsua_call_on_incoming`` sends
the 100 (``pjsip_inv_initial_answer(inv, rdata, 100, ...)``) before the
application's ``on_incoming_call`` answers, so both leave one after the
other, as here. With ``--no-trying``, the 200 alone (RFC 3261 allows that
for an answer within 200 ms; the benchmark shows it as a second floor). No registration, no
judgement, no retransmission timers (loopback loses nothing). One asyncio
UDP endpoint in a process of its own, the same Python as Home Assistant, so
that the ratio integration / bare UA is what the integration and Home
Assistant add, not the language.

Run by the benchmark::

    python -m benchmarks.sip_bare_ua --port 0 [--no-trying]

It prints ``ready <port>`` once it listens on 127.0.0.1 and runs until killed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import re
import secrets
import sys

_HEADER = re.compile(rb"^([A-Za-z-]+)[ \t]*:[ \t]*(.*)$")
_COMPACT = {b"v": b"via", b"f": b"from", b"t": b"to", b"i": b"call-id", b"m": b"contact"}


def _headers(head: bytes) -> dict[bytes, bytes]:
    """The first value of each header, by lower-case name (compact forms expanded)."""
    found: dict[bytes, bytes] = {}
    for line in head.split(b"\r\n")[1:]:
        if match := _HEADER.match(line):
            name = match[1].lower()
            found.setdefault(_COMPACT.get(name, name), match[2].strip())
    return found


def _uri(value: bytes) -> bytes:
    start, end = value.find(b"<"), value.find(b">")
    return value[start + 1 : end] if 0 <= start < end else value.split(b";")[0]


class BareUa(asyncio.DatagramProtocol):
    """Answer every INVITE with 200 + SDP; on its ACK, send BYE."""

    def __init__(self, *, trying: bool = True) -> None:
        self.trying = trying
        self.transport: asyncio.DatagramTransport | None = None
        self.calls: dict[bytes, tuple[dict[bytes, bytes], bytes, bytes]] = {}
        """Call-ID -> (the INVITE's headers, our tag, our 200)."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        """Keep the socket."""
        assert isinstance(transport, asyncio.DatagramTransport)
        self.transport = transport

    def datagram_received(self, data: bytes, addr: tuple[str | int, ...]) -> None:
        """One SIP message."""
        assert self.transport is not None
        head, _, _body = data.partition(b"\r\n\r\n")
        start = head.split(b"\r\n", 1)[0]
        headers = _headers(head)
        call_id = headers.get(b"call-id", b"")
        if start.startswith(b"INVITE "):
            known = self.calls.get(call_id)
            if known is None:
                known = self._answer(headers)
                self.calls[call_id] = known
                if self.trying:
                    self.transport.sendto(self._trying(headers), addr)
            self.transport.sendto(known[2], addr)
        elif start.startswith(b"ACK ") and call_id in self.calls:
            invite, tag, _ok = self.calls.pop(call_id)
            self.transport.sendto(self._bye(invite, tag), addr)
        # the 200 to our BYE and anything else: nothing to do

    @staticmethod
    def _trying(invite: dict[bytes, bytes]) -> bytes:
        return b"\r\n".join(
            (
                b"SIP/2.0 100 Trying",
                b"Via: " + invite.get(b"via", b""),
                b"From: " + invite.get(b"from", b""),
                b"To: " + invite.get(b"to", b""),
                b"Call-ID: " + invite.get(b"call-id", b""),
                b"CSeq: " + invite.get(b"cseq", b""),
                b"Content-Length: 0",
                b"",
                b"",
            )
        )

    def _answer(self, invite: dict[bytes, bytes]) -> tuple[dict[bytes, bytes], bytes, bytes]:
        host, port = self.transport.get_extra_info("sockname")[:2] if self.transport else ("", 0)
        tag = secrets.token_hex(4).encode()
        sdp = (
            f"v=0\r\no=- 1 1 IN IP4 {host}\r\ns=-\r\nc=IN IP4 {host}\r\nt=0 0\r\n"
            f"m=audio {port + 2} RTP/AVP 8\r\na=rtpmap:8 PCMA/8000\r\na=sendrecv\r\n"
        ).encode()
        ok = b"\r\n".join(
            (
                b"SIP/2.0 200 OK",
                b"Via: " + invite.get(b"via", b""),
                b"From: " + invite.get(b"from", b""),
                b"To: " + invite.get(b"to", b"") + b";tag=" + tag,
                b"Call-ID: " + invite.get(b"call-id", b""),
                b"CSeq: " + invite.get(b"cseq", b""),
                f"Contact: <sip:bare@{host}:{port}>".encode(),
                b"Content-Type: application/sdp",
                b"Content-Length: " + str(len(sdp)).encode(),
                b"",
                sdp,
            )
        )
        return invite, tag, ok

    def _bye(self, invite: dict[bytes, bytes], tag: bytes) -> bytes:
        host, port = self.transport.get_extra_info("sockname")[:2] if self.transport else ("", 0)
        target = _uri(invite.get(b"contact") or invite.get(b"from", b""))
        branch = "z9hG4bK" + secrets.token_hex(8)
        return b"\r\n".join(
            (
                b"BYE " + target + b" SIP/2.0",
                f"Via: SIP/2.0/UDP {host}:{port};branch={branch};rport".encode(),
                b"Max-Forwards: 70",
                b"From: " + invite.get(b"to", b"") + b";tag=" + tag,
                b"To: " + invite.get(b"from", b""),
                b"Call-ID: " + invite.get(b"call-id", b""),
                b"CSeq: 1 BYE",
                b"Content-Length: 0",
                b"",
                b"",
            )
        )


async def serve(port: int, *, trying: bool = True) -> None:
    """Listen on 127.0.0.1:``port`` until cancelled."""
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(
        lambda: BareUa(trying=trying), local_addr=("127.0.0.1", port)
    )
    print(f"ready {transport.get_extra_info('sockname')[1]}", flush=True)
    try:
        await asyncio.Future()
    finally:
        transport.close()


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.sip_bare_ua")
    parser.add_argument("--port", type=int, default=0, help="UDP port on 127.0.0.1 (0: any)")
    parser.add_argument(
        "--no-trying", action="store_true", help="answer with the 200 alone (no 100 Trying)"
    )
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.port, trying=not args.no_trying))
    return 0


if __name__ == "__main__":
    sys.exit(main())
