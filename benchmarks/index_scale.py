"""How the shared-list match index scales: build, memory, lookups, parse, loop stalls.

For each size N (list entries; default 10k, 100k and 1M) one synthetic German
list is generated and measured:

1. ``MatchIndex(records)``: build time (no tracemalloc), then a second build
   under tracemalloc for its peak and retained memory, ``nbytes()`` and bytes
   per entry;
2. ``MatchIndex.lookup``: mean and p99 per number for exact hits, range hits
   and misses;
3. ``parse_list`` of the same list as a plain-text document (informative).

For the largest size only, one real Home Assistant instance subscribes to the
list, served by an aiohttp server on 127.0.0.1, and the benchmark measures how
long the event loop stalls while ``nuisance_calls.refresh_lists`` downloads,
parses and indexes a changed copy of it (and, as a baseline, while idle).
The product requirement checked: the loop is never blocked for more than 50 ms.

Run from the repository root::

    .venv/bin/python -m benchmarks.index_scale [--sizes 10000,100000,1000000]

See benchmarks/README.md for what exactly is measured.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
import gc
import inspect
import logging
from pathlib import Path
import random
import re
import sys
import tempfile
import threading
import time
import tracemalloc
from typing import Any

# Runnable as ``python benchmarks/index_scale.py`` too: the repository root
# must be importable for ``custom_components``.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiohttp import web
from homeassistant import loader
from homeassistant.core import HomeAssistant
from homeassistant.helpers import frame, translation
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_test_home_assistant,
)

from benchmarks.common import print_machine, print_table, quiet_logging, setup_loopback_http

# Import our package before HA looks for custom integrations (see tests/conftest.py).
import custom_components.nuisance_calls  # noqa: F401
from custom_components.nuisance_calls import household as household_module, lists as lists_module
from custom_components.nuisance_calls.const import (
    CONF_LIST_MODE,
    CONF_MAX_SIZE_MB,
    CONF_REFRESH_HOURS,
    CONF_SOURCE,
    CONF_URL,
    DOMAIN,
    LIST_MODE_FLAG,
    SERVICE_REFRESH_LISTS,
    SOURCE_LIST,
)
from custom_components.nuisance_calls.household import HOUSEHOLD, Household
from custom_components.nuisance_calls.lib import listclient as listclient_module
from custom_components.nuisance_calls.lib.listformats import parse_list
from custom_components.nuisance_calls.lib.matcher import ListRecord, MatchIndex
from custom_components.nuisance_calls.lists import ListSubscription

DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
STALL_LIMIT_MS = 50.0
"""The requirement: HA's event loop is never blocked for longer than this."""
MONITOR_INTERVAL = 0.001
"""The stall monitor sleeps this long and records how late it wakes up."""
RANGE_SHARE = 0.05
DUPLICATE_SHARE = 0.02
"""Share of exact numbers that the second source lists too."""
LABEL_COUNT = 3000
SOURCES = ("list:alpha", "list:beta")
SLOW_CALLBACK_S = 0.02
"""With --diagnose: asyncio debug mode reports loop steps longer than this."""
WAIT_TIMEOUT = 600.0
"""Seconds any single HA step (setup, refresh) may take before the run is declared broken."""

# Area codes (national, without the trunk 0): cities, mobile networks, services.
AREA_CODES = (
    "30", "40", "69", "89", "201", "211", "221", "228", "231", "341", "351", "421", "511",
    "611", "711", "721", "911", "2151", "2241", "3381", "4121", "5251", "6131", "7121",
    "8031", "9131", "33203", "151", "152", "157", "159", "160", "162", "163", "170",
    "171", "172", "173", "175", "176", "177", "178", "179", "180", "900",
)  # fmt: skip
MOBILE_PREFIXES = ("15", "16", "17")
TAG_SETS: tuple[tuple[str, ...], ...] = (
    (),
    ("spam",),
    ("spam", "callcenter"),
    ("scam",),
    ("scam", "ping_call"),
    ("survey",),
    ("debt_collection",),
    ("spam", "energy", "sales"),
)
LABEL_WORDS = (
    "Energie", "Vertrieb", "Umfrage", "Gewinnspiel", "Inkasso", "Versicherung", "Telekom",
    "Service", "Direkt", "Marketing", "Beratung", "Solar", "Finanz", "Lotto", "Strom",
)  # fmt: skip
LABEL_SUFFIXES = ("GmbH", "AG", "KG", "UG", "Callcenter", "Service", "e.K.", "")


# --------------------------------------------------------------------------- data


@dataclass
class Dataset:
    """One synthetic list and the numbers to look up in it."""

    size: int
    records: list[ListRecord]
    """Both sources' records, as a list's index would get them."""
    text: bytes
    """The list as a plain-text document: one number or range per line."""
    exact_hits: list[str]
    range_hits: list[str]
    misses: list[str]


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choices("0123456789", k=count)) if count > 0 else ""


def _national_number(rng: random.Random) -> str:
    """A plausible German national significant number, 9 to 11 digits."""
    code = rng.choice(AREA_CODES)
    length = rng.randint(10, 11) if code.startswith(MOBILE_PREFIXES) else rng.randint(9, 11)
    return code + rng.choice("123456789") + _digits(rng, length - len(code) - 1)


def _range_prefix(rng: random.Random) -> str:
    """A range's national prefix, 4 to 7 digits, mostly long (short ones cover a lot)."""
    length = rng.choices((4, 5, 6, 7), weights=(1, 9, 30, 60))[0]
    code = rng.choice([c for c in AREA_CODES if len(c) < length])
    return code + _digits(rng, length - len(code))


def _labels(rng: random.Random) -> list[str]:
    labels = {
        f"{rng.choice(LABEL_WORDS)} {rng.choice(LABEL_WORDS)} {rng.randint(1, 999)}"
        f" {rng.choice(LABEL_SUFFIXES)}".strip()
        for _ in range(LABEL_COUNT * 2)
    }
    return sorted(labels)[:LABEL_COUNT]


def _under_range(digits: str, prefixes: set[str]) -> bool:
    """Whether E.164 ``digits`` (without +) fall under one of ``prefixes`` (with 49)."""
    return any(digits[:length] in prefixes for length in range(6, 10))


def make_dataset(size: int, seed: int, lookups: int) -> Dataset:
    """``size`` records: ~5 % ranges, 2 sources, ~2 % numbers listed by both."""
    rng = random.Random(seed)
    labels = _labels(rng)

    range_count = max(1, round(size * RANGE_SHARE))
    prefixes: set[str] = set()
    while len(prefixes) < range_count:
        prefixes.add("49" + _range_prefix(rng))

    duplicate_count = round((size - range_count) * DUPLICATE_SHARE)
    unique_count = size - range_count - duplicate_count
    numbers: set[str] = set()
    while len(numbers) < unique_count:
        numbers.add("49" + _national_number(rng))
    exact = list(numbers)
    rng.shuffle(exact)

    def record(number: str, source: str) -> ListRecord:
        labelled = rng.random() < 0.6
        return ListRecord(
            number=number,
            allow=rng.random() < 0.01,
            tags=rng.choice(TAG_SETS),
            label=rng.choice(labels) if labelled else "",
            score=round(rng.random(), 2) if rng.random() < 0.3 else None,
            source=source,
        )

    records = [record(f"+{digits}", rng.choice(SOURCES)) for digits in exact]
    records += [record(f"+{digits}", SOURCES[1]) for digits in exact[:duplicate_count]]
    records += [record(f"+{prefix}*", rng.choice(SOURCES)) for prefix in sorted(prefixes)]
    rng.shuffle(records)
    text = "\n".join(r.number for r in records).encode() + b"\n"

    exact_hits = [f"+{digits}" for digits in rng.choices(exact, k=lookups)]
    range_hits: list[str] = []
    prefix_list = sorted(prefixes)
    while len(range_hits) < lookups:
        prefix = rng.choice(prefix_list)
        digits = prefix + _digits(rng, rng.randint(11, 13) - len(prefix))
        if digits not in numbers:
            range_hits.append(f"+{digits}")
    misses: list[str] = []
    while len(misses) < lookups:
        digits = "49" + _national_number(rng)
        if digits not in numbers and not _under_range(digits, prefixes):
            misses.append(f"+{digits}")
    return Dataset(size, records, text, exact_hits, range_hits, misses)


# --------------------------------------------------------------------------- stats


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0-100) with linear interpolation."""
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def progress(text: str) -> None:
    """A progress line (the tables come at the end)."""
    print(f"  .. {text}", flush=True)


@contextmanager
def collected() -> Iterator[None]:
    """Start from a collected heap (so one measurement's garbage does not hit the next)."""
    gc.collect()
    yield


# --------------------------------------------------------------------------- offline


@dataclass
class LookupStats:
    """Lookup times of one kind of number, microseconds."""

    mean: float
    p99: float
    found: int


@dataclass
class SizeResults:
    """Everything measured for one size."""

    size: int
    exact: int = 0
    ranges: int = 0
    rejected: int = 0
    build_s: list[float] = field(default_factory=list)
    build_traced_s: float = 0.0
    peak_bytes: int = 0
    retained_bytes: int = 0
    nbytes: int = 0
    lookups: dict[str, LookupStats] = field(default_factory=dict)
    parse_s: float = 0.0
    parsed: int = 0
    skipped: int = 0
    document_bytes: int = 0


def measure_lookups(index: MatchIndex, numbers: list[str]) -> LookupStats:
    """Mean from one tight loop; p99 from timing each call (includes ~0.05 us timer cost)."""
    lookup = index.lookup
    for number in numbers[:1000]:  # warm up
        lookup(number)
    start = time.perf_counter_ns()
    found = sum(1 for number in numbers if lookup(number) is not None)
    mean = (time.perf_counter_ns() - start) / len(numbers) / 1000
    clock = time.perf_counter_ns
    samples: list[float] = []
    append = samples.append
    for number in numbers:
        before = clock()
        lookup(number)
        append(clock() - before)
    return LookupStats(mean, percentile(samples, 99) / 1000, found)


def measure_size(data: Dataset, repeat: int) -> SizeResults:
    """Build, memory, lookup and parse figures of one dataset."""
    results = SizeResults(data.size, document_bytes=len(data.text))
    index = MatchIndex()
    for _ in range(repeat):
        del index
        with collected():
            start = time.perf_counter()
            index = MatchIndex(data.records)
            results.build_s.append(time.perf_counter() - start)
    results.exact, results.ranges = index.exact_count, index.range_count
    results.rejected, results.nbytes = index.rejected, index.nbytes()

    with collected():
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            tracemalloc.reset_peak()
            start = time.perf_counter()
            traced = MatchIndex(data.records)
            results.build_traced_s = time.perf_counter() - start
            gc.collect()
            current, peak = tracemalloc.get_traced_memory()
            results.peak_bytes, results.retained_bytes = peak - base, current - base
            del traced
        finally:
            tracemalloc.stop()

    for kind, numbers, expect_found in (
        ("exact hit", data.exact_hits, True),
        ("range hit", data.range_hits, True),
        ("miss", data.misses, False),
    ):
        stats = measure_lookups(index, numbers)
        if stats.found != (len(numbers) if expect_found else 0):
            raise RuntimeError(f"{kind}: {stats.found} of {len(numbers)} found")
        results.lookups[kind] = stats

    with collected():
        start = time.perf_counter()
        parsed = parse_list(data.text, region="DE", source=SOURCES[0])
        results.parse_s = time.perf_counter() - start
    results.parsed, results.skipped = len(parsed.records), parsed.skipped
    return results


# --------------------------------------------------------------------------- stall monitor


class StallMonitor:
    """Sleeps 1 ms in a loop on the event loop and records how late each wakeup is."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        """Lateness of each wakeup, ms."""
        self.events: list[tuple[float, float]] = []
        """(perf_counter at wakeup, gap ms) of each wakeup later than 10 ms."""
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        clock = time.perf_counter
        while True:
            expected = clock() + MONITOR_INTERVAL
            await asyncio.sleep(MONITOR_INTERVAL)
            now = clock()
            gap = max(0.0, (now - expected) * 1000)
            self.gaps.append(gap)
            if gap > 10:
                self.events.append((now, gap))

    def start(self) -> None:
        """Start monitoring (clears what was recorded)."""
        self.gaps.clear()
        self.events.clear()
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        """Stop monitoring."""
        if self._task is not None:
            self._task.cancel()
            with suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    @property
    def max(self) -> float:
        """The longest stall, ms."""
        return max(self.gaps, default=0.0)

    @property
    def p99(self) -> float:
        """p99 of the wakeup lateness, ms."""
        return percentile(self.gaps, 99) if self.gaps else 0.0


# --------------------------------------------------------------------------- instrumentation


class Timeline:
    """Phase and GC timestamps (perf_counter), for attributing stalls (``--diagnose``).

    Wraps module functions of the integration for one refresh only; the
    measured refresh without ``--diagnose`` runs the integration unmodified.
    """

    def __init__(self) -> None:
        self.spans: list[tuple[str, str, float, float]] = []
        """(what, thread, start, end)."""
        self._gc_start: dict[int, float] = {}
        self._restore: list[Callable[[], None]] = []

    def _record(self, what: str, start: float) -> None:
        self.spans.append((what, threading.current_thread().name, start, time.perf_counter()))

    def _on_gc(self, phase: str, info: dict[str, Any]) -> None:
        thread = threading.get_ident()
        if phase == "start":
            self._gc_start[thread] = time.perf_counter()
        elif (start := self._gc_start.pop(thread, None)) is not None:
            self._record(f"gc gen{info['generation']}", start)

    def wrap(self, owner: Any, name: str, what: str) -> None:
        """Record each call of ``owner.name`` (sync or async)."""
        original = getattr(owner, name)

        if inspect.iscoroutinefunction(original):

            async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
                start = time.perf_counter()
                try:
                    return await original(*args, **kwargs)
                finally:
                    self._record(what, start)

            setattr(owner, name, async_wrapper)
        else:

            def wrapper(*args: Any, **kwargs: Any) -> Any:
                start = time.perf_counter()
                try:
                    return original(*args, **kwargs)
                finally:
                    self._record(what, start)

            setattr(owner, name, wrapper)
        self._restore.append(lambda: setattr(owner, name, original))

    def install(self) -> None:
        """Wrap the refresh's steps and follow the garbage collector."""
        self.wrap(listclient_module.ListClient, "fetch", "download (loop, awaits)")
        self.wrap(lists_module, "parse_document", "parse_document (executor)")
        self.wrap(lists_module, "_write_atomically", "write raw copy (executor)")
        self.wrap(household_module, "CombinedIndex", "CombinedIndex (loop)")
        self.wrap(Household, "set_list", "set_list (loop)")
        self.wrap(ListSubscription, "_apply", "_apply (loop, awaits parse+set_list)")
        self.wrap(ListSubscription, "_notify", "_notify: sensor state writes (loop)")
        gc.callbacks.append(self._on_gc)
        self._restore.append(lambda: gc.callbacks.remove(self._on_gc))

    def uninstall(self) -> None:
        """Undo ``install``."""
        while self._restore:
            self._restore.pop()()

    def overlapping(self, start: float, end: float) -> list[str]:
        """What ran (or was awaited) during [start, end]; collections summed up."""
        found = []
        collections: list[tuple[float, str, str]] = []
        for what, thread, span_start, span_end in self.spans:
            if span_start < end and span_end > start:
                if what.startswith("gc "):
                    collections.append((span_end - span_start, what, thread))
                    continue
                found.append(
                    f"{what} [{thread}] {(span_end - span_start) * 1000:.0f} ms"
                    f" (started {(span_start - start) * 1000:+.0f} ms)"
                )
        if collections:
            longest, what, thread = max(collections)
            found.append(
                f"{len(collections)} gc run(s), {sum(c[0] for c in collections) * 1000:.1f} ms"
                f" in all, longest {what} [{thread}] {longest * 1000:.1f} ms"
            )
        return found


# --------------------------------------------------------------------------- Home Assistant


@dataclass
class StallResults:
    """Loop stalls in Home Assistant during a refresh of the largest list."""

    size: int
    idle_seconds: float = 0.0
    idle_max: float = 0.0
    idle_p99: float = 0.0
    idle_wakeups: int = 0
    setup_s: float = 0.0
    refresh_s: float = 0.0
    refresh_max: float = 0.0
    refresh_p99: float = 0.0
    refresh_wakeups: int = 0
    refresh_over_limit: int = 0
    entries_after: int = 0
    worst: list[tuple[float, list[str]]] = field(default_factory=list)
    """With --diagnose: the longest stalls and what overlapped them."""
    diagnose_max: float | None = None
    slow_callbacks: list[str] = field(default_factory=list)
    """With --diagnose: asyncio debug mode's report of loop steps over 20 ms."""


class ListServer:
    """Serves one text document on 127.0.0.1 with an ETag (304 when unchanged)."""

    def __init__(self) -> None:
        self.body = b""
        self.etag = '"v0"'
        self.requests = 0
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def _handle(self, request: web.Request) -> web.Response:
        self.requests += 1
        if request.headers.get("If-None-Match") == self.etag:
            return web.Response(status=304, headers={"ETag": self.etag})
        return web.Response(body=self.body, content_type="text/plain", headers={"ETag": self.etag})

    def serve(self, body: bytes, version: int) -> None:
        """Serve ``body`` from now on, under a new ETag."""
        self.body, self.etag = body, f'"v{version}"'

    async def start(self) -> None:
        """Listen on 127.0.0.1, on a free port."""
        app = web.Application()
        app.router.add_get("/list.txt", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def url(self) -> str:
        """The list's URL."""
        return f"http://127.0.0.1:{self.port}/list.txt"


async def _refresh(hass: HomeAssistant, monitor: StallMonitor) -> float:
    """Call refresh_lists with the monitor running; wall time in s."""
    await asyncio.sleep(0.2)  # let the monitor settle
    start = time.perf_counter()
    async with asyncio.timeout(WAIT_TIMEOUT):
        await hass.services.async_call(DOMAIN, SERVICE_REFRESH_LISTS, {}, blocking=True)
    elapsed = time.perf_counter() - start
    await asyncio.sleep(0.2)  # what the refresh left behind (state writes, frees) counts too
    return elapsed


async def bench_hass(size: int, seed: int, args: argparse.Namespace) -> StallResults:
    """Subscribe a real HA to the list, then refresh it with a changed copy."""
    results = StallResults(size, idle_seconds=args.idle)
    progress(f"HA: generating two {size:,}-entry lists (served as text)")
    first = make_dataset(size, seed + 1, 1).text
    second = make_dataset(size, seed + 2, 1).text
    server = ListServer()
    await server.start()
    try:
        with tempfile.TemporaryDirectory(prefix="index_scale_") as config_dir:
            async with async_test_home_assistant(config_dir=config_dir) as hass:
                # The test helper blocks custom integrations unless this is gone.
                hass.data.pop(loader.DATA_CUSTOM_COMPONENTS, None)
                frame.async_setup(hass)
                await translation.async_load_integrations(hass, {"homeassistant"})
                try:
                    await _bench_in_hass(hass, server, (first, second), results, args)
                finally:
                    await hass.async_block_till_done()
                    await hass.async_stop(force=True)
    finally:
        await server.stop()
    return results


async def _bench_in_hass(
    hass: HomeAssistant,
    server: ListServer,
    bodies: tuple[bytes, bytes],
    results: StallResults,
    args: argparse.Namespace,
) -> None:
    # Our manifest depends on http; bind it to loopback (HA does not start its
    # server here anyway: that waits for the frontend or the start event).
    await setup_loopback_http(hass)
    server.serve(bodies[0], 1)
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Benchmark list",
        data={CONF_SOURCE: SOURCE_LIST, CONF_URL: server.url, CONF_LIST_MODE: LIST_MODE_FLAG},
        options={CONF_REFRESH_HOURS: 6, CONF_MAX_SIZE_MB: 50},
    )
    entry.add_to_hass(hass)
    progress(f"HA: setting up the subscription ({len(bodies[0]):,} bytes: download, parse, build)")
    start = time.perf_counter()
    async with asyncio.timeout(WAIT_TIMEOUT):
        if not await hass.config_entries.async_setup(entry.entry_id):
            raise RuntimeError("nuisance_calls did not set up the list")
        await hass.async_block_till_done()
    results.setup_s = time.perf_counter() - start
    subscription: ListSubscription = entry.runtime_data
    if subscription.entries != results.size or subscription.problem.value != "ok":
        raise RuntimeError(
            f"list set up with {subscription.entries} entries, problem {subscription.problem}"
        )
    gc.collect()

    monitor = StallMonitor()
    progress(f"HA: idle baseline, {args.idle:.0f} s")
    monitor.start()
    await asyncio.sleep(args.idle)
    await monitor.stop()
    results.idle_max, results.idle_p99 = monitor.max, monitor.p99
    results.idle_wakeups = len(monitor.gaps)

    progress("HA: refresh_lists with a changed list (new ETag), stall monitor running")
    server.serve(bodies[1], 2)
    requests = server.requests
    monitor.start()
    results.refresh_s = await _refresh(hass, monitor)
    await monitor.stop()
    if server.requests != requests + 1 or subscription.problem.value != "ok":
        raise RuntimeError(f"refresh did not download the list ({subscription.problem})")
    results.refresh_max, results.refresh_p99 = monitor.max, monitor.p99
    results.refresh_wakeups = len(monitor.gaps)
    results.refresh_over_limit = sum(1 for gap in monitor.gaps if gap > STALL_LIMIT_MS)
    results.entries_after = len(hass.data[HOUSEHOLD].index)

    if args.diagnose:
        await _diagnose(hass, server, bodies[0], monitor, results)


async def _diagnose(
    hass: HomeAssistant,
    server: ListServer,
    body: bytes,
    monitor: StallMonitor,
    results: StallResults,
) -> None:
    """One more refresh, instrumented: what overlapped the longest stalls."""
    progress("HA: --diagnose: one more refresh with timestamps around each step and GC")
    server.serve(body, 3)
    timeline = Timeline()
    # asyncio's debug mode names each loop step that ran longer than this.
    loop = asyncio.get_running_loop()
    slow = SlowCallbacks()
    asyncio_logger = logging.getLogger("asyncio")
    asyncio_logger.addHandler(slow)
    asyncio_logger.propagate = False
    loop.slow_callback_duration = SLOW_CALLBACK_S
    loop.set_debug(True)
    timeline.install()
    try:
        monitor.start()
        await _refresh(hass, monitor)
        await monitor.stop()
    finally:
        timeline.uninstall()
        loop.set_debug(False)
        asyncio_logger.removeHandler(slow)
        asyncio_logger.propagate = True
    results.diagnose_max = monitor.max
    results.slow_callbacks = [
        *slow.messages,
        f"(and {slow.dropped} wakeup(s) of the stall monitor itself, waiting for the GIL)",
    ]
    for end, gap in sorted(monitor.events, key=lambda event: -event[1])[:10]:
        start = end - gap / 1000 - MONITOR_INTERVAL
        results.worst.append((gap, timeline.overlapping(start, end)))


class SlowCallbacks(logging.Handler):
    """Collects asyncio's "Executing <handle> took N seconds" debug warnings."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []
        self.dropped = 0

    def emit(self, record: logging.LogRecord) -> None:
        """Keep which coroutine step it was and how long it took.

        The monitor's own wakeups (its task and its sleep's timer) are left
        out: when they are slow, they were waiting for the GIL.
        """
        message = record.getMessage()
        took = re.search(r"took ([0-9.]+) seconds", message)
        if not message.startswith("Executing") or took is None:
            return
        if "StallMonitor" in message or "_set_result_unless_cancelled" in message:
            self.dropped += 1
            return
        coro = re.search(r"coro=<(\S+) running at (\S+?)>", message)
        what = f"{coro[1]} at {Path(coro[2]).name}" if coro else " ".join(message.split())[:160]
        self.messages.append(f"{float(took[1]) * 1000:6.1f} ms  {what}")


# --------------------------------------------------------------------------- report


def fmt_bytes(value: float) -> str:
    """Bytes as MiB / KiB."""
    if value >= 1 << 20:
        return f"{value / (1 << 20):.1f} MiB"
    return f"{value / 1024:.1f} KiB"


def fmt_s(value: float) -> str:
    """Seconds as ms or s."""
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def report(
    sizes: list[SizeResults], stall: StallResults | None, args: argparse.Namespace, elapsed: float
) -> None:
    """Print the tables."""
    print_machine(interpreter_details=True)
    headers = ("metric", *(f"N = {r.size:,}" for r in sizes))

    def row(label: str, value: Callable[[SizeResults], str]) -> tuple[str, ...]:
        return (label, *(value(r) for r in sizes))

    rows = [
        row("distinct exact numbers / ranges", lambda r: f"{r.exact:,} / {r.ranges:,}"),
        row(
            f"build MatchIndex, min of {args.repeat}",
            lambda r: fmt_s(min(r.build_s)),
        ),
        row(f"build MatchIndex, max of {args.repeat}", lambda r: fmt_s(max(r.build_s))),
        row("build under tracemalloc (slower)", lambda r: fmt_s(r.build_traced_s)),
        row("build peak memory (tracemalloc)", lambda r: fmt_bytes(r.peak_bytes)),
        row("index retained memory (tracemalloc)", lambda r: fmt_bytes(r.retained_bytes)),
        row(
            "retained bytes / entry",
            lambda r: f"{r.retained_bytes / (r.exact + r.ranges):.1f}",
        ),
        row("nbytes() (per-entry arrays)", lambda r: fmt_bytes(r.nbytes)),
        row("nbytes() / exact number", lambda r: f"{r.nbytes / max(r.exact, 1):.1f}"),
    ]
    rows.extend(
        row(f"lookup {kind}: mean / p99 (us)", lambda r, k=kind: _lookup_cell(r.lookups[k]))
        for kind in ("exact hit", "range hit", "miss")
    )
    rows += [
        row("plain-text document", lambda r: fmt_bytes(r.document_bytes)),
        row("parse_list (text, informative)", lambda r: fmt_s(r.parse_s)),
        row("parse_list per entry (us)", lambda r: f"{r.parse_s / r.size * 1e6:.1f}"),
        row("parsed / skipped", lambda r: f"{r.parsed:,} / {r.skipped:,}"),
    ]
    print("Index (offline, no Home Assistant)")
    print_table(headers, rows)
    print()
    if stall is not None:
        verdict = "PASS" if stall.refresh_max <= STALL_LIMIT_MS else "FAIL"
        print(f"Event loop stalls in Home Assistant, list of N = {stall.size:,} entries")
        print_table(
            ("phase", "wall time", "wakeups", "max stall (ms)", "p99 stall (ms)"),
            [
                (
                    "idle baseline",
                    fmt_s(stall.idle_seconds),
                    f"{stall.idle_wakeups:,}",
                    f"{stall.idle_max:.2f}",
                    f"{stall.idle_p99:.2f}",
                ),
                (
                    "refresh_lists (changed list)",
                    fmt_s(stall.refresh_s),
                    f"{stall.refresh_wakeups:,}",
                    f"{stall.refresh_max:.2f}",
                    f"{stall.refresh_p99:.2f}",
                ),
            ],
        )
        print(
            f"  requirement: no stall over {STALL_LIMIT_MS:.0f} ms -> {verdict}"
            f" (longest {stall.refresh_max:.1f} ms; {stall.refresh_over_limit} stall(s)"
            f" over {STALL_LIMIT_MS:.0f} ms)"
        )
        print(
            f"  initial setup of the subscription (download, parse, build): "
            f"{fmt_s(stall.setup_s)}; entries in the index after the refresh:"
            f" {stall.entries_after:,} (distinct numbers + ranges)"
        )
        if stall.worst:
            print()
            print(
                f"  --diagnose refresh (instrumented, longest stall {stall.diagnose_max:.1f} ms):"
                " the longest stalls and what overlapped them"
            )
            for gap, overlapping in stall.worst:
                print(f"    {gap:7.1f} ms: {'; '.join(overlapping) or 'nothing recorded'}")
            print(
                f"  asyncio debug mode, loop steps over {SLOW_CALLBACK_S * 1000:.0f} ms"
                " (their time includes waiting for the GIL):"
            )
            for message in stall.slow_callbacks or ["none"]:
                print(f"    {message}")
        print()
    print("Notes")
    print(
        "  N = list entries (records): ~5 % ranges (+49 + 4-7 digit national prefix),"
        " 2 sources, ~2 % of the numbers listed by both; numbers +49 + 9-11 digits."
    )
    print(
        "  build: MatchIndex(records) on the records in memory, gc on, heap collected first;"
        " memory from a separate build under tracemalloc, which slows it."
    )
    print(
        f"  lookups: {args.lookups:,} numbers per kind; mean from one tight loop, p99 from"
        " timing each call (includes the perf_counter_ns cost, ~0.05 us)."
    )
    print(
        f"  stalls: a task sleeps {MONITOR_INTERVAL * 1000:.0f} ms in a loop on HA's event loop;"
        " stall = how much later than due it woke up."
    )
    print(f"  total run time: {elapsed:.0f} s")


def _lookup_cell(stats: LookupStats) -> str:
    return f"{stats.mean:.2f} / {stats.p99:.2f}"


# --------------------------------------------------------------------------- main


def parse_sizes(text: str) -> list[int]:
    """``10000,100000`` -> [10000, 100000]."""
    try:
        sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of sizes: {text!r}") from None
    if not sizes or min(sizes) < 100:
        raise argparse.ArgumentTypeError("sizes must be at least 100")
    return sorted(set(sizes))


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.index_scale",
        description="Match index build, memory, lookup and loop stalls at list sizes.",
    )
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        default=list(DEFAULT_SIZES),
        help="comma-separated list sizes (10000,100000,1000000); HA stalls for the largest",
    )
    parser.add_argument(
        "--lookups", type=int, default=100_000, help="lookups per kind of number (100000)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="timed builds per size (3)")
    parser.add_argument("--idle", type=float, default=5.0, help="idle baseline, seconds (5)")
    parser.add_argument("--seed", type=int, default=20261, help="random seed")
    parser.add_argument("--no-hass", action="store_true", help="skip the Home Assistant part")
    parser.add_argument(
        "--diagnose",
        action="store_true",
        help="after the measured refresh, refresh once more instrumented and show what"
        " overlapped the longest stalls",
    )
    args = parser.parse_args(argv)
    if args.lookups < 100 or args.repeat < 1 or args.idle <= 0:
        parser.error("--lookups must be >= 100, --repeat >= 1, --idle > 0")
    return args


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    args = parse_args(argv)
    quiet_logging()
    started = time.monotonic()
    sizes: list[SizeResults] = []
    for number, size in enumerate(args.sizes, 1):
        print(f"[{number}/{len(args.sizes)}] N = {size:,}", flush=True)
        progress("generating the list")
        data = make_dataset(size, args.seed + size, args.lookups)
        progress("building, looking up, parsing")
        sizes.append(measure_size(data, args.repeat))
        del data
        gc.collect()
    stall = None
    if not args.no_hass:
        print(f"[HA] N = {args.sizes[-1]:,}", flush=True)
        stall = asyncio.run(bench_hass(args.sizes[-1], args.seed, args))
    report(sizes, stall, args, time.monotonic() - started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
