"""Calls from a phone system that posts them to an HA webhook (a PBX, a script).

A ``CallSource``: each post (JSON or a form) is one call event; a ring is
answered, in the same request, with the caller's verdict on this line. Bad
or oversized bodies get 400 with the reason and change nothing; a retried
ring counts once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
import json
import logging
import secrets
from typing import Any, Final
from urllib.parse import parse_qsl

from aiohttp import hdrs, web
from homeassistant.components import webhook
from homeassistant.core import HomeAssistant
from homeassistant.helpers.network import NoURLAvailableError
from homeassistant.util import dt as dt_util

from .const import DOMAIN
from .lib.http import read_limited
from .lib.models import CallEvent, CallEventKind, ConnectionSink, EventSink
from .lib.phases import MAX_VALUE_LENGTH
from .lib.text import clean_text

_LOGGER = logging.getLogger(__name__)

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


type RingAnswer = Callable[[str], dict[str, Any] | None]
"""The verdict on a ringing call by its id (None: no such call on the line now)."""
type CallIsOn = Callable[[str], bool]
"""Whether the line has the call of this id (rung or dialled, not yet over)."""


class WebhookSource:
    """An HA webhook that a phone system posts its call events to (a ``CallSource``)."""

    def __init__(
        self,
        hass: HomeAssistant,
        title: str,
        webhook_id: str,
        *,
        local_only: bool,
        ring_answer: RingAnswer,
        call_is_on: CallIsOn,
    ) -> None:
        self.hass = hass
        self.title = title
        self.webhook_id = webhook_id
        self.local_only = local_only
        self._ring_answer = ring_answer
        self._call_is_on = call_is_on
        self._serial = 0
        self._prefix = f"w{secrets.token_hex(3)}-"
        """Made-up call ids differ from one start to the next."""
        self._on_event: EventSink | None = None

    async def start(self, on_event: EventSink, on_connection: ConnectionSink) -> None:
        """Register the webhook; the line counts as connected while it is."""
        self._on_event = on_event
        webhook.async_register(
            self.hass,
            DOMAIN,
            self.title,
            self.webhook_id,
            self._handle,
            local_only=self.local_only,
            # GET and PUT too, so that HA hands them to us and we refuse them:
            # HA's own refusal logs the webhook id (the line's secret) as a
            # warning, e.g. when someone opens the address in a browser.
            allowed_methods=[hdrs.METH_POST, hdrs.METH_GET, hdrs.METH_PUT],
        )
        on_connection(True)

    async def stop(self) -> None:
        """Unregister the webhook."""
        webhook.async_unregister(self.hass, self.webhook_id)
        self._on_event = None

    def _new_call_id(self, fields: Mapping[str, str]) -> str:
        """A connection id for a ring or dial that came without one."""
        event = fields.get("event", "").lower()
        if event not in WEBHOOK_EVENTS:
            raise BadRequest(f"event must be one of: {', '.join(WEBHOOK_EVENTS)}")
        if event not in ("ring", "outgoing"):
            raise BadRequest("call_id is needed for answer and hangup")
        self._serial += 1
        return f"{self._prefix}{self._serial}"

    async def _handle(
        self, hass: HomeAssistant, webhook_id: str, request: web.Request
    ) -> web.Response:
        """One call event; a ring is answered with the verdict."""
        if request.method != hdrs.METH_POST:
            return web.Response(status=405, headers={"Allow": hdrs.METH_POST})
        try:
            body = await read_limited(request.content, MAX_BODY)
            fields = parse_body(body, request.content_type)
            given = clean_text(fields.get("call_id", ""))
            event = call_event(fields, given or self._new_call_id(fields))
        except BadRequest as err:
            return web.json_response({"error": str(err)}, status=400)
        call_id = event.call_id  # as the line keeps it: printable, bounded
        repeated = event.kind is CallEventKind.RING and self._call_is_on(call_id)
        if not repeated and self._on_event is not None:
            # A phone system retrying its post is one call, not two. A call
            # whose hang-up never comes is ended by the line (calls.py).
            self._on_event(event)
        response: dict[str, Any] = {"call_id": call_id}
        if event.kind is CallEventKind.RING and (answer := self._ring_answer(call_id)):
            response |= answer
        return web.json_response(response)


def webhook_examples(
    hass: HomeAssistant, webhook_id: str, *, external: bool = False
) -> dict[str, str]:
    """The webhook's address and ready-to-paste examples (shown once)."""
    try:
        url = webhook.async_generate_url(hass, webhook_id, prefer_external=external)
    except NoURLAvailableError:
        url = "http://homeassistant.local:8123" + webhook.async_generate_path(webhook_id)
    return {
        "url": url,
        "curl": (
            f"curl -s -X POST -H 'Content-Type: application/json' "
            f'-d \'{{"event": "ring", "caller": "0301234567", '
            f'"call_id": "1"}}\' {url}'
        ),
        "asterisk": (
            "same => n,Set(VERDICT=${CURL("
            + url
            + ",event=ring&caller=${URIENCODE(${CALLERID(num)})}"
            "&callee=${URIENCODE(${EXTEN})}&call_id=${UNIQUEID})})"
        ),
    }
