"""The call event entity: every call event of a line, for automations."""

from __future__ import annotations

from typing import Any

from homeassistant.components.event import EventEntity, EventEntityDescription
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .calls import signal_call_event
from .entity import LineEntity
from .lib.calls import CallEventType
from .types import LineConfigEntry

PARALLEL_UPDATES = 0

CALL_EVENT = EventEntityDescription(
    key="call",
    translation_key="call",
    event_types=[event_type.value for event_type in CallEventType],
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: LineConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the call event entity."""
    async_add_entities([NuisanceCallEvent(entry.runtime_data, CALL_EVENT)])


class NuisanceCallEvent(LineEntity, EventEntity):
    """Fires ``incoming_call``, ``nuisance_call``, ``call_answered``, ..."""

    _follows_calls = False

    @property
    def available(self) -> bool:
        """Always: an event entity coming back after an outage would look like a new event.

        (Automations on "attribute event_type changed to nuisance_call" would fire
        again after every reconnect.) The connection has its own sensor.
        """
        return True

    async def async_added_to_hass(self) -> None:
        """Receive the line's call events."""
        await super().async_added_to_hass()
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass, signal_call_event(self.line.calls.entry_id), self._handle_call_event
            )
        )

    @callback
    def _handle_call_event(self, event_type: CallEventType, data: dict[str, Any]) -> None:
        self._trigger_event(event_type.value, data)
        self.async_write_ha_state()
