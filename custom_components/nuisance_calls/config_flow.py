"""Config, reconfigure and options flows."""

from __future__ import annotations

from collections.abc import Mapping
from ipaddress import ip_address
import logging
from typing import Any
from urllib.parse import urlparse

from homeassistant.components import webhook
from homeassistant.config_entries import (
    SOURCE_RECONFIGURE,
    ConfigEntry,
    ConfigEntryState,
    ConfigFlow,
    ConfigFlowResult,
    OptionsFlowWithReload,
)
from homeassistant.const import CONF_HOST, CONF_NAME, CONF_PASSWORD, CONF_PORT, CONF_USERNAME
from homeassistant.core import HomeAssistant, State, callback
from homeassistant.data_entry_flow import section
from homeassistant.helpers.aiohttp_client import async_get_clientsession
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
from homeassistant.helpers.service_info.ssdp import (
    ATTR_UPNP_FRIENDLY_NAME,
    ATTR_UPNP_UDN,
    SsdpServiceInfo,
)
import probatio

from .boxapi import box_access, tr064_client
from .const import (
    CONF_ABROAD_IS_NUISANCE,
    CONF_ALLOW_INTERNET,
    CONF_API_KEY,
    CONF_BLOCK_AT_BOX,
    CONF_BLOCK_CAP,
    CONF_CACHE_HOURS,
    CONF_CALLEE_ATTRIBUTE,
    CONF_DAILY_BUDGET,
    CONF_DIALING,
    CONF_DIALLED_ATTRIBUTE,
    CONF_ENTITY_ID,
    CONF_HEADER_NAME,
    CONF_HEADER_VALUE,
    CONF_IDLE,
    CONF_LINE_ATTRIBUTE,
    CONF_LIST_MODE,
    CONF_LOCAL_ONLY,
    CONF_MAX_SIZE_MB,
    CONF_MUTE_SCRIPT,
    CONF_MUTE_TARGETS,
    CONF_NUMBER_ATTRIBUTE,
    CONF_PARTNER,
    CONF_REFRESH_HOURS,
    CONF_REGION,
    CONF_REPEAT_CALLS,
    CONF_REPEAT_DAYS,
    CONF_RINGING,
    CONF_SOURCE,
    CONF_TALKING,
    CONF_THRESHOLD,
    CONF_UDN,
    CONF_URL,
    CONF_WEBHOOK_ID,
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
    SOURCE_ENTITY,
    SOURCE_FRITZBOX,
    SOURCE_LIST,
    SOURCE_TELLOWS,
    SOURCE_WEBHOOK,
)
from .entity_source import (
    attribute_choices,
    core_call_monitor_sensor,
    mapping_defaults,
    mapping_from,
    state_choices,
)
from .lib.callmonitor import probe
from .lib.exceptions import ListFetchError, Tr064AuthError, Tr064Error
from .lib.listclient import ListClient, parse_document
from .ringer import MUTE_DOMAINS
from .webhook import webhook_examples

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


def _is_ip(host: str) -> bool:
    try:
        ip_address(host)
    except ValueError:
        return False
    return True


async def _same_host(hass: HomeAssistant, configured: str, discovered: str) -> bool:
    """Whether a configured host (an address or a name) is the discovered address."""
    if configured.lower() == discovered.lower():
        return True
    if _is_ip(configured):
        return False
    try:
        infos = await hass.loop.getaddrinfo(configured, None)
    except OSError:
        return False
    return any(info[4][0] == discovered for info in infos)


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
            step_id="user",
            menu_options=[
                SOURCE_FRITZBOX,
                SOURCE_ENTITY,
                SOURCE_WEBHOOK,
                SOURCE_LIST,
                SOURCE_TELLOWS,
            ],
        )

    _entity_id: str = ""

    async def async_step_entity(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Take calls from an entity that shows a phone's state (or its call events)."""
        errors: dict[str, str] = {}
        if user_input is not None:
            entity_id = user_input[CONF_ENTITY_ID]
            if self.hass.states.get(entity_id) is None:
                errors[CONF_ENTITY_ID] = "entity_not_found"
            else:
                await self.async_set_unique_id(f"{SOURCE_ENTITY}:{entity_id}")
                self._abort_if_unique_id_configured()
                self._entity_id = entity_id
                return await self.async_step_entity_mapping()
        suggested = {CONF_ENTITY_ID: core_call_monitor_sensor(self.hass)}
        schema = probatio.Schema(
            {
                probatio.Required(CONF_ENTITY_ID): EntitySelector(
                    EntitySelectorConfig(domain=["sensor", "event"])
                )
            }
        )
        return self.async_show_form(
            step_id=SOURCE_ENTITY,
            data_schema=self.add_suggested_values_to_schema(schema, user_input or suggested),
            errors=errors,
        )

    async def async_step_entity_mapping(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Which states (or event types) mean ringing, talking, idle, dialing."""
        errors: dict[str, str] = {}
        entity_id = self._entity_id
        if self.source == SOURCE_RECONFIGURE:
            entry = self._get_reconfigure_entry()
            entity_id = entry.data[CONF_ENTITY_ID]
        state = self.hass.states.get(entity_id)
        if user_input is not None:
            data = {key: value for key, value in user_input.items() if value}
            if problems := mapping_from(data).problems():
                errors["base"] = problems[0]
            elif self.source == SOURCE_RECONFIGURE:
                return self.async_update_reload_and_abort(
                    self._get_reconfigure_entry(),
                    data={CONF_SOURCE: SOURCE_ENTITY, CONF_ENTITY_ID: entity_id, **data},
                )
            else:
                name = state.name if state is not None else entity_id
                return self.async_create_entry(
                    title=name,
                    data={CONF_SOURCE: SOURCE_ENTITY, CONF_ENTITY_ID: entity_id, **data},
                )
        if self.source == SOURCE_RECONFIGURE and user_input is None:
            defaults: Mapping[str, Any] = self._get_reconfigure_entry().data
        else:
            defaults = user_input or mapping_defaults(self.hass, entity_id, state)
        return self.async_show_form(
            step_id="entity_mapping",
            data_schema=self.add_suggested_values_to_schema(
                _mapping_schema(entity_id, state, defaults), defaults
            ),
            errors=errors,
            description_placeholders={"entity_id": entity_id},
        )

    async def async_step_webhook(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Take calls from a phone system that posts them to a webhook."""
        if user_input is not None:
            webhook_id = webhook.async_generate_id()
            return self.async_create_entry(
                title=user_input[CONF_NAME].strip() or "Phone system",
                data={
                    CONF_SOURCE: SOURCE_WEBHOOK,
                    CONF_WEBHOOK_ID: webhook_id,
                    CONF_LOCAL_ONLY: not user_input[CONF_ALLOW_INTERNET],
                },
                description=SOURCE_WEBHOOK,
                description_placeholders=webhook_examples(
                    self.hass, webhook_id, external=user_input[CONF_ALLOW_INTERNET]
                ),
            )
        schema = probatio.Schema(
            {
                probatio.Required(CONF_NAME, default="Phone system"): TextSelector(),
                probatio.Required(CONF_ALLOW_INTERNET, default=False): BooleanSelector(),
            }
        )
        return self.async_show_form(step_id=SOURCE_WEBHOOK, data_schema=schema)

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
                download = await ListClient(async_get_clientsession(self.hass)).fetch(
                    url, headers=headers, max_bytes=max_mb << 20
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

    _discovered_host: str = ""
    _discovered_udn: str | None = None

    async def async_step_ssdp(self, discovery_info: SsdpServiceInfo) -> ConfigFlowResult:
        """A FRITZ!Box announced itself on the network."""
        host = urlparse(discovery_info.ssdp_location or "").hostname
        if not host:
            return self.async_abort(reason="not_fritzbox")
        udn = discovery_info.upnp.get(ATTR_UPNP_UDN) or discovery_info.ssdp_udn
        for entry in self._async_current_entries(include_ignore=False):
            if entry.data.get(CONF_SOURCE, SOURCE_FRITZBOX) != SOURCE_FRITZBOX:
                continue
            if udn and entry.data.get(CONF_UDN) == udn:
                # The same box at a new address: follow it (a name like
                # fritz.box stays, the box's DNS keeps that one right).
                if _is_ip(entry.data[CONF_HOST]) and entry.data[CONF_HOST] != host:
                    port = entry.data[CONF_PORT]
                    self.hass.config_entries.async_update_entry(
                        entry,
                        unique_id=f"{host}:{port}",
                        title=_title(host, port),
                        data={**entry.data, CONF_HOST: host},
                    )
                    if entry.state is ConfigEntryState.LOADED:
                        self.hass.config_entries.async_schedule_reload(entry.entry_id)
                return self.async_abort(reason="already_configured")
            if await _same_host(self.hass, entry.data[CONF_HOST], host):
                if udn and entry.data.get(CONF_UDN) != udn:
                    self.hass.config_entries.async_update_entry(
                        entry, data={**entry.data, CONF_UDN: udn}
                    )
                return self.async_abort(reason="already_configured")
        await self.async_set_unique_id(f"{host}:{DEFAULT_PORT}")
        self._abort_if_unique_id_configured()
        self._discovered_host, self._discovered_udn = host, udn
        name = str(discovery_info.upnp.get(ATTR_UPNP_FRIENDLY_NAME) or "FRITZ!Box")
        self.context["title_placeholders"] = {"name": name}
        return await self.async_step_discovery_confirm()

    async def async_step_discovery_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Add the discovered box's call monitor (it must be switched on)."""
        host = self._discovered_host
        errors: dict[str, str] = {}
        if user_input is not None:
            if (error := await _try_connect(host, DEFAULT_PORT)) is None:
                data = {CONF_SOURCE: SOURCE_FRITZBOX, CONF_HOST: host, CONF_PORT: DEFAULT_PORT}
                if self._discovered_udn:
                    data[CONF_UDN] = self._discovered_udn
                return self.async_create_entry(title=_title(host, DEFAULT_PORT), data=data)
            errors["base"] = error
        return self.async_show_form(
            step_id="discovery_confirm",
            errors=errors,
            description_placeholders={"host": host, "dial_code": "#96*5*"},
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change host and port of an existing line."""
        entry = self._get_reconfigure_entry()
        source = entry.data.get(CONF_SOURCE)
        if source == SOURCE_ENTITY:
            return await self.async_step_entity_mapping()
        if source in (SOURCE_LIST, SOURCE_TELLOWS, SOURCE_WEBHOOK):
            return self.async_abort(reason=f"reconfigure_{source}")
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

    async def async_step_reauth(self, entry_data: Mapping[str, Any]) -> ConfigFlowResult:
        """The box refused the TR-064 user (phone books, call barring)."""
        return await self.async_step_reauth_confirm()

    async def async_step_reauth_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask for the FRITZ!Box user and password again and try them."""
        entry = self._get_reauth_entry()
        errors: dict[str, str] = {}
        username = entry.data.get(CONF_USERNAME, "")
        if user_input is not None:
            username = user_input[CONF_USERNAME].strip()
            password = user_input[CONF_PASSWORD]
            access = box_access({**entry.data, CONF_USERNAME: username, CONF_PASSWORD: password})
            if access is None:
                errors["base"] = "invalid_auth"
            else:
                try:
                    await tr064_client(self.hass, access).phonebook_ids()
                except Tr064AuthError:
                    errors["base"] = "invalid_auth"
                except Tr064Error:
                    errors["base"] = "cannot_connect"
                else:
                    return self.async_update_reload_and_abort(
                        entry, data_updates={CONF_USERNAME: username, CONF_PASSWORD: password}
                    )
        schema = probatio.Schema(
            {
                probatio.Required(CONF_USERNAME, default=username): TextSelector(
                    TextSelectorConfig(autocomplete="username")
                ),
                probatio.Required(CONF_PASSWORD): TextSelector(
                    TextSelectorConfig(
                        type=TextSelectorType.PASSWORD, autocomplete="current-password"
                    )
                ),
            }
        )
        return self.async_show_form(
            step_id="reauth_confirm",
            data_schema=schema,
            errors=errors,
            description_placeholders={"name": entry.title},
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


def _line_options_schema(
    options: Mapping[str, Any], region: str, *, box: bool = True
) -> probatio.Schema:
    """Rules at the top; muting and FRITZ!Box access (for a box) in sections."""
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
            **(
                {
                    probatio.Required(SECTION_FRITZBOX): section(
                        fritzbox, {"collapsed": not options.get(CONF_USERNAME)}
                    )
                }
                if box
                else {}
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
        box = self.config_entry.data.get(CONF_SOURCE, SOURCE_FRITZBOX) == SOURCE_FRITZBOX
        return self.async_show_form(
            step_id="init",
            data_schema=_line_options_schema(options, region, box=box),
            errors=errors,
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


def _mapping_schema(
    entity_id: str, state: State | None, defaults: Mapping[str, Any]
) -> probatio.Schema:
    """Multi-selects of the entity's states (typing others is allowed) and attributes."""
    choices = state_choices(entity_id, state)
    attributes = attribute_choices(state)
    for key in (CONF_RINGING, CONF_TALKING, CONF_IDLE, CONF_DIALING):
        choices += [v for v in defaults.get(key) or () if v not in choices]
    for key in (
        CONF_NUMBER_ATTRIBUTE,
        CONF_DIALLED_ATTRIBUTE,
        CONF_CALLEE_ATTRIBUTE,
        CONF_LINE_ATTRIBUTE,
    ):
        if (value := defaults.get(key)) and value not in attributes:
            attributes.append(str(value))
    states = SelectSelector(SelectSelectorConfig(options=choices, multiple=True, custom_value=True))
    attribute = SelectSelector(SelectSelectorConfig(options=attributes, custom_value=True))
    return probatio.Schema(
        {
            probatio.Required(CONF_RINGING): states,
            probatio.Optional(CONF_TALKING): states,
            probatio.Required(CONF_IDLE): states,
            probatio.Optional(CONF_DIALING): states,
            probatio.Required(CONF_NUMBER_ATTRIBUTE): attribute,
            probatio.Optional(CONF_DIALLED_ATTRIBUTE): attribute,
            probatio.Optional(CONF_CALLEE_ATTRIBUTE): attribute,
            probatio.Optional(CONF_LINE_ATTRIBUTE): attribute,
        }
    )
