"""TR-064 with our asyncio client against fritzconnection in a worker thread.

Both talk to the same fake FRITZ!Box (``simulator/tr064.py``, digest auth,
a real HTTP server on 127.0.0.1), in one run, the way the integration uses
them (a fresh client per refresh or sync, nothing cached between them):

1. *phone book refresh*: read every phone book (2 books of ``--contacts``
   contacts each) -- fritzconnection's ``FritzPhonebook`` in the executor (what
   the integration did up to 0.1.0's TR-064 rewrite) against
   ``Tr064Client.all_contacts()``;
2. *call barring sync*: read the list, write ``--entries`` entries, remove them
   again (``FritzConnection.call_action`` against ``Tr064Client``).

Rounds alternate (new, old, new, old, ...) so that garbage collections fall
on both alike. For each: the time per round (p50 / max over ``--rounds``),
the HTTP requests the box saw per round, the event loop's longest stall
during its rounds (a ticker that sleeps 1 ms and records how late it wakes),
and the full (generation 2) garbage collections that ran during its rounds:
with Home Assistant imported they take ~100 ms and stall the loop from
whichever thread runs them.

Run from the repository root::

    .venv/bin/python -m benchmarks.tr064 [--rounds 20] [--contacts 500] [--entries 50]
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
import gc
from pathlib import Path
import sys
import time

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import aiohttp
from fritzconnection import FritzConnection
from fritzconnection.lib.fritzphonebook import FritzPhonebook

from benchmarks.common import print_machine, print_table
from benchmarks.index_scale import StallMonitor
from benchmarks.ring_latency import percentile, ratio
from custom_components.nuisance_calls.lib.barring import Wanted, entry_xml
from custom_components.nuisance_calls.lib.tr064 import Tr064Client
from simulator.tr064 import FakeFritzBox

SERVICE = "X_AVM-DE_OnTel1"


def phonebook_blocking(box: FakeFritzBox) -> int:
    """The old refresh: fritzconnection reads every book (blocking)."""
    book = FritzPhonebook(
        address="127.0.0.1", port=box.port, user=box.user, password=box.password, use_cache=False
    )
    return sum(len(book.get_all_name_numbers(i)) for i in book.phonebook_ids)


def barring_blocking(box: FakeFritzBox, entries: list[str]) -> int:
    """The old sync: list, add every entry, remove them again (blocking)."""
    fc = FritzConnection(
        address="127.0.0.1", port=box.port, user=box.user, password=box.password, use_cache=False
    )
    fc.call_action(SERVICE, "GetCallBarringList")
    uids = [
        int(
            fc.call_action(SERVICE, "SetCallBarringEntry", NewPhonebookEntryData=xml)[
                "NewPhonebookEntryUniqueID"
            ]
        )
        for xml in entries
    ]
    for uid in uids:
        fc.call_action(SERVICE, "DeleteCallBarringEntryUID", NewPhonebookEntryUniqueID=uid)
    return len(uids)


async def barring_async(client: Tr064Client, entries: list[str]) -> int:
    """The new sync, same requests."""
    await client.call_barring_list()
    uids = [await client.set_call_barring_entry(xml) for xml in entries]
    for uid in uids:
        await client.delete_call_barring_entry(uid)
    return len(uids)


@dataclass
class Series:
    """One way of doing the work: its round times, requests and loop stalls."""

    work: Callable[[], Awaitable[int]]
    times: list[float] = field(default_factory=list)
    requests: int = 0
    worst_lag: float = 0.0
    gc_pauses: list[float] = field(default_factory=list)


async def measure(box: FakeFritzBox, rounds: int, expect: int, *series: Series) -> None:
    """Interleaved rounds (a, b, a, b, ...), so garbage collections hit both alike."""
    for each in series:
        assert await each.work() == expect  # warm-up
    gc.collect()
    for _ in range(rounds):
        for each in series:
            with box.lock:
                before = len(box.requests)
            pauses = len(GC_PAUSES)
            stalls = StallMonitor()
            stalls.start()
            start = time.perf_counter()
            done = await each.work()
            each.times.append(time.perf_counter() - start)
            await stalls.stop()
            assert done == expect, (done, expect)
            each.worst_lag = max(each.worst_lag, stalls.max / 1000)
            each.gc_pauses.extend(GC_PAUSES[pauses:])
            with box.lock:
                each.requests += len(box.requests) - before


GC_PAUSES: list[float] = []
_gc_start = 0.0


def _gc_callback(phase: str, info: dict[str, int]) -> None:
    """Record full (generation 2) collections: they stall whichever thread runs them."""
    global _gc_start  # noqa: PLW0603
    if info["generation"] != 2:
        return
    if phase == "start":
        _gc_start = time.perf_counter()
    else:
        GC_PAUSES.append(time.perf_counter() - _gc_start)


async def main(rounds: int, contacts: int, entries: int) -> None:
    book = [(f"Contact {i} & Co", [f"030{i:07d}", f"0171{i:07d}"]) for i in range(contacts)]
    box = FakeFritzBox({0: ("Telefonbuch", book), 1: ("Arzt", book)})
    box.start()
    loop = asyncio.get_running_loop()
    xml = [entry_xml(Wanted(f"0309{i:06d}", f"Caller {i}")) for i in range(entries)]
    try:
        async with aiohttp.ClientSession() as session:

            def client() -> Tr064Client:
                return Tr064Client(session, "127.0.0.1", box.user, box.password, port=box.port)

            async def book_new() -> int:
                return len(await client().all_contacts())

            async def book_old() -> int:
                return await loop.run_in_executor(None, phonebook_blocking, box)

            async def bar_new() -> int:
                return await barring_async(client(), xml)

            async def bar_old() -> int:
                return await loop.run_in_executor(None, barring_blocking, box, xml)

            books = (Series(book_new), Series(book_old))
            await measure(box, rounds, 2 * contacts, *books)
            barring = (Series(bar_new), Series(bar_old))
            await measure(box, rounds, entries, *barring)
    finally:
        box.stop()

    print_machine(("fritzconnection", "aiohttp"))
    print(
        f"{rounds} rounds each; phone books: 2 x {contacts} contacts;"
        f" call barring: list + {entries} adds + {entries} removes"
    )
    print()
    rows: list[tuple[str, ...]] = []
    for name, (new, old) in (("phone books", books), ("call barring", barring)):
        for label, q in (("p50", 50), ("max", 100)):
            a, b = percentile(new.times, q), percentile(old.times, q)
            rows.append(
                (
                    f"{name}: time per round {label}",
                    f"{a * 1000:.1f} ms",
                    f"{b * 1000:.1f} ms",
                    ratio(a, b),
                )
            )
        rows.append(
            (
                f"{name}: HTTP requests per round",
                f"{new.requests / rounds:.0f}",
                f"{old.requests / rounds:.0f}",
                "",
            )
        )
        rows.append(
            (
                f"{name}: longest event loop stall",
                f"{new.worst_lag * 1000:.2f} ms",
                f"{old.worst_lag * 1000:.2f} ms",
                "",
            )
        )
        rows.append(
            (
                f"{name}: full GCs during rounds (longest)",
                _pauses(new.gc_pauses),
                _pauses(old.gc_pauses),
                "",
            )
        )
    print_table(("", "asyncio client", "fritzconnection in executor", "old / new"), rows)


def _pauses(pauses: list[float]) -> str:
    return f"{len(pauses)} ({max(pauses) * 1000:.0f} ms)" if pauses else "0"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--contacts", type=int, default=500)
    parser.add_argument("--entries", type=int, default=50)
    args = parser.parse_args()
    gc.callbacks.append(_gc_callback)
    asyncio.run(main(args.rounds, args.contacts, args.entries))
