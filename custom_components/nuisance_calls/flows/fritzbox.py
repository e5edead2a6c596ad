"""Adding, discovering, changing and re-authenticating a FRITZ!Box line.

A FRITZ!Box line needs the call monitor (TCP 1012, switched on by dialling
``#96*5*``); a TR-064 user and password are optional (phone books, call
barring) and are checked when given. A box found over SSDP is identified by
its UPnP device name (the entry's unique id) and followed to a new address.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlparse

from homeassistant.config_entries import ConfigEntry, ConfigEntryState, ConfigFlow, ConfigFlowResult
from homeassistant.const import CONF_HOST, CONF_PASSWORD, CONF_PORT, CONF_USERNAME
from homeassistant.helpers.selector import TextSelector
from homeassistant.helpers.service_info.ssdp import (
    ATTR_UPNP_FRIENDLY_NAME,
    ATTR_UPNP_UDN,
    SsdpServiceInfo,
)
import probatio

from ..boxapi import box_access, tr064_client
from ..const import CONF_SOURCE, DEFAULT_HOST, DEFAULT_PORT, SOURCE_FRITZBOX
from ..errors import flow_error
from ..lib.callmonitor import probe
from ..lib.exceptions import NuisanceCallsError
from ..migration import udn_unique_id
from ..types import EntryKind, entry_kind
from .common import DIAL_CODE, PASSWORD_SELECTOR, PORT_SELECTOR, USERNAME_SELECTOR, is_ip, same_host


def _schema(defaults: Mapping[str, Any]) -> probatio.Schema:
    return probatio.Schema(
        {
            probatio.Required(CONF_HOST, default=defaults.get(CONF_HOST, DEFAULT_HOST)): (
                TextSelector()
            ),
            probatio.Required(CONF_PORT, default=defaults.get(CONF_PORT, DEFAULT_PORT)): (
                PORT_SELECTOR
            ),
            probatio.Optional(
                CONF_USERNAME, description={"suggested_value": defaults.get(CONF_USERNAME)}
            ): USERNAME_SELECTOR,
            probatio.Optional(CONF_PASSWORD): PASSWORD_SELECTOR,
        }
    )


def box_title(host: str, port: int) -> str:
    """A line's default name: "FRITZ!Box", with the address when it is not the usual one."""
    if host == DEFAULT_HOST and port == DEFAULT_PORT:
        return "FRITZ!Box"
    return f"FRITZ!Box {host}" if port == DEFAULT_PORT else f"FRITZ!Box {host}:{port}"


def _box_data(user_input: Mapping[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {
        CONF_SOURCE: SOURCE_FRITZBOX,
        CONF_HOST: str(user_input[CONF_HOST]).strip(),
        CONF_PORT: int(user_input[CONF_PORT]),
    }
    username = str(user_input.get(CONF_USERNAME) or "").strip()
    password = str(user_input.get(CONF_PASSWORD) or "")
    if username or password:
        data[CONF_USERNAME], data[CONF_PASSWORD] = username, password
    return data


class FritzBoxSteps(ConfigFlow):
    """The steps of a FRITZ!Box line."""

    _discovered_host: str = ""

    def _box_entries(self, but: ConfigEntry | None = None) -> list[ConfigEntry]:
        return [
            entry
            for entry in self._async_current_entries(include_ignore=False)
            if entry_kind(entry) is EntryKind.LINE
            and entry.data.get(CONF_SOURCE, SOURCE_FRITZBOX) == SOURCE_FRITZBOX
            and entry is not but
        ]

    async def _is_configured(self, data: Mapping[str, Any], but: ConfigEntry | None = None) -> bool:
        for entry in self._box_entries(but):
            if entry.data[CONF_PORT] == data[CONF_PORT] and await same_host(
                self.hass, entry.data[CONF_HOST], data[CONF_HOST]
            ):
                return True
        return False

    async def _check(self, data: Mapping[str, Any]) -> str | None:
        """The error key of a box that cannot be used this way, None when it can."""
        try:
            await probe(data[CONF_HOST], data[CONF_PORT])
            if data.get(CONF_USERNAME) or data.get(CONF_PASSWORD):
                access = box_access(data)
                if access is None:
                    return "invalid_auth"  # a user without password or the other way round
                await tr064_client(self.hass, access).phonebook_ids()
        except (NuisanceCallsError, OSError) as err:
            return flow_error(err)
        return None

    async def async_step_fritzbox(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Connect to a FRITZ!Box call monitor (and, optionally, its TR-064 user)."""
        errors: dict[str, str] = {}
        if user_input is not None:
            data = _box_data(user_input)
            if await self._is_configured(data):
                return self.async_abort(reason="already_configured")
            if (error := await self._check(data)) is None:
                return self.async_create_entry(
                    title=box_title(data[CONF_HOST], data[CONF_PORT]), data=data
                )
            errors["base"] = error
        return self.async_show_form(
            step_id=SOURCE_FRITZBOX,
            data_schema=_schema(user_input or {}),
            errors=errors,
            description_placeholders={"dial_code": DIAL_CODE},
        )

    async def async_step_ssdp(self, discovery_info: SsdpServiceInfo) -> ConfigFlowResult:
        """A FRITZ!Box announced itself on the network."""
        host = urlparse(discovery_info.ssdp_location or "").hostname
        if not host:
            return self.async_abort(reason="not_fritzbox")
        udn = udn_unique_id(discovery_info.upnp.get(ATTR_UPNP_UDN) or discovery_info.ssdp_udn)
        for entry in self._box_entries():
            if udn and entry.unique_id == udn:
                # The same box at a new address: follow it (a name like
                # fritz.box stays, the box's DNS keeps that one right).
                if is_ip(entry.data[CONF_HOST]) and entry.data[CONF_HOST] != host:
                    port = entry.data[CONF_PORT]
                    self.hass.config_entries.async_update_entry(
                        entry, title=box_title(host, port), data={**entry.data, CONF_HOST: host}
                    )
                    if entry.state is ConfigEntryState.LOADED:
                        self.hass.config_entries.async_schedule_reload(entry.entry_id)
                return self.async_abort(reason="already_configured")
            if await same_host(self.hass, entry.data[CONF_HOST], host):
                if udn and entry.unique_id is None:
                    self.hass.config_entries.async_update_entry(entry, unique_id=udn)
                return self.async_abort(reason="already_configured")
        await self.async_set_unique_id(udn)
        self._abort_if_unique_id_configured()
        self._discovered_host = host
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
            data = _box_data({CONF_HOST: host, CONF_PORT: DEFAULT_PORT, **user_input})
            if (error := await self._check(data)) is None:
                return self.async_create_entry(title=box_title(host, DEFAULT_PORT), data=data)
            errors["base"] = error
        schema = probatio.Schema(
            {
                probatio.Optional(CONF_USERNAME): USERNAME_SELECTOR,
                probatio.Optional(CONF_PASSWORD): PASSWORD_SELECTOR,
            }
        )
        return self.async_show_form(
            step_id="discovery_confirm",
            data_schema=schema,
            errors=errors,
            description_placeholders={"host": host, "dial_code": DIAL_CODE},
        )

    async def async_step_reconfigure_fritzbox(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change the box's address, port or TR-064 user."""
        entry = self._get_reconfigure_entry()
        errors: dict[str, str] = {}
        if user_input is not None:
            data = _box_data(user_input)
            if data.get(CONF_USERNAME) == entry.data.get(CONF_USERNAME) and not data.get(
                CONF_PASSWORD
            ):
                data[CONF_PASSWORD] = entry.data.get(CONF_PASSWORD, "")  # left empty: kept
            if await self._is_configured(data, but=entry):
                return self.async_abort(reason="already_configured")
            if (error := await self._check(data)) is None:
                kept = {
                    k: v for k, v in entry.data.items() if k not in (CONF_USERNAME, CONF_PASSWORD)
                }
                return self.async_update_reload_and_abort(
                    entry,
                    title=box_title(data[CONF_HOST], data[CONF_PORT]),
                    data={**kept, **data},
                )
            errors["base"] = error
        return self.async_show_form(
            step_id="reconfigure_fritzbox",
            data_schema=_schema(user_input or entry.data),
            errors=errors,
            description_placeholders={"dial_code": DIAL_CODE},
        )

    async def async_step_reauth_fritzbox(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """The box refused the TR-064 user: ask for it again and try it."""
        entry = self._get_reauth_entry()
        errors: dict[str, str] = {}
        if user_input is not None:
            data = {**entry.data, **_box_data({**entry.data, **user_input})}
            access = box_access(data)
            try:
                if access is None:
                    errors["base"] = "invalid_auth"
                else:
                    await tr064_client(self.hass, access).phonebook_ids()
            except NuisanceCallsError as err:
                errors["base"] = flow_error(err)
            if not errors:
                return self.async_update_reload_and_abort(
                    entry,
                    data_updates={
                        CONF_USERNAME: data[CONF_USERNAME],
                        CONF_PASSWORD: data[CONF_PASSWORD],
                    },
                )
        schema = probatio.Schema(
            {
                probatio.Required(
                    CONF_USERNAME, default=entry.data.get(CONF_USERNAME, "")
                ): USERNAME_SELECTOR,
                probatio.Required(CONF_PASSWORD): PASSWORD_SELECTOR,
            }
        )
        return self.async_show_form(
            step_id="reauth_fritzbox",
            data_schema=schema,
            errors=errors,
            description_placeholders={"name": entry.title},
        )
