"""The websocket API the card uses: callers, labels, live changes."""

from __future__ import annotations

import asyncio
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers.dispatcher import DATA_DISPATCHER
from homeassistant.helpers.translation import async_get_translations
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.nuisance_calls.const import DOMAIN
from custom_components.nuisance_calls.hints import HINTS
from custom_components.nuisance_calls.household import SIGNAL_CHANGED
from custom_components.nuisance_calls.lib.matcher import MatchIndex
from simulator import FritzBoxSimulator

from .conftest import CallEvents


def _listeners(hass: HomeAssistant) -> int:
    """Functions that hear about the household's changes."""
    return len(hass.data.get(DATA_DISPATCHER, {}).get(SIGNAL_CHANGED, {}))


async def _action(hass: HomeAssistant, service: str, **data: Any) -> None:
    await hass.services.async_call(DOMAIN, service, data, blocking=True)


@pytest.fixture
async def tallied(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> MockConfigEntry:
    """Three callers: a flagged company with two numbers, and an unknown one."""
    await _action(hass, "flag_number", number="0301111111", tag="telemarketing", label="Acme")
    await _action(hass, "flag_number", number="0302222222", tag="scam", label="ACME")
    numbers = ["0301111111"] * 3 + ["0302222222"] + ["0303333333"] * 2
    for number in numbers:
        call_id = await simulator.ring(number)
        await simulator.hang_up(call_id)
    await call_events.wait_for(len(numbers) * 4 - 2)  # two flagged: + nuisance_call each
    await hass.async_block_till_done()
    return loaded_entry


async def test_callers_sorted_filtered_paged(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, tallied: MockConfigEntry
) -> None:
    """Sorting by count, filters by verdict, tag, line and text, and paging."""
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "nuisance_calls/callers"})
    result = (await client.receive_json())["result"]
    assert result["total"] == 3
    assert [c["number"] for c in result["callers"]] == [
        "+49301111111",
        "+49303333333",
        "+49302222222",
    ]
    first = result["callers"][0]
    assert first["formatted_number"] == "030 1111111"
    assert (first["count"], first["missed"], first["answered"]) == (3, 3, 0)
    assert (first["verdict"], first["label"], first["tags"]) == (
        "nuisance",
        "Acme",
        ["telemarketing"],
    )
    assert first["lines"] == [tallied.entry_id]
    assert first["last_line"] == tallied.entry_id
    assert first["list_entry"] | {"added": None} == {
        "number": "+49301111111",
        "action": "flag",
        "tags": ["telemarketing"],
        "label": "Acme",
        "added": None,
    }
    assert result["callers"][1]["list_entry"] is None
    assert result["lines"] == [{"entry_id": tallied.entry_id, "title": "FRITZ!Box"}]

    async def query(**filters: Any) -> dict[str, Any]:
        await client.send_json_auto_id({"type": "nuisance_calls/callers", **filters})
        response = await client.receive_json()
        assert response["success"], response
        return response["result"]

    assert [c["number"] for c in (await query(verdict="unknown"))["callers"]] == ["+49303333333"]
    assert [c["number"] for c in (await query(tag="scam"))["callers"]] == ["+49302222222"]
    assert (await query(search="acme"))["total"] == 2
    assert (await query(search="030 333"))["total"] == 1
    assert (await query(search="+49302"))["total"] == 1
    assert (await query(line="other-line"))["total"] == 0
    assert (await query(line=tallied.entry_id))["total"] == 3
    page = await query(sort="number", offset=1, limit=1)
    assert (page["total"], page["offset"]) == (3, 1)
    assert [c["number"] for c in page["callers"]] == ["+49302222222"]
    by_label = await query(sort="label")
    assert [c["label"] for c in by_label["callers"]] == ["Acme", "ACME", None]
    ascending = await query(sort="count", descending=False)
    assert ascending["callers"][0]["number"] == "+49302222222"


@pytest.mark.parametrize(
    "bad",
    [
        {"sort": "bogus"},
        {"limit": 0},
        {"limit": 501},
        {"offset": -1},
        {"verdict": "maybe"},
        {"search": "x" * 101},
        {"type": "nuisance_calls/labels", "since": "yesterday"},
    ],
)
async def test_callers_bad_input(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    loaded_entry: MockConfigEntry,
    bad: dict[str, Any],
) -> None:
    """Bad input is an invalid_format error, not a traceback."""
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "nuisance_calls/callers", **bad})
    response = await client.receive_json()
    assert not response["success"]
    assert response["error"]["code"] == "invalid_format"


async def test_labels_aggregate_a_company(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, tallied: MockConfigEntry
) -> None:
    """Both numbers of "Acme" add up; lookup_number shows the company's month too."""
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "nuisance_calls/labels"})
    result = (await client.receive_json())["result"]
    assert len(result["labels"]) == 1
    acme = result["labels"][0]
    assert acme["label"] == "Acme"
    assert (acme["callers"], acme["count"], acme["calls_since"]) == (2, 4, 4)
    assert sorted(acme["numbers"]) == ["+49301111111", "+49302222222"]
    assert acme["verdict"] == "nuisance"
    assert result["since"].endswith("-01")

    await client.send_json_auto_id({"type": "nuisance_calls/labels", "since": "2999-01-01"})
    future = (await client.receive_json())["result"]["labels"][0]
    assert (future["count"], future["calls_since"]) == (4, 0)

    response = await hass.services.async_call(
        DOMAIN, "lookup_number", {"number": "030 2222222"}, blocking=True, return_response=True
    )
    assert response is not None
    assert response["label_calls"]["label"] == "Acme"
    assert response["label_calls"]["calls_since"] == 4
    assert response["label_calls"]["callers"] == 2


async def test_subscribe_pushes_changes(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    tallied: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """A ring, a flag, a reset and a list swap are pushed; unsubscribing stops it."""
    listening = _listeners(hass)
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "nuisance_calls/subscribe"})
    response = await client.receive_json()
    assert response["success"]
    subscription = response["id"]
    assert _listeners(hass) == listening + 1

    await simulator.ring("0303333333")
    pushed = await client.receive_json()
    assert pushed["id"] == subscription
    event = pushed["event"]
    assert event["reset"] is False
    assert [(c["number"], c["count"]) for c in event["callers"]] == [("+49303333333", 3)]

    await _action(hass, "flag_number", number="0303333333", label="<b>Robo</b>")
    while True:  # the call end and the flag may both be pushed
        event = (await client.receive_json())["event"]
        if event["callers"] and event["callers"][0]["verdict"] == "nuisance":
            break
    assert event["callers"][0]["label"] == "<b>Robo</b>"  # data, the card shows it as text

    await _action(hass, "reset_caller", number="0303333333")
    event = (await client.receive_json())["event"]
    assert event["callers"] == []
    assert event["removed"] == ["+49303333333"]
    assert event["reset"] is False
    # A change of calls carries today's totals (the card's chart follows without a fetch).
    assert event["calls"] is True
    assert event["today"] == {"calls": 7, "nuisance": 5, "stopped": 0}

    # A number that never called: nothing to push.
    await _action(hass, "flag_number", number="0309999999")
    await client.send_json_auto_id({"type": "unsubscribe_events", "subscription": subscription})
    response = await client.receive_json()
    assert response["success"], response
    assert _listeners(hass) == listening


async def test_subscribe_reset_on_list_swap(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, loaded_entry: MockConfigEntry
) -> None:
    """A whole list replaced: the card is told to fetch again."""
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "nuisance_calls/subscribe"})
    assert (await client.receive_json())["success"]
    hass.data["nuisance_calls"].set_list("test", MatchIndex([]))
    event = (await client.receive_json())["event"]
    assert event == {"callers": [], "removed": [], "reset": True}


async def test_tags_for_the_card(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, loaded_entry: MockConfigEntry
) -> None:
    """The card's tag choices come from the integration, their texts from its translations."""
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "nuisance_calls/tags"})
    result = (await client.receive_json())["result"]
    assert result["flag"] == ["nuisance", "telemarketing", "scam", "robocall", "charity", "survey"]
    assert {"repeat", "withheld", "abroad"} <= set(result["known"])
    assert set(result["flag"]) <= set(result["known"])
    for language in ("en", "de", "it"):
        translations = await async_get_translations(hass, language, "selector", [DOMAIN])
        for tag in result["known"]:
            assert translations.get(f"component.{DOMAIN}.selector.tag.options.{tag}"), (
                language,
                tag,
            )


async def test_card_actions_record_who_and_need_an_admin(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
    hass_admin_user: Any,
    tallied: MockConfigEntry,
) -> None:
    """Flag/allow/unflag/reset over the websocket: admins only; a flag records who."""
    admin = await hass_ws_client(hass)
    await admin.send_json_auto_id(
        {"type": "nuisance_calls/flag", "number": "030 3333333", "tag": "survey", "label": "Poll"}
    )
    entry = (await admin.receive_json())["result"]
    assert entry["by_user"] == hass_admin_user.id
    assert entry["by_name"] == hass_admin_user.name
    await admin.send_json_auto_id({"type": "nuisance_calls/caller", "number": "+49303333333"})
    caller = (await admin.receive_json())["result"]
    assert caller["verdict"] == "nuisance"
    assert caller["list_entry"]["by_user"] == hass_admin_user.id
    assert [call["outcome"] for call in caller["calls"]] == ["missed", "missed"]

    reader = await hass_ws_client(hass, hass_read_only_access_token)
    for message in (
        {"type": "nuisance_calls/flag", "number": "0301111111"},
        {"type": "nuisance_calls/allow", "number": "0301111111"},
        {"type": "nuisance_calls/unflag", "number": "0303333333"},
        {"type": "nuisance_calls/reset", "number": "0303333333"},
    ):
        await reader.send_json_auto_id(message)
        response = await reader.receive_json()
        assert response["error"]["code"] == "unauthorized", message
    # Reading stays open to everyone.
    await reader.send_json_auto_id({"type": "nuisance_calls/caller", "number": "0303333333"})
    assert (await reader.receive_json())["result"]["list_entry"]["action"] == "flag"

    await admin.send_json_auto_id({"type": "nuisance_calls/allow", "number": "0301111111"})
    assert (await admin.receive_json())["result"]["action"] == "allow"
    await admin.send_json_auto_id({"type": "nuisance_calls/unflag", "number": "0303333333"})
    assert (await admin.receive_json())["result"] == {"removed": True}
    await admin.send_json_auto_id({"type": "nuisance_calls/reset", "number": "0303333333"})
    assert (await admin.receive_json())["result"] == {"reset": True}
    await admin.send_json_auto_id({"type": "nuisance_calls/reset", "number": "not a number"})
    assert (await admin.receive_json())["error"]["code"] == "invalid_format"


async def test_caller_daily_export_and_periods(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, tallied: MockConfigEntry
) -> None:
    """A caller's calls, calls per day, the CSV for a download, counts in a range."""
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "nuisance_calls/daily", "days": 7})
    days = (await client.receive_json())["result"]["days"]
    assert len(days) == 7
    assert days[-1]["calls"] == 6
    assert days[-1]["nuisance"] == 4
    assert days[-1]["stopped"] == 0
    assert sum(day["calls"] for day in days[:-1]) == 0

    await client.send_json_auto_id({"type": "nuisance_calls/export_calls", "number": "0301111111"})
    export = (await client.receive_json())["result"]
    assert export["calls"] == 3
    assert export["csv"].splitlines()[0].startswith("date,time,number")
    await client.send_json_auto_id({"type": "nuisance_calls/export_calls"})
    assert (await client.receive_json())["result"]["calls"] == 6
    await client.send_json_auto_id({"type": "nuisance_calls/export_calls", "number": "x"})
    assert (await client.receive_json())["error"]["code"] == "invalid_format"
    await client.send_json_auto_id({"type": "nuisance_calls/caller", "number": "x"})
    assert (await client.receive_json())["error"]["code"] == "invalid_format"
    await client.send_json_auto_id({"type": "nuisance_calls/caller", "number": "anonymous"})
    assert (await client.receive_json())["result"]["calls"] == []

    for period in ("7d", "30d", "year"):
        await client.send_json_auto_id(
            {"type": "nuisance_calls/callers", "period": period, "sort": "missed"}
        )
        result = (await client.receive_json())["result"]
        assert result["total"] == 3
        assert result["callers"][0]["number"] == "+49301111111"
        assert result["callers"][0]["missed"] == 3


async def test_labels_paged_and_searched(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    tallied: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Every company is reachable: a total, an offset, a search over all of them."""
    for index in range(12):
        number = f"04011111{index:02d}"
        await _action(hass, "flag_number", number=number, label=f"Firm {index}")
        await simulator.hang_up(await simulator.ring(number))
    await hass.async_block_till_done()
    await _action(hass, "flag_number", number="0303333333", label="Microsoft")
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "nuisance_calls/labels", "limit": 10})
    first = (await client.receive_json())["result"]
    assert len(first["labels"]) == 10
    assert first["total"] == 14
    await client.send_json_auto_id({"type": "nuisance_calls/labels", "limit": 10, "offset": 10})
    assert len((await client.receive_json())["result"]["labels"]) == 4
    await client.send_json_auto_id({"type": "nuisance_calls/labels", "search": "micro"})
    found = (await client.receive_json())["result"]
    assert [label["label"] for label in found["labels"]] == ["Microsoft"]
    assert found["total"] == 1


def test_list_entry_who_flagged_is_optional_and_backwards_compatible() -> None:
    """Entries stored before ``by_user``/``by_name`` load; new ones keep them."""
    from custom_components.nuisance_calls.lib.classifier import ListAction, ListEntry, PersonalList

    old = {"number": "+4930123456", "action": "flag", "tags": ["scam"], "label": "", "added": None}
    entry = ListEntry.from_dict(old)
    assert (entry.by_user, entry.by_name) == ("", "")
    assert entry.as_dict() == old  # written back in the old form

    personal = PersonalList()
    flagged = personal.set("+4930123456", ListAction.FLAG, by_user="abc123", by_name="Anna\n<b>")
    stored = flagged.as_dict()
    assert (stored["by_user"], stored["by_name"]) == ("abc123", "Anna <b>")
    assert ListEntry.from_dict(stored) == flagged
    assert ListEntry.from_dict({**old, "by_user": 42, "by_name": None}).by_user == ""


async def test_caller_page_has_the_hint_for_an_unknown_caller(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, tallied: MockConfigEntry
) -> None:
    """Where from and what kind, for the card's caller page; a judged caller has none."""
    async with asyncio.timeout(5):
        while hass.data[HINTS].places is None:
            await asyncio.sleep(0.01)
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "nuisance_calls/caller", "number": "030 3333333"})
    unknown = (await client.receive_json())["result"]
    assert (unknown["verdict"], unknown["hint"]) == (
        "unknown",
        {"where": "Berlin", "kind": "fixed_line"},
    )
    await client.send_json_auto_id({"type": "nuisance_calls/caller", "number": "030 1111111"})
    flagged = (await client.receive_json())["result"]
    assert (flagged["verdict"], flagged["hint"]) == ("nuisance", None)
