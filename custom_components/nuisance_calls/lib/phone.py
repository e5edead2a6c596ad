"""A SIP phone (user agent over UDP) that registers at a FRITZ!Box and stops calls.

The phone registers as one of the box's "IP phones" and is offered every
incoming call as an INVITE. For each it asks ``decide`` and then:

- ``Reject``: does not answer. 180 Ringing, ``ring_hold`` seconds, then 480
  (a fast 486, or 180 with an immediate 480, keeps the FRITZ!Fon app ringing);
- ``HangUp``: answers (200 OK with a PCMA answer), waits for the ACK, BYE;
- ``Say``: answers, plays the A-law audio over RTP, then BYE.

Answering ends the ringing on every other phone of the box. The library
never answers a call to ``**9`` (the box's internal broadcast): such an
INVITE is rejected without asking ``decide``.

Protocol in short (RFC 3261 over UDP, the box as the only peer):

- REGISTER with the Request-URI ``sip:<box>`` (FRITZ!OS drops one with a user
  part), the same Call-ID for every refresh, CSeq counting up; a 401/407 is
  answered once per challenge (MD5 digest, qop=auth if offered); a second
  401 or a 403 is ``AUTH_FAILED``. Requests are retransmitted from T1,
  doubling up to T2, for 64*T1 (then ``UNREACHABLE`` and a retry with
  backoff). The registration is refreshed at 80 % of the Expires the box
  granted; every refresh starts without credentials, so a box that forgot
  us (a restart) simply challenges again.
- Datagrams are accepted only from the box's address (others are dropped,
  counted, and logged at most once a minute, like malformed ones).
- An INVITE gets 100 Trying before any other answer, in the handler that read
  it: when the decision needs no waiting (a listed caller), right before the
  200 or 180; otherwise before the decision waits. (Each ``sendto`` that
  wakes the box costs more than the phone's whole judgement on a virtual
  machine; sent first on its own, the 100 held up the 200 by that much.) A
  retransmitted INVITE (same Call-ID and CSeq) gets the last response again
  and is the same call. Final responses are retransmitted until the ACK
  (timers G/H), a 2xx likewise; the BYE carries the INVITE's Record-Route
  as its Route set, in order (RFC 3261 12.1.1, UAS side), and goes to the
  box. CANCEL of a pending INVITE gets 200, the INVITE 487.
- At most ``MAX_CALLS`` calls are handled at once (more get 486); at most
  ``MAX_TRACKED`` are remembered (finished ones for 64*T1, to absorb
  retransmissions, keeping only what answers them).

``IncomingCall.internal`` is True when the caller's user part starts with
``**`` (the box presents its own handsets as ``**610``, ``**620``) or the
dialled number does (``**9``, or the IP phone's own ``**62x``). A display
name (``Mobilteil 1``) is not a reliable mark and is not used.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict, deque
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
import logging
import secrets
import socket
from typing import Any, Final, Self, override

from .exceptions import SipError, SipParseError
from .rtp import RtpSender, alaw_to_ulaw
from .sip import (
    ALLOW,
    PCMA,
    SipMessage,
    authorization,
    build_sdp_answer,
    choose_codec,
    new_branch,
    new_tag,
    parse_challenge,
    parse_cseq,
    parse_message,
    parse_name_addr,
    parse_sdp_offer,
    random_bits,
    read_name_addr,
    response_to,
    uri_user,
    via_branch,
)

__all__ = [
    "BROADCAST",
    "MAX_CALLS",
    "MAX_TRACKED",
    "CallOutcome",
    "Decision",
    "DecisionKind",
    "HangUp",
    "IncomingCall",
    "PhoneState",
    "Reject",
    "Say",
    "SipPhone",
    "SipTimers",
]

_LOGGER = logging.getLogger(__name__)

BROADCAST: Final = "**9"
MAX_CALLS: Final = 32
MAX_TRACKED: Final = 256
USER_AGENT: Final = "nuisance_calls"
LOG_INTERVAL: Final = 60.0
_WITHHELD: Final = frozenset({"anonymous", "unknown", "restricted", "unavailable", "private"})
_MANDATORY: Final = ("Via", "From", "To", "Call-ID", "CSeq")


class PhoneState(StrEnum):
    """Where the phone's registration stands."""

    STOPPED = "stopped"
    REGISTERING = "registering"
    REGISTERED = "registered"
    AUTH_FAILED = "auth_failed"
    """The box refused the user or password (a second 401, or 403)."""
    UNREACHABLE = "unreachable"
    """No answer to REGISTER within 64*T1."""
    REFUSED = "refused"
    """The box answered REGISTER with another error (``last_error`` says which)."""


class DecisionKind(StrEnum):
    """What was done with a call."""

    REJECT = "reject"
    HANG_UP = "hang_up"
    SAY = "say"


@dataclass(frozen=True, slots=True)
class IncomingCall:
    """A call offered to the phone."""

    call_id: str
    caller: str | None
    """The From user part as sent (``0301234567``, ``+4930...``); None when withheld."""
    called: str | None
    """The P-Called-Party-ID user, else the To user, else the Request-URI user."""
    internal: bool
    """The caller or the dialled number starts with ``**`` (see the module docstring)."""
    name: str | None = None
    """The From display name, if any."""


@dataclass(frozen=True, slots=True)
class Reject:
    """Do not answer: 180, hold ``ring_hold`` seconds, then 480."""

    kind: DecisionKind = DecisionKind.REJECT


@dataclass(frozen=True, slots=True)
class HangUp:
    """Answer and hang up at once."""

    kind: DecisionKind = DecisionKind.HANG_UP


@dataclass(frozen=True, slots=True)
class Say:
    """Answer, play ``audio`` (A-law, 8 kHz, e.g. from ``wav_to_alaw``), hang up."""

    audio: bytes
    kind: DecisionKind = DecisionKind.SAY


type Decision = Reject | HangUp | Say


@dataclass(frozen=True, slots=True)
class CallOutcome:
    """What became of one call, reported once when it is over."""

    call: IncomingCall
    decision: DecisionKind
    answered: bool
    """Our 200 OK was acknowledged: the call was connected (and billed to the caller)."""
    cancelled: bool
    """The caller hung up before a final answer (CANCEL)."""
    at: datetime
    """When the INVITE arrived (UTC)."""
    duration: float
    """Seconds from the INVITE to the end of our part."""
    reason: str
    """``rejected``, ``hung_up``, ``said``, ``caller_hung_up``, ``cancelled``, ``no_ack``,
    ``no_codec``, ``broadcast``, ``media_error`` or ``closed``."""
    frames: int = 0
    """RTP frames sent (20 ms each)."""


@dataclass(frozen=True, slots=True)
class SipTimers:
    """Protocol timers (RFC 3261 defaults) and the phone's own delays, in seconds."""

    t1: float = 0.5
    t2: float = 4.0
    decide_timeout: float = 3.0
    retry_min: float = 5.0
    """First delay before registering again after a failure (doubles up to ``retry_max``)."""
    retry_max: float = 300.0
    refresh_ratio: float = 0.8
    close_timeout: float = 2.0

    @property
    def timeout(self) -> float:
        """64*T1: transactions give up, finished calls are forgotten."""
        return 64 * self.t1


@dataclass(slots=True, eq=False)
class _Call:
    info: IncomingCall
    invite: SipMessage
    addr: tuple[str, int]
    cseq: int
    branch: str | None
    to_tag: str
    at: datetime
    started: float
    decision: DecisionKind = DecisionKind.REJECT
    last_response: bytes = b""
    trying: bytes = b""
    """The 100 Trying until it is sent (``_send_trying``)."""
    final_sent: bool = False
    ok_sent: bool = False
    bye_sent: bool = False
    prepared_bye: tuple[bytes, str] | None = None
    """The BYE (and its branch), made while the box reads our 200 (``_bye_request``)."""
    answered: bool = False
    cancelled: bool = False
    bye_received: bool = False
    finished: bool = False
    reason: str = "closed"
    frames: int = 0
    ack: asyncio.Future[bool] | None = None
    """Set by ``_final``: True on the ACK (or the caller's BYE), False after 64*T1 without."""
    task: asyncio.Task[None] | None = None
    resend: _Resender | None = None
    bye: asyncio.Future[SipMessage] | None = None
    rtp: RtpSender | None = None

    def release(self) -> None:
        """Keep only what answers a retransmission (the call is over).

        A finished call is remembered for 64*T1; what it holds by then has
        outlived a garbage collection, and each object that does so counts
        towards the next one. Let go now, the garbage collector runs a
        tenth as often (one call held ~40 objects for it, now a few).
        """
        self.invite = _RELEASED
        self.task = self.rtp = self.prepared_bye = None
        # A final response still waiting for its ACK keeps its resending.
        if self.ack is not None and self.ack.done():
            self.ack = None
        if self.bye is not None and self.bye.done():
            self.bye = None


_RELEASED: Final = SipMessage()
"""What a finished call's ``invite`` becomes (``_Call.release``)."""


class _Resender:
    """Sends a message again at T1, 2*T1, ... (at most T2 apart) until cancelled; after
    64*T1 calls ``on_timeout`` instead (RFC 3261 timers E/F and G/H, one timer each).

    A timer, not a task per message: a call's 200 and BYE go out without a task
    to schedule, and a quiet call costs one entry in the loop's heap.
    """

    __slots__ = ("_addr", "_data", "_deadline", "_handle", "_interval", "_on_timeout", "_phone")

    def __init__(
        self,
        phone: SipPhone,
        data: bytes,
        addr: tuple[str, int],
        on_timeout: Callable[[], None],
    ) -> None:
        self._phone = phone
        self._data = data
        self._addr = addr
        self._on_timeout = on_timeout
        loop = asyncio.get_running_loop()
        now = loop.time()
        self._deadline = now + phone.timers.timeout
        self._interval = phone.timers.t1
        self._handle: asyncio.TimerHandle | None = loop.call_at(
            min(now + self._interval, self._deadline), self._fire
        )

    def _fire(self) -> None:
        loop = asyncio.get_running_loop()
        now = loop.time()
        if now >= self._deadline:
            self._handle = None
            self._on_timeout()
            return
        self._phone._send(self._data, self._addr)
        self._interval = min(self._interval * 2, self._phone.timers.t2)
        self._handle = loop.call_at(min(now + self._interval, self._deadline), self._fire)

    def cancel(self) -> None:
        """Send no more."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None


class _Protocol(asyncio.DatagramProtocol):
    def __init__(self, phone: SipPhone) -> None:
        self._phone = phone

    @override
    def datagram_received(self, data: bytes, addr: tuple[str | int, ...]) -> None:
        self._phone._datagram(data, (str(addr[0]), int(addr[1])))

    @override
    def error_received(self, exc: Exception) -> None:  # pragma: no cover - ICMP, rare on Linux
        _LOGGER.debug("SIP socket error: %s", exc)


class SipPhone:
    """An IP phone at a FRITZ!Box that hands each call to ``decide``."""

    def __init__(
        self,
        *,
        box_host: str,
        user: str,
        password: str,
        decide: Callable[[IncomingCall], Coroutine[Any, Any, Decision]],
        box_port: int = 5060,
        local_host: str | None = None,
        local_port: int = 5062,
        rtp_port: int = 0,
        expires: int = 300,
        ring_hold: float = 3.0,
        on_state: Callable[[PhoneState], None] | None = None,
        on_outcome: Callable[[CallOutcome], None] | None = None,
        timers: SipTimers | None = None,
    ) -> None:
        """Configure the phone; ``start`` binds the socket and registers.

        ``local_host`` None: the address that routes to the box; ``local_port``
        0 and ``rtp_port`` 0 (per answered call): any free port.
        """
        self.box_host = box_host
        self.box_port = box_port
        self.user = user
        self._password = password
        self._decide = decide
        self._local_host = local_host
        self._local_port = local_port
        self._rtp_port = rtp_port
        self.expires = expires
        self.ring_hold = ring_hold
        self._on_state = on_state
        self._on_outcome = on_outcome
        self.timers = timers or SipTimers()
        self.state = PhoneState.STOPPED
        self.last_error: str | None = None
        self.dropped = 0
        """Datagrams from addresses other than the box's."""
        self.malformed = 0
        """Datagrams from the box that were not SIP we accept."""
        self.busy = 0
        """INVITEs refused with 486 because ``MAX_CALLS`` calls were in progress."""
        self.registrations = 0
        """Successful REGISTERs (the first and every refresh)."""
        self._box_addr: tuple[str, int] = ("", 0)
        self._local_addr: tuple[str, int] = ("", 0)
        self._transport: asyncio.DatagramTransport | None = None
        self._silent: asyncio.DatagramTransport | None = None
        """Where a call the phone hangs up on sends its audio (no socket per call)."""
        self._silent_port: int | None = None
        self._register_task: asyncio.Task[None] | None = None
        self._calls: OrderedDict[str, _Call] = OrderedDict()
        self._finished: deque[tuple[float, _Call]] = deque()
        """Finished calls and when to forget them, oldest first (no timer per call)."""
        self._active = 0
        self._pending: dict[str, asyncio.Future[SipMessage]] = {}
        self._call_id = f"{secrets.token_hex(12)}@nuisance_calls"
        self._from_tag = new_tag()
        self._cseq = 0
        self._registered_once = False
        self._closing = False
        self._logged: dict[str, float] = {}

    # --- lifecycle ---

    @property
    def local_address(self) -> tuple[str, int]:
        """The (host, port) the phone's socket is bound to (after ``start``)."""
        return self._local_addr

    @property
    def calls_tracked(self) -> int:
        """Calls in progress or remembered to absorb retransmissions."""
        return len(self._calls)

    @property
    def calls_active(self) -> int:
        """Calls in progress."""
        return self._active

    async def start(self) -> None:
        """Resolve the box, bind the socket, and start registering (in the background)."""
        if self._transport is not None:
            return
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(
                self.box_host, self.box_port, family=socket.AF_INET, type=socket.SOCK_DGRAM
            )
        except OSError as err:
            raise SipError(f"cannot resolve {self.box_host}: {err}") from err
        box_ip = str(infos[0][4][0])
        self._box_addr = (box_ip, self.box_port)
        local_host = self._local_host or _route_to(box_ip, self.box_port)
        try:
            transport, _ = await loop.create_datagram_endpoint(
                lambda: _Protocol(self), local_addr=(local_host, self._local_port)
            )
        except OSError as err:
            raise SipError(f"cannot bind {local_host}:{self._local_port}: {err}") from err
        self._transport = transport
        self._local_addr = (local_host, int(transport.get_extra_info("sockname")[1]))
        if self._rtp_port == 0:  # a fixed RTP port is each Say's own
            try:
                silent, _ = await loop.create_datagram_endpoint(
                    asyncio.DatagramProtocol, local_addr=(local_host, 0)
                )
            except OSError as err:  # pragma: no cover - port 0 is always free
                _LOGGER.debug("No silent RTP socket (%s): each call opens its own", err)
            else:
                self._silent = silent
                self._silent_port = int(silent.get_extra_info("sockname")[1])
        self._set_state(PhoneState.REGISTERING)
        self._register_task = loop.create_task(self._register_loop())

    async def close(self) -> None:
        """Hang up (one BYE per connected call), un-REGISTER (best effort, at most
        ``close_timeout``), release the socket."""
        if self._transport is None:
            return
        self._closing = True
        if self._register_task is not None:
            self._register_task.cancel()
            await asyncio.gather(self._register_task, return_exceptions=True)
            self._register_task = None
        tasks = [call.task for call in self._calls.values() if call.task is not None]
        # Connected calls: one BYE each, not waited for (made before a call that
        # ends lets go of its INVITE).
        byes: list[bytes] = []
        for call in self._calls.values():
            if call.ok_sent and not call.bye_sent and not call.bye_received:
                call.bye_sent = True
                byes.append((call.prepared_bye or self._bye_request(call))[0])
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for bye in byes:
            self._send(bye, self._box_addr)
        if self._registered_once:
            try:
                async with asyncio.timeout(self.timers.close_timeout):
                    await self._register(0)
            except TimeoutError:
                _LOGGER.debug("No answer to the un-REGISTER")
        for call in list(self._calls.values()):
            self._forget(call)
        self._finished.clear()
        for future in list(self._pending.values()):
            future.cancel()
        self._transport.close()
        self._transport = None
        if self._silent is not None:
            self._silent.close()
            self._silent, self._silent_port = None, None
        self._closing = False
        self._set_state(PhoneState.STOPPED)

    async def __aenter__(self) -> Self:
        """Start the phone."""
        await self.start()
        return self

    async def __aexit__(self, *_exc: object) -> None:
        """Close the phone."""
        await self.close()

    def _set_state(self, state: PhoneState) -> None:
        if state == self.state:
            return
        self.state = state
        if state == PhoneState.REGISTERED:
            self.last_error = None
        if self._on_state is not None:
            try:
                self._on_state(state)
            except Exception:
                _LOGGER.exception("on_state callback failed")

    # --- transport ---

    def _send(self, data: bytes, addr: tuple[str, int]) -> None:
        if self._transport is not None and not self._transport.is_closing():
            self._transport.sendto(data, addr)

    def _rate_log(self, key: str, message: str, *args: object) -> None:
        now = asyncio.get_running_loop().time()
        if now - self._logged.get(key, -LOG_INTERVAL) >= LOG_INTERVAL:
            self._logged[key] = now
            _LOGGER.warning(message, *args)

    def _datagram(self, data: bytes, addr: tuple[str, int]) -> None:
        if addr[0] != self._box_addr[0]:
            self.dropped += 1
            self._rate_log(
                "foreign",
                "Dropped SIP from %s, not the box; %d so far (logged once a minute)",
                addr[0],
                self.dropped,
            )
            return
        if not data.strip():
            return  # keep-alive
        try:
            message, number = _parse(data)
        except SipParseError as err:
            self.malformed += 1
            self._rate_log(
                "malformed",
                "Ignored malformed SIP from the box (%s); %d so far (logged once a minute)",
                err,
                self.malformed,
            )
            return
        if message.is_request:
            if not self._closing:
                self._request(message, addr, number)
        else:
            self._response(message)

    def _response(self, message: SipMessage) -> None:
        future = self._pending.get(via_branch(message.header("Via")) or "")
        if future is not None and not future.done() and message.status >= 200:
            future.set_result(message)

    def _start_transaction(self, data: bytes, branch: str) -> asyncio.Future[SipMessage]:
        """Send a non-INVITE request (its Via's ``branch`` given) and resend it until its
        final response: the future's result, or ``TimeoutError`` after 64*T1."""
        future: asyncio.Future[SipMessage] = asyncio.get_running_loop().create_future()
        self._pending[branch] = future
        self._send(data, self._box_addr)

        def timed_out() -> None:
            if not future.done():
                future.set_exception(TimeoutError())

        resend = _Resender(self, data, self._box_addr, timed_out)

        def done(_future: asyncio.Future[SipMessage]) -> None:
            resend.cancel()
            if self._pending.get(branch) is future:
                del self._pending[branch]

        future.add_done_callback(done)
        return future

    async def _transaction(self, request: SipMessage, branch: str) -> SipMessage:
        """``_start_transaction`` and wait for its answer (``TimeoutError`` without one)."""
        return await self._start_transaction(request.to_bytes(), branch)

    def _via(self) -> tuple[str, str]:
        """A Via of ours and its branch."""
        host, port = self._local_addr
        branch = new_branch()
        return f"SIP/2.0/UDP {host}:{port};branch={branch};rport", branch

    # --- registration ---

    @property
    def _contact(self) -> str:
        host, port = self._local_addr
        return f"<sip:{self.user}@{host}:{port}>"

    async def _register_loop(self) -> None:
        delay = self.timers.retry_min
        while True:
            state, granted = await self._register(self.expires)
            changed = state != self.state
            self._set_state(state)
            if state == PhoneState.REGISTERED:
                self.registrations += 1
                delay = self.timers.retry_min
                await asyncio.sleep(max(granted * self.timers.refresh_ratio, 0.5))
                continue
            _LOGGER.log(  # once per failure, not once per retry
                logging.WARNING if changed else logging.DEBUG,
                "Registration at %s failed (%s): %s",
                self.box_host,
                state,
                self.last_error,
            )
            await asyncio.sleep(delay)
            delay = min(delay * 2, self.timers.retry_max)

    async def _register(self, expires: int) -> tuple[PhoneState, int]:
        """One registration (or removal, ``expires`` 0): the state it leads to and the
        Expires granted."""
        uri = f"sip:{self.box_host}"
        credentials: tuple[str, str] | None = None
        for _attempt in range(3):
            self._cseq += 1
            via, branch = self._via()
            request = SipMessage.request(
                "REGISTER",
                uri,
                [
                    ("Via", via),
                    ("Max-Forwards", "70"),
                    ("From", f"<sip:{self.user}@{self.box_host}>;tag={self._from_tag}"),
                    ("To", f"<sip:{self.user}@{self.box_host}>"),
                    ("Call-ID", self._call_id),
                    ("CSeq", f"{self._cseq} REGISTER"),
                    ("Contact", self._contact),
                    ("Expires", str(expires)),
                    ("Allow", ALLOW),
                    ("User-Agent", USER_AGENT),
                ],
            )
            if credentials is not None:
                request.headers.append(credentials)
            try:
                response = await self._transaction(request, branch)
            except TimeoutError:
                self.last_error = f"no answer from {self.box_host}:{self.box_port}"
                return PhoneState.UNREACHABLE, 0
            if response.status in {401, 407}:
                header = "WWW-Authenticate" if response.status == 401 else "Proxy-Authenticate"
                try:
                    challenge = parse_challenge(response.header(header) or "")
                except SipParseError as err:
                    self.last_error = f"unusable challenge: {err}"
                    return PhoneState.AUTH_FAILED, 0
                stale = challenge.get("stale", "").lower() == "true"
                if credentials is not None and not stale:
                    self.last_error = "the box rejected the user name or password"
                    return PhoneState.AUTH_FAILED, 0
                try:
                    value = authorization(
                        challenge,
                        username=self.user,
                        password=self._password,
                        method="REGISTER",
                        uri=uri,
                    )
                except SipParseError as err:
                    self.last_error = f"unusable challenge: {err}"
                    return PhoneState.AUTH_FAILED, 0
                name = "Authorization" if response.status == 401 else "Proxy-Authorization"
                credentials = (name, value)
                continue
            if 200 <= response.status < 300:
                self._registered_once = expires > 0
                return PhoneState.REGISTERED, self._granted(response, expires)
            self.last_error = f"{response.status} {response.reason}".strip()
            if response.status == 403:
                return PhoneState.AUTH_FAILED, 0
            return PhoneState.REFUSED, 0
        self.last_error = "the box challenged again and again"
        return PhoneState.AUTH_FAILED, 0

    def _granted(self, response: SipMessage, asked: int) -> int:
        ours = self._contact.strip("<>")
        for value in response.header_all("Contact"):
            try:
                contact = parse_name_addr(value)
            except SipParseError:
                continue
            expires = contact.params.get("expires")
            if contact.uri == ours and expires and expires.isdigit():
                return int(expires)
        header = response.header("Expires")
        return int(header) if header and header.isdigit() else asked

    # --- incoming requests ---

    def _request(self, message: SipMessage, addr: tuple[str, int], cseq: int) -> None:
        method = message.method
        if method == "INVITE":
            self._on_invite(message, addr, cseq)
        elif method == "ACK":
            call = self._calls.get(message.call_id)
            if call is not None and call.final_sent and cseq == call.cseq:
                self._acked(call)
                hang_up = call.ok_sent and call.decision is DecisionKind.HANG_UP
                if hang_up and not call.bye_sent and not call.bye_received:
                    # The BYE leaves in this handler: no loop iteration between ACK and BYE.
                    call.bye = self._send_bye(call)
        elif method == "CANCEL":
            self._on_cancel(message, addr)
        elif method == "BYE":
            self._on_bye(message, addr)
        elif method == "OPTIONS":
            headers = [
                ("Allow", ALLOW),
                ("Accept", "application/sdp"),
                ("Contact", self._contact),
                ("User-Agent", USER_AGENT),
            ]
            self._respond(message, addr, 200, "OK", headers=headers, to_tag=new_tag())
        else:
            self._respond(message, addr, 405, "Method Not Allowed", headers=[("Allow", ALLOW)])

    def _respond(
        self,
        request: SipMessage,
        addr: tuple[str, int],
        status: int,
        reason: str,
        *,
        headers: list[tuple[str, str]] | None = None,
        to_tag: str | None = None,
        body: bytes = b"",
    ) -> bytes:
        data = response_to(
            request, status, reason, to_tag=to_tag, headers=headers or [], body=body
        ).to_bytes()
        self._send(data, addr)
        return data

    def _on_invite(self, invite: SipMessage, addr: tuple[str, int], cseq: int) -> None:
        call = self._calls.get(invite.call_id)
        if call is not None:
            if cseq == call.cseq:
                self._send(call.last_response, addr)  # a retransmission: the same call
            else:
                self._respond(invite, addr, 491, "Request Pending", to_tag=call.to_tag)
            return
        if self._active >= MAX_CALLS:
            self.busy += 1
            self._rate_log(
                "busy",
                "%d calls at once: refused %d so far (logged once a minute)",
                MAX_CALLS,
                self.busy,
            )
            self._respond(invite, addr, 486, "Busy Here", to_tag=new_tag())
            return
        try:
            info = _incoming(invite)
        except SipParseError:
            self.malformed += 1
            self._respond(invite, addr, 400, "Bad Request", to_tag=new_tag())
            return
        loop = asyncio.get_running_loop()
        call = _Call(
            info=info,
            invite=invite,
            addr=addr,
            cseq=cseq,
            branch=via_branch(invite.header("Via")),
            to_tag=new_tag(),
            at=datetime.now(UTC),
            started=loop.time(),
        )
        self._calls[invite.call_id] = call
        self._active += 1
        call.trying = call.last_response = response_to(invite, 100, "Trying").to_bytes()
        # Eager: the decision and (when it needs no waiting) the 100 and 200 go
        # out in this handler, not a loop iteration later.
        call.task = loop.create_task(self._run_call(call), eager_start=True)
        # not a ``finally`` in _run_call: a task cancelled before it ran never enters it
        call.task.add_done_callback(lambda _task: self._finish(call))
        self._send_trying(call)  # the decision waits (or failed): the 100 now
        # Housekeeping once the answer is out: forget old calls.
        self._forget_expired()
        self._make_room()

    def _send_trying(self, call: _Call) -> None:
        if call.trying:
            self._send(call.trying, call.addr)
            call.trying = b""

    def _make_room(self) -> None:
        while len(self._calls) > MAX_TRACKED:
            oldest = next((call for call in self._calls.values() if call.finished), None)
            if oldest is None:  # pragma: no cover - MAX_CALLS < MAX_TRACKED
                return
            self._forget(oldest)

    def _on_cancel(self, cancel: SipMessage, addr: tuple[str, int]) -> None:
        call = self._calls.get(cancel.call_id)
        branch = via_branch(cancel.header("Via"))
        if call is None or (branch is not None and branch != call.branch):
            self._respond(cancel, addr, 481, "Call/Transaction Does Not Exist")
            return
        self._respond(cancel, addr, 200, "OK", to_tag=call.to_tag)
        if call.final_sent:
            return
        call.cancelled = True
        call.reason = "cancelled"
        self._final(call, 487, "Request Terminated")
        if call.task is not None:
            call.task.cancel()

    def _on_bye(self, bye: SipMessage, addr: tuple[str, int]) -> None:
        call = self._calls.get(bye.call_id)
        if call is None or not call.ok_sent:
            self._respond(bye, addr, 481, "Call/Transaction Does Not Exist")
            return
        self._respond(bye, addr, 200, "OK")
        call.bye_received = True
        self._acked(call)
        if call.rtp is not None:
            call.rtp.stop()

    # --- a call ---

    def _final(
        self,
        call: _Call,
        status: int,
        reason: str,
        headers: list[tuple[str, str]] | None = None,
        body: bytes = b"",
    ) -> asyncio.Future[bool]:
        """Send a final response to the INVITE and resend it until the ACK (timers G/H):
        the future is True on the ACK, False without one after 64*T1."""
        self._send_trying(call)
        call.final_sent = True
        call.last_response = self._respond(
            call.invite, call.addr, status, reason, headers=headers, to_tag=call.to_tag, body=body
        )
        ack: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        call.ack = ack

        def timed_out() -> None:
            if not ack.done():
                ack.set_result(False)

        call.resend = _Resender(self, call.last_response, call.addr, timed_out)
        return ack

    @staticmethod
    def _acked(call: _Call) -> None:
        if call.resend is not None:
            call.resend.cancel()
            call.resend = None
        if call.ack is not None and not call.ack.done():
            call.ack.set_result(True)

    async def _run_call(self, call: _Call) -> None:
        try:
            decision = await self._judge(call)
            call.decision = decision.kind
            if isinstance(decision, Reject):
                self._ringing(call)
                await asyncio.sleep(self.ring_hold)
                self._final(call, 480, "Temporarily Unavailable")
                if call.reason != "broadcast":
                    call.reason = "rejected"
            else:
                await self._answer(call, decision)
        except asyncio.CancelledError:
            if not call.cancelled:
                raise
        except Exception:  # pragma: no cover - a bug must not take the phone down
            _LOGGER.exception("Call %s failed", call.info.call_id)

    async def _judge(self, call: _Call) -> Decision:
        invite = call.invite
        to = invite.header("To") or ""
        if BROADCAST in (call.info.called or "") + (invite.uri or "") + to and BROADCAST in {
            call.info.called,
            uri_user(invite.uri or ""),
            uri_user(_uri_of(to)),
        }:
            call.reason = "broadcast"
            return Reject()
        # Started at once: a decision that needs no waiting (most of them) is
        # made in this handler, without a deadline to set up and take down.
        decision = asyncio.get_running_loop().create_task(self._decide(call.info), eager_start=True)
        try:
            if not decision.done():
                async with asyncio.timeout(self.timers.decide_timeout):
                    await decision
            return decision.result()
        except TimeoutError:
            _LOGGER.warning("decide() took too long for call %s: not answered", call.info.call_id)
        except Exception:
            _LOGGER.exception("decide() failed for call %s: not answered", call.info.call_id)
        return Reject()

    def _ringing(self, call: _Call) -> None:
        self._send_trying(call)
        call.last_response = self._respond(
            call.invite,
            call.addr,
            180,
            "Ringing",
            headers=[("Contact", self._contact)],
            to_tag=call.to_tag,
        )

    async def _answer(self, call: _Call, decision: HangUp | Say) -> None:
        try:
            offer = parse_sdp_offer(call.invite.body)
        except SipParseError:
            offer = None
        codec = choose_codec(offer) if offer is not None else None
        if offer is None or codec is None:
            call.reason = "no_codec"
            self._final(call, 488, "Not Acceptable Here")
            return
        host = self._local_addr[0]
        media = await self._media(call, decision, codec)
        if media is None:
            return
        rtp, port = media
        try:
            body = build_sdp_answer(
                offer, host=host, port=port, codec=codec, session_id=random_bits(31)
            )
            headers = [
                ("Contact", self._contact),
                ("Allow", ALLOW),
                ("User-Agent", USER_AGENT),
                ("Content-Type", "application/sdp"),
            ]
            call.ok_sent = True
            acked = self._final(call, 200, "OK", headers, body)
            # Made while the box reads the 200: on the ACK, the BYE only has to be sent.
            call.prepared_bye = self._bye_request(call)
            call.answered = await acked
            if not call.answered:
                call.reason = "no_ack"
            elif call.bye_received:
                call.reason = "caller_hung_up"
            elif isinstance(decision, Say):
                assert rtp is not None
                audio = decision.audio if codec == PCMA else alaw_to_ulaw(decision.audio)
                call.frames = await rtp.play(audio, (offer.host, offer.port))
                call.reason = "caller_hung_up" if call.bye_received else "said"
            else:
                call.reason = "hung_up"
        finally:
            if rtp is not None:
                rtp.close()
        if call.bye is None and not call.bye_received:
            call.bye = self._send_bye(call)
        if call.bye is not None:
            try:
                await call.bye
            except TimeoutError:
                _LOGGER.debug("No answer to BYE for call %s", call.info.call_id)

    async def _media(
        self, call: _Call, decision: HangUp | Say, codec: int
    ) -> tuple[RtpSender | None, int] | None:
        """The RTP sender and port the answer names; None (a 500 sent) without a port."""
        if not isinstance(decision, Say) and self._silent_port is not None:
            # Hanging up sends no audio: the phone's silent socket takes what comes.
            return None, self._silent_port
        rtp = call.rtp = RtpSender(payload_type=codec)
        try:
            transport, _ = await asyncio.get_running_loop().create_datagram_endpoint(
                lambda: rtp, local_addr=(self._local_addr[0], self._rtp_port)
            )
        except OSError as err:
            _LOGGER.warning("No RTP port for call %s: %s", call.info.call_id, err)
            call.reason = "media_error"
            self._final(call, 500, "Server Internal Error")
            rtp.close()
            return None
        return rtp, int(transport.get_extra_info("sockname")[1])

    def _send_bye(self, call: _Call) -> asyncio.Future[SipMessage]:
        """Hang up: the BYE leaves now; the future is the box's answer (or TimeoutError)."""
        data, branch = call.prepared_bye or self._bye_request(call)
        call.prepared_bye, call.bye_sent = None, True
        return self._start_transaction(data, branch)

    def _bye_request(self, call: _Call) -> tuple[bytes, str]:
        """The BYE of an answered call (RFC 3261 12.2.1.1: route set = Record-Route), and
        its branch."""
        invite = call.invite
        target = _uri_of(invite.header("Contact")) or _uri_of(invite.header("From"))
        via, branch = self._via()
        return SipMessage.request(
            "BYE",
            target,
            [
                ("Via", via),
                ("Max-Forwards", "70"),
                *(("Route", route) for route in invite.header_all("Record-Route")),
                ("From", f"{invite.header('To')};tag={call.to_tag}"),
                ("To", invite.header("From") or ""),
                ("Call-ID", invite.call_id),
                ("CSeq", "1 BYE"),
                ("User-Agent", USER_AGENT),
            ],
        ).to_bytes(), branch

    def _finish(self, call: _Call) -> None:
        call.finished = True
        self._active -= 1
        if self._transport is not None:  # kept for retransmissions, then forgotten
            self._finished.append((asyncio.get_running_loop().time() + self.timers.timeout, call))
        outcome = CallOutcome(
            call=call.info,
            decision=call.decision,
            answered=call.answered,
            cancelled=call.cancelled,
            at=call.at,
            duration=asyncio.get_running_loop().time() - call.started,
            reason=call.reason,
            frames=call.frames,
        )
        _LOGGER.debug("Call %s: %s", call.info.call_id, outcome)
        call.release()
        if self._on_outcome is not None:
            try:
                self._on_outcome(outcome)
            except Exception:
                _LOGGER.exception("on_outcome callback failed")

    def _forget_expired(self) -> None:
        """Forget calls that finished ``timeout`` ago (their retransmissions are over).

        Swept when an INVITE comes rather than by a timer per call: a timer
        each in the loop's heap made every call's own timers dearer.
        """
        now = asyncio.get_running_loop().time()
        while self._finished and self._finished[0][0] <= now:
            self._forget(self._finished.popleft()[1])

    def _forget(self, call: _Call) -> None:
        if self._calls.get(call.info.call_id) is call:
            del self._calls[call.info.call_id]
        if call.resend is not None:
            call.resend.cancel()
        if call.ack is not None and not call.ack.done():
            call.ack.cancel()
        if call.bye is not None and not call.bye.done():
            call.bye.cancel()


def _parse(data: bytes) -> tuple[SipMessage, int]:
    """A datagram as a message with every mandatory header, and its CSeq number."""
    message = parse_message(data)
    if not message.has_headers(_MANDATORY):
        raise SipParseError("mandatory header missing")
    number, method = parse_cseq(message.header("CSeq"))
    if message.is_request and method != message.method:
        raise SipParseError("CSeq method differs from the request's")
    return message, number


def _uri_of(value: str | None) -> str:
    if not value:
        return ""
    try:
        return read_name_addr(value)[1]
    except SipParseError:
        return ""


def _incoming(invite: SipMessage) -> IncomingCall:
    display, uri, _params = read_name_addr(invite.header("From") or "")
    user = uri_user(uri)
    caller = None if user is None or user.lower() in _WITHHELD else user
    called = None
    for value in (invite.header("P-Called-Party-ID"), invite.header("To")):
        if value and (called := uri_user(_uri_of(value))):
            break
    called = called or uri_user(invite.uri or "")
    internal = (caller or "").startswith("**") or (called or "").startswith("**")
    return IncomingCall(
        call_id=invite.call_id,
        caller=caller,
        called=called,
        internal=internal,
        name=display or None,
    )


def _route_to(host: str, port: int) -> str:
    """The local address the system would use to reach ``host`` (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.setblocking(False)
        probe.connect((host, port))
        return str(probe.getsockname()[0])
