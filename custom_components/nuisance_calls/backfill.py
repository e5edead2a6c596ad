"""Calls the box saw while Home Assistant did not, counted from its call list.

A FRITZ!Box line with a TR-064 user reads the box's call list at every start,
after every reconnect of the call monitor and every hour, and counts the
incoming calls since the last read that the register lacks (``lib.backfill``:
exactly once, by the box's call id and by time and number). They are marked
``backfilled``; no call events fire for the past, only one summary event
(``nuisance_calls_calls_backfilled``) per read that found any.

The box also knows its own country and area code: its callers from the same
area arrive as bare subscriber numbers (``1234567``), which are completed
with that area code on this line (live and from the list).
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
import logging
from typing import Any, Final

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.event import async_track_time_interval
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from .boxapi import BoxAccess, tr064_client
from .calls import LineCalls, signal_connection
from .const import DOMAIN, STORAGE_VERSION
from .household import Household
from .lib.backfill import box_outcome, plan_backfill
from .lib.exceptions import StoredDataError, Tr064AuthError, Tr064Error
from .lib.numbers import region_for_country_code
from .lib.register import CallRecord
from .lib.tr064 import Tr064Client
from .storage import async_load_checked
from .types import LineConfigEntry

_LOGGER = logging.getLogger(__name__)

EVENT_BACKFILLED: Final = f"{DOMAIN}_calls_backfilled"
INTERVAL: Final = timedelta(hours=1)


class CallListBackfill:
    """Reads one FRITZ!Box line's call list and counts what the register lacks."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: LineConfigEntry,
        household: Household,
        calls: LineCalls,
        access: BoxAccess,
    ) -> None:
        self.hass = hass
        self.entry = entry
        self.household = household
        self.calls = calls
        self.access = access
        self._store: Store[dict[str, Any]] = Store(
            hass, STORAGE_VERSION, f"{DOMAIN}.backfill.{entry.entry_id}", private=True
        )
        self.since: datetime | None = None
        """Box calls from this time on are compared with the register."""
        self.last_error: str | None = None
        self.backfilled = 0
        """Calls counted from the call list since the line started."""
        self._lock = asyncio.Lock()
        self._tasks: set[asyncio.Task[int]] = set()
        self._codes_known = False

    @callback
    def async_start(self) -> None:
        """Read the call list now (in the background), after reconnects and hourly."""
        self._run()
        was_connected = self.calls.connected

        @callback
        def connection_changed() -> None:
            nonlocal was_connected
            if self.calls.connected and not was_connected:
                self._run()
            was_connected = self.calls.connected

        self.entry.async_on_unload(
            async_dispatcher_connect(
                self.hass, signal_connection(self.entry.entry_id), connection_changed
            )
        )
        self.entry.async_on_unload(
            async_track_time_interval(self.hass, lambda _now: self._run(), INTERVAL)
        )

    @callback
    def _run(self) -> None:
        task = self.entry.async_create_background_task(
            self.hass, self.async_backfill(), f"{DOMAIN} call list {self.entry.title}"
        )
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def async_idle(self) -> None:
        """Until no read is under way (or waiting)."""
        while self._tasks:
            await asyncio.wait(set(self._tasks))

    async def async_backfill(self) -> int:
        """Read the call list once; how many calls were counted from it."""
        async with self._lock:
            try:
                return await self._backfill()
            except Tr064Error as err:
                if isinstance(err, Tr064AuthError):
                    self.entry.async_start_reauth(self.hass)
                if self.last_error is None:
                    _LOGGER.warning(
                        "Cannot read the call list of %s (%s); calls missed meanwhile are"
                        " counted once it can be read",
                        self.entry.title,
                        err,
                    )
                self.last_error = err.reason
                return 0

    async def _backfill(self) -> int:
        client = tr064_client(self.hass, self.access)
        if not self._codes_known:
            await self._learn_home_codes(client)
        if self.since is None:
            self.since = await self._load_since()
        since = self.since
        box = await client.call_list()
        timezone = dt_util.get_default_time_zone()
        store = self.household.store
        known = await store.async_box_ids(since - timedelta(days=1))
        register = self.household.register

        def recorded(number: str) -> list[CallRecord]:
            tally = register.get(number)
            return tally.history if tally is not None else []

        plan = plan_backfill(
            box.calls,
            entry_id=self.entry.entry_id,
            since=since,
            timezone=timezone,
            normalize=self.calls.normalize,
            recorded=recorded,
            known_ids=known,
        )
        self.household.link_box_calls(plan.linked)
        past = [
            (
                number,
                CallRecord(
                    call_id=f"box-{call.id}",
                    time=time,
                    line=call.port,
                    outcome=box_outcome(call),
                    duration=call.duration_seconds,
                    entry_id=self.entry.entry_id,
                    box_id=call.id,
                    backfilled=True,
                ),
            )
            for number, call, time in plan.missing
        ]
        if past:
            change = self.household.record_past_calls(self.entry.entry_id, self.calls.rules, past)
            self.household.publish(change)
            self.calls.counted_afterwards()
            nuisance = sum(1 for _number, record in past if record.verdict == "nuisance")
            _LOGGER.info(
                "%s: counted %s calls from the box's call list that Home Assistant missed",
                self.entry.title,
                len(past),
            )
            self.hass.bus.async_fire(
                EVENT_BACKFILLED,
                {
                    "entry_id": self.entry.entry_id,
                    "line": self.entry.title,
                    "calls": len(past),
                    "nuisance_calls": nuisance,
                },
            )
        # Next time, start at the newest call that is over, but not past one
        # that still went on (it is counted once it is over).
        later = max(since, plan.newest) if plan.newest is not None else since
        if plan.ongoing:
            later = min(later, *plan.ongoing)
        self.since = later
        await self._store.async_save({"since": later.isoformat()})
        if self.last_error is not None:
            _LOGGER.info("The call list of %s can be read again", self.entry.title)
        self.last_error = None
        self.backfilled += len(past)
        return len(past)

    async def _learn_home_codes(self, client: Tr064Client) -> None:
        """Complete local callers' numbers with the box's area code (same country only)."""
        try:
            country, area = await client.home_codes()
        except Tr064AuthError:
            raise
        except Tr064Error as err:
            # An older box without these settings: numbers stay as they come.
            _LOGGER.debug("%s: the box's area code is unknown (%s)", self.entry.title, err)
        else:
            if region_for_country_code(country) == self.calls.region and area:
                self.calls.area_code = area
        self._codes_known = True

    async def _load_since(self) -> datetime:
        """Where the last read ended; for a line's first read, its latest recorded call."""
        stored: dict[str, datetime] = await async_load_checked(
            self.hass, self._store, what="call list position", parse=_parse_state, empty=dict
        )
        if (since := stored.get("since")) is not None:
            return since
        latest = await self.household.store.async_latest(self.entry.entry_id)
        # Never read before: what the box has since this line's latest call (or from now).
        return latest if latest is not None else dt_util.now()


async def async_remove_backfill(hass: HomeAssistant, entry_id: str) -> None:
    """Forget where a deleted line's reads of the call list were."""
    await Store[dict[str, Any]](
        hass, STORAGE_VERSION, f"{DOMAIN}.backfill.{entry_id}", private=True
    ).async_remove()


def _parse_state(data: object) -> tuple[dict[str, datetime], int]:
    if data is None:
        return {}, 0
    if not isinstance(data, dict) or not isinstance(data.get("since"), str):
        raise StoredDataError("the call list position is not {'since': <time>}")
    since = dt_util.parse_datetime(data["since"])
    if since is None or since.tzinfo is None:
        raise StoredDataError("the call list position is not a time")
    return {"since": since}, 0
