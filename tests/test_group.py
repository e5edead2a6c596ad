"""The group's register: a share that carries the tally, and companies ranked over households."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import UTC, datetime, timedelta
import json
from typing import Any

from aiohttp import ClientSession
from aiohttp.test_utils import TestServer
from homeassistant.config_entries import SOURCE_USER
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.nuisance_calls import group as group_module
from custom_components.nuisance_calls.const import DOMAIN
from custom_components.nuisance_calls.group import GROUP, group_of_document
from custom_components.nuisance_calls.lib.classifier import Verdict, VerdictKind
from custom_components.nuisance_calls.lib.group import (
    MAX_COUNT,
    GroupShare,
    NumberTally,
    company_key,
    group_document,
    parse_group,
    rank_companies,
)
from custom_components.nuisance_calls.lib.register import Register
from simulator import FritzBoxSimulator

from .conftest import CallEvents

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def test_spellings_of_one_company_are_one_key() -> None:
    """Case, accents, spacing, punctuation and legal forms do not split a company."""
    assert company_key("Deutsche Telekom GmbH") == "deutsche telekom"
    assert company_key("  DEUTSCHE   telekom ") == "deutsche telekom"
    assert company_key("Télékom, AG") == "telekom"
    assert company_key("Vodafone GmbH & Co. KG") == "vodafone"
    assert company_key("!!!") == ""
    assert company_key("telekom upsell") != company_key("Telekom")  # the user decides (aliases)


def _tally(count: int, label: str, **last: int) -> NumberTally:
    windows = {30: last.get("d30", 0), 90: last.get("d90", 0), 365: last.get("d365", count)}
    return NumberTally(count, windows, label=label)


def test_companies_ranked_over_the_households() -> None:
    """Calls summed per company, households counted, each household's part kept; aliases merge."""
    households = {
        "": {"+4930111": _tally(5, "Telekom", d30=2), "+4930222": _tally(1, "ACME Energie")},
        "Anna": {
            "+4930111": _tally(3, "Deutsche Telekom GmbH", d30=1),
            "+4940333": _tally(2, "telekom upsell", d30=2),
        },
        "Ben": {"+4989444": _tally(4, "ACME Energie", d30=0)},
    }
    rows = rank_companies(households, None)
    assert [(row.name, row.calls, row.households) for row in rows] == [
        ("ACME Energie", 5, 2),
        ("Telekom", 5, 1),
        ("Deutsche Telekom GmbH", 3, 1),
        ("telekom upsell", 2, 1),
    ]
    merged = rank_companies(
        households, 30, {"telekom upsell": "telekom", "deutsche telekom": "telekom"}
    )
    assert [(row.name, row.calls, row.households) for row in merged] == [("Telekom", 5, 2)]
    assert merged[0].by_household == {"": 2, "Anna": 3}
    assert merged[0].as_dict()["numbers"] == 2


def test_a_shared_tally_is_checked_row_by_row() -> None:
    """Hostile rows are skipped: not E.164, negative, huge or not a count; the rest is read."""
    document = {
        "tally": {
            "numbers": {
                "+4930111": {"count": 3, "last_30": 1, "label": "ACME", "last_seen": None},
                "0301234": {"count": 1},
                "+4930222": {"count": -1},
                "+4930333": {"count": MAX_COUNT + 1},
                "+4930444": {"count": True},
                "+4930555": "nope",
            }
        }
    }
    share = parse_group(document)
    assert share is not None
    assert list(share.numbers) == ["+4930111"]
    assert share.skipped == 5
    assert share.calls("+4930111") == 3
    assert parse_group({"entries": []}) is None
    assert parse_group(["not", "a", "document"]) is None


def test_only_a_json_object_with_a_tally_is_parsed_for_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A big JSON list is not parsed a second time in HA's process (it would hold the GIL)."""
    tally = json.dumps({"tally": {"numbers": {"+4930111": {"count": 2}}}}).encode()
    share = group_of_document(b"  \n" + tally)
    assert share is not None
    assert share.calls("+4930111") == 2
    assert group_of_document(b"not json") is None
    assert group_of_document(b'{"tally": ') is None  # broken JSON: no tally, no error

    def parsed(_body: bytes) -> object:
        raise AssertionError("parsed a document that cannot carry a tally")

    monkeypatch.setattr(group_module.json, "loads", parsed)
    big = json.dumps({"entries": [{"number": f"+49301{n:06d}"} for n in range(1000)]})
    assert group_of_document(big.encode()) is None
    assert group_of_document(b'["tally"]') is None
    assert group_of_document(b"+4930111 tally") is None


def test_only_flagged_callers_are_in_a_shared_tally() -> None:
    """Allowed numbers and callers nobody flagged never leave the house."""
    register = Register()
    for number, minutes in (("+4930111", 1), ("+4930111", 40 * 24 * 60), ("+4930222", 5)):
        register.record_ring(number, "0", NOW - timedelta(minutes=minutes), "SIP0")
    flagged = Verdict(VerdictKind.NUISANCE, label="ACME")
    callers = [
        (register.callers["+4930111"], flagged),
        (register.callers["+4930222"], Verdict(VerdictKind.ALLOWED, label="Mum")),
    ]
    document = group_document(callers, NOW, {"+4930111": 7})
    assert list(document["numbers"]) == ["+4930111"]
    row = document["numbers"]["+4930111"]
    assert (row["count"], row["last_30"], row["last_90"], row["last_365"]) == (2, 1, 2, 7)
    assert row["label"] == "ACME"
    # the same sums per company; Mum (allowed) is in none
    assert document["companies"] == {
        "ACME": {
            "numbers": 1,
            "count": 2,
            "last_30": 1,
            "last_90": 2,
            "last_365": 7,
            "answered": row["answered"],
            "missed": row["missed"],
            "stopped": 0,
            "last_seen": row["last_seen"],
        }
    }


def test_a_shared_tally_sums_each_company_over_its_numbers() -> None:
    """Two numbers of one company are one row of sums; a number without a label is in none."""
    register = Register()
    for number, minutes in (
        ("+4930111", 1),
        ("+4930111", 100 * 24 * 60),
        ("+4930222", 3),
        ("+4930333", 2),
    ):
        register.record_ring(number, number[-3:], NOW - timedelta(minutes=minutes), "SIP0")
    register.record_end("+4930222", "222", answered=True, duration=20)
    acme = Verdict(VerdictKind.NUISANCE, label="ACME")
    callers = [
        (register.callers["+4930111"], acme),
        (register.callers["+4930222"], acme),
        (register.callers["+4930333"], Verdict(VerdictKind.NUISANCE)),
    ]
    document = group_document(callers, NOW, {"+4930111": 2})  # the year's, from the call log
    assert set(document["numbers"]) == {"+4930111", "+4930222", "+4930333"}
    sums = document["companies"]
    assert list(sums) == ["ACME"]
    assert (sums["ACME"]["numbers"], sums["ACME"]["count"]) == (2, 3)
    assert (sums["ACME"]["last_30"], sums["ACME"]["last_90"], sums["ACME"]["last_365"]) == (2, 2, 3)
    assert sums["ACME"]["answered"] == 1
    assert sums["ACME"]["last_seen"] == document["numbers"]["+4930111"]["last_seen"]  # the latest
    # what a friend reads back is unchanged: the numbers' rows
    parsed = parse_group({"tally": document})
    assert parsed is not None
    assert set(parsed.numbers) == {"+4930111", "+4930222", "+4930333"}


@pytest.fixture
async def served(
    hass: HomeAssistant, loaded_entry: MockConfigEntry, socket_enabled: None
) -> AsyncGenerator[str]:
    """Your Home Assistant with a line, served on a loopback port."""
    server = TestServer(hass.http.app, host="127.0.0.1")
    await server.start_server()
    hass.config.external_url = str(server.make_url("")).rstrip("/")
    yield hass.config.external_url
    await server.close()


async def _service(hass: HomeAssistant, service: str, **data: Any) -> Any:
    return await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=True
    )


async def test_a_friend_sees_which_company_bothered_the_group(
    hass: HomeAssistant,
    served: str,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """A share with the tally: the friend's HA counts households per number and ranks companies."""
    await hass.services.async_call(
        DOMAIN, "flag_number", {"number": "030 1111111", "label": "ACME Energie"}, blocking=True
    )
    await hass.services.async_call(
        DOMAIN, "allow_number", {"number": "030 2222222", "label": "Mum"}, blocking=True
    )
    for number in ("0301111111", "0301111111", "0302222222"):
        await simulator.hang_up(await simulator.ring(number))
    await call_events.wait_for(11)  # two nuisance calls (4 events each), Mum's (3)
    plain = await _service(hass, "create_share", name="Ben")
    share = await _service(hass, "create_share", name="Anna", tally=True)
    async with ClientSession() as session:
        async with session.get(plain["url"]) as response:
            assert "tally" not in json.loads(await response.read())
        async with session.get(share["url"]) as response:
            document = json.loads(await response.read())
    assert list(document["tally"]["numbers"]) == ["+49301111111"]  # never Mum
    assert (await _service(hass, "lookup_number", number="030 1111111"))["group_households"] == 1

    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "shared_list"}
    )
    await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {"name": "Anna", "url": share["url"], "mode": "flag", "refresh_hours": 6,
         "max_size_mb": 50},
    )  # fmt: skip
    await hass.async_block_till_done()
    assert len(hass.data[GROUP].friends) == 1
    looked_up = await _service(hass, "lookup_number", number="030 1111111")
    assert looked_up["group_households"] == 2
    ranked = await _service(hass, "group_companies", period="30_days")
    assert ranked["households"] == 2
    [acme] = ranked["companies"]
    assert (acme["company"], acme["calls"], acme["households"]) == ("ACME Energie", 4, 2)
    assert acme["by_household"] == {"": 2, "Anna": 2}

    await simulator.hang_up(await simulator.ring("0301111111"))
    await call_events.wait_for(15)
    assert call_events.events[-1]["group_households"] == 2

    renamed = await _service(hass, "set_company_alias", label="ACME Energie", company="ACME")
    assert renamed == {"label": "acme energie", "company": "acme"}
    # the ranking lists the merges it applied
    ranked = await _service(hass, "group_companies", period="all")
    assert ranked["aliases"] == {"acme energie": "acme"}
    with pytest.raises(ServiceValidationError):
        await _service(hass, "set_company_alias", label="!!!", company="x")
    [entry] = [e for e in hass.config_entries.async_entries(DOMAIN) if e.title == "Anna"]
    await hass.config_entries.async_remove(entry.entry_id)
    assert hass.data[GROUP].friends == {}


async def test_aliases_are_kept_checked_and_undone(
    hass: HomeAssistant, hass_storage: dict[str, Any], hass_ws_client: Any, tmp_path: Any
) -> None:
    """Stored aliases come back (bad ones left out and reported); an empty company undoes one."""
    hass_storage["nuisance_calls.company_aliases"] = {
        "version": 1,
        "minor_version": 1,
        "key": "nuisance_calls.company_aliases",
        "data": {"aliases": {"telekom upsell": "Telekom", "Not A Key": "x", "acme": 5}},
    }
    hass.config.config_dir = str(tmp_path)
    assert await async_setup_component(hass, DOMAIN, {})
    group = hass.data[GROUP]
    assert group.aliases == {"telekom upsell": "telekom"}
    issue = ir.async_get(hass).async_get_issue(
        DOMAIN, "stored_data_unreadable_nuisance_calls.company_aliases"
    )
    assert issue is not None
    assert await _service(hass, "set_company_alias", label="Telekom Upsell") == {
        "label": "telekom upsell",
        "company": "telekom upsell",
    }
    assert group.aliases == {}
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "nuisance_calls/group_companies", "period": "year"})
    answer = await client.receive_json()
    assert answer["success"]
    assert answer["result"] == {
        "households": 1,
        "members": [""],
        "total": 0,
        "offset": 0,
        "companies": [],
    }


async def test_the_cards_ranking_names_every_household_and_sorts_both_ways(
    hass: HomeAssistant, hass_ws_client: Any, tmp_path: Any
) -> None:
    """The card's command: the members (you first), least or most first, searched, paged."""
    hass.config.config_dir = str(tmp_path)
    assert await async_setup_component(hass, DOMAIN, {})
    group = hass.data[GROUP]
    group.set_friend(
        "anna", "Anna", GroupShare({"+4930111": _tally(5, "ACME"), "+4940222": _tally(1, "Zeta")})
    )
    group.set_friend(
        "ben",
        "Ben",
        GroupShare({"+4930111": _tally(2, "ACME GmbH"), "+4989333": _tally(3, "Beta")}),
    )
    client = await hass_ws_client(hass)

    async def ranked(**query: Any) -> dict[str, Any]:
        await client.send_json_auto_id({"type": "nuisance_calls/group_companies", **query})
        answer = await client.receive_json()
        assert answer["success"], answer
        result: dict[str, Any] = answer["result"]
        return result

    most = await ranked()
    assert (most["households"], most["members"], most["total"]) == (3, ["", "Anna", "Ben"], 3)
    assert [(row["company"], row["calls"], row["households"]) for row in most["companies"]] == [
        ("ACME", 7, 2),
        ("Beta", 3, 1),
        ("Zeta", 1, 1),
    ]
    assert most["companies"][0]["by_household"] == {"Anna": 5, "Ben": 2}
    least = await ranked(descending=False, limit=2)
    assert [row["company"] for row in least["companies"]] == ["Zeta", "Beta"]
    assert (least["total"], least["offset"]) == (3, 0)
    paged = await ranked(descending=False, limit=2, offset=2)
    assert [row["company"] for row in paged["companies"]] == ["ACME"]
    by_households = await ranked(sort="households", descending=True)
    assert [row["company"] for row in by_households["companies"]] == ["ACME", "Beta", "Zeta"]
    by_name = await ranked(sort="company", descending=False)
    assert [row["company"] for row in by_name["companies"]] == ["ACME", "Beta", "Zeta"]
    searched = await ranked(search="acme gmbh")
    assert [row["company"] for row in searched["companies"]] == ["ACME"]
    await client.send_json_auto_id({"type": "nuisance_calls/group_companies", "sort": "x"})
    assert not (await client.receive_json())["success"]
    # A second subscription under a name already there: one household (one column).
    group.set_friend("ben-2", "Ben", GroupShare({"+4989333": _tally(1, "Beta")}))
    again = await ranked()
    assert (again["households"], again["members"]) == (3, ["", "Anna", "Ben"])
