"""Ring-to-event latency: nuisance_calls against HA core's fritzbox_callmonitor.

One run starts one real Home Assistant instance and one simulated FRITZ!Box
call monitor (``simulator.FritzBoxSimulator`` on 127.0.0.1) and measures, one
integration after the other on that same simulator:

1. sequential calls: RING written -> the integration reports the call, then
   DISCONNECT written -> the integration reports the end;
2. a burst: N RING lines in one write -> all N calls reported;
3. how long unloading the config entry takes.

Run from the repository root::

    .venv/bin/python -m benchmarks.ring_latency [--calls 1000] [--core-calls 50]

See benchmarks/README.md for what exactly is measured.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
import importlib.metadata
import importlib.util
import itertools
from pathlib import Path
import sys
import tempfile
import threading
import time
from types import SimpleNamespace
from typing import Any
from unittest.mock import patch

# Runnable as ``python benchmarks/ring_latency.py`` too: the repository root
# must be importable for ``custom_components`` and ``simulator``.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from homeassistant import loader
from homeassistant.const import (
    CONF_HOST,
    CONF_PASSWORD,
    CONF_PORT,
    CONF_USERNAME,
)
from homeassistant.core import (
    Event,
    EventStateChangedData,
    HomeAssistant,
    ServiceCall,
    callback,
)
from homeassistant.helpers import entity_registry as er, frame, translation
from homeassistant.helpers.event import async_track_state_change_event
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_test_home_assistant,
)

from benchmarks.common import print_machine, print_table, quiet_logging, setup_loopback_http

# Import our package before HA looks for custom integrations (see tests/conftest.py).
import custom_components.nuisance_calls  # noqa: F401
from custom_components.nuisance_calls.const import (
    CONF_MUTE_TARGETS,
    CONF_REGION,
    CONF_SOURCE,
    DOMAIN,
    EVENT_CALL,
    SOURCE_FRITZBOX,
)
from simulator import FritzBoxSimulator

CORE_DOMAIN = "fritzbox_callmonitor"
REQUIREMENTS = "benchmarks/requirements.txt"
OWN_NUMBER = "987654"
WAIT_TIMEOUT = 10.0
"""Seconds to wait for any single reaction before the run is declared broken."""
CORE_WORKER_THREADS = ("(_process_events)", "(_monitor)")
"""Name suffixes of the two threads core's call monitor starts."""
THREAD_EXIT_TIMEOUT = 30.0

type Item = tuple[str | None, str | None]


def ms(ns: int | float) -> float:
    """Nanoseconds to milliseconds."""
    return ns / 1e6


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0-100) with linear interpolation."""
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def caller_number(call_id: int) -> str:
    """A distinct German national number per call."""
    return f"0301{call_id:06d}"


def equals(expected: Item) -> Callable[[Item], bool]:
    """A predicate accepting exactly ``expected``."""
    return lambda item: item == expected


def monitor_line(*fields: object) -> bytes:
    """One call monitor line, formatted exactly as ``FritzBoxSimulator.send_line`` does."""
    stamp = datetime.now().strftime("%d.%m.%y %H:%M:%S")
    return (";".join([stamp, *(str(field) for field in fields)]) + ";\r\n").encode()


def ring_line(call_id: int) -> bytes:
    """The RING line of an incoming call."""
    return monitor_line("RING", call_id, caller_number(call_id), OWN_NUMBER, "SIP0")


def hang_up_line(call_id: int) -> bytes:
    """The DISCONNECT line ending a call."""
    return monitor_line("DISCONNECT", call_id, 0)


class Probe:
    """What a ``@callback`` listener saw, each item with its ``perf_counter_ns``.

    The listener only appends (its timestamp taken first); ``until`` scans
    the log in the waiting coroutine, so predicates cost the listener nothing.
    """

    def __init__(self) -> None:
        self.log: list[tuple[int, Item]] = []
        self._new = asyncio.Event()

    def mark(self) -> int:
        """A position in the log; ``until(..., since=mark)`` ignores what came before."""
        return len(self.log)

    def feed(self, ns: int, item: Item) -> None:
        """Record an item (called from the listener, ``ns`` taken on entry)."""
        self.log.append((ns, item))
        self._new.set()

    async def until(self, predicate: Callable[[Item], bool], since: int) -> int:
        """The timestamp of the first item since ``since`` that ``predicate`` accepts.

        Each item is shown to ``predicate`` once, in order. Wrap the call in
        ``asyncio.timeout``: it waits for as long as it takes.
        """
        pos = since
        while True:
            while pos < len(self.log):
                ns, item = self.log[pos]
                pos += 1
                if predicate(item):
                    return ns
            self._new.clear()
            await self._new.wait()

    def first_since(self, predicate: Callable[[Item], bool], since: int) -> int:
        """The timestamp of the first accepted item since ``since`` (it must exist)."""
        return next(ns for ns, item in self.log[since:] if predicate(item))


@dataclass(frozen=True)
class Target:
    """How one integration reports calls, as seen through its ``Probe``."""

    probe: Probe
    rang: Callable[[int], Callable[[Item], bool]]
    """Call id -> predicate: the integration reported this call ringing."""
    ended: Callable[[int], Callable[[Item], bool]]
    """Call id -> predicate: the integration reported this call over."""
    gap: float = 0.0
    """Seconds to pause after each sequential call."""
    one_state: bool = False
    """It shows only the latest call: a burst is done when the last call shows."""


@dataclass
class Results:
    """The figures of one integration."""

    calls: int = 0
    ring: list[float] = field(default_factory=list)
    """Ring -> reported, ms, one per sequential call."""
    hang_up: list[float] = field(default_factory=list)
    """Hang-up -> reported, ms, one per sequential call."""
    burst_first: float = 0.0
    burst_all: float = 0.0
    burst_seen: int = 0
    unload: float = 0.0
    threads_gone: float | None = None
    mute_calls: int = 0
    mute: list[float] = field(default_factory=list)
    """Ring -> the ringer's ``media_player.volume_mute`` called, ms."""
    unmute: list[float] = field(default_factory=list)
    """Hang-up -> the ringer unmuted again, ms."""


async def send(sim: FritzBoxSimulator, data: bytes) -> int:
    """Write ``data`` to the simulator's clients; returns the timestamp taken just before."""
    start = time.perf_counter_ns()
    await sim.send_raw(data)
    return start


async def wait_for_no_clients(sim: FritzBoxSimulator) -> None:
    """Wait until the previous integration's connection is gone (the simulator has no event)."""
    async with asyncio.timeout(WAIT_TIMEOUT):
        while sim.client_count:  # noqa: ASYNC110
            await asyncio.sleep(0.01)


def progress(text: str) -> None:
    """A progress line (the table comes at the end)."""
    print(f"  .. {text}", flush=True)


async def sequential(
    sim: FritzBoxSimulator, target: Target, ids: Iterator[int], count: int, warmup: int
) -> tuple[list[float], list[float]]:
    """``warmup`` + ``count`` calls one after the other: RING, reported, hang up, reported.

    Returns the measured ring and hang-up latencies in ms.
    """
    probe = target.probe
    rings: list[float] = []
    hang_ups: list[float] = []
    for n in range(warmup + count):
        call_id = next(ids)
        async with asyncio.timeout(WAIT_TIMEOUT):
            mark = probe.mark()
            start = await send(sim, ring_line(call_id))
            rang = await probe.until(target.rang(call_id), mark)
            mark = probe.mark()
            end_start = await send(sim, hang_up_line(call_id))
            ended = await probe.until(target.ended(call_id), mark)
        if n >= warmup:
            rings.append(ms(rang - start))
            hang_ups.append(ms(ended - end_start))
        if target.gap:
            await asyncio.sleep(target.gap)
    return rings, hang_ups


async def burst(
    sim: FritzBoxSimulator, target: Target, call_ids: list[int], limit: float, results: Results
) -> None:
    """All ``call_ids`` RING in one write; fills the burst figures of ``results``."""
    probe = target.probe
    remaining = {call_id: target.rang(call_id) for call_id in call_ids}
    seen: set[int] = set()
    last = call_ids[-1]

    def done(item: Item) -> bool:
        for call_id, predicate in remaining.items():
            if predicate(item):
                seen.add(call_id)
                del remaining[call_id]
                break
        return not remaining or (target.one_state and last in seen)

    def any_call(item: Item) -> bool:
        return any(target.rang(call_id)(item) for call_id in call_ids)

    mark = probe.mark()
    start = await send(sim, b"".join(ring_line(call_id) for call_id in call_ids))
    async with asyncio.timeout(limit):
        finished = await probe.until(done, mark)
    results.burst_first = ms(probe.first_since(any_call, mark) - start)
    results.burst_all = ms(finished - start)
    results.burst_seen = len(seen)


async def hang_up_all(sim: FritzBoxSimulator, target: Target, call_ids: list[int]) -> None:
    """End all ``call_ids`` in one write and wait until each end was reported."""
    remaining = {call_id: target.ended(call_id) for call_id in call_ids}

    def done(item: Item) -> bool:
        for call_id, predicate in remaining.items():
            if predicate(item):
                del remaining[call_id]
                break
        return not remaining

    mark = target.probe.mark()
    await send(sim, b"".join(hang_up_line(call_id) for call_id in call_ids))
    async with asyncio.timeout(WAIT_TIMEOUT):
        await target.probe.until(done, mark)


RINGER = "media_player.bench_ringer"
"""A stand-in ringer: its ``volume_mute`` handler records when it is called."""


def install_ringer(hass: HomeAssistant) -> Probe:
    """A media player state and a ``media_player.volume_mute`` service that logs each call.

    The handler is where a real player's integration would start muting: the
    figure is the whole path from the RING line to the mute action being called.
    """
    probe = Probe()
    hass.states.async_set(RINGER, "playing", {"is_volume_muted": False})

    @callback
    def volume_mute(call: ServiceCall) -> None:
        ns = time.perf_counter_ns()
        muted = bool(call.data["is_volume_muted"])
        probe.feed(ns, ("mute", muted))
        hass.states.async_set(RINGER, "playing", {"is_volume_muted": muted})

    hass.services.async_register("media_player", "volume_mute", volume_mute)
    return probe


async def mute_series(
    sim: FritzBoxSimulator,
    probe: Probe,
    call_ids: list[int],
    warmup: int,
    gap: float = 0.0,
) -> tuple[list[float], list[float]]:
    """RING -> mute called, hang-up -> unmute called, one call after the other (ms)."""
    mutes: list[float] = []
    unmutes: list[float] = []
    for n, call_id in enumerate(call_ids):
        async with asyncio.timeout(WAIT_TIMEOUT):
            mark = probe.mark()
            start = await send(sim, ring_line(call_id))
            muted = await probe.until(equals(("mute", True)), mark)
            mark = probe.mark()
            end_start = await send(sim, hang_up_line(call_id))
            unmuted = await probe.until(equals(("mute", False)), mark)
        if n >= warmup:
            mutes.append(ms(muted - start))
            unmutes.append(ms(unmuted - end_start))
        if gap:
            await asyncio.sleep(gap)
    return mutes, unmutes


# --------------------------------------------------------------------------- ours


def _ours_event(event_type: str) -> Callable[[int], Callable[[Item], bool]]:
    return lambda call_id: equals((event_type, str(call_id)))


async def bench_ours(
    hass: HomeAssistant,
    sim: FritzBoxSimulator,
    ids: Iterator[int],
    args: argparse.Namespace,
    ringer: Probe,
) -> Results:
    """nuisance_calls: RING -> its ``nuisance_calls_call`` bus event (incoming_call)."""
    probe = Probe()
    target = Target(probe, rang=_ours_event("incoming_call"), ended=_ours_event("call_ended"))

    @callback
    def on_call(event: Event) -> None:
        ns = time.perf_counter_ns()
        probe.feed(ns, (event.data.get("event_type"), event.data.get("call_id")))

    entry = MockConfigEntry(
        domain=DOMAIN,
        title="FRITZ!Box",
        unique_id=f"127.0.0.1:{sim.port}",
        data={CONF_SOURCE: SOURCE_FRITZBOX, CONF_HOST: "127.0.0.1", CONF_PORT: sim.port},
        options={CONF_REGION: "DE", CONF_MUTE_TARGETS: [RINGER]},
    )
    entry.add_to_hass(hass)
    if not await hass.config_entries.async_setup(entry.entry_id):
        raise RuntimeError("nuisance_calls did not set up")
    await sim.wait_for_clients(1)
    await hass.async_block_till_done()
    unsubscribe = hass.bus.async_listen(EVENT_CALL, on_call)
    results = Results(calls=args.calls)
    try:
        progress(f"nuisance_calls: {args.warmup} warm-up + {args.calls} sequential calls")
        results.ring, results.hang_up = await sequential(sim, target, ids, args.calls, args.warmup)
        progress(f"nuisance_calls: burst of {args.burst} RINGs in one write")
        call_ids = [next(ids) for _ in range(args.burst)]
        await burst(sim, target, call_ids, WAIT_TIMEOUT, results)
        await hang_up_all(sim, target, call_ids)
        results.mute_calls = args.calls
        progress(f"nuisance_calls: {args.warmup} warm-up + {args.calls} flagged calls, mute")
        call_ids = [next(ids) for _ in range(args.warmup + args.calls)]
        for call_id in call_ids:
            await hass.services.async_call(
                DOMAIN, "flag_number", {"number": caller_number(call_id)}, blocking=True
            )
        results.mute, results.unmute = await mute_series(sim, ringer, call_ids, args.warmup)
    finally:
        unsubscribe()
        start = time.perf_counter_ns()
        await hass.config_entries.async_unload(entry.entry_id)
        results.unload = ms(time.perf_counter_ns() - start)
        await hass.async_block_till_done()
        await wait_for_no_clients(sim)
    return results


# --------------------------------------------------------------------------- core


def _fake_init_phonebook(self: Any) -> None:
    """Stand-in for ``FritzBoxPhonebook.init_phonebook``: no TR-064, an empty phone book.

    Core's own ``get_contact`` then answers every number with its "unknown"
    contact, so its real lookup code still runs on every call.
    """
    self.fph = SimpleNamespace(
        modelname="FRITZ!Box (simulated)",
        phonebook_ids=[0],
        fc=SimpleNamespace(address="http://127.0.0.1", system_version="0.0"),
    )
    self.contacts = []
    self.number_dict = {}


def _no_update_phonebook(self: Any) -> None:
    """Stand-in for ``FritzBoxPhonebook.update_phonebook`` (a TR-064 download)."""


def _core_rang(call_id: int) -> Callable[[Item], bool]:
    return equals(("ringing", caller_number(call_id)))


def _core_ended(call_id: int) -> Callable[[Item], bool]:
    # Its idle state does not say which call ended; sequential calls are alone.
    return lambda item: item[0] == "idle"


async def bench_core(
    hass: HomeAssistant,
    sim: FritzBoxSimulator,
    ids: Iterator[int],
    args: argparse.Namespace,
    ringer: Probe,
) -> Results:
    """Core fritzbox_callmonitor: RING -> its sensor's state ``ringing``."""
    from homeassistant.components.fritzbox_callmonitor.base import FritzBoxPhonebook
    from homeassistant.components.fritzbox_callmonitor.const import (
        CONF_PHONEBOOK,
        SERIAL_NUMBER,
    )

    probe = Probe()
    # Its worker thread sleeps 1 s after every event it handled: the pause
    # lets it finish, so that every RING meets an idle worker.
    target = Target(probe, _core_rang, _core_ended, gap=args.core_gap, one_state=True)

    @callback
    def on_state(event: Event[EventStateChangedData]) -> None:
        ns = time.perf_counter_ns()
        new = event.data["new_state"]
        probe.feed(ns, (None, None) if new is None else (new.state, new.attributes.get("from")))

    entry = MockConfigEntry(
        domain=CORE_DOMAIN,
        title="Phonebook",
        unique_id="SIMULATED-0",
        data={
            CONF_HOST: "127.0.0.1",
            CONF_PORT: sim.port,
            CONF_USERNAME: "admin",
            CONF_PASSWORD: "unused",
            CONF_PHONEBOOK: 0,
            SERIAL_NUMBER: "SIMULATED",
        },
    )
    entry.add_to_hass(hass)
    results = Results(calls=args.core_calls)
    with (
        patch.object(FritzBoxPhonebook, "init_phonebook", _fake_init_phonebook),
        patch.object(FritzBoxPhonebook, "update_phonebook", _no_update_phonebook),
    ):
        if not await hass.config_entries.async_setup(entry.entry_id):
            raise RuntimeError("fritzbox_callmonitor did not set up")
        await sim.wait_for_clients(1)
        await hass.async_block_till_done()
        entity_id = next(
            e.entity_id
            for e in er.async_entries_for_config_entry(er.async_get(hass), entry.entry_id)
            if e.domain == "sensor"
        )
        unsubscribe = async_track_state_change_event(hass, [entity_id], on_state)
        try:
            progress(
                f"core ({entity_id}): {args.warmup} warm-up + {args.core_calls} sequential"
                f" calls, ~{2 + args.core_gap:.0f} s each"
            )
            results.ring, results.hang_up = await sequential(
                sim, target, ids, args.core_calls, args.warmup
            )
            progress(f"core: burst of {args.burst} RINGs in one write, ~{args.burst} s")
            call_ids = [next(ids) for _ in range(args.burst)]
            await burst(sim, target, call_ids, args.burst * 1.5 + WAIT_TIMEOUT, results)
            # Its worker works through the burst (1 s per event) before the next
            # series: wait until it shows the last caller ringing and is idle again.
            await hang_up_all(sim, target, call_ids[-1:])
            await asyncio.sleep(args.core_gap)
            results.mute_calls = args.core_mute_calls
            progress(
                f"core + automation: {args.warmup} warm-up + {args.core_mute_calls} calls, mute"
            )
            await _core_mute_automation(hass, entity_id)
            mute_ids = [next(ids) for _ in range(args.warmup + args.core_mute_calls)]
            results.mute, results.unmute = await mute_series(
                sim, ringer, mute_ids, args.warmup, gap=args.core_gap
            )
        finally:
            unsubscribe()
            start = time.perf_counter_ns()
            await hass.config_entries.async_unload(entry.entry_id)
            results.unload = ms(time.perf_counter_ns() - start)
            await hass.async_block_till_done()
            results.threads_gone = await wait_for_core_threads(start)
            await wait_for_no_clients(sim)
    return results


async def _core_mute_automation(hass: HomeAssistant, entity_id: str) -> None:
    """What a core user builds in the UI: sensor ringing -> mute, idle -> unmute."""
    automations = [
        {
            "id": f"bench_{state}",
            "alias": f"Ringer {state}",
            "triggers": [{"trigger": "state", "entity_id": entity_id, "to": state}],
            "actions": [
                {
                    "action": "media_player.volume_mute",
                    "target": {"entity_id": RINGER},
                    "data": {"is_volume_muted": state == "ringing"},
                }
            ],
        }
        for state in ("ringing", "idle")
    ]
    if not await async_setup_component(hass, "automation", {"automation": automations}):
        raise RuntimeError("automation did not set up")
    await hass.async_block_till_done()


async def wait_for_core_threads(start: int) -> float | None:
    """Wait until core's call monitor threads ended; ms since ``start`` (None: still alive)."""

    def alive() -> bool:
        return any(
            thread.name.endswith(CORE_WORKER_THREADS) and thread.is_alive()
            for thread in threading.enumerate()
        )

    deadline = time.monotonic() + THREAD_EXIT_TIMEOUT
    while alive():
        if time.monotonic() > deadline:
            return None
        await asyncio.sleep(0.05)
    return ms(time.perf_counter_ns() - start)


# --------------------------------------------------------------------------- report


def fmt(value: float | None) -> str:
    """A figure in ms with sensible precision."""
    if value is None:
        return "-"
    if value < 10:
        return f"{value:.3f}"
    if value < 1000:
        return f"{value:.1f}"
    return f"{value:,.0f}"


def ratio(ours: float | None, core: float | None) -> str:
    """core / ours."""
    if ours is None or core is None or ours <= 0:
        return "-"
    value = core / ours
    return f"{value:,.0f}x" if value >= 10 else f"{value:.2f}x"


def report(ours: Results, core: Results, args: argparse.Namespace, elapsed: float) -> None:
    """Print the table."""
    rows: list[tuple[str, str, str, str]] = [
        ("sequential calls measured", str(ours.calls), str(core.calls), ""),
    ]
    for label, a, b in (
        ("ring -> reported", ours.ring, core.ring),
        ("hang-up -> reported", ours.hang_up, core.hang_up),
    ):
        for name, q in (("p50", 50.0), ("p99", 99.0), ("max", 100.0)):
            x, y = percentile(a, q), percentile(b, q)
            rows.append((f"{label} {name} (ms)", fmt(x), fmt(y), ratio(x, y)))
    rows.append(("calls measured for the mute", str(ours.mute_calls), str(core.mute_calls), ""))
    for label, a, b in (
        ("ring -> mute action called", ours.mute, core.mute),
        ("hang-up -> unmute action called", ours.unmute, core.unmute),
    ):
        for name, q in (("p50", 50.0), ("p99", 99.0), ("max", 100.0)):
            x, y = percentile(a, q), percentile(b, q)
            rows.append((f"{label} {name} (ms)", fmt(x), fmt(y), ratio(x, y)))
    rows += [
        (
            f"burst {args.burst} RINGs: first reported (ms)",
            fmt(ours.burst_first),
            fmt(core.burst_first),
            ratio(ours.burst_first, core.burst_first),
        ),
        (
            f"burst {args.burst} RINGs: all reported (ms)",
            fmt(ours.burst_all),
            fmt(core.burst_all),
            ratio(ours.burst_all, core.burst_all),
        ),
        (
            f"burst {args.burst} RINGs: calls seen one by one",
            f"{ours.burst_seen}/{args.burst}",
            f"{core.burst_seen}/{args.burst}",
            "",
        ),
        (
            "config entry unload (ms)",
            fmt(ours.unload),
            fmt(core.unload),
            ratio(ours.unload, core.unload),
        ),
        (
            "unload start -> worker threads gone (ms)",
            "no threads",
            fmt(core.threads_gone) if core.threads_gone is not None else "still alive",
            "",
        ),
    ]
    headers = ("metric", "nuisance_calls", "core fritzbox_callmonitor", "ratio (core/ours)")
    print_machine(["fritzconnection"])
    print_table(headers, rows)
    print()
    print("Notes")
    print(
        "  ours: reported = the nuisance_calls_call bus event (incoming_call / call_ended)"
        " reaching a @callback listener."
    )
    print(
        "  core: reported = state_changed of its sensor (ringing / idle) reaching a @callback"
        " listener; its TR-064 phone book is patched out (empty, every number 'unknown')."
    )
    print(
        f"  core ran {core.calls} sequential calls instead of {ours.calls}: its worker thread"
        f" sleeps 1 s after every event, so each call takes ~2 s, plus a {args.core_gap:.2f} s"
        " pause so that every RING meets an idle worker."
    )
    print(
        "  core's hang-up figure is the DISCONNECT (sent as soon as 'ringing' was seen) waiting"
        " out that 1 s sleep."
    )
    print(
        "  core has one sensor for all calls: 'all reported' = its state shows the burst's last"
        " caller; 'seen one by one' counts the burst callers its state showed."
    )
    print(
        "  mute: RING of a flagged number -> the ringer's media_player.volume_mute handler"
        " called; ours: the line's own ringer targets; core: has no mute, so an automation"
        " on its sensor (ringing -> mute, idle -> unmute), as a core user would build it"
        " (it mutes for every caller: core does not judge them)."
    )
    print(f"  total run time: {elapsed:.0f} s")


# --------------------------------------------------------------------------- main


async def run(args: argparse.Namespace) -> None:
    """Start HA and the simulator, measure both integrations, stop everything."""
    started = time.monotonic()
    sim = FritzBoxSimulator("127.0.0.1", 0, own_number=OWN_NUMBER)
    await sim.start()
    ids = itertools.count(1)
    try:
        with tempfile.TemporaryDirectory(prefix="ring_latency_") as config_dir:
            async with async_test_home_assistant(config_dir=config_dir) as hass:
                # The test helper blocks custom integrations unless this is gone.
                hass.data.pop(loader.DATA_CUSTOM_COMPONENTS, None)
                frame.async_setup(hass)
                await translation.async_load_integrations(hass, {"homeassistant"})
                try:
                    await setup_loopback_http(hass)
                    print(f"simulator on 127.0.0.1:{sim.port}, HA config in {config_dir}")
                    print("[1/2] nuisance_calls", flush=True)
                    ringer = install_ringer(hass)
                    ours = await bench_ours(hass, sim, ids, args, ringer)
                    print("[2/2] core fritzbox_callmonitor", flush=True)
                    core = await bench_core(hass, sim, ids, args, ringer)
                finally:
                    await hass.async_block_till_done()
                    await hass.async_stop(force=True)
    finally:
        await sim.stop()
    report(ours, core, args, time.monotonic() - started)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.ring_latency",
        description="Ring-to-event latency of nuisance_calls vs. HA core's fritzbox_callmonitor.",
    )
    parser.add_argument(
        "--calls", type=int, default=1000, help="sequential calls for nuisance_calls (1000)"
    )
    parser.add_argument(
        "--core-calls",
        type=int,
        default=50,
        help="sequential calls for core fritzbox_callmonitor (50; each takes ~3 s)",
    )
    parser.add_argument(
        "--core-mute-calls",
        type=int,
        default=20,
        help="calls for core + a mute automation (20; each takes ~3 s)",
    )
    parser.add_argument("--burst", type=int, default=100, help="RINGs in the burst (100)")
    parser.add_argument(
        "--warmup", type=int, default=3, help="unmeasured calls before each series (3)"
    )
    parser.add_argument(
        "--core-gap",
        type=float,
        default=1.1,
        help="seconds to wait after core's sensor is idle again before the next RING (1.1)",
    )
    args = parser.parse_args(argv)
    if min(args.calls, args.core_calls, args.burst) < 1 or args.warmup < 0:
        parser.error("--calls, --core-calls and --burst must be >= 1, --warmup >= 0")
    if args.burst > 256:
        parser.error("--burst must be <= 256 (core's FritzMonitor queue drops more)")
    return args


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    args = parse_args(argv)
    if importlib.util.find_spec("fritzconnection") is None:
        print(
            "fritzconnection is not installed; HA core's fritzbox_callmonitor needs it.\n"
            "Install it from the repository root with\n"
            f"  ~/.cache/nuisance_calls/tools/bin/uv pip install --python .venv/bin/python"
            f" -r {REQUIREMENTS}\n"
            "(the uv that scripts/setup installs; .venv has no pip of its own), or in a"
            f" venv with pip:  .venv/bin/pip install -r {REQUIREMENTS}",
            file=sys.stderr,
        )
        return 2
    quiet_logging()
    asyncio.run(run(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
