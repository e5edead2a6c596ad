"""PhoneBlock (phoneblock.net) as a source, and reporting back (a config entry of its own).

- **The community blocklist** is synced into the household's index within
  PhoneBlock's rules: the full list when the entry is added and then at most
  once a month, what changed (``since=<version>``, votes 0 removes a number)
  at most once a day, each time at a random moment 24-26 hours after the
  last one (never at a fixed hour). The numbers and the version are kept
  with HA's ``Store``, so a restart downloads nothing.
- **Per-call look-ups** for callers the synced list does not hold, with the
  deadline, cache and daily budget of tellows (``lib.lookup``), by the SHA-1
  of the number, as PhoneBlock recommends.
- **Reporting**: with the option on, a person's flag (``flag_number``, the
  card, the button, the phone) is reported with the rating of its tag, an
  allow as ``A_LEGITIMATE``; never a contact of a phone book, never a number
  twice (what was reported is stored); a failed report is retried later and
  shown as a repair issue and in the log until it went through.

A refused token asks for a new one (re-authentication); HTTP 429 is honoured
for as long as its ``Retry-After`` says.
"""

from __future__ import annotations

from array import array
import asyncio
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
import logging
import random
from typing import Any, Final

from homeassistant.const import EVENT_HOMEASSISTANT_STOP
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.event import async_track_point_in_utc_time
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from .const import (
    CONF_CACHE_HOURS,
    CONF_DAILY_BUDGET,
    CONF_REPORT,
    CONF_THRESHOLD,
    CONF_TOKEN,
    DEFAULT_CACHE_HOURS,
    DEFAULT_DAILY_BUDGET,
    DEFAULT_PHONEBLOCK_THRESHOLD,
    DOMAIN,
    STORAGE_VERSION,
)
from .errors import setup_error
from .household import HOUSEHOLD, Household
from .lib.classifier import ListAction, ListEntry
from .lib.exceptions import ReputationAuthError, ReputationError, ReputationRateLimitError
from .lib.matcher import Match, MatchIndex
from .lib.phoneblock import (
    SOURCE_PHONEBLOCK,
    PhoneBlockClient,
    Rating,
    blocklist_records,
    info_match,
    parse_blocklist,
    rating_for,
)
from .types import PhoneBlockConfigEntry

_LOGGER = logging.getLogger(__name__)

PHONEBLOCK_URL: Final = "https://phoneblock.net/phoneblock"
LOOKUP_DEADLINE: Final = 1.0
"""Seconds a ringing call waits at most for PhoneBlock (in the background)."""
FULL_EVERY: Final = timedelta(days=30)
"""PhoneBlock: a full download at most once a month."""
UPDATE_EVERY: Final = timedelta(days=1)
"""PhoneBlock: an update at most once a day ..."""
UPDATE_SPREAD: Final = timedelta(hours=2)
"""... at a random moment within this much after that day (never a fixed hour)."""
RETRY_FIRST: Final = timedelta(hours=1)
"""After a failed download: wait this (doubling, randomised), up to a day."""
AFTER_START: Final = (timedelta(minutes=1), timedelta(minutes=15))
"""A sync that fell due while HA was off runs at a random moment in this window."""
CONTACT_SOURCE_PREFIX: Final = "phonebook:"
"""The index's source of a phone book's contacts (``phonebook.PhonebookSync``)."""
MAX_PENDING_REPORTS: Final = 500

rng = random.SystemRandom()
"""Where the random moments come from (tests replace it)."""


def _synced_keys(phones: Iterable[str]) -> array[int]:
    """The synced numbers as sorted int64s (8 bytes each; no object per number)."""
    return array("q", sorted(int(phone[1:]) for phone in phones))


def _build(numbers: Mapping[str, tuple[Rating, int]], threshold: int) -> tuple[MatchIndex, Any]:
    return MatchIndex(blocklist_records(numbers, threshold)), _synced_keys(numbers)


def _stored_numbers(raw: object) -> dict[str, tuple[Rating, int]]:
    """The kept numbers; an entry that is not ``phone: [rating, votes]`` is left out."""
    numbers: dict[str, tuple[Rating, int]] = {}
    if not isinstance(raw, dict):
        return numbers
    for phone, value in raw.items():
        try:
            rating, votes = value
            numbers[phone] = (Rating(rating), int(votes))
        except TypeError, ValueError:
            continue
    return numbers


def _merge(
    raw: object, body: bytes, full: bool
) -> tuple[dict[str, tuple[Rating, int]], int, int, dict[str, list[Any]]]:
    """A download applied to the kept numbers: (numbers, version, rejected, to keep).

    All of it off the event loop: a full list has some 100,000 numbers.
    """
    blocklist = parse_blocklist(body)
    numbers = {} if full else _stored_numbers(raw)
    for item in blocklist.numbers:
        if item.votes > 0:
            numbers[item.phone] = (item.rating, item.votes)
        else:
            numbers.pop(item.phone, None)
    keep = {phone: [rating.value, votes] for phone, (rating, votes) in numbers.items()}
    return numbers, blocklist.version, blocklist.rejected, keep


def _mapping(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _strings(value: object) -> dict[str, str]:
    return {k: v for k, v in _mapping(value).items() if isinstance(v, str)}


def _time(value: object) -> datetime | None:
    return dt_util.parse_datetime(value) if isinstance(value, str) else None


class PhoneBlockProvider:
    """The runtime data of the PhoneBlock entry: the household's look-up and reporter."""

    def __init__(self, hass: HomeAssistant, entry: PhoneBlockConfigEntry) -> None:
        self.hass = hass
        self.entry = entry
        self.household: Household = hass.data[HOUSEHOLD]
        options = entry.options
        self.threshold = int(options.get(CONF_THRESHOLD, DEFAULT_PHONEBLOCK_THRESHOLD))
        self.reporting = bool(options.get(CONF_REPORT, False))
        self.client = PhoneBlockClient(
            async_get_clientsession(hass),
            entry.data[CONF_TOKEN],
            base_url=PHONEBLOCK_URL,
            cache_ttl=float(options.get(CONF_CACHE_HOURS, DEFAULT_CACHE_HOURS)) * 3600,
            daily_budget=int(options.get(CONF_DAILY_BUDGET, DEFAULT_DAILY_BUDGET)),
            today=lambda: dt_util.now().date(),
        )
        self._list_store: Store[dict[str, Any]] = Store(
            hass, STORAGE_VERSION, f"{DOMAIN}.phoneblock.{entry.entry_id}", private=True
        )
        self._report_store: Store[dict[str, Any]] = Store(
            hass, STORAGE_VERSION, f"{DOMAIN}.phoneblock_reports.{entry.entry_id}", private=True
        )
        self._synced: array[int] = array("q")
        self.version: int | None = None
        self.full_at: datetime | None = None
        self.synced_at: datetime | None = None
        self.next_sync: datetime | None = None
        self.sync_error: str | None = None
        self._failures = 0
        self.reported: dict[str, str] = {}
        """Number -> rating of every report PhoneBlock accepted (never sent again)."""
        self.pending: dict[str, str] = {}
        """Reports not (yet) accepted: retried after the next sync or report."""
        self.report_error: str | None = None
        self._cancel_timer: Any = None
        self._sending = asyncio.Lock()

    # ----------------------------------------------------------------- look-ups

    @property
    def synced_numbers(self) -> int:
        """How many numbers the synced list holds."""
        return len(self._synced)

    def _in_synced_list(self, number: str) -> bool:
        if not self._synced or not number[1:].isdigit():
            return False
        key = int(number[1:])
        at = bisect_left(self._synced, key)
        return at < len(self._synced) and self._synced[at] == key

    def cached(self, number: str) -> tuple[bool, Match | None]:
        """(known, what PhoneBlock says) without I/O; the synced list needs no look-up."""
        if self._in_synced_list(number):
            return True, None
        known, info = self.client.cached(number)
        return known, info_match(info, self.threshold) if info is not None else None

    async def async_lookup(self, number: str) -> Match | None:
        """Ask PhoneBlock within the deadline; None if it knows nothing (or failed)."""
        try:
            info = await self.client.lookup(number, LOOKUP_DEADLINE)
        except ReputationAuthError:
            self.entry.async_start_reauth(self.hass)
            return None
        return info_match(info, self.threshold) if info is not None else None

    # ------------------------------------------------------------------ the list

    async def async_load(self) -> None:
        """The synced list and the reports as stored (nothing stored: a first start)."""
        stored = _mapping(await self._list_store.async_load())
        reports = _mapping(await self._report_store.async_load())
        self.reported = _strings(reports.get("reported"))
        self.pending = _strings(reports.get("pending"))
        version = stored.get("version")
        self.version = version if isinstance(version, int) else None
        self.full_at = _time(stored.get("full_at"))
        self.synced_at = _time(stored.get("synced_at"))
        self.next_sync = _time(stored.get("next_sync"))
        numbers = await self.hass.async_add_executor_job(_stored_numbers, stored.get("numbers"))
        if numbers:
            await self._apply(numbers)

    async def _apply(self, numbers: Mapping[str, tuple[Rating, int]]) -> None:
        index, synced = await self.hass.async_add_executor_job(_build, numbers, self.threshold)
        self._synced = synced
        self.household.set_list(self.source_id, index)

    @property
    def source_id(self) -> str:
        """The synced list's id in the household's index."""
        return f"phoneblock_{self.entry.entry_id}"

    def start(self) -> None:
        """Schedule the next sync (at once for a first download); send waiting reports."""
        now = dt_util.utcnow()
        if self.pending:
            self.entry.async_create_background_task(
                self.hass, self._async_send_pending(), f"{DOMAIN} PhoneBlock reports"
            )
        if self.version is None:
            # The first download: when the user added PhoneBlock (or it never worked yet).
            self.entry.async_create_background_task(
                self.hass, self.async_sync(), f"{DOMAIN} PhoneBlock sync"
            )
        elif self.next_sync is None or self.next_sync <= now:
            low, high = AFTER_START
            seconds = rng.uniform(low.total_seconds(), high.total_seconds())
            self._schedule(now + timedelta(seconds=seconds))
        else:
            self._schedule(self.next_sync)

    def _schedule(self, when: datetime) -> None:
        self.stop()
        self.next_sync = when
        self._cancel_timer = async_track_point_in_utc_time(self.hass, self._due, when)

    def stop(self) -> None:
        """Cancel the next sync."""
        if self._cancel_timer is not None:
            self._cancel_timer()
            self._cancel_timer = None

    @callback
    def _due(self, _now: datetime) -> None:
        self._cancel_timer = None
        self.entry.async_create_background_task(
            self.hass, self.async_sync(), f"{DOMAIN} PhoneBlock sync"
        )

    def _full_due(self, now: datetime) -> bool:
        return self.version is None or self.full_at is None or now - self.full_at >= FULL_EVERY

    async def async_sync(self) -> None:
        """Download the full list or the update that is due, then schedule the next."""
        now = dt_util.utcnow()
        full = self._full_due(now)
        try:
            body = await self.client.blocklist_body(None if full else self.version)
            stored = {} if full else _mapping(await self._list_store.async_load())
            numbers, version, rejected, keep = await self.hass.async_add_executor_job(
                _merge, stored.get("numbers"), body, full
            )
        except ReputationError as err:
            self._sync_failed(err, now)
            return
        except ValueError as err:
            self._sync_failed(ReputationError("bad_answer", str(err)), now)
            return
        if rejected:
            _LOGGER.warning("PhoneBlock: %s entries of the blocklist were unreadable", rejected)
        self.version, self.synced_at, self.sync_error, self._failures = version, now, None, 0
        if full:
            self.full_at = now
        await self._apply(numbers)
        spread = rng.uniform(0, UPDATE_SPREAD.total_seconds())
        self._schedule(now + UPDATE_EVERY + timedelta(seconds=spread))
        await self._list_store.async_save(
            {
                "version": self.version,
                "full_at": self.full_at.isoformat() if self.full_at else None,
                "synced_at": now.isoformat(),
                "next_sync": self.next_sync.isoformat() if self.next_sync else None,
                "numbers": keep,
            }
        )
        _LOGGER.debug("PhoneBlock: %s numbers, version %s", len(numbers), version)
        if self.pending:
            await self._async_send_pending()

    def _sync_failed(self, err: ReputationError, now: datetime) -> None:
        if self.sync_error is None:
            _LOGGER.warning("PhoneBlock: cannot download the blocklist: %s", err.reason)
        self.sync_error = err.reason
        if isinstance(err, ReputationAuthError):
            self.entry.async_start_reauth(self.hass)
            return
        self._failures += 1
        wait = min(RETRY_FIRST * 2 ** (self._failures - 1), UPDATE_EVERY)
        if isinstance(err, ReputationRateLimitError):
            wait = max(wait, timedelta(seconds=err.retry_after))
        wait += timedelta(seconds=rng.uniform(0, wait.total_seconds() / 2))
        self._schedule(now + wait)

    # -------------------------------------------------------------- reporting

    def _is_contact(self, number: str) -> bool:
        match = self.household.index.lookup(number)
        return (
            match is not None
            and match.allowed
            and any(source.startswith(CONTACT_SOURCE_PREFIX) for source in match.sources)
        )

    def report(self, entry: ListEntry) -> None:
        """A person flagged or allowed a number: report it once, if reporting is on."""
        number = entry.number
        if (
            not self.reporting
            or not number.startswith("+")
            or number in self.reported
            or number in self.pending
            or self._is_contact(number)
        ):
            return
        if len(self.pending) >= MAX_PENDING_REPORTS:
            _LOGGER.warning(
                "PhoneBlock: %s reports are waiting already; this one is not kept",
                MAX_PENDING_REPORTS,
            )
            return
        rating = rating_for(entry.tags, allow=entry.action is ListAction.ALLOW)
        self.pending[number] = rating.value
        # Tracked (not a background task): a report is short, and HA waits for it at stop.
        self.entry.async_create_task(
            self.hass, self._async_send_pending(), f"{DOMAIN} PhoneBlock report"
        )

    async def _async_send_pending(self) -> None:
        """Send every report not yet accepted; keep the failed ones for later."""
        async with self._sending:
            await self._send_pending()

    async def _send_pending(self) -> None:
        await self._save_reports()
        for number, rating in list(self.pending.items()):
            try:
                await self.client.rate(number, Rating(rating))
            except ReputationError as err:
                self._report_failed(err)
                break
            except TimeoutError:
                self._report_failed(ReputationError("timeout"))
                break
            self.pending.pop(number, None)
            self.reported[number] = rating
        else:
            if self.report_error is not None:
                _LOGGER.info("PhoneBlock: the delayed reports went through")
            self.report_error = None
            ir.async_delete_issue(self.hass, DOMAIN, self.issue_id)
        await self._save_reports()

    @property
    def issue_id(self) -> str:
        """The repair issue of failed reports."""
        return f"phoneblock_report_failed_{self.entry.entry_id}"

    def _report_failed(self, err: ReputationError) -> None:
        if self.report_error is None:
            _LOGGER.warning(
                "PhoneBlock: a report failed (%s); it is sent again after the next sync",
                err,
            )
        self.report_error = err.reason
        if isinstance(err, ReputationAuthError):
            self.entry.async_start_reauth(self.hass)
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            self.issue_id,
            is_fixable=False,
            severity=ir.IssueSeverity.WARNING,
            translation_key="phoneblock_report_failed",
            translation_placeholders={"count": str(len(self.pending)), "reason": err.reason},
        )

    async def _save_reports(self) -> None:
        await self._report_store.async_save({"reported": self.reported, "pending": self.pending})

    async def async_remove(self) -> None:
        """Forget the synced list and the reports of a deleted entry."""
        await self._list_store.async_remove()
        await self._report_store.async_remove()
        ir.async_delete_issue(self.hass, DOMAIN, self.issue_id)


async def async_setup_phoneblock(hass: HomeAssistant, entry: PhoneBlockConfigEntry) -> None:
    """Check the token, put the stored list in force, start syncing, look up and report."""
    provider = PhoneBlockProvider(hass, entry)
    try:
        try:
            await provider.client.verify()
        except TimeoutError as err:
            raise ReputationError("timeout", "no answer in time") from err
    except ReputationError as err:
        raise setup_error(err, name=entry.title) from err
    await provider.async_load()
    entry.runtime_data = provider
    household = provider.household
    household.set_lookup(SOURCE_PHONEBLOCK, provider)
    household.set_reporter(SOURCE_PHONEBLOCK, provider)
    # HA stopping unloads no entry: the next sync's timer must not outlive it.
    entry.async_on_unload(
        hass.bus.async_listen(EVENT_HOMEASSISTANT_STOP, callback(lambda _event: provider.stop()))
    )
    provider.start()


async def async_unload_phoneblock(hass: HomeAssistant, entry: PhoneBlockConfigEntry) -> bool:
    """Stop syncing, looking up and reporting (the stored list stays for the next start)."""
    provider = entry.runtime_data
    provider.stop()
    household = provider.household
    household.set_lookup(SOURCE_PHONEBLOCK, None)
    household.set_reporter(SOURCE_PHONEBLOCK, None)
    household.set_list(provider.source_id, None)
    return True


async def async_remove_phoneblock(hass: HomeAssistant, entry: PhoneBlockConfigEntry) -> None:
    """Forget what a removed PhoneBlock entry stored."""
    await PhoneBlockProvider(hass, entry).async_remove()
