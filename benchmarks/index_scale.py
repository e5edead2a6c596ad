"""Shared lists at 10k, 100k and 1M entries: the index, and Home Assistant's process.

Everything is measured twice in one run: for this tree and for an *anchor*,
the integration as it was at a git commit (``--anchor``, default the last
commit before the compact index), so that the figures compare like with like
on the same machine at the same time.

Offline, for each size N (no Home Assistant): building ``MatchIndex`` from
N records, its memory (tracemalloc), the size of its pickled state (what a
worker process sends back), look-ups of exact numbers, numbers under a range
and misses, and ``parse_document`` of the list as a plain-text document (the
path a refresh takes: a worker process from 2 MiB on).

In Home Assistant, for the largest N: a real Home Assistant process
(``python -m homeassistant`` on a throw-away config folder with the usual
core integrations, HTTP bound to 127.0.0.1) with the integration copied in
and a probe (``benchmarks/index_probe.py``); lists served by a local HTTP
server. One list is subscribed through the config flow, then refreshed
``--refreshes`` times with a changed copy each time, then three more,
different, lists are subscribed, and all four refreshed at once. Measured:
the time from the ``refresh_lists`` call (or the flow's start) to the new
list in force, the event loop's longest stall, Home Assistant's RSS at each
step and its peak during a refresh, the worker process's peak RSS, and the
household's look-ups at N in Home Assistant's process.

Run from the repository root::

    .venv/bin/python -m benchmarks.index_scale [--sizes 10000,100000,1000000]

See benchmarks/README.md for what exactly is measured and how to read it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
import gc
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import importlib
import importlib.machinery
import importlib.util
import io
import json
import os
from pathlib import Path
import pickle
import random
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
import tracemalloc
from types import ModuleType
from typing import Any
import urllib.error
import urllib.request

# Runnable as ``python benchmarks/index_scale.py`` too: the repository root
# must be importable for ``custom_components``.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import free_port, print_machine, print_table

# Import our package before anything looks for custom integrations.
import custom_components.nuisance_calls  # noqa: F401
from custom_components.nuisance_calls.lib.matcher import ListRecord

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
DEFAULT_ANCHOR = "a58a96b"
"""The last commit before the compact index (issue 13): the anchor of every figure."""
PACKAGE = "custom_components/nuisance_calls"
STALL_LIMIT_MS = 50.0
"""The requirement: HA's event loop is never blocked for longer than this."""
IN_FORCE_LIMIT_S = 3.0
"""The requirement: a refreshed 1M list is in force this soon after the call."""
RSS_LIMIT_MB = 100.0
"""The requirement: HA's RSS grows by at most this much per 1M entries."""
RANGE_SHARE = 0.05
DUPLICATE_SHARE = 0.02
"""Share of exact numbers that the second source lists too."""
LABEL_COUNT = 3000
SOURCES = ("list:alpha", "list:beta")
HA_START_TIMEOUT = 240.0
STEP_TIMEOUT = 600.0
SETTLE_S = 3.0
"""Seconds Home Assistant is left alone before its RSS is read."""
WORKER_MARK = b"_nuisance_calls_worker"
"""In the command line of a list worker process (of this tree and of the anchor)."""
OTHER_COUNTRIES = (b"+43", b"+41", b"+33")
"""The three more lists are the first one with another country code: as big, all different."""

HA_CONFIGURATION = """\
# Written by benchmarks/index_scale.py: a Home Assistant with the usual core
# integrations (default_config needs packages this venv does not have).
homeassistant:
  country: DE
  time_zone: Europe/Berlin
frontend:
config:
api:
recorder:
history:
logbook:
energy:
automation:
script:
scene:
person:
sun:
input_boolean:
input_number:
input_text:
input_select:
input_datetime:
input_button:
counter:
timer:
tag:
zone:
media_source:
webhook:
conversation:
backup:
system_health:
index_probe:
http:
  server_host: 127.0.0.1
  server_port: {port}
logger:
  default: warning
"""
PROBE_MANIFEST = {
    "domain": "index_probe",
    "name": "Index benchmark probe",
    "codeowners": [],
    "dependencies": ["http"],
    "documentation": "https://github.com/nuisance-calls/nuisance_calls",
    "iot_class": "local_push",
    "requirements": [],
    "version": "0.0.1",
}

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


# --------------------------------------------------------------------------- helpers


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


def span(values: list[float], unit: str = "", digits: int = 1) -> str:
    """``min-max`` of some values (one value: itself)."""
    if not values:
        return "-"
    low, high = min(values), max(values)
    if f"{low:.{digits}f}" == f"{high:.{digits}f}":
        return f"{low:.{digits}f}{unit}"
    return f"{low:.{digits}f}-{high:.{digits}f}{unit}"


def fmt_bytes(value: float) -> str:
    """Bytes as MiB / KiB."""
    if value >= 1 << 20:
        return f"{value / (1 << 20):.1f} MiB"
    return f"{value / 1024:.1f} KiB"


def fmt_s(value: float) -> str:
    """Seconds as ms or s."""
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


# --------------------------------------------------------------------------- variants


@dataclass
class Variant:
    """One version of the integration: its folder and its library, imported."""

    name: str
    package: Path
    """The integration's folder (copied into Home Assistant's config)."""
    matcher: ModuleType
    listclient: ModuleType


def this_tree() -> Variant:
    """The integration as it is in this working tree."""
    from custom_components.nuisance_calls.lib import listclient, matcher

    return Variant("this tree", ROOT / PACKAGE, matcher, listclient)


def anchor(ref: str, folder: Path) -> Variant:
    """The integration at git ``ref``, its ``lib`` imported under a name of its own."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref, PACKAGE],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    package = folder / PACKAGE
    name = f"_anchor_lib_{ref.replace('-', '_').replace('.', '_')}"
    # Loaded like the worker loads it: the package without its __init__.
    spec = importlib.machinery.ModuleSpec(name, None, is_package=True)
    spec.submodule_search_locations = [str(package / "lib")]
    sys.modules[name] = importlib.util.module_from_spec(spec)
    return Variant(
        f"anchor {ref}",
        package,
        importlib.import_module(f"{name}.matcher"),
        importlib.import_module(f"{name}.listclient"),
    )


# --------------------------------------------------------------------------- children


class ChildWatch:
    """Polls a process's children (the list workers) for their peak RSS."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peaks: dict[int, int] = {}
        """Child pid -> its VmHWM, kB."""
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _children(self) -> list[int]:
        found: list[int] = []
        with os.scandir(f"/proc/{self.pid}/task") as tasks:
            for task in tasks:
                try:
                    text = Path(task.path, "children").read_text()
                except OSError:
                    continue
                found.extend(int(pid) for pid in text.split())
        return found

    def _run(self) -> None:
        while not self._stop.is_set():
            for child in self._children():
                # Only once it runs the worker: between fork and exec a child
                # still has its parent's pages (and their RSS).
                try:
                    command = Path(f"/proc/{child}/cmdline").read_bytes()
                except OSError:
                    continue
                if WORKER_MARK not in command:
                    continue
                peak = status_kb(child, "VmHWM")
                if peak is not None:
                    self.peaks[child] = max(peak, self.peaks.get(child, 0))
            self._stop.wait(0.005)

    def __enter__(self) -> ChildWatch:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak_mb(self) -> float | None:
        """The highest peak RSS of any child seen, MB."""
        return max(self.peaks.values()) / 1024 if self.peaks else None


def status_kb(pid: int, field_name: str) -> int | None:
    """A ``kB`` field of ``/proc/<pid>/status``; None if the process is gone."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith(f"{field_name}:"):
            return int(line.split()[1])
    return None


def reset_peak(pid: int) -> None:
    """Set the process's peak RSS (VmHWM) back to its current RSS."""
    with open(f"/proc/{pid}/clear_refs", "w") as clear_refs:
        clear_refs.write("5")


# --------------------------------------------------------------------------- offline


@dataclass
class LookupStats:
    """Lookup times of one kind of number, microseconds."""

    mean: float
    p99: float


@dataclass
class OfflineResults:
    """Everything measured without Home Assistant for one size and variant."""

    size: int
    variant: str
    exact: int = 0
    ranges: int = 0
    build_s: list[float] = field(default_factory=list)
    build_traced_s: float = 0.0
    peak_bytes: int = 0
    retained_bytes: int = 0
    state_bytes: int = 0
    lookups: dict[str, LookupStats] = field(default_factory=dict)
    parse_s: list[float] = field(default_factory=list)
    worker_peak_mb: list[float] = field(default_factory=list)
    document_bytes: int = 0


LOOKUP_ROUNDS = 10
"""Look-ups are timed in this many slices, the variants taking turns (the same load for both)."""


def measure_lookups(indexes: list[Any], numbers: list[str], found: bool) -> list[LookupStats]:
    """Per index: mean from tight loops, p99 from timing each call (~0.05 us timer cost).

    The indexes take turns slice by slice, so that what else the machine does
    falls on all of them alike.
    """
    totals = [0] * len(indexes)
    samples: list[list[int]] = [[] for _ in indexes]
    clock = time.perf_counter_ns
    for index in indexes:
        for number in numbers[:1000]:  # warm up
            index.lookup(number)
    size = -(-len(numbers) // LOOKUP_ROUNDS)
    for turn in range(LOOKUP_ROUNDS):
        part = numbers[turn * size : (turn + 1) * size]
        order = range(len(indexes)) if turn % 2 == 0 else reversed(range(len(indexes)))
        for which in order:
            lookup = indexes[which].lookup
            start = clock()
            hits = sum(1 for number in part if lookup(number) is not None)
            totals[which] += clock() - start
            if hits != (len(part) if found else 0):
                raise RuntimeError(f"{hits} of {len(part)} found")
            append = samples[which].append
            for number in part:
                before = clock()
                lookup(number)
                append(clock() - before)
    return [
        LookupStats(total / len(numbers) / 1000, percentile(each, 99) / 1000)
        for total, each in zip(totals, samples, strict=True)
    ]


def measure_offline(data: Dataset, variants: list[Variant], repeat: int) -> list[OfflineResults]:
    """Build, memory, state, lookup and parse figures of one dataset, the variants taking turns."""
    results = [OfflineResults(data.size, v.name, document_bytes=len(data.text)) for v in variants]
    indexes: list[Any] = [None] * len(variants)
    for turn in range(repeat):
        order = range(len(variants)) if turn % 2 == 0 else reversed(range(len(variants)))
        for which in order:
            indexes[which] = None
            with collected():
                start = time.perf_counter()
                indexes[which] = variants[which].matcher.MatchIndex(data.records)
                results[which].build_s.append(time.perf_counter() - start)
    for result, variant, index in zip(results, variants, indexes, strict=True):
        result.exact, result.ranges = index.exact_count, index.range_count
        result.state_bytes = len(pickle.dumps(index.to_state(), protocol=pickle.HIGHEST_PROTOCOL))
        with collected():
            tracemalloc.start()
            try:
                base = tracemalloc.get_traced_memory()[0]
                tracemalloc.reset_peak()
                start = time.perf_counter()
                traced = variant.matcher.MatchIndex(data.records)
                result.build_traced_s = time.perf_counter() - start
                gc.collect()
                current, peak = tracemalloc.get_traced_memory()
                result.peak_bytes, result.retained_bytes = peak - base, current - base
                del traced
            finally:
                tracemalloc.stop()

    for kind, numbers, found in (
        ("exact hit", data.exact_hits, True),
        ("range hit", data.range_hits, True),
        ("miss", data.misses, False),
    ):
        for result, stats in zip(results, measure_lookups(indexes, numbers, found), strict=True):
            result.lookups[kind] = stats
    del indexes

    for turn in range(repeat):
        order = range(len(variants)) if turn % 2 == 0 else reversed(range(len(variants)))
        for which in order:
            with collected(), ChildWatch(os.getpid()) as children:
                start = time.perf_counter()
                parsed, parsed_index = variants[which].listclient.parse_document(
                    data.text, "DE", SOURCES[0], False
                )
                results[which].parse_s.append(time.perf_counter() - start)
            if children.peak_mb is not None:
                results[which].worker_peak_mb.append(children.peak_mb)
            if parsed.count != data.size or parsed_index.range_count != results[which].ranges:
                raise RuntimeError(f"{variants[which].name}: parse_document read {parsed.count}")
            del parsed_index
    return results


# --------------------------------------------------------------------------- lists


class ListServer:
    """Serves list documents on 127.0.0.1 with ETags (304 when unchanged), in a thread."""

    def __init__(self) -> None:
        self.documents: dict[str, tuple[bytes, str]] = {}
        self.requests = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests += 1
                body, etag = server.documents[self.path]
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args: object) -> None:
                pass

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._http.server_address[1]
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)
        self._thread.start()

    def serve(self, path: str, body: bytes, version: int) -> None:
        """Serve ``body`` at ``path`` from now on, under a new ETag."""
        self.documents[path] = (body, f'"{path}-v{version}"')

    def url(self, path: str) -> str:
        """The address of ``path``."""
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        """Stop serving."""
        self._http.shutdown()
        self._http.server_close()


def changed_copy(text: bytes, version: int) -> bytes:
    """The list with every 50th number changed (a refresh that really has news)."""
    rng = random.Random(version)
    lines = text.split(b"\n")
    for position in range(version % 50, len(lines), 50):
        line = lines[position]
        if line and not line.endswith(b"*"):
            lines[position] = line[:-3] + b"%03d" % rng.randrange(1000)
    return b"\n".join(lines)


# --------------------------------------------------------------------------- Home Assistant


@dataclass
class HaResults:
    """One variant in a real Home Assistant process."""

    variant: str
    rss_mb: dict[str, float] = field(default_factory=dict)
    """HA's RSS after each step (settled)."""
    add: dict[str, Any] = field(default_factory=dict)
    """What the probe saw while the first list was subscribed."""
    refreshes: list[dict[str, Any]] = field(default_factory=list)
    """Per refresh of the one list: the probe's figures, HA's peak and the worker's peak RSS."""
    adds: list[dict[str, Any]] = field(default_factory=list)
    refresh_all: dict[str, Any] = field(default_factory=dict)
    lookups: dict[str, Any] = field(default_factory=dict)


class HomeAssistantProcess:
    """``python -m homeassistant`` on a fresh config folder, with the probe."""

    def __init__(self, variant: Variant, folder: Path, extra_probes: Sequence[Path] = ()) -> None:
        """``extra_probes``: more probe modules (``<domain>.py``), installed and set up too."""
        self.config = folder / "config"
        components = self.config / "custom_components"
        components.mkdir(parents=True)
        shutil.copytree(
            variant.package,
            components / "nuisance_calls",
            ignore=shutil.ignore_patterns("__pycache__"),
        )
        probe = components / "index_probe"
        probe.mkdir()
        shutil.copy(ROOT / "benchmarks" / "index_probe.py", probe / "__init__.py")
        (probe / "manifest.json").write_text(json.dumps(PROBE_MANIFEST))
        configuration = HA_CONFIGURATION
        for module in extra_probes:
            domain = module.stem
            extra = components / domain
            extra.mkdir()
            shutil.copy(module, extra / "__init__.py")
            manifest = {**PROBE_MANIFEST, "domain": domain, "name": f"Benchmark probe {domain}"}
            (extra / "manifest.json").write_text(json.dumps(manifest))
            configuration = configuration.replace("index_probe:\n", f"index_probe:\n{domain}:\n")
        self.port = free_port()
        (self.config / "configuration.yaml").write_text(configuration.format(port=self.port))
        env = dict(os.environ)
        for name in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONSAFEPATH"):
            env.pop(name, None)
        self._log = (self.config / "stdout.log").open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "homeassistant", "-c", str(self.config), "--skip-pip"],
            cwd=folder,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    @property
    def pid(self) -> int:
        """Home Assistant's process id."""
        return self.process.pid

    def rss_mb(self) -> float:
        """Home Assistant's RSS now, MB."""
        value = status_kb(self.pid, "VmRSS")
        if value is None:
            raise RuntimeError(f"Home Assistant ended:\n{self.log_tail()}")
        return value / 1024

    def log_tail(self) -> str:
        """The end of Home Assistant's output."""
        path = self.config / "stdout.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-40:])

    def command(self, name: str, data: dict[str, Any] | None = None, timeout: float = 30) -> Any:
        """One probe command; its answer."""
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/api/index_probe/{name}",
            json.dumps(data or {}).encode(),
            {"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read())

    def wait_ready(self) -> None:
        """Until the probe answers (HA's HTTP server is up and the probe set up)."""
        deadline = time.monotonic() + HA_START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Home Assistant exited:\n{self.log_tail()}")
            try:
                self.command("status", timeout=5)
            except OSError, urllib.error.URLError:
                time.sleep(0.5)
                continue
            return
        raise RuntimeError(f"Home Assistant did not start:\n{self.log_tail()}")

    def settle(self) -> float:
        """Leave Home Assistant alone for a moment; its RSS, MB."""
        time.sleep(SETTLE_S)
        return self.rss_mb()

    def stop(self) -> None:
        """SIGTERM; SIGKILL only if it does not end in time."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self._log.close()


def _watched(ha: HomeAssistantProcess, name: str, data: dict[str, Any]) -> dict[str, Any]:
    """A probe command with HA's and the worker's peak RSS around it."""
    reset_peak(ha.pid)
    with ChildWatch(ha.pid) as children:
        result = dict(ha.command(name, data, timeout=STEP_TIMEOUT))
    if "error" in result:
        raise RuntimeError(f"{name}: {result['error']}\n{ha.log_tail()}")
    result["ha_peak_mb"] = (status_kb(ha.pid, "VmHWM") or 0) / 1024
    result["worker_peak_mb"] = children.peak_mb
    return result


def bench_hass(
    variant: Variant, data: Dataset, server: ListServer, args: argparse.Namespace
) -> HaResults:
    """The Home Assistant scenario for one variant."""
    results = HaResults(variant.name)
    bodies = {"/a": data.text}
    bodies.update(
        (f"/{chr(ord('b') + n)}", data.text.replace(b"+49", country))
        for n, country in enumerate(OTHER_COUNTRIES)
    )
    for path, body in bodies.items():
        server.serve(path, body, 0)
    with tempfile.TemporaryDirectory(prefix="index_scale_ha_") as folder:
        ha = HomeAssistantProcess(variant, Path(folder))
        try:
            progress(f"HA ({variant.name}): starting")
            ha.wait_ready()
            results.rss_mb["started, no list"] = ha.settle()
            progress(f"HA ({variant.name}): subscribing to a {data.size:,}-entry list")
            results.add = _watched(ha, "add_list", {"name": "List A", "url": server.url("/a")})
            results.rss_mb["one list"] = ha.settle()
            progress(f"HA ({variant.name}): look-ups in HA")
            results.lookups = ha.command(
                "lookups",
                {
                    "exact": data.exact_hits,
                    "range": data.range_hits,
                    "miss": data.misses,
                },
                timeout=STEP_TIMEOUT,
            )
            for number in range(1, args.refreshes + 1):
                progress(f"HA ({variant.name}): refresh {number} of {args.refreshes}")
                server.serve("/a", changed_copy(data.text, number), number)
                results.refreshes.append(_watched(ha, "refresh", {}))
                results.rss_mb[f"after refresh {number}"] = ha.settle()
            for path in ("/b", "/c", "/d"):
                progress(f"HA ({variant.name}): subscribing to list {path[1:].upper()}")
                name = f"List {path[1:].upper()}"
                results.adds.append(
                    _watched(ha, "add_list", {"name": name, "url": server.url(path)})
                )
            results.rss_mb["four lists"] = ha.settle()
            progress(f"HA ({variant.name}): refreshing all four at once")
            for version, (path, body) in enumerate(bodies.items(), 100):
                server.serve(path, changed_copy(body, version), version)
            results.refresh_all = _watched(ha, "refresh", {})
            results.rss_mb["four lists, refreshed"] = ha.settle()
            status = ha.command("status")
            if status["index_entries"] < 4 * (data.size * 0.9):
                raise RuntimeError(f"the four lists are not in force: {status}")
        finally:
            ha.stop()
    return results


# --------------------------------------------------------------------------- report


def _lookup_cell(stats: LookupStats) -> str:
    return f"{stats.mean:.2f} / {stats.p99:.2f}"


def report_offline(results: list[OfflineResults], args: argparse.Namespace) -> None:
    """The offline table: one column per size and variant."""
    headers = ("metric", *(f"N = {r.size:,}, {r.variant}" for r in results))

    def row(label: str, value: Callable[[OfflineResults], str]) -> tuple[str, ...]:
        return (label, *(value(r) for r in results))

    rows = [
        row("distinct exact numbers / ranges", lambda r: f"{r.exact:,} / {r.ranges:,}"),
        row(
            f"build MatchIndex(records), min-max of {args.repeat}",
            lambda r: f"{fmt_s(min(r.build_s))}-{fmt_s(max(r.build_s))}",
        ),
        row("build under tracemalloc (slower)", lambda r: fmt_s(r.build_traced_s)),
        row("build peak memory (tracemalloc)", lambda r: fmt_bytes(r.peak_bytes)),
        row("index retained memory (tracemalloc)", lambda r: fmt_bytes(r.retained_bytes)),
        row(
            "retained bytes / entry",
            lambda r: f"{r.retained_bytes / (r.exact + r.ranges):.1f}",
        ),
        row("pickled to_state() (what a worker sent)", lambda r: fmt_bytes(r.state_bytes)),
        *(
            row(f"lookup {kind}: mean / p99 (us)", lambda r, k=kind: _lookup_cell(r.lookups[k]))
            for kind in ("exact hit", "range hit", "miss")
        ),
        row("plain-text document", lambda r: fmt_bytes(r.document_bytes)),
        row(
            f"parse_document (text; worker from 2 MiB), min-max of {args.repeat}",
            lambda r: f"{fmt_s(min(r.parse_s))}-{fmt_s(max(r.parse_s))}",
        ),
        row("worker process peak RSS", lambda r: span(r.worker_peak_mb, " MB", 0)),
    ]
    print("Index (offline, no Home Assistant; records with labels, tags, scores)")
    print_table(headers, rows)
    print()


def _swap(result: dict[str, Any]) -> float:
    """When the (last) list was in force, s after the call."""
    return float(result["swaps"][-1]) if result.get("swaps") else float("nan")


def report_hass(results: dict[str, list[HaResults]], size: int) -> None:
    """The Home Assistant table: one column per variant, ranges over refreshes and rounds."""
    names = list(results)
    rounds = len(results[names[0]])
    headers = (f"in Home Assistant, lists of N = {size:,} ({rounds} round(s))", *names)
    count = len(results[names[0]][0].refreshes)

    def row(
        label: str, values: Callable[[HaResults], list[float]], unit: str, digits: int = 1
    ) -> tuple[str, ...]:
        return (
            label,
            *(
                span([v for run in results[name] for v in values(run)], unit, digits)
                for name in names
            ),
        )

    def each(key: str) -> Callable[[HaResults], list[float]]:
        return lambda run: [float(item[key]) for item in run.refreshes if item.get(key) is not None]

    def growth(label: str) -> Callable[[HaResults], list[float]]:
        return lambda run: [run.rss_mb[label] - run.rss_mb["started, no list"]]

    rows = [
        row("subscribe (flow + set-up): in force after", lambda run: [_swap(run.add)], " s", 2),
        row("subscribe: longest loop stall", lambda run: [run.add["max_stall_ms"]], " ms"),
        row(
            f"refresh_lists, one list ({count}x per round): in force after",
            lambda run: [_swap(item) for item in run.refreshes],
            " s",
            2,
        ),
        row("refresh: action returned after", each("action_s"), " s", 2),
        row("refresh: longest loop stall", each("max_stall_ms"), " ms"),
        row("refresh: p99 loop stall", each("p99_stall_ms"), " ms", 2),
        row("refresh: stalls over 50 ms, per refresh", each("stalls_over_50"), "", 0),
        row("refresh: full GCs in HA, per refresh", each("full_collections"), "", 0),
        row("refresh: HA peak RSS", each("ha_peak_mb"), " MB", 0),
        row("refresh: worker process peak RSS", each("worker_peak_mb"), " MB", 0),
        row(
            "HA RSS, started, no list",
            lambda run: [run.rss_mb["started, no list"]],
            " MB",
            0,
        ),
        row("HA RSS growth: one list", growth("one list"), " MB", 0),
        *(
            row(f"HA RSS growth: after refresh {n}", growth(f"after refresh {n}"), " MB", 0)
            for n in range(1, count + 1)
        ),
        row("HA RSS growth: four different lists", growth("four lists"), " MB", 0),
        row(
            "subscribe lists B-D: in force after",
            lambda run: [_swap(item) for item in run.adds],
            " s",
            2,
        ),
        row(
            "refresh_lists, four lists at once: all in force after",
            lambda run: [_swap(run.refresh_all)],
            " s",
            2,
        ),
        row(
            "four at once: longest loop stall",
            lambda run: [run.refresh_all["max_stall_ms"]],
            " ms",
        ),
        row("HA RSS growth: four lists refreshed", growth("four lists, refreshed"), " MB", 0),
        *(
            row(
                f"look-up in HA, {kind}: mean (us)",
                lambda run, k=kind: [run.lookups[k]["mean_us"]],
                " us",
                2,
            )
            for kind in ("exact", "range", "miss")
        ),
        *(
            row(
                f"look-up in HA, {kind}: p99 (us)",
                lambda run, k=kind: [run.lookups[k]["p99_us"]],
                " us",
                2,
            )
            for kind in ("exact", "range", "miss")
        ),
    ]
    print("Home Assistant process (python -m homeassistant, probe inside; plain-text lists)")
    print_table(headers, rows)
    ours = results[names[-1]]
    stalls = [
        item["max_stall_ms"]
        for run in ours
        for item in (*run.refreshes, *run.adds, run.refresh_all, run.add)
    ]
    in_force = [_swap(item) for run in ours for item in run.refreshes]
    per_list = [run.rss_mb["one list"] - run.rss_mb["started, no list"] for run in ours]
    drift = [run.rss_mb[f"after refresh {count}"] - run.rss_mb["one list"] for run in ours]
    scale = 1e6 / size
    print(
        f"  requirements ({names[-1]}): refreshed list in force within {IN_FORCE_LIMIT_S:.0f} s:"
        f" {'PASS' if max(in_force) <= IN_FORCE_LIMIT_S else 'FAIL'} (max {max(in_force):.2f} s);"
        f" no stall over {STALL_LIMIT_MS:.0f} ms:"
        f" {'PASS' if max(stalls) <= STALL_LIMIT_MS else 'FAIL'} (max {max(stalls):.1f} ms);"
        f" RSS per 1M entries <= {RSS_LIMIT_MB:.0f} MB:"
        f" {'PASS' if max(per_list) * scale <= RSS_LIMIT_MB else 'FAIL'}"
        f" ({span([v * scale for v in per_list], ' MB', 0)});"
        f" growth over {count} refreshes: {span(drift, ' MB', 0)}"
    )
    print()


def report(
    offline: list[OfflineResults],
    hass: dict[str, list[HaResults]],
    size: int,
    args: argparse.Namespace,
    elapsed: float,
) -> None:
    """Print the tables."""
    print_machine(interpreter_details=True)
    if offline:
        report_offline(offline, args)
    if any(hass.values()):
        report_hass(hass, size)
    print("Notes")
    print(
        "  N = list entries: ~5 % ranges (+49 + 4-7 digit national prefix), 2 sources,"
        " ~2 % of the numbers listed by both; numbers +49 + 9-11 digits. Offline the"
        " records carry labels (60 %), tags and scores (30 %); the documents are plain text."
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
        "  HA: in force = from the call (the flow's start, for a subscription) to the"
        " household's index replaced; stall = how much later than due a 1 ms sleep on HA's"
        " loop woke up; RSS = VmRSS of HA's process after 3 s without activity; peaks ="
        " VmHWM (HA's reset before each step, the worker's read every 5 ms)."
    )
    print(f"  total run time: {elapsed:.0f} s")


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
        description="Shared lists: the index offline, and a real Home Assistant process.",
    )
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        default=list(DEFAULT_SIZES),
        help="comma-separated list sizes (10000,100000,1000000); HA is measured for the largest",
    )
    parser.add_argument(
        "--anchor",
        default=DEFAULT_ANCHOR,
        help=f"git commit to compare with ({DEFAULT_ANCHOR}); 'none' to measure this tree only",
    )
    parser.add_argument(
        "--lookups", type=int, default=100_000, help="lookups per kind of number (100000)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="timed builds per size (3)")
    parser.add_argument(
        "--refreshes", type=int, default=4, help="refreshes of the one list in HA (4)"
    )
    parser.add_argument(
        "--rounds", type=int, default=1, help="Home Assistant runs per variant, taking turns (1)"
    )
    parser.add_argument("--seed", type=int, default=20261, help="random seed")
    parser.add_argument("--no-hass", action="store_true", help="skip the Home Assistant part")
    parser.add_argument("--no-offline", action="store_true", help="skip the offline part")
    args = parser.parse_args(argv)
    if args.lookups < 100 or min(args.repeat, args.refreshes, args.rounds) < 1:
        parser.error("--lookups must be >= 100, --repeat, --refreshes and --rounds >= 1")
    return args


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    args = parse_args(argv)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="index_scale_anchor_") as anchor_folder:
        variants = [this_tree()]
        if args.anchor != "none":
            variants.insert(0, anchor(args.anchor, Path(anchor_folder)))
        offline: list[OfflineResults] = []
        data = None
        for number, size in enumerate(args.sizes, 1):
            print(f"[{number}/{len(args.sizes)}] N = {size:,}", flush=True)
            progress("generating the list")
            data = make_dataset(size, args.seed + size, args.lookups)
            if not args.no_offline:
                progress("building, looking up, parsing (the variants taking turns)")
                offline.extend(measure_offline(data, variants, args.repeat))
            if size != args.sizes[-1]:
                del data
                gc.collect()
        hass: dict[str, list[HaResults]] = {variant.name: [] for variant in variants}
        if not args.no_hass and data is not None:
            data.records.clear()  # not needed any more: this process stays small
            server = ListServer()
            try:
                for turn in range(args.rounds):
                    print(f"[HA {turn + 1}/{args.rounds}] N = {args.sizes[-1]:,}", flush=True)
                    for variant in variants if turn % 2 == 0 else variants[::-1]:
                        hass[variant.name].append(bench_hass(variant, data, server, args))
            finally:
                server.close()
        report(offline, hass, args.sizes[-1], args, time.monotonic() - started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
