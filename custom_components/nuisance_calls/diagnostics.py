"""Diagnostics: the line's state, with phone numbers and names redacted."""

from __future__ import annotations

from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant

from .hub import NuisanceHub
from .lists import ListSubscription

TO_REDACT = {
    "number",
    "raw_number",
    "formatted_number",
    "callee",
    "caller",
    "label",
    "username",
    "password",
    "api_key",
    "token",
    "header_value",
    "url",
    "webhook_id",
}


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: ConfigEntry
) -> dict[str, Any]:
    """What a bug report needs, nothing that identifies a person."""
    if isinstance(subscription := entry.runtime_data, ListSubscription):
        return async_redact_data(
            {
                "entry": {"data": dict(entry.data), "options": dict(entry.options)},
                "entries": subscription.entries,
                "numbers": subscription.exact,
                "ranges": subscription.ranges,
                "skipped": subscription.skipped,
                "format": subscription.format,
                "problem": subscription.problem.value,
                "detail": subscription.detail,
                "last_success": str(subscription.last_success),
            },
            TO_REDACT,
        )
    hub: NuisanceHub = entry.runtime_data
    client = hub.client
    data = hub.data
    return async_redact_data(
        {
            "entry": {
                "title": entry.title,
                "data": dict(entry.data),
                "options": dict(entry.options),
            },
            "source": {
                "kind": hub.source,
                "connected": hub.connected,
                "reconnects": client.reconnects if client else None,
                "lines_ignored": client.lines_ignored if client else None,
                "last_error": client.last_error if client else None,
            },
            "region": hub.region,
            "phonebook": {
                "configured": bool(hub.phonebook and hub.phonebook.configured),
                "contacts": hub.phonebook.contacts if hub.phonebook else 0,
                "numbers": hub.phonebook.numbers if hub.phonebook else 0,
                "last_error": hub.phonebook.last_error if hub.phonebook else None,
            },
            "mute_enabled": hub.mute_enabled,
            "ringer": {
                "targets": len(hub.ringer.targets),
                "script": hub.ringer.script is not None,
                "muted": hub.ringer.muted,
                "calls_holding_mute": len(hub.ringer.calls),
                "saved_targets": [target.entity_id for target in hub.ringer.saved or ()],
            },
            "call_barring": {
                "enabled": hub.barring.enabled,
                "state": hub.barring.status.state.value,
                "cap": hub.barring.cap,
                "barred": hub.barring.status.barred,
                "wanted": hub.barring.status.wanted,
                "barred_by_hand": hub.barring.status.by_hand,
                "attempts": hub.barring.status.attempts,
                "last_error": hub.barring.status.last_error,
                "last_sync": str(hub.barring.status.last_sync),
            },
            "active_calls": [
                {
                    "call_id": info.call.call_id,
                    "direction": info.call.direction.value,
                    "number": info.call.number,
                    "line": info.call.line,
                    "answered": info.call.answered,
                    "verdict": info.verdict.verdict.value,
                    "sources": list(info.verdict.sources),
                }
                for info in hub.active.values()
            ],
            "counters": hub.counters.as_dict(),
            "personal_list": {
                "entries": len(data.personal),
                "flagged": sum(1 for e in data.personal if e.action.value == "flag"),
            },
            "register": {"callers": len(data.register)},
        },
        TO_REDACT,
    )
