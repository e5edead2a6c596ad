"""The card in a real Home Assistant, in headless Chromium.

Starts HA like ``scripts/develop`` does (a config folder in a temp dir, the
integration linked in, the simulated FRITZ!Box on a free port, a seeded
line), onboards an owner through the API, puts the card on a storage-mode
dashboard and then works the card as a user would: calls arrive live, flag,
allow, unflag and reset change the verdict in HA, a label with HTML shows as
text. Screenshots (light and dark) go to ``tests/browser/artifacts/``;
``NUISANCE_DOCS_SCREENSHOT=1`` also writes ``docs/images/card.png``.

Run it with ``scripts/browser_test`` (installs what it needs).
"""

from __future__ import annotations

from collections.abc import Iterator
import json
import os
from pathlib import Path
import shutil
from typing import Any

import pytest

from tests.browser.harness import (
    ARTIFACTS,
    CARD,
    CHROMIUM,
    CHROMIUM_ARGS,
    DASHBOARD,
    running_home_assistant,
)
from tests.realha import ROOT, HomeAssistantUnderTest

DOCS_IMAGE = ROOT / "docs" / "images" / "card.png"
HOSTILE = "<img src=x onerror=alert(1)>"

pytestmark = pytest.mark.browser


@pytest.fixture
def home_assistant(socket_enabled: None, tmp_path: Path) -> Iterator[HomeAssistantUnderTest]:
    """HA with the integration and a simulated box on free 127.0.0.1 ports."""
    with running_home_assistant(tmp_path) as ha:
        yield ha


def _card_config(**extra: Any) -> dict[str, Any]:
    return {"type": f"custom:{CARD}", "max_rows": 10, **extra}


def test_card_in_a_real_home_assistant(home_assistant: HomeAssistantUnderTest) -> None:
    """Live rows, actions that change verdicts in HA, labels as text, themes."""
    from playwright.sync_api import sync_playwright

    ha = home_assistant
    ARTIFACTS.mkdir(exist_ok=True)
    # Callers before the dashboard opens: one missed, one answered.
    ha.box("missed 0301234567")
    ha.box("answered 0221123450")

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(
            viewport={"width": 1280, "height": 900}, device_scale_factor=2, color_scheme="light"
        )
        context.add_init_script(
            f"localStorage.setItem('hassTokens', {json.dumps(json.dumps(ha.browser_tokens()))});"
        )
        page = context.new_page()
        page.set_default_timeout(20_000)
        watch = _PageWatch(page)
        try:
            card = _open_dashboard(page, ha)
            _calls_arrive_live(card, ha)
            _flag_allow_unflag_from_the_card(card, ha)
            _labels_are_text(page, card, ha, watch)
            _tabs_and_search(card)
            _reset_from_the_card(card, ha)

            # A withheld call and an unknown caller, for a fuller picture.
            ha.box("withheld")
            ha.box("missed 040987654")
            _expect(card.locator(".row")).to_have_count(5)
            page.wait_for_timeout(2000)  # the highlight of pushed rows fades
            _screenshots(page, "light")
            page.emulate_media(color_scheme="dark")
            page.wait_for_timeout(1000)
            _screenshots(page, "dark")
            page.emulate_media(color_scheme="light")
            _visual_editor(page, ha)

            assert watch.dialogs == []
            ours = [e for e in watch.errors if CARD in e or "nuisance" in e]
            assert not ours, ours
        except BaseException:
            page.screenshot(path=ARTIFACTS / "failure.png", full_page=True)
            raise
        finally:
            context.close()
            browser.close()


class _PageWatch:
    """Dialogs (an alert would mean injected script ran) and console errors."""

    def __init__(self, page: Any) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.errors.append(message.text)


EXPECT_TIMEOUT_MS = 20_000
"""Per assertion: a fresh machine's first page load (frontend not yet cached) is slow."""


def _expect(locator: Any) -> Any:
    from playwright.sync_api import expect

    expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    return expect(locator)


def _open_dashboard(page: Any, ha: HomeAssistantUnderTest) -> Any:
    """Log in (stored tokens), put the card on a new storage dashboard, open it."""
    page.goto(f"{ha.url}/profile/general")
    page.wait_for_function("document.querySelector('home-assistant')?.hass?.connected === true")
    # The integration loaded the card on every page: it is in the card picker.
    page.wait_for_function(
        f"(window.customCards || []).some((c) => c.type === '{CARD}' && c.preview)"
    )
    send = "document.querySelector('home-assistant').hass.connection.sendMessagePromise"
    # HA started with another HTTP port than its default: keep it (or HA asks
    # in a dialog over the dashboard, and reverts and restarts in 5 minutes).
    page.evaluate(f"{send}({{type: 'http/config/promote'}}).catch(() => null)")
    page.evaluate(
        f"""{send}({{type: "lovelace/dashboards/create", url_path: "{DASHBOARD}",
            title: "Calls", mode: "storage", show_in_sidebar: true, require_admin: false}})"""
    )
    view = {
        "title": "Calls",
        "path": "calls",
        "type": "sections",
        "max_columns": 2,
        "sections": [
            {"type": "grid", "cards": [_card_config(filter="all")]},
            {"type": "grid", "cards": [_card_config(filter="labels", title="Companies")]},
        ],
    }
    page.evaluate(
        f"""{send}({{type: "lovelace/config/save", url_path: "{DASHBOARD}",
            config: {json.dumps({"views": [view]})}}})"""
    )
    page.goto(f"{ha.url}/{DASHBOARD}/calls")
    card = page.locator(CARD).first
    # The first open of a dashboard on a fresh machine loads the frontend's
    # chunks from disk for the first time: give it a minute, once.
    from playwright.sync_api import expect

    expect(card).to_be_visible(timeout=60_000)
    return card


def _calls_arrive_live(card: Any, ha: HomeAssistantUnderTest) -> None:
    row = card.locator('[data-number="+49301234567"]')
    _expect(row.locator(".count")).to_have_text("1")
    _expect(row.locator(".missed")).to_contain_text("1")
    _expect(card.locator('[data-number="+49221123450"] .answered')).to_contain_text("1")
    # Another call from the same caller, and a new caller: no reload.
    ha.box("missed 0301234567")
    _expect(row.locator(".count")).to_have_text("2")
    _expect(row.locator(".missed")).to_contain_text("2")
    ha.box("missed 0895550000")
    _expect(card.locator('[data-number="+49895550000"]')).to_be_visible()
    # Sorted by count: the caller with two calls comes first.
    _expect(card.locator(".row").first).to_have_attribute("data-number", "+49301234567")


def _flag_allow_unflag_from_the_card(card: Any, ha: HomeAssistantUnderTest) -> None:
    # Flag, with a tag and a label.
    row = card.locator('[data-number="+49301234567"]')
    row.locator("button.flag").click()
    row.locator(".panel input").fill("Example Energy Ltd")
    row.locator('.tag-choice[data-tag="telemarketing"]').click()
    _expect(row).to_have_class(_has("verdict-nuisance"))
    verdict = ha.lookup("+49301234567")
    assert verdict["verdict"] == "nuisance"
    assert verdict["tags"] == ["telemarketing"]
    assert verdict["label"] == "Example Energy Ltd"
    _expect(row.locator(".primary")).to_have_text("Example Energy Ltd")

    # Allow (the label given earlier stays).
    ha.action("flag_number", number="0221 123450", tag="survey", label="Dr. Weber")
    other = card.locator('[data-number="+49221123450"]')
    _expect(other).to_have_class(_has("verdict-nuisance"))
    other.locator("button.allow").click()
    _expect(other).to_have_class(_has("verdict-allowed"))
    assert ha.lookup("+49221123450")["verdict"] == "allowed"

    # Unflag, offered only for callers on the personal list; then flag again.
    third = card.locator('[data-number="+49895550000"]')
    _expect(third.locator("button.unflag")).to_have_count(0)
    ha.action("flag_number", number="089 5550000", tag="scam", label="Lotto Service")
    _expect(third).to_have_class(_has("verdict-nuisance"))
    third.locator("button.unflag").click()
    _expect(third).to_have_class(_has("verdict-unknown"))
    looked_up = ha.lookup("+49895550000")
    assert looked_up["verdict"] == "unknown"
    assert looked_up["list_entry"] is None
    third.locator("button.flag").click()
    third.locator(".panel input").fill("Lotto Service")
    third.locator('.tag-choice[data-tag="scam"]').click()
    _expect(third).to_have_class(_has("verdict-nuisance"))
    assert ha.lookup("+49895550000")["tags"] == ["scam"]


def _labels_are_text(page: Any, card: Any, ha: HomeAssistantUnderTest, watch: _PageWatch) -> None:
    """A label with HTML shows as text: no image element, no script run."""
    ha.box("missed 0303333333")
    ha.action("flag_number", number="0303333333", label=HOSTILE)
    row = card.locator('[data-number="+49303333333"]')
    _expect(row.locator(".primary")).to_have_text(HOSTILE)
    companies = page.locator(CARD).nth(1)
    _expect(companies.locator(".label-row .primary", has_text=HOSTILE)).to_be_visible()
    page.wait_for_timeout(500)
    assert page.locator(f"{CARD} img").count() == 0
    assert watch.dialogs == []


def _tabs_and_search(card: Any) -> None:
    card.locator('.tab:text-is("Allowed")').click()
    _expect(card.locator(".row")).to_have_count(1)
    _expect(card.locator(".row").first).to_have_attribute("data-number", "+49221123450")
    card.locator('.tab:text-is("All")').click()
    card.locator(".search input").fill("energy")
    _expect(card.locator(".row")).to_have_count(1)
    card.locator(".search input").fill("")
    _expect(card.locator(".row")).to_have_count(4)


def _reset_from_the_card(card: Any, ha: HomeAssistantUnderTest) -> None:
    """Reset asks once more; then the row goes and HA forgets the tally."""
    row = card.locator('[data-number="+49303333333"]')
    row.locator("button.reset").click()
    row.locator("button.confirm").click()
    _expect(row).to_have_count(0)
    assert ha.lookup("+49303333333")["tally"]["count"] == 0


def _has(css_class: str) -> Any:
    import re

    return re.compile(rf"(^|\s){re.escape(css_class)}(\s|$)")


def _visual_editor(page: Any, ha: HomeAssistantUnderTest) -> None:
    """The card's editor is HA's own form (``getConfigForm``), with our labels."""
    page.goto(f"{ha.url}/{DASHBOARD}/calls?edit=1")
    page.locator("hui-card-edit-mode").first.click()
    _expect(page.get_by_text("Rows per page")).to_be_visible()
    _expect(page.get_by_text("Only callers on this line; empty for all lines.")).to_be_visible()
    page.wait_for_timeout(500)
    page.screenshot(path=ARTIFACTS / "editor-light.png")


def _screenshots(page: Any, theme: str) -> None:
    card = page.locator(CARD).first
    card.screenshot(path=ARTIFACTS / f"card-{theme}.png", animations="disabled")
    page.screenshot(path=ARTIFACTS / f"dashboard-{theme}.png", full_page=True)
    if theme == "light" and os.environ.get("NUISANCE_DOCS_SCREENSHOT") == "1":
        DOCS_IMAGE.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ARTIFACTS / "card-light.png", DOCS_IMAGE)
