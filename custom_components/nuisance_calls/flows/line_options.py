"""The options of a line: its rules, its ringer and (for a FRITZ!Box) call barring and its phone.

Stored flat in the entry's options; the sections are only the form's layout.
The IP phone's user and password are credentials: they go to the entry's
data, and the password is never shown again (left empty, it is kept).
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
    SelectSelector,
    SelectSelectorConfig,
    TextSelector,
    TextSelectorConfig,
)
import probatio

from ..boxapi import box_access
from ..const import (
    CONF_ABROAD_IS_NUISANCE,
    CONF_ANNOUNCEMENT,
    CONF_BLOCK_AT_BOX,
    CONF_BLOCK_CAP,
    CONF_HANG_UP_TAGS,
    CONF_INVALID_IS_NUISANCE,
    CONF_MUTE_SCRIPT,
    CONF_MUTE_TARGETS,
    CONF_PHONE_PASSWORD,
    CONF_PHONE_PORT,
    CONF_PHONE_USER,
    CONF_POLITE_NO_TAGS,
    CONF_REGION,
    CONF_REPEAT_CALLS,
    CONF_REPEAT_DAYS,
    CONF_RING_TAGS,
    CONF_SOURCE,
    CONF_STOP_ACTION,
    CONF_TTS_ENGINE,
    CONF_WITHHELD_IS_NUISANCE,
    DEFAULT_BLOCK_CAP,
    DEFAULT_PHONE_PORT,
    DEFAULT_REPEAT_CALLS,
    DEFAULT_REPEAT_DAYS,
    SOURCE_FRITZBOX,
)
from ..household import home_region
from ..lib.stopping import StopAction
from ..lib.text import FLAG_TAGS, clean_tag
from ..ringer import MUTE_DOMAINS
from .common import PASSWORD_SELECTOR, USERNAME_SELECTOR, count_selector
from .phone import PhoneProbe, async_probe_phone

SECTION_MUTE: Final = "mute"
SECTION_FRITZBOX: Final = "fritzbox"
SECTION_PHONE: Final = "phone"
SECTIONS: Final = (SECTION_MUTE, SECTION_FRITZBOX, SECTION_PHONE)
TAG_SELECTOR: Final = SelectSelector(
    SelectSelectorConfig(
        options=list(FLAG_TAGS), multiple=True, custom_value=True, translation_key="tag"
    )
)
ACTION_SELECTOR: Final = SelectSelector(
    SelectSelectorConfig(
        options=[action.value for action in StopAction], translation_key="stop_action"
    )
)
_TAG_OPTIONS: Final = (CONF_HANG_UP_TAGS, CONF_POLITE_NO_TAGS, CONF_RING_TAGS)
_PHONE_OPTIONS: Final = (
    CONF_PHONE_PORT,
    CONF_STOP_ACTION,
    *_TAG_OPTIONS,
    CONF_TTS_ENGINE,
    CONF_ANNOUNCEMENT,
)


def _phone_schema(options: Mapping[str, Any], data: Mapping[str, Any]) -> probatio.Schema:
    """The IP phone's login (from the entry's data), what it does, and what it says."""
    return probatio.Schema(
        {
            probatio.Optional(
                CONF_PHONE_USER, description={"suggested_value": data.get(CONF_PHONE_USER)}
            ): USERNAME_SELECTOR,
            probatio.Optional(CONF_PHONE_PASSWORD): PASSWORD_SELECTOR,
            probatio.Required(
                CONF_PHONE_PORT, default=options.get(CONF_PHONE_PORT, DEFAULT_PHONE_PORT)
            ): count_selector(1024, 65535),
            probatio.Required(
                CONF_STOP_ACTION, default=options.get(CONF_STOP_ACTION, StopAction.HANG_UP.value)
            ): ACTION_SELECTOR,
            **{
                probatio.Optional(key, default=list(options.get(key) or [])): TAG_SELECTOR
                for key in _TAG_OPTIONS
            },
            probatio.Optional(
                CONF_TTS_ENGINE, description={"suggested_value": options.get(CONF_TTS_ENGINE)}
            ): EntitySelector(EntitySelectorConfig(domain="tts")),
            probatio.Optional(
                CONF_ANNOUNCEMENT, description={"suggested_value": options.get(CONF_ANNOUNCEMENT)}
            ): TextSelector(TextSelectorConfig(multiline=True)),
        }
    )


def _schema(
    options: Mapping[str, Any], region: str, *, box: bool, data: Mapping[str, Any]
) -> probatio.Schema:
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
        sections[probatio.Required(SECTION_PHONE)] = section(
            _phone_schema(options, data), {"collapsed": not data.get(CONF_PHONE_USER)}
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
                CONF_INVALID_IS_NUISANCE,
                default=options.get(CONF_INVALID_IS_NUISANCE, False),
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
        data: dict[str, Any] = dict(entry.data)
        if user_input is not None:
            options = {key: value for key, value in user_input.items() if key not in SECTIONS}
            for name in SECTIONS:
                options.update(user_input.get(name) or {})
            user = str(options.pop(CONF_PHONE_USER, "") or "").strip()
            password = str(options.pop(CONF_PHONE_PASSWORD, "") or "")
            for key in _TAG_OPTIONS:
                if key in options:
                    options[key] = sorted({clean_tag(tag) for tag in options[key]} - {""})
            if options.get(CONF_BLOCK_AT_BOX) and box_access(entry.data) is None:
                errors[SECTION_FRITZBOX] = "block_needs_login"
            elif (phone_error := await self._phone(data, options, user, password)) is not None:
                errors[SECTION_PHONE] = phone_error
            else:
                if data != entry.data:
                    self.hass.config_entries.async_update_entry(entry, data=data)
                return self.async_create_entry(data=options)
        region = options.get(CONF_REGION) or home_region(self.hass)
        box = entry.data.get(CONF_SOURCE, SOURCE_FRITZBOX) == SOURCE_FRITZBOX
        return self.async_show_form(
            step_id="line_options",
            data_schema=_schema(options, region, box=box, data=data),
            errors=errors,
            description_placeholders={"name": entry.title},
        )

    async def _phone(
        self, data: dict[str, Any], options: dict[str, Any], user: str, password: str
    ) -> str | None:
        """Check the phone's settings and put its login into ``data``; an error key, or None.

        No user: the line has no phone. A new user or password is tried at the
        box before it is kept; an empty password keeps the stored one.
        """
        if not user:  # no phone, and none of its settings
            data.pop(CONF_PHONE_USER, None)
            data.pop(CONF_PHONE_PASSWORD, None)
            for key in _PHONE_OPTIONS:
                options.pop(key, None)
            return None
        if options.get(CONF_PHONE_PORT) == 5060:
            return "phone_port_5060"
        uses_polite_no = options.get(CONF_STOP_ACTION) == StopAction.POLITE_NO or bool(
            options.get(CONF_POLITE_NO_TAGS)
        )
        if uses_polite_no and not options.get(CONF_TTS_ENGINE):
            return "polite_no_needs_tts"
        if not password:
            if user != data.get(CONF_PHONE_USER) or not data.get(CONF_PHONE_PASSWORD):
                return "phone_password_needed"
            password = str(data[CONF_PHONE_PASSWORD])
        if user != data.get(CONF_PHONE_USER) or password != data.get(CONF_PHONE_PASSWORD):
            match await async_probe_phone(data, user, password):
                case PhoneProbe.OK:
                    pass
                case problem:
                    return problem.value
        data[CONF_PHONE_USER], data[CONF_PHONE_PASSWORD] = user, password
        return None
