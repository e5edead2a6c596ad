"""Nuisance calls: tag, count and silence nuisance phone calls."""

from __future__ import annotations

from homeassistant.const import CONF_HOST, CONF_PORT, Platform
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ConfigEntryNotReady
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.typing import ConfigType

from .const import DOMAIN
from .data import DATA_KEY, NuisanceData
from .hub import NuisanceConfigEntry, NuisanceHub
from .lib.callmonitor import probe
from .lib.numbers import warm_up
from .services import async_setup_services

CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)

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
    return True


async def async_setup_entry(hass: HomeAssistant, entry: NuisanceConfigEntry) -> bool:
    """Set up one line."""
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
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    hub.async_start()
    return True


async def async_unload_entry(hass: HomeAssistant, entry: NuisanceConfigEntry) -> bool:
    """Unload a line; its source task and timers end with it."""
    return await hass.config_entries.async_unload_platforms(entry, PLATFORMS)


async def async_remove_entry(hass: HomeAssistant, entry: NuisanceConfigEntry) -> None:
    """Forget a removed line's counters (callers' tallies stay: they span lines)."""
    if (data := hass.data.get(DATA_KEY)) is not None:
        data.async_remove_line(entry.entry_id)
