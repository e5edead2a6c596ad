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

- ``steps_start`` / ``steps_stop``: how long each of the phone's steps took
  per call (``StepTimer``: parse, the HA judgement and its parts, the 200
  and the BYE leaving); with ``{"instant": true}`` instead, the line decides
  nothing in between (every call hung up on at once): a control that shows
  what the judgement costs.

Counting outcomes wraps the phone's ``on_outcome`` callback (a dict
increment per call, after the call is over); nothing on the call's path is
changed. The watch's wrappers time three refresh steps (see above); the
steps' wrappers and ``instant`` change the call's path (``--time-steps`` and
``--instant-decide`` only).
"""

from __future__ import annotations

import asyncio
from collections import Counter
from contextlib import suppress
import gc
import sys
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
        self._steps = StepTimer()
        self._undo_instant: tuple[Any, Any] | None = None

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

    async def _command_steps_start(self, data: dict[str, Any]) -> dict[str, Any]:
        """Start timing the phone's steps; ``instant``: the line decides nothing (every
        call is hung up on at once, as ``SipPhone alone`` does), a control showing what
        the judgement costs."""
        line = self._phone()
        phone = line.phone
        timer = self._steps = StepTimer()
        if data.get("instant"):
            hang_up = sys.modules[type(phone).__module__].HangUp()

            async def instant(_call: Any) -> Any:
                return hang_up

            self._undo_instant = (phone, phone._decide)
            phone._decide = instant
            return {}
        timer.wrap(phone, "_datagram", "datagram handler (INVITE, ACK, BYE's 200)")
        timer.mark_sends(phone)
        module = sys.modules[type(phone).__module__]
        for name in (
            "_parse",
            "_incoming",
            "parse_sdp_offer",
            "build_sdp_answer",
            "response_to",
        ):
            timer.wrap(module, name, f"phone.{name}")
        timer.wrap(phone, "_bye_request", "phone._bye_request")
        timer.wrap(phone, "_decide", "decide (HA, whole)", coroutine=True)
        timer.wrap(line.calls, "normalize", "  LineCalls.normalize (phonenumbers)")
        timer.wrap(line.household, "needs_look_up", "  Household.needs_look_up")
        timer.wrap(line.household, "judge_by_lists", "  Household.judge_by_lists")
        timer.wrap(line.household, "judge_for_line", "  Household.judge_for_line")
        timer.wrap(line.calls, "phone_stops", "  LineCalls.phone_stops")
        return {}

    async def _command_steps_stop(self, _data: dict[str, Any]) -> dict[str, Any]:
        """Stop timing; each step's durations (seconds)."""
        self._steps.undo()
        if self._undo_instant is not None:
            phone, decide = self._undo_instant
            phone._decide = decide
            self._undo_instant = None
        return {"times": self._steps.times}

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


class StepTimer:
    """How long the phone's steps take in HA, per call (``--time-steps``).

    Each step is wrapped (``perf_counter`` around it, a few microseconds
    each): the figures add up to a little more than the steps cost unwrapped.
    """

    def __init__(self) -> None:
        self.times: dict[str, list[float]] = {}
        self._undo: list[tuple[Any, str, Any, bool]] = []

    def wrap(self, owner: Any, name: str, label: str, *, coroutine: bool = False) -> None:
        """Time every call of ``owner.name`` (a coroutine function's whole run)."""
        original = getattr(owner, name)
        own = name in vars(owner)
        times = self.times.setdefault(label, [])
        clock = time.perf_counter

        async def timed_async(*args: Any, **kwargs: Any) -> Any:
            start = clock()
            try:
                return await original(*args, **kwargs)
            finally:
                times.append(clock() - start)

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = clock()
            try:
                return original(*args, **kwargs)
            finally:
                times.append(clock() - start)

        setattr(owner, name, timed_async if coroutine else timed)
        self._undo.append((owner, name, original, own))

    def mark_sends(self, phone: Any) -> None:
        """From an INVITE's handler start to its 200 leaving, and on to the handler's end;
        from an ACK's handler start to the BYE leaving."""
        original_datagram, original_send = phone._datagram, phone._send
        to_ok = self.times.setdefault("INVITE handler: start -> 200 sent", [])
        after = self.times.setdefault("INVITE handler: 200 sent -> end", [])
        to_bye = self.times.setdefault("ACK handler: start -> BYE sent", [])
        clock = time.perf_counter
        state = {"start": 0.0, "sent": 0.0}

        def datagram(data: bytes, addr: Any) -> None:
            state["start"], state["sent"] = clock(), 0.0
            original_datagram(data, addr)
            if data.startswith(b"INVITE") and state["sent"]:
                after.append(clock() - state["sent"])

        def send(data: bytes, addr: Any) -> None:
            original_send(data, addr)
            if data.startswith(b"SIP/2.0 200 OK") and b" INVITE\r\n" in data:
                state["sent"] = clock()
                to_ok.append(state["sent"] - state["start"])
            elif data.startswith(b"BYE "):
                to_bye.append(clock() - state["start"])

        phone._datagram, phone._send = datagram, send
        self._undo += [
            (phone, "_datagram", original_datagram, True),
            (phone, "_send", original_send, True),
        ]

    def undo(self) -> None:
        """Put every wrapped step back."""
        for owner, name, original, own in reversed(self._undo):
            if own:
                setattr(owner, name, original)
            else:
                delattr(owner, name)
        self._undo = []


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Serve the probe's commands."""
    hass.http.register_view(ProbeView(hass))
    return True
