"""Entities, devices and diagnostics of every entry kind, pinned as syrupy snapshots.

``pytest tests/test_snapshots.py --snapshot-update`` writes them again after an
intended change; review the diff of ``tests/snapshots/`` like code.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Generator
from pathlib import Path
from typing import Any
from unittest.mock import patch

from aiohttp import web
from aiohttp.test_utils import TestServer
from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr, entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.syrupy import HomeAssistantSnapshotExtension
from syrupy.assertion import SnapshotAssertion

from custom_components.nuisance_calls.const import DOMAIN
from custom_components.nuisance_calls.diagnostics import async_get_config_entry_diagnostics
from simulator import FritzBoxSimulator

from .conftest import wait_connected

VOLATILE = frozenset(
    {
        "last_reset",
        "last_success",
        "last_attempt",
        "last_sync",
        "full_download",
        "next_sync",
        "day",
        "port",
    }
)
"""Values of this run only (its times, the simulator's port): snapshots show ``<run>``."""
LIST_TEXT = "030 1234567\n+49 900*\n"
TELLOWS_ANSWER = b"<tellows><score>8</score></tellows>"
PHONEBLOCK_TOKEN = "pb-t0ken"
PHONEBLOCK_LIST = {"numbers": [{"phone": "+4930111111", "rating": "G_FRAUD", "votes": 10}]}


@pytest.fixture
def snapshot(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    """Snapshots in Home Assistant's format (registry ids and times as ANY)."""
    return snapshot.use_extension(HomeAssistantSnapshotExtension)


@pytest.fixture(autouse=True)
def fresh_config(hass: HomeAssistant, tmp_path: Path) -> None:
    """German numbers; a config folder of the test's own (lists keep copies there)."""
    hass.config.country = "DE"
    hass.config.config_dir = str(tmp_path)


def scrub(data: Any) -> Any:
    """``data`` without what differs from run to run (freezing the time would also
    stop the event loop the simulated box needs)."""
    if isinstance(data, dict):
        return {
            key: "<run>" if key in VOLATILE and value not in (None, "None") else scrub(value)
            for key, value in data.items()
        }
    if isinstance(data, list):
        return [scrub(value) for value in data]
    return data


async def snapshot_entities(
    hass: HomeAssistant,
    entity_registry: er.EntityRegistry,
    snapshot: SnapshotAssertion,
    config_entry_id: str,
) -> None:
    """Like HA's ``snapshot_platform``: every entity's registry entry and state."""
    entries = er.async_entries_for_config_entry(entity_registry, config_entry_id)
    assert entries
    assert len({entry.domain for entry in entries}) == 1, "one platform at a time"
    for entry in entries:
        assert entry == snapshot(name=f"{entry.entity_id}-entry")
        assert entry.disabled_by is None, "enable every entity"
        state = hass.states.get(entry.entity_id)
        assert state is not None, entry.entity_id
        value = state.state
        if state.attributes.get("device_class") == "timestamp" and value != "unknown":
            value = "<run>"
        shown = {"state": value, "attributes": scrub(dict(state.attributes))}
        assert shown == snapshot(name=f"{entry.entity_id}-state")


@pytest.fixture
def line_entry(simulator: FritzBoxSimulator) -> MockConfigEntry:
    """A FRITZ!Box line with a fixed entry id (unique ids contain it)."""
    return MockConfigEntry(
        domain=DOMAIN,
        entry_id="01LINE0000000000000000000",
        title="FRITZ!Box",
        version=1,
        minor_version=2,
        data={"source": "fritzbox", "host": "127.0.0.1", "port": simulator.port},
        options={"region": "DE"},
    )


@pytest.fixture
async def servers(socket_enabled: None) -> AsyncGenerator[str]:
    """A list server, a tellows and a PhoneBlock on 127.0.0.1; their base URL."""

    async def tellows(_request: web.Request) -> web.Response:
        return web.Response(body=TELLOWS_ANSWER, content_type="text/xml")

    app = web.Application()

    async def shared_list(_request: web.Request) -> web.Response:
        return web.Response(text=LIST_TEXT)

    async def phoneblock(request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != f"Bearer {PHONEBLOCK_TOKEN}":
            return web.Response(status=401)
        if request.path == "/api/blocklist":
            return web.json_response(PHONEBLOCK_LIST | {"version": 42})
        if request.path == "/api/check":
            return web.json_response({"votes": 0, "rating": "A_LEGITIMATE"})
        return web.json_response({"status": "ok", "authenticated": True, "userName": "me@x"})

    app.router.add_get("/list.txt", shared_list)
    app.router.add_get("/basic/num/{number}", tellows)
    for path in ("/api/test-connect", "/api/blocklist", "/api/check"):
        app.router.add_get(path, phoneblock)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    base = str(server.make_url("")).rstrip("/")
    with (
        patch("custom_components.nuisance_calls.tellows.TELLOWS_URL", base),
        patch("custom_components.nuisance_calls.phoneblock.PHONEBLOCK_URL", base),
    ):
        yield base
    await server.close()


def _entry(entry_id: str, title: str, data: dict[str, Any], **options: Any) -> MockConfigEntry:
    """An entry of the current version (1.2), as the flows store it."""
    return MockConfigEntry(
        domain=DOMAIN,
        entry_id=entry_id,
        title=title,
        version=1,
        minor_version=2,
        data=data,
        options=options,
    )


def _list_entry(base: str) -> MockConfigEntry:
    data = {
        "source": "shared_list",
        "url": f"{base}/list.txt",
        "mode": "flag",
        "header_name": "Authorization",
        "header_value": "Bearer s3cret",
    }
    return _entry("01LIST0000000000000000000", "Community", data, refresh_hours=6, max_size_mb=50)


def _tellows_entry() -> MockConfigEntry:
    data = {"source": "tellows", "api_key": "k3y", "partner": "p4rt"}
    return _entry(
        "01TELLOWS0000000000000000", "tellows", data, threshold=7, cache_hours=24, daily_budget=200
    )


def _phoneblock_entry() -> MockConfigEntry:
    data = {"source": "phoneblock", "token": PHONEBLOCK_TOKEN}
    return _entry(
        "01PHONEBLOCK0000000000000",
        "PhoneBlock",
        data,
        report=False,
        threshold=4,
        cache_hours=24,
        daily_budget=50,
    )


async def _set_up(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()


@pytest.fixture
def only(request: pytest.FixtureRequest) -> Generator[Platform]:
    """Set up a line with only this platform (snapshot_platform takes one at a time)."""
    platform: Platform = request.param
    with patch("custom_components.nuisance_calls.line.PLATFORMS", [platform]):
        yield platform


@pytest.mark.usefixtures("diagnostics_enabled")
@pytest.mark.parametrize(
    "only",
    [Platform.BINARY_SENSOR, Platform.BUTTON, Platform.EVENT, Platform.SENSOR, Platform.SWITCH],
    indirect=True,
)
async def test_line_entities(
    hass: HomeAssistant,
    entity_registry: er.EntityRegistry,
    snapshot: SnapshotAssertion,
    line_entry: MockConfigEntry,
    only: Platform,
) -> None:
    """Each platform of a line: registry entries and states."""
    await _set_up(hass, line_entry)
    await wait_connected(hass, line_entry)
    await snapshot_entities(hass, entity_registry, snapshot, line_entry.entry_id)


@pytest.mark.usefixtures("diagnostics_enabled")
async def test_list_entities(
    hass: HomeAssistant,
    entity_registry: er.EntityRegistry,
    snapshot: SnapshotAssertion,
    servers: str,
) -> None:
    """A shared list's diagnostic sensors."""
    entry = _list_entry(servers)
    await _set_up(hass, entry)
    await snapshot_entities(hass, entity_registry, snapshot, entry.entry_id)


async def test_devices(
    hass: HomeAssistant,
    device_registry: dr.DeviceRegistry,
    snapshot: SnapshotAssertion,
    line_entry: MockConfigEntry,
    servers: str,
) -> None:
    """A line is an AVM device; a list a service; tellows and PhoneBlock have no device
    (no entities)."""
    for entry in (line_entry, _list_entry(servers), _tellows_entry(), _phoneblock_entry()):
        await _set_up(hass, entry)
    await wait_connected(hass, line_entry)
    devices = sorted(
        (
            device
            for entry in hass.config_entries.async_entries(DOMAIN)
            for device in dr.async_entries_for_config_entry(device_registry, entry.entry_id)
        ),
        key=lambda device: device.name or "",
    )
    assert devices == snapshot


async def test_diagnostics_of_every_kind(
    hass: HomeAssistant,
    snapshot: SnapshotAssertion,
    line_entry: MockConfigEntry,
    servers: str,
) -> None:
    """Diagnostics of a line, a list, tellows and PhoneBlock, numbers and secrets redacted."""
    entries = [line_entry, _list_entry(servers), _tellows_entry(), _phoneblock_entry()]
    for entry in entries:
        await _set_up(hass, entry)
    await wait_connected(hass, line_entry)
    phoneblock = entries[-1]
    async with asyncio.timeout(10):
        while phoneblock.runtime_data.version is None:  # its first download (in the background)
            await asyncio.sleep(0.01)
    await hass.services.async_call(
        DOMAIN, "flag_number", {"number": "030 7654321", "label": "ACME"}, blocking=True
    )
    diagnostics: dict[str, Any] = {
        entry.title: await async_get_config_entry_diagnostics(hass, entry) for entry in entries
    }
    assert scrub(diagnostics) == snapshot
    text = str(diagnostics)
    for secret in ("s3cret", "k3y", "p4rt", PHONEBLOCK_TOKEN, "7654321", "ACME", servers):
        assert secret not in text
