"""The card of a group: companies ranked by calls to every household, and a caller's hint.

A household with a month of calls (``test_card_docs.py``'s) subscribes to two
friends' shares that carry their tally. The shares are served from loopback
as a share link answers a GET: this integration's list format with the
``tally`` part, built by the same functions a share uses. The card's
Companies tab then ranks the companies by calls to the three households, with
each household's part in words and as bar segments, least or most first,
over a chosen time range; an unknown caller's page shows where the number is
from and what kind of line it is, as a hint. axe-core finds nothing, light
and dark, at a phone's width too. ``NUISANCE_DOCS_SCREENSHOT=1`` writes the
README's picture ``docs/images/card-group.png``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import json
from pathlib import Path
import threading
import time
from typing import Any

import pytest

from custom_components.nuisance_calls.lib.listclient import SHARE_STATUS_HEADER
from tests.browser.harness import (
    ARTIFACTS,
    CARD,
    DASHBOARD,
    expect,
    open_browser,
    running_home_assistant,
    save_dashboard,
)
from tests.browser.test_card_browser import AXE, AXE_RUN
from tests.browser.test_card_docs import HOUSEHOLD, _save, _seed_household
from tests.realha import HomeAssistantUnderTest

pytestmark = pytest.mark.browser

# A friend's flagged callers: number, label as the friend wrote it, days ago of each call.
ANNA = [
    ("+4930609876543", "Energie Direkt Vertrieb", [1, 3, 6, 9, 12]),
    ("+4940555123", "Lotto Gewinnservice GmbH", [2, 15]),
    ("+4951188776655", "Zeitungsabo Nord", [4, 8, 60]),
]
BEN = [
    ("+4951188776655", "Zeitungsabo Nord", [1, 2, 3, 5, 7, 11]),
    ("+4989123400", "Meinungsbild Umfragen", [3, 20]),
]
UNKNOWN_CALLER = "+4969777888"
"""No list knows it (``HOUSEHOLD``): its page has a hint."""


def _share_document(calls: list[tuple[str, str, list[int]]]) -> bytes:
    """A friend's share link's answer: flagged numbers and the tally (as shares.py builds it)."""
    from custom_components.nuisance_calls.lib.classifier import Verdict, VerdictKind
    from custom_components.nuisance_calls.lib.group import group_document
    from custom_components.nuisance_calls.lib.listformats import export_document
    from custom_components.nuisance_calls.lib.register import Register
    from custom_components.nuisance_calls.share import encode

    register = Register()
    now = datetime.now(UTC)
    for number, _label, days_ago in calls:
        for days in sorted(days_ago, reverse=True):
            register.record_ring(number, "0", now - timedelta(days=days), "SIP0")
    labels = {number: label for number, label, _days in calls}
    callers = [
        (register.callers[number], Verdict(VerdictKind.NUISANCE, label=label))
        for number, label in labels.items()
    ]
    year = {number: sum(1 for days in ago if days <= 365) for number, _label, ago in calls}
    document = export_document(
        "Nuisance Calls",
        [
            {"number": number, "action": "flag", "tags": ["telemarketing"], "label": label}
            for number, label in labels.items()
        ],
    )
    document["tally"] = group_document(callers, now, year)
    return encode(document)


@pytest.fixture
def shares() -> Iterator[str]:
    """Anna's and Ben's share links, served on loopback: ``<base>/anna`` and ``<base>/ben``."""
    documents = {"/anna": _share_document(ANNA), "/ben": _share_document(BEN)}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = documents.get(self.path)
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header(SHARE_STATUS_HEADER, "ok")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def household(socket_enabled: None, tmp_path: Path) -> Iterator[HomeAssistantUnderTest]:
    """HA with a month of a household's calls."""
    with running_home_assistant(tmp_path, seed=_seed_household) as ha:
        yield ha


def _subscribe(ha: HomeAssistantUnderTest, name: str, url: str) -> None:
    """A friend's share added as a shared list, as the config flow in the UI does."""
    flow = ha.request("/api/config/config_entries/flow", {"handler": "nuisance_calls"})
    flow = ha.request(
        f"/api/config/config_entries/flow/{flow['flow_id']}", {"next_step_id": "shared_list"}
    )
    result = ha.request(
        f"/api/config/config_entries/flow/{flow['flow_id']}",
        {"name": name, "url": url, "mode": "flag", "refresh_hours": 6, "max_size_mb": 50},
    )
    assert result["type"] == "create_entry", result


def _own_calls(label: str) -> int:
    return sum(calls for _n, known, _a, _t, calls, _s in HOUSEHOLD if known == label)


def _friend_calls(friend: list[tuple[str, str, list[int]]], word: str, within: int = 10_000) -> int:
    return sum(sum(1 for d in ago if d <= within) for _n, label, ago in friend if word in label)


def _hint_where(ha: HomeAssistantUnderTest) -> str:
    """The place of the unknown caller's hint, once HA has read its place names (a worker)."""
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        hint = ha.lookup(UNKNOWN_CALLER)["hint"]
        if hint and hint["where"]:
            return str(hint["where"])
        time.sleep(2)
    pytest.fail(f"no place in the hint: {ha.lookup(UNKNOWN_CALLER)['hint']}\n{ha.log_tail()}")


def _no_axe_violations(page: Any, what: str) -> None:
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    violations = page.evaluate(AXE_RUN)
    assert violations == [], f"{what}: {json.dumps(violations, indent=1)}"


def _rows(card: Any) -> list[tuple[str, str, str, str]]:
    """Each company row: name, total, households, each household's part (in words)."""
    rows = card.locator("nc-companies .group-row")
    return [
        (
            row.locator(".primary").inner_text(),
            row.locator(".count").inner_text(),
            row.locator(".split").inner_text().strip(),
            " ".join(row.locator(".parts").inner_text().split()),
        )
        for row in rows.all()
    ]


def _row(name: str, you: int, anna: int, ben: int) -> tuple[str, str, str, str]:
    """A company row as the card shows it: name, total, households called, each one's part."""
    called = sum(1 for calls in (you, anna, ben) if calls)
    return (
        name,
        str(you + anna + ben),
        f"{called} of 3 households",
        f"You {you} · Anna {anna} · Ben {ben}",
    )


def _expected(within: int = 10_000) -> list[tuple[str, str, str, str]]:
    """The group's ranking from the seeded calls and the friends' shares, most calls first."""
    rows = [
        _row(
            company,
            _own_calls(company),
            _friend_calls(ANNA, word, within),
            _friend_calls(BEN, word, within),
        )
        for company, word in (
            ("Energie Direkt Vertrieb", "Energie"),
            ("Zeitungsabo Nord", "Zeitungsabo"),
            ("Meinungsbild Umfragen", "Meinungsbild"),
            ("Lotto Gewinnservice", "Lotto"),
            ("Tarifwechsel Service", "Tarifwechsel"),
        )
    ]
    return sorted(rows, key=lambda row: -int(row[1]))


def test_the_group_ranking_and_a_callers_hint(
    household: HomeAssistantUnderTest, shares: str
) -> None:
    """Companies by calls to three households, each one's part; an unknown caller's hint."""
    from playwright.sync_api import sync_playwright

    ha = household
    ARTIFACTS.mkdir(exist_ok=True)
    _subscribe(ha, "Anna", f"{shares}/anna")
    _subscribe(ha, "Ben", f"{shares}/ben")
    where = _hint_where(ha)
    most_first = _expected()
    totals = [int(row[1]) for row in most_first]
    assert len(set(totals)) == len(totals), "the data makes an order with no ties"

    with sync_playwright() as playwright:
        browser, context, page = open_browser(
            playwright, ha, viewport={"width": 1280, "height": 1600}
        )
        try:
            save_dashboard(
                page,
                ha,
                [
                    [{"type": f"custom:{CARD}", "filter": "labels", "show_chart": False}],
                    [{"type": f"custom:{CARD}", "filter": "all", "max_rows": 10}],
                ],
            )
            page.goto(f"{ha.url}/{DASHBOARD}/calls")
            card = page.locator(CARD).first
            _the_ranking(page, card, most_first)
            _the_hint(page, page.locator(CARD).nth(1), where)
        except BaseException:
            page.screenshot(path=ARTIFACTS / "failure-group.png", full_page=True)
            raise
        finally:
            context.close()
            browser.close()
        _on_a_phone_in_dark(playwright, ha, most_first)


def _the_ranking(page: Any, card: Any, most_first: list[tuple[str, str, str, str]]) -> None:
    """Rows, parts, segments; least first from the keyboard; 30 days; by households; a tap."""
    companies = card.locator("nc-companies")
    expect(companies.locator(".group-row")).to_have_count(5, timeout=60_000)
    expect(companies.locator(".group-caption")).to_contain_text(
        "Calls to your group's 3 households · All time"
    )
    assert _rows(card) == most_first
    # A company only friends heard from is no button (you have no callers of it).
    expect(companies.locator("div.group-row .primary")).to_have_text(["Zeitungsabo Nord"])
    # Each household that was called has a segment of the bar (and its part in words).
    expect(companies.locator(".group-row").first.locator(".segment")).to_have_count(2)
    page.wait_for_timeout(1000)
    card.screenshot(path=ARTIFACTS / "docs-group.png", animations="disabled")
    _save(ARTIFACTS / "docs-group.png", "card-group.png")
    _no_axe_violations(page, "group, light")

    # Least first, from the keyboard: the direction button.
    card.locator("nc-toolbar button.group-direction").focus()
    page.keyboard.press("Enter")
    expect(companies.locator(".group-row .primary").first).to_have_text(most_first[-1][0])
    assert _rows(card) == most_first[::-1]

    # The last 30 days: Anna's call of two months ago drops out.
    card.locator("nc-toolbar select.group-period").select_option("30_days")
    expect(companies.locator(".group-caption")).to_contain_text("Last 30 days")
    [zeitung] = [row for row in _expected(30) if row[0] == "Zeitungsabo Nord"]
    zeitung_row = companies.locator(".group-row", has_text="Zeitungsabo Nord")
    expect(zeitung_row.locator(".count")).to_have_text(zeitung[1])
    assert " ".join(zeitung_row.locator(".parts").inner_text().split()) == zeitung[3]

    # By households: most first, then (the direction) one household first.
    card.locator("nc-toolbar select.group-sort").select_option("households")
    expect(companies.locator(".group-row .primary").first).to_have_text(most_first[0][0])
    card.locator("nc-toolbar button.group-direction").click()
    expect(companies.locator(".group-row .primary").first).to_have_text("Tarifwechsel Service")

    # A tap on a company you had calls from: your callers of it.
    companies.locator("button.group-row", has_text="Lotto Gewinnservice").click()
    expect(card.locator('.tab[aria-selected="true"]')).to_have_text("All")
    expect(card.locator("nc-caller-row")).to_have_count(1)


def _the_hint(page: Any, card: Any, where: str) -> None:
    """An unknown caller's page says where from and what kind; a flagged one's says nothing."""
    card.locator(f'nc-caller-row[data-number="{UNKNOWN_CALLER}"] button.open').click()
    hint = card.locator("nc-caller-page .hint")
    expect(hint).to_contain_text(f"{where} · landline")
    expect(hint.locator(".sr-only")).to_have_text("Hint from the number, not a verdict: ")
    _no_axe_violations(page, "caller page, light")
    card.locator("nc-caller-page button.back").click()
    card.locator('nc-caller-row[data-number="+4930609876543"] button.open').click()
    expect(card.locator("nc-caller-page tr.call")).to_have_count(
        _own_calls("Energie Direkt Vertrieb")
    )
    expect(card.locator("nc-caller-page .hint")).to_have_count(0)


def _on_a_phone_in_dark(
    playwright: Any, ha: HomeAssistantUnderTest, most_first: list[tuple[str, str, str, str]]
) -> None:
    """390 px, dark: the same rows, nothing wider than the card, axe finds nothing."""
    browser, context, page = open_browser(
        playwright, ha, viewport={"width": 390, "height": 1400}, color_scheme="dark"
    )
    try:
        page.goto(f"{ha.url}/{DASHBOARD}/calls")
        card = page.locator(CARD).first
        expect(card.locator("nc-companies .group-row")).to_have_count(5, timeout=60_000)
        assert _rows(card) == most_first
        for row in card.locator("nc-companies .group-row").all():
            assert row.evaluate("(e) => e.scrollWidth <= e.clientWidth + 1"), row.inner_text()
        page.wait_for_timeout(1000)
        card.screenshot(path=ARTIFACTS / "group-phone-dark.png", animations="disabled")
        _no_axe_violations(page, "group, dark, 390 px")
    except BaseException:
        page.screenshot(path=ARTIFACTS / "failure-group-phone.png", full_page=True)
        raise
    finally:
        context.close()
        browser.close()
