"""Block flagged numbers at the FRITZ!Box: keep its call barring list in step.

Optional per line (needs the TR-064 user and password). The box rejects a
barred number silently from its next call on. What goes there is chosen in
``lib.barring``; here it is written through the asyncio TR-064 client
(``lib.tr064``), after list or tally changes (debounced), every few hours
(the user may edit the list on the box), and again after a failure with a
growing pause. A diagnostic sensor shows the state.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
import logging
from typing import Any, Final

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.debounce import Debouncer
from homeassistant.helpers.dispatcher import async_dispatcher_connect, async_dispatcher_send
from homeassistant.helpers.event import async_call_later, async_track_time_interval
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util
from homeassistant.util.signal_type import SignalType

from .boxapi import BoxAccess, box_access, tr064_client
from .const import CONF_BLOCK_AT_BOX, CONF_BLOCK_CAP, DEFAULT_BLOCK_CAP, DOMAIN, STORAGE_VERSION
from .household import JUDGE_SLICE, SIGNAL_CHANGED, Household, HouseholdChange
from .lib.barring import BoxEntry, Candidate, Wanted, entry_xml, plan, select
from .lib.classifier import ListAction, Verdict
from .lib.exceptions import Tr064AuthError, Tr064Error
from .lib.numbers import dial_format
from .lib.tr064 import Tr064Client
from .storage import async_load_checked
from .types import LineConfigEntry

_LOGGER = logging.getLogger(__name__)

SYNC_COOLDOWN: Final = 5.0
"""Seconds to gather changes (a burst of flags) into one sync."""
RESYNC_INTERVAL: Final = timedelta(hours=6)
UNLOAD_WAIT: Final = 30.0
"""Seconds an unload waits for a sync that is writing (a few requests of 10 s at most)."""
RETRY_INITIAL: Final = 60.0
RETRY_MAX: Final = 3600.0
SHARED_SOURCE_PREFIX: Final = "list:"


class BarringState(StrEnum):
    """The state shown by ``sensor.<line>_call_barring``."""

    DISABLED = "disabled"
    PENDING = "pending"
    IN_SYNC = "in_sync"
    ERROR = "error"


@dataclass(slots=True)
class SyncResult:
    """What one sync did; ``ours`` is kept even when it failed half-way."""

    ours: dict[str, int]
    added: int = 0
    removed: int = 0
    by_hand: int = 0
    error: str | None = None
    auth_failed: bool = False


async def async_read_barring_list(client: Tr064Client) -> list[BoxEntry]:
    """The box's call barring list (entries without a uid are not ours to touch)."""
    return [
        BoxEntry(contact.uid, contact.name, contact.numbers)
        for contact in await client.call_barring_list()
        if contact.uid is not None
    ]


async def async_sync_box(
    client: Tr064Client, wanted: list[Wanted], result: SyncResult
) -> SyncResult:
    """Make the box hold ``wanted``, starting from the entries ``result.ours`` says we wrote.

    ``result`` is updated after every write, so what was written stays known
    when the sync fails or is cancelled half-way.
    """
    try:
        changes = plan(wanted, await async_read_barring_list(client), result.ours)
        result.ours = dict(changes.ours)
        result.by_hand = changes.by_hand
        for number in changes.remove:
            await client.delete_call_barring_entry(changes.ours[number])
            del result.ours[number]
            result.removed += 1
        for item in changes.add:
            result.ours[item.dial] = await client.set_call_barring_entry(entry_xml(item))
            result.added += 1
    except Tr064Error as err:
        result.error = err.reason
        result.auth_failed = isinstance(err, Tr064AuthError)
    return result


def _store(hass: HomeAssistant, entry_id: str) -> Store[dict[str, Any]]:
    return Store(hass, STORAGE_VERSION, f"{DOMAIN}.barring.{entry_id}", private=True)


def _parse_owned(stored: object) -> tuple[dict[str, int], int]:
    """The entries this line wrote (number -> uid); how many were unreadable."""
    if stored is None:
        return {}, 0
    owned = stored.get("owned") or {} if isinstance(stored, Mapping) else None
    if not isinstance(owned, Mapping):
        raise TypeError("the written entries are not a mapping")
    readable = {str(number): int(uid) for number, uid in owned.items() if str(uid).isdigit()}
    return readable, len(owned) - len(readable)


async def _async_load_owned(hass: HomeAssistant, store: Store[dict[str, Any]]) -> dict[str, int]:
    return await async_load_checked(
        hass, store, what="call barring entries", parse=_parse_owned, empty=dict
    )


async def async_remove_barring(hass: HomeAssistant, entry: LineConfigEntry) -> None:
    """A line was deleted: take the entries it wrote off the box (best effort), forget them."""
    store = _store(hass, entry.entry_id)
    owned = await _async_load_owned(hass, store)
    if owned and (access := box_access(entry.data)):
        result = await async_sync_box(tr064_client(hass, access), [], SyncResult(owned))
        if result.ours:
            _LOGGER.warning(
                "%s was removed; %s call barring entries it wrote stay on the box (%s)",
                entry.title,
                len(result.ours),
                result.error,
            )
    await store.async_remove()


@dataclass(slots=True)
class BarringStatus:
    """What the diagnostic sensor shows."""

    state: BarringState = BarringState.DISABLED
    barred: int = 0
    wanted: int = 0
    by_hand: int = 0
    last_sync: datetime | None = None
    last_error: str | None = None
    attempts: int = 0


def signal_barring(entry_id: str) -> SignalType[()]:
    """Sent when a line's call barring status changes."""
    return SignalType(f"{DOMAIN}_{entry_id}_barring")


class BarringSync:
    """Keeps one line's box call barring list in step with the flags."""

    def __init__(
        self, hass: HomeAssistant, entry: LineConfigEntry, household: Household, region: str
    ) -> None:
        self.hass = hass
        self.entry = entry
        self.household = household
        self.region = region
        options = self.entry.options
        self.access: BoxAccess | None = box_access(self.entry.data)
        self.enabled = bool(options.get(CONF_BLOCK_AT_BOX)) and self.access is not None
        self.cap = int(options.get(CONF_BLOCK_CAP, DEFAULT_BLOCK_CAP))
        self.status = BarringStatus()
        self.owned: dict[str, int] = {}
        self._synced: list[Wanted] | None = None
        self._retry_delay = RETRY_INITIAL
        self._cancel_retry: CALLBACK_TYPE | None = None
        self._lock = asyncio.Lock()
        self._store = _store(hass, self.entry.entry_id)
        self._debouncer = Debouncer(
            hass,
            _LOGGER,
            cooldown=SYNC_COOLDOWN,
            immediate=False,
            function=self._async_sync,
            background=True,
        )

    async def async_start(self) -> None:
        """Load what we wrote before; sync now and whenever flags change."""
        self.owned = await _async_load_owned(self.hass, self._store)
        self.status.barred = len(self.owned)
        if not self.enabled:
            if self.owned and self.access is not None:
                # Blocking was turned off: take back what we wrote, once.
                self.entry.async_create_background_task(
                    self.hass, self._async_sync(force=True), f"{DOMAIN} call barring cleanup"
                )
            return
        self.status.state = BarringState.PENDING
        self.entry.async_on_unload(
            async_dispatcher_connect(self.hass, SIGNAL_CHANGED, self._household_changed)
        )
        self.entry.async_on_unload(
            async_track_time_interval(self.hass, self._periodic, RESYNC_INTERVAL)
        )
        self.entry.async_on_unload(self._stop)
        self.entry.async_create_background_task(
            self.hass, self._async_sync(force=True), f"{DOMAIN} call barring {self.entry.title}"
        )

    async def async_unload(self) -> None:
        """Let a sync that is writing finish (else its entries would not be known as ours)."""
        if not self._lock.locked():
            return
        try:
            async with asyncio.timeout(UNLOAD_WAIT):
                async with self._lock:
                    pass
        except TimeoutError:
            _LOGGER.warning(
                "%s: unloaded while writing the call barring list; entries written"
                " in this last sync are not remembered as this integration's",
                self.entry.title,
            )

    @callback
    def _stop(self) -> None:
        self._debouncer.async_shutdown()
        if self._cancel_retry is not None:
            self._cancel_retry()
            self._cancel_retry = None

    def _notify(self) -> None:
        async_dispatcher_send(self.hass, signal_barring(self.entry.entry_id))

    @callback
    def _household_changed(self, change: HouseholdChange) -> None:
        """Flags and lists change what is barred; calls only reorder flagged callers.

        An unknown caller's call changes nothing here, so it costs no sync.
        """
        if (
            not change.calls
            or any(
                self._flagged_by_list(judged.number, judged.by_lists)
                for judged in change.callers.values()
            )
            or any(
                self._flagged_by_list(number, self.household.judge_by_lists(number))
                for number in change.removed
            )
        ):
            self._debouncer.async_schedule_call()

    @callback
    def _periodic(self, _now: datetime) -> None:
        self.entry.async_create_background_task(
            self.hass, self._async_sync(force=True), f"{DOMAIN} call barring {self.entry.title}"
        )

    @callback
    def _retry(self, _now: datetime) -> None:
        self._cancel_retry = None
        self.entry.async_create_background_task(
            self.hass, self._async_sync(force=True), f"{DOMAIN} call barring {self.entry.title}"
        )

    def _flagged_by_list(self, number: str, by_lists: Verdict) -> bool:
        """Whether a caller could be on the box's list (own flag, or a shared list's)."""
        entry = self.household.personal.get(number)
        if entry is not None:
            return entry.action is ListAction.FLAG
        return by_lists.is_nuisance and any(
            source.startswith(SHARED_SOURCE_PREFIX) for source in by_lists.sources
        )

    async def async_wanted(self) -> list[Wanted]:
        """The numbers that should be barred now, best first, capped.

        Shared lists' callers are looked for among every caller, a slice at a
        time (``JUDGE_SLICE``) with the event loop's turns between.
        """
        if not self.enabled:
            return []
        household = self.household
        personal: list[Candidate] = []
        for entry in household.personal:
            if entry.action is not ListAction.FLAG:
                continue
            if (dial := dial_format(entry.number, self.region)) is None:
                continue
            tally = household.register.get(entry.number)
            count = tally.count if tally else 0
            last = tally.last_seen if tally and tally.last_seen else entry.added
            personal.append(Candidate(dial, entry.label, count, last))
        shared: list[Candidate] = []
        numbers = list(household.register.callers)
        for at, number in enumerate(numbers):
            if at and not at % JUDGE_SLICE:
                await asyncio.sleep(0)
            tally = household.register.get(number)
            if tally is None or household.personal.get(number) is not None:
                continue
            verdict = household.judge_by_lists(tally.number)
            if not self._flagged_by_list(tally.number, verdict):
                continue
            if (dial := dial_format(tally.number, self.region)) is None:
                continue
            shared.append(Candidate(dial, verdict.label or "", tally.count, tally.last_seen))
        return select(personal, shared, self.cap)

    async def _async_sync(self, *, force: bool = False) -> None:
        """Bring the box in step, one sync at a time."""
        async with self._lock:
            await self._async_sync_locked(force=force)

    async def _async_sync_locked(self, *, force: bool) -> None:
        wanted = await self.async_wanted()
        if not force and wanted == self._synced and self.status.state is BarringState.IN_SYNC:
            return
        assert self.access is not None
        self.status.attempts += 1
        if self.status.state is not BarringState.ERROR:
            self.status.state = BarringState.PENDING  # writing now
            self._notify()
        result = SyncResult(ours=dict(self.owned))
        try:
            await async_sync_box(tr064_client(self.hass, self.access), wanted, result)
        except asyncio.CancelledError:
            # HA is stopping: remember what was written (saved with the final write).
            self.owned = result.ours
            self._store.async_delay_save(lambda: {"owned": dict(self.owned)})
            raise
        self.owned = result.ours
        await self._store.async_save({"owned": self.owned})
        status = self.status
        status.barred, status.wanted, status.by_hand = len(self.owned), len(wanted), result.by_hand
        if result.error is not None:
            if result.auth_failed:
                self.entry.async_start_reauth(self.hass)
            self._failed(result.error)
        elif not self.enabled:
            status.state = BarringState.DISABLED
        else:
            if status.state is BarringState.ERROR:
                _LOGGER.info("%s: the call barring list can be written again", self.entry.title)
            status.state = BarringState.IN_SYNC
            status.last_error = None
            status.last_sync = dt_util.utcnow()
            self._synced = wanted
            self._retry_delay = RETRY_INITIAL
            if result.added or result.removed:
                _LOGGER.debug(
                    "%s: call barring +%s -%s", self.entry.title, result.added, result.removed
                )
        self._notify()

    def _failed(self, reason: str) -> None:
        status = self.status
        if status.state is not BarringState.ERROR:
            _LOGGER.warning(
                "%s: cannot write the FRITZ!Box call barring list (%s); retrying in %.0f s",
                self.entry.title,
                reason,
                self._retry_delay,
            )
        status.state = BarringState.ERROR
        status.last_error = reason
        if self._cancel_retry is None:
            self._cancel_retry = async_call_later(self.hass, self._retry_delay, self._retry)
            self._retry_delay = min(self._retry_delay * 2, RETRY_MAX)
