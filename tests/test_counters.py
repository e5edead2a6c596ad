"""Counters that tell who bothers you most: per caller and per label (company)."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
import io
from pathlib import Path
from typing import Any

from homeassistant.const import STATE_UNKNOWN
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.nuisance_calls.const import DOMAIN
from custom_components.nuisance_calls.lib.callexport import (
    ExportedCall,
    calls_csv,
    day_bounds,
    safe_cell,
)
from custom_components.nuisance_calls.lib.calllog import CallLog
from custom_components.nuisance_calls.lib.classifier import UNKNOWN, Verdict, VerdictKind
from custom_components.nuisance_calls.lib.register import Register
from custom_components.nuisance_calls.lib.stats import (
    aggregate_labels,
    calls_since,
    most_frequent_nuisance,
)
from simulator import FritzBoxSimulator

from .conftest import CallEvents, loop_turns_during

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
TOP = "sensor.fritz_box_most_frequent_nuisance_caller"


def _flagged(label: str | None = None) -> Verdict:
    return Verdict(VerdictKind.NUISANCE, ("scam",), label, None, ("personal",))


def _register(calls: dict[str, list[int]]) -> Register:
    """Callers with calls on the given days after T0."""
    register = Register()
    for number, days in calls.items():
        for n, day in enumerate(days):
            register.record_ring(number, f"{number}-{n}", T0 + timedelta(days=day), "SIP0")
    return register


def test_most_frequent_nuisance_ignores_unknown_and_breaks_ties_by_latest() -> None:
    """The unknown caller with most calls does not count; on a tie the latest wins."""
    register = _register({"+1": [0, 1, 2, 3], "+2": [0, 1, 2], "+3": [5, 6, 7]})
    verdicts = {"+1": UNKNOWN, "+2": _flagged("Two"), "+3": _flagged()}
    top = most_frequent_nuisance((tally, verdicts[tally.number]) for tally in register)
    assert top is not None
    assert top[0].number == "+3"
    assert most_frequent_nuisance((tally, UNKNOWN) for tally in register) is None


def test_labels_group_case_insensitively_and_count_since() -> None:
    """Two spellings of one company add up; the worst verdict shows; no label, no group."""
    register = _register({"+1": [0, 10, 20], "+2": [15], "+3": [1, 2], "+4": [3]})
    verdicts = {
        "+1": _flagged("Acme Energy"),
        "+2": Verdict(VerdictKind.UNKNOWN, (), "ACME energy"),
        "+3": Verdict(VerdictKind.ALLOWED, (), "Grandma"),
        "+4": UNKNOWN,
    }
    since = T0 + timedelta(days=10)
    groups = aggregate_labels(((t, verdicts[t.number]) for t in register), since)
    assert [g.label for g in groups] == ["Acme Energy", "Grandma"]
    acme = groups[0]
    assert (acme.callers, acme.count, acme.calls_since) == (2, 4, 3)
    assert acme.verdict is VerdictKind.NUISANCE
    assert acme.last_seen == T0 + timedelta(days=20)
    assert acme.numbers == ["+1", "+2"]
    assert calls_since(register.callers["+3"], None) == 2
    assert calls_since(register.callers["+3"], since) == 0


async def _ring_and_miss(
    simulator: FritzBoxSimulator, events: CallEvents, number: str, expect: int
) -> None:
    call_id = await simulator.ring(number)
    await simulator.hang_up(call_id)
    await events.wait_for(len(events.events) + expect)


async def _action(hass: HomeAssistant, service: str, **data: Any) -> None:
    await hass.services.async_call(DOMAIN, service, data, blocking=True)


async def test_most_frequent_nuisance_caller_sensor(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Follows calls, flags, allows and resets."""
    assert hass.states.get(TOP).state == STATE_UNKNOWN
    await _action(hass, "flag_number", number="0301111111", label="Acme")
    await _action(hass, "flag_number", number="0302222222")
    for _ in range(2):
        await _ring_and_miss(simulator, call_events, "0301111111", 4)
    await _ring_and_miss(simulator, call_events, "0302222222", 4)
    for _ in range(2):  # unknown: two calls stay below the repeat rule's three
        await _ring_and_miss(simulator, call_events, "0303333333", 3)
    await hass.async_block_till_done()
    state = hass.states.get(TOP)
    assert state.state == "Acme"
    assert state.attributes["number"] == "+49301111111"
    assert state.attributes["count"] == 2
    assert state.attributes["last_call"]

    # Flagged, the unknown caller ties with Acme and called last.
    await _action(hass, "flag_number", number="0303333333", label="Robo")
    await hass.async_block_till_done()
    assert hass.states.get(TOP).state == "Robo"
    await _action(hass, "allow_number", number="0303333333")
    await hass.async_block_till_done()
    assert hass.states.get(TOP).state == "Acme"
    await _action(hass, "reset_caller", number="0301111111")
    await hass.async_block_till_done()
    assert hass.states.get(TOP).state == "030 2222222"
    await _ring_and_miss(simulator, call_events, "0301111111", 4)
    await _ring_and_miss(simulator, call_events, "0301111111", 4)
    await hass.async_block_till_done()
    assert hass.states.get(TOP).state == "Acme"
    assert hass.states.get(TOP).attributes["count"] == 2


def test_csv_rows_and_formula_safety(tmp_path: Path) -> None:
    """Columns as a complaint form wants them; list text cannot become a formula."""
    register = _register({"+4930111": [0], "+4930222": [1]})
    first = register.callers["+4930111"].history[0]
    first.label, first.tags, first.verdict = '=HYPERLINK("http://x")', ("scam",), "nuisance"
    register.record_end("+4930111", first.call_id, answered=True, duration=42)
    log = CallLog(tmp_path / "calls.db", UTC)
    log.open()
    log.import_register(register, {})

    def rows(**query: Any) -> list[ExportedCall]:
        return [ExportedCall(number, record) for number, record in log.calls(**query)]

    text = calls_csv(
        rows(), timezone=UTC, formatted=lambda n: "0" + n[3:], line_name=lambda r: r.line
    )
    lines = text.splitlines()
    assert lines[0] == (
        "date,time,number,formatted_number,label,tags,verdict,line,outcome,duration,"
        "call_note,caller_note"
    )
    assert lines[1] == (
        '2026-11-01,09:00:00,+4930111,030111,"\'=HYPERLINK(""http://x"")",scam,nuisance,'
        "SIP0,answered,42,,"
    )
    assert lines[2] == "2026-11-02,09:00:00,+4930222,030222,,,,SIP0,ringing,,,"
    assert [r.number for r in rows(number="+4930222")] == ["+4930222"]
    day = T0.date() + timedelta(days=1)
    start, _ = day_bounds(day, None, UTC)
    _, end = day_bounds(None, T0.date(), UTC)
    assert [r.number for r in rows(start=start)] == ["+4930222"]
    assert [r.number for r in rows(end=end)] == ["+4930111"]
    log.close()
    assert safe_cell("-1") == "'-1"
    assert safe_cell("Acme") == "Acme"
    assert safe_cell("+4930123456") == "+4930123456"  # a number runs nothing
    assert safe_cell("+49 30 123456") == "+49 30 123456"
    assert safe_cell("+cmd") == "'+cmd"
    assert safe_cell("+49-30") == "'+49-30"


async def test_export_calls_action(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """All calls, one number, a date range; bad input is refused clearly."""
    await _action(hass, "flag_number", number="0301111111", tag="scam", label="Fake Bank")
    await _ring_and_miss(simulator, call_events, "0301111111", 4)
    call_id = await simulator.ring("0302222222")
    await simulator.answer(call_id)
    await simulator.hang_up(call_id, 65)
    await call_events.wait_for(len(call_events.events) + 3)
    await hass.async_block_till_done()

    async def export(**data: Any) -> dict[str, Any]:
        result = await hass.services.async_call(
            DOMAIN, "export_calls", data, blocking=True, return_response=True
        )
        assert result is not None
        return result

    result = await export()
    assert result["calls"] == 2
    assert result["path"] == hass.config.path("nuisance_calls", "calls.csv")
    text = await hass.async_add_executor_job(_read, result["path"])
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert [(r["number"], r["label"], r["tags"], r["outcome"], r["duration"]) for r in rows] == [
        ("+49301111111", "Fake Bank", "scam", "missed", "0"),
        ("+49302222222", "", "", "answered", "65"),
    ]
    assert rows[0]["formatted_number"] == "030 1111111"
    assert rows[0]["line"] == "FRITZ!Box"
    assert rows[0]["verdict"] == "nuisance"

    one = await export(number="030 1111111", filename="fake_bank.csv")
    assert one["calls"] == 1
    today = dt_util.now().date()
    assert (await export(start=str(today), end=str(today)))["calls"] == 2
    assert (await export(start=str(today + timedelta(days=1))))["calls"] == 0
    with pytest.raises(ServiceValidationError) as err:
        await export(start=str(today), end=str(today - timedelta(days=1)))
    assert err.value.translation_key == "invalid_date_range"
    with pytest.raises(ServiceValidationError) as err:
        await export(filename="../../secrets.yaml")
    assert err.value.translation_key == "invalid_filename"
    with pytest.raises(ServiceValidationError) as err:
        await export(number="not a number")
    assert err.value.translation_key == "invalid_number"


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as file:
        return file.read()


def test_most_frequent_with_a_caller_stored_without_last_call() -> None:
    """A stored tally with no last call (old or damaged data) ranks, it does not crash."""
    register = _register({"+1": [0, 1], "+2": [3, 4]})
    register.callers["+1"].last_seen = None
    top = most_frequent_nuisance((t, _flagged()) for t in register)
    assert top is not None
    assert top[0].number == "+2"


async def test_export_is_formula_safe_and_writes_only_its_file(
    hass: HomeAssistant, tmp_path: Any, hass_client_no_auth: Any
) -> None:
    """Numbers that look like formulas are text; a link planted at a temporary name is
    not followed; a name no file system takes is a clear error."""
    import os

    hass.config.config_dir = str(tmp_path)
    hass.config.country = "DE"
    assert await async_setup_component(hass, "http", {})
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": "user"})
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "webhook"}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"name": "PBX", "allow_internet": False}
    )
    await hass.async_block_till_done()
    client = await hass_client_no_auth()
    path = f"/api/webhook/{result['result'].data['webhook_id']}"
    hostile = ["=1+1", "@SUM(A1:A2)", "+cmd", '=HYPERLINK("http://x")', "-2"]
    for caller in hostile:
        assert (await client.post(path, json={"event": "ring", "caller": caller})).status == 200
    await hass.async_block_till_done()

    folder = tmp_path / "nuisance_calls"
    folder.mkdir()
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me")
    for name in ("calls.csv.tmp", ".calls.csv.tmp"):
        os.symlink(outside, folder / name)
    exported = await hass.services.async_call(
        DOMAIN, "export_calls", {}, blocking=True, return_response=True
    )
    assert exported is not None
    assert outside.read_text() == "keep me"
    rows = list(csv.DictReader(io.StringIO((folder / "calls.csv").read_text().lstrip("\ufeff"))))
    cells = [row["number"] for row in rows] + [row["formatted_number"] for row in rows]
    assert cells
    assert all(not cell.startswith(("=", "+", "-", "@")) for cell in cells), cells
    assert sorted(leftover.name for leftover in folder.iterdir()) == [
        ".calls.csv.tmp",
        "calls.csv",
        "calls.csv.tmp",
    ]
    for name in ("x" * 300 + ".csv", "bad\nname.csv"):
        with pytest.raises(ServiceValidationError) as err:
            await hass.services.async_call(
                DOMAIN, "export_calls", {"filename": name}, blocking=True, return_response=True
            )
        assert err.value.translation_key == "invalid_filename"
    (folder / "calls.csv").unlink()
    (folder / "calls.csv").mkdir()  # the file system refuses: a clear error
    with pytest.raises(HomeAssistantError) as failed:
        await hass.services.async_call(
            DOMAIN, "export_calls", {}, blocking=True, return_response=True
        )
    assert failed.value.translation_key == "export_failed"


def test_by_count_orders_callers_most_calls_then_latest_first() -> None:
    """Every caller once: the most calls first, of equal counts the latest call first
    (of equal times, the register's order); a caller without a last call last."""
    register = _register(
        {"+1": [0], "+2": [0, 1, 2], "+3": [0, 1], "+4": [3, 4, 5], "+5": [1, 2, 5], "+6": [0]}
    )
    register.callers["+6"].last_seen = None
    order = [t.number for t in register.by_count()]
    assert order == ["+4", "+5", "+2", "+3", "+1", "+6"]
    assert list(Register().by_count()) == []


async def test_the_top_caller_is_found_without_judging_everyone(
    hass: HomeAssistant, loaded_entry: MockConfigEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Level by level, most calls first: the same answer as judging all, a few judgements."""
    from custom_components.nuisance_calls.household import HOUSEHOLD

    household = hass.data[HOUSEHOLD]
    days = {f"+4930{n:07d}": list(range(n % 7 + 1)) for n in range(2000)}
    register = _register(days)
    monkeypatch.setattr(household, "register", register)
    flagged = {"+49300000005", "+49300000012", "+49300001999"}  # 6, 6 and 5 calls
    judged: list[str] = []

    def judge(number: str) -> Verdict:
        judged.append(number)
        return _flagged() if number in flagged else UNKNOWN

    monkeypatch.setattr(household, "judge", judge)
    household._invalidate_top()
    top = household.most_frequent_nuisance
    expected = most_frequent_nuisance(
        (t, _flagged() if t.number in flagged else UNKNOWN) for t in register
    )
    assert top is not None
    assert expected is not None
    assert top[0].number == expected[0].number
    # the 7-call callers, then 6-call callers (latest first) up to the top, not all 2,000
    assert len(judged) <= sum(1 for n in range(2000) if n % 7 >= 5)
    assert len(judged) > sum(1 for n in range(2000) if n % 7 == 6)
    household._invalidate_top()
    flagged.clear()
    assert household.most_frequent_nuisance is None
    # One call each (a list's callers, say), all flagged: the latest is the top, judged alone.
    register = Register()
    for n in range(2000):
        register.record_ring(f"+4931{n:07d}", f"one-{n}", T0 + timedelta(minutes=n), "SIP0")
    monkeypatch.setattr(household, "register", register)
    flagged.update(register.callers)
    household._invalidate_top()
    judged.clear()
    top = household.most_frequent_nuisance
    assert top is not None
    assert top[0].number == "+49310001999"
    assert judged == ["+49310001999"]


async def test_every_caller_is_judged_a_slice_at_a_time(
    hass: HomeAssistant, loaded_entry: MockConfigEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A share's tally, the group ranking and the card's pages judge everyone: the loop
    gets a turn after each slice, and the answer is the one of judging all at once."""
    from custom_components.nuisance_calls import household as household_module
    from custom_components.nuisance_calls.household import HOUSEHOLD

    household = hass.data[HOUSEHOLD]
    register = _register({f"+4930{n:07d}": [n % 3] for n in range(250)})
    monkeypatch.setattr(household, "register", register)
    monkeypatch.setattr(household_module, "JUDGE_SLICE", 100)
    judged, during = await loop_turns_during(household.async_callers())
    assert [(t.number, v) for t, v in judged] == [(t.number, v) for t, v in household.callers()]
    assert len(judged) == 250
    assert during >= 2  # after the first and the second slice of 100
