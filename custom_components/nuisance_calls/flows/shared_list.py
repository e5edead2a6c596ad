"""Subscribing to a shared list, changing it, and giving it a new token.

Every form downloads and reads the list before it is stored (test before
configure); a list behind a token whose token is refused asks for a new one
(re-authentication).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from homeassistant.config_entries import (
    ConfigEntry,
    ConfigFlow,
    ConfigFlowResult,
    OptionsFlowWithReload,
)
from homeassistant.const import CONF_NAME
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.selector import (
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TextSelector,
    TextSelectorConfig,
    TextSelectorType,
)
import probatio

from ..const import (
    CONF_HEADER_NAME,
    CONF_HEADER_VALUE,
    CONF_LIST_MODE,
    CONF_MAX_SIZE_MB,
    CONF_REFRESH_HOURS,
    CONF_SOURCE,
    CONF_URL,
    DEFAULT_MAX_SIZE_MB,
    DEFAULT_REFRESH_HOURS,
    LIST_MODE_ALLOW,
    LIST_MODE_FLAG,
    SOURCE_LIST,
)
from ..errors import MAX_PLACEHOLDER, flow_error
from ..household import home_region
from ..lib.exceptions import ListFetchError
from ..lib.listclient import ListClient, parse_document
from ..lists import FirstCopy, list_headers, stash_first_copy
from .common import PASSWORD_SELECTOR, count_selector

URL_SELECTOR = TextSelector(TextSelectorConfig(type=TextSelectorType.URL))
MODE_SELECTOR = SelectSelector(
    SelectSelectorConfig(
        options=[LIST_MODE_FLAG, LIST_MODE_ALLOW],
        translation_key="list_mode",
        mode=SelectSelectorMode.LIST,
    )
)


def _options_schema(options: Mapping[str, Any]) -> dict[Any, Any]:
    return {
        probatio.Required(
            CONF_REFRESH_HOURS, default=options.get(CONF_REFRESH_HOURS, DEFAULT_REFRESH_HOURS)
        ): count_selector(1, 168),
        probatio.Required(
            CONF_MAX_SIZE_MB, default=options.get(CONF_MAX_SIZE_MB, DEFAULT_MAX_SIZE_MB)
        ): count_selector(1, 500),
    }


def _token_schema(data: Mapping[str, Any]) -> dict[Any, Any]:
    return {
        probatio.Optional(
            CONF_HEADER_NAME, description={"suggested_value": data.get(CONF_HEADER_NAME)}
        ): TextSelector(),
        probatio.Optional(CONF_HEADER_VALUE): PASSWORD_SELECTOR,
    }


def _list_data(user_input: Mapping[str, Any], current: Mapping[str, Any]) -> dict[str, Any]:
    """The entry data a form stands for; an empty token value keeps the stored one."""
    header = str(user_input.get(CONF_HEADER_NAME) or "").strip()
    value = str(user_input.get(CONF_HEADER_VALUE) or "")
    if header and not value and header == current.get(CONF_HEADER_NAME):
        value = str(current.get(CONF_HEADER_VALUE) or "")
    return {
        CONF_SOURCE: SOURCE_LIST,
        CONF_URL: str(user_input.get(CONF_URL, current.get(CONF_URL, ""))).strip(),
        CONF_LIST_MODE: user_input.get(CONF_LIST_MODE, current.get(CONF_LIST_MODE, LIST_MODE_FLAG)),
        CONF_HEADER_NAME: header,
        CONF_HEADER_VALUE: value if header else "",
    }


class SharedListSteps(ConfigFlow):
    """The steps of a shared list subscription."""

    async def _try_list(
        self,
        data: Mapping[str, Any],
        max_mb: int,
        errors: dict[str, str],
        placeholders: dict[str, str],
        *,
        title: str = "",
    ) -> FirstCopy | None:
        """Download and read the list; what was read, or None with ``errors`` filled in.

        It is read as the subscription ``title`` will read it, so its set-up can
        use this copy instead of downloading and reading it again.
        """
        source, allow = f"list:{title}", data[CONF_LIST_MODE] == LIST_MODE_ALLOW
        try:
            download = await ListClient(async_get_clientsession(self.hass)).fetch(
                data[CONF_URL], headers=list_headers(data), max_bytes=max_mb << 20
            )
            parsed, index = await self.hass.async_add_executor_job(
                parse_document, download.body or b"", home_region(self.hass), source, allow
            )
        except ListFetchError as err:
            errors["base"] = flow_error(err)
            placeholders["detail"] = err.detail[:MAX_PLACEHOLDER]
            return None
        if not parsed.count:
            errors["base"] = "list_empty"
            return None
        return FirstCopy(download, parsed, index, source, allow)

    async def _store_list(
        self,
        entry: ConfigEntry,
        data: dict[str, Any],
        errors: dict[str, str],
        placeholders: dict[str, str],
    ) -> ConfigFlowResult | None:
        """Keep a list's new settings once it reads with them; None: show the form again."""
        max_mb = int(entry.options.get(CONF_MAX_SIZE_MB, DEFAULT_MAX_SIZE_MB))
        first = await self._try_list(data, max_mb, errors, placeholders, title=entry.title)
        if first is None:
            return None
        stash_first_copy(self.hass, data[CONF_URL], first)
        return self.async_update_reload_and_abort(entry, data=data)

    async def async_step_shared_list(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Subscribe to a list that friends, a household or a community publish."""
        errors: dict[str, str] = {}
        placeholders: dict[str, str] = {"detail": ""}
        if user_input is not None:
            data = _list_data(user_input, {})
            self._async_abort_entries_match({CONF_URL: data[CONF_URL]})
            max_mb = int(user_input[CONF_MAX_SIZE_MB])
            name = user_input[CONF_NAME].strip()
            first = await self._try_list(data, max_mb, errors, placeholders, title=name)
            if first is not None:
                stash_first_copy(self.hass, data[CONF_URL], first)
                return self.async_create_entry(
                    title=name or first.parsed.name or data[CONF_URL],
                    data=data,
                    options={
                        CONF_REFRESH_HOURS: int(user_input[CONF_REFRESH_HOURS]),
                        CONF_MAX_SIZE_MB: max_mb,
                    },
                )
        schema = probatio.Schema(
            {
                probatio.Required(CONF_NAME, default=""): TextSelector(),
                probatio.Required(CONF_URL): URL_SELECTOR,
                probatio.Required(CONF_LIST_MODE, default=LIST_MODE_FLAG): MODE_SELECTOR,
                **_token_schema({}),
                **_options_schema({}),
            }
        )
        return self.async_show_form(
            step_id=SOURCE_LIST,
            data_schema=self.add_suggested_values_to_schema(schema, user_input),
            errors=errors,
            description_placeholders=placeholders,
        )

    async def async_step_reconfigure_list(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change the list's address, what its entries do, or its token."""
        entry = self._get_reconfigure_entry()
        errors: dict[str, str] = {}
        placeholders: dict[str, str] = {"detail": "", "name": entry.title}
        if user_input is not None:
            data = _list_data(user_input, entry.data)
            if data[CONF_URL] != entry.data[CONF_URL]:
                self._async_abort_entries_match({CONF_URL: data[CONF_URL]})
            if (done := await self._store_list(entry, data, errors, placeholders)) is not None:
                return done
        schema = probatio.Schema(
            {
                probatio.Required(CONF_URL, default=entry.data[CONF_URL]): URL_SELECTOR,
                probatio.Required(
                    CONF_LIST_MODE, default=entry.data.get(CONF_LIST_MODE, LIST_MODE_FLAG)
                ): MODE_SELECTOR,
                **_token_schema(entry.data),
            }
        )
        return self.async_show_form(
            step_id="reconfigure_list",
            data_schema=schema,
            errors=errors,
            description_placeholders=placeholders,
        )

    async def async_step_reauth_list(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """The list's server refused its token: ask for a new one and try it."""
        entry = self._get_reauth_entry()
        errors: dict[str, str] = {}
        placeholders: dict[str, str] = {"detail": "", "name": entry.title}
        if user_input is not None:
            data = _list_data(user_input, entry.data)
            if (done := await self._store_list(entry, data, errors, placeholders)) is not None:
                return done
        return self.async_show_form(
            step_id="reauth_list",
            data_schema=probatio.Schema(_token_schema(entry.data)),
            errors=errors,
            description_placeholders=placeholders,
        )


class SharedListOptionsFlow(OptionsFlowWithReload):
    """How often a list is downloaded and how big it may be."""

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """The options of a list have a form of their own."""
        return await self.async_step_list_options(user_input)

    async def async_step_list_options(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Edit the refresh interval and the size limit."""
        if user_input is not None:
            return self.async_create_entry(data=user_input)
        return self.async_show_form(
            step_id="list_options",
            data_schema=probatio.Schema(_options_schema(self.config_entry.options)),
            description_placeholders={"name": self.config_entry.title},
        )
