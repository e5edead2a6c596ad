"""SIP messages (RFC 3261) over UDP: parse, build, digest, SDP.

Only what a phone that answers and hangs up needs, and strict about input:
every datagram is hostile until parsed. A datagram is at most 64 KiB, has
at most ``MAX_HEADERS`` header lines of at most ``MAX_LINE`` characters,
all printable UTF-8; anything else raises ``SipParseError``. Compact header
forms (``f``, ``t``, ``i``, ``v``, ``m``, ``l``, ``c``, ``k``) are read as
their long names; messages are written with long names and an exact
``Content-Length``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
import hashlib
import os
import re
import secrets
import threading
from typing import Final
from urllib.parse import unquote

from .exceptions import SipParseError

__all__ = [
    "ALLOW",
    "MAX_DATAGRAM",
    "MAX_HEADERS",
    "MAX_LINE",
    "PCMA",
    "PCMU",
    "NameAddr",
    "SdpOffer",
    "SipMessage",
    "SipParseError",
    "Via",
    "authorization",
    "build_sdp_answer",
    "choose_codec",
    "digest_response",
    "new_branch",
    "new_tag",
    "parse_challenge",
    "parse_cseq",
    "parse_message",
    "parse_name_addr",
    "parse_sdp_offer",
    "parse_via",
    "random_bits",
    "read_name_addr",
    "response_to",
    "split_list",
    "uri_user",
    "via_branch",
]

MAX_DATAGRAM: Final = 65_536
MAX_HEADERS: Final = 100
MAX_LINE: Final = 4_096
MAGIC_COOKIE: Final = "z9hG4bK"
ALLOW: Final = "INVITE, ACK, CANCEL, BYE, OPTIONS"
PCMA: Final = 8
PCMU: Final = 0

_COMPACT: Final = {
    "f": "From",
    "t": "To",
    "i": "Call-ID",
    "v": "Via",
    "m": "Contact",
    "l": "Content-Length",
    "c": "Content-Type",
    "k": "Supported",
}
_CANONICAL: Final = {
    name.lower(): name
    for name in (
        "Accept",
        "Allow",
        "Authorization",
        "Call-ID",
        "Contact",
        "Content-Length",
        "Content-Type",
        "CSeq",
        "Expires",
        "From",
        "Max-Forwards",
        "P-Called-Party-ID",
        "Proxy-Authenticate",
        "Proxy-Authorization",
        "Record-Route",
        "Route",
        "Supported",
        "To",
        "User-Agent",
        "Via",
        "WWW-Authenticate",
    )
}
_CANONICAL_NAMES: Final = frozenset(_CANONICAL.values())
# Headers whose values may be comma-separated lists (RFC 3261 7.3.1).
_LISTS: Final = frozenset({"via", "route", "record-route", "contact", "allow", "supported"})
_TOKEN: Final = re.compile(r"[A-Za-z0-9.!%*_+`'~-]+")
_STATUS_LINE: Final = re.compile(r"SIP/2\.0 ([1-6][0-9][0-9]) ?(.*)")
_REQUEST_LINE: Final = re.compile(r"([A-Za-z0-9.!%*_+`'~-]+) (\S+) SIP/2\.0")
_PARAM: Final = re.compile(r'\s*([A-Za-z0-9.!%*_+`\'~-]+)\s*(?:=\s*("(?:[^"\\]|\\.)*"|[^;,\s]*))?')
_AUTH_PARAM: Final = re.compile(r'([A-Za-z0-9_-]+)\s*=\s*("((?:[^"\\]|\\.)*)"|[^,\s]+)')
_BRANCH: Final = re.compile(r";\s*branch\s*=\s*([^;,\s]+)", re.IGNORECASE)


_KNOWN: Final = {
    **{name: name for name in _CANONICAL.values()},
    **_CANONICAL,
    **_COMPACT,
    **{short.upper(): name for short, name in _COMPACT.items()},
}
"""Header names as they usually arrive (canonical, lower case, compact) -> canonical.

Built once from the constants above, never from input: a hostile peer cannot grow it.
"""


def _canonical(name: str) -> str:
    if (known := _KNOWN.get(name)) is not None:
        return known
    lower = name.lower()
    if lower in _COMPACT:
        return _COMPACT[lower]
    return _CANONICAL.get(lower, name)


@dataclass(slots=True)
class SipMessage:
    """A request (``method`` and ``uri`` set) or a response (``status`` set)."""

    method: str | None = None
    uri: str | None = None
    status: int = 0
    reason: str = ""
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    _first: dict[str, str] | None = field(default=None, repr=False, compare=False)
    """Canonical name -> first value, built by ``parse_message`` (see ``header``)."""
    _indexed: tuple[int, int] = field(default=(0, 0), repr=False, compare=False)
    """``id`` and length of the ``headers`` list ``_first`` was built from."""

    @classmethod
    def request(cls, method: str, uri: str, headers: Iterable[tuple[str, str]] = ()) -> SipMessage:
        """A new request."""
        return cls(method=method, uri=uri, headers=list(headers))

    @property
    def is_request(self) -> bool:
        """True for a request, False for a response."""
        return self.method is not None

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (long or compact name), or None."""
        wanted = _canonical(name)
        first = self._first
        if first is not None and self._indexed == (id(self.headers), len(self.headers)):
            # A parsed message whose headers nobody changed since: one dict look-up
            # (known names are stored canonical; another name may differ in case).
            found = first.get(wanted)
            if found is not None or wanted in _CANONICAL_NAMES:
                return found
        for key, value in self.headers:  # parsed names are canonical: no lower() needed
            if key == wanted:
                return value
        lowered = wanted.lower()
        for key, value in self.headers:  # a name set by hand in another spelling
            if key.lower() == lowered:
                return value
        return None

    def has_headers(self, names: Iterable[str]) -> bool:
        """Whether every one of ``names`` (canonical spelling) is present."""
        return all(self.header(name) is not None for name in names)

    def header_all(self, name: str) -> list[str]:
        """Every value of header ``name``, list headers split at their commas, in order."""
        wanted = _canonical(name).lower()
        values: list[str] = []
        for key, value in self.headers:
            if key.lower() == wanted:
                values.extend(split_list(value) if wanted in _LISTS else [value])
        return values

    def set_header(self, name: str, value: str) -> None:
        """Replace every ``name`` header by one with ``value``."""
        canonical = _canonical(name)
        self.remove_header(canonical)
        self.headers.append((canonical, value))

    def remove_header(self, name: str) -> None:
        """Drop every ``name`` header."""
        wanted = _canonical(name).lower()
        self.headers = [(key, value) for key, value in self.headers if key.lower() != wanted]

    @property
    def call_id(self) -> str:
        """The Call-ID ('' when missing)."""
        return self.header("Call-ID") or ""

    @property
    def top_via(self) -> Via | None:
        """The first Via, parsed (None when missing or malformed)."""
        first = self.header("Via")
        if first is not None and "," in first:  # several in one line: split it
            first = next(iter(split_list(first)), None)
        if not first:
            return None
        try:
            return parse_via(first)
        except SipParseError:
            return None

    def to_bytes(self) -> bytes:
        """The message as sent: CRLF lines, Content-Length always exact."""
        if self.method is not None:
            lines = [f"{self.method} {self.uri} SIP/2.0"]
        else:
            lines = [f"SIP/2.0 {self.status} {self.reason}"]
        lines.extend(  # any Content-Length (even a compact ``l``) gives way to the body's
            f"{key}: {value}" for key, value in self.headers if _canonical(key) != "Content-Length"
        )
        lines.append(f"Content-Length: {len(self.body)}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode() + self.body


def parse_message(data: bytes) -> SipMessage:
    """Parse one datagram into a ``SipMessage``; ``SipParseError`` for anything malformed."""
    if len(data) > MAX_DATAGRAM:
        raise SipParseError("datagram too large")
    head, sep, body = data.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = data.partition(b"\n\n")
    if not sep:
        raise SipParseError("no end of headers")
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as err:
        raise SipParseError("not UTF-8") from err
    # Lines end in CRLF or LF; a CR anywhere else is a control character below.
    lines = text.replace("\r\n", "\n").split("\n")
    if len(lines) > MAX_HEADERS + 1:
        raise SipParseError("too many header lines")
    if max(map(len, lines)) > MAX_LINE:
        raise SipParseError("header line too long")
    if not "".join(lines).replace("\t", " ").isprintable():
        raise SipParseError("control characters in header")
    message = _start_line(lines[0])
    headers = message.headers
    first: dict[str, str] = {}
    for line in lines[1:]:
        if line[:1] in {" ", "\t"} and headers:
            key, value = headers[-1]
            value = f"{value} {line.strip()}"
            headers[-1] = (key, value)
            if len(headers) == 1 or all(name != key for name, _ in headers[:-1]):
                first[key] = value  # the folded line continues the first value of its name
            continue
        name, colon, value = line.partition(":")
        name = name.strip()
        if not colon:
            raise SipParseError("malformed header line")
        canonical = _KNOWN.get(name)
        if canonical is None:
            if not _TOKEN.fullmatch(name):
                raise SipParseError("malformed header line")
            canonical = _canonical(name)
        value = value.strip()
        headers.append((canonical, value))
        first.setdefault(canonical, value)
    message._first, message._indexed = first, (id(headers), len(headers))
    length = first.get("Content-Length")
    if length is not None:
        if not length.isdigit() or int(length) > len(body):
            raise SipParseError("bad Content-Length")
        body = body[: int(length)]
    message.body = body
    return message


def _start_line(line: str) -> SipMessage:
    if match := _STATUS_LINE.fullmatch(line):
        return SipMessage(status=int(match[1]), reason=match[2])
    if match := _REQUEST_LINE.fullmatch(line):
        return SipMessage(method=match[1], uri=match[2])
    raise SipParseError("not a SIP start line")


def split_list(value: str) -> list[str]:
    """Split a header value at commas outside quotes and ``<...>``."""
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    angle = False
    escaped = False
    for char in value:
        if escaped:
            escaped = False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif not quoted and char in "<>":
            angle = char == "<"
        elif char == "," and not quoted and not angle:
            parts.append("".join(current).strip())
            current = []
            continue
        current.append(char)
    parts.append("".join(current).strip())
    return [part for part in parts if part]


def _params(text: str) -> dict[str, str | None]:
    """``;a=1;b`` -> {'a': '1', 'b': None} (names lowercased, quotes kept)."""
    params: dict[str, str | None] = {}
    for piece in text.split(";"):
        if not piece.strip():
            continue
        match = _PARAM.fullmatch(piece)
        if match is None:
            raise SipParseError("malformed parameter")
        params[match[1].lower()] = match[2]
    return params


@dataclass(frozen=True, slots=True)
class NameAddr:
    """``"Display" <uri>;params`` of From, To, Contact, Route."""

    display: str
    uri: str
    params: dict[str, str | None]

    @property
    def tag(self) -> str | None:
        """The ``tag`` parameter."""
        return self.params.get("tag")


def read_name_addr(value: str) -> tuple[str, str, str]:
    """A From/To/Contact/Route value's display name, URI and the unparsed rest (its
    parameters): what a call needs of From and To, without parsing the tag."""
    value = value.strip()
    if "<" in value:
        display, _, rest = value.partition("<")
        uri, closing, params = rest.partition(">")
        if not closing or not uri:
            raise SipParseError("unclosed <uri>")
        display = display.strip().strip('"').strip()
    else:
        display = ""
        uri, _, params = value.partition(";")
        params = ";" + params if params else ""
    uri = uri.strip()
    if not uri:
        raise SipParseError("empty URI")
    return display, uri, params


def parse_name_addr(value: str) -> NameAddr:
    """Parse a From/To/Contact/Route value (name-addr or bare addr-spec)."""
    display, uri, params = read_name_addr(value)
    return NameAddr(display, uri, _params(params))


def uri_user(uri: str) -> str | None:
    """The user part of a ``sip:``/``sips:``/``tel:`` URI, unescaped; None without one."""
    scheme, colon, rest = uri.partition(":")
    if not colon:
        return None
    if scheme.lower() == "tel":
        return unquote(rest.split(";", 1)[0]) or None
    if "@" not in rest:
        return None
    user = rest.split("@", 1)[0].split(";", 1)[0].split(":", 1)[0]
    return unquote(user) or None


@dataclass(frozen=True, slots=True)
class Via:
    """One Via value: transport, sent-by and parameters."""

    transport: str
    host: str
    port: int | None
    params: dict[str, str | None]

    @property
    def branch(self) -> str | None:
        """The ``branch`` parameter."""
        return self.params.get("branch")


def parse_via(value: str) -> Via:
    """Parse one Via value (``SIP/2.0/UDP host:port;branch=...``)."""
    protocol, _, rest = value.strip().partition(" ")
    parts = protocol.split("/")
    if len(parts) != 3 or parts[0].upper() != "SIP":
        raise SipParseError("malformed Via")
    sent_by, _, params = rest.strip().partition(";")
    sent_by = sent_by.strip()
    if sent_by.startswith("["):
        host, _, port = sent_by.partition("]")
        host, port = host + "]", port.removeprefix(":")
    else:
        host, _, port = sent_by.partition(":")
    if not host or (port and not (port.isdigit() and len(port) <= 5)):
        raise SipParseError("malformed Via sent-by")
    return Via(parts[2].upper(), host, int(port) if port else None, _params(params))


def parse_cseq(value: str | None) -> tuple[int, str]:
    """``"42 INVITE"`` -> (42, "INVITE")."""
    number, _, method = (value or "").strip().partition(" ")
    if not number.isdigit() or len(number) > 10 or not _TOKEN.fullmatch(method.strip()):
        raise SipParseError("malformed CSeq")
    return int(number), method.strip()


def via_branch(value: str | None) -> str | None:
    """The ``branch`` of the first Via in ``value`` (None without one), the Via not parsed."""
    if not value:
        return None
    match = _BRANCH.search(split_list(value)[0] if "," in value else value)
    return match[1] if match else None


class _RandomPool:
    """Random bytes from the operating system's CSPRNG, fetched 4 KiB at a time.

    Every call needs a tag, a branch and an SDP session id: one ``os.urandom``
    each is a system call each, about 10 us on a phone that slept between calls,
    on the way to the 200 OK. Cut from one buffer, they are the same
    cryptographic randomness (RFC 3261 19.3 asks tags for 32 random bits). A
    lock keeps threads from sharing bytes; a forked child starts afresh.
    """

    SIZE: Final = 4096

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._buffer = b""
        self._at = 0

    def take(self, count: int) -> bytes:
        """``count`` (at most ``SIZE``) bytes nobody else got."""
        with self._lock:
            if self._at + count > len(self._buffer):
                self._buffer, self._at = os.urandom(self.SIZE), 0
            start = self._at
            self._at += count
            return self._buffer[start : self._at]

    def reset(self) -> None:
        """Forget the buffer (in a forked child: the parent holds the same bytes)."""
        self._buffer, self._at = b"", 0


_RANDOM: Final = _RandomPool()
if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_RANDOM.reset)


def random_bits(bits: int) -> int:
    """A random non-negative integer below ``2**bits`` (CSPRNG, like ``secrets.randbits``)."""
    value = int.from_bytes(_RANDOM.take((bits + 7) // 8))
    return value >> (-bits % 8)


def new_branch() -> str:
    """A fresh RFC 3261 Via branch (magic cookie + random)."""
    return MAGIC_COOKIE + _RANDOM.take(8).hex()


def new_tag() -> str:
    """A fresh From/To tag."""
    return _RANDOM.take(6).hex()


def response_to(
    request: SipMessage,
    status: int,
    reason: str,
    *,
    to_tag: str | None = None,
    headers: Iterable[tuple[str, str]] = (),
    body: bytes = b"",
) -> SipMessage:
    """A response to ``request``: Vias, From, To (plus ``to_tag``), Call-ID, CSeq copied.

    Record-Route is copied into 1xx (except 100) and 2xx responses to an
    INVITE (RFC 3261 12.1.1).
    """
    out = SipMessage(status=status, reason=reason)
    for name, value in request.headers:
        if name in {"Via", "From", "Call-ID", "CSeq"}:
            out.headers.append((name, value))
        elif name == "To":
            tagged = to_tag and "tag=" not in value.replace(" ", "").lower()
            out.headers.append((name, f"{value};tag={to_tag}" if tagged else value))
        elif name == "Record-Route" and request.method == "INVITE" and 100 < status < 300:
            out.headers.append((name, value))
    out.headers.extend(headers)
    out.body = body
    return out


# --- Digest (RFC 2617 / RFC 3261 22.4) ---


def _md5(text: str) -> str:
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


def digest_response(
    *,
    username: str,
    password: str,
    realm: str,
    nonce: str,
    method: str,
    uri: str,
    qop: str | None = None,
    nc: str = "00000001",
    cnonce: str = "",
) -> str:
    """The MD5 digest ``response`` (RFC 2617 3.2.2.1), with ``qop=auth`` or without qop."""
    ha1 = _md5(f"{username}:{realm}:{password}")
    ha2 = _md5(f"{method}:{uri}")
    if qop:
        return _md5(f"{ha1}:{nonce}:{nc}:{cnonce}:{qop}:{ha2}")
    return _md5(f"{ha1}:{nonce}:{ha2}")


def parse_challenge(value: str) -> dict[str, str]:
    """The parameters of a ``Digest`` WWW-/Proxy-Authenticate value (names lowercased)."""
    scheme, _, rest = value.strip().partition(" ")
    if scheme.lower() != "digest":
        raise SipParseError("not a Digest challenge")
    params = {
        match[1].lower(): match[3] if match[3] is not None else match[2]
        for match in _AUTH_PARAM.finditer(rest)
    }
    if "nonce" not in params or "realm" not in params:
        raise SipParseError("challenge without realm or nonce")
    if params.get("algorithm", "MD5").upper() != "MD5":
        raise SipParseError("unsupported digest algorithm")
    return params


def authorization(
    challenge: dict[str, str], *, username: str, password: str, method: str, uri: str
) -> str:
    """The Authorization value answering ``challenge`` (qop=auth when offered)."""
    offered = [token.strip() for token in challenge.get("qop", "").split(",") if token.strip()]
    if offered and "auth" not in offered:
        raise SipParseError("challenge wants a qop other than auth")
    qop = "auth" if offered else None
    cnonce = secrets.token_hex(8)
    response = digest_response(
        username=username,
        password=password,
        realm=challenge["realm"],
        nonce=challenge["nonce"],
        method=method,
        uri=uri,
        qop=qop,
        cnonce=cnonce,
    )
    parts = [
        f'username="{username}"',
        f'realm="{challenge["realm"]}"',
        f'nonce="{challenge["nonce"]}"',
        f'uri="{uri}"',
        f'response="{response}"',
        "algorithm=MD5",
    ]
    if "opaque" in challenge:
        parts.append(f'opaque="{challenge["opaque"]}"')
    if qop:
        parts.extend([f"qop={qop}", "nc=00000001", f'cnonce="{cnonce}"'])
    return "Digest " + ", ".join(parts)


# --- SDP (RFC 4566 / RFC 3264) ---


@dataclass(frozen=True, slots=True)
class SdpOffer:
    """The first audio stream of an SDP offer."""

    host: str
    port: int
    payloads: tuple[int, ...]
    rtpmap: dict[int, str]
    """Payload type -> encoding, lowercased (``{101: 'telephone-event/8000'}``)."""


def parse_sdp_offer(body: bytes) -> SdpOffer:
    """The first ``m=audio`` stream of ``body``; ``SipParseError`` if there is none."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as err:
        raise SipParseError("SDP is not UTF-8") from err
    host = ""
    audio: tuple[int, tuple[int, ...]] | None = None
    rtpmap: dict[int, str] = {}
    for raw in text.splitlines()[:MAX_HEADERS]:
        line = raw.strip()
        if line.startswith("c=") and (audio is None or not host):
            fields = line[2:].split()
            if len(fields) >= 3:
                host = fields[2].split("/")[0]
        elif line.startswith("m="):
            if audio is not None:
                break
            fields = line[2:].split()
            if len(fields) >= 4 and fields[0] == "audio" and fields[1].isdigit():
                payloads = tuple(int(pt) for pt in fields[3:] if pt.isdigit() and int(pt) < 128)
                audio = (int(fields[1]), payloads)
        elif line.startswith("a=rtpmap:") and audio is not None:
            pt, _, encoding = line[9:].partition(" ")
            if pt.isdigit():
                rtpmap[int(pt)] = encoding.strip().lower()
    if audio is None or not host or audio[0] > 65_535:
        raise SipParseError("no audio stream in SDP")
    return SdpOffer(host, audio[0], audio[1], rtpmap)


def choose_codec(offer: SdpOffer) -> int | None:
    """PCMA (8) if offered, else PCMU (0), else None (the call gets 488)."""
    if offer.port == 0:
        return None
    for codec in (PCMA, PCMU):
        if codec in offer.payloads:
            return codec
    return None


def build_sdp_answer(
    offer: SdpOffer, *, host: str, port: int, codec: int, session_id: int
) -> bytes:
    """The SDP answer: ``codec`` (PCMA or PCMU at 8 kHz), telephone-event if offered."""
    event = next(
        (pt for pt, enc in offer.rtpmap.items() if enc.startswith("telephone-event/8000")),
        None,
    )
    payloads = f"{codec} {event}" if event is not None else str(codec)
    lines = [
        "v=0",
        f"o=nuisance_calls {session_id} {session_id} IN IP4 {host}",
        "s=nuisance_calls",
        f"c=IN IP4 {host}",
        "t=0 0",
        f"m=audio {port} RTP/AVP {payloads}",
        f"a=rtpmap:{codec} {'PCMA' if codec == PCMA else 'PCMU'}/8000",
    ]
    if event is not None:
        lines += [f"a=rtpmap:{event} telephone-event/8000", f"a=fmtp:{event} 0-16"]
    lines += ["a=ptime:20", "a=sendrecv"]
    return ("\r\n".join(lines) + "\r\n").encode()
