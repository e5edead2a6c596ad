"""Known contacts from the FRITZ!Box phone books (TR-064).

Optional: with a FRITZ!Box user and password for the line, every
phone book is read periodically (asyncio, ``lib.tr064``) and its numbers
become ``allowed`` entries carrying the contact's name. A box that cannot
be read keeps the last good contacts and logs one warning until it works
again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
import logging
from typing import Final

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.event import async_track_time_interval

from .boxapi import BoxAccess, tr064_client
from .const import DOMAIN
from .household import Household
from .lib.exceptions import InvalidNumberError, Tr064AuthError, Tr064Error
from .lib.matcher import IndexBuilder, ListRecord, MatchIndex
from .lib.numbers import normalize
from .lib.text import clean_label
from .types import LineConfigEntry

_LOGGER = logging.getLogger(__name__)

REFRESH_INTERVAL: Final = timedelta(hours=6)


def contacts_index(
    contacts: Sequence[tuple[str, Sequence[str]]], region: str, source: str
) -> MatchIndex:
    """The contacts as an index of allowed numbers (blocking for big books)."""
    builder = IndexBuilder()
    for record in contact_records(contacts, region, source)[0]:
        builder.add_record(record)
    return builder.build()


def contact_records(
    contacts: Sequence[tuple[str, Sequence[str]]], region: str, source: str
) -> tuple[list[ListRecord], int]:
    """Allow records for the contacts' numbers; also how many numbers were unreadable."""
    records: list[ListRecord] = []
    skipped = 0
    for name, numbers in contacts:
        label = clean_label(name)
        for raw in numbers:
            try:
                number = normalize(str(raw), region)
            except InvalidNumberError:
                skipped += 1  # internal numbers (**610) and the like
                continue
            records.append(ListRecord(number, allow=True, label=label, source=source))
    return records, skipped


class PhonebookSync:
    """Keeps one line's box phone books in the shared index."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: LineConfigEntry,
        household: Household,
        region: str,
        access: BoxAccess,
    ) -> None:
        self.hass = hass
        self.entry = entry
        self.household = household
        self.region = region
        self.access = access
        self.source_id = f"phonebook_{entry.entry_id}"
        self.source = f"phonebook:{entry.title}"
        self.contacts = 0
        self.numbers = 0
        self.last_error: str | None = None

    @callback
    def async_start(self) -> None:
        """Read the phone books now (in the background) and periodically."""
        self.entry.async_create_background_task(
            self.hass, self.async_refresh(), f"{DOMAIN} phone book {self.entry.title}"
        )
        self.entry.async_on_unload(
            async_track_time_interval(self.hass, self._scheduled, REFRESH_INTERVAL)
        )
        self.entry.async_on_unload(self._forget)

    @callback
    def _forget(self) -> None:
        self.household.set_list(self.source_id, None)

    @callback
    def _scheduled(self, _now: datetime) -> None:
        self.entry.async_create_background_task(
            self.hass, self.async_refresh(), f"{DOMAIN} phone book {self.entry.title}"
        )

    async def async_refresh(self) -> bool:
        """Read the phone books; keep the last good contacts on failure."""
        try:
            contacts = [
                (contact.name, contact.numbers)
                for contact in await tr064_client(self.hass, self.access).all_contacts()
            ]
        except Tr064Error as err:
            if isinstance(err, Tr064AuthError):
                self.entry.async_start_reauth(self.hass)
            if self.last_error is None:
                _LOGGER.warning(
                    "Cannot read the phone books of %s (%s); known contacts stay as they were",
                    self.entry.title,
                    err,
                )
            self.last_error = err.reason
            return False
        index = await self.hass.async_add_executor_job(
            contacts_index, contacts, self.region, self.source
        )
        self.household.set_list(self.source_id, index)
        if self.last_error is not None:
            _LOGGER.info("Phone books of %s can be read again", self.entry.title)
        self.last_error = None
        self.contacts, self.numbers = len(contacts), index.exact_count
        return True
