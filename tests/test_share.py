"""Sharing out: export_list writes our format; the view needs a token."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.setup import async_setup_component
import pytest

from custom_components.nuisance_calls.const import DOMAIN
from custom_components.nuisance_calls.lib.listformats import ListFormat, parse_list


@pytest.fixture
async def with_list(hass: HomeAssistant, tmp_path: Path) -> None:
    """The integration with a small personal list (and a temp config dir)."""
    hass.config.config_dir = str(tmp_path)
    hass.config.country = "DE"
    assert await async_setup_component(hass, DOMAIN, {})
    for service, number, fields in (
        ("flag_number", "030 1234567", {"tag": "telemarketing", "label": "<script>x</script>"}),
        ("flag_number", "0900 111222", {}),
        ("allow_number", "030 7654321", {"label": "Mum"}),
    ):
        await hass.services.async_call(DOMAIN, service, {"number": number, **fields}, blocking=True)


async def test_export_list_writes_a_subscribable_file(
    hass: HomeAssistant, with_list: None, tmp_path: Path
) -> None:
    """The file is our format; parsed back it gives the same entries."""
    response: Any = await hass.services.async_call(
        DOMAIN, "export_list", {}, blocking=True, return_response=True
    )
    path = tmp_path / "nuisance_calls" / "shared_list.json"
    assert response == {"path": str(path), "entries": 3}
    body = await hass.async_add_executor_job(path.read_bytes)
    parsed = parse_list(body, region="DE", source="friend")
    assert parsed.format is ListFormat.EXPORT
    assert [(r.number, r.allow, r.tags, r.label) for r in parsed.records] == [
        ("+49301234567", False, ("telemarketing",), "<script>x</script>"),
        ("+49900111222", False, ("nuisance",), ""),
        ("+49307654321", True, (), "Mum"),
    ]


async def test_export_without_allowed_and_custom_name(
    hass: HomeAssistant, with_list: None, tmp_path: Path
) -> None:
    """Allowed numbers (contacts) can be left out."""
    await hass.services.async_call(
        DOMAIN,
        "export_list",
        {"filename": "flagged.json", "include_allowed": False},
        blocking=True,
    )
    document = json.loads(
        await hass.async_add_executor_job((tmp_path / "nuisance_calls" / "flagged.json").read_text)
    )
    assert [e["action"] for e in document["entries"]] == ["flag", "flag"]


@pytest.mark.parametrize("filename", ["../secrets.yaml", "a/b.json", ".hidden", "x\\y"])
async def test_export_refuses_paths_outside_its_folder(
    hass: HomeAssistant, with_list: None, filename: str
) -> None:
    """No writing outside config/nuisance_calls."""
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(DOMAIN, "export_list", {"filename": filename}, blocking=True)
    assert err.value.translation_key == "invalid_filename"


async def test_view_refuses_requests_without_token(
    hass: HomeAssistant, with_list: None, hass_client_no_auth: Any
) -> None:
    """No anonymous access to the list."""
    client = await hass_client_no_auth()
    response = await client.get("/api/nuisance_calls/list")
    assert response.status == 401
    response = await client.get(
        "/api/nuisance_calls/list", headers={"Authorization": "Bearer not-a-token"}
    )
    assert response.status == 401


async def test_view_serves_the_list_with_etag(
    hass: HomeAssistant, with_list: None, hass_client: Any
) -> None:
    """With a token: the list in our format, 304 when unchanged, new ETag on change."""
    client = await hass_client()
    response = await client.get("/api/nuisance_calls/list")
    assert response.status == 200
    etag = response.headers["ETag"]
    parsed = parse_list(await response.read(), region="DE")
    assert parsed.format is ListFormat.EXPORT
    assert len(parsed.records) == 3
    again = await client.get("/api/nuisance_calls/list", headers={"If-None-Match": etag})
    assert again.status == 304
    await hass.services.async_call(
        DOMAIN, "unflag_number", {"number": "0900 111222"}, blocking=True
    )
    changed = await client.get("/api/nuisance_calls/list", headers={"If-None-Match": etag})
    assert changed.status == 200
    assert changed.headers["ETag"] != etag
    flagged_only = await client.get("/api/nuisance_calls/list?allowed=0")
    assert len(parse_list(await flagged_only.read(), region="DE").records) == 1


async def test_view_is_for_admins_only(
    hass: HomeAssistant, with_list: None, hass_client: Any, hass_read_only_access_token: str
) -> None:
    """A non-admin's token (or a friend's) gets nothing: friends get share links."""
    client = await hass_client(hass_read_only_access_token)
    response = await client.get("/api/nuisance_calls/list")
    assert response.status == 401
