"""Damaged stored data is kept aside and reported; the integration starts and counts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.nuisance_calls.const import DOMAIN
from simulator import FritzBoxSimulator

from .conftest import CallEvents, wait_connected


def _copies(config_dir: Path, key: str) -> list[Path]:
    return list((config_dir / ".storage").glob(f"{key}.unreadable-*"))


def _stored(key: str, data: Any) -> dict[str, Any]:
    return {"version": 1, "minor_version": 1, "key": key, "data": data}


@pytest.fixture(autouse=True)
def config_dir(hass: HomeAssistant, tmp_path: Path) -> Path:
    """Copies of damaged files go to a config folder of the test's own."""
    hass.config.config_dir = str(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    ("key", "data", "kept"),
    [
        ("nuisance_calls.register", {"callers": {"+4930111": {"count": 3}}}, 0),
        ("nuisance_calls.register", ["not", "a", "register"], 0),
        (
            "nuisance_calls.register",
            {"callers": [{"number": "+4930222", "count": 2}, {"count": "x"}]},
            1,
        ),
        ("nuisance_calls.register", {"callers": [], "lines": "oops"}, 0),
        ("nuisance_calls.personal_list", "a string", 0),
        ("nuisance_calls.personal_list", {"entries": {"+4930111": "flag"}}, 0),
    ],
)
async def test_a_damaged_store_is_kept_aside_and_counting_goes_on(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    issue_registry: ir.IssueRegistry,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
    config_dir: Path,
    key: str,
    data: Any,
    kept: int,
) -> None:
    """Valid JSON of the wrong shape: a copy, a repair issue, a working line."""
    hass_storage[key] = _stored(key, data)
    config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await wait_connected(hass, config_entry)

    issue = issue_registry.async_get_issue(DOMAIN, f"stored_data_unreadable_{key}")
    assert issue is not None
    assert issue.translation_key == "stored_data_unreadable"
    [copy] = await hass.async_add_executor_job(_copies, config_dir, key)
    text = await hass.async_add_executor_job(copy.read_text)
    assert json.loads(text) == _stored(key, data)["data"]
    household = hass.data[DOMAIN]
    assert len(household.register) == kept

    await simulator.hang_up(await simulator.ring("0301234567"))
    await call_events.wait_for(3)
    assert household.register.get("+49301234567").count == 1
    await hass.services.async_call(DOMAIN, "flag_number", {"number": "0301234567"}, blocking=True)
    assert household.judge("+49301234567").verdict.value == "nuisance"


@pytest.mark.parametrize(
    "key",
    ["nuisance_calls.ringer.{entry_id}", "nuisance_calls.barring.{entry_id}"],
)
async def test_damaged_line_stores_do_not_stop_the_line(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    issue_registry: ir.IssueRegistry,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    key: str,
) -> None:
    """A ringer or call barring store of the wrong shape: reported, the line runs."""
    key = key.format(entry_id=config_entry.entry_id)
    hass_storage[key] = _stored(key, ["wrong"])
    config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await wait_connected(hass, config_entry)
    assert issue_registry.async_get_issue(DOMAIN, f"stored_data_unreadable_{key}") is not None


async def test_intact_stores_raise_nothing(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    issue_registry: ir.IssueRegistry,
    loaded_entry: MockConfigEntry,
    config_dir: Path,
) -> None:
    """The usual start: no copy, no issue."""
    assert await hass.async_add_executor_job(_copies, config_dir, "*") == []
    assert [i for i in issue_registry.issues.values() if i.domain == DOMAIN] == []


async def test_a_store_written_by_a_newer_version_is_reported_not_fatal(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    issue_registry: ir.IssueRegistry,
    loaded_entry_factory: Any,
) -> None:
    """After a downgrade HA cannot read a newer store: reported, and the line starts."""
    key = f"{DOMAIN}.personal_list"
    hass_storage[key] = {**_stored(key, {"entries": []}), "version": 99}
    entry = await loaded_entry_factory()
    issue = issue_registry.async_get_issue(DOMAIN, f"stored_data_unreadable_{key}")
    assert issue is not None
    assert "99" in issue.translation_placeholders["problem"]
    assert issue.translation_placeholders["copy"] == "-"  # nothing on disk to copy here
    assert entry.state.value == "loaded"
    await hass.services.async_call(DOMAIN, "flag_number", {"number": "0301234567"}, blocking=True)
    assert hass.data[DOMAIN].judge("+49301234567").verdict.value == "nuisance"
