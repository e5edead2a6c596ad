"""Parse and index a big list in a separate process.

However little a parse allocates, it runs on HA's heap: a full garbage
collection that happens to fire meanwhile walks everything HA holds and, with
the GIL, stalls the event loop for a tenth of a second or more. In a worker
process the parse and the build allocate nothing in HA; only the finished,
compact index (a few arrays) comes back.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
import multiprocessing
from typing import Final

from .listformats import ParsedList, parse_list
from .matcher import IndexBuilder, MatchIndex

__all__ = [
    "ISOLATE_FROM_BYTES",
    "parse_and_build",
    "parse_and_build_isolated",
]


ISOLATE_FROM_BYTES: Final = 2 << 20
"""Documents from this size on are parsed in a worker process."""


def parse_and_build(
    body: bytes, region: str, source: str, allow: bool
) -> tuple[ParsedList, MatchIndex]:
    """Parse a document straight into a new index (raises ``ListFormatError``)."""
    builder = IndexBuilder()
    parsed = parse_list(body, region=region, source=source, allow=allow, into=builder)
    return parsed, builder.build()


def parse_and_build_isolated(
    body: bytes, region: str, source: str, allow: bool
) -> tuple[ParsedList, MatchIndex]:
    """``parse_and_build`` in a fresh worker process (blocking: call from an executor).

    "spawn" rather than "fork": forking a threaded process such as HA is
    unsafe. The worker lives only for this one job.
    """
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(parse_and_build, body, region, source, allow).result()
