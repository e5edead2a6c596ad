"""Nuisance calls: tag, count and silence nuisance phone calls."""

from __future__ import annotations

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import CONF_HOST, CONF_PORT, Platform
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ConfigEntryNotReady
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.typing import ConfigType

from . import websocket_api
from .barring import async_remove_barring
from .card import async_register_card
from .const import (
    CONF_SOURCE,
    DOMAIN,
    SOURCE_ENTITY,
    SOURCE_FRITZBOX,
    SOURCE_LIST,
    SOURCE_TELLOWS,
    SOURCE_WEBHOOK,
)
from .data import DATA_KEY, NuisanceData
from .hub import NuisanceConfigEntry, NuisanceHub
from .lib.callmonitor import probe
from .lib.numbers import warm_up
from .lists import ListSubscription
from .phonebook import PhonebookSync
from .ringer import RingerMute
from .services import async_setup_services
from .share import SharedListView
from .sources import EntitySource, WebhookSource
from .tellows import TellowsProvider

CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)

LIST_PLATFORMS: list[Platform] = [Platform.SENSOR]
PLATFORMS: list[Platform] = [
    Platform.BINARY_SENSOR,
    Platform.BUTTON,
    Platform.EVENT,
    Platform.SENSOR,
    Platform.SWITCH,
]


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Load the shared lists and register the actions."""
    await hass.async_add_executor_job(warm_up)
    data = NuisanceData(hass)
    await data.async_load()
    hass.data[DATA_KEY] = data
    async_setup_services(hass)
    websocket_api.async_setup(hass)
    await async_register_card(hass)
    hass.http.register_view(SharedListView())
    return True


async def async_setup_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
    """Set up a line or a shared list subscription."""
    if entry.data.get(CONF_SOURCE) == SOURCE_TELLOWS:
        provider = TellowsProvider(hass, entry)
        entry.runtime_data = provider
        hass.data[DATA_KEY].reputation = provider
        return True
    if entry.data.get(CONF_SOURCE) == SOURCE_LIST:
        subscription = ListSubscription(hass, entry, hass.data[DATA_KEY])
        entry.runtime_data = subscription
        await hass.config_entries.async_forward_entry_setups(entry, LIST_PLATFORMS)
        await subscription.async_start()
        return True
    return await _async_setup_line(hass, entry)


async def _async_setup_line(hass: HomeAssistant, entry: NuisanceConfigEntry) -> bool:
    source = entry.data.get(CONF_SOURCE, SOURCE_FRITZBOX)
    if source == SOURCE_FRITZBOX:
        host, port = entry.data[CONF_HOST], entry.data[CONF_PORT]
        try:
            await probe(host, port)
        except OSError as err:
            raise ConfigEntryNotReady(
                translation_domain=DOMAIN,
                translation_key="cannot_connect",
                translation_placeholders={"host": host, "port": str(port)},
            ) from err
    hub = NuisanceHub(hass, entry, hass.data[DATA_KEY])
    entry.runtime_data = hub
    await hub.ringer.async_load()
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    hub.async_start()
    if source == SOURCE_FRITZBOX:
        hub.phonebook = PhonebookSync(hass, entry, hub.data, hub.region)
        hub.phonebook.async_start()
    elif source == SOURCE_ENTITY:
        EntitySource(hass, hub).async_start()
    elif source == SOURCE_WEBHOOK:
        WebhookSource(hass, hub).async_start()
    await hub.barring.async_start()
    return True


async def async_unload_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
    """Unload a line, list or provider; tasks and timers end with the entry."""
    if isinstance(entry.runtime_data, TellowsProvider):
        hass.data[DATA_KEY].reputation = None
        return True
    if isinstance(subscription := entry.runtime_data, ListSubscription):
        unloaded = await hass.config_entries.async_unload_platforms(entry, LIST_PLATFORMS)
        await subscription.async_unload()
        return unloaded
    await entry.runtime_data.ringer.async_unload()
    await entry.runtime_data.barring.async_unload()
    return await hass.config_entries.async_unload_platforms(entry, PLATFORMS)


async def async_remove_entry(hass: HomeAssistant, entry: ConfigEntry) -> None:
    """Forget a removed line's counters and ringer states, or a removed list's copy.

    Callers' tallies stay: they span lines.
    """
    data = hass.data.get(DATA_KEY)
    source = entry.data.get(CONF_SOURCE)
    if source == SOURCE_LIST:
        if data is not None:
            await ListSubscription(hass, entry, data).async_remove()
    elif source != SOURCE_TELLOWS:
        await RingerMute(hass, entry).async_remove()
        await async_remove_barring(hass, entry)
        if data is not None:
            data.async_remove_line(entry.entry_id)
