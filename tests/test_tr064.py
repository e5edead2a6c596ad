"""The asyncio TR-064 client (``lib.tr064``) against the fake box, without Home Assistant."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Generator
from pathlib import Path
import sys
from unittest.mock import patch

import aiohttp
import pytest

from custom_components.nuisance_calls.lib import tr064
from custom_components.nuisance_calls.lib.http import read_limited
from custom_components.nuisance_calls.lib.tr064 import (
    Contact,
    Tr064AuthError,
    Tr064Client,
    Tr064Error,
    Tr064FaultError,
    fault,
    parse_phonebook,
    parse_reply,
    parse_xml,
    soap_envelope,
)
from simulator.tr064 import FakeFritzBox, phonebook_xml

from .realha import free_port

REPOSITORY = Path(__file__).resolve().parents[1]


@pytest.fixture
def box(socket_enabled: None) -> Generator[FakeFritzBox]:
    """A started fake box with two phone books."""
    fake = FakeFritzBox(
        {
            0: (
                "Telefonbuch",
                [("Anna", ["030 1234567", "0171 2345678"]), ("Intercom", ["**610"])],
            ),
            1: ("Arzt", [("Dr. Müller & Co <x>", ["089 7654321"])]),
        }
    )
    fake.start()
    yield fake
    fake.stop()


@pytest.fixture
async def session() -> AsyncGenerator[aiohttp.ClientSession]:
    """A plain aiohttp session (Home Assistant passes its shared one)."""
    async with aiohttp.ClientSession() as client_session:
        yield client_session


def _client(
    session: aiohttp.ClientSession, box: FakeFritzBox, password: str = "secret"
) -> Tr064Client:
    return Tr064Client(session, "127.0.0.1", box.user, password, port=box.port, timeout=5)


async def test_reads_every_phone_book(box: FakeFritzBox, session: aiohttp.ClientSession) -> None:
    """Names (escaped in the XML) and numbers come back as the box holds them."""
    contacts = await _client(session, box).all_contacts()
    assert [(c.name, c.numbers) for c in contacts] == [
        ("Anna", ("030 1234567", "0171 2345678")),
        ("Intercom", ("**610",)),
        ("Dr. Müller & Co <x>", ("089 7654321",)),
    ]
    assert box.requests == [
        "GET /tr64desc.xml",  # the control URL comes from the description, once
        "DENIED GetPhonebookList",  # the digest challenge: once per client
        "SOAP GetPhonebookList",
        "SOAP GetPhonebook",
        "GET /phonebook?id=0",
        "SOAP GetPhonebook",
        "GET /phonebook?id=1",
    ]


async def test_call_barring_round_trip(box: FakeFritzBox, session: aiohttp.ClientSession) -> None:
    """Add (name with markup survives both XML layers), list with uids, delete, fault 714."""
    client = _client(session, box)
    box.barring[3] = ("By hand", ["0309999999"])
    entry = (
        '<?xml version="1.0" encoding="utf-8"?><contact><person><realName>'
        "HA: Acme &amp; &lt;Energy&gt;</realName></person><telephony>"
        "<number>0301111111</number></telephony></contact>"
    )
    uid = await client.set_call_barring_entry(entry)
    assert uid not in (3,)
    assert await client.call_barring_list() == [
        Contact(3, "By hand", ("0309999999",)),
        Contact(uid, "HA: Acme & <Energy>", ("0301111111",)),
    ]
    await client.delete_call_barring_entry(uid)
    assert list(box.barring) == [3]
    with pytest.raises(Tr064FaultError) as err:
        await client.delete_call_barring_entry(uid)
    assert (err.value.code, err.value.reason) == ("714", "fault_714")


async def test_box_faults_and_refusals(box: FakeFritzBox, session: aiohttp.ClientSession) -> None:
    """A malformed entry is 402, an internal error 820, a wrong password ``auth``."""
    with pytest.raises(Tr064FaultError, match="fault_402"):
        await _client(session, box).set_call_barring_entry("<contact>")
    box.fail_actions = {"GetCallBarringList"}
    with pytest.raises(Tr064FaultError, match="fault_820"):
        await _client(session, box).call_barring_list()
    with pytest.raises(Tr064AuthError) as err:
        await _client(session, box, password="wrong").phonebook_ids()
    assert err.value.reason == "auth"
    box.fail_auth = True
    with pytest.raises(Tr064AuthError):
        await _client(session, box).phonebook_ids()


async def test_unreachable_box(socket_enabled: None, session: aiohttp.ClientSession) -> None:
    """Nothing listening: ``unreachable``, not an aiohttp exception."""
    client = Tr064Client(session, "127.0.0.1", "admin", "secret", port=free_port(), timeout=2)
    with pytest.raises(Tr064Error) as err:
        await client.phonebook_ids()
    assert err.value.reason == "unreachable"


async def test_slow_box_times_out(box: FakeFritzBox, session: aiohttp.ClientSession) -> None:
    """An answer later than the timeout is ``unreachable`` (the call is not left hanging)."""
    box.delay_actions = {"GetPhonebookList": 1.0}
    client = Tr064Client(session, "127.0.0.1", box.user, box.password, port=box.port, timeout=0.3)
    with pytest.raises(Tr064Error) as err:
        await client.phonebook_ids()
    assert err.value.reason == "unreachable"


async def test_oversized_phone_book_is_refused(
    box: FakeFritzBox, session: aiohttp.ClientSession
) -> None:
    """A phone book over the limit is ``too_large``, not read into memory whole."""
    box.phonebooks = {0: ("Big", [(f"Contact {i}", [f"030{i:07d}"]) for i in range(200)])}
    with patch.object(tr064, "MAX_PHONEBOOK", 4096), pytest.raises(Tr064Error) as err:
        await _client(session, box).all_contacts()
    assert err.value.reason == "too_large"


async def test_service_missing_from_description(
    box: FakeFritzBox, session: aiohttp.ClientSession
) -> None:
    """A box without the contact service says so (``no_service``) instead of guessing a URL."""
    client = _client(session, box)
    with pytest.raises(Tr064Error) as err:
        await client.call_action("urn:dslforum-org:service:X_AVM-DE_TAM:1", "GetInfo")
    assert err.value.reason == "no_service"


def test_parse_phonebook_and_bad_documents() -> None:
    """AVM's XML becomes contacts with uids; broken XML is ``bad_phonebook``."""
    body = phonebook_xml("Tb", [("A <b>", ["030 1"]), ("", ["0171 2", "0172 3"])]).encode()
    assert parse_phonebook(body) == [
        Contact(1, "A <b>", ("030 1",)),
        Contact(2, "", ("0171 2", "0172 3")),
    ]
    with pytest.raises(Tr064Error, match="bad_phonebook"):
        parse_phonebook(b"<phonebooks><phonebook>")
    odd = b"<phonebooks><phonebook><contact><uniqueid>x</uniqueid><telephony><number/>"
    odd += b"</telephony></contact><contact>text</contact></phonebook></phonebooks>"
    assert parse_phonebook(odd) == [Contact(None, "", ()), Contact(None, "", ())]


def test_documents_with_a_dtd_or_an_unreadable_encoding_are_refused() -> None:
    """No entity is declared or expanded; every unreadable body is a ``Tr064Error``.

    ``ET.fromstring`` would expand the internal entity (and raise a bare
    ``ValueError`` for a multi-byte encoding); the box never sends either.
    """
    entity = (
        b'<!DOCTYPE phonebooks [<!ENTITY n "Evil">]><phonebooks><phonebook><contact>'
        b"<person><realName>&n;</realName></person></contact></phonebook></phonebooks>"
    )
    external = b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'
    shift_jis = b'<?xml version="1.0" encoding="shift_jis"?><phonebooks/>'
    for body in (entity, external, shift_jis, b"<!DOCTYPE phonebooks><phonebooks/>"):
        with pytest.raises(Tr064Error) as err:
            parse_phonebook(body)
        assert err.value.reason == "bad_phonebook"
        with pytest.raises(Tr064Error, match="bad_reply"):
            parse_reply(body, "GetX")
        assert fault(500, body).reason == "http_error"
    with pytest.raises(Tr064Error, match="DTD"):
        parse_xml(entity, "bad_test")


def test_envelope_escapes_arguments() -> None:
    """Argument values are XML-escaped, as fritzconnection's Soaper does."""
    body = soap_envelope("urn:x:service:S:1", "Act", {"NewData": "<a>&</a>", "NewFlag": True})
    assert b'<u:Act xmlns:u="urn:x:service:S:1">' in body
    assert b"<NewData>&lt;a&gt;&amp;&lt;/a&gt;</NewData><NewFlag>1</NewFlag>" in body


def test_replies_and_faults() -> None:
    """Out arguments by name; a missing answer, non-XML errors and 606 are told apart."""
    reply = (
        b'<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>'
        b'<u:GetXResponse xmlns:u="urn:x"><NewA>1</NewA><NewB/></u:GetXResponse>'
        b"</s:Body></s:Envelope>"
    )
    assert parse_reply(reply, "GetX") == {"NewA": "1", "NewB": ""}
    with pytest.raises(Tr064Error, match="bad_reply"):
        parse_reply(reply, "GetY")
    with pytest.raises(Tr064Error, match="bad_reply"):
        parse_reply(b"<html>", "GetX")
    assert fault(500, b"<html><body>oops</body></html>").reason == "http_error"
    assert fault(503, b"").reason == "http_error"
    assert isinstance(fault(401, b""), Tr064AuthError)
    denied = (
        b"<s:Envelope><s:Body><s:Fault><detail><UPnPError><errorCode>606</errorCode>"
        b"<errorDescription>Action not authorized</errorDescription></UPnPError>"
        b"</detail></s:Fault></s:Body></s:Envelope>"
    ).replace(b"s:", b"")
    assert isinstance(fault(500, denied), Tr064AuthError)


def test_ipv6_host_is_bracketed() -> None:
    """An IPv6 address makes a valid URL; a host that cannot be one is ``bad_host``."""
    client = Tr064Client(None, "fd00::1", "u", "p")  # type: ignore[arg-type]
    assert str(client.base_url) == "http://[fd00::1]:49000"
    with pytest.raises(Tr064Error, match="bad_host"):
        _ = Tr064Client(None, "fritz box", "u", "p").base_url  # type: ignore[arg-type]


async def test_read_limited_reads_pieces_and_stops_past_the_limit() -> None:
    """A body split over several reads is read whole; an endless one stops past the limit."""

    class Pieces:
        def __init__(self, parts: list[bytes]) -> None:
            self.parts = parts

        async def read(self, n: int = -1) -> bytes:
            if not self.parts:
                return b""
            part = self.parts.pop(0)
            if len(part) > n:
                self.parts.insert(0, part[n:])
            return part[:n]

    body = b'{"event": "ring", "caller": "0301234567"}'
    assert await read_limited(Pieces([body[:10], body[10:25], body[25:]]), 4096) == body
    endless = Pieces([b"x" * 1000 for _ in range(10)])
    assert await read_limited(endless, 2500) == b"x" * 2501


async def test_cancelled_client_leaves_no_task(
    box: FakeFritzBox, session: aiohttp.ClientSession
) -> None:
    """Cancelling a call mid-request cancels it cleanly (Home Assistant unloads that way)."""
    box.delay_actions = {"GetPhonebookList": 0.5}
    task = asyncio.create_task(_client(session, box).phonebook_ids())
    await asyncio.sleep(0.2)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


async def test_simulator_command_line_serves_the_demo_box(
    socket_enabled: None, session: aiohttp.ClientSession
) -> None:
    """``python -m simulator --tr064 PORT`` (scripts/develop) serves the demo phone book."""
    ports = [free_port(), free_port()]
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "simulator",
        "--port",
        str(ports[0]),
        "--tr064",
        str(ports[1]),
        "--no-keyboard",
        cwd=REPOSITORY,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        async with asyncio.timeout(30):
            while b"TR-064 on" not in await process.stdout.readline():
                pass
        client = Tr064Client(session, "127.0.0.1", "admin", "secret", port=ports[1])
        contacts = await client.all_contacts()
        assert ("Anna (friend)", ("089 1234567",)) in [(c.name, c.numbers) for c in contacts]
        assert [c.name for c in await client.call_barring_list()] == ["Blocked by hand"]
    finally:
        process.terminate()
        await process.wait()
