"""Asking an online service about a ringing caller: deadline, cache, budget, one request.

Shared by the tellows and PhoneBlock clients. Asked while a call rings, a
look-up never waits longer than its deadline, never spends more requests a
day than the budget, asks once per number while an answer is on its way
(several lines ringing at once), remembers answers (a failure for a shorter
time, so a broken service is not asked on every ring), and after an HTTP 429
asks nothing until the service's ``Retry-After`` has passed.

A subclass says how to ask (``_get_body``) and what an answer means
(``_parse``); network trouble never reaches the caller (it is counted in
``errors`` and ``last_error``), a refused key raises ``ReputationAuthError``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
import asyncio
from collections.abc import Callable
from datetime import date, datetime
from email.utils import parsedate_to_datetime
import logging
import time
from typing import Final

import aiohttp

from .exceptions import ReputationAuthError, ReputationError, ReputationRateLimitError
from .http import SessionOwner
from .reputation import DailyBudget, ReputationCache

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_RETRY_AFTER",
    "MAX_RETRY_AFTER",
    "LookUpClient",
    "local_today",
    "retry_after_seconds",
]


_LOGGER = logging.getLogger(__name__)

DEFAULT_DEADLINE: Final = 1.0
"""Seconds a ringing call waits at most for an answer."""
DEFAULT_RETRY_AFTER: Final = 60.0
"""Seconds to wait after a 429 without a readable ``Retry-After``."""
MAX_RETRY_AFTER: Final = 24 * 3600.0
"""A ``Retry-After`` longer than a day is read as a day (a broken header stops nothing for good)."""


def local_today() -> date:
    """Today in the local time zone (the budget's day)."""
    return datetime.now().astimezone().date()


def retry_after_seconds(header: str | None, now: float | None = None) -> float:
    """The seconds a ``Retry-After`` header asks for (delta-seconds or an HTTP date)."""
    if header:
        value = header.strip()
        if value.isdigit():
            return min(float(value), MAX_RETRY_AFTER)
        try:
            when = parsedate_to_datetime(value)
        except TypeError, ValueError:
            return DEFAULT_RETRY_AFTER
        wall = time.time() if now is None else now
        return min(max(when.timestamp() - wall, 0.0), MAX_RETRY_AFTER)
    return DEFAULT_RETRY_AFTER


class LookUpClient[T](SessionOwner, ABC):
    """Looks numbers up at one service; ``T`` is what it answers."""

    service: str = "look-up"
    """The service's name in the log."""

    def __init__(
        self,
        session: aiohttp.ClientSession | None,
        *,
        cache_ttl: float,
        daily_budget: int,
        today: Callable[[], date] = local_today,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.session = session
        self._today = today
        self._clock = clock
        self.cache: ReputationCache[T] = ReputationCache(ttl=cache_ttl)
        self.budget = DailyBudget(daily_budget)
        self.requests = 0
        self.errors = 0
        self.last_error: str | None = None
        """The reason of the last failed request, until one works again."""
        self.paused_until = 0.0
        """``clock()`` time before which nothing is asked (the service said 429)."""
        self._pending: dict[str, asyncio.Future[T | None]] = {}

    def cached(self, number: str) -> tuple[bool, T | None]:
        """(known, answer) without any I/O."""
        return self.cache.get(number, self._clock())

    @property
    def paused(self) -> bool:
        """Whether the service asked us to wait (HTTP 429) and the time is not up."""
        return self._clock() < self.paused_until

    async def lookup(self, number: str, deadline: float = DEFAULT_DEADLINE) -> T | None:
        """The number's answer from the cache or the service; None if unknown or failed."""
        known, answer = self.cached(number)
        if known:
            return answer
        if (pending := self._pending.get(number)) is not None:
            try:
                async with asyncio.timeout(deadline):
                    return await asyncio.shield(pending)
            except TimeoutError:
                return None
        if not number.startswith("+") or self.paused or not self.budget.take(self._today()):
            return None
        future: asyncio.Future[T | None] = asyncio.get_running_loop().create_future()
        self._pending[number] = future
        answer = None
        try:
            answer = await self._answer(number, deadline)
        finally:
            # Also when cancelled or refused: waiters get "no answer".
            del self._pending[number]
            future.set_result(answer)
        return answer

    async def _answer(self, number: str, deadline: float) -> T | None:
        try:
            answer = await self._request(number, deadline)
        except TimeoutError:
            return None  # too late for this call; nothing learnt, nothing cached
        except ReputationAuthError:
            self.cache.put(number, None, self._clock())
            raise
        except ReputationError:
            self.cache.put(number, None, self._clock())
            return None
        self.cache.put(number, answer, self._clock())
        return answer

    async def _request(self, number: str, deadline: float) -> T:
        self.requests += 1
        try:
            async with asyncio.timeout(deadline):
                body = await self._get_body(number)
            answer = self._parse(body)
        except TimeoutError:
            raise
        except ReputationRateLimitError as err:
            self.pause(err.retry_after)
            self._failed(err.reason)
            raise
        except ReputationError as err:
            self._failed(err.reason)
            raise
        except ValueError as err:  # not an answer of this service
            self._failed(f"bad_answer: {err}")
            raise ReputationError("bad_answer", str(err)) from err
        except aiohttp.ClientError as err:
            # Never the URL in a message: it may carry a key or the number.
            self._failed(f"unreachable: {type(err).__name__}")
            raise ReputationError("unreachable", type(err).__name__) from err
        self.last_error = None
        return answer

    def pause(self, seconds: float) -> None:
        """Ask nothing for ``seconds`` (the service said 429)."""
        self.paused_until = max(self.paused_until, self._clock() + seconds)

    @abstractmethod
    async def _get_body(self, number: str) -> bytes:
        """The service's answer about a number, as bytes (bounded)."""

    @abstractmethod
    def _parse(self, body: bytes) -> T:
        """What an answer means; raises ``ValueError`` if it is not one."""

    def _failed(self, reason: str) -> None:
        self.errors += 1
        if self.last_error is None:
            _LOGGER.warning(
                "%s look-up failed: %s (calls are handled without it)", self.service, reason
            )
        self.last_error = reason
