"""Shared list subscriptions: fetch, keep the last good copy, feed the household.

Each subscription is a config entry of its own. Its document is fetched
with HA's shared aiohttp session (``lib.listclient``: ETag /
If-Modified-Since, timeout, size limit), parsed in an executor, and its
index handed to the household. The raw document of the last good download
is kept on disk, so the list also applies after a restart without network.
A failure keeps that copy, raises a repair issue naming the list and the
reason, and clears it once the list works again; a refused token asks for a
new one (re-authentication).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
import logging
from pathlib import Path
from typing import Any, Final

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.device_registry import DeviceEntryType, DeviceInfo
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.event import async_track_time_interval
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey
from homeassistant.util.signal_type import SignalType

from .const import (
    CONF_HEADER_NAME,
    CONF_HEADER_VALUE,
    CONF_LIST_MODE,
    CONF_MAX_SIZE_MB,
    CONF_REFRESH_HOURS,
    CONF_URL,
    DEFAULT_MAX_SIZE_MB,
    DEFAULT_REFRESH_HOURS,
    DOMAIN,
    LIST_MODE_ALLOW,
    STORAGE_VERSION,
)
from .errors import setup_error
from .group import GROUP, group_of_document
from .household import HOUSEHOLD, Household
from .lib.exceptions import ListFetchError, ListProblem
from .lib.files import write_atomically
from .lib.listclient import Download, ListClient, parse_document
from .lib.listformats import ParsedList
from .lib.matcher import MatchIndex
from .storage import async_keep_aside, async_load_checked
from .types import ListConfigEntry

_LOGGER = logging.getLogger(__name__)

LIST_PLATFORMS: Final = [Platform.SENSOR]


SHRINK_LIMIT: Final = 0.5
"""A new copy with fewer than this share of the last one's entries is held back."""
SHRINK_FROM: Final = 100
"""... once the last copy had at least this many (a list may shrink to nothing always)."""
FIRST_COPIES: HassKey[dict[str, FirstCopy]] = HassKey(f"{DOMAIN}_first_copies")


@dataclass(frozen=True, slots=True)
class FirstCopy:
    """A list the config flow downloaded and read, handed to the entry it creates."""

    download: Download
    parsed: ParsedList
    index: MatchIndex
    source: str
    allow: bool


@callback
def stash_first_copy(hass: HomeAssistant, url: str, first: FirstCopy) -> None:
    """Keep what the config flow read for the entry's set-up (no second download)."""
    hass.data.setdefault(FIRST_COPIES, {})[url] = first


def signal_list(entry_id: str) -> SignalType[()]:
    """Sent when a subscription's state (entries, last refresh, problem) changes."""
    return SignalType(f"{DOMAIN}_{entry_id}_list")


def list_headers(data: dict[str, Any] | Any) -> dict[str, str]:
    """The request headers a subscription sends (a token, if it has one)."""
    if name := str(data.get(CONF_HEADER_NAME) or "").strip():
        return {name: str(data.get(CONF_HEADER_VALUE) or "")}
    return {}


def _parse_state(stored: object) -> tuple[dict[str, str], int]:
    """A list's stored download state (ETag, Last-Modified, last success), as text."""
    if stored is None:
        return {}, 0
    if not isinstance(stored, Mapping):
        raise TypeError("the list's state is not a mapping")
    keys = ("etag", "last_modified", "last_success")
    state = {key: stored[key] for key in keys if isinstance(stored.get(key), str)}
    return state, sum(1 for key in keys if stored.get(key) is not None and key not in state)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


class ListSubscription:
    """One subscribed list and its state (the runtime data of its config entry)."""

    def __init__(self, hass: HomeAssistant, entry: ListConfigEntry, household: Household) -> None:
        self.hass = hass
        self.entry = entry
        self.household = household
        self.client = ListClient(async_get_clientsession(hass))
        self.name: str = entry.title
        self.source = f"list:{entry.title}"
        self.url: str = entry.data[CONF_URL]
        self.allow = entry.data.get(CONF_LIST_MODE) == LIST_MODE_ALLOW
        self.max_bytes = int(entry.options.get(CONF_MAX_SIZE_MB, DEFAULT_MAX_SIZE_MB)) << 20
        self.refresh_interval = timedelta(
            hours=float(entry.options.get(CONF_REFRESH_HOURS, DEFAULT_REFRESH_HOURS))
        )
        self.headers = list_headers(entry.data)
        self.cache_path = Path(hass.config.path(".storage", DOMAIN, f"list_{entry.entry_id}"))
        self._store: Store[dict[str, Any]] = Store(
            hass, STORAGE_VERSION, f"{DOMAIN}.list_{entry.entry_id}", private=True
        )
        self.entries = 0
        self.exact = 0
        self.ranges = 0
        self.skipped = 0
        self.format: str | None = None
        self.last_success: datetime | None = None
        self.last_attempt: datetime | None = None
        self.problem = ListProblem.OK
        self.detail: str | None = None
        self._etag: str | None = None
        self._last_modified: str | None = None
        self._refresh_lock = asyncio.Lock()
        self.accept_smaller = False
        """The user agreed (repair flow) that the list may shrink a lot at its next refresh."""

    @property
    def region(self) -> str:
        """Numbers in lists are read in the household's region."""
        return self.household.region

    @property
    def device_info(self) -> DeviceInfo:
        """The subscription as a service device."""
        return DeviceInfo(
            identifiers={(DOMAIN, self.entry.entry_id)},
            name=self.name,
            entry_type=DeviceEntryType.SERVICE,
            manufacturer="Nuisance Calls",
            model="Shared list",
        )

    async def async_start(self) -> None:
        """Apply the last good copy, then refresh in the background and periodically."""
        stored = await async_load_checked(
            self.hass, self._store, what="list state", parse=_parse_state, empty=dict[str, str]
        )
        self._etag = stored.get("etag")
        self._last_modified = stored.get("last_modified")
        if last := stored.get("last_success"):
            self.last_success = dt_util.parse_datetime(last)
        first = self.hass.data.get(FIRST_COPIES, {}).pop(self.url, None)
        if first is not None:
            # What the config flow downloaded and read moments ago.
            await self._use_first(first)
            self.entry.async_on_unload(
                async_track_time_interval(self.hass, self._scheduled_refresh, self.refresh_interval)
            )
            return
        body = await self.hass.async_add_executor_job(_read, self.cache_path)
        if body is not None:
            try:
                self._use(*await self._parse(body), check_shrink=False)
                await self._async_group(body)
            except ListFetchError as err:
                await async_keep_aside(
                    self.hass, self.cache_path, f"list_{self.entry.entry_id}", "list copy", str(err)
                )
                self._etag = self._last_modified = None
                body = None
        if body is None:
            # Nothing to apply yet (a new subscription): worth waiting for,
            # and without a first copy the list cannot work at all.
            async with self._refresh_lock:
                if (failure := await self._refresh()) is not None:
                    raise setup_error(failure, name=self.name)
        else:
            self.entry.async_create_background_task(
                self.hass, self.async_refresh(), f"{DOMAIN} first refresh of {self.name}"
            )
        self.entry.async_on_unload(
            async_track_time_interval(self.hass, self._scheduled_refresh, self.refresh_interval)
        )

    @callback
    def _scheduled_refresh(self, _now: datetime) -> None:
        self.entry.async_create_background_task(
            self.hass, self.async_refresh(), f"{DOMAIN} refresh of {self.name}"
        )

    async def async_refresh(self) -> bool:
        """Download and apply the list; on failure keep the last good copy."""
        async with self._refresh_lock:
            return await self._refresh() is None

    async def _refresh(self) -> ListFetchError | None:
        """A refresh; the error when it failed."""
        self.last_attempt = dt_util.utcnow()
        try:
            download = await self.client.fetch(
                self.url,
                headers=self.headers,
                max_bytes=self.max_bytes,
                etag=self._etag if self.format else None,
                last_modified=self._last_modified if self.format else None,
            )
            if download.body is not None:
                self._use(*await self._parse(download.body), check_shrink=True)
                await self._async_group(download.body)
                await self._keep(download)
        except ListFetchError as err:
            self._failed(err)
            return err
        await self._succeeded()
        return None

    async def _use_first(self, first: FirstCopy) -> None:
        """Apply the config flow's copy (read again if it was read for another name)."""
        if (first.source, first.allow) == (self.source, self.allow):
            self._use(first.parsed, first.index, check_shrink=False)
        else:
            assert first.download.body is not None
            self._use(*await self._parse(first.download.body), check_shrink=False)
        self.last_attempt = dt_util.utcnow()
        assert first.download.body is not None
        await self._async_group(first.download.body)
        await self._keep(first.download)
        await self._succeeded()

    async def _async_group(self, body: bytes) -> None:
        """A friend's share may carry their tally: the group's register takes it."""
        share = await self.hass.async_add_executor_job(group_of_document, body)
        self.hass.data[GROUP].set_friend(self.entry.entry_id, self.name, share)

    async def _keep(self, download: Download) -> None:
        """Store a downloaded copy for the next start (and its validators)."""
        assert download.body is not None
        await self.hass.async_add_executor_job(write_atomically, self.cache_path, download.body)
        self._etag, self._last_modified = download.etag, download.last_modified

    async def _succeeded(self) -> None:
        self.last_success = dt_util.utcnow()
        if self.problem is not ListProblem.OK:
            _LOGGER.info("List %s works again", self.name)
        self.problem, self.detail = ListProblem.OK, None
        ir.async_delete_issue(self.hass, DOMAIN, self.issue_id)
        await self._store.async_save(
            {
                "etag": self._etag,
                "last_modified": self._last_modified,
                "last_success": self.last_success.isoformat(),
            }
        )
        self._notify()

    async def _parse(self, body: bytes) -> tuple[ParsedList, MatchIndex]:
        return await self.hass.async_add_executor_job(
            parse_document, body, self.region, self.source, self.allow
        )

    def _use(self, parsed: ParsedList, index: MatchIndex, *, check_shrink: bool) -> None:
        """Put a copy in force; raises ``ListFetchError`` for one that shrank suspiciously.

        A list that is suddenly empty, or lost more than half of a hundred or
        more entries, is more likely a broken publisher than a real change:
        the last good copy stays until the user agrees (repair flow).
        """
        previous = self.entries if self.format else 0
        if (
            check_shrink
            and not self.accept_smaller
            and previous
            and (
                parsed.count == 0
                or (previous >= SHRINK_FROM and parsed.count < previous * SHRINK_LIMIT)
            )
        ):
            raise ListFetchError(ListProblem.SHRUNK, f"{parsed.count} of {previous} entries")
        self.accept_smaller = False
        self.household.set_list(self.entry.entry_id, index)
        self.entries = parsed.count
        self.exact = index.exact_count
        self.ranges = index.range_count
        self.skipped = parsed.skipped
        self.format = parsed.format.value

    @property
    def issue_id(self) -> str:
        """The repair issue of this list."""
        return f"list_failed_{self.entry.entry_id}"

    def _failed(self, err: ListFetchError) -> None:
        if self.problem is ListProblem.OK:
            _LOGGER.warning("Cannot refresh list %s: %s", self.name, err.detail)
        if err.problem is ListProblem.AUTH:
            self.entry.async_start_reauth(self.hass)
        self.problem, self.detail = err.problem, err.detail
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            self.issue_id,
            is_fixable=err.problem is ListProblem.SHRUNK,
            data={"entry_id": self.entry.entry_id},
            severity=ir.IssueSeverity.WARNING,
            translation_key=f"list_{err.problem.value}",
            translation_placeholders={
                "name": self.name,
                "detail": err.detail[:200],
                "entries": str(self.entries),
            },
        )
        self._notify()

    async def async_unload(self) -> None:
        """Stop applying this list."""
        self.household.set_list(self.entry.entry_id, None)
        self.hass.data[GROUP].set_friend(self.entry.entry_id, self.name, None)

    async def async_remove(self) -> None:
        """Forget the stored copy of a deleted subscription."""
        await self.hass.async_add_executor_job(lambda: self.cache_path.unlink(missing_ok=True))
        await self._store.async_remove()
        ir.async_delete_issue(self.hass, DOMAIN, self.issue_id)

    def _notify(self) -> None:
        async_dispatcher_send(self.hass, signal_list(self.entry.entry_id))


async def async_setup_list(hass: HomeAssistant, entry: ListConfigEntry) -> None:
    """Apply a subscription: its sensors, its last good copy, then refreshes."""
    subscription = entry.runtime_data = ListSubscription(hass, entry, hass.data[HOUSEHOLD])
    await subscription.async_start()
    await hass.config_entries.async_forward_entry_setups(entry, LIST_PLATFORMS)


async def async_unload_list(hass: HomeAssistant, entry: ListConfigEntry) -> bool:
    """Stop applying a list."""
    unloaded = await hass.config_entries.async_unload_platforms(entry, LIST_PLATFORMS)
    await entry.runtime_data.async_unload()
    return unloaded


async def async_remove_list(hass: HomeAssistant, entry: ListConfigEntry) -> None:
    """Forget a deleted subscription's stored copy."""
    if (household := hass.data.get(HOUSEHOLD)) is not None:
        await ListSubscription(hass, entry, household).async_remove()
