"""The switches of a line: whether the mute action runs, whether the SIP phone stops calls."""

from __future__ import annotations

from typing import Any

from homeassistant.components.switch import SwitchEntity, SwitchEntityDescription
from homeassistant.const import STATE_OFF, EntityCategory
from homeassistant.core import HomeAssistant
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.restore_state import RestoreEntity

from .entity import LineEntity
from .stopper import signal_phone
from .types import LineConfigEntry

PARALLEL_UPDATES = 0

MUTE_RINGER = SwitchEntityDescription(
    key="mute_ringer",
    translation_key="mute_ringer",
    entity_category=EntityCategory.CONFIG,
)


STOP_CALLS = SwitchEntityDescription(
    key="stop_calls",
    translation_key="stop_calls",
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: LineConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the mute switch."""
    line = entry.runtime_data
    switches: list[SwitchEntity] = [MuteRingerSwitch(line, MUTE_RINGER)]
    if line.phone is not None:
        switches.append(StopCallsSwitch(line, STOP_CALLS))
    async_add_entities(switches)


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


class StopCallsSwitch(LineEntity, SwitchEntity, RestoreEntity):
    """On: the SIP phone answers nuisance calls to end them; off: every call rings.

    Off for a while when a call from an unknown number is expected; the
    ringer mute and everything else keep working.
    """

    _follows_calls = False

    async def async_added_to_hass(self) -> None:
        """Restore the user's choice across restarts; follow the phone."""
        await super().async_added_to_hass()
        phone = self.line.phone
        assert phone is not None
        if (last := await self.async_get_last_state()) is not None:
            phone.set_enabled(last.state != STATE_OFF)
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass, signal_phone(self.line.calls.entry_id), self.async_write_ha_state
            )
        )

    @property
    def is_on(self) -> bool:
        """Whether the phone stops calls (the phone keeps the one copy of this)."""
        return self.line.phone is not None and self.line.phone.enabled

    @property
    def available(self) -> bool:
        """A setting: can be changed even while the box is away."""
        return True

    async def async_turn_on(self, **kwargs: Any) -> None:
        """Stop nuisance calls again."""
        assert self.line.phone is not None
        self.line.phone.set_enabled(True)

    async def async_turn_off(self, **kwargs: Any) -> None:
        """Let every call ring."""
        assert self.line.phone is not None
        self.line.phone.set_enabled(False)
