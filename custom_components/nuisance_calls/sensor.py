"""Sensors: last caller and call counters of a line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.config_entries import ConfigEntry
from homeassistant.const import EntityCategory
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.typing import StateType
from homeassistant.util import dt as dt_util

from .barring import BarringState, signal_barring
from .entity import LineEntity, ListEntity
from .household import SIGNAL_CHANGED
from .lib.exceptions import ListProblem
from .lib.phone import PhoneState
from .line import Line
from .lists import ListSubscription
from .stopper import signal_phone
from .types import EntryKind, LineConfigEntry, ListConfigEntry, entry_kind

PARALLEL_UPDATES = 0


def _today() -> Any:
    return dt_util.now().date()


def _midnight() -> datetime:
    return dt_util.start_of_local_day()


def _last_caller_value(line: Line) -> StateType:
    call = line.calls.last_call
    if call is None:
        return None
    return call.verdict.label or line.calls.format(call.number)


def _last_caller_attributes(line: Line) -> dict[str, Any] | None:
    call = line.calls.last_call
    if call is None:
        return None
    tally = line.calls.household.register.get(call.number)
    return {
        "number": call.number,
        "formatted_number": line.calls.format(call.number),
        "label": call.verdict.label,
        "verdict": call.verdict.verdict.value,
        "tags": list(call.verdict.tags),
        "count": tally.count if tally else 0,
        "answered": tally.answered if tally else 0,
        "missed": tally.missed if tally else 0,
        "stopped": tally.stopped if tally else 0,
        "line": call.line,
        "time": call.started.isoformat(),
    }


def _top_value(line: Line) -> StateType:
    if (top := line.calls.household.most_frequent_nuisance) is None:
        return None
    tally, verdict = top
    return verdict.label or line.calls.format(tally.number)


def _top_attributes(line: Line) -> dict[str, Any] | None:
    if (top := line.calls.household.most_frequent_nuisance) is None:
        return None
    tally, verdict = top
    return {
        "number": tally.number,
        "formatted_number": line.calls.format(tally.number),
        "label": verdict.label,
        "tags": list(verdict.tags),
        "count": tally.count,
        "answered": tally.answered,
        "missed": tally.missed,
        "stopped": tally.stopped,
        "last_call": tally.last_seen.isoformat() if tally.last_seen else None,
    }


@dataclass(frozen=True, kw_only=True)
class NuisanceSensorDescription(SensorEntityDescription):
    """A sensor of a line."""

    value_fn: Callable[[Line], StateType]
    attributes_fn: Callable[[Line], dict[str, Any] | None] = lambda _line: None
    daily: bool = False
    household_wide: bool = False
    """The value is the household's (it changes with any line's calls and any flag)."""
    phone_only: bool = False
    """Only a line with a SIP phone has it."""


SENSORS: tuple[NuisanceSensorDescription, ...] = (
    NuisanceSensorDescription(
        key="last_caller",
        translation_key="last_caller",
        value_fn=_last_caller_value,
        attributes_fn=_last_caller_attributes,
    ),
    NuisanceSensorDescription(
        key="calls_today",
        translation_key="calls_today",
        state_class=SensorStateClass.TOTAL,
        value_fn=lambda line: line.calls.counters.calls_on(_today()),
        daily=True,
    ),
    NuisanceSensorDescription(
        key="nuisance_calls_today",
        translation_key="nuisance_calls_today",
        state_class=SensorStateClass.TOTAL,
        value_fn=lambda line: line.calls.counters.nuisance_on(_today()),
        daily=True,
    ),
    NuisanceSensorDescription(
        key="nuisance_calls",
        translation_key="nuisance_calls",
        state_class=SensorStateClass.TOTAL_INCREASING,
        value_fn=lambda line: line.calls.counters.nuisance_total,
    ),
    NuisanceSensorDescription(
        key="calls_stopped_today",
        translation_key="calls_stopped_today",
        state_class=SensorStateClass.TOTAL,
        value_fn=lambda line: line.calls.counters.stopped_on(_today()),
        daily=True,
        phone_only=True,
    ),
    NuisanceSensorDescription(
        key="calls_stopped",
        translation_key="calls_stopped",
        state_class=SensorStateClass.TOTAL_INCREASING,
        value_fn=lambda line: line.calls.counters.stopped_total,
        phone_only=True,
    ),
    NuisanceSensorDescription(
        key="most_frequent_nuisance_caller",
        translation_key="most_frequent_nuisance_caller",
        value_fn=_top_value,
        attributes_fn=_top_attributes,
        household_wide=True,
    ),
)


@dataclass(frozen=True, kw_only=True)
class ListSensorDescription(SensorEntityDescription):
    """A diagnostic sensor of a list subscription."""

    value_fn: Callable[[ListSubscription], StateType | datetime]
    attributes_fn: Callable[[ListSubscription], dict[str, Any] | None] = lambda _sub: None


LIST_SENSORS: tuple[ListSensorDescription, ...] = (
    ListSensorDescription(
        key="entries",
        translation_key="list_entries",
        entity_category=EntityCategory.DIAGNOSTIC,
        entity_registry_enabled_default=False,
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=lambda sub: sub.entries,
        attributes_fn=lambda sub: {
            "numbers": sub.exact,
            "ranges": sub.ranges,
            "skipped_lines": sub.skipped,
            "format": sub.format,
        },
    ),
    ListSensorDescription(
        key="last_refresh",
        translation_key="list_last_refresh",
        entity_category=EntityCategory.DIAGNOSTIC,
        entity_registry_enabled_default=False,
        device_class=SensorDeviceClass.TIMESTAMP,
        value_fn=lambda sub: sub.last_success,
    ),
    ListSensorDescription(
        key="last_error",
        translation_key="list_last_error",
        entity_category=EntityCategory.DIAGNOSTIC,
        entity_registry_enabled_default=False,
        device_class=SensorDeviceClass.ENUM,
        options=[problem.value for problem in ListProblem],
        value_fn=lambda sub: sub.problem.value,
        attributes_fn=lambda sub: {"detail": sub.detail, "last_attempt": sub.last_attempt},
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: ConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the sensors of a line or of a list subscription."""
    if entry_kind(entry) is EntryKind.SHARED_LIST:
        _add_list_sensors(entry, async_add_entities)
    else:
        _add_line_sensors(entry, async_add_entities)


def _add_line_sensors(
    entry: LineConfigEntry, async_add_entities: AddConfigEntryEntitiesCallback
) -> None:
    line = entry.runtime_data
    sensors: list[SensorEntity] = [
        NuisanceSensor(line, description)
        for description in SENSORS
        if line.phone is not None or not description.phone_only
    ]
    sensors.append(BarringSensor(line, CALL_BARRING))
    if line.phone is not None:
        sensors.append(PhoneSensor(line, PHONE))
    async_add_entities(sensors)


def _add_list_sensors(
    entry: ListConfigEntry, async_add_entities: AddConfigEntryEntitiesCallback
) -> None:
    subscription = entry.runtime_data
    async_add_entities(ListSensor(subscription, description) for description in LIST_SENSORS)


class NuisanceSensor(LineEntity, SensorEntity):
    """A sensor of a line."""

    entity_description: NuisanceSensorDescription

    _revision = -1

    async def async_added_to_hass(self) -> None:
        """Follow the line; a household-wide value also follows the household."""
        await super().async_added_to_hass()
        if self.entity_description.household_wide:
            self.async_on_remove(
                async_dispatcher_connect(self.hass, SIGNAL_CHANGED, self._household_changed)
            )

    @callback
    def _household_changed(self, _change: object) -> None:
        """Written again only when the top caller changed (not on every call counted)."""
        revision = self.line.calls.household.top_revision
        if revision != self._revision:
            self._revision = revision
            self.async_write_ha_state()

    @property
    def native_value(self) -> StateType:
        """The sensor's value."""
        return self.entity_description.value_fn(self.line)

    @property
    def last_reset(self) -> datetime | None:
        """Daily counters start again at local midnight."""
        return _midnight() if self.entity_description.daily else None

    @property
    def extra_state_attributes(self) -> dict[str, Any] | None:
        """Details of the value."""
        return self.entity_description.attributes_fn(self.line)


CALL_BARRING = SensorEntityDescription(
    key="call_barring",
    translation_key="call_barring",
    entity_category=EntityCategory.DIAGNOSTIC,
    entity_registry_enabled_default=False,
    device_class=SensorDeviceClass.ENUM,
    options=[state.value for state in BarringState],
)


class BarringSensor(LineEntity, SensorEntity):
    """Whether the box's call barring list is in step with the flags."""

    _follows_calls = False

    async def async_added_to_hass(self) -> None:
        """Follow the sync's status."""
        await super().async_added_to_hass()
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass, signal_barring(self.line.calls.entry_id), self.async_write_ha_state
            )
        )

    @property
    def available(self) -> bool:
        """Tells about the box's TR-064 side, which works without the call monitor."""
        return True

    @property
    def native_value(self) -> str:
        """disabled, pending, in_sync, box_full or error."""
        return self.line.barring.status.state.value

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """How many entries, and when it last worked or failed."""
        barring = self.line.barring
        status = barring.status
        return {
            "barred": status.barred,
            "wanted": status.wanted,
            "barred_by_hand": status.by_hand,
            "cap": barring.cap,
            "last_sync": status.last_sync.isoformat() if status.last_sync else None,
            "last_error": status.last_error,
        }


PHONE = SensorEntityDescription(
    key="phone",
    translation_key="phone",
    entity_category=EntityCategory.DIAGNOSTIC,
    device_class=SensorDeviceClass.ENUM,
    options=[state.value for state in PhoneState],
)


class PhoneSensor(LineEntity, SensorEntity):
    """Whether the line's SIP phone is registered at the box."""

    _follows_calls = False

    async def async_added_to_hass(self) -> None:
        """Follow the phone's registration."""
        await super().async_added_to_hass()
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass, signal_phone(self.line.calls.entry_id), self.async_write_ha_state
            )
        )

    @property
    def available(self) -> bool:
        """The registration is its own matter, apart from the call monitor."""
        return True

    @property
    def native_value(self) -> str | None:
        """registering, registered, auth_failed, unreachable, refused or stopped."""
        phone = self.line.phone
        return phone.state.value if phone is not None else None

    @property
    def extra_state_attributes(self) -> dict[str, Any] | None:
        """What the phone knows of its registration and its announcement."""
        phone = self.line.phone
        if phone is None:
            return None
        sip = phone.phone
        return {
            "user": sip.user,
            "local_port": sip.local_address[1] or None,
            "last_error": sip.last_error,
            "announcement": phone.announcement is not None,
            "announcement_error": phone.announcement_error,
            "dropped_datagrams": sip.dropped,
        }


class ListSensor(ListEntity, SensorEntity):
    """A diagnostic sensor of a list subscription."""

    entity_description: ListSensorDescription

    @property
    def native_value(self) -> StateType | datetime:
        """The sensor's value."""
        return self.entity_description.value_fn(self.subscription)

    @property
    def extra_state_attributes(self) -> dict[str, Any] | None:
        """Details."""
        return self.entity_description.attributes_fn(self.subscription)
