"""Base entities: of a line, and of a shared list subscription."""

from __future__ import annotations

from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity import Entity, EntityDescription

from .calls import signal_connection, signal_state
from .line import Line
from .lists import ListSubscription, signal_list


class LineEntity(Entity):
    """An entity of one line; available while its source is connected."""

    _attr_has_entity_name = True
    _attr_should_poll = False
    _follows_calls = True
    """False: the state does not change with calls, only with the connection."""

    def __init__(self, line: Line, description: EntityDescription) -> None:
        self.line = line
        self.entity_description = description
        self._attr_unique_id = f"{line.calls.entry_id}_{description.key}"
        self._attr_device_info = line.device_info

    @property
    def available(self) -> bool:
        """Available while the call source is connected."""
        return self.line.calls.connected

    async def async_added_to_hass(self) -> None:
        """Follow the line's state (or only its connection)."""
        await super().async_added_to_hass()
        entry_id = self.line.calls.entry_id
        signal = signal_state(entry_id) if self._follows_calls else signal_connection(entry_id)
        self.async_on_remove(async_dispatcher_connect(self.hass, signal, self.async_write_ha_state))


class ListEntity(Entity):
    """An entity of a shared list subscription."""

    _attr_has_entity_name = True
    _attr_should_poll = False

    def __init__(self, subscription: ListSubscription, description: EntityDescription) -> None:
        self.subscription = subscription
        self.entity_description = description
        self._attr_unique_id = f"{subscription.entry.entry_id}_{description.key}"
        self._attr_device_info = subscription.device_info

    async def async_added_to_hass(self) -> None:
        """Follow the subscription's state."""
        await super().async_added_to_hass()
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass, signal_list(self.subscription.entry.entry_id), self.async_write_ha_state
            )
        )
