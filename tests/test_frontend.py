"""The integration serves its Lovelace card and registers it with the frontend."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from unittest.mock import patch

from homeassistant.components.frontend import DATA_EXTRA_MODULE_URL, UrlManager
from homeassistant.components.lovelace.const import LOVELACE_DATA
from homeassistant.components.lovelace.resources import ResourceStorageCollection
from homeassistant.core import HomeAssistant
from homeassistant.loader import async_get_integration
from homeassistant.setup import async_setup_component
import pytest

from custom_components.nuisance_calls import card as frontend
from custom_components.nuisance_calls.const import DOMAIN

CARD_FILE = (
    Path(__file__).parent.parent
    / "custom_components"
    / "nuisance_calls"
    / "frontend"
    / "nuisance-calls-card.js"
)
RESOURCES_KEY = "lovelace_resources"


@pytest.fixture
def extra_modules(hass: HomeAssistant) -> UrlManager:
    """The frontend's list of extra modules.

    The real ``frontend`` integration needs the home-assistant-frontend
    package (the UI files), which the test requirements leave out; the card
    only touches this list, which is what ``frontend`` sets up.
    """
    manager = UrlManager(lambda _change, _url: None, [])
    hass.data[DATA_EXTRA_MODULE_URL] = manager
    hass.config.components.add("frontend")
    return manager


async def _version(hass: HomeAssistant) -> str:
    version = (await async_get_integration(hass, DOMAIN)).version
    assert version
    return str(version)


def _card_resources(hass: HomeAssistant) -> list[dict[str, Any]]:
    return [
        item
        for item in hass.data[LOVELACE_DATA].resources.async_items()
        if item["url"].startswith(frontend.CARD_URL)
    ]


async def _set_up(hass: HomeAssistant, lovelace: dict[str, Any] | None = None) -> None:
    assert await async_setup_component(hass, "lovelace", {"lovelace": lovelace or {}})
    assert await async_setup_component(hass, DOMAIN, {})
    await hass.async_block_till_done()


async def test_card_file_is_served(
    hass: HomeAssistant, extra_modules: UrlManager, hass_client: Any
) -> None:
    """The bundled card is served at the URL the frontend is told about."""
    await _set_up(hass)
    client = await hass_client()

    response = await client.get(f"{frontend.CARD_URL}?v={await _version(hass)}")

    assert response.status == 200
    assert "javascript" in response.headers["Content-Type"]
    body = await response.read()
    assert body == CARD_FILE.read_bytes()
    assert b"nuisance-calls-card" in body


async def test_extra_module_url_carries_the_version(
    hass: HomeAssistant, extra_modules: UrlManager
) -> None:
    """The frontend loads the card on every page, the version busting caches."""
    await _set_up(hass)

    url = f"{frontend.CARD_URL}?v={await _version(hass)}"
    assert url in extra_modules.urls
    assert [u for u in extra_modules.urls if u.startswith(frontend.CARD_URL)] == [url]


async def test_lovelace_resource_is_created_once(
    hass: HomeAssistant, extra_modules: UrlManager, hass_storage: dict[str, Any]
) -> None:
    """Storage-mode dashboards get one resource; a second run adds no other."""
    await _set_up(hass)
    url = f"{frontend.CARD_URL}?v={await _version(hass)}"

    assert [(r["url"], r["type"]) for r in _card_resources(hass)] == [(url, "module")]

    # The next start of Home Assistant finds it and leaves it alone.
    resources = hass.data[LOVELACE_DATA].resources
    assert isinstance(resources, ResourceStorageCollection)
    await frontend.async_ensure_resource(resources, url)
    await hass.async_block_till_done()
    assert [(r["url"], r["type"]) for r in _card_resources(hass)] == [(url, "module")]


async def test_lovelace_resource_follows_a_new_version(
    hass: HomeAssistant, extra_modules: UrlManager, hass_storage: dict[str, Any]
) -> None:
    """An older version's resource is updated in place, duplicates removed,
    and resources of other cards are left alone."""
    other = {"id": "other", "type": "module", "url": "/hacsfiles/other-card.js?v=1"}
    hass_storage[RESOURCES_KEY] = {
        "version": 1,
        "minor_version": 1,
        "key": RESOURCES_KEY,
        "data": {
            "items": [
                {"id": "old", "type": "js", "url": f"{frontend.CARD_URL}?v=0.0.1"},
                other,
                {"id": "dup", "type": "module", "url": frontend.CARD_URL},
            ]
        },
    }

    await _set_up(hass)

    url = f"{frontend.CARD_URL}?v={await _version(hass)}"
    assert [(r["id"], r["url"], r["type"]) for r in _card_resources(hass)] == [
        ("old", url, "module")
    ]
    assert other in hass.data[LOVELACE_DATA].resources.async_items()


async def test_version_change_updates_resource_and_module(
    hass: HomeAssistant, extra_modules: UrlManager
) -> None:
    """After an update of the integration, the new version's URL is used."""
    await _set_up(hass)
    old_url = f"{frontend.CARD_URL}?v={await _version(hass)}"
    assert [r["url"] for r in _card_resources(hass)] == [old_url]

    # What the next start after an update does: a new version number.
    integration = await async_get_integration(hass, DOMAIN)
    with patch.object(type(integration), "version", "99.0.0"):
        new_url = await frontend.async_card_url(hass)
        await frontend._async_add_resource(new_url, hass, "lovelace")
    await hass.async_block_till_done()

    assert new_url == f"{frontend.CARD_URL}?v=99.0.0"
    assert [r["url"] for r in _card_resources(hass)] == [new_url]


async def test_yaml_mode_resources_are_left_alone(
    hass: HomeAssistant, extra_modules: UrlManager, caplog: pytest.LogCaptureFixture
) -> None:
    """Resources in YAML belong to the user: none is added, set-up still works."""
    await _set_up(hass, {"resource_mode": "yaml"})

    assert hass.data[LOVELACE_DATA].resources.async_items() == []
    assert any(u.startswith(frontend.CARD_URL) for u in extra_modules.urls)
    assert hass.config.components.issuperset({DOMAIN})
    assert "Traceback" not in caplog.text


async def test_without_frontend_and_lovelace_set_up_still_works(
    hass: HomeAssistant, hass_client: Any
) -> None:
    """No frontend, no dashboards (a headless install): the card is still
    served and nothing fails."""
    await _set_up_without_lovelace(hass)

    assert LOVELACE_DATA not in hass.data
    client = await hass_client()
    response = await client.get(frontend.CARD_URL)
    assert response.status == 200


async def _set_up_without_lovelace(hass: HomeAssistant) -> None:
    assert await async_setup_component(hass, DOMAIN, {})
    await hass.async_block_till_done()


async def test_resource_errors_do_not_break_set_up(
    hass: HomeAssistant, extra_modules: UrlManager, caplog: pytest.LogCaptureFixture
) -> None:
    """A broken resource store costs the resource, not the integration."""
    with patch.object(
        frontend, "async_ensure_resource", side_effect=RuntimeError("storage is broken")
    ):
        await _set_up(hass)

    assert DOMAIN in hass.config.components
    assert "Could not add the card to the dashboard resources: storage is broken" in caplog.text
