"""Notes on callers and calls through Home Assistant: the action, the card's websocket
commands, the export, who may, hostile input, restarts, resets, diagnostics (issue 16)."""

from __future__ import annotations

import csv
from datetime import datetime
import io
import json
from pathlib import Path
from typing import Any

from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import ServiceValidationError, Unauthorized
import probatio
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.nuisance_calls.const import DOMAIN
from custom_components.nuisance_calls.diagnostics import async_get_config_entry_diagnostics
from simulator import FritzBoxSimulator

from .conftest import CallEvents, call_log_rows

REFUSAL = "Said no on 12 Nov, asked them to delete my number"


@pytest.fixture
async def two_callers(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> MockConfigEntry:
    """+49301111111 called twice (answered, then missed), +49302222222 once."""
    call_id = await simulator.ring("0301111111")
    await simulator.answer(call_id)
    await simulator.hang_up(call_id, 20)
    await simulator.hang_up(await simulator.ring("0301111111"))
    await simulator.hang_up(await simulator.ring("0302222222"))
    await call_events.wait_for(9)
    await hass.async_block_till_done()
    return loaded_entry


async def _caller(client: Any, number: str) -> dict[str, Any]:
    await client.send_json_auto_id({"type": "nuisance_calls/caller", "number": number})
    answer = await client.receive_json()
    assert answer["success"], answer
    result: dict[str, Any] = answer["result"]
    return result


async def _export(client: Any, number: str | None = None) -> list[dict[str, str]]:
    await client.send_json_auto_id(
        {"type": "nuisance_calls/export_calls", **({"number": number} if number else {})}
    )
    text = (await client.receive_json())["result"]["csv"]
    return list(csv.DictReader(io.StringIO(text)))


async def _set_note(hass: HomeAssistant, **data: Any) -> Any:
    return await hass.services.async_call(
        DOMAIN, "set_note", data, blocking=True, return_response=True
    )


async def test_notes_from_the_card_and_the_action_reach_the_caller_page_and_the_export(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    two_callers: MockConfigEntry,
    tmp_path: Path,
) -> None:
    """A caller's note and a call's note, set by the card and by the action, are on the
    caller's page and in both exports; an empty note clears."""
    client = await hass_ws_client(hass)
    page = await _caller(client, "030 1111111")
    assert page["note"] == ""
    assert [call["note"] for call in page["calls"]] == ["", ""]
    answered = page["calls"][1]  # newest first: the answered call is the older one
    assert answered["outcome"] == "answered"

    await client.send_json_auto_id(
        {"type": "nuisance_calls/set_note", "number": "030 1111111", "note": REFUSAL}
    )
    assert (await client.receive_json())["result"] == {"number": "+49301111111", "call": None}
    await client.send_json_auto_id(
        {
            "type": "nuisance_calls/set_note",
            "number": "+49301111111",
            "call": answered["id"],
            "note": "I said no\r\nclearly",
        }
    )
    assert (await client.receive_json())["result"] == {
        "number": "+49301111111",
        "call": answered["id"],
    }
    # The action finds a call by its time (within a minute) and answers what it noted.
    missed = page["calls"][0]
    when = datetime.fromisoformat(missed["time"])
    response = await _set_note(
        hass, number="0301111111", time=when.replace(tzinfo=None), note="Called again after the no"
    )
    assert response == {"number": "+49301111111", "call": missed["id"]}

    page = await _caller(client, "0301111111")
    assert page["note"] == REFUSAL
    assert [call["note"] for call in page["calls"]] == [
        "Called again after the no",
        "I said no\nclearly",
    ]
    rows = await _export(client, "0301111111")
    assert [(row["outcome"], row["call_note"], row["caller_note"]) for row in rows] == [
        ("answered", "I said no\nclearly", REFUSAL),
        ("missed", "Called again after the no", REFUSAL),
    ]
    everyone = await _export(client)
    assert [row["caller_note"] for row in everyone if row["number"] == "+49302222222"] == [""]

    hass.config.config_dir = str(tmp_path)
    written = await hass.services.async_call(
        DOMAIN, "export_calls", {"number": "030 1111111"}, blocking=True, return_response=True
    )
    assert written is not None
    text = await hass.async_add_executor_job(Path(str(written["path"])).read_text, "utf-8-sig")
    assert [row["caller_note"] for row in csv.DictReader(io.StringIO(text))] == [REFUSAL] * 2

    # Empty clears; the other caller's page is untouched.
    await _set_note(hass, number="0301111111", note="")
    await _set_note(hass, number="0301111111", call=answered["id"], note="   ")
    page = await _caller(client, "0301111111")
    assert page["note"] == ""
    assert [call["note"] for call in page["calls"]] == ["Called again after the no", ""]
    assert (await _caller(client, "0302222222"))["note"] == ""


async def test_notes_are_written_at_once_and_a_reset_takes_them(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, two_callers: MockConfigEntry
) -> None:
    """In the file as soon as the action returns (they survive a restart); reset forgets them."""
    client = await hass_ws_client(hass)
    page = await _caller(client, "0301111111")
    await _set_note(hass, number="0301111111", note=REFUSAL)
    await _set_note(hass, number="0301111111", call=page["calls"][0]["id"], note="Again")
    await _set_note(hass, number="0302222222", note="Other")
    await hass.async_block_till_done()
    rows = await hass.async_add_executor_job(
        call_log_rows, hass.config.config_dir, "SELECT number, note FROM caller_notes ORDER BY 1"
    )
    assert rows == [("+49301111111", REFUSAL), ("+49302222222", "Other")]
    calls = await hass.async_add_executor_job(
        call_log_rows, hass.config.config_dir, "SELECT number, note FROM call_notes"
    )
    assert calls == [("+49301111111", "Again")]

    await hass.services.async_call(DOMAIN, "reset_caller", {"number": "0301111111"}, blocking=True)
    await hass.async_block_till_done()
    assert (await _caller(client, "0301111111"))["note"] == ""
    rows = await hass.async_add_executor_job(
        call_log_rows,
        hass.config.config_dir,
        "SELECT number FROM caller_notes UNION ALL SELECT number FROM call_notes",
    )
    assert rows == [("+49302222222",)]


@pytest.mark.parametrize(
    ("note", "key", "placeholders"),
    [
        ("x" * 501, "note_too_long", {"length": "501", "max": "500"}),
        ("y" * 5000, "note_too_long", {"length": "5000", "max": "500"}),
        ("no\u202eon", "note_invalid_character", {"character": "U+202E"}),
        ("nul\x00", "note_invalid_character", {"character": "U+0000"}),
        ("\ud800", "note_invalid_character", {"character": "U+D800"}),
    ],
)
async def test_hostile_notes_are_refused_with_a_translated_error(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    two_callers: MockConfigEntry,
    note: str,
    key: str,
    placeholders: dict[str, str],
) -> None:
    """Too long or invisible characters: a clear error from the action and the card's
    command, and nothing is stored."""
    with pytest.raises(ServiceValidationError) as caught:
        await _set_note(hass, number="0301111111", note=note)
    assert caught.value.translation_key == key
    assert caught.value.translation_placeholders == placeholders
    client = await hass_ws_client(hass)
    if not note.startswith("\ud800"):  # HA's websocket closes on a lone surrogate itself
        await client.send_json_auto_id(
            {"type": "nuisance_calls/set_note", "number": "0301111111", "note": note}
        )
        error = (await client.receive_json())["error"]
        assert error["translation_key"] == key
        assert "note" in error["message"]  # the English text, not a traceback
    assert (await _caller(client, "0301111111"))["note"] == ""


async def test_a_note_for_a_call_the_caller_does_not_have_is_refused(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, two_callers: MockConfigEntry
) -> None:
    """Another caller's call, an id no call has, a time no call rang: call_not_found."""
    client = await hass_ws_client(hass)
    others = (await _caller(client, "0302222222"))["calls"][0]["id"]
    for data in (
        {"call": others},
        {"call": 9999},
        {"time": datetime(2020, 1, 1, 12, 0)},
    ):
        with pytest.raises(ServiceValidationError) as caught:
            await _set_note(hass, number="0301111111", note="x", **data)
        assert caught.value.translation_key == "call_not_found"
    with pytest.raises(probatio.Invalid, match="exclusion 'call'"):  # a call or a time
        await _set_note(hass, number="0301111111", note="x", call=1, time=datetime(2026, 1, 1))
    await client.send_json_auto_id(
        {"type": "nuisance_calls/set_note", "number": "0301111111", "call": others, "note": "x"}
    )
    assert (await client.receive_json())["error"]["translation_key"] == "call_not_found"
    await client.send_json_auto_id(
        {"type": "nuisance_calls/set_note", "number": "not a number", "note": "x"}
    )
    assert (await client.receive_json())["error"]["code"] == "invalid_format"
    assert [call["note"] for call in (await _caller(client, "0302222222"))["calls"]] == [""]


async def test_only_admins_write_notes_everyone_reads_them(
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_user: Any,
    hass_read_only_access_token: str,
    two_callers: MockConfigEntry,
) -> None:
    """The same rule as flag: a non-admin user is refused, by the action and the card."""
    reader = await hass_ws_client(hass, hass_read_only_access_token)
    await reader.send_json_auto_id(
        {"type": "nuisance_calls/set_note", "number": "0301111111", "note": "mine"}
    )
    assert (await reader.receive_json())["error"]["code"] == "unauthorized"
    with pytest.raises(Unauthorized):
        await hass.services.async_call(
            DOMAIN,
            "set_note",
            {"number": "0301111111", "note": "mine"},
            blocking=True,
            context=Context(user_id=hass_read_only_user.id),
        )
    assert (await _caller(reader, "0301111111"))["note"] == ""
    await _set_note(hass, number="0301111111", note=REFUSAL)  # an automation may
    assert (await _caller(reader, "0301111111"))["note"] == REFUSAL


async def test_diagnostics_never_show_a_note(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, two_callers: MockConfigEntry
) -> None:
    """Notes are personal data: their text is in no diagnostics download."""
    client = await hass_ws_client(hass)
    call = (await _caller(client, "0301111111"))["calls"][0]["id"]
    await _set_note(hass, number="0301111111", note="Secret caller note")
    await _set_note(hass, number="0301111111", call=call, note="Secret call note")
    text = json.dumps(await async_get_config_entry_diagnostics(hass, two_callers))
    assert "Secret" not in text
