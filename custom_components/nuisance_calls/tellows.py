"""The tellows reputation provider (optional; a config entry of its own).

Looked up when a call rings, never before its first events are fired: the
hub asks in the background and upgrades the verdict when a flagging score
arrives within the deadline. Answers are cached; a daily request budget is
respected; network trouble never disturbs call handling.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Final

import aiohttp
from homeassistant.config_entries import ConfigEntry
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
from .lib.http import read_limited
from .lib.reputation import (
    MAX_RESPONSE_BYTES,
    DailyBudget,
    Reputation,
    ReputationCache,
    parse_tellows,
)

_LOGGER = logging.getLogger(__name__)

TELLOWS_URL: Final = "https://www.tellows.de"
LOOKUP_DEADLINE: Final = 1.0
"""Seconds a ringing call waits at most for its score (in the background)."""


class TellowsProvider:
    """Looks up tellows scores with cache, budget and deadline."""

    def __init__(self, hass: HomeAssistant, entry: ConfigEntry) -> None:
        self.hass = hass
        self.entry = entry
        self.api_key: str = entry.data[CONF_API_KEY]
        self.partner: str = entry.data[CONF_PARTNER]
        self.threshold = int(entry.options.get(CONF_THRESHOLD, DEFAULT_THRESHOLD))
        self.cache = ReputationCache(
            ttl=float(entry.options.get(CONF_CACHE_HOURS, DEFAULT_CACHE_HOURS)) * 3600
        )
        self.budget = DailyBudget(int(entry.options.get(CONF_DAILY_BUDGET, DEFAULT_DAILY_BUDGET)))
        self.requests = 0
        self.errors = 0
        self.last_error: str | None = None
        self._pending: dict[str, asyncio.Future[Reputation | None]] = {}

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
        return self.cache.get(number, self.hass.loop.time())

    async def async_lookup(
        self, number: str, deadline: float = LOOKUP_DEADLINE
    ) -> Reputation | None:
        """The number's reputation, from the cache or tellows; None if unknown or failed."""
        known, reputation = self.cached(number)
        if known:
            return reputation
        if (pending := self._pending.get(number)) is not None:
            # Another call from the same number is already being looked up.
            try:
                async with asyncio.timeout(deadline):
                    return await asyncio.shield(pending)
            except TimeoutError:
                return None
        if not number.startswith("+") or not self.budget.take(dt_util.now().date()):
            return None
        future: asyncio.Future[Reputation | None] = self.hass.loop.create_future()
        self._pending[number] = future
        reputation = None
        try:
            reputation = await self._request(number, deadline)
        finally:
            # Also when cancelled (unload): waiters get "no answer".
            del self._pending[number]
            future.set_result(reputation)
        return reputation

    async def _request(self, number: str, deadline: float) -> Reputation | None:
        self.requests += 1
        url = f"{TELLOWS_URL}/basic/num/00{number[1:]}"
        params = {"xml": "1", "partner": self.partner, "apikey": self.api_key}
        try:
            async with asyncio.timeout(deadline):
                response = await async_get_clientsession(self.hass).get(url, params=params)
                async with response:
                    response.raise_for_status()
                    body = await read_limited(response.content, MAX_RESPONSE_BYTES)
            reputation = parse_tellows(body)
        except TimeoutError:
            # Too late for this call; nothing learnt, so nothing cached.
            _LOGGER.debug("tellows did not answer within %s s for a call", deadline)
            return None
        except (aiohttp.ClientError, ValueError) as err:
            self.errors += 1
            # Never the URL: it carries the API key.
            reason = (
                f"HTTP {err.status}"
                if isinstance(err, aiohttp.ClientResponseError)
                else str(err)
                if isinstance(err, ValueError)
                else type(err).__name__
            )
            if self.last_error is None:
                _LOGGER.warning("tellows look-up failed: %s (calls are handled without it)", reason)
            self.last_error = reason
            self.cache.put(number, None, self.hass.loop.time())
            return None
        self.last_error = None
        self.cache.put(number, reputation, self.hass.loop.time())
        return reputation
