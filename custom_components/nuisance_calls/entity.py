"""Base entity of a line."""

from __future__ import annotations

from homeassistant.helpers.entity import Entity, EntityDescription

from .hub import NuisanceHub


class NuisanceEntity(Entity):
    """An entity of one line; available while its source is connected."""

    _attr_has_entity_name = True
    _attr_should_poll = False
    _follows_calls = True
    """False: the state does not change with calls, only with the connection."""

    def __init__(self, hub: NuisanceHub, description: EntityDescription) -> None:
        self.hub = hub
        self.entity_description = description
        self._attr_unique_id = f"{hub.entry.entry_id}_{description.key}"
        self._attr_device_info = hub.device_info

    @property
    def available(self) -> bool:
        """Available while the call source is connected."""
        return self.hub.connected

    async def async_added_to_hass(self) -> None:
        """Follow the line's state."""
        await super().async_added_to_hass()
        if self._follows_calls:
            self.async_on_remove(self.hub.async_listen_state(self._handle_hub_update))
        else:  # written when something of its own changes, and on (dis)connects
            self.async_on_remove(self.hub.async_listen_connection(self._handle_hub_update))

    def _handle_hub_update(self) -> None:
        self.async_write_ha_state()
