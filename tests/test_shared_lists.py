"""Shared list subscriptions against a fake list server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestServer
from homeassistant.config_entries import SOURCE_USER, ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.nuisance_calls.const import DOMAIN

# These tests read diagnostic entities, which are disabled by default.
pytestmark = pytest.mark.usefixtures("diagnostics_enabled")

LIST_TEXT = "# spam\n030 1234567\n+49 900*\n0301112223\nnot a number\n"


@dataclass
class FakeListServer:
    """Serves one document; tests change what it answers."""

    body: bytes = LIST_TEXT.encode()
    status: int = 200
    etag: str = '"v1"'
    requests: list[dict[str, str]] = field(default_factory=list)
    url: str = ""
    token: str | None = None
    """When set, requests without ``Authorization: <token>`` get 401."""

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(dict(request.headers))
        if self.token is not None and request.headers.get("Authorization") != self.token:
            return web.Response(status=401, text="token")
        if self.status != 200:
            return web.Response(status=self.status, text="nope")
        if request.headers.get("If-None-Match") == self.etag:
            return web.Response(status=304)
        return web.Response(body=self.body, headers={"ETag": self.etag})


@pytest.fixture(autouse=True)
def config_dir(hass: HomeAssistant, tmp_path: Path) -> Path:
    """Stored copies of lists go to a temporary config dir."""
    hass.config.config_dir = str(tmp_path)
    return tmp_path


@pytest.fixture
async def list_server(socket_enabled: None) -> AsyncGenerator[FakeListServer]:
    """The fake list server."""
    fake = FakeListServer()
    app = web.Application()
    app.router.add_get("/list.txt", fake.handle)
    app.router.add_get("/other.txt", fake.handle)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    fake.url = str(server.make_url("/list.txt"))
    yield fake
    await server.close()


async def _subscribe(hass: HomeAssistant, url: str, **fields: Any) -> dict[str, Any]:
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "shared_list"}
    )
    assert result["step_id"] == "shared_list"
    data = {"name": "Community", "url": url, "mode": "flag", "refresh_hours": 6, "max_size_mb": 50}
    data.update(fields)
    result = await hass.config_entries.flow.async_configure(result["flow_id"], data)
    await hass.async_block_till_done()
    return result


async def _lookup(hass: HomeAssistant, number: str) -> dict[str, Any]:
    return await hass.services.async_call(  # type: ignore[return-value]
        DOMAIN, "lookup_number", {"number": number}, blocking=True, return_response=True
    )


def _entry(hass: HomeAssistant) -> Any:
    [entry] = [
        e for e in hass.config_entries.async_entries(DOMAIN) if e.data["source"] == "shared_list"
    ]
    return entry


async def test_subscribe_tags_callers_and_shows_sensors(
    hass: HomeAssistant, list_server: FakeListServer
) -> None:
    """Subscribing loads the list: numbers and ranges flag callers, sensors count."""
    hass.config.country = "DE"
    result = await _subscribe(hass, list_server.url)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Community"
    entry = _entry(hass)
    assert entry.state is ConfigEntryState.LOADED
    flagged = await _lookup(hass, "030 1234567")
    assert flagged["verdict"] == "nuisance"
    assert flagged["sources"] == ["list:Community"]
    premium = await _lookup(hass, "0900 5555555")
    assert premium["verdict"] == "nuisance"
    assert (await _lookup(hass, "030 7654321"))["verdict"] == "unknown"

    entries = hass.states.get("sensor.community_entries")
    assert entries.state == "3"
    assert entries.attributes["skipped_lines"] == 1
    assert entries.attributes["ranges"] == 1
    assert hass.states.get("sensor.community_last_error").state == "ok"
    assert hass.states.get("sensor.community_last_refresh").state not in ("unknown", "")


async def test_etag_not_modified_keeps_the_list(
    hass: HomeAssistant, list_server: FakeListServer
) -> None:
    """A refresh sends If-None-Match; 304 keeps the entries."""
    await _subscribe(hass, list_server.url)
    await hass.services.async_call(DOMAIN, "refresh_lists", blocking=True)
    assert list_server.requests[-1].get("If-None-Match") == '"v1"'
    assert hass.states.get("sensor.community_entries").state == "3"
    assert (await _lookup(hass, "030 1234567"))["verdict"] == "nuisance"

    list_server.body, list_server.etag = b"0309999999\n", '"v2"'
    await hass.services.async_call(DOMAIN, "refresh_lists", blocking=True)
    await hass.async_block_till_done()
    assert hass.states.get("sensor.community_entries").state == "1"
    assert (await _lookup(hass, "030 1234567"))["verdict"] == "unknown"
    assert (await _lookup(hass, "030 9999999"))["verdict"] == "nuisance"


@pytest.mark.parametrize(
    ("break_it", "problem"),
    [
        ({"status": 500}, "http_error"),
        ({"status": 401}, "auth"),
        ({"body": b"{broken json", "etag": '"v3"'}, "malformed"),
        ({"body": b"x" * (2 << 20), "etag": '"v4"'}, "too_large"),
    ],
)
async def test_failure_keeps_last_good_copy_and_raises_repair(
    hass: HomeAssistant,
    list_server: FakeListServer,
    issue_registry: ir.IssueRegistry,
    break_it: dict[str, Any],
    problem: str,
) -> None:
    """Broken refresh: last good copy stays, repair names list and reason, then clears."""
    await _subscribe(hass, list_server.url, max_size_mb=1)
    good = (list_server.body, list_server.etag)
    for key, value in break_it.items():
        setattr(list_server, key, value)
    with pytest.raises(HomeAssistantError, match="Community"):
        await hass.services.async_call(DOMAIN, "refresh_lists", blocking=True)
    await hass.async_block_till_done()
    entry = _entry(hass)
    issue = issue_registry.async_get_issue(DOMAIN, f"list_failed_{entry.entry_id}")
    assert issue is not None
    assert issue.translation_key == f"list_{problem}"
    assert issue.translation_placeholders["name"] == "Community"
    assert issue.translation_placeholders["entries"] == "3"
    assert (await _lookup(hass, "030 1234567"))["verdict"] == "nuisance"
    assert hass.states.get("sensor.community_last_error").state == problem
    assert hass.states.get("sensor.community_entries").state == "3"

    list_server.status = 200
    list_server.body, list_server.etag = good[0], '"v5"'
    await hass.services.async_call(DOMAIN, "refresh_lists", blocking=True)
    await hass.async_block_till_done()
    assert issue_registry.async_get_issue(DOMAIN, f"list_failed_{entry.entry_id}") is None
    assert hass.states.get("sensor.community_last_error").state == "ok"


async def test_last_good_copy_survives_restart_without_network(
    hass: HomeAssistant, list_server: FakeListServer
) -> None:
    """After a reload with the server down, the stored copy still applies."""
    await _subscribe(hass, list_server.url)
    entry = _entry(hass)
    cached = Path(hass.config.path(".storage", DOMAIN, f"list_{entry.entry_id}"))
    assert await hass.async_add_executor_job(cached.read_bytes) == LIST_TEXT.encode()
    assert await hass.config_entries.async_unload(entry.entry_id)
    assert (await _lookup(hass, "030 1234567"))["verdict"] == "unknown"
    list_server.status = 503
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert (await _lookup(hass, "030 1234567"))["verdict"] == "nuisance"
    with pytest.raises(HomeAssistantError):
        await hass.services.async_call(DOMAIN, "refresh_lists", blocking=True)
    assert hass.states.get("sensor.community_last_error").state == "http_error"
    assert (await _lookup(hass, "030 1234567"))["verdict"] == "nuisance"
    # Deleting the subscription deletes its stored copy.
    assert await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    assert not await hass.async_add_executor_job(cached.exists)


async def test_allow_list_beats_personal_flag(
    hass: HomeAssistant, list_server: FakeListServer
) -> None:
    """An allow list wins over a flag (allow beats flag)."""
    assert await async_setup_component(hass, DOMAIN, {})
    await hass.services.async_call(DOMAIN, "flag_number", {"number": "030 1234567"}, blocking=True)
    await _subscribe(hass, list_server.url, mode="allow", name="Family")
    result = await _lookup(hass, "030 1234567")
    assert result["verdict"] == "allowed"
    assert result["sources"] == ["list:Family"]


async def test_token_header_is_sent(hass: HomeAssistant, list_server: FakeListServer) -> None:
    """The optional header (e.g. a bearer token) goes with every request."""
    await _subscribe(
        hass, list_server.url, header_name="Authorization", header_value="Bearer secret"
    )
    assert all(r.get("Authorization") == "Bearer secret" for r in list_server.requests)


@pytest.mark.parametrize(
    ("setup", "error"),
    [
        ({"status": 404}, "list_http_error"),
        ({"body": b"hello\nworld\n"}, "list_malformed"),
        ({"body": b"# nothing listed yet\n"}, "list_empty"),
    ],
)
async def test_subscribe_flow_errors(
    hass: HomeAssistant, list_server: FakeListServer, setup: dict[str, Any], error: str
) -> None:
    """A list that does not work is refused in the flow with a reason."""
    for key, value in setup.items():
        setattr(list_server, key, value)
    result = await _subscribe(hass, list_server.url)
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": error}
    assert "detail" in result["description_placeholders"]
    assert not hass.config_entries.async_entries(DOMAIN)


async def test_subscribe_flow_unreachable(hass: HomeAssistant, socket_enabled: None) -> None:
    """Nothing listening: unreachable."""
    result = await _subscribe(hass, "http://127.0.0.1:9/list.txt")
    assert result["errors"] == {"base": "list_unreachable"}


async def test_duplicate_subscription_aborts(
    hass: HomeAssistant, list_server: FakeListServer
) -> None:
    """The same URL twice aborts."""
    await _subscribe(hass, list_server.url)
    result = await _subscribe(hass, list_server.url)
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"


async def test_list_diagnostics_redact_url_and_token(
    hass: HomeAssistant, list_server: FakeListServer
) -> None:
    """Diagnostics of a list entry hide URL and token."""
    from custom_components.nuisance_calls.diagnostics import (
        async_get_config_entry_diagnostics,
    )

    await _subscribe(hass, list_server.url, header_name="X-Token", header_value="s3cret")
    diagnostics = await async_get_config_entry_diagnostics(hass, _entry(hass))
    text = str(diagnostics)
    assert "s3cret" not in text
    assert list_server.url not in text
    assert diagnostics["list"]["entries"] == 3


async def test_existing_line_entry_type_is_unaffected(
    hass: HomeAssistant, loaded_entry: MockConfigEntry, list_server: FakeListServer
) -> None:
    """A line and a list side by side: lookups on the line use the list."""
    await _subscribe(hass, list_server.url)
    household = loaded_entry.runtime_data.calls.household
    assert household.judge_by_lists("+49301234567").verdict.value == "nuisance"


async def test_big_lists_are_parsed_in_a_worker_process(
    hass: HomeAssistant, list_server: FakeListServer
) -> None:
    """Above the size threshold the same list is read in a separate process."""
    from unittest.mock import patch

    from custom_components.nuisance_calls.lib import isolated

    calls: list[int] = []
    real = isolated.parse_and_build_isolated

    def spy(body: bytes, *args: Any) -> Any:
        calls.append(len(body))
        return real(body, *args)

    with (
        patch.object(isolated, "ISOLATE_FROM_BYTES", 0),
        patch.object(isolated, "parse_and_build_isolated", spy),
    ):
        await _subscribe(hass, list_server.url)
    # Read once, in the flow; the new subscription starts with that copy.
    assert calls == [len(LIST_TEXT.encode())]
    assert (await _lookup(hass, "030 1234567"))["verdict"] == "nuisance"
    assert (await _lookup(hass, "0900 5555555"))["verdict"] == "nuisance"
    entries = hass.states.get("sensor.community_entries")
    assert (entries.state, entries.attributes["skipped_lines"]) == ("3", 1)


async def test_refused_token_asks_for_a_new_one(
    hass: HomeAssistant, list_server: FakeListServer, issue_registry: ir.IssueRegistry
) -> None:
    """A refused token keeps the last good copy, says so, and asks for a new token."""
    list_server.token = "Bearer old"
    await _subscribe(hass, list_server.url, header_name="Authorization", header_value="Bearer old")
    entry = _entry(hass)
    list_server.token = "Bearer new"
    with pytest.raises(HomeAssistantError):
        await hass.services.async_call(DOMAIN, "refresh_lists", blocking=True)
    await hass.async_block_till_done()
    assert hass.states.get("sensor.community_last_error").state == "auth"
    issue = issue_registry.async_get_issue(DOMAIN, f"list_failed_{entry.entry_id}")
    assert issue is not None
    assert issue.translation_key == "list_auth"
    assert (await _lookup(hass, "030 1234567"))["verdict"] == "nuisance"
    [flow] = hass.config_entries.flow.async_progress_by_handler(DOMAIN)
    assert flow["context"]["source"] == "reauth"
    result = await hass.config_entries.flow.async_configure(
        flow["flow_id"], {"header_name": "Authorization", "header_value": "Bearer wrong"}
    )
    assert result["step_id"] == "reauth_list"
    assert result["errors"] == {"base": "list_auth"}
    result = await hass.config_entries.flow.async_configure(
        flow["flow_id"], {"header_name": "Authorization", "header_value": "Bearer new"}
    )
    assert result["reason"] == "reauth_successful"
    await hass.async_block_till_done(wait_background_tasks=True)
    assert entry.data["header_value"] == "Bearer new"
    assert hass.states.get("sensor.community_last_error").state == "ok"
    assert issue_registry.async_get_issue(DOMAIN, f"list_failed_{entry.entry_id}") is None


async def test_reconfigure_a_list(hass: HomeAssistant, list_server: FakeListServer) -> None:
    """Address, mode and token change after the new address was read; the token can stay."""
    list_server.token = "Bearer t"
    await _subscribe(hass, list_server.url, header_name="Authorization", header_value="Bearer t")
    entry = _entry(hass)
    reconfigure = {"source": "reconfigure", "entry_id": entry.entry_id}
    result = await hass.config_entries.flow.async_init(DOMAIN, context=reconfigure)
    assert result["step_id"] == "reconfigure_list"
    assert result["description_placeholders"]["name"] == "Community"
    other = list_server.url.replace("/list.txt", "/other.txt")
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"url": "http://127.0.0.1:9/x", "mode": "allow"}
    )
    assert result["errors"] == {"base": "list_unreachable"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"url": other, "mode": "allow", "header_name": "Authorization"}
    )
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    assert (entry.data["url"], entry.data["mode"]) == (other, "allow")
    assert entry.data["header_value"] == "Bearer t"  # left empty: kept
    assert (await _lookup(hass, "030 1234567"))["verdict"] == "allowed"
    # The address of another subscription is refused.
    await _subscribe(
        hass, list_server.url, name="Second", header_name="Authorization", header_value="Bearer t"
    )
    result = await hass.config_entries.flow.async_init(DOMAIN, context=reconfigure)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"url": list_server.url, "mode": "flag"}
    )
    assert result["reason"] == "already_configured"


@pytest.mark.parametrize(
    ("status", "state", "reauth"),
    [(503, ConfigEntryState.SETUP_RETRY, False), (401, ConfigEntryState.SETUP_ERROR, True)],
)
async def test_a_list_without_any_copy_waits_for_its_first_download(
    hass: HomeAssistant,
    list_server: FakeListServer,
    status: int,
    state: ConfigEntryState,
    reauth: bool,
) -> None:
    """Nothing stored and the download fails: not ready (retried), or a refused token."""
    assert await async_setup_component(hass, DOMAIN, {})
    list_server.status = status
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Community",
        version=1,
        minor_version=2,
        data={
            "source": "shared_list",
            "url": list_server.url,
            "mode": "flag",
            "header_name": "",
            "header_value": "",
        },
        options={"refresh_hours": 6, "max_size_mb": 50},
    )
    entry.add_to_hass(hass)
    await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is state
    flows = hass.config_entries.flow.async_progress_by_handler(DOMAIN)
    assert [flow["context"]["source"] for flow in flows] == (["reauth"] if reauth else [])


async def test_list_options_have_their_own_form(
    hass: HomeAssistant, list_server: FakeListServer
) -> None:
    """Refresh interval and size limit, titled with the list's name; applied on reload."""
    await _subscribe(hass, list_server.url)
    entry = _entry(hass)
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["step_id"] == "list_options"
    assert result["description_placeholders"] == {"name": "Community"}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"refresh_hours": 24, "max_size_mb": 5}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert entry.options == {"refresh_hours": 24, "max_size_mb": 5}
    assert entry.runtime_data.max_bytes == 5 << 20


async def test_a_new_subscription_downloads_its_list_once(
    hass: HomeAssistant, list_server: FakeListServer
) -> None:
    """The copy the flow checked is the one the subscription starts with."""
    await _subscribe(hass, list_server.url)
    assert len(list_server.requests) == 1
    assert hass.states.get("sensor.community_entries").state == "3"
    cached = Path(hass.config.path(".storage", DOMAIN, f"list_{_entry(hass).entry_id}"))
    assert await hass.async_add_executor_job(cached.read_bytes) == LIST_TEXT.encode()
    # Its validators were kept too: the next refresh asks "changed since?".
    await hass.services.async_call(DOMAIN, "refresh_lists", blocking=True)
    assert list_server.requests[-1].get("If-None-Match") == '"v1"'


def _numbers(count: int) -> bytes:
    return "".join(f"030 5{i:06d}\n" for i in range(count)).encode()


async def _fix(hass: HomeAssistant, hass_client: Any, issue_id: str) -> dict[str, Any]:
    """Go through a repair's fix flow the way the repairs dashboard does."""
    assert await async_setup_component(hass, "repairs", {})
    client = await hass_client()
    response = await client.post(
        "/api/repairs/issues/fix", json={"handler": DOMAIN, "issue_id": issue_id}
    )
    assert response.status == 200
    form = await response.json()
    assert (form["type"], form["step_id"]) == ("form", "confirm")
    response = await client.post(f"/api/repairs/issues/fix/{form['flow_id']}", json={})
    assert response.status == 200
    return await response.json()  # type: ignore[no-any-return]


@pytest.mark.parametrize(("left", "shown"), [(0, "0 of 200 entries"), (99, "99 of 200 entries")])
async def test_a_list_that_shrinks_a_lot_waits_for_the_user(
    hass: HomeAssistant,
    hass_client: Any,
    list_server: FakeListServer,
    issue_registry: ir.IssueRegistry,
    left: int,
    shown: str,
) -> None:
    """Empty, or less than half of 100+ entries: the last copy stays until the user agrees."""
    list_server.body = _numbers(200)
    await _subscribe(hass, list_server.url)
    entry = _entry(hass)
    assert hass.states.get("sensor.community_entries").state == "200"
    list_server.body, list_server.etag = _numbers(left), '"v2"'
    with pytest.raises(HomeAssistantError, match="Community"):
        await hass.services.async_call(DOMAIN, "refresh_lists", blocking=True)
    await hass.async_block_till_done()
    assert hass.states.get("sensor.community_entries").state == "200"
    assert hass.states.get("sensor.community_last_error").state == "shrunk"
    assert (await _lookup(hass, "030 5000150"))["verdict"] == "nuisance"
    issue_id = f"list_failed_{entry.entry_id}"
    issue = issue_registry.async_get_issue(DOMAIN, issue_id)
    assert issue is not None
    assert (issue.translation_key, issue.is_fixable) == ("list_shrunk", True)
    assert issue.translation_placeholders["detail"] == shown
    # The stored copy is still the good one, for the next start.
    cached = Path(hass.config.path(".storage", DOMAIN, f"list_{entry.entry_id}"))
    assert await hass.async_add_executor_job(cached.read_bytes) == _numbers(200)

    result = await _fix(hass, hass_client, issue_id)
    assert result["type"] == "create_entry"
    await hass.async_block_till_done()
    assert hass.states.get("sensor.community_entries").state == str(left)
    assert hass.states.get("sensor.community_last_error").state == "ok"
    assert (await _lookup(hass, "030 5000150"))["verdict"] == "unknown"
    assert issue_registry.async_get_issue(DOMAIN, issue_id) is None
    assert await hass.async_add_executor_job(cached.read_bytes) == _numbers(left)


async def test_a_list_may_shrink_by_half_and_small_lists_freely(
    hass: HomeAssistant, list_server: FakeListServer
) -> None:
    """Half of a big list, or a small list losing most entries, is an ordinary change."""
    list_server.body = _numbers(200)
    await _subscribe(hass, list_server.url)
    list_server.body, list_server.etag = _numbers(100), '"v2"'
    await hass.services.async_call(DOMAIN, "refresh_lists", blocking=True)
    assert hass.states.get("sensor.community_entries").state == "100"
    list_server.body, list_server.etag = _numbers(99), '"v3"'
    await hass.services.async_call(DOMAIN, "refresh_lists", blocking=True)
    list_server.body, list_server.etag = _numbers(2), '"v4"'
    await hass.services.async_call(DOMAIN, "refresh_lists", blocking=True)
    assert hass.states.get("sensor.community_entries").state == "2"


async def test_a_shrunk_list_fix_that_cannot_download_says_so(
    hass: HomeAssistant,
    hass_client: Any,
    list_server: FakeListServer,
    issue_registry: ir.IssueRegistry,
) -> None:
    """Agreeing while the server is down keeps the last copy and tells the user."""
    list_server.body = _numbers(200)
    await _subscribe(hass, list_server.url)
    entry = _entry(hass)
    list_server.body, list_server.etag = b"", '"v2"'
    with pytest.raises(HomeAssistantError):
        await hass.services.async_call(DOMAIN, "refresh_lists", blocking=True)
    list_server.status = 503
    result = await _fix(hass, hass_client, f"list_failed_{entry.entry_id}")
    assert (result["type"], result["reason"]) == ("abort", "list_refresh_failed")
    assert hass.states.get("sensor.community_entries").state == "200"
    assert hass.states.get("sensor.community_last_error").state == "http_error"


async def test_an_unreadable_stored_copy_is_kept_aside_and_reported(
    hass: HomeAssistant, list_server: FakeListServer, issue_registry: ir.IssueRegistry
) -> None:
    """A damaged stored copy is moved aside, reported, and a fresh copy downloaded."""
    await _subscribe(hass, list_server.url)
    entry = _entry(hass)
    cached = Path(hass.config.path(".storage", DOMAIN, f"list_{entry.entry_id}"))
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_add_executor_job(cached.write_bytes, b"\x00\xff{broken")
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    issue = issue_registry.async_get_issue(DOMAIN, f"stored_data_unreadable_list_{entry.entry_id}")
    assert issue is not None
    kept = Path(issue.translation_placeholders["copy"])
    assert await hass.async_add_executor_job(kept.read_bytes) == b"\x00\xff{broken"
    assert hass.states.get("sensor.community_entries").state == "3"
    assert (await _lookup(hass, "030 1234567"))["verdict"] == "nuisance"
    assert await hass.async_add_executor_job(cached.read_bytes) == LIST_TEXT.encode()


async def test_a_refresh_releases_the_old_list(
    hass: HomeAssistant, list_server: FakeListServer
) -> None:
    """After a refresh nothing holds the previous copy's index (for a big list:
    with the memory block its columns live in): it goes as soon as the new copy
    is in force, without waiting for a garbage collection, so refreshing never
    makes Home Assistant bigger."""
    import weakref

    from custom_components.nuisance_calls.lib import isolated

    hass.config.country = "DE"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(isolated, "ISOLATE_FROM_BYTES", 0)  # the worker's path
        await _subscribe(hass, list_server.url)
        household = hass.data[DOMAIN]
        [old] = household._indexes.values()
        released = weakref.ref(old)
        del old
        list_server.body, list_server.etag = b"030 7654321\n", '"v2"'
        await hass.services.async_call(DOMAIN, "refresh_lists", blocking=True)
        await hass.async_block_till_done()
    assert released() is None
    assert (await _lookup(hass, "030 7654321"))["verdict"] == "nuisance"
    assert (await _lookup(hass, "030 1234567"))["verdict"] == "unknown"
