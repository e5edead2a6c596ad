"""An asyncio client for the FRITZ!Box TR-064 interface (phone books, call barring).

``fritzconnection`` knows TR-064: the device description, the SOAP envelope,
AVM's phone book XML. Its transport is ``requests``, which blocks; this client
keeps fritzconnection's codec and model (``Soaper``'s templates and argument
encoding, ``Description``, ``Phonebook``) and sends the requests itself through
an injected ``aiohttp`` session, with HTTP Digest auth as the box demands. It
has no Home Assistant imports.

Every failure is a ``Tr064Error`` whose ``reason`` is a short word for logs and
diagnostics (``auth``, ``unreachable``, ``fault_820``, ...).

Documents the box hands out (description, answers, phone books) are read with
``parse_xml``: no DTD, so no entity is ever declared or expanded, and every
way a body can fail to be XML is a ``Tr064Error``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final
from xml.etree import ElementTree as ET

import aiohttp
from fritzconnection.core.processor import Description, process_node
from fritzconnection.core.soaper import Soaper, preprocess_arguments
from fritzconnection.lib.fritzphonebook import Phonebook
from yarl import URL

from .exceptions import Tr064AuthError, Tr064Error, Tr064FaultError
from .http import SessionOwner, read_limited

__all__ = [
    "DEFAULT_PORT",
    "DEFAULT_TIMEOUT",
    "DESCRIPTION_PATH",
    "MAX_PHONEBOOK",
    "MAX_REPLY",
    "ONTEL_SERVICE",
    "Contact",
    "Tr064AuthError",
    "Tr064Client",
    "Tr064Error",
    "Tr064FaultError",
    "fault",
    "parse_phonebook",
    "parse_reply",
    "parse_xml",
    "soap_envelope",
]


DEFAULT_PORT: Final = 49000
DEFAULT_TIMEOUT: Final = 10.0
DESCRIPTION_PATH: Final = "/tr64desc.xml"
ONTEL_SERVICE: Final = "urn:dslforum-org:service:X_AVM-DE_OnTel:1"
MAX_REPLY: Final = 1024 * 1024
"""Bytes a SOAP answer or the description may have (they are a few kB)."""
MAX_PHONEBOOK: Final = 32 * 1024 * 1024
"""Bytes a phone book may have (AVM's hold up to a few thousand contacts)."""


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
