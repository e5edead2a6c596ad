"""Repairs the user can fix from the repairs dashboard: a list that shrank a lot."""

from __future__ import annotations

from typing import Any

from homeassistant.components.repairs import RepairsFlow, RepairsFlowResult
from homeassistant.core import HomeAssistant

from .types import EntryKind, entry_kind


async def async_create_fix_flow(
    hass: HomeAssistant, issue_id: str, data: dict[str, Any] | None
) -> RepairsFlow:
    """The fix for a list whose new copy has far fewer entries than the last."""
    return AcceptSmallerListFlow(str((data or {}).get("entry_id", "")))


class AcceptSmallerListFlow(RepairsFlow):
    """The user confirms that the publisher's list really is that small now."""

    def __init__(self, entry_id: str) -> None:
        self.entry_id = entry_id

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> RepairsFlowResult:
        """Ask once."""
        return await self.async_step_confirm()

    async def async_step_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> RepairsFlowResult:
        """Apply the smaller list now, or leave the last good copy in force."""
        entry = self.hass.config_entries.async_get_entry(self.entry_id)
        if entry is None or entry_kind(entry) is not EntryKind.SHARED_LIST:
            return self.async_abort(reason="list_gone")
        subscription = entry.runtime_data
        if user_input is not None:
            subscription.accept_smaller = True
            if not await subscription.async_refresh():
                return self.async_abort(reason="list_refresh_failed")
            return self.async_create_entry(data={})
        return self.async_show_form(
            step_id="confirm",
            description_placeholders={"name": entry.title, "detail": subscription.detail or ""},
        )
