"""Backups: the call log is a database, so it is written out and held still while copied."""

from __future__ import annotations

from homeassistant.core import HomeAssistant

from .household import HOUSEHOLD


async def async_pre_backup(hass: HomeAssistant) -> None:
    """Write what waits into the call log's main file and hold further writes."""
    if (household := hass.data.get(HOUSEHOLD)) is not None:
        await household.store.async_pause()


async def async_post_backup(hass: HomeAssistant) -> None:
    """Write again (what came in during the backup first)."""
    if (household := hass.data.get(HOUSEHOLD)) is not None:
        household.store.resume()
