"""Notes and the calls-per-month spark on the caller's page, in a real Home Assistant.

The owner writes a note on the caller (from the keyboard) and one on a call
(with the mouse), sees a refused note's error with the draft kept, and finds
both notes in the CSV the page downloads; the spark says its counts in words;
before the first call, the card says that there is none yet and what to check;
axe-core finds nothing with an editor open or closed; a user who is not an
admin reads the notes and gets no way to change them (issue 16).

Run it with ``scripts/browser_test tests/browser/test_card_notes.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
import csv
import io
import json
from pathlib import Path
import re
from typing import Any

import pytest

from tests.browser.harness import (
    ARTIFACTS,
    CARD,
    DASHBOARD,
    expect,
    open_browser,
    running_home_assistant,
    save_dashboard,
    send_js,
)
from tests.browser.test_card_browser import AXE, AXE_RUN, as_kim
from tests.realha import HomeAssistantUnderTest

pytestmark = pytest.mark.browser

NUMBER = "+49301234567"
TRANSLATIONS = Path(__file__).resolve().parents[2] / "frontend/src/translations/en.json"
CALLER_NOTE = "Said no on 12 Nov,\nasked them to delete my number"
CALL_NOTE = "Refused again: «no more calls»"


@pytest.fixture
def home_assistant(socket_enabled: None, tmp_path: Path) -> Iterator[HomeAssistantUnderTest]:
    """HA with the integration and a simulated box on free 127.0.0.1 ports."""
    with running_home_assistant(tmp_path) as ha:
        yield ha


def _open_caller(page: Any, ha: HomeAssistantUnderTest) -> tuple[Any, Any]:
    page.goto(f"{ha.url}/{DASHBOARD}/calls")
    card = page.locator(CARD).first
    row = card.locator(f'nc-caller-row[data-number="{NUMBER}"]')
    expect(row).to_be_visible(timeout=60_000)
    row.locator("button.open").click()
    caller = card.locator("nc-caller-page")
    expect(caller.locator("tr.call")).to_have_count(2)
    return card, caller


def _axe(page: Any) -> list[Any]:
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    violations: list[Any] = page.evaluate(AXE_RUN)
    return violations


def test_notes_and_spark_on_the_caller_page(home_assistant: HomeAssistantUnderTest) -> None:
    """Write both notes from the caller's page, see them in the download; the spark."""
    from playwright.sync_api import sync_playwright

    ha = home_assistant
    ARTIFACTS.mkdir(exist_ok=True)

    with sync_playwright() as playwright:
        browser, context, page = open_browser(playwright, ha)
        errors: list[str] = []
        # The card's own errors (HA's frontend reports some of its own on a fresh start).
        page.on("pageerror", lambda error: errors.append(f"{error} {error.stack}"))
        try:
            save_dashboard(page, ha, [[{"type": f"custom:{CARD}", "max_rows": 10}]])
            _empty_until_the_first_call(page, ha)
            card, caller = _open_caller(page, ha)
            _the_spark(caller)
            _the_callers_note(page, caller)
            _a_calls_note(page, card, caller)
            _both_in_the_download(page, caller)

            # After a reload (from the server): the same notes.
            card, caller = _open_caller(page, ha)
            expect(caller.locator("nc-note.caller-note-body .note-text")).to_have_text(CALLER_NOTE)
            expect(caller.locator("tr.call-note .note-text")).to_contain_text(CALL_NOTE)
            ours = [error for error in errors if CARD in error or "nuisance" in error]
            assert ours == [], ours
        except BaseException:
            page.screenshot(path=ARTIFACTS / "notes-failure.png", full_page=True)
            raise
        finally:
            context.close()
            browser.close()

        _a_user_who_is_not_an_admin_reads_them(playwright, ha)


def _empty_until_the_first_call(page: Any, ha: HomeAssistantUnderTest) -> None:
    """A household without calls: the card says so and what to check; the first call
    then appears by itself (pushed, no reload)."""
    texts = json.loads(TRANSLATIONS.read_text(encoding="utf-8"))
    page.goto(f"{ha.url}/{DASHBOARD}/calls")
    card = page.locator(CARD).first
    empty = card.locator(".message.empty")
    expect(empty).to_be_visible(timeout=60_000)
    expect(empty.locator("strong")).to_have_text(texts["empty.callers"])
    expect(empty).to_contain_text(texts["empty.explain"])
    assert _axe(page) == []
    ha.box("missed 0301234567")
    row = card.locator(f'nc-caller-row[data-number="{NUMBER}"]')
    expect(row).to_be_visible()
    expect(empty).to_have_count(0)
    ha.box("answered 0301234567")
    expect(row.locator(".count")).to_have_text("2")


def _the_spark(caller: Any) -> None:
    """This month has both calls, and the label says every month in words."""
    # The spark: this month has both calls, and says so in words.
    spark = caller.locator("nc-spark svg[role=img]")
    expect(spark).to_be_visible()
    assert spark.get_attribute("data-counts") == ",".join(["0"] * 11 + ["2"])
    label = spark.get_attribute("aria-label") or ""
    assert label.startswith("Calls per month over the last 12 months, 2 in all: ")
    assert label.endswith(": 2.")
    assert label.count(": 0") == 11


def _the_callers_note(page: Any, caller: Any) -> None:
    """From the keyboard: Add, type, Ctrl+Enter; a refused note keeps its draft."""
    # The caller's note, from the keyboard: Add, type, Ctrl+Enter.
    caller_note = caller.locator("nc-note.caller-note-body")
    expect(caller_note.locator(".note-empty")).to_be_visible()
    caller_note.locator("button.edit-note").focus()
    page.keyboard.press("Enter")
    field = caller_note.locator("textarea")
    expect(field).to_be_focused()
    expect(caller_note.locator("label")).to_have_text("Note on this caller")
    page.keyboard.type("Said no on 12 Nov,")
    page.keyboard.press("Enter")
    page.keyboard.type("asked them to delete my number")
    expect(caller_note.locator(".note-help")).to_contain_text("49 of 500 characters")
    assert _axe(page) == []  # with an editor open
    page.keyboard.press("Control+Enter")
    expect(caller_note.locator(".note-text")).to_have_text(CALLER_NOTE)
    # Closed: the focus is back on its button (now "Edit note").
    expect(caller_note.locator("button.edit-note")).to_be_focused()
    expect(caller_note.locator("button.edit-note")).to_contain_text("Edit note")

    # A refused note: the server's error, the draft kept; Escape cancels.
    caller_note.locator("button.edit-note").click()
    field.fill("no\u202eon")
    caller_note.locator("button.save-note").click()
    expect(caller_note.locator(".note-error[role=alert]")).to_contain_text(
        "a character a note may not hold (U+202E)"
    )
    expect(field).to_have_value("no\u202eon")
    field.press("Escape")
    expect(caller_note.locator(".note-text")).to_have_text(CALLER_NOTE)


def _a_calls_note(page: Any, card: Any, caller: Any) -> None:
    """The older call's note, by mouse; read out with what it is on."""
    # A note on the older call (the missed one: the table is newest first), by mouse.
    button = caller.locator("tr.call").nth(1).locator("button.call-note-button")
    expect(button).to_have_attribute("aria-label", _starts("Add a note to the call of"))
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    editor = caller.locator("tr.call-note nc-note")
    expect(editor.locator("textarea")).to_be_focused()
    editor.locator("textarea").fill(CALL_NOTE)
    editor.locator("button.save-note").click()
    expect(caller.locator("tr.call-note .note-text")).to_contain_text(CALL_NOTE)
    # Read out with what it is on ("Note on the call of ...: ...").
    expect(caller.locator("tr.call-note .note-text .sr-only")).to_contain_text(
        "Note on the call of"
    )
    expect(button).to_have_attribute("aria-label", _starts("Edit the note on the call"))
    expect(button).to_be_focused()
    card.screenshot(path=ARTIFACTS / "caller-notes-light.png", animations="disabled")
    assert _axe(page) == []


def _both_in_the_download(page: Any, caller: Any) -> None:
    """Both notes in the CSV the page downloads, on this caller's rows."""
    # Both notes in the download, on the rows of this caller.
    with page.expect_download() as download:
        caller.locator("button.export").click()
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(row["outcome"], row["call_note"], row["caller_note"]) for row in rows] == [
        ("missed", CALL_NOTE, CALLER_NOTE),
        ("answered", "", CALLER_NOTE),
    ]


def _starts(text: str) -> re.Pattern[str]:
    return re.compile("^" + re.escape(text))


def _a_user_who_is_not_an_admin_reads_them(playwright: Any, ha: HomeAssistantUnderTest) -> None:
    """The notes show; no button edits them, and the command is refused."""
    kim = as_kim(playwright, ha)
    browser, context, page = open_browser(playwright, kim)
    try:
        _card, caller = _open_caller(page, kim)
        expect(caller.locator("nc-note.caller-note-body .note-text")).to_have_text(CALLER_NOTE)
        expect(caller.locator("tr.call-note .note-text")).to_contain_text(CALL_NOTE)
        expect(caller.locator("button.call-note-button")).to_have_count(0)
        expect(caller.locator("nc-note button.edit-note")).to_have_count(0)
        expect(caller.locator("nc-note textarea")).to_have_count(0)
        refused = page.evaluate(
            f"""{send_js()}({{type: "nuisance_calls/set_note", number: "{NUMBER}", note: ""}})
                .then(() => "done", (err) => err.code)"""
        )
        assert refused == "unauthorized"
        assert json.dumps(_axe(page)) == "[]"
    finally:
        context.close()
        browser.close()
