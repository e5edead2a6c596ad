"""The README's pictures of the card, and of an automation made in HA's editor.

A call log with a few callers over the last 30 days (companies on the
personal list, a surgery that is allowed, withheld numbers), the card on a
dashboard: the card with its chart, a caller's page, the companies, and the
card on a phone in German and dark. Then the way a user makes an automation
for nuisance calls in Home Assistant's own automation editor, from the
line's device page, clicked through as a user does; the automation it saves
then runs on a call. Always checks that they render and work;
``NUISANCE_DOCS_SCREENSHOT=1`` writes them to ``docs/images/``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
import json
import os
from pathlib import Path
import random
import re
import shutil
import time
from typing import Any

import pytest

from tests.browser.harness import (
    ARTIFACTS,
    CARD,
    DASHBOARD,
    expect,
    keep_http_config,
    open_browser,
    running_home_assistant,
    save_dashboard,
)
from tests.realha import ROOT, HomeAssistantUnderTest

pytestmark = pytest.mark.browser

DOCS_IMAGES = ROOT / "docs" / "images"

# number, label (on the personal list), action, tag, calls, share answered
HOUSEHOLD = [
    ("+4930609876543", "Energie Direkt Vertrieb", "flag", "telemarketing", 11, 0.2),
    ("+4989123400", "Meinungsbild Umfragen", "flag", "survey", 6, 0.3),
    ("+4940555123", "Lotto Gewinnservice", "flag", "scam", 5, 0.0),
    ("+4922187654", "Tarifwechsel Service", "flag", "telemarketing", 4, 0.25),
    ("+4930123123", "Praxis Dr. Weber", "allow", "", 5, 1.0),
    ("anonymous", "", "", "", 4, 0.0),
    ("+4969777888", "", "", "", 2, 0.5),
    ("+491761234567", "", "", "", 1, 1.0),
]


def _seed_household(config: Path) -> None:
    from custom_components.nuisance_calls.lib.calllog import CallLog, Changes
    from custom_components.nuisance_calls.lib.register import CallerTally, CallRecord, Outcome

    storage = config / ".storage"
    entries = [
        {"number": number, "action": action, "tags": [tag] if tag else [], "label": label}
        for number, label, action, tag, _calls, _answered in HOUSEHOLD
        if action
    ]
    (storage / "nuisance_calls.personal_list").write_text(
        json.dumps(
            {
                "version": 1,
                "minor_version": 1,
                "key": "nuisance_calls.personal_list",
                "data": {"entries": [{**entry, "added": None} for entry in entries]},
            }
        )
    )
    (storage / "nuisance_calls").mkdir(parents=True, exist_ok=True)
    log = CallLog(storage / "nuisance_calls" / "calls.db", UTC)
    log.open()
    changes = Changes()
    rng = random.Random(30)
    now = datetime.now(UTC)
    call_id = 0
    for number, label, action, tag, calls, answered_share in HOUSEHOLD:
        tally = CallerTally(number)
        for index in range(calls):
            call_id += 1
            when = now - timedelta(days=rng.uniform(0.05, 29), hours=index)
            nuisance = action == "flag"
            if nuisance and rng.random() < 0.3:
                outcome = Outcome.STOPPED
            elif rng.random() < answered_share:
                outcome = Outcome.ANSWERED
            else:
                outcome = Outcome.MISSED
            record = CallRecord(
                str(call_id),
                when,
                "0",
                outcome,
                duration=rng.randint(8, 240) if outcome is Outcome.ANSWERED else None,
                verdict="nuisance" if nuisance else ("allowed" if action else "unknown"),
                label=label,
                tags=(tag,) if tag else (),
                id=call_id,
            )
            tally.count += 1
            tally.answered += outcome is Outcome.ANSWERED
            tally.missed += outcome is Outcome.MISSED
            tally.stopped += outcome is Outcome.STOPPED
            tally.first_seen = min(tally.first_seen or when, when)
            tally.last_seen = max(tally.last_seen or when, when)
            changes.call(number, record)
        changes.caller(tally)
    log.write(changes)
    log.close()


@pytest.fixture
def household(socket_enabled: None, tmp_path: Path) -> Iterator[HomeAssistantUnderTest]:
    """HA with a month of a household's calls."""
    with running_home_assistant(tmp_path, seed=_seed_household) as ha:
        yield ha


def _save(source: Path, name: str) -> None:
    if os.environ.get("NUISANCE_DOCS_SCREENSHOT") == "1":
        DOCS_IMAGES.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, DOCS_IMAGES / name)


def test_pictures_of_the_card(household: HomeAssistantUnderTest) -> None:
    """The card, a caller's page, the companies, a phone: each renders."""
    from playwright.sync_api import sync_playwright

    ha = household
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        # Tall enough that no card scrolls under the dashboard's header.
        browser, context, page = open_browser(
            playwright, ha, viewport={"width": 1280, "height": 2200}
        )
        try:
            save_dashboard(
                page,
                ha,
                [
                    [{"type": f"custom:{CARD}", "filter": "all", "max_rows": 6}],
                    [
                        {
                            "type": f"custom:{CARD}",
                            "filter": "labels",
                            "title": "Companies",
                            "show_chart": False,
                        }
                    ],
                ],
            )
            page.goto(f"{ha.url}/{DASHBOARD}/calls")
            card = page.locator(CARD).first
            expect(card.locator("nc-caller-row").nth(5)).to_be_visible(timeout=60_000)
            expect(card.locator("nc-chart .day")).to_have_count(30)
            page.wait_for_timeout(1500)
            card.screenshot(path=ARTIFACTS / "docs-card.png", animations="disabled")
            _save(ARTIFACTS / "docs-card.png", "card.png")

            companies = page.locator(CARD).nth(1)
            expect(companies.locator(".label-row")).to_have_count(5)
            companies.screenshot(path=ARTIFACTS / "docs-companies.png", animations="disabled")
            _save(ARTIFACTS / "docs-companies.png", "card-companies.png")

            ha.action(
                "set_note",
                number="+4930609876543",
                note="Said no on the phone on 12 Nov and asked them to delete the number.",
            )
            card.locator('nc-caller-row[data-number="+4930609876543"] button.open').click()
            expect(card.locator("nc-caller-page tr.call")).to_have_count(11)
            expect(card.locator("nc-caller-page nc-spark")).to_be_visible()
            expect(card.locator("nc-caller-page .caller-note")).to_contain_text("Said no")
            page.wait_for_timeout(500)
            card.screenshot(path=ARTIFACTS / "docs-caller.png", animations="disabled")
            _save(ARTIFACTS / "docs-caller.png", "card-caller.png")
        finally:
            context.close()
            browser.close()

        browser, context, page = open_browser(
            playwright, ha, viewport={"width": 390, "height": 2000}, color_scheme="dark"
        )
        context.add_init_script("localStorage.setItem('selectedLanguage', '\"de\"');")
        try:
            page.goto(f"{ha.url}/{DASHBOARD}/calls")
            card = page.locator(CARD).first
            expect(card.locator("nc-caller-row").nth(5)).to_be_visible(timeout=60_000)
            expect(card.locator('.tab[aria-selected="true"]')).to_have_text("Alle")
            page.wait_for_timeout(1500)
            card.screenshot(path=ARTIFACTS / "docs-phone.png", animations="disabled")
            _save(ARTIFACTS / "docs-phone.png", "card-phone.png")
        finally:
            context.close()
            browser.close()


# --- an automation made in HA's editor ----------------------------------------------

AUTOMATIONS = "automation: !include automations.yaml\n"
LINE = "FRITZ!Box"
COMPANY = ("030 5550123", "Telekom")
MESSAGE = (
    "{{ trigger.to_state.attributes.formatted_number }} is calling "
    "({{ trigger.to_state.attributes.count }} calls so far)"
)


def _with_automations(config: Path) -> None:
    (config / "automations.yaml").write_text("[]\n")


@pytest.fixture
def editor_household(socket_enabled: None, tmp_path: Path) -> Iterator[HomeAssistantUnderTest]:
    """HA with the line and automations that the editor can save (as HA's default config)."""
    with running_home_assistant(tmp_path, seed=_with_automations, extra_config=AUTOMATIONS) as ha:
        yield ha


def _line_device(ha: HomeAssistantUnderTest) -> dict[str, Any]:
    """The line's device, named as the README names it."""
    [devices] = ha.websocket({"type": "config/device_registry/list"})
    [device] = [d for d in devices if d["model"] == "FRITZ!Box call monitor"]
    ha.websocket(
        {"type": "config/device_registry/update", "device_id": device["id"], "name_by_user": LINE}
    )
    return dict(device)


def _shot(page: Any, name: str) -> None:
    page.wait_for_timeout(400)  # the dialogs' and the sidebar's animations
    page.screenshot(path=ARTIFACTS / f"docs-{name}", animations="disabled")
    _save(ARTIFACTS / f"docs-{name}", name)


def test_pictures_of_an_automation_made_in_the_editor(
    editor_household: HomeAssistantUnderTest,
) -> None:
    """Device page → *Add to…* → *Create as a new trigger* → *Event received* →
    *Event type* *Nuisance call* → a notification; saved, it runs on a call."""
    from playwright.sync_api import sync_playwright

    ha = editor_household
    device = _line_device(ha)
    ha.action("flag_number", number=COMPANY[0], label=COMPANY[1])
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser, context, page = open_browser(
            playwright, ha, viewport={"width": 1280, "height": 800}, device_scale_factor=1
        )
        try:
            keep_http_config(page, ha)
            page.goto(f"{ha.url}/config/devices/device/{device['id']}")
            expect(page.get_by_role("heading", name="Related")).to_be_visible()
            page.get_by_role("button", name="Add to…", exact=True).click()
            expect(page.get_by_text(f"Add {LINE} to")).to_be_visible()
            _shot(page, "automation-device-page.png")

            page.get_by_text("Create as a new trigger").click()
            received = page.get_by_role("button", name="Event received")
            expect(received).to_be_visible()
            # Only the device's own entities' triggers: its button and its call events.
            expect(page.get_by_role("button", name="Button pressed")).to_be_visible()
            _shot(page, "automation-trigger.png")

            received.click()
            page.get_by_label("Event type").first.click()
            # The event types in the editor's words (the translations of ours).
            expect(page.get_by_text("Incoming call", exact=True)).to_be_visible()
            page.get_by_text("Nuisance call", exact=True).click()
            sidebar = page.locator("ha-automation-sidebar-trigger")
            expect(sidebar.get_by_text("1 entity")).to_be_visible()
            expect(sidebar.get_by_text("Nuisance call", exact=True)).to_be_visible()
            _shot(page, "automation-event-type.png")

            page.get_by_role("button", name="Add action").click()
            page.get_by_placeholder("Search").first.fill("notification")
            page.get_by_text("Send a persistent notification", exact=True).click()
            message = page.locator("ha-settings-row").filter(
                has_text="Message body of the notification"
            )
            message.get_by_role("textbox").fill(MESSAGE)
            expect(message.get_by_text("calls so far")).to_be_visible()
            _shot(page, "automation-action.png")

            page.get_by_role("button", name="Save").click()
            dialog = page.locator("ha-dialog-automation-save")
            dialog.get_by_role("textbox").fill("Nuisance call notice")
            dialog.get_by_role("button", name="Save").click()
            page.wait_for_url(re.compile(r"/config/automation/edit/\d+$"))
            automation_id = page.url.rsplit("/", 1)[1]
        finally:
            context.close()
            browser.close()
    _assert_saved_and_runs(ha, automation_id, device["id"])


def _assert_saved_and_runs(ha: HomeAssistantUnderTest, automation_id: str, device_id: str) -> None:
    """What the editor saved is the README's automation; a flagged call sets it off."""
    saved = ha.request(f"/api/config/automation/config/{automation_id}")
    assert saved["triggers"] == [
        {
            "trigger": "event.received",
            "target": {"device_id": device_id},
            "options": {"event_type": ["nuisance_call"]},
        }
    ], saved
    assert [action["action"] for action in saved["actions"]] == ["notify.persistent_notification"]
    assert saved["actions"][0]["data"]["message"] == MESSAGE
    ha.box(f"ring {COMPANY[0].replace(' ', '')}")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        [notifications] = ha.websocket({"type": "persistent_notification/get"})
        messages = [n["message"] for n in notifications]
        if f"{COMPANY[0]} is calling (1 calls so far)" in messages:
            return
        time.sleep(0.2)
    pytest.fail(f"no notification for the call: {messages}\n{ha.log_tail()}")
