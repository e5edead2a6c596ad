"""Binary sensors: a nuisance call is on the line; the source is connected."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from homeassistant.components.binary_sensor import (
    BinarySensorEntity,
    BinarySensorEntityDescription,
)
from homeassistant.components.binary_sensor.const import BinarySensorDeviceClass
from homeassistant.const import EntityCategory
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .entity import LineEntity
from .line import Line
from .types import LineConfigEntry

PARALLEL_UPDATES = 0


@dataclass(frozen=True, kw_only=True)
class NuisanceBinarySensorDescription(BinarySensorEntityDescription):
    """A binary sensor of a line."""

    is_on_fn: Callable[[Line], bool]
    always_available: bool = False
    follows_calls: bool = True


BINARY_SENSORS: tuple[NuisanceBinarySensorDescription, ...] = (
    NuisanceBinarySensorDescription(
        key="nuisance_call",
        translation_key="nuisance_call",
        is_on_fn=lambda line: line.calls.nuisance_active,
    ),
    NuisanceBinarySensorDescription(
        key="connected",
        translation_key="connected",
        device_class=BinarySensorDeviceClass.CONNECTIVITY,
        entity_category=EntityCategory.DIAGNOSTIC,
        entity_registry_enabled_default=False,
        is_on_fn=lambda line: line.calls.connected,
        always_available=True,
        follows_calls=False,
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: LineConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the binary sensors of a line."""
    async_add_entities(
        NuisanceBinarySensor(entry.runtime_data, description) for description in BINARY_SENSORS
    )


class NuisanceBinarySensor(LineEntity, BinarySensorEntity):
    """A binary sensor of a line."""

    entity_description: NuisanceBinarySensorDescription

    def __init__(self, line: Line, description: NuisanceBinarySensorDescription) -> None:
        super().__init__(line, description)
        self._follows_calls = description.follows_calls

    @property
    def available(self) -> bool:
        """The connectivity sensor stays available to show the disconnect."""
        return self.entity_description.always_available or super().available

    @property
    def is_on(self) -> bool:
        """The sensor's value."""
        return self.entity_description.is_on_fn(self.line)
