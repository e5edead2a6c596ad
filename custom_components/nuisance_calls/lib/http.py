"""HTTP helpers of the clients: who owns the session, and size-limited bodies."""

from __future__ import annotations

from typing import Protocol, Self

import aiohttp

__all__ = [
    "SessionOwner",
    "read_limited",
]


class _Stream(Protocol):
    async def read(self, n: int = -1) -> bytes: ...


async def read_limited(content: _Stream, limit: int) -> bytes:
    """The body, but never more than ``limit + 1`` bytes (enough to say it is too big).

    ``read(n)`` gives what has arrived, up to ``n``: a body in several TCP
    segments takes several reads.
    """
    body = bytearray()
    while len(body) <= limit:
        chunk = await content.read(limit + 1 - len(body))
        if not chunk:
            break
        body += chunk
    return bytes(body)


class SessionOwner:
    """A client on an injected ``aiohttp`` session, or on its own made on first use.

    Only a session the client made itself is closed by ``close()`` (and at the
    end of ``async with``); an injected one belongs to the caller.
    """

    session: aiohttp.ClientSession | None
    _own_session: bool = False

    def _http(self) -> aiohttp.ClientSession:
        if self.session is None:
            self.session = aiohttp.ClientSession()
            self._own_session = True
        return self.session

    async def close(self) -> None:
        """Close the session if this client made it."""
        if self._own_session and self.session is not None:
            await self.session.close()
            self.session = None
            self._own_session = False

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_exc_info: object) -> None:
        await self.close()
