"""Webhook round trip: a phone system asks nuisance_calls for the verdict on a ring.

One run starts one real Home Assistant instance with its HTTP server on
127.0.0.1, adds a webhook line through the config flow (as a user would),
flags half of the callers and posts call events to it with a real aiohttp
client over TCP (one ``ClientSession``, keep-alive), as a PBX would:

1. sequential calls: ``ring`` -> the response with the verdict received,
   then ``hangup`` -> its response received; every verdict is checked;
2. concurrent: N ``ring`` posts at once -> all N verdicts back; every call
   must be counted exactly once;
3. the anchor, same run, same HA: HA's own webhook machinery with a trivial
   handler (reads the body, returns a fixed JSON response), posted exactly
   the same way; and a plain aiohttp server on another port (network and
   aiohttp only).

Run from the repository root::

    .venv/bin/python -m benchmarks.webhook_latency [--calls 1000] [--concurrency 20]

See benchmarks/README.md for what exactly is measured.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
import itertools
import json
from pathlib import Path
import sys
import tempfile
import time
from typing import Any

# Runnable as ``python benchmarks/webhook_latency.py`` too: the repository root
# must be importable for ``custom_components`` and ``benchmarks``.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import aiohttp
from aiohttp import web
from homeassistant import config_entries, loader
from homeassistant.components import webhook
from homeassistant.const import EVENT_HOMEASSISTANT_START
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import frame, translation
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
from pytest_homeassistant_custom_component.common import async_test_home_assistant

from benchmarks.common import free_port, print_machine, print_table, quiet_logging
from benchmarks.ring_latency import fmt, ms, percentile, ratio

# Import our package before HA looks for custom integrations (see tests/conftest.py).
import custom_components.nuisance_calls  # noqa: F401
from custom_components.nuisance_calls.const import DOMAIN

WAIT_TIMEOUT = 10.0
"""Seconds any single post (or a whole concurrent round) may take before the run is broken."""
LINE_NAME = "Bench"
CALLS_TODAY = "sensor.bench_calls_today"
MAX_BODY = 4096
ANCHOR_RESPONSE: dict[str, Any] = {
    "call_id": "anchor",
    "number": "+49301000000",
    "verdict": "unknown",
    "tags": [],
    "label": None,
    "score": None,
    "sources": [],
    "count": 1,
}
"""What the trivial handlers answer: the shape and size of a real verdict."""


class BenchError(RuntimeError):
    """The run is broken: a wrong answer, a wrong count, an error status."""


@dataclass(frozen=True, slots=True)
class Call:
    """One call the benchmark posts."""

    call_id: str
    caller: str
    """As a PBX would send it: national, ``0301xxxxxx``."""
    number: str
    """The E.164 form the integration must answer with."""
    flagged: bool


def make_calls(serial: itertools.count[int], count: int, prefix: str) -> list[Call]:
    """``count`` calls from distinct callers, every other one flagged."""
    calls = []
    for _ in range(count):
        n = next(serial)
        calls.append(
            Call(
                call_id=f"{prefix}{n}",
                caller=f"0301{n:06d}",
                number=f"+49301{n:06d}",
                flagged=n % 2 == 0,
            )
        )
    return calls


type Check = Callable[[Call, dict[str, Any]], None]


@dataclass(frozen=True)
class Target:
    """Where ring and hangup posts go, and what a correct answer is."""

    name: str
    url: str
    check_ring: Check
    check_hang_up: Check


def check_verdict(call: Call, answer: dict[str, Any]) -> None:
    """Our answer to a ring: this call, its E.164 number, the right verdict, counted once."""
    expected = {
        "call_id": call.call_id,
        "number": call.number,
        "verdict": "nuisance" if call.flagged else "unknown",
        "count": 1,
    }
    wrong = {key: answer.get(key) for key, value in expected.items() if answer.get(key) != value}
    if wrong or not {"tags", "label", "score", "sources"} <= answer.keys():
        raise BenchError(f"ring of {call}: expected {expected}, got {answer}")


def check_call_id(call: Call, answer: dict[str, Any]) -> None:
    """Our answer to any other event: just the call id."""
    if answer != {"call_id": call.call_id}:
        raise BenchError(f"hangup of {call.call_id}: got {answer}")


def check_fixed(call: Call, answer: dict[str, Any]) -> None:
    """An anchor's answer: always the same."""
    if answer != ANCHOR_RESPONSE:
        raise BenchError(f"anchor answered {answer}")


def ring_body(call: Call) -> dict[str, str]:
    """A ring post as the README documents it."""
    return {"event": "ring", "caller": call.caller, "callee": "987654", "call_id": call.call_id}


def hang_up_body(call: Call) -> dict[str, str]:
    """The hangup of a missed call."""
    return {"event": "hangup", "call_id": call.call_id, "duration": "0"}


async def post(
    session: aiohttp.ClientSession, url: str, body: dict[str, str]
) -> tuple[int, dict[str, Any]]:
    """POST ``body`` as JSON; (ns from just before sending to the whole answer read, answer)."""
    start = time.perf_counter_ns()
    async with session.post(url, json=body) as response:
        raw = await response.read()
    elapsed = time.perf_counter_ns() - start
    if response.status != 200:
        raise BenchError(f"POST {body} -> HTTP {response.status}: {raw[:200]!r}")
    try:
        answer = json.loads(raw)
    except ValueError:
        raise BenchError(f"POST {body} -> not JSON: {raw[:200]!r}") from None
    if not isinstance(answer, dict):
        raise BenchError(f"POST {body} -> not a JSON object: {answer!r}")
    return elapsed, answer


@dataclass
class Results:
    """The figures of one target."""

    ring: list[float] = field(default_factory=list)
    """Ring post -> answer read, ms, one per sequential call."""
    hang_up: list[float] = field(default_factory=list)
    """Hangup post -> answer read, ms."""
    wall: list[float] = field(default_factory=list)
    """Concurrent round: first post sent -> last answer read, ms, one per round."""
    slowest: list[float] = field(default_factory=list)
    """Concurrent round: the slowest single post, ms, one per round."""


def progress(text: str) -> None:
    """A progress line (the table comes at the end)."""
    print(f"  .. {text}", flush=True)


async def sequential(
    session: aiohttp.ClientSession, target: Target, calls: list[Call], warmup: int
) -> tuple[list[float], list[float]]:
    """One call after the other: ring, answer, hangup, answer. Measured after ``warmup``."""
    rings: list[float] = []
    hang_ups: list[float] = []
    for n, call in enumerate(calls):
        async with asyncio.timeout(WAIT_TIMEOUT):
            ring_ns, answer = await post(session, target.url, ring_body(call))
            target.check_ring(call, answer)
            hang_up_ns, answer = await post(session, target.url, hang_up_body(call))
            target.check_hang_up(call, answer)
        if n >= warmup:
            rings.append(ms(ring_ns))
            hang_ups.append(ms(hang_up_ns))
    return rings, hang_ups


async def concurrent(
    session: aiohttp.ClientSession, target: Target, calls: list[Call]
) -> tuple[float, float]:
    """All ``calls`` ring at once; (wall ms until every answer is read, slowest post ms).

    They are hung up afterwards (not timed), so every round starts with no call on.
    """
    async with asyncio.timeout(WAIT_TIMEOUT):
        start = time.perf_counter_ns()
        results = await asyncio.gather(
            *(post(session, target.url, ring_body(call)) for call in calls)
        )
        wall = time.perf_counter_ns() - start
        for call, (_ns, answer) in zip(calls, results, strict=True):
            target.check_ring(call, answer)
        ended = await asyncio.gather(
            *(post(session, target.url, hang_up_body(call)) for call in calls)
        )
        for call, (_ns, answer) in zip(calls, ended, strict=True):
            target.check_hang_up(call, answer)
    return ms(wall), ms(max(ns for ns, _answer in results))


async def bench(
    session: aiohttp.ClientSession,
    target: Target,
    calls: list[Call],
    rounds: list[list[Call]],
    args: argparse.Namespace,
) -> Results:
    """The sequential series, then the concurrent rounds (the first one not counted)."""
    results = Results()
    progress(f"{target.name}: {args.warmup} warm-up + {args.calls} sequential calls")
    results.ring, results.hang_up = await sequential(session, target, calls, args.warmup)
    progress(f"{target.name}: 1 warm-up + {args.rounds} rounds of {args.concurrency} rings at once")
    for n, round_calls in enumerate(rounds):
        wall, slowest = await concurrent(session, target, round_calls)
        if n:
            results.wall.append(wall)
            results.slowest.append(slowest)
    return results


# --------------------------------------------------------------------------- servers


async def trivial_handler(request: web.Request) -> web.Response:
    """What both anchors do: read the body, answer a fixed verdict."""
    await request.content.read(MAX_BODY + 1)
    return web.json_response(ANCHOR_RESPONSE)


async def anchor_webhook(
    hass: HomeAssistant, webhook_id: str, request: web.Request
) -> web.Response:
    """HA webhook handler around ``trivial_handler``."""
    return await trivial_handler(request)


class PlainServer:
    """A bare aiohttp server on 127.0.0.1 with ``trivial_handler`` at the same path."""

    def __init__(self) -> None:
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def start(self) -> None:
        """Listen on a free port."""
        app = web.Application()
        app.router.add_post("/api/webhook/{webhook_id}", trivial_handler)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]

    async def stop(self) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()


async def wait_for_port(port: int) -> None:
    """Wait until something accepts connections on 127.0.0.1:``port``."""
    async with asyncio.timeout(WAIT_TIMEOUT):
        while True:
            try:
                _reader, writer = await asyncio.open_connection("127.0.0.1", port)
            except OSError:
                await asyncio.sleep(0.05)
                continue
            writer.close()
            await writer.wait_closed()
            return


async def start_http(hass: HomeAssistant) -> int:
    """HA's HTTP server on 127.0.0.1, serving; its port."""
    port = free_port()
    conf = {"http": {"server_host": "127.0.0.1", "server_port": port}}
    if not await async_setup_component(hass, "http", conf):
        raise BenchError("http did not set up")
    # It starts serving when the frontend is set up or HA has started.
    hass.bus.async_fire(EVENT_HOMEASSISTANT_START)
    await hass.async_block_till_done()
    await wait_for_port(port)
    return port


async def add_webhook_line(hass: HomeAssistant) -> str:
    """A webhook line through the config flow, as a user adds one; its webhook id."""
    flow = config_entries.SOURCE_USER
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": flow})
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "webhook"}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"name": LINE_NAME, "allow_internet": False}
    )
    if result["type"] is not FlowResultType.CREATE_ENTRY:
        raise BenchError(f"the webhook line was not created: {result}")
    await hass.async_block_till_done()
    entry = result["result"]
    if entry.state is not config_entries.ConfigEntryState.LOADED:
        raise BenchError(f"the webhook line did not load: {entry.state}")
    return str(entry.data["webhook_id"])


async def flag(hass: HomeAssistant, calls: list[Call]) -> None:
    """Put the flagged callers on the personal list."""
    for call in calls:
        if call.flagged:
            await hass.services.async_call(
                DOMAIN, "flag_number", {"number": call.caller}, blocking=True
            )
    await hass.async_block_till_done()


async def check_counted_once(
    hass: HomeAssistant, calls: list[Call], rung: int, day: str
) -> tuple[int, str]:
    """Every concurrent caller has exactly one call in its tally; the line counted ``rung``.

    Returns (callers checked, what the calls-today sensor showed).
    """
    for call in calls:
        answer = await hass.services.async_call(
            DOMAIN, "lookup_number", {"number": call.caller}, blocking=True, return_response=True
        )
        tally = answer["tally"] if answer else None
        if not isinstance(tally, dict) or tally.get("count") != 1:
            raise BenchError(f"{call.number}: tally {tally}, expected exactly 1 call")
    state = hass.states.get(CALLS_TODAY)
    shown = state.state if state else "missing"
    if dt_util.now().date().isoformat() == day and shown != str(rung):
        raise BenchError(f"{CALLS_TODAY} is {shown}, {rung} rings were posted")
    return len(calls), shown


# --------------------------------------------------------------------------- report


@dataclass
class Report:
    """Everything the table needs."""

    ours: Results
    anchor: Results
    plain: Results
    counted: int = 0
    calls_today: str = ""
    rung: int = 0


def report(result: Report, args: argparse.Namespace, elapsed: float) -> None:
    """Print the machine, the table and the notes."""
    ours, anchor, plain = result.ours, result.anchor, result.plain
    calls = str(args.calls)
    rows: list[tuple[str, ...]] = [("sequential calls measured", calls, calls, "", calls)]
    for label, a, b, c in (
        ("ring -> verdict received", ours.ring, anchor.ring, plain.ring),
        ("hangup -> answer received", ours.hang_up, anchor.hang_up, plain.hang_up),
    ):
        for name, q in (("p50", 50.0), ("p99", 99.0), ("max", 100.0)):
            x, y, z = percentile(a, q), percentile(b, q), percentile(c, q)
            rows.append((f"{label} {name} (ms)", fmt(x), fmt(y), ratio(y, x), fmt(z)))
    n = args.concurrency
    rows.append((f"rounds of {n} rings at once", *(str(args.rounds),) * 2, "", str(args.rounds)))
    for label, a, b, c in (
        (f"{n} rings at once: all verdicts back", ours.wall, anchor.wall, plain.wall),
        (f"{n} rings at once: slowest post", ours.slowest, anchor.slowest, plain.slowest),
    ):
        for name, q in (("p50", 50.0), ("max", 100.0)):
            x, y, z = percentile(a, q), percentile(b, q), percentile(c, q)
            rows.append((f"{label}, {name} round (ms)", fmt(x), fmt(y), ratio(y, x), fmt(z)))
    rows.append(
        (
            "concurrent callers counted exactly once",
            f"{result.counted}/{args.rounds * n}",
            "-",
            "",
            "-",
        )
    )
    rows.append(
        (f"{CALLS_TODAY} / rings posted", f"{result.calls_today}/{result.rung}", "-", "", "-")
    )
    headers = (
        "metric",
        "nuisance_calls",
        "HA webhook, trivial handler",
        "ratio (ours/HA webhook)",
        "plain aiohttp",
    )
    print_machine(["aiohttp"])
    print_table(headers, rows)
    own = percentile(ours.ring, 50) - percentile(anchor.ring, 50)
    own_hang_up = percentile(ours.hang_up, 50) - percentile(anchor.hang_up, 50)
    stack = percentile(anchor.ring, 50) - percentile(plain.ring, 50)
    print()
    print("Notes")
    print(
        "  each figure: from just before the client sends the POST to the whole answer read,"
        " over TCP on 127.0.0.1 (one aiohttp ClientSession, keep-alive), JSON bodies."
    )
    print(
        "  nuisance_calls: a webhook line added through the config flow (local network only),"
        " HA's http server on 127.0.0.1; the answer to every ring is checked (call id, E.164"
        " number, verdict, count 1); half the callers are flagged (flag_number)."
    )
    print(
        "  HA webhook: webhook.async_register(local_only=True, POST only) with a handler that"
        " reads the body and returns a fixed verdict-shaped JSON: HA's http middlewares and"
        " webhook dispatch, no integration. plain aiohttp: the same handler on a bare aiohttp"
        " server on another port."
    )
    print(
        f"  the integration's own cost per post at p50: ring {fmt(own)} ms, hangup"
        f" {fmt(own_hang_up)} ms; HA's http + webhook stack over plain aiohttp at p50:"
        f" {fmt(stack)} ms."
    )
    print(
        "  the client runs on HA's own event loop (same process): client and server work add"
        " up in every figure, for all three columns alike."
    )
    print(
        f"  {args.warmup} warm-up calls and 1 warm-up round per column are not counted. Concurrent"
        f" rounds: {n} rings gathered, then hung up (untimed) before the next round; 'slowest"
        " post' = the longest single round trip of a round."
    )
    print(
        "  ours saves its call register 2 s after changes (a debounced Store write): those"
        " saves fall into its series and show in its tails."
    )
    print(f"  total run time: {elapsed:.1f} s")


# --------------------------------------------------------------------------- main


async def run(args: argparse.Namespace) -> None:
    """Start HA and the plain server, measure the three columns, stop everything."""
    started = time.monotonic()
    serial = itertools.count(1)
    plain_server = PlainServer()
    await plain_server.start()
    try:
        with tempfile.TemporaryDirectory(prefix="webhook_latency_") as config_dir:
            async with async_test_home_assistant(config_dir=config_dir) as hass:
                # The test helper blocks custom integrations unless this is gone.
                hass.data.pop(loader.DATA_CUSTOM_COMPONENTS, None)
                frame.async_setup(hass)
                await translation.async_load_integrations(hass, {"homeassistant"})
                hass.config.country = "DE"
                try:
                    result = await run_in_hass(hass, plain_server, serial, args, config_dir)
                finally:
                    await hass.async_block_till_done()
                    await hass.async_stop(force=True)
    finally:
        await plain_server.stop()
    report(result, args, time.monotonic() - started)


async def run_in_hass(
    hass: HomeAssistant,
    plain_server: PlainServer,
    serial: itertools.count[int],
    args: argparse.Namespace,
    config_dir: str,
) -> Report:
    """Everything that needs HA."""
    port = await start_http(hass)
    print(
        f"HA http on 127.0.0.1:{port}, plain aiohttp on 127.0.0.1:{plain_server.port},"
        f" HA config in {config_dir}"
    )
    webhook_id = await add_webhook_line(hass)
    if hass.states.get(CALLS_TODAY) is None:
        raise BenchError(f"{CALLS_TODAY} does not exist")
    anchor_id = webhook.async_generate_id()
    webhook.async_register(
        hass, "bench", "anchor", anchor_id, anchor_webhook, allowed_methods=["POST"]
    )
    base = f"http://127.0.0.1:{port}/api/webhook"
    targets = [
        Target("nuisance_calls", f"{base}/{webhook_id}", check_verdict, check_call_id),
        Target("HA webhook", f"{base}/{anchor_id}", check_fixed, check_fixed),
        Target(
            "plain aiohttp",
            f"http://127.0.0.1:{plain_server.port}/api/webhook/{anchor_id}",
            check_fixed,
            check_fixed,
        ),
    ]
    total = args.warmup + args.calls
    runs: list[tuple[Target, list[Call], list[list[Call]]]] = []
    for target in targets:
        prefix = target.name[0]
        calls = make_calls(serial, total, prefix)
        rounds = [make_calls(serial, args.concurrency, prefix) for _ in range(args.rounds + 1)]
        runs.append((target, calls, rounds))
    ours_calls, ours_rounds = runs[0][1], runs[0][2]
    everyone = [*ours_calls, *itertools.chain.from_iterable(ours_rounds)]
    progress(f"flagging {sum(call.flagged for call in everyone)} callers")
    await flag(hass, everyone)
    day = dt_util.now().date().isoformat()

    results: list[Results] = []
    # The anchors first: ours leaves debounced register saves behind, which
    # must not land in their series.
    async with aiohttp.ClientSession() as session:
        for n, (target, calls, rounds) in enumerate(reversed(runs), start=1):
            print(f"[{n}/{len(runs)}] {target.name}", flush=True)
            results.append(await bench(session, target, calls, rounds, args))
    plain, anchor, ours = results
    measured = list(itertools.chain.from_iterable(ours_rounds[1:]))
    progress(f"nuisance_calls: checking that {len(measured)} concurrent callers counted once")
    rung = len(everyone)
    counted, shown = await check_counted_once(hass, measured, rung, day)
    return Report(ours, anchor, plain, counted=counted, calls_today=shown, rung=rung)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.webhook_latency",
        description="Webhook ring -> verdict round trip of nuisance_calls vs. HA's webhook path.",
    )
    parser.add_argument("--calls", type=int, default=1000, help="sequential calls (1000)")
    parser.add_argument(
        "--concurrency", type=int, default=20, help="ring posts at once per round (20)"
    )
    parser.add_argument("--rounds", type=int, default=20, help="concurrent rounds measured (20)")
    parser.add_argument(
        "--warmup", type=int, default=10, help="unmeasured sequential calls first (10)"
    )
    args = parser.parse_args(argv)
    if min(args.calls, args.concurrency, args.rounds) < 1 or args.warmup < 0:
        parser.error("--calls, --concurrency and --rounds must be >= 1, --warmup >= 0")
    if (args.warmup + args.calls + (args.rounds + 1) * args.concurrency) * 3 >= 1_000_000:
        parser.error("too many calls: callers are numbered with 6 digits")
    return args


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    args = parse_args(argv)
    quiet_logging()
    asyncio.run(run(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
