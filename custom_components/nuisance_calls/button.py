"""The flag-last-caller button: one tap after a cold call."""

from __future__ import annotations

from homeassistant.components.button import ButtonEntity, ButtonEntityDescription
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .const import DOMAIN
from .entity import LineEntity
from .lib.numbers import ANONYMOUS
from .types import LineConfigEntry

PARALLEL_UPDATES = 0

FLAG_LAST_CALLER = ButtonEntityDescription(
    key="flag_last_caller", translation_key="flag_last_caller"
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: LineConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the button."""
    async_add_entities([FlagLastCallerButton(entry.runtime_data, FLAG_LAST_CALLER)])


class FlagLastCallerButton(LineEntity, ButtonEntity):
    """Puts the last incoming caller on the personal list as a nuisance."""

    _follows_calls = False

    @property
    def available(self) -> bool:
        """Works whenever there is a last caller, connected or not."""
        return True

    async def async_press(self) -> None:
        """Flag the last caller."""
        call = self.line.calls.last_call
        if call is None or call.number == ANONYMOUS:
            raise HomeAssistantError(
                translation_domain=DOMAIN,
                translation_key="no_last_caller" if call is None else "cannot_flag_withheld",
            )
        self.line.calls.household.flag(call.number, label=call.verdict.label)
