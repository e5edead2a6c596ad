"""More call sources: an HA entity (core's FRITZ!Box call monitor sensor and others), a webhook."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
import json
import logging
import re
from typing import Any

from homeassistant import config_entries
from homeassistant.const import STATE_OFF, STATE_ON, STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import entity_registry as er
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_fire_time_changed
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.nuisance_calls.const import DOMAIN
from custom_components.nuisance_calls.lib.models import CallEventKind
from custom_components.nuisance_calls.lib.phases import PhaseMapping, PhaseTracker
from custom_components.nuisance_calls.webhook import BadRequest, parse_body

from .conftest import CallEvents

# These tests read diagnostic entities, which are disabled by default.
pytestmark = pytest.mark.usefixtures("diagnostics_enabled")

T = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
CORE_SENSOR = "sensor.fritz_box_call_monitor_telefonbuch"
CORE = PhaseMapping(
    ringing=frozenset({"ringing"}),
    talking=frozenset({"talking"}),
    idle=frozenset({"idle"}),
    dialing=frozenset({"dialing"}),
    number_attribute="from",
    dialled_attribute="to",
    callee_attribute="to",
    line_attribute="device",
)


# --------------------------------------------------------------------------- pure


def test_phases_of_a_missed_an_answered_and_an_outgoing_call() -> None:
    """States in the order core's sensor shows them become the call monitor's events."""
    tracker = PhaseTracker(CORE)
    ring = {"type": "incoming", "from": "0301234567", "to": "987654", "device": "SIP0"}
    assert [
        (e.kind, e.call_id, e.caller, e.callee, e.line) for e in tracker.update("ringing", ring, T)
    ] == [(CallEventKind.RING, "e1", "0301234567", "987654", "SIP0")]
    assert tracker.update("ringing", ring, T) == []  # shown again: the same call
    assert [e.kind for e in tracker.update("idle", {"duration": "0"}, T)] == [
        CallEventKind.DISCONNECT
    ]
    tracker.update("ringing", ring, T)
    assert [(e.kind, e.call_id) for e in tracker.update("talking", {"with": "0301234567"}, T)] == [
        (CallEventKind.CONNECT, "e2")
    ]
    ended = tracker.update("idle", {"duration": "42", "closed": "..."}, T)
    assert [(e.kind, e.duration) for e in ended] == [(CallEventKind.DISCONNECT, 42)]
    out = tracker.update("dialing", {"type": "outgoing", "from": "987654", "to": "089111"}, T)
    assert [(e.kind, e.callee, e.caller) for e in out] == [(CallEventKind.OUTGOING, "089111", "")]


def test_a_number_attribute_that_a_template_made_an_integer() -> None:
    """``+4917612345678`` rendered by a template is the integer 4917612345678: read as
    the international number it was, with the line's region deciding as the actions do."""
    ring = {"type": "incoming", "to": "987654", "device": "SIP0"}
    german = PhaseTracker(CORE, region="DE")
    assert german.update("ringing", {**ring, "from": 4917612345678}, T)[0].caller == (
        "+4917612345678"
    )
    german.update("idle", {}, T)
    assert german.update("ringing", {**ring, "from": 442079460000}, T)[0].caller == (
        "+442079460000"
    )
    german.update("idle", {}, T)
    assert german.update("ringing", {**ring, "from": True}, T)[0].caller == "True"
    american = PhaseTracker(CORE, region="US")  # a national number without a 0
    assert american.update("ringing", {**ring, "from": 2125551234}, T)[0].caller == ("+12125551234")
    unknown = PhaseTracker(CORE)  # no region: the digits as they came
    assert unknown.update("ringing", {**ring, "from": 4917612345678}, T)[0].caller == (
        "4917612345678"
    )


def test_phases_edge_cases() -> None:
    """A new caller while ringing ends the first call; talking from nowhere and junk: ignored."""
    tracker = PhaseTracker(CORE)
    assert tracker.update("talking", {}, T) == []  # the call started before we watched
    assert tracker.update("idle", {}, T) == []
    assert tracker.update("something else", {}, T) == []
    tracker.update("ringing", {"from": "0301"}, T)
    events = tracker.update("ringing", {"from": "0302"}, T)
    assert [(e.kind, e.call_id) for e in events] == [
        (CallEventKind.DISCONNECT, "e1"),
        (CallEventKind.RING, "e2"),
    ]
    assert tracker.update("ringing", {"from": ["not", "a", "number"]}, T)[-1].caller == ""
    long = tracker.update("ringing", {"from": "1" * 500}, T)[-1]
    assert len(long.caller) == 64
    assert [e.kind for e in tracker.reset(T)] == [CallEventKind.DISCONNECT]
    assert tracker.reset(T) == []


def test_mapping_problems() -> None:
    """What the flow refuses."""
    assert CORE.problems() == []
    bad = PhaseMapping(
        ringing=frozenset(), talking=frozenset({"on"}), idle=frozenset(), number_attribute=" "
    )
    assert bad.problems() == ["no_ringing", "no_idle", "no_number_attribute"]
    overlap = PhaseMapping(
        ringing=frozenset({"on"}), talking=frozenset({"on"}), idle=frozenset({"off"})
    )
    assert overlap.problems() == ["states_overlap"]


@pytest.mark.parametrize(
    ("body", "content_type", "reason"),
    [
        (b"{not json", "application/json", "body is not valid JSON"),
        (b"[1, 2]", "application/json", "JSON body must be an object"),
        (b'{"event": "ring", "caller": {"a": 1}}', "application/json", "caller must be text"),
        (b'{"event": "ring", "caller": true}', "application/json", "caller must be text"),
        (b"event=ring&caller=" + b"1" * 65, "application/x-www-form-urlencoded", "caller longer"),
        (b"x" * 5000, "text/plain", "body larger than 4096 bytes"),
        (b"\xff\xfe", "text/plain", "body is not UTF-8"),
    ],
)
def test_bad_webhook_bodies(body: bytes, content_type: str, reason: str) -> None:
    """Each bad body is refused with a reason."""
    with pytest.raises(BadRequest, match=reason):
        parse_body(body, content_type)


def test_webhook_bodies() -> None:
    """JSON and form posts give the same fields; numbers may be numbers."""
    form = parse_body(b"event=ring&caller=0301234567&call_id=7&extra=1", "")
    json_body = parse_body(b'{"event": "ring", "caller": 301234567, "call_id": 7}', "")
    assert form == {"event": "ring", "caller": "0301234567", "call_id": "7"}
    assert json_body == {"event": "ring", "caller": "301234567", "call_id": "7"}


# --------------------------------------------------------------------------- entity source


def _core_sensor(hass: HomeAssistant, entity_registry: er.EntityRegistry) -> None:
    """Core's call monitor sensor, registered and idle, as that integration shows it."""
    entity_registry.async_get_or_create(
        "sensor",
        "fritzbox_callmonitor",
        "SERIAL-0",
        suggested_object_id="fritz_box_call_monitor_telefonbuch",
        original_name="Call monitor Telefonbuch",
    )
    hass.states.async_set(
        CORE_SENSOR,
        "idle",
        {
            "device_class": "enum",
            "options": ["ringing", "dialing", "talking", "idle"],
            "friendly_name": "FRITZ!Box Call monitor Telefonbuch",
        },
    )


def _core_state(hass: HomeAssistant, state: str, **attributes: Any) -> None:
    hass.states.async_set(
        CORE_SENSOR,
        state,
        {
            "device_class": "enum",
            "options": ["ringing", "dialing", "talking", "idle"],
            "friendly_name": "FRITZ!Box Call monitor Telefonbuch",
            **attributes,
        },
    )


async def _add_entity_line(hass: HomeAssistant, entity_id: str = CORE_SENSOR) -> MockConfigEntry:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "entity"}
    )
    assert result["step_id"] == "entity"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"entity_id": entity_id}
    )
    assert result["step_id"] == "entity_mapping"
    return result  # type: ignore[return-value]


async def test_core_call_monitor_in_two_clicks(
    hass: HomeAssistant, entity_registry: er.EntityRegistry, call_events: CallEvents
) -> None:
    """Pick core's sensor, accept the pre-filled mapping: calls are tagged and counted."""
    hass.config.country = "DE"
    _core_sensor(hass, entity_registry)
    assert await async_setup_component(hass, DOMAIN, {})
    await hass.services.async_call(
        DOMAIN, "flag_number", {"number": "030 1234567", "label": "Cold Caller"}, blocking=True
    )
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "entity"}
    )
    # The flow suggests core's sensor ...
    suggested = {
        str(key): (key.description or {}).get("suggested_value")
        for key in result["data_schema"].schema
    }
    assert suggested == {"entity_id": CORE_SENSOR}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"entity_id": CORE_SENSOR}
    )
    # ... and fills in its states and attributes.
    filled = {
        str(key): (key.description or {}).get("suggested_value")
        for key in result["data_schema"].schema
    }
    assert filled == {
        "ringing": ["ringing"],
        "talking": ["talking"],
        "idle": ["idle"],
        "dialing": ["dialing"],
        "number_attribute": "from",
        "dialled_attribute": "to",
        "callee_attribute": "to",
        "line_attribute": "device",
    }
    result = await hass.config_entries.flow.async_configure(result["flow_id"], filled)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "FRITZ!Box Call monitor Telefonbuch"
    await hass.async_block_till_done()
    line = "fritz_box_call_monitor_telefonbuch"
    assert hass.states.get(f"binary_sensor.{line}_connected").state == STATE_ON

    # What core's sensor shows for a nuisance call that is answered after a while.
    _core_state(
        hass,
        "ringing",
        type="incoming",
        **{"from": "0301234567", "to": "987654", "device": "SIP0"},
        initiated="2026-11-24T09:00:00",
        from_name="unknown",
        vip=False,
    )
    await call_events.wait_for(2)
    assert call_events.types == ["incoming_call", "nuisance_call"]
    event = call_events.events[1]
    assert (event["number"], event["label"], event["line"], event["callee"]) == (
        "+49301234567",
        "Cold Caller",
        "SIP0",
        "987654",
    )
    assert hass.states.get(f"binary_sensor.{line}_nuisance_call").state == STATE_ON
    _core_state(hass, "talking", device="SIP0", accepted="...", with_name="unknown", vip=False)
    _core_state(hass, "talking", **{"with": "0301234567"}, device="SIP0")  # attributes only
    _core_state(hass, "idle", duration="42", closed="...")
    await call_events.wait_for(4)
    assert call_events.types[2:] == ["call_answered", "call_ended"]
    assert call_events.events[3]["duration"] == 42
    assert hass.states.get(f"sensor.{line}_nuisance_calls_today").state == "1"

    _core_state(hass, "dialing", type="outgoing", **{"from": "987654", "to": "089111"})
    _core_state(hass, "idle", duration="0")
    await call_events.wait_for(6)
    assert call_events.types[4:] == ["outgoing_call", "call_ended"]
    assert call_events.events[4]["number"] == "+4989111"

    # A template sensor's attribute that a template turned into an integer.
    _core_state(hass, "ringing", type="incoming", **{"from": 4917612345678, "to": "987654"})
    _core_state(hass, "idle", duration="0")
    await call_events.wait_for(8)
    assert call_events.events[6]["number"] == "+4917612345678"


async def test_entity_unavailable_and_gone(
    hass: HomeAssistant, entity_registry: er.EntityRegistry, call_events: CallEvents
) -> None:
    """The line is unavailable with its entity; a ringing call is over."""
    hass.config.country = "DE"
    _core_sensor(hass, entity_registry)
    result = await _add_entity_line(hass)
    filled = {
        str(key): (key.description or {}).get("suggested_value")
        for key in result["data_schema"].schema
    }
    await hass.config_entries.flow.async_configure(result["flow_id"], filled)
    await hass.async_block_till_done()
    line = "fritz_box_call_monitor_telefonbuch"
    _core_state(hass, "ringing", **{"from": "0301234567"})
    await call_events.wait_for(1)
    hass.states.async_set(CORE_SENSOR, STATE_UNAVAILABLE)
    await call_events.wait_for(3)
    assert call_events.types == ["incoming_call", "call_missed", "call_ended"]
    await hass.async_block_till_done()
    assert hass.states.get(f"binary_sensor.{line}_connected").state == STATE_OFF
    assert hass.states.get(f"sensor.{line}_calls_today").state == STATE_UNAVAILABLE
    _core_state(hass, "idle")
    await hass.async_block_till_done()
    assert hass.states.get(f"binary_sensor.{line}_connected").state == STATE_ON
    hass.states.async_remove(CORE_SENSOR)
    await hass.async_block_till_done()
    assert hass.states.get(f"binary_sensor.{line}_connected").state == STATE_OFF


async def test_event_entity_source(hass: HomeAssistant, call_events: CallEvents) -> None:
    """An event entity's event types map like states; attribute-only updates are no events."""
    hass.config.country = "DE"
    entity_id = "event.sip_phone_calls"
    attributes = {"event_types": ["invite", "answered", "bye"], "friendly_name": "SIP phone"}
    hass.states.async_set(entity_id, "unknown", attributes)
    result = await _add_entity_line(hass, entity_id)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            "ringing": ["invite"],
            "talking": ["answered"],
            "idle": ["bye"],
            "number_attribute": "caller",
        },
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    hass.states.async_set(
        entity_id,
        "2026-11-24T09:00:00.000+00:00",
        {**attributes, "event_type": "invite", "caller": "+49 30 1234567"},
    )
    hass.states.async_set(
        entity_id,
        "2026-11-24T09:00:00.000+00:00",
        {**attributes, "event_type": "invite", "caller": "+49 30 1234567", "x": 1},
    )
    hass.states.async_set(
        entity_id, "2026-11-24T09:00:09.000+00:00", {**attributes, "event_type": "bye"}
    )
    await call_events.wait_for(3)
    assert call_events.types == ["incoming_call", "call_missed", "call_ended"]
    assert call_events.events[0]["number"] == "+49301234567"


async def test_mapping_errors_in_the_flow(hass: HomeAssistant) -> None:
    """Overlapping states and a missing entity are clear errors; a fixed form goes through."""
    hass.states.async_set("sensor.pbx", "idle", {"caller": "x"})
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "entity"}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"entity_id": "sensor.nope"}
    )
    assert result["errors"] == {"entity_id": "entity_not_found"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"entity_id": "sensor.pbx"}
    )
    form = {"ringing": ["ring"], "idle": ["idle", "ring"], "number_attribute": "caller"}
    result = await hass.config_entries.flow.async_configure(result["flow_id"], form)
    assert result["errors"] == {"base": "states_overlap"}
    form["idle"] = ["idle"]
    result = await hass.config_entries.flow.async_configure(result["flow_id"], form)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"]["ringing"] == ["ring"]


# --------------------------------------------------------------------------- webhook


async def _webhook_line(hass: HomeAssistant) -> tuple[MockConfigEntry, str]:
    hass.config.country = "DE"
    assert await async_setup_component(hass, "http", {})
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "webhook"}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"name": "Asterisk", "allow_internet": False}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    entry = result["result"]
    webhook_id = entry.data["webhook_id"]
    assert len(webhook_id) == 64
    placeholders = result["description_placeholders"]
    assert placeholders["url"].endswith(f"/api/webhook/{webhook_id}")
    assert webhook_id in placeholders["curl"]
    assert "CURL(" in placeholders["asterisk"]
    assert "${URIENCODE(${CALLERID(num)})}" in placeholders["asterisk"]  # a + stays a +
    await hass.async_block_till_done()
    return entry, f"/api/webhook/{webhook_id}"


async def test_webhook_ring_answers_with_the_verdict(
    hass: HomeAssistant, hass_client_no_auth: ClientSessionGenerator, call_events: CallEvents
) -> None:
    """JSON and form posts; a ring's response is the verdict; the tally counts."""
    _entry, path = await _webhook_line(hass)
    await hass.services.async_call(
        DOMAIN, "flag_number", {"number": "030 1234567", "tag": "scam"}, blocking=True
    )
    client = await hass_client_no_auth()
    response = await client.post(
        path, json={"event": "ring", "caller": "030 1234567", "callee": "987", "call_id": "a1"}
    )
    assert response.status == 200
    assert await response.json() == {
        "call_id": "a1",
        "number": "+49301234567",
        "verdict": "nuisance",
        "tags": ["scam"],
        "label": None,
        "score": None,
        "sources": ["personal"],
        "count": 1,
    }
    response = await client.post(path, data={"event": "hangup", "call_id": "a1", "duration": "0"})
    assert (await response.json()) == {"call_id": "a1"}
    response = await client.post(path, data={"event": "ring", "caller": "0891111"})
    answer = await response.json()
    made_up = answer["call_id"]
    assert answer["verdict"] == "unknown"
    assert re.fullmatch(r"w[0-9a-f]{6}-1", made_up)
    await client.post(path, data={"event": "answer", "call_id": made_up})
    await client.post(path, data={"event": "hangup", "call_id": made_up, "duration": "12"})
    await call_events.wait_for(7)
    assert call_events.types == [
        "incoming_call",
        "nuisance_call",
        "call_missed",
        "call_ended",
        "incoming_call",
        "call_answered",
        "call_ended",
    ]
    assert call_events.events[-1]["duration"] == 12
    assert hass.states.get("sensor.asterisk_calls_today").state == "2"
    assert hass.states.get("binary_sensor.asterisk_connected").state == STATE_ON


@pytest.mark.parametrize(
    ("post", "reason"),
    [
        ({"data": "{oops", "headers": {"Content-Type": "application/json"}}, "not valid JSON"),
        ({"json": {"event": "dance"}}, "event must be one of: ring, answer, hangup, outgoing"),
        ({"json": {"event": "hangup"}}, "call_id is needed for answer and hangup"),
        ({"json": {"event": "ring", "caller": "1" * 65}}, "caller longer than 64"),
        ({"data": b"event=ring&" + b"x" * 5000}, "body larger than 4096 bytes"),
        ({"json": {"event": "hangup", "call_id": "1", "duration": "-3"}}, "whole seconds"),
    ],
)
async def test_webhook_bad_bodies_change_nothing(
    hass: HomeAssistant,
    hass_client_no_auth: ClientSessionGenerator,
    call_events: CallEvents,
    post: dict[str, Any],
    reason: str,
) -> None:
    """400 with the reason; no event, no count."""
    _entry, path = await _webhook_line(hass)
    client = await hass_client_no_auth()
    response = await client.post(path, **post)
    assert response.status == 400
    assert reason in (await response.json())["error"]
    await hass.async_block_till_done()
    assert call_events.events == []
    assert hass.states.get("sensor.asterisk_calls_today").state == "0"


async def test_opening_the_line_address_in_a_browser_is_refused_without_logging_it(
    hass: HomeAssistant,
    hass_client_no_auth: ClientSessionGenerator,
    call_events: CallEvents,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """GET and PUT: 405 from the line, not HA's refusal, whose warning names the
    webhook id (the line's secret) in the log at HA's default level."""
    caplog.set_level(logging.INFO)
    entry, path = await _webhook_line(hass)
    client = await hass_client_no_auth()
    for method in ("GET", "PUT"):
        response = await client.request(method, path)
        assert response.status == 405, method
        assert response.headers["Allow"] == "POST"
    await hass.async_block_till_done()
    assert call_events.events == []
    logged = [r.getMessage() for r in caplog.records if r.name != "aiohttp.access"]
    assert logged  # HA logs at INFO here (the test server's access log is left out)
    assert not [line for line in logged if entry.data["webhook_id"] in line]


async def test_wrong_webhook_id_gets_nothing(
    hass: HomeAssistant, hass_client_no_auth: ClientSessionGenerator, call_events: CallEvents
) -> None:
    """An unknown id is answered like any unknown webhook and changes nothing."""
    await _webhook_line(hass)
    client = await hass_client_no_auth()
    response = await client.post("/api/webhook/" + "0" * 64, json={"event": "ring", "caller": "1"})
    assert response.status == 200
    assert await response.text() == ""
    await hass.async_block_till_done()
    assert call_events.events == []


async def test_concurrent_webhook_posts(
    hass: HomeAssistant, hass_client_no_auth: ClientSessionGenerator, call_events: CallEvents
) -> None:
    """Twenty calls at once: each rings, each is counted once."""
    _entry, path = await _webhook_line(hass)
    client = await hass_client_no_auth()
    posts = [
        client.post(path, json={"event": "ring", "caller": f"030100{n:04d}", "call_id": f"c{n}"})
        for n in range(20)
    ]
    responses = await asyncio.gather(*posts)
    answers = [await response.json() for response in responses]
    assert sorted(answer["call_id"] for answer in answers) == sorted(f"c{n}" for n in range(20))
    assert {answer["count"] for answer in answers} == {1}
    await call_events.wait_for(20)
    assert hass.states.get("sensor.asterisk_calls_today").state == "20"


async def test_entity_line_options_reconfigure_and_diagnostics(
    hass: HomeAssistant, entity_registry: er.EntityRegistry
) -> None:
    """No FRITZ!Box section in its options; reconfigure re-maps; diagnostics say the kind."""
    from custom_components.nuisance_calls.diagnostics import (
        async_get_config_entry_diagnostics,
    )

    hass.config.country = "DE"
    _core_sensor(hass, entity_registry)
    result = await _add_entity_line(hass)
    filled = {
        str(key): (key.description or {}).get("suggested_value")
        for key in result["data_schema"].schema
    }
    result = await hass.config_entries.flow.async_configure(result["flow_id"], filled)
    entry = result["result"]
    await hass.async_block_till_done()

    options = await hass.config_entries.options.async_init(entry.entry_id)
    assert [str(key) for key in options["data_schema"].schema] == [
        "region",
        "withheld_is_nuisance",
        "abroad_is_nuisance",
        "invalid_is_nuisance",
        "repeat_calls",
        "repeat_days",
        "mute",
    ]
    hass.config_entries.options.async_abort(options["flow_id"])

    result = await hass.config_entries.flow.async_init(
        DOMAIN,
        context={"source": config_entries.SOURCE_RECONFIGURE, "entry_id": entry.entry_id},
    )
    assert result["step_id"] == "entity_mapping"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {**filled, "dialing": []}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    assert "dialing" not in entry.data
    assert entry.data["ringing"] == ["ringing"]

    diagnostics = await async_get_config_entry_diagnostics(hass, entry)
    assert diagnostics["source"]["kind"] == "entity"
    assert diagnostics["source"]["connected"] is True


async def test_webhook_line_reconfigure_and_its_secret_id(
    hass: HomeAssistant, hass_client_no_auth: Any
) -> None:
    """Reconfigure opens the webhook to the internet or makes a new address (the old one
    stops, the new one is shown once); the id is never in diagnostics."""
    from custom_components.nuisance_calls.diagnostics import (
        async_get_config_entry_diagnostics,
    )

    entry, old_path = await _webhook_line(hass)
    diagnostics = await async_get_config_entry_diagnostics(hass, entry)
    assert entry.data["webhook_id"] not in str(diagnostics)
    assert diagnostics["source"]["kind"] == "webhook"

    reconfigure = {"source": config_entries.SOURCE_RECONFIGURE, "entry_id": entry.entry_id}
    result = await hass.config_entries.flow.async_init(DOMAIN, context=reconfigure)
    assert result["step_id"] == "reconfigure_webhook"
    assert result["description_placeholders"] == {"name": "Asterisk"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"allow_internet": True, "new_address": False}
    )
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    assert entry.data["local_only"] is False
    assert f"/api/webhook/{entry.data['webhook_id']}" == old_path

    result = await hass.config_entries.flow.async_init(DOMAIN, context=reconfigure)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"allow_internet": False, "new_address": True}
    )
    assert result["reason"] == "webhook_new_address"
    await hass.async_block_till_done()
    new_path = f"/api/webhook/{entry.data['webhook_id']}"
    assert new_path != old_path
    assert result["description_placeholders"]["url"].endswith(new_path)
    assert entry.data["local_only"] is True
    client = await hass_client_no_auth()
    ring = {"event": "ring", "caller": "0301234567"}
    assert (await client.post(old_path, json=ring)).status == 200  # HA hides unknown ids
    response = await client.post(new_path, json=ring)
    assert (await response.json())["verdict"] == "unknown"
    states = hass.states.async_all("event")
    assert [state.attributes.get("event_type") for state in states] == ["incoming_call"]


async def test_webhook_retried_ring_and_lost_hangups(
    hass: HomeAssistant, hass_client_no_auth: ClientSessionGenerator, call_events: CallEvents
) -> None:
    """A ring posted twice is one call; a ring or a call never hung up ends by itself."""
    _entry, path = await _webhook_line(hass)
    client = await hass_client_no_auth()
    ring = {"event": "ring", "caller": "0301234567", "call_id": "r1"}
    first = await (await client.post(path, json=ring)).json()
    again = await (await client.post(path, json=ring)).json()
    assert first["count"] == again["count"] == 1
    await client.post(path, json={"event": "ring", "caller": "0307654321", "call_id": "r2"})
    await client.post(path, json={"event": "answer", "call_id": "r2"})
    await call_events.wait_for(3)
    assert hass.states.get("sensor.asterisk_calls_today").state == "2"

    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=301))
    await call_events.wait_for(5)
    assert call_events.types[3:] == ["call_missed", "call_ended"]
    assert call_events.events[3]["call_id"] == "r1"
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(hours=4, seconds=1))
    await call_events.wait_for(6)
    assert (call_events.types[5], call_events.events[5]["call_id"]) == ("call_ended", "r2")


async def test_event_entity_restored_after_restart_is_no_call(
    hass: HomeAssistant, call_events: CallEvents
) -> None:
    """An event entity that appears with its last event (a restart) rings nothing."""
    hass.config.country = "DE"
    entity_id = "event.sip_phone_calls"
    attributes = {"event_types": ["invite", "bye"], "friendly_name": "SIP phone"}
    hass.states.async_set(entity_id, "unknown", attributes)
    result = await _add_entity_line(hass, entity_id)
    await hass.config_entries.flow.async_configure(
        result["flow_id"], {"ringing": ["invite"], "idle": ["bye"], "number_attribute": "caller"}
    )
    await hass.async_block_till_done()
    hass.states.async_remove(entity_id)
    await hass.async_block_till_done()
    restored = {**attributes, "event_type": "invite", "caller": "0301234567"}
    hass.states.async_set(entity_id, "2026-11-24T08:00:00.000+00:00", restored)
    await hass.async_block_till_done()
    assert call_events.events == []
    assert hass.states.get("binary_sensor.sip_phone_connected").state == STATE_ON


HOSTILE_TEXTS = [
    "\ud800",  # a lone surrogate: valid JSON, no valid Unicode
    "030\udfff123",
    "\x1b[31m0301234567",
    "\u202e0301234567",  # right-to-left override
    "0" * 5000,
    "\x00",
    "=1+1",
    "🙂" * 40,
]


async def test_hostile_text_from_a_phone_system_breaks_nothing(
    hass: HomeAssistant, hass_client: Any, hass_storage: dict[str, Any], call_events: CallEvents
) -> None:
    """Whatever a post carries, HA's state API, events and store stay serialisable."""
    from homeassistant.helpers.json import json_bytes

    _entry, path = await _webhook_line(hass)
    assert await async_setup_component(hass, "api", {})
    client = await hass_client()
    for number, text in enumerate(HOSTILE_TEXTS):
        for field in ("caller", "callee", "line", "call_id"):
            body = {"event": "ring", "caller": "0301234567", "call_id": f"c{number}{field}"}
            body[field] = text
            response = await client.post(path, data=json.dumps(body).encode())
            assert response.status in (200, 400), (field, text)
            answer = await response.text()
            json_bytes(json.loads(answer))
            await client.post(
                path, json={"event": "hangup", "call_id": json.loads(answer).get("call_id", "x")}
            )
    await hass.async_block_till_done()
    assert len(call_events.events) > 40
    states = await client.get("/api/states")
    assert states.status == 200
    await states.json()
    for event in call_events.events:
        json_bytes(event)
        assert all(v.isprintable() for v in event.values() if isinstance(v, str)), event
    household = hass.data[DOMAIN]
    logged = await household.store.async_calls(number=None, start=None, end=None)
    assert len(logged) == sum(tally.count for tally in household.register) > 20
    for number, record in logged:  # what the call log holds, read back
        json_bytes(record.as_dict())
        assert number.isprintable()
        assert all(v.isprintable() for v in record.as_dict().values() if isinstance(v, str))
    for tally in household.register:
        assert tally.number.isprintable()
        assert len(tally.number) <= 64
