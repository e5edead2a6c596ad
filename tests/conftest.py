"""Fixtures: the integration on a real hass with the simulated FRITZ!Box."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Awaitable, Generator
from contextlib import closing
from pathlib import Path
import shutil
import sqlite3
from typing import Any
from unittest.mock import PropertyMock, patch

from homeassistant.const import CONF_HOST, CONF_PORT
from homeassistant.core import Event, HomeAssistant, callback
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, get_test_config_dir

# Import our package before HA scans for custom integrations, or the test
# plugin's own ``custom_components`` package shadows ours.
import custom_components.nuisance_calls  # noqa: F401
from custom_components.nuisance_calls.const import (
    CONF_REGION,
    CONF_SOURCE,
    DOMAIN,
    EVENT_CALL,
    SOURCE_FRITZBOX,
)
from custom_components.nuisance_calls.lib.calllog import CallLog
from custom_components.nuisance_calls.lib.places import Places
from simulator import FritzBoxSimulator


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(enable_custom_integrations: None) -> None:
    """Let HA load integrations from custom_components/."""


@pytest.fixture
def hass_config_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Every test's Home Assistant has a config folder of its own (the call log is a file).

    Not the test's ``tmp_path``: tests that start HA as a process work there, and
    the test config's ``custom_components`` package would shadow theirs.
    """
    config = tmp_path_factory.mktemp("config")
    shutil.copytree(get_test_config_dir(), config, symlinks=True, dirs_exist_ok=True)
    return str(config)


_CALL_LOGS: list[CallLog] = []


def closed_after_the_test(log: CallLog) -> CallLog:
    """``log``, closed when the test ends, however it ends (no database left open)."""
    _CALL_LOGS.append(log)
    return log


@pytest.fixture(autouse=True)
def close_call_logs() -> Generator[None]:
    """Close the call logs a test handed to ``closed_after_the_test``."""
    yield
    while _CALL_LOGS:
        _CALL_LOGS.pop().close()


@pytest.fixture(autouse=True)
def fast_reconnect() -> Generator[None]:
    """Reconnect after milliseconds, not seconds."""
    with (
        patch("custom_components.nuisance_calls.line.RECONNECT_INITIAL_BACKOFF", 0.01),
        patch("custom_components.nuisance_calls.line.RECONNECT_MAX_BACKOFF", 0.05),
    ):
        yield


TEST_PLACES = Places(
    49,
    "en",
    {"4930": "Berlin", "4940": "Hamburg", "49221": "Cologne"},
    {"AT": "Austria", "DE": "Germany", "GB": "United Kingdom"},
)


@pytest.fixture(autouse=True)
def small_places() -> Generator[None]:
    """A few place names instead of the geocoder's worker (13 s of CPU, once per HA)."""
    with patch(
        "custom_components.nuisance_calls.hints.read_places_isolated",
        side_effect=lambda code, language: TEST_PLACES,
    ):
        yield


@pytest.fixture
def diagnostics_enabled() -> Generator[None]:
    """Entities that are disabled by default (the diagnostic ones) are enabled."""
    with patch(
        "homeassistant.helpers.entity.Entity.entity_registry_enabled_default",
        new_callable=PropertyMock,
        return_value=True,
    ):
        yield


@pytest.fixture
async def simulator(socket_enabled: None) -> AsyncGenerator[FritzBoxSimulator]:
    """A simulated FRITZ!Box call monitor on 127.0.0.1 (the only host tests may reach)."""
    sim = FritzBoxSimulator("127.0.0.1", 0)
    await sim.start()
    yield sim
    await sim.stop()


@pytest.fixture
def config_entry(simulator: FritzBoxSimulator) -> MockConfigEntry:
    """A line on the simulator."""
    return MockConfigEntry(
        domain=DOMAIN,
        title="FRITZ!Box",
        version=1,
        minor_version=2,
        data={CONF_SOURCE: SOURCE_FRITZBOX, CONF_HOST: "127.0.0.1", CONF_PORT: simulator.port},
        options={CONF_REGION: "DE"},
    )


@pytest.fixture
async def loaded_entry(
    hass: HomeAssistant, config_entry: MockConfigEntry, simulator: FritzBoxSimulator
) -> MockConfigEntry:
    """The line set up, connected to the simulator."""
    config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await wait_connected(hass, config_entry)
    return config_entry


@pytest.fixture
def loaded_entry_factory(
    hass: HomeAssistant, config_entry: MockConfigEntry, simulator: FritzBoxSimulator
) -> Any:
    """Set the line up later (after the test prepared stored data)."""

    async def load() -> MockConfigEntry:
        config_entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(config_entry.entry_id)
        await wait_connected(hass, config_entry)
        return config_entry

    return load


async def wait_connected(hass: HomeAssistant, entry: MockConfigEntry, timeout: float = 5.0) -> None:
    """Wait until the line's own connection is up.

    Not just "a client connected": the set-up probe connects and closes too.
    """
    import asyncio

    async with asyncio.timeout(timeout):
        while not entry.runtime_data.connected:
            await asyncio.sleep(0.005)
    await hass.async_block_till_done()


class CallEvents:
    """Collects ``nuisance_calls_call`` bus events."""

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []

    @callback
    def record(self, event: Event) -> None:
        self.events.append(dict(event.data))

    @property
    def types(self) -> list[str]:
        return [event["event_type"] for event in self.events]

    async def wait_for(self, count: int, timeout: float = 5.0) -> None:
        """Wait until ``count`` events arrived."""
        import asyncio

        async with asyncio.timeout(timeout):
            while len(self.events) < count:
                await asyncio.sleep(0.005)


@pytest.fixture
def call_events(hass: HomeAssistant) -> CallEvents:
    """Every bus event the integration fires."""
    events = CallEvents()
    hass.bus.async_listen(EVENT_CALL, events.record)
    return events


def call_log_rows(config_dir: str | Path, sql: str) -> list[tuple[Any, ...]]:
    """Rows of the call log file as another program reads it (blocking)."""
    path = Path(config_dir, ".storage", DOMAIN, "calls.db")
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        return db.execute(sql).fetchall()


async def loop_turns_during[T](work: Awaitable[T]) -> tuple[T, int]:
    """``work``'s result, and how many turns another task got on the loop meanwhile
    (0 when ``work`` never let go of the event loop)."""
    turns = 0

    async def ticker() -> None:
        nonlocal turns
        while True:
            await asyncio.sleep(0)
            turns += 1

    task = asyncio.ensure_future(ticker())
    await asyncio.sleep(0)  # the ticker runs up to its first wait
    before = turns
    try:
        result = await work
    finally:
        task.cancel()
    return result, turns - before
