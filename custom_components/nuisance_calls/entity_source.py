"""Calls from an HA entity that shows a phone's state: a sensor or an event entity.

``EntitySource`` turns the entity's states (or event types) into the same
``CallEvent``s the FRITZ!Box call monitor gives, through ``lib.phases``. The
mapping from states to phases is stored in the line's config entry; the
heuristics that pre-fill it in the config flow live here too (HA core's
``fritzbox_callmonitor`` sensor is recognised exactly, anything else by its
words).
"""

from __future__ import annotations

from collections.abc import Mapping
import logging
from typing import Any, Final

from homeassistant.const import STATE_UNAVAILABLE, STATE_UNKNOWN
from homeassistant.core import (
    CALLBACK_TYPE,
    Event,
    EventStateChangedData,
    HomeAssistant,
    State,
    callback,
)
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.event import async_track_state_change_event
from homeassistant.util import dt as dt_util

from .const import (
    CONF_CALLEE_ATTRIBUTE,
    CONF_DIALING,
    CONF_DIALLED_ATTRIBUTE,
    CONF_ENTITY_ID,
    CONF_IDLE,
    CONF_LINE_ATTRIBUTE,
    CONF_NUMBER_ATTRIBUTE,
    CONF_RINGING,
    CONF_TALKING,
)
from .lib.models import CallEvent, ConnectionSink, EventSink
from .lib.phases import PhaseMapping, PhaseTracker, values

_LOGGER = logging.getLogger(__name__)

EVENT_DOMAIN: Final = "event"
ATTR_EVENT_TYPE: Final = "event_type"


def mapping_from(data: Mapping[str, Any]) -> PhaseMapping:
    """The phase mapping stored in a line's config entry."""
    return PhaseMapping(
        ringing=values(data.get(CONF_RINGING) or ()),
        talking=values(data.get(CONF_TALKING) or ()),
        idle=values(data.get(CONF_IDLE) or ()),
        dialing=values(data.get(CONF_DIALING) or ()),
        number_attribute=str(data.get(CONF_NUMBER_ATTRIBUTE) or ""),
        dialled_attribute=str(data.get(CONF_DIALLED_ATTRIBUTE) or ""),
        callee_attribute=str(data.get(CONF_CALLEE_ATTRIBUTE) or ""),
        line_attribute=str(data.get(CONF_LINE_ATTRIBUTE) or ""),
    )


class EntitySource:
    """Follows one entity: a sensor's states or an event entity's event types.

    A ``CallSource``: connected while the entity exists and is available;
    when it goes away a call that was on is over for us.
    """

    def __init__(
        self, hass: HomeAssistant, title: str, data: Mapping[str, Any], region: str = ""
    ) -> None:
        """``region``: the line's home country (for numbers that arrive as integers)."""
        self.hass = hass
        self.title = title
        self.entity_id: str = data[CONF_ENTITY_ID]
        self.is_event = self.entity_id.startswith(f"{EVENT_DOMAIN}.")
        self.tracker = PhaseTracker(mapping_from(data), region=region)
        self._available = False
        self._seen = False
        """Whether the entity was there once (its absence at start is not news)."""
        self._on_event: EventSink | None = None
        self._on_connection: ConnectionSink | None = None
        self._unsubscribe: CALLBACK_TYPE | None = None

    async def start(self, on_event: EventSink, on_connection: ConnectionSink) -> None:
        """Follow the entity."""
        self._on_event, self._on_connection = on_event, on_connection
        self._unsubscribe = async_track_state_change_event(
            self.hass, [self.entity_id], self._changed
        )
        self._availability(self.hass.states.get(self.entity_id))

    async def stop(self) -> None:
        """Stop following it."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._on_event = self._on_connection = None

    def _emit(self, event: CallEvent) -> None:
        if self._on_event is not None:
            self._on_event(event)

    def _availability(self, state: State | None) -> bool:
        """Connected while the entity exists and is available."""
        available = state is not None and state.state != STATE_UNAVAILABLE
        if available != self._available:
            if not available and not self._seen:
                _LOGGER.debug("%s: waiting for %s", self.title, self.entity_id)
            elif not available:
                _LOGGER.warning(
                    "%s: %s is %s; calls are not seen until it is back",
                    self.title,
                    self.entity_id,
                    "gone" if state is None else "unavailable",
                )
                for event in self.tracker.reset(dt_util.now()):
                    self._emit(event)
            elif self._seen:
                _LOGGER.info("%s: %s is available again", self.title, self.entity_id)
            self._available = available
            if self._on_connection is not None:
                self._on_connection(available)
        self._seen = self._seen or available
        return available

    @callback
    def _changed(self, event: Event[EventStateChangedData]) -> None:
        new = event.data["new_state"]
        if not self._availability(new) or new is None or new.state == STATE_UNKNOWN:
            return
        if self.is_event:
            old = event.data["old_state"]
            if old is None or old.state == STATE_UNAVAILABLE:
                return  # the entity (re)appears with its last event: nothing new
            if old.state == new.state:
                return  # attributes only: not a new event
            value = str(new.attributes.get(ATTR_EVENT_TYPE) or "")
        else:
            value = new.state
        for call_event in self.tracker.update(value, new.attributes, dt_util.now()):
            self._emit(call_event)


# Pre-filling the mapping in the config flow: what a state or attribute name
# most likely means.

CORE_CALL_MONITOR = "fritzbox_callmonitor"
CORE_MAPPING: Final = {
    CONF_RINGING: ["ringing"],
    CONF_TALKING: ["talking"],
    CONF_IDLE: ["idle"],
    CONF_DIALING: ["dialing"],
    CONF_NUMBER_ATTRIBUTE: "from",
    CONF_DIALLED_ATTRIBUTE: "to",
    CONF_CALLEE_ATTRIBUTE: "to",
    CONF_LINE_ATTRIBUTE: "device",
}
"""HA core's FRITZ!Box call monitor sensor: its states and attributes."""
HIDDEN_ATTRIBUTES: Final = frozenset(
    {"friendly_name", "icon", "options", "device_class", "event_types", "event_type", "prefixes"}
)


def core_call_monitor_sensor(hass: HomeAssistant) -> str | None:
    """The first sensor of HA core's fritzbox_callmonitor, to suggest."""
    registry = er.async_get(hass)
    return next(
        (
            entry.entity_id
            for entry in registry.entities.values()
            if entry.platform == CORE_CALL_MONITOR and entry.domain == "sensor"
        ),
        None,
    )


def mapping_defaults(hass: HomeAssistant, entity_id: str, state: State | None) -> dict[str, Any]:
    """Pre-filled mapping: core's call monitor exactly, anything else by its words."""
    entry = er.async_get(hass).async_get(entity_id)
    if entry is not None and entry.platform == CORE_CALL_MONITOR:
        return dict(CORE_MAPPING)
    choices = set(state_choices(entity_id, state))
    defaults: dict[str, Any] = {
        key: [value for value in values if value in choices]
        for key, values in (
            (CONF_RINGING, ("ringing", "ring", "incoming")),
            (CONF_TALKING, ("talking", "answered", "connected", "answer")),
            (CONF_IDLE, ("idle", "hangup", "ended", "disconnected", "on_hook")),
            (CONF_DIALING, ("dialing", "outgoing", "calling")),
        )
    }
    attributes = attribute_choices(state)
    defaults[CONF_NUMBER_ATTRIBUTE] = next(
        (name for name in ("from", "caller", "number", "caller_id") if name in attributes), ""
    )
    defaults[CONF_DIALLED_ATTRIBUTE] = next(
        (name for name in ("to", "callee", "number") if name in attributes), ""
    )
    return defaults


def state_choices(entity_id: str, state: State | None) -> list[str]:
    if state is None:
        return []
    if entity_id.startswith("event."):
        return [str(value) for value in state.attributes.get("event_types") or ()]
    options = state.attributes.get("options")
    if isinstance(options, list) and options:
        return [str(value) for value in options]
    return [state.state] if state.state not in ("unknown", "unavailable") else []


def attribute_choices(state: State | None) -> list[str]:
    if state is None:
        return []
    return sorted(str(name) for name in state.attributes if name not in HIDDEN_ATTRIBUTES)
