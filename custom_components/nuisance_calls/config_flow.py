"""Config, reconfigure and options flows."""

from __future__ import annotations

from collections.abc import Mapping
import logging
from typing import Any

from homeassistant.config_entries import (
    ConfigEntry,
    ConfigFlow,
    ConfigFlowResult,
    OptionsFlowWithReload,
)
from homeassistant.const import CONF_HOST, CONF_NAME, CONF_PASSWORD, CONF_PORT, CONF_USERNAME
from homeassistant.core import callback
from homeassistant.data_entry_flow import section
from homeassistant.helpers.selector import (
    BooleanSelector,
    CountrySelector,
    EntitySelector,
    EntitySelectorConfig,
    NumberSelector,
    NumberSelectorConfig,
    NumberSelectorMode,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TextSelector,
    TextSelectorConfig,
    TextSelectorType,
)
import probatio

from .const import (
    CONF_ABROAD_IS_NUISANCE,
    CONF_API_KEY,
    CONF_BLOCK_AT_BOX,
    CONF_BLOCK_CAP,
    CONF_CACHE_HOURS,
    CONF_DAILY_BUDGET,
    CONF_HEADER_NAME,
    CONF_HEADER_VALUE,
    CONF_LIST_MODE,
    CONF_MAX_SIZE_MB,
    CONF_MUTE_SCRIPT,
    CONF_MUTE_TARGETS,
    CONF_PARTNER,
    CONF_REFRESH_HOURS,
    CONF_REGION,
    CONF_REPEAT_CALLS,
    CONF_REPEAT_DAYS,
    CONF_SOURCE,
    CONF_THRESHOLD,
    CONF_URL,
    CONF_WITHHELD_IS_NUISANCE,
    DEFAULT_BLOCK_CAP,
    DEFAULT_CACHE_HOURS,
    DEFAULT_DAILY_BUDGET,
    DEFAULT_HOST,
    DEFAULT_MAX_SIZE_MB,
    DEFAULT_PORT,
    DEFAULT_REFRESH_HOURS,
    DEFAULT_REGION,
    DEFAULT_REPEAT_CALLS,
    DEFAULT_REPEAT_DAYS,
    DEFAULT_THRESHOLD,
    DOMAIN,
    LIST_MODE_ALLOW,
    LIST_MODE_FLAG,
    SOURCE_FRITZBOX,
    SOURCE_LIST,
    SOURCE_TELLOWS,
)
from .lib.callmonitor import probe
from .lists import ListFetchError, async_download, parse_document
from .ringer import MUTE_DOMAINS

_LOGGER = logging.getLogger(__name__)

PORT_SELECTOR = probatio.All(
    NumberSelector(NumberSelectorConfig(min=1, max=65535, step=1, mode=NumberSelectorMode.BOX)),
    probatio.Coerce(int),
)


def _count_selector(minimum: int, maximum: int) -> probatio.All[Any]:
    return probatio.All(
        NumberSelector(
            NumberSelectorConfig(min=minimum, max=maximum, step=1, mode=NumberSelectorMode.BOX)
        ),
        probatio.Coerce(int),
    )


def _fritzbox_schema(host: str, port: int) -> probatio.Schema:
    return probatio.Schema(
        {
            probatio.Required(CONF_HOST, default=host): TextSelector(),
            probatio.Required(CONF_PORT, default=port): PORT_SELECTOR,
        }
    )


def _title(host: str, port: int) -> str:
    if host == DEFAULT_HOST and port == DEFAULT_PORT:
        return "FRITZ!Box"
    return f"FRITZ!Box {host}" if port == DEFAULT_PORT else f"FRITZ!Box {host}:{port}"


async def _try_connect(host: str, port: int) -> str | None:
    """Return an error key, or None when the call monitor answers."""
    try:
        await probe(host, port)
    except TimeoutError:
        return "timeout"
    except ConnectionRefusedError:
        return "call_monitor_disabled"
    except OSError as err:
        _LOGGER.debug("Cannot connect to %s:%s: %s", host, port, err)
        return "cannot_connect"
    return None


class NuisanceCallsConfigFlow(ConfigFlow, domain=DOMAIN):
    """Add a line: choose its call source, then set it up."""

    VERSION = 1
    MINOR_VERSION = 1

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Choose the call source."""
        return self.async_show_menu(
            step_id="user", menu_options=[SOURCE_FRITZBOX, SOURCE_LIST, SOURCE_TELLOWS]
        )

    async def async_step_tellows(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Add tellows as an online reputation source (one per installation)."""
        await self.async_set_unique_id(SOURCE_TELLOWS)
        self._abort_if_unique_id_configured()
        if user_input is not None:
            return self.async_create_entry(
                title="tellows",
                data={
                    CONF_SOURCE: SOURCE_TELLOWS,
                    CONF_API_KEY: user_input[CONF_API_KEY].strip(),
                    CONF_PARTNER: user_input[CONF_PARTNER].strip(),
                },
                options={key: user_input[key] for key in _TELLOWS_OPTIONS},
            )
        schema = probatio.Schema(
            {
                probatio.Required(CONF_API_KEY): TextSelector(
                    TextSelectorConfig(type=TextSelectorType.PASSWORD)
                ),
                probatio.Required(CONF_PARTNER): TextSelector(),
                **_tellows_options_schema({}),
            }
        )
        return self.async_show_form(step_id=SOURCE_TELLOWS, data_schema=schema)

    async def async_step_shared_list(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Subscribe to a list that friends, a household or a community publish."""
        errors: dict[str, str] = {}
        placeholders: dict[str, str] = {"detail": ""}
        if user_input is not None:
            url = user_input[CONF_URL].strip()
            await self.async_set_unique_id(url)
            self._abort_if_unique_id_configured()
            headers = {}
            if header := user_input.get(CONF_HEADER_NAME, "").strip():
                headers[header] = user_input.get(CONF_HEADER_VALUE, "")
            max_mb = int(user_input[CONF_MAX_SIZE_MB])
            try:
                download = await async_download(
                    self.hass, url, headers=headers, max_bytes=max_mb << 20
                )
                parsed, _index = await self.hass.async_add_executor_job(
                    parse_document,
                    download.body or b"",
                    (self.hass.config.country or DEFAULT_REGION).upper(),
                    "",
                    False,
                )
            except ListFetchError as err:
                errors["base"] = f"list_{err.problem.value}"
                placeholders["detail"] = err.detail[:200]
            else:
                name = user_input[CONF_NAME].strip() or parsed.name or url
                return self.async_create_entry(
                    title=name,
                    data={
                        CONF_SOURCE: SOURCE_LIST,
                        CONF_URL: url,
                        CONF_LIST_MODE: user_input[CONF_LIST_MODE],
                        CONF_HEADER_NAME: header,
                        CONF_HEADER_VALUE: user_input.get(CONF_HEADER_VALUE, "") if header else "",
                    },
                    options={
                        CONF_REFRESH_HOURS: int(user_input[CONF_REFRESH_HOURS]),
                        CONF_MAX_SIZE_MB: max_mb,
                    },
                )
        schema = probatio.Schema(
            {
                probatio.Required(CONF_NAME, default=""): TextSelector(),
                probatio.Required(CONF_URL): TextSelector(
                    TextSelectorConfig(type=TextSelectorType.URL)
                ),
                probatio.Required(CONF_LIST_MODE, default=LIST_MODE_FLAG): SelectSelector(
                    SelectSelectorConfig(
                        options=[LIST_MODE_FLAG, LIST_MODE_ALLOW],
                        translation_key="list_mode",
                        mode=SelectSelectorMode.LIST,
                    )
                ),
                probatio.Optional(CONF_HEADER_NAME, default=""): TextSelector(),
                probatio.Optional(CONF_HEADER_VALUE, default=""): TextSelector(
                    TextSelectorConfig(type=TextSelectorType.PASSWORD)
                ),
                probatio.Required(
                    CONF_REFRESH_HOURS, default=DEFAULT_REFRESH_HOURS
                ): _count_selector(1, 168),
                probatio.Required(CONF_MAX_SIZE_MB, default=DEFAULT_MAX_SIZE_MB): _count_selector(
                    1, 500
                ),
            }
        )
        return self.async_show_form(
            step_id=SOURCE_LIST,
            data_schema=self.add_suggested_values_to_schema(schema, user_input),
            errors=errors,
            description_placeholders=placeholders,
        )

    async def async_step_fritzbox(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Connect to a FRITZ!Box call monitor."""
        errors: dict[str, str] = {}
        host, port = DEFAULT_HOST, DEFAULT_PORT
        if user_input is not None:
            host, port = user_input[CONF_HOST].strip(), int(user_input[CONF_PORT])
            await self.async_set_unique_id(f"{host.lower()}:{port}")
            self._abort_if_unique_id_configured()
            if (error := await _try_connect(host, port)) is None:
                return self.async_create_entry(
                    title=_title(host, port),
                    data={CONF_SOURCE: SOURCE_FRITZBOX, CONF_HOST: host, CONF_PORT: port},
                )
            errors["base"] = error
        return self.async_show_form(
            step_id=SOURCE_FRITZBOX,
            data_schema=_fritzbox_schema(host, port),
            errors=errors,
            description_placeholders={"dial_code": "#96*5*"},
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change host and port of an existing line."""
        entry = self._get_reconfigure_entry()
        if entry.data.get(CONF_SOURCE) == SOURCE_LIST:
            return self.async_abort(reason="reconfigure_list")
        errors: dict[str, str] = {}
        host, port = entry.data[CONF_HOST], entry.data[CONF_PORT]
        if user_input is not None:
            host, port = user_input[CONF_HOST].strip(), int(user_input[CONF_PORT])
            await self.async_set_unique_id(f"{host.lower()}:{port}")
            if entry.unique_id != self.unique_id:
                self._abort_if_unique_id_configured()
            if (error := await _try_connect(host, port)) is None:
                return self.async_update_reload_and_abort(
                    entry,
                    unique_id=self.unique_id,
                    title=_title(host, port),
                    data_updates={CONF_HOST: host, CONF_PORT: port},
                )
            errors["base"] = error
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=_fritzbox_schema(host, port),
            errors=errors,
            description_placeholders={"dial_code": "#96*5*"},
        )

    @staticmethod
    @callback
    def async_get_options_flow(
        config_entry: ConfigEntry,
    ) -> NuisanceCallsOptionsFlow | SharedListOptionsFlow | TellowsOptionsFlow:
        """The options of a line or a list."""
        if config_entry.data.get(CONF_SOURCE) == SOURCE_LIST:
            return SharedListOptionsFlow()
        if config_entry.data.get(CONF_SOURCE) == SOURCE_TELLOWS:
            return TellowsOptionsFlow()
        return NuisanceCallsOptionsFlow()


class SharedListOptionsFlow(OptionsFlowWithReload):
    """Refresh interval and size limit of a list."""

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Edit the options."""
        if user_input is not None:
            return self.async_create_entry(data=user_input)
        options = self.config_entry.options
        schema = probatio.Schema(
            {
                probatio.Required(
                    CONF_REFRESH_HOURS,
                    default=options.get(CONF_REFRESH_HOURS, DEFAULT_REFRESH_HOURS),
                ): _count_selector(1, 168),
                probatio.Required(
                    CONF_MAX_SIZE_MB, default=options.get(CONF_MAX_SIZE_MB, DEFAULT_MAX_SIZE_MB)
                ): _count_selector(1, 500),
            }
        )
        return self.async_show_form(step_id="init", data_schema=schema)


SECTION_MUTE = "mute"
SECTION_FRITZBOX = "fritzbox"


def _line_options_schema(options: Mapping[str, Any], region: str) -> probatio.Schema:
    """Rules at the top; muting and FRITZ!Box access in sections."""
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
            probatio.Optional(CONF_USERNAME, default=options.get(CONF_USERNAME, "")): (
                TextSelector(TextSelectorConfig(autocomplete="username"))
            ),
            probatio.Optional(CONF_PASSWORD, default=options.get(CONF_PASSWORD, "")): (
                TextSelector(
                    TextSelectorConfig(
                        type=TextSelectorType.PASSWORD, autocomplete="current-password"
                    )
                )
            ),
            probatio.Required(
                CONF_BLOCK_AT_BOX, default=options.get(CONF_BLOCK_AT_BOX, False)
            ): BooleanSelector(),
            probatio.Required(
                CONF_BLOCK_CAP, default=options.get(CONF_BLOCK_CAP, DEFAULT_BLOCK_CAP)
            ): _count_selector(1, 5000),
        }
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
            ): _count_selector(0, 20),
            probatio.Required(
                CONF_REPEAT_DAYS,
                default=options.get(CONF_REPEAT_DAYS, DEFAULT_REPEAT_DAYS),
            ): _count_selector(1, 90),
            probatio.Required(SECTION_MUTE): section(
                mute, {"collapsed": not options.get(CONF_MUTE_TARGETS)}
            ),
            probatio.Required(SECTION_FRITZBOX): section(
                fritzbox, {"collapsed": not options.get(CONF_USERNAME)}
            ),
        }
    )


class NuisanceCallsOptionsFlow(OptionsFlowWithReload):
    """Home region, rules, ringer targets and FRITZ!Box access of a line."""

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Edit the options (stored flat; the sections are only the form's layout)."""
        errors: dict[str, str] = {}
        options: dict[str, Any] = dict(self.config_entry.options)
        if user_input is not None:
            options = {
                key: value
                for key, value in user_input.items()
                if key not in (SECTION_MUTE, SECTION_FRITZBOX)
            }
            options.update(user_input.get(SECTION_MUTE) or {})
            options.update(user_input.get(SECTION_FRITZBOX) or {})
            if not options.get(CONF_MUTE_SCRIPT):
                options.pop(CONF_MUTE_SCRIPT, None)
            if options.get(CONF_BLOCK_AT_BOX) and not (
                options.get(CONF_USERNAME) and options.get(CONF_PASSWORD)
            ):
                errors[SECTION_FRITZBOX] = "block_needs_login"
            else:
                return self.async_create_entry(data=options)
        region = options.get(CONF_REGION) or self.hass.config.country or DEFAULT_REGION
        return self.async_show_form(
            step_id="init", data_schema=_line_options_schema(options, region), errors=errors
        )


_TELLOWS_OPTIONS = (CONF_THRESHOLD, CONF_CACHE_HOURS, CONF_DAILY_BUDGET)


def _tellows_options_schema(options: Mapping[str, Any]) -> dict[Any, Any]:
    return {
        probatio.Required(
            CONF_THRESHOLD, default=options.get(CONF_THRESHOLD, DEFAULT_THRESHOLD)
        ): _count_selector(1, 9),
        probatio.Required(
            CONF_CACHE_HOURS, default=options.get(CONF_CACHE_HOURS, DEFAULT_CACHE_HOURS)
        ): _count_selector(1, 720),
        probatio.Required(
            CONF_DAILY_BUDGET, default=options.get(CONF_DAILY_BUDGET, DEFAULT_DAILY_BUDGET)
        ): _count_selector(1, 100_000),
    }


class TellowsOptionsFlow(OptionsFlowWithReload):
    """Threshold, cache time and daily budget of the tellows look-ups."""

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Edit the options."""
        if user_input is not None:
            return self.async_create_entry(data=user_input)
        schema = probatio.Schema(_tellows_options_schema(self.config_entry.options))
        return self.async_show_form(step_id="init", data_schema=schema)
