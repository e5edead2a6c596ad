"""The Activity panel (logbook): each call event as people would say it.

HA's logbook shows a state change of ``event.<line>_call`` as the entity's
name and its translated event type ("Call — Incoming call"); a platform
cannot change that row. It can describe bus events: every call event is
also the bus event ``nuisance_calls_call``, and that becomes "ACME Energie
(030 123456) — Incoming call — Nuisance · Calls so far: 4".

Logbook descriptions are plain text (no translation keys). The words come
from the event entity's attribute translations (``entity.event.call
.state_attributes``: the event types, verdicts, how a call was stopped),
which HA has loaded for its configured language when it set the line up;
the more-info dialog shows the same words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

from homeassistant.components.event import DOMAIN as EVENT_DOMAIN
from homeassistant.components.logbook.const import (
    LOGBOOK_ENTRY_ENTITY_ID,
    LOGBOOK_ENTRY_MESSAGE,
    LOGBOOK_ENTRY_NAME,
)
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.translation import (
    async_get_cached_translations,
    async_get_translations,
)

from .const import DOMAIN, EVENT_CALL
from .lib.calls import CallEventType
from .lib.numbers import ANONYMOUS

ATTRIBUTES: Final = f"component.{DOMAIN}.entity.{EVENT_DOMAIN}.call.state_attributes"
MAX_NAME: Final = 80
"""Characters of a label shown (labels can come from lists written by strangers)."""


def _clean(text: Any, limit: int = MAX_NAME) -> str:
    """One line of printable text, cut to ``limit`` characters."""
    words = "".join(ch if ch.isprintable() else " " for ch in str(text or "")).split()
    line = " ".join(words)
    return line if len(line) <= limit else line[: limit - 1] + "…"


class _Words:
    """The event entity's attribute words in HA's language (the raw value if missing)."""

    def __init__(self, hass: HomeAssistant) -> None:
        self._texts = async_get_cached_translations(hass, hass.config.language, "entity", DOMAIN)

    def name(self, attribute: str) -> str:
        return self._texts.get(f"{ATTRIBUTES}.{attribute}.name") or attribute

    def state(self, attribute: str, value: Any) -> str:
        return self._texts.get(f"{ATTRIBUTES}.{attribute}.state.{value}") or str(value)


def caller_name(data: Mapping[str, Any], words: _Words) -> str:
    """``ACME Energie (030 123456)``, the number alone, or "Withheld number"."""
    number = str(data.get("number") or "")
    if number == ANONYMOUS:
        shown = words.state("number", ANONYMOUS)
    else:
        shown = _clean(data.get("formatted_number") or number, 40)
    if label := _clean(data.get("label")):
        return f"{label} ({shown})" if shown else label
    return shown


def describe(data: Mapping[str, Any], words: _Words) -> str:
    """What happened, in a line: the event type and what matters about it."""
    event_type = str(data.get("event_type") or "")
    details: list[str] = []
    count = data.get("count")
    counted = f"{words.name('count')}: {count}" if isinstance(count, int) and count else ""
    match event_type:
        case CallEventType.INCOMING_CALL:
            details.append(words.state("verdict", data.get("verdict")))
            details.append(counted)
        case CallEventType.NUISANCE_CALL:
            details.extend(_clean(tag, 40) for tag in data.get("tags") or ())
        case CallEventType.CALL_MISSED:
            details.append(counted)
        case CallEventType.CALL_STOPPED:
            details.append(words.state("stopped", data.get("stopped")))
        case CallEventType.CALL_ENDED:
            if data.get("stopped"):
                details.append(words.state("stopped", data.get("stopped")))
            if isinstance(duration := data.get("duration"), int) and duration > 0:
                details.append(f"{words.name('duration')}: {duration} s")
        case _:
            pass
    what = words.state("event_type", event_type)
    shown = " · ".join(detail for detail in details if detail)
    return f"— {what} — {shown}" if shown else f"— {what}"


@callback
def async_describe_events(
    hass: HomeAssistant,
    async_describe_event: Callable[[str, str, Callable[[Event], dict[str, Any]]], None],
) -> None:
    """Describe the ``nuisance_calls_call`` bus event."""
    # The words are HA's cached translations: make sure they are there even
    # before a line (whose entities load them) is set up.
    hass.async_create_background_task(
        async_get_translations(hass, hass.config.language, "entity", {DOMAIN}),
        f"{DOMAIN} logbook translations",
    )

    @callback
    def describe_call(event: Event) -> dict[str, Any]:
        data = event.data
        words = _Words(hass)
        entity_id = er.async_get(hass).async_get_entity_id(
            EVENT_DOMAIN, DOMAIN, f"{data.get('entry_id')}_call"
        )
        return {
            LOGBOOK_ENTRY_NAME: caller_name(data, words),
            LOGBOOK_ENTRY_MESSAGE: describe(data, words),
            LOGBOOK_ENTRY_ENTITY_ID: entity_id,
        }

    async_describe_event(DOMAIN, EVENT_CALL, describe_call)
