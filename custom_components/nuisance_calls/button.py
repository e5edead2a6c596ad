"""The flag-last-caller button: one tap after a cold call."""

from __future__ import annotations

from homeassistant.components.button import ButtonEntity, ButtonEntityDescription
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.util import dt as dt_util

from .const import DOMAIN
from .entity import NuisanceEntity
from .hub import NuisanceConfigEntry
from .lib.classifier import ListAction
from .lib.numbers import ANONYMOUS

PARALLEL_UPDATES = 0

FLAG_LAST_CALLER = ButtonEntityDescription(
    key="flag_last_caller", translation_key="flag_last_caller"
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: NuisanceConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the button."""
    async_add_entities([FlagLastCallerButton(entry.runtime_data, FLAG_LAST_CALLER)])


class FlagLastCallerButton(NuisanceEntity, ButtonEntity):
    """Puts the last incoming caller on the personal list as a nuisance."""

    _follows_calls = False

    @property
    def available(self) -> bool:
        """Works whenever there is a last caller, connected or not."""
        return True

    async def async_press(self) -> None:
        """Flag the last caller."""
        info = self.hub.last_call
        if info is None or info.call.number == ANONYMOUS:
            raise HomeAssistantError(
                translation_domain=DOMAIN,
                translation_key="no_last_caller" if info is None else "cannot_flag_withheld",
            )
        self.hub.data.personal.set(
            info.call.number,
            ListAction.FLAG,
            label=info.verdict.label,
            now=dt_util.now(),
        )
        self.hub.data.async_save_list()
        self.hub.data.async_changed({info.call.number})
