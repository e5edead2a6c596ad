"""An asyncio client of the tellows Basic API, with cache, daily budget and deadline.

Asked while a call rings (``lookup.LookUpClient``: deadline, cache, budget,
one request per number). The session is injected; a client made without one
creates its own and closes it in ``close()`` / at the end of ``async with``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Final

import aiohttp

from .exceptions import ReputationAuthError, ReputationError
from .http import read_limited
from .lookup import DEFAULT_DEADLINE, LookUpClient, local_today
from .reputation import MAX_RESPONSE_BYTES, Reputation, parse_tellows

__all__ = [
    "DEFAULT_DEADLINE",
    "TELLOWS_URL",
    "VERIFY_NUMBER",
    "TellowsClient",
]


TELLOWS_URL: Final = "https://www.tellows.de"
VERIFY_NUMBER: Final = "+4930123456"
"""Asked once when a key is checked (any number gives a score)."""


class TellowsClient(LookUpClient[Reputation]):
    """Looks up tellows scores for E.164 numbers."""

    service = "tellows"

    def __init__(
        self,
        session: aiohttp.ClientSession | None,
        api_key: str,
        partner: str,
        *,
        base_url: str = TELLOWS_URL,
        cache_ttl: float = 24 * 3600.0,
        daily_budget: int = 200,
        today: Callable[[], date] = local_today,
    ) -> None:
        super().__init__(session, cache_ttl=cache_ttl, daily_budget=daily_budget, today=today)
        self._api_key = api_key
        self._partner = partner
        self._base_url = base_url.rstrip("/")

    async def verify(self, deadline: float = 10.0) -> Reputation:
        """Ask about one number, raising what went wrong (for checking a key)."""
        return await self._request(VERIFY_NUMBER, deadline)

    async def _get_body(self, number: str) -> bytes:
        url = f"{self._base_url}/basic/num/00{number.removeprefix('+')}"
        params = {"xml": "1", "partner": self._partner, "apikey": self._api_key}
        async with self._http().get(url, params=params) as response:
            if response.status in (401, 403):
                raise ReputationAuthError(f"HTTP {response.status}")
            if response.status != 200:
                raise ReputationError("http_error", f"HTTP {response.status}")
            return await read_limited(response.content, MAX_RESPONSE_BYTES)

    def _parse(self, body: bytes) -> Reputation:
        return parse_tellows(body)
