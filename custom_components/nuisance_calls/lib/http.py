"""Reading HTTP bodies with a size limit (aiohttp stream readers, no HA imports)."""

from __future__ import annotations

from typing import Protocol

__all__ = [
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
