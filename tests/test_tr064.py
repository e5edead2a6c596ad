"""The asyncio TR-064 client (``lib.tr064``) against the fake box, without Home Assistant."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Generator
from datetime import datetime
from pathlib import Path
import sys
import unicodedata
from unittest.mock import patch
from xml.sax.saxutils import escape

import aiohttp
from hypothesis import given, settings, strategies as st
import pytest

from custom_components.nuisance_calls.lib import tr064
from custom_components.nuisance_calls.lib.http import read_limited
from custom_components.nuisance_calls.lib.numbers import (
    normalize_caller,
    region_for_country_code,
    with_area_code,
)
from custom_components.nuisance_calls.lib.text import MAX_FIELD_LENGTH, MAX_LABEL_LENGTH
from custom_components.nuisance_calls.lib.tr064 import (
    BoxCall,
    BoxCallKind,
    BoxCallList,
    Contact,
    Tr064AuthError,
    Tr064Client,
    Tr064Error,
    Tr064FaultError,
    fault,
    parse_call_list,
    parse_phonebook,
    parse_reply,
    parse_xml,
    soap_envelope,
)
from simulator.tr064 import (
    CALL_ACTIVE_INCOMING,
    CALL_ACTIVE_OUTGOING,
    CALL_MISSED,
    CALL_OUTGOING,
    CALL_REJECTED,
    FakeCall,
    FakeFritzBox,
    call_list_xml,
    phonebook_xml,
)

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
        assert (await client.call_list()).calls == ()
        assert await client.home_codes() == ("49", "30")
    finally:
        process.terminate()
        await process.wait()


# The box's call list and home codes.

NOW = datetime(2026, 3, 14, 12, 30)


def _calls_box(box: FakeFritzBox) -> list[int]:
    """Six calls, one of every kind, oldest first; their ids."""
    box.now = lambda: NOW
    return [
        box.add_call(
            "0301234567",
            time=datetime(2026, 3, 10, 9, 15),
            duration=125,
            name="Anna",
            device="FRITZ!Fon C6",
            port="10",
        ),
        box.add_call("", CALL_MISSED, datetime(2026, 3, 12, 20, 1), own_number="SIP: 5550100"),
        box.add_call("0891234", CALL_OUTGOING, datetime(2026, 3, 13, 8, 0), 3600),
        box.add_call("09001234567", CALL_REJECTED, datetime(2026, 3, 14, 7, 59)),
        box.add_call("004420123456", CALL_ACTIVE_INCOMING, datetime(2026, 3, 14, 12, 29)),
        box.add_call("1234567", CALL_ACTIVE_OUTGOING, datetime(2026, 3, 14, 12, 30)),
    ]


async def test_reads_the_call_list_newest_first(
    box: FakeFritzBox, session: aiohttp.ClientSession
) -> None:
    """Every kind of call, who the other party is, naive box time, minute durations."""
    ids = _calls_box(box)
    result = await _client(session, box).call_list()
    assert ids == [1, 2, 3, 4, 5, 6]
    assert (result.timestamp, result.skipped) == (box.call_list_timestamp, 0)
    assert [(c.id, c.kind, c.number) for c in result.calls] == [
        (6, BoxCallKind.ACTIVE_OUTGOING, "1234567"),
        (5, BoxCallKind.ACTIVE_INCOMING, "004420123456"),
        (4, BoxCallKind.REJECTED, "09001234567"),
        (3, BoxCallKind.OUTGOING, "0891234"),  # the callee of an outgoing call
        (2, BoxCallKind.MISSED, ""),  # withheld
        (1, BoxCallKind.INCOMING, "0301234567"),  # the caller of an incoming call
    ]
    assert result.calls[-1] == BoxCall(
        id=1,
        kind=BoxCallKind.INCOMING,
        number="0301234567",
        own_number="5550100",
        name="Anna",
        device="FRITZ!Fon C6",
        port="10",
        time=datetime(2026, 3, 10, 9, 15),
        duration_seconds=180,  # the box shows 0:03
    )
    assert result.calls[-2].own_number == "SIP: 5550100"
    assert result.calls[3].duration_seconds == 3600
    assert [(c.kind.incoming, c.kind.active) for c in result.calls] == [
        (False, True),
        (True, True),
        (True, False),
        (False, False),
        (True, False),
        (True, False),
    ]
    assert all(c.time.tzinfo is None for c in result.calls)
    assert box.requests[-2:] == ["SOAP GetCallList", f"GET /calllist?sid={box.sid}&max=1000"]


async def test_call_list_since_an_id_days_and_max(
    box: FakeFritzBox, session: aiohttp.ClientSession
) -> None:
    """``id`` with the list's timestamp, as AVM wants it; the client filters too."""
    _calls_box(box)
    client = _client(session, box)
    stamp = box.call_list_timestamp
    newer = await client.call_list(since_id=4, timestamp=stamp)
    assert [c.id for c in newer.calls] == [6, 5]
    assert box.requests[-1] == f"GET /calllist?sid={box.sid}&max=1000&id=4&timestamp={stamp}"
    # Without the timestamp the box ignores id= and sends all; only the newer come back.
    alone = await client.call_list(since_id=4)
    assert [c.id for c in alone.calls] == [6, 5]
    assert box.requests[-1] == f"GET /calllist?sid={box.sid}&max=1000&id=4"
    # The list started over (a new timestamp): every call is new.
    box.call_list_timestamp = stamp + 1
    reset = await client.call_list(since_id=4, timestamp=stamp)
    assert (len(reset.calls), reset.timestamp) == (6, stamp + 1)
    # days=1 is today and yesterday by the box's calendar; max keeps the newest.
    recent = await client.call_list(days=1)
    assert [c.id for c in recent.calls] == [6, 5, 4, 3]
    assert box.requests[-1] == f"GET /calllist?sid={box.sid}&max=1000&days=1"
    assert [c.id for c in (await client.call_list(max_calls=2)).calls] == [6, 5]
    assert [c.id for c in (await client.call_list(since_id=6, timestamp=stamp + 1)).calls] == []
    for wrong in ({"since_id": -1}, {"days": 0}, {"max_calls": 0}):
        with pytest.raises(ValueError):
            await client.call_list(**wrong)


async def test_call_list_limits_hold_whatever_the_box_sends(
    box: FakeFritzBox, session: aiohttp.ClientSession
) -> None:
    """A box that ignores max= and lists out of order: newest first, at most max_calls."""
    calls = [FakeCall(n, 1, f"030{n:07d}", datetime(2026, 1, n)) for n in (3, 9, 1, 7)]
    box.call_list_body = call_list_xml(5, calls).encode()
    result = await _client(session, box).call_list(max_calls=3, since_id=1)
    assert [c.id for c in result.calls] == [9, 7, 3]
    assert result.timestamp == 5


async def test_call_list_url_from_the_box(
    box: FakeFritzBox, session: aiohttp.ClientSession
) -> None:
    """The box's URL keeps its sid; a relative one is on the box; others are refused."""
    client = _client(session, box)
    _calls_box(box)
    relative = {"NewCallListURL": f"/calllist?sid={box.sid}&max=5"}
    with patch.object(Tr064Client, "call_action", return_value=relative):
        assert len((await client.call_list(max_calls=2)).calls) == 2
    assert box.requests[-1] == f"GET /calllist?sid={box.sid}&max=2"  # max replaced, not doubled
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/calllist", "http://[::1/calllist"):
        with (
            patch.object(Tr064Client, "call_action", return_value={"NewCallListURL": url}),
            pytest.raises(Tr064Error, match="bad_reply"),
        ):
            await client.call_list()
    with (
        patch.object(Tr064Client, "call_action", return_value={}),
        pytest.raises(Tr064Error, match="no NewCallListURL"),
    ):
        await client.call_list()
    wrong_sid = {"NewCallListURL": f"/calllist?sid={box.sid[::-1]}x"}
    with (
        patch.object(Tr064Client, "call_action", return_value=wrong_sid),
        pytest.raises(Tr064Error, match="HTTP 403"),
    ):
        await client.call_list()


async def test_hostile_call_lists(box: FakeFritzBox, session: aiohttp.ClientSession) -> None:
    """Too big, not XML, a login page, another document, a DTD: errors, nothing half-read."""
    client = _client(session, box)
    box.call_list_body = call_list_xml(1, [FakeCall(1, 1, "030" * 200, NOW)]).encode()
    with patch.object(tr064, "MAX_CALL_LIST", 500), pytest.raises(Tr064Error) as err:
        await client.call_list()
    assert err.value.reason == "too_large"
    for body in (
        b"\x00\xff garbage",
        b"<html><body>Login</body></html>",
        b"<phonebooks><phonebook/></phonebooks>",
        b'<!DOCTYPE root [<!ENTITY n "x">]><root><Call><Name>&n;</Name></Call></root>',
        b"<root><Call><Name>\xed\xa0\x80</Name></Call></root>",  # a UTF-8 surrogate
        b"<root><Call><Name>&#xD800;</Name></Call></root>",
        b"",
    ):
        box.call_list_body = body
        with pytest.raises(Tr064Error) as err:
            await client.call_list()
        assert err.value.reason == "bad_call_list", body


def test_broken_entries_are_skipped_and_counted() -> None:
    """An entry without a usable id, type or date is dropped; the rest is read."""
    good = "<Type>1</Type><Caller>030111</Caller><Date>01.03.26 10:00</Date>"

    def entry(inner: str) -> str:
        return f"<Call>{inner}</Call>"

    body = (
        "<root><timestamp> 42 </timestamp>"
        + entry(f"<Id>7</Id>{good}<Duration>1:05</Duration>")
        + entry(good)  # no Id
        + entry(f"<Id>x</Id>{good}")
        + entry(f"<Id>-3</Id>{good}")
        + entry(f"<Id>١٢</Id>{good}")  # Arabic-Indic digits are not AVM's
        + entry("<Id>8</Id><Type>4</Type><Date>01.03.26 10:00</Date>")  # no such type
        + entry("<Id>9</Id><Date>01.03.26 10:00</Date>")  # no type
        + entry("<Id>10</Id><Type>1</Type><Date>31.02.26 10:00</Date>")
        + entry("<Id>11</Id><Type>1</Type><Date>kaputt</Date>")
        + entry("<Id>12</Id><Type>1</Type><Date>1.3.26 10:00</Date>")
        + entry("<Id>13</Id><Type>1</Type><Date/>")
        + entry("<Id>14</Id><Type>2</Type><Date>02.03.26 23:59</Date><Duration>x:y</Duration>")
        + "<Other>ignored</Other></root>"
    ).encode()
    result = parse_call_list(body)
    assert result.timestamp == 42
    assert result.skipped == 10
    assert [(c.id, c.duration_seconds, c.number) for c in result.calls] == [
        (14, 0, ""),
        (7, 3900, "030111"),
    ]
    assert parse_call_list(b"<root/>") == BoxCallList((), None, 0)
    assert parse_call_list(b"<root><timestamp>soon</timestamp></root>").timestamp is None


def test_call_list_text_is_cleaned_and_bounded() -> None:
    """Control, format and bidi characters go; names, numbers and devices are bounded.

    A lone surrogate cannot arrive in a name: it is not XML (see the hostile
    bodies above), so the whole document is refused.
    """
    name = "\u202eAcme\x85 \u200bGmbH\ufeff  & Co\u2028KG" + "x" * 300
    body = call_list_xml(
        1,
        [
            FakeCall(
                1,
                1,
                "030\u00a0123\x9b456" + "7" * 100,
                NOW,
                name=name,
                device="Fon\ue000\U000e0041",
                port="1" * 100,
            )
        ],
    ).encode()
    (call,) = parse_call_list(body).calls
    assert call.name.startswith("Acme GmbH & Co KGxxx")
    assert len(call.name) == MAX_LABEL_LENGTH
    assert call.number.startswith("030 123456")
    assert len(call.number) == len(call.port) == MAX_FIELD_LENGTH
    assert call.device == "Fon"
    for text in (call.name, call.number, call.own_number, call.device, call.port):
        assert all(unicodedata.category(ch)[0] != "C" for ch in text)


async def test_home_codes(box: FakeFritzBox, session: aiohttp.ClientSession) -> None:
    """Country and area code as digits; what is not one is ``bad_reply``."""
    client = _client(session, box)
    assert await client.home_codes() == ("49", "30")
    assert box.requests[-2:] == [
        "SOAP X_AVM-DE_GetVoIPCommonCountryCode",
        "SOAP X_AVM-DE_GetVoIPCommonAreaCode",
    ]
    box.country_code, box.area_code = "1", " 212 "
    assert await client.home_codes() == ("1", "212")
    box.country_code, box.area_code = "43", ""
    assert await client.home_codes() == ("43", "")
    for country, area in (
        ("0049", "30"),
        ("+49", "30"),
        ("4912", "30"),
        ("999", "30"),  # no country has it
        ("", "30"),
        ("49", "1234567"),
        ("49", "3O"),
        ("49", "٣٠"),
    ):
        box.country_code, box.area_code = country, area
        with pytest.raises(Tr064Error) as err:
            await client.home_codes()
        assert err.value.reason == "bad_reply", (country, area)
    box.fail_actions = {"X_AVM-DE_GetVoIPCommonAreaCode"}
    with pytest.raises(Tr064FaultError, match="fault_820"):
        await client.home_codes()
    # Each control URL answers its own service's actions only.
    box.fail_actions = set()
    with pytest.raises(Tr064FaultError, match="fault_401"):
        await client.call_action(tr064.VOIP_SERVICE, "GetCallList")
    with pytest.raises(Tr064FaultError, match="fault_401"):
        await client.call_action(tr064.ONTEL_SERVICE, "X_AVM-DE_GetVoIPCommonAreaCode")


def test_local_numbers_get_the_area_code_and_nothing_else_changes() -> None:
    """A subscriber number of the box's own area becomes E.164; others stay as they are."""
    assert with_area_code("1234567", area="30", region="DE") == "+49301234567"
    assert with_area_code(" 7654321 ", area="030", region="de") == "+49307654321"
    assert with_area_code("12345", area="89", region="DE") == "+498912345"
    assert with_area_code("5551234", area="212", region="US") == "+12125551234"
    for number in (
        "0301234567",  # national
        "01711234567",  # mobile
        "0171 1234567",
        "+441234567890",  # foreign
        "00441234567890",
        "0044 20 1234 5678",
        "620",  # an extension
        "**610",
        "",
        "anonymous",
        "123 4567",
        "١٢٣٤٥٦٧",
    ):
        assert with_area_code(number, area="30", region="DE") == number
    assert with_area_code("1234567", area="", region="DE") == "1234567"
    assert with_area_code("1234567", area="3O", region="DE") == "1234567"
    assert with_area_code("1234567", area="30", region="XX") == "1234567"
    assert with_area_code("1", area="30", region="DE") == "1"
    assert with_area_code("9" * 15, area="30", region="DE") == "9" * 15  # not a valid number
    assert with_area_code("9" * 20, area="30", region="DE") == "9" * 20  # too long to parse
    # Without the area code the number would be read wrongly (or not at all).
    assert normalize_caller("1234567", "DE") != "+49301234567"


def test_region_for_country_code() -> None:
    """The main region of a calling code, or None."""
    assert [region_for_country_code(c) for c in ("49", "+49", " 44 ", "1", "39")] == [
        "DE",
        "DE",
        "GB",
        "US",
        "IT",
    ]
    for code in ("800", "999", "0049", "", "+", "4a", "1234", "٤٩"):
        assert region_for_country_code(code) is None, code


def _call_list_or_none(body: bytes) -> BoxCallList | None:
    """The list read, or None when refused as ``bad_call_list``; any other error raises."""
    try:
        return parse_call_list(body)
    except Tr064Error as err:
        if err.reason != "bad_call_list":
            raise
        return None


_XML_CHARS = st.characters(codec="utf-8").filter(
    lambda ch: (
        ch in "\t\n\r"
        or ("\x20" <= ch <= "\ud7ff")
        or ("\ue000" <= ch <= "\ufffd")
        or ch >= "\U00010000"
    )
)
_FIELD = st.text(_XML_CHARS, max_size=80)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_are_a_call_list_or_a_call_list_error(data: bytes) -> None:
    """Random bytes never raise anything but ``bad_call_list``."""
    result = _call_list_or_none(data)
    assert result is None or isinstance(result, BoxCallList)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 2000), st.integers(0, 50), st.binary(max_size=60))
def test_damaged_call_lists_are_a_call_list_or_a_call_list_error(
    at: int, cut: int, junk: bytes
) -> None:
    """A real list with bytes replaced anywhere: read (maybe with skips) or refused."""
    calls = [FakeCall(n, 1 + n % 3, f"030{n}", datetime(2026, 1, 1 + n, 8), 61) for n in range(5)]
    body = call_list_xml(1, calls).encode()
    at = min(at, len(body))
    result = _call_list_or_none(body[:at] + junk + body[at + cut :])
    assert result is None or all(isinstance(call, BoxCall) for call in result.calls)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "Id": st.one_of(st.integers(0, 10**12).map(str), _FIELD),
                "Type": st.one_of(st.sampled_from(["1", "2", "3", "9", "10", "11"]), _FIELD),
                "Caller": _FIELD,
                "Called": _FIELD,
                "CalledNumber": _FIELD,
                "CallerNumber": _FIELD,
                "Name": _FIELD,
                "Device": _FIELD,
                "Port": _FIELD,
                "Date": st.one_of(
                    st.datetimes(datetime(2000, 1, 1), datetime(2099, 12, 31)).map(
                        lambda t: f"{t:%d.%m.%y %H:%M}"
                    ),
                    _FIELD,
                ),
                "Duration": _FIELD,
            }
        ),
        max_size=8,
    )
)
def test_any_field_text_is_read_clean(entries: list[dict[str, str]]) -> None:
    """Whatever the fields hold (escaped as the box would), no error and clean text."""
    body = "<root><timestamp>1</timestamp>" + "".join(
        "<Call>" + "".join(f"<{k}>{escape(v)}</{k}>" for k, v in entry.items()) + "</Call>"
        for entry in entries
    )
    result = parse_call_list((body + "</root>").encode())
    assert len(result.calls) + result.skipped == len(entries)
    assert [c.id for c in result.calls] == sorted((c.id for c in result.calls), reverse=True)
    for call in result.calls:
        assert len(call.name) <= MAX_LABEL_LENGTH
        for text in (call.name, call.number, call.own_number, call.device, call.port):
            assert len(text) <= MAX_LABEL_LENGTH
            assert all(unicodedata.category(ch)[0] != "C" for ch in text)
            assert text == text.strip()
