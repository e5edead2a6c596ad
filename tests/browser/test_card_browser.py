"""The card in a real Home Assistant, in headless Chromium.

Starts HA like ``scripts/develop`` does (``harness.py``), onboards an owner
through the API, puts the card on a storage-mode dashboard and then works
the card as a user would: calls arrive live (and are announced), the chart
of calls per day, a caller's page with every call, flag (the name first,
then the tag), allow, unflag and reset change the verdict in HA, reset and
the flag panel from the keyboard, the tabs as a tablist, companies paged and
searched on the server, no wrong empty message on the way, a label with HTML
shows as text, axe-core finds nothing in light and dark, a phone's width, a
German user (the card picker's texts too), a non-admin user who can look but
not change, and previews that do nothing. Screenshots go to
``tests/browser/artifacts/`` (the README's pictures: ``test_card_docs.py``).

Run it with ``scripts/browser_test`` (installs what it needs).
"""

from __future__ import annotations

from collections.abc import Iterator
import dataclasses
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
from tests.realha import ROOT, HomeAssistantUnderTest

HOSTILE = "<img src=x onerror=alert(1)>"
AXE = ROOT / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
DASH = "\N{EN DASH}"
LONG_NAME = "Kundenservice Energieversorgung Süd GmbH"

pytestmark = pytest.mark.browser

# Every text a card's message line shows, frame by frame (a flash of a wrong
# empty message lasts one render: polling with Playwright would miss it).
WATCH_MESSAGES = """
() => {
  const cards = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll("*")) {
      if (element.tagName === "NUISANCE-CALLS-CARD") cards.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  window.__ncMessages = new Set();
  const poll = () => {
    for (const card of cards) {
      const roots = [card.shadowRoot, card.shadowRoot?.querySelector("nc-companies")?.shadowRoot];
      for (const root of roots) {
        root?.querySelectorAll(".message").forEach(
          (m) => window.__ncMessages.add(m.textContent.trim()));
      }
    }
    requestAnimationFrame(poll);
  };
  poll();
  return cards.length;
}
"""

DEEP_FOCUS = """
() => {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element ? `${element.tagName.toLowerCase()}.${element.className}` : "";
}
"""

AXE_RUN = """
async () => {
  const result = await axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
  });
  return result.violations
    .map((violation) => ({
      id: violation.id,
      nodes: violation.nodes
        .filter((node) => JSON.stringify(node.target).includes("nuisance-calls-card"))
        .map((node) => `${JSON.stringify(node.target)}: ${node.failureSummary}`),
    }))
    .filter((violation) => violation.nodes.length);
}
"""


@pytest.fixture
def home_assistant(socket_enabled: None, tmp_path: Path) -> Iterator[HomeAssistantUnderTest]:
    """HA with the integration and a simulated box on free 127.0.0.1 ports."""
    with running_home_assistant(tmp_path) as ha:
        yield ha


def _card_config(**extra: Any) -> dict[str, Any]:
    return {"type": f"custom:{CARD}", "max_rows": 10, **extra}


def test_card_in_a_real_home_assistant(home_assistant: HomeAssistantUnderTest) -> None:
    """The card as an owner, a phone, a German user and a non-admin use it."""
    from playwright.sync_api import sync_playwright

    ha = home_assistant
    ARTIFACTS.mkdir(exist_ok=True)
    # Callers before the dashboard opens: one missed, one answered.
    ha.box("missed 0301234567")
    ha.box("answered 0221123450")

    with sync_playwright() as playwright:
        browser, context, page = open_browser(playwright, ha)
        watch = _PageWatch(page)
        try:
            card = _open_dashboard(page, ha)
            _calls_arrive_live(page, card, ha)
            _flag_allow_unflag_from_the_card(page, card, ha)
            _labels_are_text(page, card, ha, watch)
            _tabs_and_search(page, card)
            _keyboard_only(page, card, ha)
            _companies_paged_and_searched(page, ha)

            _compact_card(page, ha)
            # A withheld call and an unknown caller, for a fuller picture.
            ha.box("withheld")
            ha.box("missed 040987654")
            expect(card.locator(".footer .range")).to_have_text(f"1{DASH}10 of 18")
            page.wait_for_timeout(2000)  # the highlight of pushed rows fades
            _screenshots(page, card, "light")
            _no_axe_violations(page, "light")
            page.emulate_media(color_scheme="dark")
            page.wait_for_timeout(1000)
            _screenshots(page, card, "dark")
            _no_axe_violations(page, "dark")
            page.emulate_media(color_scheme="light")
            _previews_are_inert(page, ha)
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

        _on_a_phone_in_german_and_dark(playwright, ha)
        _as_a_user_who_is_not_an_admin(playwright, ha)


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


def _expect_rows(card: Any, count: int) -> None:
    expect(card.locator("nc-caller-row")).to_have_count(count)


def _open_dashboard(page: Any, ha: HomeAssistantUnderTest) -> Any:
    """Log in (stored tokens), put the card on a new storage dashboard, open it."""
    page.goto(f"{ha.url}/profile/general")
    page.wait_for_function("document.querySelector('home-assistant')?.hass?.connected === true")
    # The integration loaded the card on every page: it is in the card picker.
    page.wait_for_function(
        f"(window.customCards || []).some((c) => c.type === '{CARD}' && c.preview)"
    )
    save_dashboard(
        page,
        ha,
        [
            [_card_config(filter="all")],
            [
                _card_config(filter="labels", title="Companies", show_chart=False),
                _card_config(filter="nuisance", title="Top", compact=True, max_rows=3),
                _card_config(filter="labels", title="Top companies", compact=True, max_rows=3),
            ],
        ],
    )
    page.goto(f"{ha.url}/{DASHBOARD}/calls")
    card = page.locator(CARD).first
    # The first open of a dashboard on a fresh machine loads the frontend's
    # chunks from disk for the first time: give it a minute, once.
    expect(card.locator("nc-caller-row").first).to_be_visible(timeout=60_000)
    return card


def _calls_arrive_live(page: Any, card: Any, ha: HomeAssistantUnderTest) -> None:
    row = card.locator('[data-number="+49301234567"]')
    expect(row.locator(".count")).to_have_text("1")
    expect(row.locator(".missed")).to_contain_text("1")
    expect(card.locator('[data-number="+49221123450"] .answered')).to_contain_text("1")
    # The chart: today's bar and counts (from the call log, then pushed).
    chart = card.locator("nc-chart")
    expect(chart.locator(".today")).to_contain_text("2")
    # Another call from the same caller, and a new caller: no reload.
    ha.box("missed 0301234567")
    expect(row.locator(".count")).to_have_text("2")
    expect(row.locator(".missed")).to_contain_text("2")
    ha.box("missed 0895550000")
    expect(card.locator('[data-number="+49895550000"]')).to_be_visible()
    expect(chart.locator(".today")).to_contain_text("4")
    # Announced to screen readers; the row says what its numbers mean.
    expect(card.locator(".sr-only[aria-live]")).to_contain_text("089")
    expect(row.locator("button.open")).to_contain_text("2 missed")
    # Sorted by count: the caller with two calls comes first.
    expect(card.locator("nc-caller-row").first).to_have_attribute("data-number", "+49301234567")
    expect(card.locator(".footer .range")).to_have_text(f"1{DASH}3 of 3")


def _open_caller(card: Any, number: str) -> Any:
    card.locator(f'nc-caller-row[data-number="{number}"] button.open').click()
    caller = card.locator("nc-caller-page")
    expect(caller).to_be_visible()
    return caller


def _flag_allow_unflag_from_the_card(page: Any, card: Any, ha: HomeAssistantUnderTest) -> None:
    # Flag: the name first, then the tag (which flags at once, with the name).
    row = card.locator('[data-number="+49301234567"]')
    row.locator("button.flag").click()
    panel = row.locator("nc-flag-panel")
    expect(panel.locator("input")).to_be_focused()
    page.keyboard.type("Example Energy Ltd")
    panel.locator('.tag-choice[data-tag="telemarketing"]').click()
    expect(row).to_have_class(_has("verdict-nuisance"))
    verdict = ha.lookup("+49301234567")
    assert verdict["verdict"] == "nuisance"
    assert verdict["tags"] == ["telemarketing"]
    assert verdict["label"] == "Example Energy Ltd"
    # Who flagged it: the owner, through the card.
    assert verdict["list_entry"]["by_name"] == "Test Owner"
    expect(row.locator(".primary")).to_have_text("Example Energy Ltd")
    expect(row.locator(".chip.mine")).to_have_text("Flagged by you")

    # The caller's page: every call, the facts, the actions.
    caller = _open_caller(card, "+49301234567")
    expect(caller.locator("tr.call")).to_have_count(2)
    expect(caller.locator("tr.call").first).to_contain_text("Missed")
    expect(caller.locator(".facts")).to_contain_text("Flagged by you")
    card.screenshot(path=ARTIFACTS / "caller-light.png", animations="disabled")
    # A download of this caller's calls, for a complaint.
    with page.expect_download() as download:
        caller.locator("button.export").click()
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("date,time,number")
    assert len(text.splitlines()) == 3
    caller.locator("button.back").click()

    # Allow (the label given earlier stays), on the caller's page.
    ha.action("flag_number", number="0221 123450", tag="survey", label="Dr. Weber")
    other = card.locator('[data-number="+49221123450"]')
    expect(other).to_have_class(_has("verdict-nuisance"))
    # Flagged by an action, not by a person through the card: not "you".
    expect(other.locator(".chip.mine")).to_have_text("On your list: flagged")
    _open_caller(card, "+49221123450").locator("button.allow").click()
    expect(card.locator("nc-caller-page .verdict")).to_have_text("Allowed")
    assert ha.lookup("+49221123450")["verdict"] == "allowed"
    card.locator("nc-caller-page button.back").click()
    expect(other).to_have_class(_has("verdict-allowed"))

    # Unflag, offered only for callers on the personal list; then flag again.
    third = card.locator('[data-number="+49895550000"]')
    caller = _open_caller(card, "+49895550000")
    expect(caller.locator("button.unflag")).to_have_count(0)
    ha.action("flag_number", number="089 5550000", tag="scam", label="Lotto Service")
    expect(caller.locator(".verdict")).to_have_text("Nuisance")
    caller.locator("button.unflag").click()
    expect(caller.locator(".verdict")).to_have_text("Unknown")
    looked_up = ha.lookup("+49895550000")
    assert looked_up["verdict"] == "unknown"
    assert looked_up["list_entry"] is None
    caller.locator("button.back").click()
    third.locator("button.flag").click()
    third.locator(".panel input").fill("Lotto Service")
    third.locator('.tag-choice[data-tag="scam"]').click()
    expect(third).to_have_class(_has("verdict-nuisance"))
    assert ha.lookup("+49895550000")["tags"] == ["scam"]


def _labels_are_text(page: Any, card: Any, ha: HomeAssistantUnderTest, watch: _PageWatch) -> None:
    """A label with HTML shows as text: no image element, no script run."""
    ha.box("missed 0303333333")
    ha.action("flag_number", number="0303333333", label=HOSTILE)
    row = card.locator('[data-number="+49303333333"]')
    expect(row.locator(".primary")).to_have_text(HOSTILE)
    companies = page.locator(CARD).nth(1)
    expect(companies.locator(".label-row .primary", has_text=HOSTILE)).to_be_visible()
    page.wait_for_timeout(500)
    assert page.locator(f"{CARD} img").count() == 0
    assert watch.dialogs == []


def _tabs_and_search(page: Any, card: Any) -> None:
    assert page.evaluate(WATCH_MESSAGES) == 4  # the cards watched
    card.locator('.tab:text-is("Companies")').click()
    expect(card.locator(".label-row").first).to_be_visible()
    card.locator('.tab:text-is("Allowed")').click()
    _expect_rows(card, 1)
    expect(card.locator("nc-caller-row").first).to_have_attribute("data-number", "+49221123450")
    card.locator('.tab:text-is("All")').click()
    card.locator(".search input").fill("energy")
    _expect_rows(card, 1)
    card.locator(".search input").fill("nothing like this")
    expect(card.locator(".message")).to_have_text("No caller matches “nothing like this”.")
    card.locator(".search input").fill("")
    _expect_rows(card, 4)
    # Sort by missed, and a time range.
    card.locator("nc-toolbar select").first.select_option("missed")
    expect(card.locator("nc-caller-row").first).to_have_attribute("data-number", "+49301234567")
    card.locator("nc-toolbar select.period").select_option("7d")
    _expect_rows(card, 4)
    card.locator("nc-toolbar select.period").select_option("all")
    card.locator("nc-toolbar select").first.select_option("count")
    # Only the callers with a tag (the server filters), then every tag again.
    card.locator("nc-toolbar select.tag").select_option("scam")
    _expect_rows(card, 1)
    expect(card.locator("nc-caller-row").first).to_have_attribute("data-number", "+49895550000")
    card.locator("nc-toolbar select.tag").select_option("")
    _expect_rows(card, 4)
    # The whole list's calls as a file the browser downloads.
    with page.expect_download() as download:
        card.locator(".footer button.export-all").click()
    assert download.value.suggested_filename.startswith("nuisance-calls-all-")
    rows = Path(download.value.path()).read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("date,time,number")
    numbers = {row.split(",")[2] for row in rows[1:]}
    assert {"+49301234567", "+49221123450", "+49895550000"} <= numbers, numbers
    page.wait_for_timeout(500)
    # No wrong empty message flashed on the way (loading, after clearing the search).
    seen = set(page.evaluate("[...window.__ncMessages]"))
    assert "No calls recorded yet." not in seen, seen
    assert "No caller has a name or company yet." not in seen, seen


def _companies_paged_and_searched(page: Any, ha: HomeAssistantUnderTest) -> None:
    """Every company is reachable: a count, pages, a search over all of them."""
    for index in range(11):
        number = f"0401111{index:03d}"
        ha.box(f"missed {number}")
        ha.action("flag_number", number=number, label=f"Firm {index:02d}")
    ha.box("missed 0402222222")
    ha.action("flag_number", number="0402222222", label="Microsoft")
    companies = page.locator(CARD).nth(1)
    # Example Energy, Dr. Weber, Lotto Service, 11 firms, Microsoft (the
    # hostile label's caller was reset).
    expect(companies.locator(".footer .range")).to_have_text(f"1{DASH}10 of 15")
    companies.locator("button.page-on").click()
    expect(companies.locator(".footer .range")).to_have_text(f"11{DASH}15 of 15")
    expect(companies.locator(".label-row")).to_have_count(5)
    companies.locator(".search input").fill("Microsoft")
    expect(companies.locator(".label-row")).to_have_count(1)
    expect(companies.locator(".label-row .primary")).to_have_text("Microsoft")
    companies.locator(".search input").fill("")
    expect(companies.locator(".footer .range")).to_have_text(f"1{DASH}10 of 15")


def _compact_card(page: Any, ha: HomeAssistantUnderTest) -> None:
    """The glanceable card: today, the top nuisance callers, who rings now."""
    compact = page.locator(CARD).nth(2)
    expect(compact.locator(".top li").first).to_contain_text("Example Energy Ltd")
    expect(compact.locator(".top li")).to_have_count(3)
    expect(compact.locator(".today-line")).to_contain_text("Today:")
    expect(compact.locator(".ringing")).to_have_count(0)
    call_id = ha.box("ring 0305550123").rsplit(" ", 1)[-1]
    expect(compact.locator(".ringing")).to_contain_text("+49305550123")
    ha.box(f"hangup {call_id}")
    expect(compact.locator(".ringing")).to_have_count(0)
    expect(compact.locator("button")).to_have_count(0)
    # The same for companies: the names people gave, with their calls this month.
    companies = page.locator(CARD).nth(3)
    expect(companies.locator(".top li").first).to_be_visible()
    names = companies.locator(".top li .name").all_inner_texts()
    assert "Example Energy Ltd" in names, names
    assert len(names) <= 3


def _focused(page: Any) -> str:
    focused: str = page.evaluate(DEEP_FOCUS)
    return focused


def _keyboard_only(page: Any, card: Any, ha: HomeAssistantUnderTest) -> None:
    """Tabs with arrow keys, the flag panel's Escape, a reset confirmed by keyboard."""
    tab = card.locator('.tab[aria-selected="true"]')
    tab.focus()
    page.keyboard.press("ArrowLeft")
    expect(card.locator('.tab[aria-selected="true"]')).to_have_text("Allowed")
    assert _focused(page).startswith("button.tab"), _focused(page)
    page.keyboard.press("ArrowRight")
    expect(card.locator('.tab[aria-selected="true"]')).to_have_text("All")
    # One Tab stop for all tabs: Tab leaves the tablist for the toolbar.
    page.keyboard.press("Tab")
    assert _focused(page) == "input.", _focused(page)

    row = card.locator('[data-number="+49303333333"]')
    row.locator("button.flag").focus()
    page.keyboard.press("Enter")
    expect(row.locator("nc-flag-panel input")).to_be_focused()
    page.keyboard.press("Escape")
    expect(row.locator("nc-flag-panel")).to_have_count(0)
    assert _focused(page).startswith("button.icon-button flag"), _focused(page)

    # Reset: open the page, Reset asks, the question has the focus and stays.
    row.locator("button.open").focus()
    page.keyboard.press("Enter")
    caller = card.locator("nc-caller-page")
    expect(caller.locator("button.back")).to_be_focused()
    caller.locator("button.reset").focus()
    page.keyboard.press("Enter")
    expect(caller.locator("button.confirm")).to_be_focused()
    page.wait_for_timeout(5000)  # no timer takes the question away
    expect(caller.locator("button.confirm")).to_be_focused()
    page.keyboard.press("Enter")
    expect(caller.locator("tr.call")).to_have_count(0)
    assert ha.lookup("+49303333333")["tally"]["count"] == 0
    caller.locator("button.back").click()
    expect(row).to_have_count(0)


def _no_axe_violations(page: Any, theme: str) -> None:
    """axe-core (WCAG 2.1 A and AA) finds nothing in the card, list and caller page."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    card = page.locator(CARD).first
    violations = page.evaluate(AXE_RUN)
    _open_caller(card, "+49301234567")
    violations += page.evaluate(AXE_RUN)
    card.locator("nc-caller-page button.back").click()
    assert violations == [], f"{theme}: {json.dumps(violations, indent=1)}"


def _on_a_phone_in_german_and_dark(playwright: Any, ha: HomeAssistantUnderTest) -> None:
    """390 px, German, dark: whole names, 48 px targets, German texts (picker too)."""
    ha.box("missed 0307777777")
    ha.action("flag_number", number="0307777777", label=LONG_NAME)
    browser, context, page = open_browser(
        playwright,
        ha,
        viewport={"width": 390, "height": 844},
        device_scale_factor=3,
        color_scheme="dark",
    )
    context.add_init_script("localStorage.setItem('selectedLanguage', '\"de\"');")
    watch = _PageWatch(page)
    try:
        page.goto(f"{ha.url}/{DASHBOARD}/calls")
        card = page.locator(CARD).first
        row = card.locator('[data-number="+49307777777"]')
        expect(row).to_be_visible(timeout=60_000)
        expect(card.locator('.tab[aria-selected="true"]')).to_have_text("Alle")
        # The card picker's name and description are German too ("Stör" finds it).
        picker = page.evaluate(
            f"(() => {{ const c = window.customCards.find((c) => c.type === '{CARD}');"
            " return c.name + ' ' + c.description; })()"
        )
        assert "Stör" in picker, picker
        # One line: no line name in the rows; the name is shown whole.
        assert "FRITZ!Box" not in row.locator(".secondary").inner_text()
        name = row.locator(".primary")
        assert name.evaluate("(e) => e.scrollWidth <= e.clientWidth"), "name truncated"
        box = row.locator("button.flag").bounding_box()
        assert box is not None
        assert box["width"] >= 48, box
        assert box["height"] >= 48, box
        page.wait_for_timeout(1500)
        card.screenshot(path=ARTIFACTS / "card-phone-de-dark.png", animations="disabled")
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate(AXE_RUN)
        assert violations == [], json.dumps(violations, indent=1)
    except BaseException:
        page.screenshot(path=ARTIFACTS / "failure-phone.png", full_page=True)
        print("console errors:", watch.errors)
        raise
    finally:
        context.close()
        browser.close()


def as_kim(playwright: Any, ha: HomeAssistantUnderTest) -> HomeAssistantUnderTest:
    """The same Home Assistant as Kim, a user who is no admin (created by the owner)."""
    browser, context, page = open_browser(playwright, ha)
    try:
        page.goto(f"{ha.url}/profile/general")
        page.wait_for_function("document.querySelector('home-assistant')?.hass?.connected")
        tokens = _user_tokens(ha, page)
    finally:
        context.close()
        browser.close()
    return dataclasses.replace(ha, tokens=tokens)


def _user_tokens(ha: HomeAssistantUnderTest, page: Any) -> dict[str, Any]:
    """A non-admin user (created by the owner), logged in through HA's login flow."""
    send = send_js()
    user = page.evaluate(
        f"""{send}({{type: "config/auth/create", name: "Kim", group_ids: ["system-users"]}})"""
    )
    page.evaluate(
        f"""{send}({{type: "config/auth_provider/homeassistant/create",
            user_id: "{user["user"]["id"]}", username: "kim", password: "kim-secret-1"}})"""
    )
    client_id = f"{ha.url}/"
    anonymous = dataclasses.replace(ha, tokens={})
    flow = anonymous.request(
        "/auth/login_flow",
        {
            "client_id": client_id,
            "handler": ["homeassistant", None],
            "redirect_uri": f"{ha.url}/?auth_callback=1",
        },
    )
    done = anonymous.request(
        f"/auth/login_flow/{flow['flow_id']}",
        {"client_id": client_id, "username": "kim", "password": "kim-secret-1"},
    )
    tokens: dict[str, Any] = anonymous.request(
        "/auth/token",
        {"grant_type": "authorization_code", "code": done["result"], "client_id": client_id},
        form=True,
    )
    return tokens


def _as_a_user_who_is_not_an_admin(playwright: Any, ha: HomeAssistantUnderTest) -> None:
    """Kim sees everything and who flagged, and can change nothing (nor by hand)."""
    kim = as_kim(playwright, ha)
    browser, context, page = open_browser(playwright, kim)
    try:
        page.goto(f"{ha.url}/{DASHBOARD}/calls")
        card = page.locator(CARD).first
        row = card.locator('[data-number="+49301234567"]')
        expect(row).to_be_visible(timeout=60_000)
        expect(row.locator(".chip.mine")).to_have_text("Flagged by Test Owner")
        expect(card.locator("button.flag")).to_have_count(0)
        caller = _open_caller(card, "+49301234567")
        expect(caller.locator("tr.call")).to_have_count(2)
        for action in ("flag", "allow", "unflag", "reset"):
            expect(caller.locator(f"button.{action}")).to_have_count(0)
        expect(caller.locator("button.export")).to_be_visible()
        refused = page.evaluate(
            f"""{send_js()}({{type: "nuisance_calls/reset", number: "+49301234567"}})
                .then(() => "done", (err) => err.code)"""
        )
        assert refused == "unauthorized"
        assert ha.lookup("+49301234567")["tally"]["count"] == 2
    finally:
        context.close()
        browser.close()


def _previews_are_inert(page: Any, ha: HomeAssistantUnderTest) -> None:
    """In edit mode (and the editor's preview) the card shows, and does nothing."""
    page.goto(f"{ha.url}/{DASHBOARD}/calls?edit=1")
    card = page.locator(CARD).first
    expect(card.locator("nc-caller-row").first).to_be_visible()
    assert card.evaluate("(c) => c.preview") is True
    assert card.locator(".frame").evaluate("(e) => e.inert") is True
    expect(card.locator("button.flag")).to_have_count(0)


def _has(css_class: str) -> Any:
    return re.compile(rf"(^|\s){re.escape(css_class)}(\s|$)")


def _visual_editor(page: Any, ha: HomeAssistantUnderTest) -> None:
    """The card's editor is HA's own form (``getConfigForm``), with our labels."""
    page.goto(f"{ha.url}/{DASHBOARD}/calls?edit=1")
    page.locator("hui-card-edit-mode").first.click()
    expect(page.get_by_text("Rows per page")).to_be_visible()
    expect(page.get_by_text("Only callers on this line; empty for all lines.")).to_be_visible()
    # The editor's preview: inert, no action buttons.
    preview = page.locator(f"hui-dialog-edit-card {CARD}").first
    expect(preview.locator("nc-caller-row").first).to_be_visible()
    expect(preview.locator("button.flag")).to_have_count(0)
    page.wait_for_timeout(500)
    page.screenshot(path=ARTIFACTS / "editor-light.png")


def _screenshots(page: Any, card: Any, theme: str) -> None:
    card.screenshot(path=ARTIFACTS / f"card-{theme}.png", animations="disabled")
    companies = page.locator(CARD).nth(1)
    companies.screenshot(path=ARTIFACTS / f"companies-{theme}.png", animations="disabled")
    page.screenshot(path=ARTIFACTS / f"dashboard-{theme}.png", full_page=True)
