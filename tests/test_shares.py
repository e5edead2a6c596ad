"""Share links: one friend, one secret link, the flagged numbers and nothing else.

"You" are the test's Home Assistant, served on a real loopback port; "your
friend" subscribes to the link with the shared-list flow, as a second
household would (the same hass plays both: the link is all that crosses).
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Mapping
from datetime import datetime
import json
import logging
from pathlib import Path
import sys
from types import SimpleNamespace
from typing import Any
from unittest.mock import AsyncMock, patch

from aiohttp import ClientSession
from aiohttp.test_utils import TestServer
from homeassistant.config_entries import SOURCE_USER
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import HomeAssistantError, Unauthorized
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.network import NoURLAvailableError
from homeassistant.setup import async_setup_component
import pytest

from custom_components.nuisance_calls.const import DOMAIN
from custom_components.nuisance_calls.diagnostics import async_get_config_entry_diagnostics
from custom_components.nuisance_calls.lib.listformats import ListFormat, parse_list
from custom_components.nuisance_calls.lib.shares import MAX_SHARES, Share, parse_shares
from custom_components.nuisance_calls.shares import SHARES, STORAGE_KEY_SHARES

FLAGGED, OTHER, ALLOWED = "030 1234567", "0900 111222", "030 7654321"


@pytest.fixture
async def home(hass: HomeAssistant, tmp_path: Path, socket_enabled: None) -> AsyncGenerator[str]:
    """Your Home Assistant with a small list, served on a loopback port; its base URL."""
    hass.config.config_dir = str(tmp_path)
    hass.config.country = "DE"
    assert await async_setup_component(hass, "http", {})
    assert await async_setup_component(hass, "api", {})
    assert await async_setup_component(hass, DOMAIN, {})
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)  # as HA's bootstrap does
    for service, number, fields in (
        ("flag_number", FLAGGED, {"tag": "telemarketing", "label": "ACME"}),
        ("flag_number", OTHER, {}),
        ("allow_number", ALLOWED, {"label": "Mum"}),
    ):
        await hass.services.async_call(DOMAIN, service, {"number": number, **fields}, blocking=True)
    server = TestServer(hass.http.app, host="127.0.0.1")
    await server.start_server()
    base = str(server.make_url("")).rstrip("/")
    hass.config.external_url = base
    yield base
    await server.close()


async def _call(hass: HomeAssistant, service: str, **data: Any) -> Any:
    return await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=service != "delete_share"
    )


async def _get(url: str, **headers: str) -> tuple[int, Mapping[str, str], bytes]:
    async with ClientSession() as session, session.get(url, headers=headers) as response:
        return response.status, response.headers.copy(), await response.read()


async def test_a_link_gives_the_flagged_numbers_to_anyone_who_has_it(
    hass: HomeAssistant, home: str
) -> None:
    """No login: the flagged numbers (never allowed ones), 304 when unchanged."""
    share = await _call(hass, "create_share", name="Anna")
    assert share["name"] == "Anna"
    assert share["url"].startswith(f"{home}/api/webhook/")
    status, headers, body = await _get(share["url"])
    assert status == 200
    parsed = parse_list(body, region="DE")
    assert parsed.format is ListFormat.EXPORT
    assert sorted(record.number for record in parsed.records) == ["+49301234567", "+49900111222"]
    status, _headers, _body = await _get(share["url"], **{"If-None-Match": headers["ETag"]})
    assert status == 304


async def test_a_link_gives_nothing_else(hass: HomeAssistant, home: str) -> None:
    """Not the states, not an action, not another share, not the link in any listing."""
    anna = await _call(hass, "create_share", name="Anna")
    ben = await _call(hass, "create_share", name="Ben")
    secret = anna["url"].rsplit("/", 1)[1]
    assert len(secret) == 64
    bearer = {"Authorization": f"Bearer {secret}"}
    for path in ("/api/states", "/api/"):
        status, _h, _b = await _get(f"{home}{path}", **bearer)
        assert status == 401, path
    async with (
        ClientSession() as session,
        session.post(
            f"{home}/api/services/nuisance_calls/reset_caller",
            json={"number": FLAGGED},
            headers=bearer,
        ) as response,
    ):
        assert response.status == 401
    async with ClientSession() as session, session.post(anna["url"], json={}) as response:
        assert response.status == 405  # a share is read, never written
    listed = await _call(hass, "list_shares")
    assert [share["name"] for share in listed["shares"]] == ["Ben", "Anna"]
    text = json.dumps(listed)
    assert secret not in text
    assert ben["url"].rsplit("/", 1)[1] not in text


async def test_writing_to_a_link_is_refused_without_logging_it(
    hass: HomeAssistant, home: str, caplog: pytest.LogCaptureFixture
) -> None:
    """POST and PUT: 405 from us, not HA's refusal, whose warning names the
    webhook (the secret) in the log at HA's default level."""
    caplog.set_level(logging.INFO)
    share = await _call(hass, "create_share", name="Anna")
    secret = share["url"].rsplit("/", 1)[1]
    async with ClientSession() as session:
        for method in ("POST", "PUT"):
            async with session.request(method, share["url"], json={}) as response:
                assert response.status == 405, method
                assert response.headers["Allow"] == "GET"
                assert b"+49" not in await response.read()
        async with session.head(share["url"]) as response:
            assert response.status == 200  # HA's answer: the address exists
    assert secret not in caplog.text


async def test_revoking_one_link_leaves_the_other(
    hass: HomeAssistant, home: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Revoked: 404, "revoked", no data; the other friend's link works on."""
    caplog.set_level(logging.INFO)
    anna = await _call(hass, "create_share", name="Anna")
    ben = await _call(hass, "create_share", name="Ben")
    revoked = await _call(hass, "revoke_share", share_id=anna["id"])
    assert revoked["revoked"] is not None
    status, headers, body = await _get(anna["url"])
    assert status == 404
    assert headers["Nuisance-Calls-Share"] == "revoked"
    assert b"+49" not in body
    status, _h, body = await _get(ben["url"])
    assert status == 200
    assert b"+4930" in body
    for share in (anna, ben):
        assert share["url"].rsplit("/", 1)[1] not in caplog.text
    # Deleted: the address answers like any unknown one (HA's webhooks give nothing away).
    await _call(hass, "delete_share", share_id=anna["id"])
    status, _h, body = await _get(anna["url"])
    assert (status, body) == (200, b"")
    with pytest.raises(HomeAssistantError):
        await _call(hass, "revoke_share", share_id=anna["id"])


async def test_only_an_admin_shares(
    hass: HomeAssistant, home: str, hass_read_only_user: Any
) -> None:
    """Creating, listing and revoking shares change what the household gives away."""
    for service, data in (("create_share", {"name": "X"}), ("list_shares", {})):
        with pytest.raises(Unauthorized):
            await hass.services.async_call(
                DOMAIN,
                service,
                data,
                blocking=True,
                return_response=True,
                context=Context(user_id=hass_read_only_user.id),
            )


async def test_a_friends_home_assistant_subscribes_with_the_link_alone(
    hass: HomeAssistant, home: str, issue_registry: ir.IssueRegistry
) -> None:
    """The shared-list flow with only the link; a revoked share is a repair, the copy stays."""
    share = await _call(hass, "create_share", name="Anna")
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "shared_list"}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {"name": "Anna's list", "url": share["url"], "mode": "flag", "refresh_hours": 6,
         "max_size_mb": 50},
    )  # fmt: skip
    await hass.async_block_till_done()
    entry = result["result"]
    subscription = entry.runtime_data
    assert subscription.entries == 2
    await _call(hass, "revoke_share", share_id=share["id"])
    with pytest.raises(HomeAssistantError, match="Anna's list"):
        await hass.services.async_call(DOMAIN, "refresh_lists", blocking=True)
    await hass.async_block_till_done()
    issue = issue_registry.async_get_issue(DOMAIN, f"list_failed_{entry.entry_id}")
    assert issue is not None
    assert issue.translation_key == "list_revoked"
    assert subscription.entries == 2  # the last copy
    assert subscription.problem.value == "revoked"
    diagnostics = json.dumps(await async_get_config_entry_diagnostics(hass, entry))
    assert share["url"].rsplit("/", 1)[1] not in diagnostics


async def test_shares_survive_a_restart_and_damage_is_kept_aside(
    hass: HomeAssistant, hass_storage: dict[str, Any], tmp_path: Path
) -> None:
    """Stored shares come back; an unreadable one is left out and reported, the rest work."""
    good = Share("a1b2c3", "Anna", "ab" * 32, datetime(2026, 11, 1))
    hass_storage[STORAGE_KEY_SHARES] = {
        "version": 1,
        "minor_version": 1,
        "key": STORAGE_KEY_SHARES,
        "data": {"shares": [good.as_dict(), {"id": "x", "secret": "short", "created": "now"}]},
    }
    hass.config.config_dir = str(tmp_path)
    assert await async_setup_component(hass, "http", {})
    assert await async_setup_component(hass, DOMAIN, {})
    assert [share["id"] for share in hass.data[SHARES].public()] == ["a1b2c3"]
    assert ir.async_get(hass).async_get_issue(
        DOMAIN, f"stored_data_unreadable_{STORAGE_KEY_SHARES}"
    )


def test_stored_shares_are_checked() -> None:
    """Not our shape: refused whole; too many: the rest ignored; bad ones counted."""
    with pytest.raises(TypeError):
        parse_shares(["not", "ours"])
    many = [Share(f"id{i}", "F", f"{i:064x}", datetime(2026, 1, 1))
            for i in range(MAX_SHARES + 5)]  # fmt: skip
    shares, skipped = parse_shares({"shares": [share.as_dict() for share in many]})
    assert (len(shares), skipped) == (MAX_SHARES, 0)
    bad = dict(many[0].as_dict(), id="../../etc")
    assert parse_shares({"shares": [bad]}) == ([], 1)


async def test_a_link_needs_an_address_or_the_cloud(hass: HomeAssistant, home: str) -> None:
    """No external URL: a clear error; through the cloud: a cloudhook, deleted with the share."""
    hass.config.external_url = None
    with (
        patch("custom_components.nuisance_calls.shares.get_url", side_effect=NoURLAvailableError),
        pytest.raises(HomeAssistantError) as err,
    ):
        await _call(hass, "create_share", name="Anna")
    assert err.value.translation_key == "share_needs_url"
    with pytest.raises(HomeAssistantError) as err:
        await _call(hass, "create_share", name="Anna", via_cloud=True)
    assert err.value.translation_key == "share_needs_cloud"
    hass.config.components.add("cloud")
    hook = "https://hooks.nabu.casa/abc"
    # HA's cloud integration itself (its packages are not in the test venv).
    cloud = SimpleNamespace(
        CloudNotAvailable=HomeAssistantError,
        async_active_subscription=lambda _hass: True,
        async_get_or_create_cloudhook=AsyncMock(return_value=hook),
        async_delete_cloudhook=AsyncMock(),
    )
    with patch.dict(sys.modules, {"homeassistant.components.cloud": cloud}):
        share = await _call(hass, "create_share", name="Anna", via_cloud=True)
        assert share["url"] == hook
        secret = cloud.async_get_or_create_cloudhook.call_args.args[1]
        await _call(hass, "delete_share", share_id=share["id"])
        cloud.async_delete_cloudhook.assert_awaited_once_with(hass, secret)
        cloud.async_active_subscription = lambda _hass: False
        with pytest.raises(HomeAssistantError) as err:
            await _call(hass, "create_share", name="Anna", via_cloud=True)
        assert err.value.translation_key == "share_needs_cloud"
