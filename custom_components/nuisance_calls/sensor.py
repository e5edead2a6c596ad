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
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.typing import StateType
from homeassistant.util import dt as dt_util

from .barring import BarringState
from .entity import NuisanceEntity
from .hub import NuisanceHub
from .lists import ListProblem, ListSubscription

PARALLEL_UPDATES = 0


def _today() -> Any:
    return dt_util.now().date()


def _midnight() -> datetime:
    return dt_util.start_of_local_day()


def _last_caller_attributes(hub: NuisanceHub) -> dict[str, Any] | None:
    info = hub.last_call
    if info is None:
        return None
    tally = info.tally
    return {
        "number": info.call.number,
        "formatted_number": hub.format(info.call.number),
        "label": info.verdict.label,
        "verdict": info.verdict.verdict.value,
        "tags": list(info.verdict.tags),
        "count": tally.count if tally else 0,
        "answered": tally.answered if tally else 0,
        "missed": tally.missed if tally else 0,
        "line": info.call.line,
        "time": info.time.isoformat(),
    }


def _top_value(hub: NuisanceHub) -> StateType:
    if (top := hub.most_frequent_nuisance) is None:
        return None
    tally, verdict = top
    return verdict.label or hub.format(tally.number)


def _top_attributes(hub: NuisanceHub) -> dict[str, Any] | None:
    if (top := hub.most_frequent_nuisance) is None:
        return None
    tally, verdict = top
    return {
        "number": tally.number,
        "formatted_number": hub.format(tally.number),
        "label": verdict.label,
        "tags": list(verdict.tags),
        "count": tally.count,
        "answered": tally.answered,
        "missed": tally.missed,
        "last_call": tally.last_seen.isoformat() if tally.last_seen else None,
    }


@dataclass(frozen=True, kw_only=True)
class NuisanceSensorDescription(SensorEntityDescription):
    """A sensor of a line."""

    value_fn: Callable[[NuisanceHub], StateType]
    attributes_fn: Callable[[NuisanceHub], dict[str, Any] | None] = lambda _hub: None
    daily: bool = False


SENSORS: tuple[NuisanceSensorDescription, ...] = (
    NuisanceSensorDescription(
        key="last_caller",
        translation_key="last_caller",
        value_fn=lambda hub: (
            (hub.last_call.verdict.label or hub.format(hub.last_call.call.number))
            if hub.last_call
            else None
        ),
        attributes_fn=_last_caller_attributes,
    ),
    NuisanceSensorDescription(
        key="calls_today",
        translation_key="calls_today",
        state_class=SensorStateClass.TOTAL,
        value_fn=lambda hub: hub.counters.calls_on(_today()),
        daily=True,
    ),
    NuisanceSensorDescription(
        key="nuisance_calls_today",
        translation_key="nuisance_calls_today",
        state_class=SensorStateClass.TOTAL,
        value_fn=lambda hub: hub.counters.nuisance_on(_today()),
        daily=True,
    ),
    NuisanceSensorDescription(
        key="nuisance_calls",
        translation_key="nuisance_calls",
        state_class=SensorStateClass.TOTAL_INCREASING,
        value_fn=lambda hub: hub.counters.nuisance_total,
    ),
    NuisanceSensorDescription(
        key="most_frequent_nuisance_caller",
        translation_key="most_frequent_nuisance_caller",
        value_fn=_top_value,
        attributes_fn=_top_attributes,
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
        device_class=SensorDeviceClass.TIMESTAMP,
        value_fn=lambda sub: sub.last_success,
    ),
    ListSensorDescription(
        key="last_error",
        translation_key="list_last_error",
        entity_category=EntityCategory.DIAGNOSTIC,
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
    runtime = entry.runtime_data
    if isinstance(runtime, ListSubscription):
        async_add_entities(ListSensor(runtime, description) for description in LIST_SENSORS)
    else:
        async_add_entities(
            [
                *(NuisanceSensor(runtime, description) for description in SENSORS),
                BarringSensor(runtime, CALL_BARRING),
            ]
        )


class NuisanceSensor(NuisanceEntity, SensorEntity):
    """A sensor of a line."""

    entity_description: NuisanceSensorDescription

    @property
    def native_value(self) -> StateType:
        """The sensor's value."""
        return self.entity_description.value_fn(self.hub)

    @property
    def last_reset(self) -> datetime | None:
        """Daily counters start again at local midnight."""
        return _midnight() if self.entity_description.daily else None

    @property
    def extra_state_attributes(self) -> dict[str, Any] | None:
        """Details of the value."""
        return self.entity_description.attributes_fn(self.hub)


CALL_BARRING = SensorEntityDescription(
    key="call_barring",
    translation_key="call_barring",
    entity_category=EntityCategory.DIAGNOSTIC,
    device_class=SensorDeviceClass.ENUM,
    options=[state.value for state in BarringState],
)


class BarringSensor(NuisanceEntity, SensorEntity):
    """Whether the box's call barring list is in step with the flags."""

    _follows_calls = False

    async def async_added_to_hass(self) -> None:
        """Follow the sync's status."""
        await super().async_added_to_hass()
        self.async_on_remove(self.hub.barring.async_listen(self.async_write_ha_state))

    @property
    def available(self) -> bool:
        """Tells about the box's TR-064 side, which works without the call monitor."""
        return True

    @property
    def native_value(self) -> str:
        """disabled, pending, in_sync, box_full or error."""
        return self.hub.barring.status.state.value

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """How many entries, and when it last worked or failed."""
        barring = self.hub.barring
        status = barring.status
        return {
            "barred": status.barred,
            "wanted": status.wanted,
            "barred_by_hand": status.by_hand,
            "cap": barring.cap,
            "last_sync": status.last_sync.isoformat() if status.last_sync else None,
            "last_error": status.last_error,
        }


class ListSensor(SensorEntity):
    """A diagnostic sensor of a list subscription."""

    _attr_has_entity_name = True
    _attr_should_poll = False
    entity_description: ListSensorDescription

    def __init__(self, subscription: ListSubscription, description: ListSensorDescription) -> None:
        self.subscription = subscription
        self.entity_description = description
        self._attr_unique_id = f"{subscription.entry.entry_id}_{description.key}"
        self._attr_device_info = subscription.device_info

    async def async_added_to_hass(self) -> None:
        """Follow the subscription's state."""
        await super().async_added_to_hass()
        self.async_on_remove(self.subscription.async_listen(self.async_write_ha_state))

    @property
    def native_value(self) -> StateType | datetime:
        """The sensor's value."""
        return self.entity_description.value_fn(self.subscription)

    @property
    def extra_state_attributes(self) -> dict[str, Any] | None:
        """Details."""
        return self.entity_description.attributes_fn(self.subscription)
