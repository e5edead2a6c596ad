"""A line: one config entry, one HA device, and everything it runs.

``async_setup_line`` is the one place a line is built: its call source (the
FRITZ!Box call monitor, an HA entity or a webhook, all one ``CallSource``),
its calls (``LineCalls``), its ringer, its call barring and its phone books.
The line owns their I/O and stops it on unload; nothing above it does.
"""

from __future__ import annotations

from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any, Final

from homeassistant.const import CONF_HOST, CONF_PORT, Platform
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.device_registry import DeviceInfo

from .backfill import CallListBackfill, async_remove_backfill
from .barring import BarringSync, async_remove_barring
from .boxapi import box_access
from .calls import LineCalls
from .const import (
    CONF_ABROAD_IS_NUISANCE,
    CONF_INVALID_IS_NUISANCE,
    CONF_LOCAL_ONLY,
    CONF_REGION,
    CONF_REPEAT_CALLS,
    CONF_REPEAT_DAYS,
    CONF_SOURCE,
    CONF_WEBHOOK_ID,
    CONF_WITHHELD_IS_NUISANCE,
    DEFAULT_REPEAT_CALLS,
    DEFAULT_REPEAT_DAYS,
    DOMAIN,
    SOURCE_ENTITY,
    SOURCE_FRITZBOX,
    SOURCE_WEBHOOK,
)
from .entity_source import EntitySource
from .errors import setup_error
from .household import HOUSEHOLD, Household, home_region
from .lib.callmonitor import CallMonitorClient, probe
from .lib.classifier import ClassifierOptions
from .lib.models import CallSource
from .phonebook import PhonebookSync
from .ringer import RingerMute
from .stopper import LinePhone, async_remove_phone_issues, has_phone
from .types import LineConfigEntry
from .webhook import WebhookSource

PLATFORMS: Final = [
    Platform.BINARY_SENSOR,
    Platform.BUTTON,
    Platform.EVENT,
    Platform.SENSOR,
    Platform.SWITCH,
]
RECONNECT_INITIAL_BACKOFF = 1.0
RECONNECT_MAX_BACKOFF = 300.0


@dataclass(slots=True)
class Line:
    """The runtime data of a line's config entry."""

    calls: LineCalls
    source: CallSource
    ringer: RingerMute
    barring: BarringSync
    phonebook: PhonebookSync | None
    backfill: CallListBackfill | None
    device_info: DeviceInfo
    phone: LinePhone | None = None
    """The SIP phone that stops nuisance calls (a FRITZ!Box line with an IP phone)."""

    @property
    def connected(self) -> bool:
        """Whether the source can see calls now."""
        return self.calls.connected


def line_region(hass: HomeAssistant, entry: LineConfigEntry) -> str:
    """The home region of a line: its option, else the household's."""
    return str(entry.options.get(CONF_REGION) or home_region(hass)).upper()


def line_rules(entry: LineConfigEntry, region: str) -> ClassifierOptions:
    """The line's rules for callers that no list judges."""
    options = entry.options
    return ClassifierOptions(
        withheld_is_nuisance=bool(options.get(CONF_WITHHELD_IS_NUISANCE, False)),
        abroad_is_nuisance=bool(options.get(CONF_ABROAD_IS_NUISANCE, False)),
        invalid_is_nuisance=bool(options.get(CONF_INVALID_IS_NUISANCE, False)),
        home_region=region,
        repeat_calls=int(options.get(CONF_REPEAT_CALLS, DEFAULT_REPEAT_CALLS)),
        repeat_days=int(options.get(CONF_REPEAT_DAYS, DEFAULT_REPEAT_DAYS)),
    )


def _device_info(entry: LineConfigEntry) -> DeviceInfo:
    source = entry.data.get(CONF_SOURCE, SOURCE_FRITZBOX)
    if source == SOURCE_FRITZBOX:
        return DeviceInfo(
            identifiers={(DOMAIN, entry.entry_id)},
            name=entry.title,
            manufacturer="AVM",
            model="FRITZ!Box call monitor" + (" and IP phone" if has_phone(entry) else ""),
            configuration_url=f"http://{entry.data[CONF_HOST]}",
        )
    return DeviceInfo(
        identifiers={(DOMAIN, entry.entry_id)},
        name=entry.title,
        manufacturer="Nuisance Calls",
        model="Webhook" if source == SOURCE_WEBHOOK else "Phone entity",
    )


def _source(hass: HomeAssistant, entry: LineConfigEntry, calls: LineCalls) -> CallSource:
    source = entry.data.get(CONF_SOURCE, SOURCE_FRITZBOX)
    if source == SOURCE_ENTITY:
        return EntitySource(hass, entry.title, entry.data, line_region(hass, entry))
    if source == SOURCE_WEBHOOK:
        return WebhookSource(
            hass,
            entry.title,
            entry.data[CONF_WEBHOOK_ID],
            local_only=bool(entry.data.get(CONF_LOCAL_ONLY, True)),
            ring_answer=calls.ring_answer,
            call_is_on=calls.tracker.active.__contains__,
        )

    def run_tracked(run: Coroutine[Any, Any, None]) -> Any:
        # A task of the entry: cancelled when it unloads or HA stops.
        return entry.async_create_background_task(hass, run, f"{DOMAIN} call monitor {entry.title}")

    return CallMonitorClient(
        entry.data[CONF_HOST],
        entry.data[CONF_PORT],
        initial_backoff=RECONNECT_INITIAL_BACKOFF,
        max_backoff=RECONNECT_MAX_BACKOFF,
        task_factory=run_tracked,
    )


async def async_setup_line(hass: HomeAssistant, entry: LineConfigEntry) -> None:
    """Build the line, add its entities, then start its source and its helpers."""
    household: Household = hass.data[HOUSEHOLD]
    source_kind = entry.data.get(CONF_SOURCE, SOURCE_FRITZBOX)
    if source_kind == SOURCE_FRITZBOX:
        host, port = entry.data[CONF_HOST], entry.data[CONF_PORT]
        try:
            await probe(host, port)
        except OSError as err:
            raise setup_error(err, host=host, port=str(port)) from err
    region = line_region(hass, entry)
    rules = line_rules(entry, region)
    ringer = RingerMute(hass, entry)
    await ringer.async_load()

    def spawn(job: Coroutine[Any, Any, Any]) -> None:
        entry.async_create_background_task(hass, job, f"{DOMAIN} reputation look-up")

    calls = LineCalls(
        hass,
        entry.entry_id,
        entry.title,
        household,
        rules,
        on_ringing=ringer.async_update,
        spawn=spawn,
    )
    access = box_access(entry.data)
    line = entry.runtime_data = Line(
        calls=calls,
        source=_source(hass, entry, calls),
        ringer=ringer,
        barring=BarringSync(hass, entry, household, region),
        phonebook=(
            PhonebookSync(hass, entry, household, region, access) if access is not None else None
        ),
        backfill=(
            CallListBackfill(hass, entry, household, calls, access)
            if access is not None and source_kind == SOURCE_FRITZBOX
            else None
        ),
        device_info=_device_info(entry),
        phone=(
            LinePhone(hass, entry, household, calls)
            if source_kind == SOURCE_FRITZBOX and has_phone(entry)
            else None
        ),
    )
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    entry.async_on_unload(calls.async_start())
    household.set_line_rules(entry.entry_id, rules)

    @callback
    def forget_rules() -> None:
        household.set_line_rules(entry.entry_id, None)

    entry.async_on_unload(forget_rules)
    await line.source.start(calls.handle_event, calls.set_connected)
    if line.phone is not None:
        await line.phone.async_start()
    if line.phonebook is not None:
        line.phonebook.async_start()
    if line.backfill is not None:
        line.backfill.async_start()
    await line.barring.async_start()


async def async_unload_line(hass: HomeAssistant, entry: LineConfigEntry) -> bool:
    """Stop the source, give back a muted ringer, let a barring write finish."""
    line = entry.runtime_data
    if line.phone is not None:
        await line.phone.async_stop()
    await line.source.stop()
    await line.ringer.async_unload()
    await line.barring.async_unload()
    return await hass.config_entries.async_unload_platforms(entry, PLATFORMS)


async def async_remove_line(hass: HomeAssistant, entry: LineConfigEntry) -> None:
    """Forget a removed line's counters and ringer states, take its box entries back.

    Callers' tallies stay: they span lines.
    """
    await RingerMute(hass, entry).async_remove()
    await async_remove_barring(hass, entry)
    await async_remove_backfill(hass, entry.entry_id)
    async_remove_phone_issues(hass, entry.entry_id)
    if (household := hass.data.get(HOUSEHOLD)) is not None:
        household.remove_line(entry.entry_id)
