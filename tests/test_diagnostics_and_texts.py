"""Diagnostics redaction, and that every text and icon the code uses exists."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
import yaml

from custom_components.nuisance_calls.binary_sensor import BINARY_SENSORS
from custom_components.nuisance_calls.button import FLAG_LAST_CALLER
from custom_components.nuisance_calls.diagnostics import async_get_config_entry_diagnostics
from custom_components.nuisance_calls.event import CALL_EVENT
from custom_components.nuisance_calls.sensor import PHONE, SENSORS
from custom_components.nuisance_calls.switch import MUTE_RINGER, STOP_CALLS
from simulator import FritzBoxSimulator

from .conftest import CallEvents

PACKAGE = Path(__file__).parents[1] / "custom_components" / "nuisance_calls"
LANGUAGES = ("en", "de", "it")


def _load(language: str) -> dict[str, Any]:
    return json.loads((PACKAGE / "translations" / f"{language}.json").read_text("utf-8"))


def _keys(data: Any, prefix: str = "") -> set[str]:
    if not isinstance(data, dict):
        return set()
    found = set()
    for key, value in data.items():
        found.add(prefix + key)
        found |= _keys(value, f"{prefix}{key}.")
    return found


async def test_diagnostics_redacts_numbers(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Diagnostics show the state but no phone number or name."""
    await hass.services.async_call(
        "nuisance_calls",
        "allow_number",
        {"number": "0301234567", "label": "Grandma"},
        blocking=True,
    )
    await simulator.ring("0301234567")
    await call_events.wait_for(1)
    diagnostics = await async_get_config_entry_diagnostics(hass, loaded_entry)
    text = json.dumps(diagnostics)
    assert "1234567" not in text
    assert "Grandma" not in text
    assert diagnostics["source"]["connected"] is True
    assert diagnostics["ringer"] == {
        "enabled": True,
        "targets": 0,
        "script": False,
        "muted": False,
        "calls_holding_mute": 0,
        "saved_targets": [],
    }
    assert diagnostics["call_barring"]["state"] == "disabled"
    assert diagnostics["active_calls"][0]["number"] == "**REDACTED**"
    assert diagnostics["active_calls"][0]["verdict"] == "allowed"
    assert diagnostics["household"]["personal_list"] == {"entries": 1, "flagged": 0}
    assert diagnostics["counters"]["calls_today"] == 1


def test_translations_have_the_same_keys() -> None:
    """German and Italian translate every English text, nothing more."""
    english = _keys(_load("en"))
    for language in LANGUAGES[1:]:
        assert _keys(_load(language)) == english, language


def test_placeholders_survive_translation() -> None:
    """A translated text keeps every {placeholder} of the English one."""
    import re

    def strings(data: Any, prefix: str = "") -> dict[str, str]:
        if isinstance(data, str):
            return {prefix: data}
        return {
            k: v
            for key, value in data.items()
            for k, v in strings(value, f"{prefix}.{key}").items()
        }

    english = strings(_load("en"))
    for language in LANGUAGES[1:]:
        for key, text in strings(_load(language)).items():
            assert set(re.findall(r"{\w+}", text)) == set(re.findall(r"{\w+}", english[key])), key


def test_every_entity_and_action_is_translated_and_has_an_icon() -> None:
    """Each translation_key, event type and action has English text and an icon."""
    english = _load("en")
    icons = json.loads((PACKAGE / "icons.json").read_text("utf-8"))
    descriptions = [
        *BINARY_SENSORS, *SENSORS, PHONE, CALL_EVENT, MUTE_RINGER, STOP_CALLS, FLAG_LAST_CALLER
    ]  # fmt: skip
    platforms = {
        "binary_sensor": BINARY_SENSORS,
        "sensor": [*SENSORS, PHONE],
        "event": [CALL_EVENT],
        "switch": [MUTE_RINGER, STOP_CALLS],
        "button": [FLAG_LAST_CALLER],
    }
    for platform, items in platforms.items():
        for description in items:
            key = description.translation_key
            assert key, description
            assert english["entity"][platform][key]["name"], key
            assert icons["entity"][platform][key]["default"].startswith("mdi:"), key
    assert len(descriptions) == 14
    event_states = english["entity"]["event"]["call"]["state_attributes"]["event_type"]["state"]
    assert set(event_states) == set(CALL_EVENT.event_types or [])

    services = yaml.safe_load((PACKAGE / "services.yaml").read_text("utf-8"))
    assert set(services) == set(english["services"]) == set(icons["services"])
    for service, spec in services.items():
        fields = (spec or {}).get("fields", {})
        assert set(fields) == set(english["services"][service].get("fields", {})), service


def test_exception_keys_used_in_code_exist() -> None:
    """Every translation_key raised in the code has a message in every language."""
    import re

    raised = re.compile(r"translation_domain=DOMAIN,\s*translation_key=([^,\n]+)")
    used: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for expression in raised.findall(path.read_text("utf-8")):
            used |= set(re.findall(r'"(\w+)"', expression))
    assert {"cannot_connect", "invalid_number", "no_last_caller", "cannot_flag_withheld"} <= used
    for language in LANGUAGES:
        exceptions = _load(language)["exceptions"]
        for key in used:
            assert exceptions[key]["message"], (language, key)


@pytest.mark.usefixtures("loaded_entry")
async def test_diagnostic_entities_are_disabled_by_default(
    hass: HomeAssistant, entity_registry: er.EntityRegistry
) -> None:
    """The connection and call barring sensors exist, disabled until a user wants them."""
    for entity_id in ("binary_sensor.fritz_box_connected", "sensor.fritz_box_call_barring"):
        entry = entity_registry.async_get(entity_id)
        assert entry is not None, entity_id
        assert entry.disabled_by is er.RegistryEntryDisabler.INTEGRATION, entity_id
        assert hass.states.get(entity_id) is None, entity_id
    assert hass.states.get("binary_sensor.fritz_box_nuisance_call") is not None
