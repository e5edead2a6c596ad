"""The SIP side of the simulated FRITZ!Box: a registrar for IP phones and the calls it sends them.

A FRITZ!Box lets "IP phones" (Telefonie → Telefoniegeräte → LAN/WLAN
(IP-Telefon)) register with a user name and password over SIP/UDP, pings them
with OPTIONS, and rings them with an INVITE for every incoming call. This
module plays that part for tests and the demo. It is written from RFC 3261 and
what is known of FRITZ!OS, independently of the integration's own SIP phone,
so that the two catch each other's mistakes.

What is known, and what is guessed (marked *guess*):

- REGISTER must have the Request-URI ``sip:<host>`` without a user part;
  FRITZ!OS 8.2x silently drops one with a user part.
- The challenge is ``401`` with ``WWW-Authenticate: Digest realm="fritz.box",
  nonce="..."``, MD5, without ``qop``. A wrong password or an unknown user gets
  ``403 Forbidden`` (*guess*: the box's exact answer is not documented).
- The box grants at most ``max_expires`` seconds (PhoneBlock saw 600 s on real
  boxes); ``Expires: 0`` removes the binding. One binding per IP phone: a new
  REGISTER replaces the old Contact.
- OPTIONS pings go to every registered phone; one that leaves
  ``options_misses`` pings in a row unanswered is dropped (*guess*: interval
  and count).
- The INVITE: Request-URI the phone's Contact; From ``<sip:NUMBER@fritz.box>``
  with the number as the call monitor shows it (national form); a withheld
  caller is ``"anonymous" <sip:anonymous@fritz.box>`` plus ``Privacy: id``
  (*guess*); To the phone's address of record; ``P-Called-Party-ID`` the
  household's number that was dialled; an SDP offer of G.722, PCMA, PCMU and
  telephone-event. No Record-Route (the box is no proxy) unless a test asks.
- Internal calls (``**610`` → ``**620``, the ``**9`` broadcast) come from
  ``<sip:**610@fritz.box>`` to ``<sip:**620@fritz.box>`` and never show on the
  call monitor.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Coroutine, Iterable
import contextlib
from dataclasses import dataclass, field
import hashlib
import ipaddress
import itertools
import logging
import re
import secrets
from typing import Any

_LOGGER = logging.getLogger(__name__)

ADDRESS = tuple[str, int]

MAX_DATAGRAM = 16384
MAX_CALLS_KEPT = 256
MAX_NONCES = 256
MAX_REGISTRATIONS = 64
MAX_EVENTS = 200
ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, NOTIFY, UPDATE"
USER_AGENT = "AVM FRITZ!Box (simulated)"

_COMPACT = {
    "v": "via",
    "f": "from",
    "t": "to",
    "i": "call-id",
    "m": "contact",
    "l": "content-length",
    "c": "content-type",
    "k": "supported",
}
_PARAM = re.compile(r'([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))')
_URI_HOSTPORT = re.compile(r"^(?:\[(?P<v6>[^\]]+)\]|(?P<host>[^:;?>]+))(?::(?P<port>\d+))?")


class SipParseError(ValueError):
    """A datagram is not a SIP message we can use."""


@dataclass
class SipMessage:
    """One parsed SIP request or response."""

    method: str | None = None
    uri: str = ""
    status: int = 0
    reason: str = ""
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: str = ""

    @property
    def is_request(self) -> bool:
        """Whether this is a request (else a response)."""
        return self.method is not None

    def get(self, name: str) -> str | None:
        """The first value of a header, or None."""
        name = name.lower()
        for key, value in self.headers:
            if key == name:
                return value
        return None

    def get_all(self, name: str) -> list[str]:
        """Every value of a header, comma-joined values split (not for Contact or From)."""
        name = name.lower()
        values: list[str] = []
        for key, value in self.headers:
            if key == name:
                values += _split_commas(value)
        return values

    @property
    def call_id(self) -> str:
        """The Call-ID."""
        return self.get("call-id") or ""

    @property
    def cseq(self) -> tuple[int, str]:
        """The CSeq number and method."""
        number, _, method = (self.get("cseq") or "").strip().partition(" ")
        if not number.isdigit():
            raise SipParseError("bad CSeq")
        return int(number), method.strip().upper()


def _split_commas(value: str) -> list[str]:
    """Split a header value at commas outside quotes and angle brackets."""
    parts: list[str] = []
    depth, quoted, start = 0, False, 0
    for index, char in enumerate(value):
        if char == '"':
            quoted = not quoted
        elif not quoted and char == "<":
            depth += 1
        elif not quoted and char == ">":
            depth = max(0, depth - 1)
        elif not quoted and depth == 0 and char == ",":
            parts.append(value[start:index].strip())
            start = index + 1
    parts.append(value[start:].strip())
    return [part for part in parts if part]


def parse_message(data: bytes) -> SipMessage:
    """Parse a datagram; raises SipParseError if it is not SIP."""
    if len(data) > MAX_DATAGRAM:
        raise SipParseError("too long")
    text = data.decode("utf-8", errors="replace")
    head, sep, body = text.partition("\r\n\r\n")
    if not sep:
        head, _, body = text.partition("\n\n")
    lines = head.replace("\r\n", "\n").split("\n")
    start = lines[0].strip()
    message = SipMessage()
    if start.startswith("SIP/2.0 "):
        code, _, reason = start[8:].partition(" ")
        if len(code) != 3 or not code.isdigit():
            raise SipParseError("bad status line")
        message.status, message.reason = int(code), reason
    else:
        parts = start.split(" ")
        if len(parts) != 3 or parts[2] != "SIP/2.0" or not parts[0].isalpha():
            raise SipParseError("bad request line")
        message.method, message.uri = parts[0].upper(), parts[1]
    for line in lines[1:]:
        if line[:1] in {" ", "\t"} and message.headers:  # folded header line
            name, value = message.headers[-1]
            message.headers[-1] = (name, value + " " + line.strip())
            continue
        name, colon, value = line.partition(":")
        if not colon:
            if line.strip():
                raise SipParseError("bad header line")
            continue
        name = name.strip().lower()
        message.headers.append((_COMPACT.get(name, name), value.strip()))
    if not message.call_id or not message.get("cseq"):
        raise SipParseError("no Call-ID or CSeq")
    if message.cseq[0] < 0:
        raise SipParseError("bad CSeq")
    message.body = body
    return message


def name_addr_uri(value: str) -> str:
    """The URI of a name-addr or addr-spec header value (From, To, Contact)."""
    if "<" in value:
        return value.split("<", 1)[1].split(">", 1)[0].strip()
    return value.split(";", 1)[0].strip()


def header_param(value: str, name: str) -> str | None:
    """A parameter of a header value after its URI (``tag``, ``expires``)."""
    if "<" in value:
        params = value.rsplit(">", 1)[-1]
    else:
        _, semicolon, rest = value.partition(";")
        params = semicolon + rest
    for param in params.split(";")[1:]:
        key, _, val = param.partition("=")
        if key.strip().lower() == name:
            return val.strip()
    return None


def uri_user(uri: str) -> str | None:
    """The user part of a SIP URI, or None."""
    scheme, _, rest = uri.partition(":")
    if scheme.lower() not in {"sip", "sips"}:
        raise SipParseError("not a SIP URI")
    user, at, _ = rest.partition("@")
    return user.split(";")[0] if at else None


def uri_address(uri: str) -> ADDRESS | None:
    """Where to send to reach a SIP URI whose host is an IP address, else None."""
    scheme, _, rest = uri.partition(":")
    if scheme.lower() not in {"sip", "sips"}:
        return None
    hostport = rest.rpartition("@")[2]
    match = _URI_HOSTPORT.match(hostport)
    if match is None:
        return None
    host = match.group("v6") or match.group("host") or ""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return None
    port = int(match.group("port") or 5060)
    return (host, port) if 0 < port < 65536 else None


def digest_params(value: str) -> dict[str, str]:
    """The parameters of a ``Digest ...`` credentials header."""
    scheme, _, rest = value.strip().partition(" ")
    if scheme.lower() != "digest":
        return {}
    return {m.group(1).lower(): m.group(2) or m.group(3) or "" for m in _PARAM.finditer(rest)}


def _md5(text: str) -> str:
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


def digest_response(
    user: str,
    realm: str,
    password: str,
    *,
    method: str,
    uri: str,
    nonce: str,
    qop: str = "",
    nc: str = "",
    cnonce: str = "",
) -> str:
    """RFC 2617 MD5 digest (with qop if the client used one although none was offered)."""
    ha1 = _md5(f"{user}:{realm}:{password}")
    ha2 = _md5(f"{method}:{uri}")
    if qop:
        return _md5(f"{ha1}:{nonce}:{nc}:{cnonce}:{qop}:{ha2}")
    return _md5(f"{ha1}:{nonce}:{ha2}")


@dataclass
class SipAccount:
    """An IP phone set up on the box: its credentials and its extension."""

    user: str
    password: str
    extension: str = "20"  # the call monitor's number for it; dialled as **6<extension>

    @property
    def internal_number(self) -> str:
        """What a handset dials to reach this phone."""
        return f"**6{self.extension}"


@dataclass
class Registration:
    """A phone's binding at the registrar."""

    user: str
    aor: str
    contact: str
    destination: ADDRESS
    source: ADDRESS
    granted: int
    expires_at: float
    registered_at: float
    missed_pings: int = 0
    pings_sent: int = 0
    pings_answered: int = 0
    ping_outstanding: str | None = None


class _RtpCounter(asyncio.DatagramProtocol):
    """Counts the RTP packets a phone sends to the box for one call."""

    def __init__(self, leg: SipCall) -> None:
        self.leg = leg

    def datagram_received(self, data: bytes, addr: ADDRESS) -> None:
        if len(data) < 12 or data[0] >> 6 != 2:
            return
        loop = asyncio.get_running_loop()
        leg = self.leg
        leg.rtp_packets += 1
        leg.rtp_payload_bytes += len(data) - 12 - 4 * (data[0] & 0x0F)
        leg.rtp_payload_types.add(data[1] & 0x7F)
        if leg.rtp_first is None:
            leg.rtp_first = loop.time()
        leg.rtp_last = loop.time()


@dataclass(eq=False)
class SipCall:
    """One INVITE the box sent to one phone, and what became of it (read by tests)."""

    monitor_id: int
    user: str
    caller: str
    callee: str
    internal: bool
    call_id: str
    from_header: str
    to_header: str
    request_uri: str
    destination: ADDRESS
    branch: str
    invited_at: float
    cseq: int = 1
    state: str = "calling"  # ringing, answered, ended, rejected, cancelled, timeout, lost
    responses: list[int] = field(default_factory=list)
    to_tag: str | None = None
    remote_target: str | None = None
    route: list[str] = field(default_factory=list)
    answered_at: float | None = None
    bye_at: float | None = None
    ended_by: str | None = None  # "phone" or "box"
    cancelled: bool = False
    cancel_pending: bool = False
    timed_out: bool = False
    bye_confirmed: bool = False  # the phone answered the box's BYE
    sdp_answer: str = ""
    invite: str = ""
    bye_request: str = ""
    rtp_port: int = 0
    rtp_packets: int = 0
    rtp_payload_bytes: int = 0
    rtp_payload_types: set[int] = field(default_factory=set)
    rtp_first: float | None = None
    rtp_last: float | None = None
    _transport: asyncio.DatagramTransport | None = field(default=None, repr=False)
    _progress: asyncio.Event = field(default_factory=asyncio.Event, repr=False)
    _cancel_ok: asyncio.Event = field(default_factory=asyncio.Event, repr=False)
    _bye_ok: asyncio.Event = field(default_factory=asyncio.Event, repr=False)
    _final: asyncio.Event = field(default_factory=asyncio.Event, repr=False)

    @property
    def packets(self) -> int:
        """RTP packets the phone sent to the box."""
        return self.rtp_packets

    @property
    def duration(self) -> float:
        """Seconds between the first and the last RTP packet (0 without any)."""
        if self.rtp_first is None or self.rtp_last is None:
            return 0.0
        return self.rtp_last - self.rtp_first

    @property
    def final_status(self) -> int | None:
        """The final response code, if one came."""
        finals = [code for code in self.responses if code >= 200]
        return finals[0] if finals else None

    @property
    def active(self) -> bool:
        """Whether the INVITE is still pending or the call connected."""
        return self.state in {"calling", "ringing", "answered"}


Callback = Callable[[SipCall], object]


class SipBox(asyncio.DatagramProtocol):
    """The box's SIP registrar and user agent on ``host:port`` (UDP; port 0 picks one)."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        accounts: Iterable[SipAccount] = (SipAccount("ipphone", "secret", "20"),),
        domain: str = "fritz.box",
        realm: str = "fritz.box",
        max_expires: int = 600,
        options_interval: float = 30.0,
        options_misses: int = 3,
        t1: float = 0.5,
        record_route: bool = False,
        on_answered: Callback | None = None,
        on_ended: Callback | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.accounts = {account.user: account for account in accounts}
        self.domain = domain
        self.realm = realm
        self.max_expires = max_expires
        self.options_interval = options_interval
        self.options_misses = options_misses
        self.t1 = t1
        self.record_route = record_route
        self.on_answered = on_answered
        self.on_ended = on_ended
        self.registrations: dict[str, Registration] = {}
        self.calls: dict[int, SipCall] = {}
        self.legs: dict[int, list[SipCall]] = {}
        self.events: deque[str] = deque(maxlen=MAX_EVENTS)
        self.ignored = 0  # datagrams dropped as garbage or not for us
        self.dropped_registers = 0  # REGISTERs with a user part, dropped like FRITZ!OS does
        self._nonces: deque[str] = deque(maxlen=MAX_NONCES)
        self._by_call_id: dict[str, SipCall] = {}
        self._pings: dict[str, str] = {}
        self._transport: asyncio.DatagramTransport | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._changed = asyncio.Event()
        self._ids = itertools.count(1)

    # -- life cycle ---------------------------------------------------------

    async def start(self) -> int:
        """Bind the UDP port; returns it."""
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(
            lambda: self, local_addr=(self.host, self.port)
        )
        self._transport = transport
        self.port = transport.get_extra_info("sockname")[1]
        self._spawn(self._housekeeping())
        return self.port

    async def stop(self) -> None:
        """Close everything, without telling the phones (the box is off)."""
        tasks, self._tasks = list(self._tasks), set()
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        for legs in self.legs.values():
            for leg in legs:
                _close_rtp(leg)
        if self._transport is not None:
            self._transport.close()
            self._transport = None

    def restart(self) -> None:
        """The box restarted: every registration, nonce and call is forgotten."""
        self.registrations.clear()
        self._nonces.clear()
        self._pings.clear()
        for legs in self.legs.values():
            for leg in legs:
                if leg.active:
                    leg.state = "lost"
                    _close_rtp(leg)
        self._by_call_id.clear()
        self._event("restart: all registrations forgotten")

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.DatagramTransport)
        self._transport = transport

    def error_received(self, exc: Exception) -> None:
        _LOGGER.debug("SIP socket error: %s", exc)  # e.g. ICMP port unreachable

    # -- waiting helpers for tests ------------------------------------------

    async def wait_until(self, predicate: Callable[[], object], timeout: float = 5.0) -> None:
        """Wait until ``predicate()`` is true (re-checked after every SIP event)."""
        async with asyncio.timeout(timeout):
            while not predicate():
                self._changed.clear()
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(0.1):
                        await self._changed.wait()

    async def wait_registered(self, user: str | None = None, timeout: float = 5.0) -> Registration:
        """Wait until ``user`` (default: any phone) is registered; returns its binding."""

        def found() -> Registration | None:
            live = self.live_registrations()
            if user is None:
                return next(iter(live.values()), None)
            return live.get(user)

        await self.wait_until(found, timeout)
        registration = found()
        assert registration is not None
        return registration

    def live_registrations(self) -> dict[str, Registration]:
        """Registrations not yet expired."""
        self._expire()
        return dict(self.registrations)

    def status(self) -> list[str]:
        """Human-readable lines for the ``sip`` command."""
        now = self._now()
        lines = [f"SIP on udp {self.host}:{self.port}, realm {self.realm}"]
        live = self.live_registrations()
        for account in self.accounts.values():
            reg = live.get(account.user)
            if reg is None:
                lines.append(f"  {account.user} ({account.internal_number}): not registered")
            else:
                lines.append(
                    f"  {account.user} ({account.internal_number}): {reg.contact}"
                    f" from {reg.source[0]}:{reg.source[1]},"
                    f" expires in {reg.expires_at - now:.0f} s,"
                    f" pings {reg.pings_answered}/{reg.pings_sent}"
                )
        active = [leg for legs in self.legs.values() for leg in legs if leg.active]
        lines += [f"  call {leg.monitor_id} → {leg.user}: {leg.state}" for leg in active]
        return lines

    # -- calls --------------------------------------------------------------

    def invite(self, monitor_id: int, caller: str, callee: str) -> list[SipCall]:
        """Ring every registered phone for an incoming call."""
        if caller:
            from_header = f"<sip:{caller}@{self.domain}>"
        else:
            from_header = f'"anonymous" <sip:anonymous@{self.domain}>'
        phones = list(self.live_registrations().values())
        return [
            self._start_leg(
                monitor_id,
                reg,
                caller,
                callee,
                from_header=from_header,
                to_header=None,
                internal=False,
            )
            for reg in phones
        ]

    def internal_call(self, monitor_id: int, from_ext: str, to: str) -> list[SipCall]:
        """A handset calls ``to`` (``**620``, or ``**9`` for every phone)."""
        live = self.live_registrations()
        if to == "**9":
            phones = list(live.values())
        else:
            phones = [
                reg
                for reg in live.values()
                if to in {self.accounts[reg.user].internal_number, reg.user}
            ]
        from_header = f"<sip:{from_ext}@{self.domain}>"
        to_header = f"<sip:{to}@{self.domain}>"
        return [
            self._start_leg(
                monitor_id,
                reg,
                from_ext,
                to,
                from_header=from_header,
                to_header=to_header,
                internal=True,
            )
            for reg in phones
        ]

    def end(self, monitor_id: int, except_leg: SipCall | None = None) -> None:
        """The call ended at the box (caller hung up, or answered elsewhere): stop each leg."""
        for leg in self.legs.get(monitor_id, []):
            if leg is except_leg:
                continue
            if leg.state in {"calling", "ringing"}:
                self._cancel(leg)
            elif leg.state == "answered":
                self._spawn(self._send_bye(leg))

    def _start_leg(
        self,
        monitor_id: int,
        reg: Registration,
        caller: str,
        callee: str,
        *,
        from_header: str,
        to_header: str | None,
        internal: bool,
    ) -> SipCall:
        leg = SipCall(
            monitor_id=monitor_id,
            user=reg.user,
            caller=caller,
            callee=callee,
            internal=internal,
            call_id=f"{secrets.token_hex(8)}@{self.host}",
            from_header=f"{from_header};tag={secrets.token_hex(4)}",
            to_header=to_header or f"<{reg.aor}>",
            request_uri=reg.contact,
            destination=reg.destination,
            branch=_branch(),
            invited_at=self._now(),
        )
        self._remember(leg)
        self._spawn(self._run_invite(leg))
        return leg

    def _remember(self, leg: SipCall) -> None:
        legs = self.legs.setdefault(leg.monitor_id, [])
        legs.append(leg)
        self.calls.setdefault(leg.monitor_id, leg)
        self._by_call_id[leg.call_id] = leg
        while len(self.legs) > MAX_CALLS_KEPT:
            oldest = next(iter(self.legs))
            for old in self.legs.pop(oldest):
                _close_rtp(old)
                self._by_call_id.pop(old.call_id, None)
            self.calls.pop(oldest, None)

    async def _run_invite(self, leg: SipCall) -> None:
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(
            lambda: _RtpCounter(leg), local_addr=(self.host, 0)
        )
        leg._transport = transport
        leg.rtp_port = transport.get_extra_info("sockname")[1]
        leg.invite = self._build_invite(leg)
        self._event(f"INVITE call {leg.monitor_id} → {leg.user} from {leg.caller or 'withheld'}")
        interval, deadline = self.t1, loop.time() + 64 * self.t1
        while leg.state == "calling" and not leg.responses:
            if loop.time() >= deadline:
                leg.state, leg.timed_out = "timeout", True
                _close_rtp(leg)
                self._event(f"call {leg.monitor_id} → {leg.user}: no answer to INVITE")
                return
            self._send(leg.invite, leg.destination)
            leg._progress.clear()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(interval):
                    await leg._progress.wait()
            interval *= 2

    def _build_invite(self, leg: SipCall) -> str:
        sdp = self._sdp(leg)
        headers = [
            f"INVITE {leg.request_uri} SIP/2.0",
            f"Via: SIP/2.0/UDP {self._hostport()};branch={leg.branch};rport",
            "Max-Forwards: 70",
            f"From: {leg.from_header}",
            f"To: {leg.to_header}",
            f"Call-ID: {leg.call_id}",
            f"CSeq: {leg.cseq} INVITE",
            f"Contact: <sip:{self._hostport()}>",
        ]
        if self.record_route:
            headers.append(f"Record-Route: <sip:{self._hostport()};lr>")
        if not leg.caller and not leg.internal:
            headers.append("Privacy: id")
        headers += [
            f"P-Called-Party-ID: <sip:{leg.callee}@{self.domain}>",
            f"Allow: {ALLOW}",
            f"User-Agent: {USER_AGENT}",
            "Content-Type: application/sdp",
        ]
        return _with_body(headers, sdp)

    def _sdp(self, leg: SipCall) -> str:
        session = str(next(self._ids) + 1000)
        return (
            "v=0\r\n"
            f"o=- {session} {session} IN IP4 {self.host}\r\n"
            "s=-\r\n"
            f"c=IN IP4 {self.host}\r\n"
            "t=0 0\r\n"
            f"m=audio {leg.rtp_port} RTP/AVP 9 8 0 101\r\n"
            "a=rtpmap:9 G722/8000\r\n"
            "a=rtpmap:8 PCMA/8000\r\n"
            "a=rtpmap:0 PCMU/8000\r\n"
            "a=rtpmap:101 telephone-event/8000\r\n"
            "a=fmtp:101 0-15\r\n"
            "a=ptime:20\r\n"
            "a=sendrecv\r\n"
        )

    def _cancel(self, leg: SipCall) -> None:
        leg.cancelled = True
        if leg.state == "ringing":
            self._spawn(self._send_cancel(leg))
        else:  # no provisional yet: RFC 3261 9.1 says wait for one
            leg.cancel_pending = True

    async def _send_cancel(self, leg: SipCall) -> None:
        leg.cancel_pending = False
        cancel = _with_body(
            [
                f"CANCEL {leg.request_uri} SIP/2.0",
                f"Via: SIP/2.0/UDP {self._hostport()};branch={leg.branch};rport",
                "Max-Forwards: 70",
                f"From: {leg.from_header}",
                f"To: {leg.to_header}",
                f"Call-ID: {leg.call_id}",
                f"CSeq: {leg.cseq} CANCEL",
                'Reason: SIP;cause=487;text="Call terminated"',
                f"User-Agent: {USER_AGENT}",
            ],
            "",
        )
        self._event(f"CANCEL call {leg.monitor_id} → {leg.user}")
        await self._retransmit(cancel, leg.destination, leg._cancel_ok)
        # RFC 3261 9.1: without a final response 64*T1 after the CANCEL, the
        # INVITE transaction is over anyway.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(64 * self.t1):
                await leg._final.wait()
        if leg.state in {"calling", "ringing"}:
            leg.state, leg.timed_out = "cancelled", True
            _close_rtp(leg)
            self._notify()

    async def _send_bye(self, leg: SipCall) -> None:
        if leg.state != "answered":
            return
        leg.state, leg.ended_by, leg.bye_at = "ended", "box", self._now()
        leg.cseq += 1
        target = leg.remote_target or leg.request_uri
        bye = _with_body(
            [
                f"BYE {target} SIP/2.0",
                f"Via: SIP/2.0/UDP {self._hostport()};branch={_branch()};rport",
                "Max-Forwards: 70",
                *[f"Route: {route}" for route in self._routes(leg)],
                f"From: {leg.from_header}",
                f"To: {leg.to_header};tag={leg.to_tag}",
                f"Call-ID: {leg.call_id}",
                f"CSeq: {leg.cseq} BYE",
                f"User-Agent: {USER_AGENT}",
            ],
            "",
        )
        self._event(f"BYE call {leg.monitor_id} → {leg.user} (caller hung up)")
        self._notify()
        await self._retransmit(bye, self._dialog_destination(leg), leg._bye_ok)
        _close_rtp(leg)

    async def _retransmit(self, data: str, destination: ADDRESS, done: asyncio.Event) -> None:
        """A non-INVITE client transaction over UDP (timers E and F)."""
        loop = asyncio.get_running_loop()
        interval, deadline = self.t1, loop.time() + 64 * self.t1
        while not done.is_set() and loop.time() < deadline:
            self._send(data, destination)
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(interval):
                    await done.wait()
            interval = min(interval * 2, 4.0)

    def _routes(self, leg: SipCall) -> list[str]:
        """The dialog's route set without the box's own Record-Route (a test option)."""
        own = (self.host, self.port)
        return [route for route in leg.route if uri_address(name_addr_uri(route)) != own]

    def _dialog_destination(self, leg: SipCall) -> ADDRESS:
        routes = self._routes(leg)
        first = name_addr_uri(routes[0]) if routes else leg.remote_target or ""
        return uri_address(first) or leg.destination

    # -- datagrams ----------------------------------------------------------

    def datagram_received(self, data: bytes, addr: ADDRESS) -> None:
        if data.strip() == b"":
            return  # keep-alive (RFC 5626 CRLF ping)
        try:
            message = parse_message(data)
            if message.is_request:
                self._on_request(message, addr)
            else:
                self._on_response(message, addr)
        except Exception:  # a box never crashes on what a phone sends
            self.ignored += 1
            if self.ignored <= 20 or self.ignored % 1000 == 0:
                _LOGGER.debug("ignored a datagram from %s (%d so far)", addr, self.ignored)
        self._notify()

    def _on_request(self, message: SipMessage, addr: ADDRESS) -> None:
        method = message.method
        if method == "REGISTER":
            self._on_register(message, addr)
        elif method == "OPTIONS":
            self._respond(message, addr, 200, "OK", [f"Allow: {ALLOW}", "Accept: application/sdp"])
        elif method == "BYE":
            self._on_bye(message, addr)
        elif method == "ACK":
            pass
        elif method == "INVITE" and message.call_id in self._by_call_id:
            self._respond(message, addr, 488, "Not Acceptable Here")  # no re-INVITE support
        elif method == "INVITE":
            self._respond(message, addr, 403, "Forbidden")  # outgoing calls are not simulated
        elif method in {"INFO", "NOTIFY", "UPDATE"} and message.call_id in self._by_call_id:
            self._respond(message, addr, 200, "OK")
        elif method == "CANCEL":
            self._respond(message, addr, 481, "Call/Transaction Does Not Exist")
        else:
            self._respond(message, addr, 501, "Not Implemented", [f"Allow: {ALLOW}"])

    def _on_register(self, message: SipMessage, addr: ADDRESS) -> None:
        if uri_user(message.uri) is not None:
            self.dropped_registers += 1
            self._event(f"dropped REGISTER with a user part in {message.uri} from {addr[0]}")
            return
        credentials = digest_params(message.get("authorization") or "")
        if credentials.get("nonce") not in self._nonces:
            self._challenge(message, addr, stale=bool(credentials))
            return
        account = self.accounts.get(credentials.get("username", ""))
        expected = (
            digest_response(
                account.user,
                self.realm,
                account.password,
                method="REGISTER",
                uri=credentials.get("uri", ""),
                nonce=credentials.get("nonce", ""),
                qop=credentials.get("qop", ""),
                nc=credentials.get("nc", ""),
                cnonce=credentials.get("cnonce", ""),
            )
            if account is not None
            else None
        )
        if (
            account is None
            or credentials.get("realm") != self.realm
            or not secrets.compare_digest(expected or "", credentials.get("response", "").lower())
        ):
            self._event(f"REGISTER for {credentials.get('username')!r} refused (403)")
            self._respond(message, addr, 403, "Forbidden")
            return
        self._bind(message, addr, account)

    def _challenge(self, message: SipMessage, addr: ADDRESS, *, stale: bool) -> None:
        nonce = secrets.token_hex(8).upper()
        self._nonces.append(nonce)
        challenge = f'WWW-Authenticate: Digest realm="{self.realm}", nonce="{nonce}"'
        if stale:
            challenge += ", stale=true"
        self._respond(message, addr, 401, "Unauthorized", [challenge])

    def _bind(self, message: SipMessage, addr: ADDRESS, account: SipAccount) -> None:
        contacts = _split_commas(message.get("contact") or "")
        expires_header = (message.get("expires") or "").strip()
        asked = int(expires_header) if expires_header.isdigit() else 3600
        now = self._now()
        if contacts and contacts[0] != "*":
            contact_expires = header_param(contacts[0], "expires")
            if contact_expires is not None and contact_expires.isdigit():
                asked = int(contact_expires)
        if not contacts:  # a query: which binding is there?
            reg = self.registrations.get(account.user)
            extra = [f"Contact: <{reg.contact}>;expires={int(reg.expires_at - now)}"] if reg else []
            self._respond(message, addr, 200, "OK", extra)
            return
        if asked == 0 or contacts[0] == "*":
            if self.registrations.pop(account.user, None) is not None:
                self._event(f"{account.user} unregistered")
            self._respond(message, addr, 200, "OK", ["Expires: 0"])
            return
        granted = min(asked, self.max_expires)
        contact = name_addr_uri(contacts[0])
        if account.user not in self.registrations and len(self.registrations) >= MAX_REGISTRATIONS:
            self._respond(message, addr, 503, "Service Unavailable")
            return
        previous = self.registrations.get(account.user)
        self.registrations[account.user] = Registration(
            user=account.user,
            aor=name_addr_uri(message.get("to") or f"<sip:{account.user}@{self.domain}>"),
            contact=contact,
            destination=uri_address(contact) or addr,
            source=addr,
            granted=granted,
            expires_at=now + granted,
            registered_at=previous.registered_at if previous else now,
            pings_sent=previous.pings_sent if previous else 0,
            pings_answered=previous.pings_answered if previous else 0,
        )
        if previous is None or previous.contact != contact:
            self._event(f"{account.user} registered at {contact} for {granted} s")
        self._respond(
            message,
            addr,
            200,
            "OK",
            [f"Contact: <{contact}>;expires={granted}", f"Expires: {granted}"],
        )

    def _on_bye(self, message: SipMessage, addr: ADDRESS) -> None:
        leg = self._by_call_id.get(message.call_id)
        if leg is None or leg.state not in {"answered", "ended"}:
            self._respond(message, addr, 481, "Call/Transaction Does Not Exist")
            return
        self._respond(message, addr, 200, "OK")
        if leg.state == "ended":
            return  # a retransmitted BYE, or both sides hung up at once
        leg.state, leg.ended_by, leg.bye_at = "ended", "phone", self._now()
        leg.bye_request = _render(message)
        _close_rtp(leg)
        self._event(f"call {leg.monitor_id}: {leg.user} hung up")
        if self.on_ended is not None:
            self.on_ended(leg)

    def _on_response(self, message: SipMessage, addr: ADDRESS) -> None:
        number, method = message.cseq
        user = self._pings.pop(message.call_id, None)
        if method == "OPTIONS" and user is not None:
            reg = self.registrations.get(user)
            if reg is not None and reg.ping_outstanding == message.call_id:
                reg.ping_outstanding, reg.missed_pings = None, 0
                reg.pings_answered += 1
            return
        leg = self._by_call_id.get(message.call_id)
        if leg is None:
            self.ignored += 1
            return
        if method == "CANCEL":
            leg._cancel_ok.set()
        elif method == "BYE":
            leg.bye_confirmed = True
            leg._bye_ok.set()
        elif method == "INVITE" and number == 1:
            self._on_invite_response(leg, message, addr)

    def _on_invite_response(self, leg: SipCall, message: SipMessage, addr: ADDRESS) -> None:
        code = message.status
        leg._progress.set()
        to_tag = header_param(message.get("to") or "", "tag")
        if code < 200:
            if not leg.responses or leg.responses[-1] != code:
                leg.responses.append(code)
            if leg.state == "calling":
                leg.state = "ringing"
                if leg.cancel_pending:
                    self._spawn(self._send_cancel(leg))
            return
        if leg.final_status is not None:  # a retransmitted final response: ACK it again
            if code < 300 and leg.to_tag:
                self._ack_2xx(leg)
            elif code >= 300:
                self._ack_failure(leg, message)
            return
        leg.responses.append(code)
        leg._final.set()
        if code >= 300:
            self._ack_failure(leg, message)
            leg.state = "cancelled" if code == 487 and leg.cancelled else "rejected"
            _close_rtp(leg)
            self._event(f"call {leg.monitor_id} → {leg.user}: {code} {message.reason}")
            return
        leg.to_tag = to_tag or ""
        contact = message.get("contact")
        leg.remote_target = name_addr_uri(contact) if contact else leg.request_uri
        leg.route = list(reversed(message.get_all("record-route")))
        leg.sdp_answer = message.body
        self._ack_2xx(leg)
        if leg.cancelled or leg.state not in {"calling", "ringing"}:
            # The 200 crossed our CANCEL (or the box gave up): the call is
            # connected now and must be ended at once.
            leg.state = "answered"
            leg.answered_at = self._now()
            self._spawn(self._send_bye(leg))
            return
        leg.state, leg.answered_at = "answered", self._now()
        self._event(f"call {leg.monitor_id}: answered by {leg.user}")
        if self.on_answered is not None:
            self.on_answered(leg)

    def _ack_2xx(self, leg: SipCall) -> None:
        ack = _with_body(
            [
                f"ACK {leg.remote_target or leg.request_uri} SIP/2.0",
                f"Via: SIP/2.0/UDP {self._hostport()};branch={_branch()};rport",
                "Max-Forwards: 70",
                *[f"Route: {route}" for route in self._routes(leg)],
                f"From: {leg.from_header}",
                f"To: {leg.to_header};tag={leg.to_tag}",
                f"Call-ID: {leg.call_id}",
                f"CSeq: {leg.cseq} ACK",
                f"User-Agent: {USER_AGENT}",
            ],
            "",
        )
        self._send(ack, self._dialog_destination(leg))

    def _ack_failure(self, leg: SipCall, message: SipMessage) -> None:
        ack = _with_body(
            [
                f"ACK {leg.request_uri} SIP/2.0",
                f"Via: SIP/2.0/UDP {self._hostport()};branch={leg.branch};rport",
                "Max-Forwards: 70",
                f"From: {leg.from_header}",
                f"To: {message.get('to') or leg.to_header}",
                f"Call-ID: {leg.call_id}",
                f"CSeq: {leg.cseq} ACK",
            ],
            "",
        )
        self._send(ack, leg.destination)

    # -- registrar upkeep ---------------------------------------------------

    async def _housekeeping(self) -> None:
        loop = asyncio.get_running_loop()
        next_ping = loop.time() + self.options_interval
        while True:
            await asyncio.sleep(min(0.2, self.options_interval))
            self._expire()
            if loop.time() >= next_ping:
                next_ping = loop.time() + self.options_interval
                self._ping_all()
                self._notify()

    def _expire(self) -> None:
        now = self._now()
        for user, reg in list(self.registrations.items()):
            if reg.expires_at <= now:
                del self.registrations[user]
                self._event(f"{user}: registration expired")

    def _ping_all(self) -> None:
        for user, reg in list(self.registrations.items()):
            if reg.ping_outstanding is not None:
                self._pings.pop(reg.ping_outstanding, None)
                reg.missed_pings += 1
                if reg.missed_pings >= self.options_misses:
                    del self.registrations[user]
                    self._event(f"{user}: {reg.missed_pings} OPTIONS unanswered, dropped")
                    continue
            call_id = f"{secrets.token_hex(8)}@{self.host}"
            reg.ping_outstanding = call_id
            reg.pings_sent += 1
            self._pings[call_id] = user
            ping = _with_body(
                [
                    f"OPTIONS {reg.contact} SIP/2.0",
                    f"Via: SIP/2.0/UDP {self._hostport()};branch={_branch()};rport",
                    "Max-Forwards: 70",
                    f"From: <sip:{self.domain}>;tag={secrets.token_hex(4)}",
                    f"To: <{reg.aor}>",
                    f"Call-ID: {call_id}",
                    "CSeq: 1 OPTIONS",
                    f"User-Agent: {USER_AGENT}",
                ],
                "",
            )
            self._send(ping, reg.destination)

    # -- plumbing -----------------------------------------------------------

    def _respond(
        self,
        request: SipMessage,
        addr: ADDRESS,
        code: int,
        reason: str,
        extra: list[str] | None = None,
    ) -> None:
        vias = [key_value[1] for key_value in request.headers if key_value[0] == "via"]
        if vias:
            top = vias[0]
            if re.search(r";rport(?=;|$)", top):
                top = re.sub(r";rport(?=;|$)", f";rport={addr[1]}", top) + f";received={addr[0]}"
            vias[0] = top
        to = request.get("to") or ""
        if code > 100 and header_param(to, "tag") is None:
            to += f";tag={_md5(request.call_id)[:10]}"
        headers = [
            f"SIP/2.0 {code} {reason}",
            *[f"Via: {via}" for via in vias],
            f"From: {request.get('from') or ''}",
            f"To: {to}",
            f"Call-ID: {request.call_id}",
            f"CSeq: {request.get('cseq')}",
            *(extra or []),
            f"User-Agent: {USER_AGENT}",
        ]
        self._send(_with_body(headers, ""), addr)

    def _send(self, text: str, addr: ADDRESS) -> None:
        if self._transport is not None and not self._transport.is_closing():
            self._transport.sendto(text.encode(), addr)

    def _hostport(self) -> str:
        return f"{self.host}:{self.port}"

    def _now(self) -> float:
        return asyncio.get_running_loop().time()

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _event(self, text: str) -> None:
        self.events.append(text)
        _LOGGER.info("%s", text)
        self._notify()

    def _notify(self) -> None:
        self._changed.set()


def _branch() -> str:
    return f"z9hG4bK{secrets.token_hex(8)}"


def _with_body(headers: list[str], body: str) -> str:
    return "\r\n".join([*headers, f"Content-Length: {len(body.encode())}", "", body])


def _render(message: SipMessage) -> str:
    start = (
        f"{message.method} {message.uri} SIP/2.0"
        if message.is_request
        else f"SIP/2.0 {message.status} {message.reason}"
    )
    lines = [start, *[f"{key}: {value}" for key, value in message.headers]]
    return "\r\n".join([*lines, "", message.body])


def _close_rtp(leg: SipCall) -> None:
    if leg._transport is not None:
        leg._transport.close()
        leg._transport = None
