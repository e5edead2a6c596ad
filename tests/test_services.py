"""Actions: flag, unflag, allow, look up, reset; bad input; persistence."""

from __future__ import annotations

from typing import Any

from homeassistant.const import EVENT_HOMEASSISTANT_FINAL_WRITE
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.loader import DATA_CUSTOM_COMPONENTS
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_test_home_assistant,
)

from custom_components.nuisance_calls.const import DOMAIN
from simulator import FritzBoxSimulator

from .conftest import CallEvents, call_log_rows, wait_connected


async def _call(hass: HomeAssistant, service: str, **data: Any) -> Any:
    return await hass.services.async_call(
        DOMAIN,
        service,
        data,
        blocking=True,
        return_response=service == "lookup_number",
    )


async def test_actions_without_any_line(hass: HomeAssistant) -> None:
    """Lists work before a line exists: flag, look up, allow, unflag."""
    assert await async_setup_component(hass, DOMAIN, {})
    await _call(hass, "flag_number", number="030 123456", tag="scam", label="Fake Bank")
    result = await _call(hass, "lookup_number", number="+49 30 123456")
    assert result["number"] == "+4930123456"
    assert result["formatted_number"] == "030 123456"
    assert result["verdict"] == "nuisance"
    assert result["tags"] == ["scam"]
    assert result["label"] == "Fake Bank"
    assert result["sources"] == ["personal"]
    assert result["tally"]["count"] == 0

    await _call(hass, "allow_number", number="004930123456")
    result = await _call(hass, "lookup_number", number="030123456")
    assert result["verdict"] == "allowed"
    assert result["label"] == "Fake Bank"  # kept from the flag

    await _call(hass, "unflag_number", number="030 123456")
    result = await _call(hass, "lookup_number", number="030 123456")
    assert result["verdict"] == "unknown"
    assert result["list_entry"] is None


@pytest.mark.parametrize(
    "service", ["flag_number", "unflag_number", "allow_number", "lookup_number", "reset_caller"]
)
@pytest.mark.parametrize("number", ["not a number", "12", "**610", "+", "9" * 70])
async def test_bad_number_is_translated_validation_error(
    hass: HomeAssistant, service: str, number: str
) -> None:
    """Unparseable numbers raise a translated ServiceValidationError and change nothing."""
    assert await async_setup_component(hass, DOMAIN, {})
    with pytest.raises(ServiceValidationError) as err:
        await _call(hass, service, number=number)
    assert err.value.translation_domain == DOMAIN
    assert err.value.translation_key == "invalid_number"
    assert err.value.translation_placeholders == {"number": number[:64]}
    assert len(hass.data[DOMAIN].personal) == 0


async def test_missing_number_rejected(hass: HomeAssistant) -> None:
    """The number field is required."""
    assert await async_setup_component(hass, DOMAIN, {})
    with pytest.raises(Exception, match="number"):
        await _call(hass, "flag_number")


async def test_hostile_label_is_stored_as_text(hass: HomeAssistant) -> None:
    """HTML stays literal text; control characters and excess length are removed."""
    assert await async_setup_component(hass, DOMAIN, {})
    await _call(
        hass,
        "flag_number",
        number="030 123456",
        label="<img src=x onerror=alert(1)>\n\u202e" + "A" * 400,
        tag="<b>Cold</b> Call",
    )
    result = await _call(hass, "lookup_number", number="030 123456")
    assert result["label"].startswith("<img src=x onerror=alert(1)> AAA")
    assert "\n" not in result["label"]
    assert "\u202e" not in result["label"]
    assert len(result["label"]) == 120
    assert result["tags"] == ["<b>cold</b>_call"]


async def test_reset_caller_and_lookup_tally(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """The tally counts calls; reset_caller forgets it but keeps the flag."""
    await _call(hass, "flag_number", number="0301234567")
    for _ in range(3):
        await simulator.hang_up(await simulator.ring("0301234567"))
    await simulator.hang_up(await simulator.ring(""))
    await call_events.wait_for(4 * 3 + 3)
    result = await _call(hass, "lookup_number", number="030 1234567")
    tally = result["tally"]
    assert (tally["count"], tally["answered"], tally["missed"]) == (3, 0, 3)
    assert tally["first_seen"] <= tally["last_seen"]
    assert [h["outcome"] for h in tally["history"]] == ["missed"] * 3
    assert [h["verdict"] for h in tally["history"]] == ["nuisance"] * 3
    anonymous = await _call(hass, "lookup_number", number="anonymous")
    assert anonymous["tally"]["count"] == 1

    await _call(hass, "reset_caller", number="0301234567")
    result = await _call(hass, "lookup_number", number="0301234567")
    assert result["tally"]["count"] == 0
    assert result["verdict"] == "nuisance"
    await _call(hass, "reset_caller", number="anonymous")
    assert (await _call(hass, "lookup_number", number="anonymous"))["tally"]["count"] == 0


async def test_flag_while_ringing_turns_binary_sensor_on(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Flagging a caller whose call is still ringing updates the line at once."""
    await simulator.ring("0301234567")
    await call_events.wait_for(1)
    assert hass.states.get("binary_sensor.fritz_box_nuisance_call").state == "off"
    await _call(hass, "flag_number", number="0301234567", label="Acme")
    await hass.async_block_till_done()
    assert hass.states.get("binary_sensor.fritz_box_nuisance_call").state == "on"
    assert hass.states.get("sensor.fritz_box_last_caller").state == "Acme"


async def test_everything_survives_a_restart(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """List, tally and counters are written to storage and read back by a new HA."""
    await _call(hass, "flag_number", number="0301234567", tag="telemarketing")
    call_id = await simulator.ring("0301234567")
    await simulator.answer(call_id)
    await simulator.hang_up(call_id, 12)
    await call_events.wait_for(4)
    await simulator.hang_up(await simulator.ring("0307654321"))
    await call_events.wait_for(7)
    # HA stopping flushes the pending (coalesced) writes.
    hass.bus.async_fire(EVENT_HOMEASSISTANT_FINAL_WRITE)
    await hass.async_block_till_done()
    assert hass_storage["nuisance_calls.personal_list"]["data"]["entries"][0]["number"] == (
        "+49301234567"
    )
    callers = await hass.async_add_executor_job(
        call_log_rows, hass.config.config_dir, "SELECT number FROM callers ORDER BY number"
    )
    assert callers == [("+49301234567",), ("+49307654321",)]
    await hass.config_entries.async_unload(loaded_entry.entry_id)

    # A new HA instance (same storage, same config folder) sees everything.
    async with async_test_home_assistant(config_dir=hass.config.config_dir) as hass2:
        hass2.data.pop(DATA_CUSTOM_COMPONENTS)
        hass2.config.country = "DE"
        entry2 = MockConfigEntry(
            domain=DOMAIN,
            entry_id=loaded_entry.entry_id,
            title="FRITZ!Box",
            unique_id=loaded_entry.unique_id,
            data=dict(loaded_entry.data),
            options=dict(loaded_entry.options),
        )
        entry2.add_to_hass(hass2)
        assert await hass2.config_entries.async_setup(entry2.entry_id)
        await wait_connected(hass2, entry2)
        result = await hass2.services.async_call(
            DOMAIN,
            "lookup_number",
            {"number": "030 1234567"},
            blocking=True,
            return_response=True,
        )
        assert result["verdict"] == "nuisance"
        assert result["tags"] == ["telemarketing"]
        assert (result["tally"]["count"], result["tally"]["answered"]) == (1, 1)
        assert result["tally"]["history"][0]["duration"] == 12
        assert hass2.states.get("sensor.fritz_box_calls_today").state == "2"
        assert hass2.states.get("sensor.fritz_box_nuisance_calls").state == "1"
        await hass2.config_entries.async_unload(entry2.entry_id)
        await hass2.async_stop(force=True)


async def test_corrupt_storage_starts_clean_without_crash(
    hass: HomeAssistant, hass_storage: dict[str, Any]
) -> None:
    """Broken rows in storage are skipped; the good ones load."""
    hass_storage["nuisance_calls.personal_list"] = {
        "version": 1,
        "key": "nuisance_calls.personal_list",
        "data": {
            "entries": [
                {"number": "+4930111", "action": "flag", "tags": ["scam"]},
                {"number": "+4930222", "action": "explode"},
                "not even a dict",
            ]
        },
    }
    assert await async_setup_component(hass, DOMAIN, {})
    result = await _call(hass, "lookup_number", number="030 111")
    assert result["verdict"] == "nuisance"
    assert len(hass.data[DOMAIN].personal) == 1


async def test_removing_a_line_forgets_its_counters_not_the_callers(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Deleting a line drops its counters; callers' tallies span lines and stay."""
    await simulator.ring("0301234567")
    await call_events.wait_for(1)
    data = hass.data[DOMAIN]
    assert loaded_entry.entry_id in data.counted_lines
    assert await hass.config_entries.async_remove(loaded_entry.entry_id)
    await hass.async_block_till_done()
    assert loaded_entry.entry_id not in data.counted_lines
    assert data.register.get("+49301234567") is not None


ADMIN_ONLY = {
    "flag_number": {"number": "030 1234567"},
    "allow_number": {"number": "030 1234567"},
    "unflag_number": {"number": "030 1234567"},
    "reset_caller": {"number": "030 1234567"},
    "set_note": {"number": "030 1234567", "note": "Said no"},
    "export_calls": {},
    "export_list": {},
}


async def test_changes_need_an_admin(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    hass_admin_user: Any,
    hass_read_only_user: Any,
    hass_ws_client: Any,
    hass_read_only_access_token: str,
    tmp_path: Any,
) -> None:
    """A non-admin user may look numbers up and refresh lists, but not change the lists,
    erase history or write files; an admin and automations (no user) may."""
    from homeassistant.core import Context
    from homeassistant.exceptions import Unauthorized

    hass.config.config_dir = str(tmp_path)
    for service, data in ADMIN_ONLY.items():
        with pytest.raises(Unauthorized):
            await hass.services.async_call(
                DOMAIN,
                service,
                data,
                blocking=True,
                context=Context(user_id=hass_read_only_user.id),
            )
    assert len(hass.data[DOMAIN].personal) == 0
    for context in (Context(user_id=hass_admin_user.id), Context()):
        await hass.services.async_call(
            DOMAIN, "flag_number", {"number": "030 1234567"}, blocking=True, context=context
        )
    assert len(hass.data[DOMAIN].personal) == 1
    looked_up = await hass.services.async_call(
        DOMAIN,
        "lookup_number",
        {"number": "030 1234567"},
        blocking=True,
        return_response=True,
        context=Context(user_id=hass_read_only_user.id),
    )
    assert looked_up["verdict"] == "nuisance"
    await hass.services.async_call(
        DOMAIN, "refresh_lists", {}, blocking=True, context=Context(user_id=hass_read_only_user.id)
    )
    # The card's way: the websocket's call_service with a non-admin user's token.
    client = await hass_ws_client(hass, hass_read_only_access_token)
    await client.send_json_auto_id(
        {
            "type": "call_service",
            "domain": DOMAIN,
            "service": "unflag_number",
            "service_data": {"number": "030 1234567"},
        }
    )
    answer = await client.receive_json()
    assert not answer["success"]  # HA reports it as "home_assistant_error: Unauthorized"
    assert "nauthorized" in f"{answer['error']['code']} {answer['error']['message']}"
    assert len(hass.data[DOMAIN].personal) == 1


# A template whose whole output is "+4917612345678" gives the integer 4917612345678.
TEMPLATED = ["+4930123456", "+4917612345678", "+442079460958"]


@pytest.mark.parametrize("number", TEMPLATED)
async def test_a_number_from_a_template_is_international(hass: HomeAssistant, number: str) -> None:
    """Every number field reads what a template made of ``+49...`` (an int) as ``+49...``."""
    assert await async_setup_component(hass, DOMAIN, {})
    field = {"number": "{{ caller }}"}
    steps: list[dict[str, Any]] = [
        {"action": "nuisance_calls.flag_number", "data": {**field, "label": "Acme"}},
        {"action": "nuisance_calls.lookup_number", "data": field, "response_variable": "found"},
        {"action": "nuisance_calls.reset_caller", "data": field},
        {"action": "nuisance_calls.export_calls", "data": field, "response_variable": "export"},
        {"stop": "done", "response_variable": "found"},
    ]
    assert await async_setup_component(
        hass, "script", {"script": {"flag": {"fields": {"caller": {}}, "sequence": steps}}}
    )
    found = await hass.services.async_call(
        "script", "flag", {"caller": number}, blocking=True, return_response=True
    )
    assert found is not None
    assert found["number"] == number
    assert found["verdict"] == "nuisance"
    assert hass.data[DOMAIN].personal.get(number) is not None
    for service in ("allow_number", "unflag_number"):
        await _call(hass, service, number=int(number))
    assert hass.data[DOMAIN].personal.get(number) is None
    # As text a "+" number is kept as it is.
    await _call(hass, "flag_number", number=number)
    assert (await _call(hass, "lookup_number", number=float(number)))["verdict"] == "nuisance"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (-4917612345678, "-4917612345678"),
        (0, "0"),
        (12, "12"),
        (10**15, "1000000000000000"),
        (4917612345678.5, "4917612345678.5"),
        (1e300, "1e+300"),
    ],
)
@pytest.mark.parametrize("service", ["flag_number", "lookup_number", "export_calls"])
async def test_a_number_that_is_no_international_number_is_a_clear_error(
    hass: HomeAssistant, service: str, value: float, shown: str
) -> None:
    """Negative, fractional, too long or impossible: a translated error, nothing changes."""
    assert await async_setup_component(hass, DOMAIN, {})
    with pytest.raises(ServiceValidationError) as err:
        await _call(hass, service, number=value)
    assert err.value.translation_domain == DOMAIN
    assert err.value.translation_key == "number_not_international"
    assert err.value.translation_placeholders == {"number": shown}
    assert len(hass.data[DOMAIN].personal) == 0


async def test_a_yes_or_no_is_no_number(hass: HomeAssistant) -> None:
    """A boolean (a template that rendered ``true``) is text, and no phone number."""
    assert await async_setup_component(hass, DOMAIN, {})
    with pytest.raises(ServiceValidationError) as err:
        await _call(hass, "flag_number", number=True)
    assert err.value.translation_key == "invalid_number"
