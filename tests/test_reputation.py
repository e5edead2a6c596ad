"""tellows reputation: parsing, cache, budget, and live upgrades of ringing calls."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from unittest.mock import patch

from aiohttp import web
from aiohttp.test_utils import TestServer
from homeassistant.config_entries import SOURCE_USER, ConfigEntryState
from homeassistant.const import STATE_ON
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.nuisance_calls.const import DOMAIN
from custom_components.nuisance_calls.lib.reputation import (
    DailyBudget,
    Reputation,
    ReputationCache,
    parse_tellows,
)
from simulator import FritzBoxSimulator

from .conftest import CallEvents


def tellows_xml(score: int, caller_type: str = "Telemarketer", name: str = "ACME GmbH") -> bytes:
    """An answer in the shape tellows documents for its Basic API (xml=1)."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tellows>'
        f"<number>00491234</number><normalizedNumber>+491234</normalizedNumber>"
        f"<score>{score}</score><searches>321</searches><comments>12</comments>"
        "<scorePath>https://www.tellows.de/images/score/score7.png</scorePath>"
        "<scoreColor>#F00</scoreColor><location>Berlin</location><country>DE</country>"
        "<callerTypes><caller><name>Umfrage</name><count>2</count></caller>"
        f"<caller><name>{caller_type}</name><count>9</count></caller></callerTypes>"
        f"<callerNames><caller>{name}</caller></callerNames></tellows>"
    ).encode()


def test_parse_documented_answer() -> None:
    """Score, counts, the most reported caller type and name."""
    reputation = parse_tellows(tellows_xml(8))
    assert reputation == Reputation(8, 12, 321, "Telemarketer", "ACME GmbH")
    assert reputation.tags == ("telemarketing",)
    assert parse_tellows(tellows_xml(9, "Betrug")).tags == ("scam",)
    assert parse_tellows(tellows_xml(5, "Seriöses Unternehmen")).tags == ()


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<html>oops</html>",
        b"<tellows><score>0</score></tellows>",
        b"<tellows>",
        b"x" * 70_000,
    ],
)
def test_parse_rejects_non_answers(body: bytes) -> None:
    """Anything without a 1-9 score is not an answer."""
    with pytest.raises(ValueError):
        parse_tellows(body)


def test_cache_ttl_lru_and_failures() -> None:
    """Answers expire, failures expire sooner, the oldest go first."""
    cache = ReputationCache(ttl=100, size=2, failure_ttl=10)
    cache.put("+1", Reputation(7), now=0)
    cache.put("+2", None, now=0)
    assert cache.get("+1", now=50) == (True, Reputation(7))
    assert cache.get("+2", now=5) == (True, None)
    assert cache.get("+2", now=11) == (False, None)
    cache.put("+3", Reputation(2), now=50)
    cache.put("+4", Reputation(2), now=50)
    assert cache.get("+1", now=51) == (False, None)  # evicted (size 2)
    assert cache.get("+3", now=149) == (True, Reputation(2))
    assert cache.get("+3", now=150) == (False, None)


def test_daily_budget() -> None:
    """N requests a day, counted afresh every day."""
    budget = DailyBudget(2)
    today, tomorrow = date(2026, 11, 24), date(2026, 11, 25)
    assert [budget.take(today) for _ in range(3)] == [True, True, False]
    assert budget.take(tomorrow)


@dataclass
class FakeTellows:
    """Answers like tellows; tests set score, delay and status."""

    score: int = 8
    delay: float = 0.0
    status: int = 200
    body: bytes | None = None
    split: bool = False  # send the answer in two pieces, 50 ms apart
    requests: list[dict[str, Any]] = field(default_factory=list)

    async def handle(self, request: web.Request) -> web.Response:
        self.requests.append({"path": request.path, **request.query})
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.status != 200:
            return web.Response(status=self.status)
        body = self.body or tellows_xml(self.score)
        if not self.split:
            return web.Response(body=body, content_type="text/xml")
        response = web.StreamResponse(headers={"Content-Type": "text/xml"})
        await response.prepare(request)
        await response.write(body[:40])
        await asyncio.sleep(0.05)
        await response.write(body[40:])
        await response.write_eof()
        return response


@pytest.fixture
async def tellows(socket_enabled: None) -> AsyncGenerator[FakeTellows]:
    """A fake tellows on 127.0.0.1, used instead of the real one."""
    fake = FakeTellows()
    app = web.Application()
    app.router.add_get("/basic/num/{number}", fake.handle)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    base = str(server.make_url("")).rstrip("/")
    with patch("custom_components.nuisance_calls.tellows.TELLOWS_URL", base):
        yield fake
    await server.close()


@pytest.fixture
async def tellows_entry(hass: HomeAssistant, tellows: FakeTellows) -> MockConfigEntry:
    """tellows set up through its config flow."""
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "tellows"}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {"api_key": "k3y", "partner": "p4rt", "threshold": 7, "cache_hours": 24, "daily_budget": 3},
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    # The key was checked before it was stored, and again when the entry was set up.
    assert [request["apikey"] for request in tellows.requests] == ["k3y", "k3y"]
    tellows.requests.clear()
    return result["result"]


async def test_flagging_score_upgrades_ringing_call(
    hass: HomeAssistant,
    tellows_entry: MockConfigEntry,
    tellows: FakeTellows,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """incoming_call fires at once as unknown; the score then makes it a nuisance call."""
    await simulator.ring("0301234567")
    await call_events.wait_for(2)
    await hass.async_block_till_done()
    first, upgrade = call_events.events
    assert (first["event_type"], first["verdict"]) == ("incoming_call", "unknown")
    assert (upgrade["event_type"], upgrade["verdict"]) == ("nuisance_call", "nuisance")
    assert upgrade["score"] == 8
    assert upgrade["tags"] == ["telemarketing"]
    assert upgrade["label"] == "ACME GmbH"
    assert upgrade["sources"] == ["tellows"]
    assert hass.states.get("binary_sensor.fritz_box_nuisance_call").state == STATE_ON
    assert hass.states.get("sensor.fritz_box_nuisance_calls_today").state == "1"
    [request] = tellows.requests
    assert request == {
        "path": "/basic/num/00491234567".replace("491234567", "49301234567"),
        "xml": "1",
        "partner": "p4rt",
        "apikey": "k3y",
    }

    # The next call is judged from the cache at once, without asking again.
    await simulator.ring("0301234567")
    await call_events.wait_for(4)
    assert call_events.events[2]["verdict"] == "nuisance"
    assert call_events.types[2:] == ["incoming_call", "nuisance_call"]
    assert len(tellows.requests) == 1


async def test_answer_arriving_in_pieces_is_read_whole(
    hass: HomeAssistant,
    tellows_entry: MockConfigEntry,
    tellows: FakeTellows,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """An answer in two TCP pieces is read whole (a single read() returned the first only)."""
    tellows.split = True
    await simulator.ring("0301234567")
    await call_events.wait_for(2)
    assert call_events.types == ["incoming_call", "nuisance_call"]
    assert call_events.events[1]["score"] == 8


async def test_low_score_is_shown_not_flagged(
    hass: HomeAssistant,
    tellows_entry: MockConfigEntry,
    tellows: FakeTellows,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """A score under the threshold is shown with the verdict unknown."""
    tellows.score = 3
    await simulator.ring("0301234567")
    await call_events.wait_for(1)
    await asyncio.sleep(0.2)
    await hass.async_block_till_done()
    assert call_events.types == ["incoming_call"]
    result = await hass.services.async_call(
        DOMAIN, "lookup_number", {"number": "0301234567"}, blocking=True, return_response=True
    )
    assert (result["verdict"], result["score"]) == ("unknown", 3)


async def test_slow_service_never_delays_the_call(
    hass: HomeAssistant,
    tellows_entry: MockConfigEntry,
    tellows: FakeTellows,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Past the 1 s deadline the call stays as it was; events came at once."""
    tellows.delay = 3
    loop = asyncio.get_running_loop()
    started = loop.time()
    await simulator.ring("0301234567")
    await call_events.wait_for(1)
    assert loop.time() - started < 0.5
    await asyncio.sleep(1.3)
    await hass.async_block_till_done()
    assert call_events.types == ["incoming_call"]
    assert hass.states.get("binary_sensor.fritz_box_nuisance_call").state == "off"


@pytest.mark.parametrize("failure", [{"status": 500}, {"body": b"<html>maintenance</html>"}])
async def test_service_errors_never_fail_calls(
    hass: HomeAssistant,
    tellows_entry: MockConfigEntry,
    tellows: FakeTellows,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
    failure: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Errors: the call goes on as unknown, a failure is not asked again at once,
    and the API key never reaches the log."""
    for key, value in failure.items():
        setattr(tellows, key, value)
    call_id = await simulator.ring("0301234567")
    await simulator.hang_up(call_id)
    await call_events.wait_for(3)
    assert call_events.types == ["incoming_call", "call_missed", "call_ended"]
    await simulator.ring("0301234567")
    await call_events.wait_for(4)
    await asyncio.sleep(0.1)
    assert len(tellows.requests) == 1
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("custom_components")]
    assert any("tellows look-up failed" in message for message in ours)
    assert not any("k3y" in message for message in ours)


async def test_budget_and_known_callers_limit_requests(
    hass: HomeAssistant,
    tellows_entry: MockConfigEntry,
    tellows: FakeTellows,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Allowed and withheld callers are never looked up; the budget (3/day) holds."""
    tellows.score = 2
    await hass.services.async_call(DOMAIN, "allow_number", {"number": "0309999999"}, blocking=True)
    numbers = ["0309999999", "", "0301000001", "0301000002", "0301000003", "0301000004"]
    for count, number in enumerate(numbers, start=1):
        await simulator.ring(number)
        await call_events.wait_for(count)
        await asyncio.sleep(0.05)
    await hass.async_block_till_done()
    asked = [request["path"] for request in tellows.requests]
    assert asked == [
        "/basic/num/0049301000001",
        "/basic/num/0049301000002",
        "/basic/num/0049301000003",
    ]


async def test_only_one_tellows_entry(hass: HomeAssistant, tellows_entry: MockConfigEntry) -> None:
    """A second tellows entry aborts."""
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "tellows"}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"


async def _tellows_form(hass: HomeAssistant) -> str:
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "tellows"}
    )
    assert result["step_id"] == "tellows"
    return str(result["flow_id"])


async def test_the_key_is_checked_before_it_is_stored(
    hass: HomeAssistant, tellows: FakeTellows
) -> None:
    """A refused key, tellows down or too slow: a clear error each; a good key is kept."""
    flow_id = await _tellows_form(hass)
    form = {
        "api_key": "k3y",
        "partner": "p4rt",
        "threshold": 7,
        "cache_hours": 24,
        "daily_budget": 100,
    }
    for setup, error in (
        ({"status": 401}, "invalid_api_key"),
        ({"status": 403}, "invalid_api_key"),
        ({"status": 500}, "tellows_unreachable"),
        ({"status": 200, "body": b"<html>maintenance</html>"}, "tellows_unreachable"),
    ):
        for key, value in setup.items():
            setattr(tellows, key, value)
        result = await hass.config_entries.flow.async_configure(flow_id, form)
        assert result["errors"] == {"base": error}, setup
    tellows.body = None
    with patch(
        "custom_components.nuisance_calls.lib.tellows.TellowsClient.verify",
        side_effect=TimeoutError,
    ):
        result = await hass.config_entries.flow.async_configure(flow_id, form)
    assert result["errors"] == {"base": "tellows_unreachable"}
    result = await hass.config_entries.flow.async_configure(flow_id, form)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"] == {"source": "tellows", "api_key": "k3y", "partner": "p4rt"}
    assert result["options"] == {"threshold": 7, "cache_hours": 24, "daily_budget": 100}
    assert result["result"].unique_id is None


async def test_reconfigure_tellows_and_its_options(
    hass: HomeAssistant, tellows_entry: MockConfigEntry, tellows: FakeTellows
) -> None:
    """Another key is checked and kept; the options have their own titled form."""
    reconfigure = {"source": "reconfigure", "entry_id": tellows_entry.entry_id}
    result = await hass.config_entries.flow.async_init(DOMAIN, context=reconfigure)
    assert result["step_id"] == "reconfigure_tellows"
    tellows.status = 401
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"api_key": "bad", "partner": "p4rt"}
    )
    assert result["errors"] == {"base": "invalid_api_key"}
    tellows.status = 200
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"api_key": "n3w", "partner": "p4rt"}
    )
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    assert tellows_entry.data["api_key"] == "n3w"
    assert tellows_entry.runtime_data.client is not None

    result = await hass.config_entries.options.async_init(tellows_entry.entry_id)
    assert result["step_id"] == "tellows_options"
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"threshold": 5, "cache_hours": 1, "daily_budget": 10}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert tellows_entry.runtime_data.threshold == 5
    assert tellows_entry.runtime_data.client.budget.limit == 10


async def test_a_refused_key_asks_for_a_new_one(
    hass: HomeAssistant,
    tellows_entry: MockConfigEntry,
    tellows: FakeTellows,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """tellows refusing the key during a call: the call goes on, a reauth flow fixes it."""
    tellows.status = 401
    await simulator.ring("0301234567")
    await call_events.wait_for(1)
    async with asyncio.timeout(5):
        while not (flows := hass.config_entries.flow.async_progress_by_handler(DOMAIN)):
            await asyncio.sleep(0.01)
    assert call_events.events[0]["verdict"] == "unknown"
    [flow] = flows
    assert flow["context"]["source"] == "reauth"
    result = await hass.config_entries.flow.async_configure(
        flow["flow_id"], {"api_key": "still-bad", "partner": "p4rt"}
    )
    assert result["step_id"] == "reauth_tellows"
    assert result["errors"] == {"base": "invalid_api_key"}
    tellows.status = 200
    result = await hass.config_entries.flow.async_configure(
        flow["flow_id"], {"api_key": "g00d", "partner": "p4rt"}
    )
    assert result["reason"] == "reauth_successful"
    assert tellows_entry.data["api_key"] == "g00d"


async def test_tellows_diagnostics(hass: HomeAssistant, tellows_entry: MockConfigEntry) -> None:
    """The tellows entry has diagnostics of its own, without its key or partner id."""
    from custom_components.nuisance_calls.diagnostics import (
        async_get_config_entry_diagnostics,
    )

    diagnostics = await async_get_config_entry_diagnostics(hass, tellows_entry)
    assert "k3y" not in str(diagnostics)
    assert "p4rt" not in str(diagnostics)
    assert diagnostics["tellows"]["threshold"] == 7
    assert diagnostics["tellows"]["budget"] == {"limit": 3, "used_today": 0}
    assert diagnostics["household"]["reputation_provider"] is True


@pytest.mark.parametrize(
    ("status", "state", "reauth"),
    [
        (500, ConfigEntryState.SETUP_RETRY, False),
        (401, ConfigEntryState.SETUP_ERROR, True),
    ],
)
async def test_the_key_is_checked_at_setup(
    hass: HomeAssistant,
    tellows: FakeTellows,
    status: int,
    state: ConfigEntryState,
    reauth: bool,
) -> None:
    """tellows out of reach is retried; a refused key asks for a new one."""
    assert await async_setup_component(hass, DOMAIN, {})
    tellows.status = status
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="tellows",
        version=1,
        minor_version=2,
        data={"source": "tellows", "api_key": "k3y", "partner": "p4rt"},
    )
    entry.add_to_hass(hass)
    await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is state
    assert hass.data[DOMAIN].reputation is None
    flows = hass.config_entries.flow.async_progress_by_handler(DOMAIN)
    assert [flow["context"]["source"] for flow in flows] == (["reauth"] if reauth else [])
