"""Shared list subscriptions: fetch, keep the last good copy, feed the index.

Each subscription is a config entry of its own. Its document is fetched
with HA's shared aiohttp session (ETag / If-Modified-Since, timeout, size
limit), parsed in an executor, and its records handed to the domain's index.
The raw document of the last good download is kept on disk, so the list
also applies after a restart without network. A failure keeps that copy,
raises a repair issue naming the list and the reason, and clears it once the
list works again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
import logging
import os
from pathlib import Path
from typing import Any, Final

import aiohttp
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.device_registry import DeviceEntryType, DeviceInfo
from homeassistant.helpers.event import async_track_time_interval
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from .const import (
    CONF_HEADER_NAME,
    CONF_HEADER_VALUE,
    CONF_LIST_MODE,
    CONF_MAX_SIZE_MB,
    CONF_REFRESH_HOURS,
    CONF_URL,
    DEFAULT_MAX_SIZE_MB,
    DEFAULT_REFRESH_HOURS,
    DEFAULT_REGION,
    DOMAIN,
    LIST_MODE_ALLOW,
    STORAGE_VERSION,
)
from .data import NuisanceData
from .lib import isolated
from .lib.isolated import parse_and_build, parse_and_build_isolated
from .lib.listformats import ListFormatError, ParsedList
from .lib.matcher import MatchIndex

_LOGGER = logging.getLogger(__name__)

FETCH_TIMEOUT: Final = aiohttp.ClientTimeout(total=60, sock_connect=15)
_CHUNK: Final = 1 << 16


class ListProblem(StrEnum):
    """Why a list could not be refreshed (the state of its last-error sensor)."""

    OK = "ok"
    UNREACHABLE = "unreachable"
    HTTP_ERROR = "http_error"
    TOO_LARGE = "too_large"
    MALFORMED = "malformed"


class ListFetchError(Exception):
    """A download or parse failed; ``problem`` says why, ``detail`` for logs."""

    def __init__(self, problem: ListProblem, detail: str) -> None:
        super().__init__(detail)
        self.problem = problem
        self.detail = detail


@dataclass(slots=True)
class Download:
    """A fetched document (None body: not modified since the last one)."""

    body: bytes | None
    etag: str | None
    last_modified: str | None


async def async_download(
    hass: HomeAssistant,
    url: str,
    *,
    headers: dict[str, str],
    max_bytes: int,
    etag: str | None = None,
    last_modified: str | None = None,
) -> Download:
    """Fetch a list document, refusing anything over ``max_bytes``."""
    request_headers = dict(headers)
    if etag:
        request_headers["If-None-Match"] = etag
    if last_modified:
        request_headers["If-Modified-Since"] = last_modified
    session = async_get_clientsession(hass)
    try:
        async with session.get(url, headers=request_headers, timeout=FETCH_TIMEOUT) as response:
            if response.status == 304:
                return Download(None, etag, last_modified)
            if response.status != 200:
                raise ListFetchError(ListProblem.HTTP_ERROR, f"HTTP {response.status}")
            if (response.content_length or 0) > max_bytes:
                raise ListFetchError(
                    ListProblem.TOO_LARGE, f"{response.content_length} bytes > {max_bytes}"
                )
            body = bytearray()
            async for chunk in response.content.iter_chunked(_CHUNK):
                body += chunk
                if len(body) > max_bytes:
                    raise ListFetchError(ListProblem.TOO_LARGE, f"more than {max_bytes} bytes")
            return Download(
                bytes(body), response.headers.get("ETag"), response.headers.get("Last-Modified")
            )
    except (aiohttp.ClientError, TimeoutError, ValueError) as err:
        raise ListFetchError(ListProblem.UNREACHABLE, str(err) or type(err).__name__) from err


def parse_document(
    body: bytes, region: str, source: str, allow: bool
) -> tuple[ParsedList, MatchIndex]:
    """Parse a document and build its index (blocking: run in an executor).

    The entries go straight from the parser into the index builder, so no
    object per entry outlives this call.
    """
    big = len(body) >= isolated.ISOLATE_FROM_BYTES
    build = parse_and_build_isolated if big else parse_and_build
    try:
        return build(body, region, source, allow)
    except ListFormatError as err:
        raise ListFetchError(ListProblem.MALFORMED, str(err)) from err


def _write_atomically(path: Path, body: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_bytes(body)
    os.replace(temporary, path)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


class ListSubscription:
    """One subscribed list and its state."""

    def __init__(self, hass: HomeAssistant, entry: ConfigEntry, data: NuisanceData) -> None:
        self.hass = hass
        self.entry = entry
        self.data = data
        self.name: str = entry.title
        self.source = f"list:{entry.title}"
        self.url: str = entry.data[CONF_URL]
        self.allow = entry.data.get(CONF_LIST_MODE) == LIST_MODE_ALLOW
        self.max_bytes = int(entry.options.get(CONF_MAX_SIZE_MB, DEFAULT_MAX_SIZE_MB)) << 20
        self.refresh_interval = timedelta(
            hours=float(entry.options.get(CONF_REFRESH_HOURS, DEFAULT_REFRESH_HOURS))
        )
        self.headers: dict[str, str] = {}
        if name := entry.data.get(CONF_HEADER_NAME):
            self.headers[name] = entry.data.get(CONF_HEADER_VALUE, "")
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
        self._listeners: list[Callable[[], None]] = []
        self._refresh_lock = asyncio.Lock()

    @property
    def region(self) -> str:
        """Numbers in lists are read in HA's country (lines may differ)."""
        return (self.hass.config.country or DEFAULT_REGION).upper()

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
        stored = await self._store.async_load() or {}
        self._etag = stored.get("etag")
        self._last_modified = stored.get("last_modified")
        if last := stored.get("last_success"):
            self.last_success = dt_util.parse_datetime(last)
        body = await self.hass.async_add_executor_job(_read, self.cache_path)
        if body is not None:
            try:
                await self._apply(body)
            except ListFetchError as err:
                _LOGGER.warning("Stored copy of list %s is unreadable: %s", self.name, err)
                self._etag = self._last_modified = None
                body = None
        if body is None:
            # Nothing to apply yet (a new subscription): worth waiting for.
            await self.async_refresh()
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
            return await self._refresh()

    async def _refresh(self) -> bool:
        self.last_attempt = dt_util.utcnow()
        try:
            download = await async_download(
                self.hass,
                self.url,
                headers=self.headers,
                max_bytes=self.max_bytes,
                etag=self._etag if self.format else None,
                last_modified=self._last_modified if self.format else None,
            )
            if download.body is not None:
                await self._apply(download.body)
                await self.hass.async_add_executor_job(
                    _write_atomically, self.cache_path, download.body
                )
                self._etag, self._last_modified = download.etag, download.last_modified
        except ListFetchError as err:
            self._failed(err)
            return False
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
        return True

    async def _apply(self, body: bytes) -> None:
        parsed, index = await self.hass.async_add_executor_job(
            parse_document, body, self.region, self.source, self.allow
        )
        self.data.async_set_list(self.entry.entry_id, index)
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
        self.problem, self.detail = err.problem, err.detail
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            self.issue_id,
            is_fixable=False,
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
        self.data.async_set_list(self.entry.entry_id, None)

    async def async_remove(self) -> None:
        """Forget the stored copy of a deleted subscription."""
        await self.hass.async_add_executor_job(lambda: self.cache_path.unlink(missing_ok=True))
        await self._store.async_remove()
        ir.async_delete_issue(self.hass, DOMAIN, self.issue_id)

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()

    @callback
    def async_listen(self, listener: Callable[[], None]) -> CALLBACK_TYPE:
        """Call ``listener`` when the list's state changes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)
