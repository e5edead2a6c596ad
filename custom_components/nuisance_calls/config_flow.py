"""Config flow: add a line, a shared list, tellows or PhoneBlock; change, re-authenticate, options.

One flow class for the integration, joined from one set of steps per kind of
entry (``flows/``); here only the menu and the dispatch of reconfigure,
re-authentication and options to the entry's kind.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from homeassistant.config_entries import ConfigEntry, ConfigFlowResult, OptionsFlow
from homeassistant.core import callback

from .const import (
    CONF_SOURCE,
    DOMAIN,
    REAUTH,
    REAUTH_PHONE,
    SOURCE_ENTITY,
    SOURCE_FRITZBOX,
    SOURCE_LIST,
    SOURCE_PHONEBLOCK,
    SOURCE_TELLOWS,
    SOURCE_WEBHOOK,
)
from .flows.entity import EntitySteps
from .flows.fritzbox import FritzBoxSteps
from .flows.line_options import LineOptionsFlow
from .flows.phone import PhoneSteps
from .flows.phoneblock import PhoneBlockOptionsFlow, PhoneBlockSteps
from .flows.shared_list import SharedListOptionsFlow, SharedListSteps
from .flows.tellows import TellowsOptionsFlow, TellowsSteps
from .flows.webhook import WebhookSteps
from .migration import MINOR_VERSION, VERSION
from .types import EntryKind, entry_kind


class NuisanceCallsConfigFlow(
    FritzBoxSteps,
    PhoneSteps,
    EntitySteps,
    WebhookSteps,
    SharedListSteps,
    TellowsSteps,
    PhoneBlockSteps,
    domain=DOMAIN,
):
    """Add a line (choose its call source), a shared list or tellows."""

    VERSION = VERSION
    MINOR_VERSION = MINOR_VERSION

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Choose what to add."""
        return self.async_show_menu(
            step_id="user",
            menu_options=[
                SOURCE_FRITZBOX,
                SOURCE_ENTITY,
                SOURCE_WEBHOOK,
                SOURCE_LIST,
                SOURCE_TELLOWS,
                SOURCE_PHONEBLOCK,
            ],
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change what an entry connects to, by its kind."""
        entry = self._get_reconfigure_entry()
        match entry_kind(entry):
            case EntryKind.SHARED_LIST:
                return await self.async_step_reconfigure_list()
            case EntryKind.TELLOWS:
                return await self.async_step_reconfigure_tellows()
            case EntryKind.PHONEBLOCK:
                return await self.async_step_reconfigure_phoneblock()
            case EntryKind.LINE:
                pass
        source = entry.data.get(CONF_SOURCE, SOURCE_FRITZBOX)
        if source == SOURCE_ENTITY:
            return await self.async_step_entity_mapping()
        if source == SOURCE_WEBHOOK:
            return await self.async_step_reconfigure_webhook()
        return await self.async_step_reconfigure_fritzbox()

    async def async_step_reauth(self, entry_data: Mapping[str, Any]) -> ConfigFlowResult:
        """Credentials were refused: ask for new ones, by the entry's kind."""
        match entry_kind(self._get_reauth_entry()):
            case EntryKind.SHARED_LIST:
                return await self.async_step_reauth_list()
            case EntryKind.TELLOWS:
                return await self.async_step_reauth_tellows()
            case EntryKind.PHONEBLOCK:
                return await self.async_step_reauth_phoneblock()
            case EntryKind.LINE if entry_data.get(REAUTH) == REAUTH_PHONE:
                return await self.async_step_reauth_phone()
            case EntryKind.LINE:
                return await self.async_step_reauth_fritzbox()

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: ConfigEntry) -> OptionsFlow:
        """The options of a line, a list or tellows."""
        match entry_kind(config_entry):
            case EntryKind.SHARED_LIST:
                return SharedListOptionsFlow()
            case EntryKind.TELLOWS:
                return TellowsOptionsFlow()
            case EntryKind.PHONEBLOCK:
                return PhoneBlockOptionsFlow()
            case EntryKind.LINE:
                return LineOptionsFlow()
