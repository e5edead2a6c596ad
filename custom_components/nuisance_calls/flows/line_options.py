"""The options of a line: its rules, its ringer and (for a FRITZ!Box) call barring.

Stored flat in the entry's options; the sections are only the form's layout.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from homeassistant.config_entries import ConfigFlowResult, OptionsFlowWithReload
from homeassistant.data_entry_flow import section
from homeassistant.helpers.selector import (
    BooleanSelector,
    CountrySelector,
    EntitySelector,
    EntitySelectorConfig,
)
import probatio

from ..boxapi import box_access
from ..const import (
    CONF_ABROAD_IS_NUISANCE,
    CONF_BLOCK_AT_BOX,
    CONF_BLOCK_CAP,
    CONF_MUTE_SCRIPT,
    CONF_MUTE_TARGETS,
    CONF_REGION,
    CONF_REPEAT_CALLS,
    CONF_REPEAT_DAYS,
    CONF_SOURCE,
    CONF_WITHHELD_IS_NUISANCE,
    DEFAULT_BLOCK_CAP,
    DEFAULT_REPEAT_CALLS,
    DEFAULT_REPEAT_DAYS,
    SOURCE_FRITZBOX,
)
from ..household import home_region
from ..ringer import MUTE_DOMAINS
from .common import count_selector

SECTION_MUTE: Final = "mute"
SECTION_FRITZBOX: Final = "fritzbox"


def _schema(options: Mapping[str, Any], region: str, *, box: bool) -> probatio.Schema:
    """Rules at the top; muting and call barring (for a box) in sections."""
    mute = probatio.Schema(
        {
            probatio.Optional(
                CONF_MUTE_TARGETS, default=list(options.get(CONF_MUTE_TARGETS) or [])
            ): EntitySelector(EntitySelectorConfig(domain=list(MUTE_DOMAINS), multiple=True)),
            probatio.Optional(
                CONF_MUTE_SCRIPT,
                description={"suggested_value": options.get(CONF_MUTE_SCRIPT)},
            ): EntitySelector(EntitySelectorConfig(domain="script")),
        }
    )
    fritzbox = probatio.Schema(
        {
            probatio.Required(
                CONF_BLOCK_AT_BOX, default=options.get(CONF_BLOCK_AT_BOX, False)
            ): BooleanSelector(),
            probatio.Required(
                CONF_BLOCK_CAP, default=options.get(CONF_BLOCK_CAP, DEFAULT_BLOCK_CAP)
            ): count_selector(1, 5000),
        }
    )
    sections: dict[Any, Any] = {
        probatio.Required(SECTION_MUTE): section(
            mute, {"collapsed": not options.get(CONF_MUTE_TARGETS)}
        )
    }
    if box:
        sections[probatio.Required(SECTION_FRITZBOX)] = section(
            fritzbox, {"collapsed": not options.get(CONF_BLOCK_AT_BOX)}
        )
    return probatio.Schema(
        {
            probatio.Required(CONF_REGION, default=region): CountrySelector(),
            probatio.Required(
                CONF_WITHHELD_IS_NUISANCE,
                default=options.get(CONF_WITHHELD_IS_NUISANCE, False),
            ): BooleanSelector(),
            probatio.Required(
                CONF_ABROAD_IS_NUISANCE,
                default=options.get(CONF_ABROAD_IS_NUISANCE, False),
            ): BooleanSelector(),
            probatio.Required(
                CONF_REPEAT_CALLS,
                default=options.get(CONF_REPEAT_CALLS, DEFAULT_REPEAT_CALLS),
            ): count_selector(0, 20),
            probatio.Required(
                CONF_REPEAT_DAYS,
                default=options.get(CONF_REPEAT_DAYS, DEFAULT_REPEAT_DAYS),
            ): count_selector(1, 90),
            **sections,
        }
    )


class LineOptionsFlow(OptionsFlowWithReload):
    """Home region, rules, ringer targets and call barring of a line."""

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """The options of a line have a form of their own."""
        return await self.async_step_line_options(user_input)

    async def async_step_line_options(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Edit the options."""
        errors: dict[str, str] = {}
        entry = self.config_entry
        options: dict[str, Any] = dict(entry.options)
        if user_input is not None:
            options = {
                key: value
                for key, value in user_input.items()
                if key not in (SECTION_MUTE, SECTION_FRITZBOX)
            }
            options.update(user_input.get(SECTION_MUTE) or {})
            options.update(user_input.get(SECTION_FRITZBOX) or {})
            if options.get(CONF_BLOCK_AT_BOX) and box_access(entry.data) is None:
                errors[SECTION_FRITZBOX] = "block_needs_login"
            else:
                return self.async_create_entry(data=options)
        region = options.get(CONF_REGION) or home_region(self.hass)
        box = entry.data.get(CONF_SOURCE, SOURCE_FRITZBOX) == SOURCE_FRITZBOX
        return self.async_show_form(
            step_id="line_options",
            data_schema=_schema(options, region, box=box),
            errors=errors,
            description_placeholders={"name": entry.title},
        )
