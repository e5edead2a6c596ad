"""Adding tellows (one per installation), changing its key, and its options.

The key is checked with one look-up before it is stored; a key that tellows
refuses later asks for a new one (re-authentication).
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
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.selector import TextSelector
import probatio

from .. import tellows
from ..const import (
    CONF_API_KEY,
    CONF_CACHE_HOURS,
    CONF_DAILY_BUDGET,
    CONF_PARTNER,
    CONF_SOURCE,
    CONF_THRESHOLD,
    DEFAULT_CACHE_HOURS,
    DEFAULT_DAILY_BUDGET,
    DEFAULT_THRESHOLD,
    SOURCE_TELLOWS,
)
from ..errors import flow_error
from ..lib.exceptions import ReputationError
from ..lib.tellows import TellowsClient
from .common import PASSWORD_SELECTOR, count_selector

OPTIONS = (CONF_THRESHOLD, CONF_CACHE_HOURS, CONF_DAILY_BUDGET)


def _options_schema(options: Mapping[str, Any]) -> dict[Any, Any]:
    return {
        probatio.Required(
            CONF_THRESHOLD, default=options.get(CONF_THRESHOLD, DEFAULT_THRESHOLD)
        ): count_selector(1, 9),
        probatio.Required(
            CONF_CACHE_HOURS, default=options.get(CONF_CACHE_HOURS, DEFAULT_CACHE_HOURS)
        ): count_selector(1, 720),
        probatio.Required(
            CONF_DAILY_BUDGET, default=options.get(CONF_DAILY_BUDGET, DEFAULT_DAILY_BUDGET)
        ): count_selector(1, 100_000),
    }


def _key_schema(data: Mapping[str, Any]) -> dict[Any, Any]:
    return {
        probatio.Required(CONF_API_KEY): PASSWORD_SELECTOR,
        probatio.Required(CONF_PARTNER, default=data.get(CONF_PARTNER, "")): TextSelector(),
    }


class TellowsSteps(ConfigFlow):
    """The steps of the tellows provider."""

    async def _check_key(
        self, user_input: Mapping[str, Any], errors: dict[str, str]
    ) -> dict[str, Any]:
        """The key and partner as entry data; ``errors`` filled in when tellows refuses them."""
        data = {
            CONF_SOURCE: SOURCE_TELLOWS,
            CONF_API_KEY: str(user_input[CONF_API_KEY]).strip(),
            CONF_PARTNER: str(user_input[CONF_PARTNER]).strip(),
        }
        client = TellowsClient(
            async_get_clientsession(self.hass),
            data[CONF_API_KEY],
            data[CONF_PARTNER],
            base_url=tellows.TELLOWS_URL,
        )
        try:
            await client.verify()
        except (ReputationError, TimeoutError) as err:
            errors["base"] = flow_error(err, service="tellows")
        return data

    async def async_step_tellows(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Add tellows as the online reputation source (one per installation)."""
        self._async_abort_entries_match({CONF_SOURCE: SOURCE_TELLOWS})
        errors: dict[str, str] = {}
        if user_input is not None:
            data = await self._check_key(user_input, errors)
            if not errors:
                return self.async_create_entry(
                    title="tellows", data=data, options={key: user_input[key] for key in OPTIONS}
                )
        schema = probatio.Schema({**_key_schema(user_input or {}), **_options_schema({})})
        return self.async_show_form(step_id=SOURCE_TELLOWS, data_schema=schema, errors=errors)

    async def _store_key(
        self, entry: ConfigEntry, user_input: dict[str, Any] | None, errors: dict[str, str]
    ) -> ConfigFlowResult | None:
        """Check a new key and keep it (the entry reloads); None: show the form (again)."""
        if user_input is None:
            return None
        data = await self._check_key(user_input, errors)
        return None if errors else self.async_update_reload_and_abort(entry, data=data)

    async def async_step_reconfigure_tellows(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Use another API key or partner id."""
        entry = self._get_reconfigure_entry()
        errors: dict[str, str] = {}
        if (done := await self._store_key(entry, user_input, errors)) is not None:
            return done
        return self.async_show_form(
            step_id="reconfigure_tellows",
            data_schema=probatio.Schema(_key_schema(entry.data)),
            errors=errors,
        )

    async def async_step_reauth_tellows(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """tellows refused the key: ask for it again and check it."""
        entry = self._get_reauth_entry()
        errors: dict[str, str] = {}
        if (done := await self._store_key(entry, user_input, errors)) is not None:
            return done
        return self.async_show_form(
            step_id="reauth_tellows",
            data_schema=probatio.Schema(_key_schema(entry.data)),
            errors=errors,
        )


class TellowsOptionsFlow(OptionsFlowWithReload):
    """Threshold, cache time and daily budget of the tellows look-ups."""

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """The options of tellows have a form of their own."""
        return await self.async_step_tellows_options(user_input)

    async def async_step_tellows_options(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Edit the options."""
        if user_input is not None:
            return self.async_create_entry(data=user_input)
        return self.async_show_form(
            step_id="tellows_options",
            data_schema=probatio.Schema(_options_schema(self.config_entry.options)),
        )
