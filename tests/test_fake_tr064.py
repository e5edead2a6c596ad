"""The fake TR-064 box, driven through real fritzconnection.

Its call barring list, its call list (``FritzCall``) and its home codes: the
fake is checked against the real client, not only against ours.
"""

from __future__ import annotations

from collections.abc import Generator
from datetime import datetime, timedelta
from xml.etree import ElementTree as ET

from fritzconnection import FritzConnection
from fritzconnection.core.exceptions import (
    FritzArgumentError,
    FritzInternalError,
    FritzLookUpError,
)
from fritzconnection.core.processor import process_node
from fritzconnection.core.utils import get_xml_root
from fritzconnection.lib.fritzcall import FritzCall
from fritzconnection.lib.fritzphonebook import Phonebook
import pytest

from simulator.tr064 import CALL_MISSED, CALL_OUTGOING, FakeFritzBox

SERVICE = "X_AVM-DE_OnTel1"


@pytest.fixture
def box(socket_enabled: None) -> Generator[FakeFritzBox]:
    """A started fake box without phone books and with an empty barring list."""
    fake = FakeFritzBox({})
    fake.start()
    yield fake
    fake.stop()


@pytest.fixture
def fc(box: FakeFritzBox) -> FritzConnection:
    """A real fritzconnection client of the fake box."""
    return FritzConnection(
        address="127.0.0.1",
        port=box.port,
        user=box.user,
        password=box.password,
        timeout=5,
        use_tls=False,
        use_cache=False,
    )


class _Holder:
    """What FritzPhonebook._read_phonebook hands process_node: a ``phonebook`` slot."""

    def __init__(self) -> None:
        self.phonebook = Phonebook()


def _read_list(fc: FritzConnection) -> list[tuple[int, str, list[str]]]:
    """The barring list the way FritzPhonebook reads a phone book."""
    url = fc.call_action(SERVICE, "GetCallBarringList")["NewPhonebookURL"]
    holder = _Holder()
    process_node(holder, get_xml_root(url, session=fc.session))
    return [(int(c.uniqueid), c.name, c.numbers) for c in holder.phonebook.contacts]


def _entry(name: str, numbers: list[str], uid: int | None = None) -> str:
    numbers_xml = "".join(
        f'<number type="home" prio="1" id="{i}">{n}</number>' for i, n in enumerate(numbers)
    )
    uid_xml = "" if uid is None else f"<uniqueid>{uid}</uniqueid>"
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f"<contact><category>0</category><person><realName>{name}</realName></person>"
        f"<telephony>{numbers_xml}</telephony>{uid_xml}</contact>"
    )


def _set(fc: FritzConnection, data: str) -> int:
    result = fc.call_action(SERVICE, "SetCallBarringEntry", NewPhonebookEntryData=data)
    uid = result["NewPhonebookEntryUniqueID"]
    assert isinstance(uid, int)  # ui4, converted by fritzconnection
    return uid


def test_list_empty(box: FakeFritzBox, fc: FritzConnection) -> None:
    """An empty list reads as a phone book without contacts."""
    assert _read_list(fc) == []
    assert "SOAP GetCallBarringList" in box.requests
    assert "GET /callbarring" in box.requests


def test_list_prefilled(box: FakeFritzBox, fc: FritzConnection) -> None:
    """Entries added "by hand" are listed with their uids, names and numbers."""
    box.barring.update({7: ("Spam & Co <GmbH>", ["030 111", "0171 222"]), 9: ("", ["0800 1"])})
    assert _read_list(fc) == [
        (7, "Spam & Co <GmbH>", ["030 111", "0171 222"]),
        (9, None, ["0800 1"]),  # an empty realName element reads as None
    ]


def test_set_new_entry(box: FakeFritzBox, fc: FritzConnection) -> None:
    """A new entry gets a fresh uid that is visible in the list."""
    box.barring[3] = ("Old", ["0900 1"])
    uid = _set(fc, _entry("Spammer", ["+49 30 999", "030 888"]))
    assert uid == 4
    assert box.barring[uid] == ("Spammer", ["+49 30 999", "030 888"])
    assert _read_list(fc) == [(3, "Old", ["0900 1"]), (4, "Spammer", ["+49 30 999", "030 888"])]
    assert "SOAP SetCallBarringEntry" in box.requests


def test_set_unknown_uid_creates_and_uids_are_not_reused(
    box: FakeFritzBox, fc: FritzConnection
) -> None:
    """An unknown uniqueid creates a new entry; deleted uids are not handed out again."""
    first = _set(fc, _entry("A", ["1"], uid=42))
    assert first != 42
    second = _set(fc, _entry("B", ["2"]))
    fc.call_action(SERVICE, "DeleteCallBarringEntryUID", NewPhonebookEntryUniqueID=second)
    third = _set(fc, _entry("C", ["3"]))
    assert len({first, second, third}) == 3
    assert sorted(box.barring) == [first, third]


def test_overwrite_by_uid(box: FakeFritzBox, fc: FritzConnection) -> None:
    """An existing uniqueid overwrites that entry."""
    box.barring[5] = ("Old", ["0900 1"])
    assert _set(fc, _entry("New", ["0900 2"], uid=5)) == 5
    assert box.barring == {5: ("New", ["0900 2"])}
    assert _read_list(fc) == [(5, "New", ["0900 2"])]


def test_set_malformed_is_invalid_args(box: FakeFritzBox, fc: FritzConnection) -> None:
    """Malformed entry data answers fault 402."""
    with pytest.raises(FritzArgumentError, match="402"):
        _set(fc, "<contact><person>")
    with pytest.raises(FritzArgumentError, match="402"):
        _set(fc, "<phonebooks/>")  # no contact
    assert box.barring == {}


def test_delete(box: FakeFritzBox, fc: FritzConnection) -> None:
    """Deleting an entry removes it from the list."""
    box.barring.update({1: ("A", ["1"]), 2: ("B", ["2"])})
    result = fc.call_action(SERVICE, "DeleteCallBarringEntryUID", NewPhonebookEntryUniqueID=1)
    assert result == {}
    assert _read_list(fc) == [(2, "B", ["2"])]


def test_delete_unknown(box: FakeFritzBox, fc: FritzConnection) -> None:
    """Deleting an unknown uid answers fault 714, a FritzLookUpError (a KeyError)."""
    box.barring[1] = ("A", ["1"])
    with pytest.raises(FritzLookUpError, match="714"):
        fc.call_action(SERVICE, "DeleteCallBarringEntryUID", NewPhonebookEntryUniqueID=99)
    assert issubclass(FritzLookUpError, KeyError)
    assert box.barring == {1: ("A", ["1"])}


def test_capacity(box: FakeFritzBox, fc: FritzConnection) -> None:
    """A full list refuses new entries (820) but still takes overwrites."""
    box.barring_capacity = 1
    uid = _set(fc, _entry("A", ["1"]))
    with pytest.raises(FritzInternalError, match="820"):
        _set(fc, _entry("B", ["2"]))
    assert _set(fc, _entry("A2", ["11"], uid=uid)) == uid
    assert box.barring == {uid: ("A2", ["11"])}


def test_fail_actions(box: FakeFritzBox, fc: FritzConnection) -> None:
    """Actions in fail_actions answer 500/820 and change nothing; removing them heals."""
    box.fail_actions = {"SetCallBarringEntry", "GetCallBarringList"}
    with pytest.raises(FritzInternalError, match="820"):
        _set(fc, _entry("A", ["1"]))
    with pytest.raises(FritzInternalError):
        fc.call_action(SERVICE, "GetCallBarringList")
    assert box.barring == {}
    assert box.requests.count("SOAP SetCallBarringEntry") == 1
    box.fail_actions.clear()
    uid = _set(fc, _entry("A", ["1"]))
    assert _read_list(fc) == [(uid, "A", ["1"])]


def test_get_entry_by_num(box: FakeFritzBox, fc: FritzConnection) -> None:
    """GetCallBarringEntryByNum returns the contact document; unknown is 714."""
    box.barring.update({4: ("Spam", ["030 111", "0171/222-3"]), 6: ("Other", ["0800 1"])})
    data = fc.call_action(SERVICE, "GetCallBarringEntryByNum", NewNumber="01712223")[
        "NewPhonebookEntryData"
    ]
    contact = ET.fromstring(data)
    assert contact.tag == "contact"
    assert contact.findtext("uniqueid") == "4"
    assert contact.findtext("person/realName") == "Spam"
    assert [n.text for n in contact.iterfind("telephony/number")] == ["030 111", "0171/222-3"]
    # the document feeds SetCallBarringEntry again (overwriting by its uid)
    assert _set(fc, data.replace("Spam", "Spam2")) == 4
    assert box.barring[4][0] == "Spam2"
    with pytest.raises(FritzLookUpError, match="714"):
        fc.call_action(SERVICE, "GetCallBarringEntryByNum", NewNumber="0999")


def test_call_list_through_fritzcall(box: FakeFritzBox, fc: FritzConnection) -> None:
    """fritzconnection's own FritzCall reads the list, its types, parties, dates, filters."""
    box.now = lambda: datetime(2026, 3, 14, 12, 0)
    box.add_call(
        "0301234567",
        time=datetime(2026, 3, 10, 9, 15),
        duration=125,
        name="Anna & Co <GmbH>",
        device="FRITZ!Fon",
        port="10",
    )
    box.add_call("", CALL_MISSED, datetime(2026, 3, 13, 20, 1))
    box.add_call("0891234", CALL_OUTGOING, datetime(2026, 3, 14, 8, 0), 3600)
    fritz_call = FritzCall(fc=fc)
    calls = fritz_call.get_calls()
    assert [
        (c.id, c.type, c.Caller, c.Called, c.CalledNumber, c.CallerNumber, c.date, c.duration)
        for c in calls
    ] == [
        (3, 3, "5550100", "0891234", None, "5550100", datetime(2026, 3, 14, 8), timedelta(hours=1)),
        (2, 2, None, "5550100", "5550100", None, datetime(2026, 3, 13, 20, 1), timedelta(0)),
        (
            1,
            1,
            "0301234567",
            "5550100",
            "5550100",
            None,
            datetime(2026, 3, 10, 9, 15),
            timedelta(minutes=3),
        ),
    ]
    assert (calls[2].Name, calls[2].Device, calls[2].Port) == (
        "Anna & Co <GmbH>",
        "FRITZ!Fon",
        "10",
    )
    assert [c.id for c in fritz_call.get_missed_calls()] == [2]
    assert [c.id for c in fritz_call.get_calls(days=1)] == [3, 2]
    assert [c.id for c in fritz_call.get_calls(num=1)] == [3]
    assert fritz_call.calls is not None
    assert fritz_call.calls.timestamp == str(box.call_list_timestamp)
    assert f"GET /calllist?sid={box.sid}&days=1" in box.requests


def test_call_list_url_wants_the_sid(box: FakeFritzBox, fc: FritzConnection) -> None:
    """The list is served only with the sid GetCallList handed out; id= needs timestamp=."""
    for _ in range(3):
        box.add_call("030111")
    url = fc.call_action(SERVICE, "GetCallList")["NewCallListURL"]
    assert url.endswith(f"/calllist?sid={box.sid}")
    assert fc.session.get(url.split("?")[0], timeout=5).status_code == 403
    assert fc.session.get(url.replace(box.sid, "0" * 16), timeout=5).status_code == 403

    def ids(query: str) -> list[str]:
        root = get_xml_root(url + query, session=fc.session)
        return [call.findtext("Id") or "" for call in root.iter("Call")]

    stamp = box.call_list_timestamp
    assert ids("") == ["3", "2", "1"]
    assert ids(f"&id=1&timestamp={stamp}") == ["3", "2"]
    assert ids("&id=1") == ["3", "2", "1"]  # without the timestamp AVM ignores id
    assert ids(f"&id=1&timestamp={stamp - 1}") == ["3", "2", "1"]
    assert ids("&max=0") == ["3", "2", "1"]
    assert ids("&max=2&days=x") == ["3", "2"]


def test_home_codes_through_fritzconnection(box: FakeFritzBox, fc: FritzConnection) -> None:
    """X_VoIP1's country and area code actions, as fritzconnection calls them."""
    assert fc.call_action("X_VoIP1", "X_AVM-DE_GetVoIPCommonCountryCode") == {
        "NewX_AVM-DE_LKZ": "49",
        "NewX_AVM-DE_LKZPrefix": "00",
    }
    box.area_code = "89"
    assert fc.call_action("X_VoIP1", "X_AVM-DE_GetVoIPCommonAreaCode") == {
        "NewX_AVM-DE_OKZ": "89",
        "NewX_AVM-DE_OKZPrefix": "0",
    }
