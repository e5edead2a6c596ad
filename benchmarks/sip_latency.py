"""How fast the line's SIP phone stops a flagged call, against the simplest possible peer.

SIPp plays the FRITZ!Box's SIP side and offers calls from numbers on a
1M-entry shared list to

- **nuisance_calls**: the SIP phone of a FRITZ!Box line in a real Home
  Assistant process (``python -m homeassistant``, the machinery of
  ``benchmarks/index_scale.py``: a throw-away config folder, HTTP on
  127.0.0.1, the integration copied in, its probe plus ``sip_probe``), the
  list subscribed through the config flow and in force;
- **SipPhone alone**: ``benchmarks/sip_phone_alone.py``, the integration's
  SIP library in a plain asyncio process, hanging up on every call without
  judging it (no HA, no list);
- **bare UA**: ``benchmarks/sip_bare_ua.py``, an asyncio UDP peer that
  answers every INVITE with 100 Trying and 200, one after the other, and
  sends BYE on the ACK (the floor: what callblocker's pjsua sends);
- **bare UA, no 100**: the same with the 200 alone (a floor below any real
  SIP stack, shown for comparison),

each under two conditions: the list idle, and while ``refresh_lists``
refreshes it (back to back, with changed documents, for as long as the
calls of both peers run). Measured per call, from SIPp's
``-trace_shortmsg`` timestamps (microseconds, taken at the socket call):
INVITE sent -> 200 read, and INVITE sent -> BYE read.

Run from the repository root::

    .venv/bin/python -m benchmarks.sip_latency [--calls 500] [--size 1000000]

See benchmarks/README.md for what exactly is measured and how to read it.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
import hashlib
import itertools
import json
import math
import os
from pathlib import Path
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from typing import Any
import urllib.request

# Runnable as ``python benchmarks/sip_latency.py`` too.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import print_machine, print_table
from benchmarks.index_scale import (
    HomeAssistantProcess,
    ListServer,
    changed_copy,
    make_dataset,
    percentile,
    progress,
    this_tree,
)
from simulator import FritzBoxSimulator

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
SIPP = shutil.which("sipp") or "/usr/bin/sipp"
SCENARIO = HERE / "sipp" / "caller.xml"
SIP_PROBE = HERE / "sip_probe.py"
USER, PASSWORD, REALM = "ipphone", "bench-secret", "fritz.box"
DIALLED = "0301234000"
"""The household's number the box says was dialled (P-Called-Party-ID)."""
GRANTED_EXPIRES = 3600
"""The registration the benchmark's registrar grants: no refresh during a run."""
BYE_GOAL_MS = 20.0
"""The issue's goal: BYE within 20 ms (p99) of the INVITE."""
RATIO_GOAL = 2.0
"""The issue's goal: within 2x the bare UA."""
PEERS = ("nuisance_calls", "SipPhone alone", "bare UA", "bare UA, no 100")
FLOORS = ("bare UA", "bare UA, no 100")
"""The goal's floor first: the bare UA sends 100 Trying and 200, as callblocker's pjsua does."""
JSON_KEYS = {
    "nuisance_calls": "nuisance_calls",
    "SipPhone alone": "sip_phone_alone",
    "bare UA": "bare_ua",
    "bare UA, no 100": "bare_ua_no_trying",
}
CONDITIONS = ("idle", "refresh")
CONDITION_TITLES = {"idle": "list in force, idle", "refresh": "during refresh_lists"}
STEP_TIMEOUT = 900.0


# --------------------------------------------------------------------------- helpers


def free_udp_port() -> int:
    """A UDP port on 127.0.0.1 that nothing is bound to right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def probe(ha: HomeAssistantProcess, command: str, data: dict[str, Any] | None = None) -> Any:
    """One ``sip_probe`` command; its answer (an ``error`` in it raises)."""
    request = urllib.request.Request(
        f"http://127.0.0.1:{ha.port}/api/sip_probe/{command}",
        json.dumps(data or {}).encode(),
        {"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=STEP_TIMEOUT) as response:
        answer = json.loads(response.read())
    if isinstance(answer, dict) and "error" in answer:
        raise RuntimeError(f"sip_probe {command}: {answer['error']}\n{ha.log_tail()}")
    return answer


def national(e164: str) -> str:
    """``+4930...`` as the box presents a German caller: ``030...``."""
    if not e164.startswith("+49"):
        raise ValueError(e164)
    return "0" + e164[3:]


class Registrar:
    """The box's registrar, just for the phone's first REGISTER: 401, then 200 on a good digest.

    A thread with a blocking UDP socket on 127.0.0.1:``port``; ``close`` frees
    the port for SIPp, which plays the rest of the box there.
    """

    NONCE = "5e1f0c2b7d3a4968"

    def __init__(self, port: int) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", port))
        self.sock.settimeout(0.2)
        self.registered = threading.Event()
        self.bad_digests = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                data, addr = self.sock.recvfrom(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            head = data.decode(errors="replace").split("\r\n\r\n", 1)[0]
            lines = head.split("\r\n")
            if not lines[0].startswith("REGISTER "):
                continue
            headers: dict[str, str] = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers.setdefault(name.strip().lower(), value.strip())
            echo = [f"{name}: {headers.get(name.lower(), '')}" for name in ("Via", "From")]
            echo += [
                f"To: {headers.get('to', '')};tag=box",
                f"Call-ID: {headers.get('call-id', '')}",
                f"CSeq: {headers.get('cseq', '')}",
            ]
            auth = headers.get("authorization")
            if auth is None:
                extra = [f'WWW-Authenticate: Digest realm="{REALM}", nonce="{self.NONCE}"']
                status = "401 Unauthorized"
            elif self._valid(auth):
                contact = headers.get("contact", "")
                extra = [f"Contact: {contact};expires={GRANTED_EXPIRES}"]
                extra.append(f"Expires: {GRANTED_EXPIRES}")
                status = "200 OK"
            else:
                self.bad_digests += 1
                extra, status = [], "403 Forbidden"
            response = "\r\n".join(
                [f"SIP/2.0 {status}", *echo, *extra, "Content-Length: 0", "", ""]
            )
            self.sock.sendto(response.encode(), addr)
            if status == "200 OK" and "expires: 0" not in head.lower():
                self.registered.set()

    def _valid(self, header: str) -> bool:
        params = dict(re.findall(r'(\w+)="?([^",]*)"?', header))

        def md5(text: str) -> str:
            return hashlib.md5(text.encode()).hexdigest()

        ha1 = md5(f"{USER}:{REALM}:{PASSWORD}")
        ha2 = md5(f"REGISTER:{params.get('uri', '')}")
        return params.get("username") == USER and params.get("response") == md5(
            f"{ha1}:{self.NONCE}:{ha2}"
        )

    def close(self) -> None:
        """Stop answering and free the port."""
        self._stop.set()
        self._thread.join()
        self.sock.close()


class CallMonitor:
    """The box's call monitor (``simulator.FritzBoxSimulator``, TCP), in a thread of its own.

    The line needs one to set up; it never rings here: the phone judges each
    INVITE on its own (by the shared list, since no RING came first).
    """

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()
        self.box = FritzBoxSimulator("127.0.0.1", 0)
        self.port = asyncio.run_coroutine_threadsafe(self.box.start(), self.loop).result(10)

    def close(self) -> None:
        """Stop the simulator and its loop."""
        asyncio.run_coroutine_threadsafe(self.box.stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join()
        self.loop.close()


class PeerProcess:
    """A peer in a Python process of its own, once it printed ``ready <port>``."""

    def __init__(self, module: str, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", module, *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline().split()
        if len(line) != 2 or line[0] != "ready":
            self.close()
            raise RuntimeError(f"{module} did not start: {line}")
        self.port = int(line[1])

    def close(self) -> None:
        """End it."""
        self.process.terminate()
        self.process.wait(10)


def start_phone_alone() -> tuple[PeerProcess, int]:
    """``benchmarks/sip_phone_alone.py``, registered at a registrar of its own; its box port."""
    box_port = free_udp_port()
    registrar = Registrar(box_port)
    try:
        peer = PeerProcess(
            "benchmarks.sip_phone_alone",
            "--box-port", str(box_port), "--user", USER, "--password", PASSWORD,
        )  # fmt: skip
    finally:
        registrar.close()
    return peer, box_port


# --------------------------------------------------------------------------- SIPp


@dataclass
class Series:
    """One peer's calls under one condition."""

    placed: int = 0
    """Calls SIPp placed."""
    invite_200_ms: list[float] = field(default_factory=list)
    invite_bye_ms: list[float] = field(default_factory=list)
    invite_at: list[float] = field(default_factory=list)
    """When each measured call's INVITE was sent (epoch seconds)."""
    retransmissions: int = 0
    """INVITEs SIPp sent again (no answer within 500 ms)."""
    sipp_status: int = 0
    excluded: int = 0
    """Completed calls left out (their INVITE not inside a refresh)."""

    def extend(self, other: Series) -> None:
        """Add another run's calls."""
        self.placed += other.placed
        self.invite_200_ms += other.invite_200_ms
        self.invite_bye_ms += other.invite_bye_ms
        self.invite_at += other.invite_at
        self.retransmissions += other.retransmissions
        self.sipp_status = max(self.sipp_status, other.sipp_status)

    @property
    def calls(self) -> int:
        """Calls measured (complete: 200 and BYE read)."""
        return len(self.invite_bye_ms)

    @property
    def failures(self) -> int:
        """Calls placed that did not complete."""
        return self.placed - self.calls - self.excluded

    def as_json(self) -> dict[str, Any]:
        """The raw figures."""
        return {
            "placed": self.placed,
            "calls": self.calls,
            "failures": self.failures,
            "excluded": self.excluded,
            "retransmissions": self.retransmissions,
            "sipp_status": self.sipp_status,
            "invite_200_ms": self.invite_200_ms,
            "invite_bye_ms": self.invite_bye_ms,
            "invite_at": self.invite_at,
        }


def parse_shortmsg(path: Path) -> tuple[dict[str, dict[str, float]], int]:
    """SIPp's ``-trace_shortmsg`` file: per Call-ID the first INVITE sent, 200 and BYE read.

    Its lines: date, time, epoch seconds (microseconds), S or R, Call-ID,
    CSeq, first line of the message, tab-separated.
    """
    calls: dict[str, dict[str, float]] = {}
    retransmissions = 0
    for line in path.read_text(errors="replace").splitlines():
        parts = line.split("\t")
        if len(parts) < 7:
            continue
        at, direction, call_id, first = float(parts[2]), parts[3], parts[4], parts[6]
        times = calls.setdefault(call_id, {})
        if direction == "S" and first.startswith("INVITE "):
            if "invite" in times:
                retransmissions += 1
            else:
                times["invite"] = at
        elif direction == "R" and first.startswith("SIP/2.0 200") and "INVITE" in parts[5]:
            times.setdefault("ok", at)
        elif direction == "R" and first.startswith("BYE "):
            times.setdefault("bye", at)
    return calls, retransmissions


def run_sipp(
    target_port: int,
    local_port: int,
    callers: Path,
    *,
    calls: int,
    rate: int,
    folder: Path,
    name: str,
) -> Series:
    """SIPp places ``calls`` calls at ``rate`` per second; every call's figures."""
    trace = folder / f"{name}.short.csv"
    command = [
        SIPP, f"127.0.0.1:{target_port}",
        "-sf", str(SCENARIO), "-inf", str(callers),
        "-i", "127.0.0.1", "-p", str(local_port), "-mp", str(free_udp_port()),
        "-m", str(calls), "-r", str(rate), "-rp", "1000", "-l", "100",
        "-nostdin", "-trace_shortmsg", "-shortmessage_file", str(trace),
        "-trace_err", "-error_file", str(folder / f"{name}.errors.log"),
        "-timeout", f"{calls // rate + 60}s",
    ]  # fmt: skip
    with (folder / f"{name}.sipp.out").open("wb") as out:
        status = subprocess.run(
            command, cwd=folder, stdin=subprocess.DEVNULL, stdout=out, stderr=out, check=False
        ).returncode
    found, retransmissions = parse_shortmsg(trace)
    series = Series(placed=calls, retransmissions=retransmissions, sipp_status=status)
    for times in sorted(found.values(), key=lambda t: t.get("invite", math.inf)):
        if {"invite", "ok", "bye"} <= times.keys():
            series.invite_200_ms.append((times["ok"] - times["invite"]) * 1000)
            series.invite_bye_ms.append((times["bye"] - times["invite"]) * 1000)
            series.invite_at.append(times["invite"])
    return series


def write_callers(path: Path, numbers: Sequence[str]) -> Path:
    """A SIPp injection file: each call's caller and the dialled number."""
    path.write_text("SEQUENTIAL\n" + "".join(f"{n};{DIALLED}\n" for n in numbers))
    return path


# --------------------------------------------------------------------------- refreshes


class RefreshLoop:
    """``refresh_lists`` back to back, each time with a changed document, until stopped."""

    def __init__(self, ha: HomeAssistantProcess, server: ListServer, bodies: list[bytes]) -> None:
        self.ha, self.server, self.bodies = ha, server, bodies
        self.windows: list[tuple[float, float]] = []
        """(start, end) of each refresh, epoch seconds (HA's clock, the same machine's)."""
        self.error: BaseException | None = None
        self._stop = threading.Event()
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        version = 1000
        try:
            while not self._stop.is_set():
                version += 1
                self.server.serve("/a", self.bodies[version % len(self.bodies)], version)
                self._started.set()
                answer = probe(self.ha, "refresh")
                self.windows.append((float(answer["start"]), float(answer["end"])))
        except BaseException as err:  # reported by stop()
            self.error = err
            self._started.set()

    def start(self) -> None:
        """Start refreshing; return once a refresh is under way."""
        self._thread.start()
        self._started.wait(30)
        time.sleep(0.5)  # the first refresh downloads and parses by now

    def stop(self) -> None:
        """Let the refresh in progress finish, then stop."""
        self._stop.set()
        self._thread.join(STEP_TIMEOUT)
        if self.error is not None:
            alive = (
                "running"
                if self.ha.process.poll() is None
                else f"ended ({self.ha.process.returncode})"
            )
            raise RuntimeError(
                f"refresh failed: {self.error!r}; Home Assistant {alive}\n{self.ha.log_tail()}"
            ) from self.error

    def during(self, at: float) -> bool:
        """Whether a refresh was running at ``at``."""
        return any(start <= at <= end for start, end in self.windows)


def keep_overlapping(series: Series, loop: RefreshLoop) -> None:
    """Only the calls whose INVITE was sent while a refresh ran."""
    keep = [i for i, at in enumerate(series.invite_at) if loop.during(at)]
    series.excluded = series.calls - len(keep)
    series.invite_200_ms = [series.invite_200_ms[i] for i in keep]
    series.invite_bye_ms = [series.invite_bye_ms[i] for i in keep]
    series.invite_at = [series.invite_at[i] for i in keep]


# --------------------------------------------------------------------------- the run


@dataclass
class Results:
    """Everything one run measured."""

    series: dict[str, dict[str, Series]] = field(default_factory=dict)
    """Condition -> peer -> figures."""
    refreshes: list[tuple[float, float]] = field(default_factory=list)
    loop_watch: dict[str, Any] = field(default_factory=dict)
    steps: dict[str, Any] = field(default_factory=dict)
    phone: dict[str, Any] = field(default_factory=dict)
    list_entries: int = 0


class Bench:
    """One run: the list, the box's parts, Home Assistant, the bare UA; the calls."""

    def __init__(self, args: argparse.Namespace, folder: Path) -> None:
        self.args, self.folder = args, folder
        self.results = Results()
        self.numbers: list[str] = []
        self._chunk = 0
        self.box_port, self.phone_port = free_udp_port(), free_udp_port()
        self.server = ListServer()
        self.monitor = CallMonitor()
        self.registrar: Registrar | None = Registrar(self.box_port)
        self.bare = PeerProcess("benchmarks.sip_bare_ua", "--port", "0")
        self.bare_no_trying = PeerProcess("benchmarks.sip_bare_ua", "--port", "0", "--no-trying")
        self.alone, alone_box_port = start_phone_alone()
        self.ha = HomeAssistantProcess(this_tree(), folder / "ha", extra_probes=[SIP_PROBE])
        self.targets = {
            "nuisance_calls": (self.phone_port, self.box_port),
            "SipPhone alone": (self.alone.port, alone_box_port),
            "bare UA": (self.bare.port, 0),
            "bare UA, no 100": (self.bare_no_trying.port, 0),
        }

    def close(self) -> None:
        """Stop everything that was started."""
        if self.registrar is not None:
            self.registrar.close()
        self.ha.stop()
        self.bare.close()
        self.bare_no_trying.close()
        self.alone.close()
        self.monitor.close()
        self.server.close()

    def run(self) -> Results:
        """Set up, place the calls (idle, then during refreshes)."""
        args, ha = self.args, self.ha
        self.prepare_list()
        progress("starting Home Assistant")
        ha.wait_ready()
        progress(f"subscribing to the {args.size:,}-entry list (config flow)")
        added = ha.command(
            "add_list", {"name": "List A", "url": self.server.url("/a")}, STEP_TIMEOUT
        )
        if "error" in added:
            raise RuntimeError(f"add_list: {added['error']}\n{ha.log_tail()}")
        self.results.list_entries = int(ha.command("status")["index_entries"])
        self.add_line()
        time.sleep(args.settle)
        if args.warmup:
            progress(f"warm-up: {args.warmup} unmeasured calls to each peer")
            for peer in PEERS:
                self.series("warmup", peer, self.numbers[-args.warmup :])
        self.condition("idle")
        progress("refreshing the list back to back while the calls run")
        refresh = RefreshLoop(ha, self.server, self.bodies)
        refresh.start()
        try:
            self.condition("refresh")
        finally:
            refresh.stop()
        self.results.refreshes = refresh.windows
        for each in self.results.series["refresh"].values():
            keep_overlapping(each, refresh)
        self.results.phone = probe(ha, "phone")
        return self.results

    def prepare_list(self) -> None:
        """The list (served), its changed copies, and the callers: numbers on it."""
        args = self.args
        needed = args.calls * 2 * len(PEERS) + args.warmup
        progress(f"generating a {args.size:,}-entry list")
        data = make_dataset(args.size, args.seed, max(needed * 2, 100))  # drawn with repeats
        data.records.clear()
        self.bodies = [changed_copy(data.text, 1), changed_copy(data.text, 2)]
        # Callers on every version of the list served: a refresh must not unflag one.
        lines = data.text.split(b"\n")
        changed = {
            line.decode()
            for body in self.bodies
            for line, new in zip(lines, body.split(b"\n"), strict=True)
            if line != new
        }
        self.numbers = list(dict.fromkeys(national(n) for n in data.exact_hits if n not in changed))
        if len(self.numbers) < needed:
            raise RuntimeError(f"only {len(self.numbers)} distinct listed numbers for {needed}")
        self.server.serve("/a", data.text, 0)

    def add_line(self) -> None:
        """The FRITZ!Box line with the IP phone's login; it registers, then SIPp takes the port."""
        progress("adding the FRITZ!Box line with the IP phone; it registers")
        probe(
            self.ha,
            "add_line",
            {
                "host": "127.0.0.1",
                "port": self.monitor.port,
                "sip_port": self.box_port,
                "phone_port": self.phone_port,
                "user": USER,
                "password": PASSWORD,
            },
        )
        assert self.registrar is not None
        if not self.registrar.registered.wait(10):
            raise RuntimeError("the registrar did not see the phone register")
        self.registrar.close()  # SIPp plays the box on its port from now on
        self.registrar = None

    def condition(self, condition: str) -> None:
        """``--calls`` calls to each peer, in ``--rounds`` rounds, the peers taking turns.

        Taking turns spreads whatever else the machine does over all peers alike.
        """
        args = self.args
        watch = args.watch_loop
        if watch:
            probe(self.ha, "watch_start")
        if args.time_steps or args.instant_decide:
            probe(self.ha, "steps_start", {"instant": args.instant_decide})
        found = {peer: Series() for peer in PEERS}
        rounds = min(args.rounds, args.calls)
        progress(
            f"{condition}: {args.calls} calls to each peer at {args.rate}/s,"
            f" in {rounds} rounds taking turns"
        )
        for turn in range(rounds):
            count = args.calls // rounds + (1 if turn < args.calls % rounds else 0)
            shift = turn % len(PEERS)
            for peer in PEERS[shift:] + PEERS[:shift]:
                callers = self.numbers[self._chunk : self._chunk + count]
                self._chunk += count
                found[peer].extend(self.series(f"{condition}{turn}", peer, callers))
        self.results.series[condition] = found
        if watch:
            self.results.loop_watch[condition] = probe(self.ha, "watch_stop")
        if args.time_steps or args.instant_decide:
            self.results.steps[condition] = probe(self.ha, "steps_stop")["times"]

    def series(self, condition: str, peer: str, callers: list[str]) -> Series:
        """One SIPp run against one peer."""
        target, local = self.targets[peer]
        name = f"{condition}-{peer.replace(' ', '_')}"
        path = write_callers(self.folder / f"{name}.callers.csv", callers)
        return run_sipp(
            target,
            local or free_udp_port(),
            path,
            calls=len(callers),
            rate=self.args.rate,
            folder=self.folder,
            name=name,
        )


def bench(args: argparse.Namespace, folder: Path) -> Results:
    """Set everything up, place the calls, tear it down."""
    run = Bench(args, folder)
    try:
        return run.run()
    finally:
        run.close()


# --------------------------------------------------------------------------- report


def triple(values: list[float]) -> tuple[float, float, float]:
    """p50, p99, max (nan if none)."""
    if not values:
        return (math.nan, math.nan, math.nan)
    return (percentile(values, 50), percentile(values, 99), max(values))


def fmt_triple(values: tuple[float, float, float], digits: int = 2, unit: str = "") -> str:
    """``p50 / p99 / max``."""
    return " / ".join(f"{v:.{digits}f}{unit}" for v in values)


SLOWEST = 5
"""With ``--watch-loop``: this many of the integration's slowest calls are explained."""


def busy_share(watch: dict[str, Any]) -> float:
    """Per cent of the stall time (stalls over 2 ms) the loop's thread spent running."""
    stalls = watch.get("stalls", [])
    total = sum(gap for _woke, gap, _busy in stalls)
    return 100 * sum(busy for _woke, _gap, busy in stalls) / total if total else 0.0


def slowest_calls(results: Results, condition: str) -> list[str]:
    """The integration's slowest calls: what HA's loop and the refresh did meanwhile."""
    ours = results.series[condition]["nuisance_calls"]
    stalls = results.loop_watch[condition].get("stalls", [])
    order = sorted(range(ours.calls), key=lambda i: ours.invite_bye_ms[i], reverse=True)
    lines = []
    for i in order[:SLOWEST]:
        start = ours.invite_at[i]
        end = start + ours.invite_bye_ms[i] / 1000
        # a stall [woke - gap, woke] overlapping the call
        overlapping = [
            (gap, busy) for woke, gap, busy in stalls if woke - gap / 1000 <= end and woke >= start
        ]
        gap, busy = max(overlapping, default=(0.0, 0.0))
        collections = [
            f"gen-{generation} GC {ms:.0f} ms in {thread}"
            for done, generation, ms, thread in results.loop_watch[condition].get("collections", [])
            if done - ms / 1000 <= end and done >= start
        ]
        steps = [
            f"{name} ({begin - start:+.2f}..{finish - start:+.2f} s)"
            for name, begin, finish in results.loop_watch[condition].get("phases", [])
            if begin <= end and finish >= start
        ]
        callbacks = [
            f"{what} {ms:.1f} ms"
            for done, ms, what in results.loop_watch[condition].get("slow_callbacks", [])
            if done - ms / 1000 <= end and done >= start
        ]
        where = "no refresh running"
        for number, (begin, finish) in enumerate(results.refreshes, 1):
            if begin <= start <= finish:
                where = (
                    f"{start - begin:.2f} s into refresh {number} ({finish - start:.2f} s before"
                    " it returned)"
                )
        lines.append(
            f"INVITE->BYE {ours.invite_bye_ms[i]:.1f} ms: longest loop stall meanwhile"
            f" {gap:.1f} ms (the loop's thread ran {busy:.1f} ms of it);"
            f" {', '.join(collections) or 'no long GC'}; {where}"
            + (f"; refresh steps meanwhile: {', '.join(steps)}" if steps else "")
            + (f"; slow loop callbacks meanwhile: {', '.join(callbacks)}" if callbacks else "")
        )
    return lines


def step_lines(results: Results, args: argparse.Namespace) -> list[str]:
    """What ``--time-steps`` found, or what ``--instant-decide`` changed."""
    if args.instant_decide:
        return [
            "--instant-decide: nuisance_calls judged nothing (every call hung up on at once,"
            " as 'SipPhone alone' does): its figures are HA's without the judgement"
        ]
    lines = []
    for condition, times in results.steps.items():
        lines.append(f"the phone's steps in HA while the {condition} calls ran (--time-steps; us):")
        lines.extend(
            f"  {label}: {len(values)}x, p50 {percentile(values, 50) * 1e6:.0f},"
            f" p99 {percentile(values, 99) * 1e6:.0f}"
            for label, values in times.items()
            if values
        )
    return lines


def report(results: Results, args: argparse.Namespace, elapsed: float) -> dict[str, Any]:
    """Print the table; the figures for ``--json``."""
    print_machine()
    print(
        f"SIP phone latency: {args.calls} flagged calls per peer and condition at"
        f" {args.rate}/s, list of {results.list_entries:,} entries in force"
    )
    rows = []
    for condition in CONDITIONS:
        for peer in PEERS:
            each = results.series[condition][peer]
            rows.append(
                (
                    CONDITION_TITLES[condition],
                    peer,
                    str(each.calls),
                    str(each.failures),
                    fmt_triple(triple(each.invite_200_ms)),
                    fmt_triple(triple(each.invite_bye_ms)),
                )
            )
    print_table(
        (
            "condition",
            "peer",
            "calls",
            "failures",
            "INVITE->200 p50 / p99 / max (ms)",
            "INVITE->BYE p50 / p99 / max (ms)",
        ),
        rows,
    )
    print()
    ratio_rows = []
    goals: list[str] = []
    figures: dict[str, Any] = {"conditions": {}}
    for condition in CONDITIONS:
        ours = results.series[condition][PEERS[0]]
        by_floor = {
            name: {
                key: tuple(
                    a / b if b else math.nan
                    for a, b in zip(
                        triple(getattr(ours, key)),
                        triple(getattr(results.series[condition][name], key)),
                        strict=True,
                    )
                )
                for key in ("invite_200_ms", "invite_bye_ms")
            }
            for name in FLOORS
        }
        for name, each in by_floor.items():
            ratio_rows.append(
                (
                    CONDITION_TITLES[condition],
                    name,
                    fmt_triple(each["invite_200_ms"], 1, "x"),
                    fmt_triple(each["invite_bye_ms"], 1, "x"),
                )
            )
        ratios = by_floor[FLOORS[0]]
        p99 = triple(ours.invite_bye_ms)[1]
        ratio = ratios["invite_bye_ms"][1]
        goals.append(
            f"  {CONDITION_TITLES[condition]}: BYE p99 <= {BYE_GOAL_MS:.0f} ms:"
            f" {'PASS' if p99 <= BYE_GOAL_MS else 'FAIL'} ({p99:.2f} ms);"
            f" BYE p99 <= {RATIO_GOAL:.0f}x the bare UA:"
            f" {'PASS' if ratio <= RATIO_GOAL else 'FAIL'} ({ratio:.1f}x);"
            f" no failed call: {'PASS' if ours.failures == 0 else 'FAIL'}"
        )
        figures["conditions"][condition] = {
            **{JSON_KEYS[peer]: results.series[condition][peer].as_json() for peer in PEERS},
            "ratio_invite_200": list(ratios["invite_200_ms"]),
            "ratio_invite_bye": list(ratios["invite_bye_ms"]),
            "ratio_invite_bye_no_trying": list(by_floor[FLOORS[1]]["invite_bye_ms"]),
        }
    print_table(
        (
            "ratio nuisance_calls / floor",
            "floor",
            "INVITE->200 p50 / p99 / max",
            "INVITE->BYE p50 / p99 / max",
        ),
        ratio_rows,
    )
    print()
    print("Goals (nuisance_calls)")
    for line in goals:
        print(line)
    print()
    windows = results.refreshes
    took = [end - start for start, end in windows]
    gaps = [b[0] - a[1] for a, b in itertools.pairwise(windows)]
    refresh_series = results.series["refresh"]
    print("Notes")
    print(
        "  times from SIPp's -trace_shortmsg (microseconds at the socket call): INVITE sent"
        " -> 200 read, INVITE sent -> BYE read; p50/p99 linearly interpolated."
    )
    print(
        "  floors: 'bare UA' sends 100 Trying and 200 one after the other, as callblocker's"
        " pjsua does (the goal's floor); 'bare UA, no 100' the 200 alone."
    )
    print(
        f"  refresh: {len(windows)} refresh_lists back to back, each"
        f" {min(took, default=0):.1f}-{max(took, default=0):.1f} s, longest gap between two"
        f" {max(gaps, default=0) * 1000:.0f} ms; calls whose INVITE fell outside every refresh"
        f" are left out: " + ", ".join(f"{peer} {refresh_series[peer].excluded}" for peer in PEERS)
    )
    phone = results.phone
    print(
        f"  the phone: {phone.get('outcomes')}, dropped {phone.get('dropped')},"
        f" malformed {phone.get('malformed')}, busy {phone.get('busy')};"
        " INVITE retransmissions by SIPp: "
        + ", ".join(
            f"{c}/{p} {results.series[c][p].retransmissions}" for c in CONDITIONS for p in PEERS
        )
    )
    for condition, watch in results.loop_watch.items():
        print(
            f"  HA loop while the {condition} calls ran (--watch-loop): max stall"
            f" {watch['max_stall_ms']:.1f} ms, p99 {watch['p99_stall_ms']:.2f} ms,"
            f" {watch['stalls_over_5']} over 5 ms; during the stalls over 2 ms the loop's"
            f" thread ran {busy_share(watch):.0f} % of the time (the rest: waiting for the"
            " CPU or the GIL)"
        )
        full = [
            ms for _done, generation, ms, _thread in watch.get("collections", []) if generation == 2
        ]
        print(
            f"    full garbage collections in HA meanwhile: {len(full)}"
            f"{f', {min(full):.0f}-{max(full):.0f} ms' if full else ''}"
        )
        slow: dict[str, list[float]] = {}
        collected = 0
        for _done, ms, what in watch.get("slow_callbacks", []):
            name, during_gc, _rest = what.partition(" (of which")
            collected += bool(during_gc)
            slow.setdefault(name, []).append(ms)
        heaviest = sorted(slow.items(), key=lambda item: sum(item[1]), reverse=True)[:5]
        print(
            f"    loop callbacks over 1 ms meanwhile: {sum(map(len, slow.values()))}"
            f" ({collected} with a garbage collection in them)"
            + (": " if heaviest else "")
            + ", ".join(
                f"{what} ({len(times)}x, up to {max(times):.1f} ms)" for what, times in heaviest
            )
        )
        for line in slowest_calls(results, condition):
            print(f"    {line}")
    for line in step_lines(results, args):
        print(f"  {line}")
    print(f"  total run time: {elapsed:.0f} s")
    figures["meta"] = {
        "calls": args.calls,
        "rate": args.rate,
        "rounds": args.rounds,
        "size": args.size,
        "list_entries": results.list_entries,
        "refreshes": windows,
        "phone": phone,
        "loop_watch": results.loop_watch,
        "steps": results.steps,
        "instant_decide": args.instant_decide,
        "load_average": os.getloadavg(),
        "elapsed_s": elapsed,
    }
    return figures


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.sip_latency",
        description="The SIP phone in Home Assistant against a bare SIP UA, driven by SIPp.",
    )
    parser.add_argument("--calls", type=int, default=500, help="calls per peer and condition")
    parser.add_argument("--size", type=int, default=1_000_000, help="shared list entries")
    parser.add_argument("--rate", type=int, default=25, help="calls per second SIPp places")
    parser.add_argument(
        "--rounds", type=int, default=5, help="rounds per condition, the peers taking turns"
    )
    parser.add_argument("--warmup", type=int, default=10, help="unmeasured calls per peer first")
    parser.add_argument(
        "--settle", type=float, default=5.0, help="seconds left alone before the calls"
    )
    parser.add_argument("--seed", type=int, default=20261, help="random seed of the list")
    parser.add_argument(
        "--watch-loop",
        action="store_true",
        help="also record HA's event loop stalls while the calls run (a 1 ms ticker on the loop)",
    )
    parser.add_argument(
        "--time-steps",
        action="store_true",
        help="time the phone's steps in HA per call (wraps them: costs a little)",
    )
    parser.add_argument(
        "--instant-decide",
        action="store_true",
        help="control: the line in HA judges nothing, it hangs up on every call at once",
    )
    parser.add_argument("--json", type=Path, help="write the raw figures here")
    args = parser.parse_args(argv)
    if min(args.calls, args.rate, args.rounds) < 1 or args.size < 100 or args.warmup < 0:
        parser.error("--calls, --rate, --rounds >= 1, --size >= 100, --warmup >= 0")
    return args


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    args = parse_args(argv)
    if not Path(SIPP).exists():
        print(f"SIPp not found ({SIPP}): apt-get install sip-tester", file=sys.stderr)
        return 2
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="sip_latency_") as folder:
        results = bench(args, Path(folder))
        figures = report(results, args, time.monotonic() - started)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
