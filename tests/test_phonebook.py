"""Known contacts from the FRITZ!Box phone books."""

from __future__ import annotations

import asyncio
from collections.abc import Generator
from unittest.mock import patch

from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.nuisance_calls.const import DOMAIN
from custom_components.nuisance_calls.phonebook import contact_records
from simulator import FritzBoxSimulator
from simulator.tr064 import FakeFritzBox

from .conftest import CallEvents, wait_connected


def test_contact_records_normalise_and_skip_internal_numbers() -> None:
    """Contacts' numbers become allow records with the (cleaned) name as label."""
    records, skipped = contact_records(
        [
            ("Mum", ["030 1234567", "0171 2345678"]),
            ("Doctor\n<b>Dr. X</b>", ["+49 89 7654321"]),
            ("Intercom", ["**610", "abc"]),
        ],
        "DE",
        "phonebook:FRITZ!Box",
    )
    assert [(r.number, r.allow, r.label, r.source) for r in records] == [
        ("+49301234567", True, "Mum", "phonebook:FRITZ!Box"),
        ("+491712345678", True, "Mum", "phonebook:FRITZ!Box"),
        ("+49897654321", True, "Doctor <b>Dr. X</b>", "phonebook:FRITZ!Box"),
    ]
    assert skipped == 2


@pytest.fixture
def fake_box() -> Generator[FakeFritzBox]:
    """A fake TR-064 FRITZ!Box with two phone books, on 127.0.0.1."""
    box = FakeFritzBox(
        {
            0: ("Telefonbuch", [("Anna", ["030 1234567"]), ("Intercom", ["**610"])]),
            1: ("Arzt", [("Dr. Müller & Co <x>", ["089 7654321"])]),
        }
    )
    port = box.start()
    with patch("custom_components.nuisance_calls.boxapi.TR064_PORT", port):
        yield box
    box.stop()


async def _line_with_credentials(
    hass: HomeAssistant, config_entry: MockConfigEntry, password: str
) -> None:
    config_entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(
        config_entry,
        data={**config_entry.data, "username": "admin", "password": password},
        options={"region": "DE"},
    )
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await wait_connected(hass, config_entry)


async def _wait_for_phonebook(entry: MockConfigEntry) -> None:
    sync = entry.runtime_data.phonebook
    async with asyncio.timeout(10):
        while sync.contacts == 0 and sync.last_error is None:
            await asyncio.sleep(0.01)


async def test_contacts_are_allowed_with_their_names(
    hass: HomeAssistant,
    socket_enabled: None,
    fake_box: FakeFritzBox,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """A caller from the phone book is 'allowed', labelled, even if flagged elsewhere."""
    assert await async_setup_component(hass, DOMAIN, {})
    await hass.services.async_call(DOMAIN, "flag_number", {"number": "089 7654321"}, blocking=True)
    await _line_with_credentials(hass, config_entry, "secret")
    await _wait_for_phonebook(config_entry)
    await hass.async_block_till_done()
    await simulator.ring("0897654321")
    await call_events.wait_for(1)
    event = call_events.events[0]
    assert event["verdict"] == "allowed"
    assert event["label"] == "Dr. Müller & Co <x>"
    assert event["sources"] == ["phonebook:FRITZ!Box"]
    assert "SOAP GetPhonebookList" in fake_box.requests
    sync = config_entry.runtime_data.phonebook
    assert (sync.contacts, sync.numbers) == (3, 2)


async def test_wrong_password_keeps_calls_working(
    hass: HomeAssistant,
    socket_enabled: None,
    fake_box: FakeFritzBox,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Bad credentials: one warning, no contacts, calls handled as usual."""
    await _line_with_credentials(hass, config_entry, "wrong")
    await _wait_for_phonebook(config_entry)
    assert config_entry.runtime_data.phonebook.last_error == "auth"
    await simulator.ring("030 1234567".replace(" ", ""))
    await call_events.wait_for(1)
    assert call_events.events[0]["verdict"] == "unknown"
    warnings = [r for r in caplog.records if "phone books" in r.getMessage()]
    assert len(warnings) == 1
    assert "wrong" not in warnings[0].getMessage()


async def test_without_credentials_the_box_is_not_asked(
    hass: HomeAssistant,
    socket_enabled: None,
    fake_box: FakeFritzBox,
    loaded_entry: MockConfigEntry,
) -> None:
    """No user configured: no TR-064 traffic at all."""
    await hass.async_block_till_done()
    assert fake_box.requests == []


async def test_refused_login_starts_reauth_that_fixes_it(
    hass: HomeAssistant,
    socket_enabled: None,
    fake_box: FakeFritzBox,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
) -> None:
    """A refused password opens a reauth flow; a wrong try is an error, the right one works."""
    await _line_with_credentials(hass, config_entry, "wrong")
    await _wait_for_phonebook(config_entry)
    await hass.async_block_till_done()
    flows = hass.config_entries.flow.async_progress_by_handler(DOMAIN)
    assert [flow["context"]["source"] for flow in flows] == ["reauth"]
    flow_id = flows[0]["flow_id"]
    result = await hass.config_entries.flow.async_configure(
        flow_id, {"username": "admin", "password": "still wrong"}
    )
    assert result["errors"] == {"base": "invalid_auth"}
    result = await hass.config_entries.flow.async_configure(
        flow_id, {"username": " ", "password": "secret"}
    )
    assert result["errors"] == {"base": "invalid_auth"}  # no user: nothing to try
    fake_box.fail_actions = {"GetPhonebookList"}  # the box is in trouble: not the password
    result = await hass.config_entries.flow.async_configure(
        flow_id, {"username": "admin", "password": "secret"}
    )
    assert result["errors"] == {"base": "tr064_cannot_connect"}
    fake_box.fail_actions = set()
    result = await hass.config_entries.flow.async_configure(
        flow_id, {"username": "admin", "password": "secret"}
    )
    assert result["reason"] == "reauth_successful"
    assert config_entry.data["password"] == "secret"
    assert config_entry.options["region"] == "DE"
    await wait_connected(hass, config_entry)
    await _wait_for_phonebook(config_entry)
    assert config_entry.runtime_data.phonebook.contacts == 3
