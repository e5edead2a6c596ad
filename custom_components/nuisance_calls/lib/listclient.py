"""Fetching shared lists over HTTP: conditional requests, a size limit, a timeout.

The session is injected (an application shares one); a client made without
one creates its own and closes it in ``close()`` / at the end of ``async
with``. Every failure is a ``ListFetchError`` whose ``problem`` says why.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
import subprocess
from typing import Final

import aiohttp

from . import isolated
from .exceptions import ListFetchError, ListFormatError, ListProblem
from .http import SessionOwner
from .listformats import ParsedList
from .matcher import MatchIndex

__all__ = [
    "FETCH_TIMEOUT",
    "SHARE_REVOKED",
    "SHARE_STATUS_HEADER",
    "Download",
    "ListClient",
    "parse_document",
]


FETCH_TIMEOUT: Final = aiohttp.ClientTimeout(total=60, sock_connect=15)
_CHUNK: Final = 1 << 16
_JOIN_IN_EXECUTOR: Final = 1 << 20
"""From this size on the downloaded chunks are joined in a thread (``_joined``)."""
_JOIN_THREAD: Final = "nuisance_calls_join"
"""The name of the short-lived thread that joins a big document."""
SHARE_STATUS_HEADER: Final = "Nuisance-Calls-Share"
"""A response header of this integration's share links: ``revoked`` once the owner revoked it."""
SHARE_REVOKED: Final = "revoked"


@dataclass(frozen=True, slots=True)
class Download:
    """A fetched document (``body`` None: not modified since the last one)."""

    body: bytes | None
    etag: str | None
    last_modified: str | None


class ListClient(SessionOwner):
    """Downloads list documents."""

    def __init__(self, session: aiohttp.ClientSession | None = None) -> None:
        self.session = session

    async def fetch(
        self,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        max_bytes: int,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Download:
        """Fetch a document, refusing anything over ``max_bytes``.

        With ``etag`` / ``last_modified`` of the last download the server may
        answer "not modified" (``body`` None).
        """
        request_headers = dict(headers or {})
        if etag:
            request_headers["If-None-Match"] = etag
        if last_modified:
            request_headers["If-Modified-Since"] = last_modified
        try:
            async with self._http().get(
                url, headers=request_headers, timeout=FETCH_TIMEOUT
            ) as response:
                if response.status == 304:
                    return Download(None, etag, last_modified)
                if response.headers.get(SHARE_STATUS_HEADER) == SHARE_REVOKED:
                    raise ListFetchError(ListProblem.REVOKED, f"HTTP {response.status}")
                if response.status in (401, 403):
                    raise ListFetchError(ListProblem.AUTH, f"HTTP {response.status}")
                if response.status != 200:
                    raise ListFetchError(ListProblem.HTTP_ERROR, f"HTTP {response.status}")
                if (response.content_length or 0) > max_bytes:
                    raise ListFetchError(
                        ListProblem.TOO_LARGE, f"{response.content_length} bytes > {max_bytes}"
                    )
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.content.iter_chunked(_CHUNK):
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > max_bytes:
                        raise ListFetchError(ListProblem.TOO_LARGE, f"more than {max_bytes} bytes")
                    # A chunk already buffered comes back without a pause: let the
                    # loop run between chunks (a 14 MB list stalled it ~15 ms).
                    await asyncio.sleep(0)
                return Download(
                    await _joined(chunks),
                    response.headers.get("ETag"),
                    response.headers.get("Last-Modified"),
                )
        except (aiohttp.ClientError, TimeoutError, ValueError) as err:
            raise ListFetchError(ListProblem.UNREACHABLE, str(err) or type(err).__name__) from err


async def _joined(chunks: list[bytes]) -> bytes:
    """The chunks as one document; a big one is joined in a thread of its own.

    Joining megabytes is a copy the event loop should not wait for (about
    4 ms for a 14 MB list, page faults included); ``bytes.join`` releases the
    GIL while it copies a big result, so the loop runs on meanwhile.

    Not in the application's executor: glibc's ``malloc`` (Core and
    Supervised installs) gives each thread an arena and keeps a freed block of
    that size there. Joined by whichever of the executor's long-lived threads
    came next, each refresh of a 14 MB list left another 14 MB behind, until
    Home Assistant had grown by ~130 MB (``benchmarks/index_scale.py
    --refreshes 12``). A thread that ends hands its arena on to the next new
    thread, so every join reuses the same block.
    """
    if sum(map(len, chunks)) < _JOIN_IN_EXECUTOR:
        return b"".join(chunks)
    joiner = ThreadPoolExecutor(max_workers=1, thread_name_prefix=_JOIN_THREAD)
    try:
        return await asyncio.get_running_loop().run_in_executor(joiner, b"".join, chunks)
    finally:
        joiner.shutdown(wait=False)  # the thread ends as soon as it has joined


def parse_document(
    body: bytes, region: str, source: str, allow: bool
) -> tuple[ParsedList, MatchIndex]:
    """Parse a document and build its index (blocking: run in an executor).

    The entries go straight from the parser into the index builder, so no
    object per entry outlives this call; big documents are parsed in a
    worker process (see ``isolated``). Raises ``ListFetchError`` (malformed).
    """
    big = len(body) >= isolated.ISOLATE_FROM_BYTES
    build = isolated.parse_and_build_isolated if big else isolated.parse_and_build
    try:
        return build(body, region, source, allow)
    except ListFormatError as err:
        raise ListFetchError(ListProblem.MALFORMED, str(err)) from err
    except (OSError, RuntimeError, subprocess.SubprocessError, ValueError) as err:
        # The worker process could not be run or died (out of memory, killed).
        raise ListFetchError(ListProblem.MALFORMED, f"could not be read: {err}") from err
