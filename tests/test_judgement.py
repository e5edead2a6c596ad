"""Better judgement from what we have: numbers that cannot exist, and where a caller is from."""

from __future__ import annotations

import asyncio
import sys
import types
from typing import Any
from unittest.mock import patch

from homeassistant.core import HomeAssistant
import phonenumbers
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.nuisance_calls.const import DOMAIN
from custom_components.nuisance_calls.hints import HINTS, NumberHints
from custom_components.nuisance_calls.lib import places as places_module
from custom_components.nuisance_calls.lib.classifier import (
    ClassifierOptions,
    ListAction,
    PersonalList,
    VerdictKind,
    classify,
)
from custom_components.nuisance_calls.lib.numbers import is_invalid, number_kind
from custom_components.nuisance_calls.lib.places import Places, read_places_isolated
from simulator import FritzBoxSimulator

from .conftest import TEST_PLACES, CallEvents, wait_connected


def test_numbers_that_cannot_exist() -> None:
    """Possible but not valid in their country: invalid; extensions and withheld are not."""
    assert is_invalid("+4912345")
    assert is_invalid("+19999999999")
    assert not is_invalid("+4930123456")
    assert not is_invalid("**610")
    assert not is_invalid("anonymous")
    assert not is_invalid("+")
    assert number_kind("+4917612345678") == "mobile"
    assert number_kind("+499001234567") == "premium_rate"
    assert number_kind("+498001234567") == "toll_free"
    assert number_kind("+4930123456") == "fixed_line"
    assert number_kind("+4912345") is None
    assert number_kind("**610") is None


def test_the_invalid_tag_and_its_rule() -> None:
    """Tagged always; a nuisance only with the option; lists still decide first."""
    personal = PersonalList()
    tagged = classify("+4912345", personal)
    assert (tagged.verdict, tagged.tags, tagged.sources) == (VerdictKind.UNKNOWN, ("invalid",), ())
    flagged = classify("+4912345", personal, ClassifierOptions(invalid_is_nuisance=True))
    assert (flagged.verdict, flagged.tags, flagged.sources) == (
        VerdictKind.NUISANCE,
        ("invalid",),
        ("rule:invalid",),
    )
    personal.set("+4912345", ListAction.ALLOW)
    assert classify("+4912345", personal, ClassifierOptions(invalid_is_nuisance=True)).verdict is (
        VerdictKind.ALLOWED
    )
    assert classify("+4930123456", PersonalList()).tags == ()
    assert classify("anonymous", PersonalList()).tags == ()


def test_places_say_where() -> None:
    """Home numbers by their longest area prefix, others by their country."""
    assert TEST_PLACES.where("+4940123456") == "Hamburg"
    assert TEST_PLACES.where("+4922112345") == "Cologne"
    assert TEST_PLACES.where("+4917612345678") == ""
    assert TEST_PLACES.where("+43123456789") == "Austria"
    assert TEST_PLACES.where("+81312345678") == "JP"
    assert TEST_PLACES.where("+80012345678") == ""  # international freephone, no country
    assert TEST_PLACES.where("not a number") == ""
    assert Places.from_dict(TEST_PLACES.as_dict()) == TEST_PLACES
    for bad in ({}, {"country_code": 49, "language": "en", "areas": {"49": 1}, "countries": {}}):
        with pytest.raises(ValueError):
            Places.from_dict(bad)


async def test_the_worker_reads_the_real_geocoder_data() -> None:
    """One country's areas and every country's name, without the 150 MB in this process."""
    with (
        patch.object(places_module, "_WORKER_CODE", "import sys; sys.exit(3)"),
        pytest.raises(OSError, match="3"),
    ):
        await read_places_isolated(49, "de")
    with pytest.raises(TimeoutError):
        await read_places_isolated(49, "de", deadline=0.05)
    places = await read_places_isolated(49, "de")
    assert places.where("+4940123456") == "Hamburg"
    assert places.where("+43123456789") == "Österreich"
    assert 1000 < len(places.areas) < 20000
    assert "phonenumbers.geodata" not in sys.modules


async def test_hints_are_kept_and_a_failing_worker_is_logged(
    hass: HomeAssistant, caplog: pytest.LogCaptureFixture
) -> None:
    """Read once, then from storage; a worker that fails leaves the kind only."""
    hass.config.country = "DE"
    hints = NumberHints(hass)
    await hints.async_load()
    assert hints.places == TEST_PLACES
    with patch(
        "custom_components.nuisance_calls.hints.read_places_isolated", side_effect=AssertionError
    ):
        again = NumberHints(hass)
        await again.async_load()
    assert again.places == TEST_PLACES
    hass.config.language = "de"
    with patch(
        "custom_components.nuisance_calls.hints.read_places_isolated", side_effect=OSError("boom")
    ):
        failing = NumberHints(hass)
        await failing.async_load()
    assert failing.places is None
    assert "No place names for caller hints: boom" in caplog.text
    assert failing.hint("+4940123456") == {"where": "", "kind": "fixed_line"}
    assert failing.hint("+4912345") == {"where": "", "kind": "invalid"}
    assert failing.hint("**610") is None


async def test_a_ringing_unknown_caller_has_a_hint_and_invalid_ones_a_tag(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """The event data and lookup_number say where from; the option flags invalid numbers."""
    async with asyncio.timeout(5):
        while hass.data[HINTS].places is None:
            await asyncio.sleep(0.01)
    assert hass.data[HINTS].places == TEST_PLACES
    first = await simulator.ring("040 123456")
    await call_events.wait_for(1)
    ring = call_events.events[0]
    assert (ring["verdict"], ring["hint"]) == (
        "unknown",
        {"where": "Hamburg", "kind": "fixed_line"},
    )
    second = await simulator.ring("012345")
    await call_events.wait_for(2)
    spoofed = call_events.events[1]
    assert (spoofed["verdict"], spoofed["tags"], spoofed["hint"]) == (
        "unknown",
        ["invalid"],
        {"where": "", "kind": "invalid"},
    )
    for call_id in (first, second):
        await simulator.hang_up(call_id)
    await call_events.wait_for(6)  # missed and ended, each
    hass.config_entries.async_update_entry(
        loaded_entry, options=loaded_entry.options | {"invalid_is_nuisance": True}
    )
    await hass.config_entries.async_reload(loaded_entry.entry_id)
    await wait_connected(hass, loaded_entry)
    await simulator.ring("012345")
    await call_events.wait_for(8)
    assert call_events.types[6:] == ["incoming_call", "nuisance_call"]
    assert call_events.events[7]["sources"] == ["rule:invalid"]
    assert call_events.events[7]["hint"] is None  # judged: a hint is for unknown callers

    result = await hass.services.async_call(
        DOMAIN, "lookup_number", {"number": "+43 1 23456789"}, blocking=True, return_response=True
    )
    assert result is not None
    assert result["hint"] == {"where": "Austria", "kind": "fixed_line"}
    await hass.services.async_call(DOMAIN, "flag_number", {"number": "+43123456789"}, blocking=True)
    result = await hass.services.async_call(
        DOMAIN, "lookup_number", {"number": "+43123456789"}, blocking=True, return_response=True
    )
    assert result is not None
    assert result["hint"] is None


def test_read_places_takes_one_country_and_every_country_name() -> None:
    """From the geocoder's data (a stand-in here): home prefixes, names in the language."""
    geodata = types.ModuleType("phonenumbers.geodata")
    geodata.GEOCODE_DATA = {  # type: ignore[attr-defined]
        "4940": {"de": "Hamburg", "en": "Hamburg"},
        "49221": {"en": "Cologne"},
        "4930": {"fr": "Berlin"},
        "4312": {"de": "Wien"},
    }
    locale = types.ModuleType("phonenumbers.geodata.locale")
    locale.LOCALE_DATA = {  # type: ignore[attr-defined]
        "AT": {"de": "Österreich", "en": "Austria"},
        "GB": {"en": "United Kingdom"},
        "001": {"en": "World"},
        "XK": {"fr": "Kosovo"},
    }
    with patch.dict(
        sys.modules, {"phonenumbers.geodata": geodata, "phonenumbers.geodata.locale": locale}
    ):
        places = places_module.read_places(49, "de")
    assert places == Places(
        49,
        "de",
        {"4940": "Hamburg", "49221": "Cologne"},
        {"AT": "Österreich", "GB": "United Kingdom"},
    )


async def test_a_damaged_copy_is_read_anew_and_no_country_gives_no_places(
    hass: HomeAssistant, hass_storage: dict[str, Any]
) -> None:
    """A kept copy that is not one is replaced; a home region without a code asks nothing."""
    hass.config.country = "DE"
    hass.config.language = "en"
    hass_storage["nuisance_calls.places"] = {
        "version": 1,
        "key": "nuisance_calls.places",
        "data": {"version": phonenumbers.__version__, "places": {"areas": []}},
    }
    hints = NumberHints(hass)
    await hints.async_load()
    assert hints.places == TEST_PLACES
    hass.config.country = "XX"
    nowhere = NumberHints(hass)
    with patch(
        "custom_components.nuisance_calls.hints.read_places_isolated", side_effect=AssertionError
    ):
        await nowhere.async_load()
    assert nowhere.places is None
