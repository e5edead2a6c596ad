"""An asyncio client of the tellows Basic API, with cache, daily budget and deadline.

Asked while a call rings, so it never waits longer than the deadline, never
spends more requests a day than the budget, asks once per number while an
answer is on its way (several lines ringing at once), and remembers answers
(a failure for a shorter time, so a broken service is not asked on every
ring). The session is injected; a client made without one creates its own
and closes it in ``close()`` / at the end of ``async with``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date, datetime
import logging
from typing import Final

import aiohttp

from .exceptions import ReputationAuthError, ReputationError
from .http import SessionOwner, read_limited
from .reputation import (
    MAX_RESPONSE_BYTES,
    DailyBudget,
    Reputation,
    ReputationCache,
    parse_tellows,
)

__all__ = [
    "DEFAULT_DEADLINE",
    "TELLOWS_URL",
    "VERIFY_NUMBER",
    "TellowsClient",
]


_LOGGER = logging.getLogger(__name__)

TELLOWS_URL: Final = "https://www.tellows.de"
DEFAULT_DEADLINE: Final = 1.0
"""Seconds a ringing call waits at most for its score."""
VERIFY_NUMBER: Final = "+4930123456"
"""Asked once when a key is checked (any number gives a score)."""


def _local_today() -> date:
    return datetime.now().astimezone().date()


class TellowsClient(SessionOwner):
    """Looks up tellows scores for E.164 numbers."""

    def __init__(
        self,
        session: aiohttp.ClientSession | None,
        api_key: str,
        partner: str,
        *,
        base_url: str = TELLOWS_URL,
        cache_ttl: float = 24 * 3600.0,
        daily_budget: int = 200,
        today: Callable[[], date] = _local_today,
    ) -> None:
        self.session = session
        self._api_key = api_key
        self._partner = partner
        self._base_url = base_url.rstrip("/")
        self._today = today
        self.cache = ReputationCache(ttl=cache_ttl)
        self.budget = DailyBudget(daily_budget)
        self.requests = 0
        self.errors = 0
        self.last_error: str | None = None
        """The reason of the last failed request, until one works again."""
        self._pending: dict[str, asyncio.Future[Reputation | None]] = {}

    def cached(self, number: str) -> tuple[bool, Reputation | None]:
        """(known, reputation) without any I/O."""
        return self.cache.get(number, asyncio.get_running_loop().time())

    async def lookup(self, number: str, deadline: float = DEFAULT_DEADLINE) -> Reputation | None:
        """The number's reputation from the cache or tellows; None if unknown or failed.

        Never raises for network trouble (it is counted in ``errors`` and
        ``last_error``); a refused key raises ``ReputationAuthError``.
        """
        known, reputation = self.cached(number)
        if known:
            return reputation
        if (pending := self._pending.get(number)) is not None:
            try:
                async with asyncio.timeout(deadline):
                    return await asyncio.shield(pending)
            except TimeoutError:
                return None
        if not number.startswith("+") or not self.budget.take(self._today()):
            return None
        future: asyncio.Future[Reputation | None] = asyncio.get_running_loop().create_future()
        self._pending[number] = future
        reputation = None
        try:
            reputation = await self._answer(number, deadline)
        finally:
            # Also when cancelled or refused: waiters get "no answer".
            del self._pending[number]
            future.set_result(reputation)
        return reputation

    async def verify(self, deadline: float = 10.0) -> Reputation:
        """Ask about one number, raising what went wrong (for checking a key)."""
        return await self._request(VERIFY_NUMBER, deadline)

    async def _answer(self, number: str, deadline: float) -> Reputation | None:
        now = asyncio.get_running_loop().time
        try:
            reputation = await self._request(number, deadline)
        except TimeoutError:
            return None  # too late for this call; nothing learnt, nothing cached
        except ReputationAuthError:
            self.cache.put(number, None, now())
            raise
        except ReputationError:
            self.cache.put(number, None, now())
            return None
        self.cache.put(number, reputation, now())
        return reputation

    async def _request(self, number: str, deadline: float) -> Reputation:
        self.requests += 1
        try:
            async with asyncio.timeout(deadline):
                body = await self._get(number)
            reputation = parse_tellows(body)
        except TimeoutError:
            raise
        except ReputationError as err:
            self._failed(err.reason)
            raise
        except ValueError as err:  # not a tellows answer
            self._failed(f"bad_answer: {err}")
            raise ReputationError("bad_answer", str(err)) from err
        except aiohttp.ClientError as err:
            # Never the URL in a message: it carries the API key.
            self._failed(f"unreachable: {type(err).__name__}")
            raise ReputationError("unreachable", type(err).__name__) from err
        self.last_error = None
        return reputation

    async def _get(self, number: str) -> bytes:
        url = f"{self._base_url}/basic/num/00{number.removeprefix('+')}"
        params = {"xml": "1", "partner": self._partner, "apikey": self._api_key}
        async with self._http().get(url, params=params) as response:
            if response.status in (401, 403):
                raise ReputationAuthError(f"HTTP {response.status}")
            if response.status != 200:
                raise ReputationError("http_error", f"HTTP {response.status}")
            return await read_limited(response.content, MAX_RESPONSE_BYTES)

    def _failed(self, reason: str) -> None:
        self.errors += 1
        if self.last_error is None:
            _LOGGER.warning("tellows look-up failed: %s (calls are handled without it)", reason)
        self.last_error = reason
