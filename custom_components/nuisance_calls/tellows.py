"""The tellows reputation provider (optional; a config entry of its own).

Its key is checked at set-up with one look-up (a refused key asks for a new
one, tellows out of reach is retried by Home Assistant).

Looked up when an unknown caller rings, never before the ring's own events
are fired: a line asks in the background (through the household) and a
flagging score that arrives within the deadline upgrades the call. The
client (``lib.tellows``) caches answers, keeps a daily request budget and
never lets network trouble disturb call handling; a refused API key asks
for a new one (re-authentication).
"""

from __future__ import annotations

from typing import Final

from homeassistant.core import HomeAssistant
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.device_registry import DeviceEntryType, DeviceInfo
from homeassistant.util import dt as dt_util

from .const import (
    CONF_API_KEY,
    CONF_CACHE_HOURS,
    CONF_DAILY_BUDGET,
    CONF_PARTNER,
    CONF_THRESHOLD,
    DEFAULT_CACHE_HOURS,
    DEFAULT_DAILY_BUDGET,
    DEFAULT_THRESHOLD,
    DOMAIN,
)
from .errors import setup_error
from .household import HOUSEHOLD
from .lib.exceptions import ReputationAuthError, ReputationError
from .lib.reputation import Reputation
from .lib.tellows import TellowsClient
from .types import TellowsConfigEntry

TELLOWS_URL: Final = "https://www.tellows.de"
LOOKUP_DEADLINE: Final = 1.0
"""Seconds a ringing call waits at most for its score (in the background)."""


class TellowsProvider:
    """The household's reputation provider (the runtime data of the tellows entry)."""

    def __init__(self, hass: HomeAssistant, entry: TellowsConfigEntry) -> None:
        self.hass = hass
        self.entry = entry
        self.threshold = int(entry.options.get(CONF_THRESHOLD, DEFAULT_THRESHOLD))
        self.client = TellowsClient(
            async_get_clientsession(hass),
            entry.data[CONF_API_KEY],
            entry.data[CONF_PARTNER],
            base_url=TELLOWS_URL,
            cache_ttl=float(entry.options.get(CONF_CACHE_HOURS, DEFAULT_CACHE_HOURS)) * 3600,
            daily_budget=int(entry.options.get(CONF_DAILY_BUDGET, DEFAULT_DAILY_BUDGET)),
            today=lambda: dt_util.now().date(),
        )

    @property
    def device_info(self) -> DeviceInfo:
        """The provider as a service device."""
        return DeviceInfo(
            identifiers={(DOMAIN, self.entry.entry_id)},
            name="tellows",
            entry_type=DeviceEntryType.SERVICE,
            manufacturer="tellows",
            model="Reputation look-up",
        )

    def cached(self, number: str) -> tuple[bool, Reputation | None]:
        """(known, reputation) without any I/O."""
        return self.client.cached(number)

    async def async_lookup(self, number: str) -> Reputation | None:
        """The number's reputation within the deadline; None if unknown or failed."""
        try:
            return await self.client.lookup(number, LOOKUP_DEADLINE)
        except ReputationAuthError:
            self.entry.async_start_reauth(self.hass)
            return None


async def async_setup_tellows(hass: HomeAssistant, entry: TellowsConfigEntry) -> None:
    """Check the key with one look-up, then make tellows the household's provider."""
    provider = TellowsProvider(hass, entry)
    try:
        try:
            await provider.client.verify()
        except TimeoutError as err:
            raise ReputationError("timeout", "no answer in time") from err
    except ReputationError as err:
        raise setup_error(err, name=entry.title) from err
    entry.runtime_data = provider
    hass.data[HOUSEHOLD].set_reputation(provider)


async def async_unload_tellows(hass: HomeAssistant, entry: TellowsConfigEntry) -> bool:
    """Stop asking tellows."""
    household = hass.data[HOUSEHOLD]
    if household.reputation is entry.runtime_data:
        household.set_reputation(None)
    return True
