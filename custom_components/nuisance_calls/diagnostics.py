"""Diagnostics of every entry kind, with phone numbers, names and secrets redacted."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant

from .const import CONF_SOURCE, SOURCE_FRITZBOX
from .household import HOUSEHOLD
from .lib.callmonitor import CallMonitorClient
from .lib.classifier import ListAction
from .line import Line
from .types import (
    EntryKind,
    LineConfigEntry,
    ListConfigEntry,
    PhoneBlockConfigEntry,
    TellowsConfigEntry,
    entry_kind,
)

TO_REDACT = {
    "number",
    "raw_number",
    "formatted_number",
    "callee",
    "caller",
    "label",
    "note",
    "username",
    "password",
    "phone_user",
    "phone_password",
    "announcement",
    "api_key",
    "partner",
    "token",
    "header_value",
    "url",
    "webhook_id",
    "host",
    "udn",
    "unique_id",
}


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: ConfigEntry
) -> dict[str, Any]:
    """What a bug report needs, nothing that identifies a person."""
    match entry_kind(entry):
        case EntryKind.LINE:
            details = _line(entry)
        case EntryKind.SHARED_LIST:
            details = _shared_list(entry)
        case EntryKind.TELLOWS:
            details = _tellows(entry)
        case EntryKind.PHONEBLOCK:
            details = _phoneblock(entry)
    household = hass.data[HOUSEHOLD]
    return async_redact_data(
        {
            "entry": {
                "title": entry.title,
                "version": f"{entry.version}.{entry.minor_version}",
                "data": dict(entry.data),
                "options": dict(entry.options),
            },
            **details,
            "household": {
                "region": household.region,
                "personal_list": {
                    "entries": len(household.personal),
                    "flagged": sum(1 for e in household.personal if e.action is ListAction.FLAG),
                },
                "register": {"callers": len(household.register)},
                "call_log": dict(
                    zip(("callers", "calls"), await household.store.async_counts(), strict=True)
                ),
                "index_entries": len(household.index),
                "reputation_provider": household.reputation is not None,
            },
        },
        TO_REDACT,
    )


def _line(entry: LineConfigEntry) -> dict[str, Any]:
    line = entry.runtime_data
    calls = line.calls
    source = line.source
    client = source if isinstance(source, CallMonitorClient) else None
    barring = line.barring
    return {
        "source": {
            "kind": entry.data.get(CONF_SOURCE, SOURCE_FRITZBOX),
            "connected": calls.connected,
            "reconnects": client.reconnects if client else None,
            "lines_ignored": client.lines_ignored if client else None,
            "last_error": client.last_error if client else None,
        },
        "region": calls.region,
        "rules": {
            "withheld_is_nuisance": calls.rules.withheld_is_nuisance,
            "abroad_is_nuisance": calls.rules.abroad_is_nuisance,
            "repeat_calls": calls.rules.repeat_calls,
            "repeat_days": calls.rules.repeat_days,
        },
        "phonebook": {
            "configured": line.phonebook is not None,
            "contacts": line.phonebook.contacts if line.phonebook else 0,
            "numbers": line.phonebook.numbers if line.phonebook else 0,
            "last_error": line.phonebook.last_error if line.phonebook else None,
        },
        "call_list": {
            "configured": line.backfill is not None,
            "since": _time(line.backfill.since) if line.backfill else None,
            "backfilled": line.backfill.backfilled if line.backfill else 0,
            "last_error": line.backfill.last_error if line.backfill else None,
            "area_code": bool(calls.area_code),
        },
        "ringer": {
            "enabled": line.ringer.enabled,
            "targets": len(line.ringer.targets),
            "script": line.ringer.script is not None,
            "muted": line.ringer.muted,
            "calls_holding_mute": len(line.ringer.calls),
            "saved_targets": [target.entity_id for target in line.ringer.saved or ()],
        },
        "call_barring": {
            "enabled": barring.enabled,
            "state": barring.status.state.value,
            "cap": barring.cap,
            "barred": barring.status.barred,
            "wanted": barring.status.wanted,
            "barred_by_hand": barring.status.by_hand,
            "attempts": barring.status.attempts,
            "last_error": barring.status.last_error,
            "last_sync": _time(barring.status.last_sync),
        },
        "phone": _phone(line),
        "active_calls": [
            {
                "call_id": call.call_id,
                "direction": call.direction.value,
                "number": call.number,
                "line": call.line,
                "answered": call.answered,
                "stopped": call.stopped.value if call.stopped else None,
                "verdict": call.verdict.verdict.value,
                "sources": list(call.verdict.sources),
            }
            for call in calls.active.values()
        ],
        "counters": calls.counters.as_dict(),
    }


def _phone(line: Line) -> dict[str, Any]:
    """The SIP phone: its registration and what it saw (never its login)."""
    if (phone := line.phone) is None:
        return {"configured": False}
    sip = phone.phone
    return {
        "configured": True,
        "state": sip.state.value,
        "enabled": phone.enabled,
        "local_port": sip.local_address[1],
        "last_error": sip.last_error,
        "registrations": sip.registrations,
        "calls_active": sip.calls_active,
        "dropped_datagrams": sip.dropped,
        "malformed_datagrams": sip.malformed,
        "refused_busy": sip.busy,
        "action": phone.policy.action.value,
        "actions_by_tag": {tag: action.value for tag, action in phone.policy.by_tag.items()},
        "announcement": phone.announcement is not None,
        "announcement_error": phone.announcement_error,
    }


def _shared_list(entry: ListConfigEntry) -> dict[str, Any]:
    subscription = entry.runtime_data
    return {
        "list": {
            "entries": subscription.entries,
            "numbers": subscription.exact,
            "ranges": subscription.ranges,
            "skipped": subscription.skipped,
            "format": subscription.format,
            "problem": subscription.problem.value,
            "detail": subscription.detail,
            "last_success": _time(subscription.last_success),
            "last_attempt": _time(subscription.last_attempt),
        }
    }


def _tellows(entry: TellowsConfigEntry) -> dict[str, Any]:
    provider = entry.runtime_data
    client = provider.client
    return {
        "tellows": {
            "threshold": provider.threshold,
            "cached_numbers": len(client.cache),
            "requests": client.requests,
            "errors": client.errors,
            "last_error": client.last_error,
            "budget": {"limit": client.budget.limit, "used_today": client.budget.used},
        }
    }


def _phoneblock(entry: PhoneBlockConfigEntry) -> dict[str, Any]:
    provider = entry.runtime_data
    client = provider.client
    return {
        "phoneblock": {
            "threshold": provider.threshold,
            "reporting": provider.reporting,
            "blocklist": {
                "numbers": provider.synced_numbers,
                "version": provider.version,
                "full_download": _time(provider.full_at),
                "last_sync": _time(provider.synced_at),
                "next_sync": _time(provider.next_sync),
                "last_error": provider.sync_error,
            },
            "look_ups": {
                "cached_numbers": len(client.cache),
                "requests": client.requests,
                "errors": client.errors,
                "last_error": client.last_error,
                "budget": {"limit": client.budget.limit, "used_today": client.budget.used},
            },
            "reports": {
                "sent": len(provider.reported),
                "waiting": len(provider.pending),
                "last_error": provider.report_error,
            },
        }
    }


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None
