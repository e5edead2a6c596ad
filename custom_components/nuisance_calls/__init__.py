"""Nuisance calls: tag, count and silence nuisance phone calls."""

from __future__ import annotations

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.start import async_at_started
from homeassistant.helpers.typing import ConfigType

from . import websocket_api
from .card import async_register_card
from .const import DOMAIN
from .group import GROUP, Group, async_setup_group_api
from .hints import HINTS, NumberHints
from .household import HOUSEHOLD, Household
from .lib.numbers import warm_up
from .line import async_remove_line, async_setup_line, async_unload_line
from .lists import async_remove_list, async_setup_list, async_unload_list
from .migration import async_migrate_entry
from .phoneblock import (
    async_remove_phoneblock,
    async_setup_phoneblock,
    async_unload_phoneblock,
)
from .services import async_setup_services
from .share import SharedListView
from .shares import SHARES, Shares
from .tellows import async_setup_tellows, async_unload_tellows
from .types import EntryKind, entry_kind

__all__ = ["async_migrate_entry"]

CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Load the household, register the actions, the websocket API and the card."""
    await hass.async_add_executor_job(warm_up)
    household = Household(hass)
    await household.async_load()
    hass.data[HOUSEHOLD] = household
    group = hass.data[GROUP] = Group(hass, household)
    await group.async_load()
    async_setup_group_api(hass)
    shares = hass.data[SHARES] = Shares(hass)
    await shares.async_load()
    hints = NumberHints(hass)
    hass.data[HINTS] = hints

    @callback
    def load_hints(_hass: HomeAssistant) -> None:
        # After the start: the place names may take a worker process some seconds.
        hass.async_create_background_task(hints.async_load(), f"{DOMAIN} caller hints")

    async_at_started(hass, load_hints)
    async_setup_services(hass)
    websocket_api.async_setup(hass)
    await async_register_card(hass)
    hass.http.register_view(SharedListView())
    return True


async def async_setup_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
    """Set up a line, a shared list, tellows or PhoneBlock."""
    match entry_kind(entry):
        case EntryKind.LINE:
            await async_setup_line(hass, entry)
        case EntryKind.SHARED_LIST:
            await async_setup_list(hass, entry)
        case EntryKind.TELLOWS:
            await async_setup_tellows(hass, entry)
        case EntryKind.PHONEBLOCK:
            await async_setup_phoneblock(hass, entry)
    return True


async def async_unload_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
    """Unload an entry; its tasks and timers end with it."""
    match entry_kind(entry):
        case EntryKind.LINE:
            return await async_unload_line(hass, entry)
        case EntryKind.SHARED_LIST:
            return await async_unload_list(hass, entry)
        case EntryKind.TELLOWS:
            return await async_unload_tellows(hass, entry)
        case EntryKind.PHONEBLOCK:
            return await async_unload_phoneblock(hass, entry)


async def async_remove_entry(hass: HomeAssistant, entry: ConfigEntry) -> None:
    """Forget what a removed entry stored (callers' tallies stay: they span lines)."""
    match entry_kind(entry):
        case EntryKind.LINE:
            await async_remove_line(hass, entry)
        case EntryKind.SHARED_LIST:
            await async_remove_list(hass, entry)
        case EntryKind.TELLOWS:
            pass
        case EntryKind.PHONEBLOCK:
            await async_remove_phoneblock(hass, entry)
