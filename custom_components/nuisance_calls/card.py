"""Serve the Lovelace card and make it known to the frontend.

The card is one JavaScript module in ``frontend/`` next to this file. It is
served under a fixed path and loaded by its URL with ``?v=<version>``, so a
new release of the integration is a new URL and no browser keeps an old card.
It is registered twice under that same URL, which the browser loads once:

- as an extra module of the frontend, loaded on every page (the card picker
  and every dashboard, whatever the dashboard mode);
- in storage-mode dashboards also as a dashboard resource, the place users
  and HACS look for cards. It is created once and updated when the version
  changes; in YAML mode resources belong to the user and are left alone.

Everything here waits for ``frontend`` and ``lovelace`` to be set up and
never fails the integration's set-up: without them there is no card to show.
"""

from __future__ import annotations

from functools import partial
import logging
from pathlib import Path
from typing import Any, Final

from homeassistant.components.frontend import add_extra_js_url
from homeassistant.components.http.server import StaticPathConfig
from homeassistant.components.lovelace.const import LOVELACE_DATA
from homeassistant.components.lovelace.resources import ResourceStorageCollection
from homeassistant.core import HomeAssistant
from homeassistant.loader import async_get_integration
from homeassistant.setup import async_when_setup

from .const import DOMAIN

_LOGGER = logging.getLogger(__name__)

CARD_FILENAME: Final = "nuisance-calls-card.js"
CARD_PATH: Final = Path(__file__).parent / "frontend" / CARD_FILENAME
CARD_URL: Final = f"/{DOMAIN}/{CARD_FILENAME}"
RESOURCE_TYPE: Final = "module"


async def async_card_url(hass: HomeAssistant) -> str:
    """The card's URL with the integration's version as cache buster."""
    integration = await async_get_integration(hass, DOMAIN)
    return f"{CARD_URL}?v={integration.version or 'dev'}"


async def async_register_card(hass: HomeAssistant) -> None:
    """Serve the card and register it (call once, from ``async_setup``)."""
    url = await async_card_url(hass)
    # No long-lived cache headers: the version query busts caches on a
    # release, and an unreleased rebuild (HACS on a branch, development)
    # should not be hidden behind a year-long cache either.
    await hass.http.async_register_static_paths(
        [StaticPathConfig(CARD_URL, str(CARD_PATH), cache_headers=False)]
    )
    async_when_setup(hass, "frontend", partial(_async_add_module, url))
    async_when_setup(hass, "lovelace", partial(_async_add_resource, url))


def _is_card_url(url: Any) -> bool:
    return isinstance(url, str) and url.split("?", 1)[0] == CARD_URL


async def _async_add_module(url: str, hass: HomeAssistant, _component: str) -> None:
    add_extra_js_url(hass, url)


async def _async_add_resource(url: str, hass: HomeAssistant, _component: str) -> None:
    lovelace = hass.data.get(LOVELACE_DATA)
    if lovelace is None or not isinstance(lovelace.resources, ResourceStorageCollection):
        _LOGGER.debug("Dashboard resources are managed in YAML; not adding %s", url)
        return
    resources = lovelace.resources
    try:
        await async_ensure_resource(resources, url)
    except Exception as err:  # the card must never break set-up
        _LOGGER.warning("Could not add the card to the dashboard resources: %s", err)


async def async_ensure_resource(resources: ResourceStorageCollection, url: str) -> None:
    """Exactly one resource for the card, with ``url``: create, update or tidy up."""
    # Loads the stored collection on first use (it is loaded lazily).
    await resources.async_get_info()
    ours = [item for item in resources.async_items() if _is_card_url(item.get("url"))]
    if not ours:
        await resources.async_create_item({"res_type": RESOURCE_TYPE, "url": url})
        _LOGGER.debug("Added dashboard resource %s", url)
        return
    first, *duplicates = ours
    if first.get("url") != url or first.get("type") != RESOURCE_TYPE:
        await resources.async_update_item(first["id"], {"res_type": RESOURCE_TYPE, "url": url})
        _LOGGER.debug("Updated dashboard resource %s to %s", first.get("url"), url)
    for item in duplicates:
        await resources.async_delete_item(item["id"])
