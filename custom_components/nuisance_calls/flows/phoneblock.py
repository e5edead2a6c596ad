"""Adding PhoneBlock (one per installation), changing its token, and its options.

The token is checked (``/api/test-connect``) before it is stored; a token
that PhoneBlock refuses later asks for a new one (re-authentication).
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
from homeassistant.helpers.selector import BooleanSelector
import probatio

from .. import phoneblock
from ..const import (
    CONF_CACHE_HOURS,
    CONF_DAILY_BUDGET,
    CONF_REPORT,
    CONF_SOURCE,
    CONF_THRESHOLD,
    CONF_TOKEN,
    DEFAULT_CACHE_HOURS,
    DEFAULT_DAILY_BUDGET,
    DEFAULT_PHONEBLOCK_THRESHOLD,
    SOURCE_PHONEBLOCK,
)
from ..errors import flow_error
from ..lib.exceptions import ReputationError
from ..lib.phoneblock import PhoneBlockClient
from .common import PASSWORD_SELECTOR, count_selector

OPTIONS = (CONF_REPORT, CONF_THRESHOLD, CONF_CACHE_HOURS, CONF_DAILY_BUDGET)


def _options_schema(options: Mapping[str, Any]) -> dict[Any, Any]:
    return {
        probatio.Required(CONF_REPORT, default=options.get(CONF_REPORT, False)): BooleanSelector(),
        probatio.Required(
            CONF_THRESHOLD, default=options.get(CONF_THRESHOLD, DEFAULT_PHONEBLOCK_THRESHOLD)
        ): count_selector(1, 1000),
        probatio.Required(
            CONF_CACHE_HOURS, default=options.get(CONF_CACHE_HOURS, DEFAULT_CACHE_HOURS)
        ): count_selector(1, 720),
        probatio.Required(
            CONF_DAILY_BUDGET, default=options.get(CONF_DAILY_BUDGET, DEFAULT_DAILY_BUDGET)
        ): count_selector(1, 100_000),
    }


TOKEN_SCHEMA = {probatio.Required(CONF_TOKEN): PASSWORD_SELECTOR}


class PhoneBlockSteps(ConfigFlow):
    """The steps of the PhoneBlock provider."""

    async def _check_token(
        self, user_input: Mapping[str, Any], errors: dict[str, str]
    ) -> dict[str, Any]:
        """The token as entry data; ``errors`` filled in when PhoneBlock refuses it."""
        data = {CONF_SOURCE: SOURCE_PHONEBLOCK, CONF_TOKEN: str(user_input[CONF_TOKEN]).strip()}
        client = PhoneBlockClient(
            async_get_clientsession(self.hass), data[CONF_TOKEN], base_url=phoneblock.PHONEBLOCK_URL
        )
        try:
            await client.verify()
        except (ReputationError, TimeoutError) as err:
            errors["base"] = flow_error(err, service="phoneblock")
        return data

    async def async_step_phoneblock(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Add PhoneBlock: its blocklist, look-ups and (if wanted) reports."""
        self._async_abort_entries_match({CONF_SOURCE: SOURCE_PHONEBLOCK})
        errors: dict[str, str] = {}
        if user_input is not None:
            data = await self._check_token(user_input, errors)
            if not errors:
                return self.async_create_entry(
                    title="PhoneBlock",
                    data=data,
                    options={key: user_input[key] for key in OPTIONS},
                )
        schema = probatio.Schema({**TOKEN_SCHEMA, **_options_schema(user_input or {})})
        return self.async_show_form(step_id=SOURCE_PHONEBLOCK, data_schema=schema, errors=errors)

    async def _store_token(
        self, entry: ConfigEntry, user_input: dict[str, Any] | None, errors: dict[str, str]
    ) -> ConfigFlowResult | None:
        """Check a new token and keep it (the entry reloads); None: show the form (again)."""
        if user_input is None:
            return None
        data = await self._check_token(user_input, errors)
        return None if errors else self.async_update_reload_and_abort(entry, data=data)

    async def async_step_reconfigure_phoneblock(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Use another token."""
        entry = self._get_reconfigure_entry()
        errors: dict[str, str] = {}
        if (done := await self._store_token(entry, user_input, errors)) is not None:
            return done
        return self.async_show_form(
            step_id="reconfigure_phoneblock",
            data_schema=probatio.Schema(TOKEN_SCHEMA),
            errors=errors,
        )

    async def async_step_reauth_phoneblock(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """PhoneBlock refused the token: ask for a new one and check it."""
        entry = self._get_reauth_entry()
        errors: dict[str, str] = {}
        if (done := await self._store_token(entry, user_input, errors)) is not None:
            return done
        return self.async_show_form(
            step_id="reauth_phoneblock",
            data_schema=probatio.Schema(TOKEN_SCHEMA),
            errors=errors,
        )


class PhoneBlockOptionsFlow(OptionsFlowWithReload):
    """Reporting, the vote threshold, cache time and daily budget of the look-ups."""

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """The options of PhoneBlock have a form of their own."""
        return await self.async_step_phoneblock_options(user_input)

    async def async_step_phoneblock_options(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Edit the options."""
        if user_input is not None:
            return self.async_create_entry(data=user_input)
        return self.async_show_form(
            step_id="phoneblock_options",
            data_schema=probatio.Schema(_options_schema(self.config_entry.options)),
        )
