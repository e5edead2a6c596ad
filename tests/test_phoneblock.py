"""PhoneBlock: the client, the flow, the blocklist sync, look-ups and reporting, against a fake."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from datetime import timedelta
import hashlib
import json
import random
from typing import Any
from unittest.mock import patch

from aiohttp import web
from aiohttp.test_utils import TestServer
from freezegun.api import FrozenDateTimeFactory
from homeassistant.config_entries import SOURCE_USER, ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_fire_time_changed

from custom_components.nuisance_calls import phoneblock as glue
from custom_components.nuisance_calls.const import DOMAIN
from custom_components.nuisance_calls.diagnostics import async_get_config_entry_diagnostics
from custom_components.nuisance_calls.household import HOUSEHOLD
from custom_components.nuisance_calls.lib.exceptions import (
    ReputationAuthError,
    ReputationError,
    ReputationRateLimitError,
)
from custom_components.nuisance_calls.lib.lookup import retry_after_seconds
from custom_components.nuisance_calls.lib.matcher import ListRecord, MatchIndex
from custom_components.nuisance_calls.lib.phoneblock import (
    NumberInfo,
    PhoneBlockClient,
    Rating,
    blocklist_records,
    info_match,
    parse_blocklist,
    parse_number_info,
    rating_for,
)
from simulator import FritzBoxSimulator

from .conftest import CallEvents

TOKEN = "s3cret-t0ken"


def _sha1(number: str) -> str:
    return hashlib.sha1(number.encode()).hexdigest().upper()


@dataclass
class FakePhoneBlock:
    """PhoneBlock's API as its INTEGRATIONS document describes it."""

    numbers: dict[str, tuple[str, int]] = field(
        default_factory=lambda: {
            "+4930111111": ("G_FRAUD", 10),
            "+4930222222": ("E_ADVERTISING", 4),
            "+4930333333": ("D_POLL", 2),
        }
    )
    version: int = 42
    updates: dict[int, tuple[list[dict[str, Any]], int]] = field(default_factory=dict)
    checks: dict[str, dict[str, Any]] = field(default_factory=dict)
    status: dict[str, int] = field(default_factory=dict)
    retry_after: str | None = None
    delay: float = 0.0
    body: bytes | None = None
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    rates: list[dict[str, Any]] = field(default_factory=list)

    def _refused(self, request: web.Request) -> web.Response | None:
        self.requests.append((request.method, request.path, dict(request.query)))
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return web.Response(status=401, text="Please provide login credentials.")
        if (status := self.status.get(request.path)) is not None:
            headers = {"Retry-After": self.retry_after} if self.retry_after else {}
            return web.Response(status=status, headers=headers)
        return None

    async def test_connect(self, request: web.Request) -> web.Response:
        if (refused := self._refused(request)) is not None:
            return refused
        return web.json_response({"status": "ok", "authenticated": True, "userName": "me@x"})

    async def blocklist(self, request: web.Request) -> web.Response:
        if (refused := self._refused(request)) is not None:
            return refused
        since = request.query.get("since")
        if self.body is not None:
            return web.Response(body=self.body, content_type="application/json")
        if since is None:
            numbers = [
                {"phone": phone, "rating": rating, "votes": votes}
                for phone, (rating, votes) in self.numbers.items()
            ]
            return web.json_response({"numbers": numbers, "version": self.version})
        changes, version = self.updates[int(since)]
        return web.json_response({"numbers": changes, "version": version})

    async def check(self, request: web.Request) -> web.Response:
        if (refused := self._refused(request)) is not None:
            return refused
        if self.delay:
            await asyncio.sleep(self.delay)
        answer = self.checks.get(request.query["sha1"], {"votes": 0, "rating": "A_LEGITIMATE"})
        return web.json_response(answer)

    async def rate(self, request: web.Request) -> web.Response:
        if (refused := self._refused(request)) is not None:
            return refused
        self.rates.append(await request.json())
        return web.Response(text="Rating recorded.")


@pytest.fixture
async def fake(socket_enabled: None) -> AsyncGenerator[FakePhoneBlock]:
    """A fake PhoneBlock on 127.0.0.1, used instead of the real one."""
    fake = FakePhoneBlock()
    app = web.Application()
    app.router.add_get("/api/test-connect", fake.test_connect)
    app.router.add_get("/api/blocklist", fake.blocklist)
    app.router.add_get("/api/check", fake.check)
    app.router.add_post("/api/rate", fake.rate)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    base = str(server.make_url("")).rstrip("/")
    with (
        patch.object(glue, "PHONEBLOCK_URL", base),
        patch.object(glue, "rng", random.Random(7)),
    ):
        fake.base = base  # type: ignore[attr-defined]
        yield fake
    await server.close()


async def _add(hass: HomeAssistant, **options: Any) -> MockConfigEntry:
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "phoneblock"}
    )
    form = {"token": TOKEN, "report": False, "threshold": 4, "cache_hours": 24, "daily_budget": 3}
    result = await hass.config_entries.flow.async_configure(result["flow_id"], form | options)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    return result["result"]


@pytest.fixture
async def entry(hass: HomeAssistant, fake: FakePhoneBlock) -> MockConfigEntry:
    """PhoneBlock added through its flow, its first full download done."""
    added = await _add(hass)
    await _synced(hass, added)
    assert [path for _m, path, _q in fake.requests] == [
        "/api/test-connect",
        "/api/test-connect",
        "/api/blocklist",
    ]
    fake.requests.clear()
    return added


async def _synced(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    """Wait for the first download (a background task) and its write."""
    await hass.async_block_till_done(wait_background_tasks=True)
    assert entry.runtime_data.version is not None


async def _lookup(hass: HomeAssistant, number: str) -> dict[str, Any]:
    result = await hass.services.async_call(
        DOMAIN, "lookup_number", {"number": number}, blocking=True, return_response=True
    )
    assert result is not None
    return dict(result)


# ------------------------------------------------------------------- the library


def test_parse_blocklist_keeps_what_is_a_number_with_votes() -> None:
    """The documented shape; hostile entries are counted and left out, never raised."""
    body = json.dumps(
        {
            "numbers": [
                {"phone": "+49123456789", "rating": "G_FRAUD", "votes": 4},
                {"phone": "+390456789123", "rating": "F_GAMBLE", "votes": 10},
                {"phone": "+49111222333", "rating": "A_LEGITIMATE", "votes": 0},
                {"phone": "+4930", "rating": "SOMETHING_NEW", "votes": 2},
                {"phone": "0301234", "rating": "G_FRAUD", "votes": 4},
                {"phone": "+49301", "votes": True},
                {"phone": "+49302", "votes": -1},
                {"phone": ["+49"], "votes": 2},
                {"rating": "G_FRAUD"},
                "+49303",
                None,
            ],
            "version": 43,
        }
    ).encode()
    parsed = parse_blocklist(body)
    assert parsed.version == 43
    assert parsed.rejected == 7
    assert [(e.phone, e.rating, e.votes) for e in parsed.numbers] == [
        ("+49123456789", Rating.G_FRAUD, 4),
        ("+390456789123", Rating.F_GAMBLE, 10),
        ("+49111222333", Rating.A_LEGITIMATE, 0),
        ("+4930", Rating.B_MISSED, 2),
    ]


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"[]",
        b'{"numbers": {}, "version": 1}',
        b'{"numbers": [], "version": "1"}',
        b'{"numbers": [], "version": true}',
        b'{"numbers": [], "version": -1}',
        b"\xff\xfe",
        b"[" * 100_000,
        b'{"numbers": [], "version": 1}' + b" " * 70_000,
    ],
)
def test_parse_rejects_what_is_not_a_blocklist(body: bytes) -> None:
    """Anything but an object with a list and a version is refused (size too)."""
    with pytest.raises(ValueError):
        parse_blocklist(body, limit=64 * 1024)


def test_number_info_and_its_match() -> None:
    """Votes at the threshold flag with the rating's tag; whitelisted, archived do not."""
    info = parse_number_info(
        b'{"phone":"+4917650642602","votes":42,"votesWildcard":15,"rating":"E_ADVERTISING",'
        b'"whiteListed":false,"blackListed":false,"archived":false,"location":"Mobilfunk"}'
    )
    assert info == NumberInfo(42, Rating.E_ADVERTISING, 15, location="Mobilfunk")
    match = info_match(info, 10)
    assert match is not None
    assert (match.flagged, match.tags, match.score, match.sources) == (
        True,
        ("telemarketing",),
        42.0,
        ("phoneblock",),
    )
    low = info_match(NumberInfo(2, Rating.G_FRAUD), 10)
    assert low is not None
    assert (low.flagged, low.score, low.sources) == (False, 2.0, ())
    assert info_match(NumberInfo(0, Rating.A_LEGITIMATE), 1) is None
    assert info_match(NumberInfo(50, Rating.G_FRAUD, white_listed=True), 1) is None
    assert not info_match(NumberInfo(50, Rating.G_FRAUD, archived=True), 1).flagged  # type: ignore[union-attr]
    mine = info_match(NumberInfo(0, Rating.A_LEGITIMATE, black_listed=True), 10)
    assert mine is not None
    assert mine.flagged
    assert mine.tags == ("nuisance",)
    for bad in (b"[]", b'{"votes": "3"}', b'{"votes": 1, "archived": "no"}', b"{"):
        with pytest.raises(ValueError):
            parse_number_info(bad)


def test_ratings_and_tags_map_both_ways() -> None:
    """Each rating has a tag, each tag a rating; allow is legitimate."""
    records = blocklist_records(
        {
            "+491": (Rating.G_FRAUD, 10),
            "+492": (Rating.F_GAMBLE, 4),
            "+493": (Rating.E_ADVERTISING, 4),
            "+494": (Rating.D_POLL, 4),
            "+495": (Rating.C_PING, 4),
            "+496": (Rating.B_MISSED, 4),
            "+497": (Rating.A_LEGITIMATE, 4),
            "+498": (Rating.G_FRAUD, 2),
        },
        threshold=4,
    )
    assert [(r.number, r.tags, r.score) for r in records] == [
        ("+491", ("scam",), 10.0),
        ("+492", ("scam",), 4.0),
        ("+493", ("telemarketing",), 4.0),
        ("+494", ("survey",), 4.0),
        ("+495", ("robocall",), 4.0),
        ("+496", ("nuisance",), 4.0),
    ]
    assert rating_for(["scam"]) is Rating.G_FRAUD
    assert rating_for(["telemarketing"]) is Rating.E_ADVERTISING
    assert rating_for(["charity"]) is Rating.E_ADVERTISING
    assert rating_for(["survey"]) is Rating.D_POLL
    assert rating_for(["robocall"]) is Rating.B_MISSED
    assert rating_for(["nuisance"]) is Rating.B_MISSED
    assert rating_for(["my own words"]) is Rating.B_MISSED
    assert rating_for(["scam"], allow=True) is Rating.A_LEGITIMATE


def test_retry_after_reads_seconds_and_dates() -> None:
    """Delta-seconds, an HTTP date, nothing or nonsense (a default), never more than a day."""
    assert retry_after_seconds("120") == 120
    assert retry_after_seconds("99999999") == 24 * 3600
    assert retry_after_seconds(None) == 60
    assert retry_after_seconds("soon") == 60
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480 - 30) == 30
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480 + 30) == 0


async def test_client_errors_and_429_pause(fake: FakePhoneBlock) -> None:
    """401 is a refused token, 429 pauses every request for Retry-After, 500 an error."""
    base = fake.base  # type: ignore[attr-defined]
    async with PhoneBlockClient(None, "wrong", base_url=base) as client:
        with pytest.raises(ReputationAuthError):
            await client.verify()
    async with PhoneBlockClient(None, TOKEN, base_url=base, daily_budget=10) as client:
        assert await client.verify() == "me@x"
        fake.status["/api/check"] = 429
        fake.retry_after = "3600"
        assert await client.lookup("+4930444444") is None
        assert client.paused
        asked = len(fake.requests)
        assert await client.lookup("+4930555555") is None  # not asked while paused
        with pytest.raises(ReputationRateLimitError) as raised:
            await client.rate("+4930555555", Rating.G_FRAUD)
        assert raised.value.retry_after > 3500
        assert len(fake.requests) == asked
    async with PhoneBlockClient(None, TOKEN, base_url=base) as client:
        fake.status["/api/blocklist"] = 500
        with pytest.raises(ReputationError):
            await client.blocklist()
        del fake.status["/api/blocklist"]
        assert (await client.blocklist(since=None)).version == 42
        fake.body = b'{"numbers": 1}'
        with pytest.raises(ReputationError, match="bad_answer"):
            await client.blocklist()
        fake.body = None
    async with PhoneBlockClient(None, TOKEN, base_url=base, max_blocklist_bytes=20) as client:
        with pytest.raises(ReputationError, match="too_large"):
            await client.blocklist()
    async with PhoneBlockClient(None, TOKEN, base_url="http://127.0.0.1:9") as client:
        with pytest.raises(ReputationError, match="unreachable"):
            await client.verify()


# --------------------------------------------------------------------- the flow


async def test_flow_checks_the_token_and_allows_one_entry(
    hass: HomeAssistant, fake: FakePhoneBlock
) -> None:
    """A refused token or PhoneBlock down: an error each; then one entry, never two."""
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "phoneblock"}
    )
    assert result["step_id"] == "phoneblock"
    form = {
        "token": "wrong",
        "report": True,
        "threshold": 10,
        "cache_hours": 24,
        "daily_budget": 50,
    }
    result = await hass.config_entries.flow.async_configure(result["flow_id"], form)
    assert result["errors"] == {"base": "invalid_token"}
    fake.status["/api/test-connect"] = 503
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], form | {"token": TOKEN}
    )
    assert result["errors"] == {"base": "phoneblock_unreachable"}
    del fake.status["/api/test-connect"]
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], form | {"token": f" {TOKEN} "}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"] == {"source": "phoneblock", "token": TOKEN}
    assert result["options"] == {
        "report": True,
        "threshold": 10,
        "cache_hours": 24,
        "daily_budget": 50,
    }
    await hass.async_block_till_done()
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "phoneblock"}
    )
    assert result["reason"] == "already_configured"


async def test_reconfigure_options_and_reauth(
    hass: HomeAssistant, entry: MockConfigEntry, fake: FakePhoneBlock
) -> None:
    """Another token is checked; options reload the entry; a refused token asks anew."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": "reconfigure", "entry_id": entry.entry_id}
    )
    assert result["step_id"] == "reconfigure_phoneblock"
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {"token": "bad"})
    assert result["errors"] == {"base": "invalid_token"}
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {"token": TOKEN})
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    # The reload downloaded nothing: the stored list came back.
    assert "/api/blocklist" not in [path for _m, path, _q in fake.requests]
    assert entry.runtime_data.synced_numbers == 3

    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["step_id"] == "phoneblock_options"
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"report": True, "threshold": 10, "cache_hours": 1, "daily_budget": 9}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    provider = entry.runtime_data
    assert (provider.threshold, provider.reporting, provider.client.budget.limit) == (10, True, 9)
    assert (await _lookup(hass, "+4930111111"))["verdict"] == "nuisance"
    assert (await _lookup(hass, "+4930222222"))["verdict"] == "unknown"  # 4 votes < 10

    fake.status["/api/blocklist"] = 401
    await provider.async_sync()
    await hass.async_block_till_done()
    [flow] = hass.config_entries.flow.async_progress_by_handler(DOMAIN)
    assert flow["context"]["source"] == "reauth"
    result = await hass.config_entries.flow.async_configure(flow["flow_id"])
    assert result["step_id"] == "reauth_phoneblock"
    result = await hass.config_entries.flow.async_configure(flow["flow_id"], {"token": "x"})
    assert result["errors"] == {"base": "invalid_token"}
    result = await hass.config_entries.flow.async_configure(flow["flow_id"], {"token": TOKEN})
    assert result["reason"] == "reauth_successful"
    await hass.async_block_till_done()


async def test_setup_refused_or_unreachable(hass: HomeAssistant, fake: FakePhoneBlock) -> None:
    """At start: a refused token asks for a new one, PhoneBlock down is retried."""
    for status, state in ((401, ConfigEntryState.SETUP_ERROR), (500, ConfigEntryState.SETUP_RETRY)):
        entry = MockConfigEntry(
            domain=DOMAIN, data={"source": "phoneblock", "token": TOKEN}, minor_version=2
        )
        entry.add_to_hass(hass)
        fake.status["/api/test-connect"] = status
        await hass.config_entries.async_setup(entry.entry_id)
        assert entry.state is state
        await hass.config_entries.async_remove(entry.entry_id)


# --------------------------------------------------------------------- the sync


async def test_full_download_then_daily_updates_that_remove_numbers(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    fake: FakePhoneBlock,
    freezer: FrozenDateTimeFactory,
) -> None:
    """The list applies at once; an update (since=version) adds, changes and removes."""
    provider = entry.runtime_data
    first = await _lookup(hass, "+4930111111")
    assert (first["verdict"], first["tags"], first["score"], first["sources"]) == (
        "nuisance",
        ["scam"],
        10.0,
        ["phoneblock"],
    )
    assert (await _lookup(hass, "+4930333333"))["verdict"] == "unknown"  # 2 votes < 4
    synced_at = provider.synced_at
    assert provider.version == 42
    assert timedelta(hours=24) <= provider.next_sync - synced_at <= timedelta(hours=26)

    fake.updates[42] = (
        [
            {"phone": "+4930111111", "rating": "A_LEGITIMATE", "votes": 0},
            {"phone": "+4930444444", "rating": "E_ADVERTISING", "votes": 20},
        ],
        43,
    )
    # Not before the day is up.
    freezer.move_to(synced_at + timedelta(hours=23))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    assert fake.requests == []
    freezer.move_to(provider.next_sync + timedelta(seconds=1))
    async_fire_time_changed(hass)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert fake.requests == [("GET", "/api/blocklist", {"format": "json", "since": "42"})]
    assert provider.version == 43
    assert (await _lookup(hass, "+4930111111"))["verdict"] == "unknown"
    assert (await _lookup(hass, "+4930444444"))["tags"] == ["telemarketing"]
    assert provider.synced_numbers == 3

    # A month after the last full download the next one is full again.
    provider.full_at = dt_util.utcnow() - timedelta(days=31)
    fake.requests.clear()
    await provider.async_sync()
    assert fake.requests == [("GET", "/api/blocklist", {"format": "json"})]
    assert provider.version == 42


async def test_sync_times_are_random(
    hass: HomeAssistant, entry: MockConfigEntry, fake: FakePhoneBlock
) -> None:
    """Each household syncs at its own moment: 24-26 h after the last, never the same."""
    provider = entry.runtime_data
    fake.updates[42] = ([], 42)
    gaps = set()
    for seed in range(5):
        with patch.object(glue, "rng", random.Random(seed)):
            provider.full_at = dt_util.utcnow()
            provider.version = 42
            await provider.async_sync()
        gap = provider.next_sync - provider.synced_at
        assert timedelta(hours=24) <= gap <= timedelta(hours=26)
        gaps.add(gap)
    assert len(gaps) == 5


async def test_a_restart_downloads_nothing(
    hass: HomeAssistant, entry: MockConfigEntry, fake: FakePhoneBlock
) -> None:
    """The stored list and version come back; an overdue sync waits a random few minutes."""
    next_sync = entry.runtime_data.next_sync
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert [path for _m, path, _q in fake.requests] == ["/api/test-connect"]
    provider = entry.runtime_data
    assert (provider.version, provider.synced_numbers) == (42, 3)
    assert provider.next_sync == next_sync
    assert (await _lookup(hass, "+4930222222"))["verdict"] == "nuisance"

    provider.next_sync = dt_util.utcnow() - timedelta(hours=1)
    provider.start()
    wait = provider.next_sync - dt_util.utcnow()
    assert timedelta(minutes=1) - timedelta(seconds=5) <= wait <= timedelta(minutes=15)


async def test_failed_sync_retries_later_and_honours_retry_after(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    fake: FakePhoneBlock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A 500 retries in about an hour; a 429 not before its Retry-After; one log line."""
    provider = entry.runtime_data
    fake.status["/api/blocklist"] = 500
    await provider.async_sync()
    wait = provider.next_sync - dt_util.utcnow()
    assert timedelta(minutes=59) <= wait <= timedelta(minutes=91)
    assert provider.sync_error == "http_error"
    fake.status["/api/blocklist"] = 429
    fake.retry_after = str(6 * 3600)
    await provider.async_sync()
    assert provider.next_sync - dt_util.utcnow() >= timedelta(hours=6) - timedelta(seconds=5)
    assert provider.sync_error == "rate_limited"
    assert provider.client.paused
    assert sum("cannot download the blocklist" in r.getMessage() for r in caplog.records) == 1
    assert TOKEN not in caplog.text
    assert provider.version == 42  # the last good list still applies
    assert (await _lookup(hass, "+4930111111"))["verdict"] == "nuisance"


# ------------------------------------------------------------------- look-ups


async def test_unknown_caller_is_looked_up_by_hash_within_budget(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    fake: FakePhoneBlock,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """A flagging answer upgrades the ringing call; listed callers and the budget ask nothing."""
    fake.checks[_sha1("+49301234567")] = {"votes": 20, "rating": "G_FRAUD"}
    await simulator.ring("0301234567")
    await call_events.wait_for(2)
    await hass.async_block_till_done()
    first, upgrade = call_events.events
    assert (first["verdict"], upgrade["event_type"]) == ("unknown", "nuisance_call")
    assert (upgrade["tags"], upgrade["score"], upgrade["sources"]) == (["scam"], 20, ["phoneblock"])
    assert fake.requests == [
        ("GET", "/api/check", {"sha1": _sha1("+49301234567"), "format": "json"})
    ]
    fake.requests.clear()
    numbers = ["030111111", "0301000001", "0301000002", "0301000003", "0301234567"]
    for count, number in enumerate(numbers, start=3):
        await simulator.ring(number)
        await call_events.wait_for(count + (1 if number in ("030111111", "0301234567") else 0))
        await asyncio.sleep(0.05)
    await hass.async_block_till_done()
    # The listed caller and the cached one are not asked; the budget (3 a day) held.
    assert [query["sha1"] for _m, _p, query in fake.requests] == [
        _sha1("+49301000001"),
        _sha1("+49301000002"),
    ]


async def test_a_refused_token_during_a_call_asks_for_a_new_one(
    hass: HomeAssistant, entry: MockConfigEntry, fake: FakePhoneBlock
) -> None:
    """The look-up answers nothing and re-authentication starts."""
    fake.status["/api/check"] = 401
    assert await hass.data[HOUSEHOLD].async_look_up("+4930999999") is None
    await hass.async_block_till_done()
    [flow] = hass.config_entries.flow.async_progress_by_handler(DOMAIN)
    assert flow["context"]["source"] == "reauth"


# ------------------------------------------------------------------- reporting


async def _flag(hass: HomeAssistant, number: str, tag: str | None = None) -> None:
    data = {"number": number} | ({"tag": tag} if tag else {})
    await hass.services.async_call(DOMAIN, "flag_number", data, blocking=True)
    await hass.async_block_till_done()


async def test_reports_only_when_on_never_contacts_never_twice(
    hass: HomeAssistant, fake: FakePhoneBlock
) -> None:
    """Off: nothing. On: flags with their tag's rating, allows as legitimate, once each."""
    entry = await _add(hass)
    await _flag(hass, "+4930555001", "scam")
    assert fake.rates == []
    result = await hass.config_entries.options.async_init(entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], dict(entry.options) | {"report": True}
    )
    await hass.async_block_till_done()
    household = hass.data[HOUSEHOLD]
    household.set_list(
        "phonebook_test",
        MatchIndex([ListRecord("+4930555999", allow=True, label="Mum", source="phonebook:Box")]),
    )
    await _flag(hass, "+4930555002", "telemarketing")
    await _flag(hass, "+4930555002", "scam")
    await hass.services.async_call(DOMAIN, "allow_number", {"number": "+4930555003"}, blocking=True)
    await _flag(hass, "+4930555999")  # a contact
    await hass.async_block_till_done()
    assert fake.rates == [
        {"phone": "+4930555002", "rating": "E_ADVERTISING"},
        {"phone": "+4930555003", "rating": "A_LEGITIMATE"},
    ]
    # What was reported is remembered across a restart.
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    await _flag(hass, "+4930555003", "scam")
    assert len(fake.rates) == 2
    assert entry.runtime_data.reported == {
        "+4930555002": "E_ADVERTISING",
        "+4930555003": "A_LEGITIMATE",
    }


async def test_flags_and_allows_from_the_card_are_reported(
    hass: HomeAssistant, fake: FakePhoneBlock, hass_ws_client: Any
) -> None:
    """The card's flag and allow (websocket) reach PhoneBlock as the actions' do."""
    await _add(hass, report=True)
    client = await hass_ws_client(hass)
    for message in (
        {"type": "nuisance_calls/flag", "number": "+4930555077", "tag": "scam"},
        {"type": "nuisance_calls/allow", "number": "+4930555078"},
    ):
        await client.send_json_auto_id(message)
        assert (await client.receive_json())["success"]
    await hass.async_block_till_done()
    assert fake.rates == [
        {"phone": "+4930555077", "rating": "G_FRAUD"},
        {"phone": "+4930555078", "rating": "A_LEGITIMATE"},
    ]


async def test_a_failed_report_is_shown_and_sent_later(
    hass: HomeAssistant, fake: FakePhoneBlock, caplog: pytest.LogCaptureFixture
) -> None:
    """A repair issue and one log line; the next report sends both; the issue goes."""
    entry = await _add(hass, report=True)
    fake.status["/api/rate"] = 503
    await _flag(hass, "+4930666001")
    issues = ir.async_get(hass)
    issue_id = f"phoneblock_report_failed_{entry.entry_id}"
    issue = issues.async_get_issue(DOMAIN, issue_id)
    assert issue is not None
    assert issue.translation_placeholders == {"count": "1", "reason": "http_error"}
    assert "a report failed (http_error: HTTP 503)" in caplog.text
    assert entry.runtime_data.pending == {"+4930666001": "B_MISSED"}
    diagnostics = await async_get_config_entry_diagnostics(hass, entry)
    assert diagnostics["phoneblock"]["reports"] == {
        "sent": 0,
        "waiting": 1,
        "last_error": "http_error",
    }
    assert TOKEN not in json.dumps(diagnostics)
    assert diagnostics["entry"]["data"]["token"] == "**REDACTED**"

    del fake.status["/api/rate"]
    await _flag(hass, "+4930666002", "survey")
    assert fake.rates == [
        {"phone": "+4930666001", "rating": "B_MISSED"},
        {"phone": "+4930666002", "rating": "D_POLL"},
    ]
    assert issues.async_get_issue(DOMAIN, issue_id) is None
    assert entry.runtime_data.pending == {}
    with patch.object(glue, "MAX_PENDING_REPORTS", 0):
        await _flag(hass, "+4930666009")
    assert "reports are waiting already" in caplog.text
    assert "+4930666009" not in entry.runtime_data.pending

    fake.status["/api/rate"] = 401
    await _flag(hass, "+4930666003")
    [flow] = hass.config_entries.flow.async_progress_by_handler(DOMAIN)
    assert flow["context"]["source"] == "reauth"

    await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    assert issues.async_get_issue(DOMAIN, issue_id) is None


async def test_one_request_per_number_while_it_rings_on_several_lines(
    fake: FakePhoneBlock,
) -> None:
    """Two look-ups of one number ask once; a waiter past its deadline gets nothing."""
    fake.checks[_sha1("+4930777777")] = {"votes": 4, "rating": "C_PING"}
    fake.delay = 0.3
    base = fake.base  # type: ignore[attr-defined]
    async with PhoneBlockClient(None, TOKEN, base_url=base) as client:
        first = asyncio.create_task(client.lookup("+4930777777"))
        await asyncio.sleep(0.05)
        hasty = await client.lookup("+4930777777", deadline=0.05)
        second = await client.lookup("+4930777777")
        assert hasty is None
        assert second == await first == NumberInfo(4, Rating.C_PING)
        assert client.requests == 1
        assert client.cached("+4930777777") == (True, NumberInfo(4, Rating.C_PING))


async def test_odd_answers_of_the_service(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    fake: FakePhoneBlock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A blocklist that is no JSON keeps the last list; unreadable entries are logged."""
    provider = entry.runtime_data
    fake.body = b"<html>maintenance</html>"
    provider.full_at = None
    await provider.async_sync()
    assert provider.sync_error == "bad_answer"
    assert provider.synced_numbers == 3
    fake.body = json.dumps(
        {
            "numbers": [{"phone": "+4930123", "rating": "G_FRAUD", "votes": 4}, {"x": 1}],
            "version": 9,
        }
    ).encode()
    await provider.async_sync()
    assert (provider.version, provider.synced_numbers, provider.sync_error) == (9, 1, None)
    assert "1 entries of the blocklist were unreadable" in caplog.text


async def test_timeouts_at_setup_and_when_reporting(
    hass: HomeAssistant, fake: FakePhoneBlock
) -> None:
    """PhoneBlock too slow at start: retried later; a report too slow: kept and shown."""
    with patch.object(PhoneBlockClient, "verify", side_effect=TimeoutError):
        entry = MockConfigEntry(
            domain=DOMAIN, data={"source": "phoneblock", "token": TOKEN}, minor_version=2
        )
        entry.add_to_hass(hass)
        await hass.config_entries.async_setup(entry.entry_id)
        assert entry.state is ConfigEntryState.SETUP_RETRY
        await hass.config_entries.async_remove(entry.entry_id)
    entry = await _add(hass, report=True)
    await hass.async_block_till_done(wait_background_tasks=True)
    with patch.object(PhoneBlockClient, "rate", side_effect=TimeoutError):
        await _flag(hass, "+4930888001")
    assert entry.runtime_data.report_error == "timeout"
    assert entry.runtime_data.pending == {"+4930888001": "B_MISSED"}
    # Sent when the entry starts again.
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert fake.rates == [{"phone": "+4930888001", "rating": "B_MISSED"}]
    assert entry.runtime_data.reported == {"+4930888001": "B_MISSED"}


async def test_a_token_that_is_not_authenticated_is_refused(fake: FakePhoneBlock) -> None:
    """test-connect answering 200 with authenticated false is a refused token too."""

    async def anonymous(request: web.Request) -> web.Response:
        return web.json_response({"status": "ok", "authenticated": False})

    app = web.Application()
    app.router.add_get("/api/test-connect", anonymous)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        base = str(server.make_url("")).rstrip("/")
        async with PhoneBlockClient(None, TOKEN, base_url=base) as client:
            with pytest.raises(ReputationAuthError):
                await client.verify()
    finally:
        await server.close()


async def test_a_damaged_store_keeps_what_it_can(
    hass: HomeAssistant, fake: FakePhoneBlock, hass_storage: dict[str, Any]
) -> None:
    """Broken entries of the kept list and reports are left out; the rest applies."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        entry_id="pb1",
        data={"source": "phoneblock", "token": TOKEN},
        options={"threshold": 4},
        minor_version=2,
    )
    future = (dt_util.utcnow() + timedelta(hours=5)).isoformat()
    hass_storage["nuisance_calls.phoneblock.pb1"] = {
        "version": 1,
        "key": "nuisance_calls.phoneblock.pb1",
        "data": {
            "version": 42,
            "full_at": dt_util.utcnow().isoformat(),
            "synced_at": dt_util.utcnow().isoformat(),
            "next_sync": future,
            "numbers": {
                "+4930111111": ["G_FRAUD", 10],
                "+4930222222": ["NO_SUCH_RATING", 10],
                "+4930333333": "broken",
                "+4930444444": ["E_ADVERTISING", "many"],
            },
        },
    }
    hass_storage["nuisance_calls.phoneblock_reports.pb1"] = {
        "version": 1,
        "key": "nuisance_calls.phoneblock_reports.pb1",
        "data": ["not", "a", "mapping"],
    }
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    provider = entry.runtime_data
    assert (provider.version, provider.synced_numbers, provider.reported) == (42, 1, {})
    assert "/api/blocklist" not in [path for _m, path, _q in fake.requests]
    assert (await _lookup(hass, "+4930111111"))["verdict"] == "nuisance"
