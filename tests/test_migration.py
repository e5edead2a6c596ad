"""Entries stored by 0.1.0 (version 1.1) are migrated on the first start of 0.2.0."""

from __future__ import annotations

from unittest.mock import patch

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.nuisance_calls.const import DOMAIN
from simulator import FritzBoxSimulator

from .conftest import wait_connected


def _stored(**fields: object) -> MockConfigEntry:
    """An entry as 0.1.0 stored it."""
    return MockConfigEntry(domain=DOMAIN, version=1, minor_version=1, **fields)  # type: ignore[arg-type]


async def test_a_box_line_of_0_1_0(hass: HomeAssistant, simulator: FritzBoxSimulator) -> None:
    """Credentials move from options to data; the UDN becomes the unique id; nothing else."""
    entry = _stored(
        title="FRITZ!Box",
        unique_id=f"127.0.0.1:{simulator.port}",
        data={
            "source": "fritzbox",
            "host": "127.0.0.1",
            "port": simulator.port,
            "udn": "uuid:739f2409-bccb-40e7-8e6c-fa0000000001",
        },
        options={
            "region": "DE",
            "username": "admin",
            "password": "secret",
            "block_at_box": False,
            "block_cap": 200,
            "repeat_calls": 4,
        },
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_connected(hass, entry)
    assert (entry.version, entry.minor_version) == (1, 2)
    assert entry.unique_id == "739f2409-bccb-40e7-8e6c-fa0000000001"
    assert entry.data == {
        "source": "fritzbox",
        "host": "127.0.0.1",
        "port": simulator.port,
        "udn": "uuid:739f2409-bccb-40e7-8e6c-fa0000000001",
        "username": "admin",
        "password": "secret",
    }
    assert entry.options == {
        "region": "DE",
        "block_at_box": False,
        "block_cap": 200,
        "repeat_calls": 4,
    }
    assert entry.runtime_data.calls.rules.repeat_calls == 4
    assert entry.runtime_data.phonebook is not None


async def test_other_entries_of_0_1_0(hass: HomeAssistant, socket_enabled: None) -> None:
    """Unique ids from a URL, an entity id or a constant go; data and options stay."""
    entries = [
        _stored(
            title="Community",
            unique_id="https://example.invalid/list.txt",
            data={
                "source": "shared_list",
                "url": "https://example.invalid/list.txt",
                "mode": "flag",
                "header_name": "",
                "header_value": "",
            },
            options={"refresh_hours": 6, "max_size_mb": 50},
        ),
        _stored(
            title="tellows",
            unique_id="tellows",
            data={"source": "tellows", "api_key": "k", "partner": "p"},
            options={"threshold": 7},
        ),
        _stored(
            title="Phone",
            unique_id="entity:sensor.phone",
            data={
                "source": "entity",
                "entity_id": "sensor.phone",
                "ringing": ["ringing"],
                "idle": ["idle"],
                "number_attribute": "from",
            },
        ),
        _stored(
            title="PBX", data={"source": "webhook", "webhook_id": "x" * 64, "local_only": True}
        ),
        _stored(
            title="Old box",
            data={"source": "fritzbox", "host": "192.0.2.1", "port": 1012},
            options={"username": "", "password": ""},
        ),
    ]
    for entry in entries:
        entry.add_to_hass(hass)
        before = (dict(entry.data), dict(entry.options))
        # Only the migration is under test here: nothing is set up (or reached).
        with patch("custom_components.nuisance_calls.async_setup_entry", return_value=True):
            await hass.config_entries.async_setup(entry.entry_id)
            await hass.async_block_till_done()
        assert entry.state is not ConfigEntryState.MIGRATION_ERROR, entry.title
        assert (entry.minor_version, entry.unique_id) == (2, None), entry.title
        if entry.title != "Old box":
            assert (dict(entry.data), dict(entry.options)) == before, entry.title
    # Empty credentials were not worth keeping anywhere.
    assert "username" not in entries[-1].data
    assert entries[-1].options == {}


async def test_an_entry_of_a_newer_version_is_left_alone(hass: HomeAssistant) -> None:
    """A downgrade does not touch what a newer version stored."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        version=2,
        minor_version=1,
        data={"source": "tellows", "api_key": "k", "partner": "p"},
    )
    entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(entry.entry_id)
    assert entry.state is ConfigEntryState.MIGRATION_ERROR
    assert entry.version == 2
