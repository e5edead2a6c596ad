"""How the call register scales: the JSON register of 0.1 against the SQLite call log.

Issue 13, section 1: the whole register was one JSON document, rebuilt and
rewritten in the event loop after every call. Commit df7d32f replaced it
with the call log (``lib/calllog.py``, ``callstore.py``). For each size
(callers x calls per caller) this benchmark builds the same synthetic register
in both forms and measures, in one run:

- OLD (``lib/register.py`` and ``lib/callexport.py`` of commit af443b1, read
  from git into a temporary package; the repository is not touched): the
  file Home Assistant's ``Store`` wrote, ``Register.parse`` at start-up, the
  save after a start (``as_dict`` with an empty cache, then the JSON encoding
  that this HA's ``Store`` also runs in the event loop), the event loop work
  one more call causes, ``export_calls`` (``select_calls`` + CSV, in the loop)
  and the card's first page (0.1's websocket handler, read from git);
- NEW (this checkout) in a real Home Assistant: the call log's size,
  ``Household.async_load`` (wall time, event loop CPU, longest loop stall),
  ``Household.record_ring`` + ``record_end`` per call, each flush (event loop
  part, executor part, bytes appended), ``export_calls`` through the action,
  and the card's first page through HA's websocket connection object (no
  network: the handler, and the JSON encoding of its answer).

Every side runs in a child process of its own (so that its memory is its
own); the parent prints one table, old and new side by side per size.

Run from the repository root::

    .venv/bin/python -m benchmarks.register_scale [--sizes 1000x3,10000x3,...]

See benchmarks/README.md for what exactly is measured.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime, timedelta
import gc
import importlib
import json
import logging
from pathlib import Path
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from types import ModuleType
from typing import Any
from unittest.mock import patch

# Runnable as ``python benchmarks/register_scale.py`` too: the repository root
# must be importable for ``custom_components``.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from homeassistant import loader
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.core import HomeAssistant
from homeassistant.helpers import frame, translation
from homeassistant.helpers.json import prepare_save_json
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
from homeassistant.util.file import write_utf8_file
from homeassistant.util.json import load_json
import orjson
from pytest_homeassistant_custom_component.common import async_test_home_assistant

from benchmarks.common import print_machine, print_table, quiet_logging, setup_loopback_http

# Import our package before HA looks for custom integrations (see tests/conftest.py).
import custom_components.nuisance_calls  # noqa: F401
from custom_components.nuisance_calls.callstore import LOG_FILE
from custom_components.nuisance_calls.const import (
    DOMAIN,
    SERVICE_EXPORT_CALLS,
    STORAGE_KEY_REGISTER,
    STORAGE_VERSION,
)
from custom_components.nuisance_calls.household import HOUSEHOLD, Household
from custom_components.nuisance_calls.lib.calllog import CallLog, Changes
from custom_components.nuisance_calls.lib.calls import ActiveCall, Direction
from custom_components.nuisance_calls.lib.classifier import ClassifierOptions, VerdictKind
from custom_components.nuisance_calls.lib.counters import LineCounters
from custom_components.nuisance_calls.lib.numbers import ANONYMOUS, format_number, warm_up
from custom_components.nuisance_calls.lib.register import Outcome
from custom_components.nuisance_calls.share import (
    DEFAULT_CALLS_EXPORT_NAME,
    export_path,
    write_file,
)

ROOT = Path(__file__).resolve().parents[1]
OLD_COMMIT = "af443b1"
"""The last commit with the JSON register (the one before df7d32f)."""
OLD_PACKAGE = "register_scale_old_lib"
"""The temporary package that 0.1's ``lib/`` modules are imported as."""
PACKAGE_PATH = "custom_components/nuisance_calls"
DEFAULT_SIZES = "1000x3,10000x3,50000x3,10000x30,100000x30"
TIME_ZONE = "Europe/Berlin"
REGION = "DE"
SPAN = timedelta(days=730)
"""Calls are spread over the last two years."""
ENTRY_IDS = ("01JBENCHFRITZBOX0000000000", "01JBENCHVOIP00000000000000")
LINES = ("SIP0", "SIP1")
OWN_NUMBER = "987654"
MONITOR_INTERVAL = 0.001
"""The stall monitor sleeps this long and records how late it wakes up."""
BUDGET_S = 6.0
"""A measurement is repeated (up to --repeat times) while its runs took less than this."""
WAL_SAMPLE = 50
"""Flushes after a checkpoint whose write-ahead log growth gives the bytes per flush."""
EXPORT_LIMIT = 1_000_000
"""Above this many calls export_calls is not measured by default (3M calls: minutes each)."""
STALL_LIMIT_MS = 50.0
RECORD_LIMIT_MS = 1.0

AREA_CODES = (
    "30", "30", "30", "40", "89", "221", "69", "211", "711", "351", "341", "511", "911",
    "2151", "6131", "7121", "33203",
)  # fmt: skip
MOBILE_CODES = ("151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "179")
TAG_SETS: tuple[tuple[str, ...], ...] = (
    ("telemarketing",),
    ("telemarketing",),
    ("nuisance",),
    ("scam",),
    ("robocall",),
    ("survey",),
    ("charity",),
    ("telemarketing", "repeat"),
)
LABEL_WORDS = (
    "Energie", "Vertrieb", "Umfrage", "Gewinnspiel", "Inkasso", "Versicherung", "Telekom",
    "Service", "Direkt", "Marketing", "Beratung", "Solar", "Finanz", "Lotto", "Strom",
)  # fmt: skip
LABEL_SUFFIXES = ("GmbH", "AG", "KG", "Callcenter", "Service", "e.V.")
ALLOWED_LABELS = ("Hausarzt", "Schule", "Oma", "Zahnarzt", "Pflegedienst", "Apotheke")


# --------------------------------------------------------------------------- helpers


def progress(text: str) -> None:
    """A progress line (the table comes at the end)."""
    print(f"  .. {text}", flush=True)


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0-100) with linear interpolation."""
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def rss_bytes(field: str = "VmRSS") -> int:
    """This process's resident set size (``field`` of /proc/self/status); 0 where unknown.

    VmRSS: now; VmHWM: the peak so far.
    """
    with suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) * 1024
    return 0


def repeated(
    run: Callable[[], Any], repeat: int, prepare: Callable[[], Any] | None = None
) -> tuple[list[float], Any]:
    """Times of up to ``repeat`` runs (fewer once they took ``BUDGET_S``), the last result.

    The heap is collected before each run, outside the timing.
    """
    times: list[float] = []
    result: Any = None
    for _ in range(repeat):
        if prepare is not None:
            prepare()
        result = None
        gc.collect()
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
        if sum(times) >= BUDGET_S:
            break
    return times, result


def file_size(path: Path) -> int:
    """A file's size, 0 when it does not exist."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def log_size(path: Path) -> int:
    """The call log on disk: the database and its write-ahead log."""
    return file_size(path) + file_size(path.with_name(path.name + "-wal"))


# --------------------------------------------------------------------------- the old code


def old_source(path: str) -> str:
    """A file as it was in ``OLD_COMMIT``."""
    return subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{OLD_COMMIT}:{path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


@dataclass
class OldLib:
    """0.1's ``lib/register.py`` and ``lib/callexport.py``."""

    register: ModuleType
    callexport: ModuleType


def install_old_lib(folder: Path) -> OldLib:
    """Import 0.1's register and export (and what they import from lib/) from git.

    They go into a temporary package under ``folder``; nothing in the
    repository changes.
    """
    package = folder / OLD_PACKAGE
    package.mkdir(parents=True, exist_ok=True)
    (package / "__init__.py").write_text(f'"""lib/ modules of {OLD_COMMIT}."""\n')
    todo, done = ["register", "callexport"], set()
    while todo:
        name = todo.pop()
        if name in done:
            continue
        text = old_source(f"{PACKAGE_PATH}/lib/{name}.py")
        (package / f"{name}.py").write_text(text)
        done.add(name)
        todo.extend(re.findall(r"^from \.(\w+) import", text, re.MULTILINE))
    sys.path.insert(0, str(folder))
    importlib.invalidate_caches()
    return OldLib(
        importlib.import_module(f"{OLD_PACKAGE}.register"),
        importlib.import_module(f"{OLD_PACKAGE}.callexport"),
    )


def exec_old_module(name: str, replace: dict[str, str] | None = None) -> ModuleType:
    """One of 0.1's Home Assistant modules, run inside today's package (its relative imports)."""
    source = old_source(f"{PACKAGE_PATH}/{name}.py")
    for old, new in (replace or {}).items():
        source = source.replace(old, new)
    full = f"custom_components.nuisance_calls._register_scale_old_{name}"
    module = ModuleType(full)
    module.__package__ = "custom_components.nuisance_calls"
    module.__file__ = f"{OLD_COMMIT}:{PACKAGE_PATH}/{name}.py"
    sys.modules[full] = module
    exec(compile(source, module.__file__, "exec"), module.__dict__)
    return module


def give_old_tallies_recent(old: OldLib) -> None:
    """0.1's tallies answer today's rules: ``recent()``, (time, outcome) newest first.

    Today's repeat rule reads ``tally.recent()``; 0.1's read ``reversed(tally.history)``,
    which this does (with today's ``Outcome`` members for 0.1's).
    """
    outcomes = {member: Outcome(member.value) for member in old.register.Outcome}

    def recent(tally: Any) -> Iterator[tuple[datetime, Outcome]]:
        for record in reversed(tally.history):
            yield record.time, outcomes[record.outcome]

    old.register.CallerTally.recent = recent


def old_ws_callers() -> tuple[Callable[..., None], Any]:
    """0.1's ``nuisance_calls/callers`` handler (with 0.1's ``caller_dict``) and its schema."""
    exec_old_module("views")
    module = exec_old_module(
        "websocket_api", {"from .views import": "from ._register_scale_old_views import"}
    )
    handler = module.ws_callers
    return handler, handler._ws_schema


# --------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class Size:
    """Callers x calls per caller."""

    callers: int
    calls: int

    @property
    def total(self) -> int:
        """Calls in the register."""
        return self.callers * self.calls

    @property
    def label(self) -> str:
        """As the issue writes it."""
        return f"{self.callers:,} x {self.calls}"

    @property
    def key(self) -> str:
        """As the command line writes it."""
        return f"{self.callers}x{self.calls}"


@dataclass(frozen=True, slots=True)
class Profile:
    """What the lists said about a caller when it rang (constant in this data)."""

    number: str
    verdict: str
    label: str
    tags: tuple[str, ...]
    second_line: bool
    answers: float
    """Share of calls answered."""

    @property
    def tags_json(self) -> str:
        """The tags as the call log stores them."""
        return json.dumps(list(self.tags))


def german_number(rng: random.Random) -> str:
    """A plausible German number in E.164: Berlin and other landlines, mobiles."""
    if rng.random() < 0.55:
        code = rng.choice(AREA_CODES)
        rest = rng.randint(10, 11) - len(code) - 1
    else:
        code = rng.choice(MOBILE_CODES)
        rest = rng.randint(10, 11) - len(code) - 1
    digits = "".join(rng.choices("0123456789", k=rest))
    return f"+49{code}{rng.choice('123456789')}{digits}"


def company(rng: random.Random) -> str:
    """A call centre's name."""
    return f"{rng.choice(LABEL_WORDS)} {rng.choice(LABEL_WORDS)} {rng.choice(LABEL_SUFFIXES)}"


def profiles(count: int, rng: random.Random) -> list[Profile]:
    """``count`` distinct callers (the first one withheld, ``anonymous``, when count >= 100)."""
    numbers: set[str] = set()
    result: list[Profile] = []
    while len(result) < count:
        number = ANONYMOUS if not result and count >= 100 else german_number(rng)
        if number in numbers:
            continue
        numbers.add(number)
        kind = rng.random()
        if kind < 0.35:  # on a list: a company, tagged
            profile = Profile(
                number, VerdictKind.NUISANCE.value, company(rng), rng.choice(TAG_SETS),
                rng.random() < 0.2, 0.1,
            )  # fmt: skip
        elif kind < 0.40:  # allowed: a contact, a doctor
            profile = Profile(
                number, VerdictKind.ALLOWED.value, rng.choice(ALLOWED_LABELS), (), False, 0.8
            )
        elif kind < 0.50:  # a label from a list that does not flag
            profile = Profile(
                number, VerdictKind.UNKNOWN.value, company(rng), (), rng.random() < 0.2, 0.3
            )
        else:
            profile = Profile(number, VerdictKind.UNKNOWN.value, "", (), rng.random() < 0.2, 0.4)
        result.append(profile)
    return result


@dataclass(slots=True)
class CallerTotals:
    """A caller's totals while generating."""

    count: int = 0
    answered: int = 0
    missed: int = 0
    first: float = 0.0
    last: float = 0.0
    lines: list[str] = field(default_factory=list)


class RegisterWriter:
    """Writes the same calls into 0.1's register (in memory) and the call log (SQLite)."""

    def __init__(self, old: OldLib, log: CallLog, callers: list[Profile], rng: random.Random):
        self.old = old
        self.log = log
        self.callers = callers
        self.rng = rng
        self.timezone = log.timezone
        self.register = old.register.Register()
        self.tallies = []
        for profile in callers:
            tally = old.register.CallerTally(profile.number)
            self.register.callers[profile.number] = tally
            self.tallies.append(tally)
        self.totals = [CallerTotals() for _ in callers]
        self.counters = [LineCounters(), LineCounters()]
        self.tags_json = [profile.tags_json for profile in callers]
        self.batch = Changes()

    def add(self, index: int, stamp: float, owner: int) -> None:
        """Call number ``index`` (ids in time order), at ``stamp``, of caller ``owner``."""
        rng, profile = self.rng, self.callers[owner]
        line = 1 if profile.second_line and rng.random() < 0.5 else 0
        answered = rng.random() < profile.answers
        duration = rng.randint(5, 900) if answered else 0
        call_id = str(rng.randrange(10))
        outcome = "answered" if answered else "missed"
        self.batch.calls.append(
            (
                index, profile.number, stamp, call_id, LINES[line], ENTRY_IDS[line], outcome,
                duration, profile.verdict, profile.label, self.tags_json[owner],
                None, 0,
            )
        )  # fmt: skip
        time_of_call = datetime.fromtimestamp(stamp, self.timezone)
        self.tallies[owner].history.append(
            self.old.register.CallRecord(
                call_id,
                time_of_call,
                LINES[line],
                outcome=self.old.register.Outcome(outcome),
                duration=duration,
                verdict=profile.verdict,
                entry_id=ENTRY_IDS[line],
                label=profile.label,
                tags=profile.tags,
            )
        )
        totals = self.totals[owner]
        if not totals.count:
            totals.first = stamp
        totals.count += 1
        totals.answered += answered
        totals.missed += not answered
        totals.last = stamp
        if ENTRY_IDS[line] in totals.lines:
            totals.lines.remove(ENTRY_IDS[line])
        totals.lines.append(ENTRY_IDS[line])
        nuisance = profile.verdict == VerdictKind.NUISANCE.value
        self.counters[line].count(time_of_call.date(), nuisance=nuisance)
        if len(self.batch.calls) >= 100_000:
            self.log.write(self.batch)
            self.batch = Changes()

    def finish(self) -> dict[str, Any]:
        """Write the callers' totals and the lines' counters; 0.1's register document data."""
        batch = self.batch
        for profile, tally, totals in zip(self.callers, self.tallies, self.totals, strict=True):
            tally.count, tally.answered, tally.missed = (
                totals.count, totals.answered, totals.missed,
            )  # fmt: skip
            tally.first_seen = datetime.fromtimestamp(totals.first, self.timezone)
            tally.last_seen = datetime.fromtimestamp(totals.last, self.timezone)
            batch.callers.append(
                (
                    profile.number, totals.count, totals.answered, totals.missed,
                    totals.first, totals.last, json.dumps(totals.lines), 0,
                )
            )  # fmt: skip
        today = datetime.now(self.timezone).date()
        for counters in self.counters:
            counters.count(today, nuisance=False)  # "today" is today, as after a start
        batch.lines = {
            entry_id: counters.as_dict()
            for entry_id, counters in zip(ENTRY_IDS, self.counters, strict=True)
        }
        self.log.write(batch)
        # What household._register_data gave 0.1's Store.
        data: dict[str, Any] = self.register.as_dict()
        data["lines"] = batch.lines
        return data


def generate(size: Size, seed: int, work: Path) -> dict[str, Any]:
    """Write the register as 0.1 stored it (JSON) and as the call log (SQLite).

    The same calls in both: each caller has exactly ``size.calls`` calls, at
    random times over the last two years; ids in time order (as the move-in
    from 0.1 numbers them).
    """
    old = install_old_lib(work / "oldlib")
    timezone = dt_util.get_time_zone(TIME_ZONE)
    assert timezone is not None
    gc.disable()  # not measured: millions of objects that live until the end
    rng = random.Random(seed)
    callers = profiles(size.callers, rng)
    now = time.time()
    start = now - SPAN.total_seconds()
    times = sorted(rng.uniform(start, now - 60) for _ in range(size.total))
    owners = [index for index in range(size.callers) for _ in range(size.calls)]
    rng.shuffle(owners)

    path = work / "new" / "config" / ".storage" / DOMAIN / LOG_FILE
    log = CallLog(path, timezone)
    log.open()
    # Bulk generation only: a bigger page cache for the big transactions.
    log.db.execute("PRAGMA cache_size=-262144")
    writer = RegisterWriter(old, log, callers, rng)
    for index, (stamp, owner) in enumerate(zip(times, owners, strict=True), 1):
        writer.add(index, stamp, owner)
    data = writer.finish()
    log.close()

    # How 0.1's Store wrote it.
    document = {
        "version": STORAGE_VERSION,
        "minor_version": 1,
        "key": STORAGE_KEY_REGISTER,
        "data": data,
    }
    mode, payload = prepare_save_json(document)
    compact = len(orjson.dumps(document))
    old_file = work / "old" / STORAGE_KEY_REGISTER
    old_file.parent.mkdir(parents=True, exist_ok=True)
    write_utf8_file(str(old_file), payload, True, mode)

    flagged = [p.number for p in callers if p.verdict == VerdictKind.NUISANCE.value]
    sample = rng.sample([p.number for p in callers], min(1000, len(callers)))
    return {
        "callers": size.callers,
        "calls": size.total,
        "sample": sample,
        "flagged": flagged[: max(1, min(200, size.callers // 100))],
        "old_bytes": file_size(old_file),
        "old_compact_bytes": compact,
        "new_bytes": log_size(path),
    }


# --------------------------------------------------------------------------- Home Assistant


class StallMonitor:
    """Sleeps 1 ms in a loop on the event loop and records how late each wakeup is."""

    def __init__(self) -> None:
        self.samples: list[tuple[float, float]] = []
        """(perf_counter at wakeup, lateness in ms) of every wakeup."""
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        clock = time.perf_counter
        append = self.samples.append
        while True:
            expected = clock() + MONITOR_INTERVAL
            await asyncio.sleep(MONITOR_INTERVAL)
            now = clock()
            append((now, max(0.0, (now - expected) * 1000)))

    def start(self) -> None:
        """Start monitoring (clears what was recorded)."""
        self.samples.clear()
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        """Stop monitoring."""
        if self._task is not None:
            self._task.cancel()
            with suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def longest(self, start: float, end: float) -> float:
        """The longest stall (ms) that ended within [start, end + 5 ms]."""
        return max((gap for when, gap in self.samples if start <= when <= end + 0.005), default=0.0)


class GcRecorder:
    """Times every garbage collection (``gc.callbacks``): when, which generation, which thread.

    A collection holds the GIL from start to end: whichever thread runs it
    (an executor thread building objects, or the loop), the event loop cannot
    run meanwhile. A full one (generation 2) visits every GC-tracked object
    of the process, Home Assistant's included.
    """

    def __init__(self) -> None:
        self.collections: list[tuple[float, float, int, bool]] = []
        """(start, end, generation, in the loop's thread) of every collection."""
        self._start = 0.0
        self._loop_thread = threading.get_ident()

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        now = time.perf_counter()
        if phase == "start":
            self._start = now
        else:
            in_loop = threading.get_ident() == self._loop_thread
            self.collections.append((self._start, now, info["generation"], in_loop))

    def start(self) -> None:
        """Record from now on (in the event loop's thread)."""
        self._loop_thread = threading.get_ident()
        gc.callbacks.append(self._callback)

    def stop(self) -> None:
        """Stop recording."""
        with suppress(ValueError):
            gc.callbacks.remove(self._callback)

    def within(self, start: float, end: float) -> dict[str, float]:
        """The collections that ran within [start, end]: counts and longest pauses (ms)."""
        inside = [c for c in self.collections if c[1] >= start and c[0] <= end]
        full = [(c[1] - c[0]) * 1000 for c in inside if c[2] == 2]
        young = [(c[1] - c[0]) * 1000 for c in inside if c[2] != 2]
        return {
            "gc_full": len(full),
            "gc_full_ms": max(full, default=0.0),
            "gc_full_total_ms": sum(full),
            "gc_full_in_loop": sum(1 for c in inside if c[2] == 2 and c[3]),
            "gc_young": len(young),
            "gc_young_ms": max(young, default=0.0),
        }


@dataclass
class LoopWindow:
    """One measured step: wall time, and the event loop's CPU or its longest stall.

    A step runs either with the stall monitor (its longest stall) or without
    it (the loop thread's CPU, ``time.thread_time``, which the monitor's own
    wakeups would inflate). ``gc``: the garbage collections within the step
    (``GcRecorder.within``), in every run.
    """

    wall: float
    loop_cpu: float | None = None
    stall_ms: float | None = None
    gc: dict[str, float] = field(default_factory=dict)


class LoopMeter:
    """Measures steps of the event loop (see ``LoopWindow``)."""

    def __init__(self) -> None:
        self.monitor = StallMonitor()
        self.collector = GcRecorder()

    @asynccontextmanager
    async def measuring(self, windows: list[LoopWindow], *, monitored: bool) -> AsyncIterator[None]:
        """Measure the block into ``windows`` (with the monitor or the loop's CPU)."""
        if monitored:
            self.monitor.start()
            await asyncio.sleep(0.05)
        cpu, start = time.thread_time(), time.perf_counter()
        try:
            yield
        finally:
            end, used = time.perf_counter(), time.thread_time() - cpu
            collections = self.collector.within(start, end)
            if monitored:
                await asyncio.sleep(0.05)
                await self.monitor.stop()
                stall = self.monitor.longest(start, end)
                windows.append(LoopWindow(end - start, stall_ms=stall, gc=collections))
            else:
                windows.append(LoopWindow(end - start, loop_cpu=used, gc=collections))


def more_runs(windows: list[LoopWindow], repeat: int) -> bool:
    """Whether to measure once more: one run without the monitor at least, then the budget."""
    if not any(window.loop_cpu is not None for window in windows):
        return True
    return len(windows) < repeat and sum(window.wall for window in windows) < BUDGET_S


@asynccontextmanager
async def home_assistant(config_dir: Path) -> AsyncIterator[HomeAssistant]:
    """A real Home Assistant on ``config_dir`` (Berlin, Germany), http on loopback."""
    async with async_test_home_assistant(config_dir=str(config_dir)) as hass:
        # The test helper blocks custom integrations unless this is gone.
        hass.data.pop(loader.DATA_CUSTOM_COMPONENTS, None)
        frame.async_setup(hass)
        await translation.async_load_integrations(hass, {"homeassistant"})
        await hass.config.async_set_time_zone(TIME_ZONE)
        hass.config.country = REGION
        await setup_loopback_http(hass)
        await hass.async_add_executor_job(warm_up)
        try:
            yield hass
        finally:
            await hass.async_block_till_done()
            await hass.async_stop(force=True)


RULES = ClassifierOptions(home_region=REGION)
"""The line's rules (defaults: the repeat rule on), as a FRITZ!Box line sets them."""


async def prepare_household(
    hass: HomeAssistant, household: Household, meta: dict[str, Any]
) -> None:
    """One line's rules and a personal list with some flagged numbers, as in a real home."""
    household.set_line_rules(ENTRY_IDS[0], RULES)
    for number in meta["flagged"]:
        household.flag(number, tag="telemarketing")
    await hass.async_block_till_done()


async def card_page(
    hass: HomeAssistant, repeat: int, handler: tuple[Callable[..., None], Any] | None = None
) -> tuple[list[float], int]:
    """The card's first page (``nuisance_calls/callers``, defaults) through a connection.

    Times ``ActiveConnection.async_handle`` (schema, handler, JSON encoding of
    the result): the handler is synchronous, so this is event loop time.
    ``handler``: another handler for the command (0.1's).
    """
    user = await hass.auth.async_create_user("Benchmark")
    sent: list[bytes | str | dict[str, Any]] = []
    connection = ActiveConnection(
        logging.getLogger(__name__),  # type: ignore[arg-type]
        hass,
        sent.append,
        user,
        None,
        None,
    )
    if handler is not None:
        connection.handlers = {**connection.handlers, f"{DOMAIN}/callers": handler}
    ids = iter(range(1, 1_000_000))

    def run() -> Any:
        connection.async_handle({"id": next(ids), "type": f"{DOMAIN}/callers"})
        return sent[-1]

    times, result = repeated(run, repeat)
    if not isinstance(result, bytes) or b'"success":true' not in result:
        raise RuntimeError(f"the card's page failed: {str(result)[:300]}")
    return times, len(result)


def active_call(index: int, number: str) -> ActiveCall:
    """A ringing incoming call on the benchmark's line."""
    return ActiveCall(
        call_id=str(index % 10),
        direction=Direction.INCOMING,
        raw_number=number,
        number=number,
        callee=OWN_NUMBER,
        line=LINES[0],
        started=dt_util.now(),
    )


def call_numbers(meta: dict[str, Any], count: int, seed: int) -> list[str]:
    """Who rings during the benchmark: 70 % callers already in the register, 30 % new ones."""
    rng = random.Random(seed)
    sample: list[str] = meta["sample"]
    return [rng.choice(sample) if rng.random() < 0.7 else german_number(rng) for _ in range(count)]


# --------------------------------------------------------------------------- old side


async def measure_old(work: Path, args: argparse.Namespace, meta: dict[str, Any]) -> dict[str, Any]:
    """0.1's register in a real HA: load, saves, card, export, more calls."""
    old = install_old_lib(work / "oldlib")
    handler = old_ws_callers()
    results: dict[str, Any] = {}
    async with home_assistant(work / "old" / "config") as hass:
        if not await async_setup_component(hass, DOMAIN, {}):
            raise RuntimeError("nuisance_calls did not set up")
        household = hass.data[HOUSEHOLD]
        await prepare_household(hass, household, meta)
        register = await old_start(hass, old, work / "old" / STORAGE_KEY_REGISTER, args, results)
        await old_first_save(hass, register, work / "old" / "saved.json", args, results)

        progress("old: the card's first page (0.1's handler and caller_dict)")
        household.register = register.register  # 0.1's tallies behind today's judging
        give_old_tallies_recent(old)
        results["card_s"], results["card_bytes"] = await card_page(hass, args.repeat, handler)

        if meta["calls"] <= args.export_limit:
            progress("old: export_calls (select_calls and the CSV in the loop, the write not)")
            results.update(await old_export(hass, household, old, register.register, args.repeat))
        old_more_calls(register, args, meta, results)
    return results


@dataclass
class OldRegister:
    """0.1's register and lines' counters as its household held them."""

    register: Any
    counters: dict[str, LineCounters]

    def data(self) -> dict[str, Any]:
        """household._register_data of 0.1: the data function of the delayed save."""
        data: dict[str, Any] = self.register.as_dict()
        data["lines"] = {entry_id: c.as_dict() for entry_id, c in self.counters.items()}
        return data

    def document(self) -> dict[str, Any]:
        """What HA's Store encodes."""
        return {
            "version": STORAGE_VERSION,
            "minor_version": 1,
            "key": STORAGE_KEY_REGISTER,
            "data": self.data(),
        }

    def forget_cache(self) -> None:
        """As after a start: no caller's ``as_dict`` is cached."""
        for tally in self.register:
            tally.changed()


async def old_start(
    hass: HomeAssistant, old: OldLib, path: Path, args: argparse.Namespace, results: dict[str, Any]
) -> OldRegister:
    """0.1's start: HA's Store reads the JSON (executor), the household parses it (loop)."""
    progress("old: start-up (JSON read in the executor, Register.parse in the loop)")
    gc.collect()
    results["rss_before"] = rss_bytes()
    start = time.perf_counter()
    raw = await hass.async_add_executor_job(load_json, path)
    results["read_s"] = time.perf_counter() - start
    assert isinstance(raw, dict)
    data = raw["data"]

    def parse() -> OldRegister:
        # household._parse_register of 0.1: the register and the lines' counters.
        register, _skipped = old.register.Register.parse(data)
        counters = {
            str(entry_id): LineCounters.from_dict(value)
            for entry_id, value in data["lines"].items()
        }
        return OldRegister(register, counters)

    results["parse_s"], register = repeated(parse, args.repeat)
    raw = data = {}
    gc.collect()
    results["rss_after"] = rss_bytes()
    results["rss_peak"] = rss_bytes("VmHWM")
    results["callers"] = len(register.register)
    return register  # type: ignore[no-any-return]


async def old_first_save(
    hass: HomeAssistant,
    register: OldRegister,
    target: Path,
    args: argparse.Namespace,
    results: dict[str, Any],
) -> None:
    """The first save after a start: data function and JSON in the loop, the write not."""
    progress("old: the first save after a start (as_dict with an empty cache, JSON)")
    results["save_cold_s"], _ = repeated(register.data, args.repeat, register.forget_cache)
    document = register.document()
    results["encode_s"], (mode, payload) = repeated(
        lambda: prepare_save_json(document), args.repeat
    )
    document = {}
    start = time.perf_counter()
    await hass.async_add_executor_job(write_utf8_file, str(target), payload, True, mode)
    results["write_s"] = time.perf_counter() - start
    results["saved_bytes"] = len(payload)


def old_more_calls(
    register: OldRegister, args: argparse.Namespace, meta: dict[str, Any], results: dict[str, Any]
) -> None:
    """More calls: recording them, and the save that one more call causes."""
    progress(f"old: {args.calls} more calls (Register.record_ring + record_end)")
    tallies = register.register
    record_s: list[float] = []
    clock = time.perf_counter
    for index, number in enumerate(call_numbers(meta, args.calls, args.seed)):
        call_id, now = str(index % 10), dt_util.now()
        start = clock()
        tally = tallies.record_ring(number, call_id, now, LINES[0], entry_id=ENTRY_IDS[0])
        record = tally.history[-1]  # household.record_ring of 0.1 stamped the verdict
        record.verdict, record.label, record.tags = "unknown", "", ()
        tally.changed()
        tallies.record_end(number, call_id, answered=index % 3 == 0, duration=index % 300)
        record_s.append(clock() - start)
    results["record_s"] = record_s

    progress("old: the save one more call causes (as_dict with a warm cache, JSON)")
    register.data()  # the save after those calls: now only one more caller changes per call
    extra = iter(call_numbers(meta, args.repeat, args.seed + 1))

    def one_more_call() -> None:
        number = next(extra)
        tallies.record_ring(number, "9", dt_util.now(), LINES[0], entry_id=ENTRY_IDS[0])
        tallies.record_end(number, "9", answered=False, duration=0)

    results["save_warm_s"], _ = repeated(register.data, args.repeat, one_more_call)
    document = register.document()
    results["encode_warm_s"], (_mode, payload) = repeated(
        lambda: prepare_save_json(document), args.repeat
    )
    recorded = len(record_s) + len(results["save_warm_s"])
    results["growth_per_call"] = (len(payload) - results["saved_bytes"]) / recorded


async def old_export(
    hass: HomeAssistant, household: Household, old: OldLib, register: Any, repeat: int
) -> dict[str, Any]:
    """``export_calls`` as 0.1's services.py ran it, for all calls."""
    timezone = dt_util.get_default_time_zone()
    home = household.region
    path = export_path(hass, None, DEFAULT_CALLS_EXPORT_NAME)
    titles = {entry.entry_id: entry.title for entry in hass.config_entries.async_entries(DOMAIN)}
    loop_s: list[float] = []
    wall_s: list[float] = []
    rows = 0
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        selected = old.callexport.select_calls(register, timezone=timezone)
        text = old.callexport.calls_csv(
            selected,
            timezone=timezone,
            formatted=lambda n: format_number(n, home),
            line_name=lambda record: titles.get(record.entry_id) or record.line,
        )
        body = text.encode("utf-8-sig")
        rows = len(selected)
        del selected, text
        loop_s.append(time.perf_counter() - start)
        await hass.async_add_executor_job(write_file, path, body)
        wall_s.append(time.perf_counter() - start)
        if sum(wall_s) >= BUDGET_S:
            break
    return {"export_loop_s": loop_s, "export_s": wall_s, "export_rows": rows}


# --------------------------------------------------------------------------- new side


async def measure_new(work: Path, args: argparse.Namespace, meta: dict[str, Any]) -> dict[str, Any]:
    """The call log in a real HA: start-up, card, export, calls and flushes."""
    results: dict[str, Any] = {}
    config = work / "new" / "config"
    db_path = config / ".storage" / DOMAIN / LOG_FILE
    results["file_bytes"] = log_size(db_path)
    async with home_assistant(config) as hass:
        meter = LoopMeter()
        meter.collector.start()
        household = await new_start(hass, meter, args, meta, results)
        await prepare_household(hass, household, meta)

        progress("new: the card's first page")
        results["card_s"], results["card_bytes"] = await card_page(hass, args.repeat)

        if meta["calls"] <= args.export_limit:
            results.update(await new_export(hass, meter, args))
        results.update(await CallRecorder(household, db_path).run(args, meta))
        results["register_s"] = register_only(household, args, meta)
    return results


async def new_export(
    hass: HomeAssistant, meter: LoopMeter, args: argparse.Namespace
) -> dict[str, Any]:
    """``export_calls`` of every call, through the action: once monitored, then not."""
    progress("new: export_calls (the action), with and without the stall monitor")
    exports: list[LoopWindow] = []
    rows = 0
    while more_runs(exports, args.repeat):
        gc.collect()
        async with meter.measuring(exports, monitored=not exports):
            response = await hass.services.async_call(
                DOMAIN, SERVICE_EXPORT_CALLS, {}, blocking=True, return_response=True
            )
        assert response is not None
        rows = int(response["calls"])  # type: ignore[call-overload]
    return {"export": [vars(export) for export in exports], "export_rows": rows}


async def new_start(
    hass: HomeAssistant,
    meter: LoopMeter,
    args: argparse.Namespace,
    meta: dict[str, Any],
    results: dict[str, Any],
) -> Household:
    """Set the integration up (it loads the household), then load the log again to repeat."""
    progress("new: start-up (async_setup: Household.async_load), stall monitor running")
    gc.collect()
    results["rss_before"] = rss_bytes()
    results["tracked_before"] = len(gc.get_objects())
    loads: list[LoopWindow] = []
    original = Household.async_load

    async def monitored_load(self: Household) -> None:
        async with meter.measuring(loads, monitored=True):
            await original(self)

    with patch.object(Household, "async_load", monitored_load):
        if not await async_setup_component(hass, DOMAIN, {}):
            raise RuntimeError("nuisance_calls did not set up")
    household: Household = hass.data[HOUSEHOLD]
    gc.collect()
    results["rss_after"] = rss_bytes()
    results["rss_peak"] = rss_bytes("VmHWM")
    results["tracked_after"] = len(gc.get_objects())
    results["callers"] = len(household.register)
    results["recent_calls"] = household.register.recent_calls
    if results["callers"] != meta["callers"]:
        raise RuntimeError(f"loaded {results['callers']} callers, not {meta['callers']}")

    progress("new: more starts without the monitor (a household of its own on the same log)")
    while more_runs(loads, args.repeat):
        other = Household(hass)
        gc.collect()
        async with meter.measuring(loads, monitored=False):
            await other.async_load()
        await hass.async_add_executor_job(other.store.log.close)
        del other
    results["load"] = [vars(load) for load in loads]
    gc.collect()
    return household


class CallRecorder:
    """Calls through the household, each ring and each end flushed, everything timed."""

    def __init__(self, household: Household, db_path: Path) -> None:
        self.household = household
        self.store = household.store
        self.db_path = db_path
        self.wal = db_path.with_name(db_path.name + "-wal")
        self.take_s: list[float] = []
        self.write_s: list[float] = []
        self.flush_s: list[float] = []
        self.wal_sizes: list[int] = []
        self._take, self._write = self.store._take, self.store.log.write

    def timed_take(self) -> Changes:
        """The store's snapshot (in the event loop), timed."""
        start = time.perf_counter()
        try:
            return self._take()
        finally:
            self.take_s.append(time.perf_counter() - start)

    def timed_write(self, *batches: Changes) -> None:
        """The call log's write (in the executor), timed."""
        start = time.perf_counter()
        try:
            self._write(*batches)
        finally:
            self.write_s.append(time.perf_counter() - start)

    async def flush(self) -> None:
        """Write what waits now (as the 1 s timer would), timed; the WAL's size after it."""
        start = time.perf_counter()
        await self.store.async_flush()
        self.flush_s.append(time.perf_counter() - start)
        if len(self.wal_sizes) < WAL_SAMPLE:
            self.wal_sizes.append(file_size(self.wal))

    async def checkpointed_size(self) -> int:
        """Everything written and checkpointed: the log's size (the WAL is empty)."""
        await self.store.async_pause()
        size = log_size(self.db_path)
        self.store.resume()
        return size

    async def run(self, args: argparse.Namespace, meta: dict[str, Any]) -> dict[str, Any]:
        """``args.calls`` calls; the figures."""
        store = self.store
        store._take = self.timed_take  # type: ignore[method-assign]
        store.log.write = self.timed_write  # type: ignore[method-assign]
        try:
            before = await self.checkpointed_size()
            progress(f"new: {args.calls} calls (Household.record_ring, record_end; each flushed)")
            ring_s, end_s = await self._calls(args, meta)
            after = await self.checkpointed_size()
        finally:
            del store._take, store.log.write
        return {
            "ring_s": ring_s,
            "end_s": end_s,
            "take_s": self.take_s,
            "flush_s": self.flush_s,
            "write_s": self.write_s,
            "wal_per_flush": self.wal_sizes[-1] / len(self.wal_sizes) if self.wal_sizes else 0,
            "growth_per_call": (after - before) / args.calls,
        }

    async def _calls(
        self, args: argparse.Namespace, meta: dict[str, Any]
    ) -> tuple[list[float], list[float]]:
        household = self.household
        ring_s: list[float] = []
        end_s: list[float] = []
        clock = time.perf_counter
        rng = random.Random(args.seed + 3)
        for index, number in enumerate(call_numbers(meta, args.calls, args.seed)):
            call = active_call(index, number)
            start = clock()
            household.record_ring(ENTRY_IDS[0], RULES, call)
            ring_s.append(clock() - start)
            await self.flush()
            call.answered = rng.random() < 0.3
            call.duration = rng.randint(5, 600) if call.answered else 0
            start = clock()
            household.record_end(call)
            end_s.append(clock() - start)
            await self.flush()
        return ring_s, end_s


def register_only(
    household: Household, args: argparse.Namespace, meta: dict[str, Any]
) -> list[float]:
    """More calls into the register alone (not noted for the log), as 0.1's are measured."""
    progress(f"new: {args.calls} more calls, the register alone (not written)")
    register = household.register
    clock = time.perf_counter
    register_s: list[float] = []
    for index, number in enumerate(call_numbers(meta, args.calls, args.seed + 2)):
        call_id, now = str(index % 10), dt_util.now()
        start = clock()
        _tally, record = register.record_ring(number, call_id, now, LINES[0], entry_id=ENTRY_IDS[0])
        record.verdict, record.label, record.tags = "unknown", "", ()
        register.record_end(number, call_id, answered=index % 3 == 0, duration=index % 300)
        register_s.append(clock() - start)
    return register_s


# --------------------------------------------------------------------------- report


def fmt_bytes(value: float) -> str:
    """Bytes as MB (10^6, as the issue), KB or B."""
    if value >= 1e6:
        return f"{value / 1e6:.1f} MB"
    if value >= 1e3:
        return f"{value / 1e3:.1f} KB"
    return f"{value:.0f} B"


def fmt_s(value: float) -> str:
    """Seconds as us, ms or s."""
    if value < 1e-3:
        return f"{value * 1e6:.0f} us"
    if value < 1:
        return f"{value * 1000:.1f} ms" if value < 0.1 else f"{value * 1000:.0f} ms"
    return f"{value:.2f} s"


def med(values: list[float]) -> float:
    """The median."""
    return statistics.median(values) if values else 0.0


def ratio(old: float | None, new: float | None) -> str:
    """old / new, as a factor."""
    if not old or not new:
        return ""
    value = old / new
    return f"{value:,.0f}x" if value >= 100 else f"{value:.1f}x"


def times(values: list[float]) -> str:
    """Median of the runs, and how many ran."""
    return f"{fmt_s(med(values))} (n={len(values)})" if len(values) > 1 else fmt_s(med(values))


def p50_p99(values: list[float]) -> str:
    """p50 / p99 of per-call times."""
    return f"{fmt_s(percentile(values, 50))} / {fmt_s(percentile(values, 99))}"


@dataclass
class Windows:
    """Measured runs of one step (``LoopWindow``s as the child wrote them)."""

    runs: list[LoopWindow]

    @classmethod
    def of(cls, raw: list[dict[str, Any]]) -> Windows:
        """From the child's JSON."""
        return cls([LoopWindow(**run) for run in raw])

    @property
    def wall(self) -> float:
        """Median wall time."""
        return med([run.wall for run in self.runs])

    @property
    def cpu(self) -> float:
        """Median event loop CPU of the runs without the monitor."""
        return med([run.loop_cpu for run in self.runs if run.loop_cpu is not None])

    @property
    def stall(self) -> float:
        """The longest stall (s) of the monitored runs."""
        return (
            max((run.stall_ms for run in self.runs if run.stall_ms is not None), default=0) / 1000
        )

    def wall_text(self) -> str:
        """Median wall time, and of how many runs."""
        return times([run.wall for run in self.runs])


type Row = tuple[str, str, str, str]


def gc_text(windows: Windows) -> str:
    """Full collections per run (the most), and the longest of all runs."""
    runs = [run.gc for run in windows.runs if run.gc]
    if not runs:
        return "(not recorded)"
    count = max(int(run["gc_full"]) for run in runs)
    longest = max(run["gc_full_ms"] for run in runs) / 1000
    return f"{count} x, longest {fmt_s(longest)}" if count else "none"


def tracked_text(new: dict[str, Any]) -> str:
    """GC-tracked objects after the load, and how many the load added."""
    if "tracked_after" not in new:
        return "(not recorded)"
    after, before = new["tracked_after"], new["tracked_before"]
    return f"{after:,} (+{after - before:,})"


def size_rows(
    size: Size, meta: dict[str, Any], old: dict[str, Any], new: dict[str, Any]
) -> list[tuple[str, ...]]:
    """The rows of one size: (register, measure, old, new, old / new)."""
    rows = [
        *file_rows(meta, new),
        *start_rows(meta, old, new),
        *save_rows(old, new),
        *export_rows(meta, old, new),
        (
            "card: first page (nuisance_calls/callers)",
            times(old["card_s"]),
            times(new["card_s"]),
            ratio(med(old["card_s"]), med(new["card_s"])),
        ),
    ]
    return [(size.label if i == 0 else "", *row) for i, row in enumerate(rows)]


def file_rows(meta: dict[str, Any], new: dict[str, Any]) -> list[Row]:
    """The register on disk."""
    return [
        (
            "file on disk",
            fmt_bytes(meta["old_bytes"]),
            fmt_bytes(new["file_bytes"]),
            ratio(meta["old_bytes"], new["file_bytes"]),
        ),
        (
            "  (compact JSON, no indent, for comparison)",
            fmt_bytes(meta["old_compact_bytes"]),
            "",
            "",
        ),
    ]


def start_rows(meta: dict[str, Any], old: dict[str, Any], new: dict[str, Any]) -> list[Row]:
    """Start-up: the loop's work, its longest stall, wall time, memory."""
    loads = Windows.of(new["load"])
    parse, parse_min = med(old["parse_s"]), min(old["parse_s"])
    old_wall = old["read_s"] + parse
    old_growth, new_growth = (
        side["rss_after"] - side["rss_before"] for side in (old, new)
    )  # fmt: skip
    return [
        (
            "start-up: work in the event loop",
            f"{times(old['parse_s'])} parse",
            f"{fmt_s(loads.cpu)} CPU",
            ratio(parse, loads.cpu),
        ),
        (
            "start-up: longest event loop stall",
            f">= {fmt_s(parse_min)}",
            fmt_s(loads.stall),
            ratio(parse_min, loads.stall),
        ),
        (
            "  full GCs (gen 2) in it: count, longest",
            "",
            gc_text(loads),
            "",
        ),
        (
            "start-up: wall time (read + load)",
            fmt_s(old_wall),
            loads.wall_text(),
            ratio(old_wall, loads.wall),
        ),
        (
            "  GC-tracked objects (growth by the load)",
            "",
            tracked_text(new),
            "",
        ),
        (
            "  in memory: callers / calls",
            f"{old['callers']:,} / {meta['calls']:,}",
            f"{new['callers']:,} / {new['recent_calls']:,}",
            "",
        ),
        (
            "  RSS after load (growth by the load)",
            f"{fmt_bytes(old['rss_after'])} (+{fmt_bytes(old_growth)})",
            f"{fmt_bytes(new['rss_after'])} (+{fmt_bytes(new_growth)})",
            ratio(old_growth, new_growth),
        ),
        (
            "  RSS peak so far (VmHWM)",
            fmt_bytes(old["rss_peak"]),
            fmt_bytes(new["rss_peak"]),
            ratio(old["rss_peak"], new["rss_peak"]),
        ),
    ]


def save_rows(old: dict[str, Any], new: dict[str, Any]) -> list[Row]:
    """Saving: after a start, per call; the writes."""
    record_new = [ring + end for ring, end in zip(new["ring_s"], new["end_s"], strict=True)]
    take = percentile(new["take_s"], 50)
    old_save = med(old["save_warm_s"]) + med(old["encode_warm_s"])
    old_call = percentile(old["record_s"], 50) + old_save
    new_call = percentile(record_new, 50) + 2 * take
    return [
        (
            "first save after a start: event loop",
            f"{times(old['save_cold_s'])} as_dict",
            f"{fmt_s(new['take_s'][0])} snapshot",
            ratio(med(old["save_cold_s"]), new["take_s"][0]),
        ),
        ("  + JSON encoding (old: in the loop too)", times(old["encode_s"]), "(executor)", ""),
        (
            "one call: record_ring + record_end, p50 / p99",
            f"{p50_p99(old['record_s'])} (register)",
            f"{p50_p99(record_new)} (household)",
            "",
        ),
        (
            "  the register alone, p50 / p99",
            p50_p99(old["record_s"]),
            p50_p99(new["register_s"]),
            ratio(percentile(old["record_s"], 50), percentile(new["register_s"], 50)),
        ),
        (
            "  its save in the loop (old: as_dict + JSON)",
            f"{times(old['save_warm_s'])} + {times(old['encode_warm_s'])}",
            f"2 snapshots x {fmt_s(take)}",
            ratio(old_save, 2 * take),
        ),
        (
            "  event loop work per call, p50",
            fmt_s(old_call),
            fmt_s(new_call),
            ratio(old_call, new_call),
        ),
        (
            "  write per save (executor), p50 / p99",
            fmt_s(old["write_s"]),
            p50_p99(new["write_s"]),
            ratio(old["write_s"], percentile(new["write_s"], 50)),
        ),
        ("  flush: async_flush wall, p50 / p99", "", p50_p99(new["flush_s"]), ""),
        (
            "  bytes written per save",
            fmt_bytes(old["saved_bytes"]),
            f"{fmt_bytes(new['wal_per_flush'])} (WAL)",
            ratio(old["saved_bytes"], new["wal_per_flush"]),
        ),
        (
            "  file growth per call",
            fmt_bytes(old["growth_per_call"]),
            fmt_bytes(new["growth_per_call"]),
            "",
        ),
    ]


def export_rows(meta: dict[str, Any], old: dict[str, Any], new: dict[str, Any]) -> list[Row]:
    """``export_calls`` of every call (or that it was skipped)."""
    if "export_s" not in old or "export" not in new:
        skipped = f"skipped: {meta['calls']:,} calls > --export-limit"
        return [("export_calls", skipped, skipped, "")]
    exports = Windows.of(new["export"])
    old_loop = med(old["export_loop_s"])
    return [
        (
            f"export_calls ({old['export_rows']:,} / {new['export_rows']:,} calls): wall",
            times(old["export_s"]),
            exports.wall_text(),
            ratio(med(old["export_s"]), exports.wall),
        ),
        (
            "  export: work in the event loop",
            times(old["export_loop_s"]),
            f"{fmt_s(exports.cpu)} CPU",
            ratio(old_loop, exports.cpu),
        ),
        (
            "  export: longest event loop stall",
            f">= {fmt_s(min(old['export_loop_s']))}",
            fmt_s(exports.stall),
            ratio(min(old["export_loop_s"]), exports.stall),
        ),
        ("  full GCs (gen 2) in it: count, longest", "", gc_text(exports), ""),
    ]


def print_left_table(headers: tuple[str, ...], rows: list[tuple[str, ...]], left: int) -> None:
    """A Markdown table: the first ``left`` columns left-aligned, the others right-aligned."""
    widths = [max(len(row[i]) for row in (headers, *rows)) for i in range(len(headers))]

    def line(cells: tuple[str, ...]) -> str:
        padded = (
            cell.ljust(widths[i]) if i < left else cell.rjust(widths[i])
            for i, cell in enumerate(cells)
        )
        return "| " + " | ".join(padded) + " |"

    print(line(headers))
    print("|" + "|".join("-" * (width + 2) for width in widths) + "|")
    for row in rows:
        print(line(row))


def goals(sizes: list[Size], results: dict[str, dict[str, Any]]) -> list[str]:
    """The issue's goals, checked for the new design (and no export stall over 50 ms)."""
    lines = []
    for size in sizes:
        new = results[size.key]["new"]
        record = [ring + end for ring, end in zip(new["ring_s"], new["end_s"], strict=True)]
        loads = Windows.of(new["load"])
        p99 = percentile(record, 99) * 1000
        passed = p99 < RECORD_LIMIT_MS and loads.stall * 1000 < STALL_LIMIT_MS
        export = ""
        if "export" in new:
            stall = Windows.of(new["export"]).stall * 1000
            passed = passed and stall < STALL_LIMIT_MS
            export = f", export: longest stall {stall:.1f} ms"
        lines.append(
            f"  {size.label:>12}: record a call p99 {p99:.3f} ms (goal < {RECORD_LIMIT_MS:.0f}),"
            f" start-up: loop CPU {loads.cpu * 1000:.1f} ms, longest stall"
            f" {loads.stall * 1000:.1f} ms{export} (goal < {STALL_LIMIT_MS:.0f}) ->"
            f" {'PASS' if passed else 'FAIL'}"
        )
    return lines


def report(
    sizes: list[Size], results: dict[str, dict[str, Any]], args: argparse.Namespace, elapsed: float
) -> None:
    """Print the tables."""
    print_machine(interpreter_details=True)
    print(
        f"Register: old = one JSON document ({OLD_COMMIT}), new = SQLite call log (this checkout)"
    )
    rows: list[tuple[str, ...]] = []
    for size in sizes:
        result = results[size.key]
        rows.extend(size_rows(size, result["meta"], result["old"], result["new"]))
    print_left_table(("register", "measure", "old", "new", "old / new"), rows, left=2)
    print()
    print("The issue's table, old -> new (and the longest event loop stalls)")
    issue_rows = []
    for size in sizes:
        meta, old, new = (results[size.key][part] for part in ("meta", "old", "new"))
        loads = Windows.of(new["load"])
        if "export" in new and "export_s" in old:
            exports = Windows.of(new["export"])
            export_wall = f"{fmt_s(med(old['export_s']))} -> {fmt_s(exports.wall)}"
            export_stall = f"{fmt_s(min(old['export_loop_s']))} -> {fmt_s(exports.stall)}"
        else:
            export_wall = export_stall = "(not measured)"
        issue_rows.append(
            (
                size.label,
                f"{fmt_bytes(meta['old_bytes'])} -> {fmt_bytes(new['file_bytes'])}",
                f"{fmt_s(med(old['save_cold_s']))} -> {fmt_s(new['take_s'][0])}",
                f"{fmt_s(med(old['parse_s']))} -> {fmt_s(loads.cpu)}",
                f"{fmt_s(min(old['parse_s']))} -> {fmt_s(loads.stall)}",
                export_wall,
                export_stall,
            )
        )
    print_table(
        (
            "register",
            "file",
            "first save after a start (event loop)",
            "load at start (event loop)",
            "longest stall at start",
            "export_calls: wall",
            "longest stall in export",
        ),
        issue_rows,
    )
    print()
    print("Goals (new design)")
    for line in goals(sizes, results):
        print(line)
    print()
    print("Notes")
    print(
        "  Wall-clock figures on a shared machine: noisy. n = runs the median is of (up to"
        f" --repeat {args.repeat}, fewer once they took {BUDGET_S:.0f} s); per-call figures"
        f" are over {args.calls} calls."
    )
    print(
        "  old: 0.1's lib/register.py from git, in the loop as 0.1 ran it (Register.parse at"
        " start; as_dict and HA's Store's JSON encoding at every save)."
    )
    print(
        "  new: a real HA; loop CPU = time.thread_time of the loop thread in runs without the"
        " monitor; stall = how late a 1 ms sleep woke up, in the first (monitored) run."
    )
    print(
        "  full GCs: generation 2 collections (gc.callbacks) during the step, in any thread;"
        " each holds the GIL, so the event loop waits for it."
    )
    print(f"  total run time: {elapsed:.0f} s")


def report_new(sizes: list[Size], results: dict[str, dict[str, Any]], elapsed: float) -> None:
    """``--only-new``: the new design's start-up, export and recording figures alone."""
    print_machine(interpreter_details=True)
    rows = []
    for size in sizes:
        new = results[size.key]["new"]
        loads = Windows.of(new["load"])
        record = [ring + end for ring, end in zip(new["ring_s"], new["end_s"], strict=True)]
        exports = Windows.of(new["export"]) if "export" in new else None
        rows.append(
            (
                size.label,
                f"{loads.wall_text()} / {fmt_s(loads.cpu)} / {fmt_s(loads.stall)}",
                gc_text(loads),
                tracked_text(new),
                (
                    f"{exports.wall_text()} / {fmt_s(exports.cpu)} / {fmt_s(exports.stall)}"
                    if exports
                    else "skipped"
                ),
                gc_text(exports) if exports else "",
                p50_p99(record),
            )
        )
    print_table(
        (
            "register",
            "start-up: wall / loop CPU / stall",
            "full GCs at start",
            "GC-tracked (load's growth)",
            "export: wall / loop CPU / stall",
            "full GCs in export",
            "one call p50 / p99",
        ),
        rows,
    )
    print(f"  total run time: {elapsed:.0f} s")


# --------------------------------------------------------------------------- main


def parse_sizes(text: str) -> list[Size]:
    """``1000x3,10000x30`` -> sizes."""
    sizes = []
    for part in text.split(","):
        if not part.strip():
            continue
        match = re.fullmatch(r"\s*([\d_]+)\s*[x*]\s*(\d+)\s*", part)
        if match is None:
            raise argparse.ArgumentTypeError(f"not CALLERSxCALLS: {part!r}")
        callers, calls = int(match[1].replace("_", "")), int(match[2])
        if callers < 10 or not 1 <= calls <= 200:
            raise argparse.ArgumentTypeError(
                "at least 10 callers, 1 to 200 calls each (0.1 kept 200 per caller)"
            )
        sizes.append(Size(callers, calls))
    if not sizes:
        raise argparse.ArgumentTypeError("no sizes")
    return sizes


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.register_scale",
        description="The JSON register (0.1) against the SQLite call log, at register sizes.",
    )
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        default=parse_sizes(DEFAULT_SIZES),
        help=f"comma-separated CALLERSxCALLS ({DEFAULT_SIZES})",
    )
    parser.add_argument(
        "--calls", type=int, default=1000, help="calls recorded per side and size (1000)"
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each measurement, at most (3)"
    )
    parser.add_argument(
        "--export-limit",
        type=int,
        default=EXPORT_LIMIT,
        help=f"export_calls only for registers of at most this many calls ({EXPORT_LIMIT})",
    )
    parser.add_argument(
        "--only-new",
        action="store_true",
        help="measure the new design only, and print its figures alone (quick checks)",
    )
    parser.add_argument(
        "--keep",
        type=Path,
        help="keep the generated registers in this folder and reuse them in later runs",
    )
    parser.add_argument("--seed", type=int, default=202613, help="random seed")
    parser.add_argument("--json", type=Path, help="also write the raw figures to this file")
    parser.add_argument("--child", choices=("generate", "old", "new"), help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--size", type=parse_sizes, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.calls < 10 or args.repeat < 1:
        parser.error("--calls must be >= 10 and --repeat >= 1")
    return args


def run_child(kind: str, size: Size, work: Path, args: argparse.Namespace) -> dict[str, Any]:
    """One side in a process of its own; what it measured."""
    command = [
        sys.executable, "-m", "benchmarks.register_scale", "--child", kind,
        "--work", str(work), "--size", size.key, "--calls", str(args.calls),
        "--repeat", str(args.repeat), "--seed", str(args.seed),
        "--export-limit", str(args.export_limit),
    ]  # fmt: skip
    subprocess.run(command, cwd=ROOT, check=True)
    result: dict[str, Any] = json.loads((work / f"{kind}.json").read_text())
    return result


def child(args: argparse.Namespace) -> int:
    """Run one side (``--child``) and leave its figures in ``<work>/<side>.json``."""
    quiet_logging()
    work: Path = args.work
    size: Size = args.size[0]
    if args.child == "generate":
        result = generate(size, args.seed, work)
    else:
        meta = json.loads((work / "generate.json").read_text())
        measure = measure_old if args.child == "old" else measure_new
        result = asyncio.run(measure(work, args, meta))
    (work / f"{args.child}.json").write_text(json.dumps(result))
    return 0


def generated(size: Size, work: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Generate the register in ``work`` (or reuse what ``--keep`` kept); its meta data.

    A kept register is restored from its pristine copy first: the new side
    records calls into its log.
    """
    pristine = work / "new.pristine"
    if args.keep is not None and (work / "generate.json").exists() and pristine.exists():
        progress(f"reusing the register generated in {work}")
        shutil.rmtree(work / "new", ignore_errors=True)
        shutil.copytree(pristine, work / "new")
        result: dict[str, Any] = json.loads((work / "generate.json").read_text())
        return result
    progress("generating the register (JSON of 0.1 and the call log)")
    start = time.monotonic()
    meta = run_child("generate", size, work, args)
    progress(f"generated in {time.monotonic() - start:.0f} s")
    if args.keep is not None:
        shutil.copytree(work / "new", pristine)
    return meta


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    args = parse_args(argv)
    if args.child:
        return child(args)
    quiet_logging()
    started = time.monotonic()
    results: dict[str, dict[str, Any]] = {}
    for number, size in enumerate(args.sizes, 1):
        print(f"[{number}/{len(args.sizes)}] {size.label} ({size.total:,} calls)", flush=True)
        if args.keep is not None:
            work = args.keep / f"{size.key}-{args.seed}"
            work.mkdir(parents=True, exist_ok=True)
        else:
            work = Path(tempfile.mkdtemp(prefix="register_scale_"))
        try:
            meta = generated(size, work, args)
            old = {} if args.only_new else run_child("old", size, work, args)
            new = run_child("new", size, work, args)
        finally:
            if args.keep is None:
                shutil.rmtree(work, ignore_errors=True)
        meta.pop("sample")
        results[size.key] = {"meta": meta, "old": old, "new": new}
    elapsed = time.monotonic() - started
    if args.only_new:
        report_new(args.sizes, results, elapsed)
    else:
        report(args.sizes, results, args, elapsed)
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
