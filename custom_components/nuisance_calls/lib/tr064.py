"""An asyncio client for the FRITZ!Box TR-064 interface.

Phone books, call barring, the box's own call list and its country and area
code.

``fritzconnection`` knows TR-064: the device description, the SOAP envelope,
AVM's phone book XML. Its transport is ``requests``, which blocks; this client
keeps fritzconnection's codec and model (``Soaper``'s templates and argument
encoding, ``Description``, ``Phonebook``) and sends the requests itself through
an injected ``aiohttp`` session, with HTTP Digest auth as the box demands. It
has no Home Assistant imports.

Every failure is a ``Tr064Error`` whose ``reason`` is a short word for logs and
diagnostics (``auth``, ``unreachable``, ``fault_820``, ...).

Documents the box hands out (description, answers, phone books, call list)
are read with ``parse_xml``: no DTD, so no entity is ever declared or
expanded, and every way a body can fail to be XML is a ``Tr064Error``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum
import re
from typing import Any, Final
from xml.etree import ElementTree as ET

import aiohttp
from fritzconnection.core.processor import Description, process_node
from fritzconnection.core.soaper import Soaper, preprocess_arguments
from fritzconnection.lib.fritzphonebook import Phonebook
from yarl import URL

from .exceptions import Tr064AuthError, Tr064Error, Tr064FaultError
from .http import SessionOwner, read_limited
from .numbers import region_for_country_code
from .text import MAX_LABEL_LENGTH, clean_text

__all__ = [
    "DEFAULT_MAX_CALLS",
    "DEFAULT_PORT",
    "DEFAULT_TIMEOUT",
    "DESCRIPTION_PATH",
    "MAX_CALL_LIST",
    "MAX_PHONEBOOK",
    "MAX_REPLY",
    "ONTEL_SERVICE",
    "VOIP_SERVICE",
    "BoxCall",
    "BoxCallKind",
    "BoxCallList",
    "Contact",
    "Tr064AuthError",
    "Tr064Client",
    "Tr064Error",
    "Tr064FaultError",
    "fault",
    "parse_call_list",
    "parse_phonebook",
    "parse_reply",
    "parse_xml",
    "soap_envelope",
]


DEFAULT_PORT: Final = 49000
DEFAULT_TIMEOUT: Final = 10.0
DESCRIPTION_PATH: Final = "/tr64desc.xml"
ONTEL_SERVICE: Final = "urn:dslforum-org:service:X_AVM-DE_OnTel:1"
VOIP_SERVICE: Final = "urn:dslforum-org:service:X_VoIP:1"
MAX_REPLY: Final = 1024 * 1024
"""Bytes a SOAP answer or the description may have (they are a few kB)."""
MAX_PHONEBOOK: Final = 32 * 1024 * 1024
"""Bytes a phone book may have (AVM's hold up to a few thousand contacts)."""
MAX_CALL_LIST: Final = 4 * 1024 * 1024
"""Bytes a call list may have (the box keeps a few hundred calls of ~500 bytes each)."""
DEFAULT_MAX_CALLS: Final = 1000
"""Calls ``Tr064Client.call_list`` asks for unless told otherwise (more than a box keeps)."""


@dataclass(frozen=True, slots=True)
class Contact:
    """One contact of a phone book (or of the call barring list)."""

    uid: int | None
    name: str
    numbers: tuple[str, ...]


class _PhonebookHolder:
    """What ``process_node`` fills from AVM's phone book XML (as FritzPhonebook does)."""

    def __init__(self) -> None:
        self.phonebook = Phonebook()


class _DoctypeRefusedError(Exception):
    """Raised from the parser's doctype callback: the document declares a DTD."""


class _NoDoctypeTreeBuilder(ET.TreeBuilder):
    """A tree builder that stops the parse at a ``<!DOCTYPE``, before any declaration in it."""

    def doctype(self, name: str, pubid: str, system: str) -> None:
        raise _DoctypeRefusedError(name)


def parse_xml(body: bytes, reason: str) -> ET.Element:
    """The root element of a document from the box, or ``Tr064Error(reason)``.

    The box's documents never carry a DTD, so one is refused: no entity is
    ever declared, let alone expanded (``ET.fromstring`` expands internal
    entities), and external ones are never fetched. Anything else that is not
    well-formed XML, including an encoding expat cannot read (``ET`` raises
    ``ValueError`` for multi-byte ones), is the same error.
    """
    parser = ET.XMLParser(target=_NoDoctypeTreeBuilder())
    try:
        parser.feed(body)
        root: ET.Element = parser.close()
    except _DoctypeRefusedError:
        raise Tr064Error(reason, "document with a DTD") from None
    except (ET.ParseError, ValueError, LookupError) as err:
        raise Tr064Error(reason, str(err)) from err
    return root


def parse_phonebook(body: bytes) -> list[Contact]:
    """The contacts of a phone book document (CPU-bound for big books)."""
    holder = _PhonebookHolder()
    process_node(holder, parse_xml(body, "bad_phonebook"))
    contacts: list[Contact] = []
    for contact in holder.phonebook.contacts:
        uid = str(contact.uniqueid or "").strip()
        contacts.append(
            Contact(
                int(uid) if uid.isdigit() else None,
                str(contact.name or ""),
                tuple(str(number) for number in contact.numbers if number),
            )
        )
    return contacts


class BoxCallKind(IntEnum):
    """What happened to a call of the box's call list (its ``<Type>``, AVM's x_contactSCPD)."""

    INCOMING = 1
    """Incoming, answered by a phone or the answering machine."""
    MISSED = 2
    """Incoming, answered by nobody."""
    OUTGOING = 3
    ACTIVE_INCOMING = 9
    """Incoming, answered and not over yet."""
    REJECTED = 10
    """Incoming, refused by the box (call barring, a rule)."""
    ACTIVE_OUTGOING = 11
    """Outgoing and not over yet."""

    @property
    def incoming(self) -> bool:
        """Whether the other party called us."""
        return self not in (BoxCallKind.OUTGOING, BoxCallKind.ACTIVE_OUTGOING)

    @property
    def active(self) -> bool:
        """Whether the call was still going on when the box wrote the list."""
        return self in (BoxCallKind.ACTIVE_INCOMING, BoxCallKind.ACTIVE_OUTGOING)


@dataclass(frozen=True, slots=True)
class BoxCall:
    """One entry of the box's call list, its text fields cleaned and bounded.

    ``number`` is the other party as the box wrote it (``030123456``,
    ``0171...``, ``0044...``, a local number without area code, ``**610``):
    the caller of an incoming call, the callee of an outgoing one; ``""``
    when the number was withheld. ``own_number`` is our number the call came
    in on or went out from (the box may prefix it, e.g. ``SIP: 123``).
    ``name`` is what the box's phone book or the network called the other
    party (``""`` if nothing). ``time`` is the box's local wall-clock time,
    naive, to the minute: the caller attaches the box's time zone (the hour
    the clocks go back is ambiguous; the list does not say which it was).
    ``duration_seconds`` has the box's minute resolution (0 for missed,
    rejected and active calls).
    """

    id: int
    kind: BoxCallKind
    number: str
    own_number: str
    name: str
    device: str
    port: str
    time: datetime
    duration_seconds: int


@dataclass(frozen=True, slots=True)
class BoxCallList:
    """What ``Tr064Client.call_list`` / ``parse_call_list`` read from the box.

    ``calls`` are newest first (highest id first). ``timestamp`` is the list's
    ``<timestamp>`` (None if it had none): the box changes it when the list
    starts over (a factory reset), so pass it back with the last id seen.
    ``skipped`` counts the entries that were dropped as broken (an id, type
    or date that is not what AVM documents).
    """

    calls: tuple[BoxCall, ...]
    timestamp: int | None
    skipped: int


_CALL_ID: Final = re.compile(r"[0-9]{1,12}")
_CALL_TYPE: Final = re.compile(r"[0-9]{1,3}")
_CALL_DATE: Final = re.compile(r"([0-9]{2})\.([0-9]{2})\.([0-9]{2}) ([0-9]{2}):([0-9]{2})")
_CALL_DURATION: Final = re.compile(r"([0-9]{1,4}):([0-5][0-9])")
_LIST_TIMESTAMP: Final = re.compile(r"[0-9]{1,20}")


def _field(call: ET.Element, tag: str) -> str:
    return (call.findtext(tag) or "").strip()


def _call_time(text: str) -> datetime | None:
    """``dd.mm.yy hh:mm`` as the box writes it; None for anything else (``31.02.26``)."""
    match = _CALL_DATE.fullmatch(text)
    if match is None:
        return None
    day, month, year, hour, minute = (int(part) for part in match.groups())
    try:
        # Naive on purpose: the box's wall clock, in a time zone only the caller knows.
        return datetime(2000 + year, month, day, hour, minute)
    except ValueError:
        return None


def _duration_seconds(text: str) -> int:
    """``h:mm`` in seconds; 0 when absent (active calls) or unreadable."""
    match = _CALL_DURATION.fullmatch(text)
    if match is None:
        return 0
    hours, minutes = (int(part) for part in match.groups())
    return (hours * 60 + minutes) * 60


def _box_call(call: ET.Element) -> BoxCall | None:
    """One ``<Call>`` element; None if its id, type or date is broken."""
    raw_id, raw_type = _field(call, "Id"), _field(call, "Type")
    time = _call_time(_field(call, "Date"))
    if not _CALL_ID.fullmatch(raw_id) or not _CALL_TYPE.fullmatch(raw_type) or time is None:
        return None
    try:
        kind = BoxCallKind(int(raw_type))
    except ValueError:
        return None
    if kind.incoming:
        number = _field(call, "Caller")
        own_number = _field(call, "CalledNumber") or _field(call, "Called")
    else:
        number = _field(call, "Called")
        own_number = _field(call, "CallerNumber") or _field(call, "Caller")
    return BoxCall(
        id=int(raw_id),
        kind=kind,
        number=clean_text(number),
        own_number=clean_text(own_number),
        name=clean_text(_field(call, "Name"), MAX_LABEL_LENGTH),
        device=clean_text(_field(call, "Device")),
        port=clean_text(_field(call, "Port")),
        time=time,
        duration_seconds=_duration_seconds(_field(call, "Duration")),
    )


def parse_call_list(body: bytes) -> BoxCallList:
    """The calls of the box's call list document (AVM's ``<root><Call>...`` XML).

    An entry whose ``Id``, ``Type`` or ``Date`` is missing or not what AVM
    documents is skipped and counted, never an error. A body that is not
    XML, or XML that is not a call list (another root element), raises
    ``Tr064Error("bad_call_list")``. CPU-bound for big lists.
    """
    root = parse_xml(body, "bad_call_list")
    if root.tag != "root":
        raise Tr064Error("bad_call_list", f"root element {clean_text(root.tag, 32)!r}")
    raw_timestamp = _field(root, "timestamp")
    calls: list[BoxCall] = []
    skipped = 0
    for element in root.iterfind("Call"):
        call = _box_call(element)
        if call is None:
            skipped += 1
        else:
            calls.append(call)
    calls.sort(key=lambda call: call.id, reverse=True)
    return BoxCallList(
        tuple(calls),
        int(raw_timestamp) if _LIST_TIMESTAMP.fullmatch(raw_timestamp) else None,
        skipped,
    )


def _home_code(reply: Mapping[str, str], name: str, pattern: str) -> str:
    """A country or area code of the box: digits only, or ``bad_reply``."""
    code = _required(reply, name).strip()
    if not re.fullmatch(pattern, code):
        raise Tr064Error("bad_reply", f"{name} {clean_text(code, 16)!r}")
    return code


def soap_envelope(service_type: str, action: str, arguments: Mapping[str, Any]) -> bytes:
    """The request body, as fritzconnection's ``Soaper`` builds it (values XML-escaped)."""
    encoded = "".join(
        Soaper.argument_template.format(name=name, value=value)
        for name, value in preprocess_arguments(dict(arguments)).items()
    )
    body = Soaper.body_template.format(
        service_type=service_type, action_name=action, arguments=encoded
    )
    return str(Soaper.envelope.format(body=body)).encode("utf-8")


def _localname(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse_reply(body: bytes, action: str) -> dict[str, str]:
    """The out arguments of a successful SOAP answer, by name (values as text)."""
    root = parse_xml(body, "bad_reply")
    for element in root.iter():
        if _localname(element.tag) == f"{action}Response":
            return {_localname(child.tag): child.text or "" for child in element}
    raise Tr064Error("bad_reply", f"no {action}Response")


def fault(status: int, body: bytes) -> Tr064Error:
    """The error for an answer that is not 200: auth, a UPnP fault, or HTTP."""
    if status == 401:
        return Tr064AuthError("user or password refused")
    try:
        root = parse_xml(body, "http_error")
    except Tr064Error:
        return Tr064Error("http_error", f"HTTP {status}")
    values = {_localname(element.tag): (element.text or "").strip() for element in root.iter()}
    code = values.get("errorCode", "")
    if not code.isdigit():
        return Tr064Error("http_error", f"HTTP {status}")
    if code == "606":  # "Action not authorized": the user lacks the right for it
        return Tr064AuthError(values.get("errorDescription", ""))
    return Tr064FaultError(code, values.get("errorDescription", ""))


@dataclass
class Tr064Client(SessionOwner):
    """Talks to one box; cheap to create, the description is loaded on first use.

    ``session`` is injected (an application shares one); without one the
    client makes its own and closes it in ``close()`` / at the end of
    ``async with``.
    """

    session: aiohttp.ClientSession | None
    host: str
    user: str
    password: str = field(repr=False)
    port: int = DEFAULT_PORT
    timeout: float = DEFAULT_TIMEOUT
    _control_urls: dict[str, str] | None = field(default=None, init=False, repr=False)
    _auth: aiohttp.DigestAuthMiddleware | None = field(default=None, init=False, repr=False)

    @property
    def base_url(self) -> URL:
        """``http://host:port`` (IPv6 hosts bracketed)."""
        try:
            return URL.build(scheme="http", host=self.host, port=self.port)
        except ValueError as err:
            raise Tr064Error("bad_host", str(err)) from None

    async def _get(self, url: URL | str, limit: int) -> bytes:
        """A GET without auth (the description; phone book URLs carry a session id)."""
        try:
            async with self._http().get(
                url,
                timeout=aiohttp.ClientTimeout(total=self.timeout),
                ssl=False,  # the box's certificate is self-signed
            ) as response:
                if response.status != 200:
                    raise Tr064Error("http_error", f"HTTP {response.status}")
                body = await read_limited(response.content, limit)
        except (aiohttp.ClientError, TimeoutError, OSError) as err:
            raise Tr064Error("unreachable", type(err).__name__) from err
        if len(body) > limit:
            raise Tr064Error("too_large", f"more than {limit} bytes")
        return body

    def _box_url(self, raw: str) -> URL:
        """A URL the box handed out (with its ``sid``); a relative one is on this box."""
        try:
            url = self.base_url.join(URL(raw.strip()))
        except ValueError as err:
            raise Tr064Error("bad_reply", f"URL: {err}") from None
        if url.scheme not in ("http", "https") or not url.host:
            raise Tr064Error("bad_reply", f"URL {clean_text(raw)!r}")
        return url

    async def _description(self) -> ET.Element:
        body = await self._get(self.base_url.with_path(DESCRIPTION_PATH), MAX_REPLY)
        return parse_xml(body, "bad_description")

    async def _control_url(self, service_type: str) -> str:
        if self._control_urls is None:
            description = Description(await self._description())
            self._control_urls = {
                str(service.serviceType): str(service.controlURL)
                for service in description.services.values()
                if service.serviceType and service.controlURL
            }
        try:
            return self._control_urls[service_type]
        except KeyError:
            raise Tr064Error("no_service", service_type) from None

    async def call_action(self, service_type: str, action: str, **arguments: Any) -> dict[str, str]:
        """Run one SOAP action; its out arguments as text."""
        url = self.base_url.with_path(await self._control_url(service_type))
        headers = {**Soaper.headers, "soapaction": f"{service_type}#{action}"}
        if self._auth is None:
            self._auth = aiohttp.DigestAuthMiddleware(self.user, self.password)
        try:
            async with self._http().post(
                url,
                data=soap_envelope(service_type, action, arguments),
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.timeout),
                middlewares=(self._auth,),
            ) as response:
                status = response.status
                body = await read_limited(response.content, MAX_REPLY)
        except (aiohttp.ClientError, TimeoutError, OSError) as err:
            raise Tr064Error("unreachable", type(err).__name__) from err
        if len(body) > MAX_REPLY:
            raise Tr064Error("too_large", f"more than {MAX_REPLY} bytes")
        if status != 200:
            raise fault(status, body)
        return parse_reply(body, action)

    async def _read_contacts_at(self, url: str) -> list[Contact]:
        body = await self._get(url, MAX_PHONEBOOK)
        return await asyncio.get_running_loop().run_in_executor(None, parse_phonebook, body)

    async def phonebook_ids(self) -> list[int]:
        """The ids of the box's phone books (also a cheap check of user and password)."""
        reply = await self.call_action(ONTEL_SERVICE, "GetPhonebookList")
        ids = reply.get("NewPhonebookList", "")
        return [int(part) for part in ids.split(",") if part.strip().isdigit()]

    async def phonebook(self, phonebook_id: int) -> list[Contact]:
        """The contacts of one phone book."""
        reply = await self.call_action(ONTEL_SERVICE, "GetPhonebook", NewPhonebookID=phonebook_id)
        return await self._read_contacts_at(_required(reply, "NewPhonebookURL"))

    async def all_contacts(self) -> list[Contact]:
        """The contacts of every phone book."""
        contacts: list[Contact] = []
        for phonebook_id in await self.phonebook_ids():
            contacts.extend(await self.phonebook(phonebook_id))
        return contacts

    async def call_barring_list(self) -> list[Contact]:
        """The call barring list ("Rufsperre"); its entries carry their uid."""
        reply = await self.call_action(ONTEL_SERVICE, "GetCallBarringList")
        return await self._read_contacts_at(_required(reply, "NewPhonebookURL"))

    async def call_list(
        self,
        *,
        since_id: int | None = None,
        timestamp: int | None = None,
        days: int | None = None,
        max_calls: int = DEFAULT_MAX_CALLS,
    ) -> BoxCallList:
        """The box's call list ("Anrufliste"), newest first.

        ``since_id``: only calls with a higher id (newer) than that one.
        AVM's box honours its ``id=`` only together with the ``timestamp=``
        of the list it came from (``BoxCallList.timestamp`` of an earlier
        read), so pass both; the calls are filtered here too, whatever the
        box did. When the list's timestamp is no longer ``timestamp`` the
        list has started over with new ids, and every call is returned:
        compare ``result.timestamp`` with the one passed to notice.
        ``days``: only calls of the last ``days`` days by the box's calendar
        (1: today and yesterday). ``max_calls``: at most that many, the
        newest (``max=``; the box's own list holds a few hundred).

        Broken entries are skipped (``skipped``); a list that is too big
        (``MAX_CALL_LIST``) is ``too_large``, one that is not a call list
        ``bad_call_list``. The TR-064 user needs the box's right to see the
        call list; a box that refuses the action (UPnP 606) raises
        ``Tr064AuthError``.
        """
        if since_id is not None and since_id < 0:
            raise ValueError(f"since_id {since_id} < 0")
        if days is not None and days < 1:
            raise ValueError(f"days {days} < 1")
        if max_calls < 1:
            raise ValueError(f"max_calls {max_calls} < 1")
        reply = await self.call_action(ONTEL_SERVICE, "GetCallList")
        query: dict[str, int] = {"max": max_calls}
        if days is not None:
            query["days"] = days
        if since_id is not None:
            query["id"] = since_id
            if timestamp is not None:
                query["timestamp"] = timestamp
        url = self._box_url(_required(reply, "NewCallListURL")).update_query(query)
        body = await self._get(url, MAX_CALL_LIST)
        parsed = await asyncio.get_running_loop().run_in_executor(None, parse_call_list, body)
        calls = parsed.calls
        if since_id is not None and (timestamp is None or parsed.timestamp == timestamp):
            calls = tuple(call for call in calls if call.id > since_id)
        return BoxCallList(calls[:max_calls], parsed.timestamp, parsed.skipped)

    async def home_codes(self) -> tuple[str, str]:
        """The box's own country code and area code, digits only: ``("49", "30")``.

        As the box's telephony settings have them (``X_VoIP``'s
        ``X_AVM-DE_GetVoIPCommonCountryCode`` and ``...AreaCode``, whose
        ``NewX_AVM-DE_LKZ`` / ``NewX_AVM-DE_OKZ`` AVM documents without the
        ``00`` / ``0`` prefixes): a country code of 1 to 3 digits that
        ``phonenumbers`` knows, an area code of 0 to 6 digits (empty where
        none is set). Anything else is ``Tr064Error("bad_reply")``. Feed them
        to ``region_for_country_code`` and ``with_area_code``.
        """
        country = await self.call_action(VOIP_SERVICE, "X_AVM-DE_GetVoIPCommonCountryCode")
        area = await self.call_action(VOIP_SERVICE, "X_AVM-DE_GetVoIPCommonAreaCode")
        country_code = _home_code(country, "NewX_AVM-DE_LKZ", "[1-9][0-9]{0,2}")
        if region_for_country_code(country_code) is None:
            raise Tr064Error("bad_reply", f"no country has the code {country_code}")
        return country_code, _home_code(area, "NewX_AVM-DE_OKZ", "[0-9]{0,6}")

    async def set_call_barring_entry(self, entry_xml: str) -> int:
        """Add (or, with a ``<uniqueid>``, replace) an entry; its uid."""
        reply = await self.call_action(
            ONTEL_SERVICE, "SetCallBarringEntry", NewPhonebookEntryData=entry_xml
        )
        uid = _required(reply, "NewPhonebookEntryUniqueID").strip()
        if not uid.isdigit():
            raise Tr064Error("bad_reply", f"uid {uid!r}")
        return int(uid)

    async def delete_call_barring_entry(self, uid: int) -> None:
        """Remove the entry with that uid."""
        await self.call_action(
            ONTEL_SERVICE, "DeleteCallBarringEntryUID", NewPhonebookEntryUniqueID=uid
        )


def _required(reply: Mapping[str, str], name: str) -> str:
    try:
        return reply[name]
    except KeyError:
        raise Tr064Error("bad_reply", f"no {name}") from None
