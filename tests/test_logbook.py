"""The Activity panel: call events described as people would say them, in HA's language."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from homeassistant.components.recorder import Recorder
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.nuisance_calls.const import DOMAIN, EVENT_CALL
from simulator import FritzBoxSimulator

from .conftest import CallEvents, wait_connected

EVENT = "event.fritz_box_call"


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(
    recorder_mock: Recorder, enable_custom_integrations: None
) -> None:
    """HA's recorder (the logbook reads from it) set up before ``hass``; our integration."""


async def _line(hass: HomeAssistant, entry: MockConfigEntry) -> MockConfigEntry:
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_connected(hass, entry)
    return entry


async def _logbook(hass: HomeAssistant, hass_ws_client: WebSocketGenerator) -> list[dict[str, Any]]:
    """The Activity panel's entries of the last hour, as the frontend gets them."""
    await async_wait_recording_done(hass)
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {
            "type": "logbook/get_events",
            "start_time": (dt_util.utcnow() - timedelta(hours=1)).isoformat(),
        }
    )
    response = await client.receive_json()
    assert response["success"], response
    return response["result"]


def _ours(entries: list[dict[str, Any]]) -> list[str]:
    return [f"{e['name']} {e['message']}" for e in entries if e.get("domain") == DOMAIN]


async def test_call_events_read_as_sentences(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """A flagged caller rings and is missed; a known one is answered; a withheld one rings."""
    assert await async_setup_component(hass, "logbook", {})
    await _line(hass, config_entry)
    await hass.services.async_call(
        DOMAIN,
        "flag_number",
        {"number": "030 123456", "tag": "telemarketing", "label": "ACME\nEnergie"},
        blocking=True,
    )
    for _ in range(2):
        call_id = await simulator.ring("030123456")
        await simulator.hang_up(call_id)
    answered = await simulator.ring("0307654321")
    await simulator.answer(answered)
    await simulator.hang_up(answered, 48)
    withheld = await simulator.ring("")
    await simulator.hang_up(withheld)
    await call_events.wait_for(8 + 3 + 3)
    await hass.async_block_till_done()

    entries = await _logbook(hass, hass_ws_client)
    acme = "ACME Energie (030 123456)"
    assert _ours(entries) == [
        f"{acme} — Incoming call — Nuisance · Calls so far: 1",
        f"{acme} — Nuisance call — telemarketing",
        f"{acme} — Call missed — Calls so far: 1",
        f"{acme} — Call ended",
        f"{acme} — Incoming call — Nuisance · Calls so far: 2",
        f"{acme} — Nuisance call — telemarketing",
        f"{acme} — Call missed — Calls so far: 2",
        f"{acme} — Call ended",
        "030 7654321 — Incoming call — Unknown · Calls so far: 1",
        "030 7654321 — Call answered",
        "030 7654321 — Call ended — Duration: 48 s",
        "Withheld number — Incoming call — Unknown · Calls so far: 1",
        "Withheld number — Call missed — Calls so far: 1",
        "Withheld number — Call ended",
    ]
    ours = [e for e in entries if e.get("domain") == DOMAIN]
    assert {e["entity_id"] for e in ours} == {EVENT}
    # HA's own row for the event entity: its name and the event type (which
    # the frontend shows translated); a platform cannot describe it.
    rows = [e for e in entries if e.get("entity_id") == EVENT and "domain" not in e]
    assert rows
    assert rows[0]["attributes"] == {"event_type": "incoming_call"}


async def test_call_events_in_german(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """In HA's language: the words are the event entity's translated attribute words."""
    await hass.config.async_update(language="de")
    assert await async_setup_component(hass, "logbook", {})
    await _line(hass, config_entry)
    await hass.services.async_call(
        DOMAIN, "flag_number", {"number": "030 123456", "label": "ACME Energie"}, blocking=True
    )
    call_id = await simulator.ring("030123456")
    await simulator.hang_up(call_id)
    await call_events.wait_for(4)
    entries = await _logbook(hass, hass_ws_client)
    assert _ours(entries) == [
        "ACME Energie (030 123456) — Eingehender Anruf — Belästigung · Anrufe bisher: 1",
        "ACME Energie (030 123456) — Störanruf — nuisance",
        "ACME Energie (030 123456) — Anruf verpasst — Anrufe bisher: 1",
        "ACME Energie (030 123456) — Anruf beendet",
    ]


async def test_a_stopped_call_and_words_that_are_missing(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator
) -> None:
    """Stopped calls say how; without a line set up the words still come; odd data is shown."""
    assert await async_setup_component(hass, DOMAIN, {})
    assert await async_setup_component(hass, "logbook", {})
    await hass.async_block_till_done()
    base = {"entry_id": "gone", "number": "+4930123456", "formatted_number": "030 123456"}
    for data in (
        {"event_type": "call_stopped", "stopped": "polite_no", "label": "x" * 200},
        {"event_type": "call_ended", "stopped": "hang_up", "duration": 3},
        {"event_type": "outgoing_call", "count": 0},
        {"event_type": "something_new"},
    ):
        hass.bus.async_fire(EVENT_CALL, {**base, **data})
    await hass.async_block_till_done()
    entries = await _logbook(hass, hass_ws_client)
    assert _ours(entries) == [
        f"{'x' * 79}… (030 123456) — Call stopped — Said no politely",
        "030 123456 — Call ended — Hung up · Duration: 3 s",
        "030 123456 — Outgoing call",
        "030 123456 — something_new",
    ]
    assert all(e["entity_id"] is None for e in entries if e.get("domain") == DOMAIN)
