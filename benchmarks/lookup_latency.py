"""Per-call look-up: PhoneBlock beside tellows, in one run, against loopback fakes.

What a ringing unknown caller costs with each online source, measured with
the library clients the integration uses (``lib.phoneblock.PhoneBlockClient``
and ``lib.tellows.TellowsClient``, both on ``lib.lookup.LookUpClient``) on
one shared ``aiohttp`` session, each against an HTTP server on 127.0.0.1
that answers in the service's documented shape (tellows' XML, PhoneBlock's
``/api/check`` JSON) without delay -- so the figures are the client's own
cost plus loopback HTTP, not the services' (a real look-up adds the
Internet's round trip; the integration waits at most 1 s for either):

1. *new number*: a number never asked before (one HTTP request, parse, cache);
2. *cached*: the same numbers again (no I/O);
3. *synced list* (PhoneBlock only): a number of the synced blocklist, which
   is never looked up: the bisect over the synced numbers that tells the
   household so, and the match index's answer, with ``--synced`` numbers;
4. *blocklist*: reading a full blocklist of ``--synced`` numbers and building
   its index (once, in an executor in the integration).

Rounds alternate (tellows, PhoneBlock, tellows, ...). Run from the repository
root::

    .venv/bin/python -m benchmarks.lookup_latency [--numbers 2000] [--synced 100000]
"""

from __future__ import annotations

import argparse
from array import array
import asyncio
from bisect import bisect_left
import json
from pathlib import Path
import random
import sys
import time

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import aiohttp
from aiohttp import web

from benchmarks.common import print_machine, print_table
from benchmarks.ring_latency import percentile
from custom_components.nuisance_calls.lib.matcher import MatchIndex
from custom_components.nuisance_calls.lib.phoneblock import (
    PhoneBlockClient,
    Rating,
    blocklist_records,
    parse_blocklist,
)
from custom_components.nuisance_calls.lib.tellows import TellowsClient

TELLOWS_XML = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<tellows><number>0049301234</number>'
    b"<normalizedNumber>+49301234</normalizedNumber><score>8</score><searches>321</searches>"
    b"<comments>12</comments><location>Berlin</location><country>DE</country>"
    b"<callerTypes><caller><name>Telemarketer</name><count>9</count></caller></callerTypes>"
    b"<callerNames><caller>ACME GmbH</caller></callerNames></tellows>"
)
PHONEBLOCK_JSON = json.dumps(
    {
        "phone": "+4917650642602",
        "votes": 42,
        "votesWildcard": 15,
        "rating": "E_ADVERTISING",
        "whiteListed": False,
        "blackListed": False,
        "archived": False,
        "dateAdded": 1704067200000,
        "lastUpdate": 1704153600000,
        "label": "(DE) 0176 50642602",
        "location": "Mobilfunk",
    }
).encode()


async def _start(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    return runner, f"http://127.0.0.1:{port}"


async def _time_lookups(
    client: TellowsClient | PhoneBlockClient, numbers: list[str]
) -> list[float]:
    times = []
    for number in numbers:
        start = time.perf_counter_ns()
        answer = await client.lookup(number, deadline=5.0)
        times.append((time.perf_counter_ns() - start) / 1000)
        assert answer is not None, client.last_error
    return times


def _micro(times: list[float]) -> str:
    return f"{percentile(times, 50):.1f} / {percentile(times, 99):.1f} / {max(times):.1f}"


async def main(count: int, synced: int, rounds: int) -> None:
    tellows_app = web.Application()
    phoneblock_app = web.Application()

    async def tellows(_request: web.Request) -> web.Response:
        return web.Response(body=TELLOWS_XML, content_type="text/xml")

    async def check(_request: web.Request) -> web.Response:
        return web.Response(body=PHONEBLOCK_JSON, content_type="application/json")

    tellows_app.router.add_get("/basic/num/{number}", tellows)
    phoneblock_app.router.add_get("/api/check", check)
    tellows_runner, tellows_url = await _start(tellows_app)
    phoneblock_runner, phoneblock_url = await _start(phoneblock_app)
    rng = random.Random(1)
    results: dict[str, dict[str, list[float]]] = {
        "tellows": {"new": [], "cached": []},
        "PhoneBlock": {"new": [], "cached": []},
    }
    async with aiohttp.ClientSession() as session:
        clients: dict[str, TellowsClient | PhoneBlockClient] = {
            "tellows": TellowsClient(
                session, "key", "partner", base_url=tellows_url, daily_budget=10**9
            ),
            "PhoneBlock": PhoneBlockClient(
                session, "token", base_url=phoneblock_url, daily_budget=10**9
            ),
        }
        per_round = max(1, count // rounds)
        for _round in range(rounds):
            for name, client in clients.items():
                numbers = [f"+4930{rng.randrange(10**7, 10**8)}" for _ in range(per_round)]
                results[name]["new"] += await _time_lookups(client, numbers)
                results[name]["cached"] += await _time_lookups(client, numbers)

    await tellows_runner.cleanup()
    await phoneblock_runner.cleanup()

    # The synced blocklist: reading it, its index, and the "no look-up needed" check.
    ratings = list(Rating)[1:]
    phones = sorted({f"+49{rng.randrange(10**9, 10**10)}" for _ in range(synced)})
    body = json.dumps(
        {
            "numbers": [
                {"phone": phone, "rating": rng.choice(ratings), "votes": rng.choice((2, 4, 10))}
                for phone in phones
            ],
            "version": 1,
        }
    ).encode()
    start = time.perf_counter()
    blocklist = parse_blocklist(body)
    parsed = time.perf_counter() - start
    numbers = {entry.phone: (entry.rating, entry.votes) for entry in blocklist.numbers}
    start = time.perf_counter()
    index = MatchIndex(blocklist_records(numbers, 2))
    keys = array("q", sorted(int(phone[1:]) for phone in numbers))
    built = time.perf_counter() - start
    probes = rng.sample(phones, min(len(phones), count))
    in_list, hits = [], []
    for phone in probes:
        start_ns = time.perf_counter_ns()
        key = int(phone[1:])
        at = bisect_left(keys, key)
        found = at < len(keys) and keys[at] == key
        in_list.append((time.perf_counter_ns() - start_ns) / 1000)
        assert found
        start_ns = time.perf_counter_ns()
        match = index.lookup(phone)
        hits.append((time.perf_counter_ns() - start_ns) / 1000)
        assert match is not None

    print_machine(("aiohttp",))
    print(
        f"{count} new numbers and the same again (cached) per source, {rounds} alternating"
        f" rounds; synced list of {len(numbers)} numbers ({len(body) / 1e6:.1f} MB JSON)"
    )
    print()
    rows = [
        (
            "look-up, new number (loopback HTTP), p50 / p99 / max",
            f"{_micro(results['PhoneBlock']['new'])} µs",
            f"{_micro(results['tellows']['new'])} µs",
        ),
        (
            "look-up, cached, p50 / p99 / max",
            f"{_micro(results['PhoneBlock']['cached'])} µs",
            f"{_micro(results['tellows']['cached'])} µs",
        ),
        ("in the synced list? (bisect), p50 / p99 / max", f"{_micro(in_list)} µs", "-"),
        ("synced list's index answer, p50 / p99 / max", f"{_micro(hits)} µs", "-"),
        ("read the full blocklist", f"{parsed * 1000:.0f} ms", "-"),
        ("build its index and synced keys", f"{built * 1000:.0f} ms", "-"),
        ("memory of the synced keys", f"{keys.itemsize * len(keys) / 1e6:.2f} MB", "-"),
    ]
    print_table(("", "PhoneBlock", "tellows (anchor)"), rows)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--numbers", type=int, default=2000)
    parser.add_argument("--synced", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    asyncio.run(main(args.numbers, args.synced, args.rounds))
