"""The call log's Home Assistant side: load it, move old registers in, write within a second.

The register in memory changes in the event loop, O(1) per call; this module
notes what changed and writes it to the call log (``lib.calllog``, SQLite)
in HA's executor at most ``FLUSH_DELAY`` after the first change, however
many calls follow (a write is never postponed by the next call, as a delayed
``Store`` save is). A crash or a power cut loses at most that second. A
reset, a user's own act, is written at once.

A log that cannot be opened is moved aside and reported (the integration
starts with a new one); a register of version 0.1 (one JSON document) is
moved into the log on the first start and kept as ``….migrated``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
import logging
from pathlib import Path
import sqlite3
from typing import Any, Final

from homeassistant.const import EVENT_HOMEASSISTANT_FINAL_WRITE
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.event import async_call_later
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from .const import DOMAIN, STORAGE_KEY_REGISTER, STORAGE_VERSION
from .lib.calllog import CallLog, Changes, LoadedLog
from .lib.counters import LineCounters
from .lib.exceptions import StoredDataError
from .lib.register import RECENT, CallerTally, CallRecord, Register
from .storage import async_load_checked, async_report_unreadable

_LOGGER = logging.getLogger(__name__)

FLUSH_DELAY: Final = 1.0
"""Seconds from the first unwritten change to its write (the most a crash loses)."""
RETRY_DELAY: Final = 30.0
"""Seconds before a write that failed (a full disk) is tried again."""
LOG_FILE: Final = "calls.db"
ISSUE_UNWRITABLE: Final = "call_log_unwritable"
ISSUE_ROWS_UNREADABLE: Final = "call_log_rows_unreadable"
ISSUE_IN_MEMORY: Final = "call_log_in_memory"
IN_MEMORY: Final = ":memory:"


class CallStore:
    """Writes the register's changes to the call log, and reads it back."""

    def __init__(self, hass: HomeAssistant) -> None:
        self.hass = hass
        self.log = CallLog(
            Path(hass.config.path(".storage", DOMAIN, LOG_FILE)), dt_util.get_default_time_zone()
        )
        self._lock = asyncio.Lock()
        self._callers: dict[str, CallerTally] = {}
        self._calls: dict[int, tuple[str, CallRecord]] = {}
        self._forget: set[str] = set()
        self._lines: dict[str, LineCounters | None] = {}
        self._notes: list[Changes] = []
        """Notes on callers and calls, in the order people wrote them."""
        self._unwritten: list[Changes] = []
        """Changes a failed write left, written before anything newer."""
        self._timer: CALLBACK_TYPE | None = None
        self._paused = False
        self._failing = False
        self._closed = False

    @property
    def pending(self) -> bool:
        """Whether changes wait to be written."""
        return bool(self._callers or self._calls or self._forget or self._lines or self._notes)

    # ------------------------------------------------------------------ loading

    async def async_load(self) -> tuple[Register, dict[str, LineCounters]]:
        """Open the log (moving a 0.1 register in) and read the register in memory.

        The work runs in the executor; nothing here can stop the start: a log
        that cannot be read is moved aside, reported and started afresh.
        """
        loaded: LoadedLog | None = None
        try:
            created = await self.hass.async_add_executor_job(self.log.open)
            if created or await self.hass.async_add_executor_job(lambda: self.log.empty):
                await self._async_move_in_old_register()
            loaded = await self.hass.async_add_executor_job(
                self.log.load, dt_util.utcnow() - RECENT
            )
        except StoredDataError as err:
            try:
                await self._async_start_afresh(str(err))
                loaded = await self.hass.async_add_executor_job(
                    self.log.load, dt_util.utcnow() - RECENT
                )
            except (OSError, StoredDataError) as again:
                loaded = await self._async_in_memory(again)
        except OSError as err:  # the folder cannot be written at all
            loaded = await self._async_in_memory(err)
        if loaded.skipped:
            _LOGGER.warning(
                "%s calls or callers of the call log %s could not be read; they stay in"
                " the file and are not counted",
                loaded.skipped,
                self.log.path,
            )
            ir.async_create_issue(
                self.hass,
                DOMAIN,
                ISSUE_ROWS_UNREADABLE,
                is_fixable=False,
                is_persistent=True,
                severity=ir.IssueSeverity.WARNING,
                translation_key=ISSUE_ROWS_UNREADABLE,
                translation_placeholders={
                    "path": str(self.log.path),
                    "count": str(loaded.skipped),
                },
            )
        self.hass.bus.async_listen_once(EVENT_HOMEASSISTANT_FINAL_WRITE, self._async_final_write)
        counters = {
            entry_id: LineCounters.from_dict(value) for entry_id, value in loaded.lines.items()
        }
        return loaded.register, counters

    async def _async_in_memory(self, err: Exception) -> LoadedLog:
        """No file can be opened: count in memory (lost at the next start), and say so."""
        _LOGGER.error(
            "The call log %s cannot be opened (%s); calls are counted in memory only",
            self.log.path,
            err,
        )
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            ISSUE_IN_MEMORY,
            is_fixable=False,
            severity=ir.IssueSeverity.ERROR,
            translation_key=ISSUE_IN_MEMORY,
            translation_placeholders={"path": str(self.log.path), "error": str(err)[:200]},
        )
        self.log = CallLog(Path(IN_MEMORY), self.log.timezone)
        await self.hass.async_add_executor_job(self.log.open)
        return LoadedLog(Register(), {})

    async def _async_start_afresh(self, problem: str) -> None:
        """Move a log that cannot be read aside, report it, and open a new one."""
        path = self.log.path
        copy = await self.hass.async_add_executor_job(_move_aside, path)
        await async_report_unreadable(
            self.hass, path, copy, key="call_log", what="call log", problem=problem
        )
        await self.hass.async_add_executor_job(self.log.open)

    async def _async_move_in_old_register(self) -> None:
        """Write the JSON register of version 0.1 into the new log, keeping every call."""
        store: Store[dict[str, Any]] = Store(
            self.hass, STORAGE_VERSION, STORAGE_KEY_REGISTER, private=True
        )
        register, counters = await async_load_checked(
            self.hass,
            store,
            what="call register",
            parse=parse_old_register,
            empty=lambda: (Register(), {}),
        )
        if not register.callers and not counters:
            return
        lines = {entry_id: value.as_dict() for entry_id, value in counters.items()}
        await self.hass.async_add_executor_job(self.log.import_register, register, lines)
        old = Path(store.path)
        await self.hass.async_add_executor_job(_keep_migrated, old)
        await store.async_remove()
        _LOGGER.info(
            "Moved the call register (%s callers) into the call log %s; the old file is kept as %s",
            len(register),
            self.log.path,
            old.with_name(f"{old.name}.migrated"),
        )

    # ----------------------------------------------------------- noting changes

    @callback
    def call_changed(self, tally: CallerTally, record: CallRecord | None) -> None:
        """A caller's totals changed, and (if given) one of their calls."""
        self._callers[tally.number] = tally
        if record is not None:
            self._calls[record.id] = (tally.number, record)
        self._schedule()

    @callback
    def line_changed(self, entry_id: str, counters: LineCounters | None) -> None:
        """A line's counters changed (None: the line was removed)."""
        self._lines[entry_id] = counters
        self._schedule()

    @callback
    def forget(self, number: str) -> None:
        """A caller's tally was reset: their totals and calls go, written at once."""
        self._forget.add(number)
        self._callers.pop(number, None)
        self._calls = {key: value for key, value in self._calls.items() if value[0] != number}
        for changes in self._notes:  # the reset takes the caller's notes, also the unwritten
            changes.caller_notes = [row for row in changes.caller_notes if row[0] != number]
            changes.call_notes = [row for row in changes.call_notes if row[1] != number]
        self._schedule(at_once=True)

    @callback
    def _schedule(self, *, at_once: bool = False) -> None:
        if self._closed or self._paused:
            return
        if at_once:
            self._cancel_timer()
            self._start_flush()
        elif self._timer is None:
            self._timer = async_call_later(self.hass, FLUSH_DELAY, self._timer_fired)

    @callback
    def _timer_fired(self, _now: datetime) -> None:
        self._timer = None
        self._start_flush()

    @callback
    def _start_flush(self) -> None:
        # A tracked task: Home Assistant waits for it before it stops.
        self.hass.async_create_task(
            self.async_flush(), f"{DOMAIN} call log write", eager_start=True
        )

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer()
            self._timer = None

    # ------------------------------------------------------------------ writing

    def _take(self) -> Changes:
        """What waits, as rows (snapshot in the event loop: O(changes))."""
        changes = Changes(forget=sorted(self._forget))
        for tally in self._callers.values():
            changes.caller(tally)
        for number, record in self._calls.values():
            changes.call(number, record)
        changes.lines = {
            entry_id: counters.as_dict() if counters is not None else None
            for entry_id, counters in self._lines.items()
        }
        for notes in self._notes:
            changes.caller_notes += notes.caller_notes
            changes.call_notes += notes.call_notes
        self._callers, self._calls, self._forget, self._lines = {}, {}, set(), {}
        self._notes = []
        return changes

    async def async_flush(self) -> None:
        """Write what waits now (one transaction, in the executor)."""
        self._cancel_timer()
        async with self._lock:
            if self._closed or not (self.pending or self._unwritten):
                return
            batches = [*self._unwritten, self._take()]
            try:
                await self.hass.async_add_executor_job(self.log.write, *batches)
            except (OSError, StoredDataError, sqlite3.Error) as err:
                self._failed(batches, err)
                return
            self._unwritten = []
        if self._failing:
            self._failing = False
            _LOGGER.info("The call log %s can be written again", self.log.path)
            ir.async_delete_issue(self.hass, DOMAIN, ISSUE_UNWRITABLE)

    def _failed(self, batches: list[Changes], err: Exception) -> None:
        """Keep what could not be written, in order, and try again later."""
        self._unwritten = batches
        if not self._failing:
            self._failing = True
            _LOGGER.error("The call log %s cannot be written: %s", self.log.path, err)
            ir.async_create_issue(
                self.hass,
                DOMAIN,
                ISSUE_UNWRITABLE,
                is_fixable=False,
                severity=ir.IssueSeverity.ERROR,
                translation_key=ISSUE_UNWRITABLE,
                translation_placeholders={"path": str(self.log.path), "error": str(err)[:200]},
            )
        if self._timer is None and not self._closed:
            self._timer = async_call_later(self.hass, RETRY_DELAY, self._timer_fired)

    # ---------------------------------------------------------- reading, backups

    async def async_calls(
        self, *, number: str | None, start: datetime | None, end: datetime | None
    ) -> list[tuple[str, CallRecord]]:
        """Every call (of one number, in a time range), oldest first: written first."""
        await self.async_flush()
        async with self._lock:
            if self._closed:
                return []
            return await self.hass.async_add_executor_job(
                lambda: list(self.log.calls(number=number, start=start, end=end))
            )

    async def async_counts_since(self, since: datetime) -> dict[str, tuple[int, int, int, int]]:
        """Per number, its calls since ``since`` (all written first; ``CallLog.counts_since``)."""
        await self.async_flush()
        async with self._lock:
            if self._closed:
                return {}
            return await self.hass.async_add_executor_job(self.log.counts_since, since)

    async def async_read_calls[T](
        self,
        read: Callable[[Iterable[tuple[str, CallRecord]]], T],
        *,
        number: str | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> T:
        """``read`` every call (of one number, in a time range), oldest first, in the executor.

        Written first. ``read`` gets the calls one at a time as the log's rows
        are read, and should let each go: an export of 300,000 calls then
        builds no list of them, in the event loop or in the executor (where
        hundreds of thousands of objects that live on set off full garbage
        collections, which stall the event loop).
        """
        await self.async_flush()
        async with self._lock:
            calls: Iterable[tuple[str, CallRecord]] = (
                () if self._closed else self.log.calls(number=number, start=start, end=end)
            )
            return await self.hass.async_add_executor_job(read, calls)

    async def async_box_ids(self, since: datetime) -> set[int]:
        """The box call list ids of the calls since ``since`` (all written first)."""
        await self.async_flush()
        async with self._lock:
            if self._closed:
                return set()
            return await self.hass.async_add_executor_job(self.log.box_ids, since)

    async def async_latest(self, entry_id: str) -> datetime | None:
        """The time of the latest call on a line in the log."""
        await self.async_flush()
        async with self._lock:
            if self._closed:
                return None
            return await self.hass.async_add_executor_job(self.log.latest, entry_id)

    async def async_counts(self) -> tuple[int, int]:
        """(callers, calls) in the log."""
        async with self._lock:
            if self._closed:
                return (0, 0)
            return await self.hass.async_add_executor_job(lambda: self.log.counts)

    # -------------------------------------------------------------------- notes

    async def async_caller_note(self, number: str) -> str:
        """The note on a caller ("" for none; written first)."""
        await self.async_flush()
        async with self._lock:
            if self._closed:
                return ""
            return await self.hass.async_add_executor_job(self.log.caller_note, number)

    async def async_caller_notes(self) -> dict[str, str]:
        """Every caller's note, by number (written first)."""
        await self.async_flush()
        async with self._lock:
            if self._closed:
                return {}
            return await self.hass.async_add_executor_job(self.log.caller_notes)

    @callback
    def set_caller_note(self, number: str, note: str) -> None:
        """Note on a caller (empty: none), written at once: a person's own act.

        ``note`` is checked here (``clean_note``: raises ``InvalidNoteError``).
        """
        changes = Changes()
        changes.caller_note(number, note, dt_util.utcnow())
        self._notes.append(changes)
        self._schedule(at_once=True)

    async def async_set_call_note(
        self, number: str, note: str, *, call: int | None, time: datetime | None
    ) -> int | None:
        """Note on one of a caller's calls (empty: none), written at once.

        The call is ``call`` (its id in the log) or the caller's call nearest
        ``time`` (within a minute). Its id; None when the caller has no such
        call (nothing is written). Every call is written first, so a call that
        just rang is found. Raises ``InvalidNoteError`` (``clean_note``).
        """
        changes = Changes()
        changes.call_note(number, call or 0, note, dt_util.utcnow())  # checked first
        await self.async_flush()
        async with self._lock:
            if self._closed:
                return None
            log = self.log

            def find() -> int | None:
                if time is not None:
                    return log.find_call(number, time)
                return call if call is not None and log.has_call(number, call) else None

            found = await self.hass.async_add_executor_job(find)
        if found is None:
            return None
        _call, caller, text, when = changes.call_notes[0]
        changes.call_notes[0] = (found, caller, text, when)
        self._notes.append(changes)
        self._schedule(at_once=True)
        return found

    async def async_pause(self) -> None:
        """Before a backup: write what waits, fold the write-ahead log in, hold writes."""
        await self.async_flush()
        async with self._lock:
            self._paused = True
            self._cancel_timer()
            if not self._closed:
                await self.hass.async_add_executor_job(self.log.checkpoint)

    @callback
    def resume(self) -> None:
        """After a backup: write again (what waited meanwhile first)."""
        self._paused = False
        if self.pending:
            self._schedule()

    async def _async_final_write(self, _event: Event) -> None:
        """Home Assistant stops: write what waits and close the file."""
        self._paused = False
        await self.async_flush()
        async with self._lock:
            self._closed = True
            self._cancel_timer()
            await self.hass.async_add_executor_job(self.log.close)


def parse_old_register(data: object) -> tuple[tuple[Register, dict[str, LineCounters]], int]:
    """The JSON register of version 0.1 and its lines' counters; how many parts were unreadable."""
    register, skipped = Register.parse(data)
    lines = data.get("lines") or {} if isinstance(data, Mapping) else {}
    if not isinstance(lines, Mapping):
        raise StoredDataError("the lines' counters are not a mapping")
    counters = {str(entry_id): LineCounters.from_dict(value) for entry_id, value in lines.items()}
    return (register, counters), skipped


def _move_aside(path: Path) -> Path | None:
    """Move a log that cannot be read (and its side files) aside (blocking)."""
    stamp = dt_util.utcnow().strftime("%Y%m%dT%H%M%S")
    copy = path.with_name(f"{path.name}.unreadable-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(copy.with_name(copy.name + suffix))
    return copy if copy.exists() else None


def _keep_migrated(path: Path) -> None:
    """Keep the 0.1 register's file next to the log it moved into (blocking)."""
    if path.exists():
        path.replace(path.with_name(f"{path.name}.migrated"))
