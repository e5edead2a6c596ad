"""The probe that ``benchmarks/sip_latency.py`` installs next to ``index_probe``.

It becomes ``custom_components/sip_probe/__init__.py`` of the throw-away
config folder and is never part of the integration. JSON commands on HA's
HTTP server (bound to 127.0.0.1), without authentication:

- ``POST /api/sip_probe/add_line`` ``{"host", "port", "sip_port", "phone_port",
  "user", "password"}``: a FRITZ!Box line with an IP phone's login, as the
  config flow would store it (the flow itself tries the login at the box,
  which the benchmark's registrar answers only once); waits until its phone
  is registered;
- ``phone`` ``{}``: the phone's state and counters, and the outcomes of the
  calls it handled (decision and reason, counted);
- ``refresh`` ``{}``: ``nuisance_calls.refresh_lists`` (blocking), with the
  wall-clock time (``time.time()``) just before the call and after it returned;
- ``watch_start`` / ``watch_stop``: a task sleeping 1 ms on HA's event loop
  records how late each wake-up comes (the loop's stalls) in between; those
  over 2 ms with their wall-clock time and the loop thread's CPU time
  meanwhile (busy with HA's work, or waiting for the CPU or the GIL); and
  every full (generation 2) garbage collection, or one over 2 ms, with its
  duration and thread; every loop callback that ran over 1 ms, with what it
  was (``Handle._run`` wrapped: a task's coroutine or the callback's name);
  and when a refresh's steps ran in HA's process
  (``parse_document``, ``write_atomically``, ``Household.set_list``, wrapped
  for the watch: timestamps only, the steps themselves unchanged).

Counting outcomes wraps the phone's ``on_outcome`` callback (a dict
increment per call, after the call is over); nothing on the call's path is
changed. The watch's wrappers time three refresh steps (see above).
"""

from __future__ import annotations

import asyncio
from collections import Counter
from contextlib import suppress
import gc
import threading
import time
from typing import Any

from aiohttp import web
from homeassistant.components.http import HomeAssistantView
from homeassistant.config_entries import ConfigEntry, ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers.typing import ConfigType

DOMAIN = "sip_probe"
TARGET = "nuisance_calls"
TICK = 0.001
REGISTER_TIMEOUT = 60.0
STALL_KEPT_MS = 2.0
"""Stalls longer than this are returned with their time (the slow calls are matched to them)."""
SLOW_CALLBACK_MS = 1.0
"""Callbacks of HA's loop that ran longer than this are returned with what they were."""


def describe(handle: asyncio.Handle) -> str:
    """What a loop callback runs: a task's coroutine, or the callback's name."""
    callback = getattr(handle, "_callback", None)
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, asyncio.Task):
        coro = owner.get_coro()
        where = ""
        inner: Any = coro
        while getattr(inner, "cr_await", None) is not None and hasattr(inner.cr_await, "cr_frame"):
            inner = inner.cr_await  # the innermost coroutine: where this step stopped
        frame = getattr(inner, "cr_frame", None)
        if frame is not None:
            where = f" up to {frame.f_code.co_qualname}:{frame.f_lineno}"
        return f"task {getattr(coro, '__qualname__', repr(coro))}{where}"
    return str(getattr(callback, "__qualname__", repr(callback)))


class ProbeView(HomeAssistantView):
    """The probe's commands."""

    url = "/api/sip_probe/{command}"
    name = "api:sip_probe"
    requires_auth = False

    def __init__(self, hass: HomeAssistant) -> None:
        self.hass = hass
        self.entry: ConfigEntry | None = None
        self.outcomes: Counter[str] = Counter()
        self.gaps: list[float] = []
        self.stalls: list[tuple[float, float, float]] = []
        """(wall-clock time of the late wake-up, how late it was, the loop thread's CPU time
        meanwhile; ms)."""
        self._watch: asyncio.Task[None] | None = None
        self.collections: list[tuple[float, int, float, str]] = []
        """(wall-clock end, generation, duration ms, thread) of each collection watched."""
        self._gc_started = 0.0
        self.phases: list[tuple[str, float, float]] = []
        """(step of a refresh, wall-clock start, end) while watched."""
        self._patched: list[tuple[Any, str, Any]] = []
        self.slow_callbacks: list[tuple[float, float, str]] = []
        """(wall-clock end, duration ms, what) of each loop callback over SLOW_CALLBACK_MS."""
        self._handle_run: Any = None
        self._gc_ms = 0.0
        """Time spent in garbage collections since the watch started (every thread)."""

    async def post(self, request: web.Request, command: str) -> web.Response:
        """Run one command."""
        data = await request.json()
        handler = getattr(self, f"_command_{command}", None)
        if handler is None:
            return self.json_message(f"no command {command}", 404)
        return self.json(await handler(data))

    def _phone(self) -> Any:
        line = getattr(self.entry, "runtime_data", None)
        return getattr(line, "phone", None)

    async def _command_add_line(self, data: dict[str, Any]) -> dict[str, Any]:
        entry = ConfigEntry(
            data={
                "source": "fritzbox",
                "host": data["host"],
                "port": data["port"],
                "sip_port": data["sip_port"],
                "phone_user": data["user"],
                "phone_password": data["password"],
            },
            discovery_keys={},
            domain=TARGET,
            minor_version=2,
            options={"region": "DE", "phone_port": data["phone_port"]},
            source="user",
            subentries_data=(),
            title="FRITZ!Box",
            unique_id=None,
            version=1,
        )
        await self.hass.config_entries.async_add(entry)
        self.entry = entry
        deadline = time.monotonic() + REGISTER_TIMEOUT
        while time.monotonic() < deadline:
            phone = self._phone()
            if phone is not None and str(phone.state) == "registered":
                self._count_outcomes(phone.phone)
                return await self._command_phone({})
            await asyncio.sleep(0.05)
        state = entry.state.value if entry.state is not ConfigEntryState.LOADED else "loaded"
        phone = self._phone()
        inner = getattr(phone, "phone", None)
        return {
            "error": f"the phone did not register: entry {state},"
            f" phone {getattr(phone, 'state', None)}, {getattr(inner, 'last_error', None)}"
        }

    def _count_outcomes(self, phone: Any) -> None:
        """Wrap the phone's ``on_outcome``: count each call's decision and reason."""
        original = phone._on_outcome

        def counted(outcome: Any) -> None:
            self.outcomes[f"{outcome.decision}/{outcome.reason}"] += 1
            if original is not None:
                original(outcome)

        phone._on_outcome = counted

    async def _command_phone(self, _data: dict[str, Any]) -> dict[str, Any]:
        line_phone = self._phone()
        if line_phone is None:
            return {"error": "no phone"}
        phone = line_phone.phone
        return {
            "state": str(phone.state),
            "local": list(phone.local_address),
            "registrations": phone.registrations,
            "dropped": phone.dropped,
            "malformed": phone.malformed,
            "busy": phone.busy,
            "active": phone.calls_active,
            "outcomes": dict(self.outcomes),
        }

    async def _command_refresh(self, _data: dict[str, Any]) -> dict[str, Any]:
        start = time.time()
        await self.hass.services.async_call(TARGET, "refresh_lists", {}, blocking=True)
        return {"start": start, "end": time.time()}

    async def _run_watch(self) -> None:
        clock, cpu = time.perf_counter, time.thread_time
        while True:
            expected = clock() + TICK
            used = cpu()
            await asyncio.sleep(TICK)
            gap = max(0.0, (clock() - expected) * 1000)
            self.gaps.append(gap)
            if gap > STALL_KEPT_MS:
                # how much of it the loop's thread ran (HA's work) rather than waited
                # (another process on the CPU, another thread holding the GIL)
                self.stalls.append((time.time(), gap, (cpu() - used) * 1000))

    def _on_gc(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._gc_started = time.perf_counter()
            return
        self._gc_ms += (time.perf_counter() - self._gc_started) * 1000
        if info["generation"] == 2 or time.perf_counter() - self._gc_started > 0.002:
            self.collections.append(
                (
                    time.time(),
                    info["generation"],
                    (time.perf_counter() - self._gc_started) * 1000,
                    threading.current_thread().name,
                )
            )

    def _timed(self, name: str, function: Any) -> Any:
        """``function``, recording when each call of it ran (wall clock) in ``phases``."""

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.time()
            try:
                return function(*args, **kwargs)
            finally:
                self.phases.append((name, start, time.time()))

        return timed

    def _patch_phases(self) -> None:
        """Time a refresh's steps in HA's process: parse (executor; the worker's round
        trip and unpickling its answer), the copy written (executor), the swap (loop)."""
        from custom_components.nuisance_calls import lists  # the copy HA loaded

        household = self.hass.data[TARGET]
        self._patched = [
            (lists, "parse_document", lists.parse_document),
            (lists, "write_atomically", lists.write_atomically),
            (household, "set_list", household.set_list),
        ]
        for owner, name, function in self._patched:
            setattr(owner, name, self._timed(name, function))

    def _unpatch_phases(self) -> None:
        for owner, name, function in self._patched:
            if owner is self.hass.data[TARGET]:
                delattr(owner, name)  # back to the class's method
            else:
                setattr(owner, name, function)
        self._patched = []

    def _patch_handles(self) -> None:
        """Time every callback of the loop (``Handle._run``); keep the slow ones."""
        original = self._handle_run = asyncio.Handle._run
        slow, clock = self.slow_callbacks, time.perf_counter

        def timed_run(handle: asyncio.Handle) -> None:
            start, collecting = clock(), self._gc_ms
            try:
                original(handle)
            finally:
                took = (clock() - start) * 1000
                if took > SLOW_CALLBACK_MS:
                    collected = self._gc_ms - collecting
                    what = describe(handle)
                    if collected >= 0.05:
                        what += f" (of which {collected:.1f} ms garbage collection)"
                    slow.append((time.time(), took, what))

        asyncio.Handle._run = timed_run  # type: ignore[method-assign]

    def _unpatch_handles(self) -> None:
        if self._handle_run is not None:
            asyncio.Handle._run = self._handle_run  # type: ignore[method-assign]
            self._handle_run = None

    async def _command_watch_start(self, _data: dict[str, Any]) -> dict[str, Any]:
        self.gaps, self.stalls, self.collections, self.phases = [], [], [], []
        self.slow_callbacks = []
        gc.callbacks.append(self._on_gc)
        self._patch_phases()
        self._patch_handles()
        self._watch = self.hass.async_create_background_task(self._run_watch(), "sip_probe watch")
        return {}

    async def _command_watch_stop(self, _data: dict[str, Any]) -> dict[str, Any]:
        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)
        self._unpatch_phases()
        self._unpatch_handles()
        if self._watch is not None:
            self._watch.cancel()
            with suppress(asyncio.CancelledError):
                await self._watch
            self._watch = None
        ordered = sorted(self.gaps)
        return {
            "wakeups": len(ordered),
            "max_stall_ms": ordered[-1] if ordered else 0.0,
            "p99_stall_ms": ordered[int(len(ordered) * 0.99)] if ordered else 0.0,
            "stalls_over_5": sum(1 for gap in ordered if gap > 5),
            "stalls": self.stalls,
            "collections": self.collections,
            "phases": self.phases,
            "slow_callbacks": self.slow_callbacks,
        }


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Serve the probe's commands."""
    hass.http.register_view(ProbeView(hass))
    return True
