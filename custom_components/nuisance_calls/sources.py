"""Call sources besides the FRITZ!Box call monitor: an HA entity, or a webhook.

Both turn what they get into the same ``CallEvent``s and hand them to the
line's hub, so tagging, the tally, entities, muting and the card work the
same for every phone system.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
import json
import logging
import secrets
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import parse_qsl

from aiohttp import web
from homeassistant.components import webhook
from homeassistant.const import STATE_UNAVAILABLE, STATE_UNKNOWN
from homeassistant.core import (
    CALLBACK_TYPE,
    Event,
    EventStateChangedData,
    HomeAssistant,
    State,
    callback,
)
from homeassistant.helpers.event import async_call_later, async_track_state_change_event
from homeassistant.util import dt as dt_util

from .const import (
    CONF_CALLEE_ATTRIBUTE,
    CONF_DIALING,
    CONF_DIALLED_ATTRIBUTE,
    CONF_ENTITY_ID,
    CONF_IDLE,
    CONF_LINE_ATTRIBUTE,
    CONF_LOCAL_ONLY,
    CONF_NUMBER_ATTRIBUTE,
    CONF_RINGING,
    CONF_TALKING,
    CONF_WEBHOOK_ID,
    DOMAIN,
)
from .lib.http import read_limited
from .lib.models import CallEvent, CallEventKind
from .lib.phases import MAX_VALUE_LENGTH, PhaseMapping, PhaseTracker, values

if TYPE_CHECKING:
    from .hub import NuisanceHub

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
    """Follows one entity: a sensor's states or an event entity's event types."""

    def __init__(self, hass: HomeAssistant, hub: NuisanceHub) -> None:
        self.hass = hass
        self.hub = hub
        self.entity_id: str = hub.entry.data[CONF_ENTITY_ID]
        self.is_event = self.entity_id.startswith(f"{EVENT_DOMAIN}.")
        self.tracker = PhaseTracker(mapping_from(hub.entry.data))
        self._seen = False
        """Whether the entity was there once (its absence at start is not news)."""

    @callback
    def async_start(self) -> None:
        """Follow the entity until the line is unloaded."""
        entry = self.hub.entry
        entry.async_on_unload(
            async_track_state_change_event(self.hass, [self.entity_id], self._changed)
        )
        self._availability(self.hass.states.get(self.entity_id))

    def _availability(self, state: State | None) -> bool:
        """Connected while the entity exists and is available."""
        available = state is not None and state.state != STATE_UNAVAILABLE
        if available != self.hub.connected:
            if not available and not self._seen:
                _LOGGER.debug("%s: waiting for %s", self.hub.entry.title, self.entity_id)
            elif not available:
                _LOGGER.warning(
                    "%s: %s is %s; calls are not seen until it is back",
                    self.hub.entry.title,
                    self.entity_id,
                    "gone" if state is None else "unavailable",
                )
                for event in self.tracker.reset(dt_util.now()):
                    self.hub.handle_event(event)
            elif self._seen:
                _LOGGER.info("%s: %s is available again", self.hub.entry.title, self.entity_id)
            self.hub.set_connected(available)
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
            self.hub.handle_event(call_event)


# --------------------------------------------------------------------------- webhook

RING_TIMEOUT: Final = 300.0
"""Seconds a ring without answer or hang-up is taken as missed (a lost post)."""
CALL_TIMEOUT: Final = 4 * 3600.0
"""Seconds an answered call without hang-up is taken as over."""
MAX_BODY: Final = 4096
"""Bytes; a call event is a few dozen."""
WEBHOOK_EVENTS: Final = {
    "ring": CallEventKind.RING,
    "answer": CallEventKind.CONNECT,
    "hangup": CallEventKind.DISCONNECT,
    "outgoing": CallEventKind.OUTGOING,
}
FIELDS: Final = ("event", "caller", "callee", "call_id", "line", "duration")


class BadRequest(ValueError):
    """A body that is not a call event; the message says why (sent back)."""


def parse_body(body: bytes, content_type: str) -> dict[str, str]:
    """The fields of a JSON object or a form post; raises ``BadRequest``."""
    if len(body) > MAX_BODY:
        raise BadRequest(f"body larger than {MAX_BODY} bytes")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest("body is not UTF-8") from None
    if content_type == "application/json" or text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except ValueError:
            raise BadRequest("body is not valid JSON") from None
        if not isinstance(data, dict):
            raise BadRequest("JSON body must be an object")
    else:
        data = dict(parse_qsl(text, keep_blank_values=True))
    fields: dict[str, str] = {}
    for name in FIELDS:
        value = data.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise BadRequest(f"{name} must be text")
        text_value = str(value).strip()
        if len(text_value) > MAX_VALUE_LENGTH:
            raise BadRequest(f"{name} longer than {MAX_VALUE_LENGTH} characters")
        fields[name] = text_value
    return fields


def call_event(fields: Mapping[str, str], call_id: str) -> CallEvent:
    """The call event a webhook post stands for; raises ``BadRequest``."""
    kind = WEBHOOK_EVENTS.get(fields.get("event", "").lower())
    if kind is None:
        raise BadRequest(f"event must be one of: {', '.join(WEBHOOK_EVENTS)}")
    duration: int | None = None
    if raw := fields.get("duration"):
        if not raw.isdigit():
            raise BadRequest("duration must be whole seconds")
        duration = int(raw)
    return CallEvent(
        kind,
        call_id,
        dt_util.now(),
        caller=fields.get("caller", ""),
        callee=fields.get("callee", ""),
        line=fields.get("line", ""),
        duration=duration,
    )


class WebhookSource:
    """An HA webhook that a phone system posts its call events to."""

    def __init__(self, hass: HomeAssistant, hub: NuisanceHub) -> None:
        self.hass = hass
        self.hub = hub
        self.webhook_id: str = hub.entry.data[CONF_WEBHOOK_ID]
        self.local_only = bool(hub.entry.data.get(CONF_LOCAL_ONLY, True))
        self._serial = 0
        self._prefix = f"w{secrets.token_hex(3)}-"
        """Made-up call ids differ from one start to the next."""
        self._expiry: dict[str, CALLBACK_TYPE] = {}

    @callback
    def async_start(self) -> None:
        """Register the webhook until the line is unloaded."""
        webhook.async_register(
            self.hass,
            DOMAIN,
            self.hub.entry.title,
            self.webhook_id,
            self._handle,
            local_only=self.local_only,
            allowed_methods=["POST"],
        )
        self.hub.entry.async_on_unload(self._unregister)
        self.hub.entry.async_on_unload(self._cancel_expiry)
        self.hub.set_connected(True)

    @callback
    def _cancel_expiry(self) -> None:
        for cancel in self._expiry.values():
            cancel()
        self._expiry.clear()

    def _expire_after(self, call_id: str, delay: float) -> None:
        """End a call the phone system never reported as ended (a lost post)."""
        if (cancel := self._expiry.pop(call_id, None)) is not None:
            cancel()

        @callback
        def expire(_now: datetime) -> None:
            self._expiry.pop(call_id, None)
            if call_id in self.hub.tracker.active:
                _LOGGER.info(
                    "%s: call %s had no hangup for %.0f s; taken as over",
                    self.hub.entry.title,
                    call_id,
                    delay,
                )
                self.hub.handle_event(CallEvent(CallEventKind.DISCONNECT, call_id, dt_util.now()))

        self._expiry[call_id] = async_call_later(self.hass, delay, expire)

    def _new_call_id(self, fields: Mapping[str, str]) -> str:
        """A connection id for a ring or dial that came without one."""
        event = fields.get("event", "").lower()
        if event not in WEBHOOK_EVENTS:
            raise BadRequest(f"event must be one of: {', '.join(WEBHOOK_EVENTS)}")
        if event not in ("ring", "outgoing"):
            raise BadRequest("call_id is needed for answer and hangup")
        self._serial += 1
        return f"{self._prefix}{self._serial}"

    @callback
    def _unregister(self) -> None:
        webhook.async_unregister(self.hass, self.webhook_id)

    async def _handle(
        self, hass: HomeAssistant, webhook_id: str, request: web.Request
    ) -> web.Response:
        """One call event; a ring is answered with the verdict."""
        try:
            body = await read_limited(request.content, MAX_BODY)
            fields = parse_body(body, request.content_type)
            call_id = fields.get("call_id") or self._new_call_id(fields)
            event = call_event(fields, call_id)
        except BadRequest as err:
            return web.json_response({"error": str(err)}, status=400)
        repeated = event.kind is CallEventKind.RING and call_id in self.hub.tracker.active
        if not repeated:  # a phone system retrying its post is one call, not two
            self.hub.handle_event(event)
            if event.kind in (CallEventKind.RING, CallEventKind.OUTGOING):
                self._expire_after(call_id, RING_TIMEOUT)
            elif event.kind is CallEventKind.CONNECT:
                self._expire_after(call_id, CALL_TIMEOUT)
            elif (cancel := self._expiry.pop(call_id, None)) is not None:
                cancel()
        info = self.hub.active.get(call_id)
        response: dict[str, Any] = {"call_id": call_id}
        if event.kind is CallEventKind.RING and info is not None:
            response |= {
                "number": info.call.number,
                **info.verdict.as_dict(),
                "count": info.tally.count if info.tally else 0,
            }
        return web.json_response(response)
