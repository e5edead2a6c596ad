"""The probe that ``benchmarks/index_scale.py`` installs into the Home Assistant it measures.

It becomes ``custom_components/index_probe/__init__.py`` of a throw-away
config folder (the benchmark writes its manifest) and is never part of the
integration. It serves a few JSON commands on HA's HTTP server (which the
benchmark binds to 127.0.0.1), without authentication:

- ``POST /api/index_probe/status``: the process's RSS and peak RSS, and
  what the household's lists hold;
- ``add_list`` ``{"name", "url"}``: subscribe to a shared list through the
  config flow, as a user does, while the event loop is watched;
- ``refresh`` ``{}``: call ``nuisance_calls.refresh_lists`` while the event
  loop is watched;
- ``lookups`` ``{"exact": [...], "range": [...], "miss": [...]}``: time the
  household's look-ups of those numbers, in HA's process.

"Watched" means: a task sleeps 1 ms in a loop and records how late each
wake-up comes (the stalls), and, on each wake-up, whether the household's
combined index was replaced since (a list put in force), and every garbage
collection. The probe uses only what the integration has had all along
(``hass.data["nuisance_calls"].index`` and the public action), so it
measures any version of it unchanged.
"""

from __future__ import annotations

import asyncio
from contextlib import suppress
import gc
from pathlib import Path
import time
from typing import Any

from aiohttp import web
from homeassistant.components.http import HomeAssistantView
from homeassistant.components.http.config import DATA_STORE
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers.typing import ConfigType

DOMAIN = "index_probe"
TARGET = "nuisance_calls"
TICK = 0.001
"""The watch task sleeps this long and records how late it wakes up."""
SETTLE = 0.2
"""Seconds watched after the action returned (what it left behind counts too)."""


def memory() -> dict[str, int]:
    """This process's VmRSS and VmHWM (peak), kB."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            found[name] = int(value.split()[0])
    return found


class Watch:
    """Loop stalls, index swaps and garbage collections while something runs."""

    def __init__(self, hass: HomeAssistant) -> None:
        self.hass = hass
        self.gaps: list[float] = []
        self.swaps: list[float] = []
        self.collections: list[tuple[int, float]] = []
        self.start = 0.0
        self._task: asyncio.Task[None] | None = None
        self._gc_started = 0.0

    def _index(self) -> object:
        household = self.hass.data.get(TARGET)
        return getattr(household, "index", None)

    def _on_gc(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._gc_started = time.perf_counter()
        else:
            self.collections.append(
                (info["generation"], (time.perf_counter() - self._gc_started) * 1000)
            )

    async def _run(self) -> None:
        clock = time.perf_counter
        index = self._index()
        while True:
            expected = clock() + TICK
            await asyncio.sleep(TICK)
            now = clock()
            self.gaps.append(max(0.0, (now - expected) * 1000))
            if (current := self._index()) is not index:
                index = current
                self.swaps.append(now - self.start)

    def begin(self) -> None:
        """Start watching (time 0 of the swaps)."""
        self.start = time.perf_counter()
        gc.callbacks.append(self._on_gc)
        self._task = self.hass.async_create_background_task(self._run(), "index_probe watch")

    async def end(self) -> dict[str, Any]:
        """Stop watching; what was seen."""
        await asyncio.sleep(SETTLE)
        if self._task is not None:
            self._task.cancel()
            with suppress(asyncio.CancelledError):
                await self._task
        gc.callbacks.remove(self._on_gc)
        ordered = sorted(self.gaps)
        full = [ms for generation, ms in self.collections if generation == 2]
        return {
            "swaps": self.swaps,
            "max_stall_ms": ordered[-1] if ordered else 0.0,
            "p99_stall_ms": ordered[int(len(ordered) * 0.99)] if ordered else 0.0,
            "stalls_over_50": sum(1 for gap in ordered if gap > 50),
            "wakeups": len(ordered),
            "full_collections": len(full),
            "longest_full_collection_ms": max(full, default=0.0),
        }


def _time_lookups(lookup: Any, numbers: list[str]) -> dict[str, float]:
    """Mean from one tight loop, p99 from timing each call (includes the timer)."""
    for number in numbers[:1000]:
        lookup(number)
    start = time.perf_counter_ns()
    found = sum(1 for number in numbers if lookup(number) is not None)
    mean = (time.perf_counter_ns() - start) / len(numbers) / 1000
    clock = time.perf_counter_ns
    samples = []
    for number in numbers:
        before = clock()
        lookup(number)
        samples.append(clock() - before)
    samples.sort()
    return {"mean_us": mean, "p99_us": samples[int(len(samples) * 0.99)] / 1000, "found": found}


class ProbeView(HomeAssistantView):
    """The probe's commands."""

    url = "/api/index_probe/{command}"
    name = "api:index_probe"
    requires_auth = False

    def __init__(self, hass: HomeAssistant) -> None:
        self.hass = hass

    async def post(self, request: web.Request, command: str) -> web.Response:
        """Run one command."""
        data = await request.json()
        handler = getattr(self, f"_command_{command}", None)
        if handler is None:
            return self.json_message(f"no command {command}", 404)
        return self.json(await handler(data))

    def _lists(self) -> list[dict[str, Any]]:
        return [
            {
                "entry_id": entry.entry_id,
                "title": entry.title,
                "state": entry.state.value,
                "entries": getattr(getattr(entry, "runtime_data", None), "entries", None),
                "problem": str(getattr(getattr(entry, "runtime_data", None), "problem", "")),
            }
            for entry in self.hass.config_entries.async_entries(TARGET)
        ]

    async def _command_status(self, _data: dict[str, Any]) -> dict[str, Any]:
        household = self.hass.data.get(TARGET)
        index = getattr(household, "index", None)
        return {
            **memory(),
            "lists": self._lists(),
            "index_entries": len(index) if index is not None else 0,
            "gc_objects": len(gc.get_objects()),
        }

    async def _command_add_list(self, data: dict[str, Any]) -> dict[str, Any]:
        flows = self.hass.config_entries.flow
        watch = Watch(self.hass)
        watch.begin()
        result = await flows.async_init(TARGET, context={"source": "user"})
        result = await flows.async_configure(result["flow_id"], {"next_step_id": "shared_list"})
        result = await flows.async_configure(
            result["flow_id"],
            {
                "name": data["name"],
                "url": data["url"],
                "mode": "flag",
                "refresh_hours": 168,
                "max_size_mb": 100,
            },
        )
        if result.get("type") != "create_entry":
            await watch.end()
            return {"error": f"flow ended with {result.get('type')}: {result.get('errors')}"}
        entry = result["result"]
        for _ in range(6000):
            if entry.state is ConfigEntryState.LOADED:
                break
            await asyncio.sleep(0.01)
        seen = await watch.end()
        return {**seen, "state": entry.state.value, "seconds": time.perf_counter() - watch.start}

    async def _command_refresh(self, _data: dict[str, Any]) -> dict[str, Any]:
        watch = Watch(self.hass)
        await asyncio.sleep(SETTLE)
        watch.begin()
        await self.hass.services.async_call(TARGET, "refresh_lists", {}, blocking=True)
        returned = time.perf_counter() - watch.start
        seen = await watch.end()
        return {**seen, "action_s": returned, "lists": self._lists()}

    async def _command_lookups(self, data: dict[str, Any]) -> dict[str, Any]:
        lookup = self.hass.data[TARGET].index.lookup
        return {kind: _time_lookups(lookup, data[kind]) for kind in ("exact", "range", "miss")}


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Serve the probe's commands; keep the HTTP settings of the configuration.

    Home Assistant 2026.10 moves ``http:`` from YAML into a pending setting
    that someone must confirm within five minutes, or it restarts with the
    previous one: a benchmark running longer would lose its Home Assistant.
    """
    hass.http.register_view(ProbeView(hass))
    if (store := hass.data.get(DATA_STORE)) is not None and store.pending is not None:
        await store.async_promote_pending()
    return True
