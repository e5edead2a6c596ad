"""The mute-ringer switch of a line: whether the mute action runs."""

from __future__ import annotations

from typing import Any

from homeassistant.components.switch import SwitchEntity, SwitchEntityDescription
from homeassistant.const import STATE_OFF, EntityCategory
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.restore_state import RestoreEntity

from .entity import LineEntity
from .types import LineConfigEntry

PARALLEL_UPDATES = 0

MUTE_RINGER = SwitchEntityDescription(
    key="mute_ringer",
    translation_key="mute_ringer",
    entity_category=EntityCategory.CONFIG,
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: LineConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the mute switch."""
    async_add_entities([MuteRingerSwitch(entry.runtime_data, MUTE_RINGER)])


class MuteRingerSwitch(LineEntity, SwitchEntity, RestoreEntity):
    """On: ringer targets are muted while a nuisance call rings."""

    _follows_calls = False

    async def async_added_to_hass(self) -> None:
        """Restore the user's choice across restarts."""
        await super().async_added_to_hass()
        if (last := await self.async_get_last_state()) is not None:
            self.line.ringer.async_set_enabled(last.state != STATE_OFF)

    @property
    def is_on(self) -> bool:
        """Whether muting runs (the ringer keeps the one copy of this)."""
        return self.line.ringer.enabled

    @property
    def available(self) -> bool:
        """A setting: can be changed even while the box is away."""
        return True

    async def async_turn_on(self, **kwargs: Any) -> None:
        """Enable muting."""
        self._set(True)

    async def async_turn_off(self, **kwargs: Any) -> None:
        """Disable muting."""
        self._set(False)

    def _set(self, on: bool) -> None:
        self.line.ringer.async_set_enabled(on)
        self.async_write_ha_state()
