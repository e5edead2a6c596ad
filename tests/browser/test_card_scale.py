"""The card with 5,000 callers in a real Home Assistant: what it costs.

A benchmark as much as a test: it prints (and writes to
``tests/browser/artifacts/scale.json``) the time to the first rows, the main
thread's long tasks (Performance API ``longtask``: over 50 ms) and the
websocket traffic for a live call from a new number and for a search. It
asserts what is not a matter of timing: a new call arrives as one small
pushed message, not a refetch.

    scripts/browser_test -k scale -s
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
import json
from pathlib import Path
import random
import time
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
)
from tests.realha import HomeAssistantUnderTest

pytestmark = pytest.mark.browser

CALLERS = 5_000
ROWS = 500
"""Rows per page: the most the server sends at once (the worst case)."""

LONG_TASKS = """
window.__longTasks = [];
window.__cardFrames = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push(Math.round(entry.duration));
}).observe({ type: "longtask", buffered: true });
// Long animation frames name the scripts that ran in them: the card's share.
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const ours = entry.scripts
      .filter((script) => (script.sourceURL || "").includes("nuisance-calls-card"))
      .reduce((sum, script) => sum + script.duration, 0);
    if (ours > 0) window.__cardFrames.push(Math.round(ours));
  }
}).observe({ type: "long-animation-frame", buffered: true });
"""


def _seed_callers(config: Path) -> None:
    """A call log with 5,000 callers, each with its calls of the last 60 days."""
    from custom_components.nuisance_calls.lib.calllog import CallLog, Changes
    from custom_components.nuisance_calls.lib.register import CallerTally, CallRecord, Outcome

    folder = config / ".storage" / "nuisance_calls"
    folder.mkdir(parents=True, exist_ok=True)
    log = CallLog(folder / "calls.db", UTC)
    log.open()
    changes = Changes()
    rng = random.Random(5000)
    now = datetime.now(UTC)
    call_id = 0
    for index in range(CALLERS):
        number = f"+4930{7_000_000 + index}"
        tally = CallerTally(number)
        for _ in range(rng.choice((1, 1, 1, 2, 3, 5, 8))):
            call_id += 1
            when = now - timedelta(days=rng.uniform(0.1, 60))
            outcome = rng.choice((Outcome.MISSED, Outcome.ANSWERED))
            record = CallRecord(str(call_id), when, "0", outcome, verdict="unknown", id=call_id)
            tally.count += 1
            tally.answered += outcome is Outcome.ANSWERED
            tally.missed += outcome is Outcome.MISSED
            tally.first_seen = min(tally.first_seen or when, when)
            tally.last_seen = max(tally.last_seen or when, when)
            changes.call(number, record)
        changes.caller(tally)
    log.write(changes)
    log.close()


@pytest.fixture
def crowded_home_assistant(
    socket_enabled: None, tmp_path: Path
) -> Iterator[HomeAssistantUnderTest]:
    """HA whose call log holds 5,000 callers."""
    with running_home_assistant(tmp_path, seed=_seed_callers) as ha:
        yield ha


class _Frames:
    """Websocket messages the page receives (count and bytes)."""

    def __init__(self, page: Any) -> None:
        self.received: list[int] = []
        self.card: list[bool] = []
        page.on("websocket", lambda ws: ws.on("framereceived", self._frame))

    def _frame(self, payload: str | bytes) -> None:
        self.received.append(len(payload))
        text = payload if isinstance(payload, str) else payload.decode(errors="replace")
        # The card's: callers pushed or fetched (HA's own: states, entities).
        self.card.append('"callers":' in text)

    def mark(self) -> int:
        return len(self.received)

    def since(self, mark: int) -> list[int]:
        return self.received[mark:]

    def ours_since(self, mark: int) -> list[int]:
        return [
            size for size, card in zip(self.received[mark:], self.card[mark:], strict=True) if card
        ]


def _long_tasks(page: Any) -> dict[str, list[int]]:
    """Main-thread tasks over 50 ms, and the card's scripts' time in long frames."""
    tasks: dict[str, list[int]] = page.evaluate(
        "({all: window.__longTasks.splice(0), card: window.__cardFrames.splice(0)})"
    )
    return tasks


def test_five_thousand_callers(  # noqa: PLR0915 - one measured walk
    crowded_home_assistant: HomeAssistantUnderTest,
) -> None:
    """First rows, a live call from a new number, a search: times and traffic."""
    from playwright.sync_api import sync_playwright

    ha = crowded_home_assistant
    ARTIFACTS.mkdir(exist_ok=True)
    figures: dict[str, Any] = {"callers": CALLERS, "rows_per_page": ROWS}
    with sync_playwright() as playwright:
        browser, context, page = open_browser(playwright, ha)
        context.add_init_script(LONG_TASKS)
        frames = _Frames(page)
        try:
            save_dashboard(
                page, ha, [[{"type": f"custom:{CARD}", "filter": "all", "max_rows": ROWS}]]
            )
            card = page.locator(CARD).first
            started = time.monotonic()
            page.goto(f"{ha.url}/{DASHBOARD}/calls")
            expect(card.locator(".row").nth(ROWS - 1)).to_be_attached(timeout=120_000)
            figures["first_rows_s"] = round(time.monotonic() - started, 2)
            page.wait_for_timeout(3000)
            figures["first_render_long_tasks_ms"] = _long_tasks(page)
            # 500 rows scroll inside the card; the dashboard keeps its size.
            box = card.bounding_box()
            figures["card_height_px"] = round(box["height"]) if box else None

            # A quiet second: what HA's own frontend does meanwhile is not ours.
            page.wait_for_timeout(1000)
            figures["idle_long_tasks_ms"] = _long_tasks(page)

            # A call from a number never seen: one pushed message, no refetch.
            mark = frames.mark()
            ha.box("missed 0309999999")
            expect(card.locator(".footer")).to_contain_text(f"{CALLERS + 1:,}")
            page.wait_for_timeout(2500)  # any refetch a change would trigger
            live = frames.since(mark)
            ours = frames.ours_since(mark)
            figures["live_update"] = {
                "messages": len(live),
                "bytes": sum(live),
                "card_messages": len(ours),
                "card_bytes": sum(ours),
                "long_tasks_ms": _long_tasks(page),
            }

            # A search for a number (digits, as people type them).
            mark = frames.mark()
            started = time.monotonic()
            card.locator(".search input").fill("0307004321")
            expect(card.locator(".row")).to_have_count(1)
            figures["search"] = {
                "to_result_s": round(time.monotonic() - started, 2),
                "bytes": sum(frames.since(mark)),
                "long_tasks_ms": _long_tasks(page),
            }
            # Every caller is reachable by paging (not only by search).
            card.locator(".search input").fill("")
            expect(card.locator(".footer .range")).to_contain_text(f"of {CALLERS + 1:,}")
            card.locator("button.page-on").click()
            expect(card.locator(".footer .range")).to_have_text(
                f"{ROWS + 1}\N{EN DASH}{2 * ROWS:,} of {CALLERS + 1:,}"
            )
            figures["js_heap_mb"] = round(
                page.evaluate("performance.memory ? performance.memory.usedJSHeapSize : 0") / 1e6,
                1,
            )
        except BaseException:
            page.screenshot(path=ARTIFACTS / "scale-failure.png", full_page=True)
            raise
        finally:
            print("\n5,000 callers:", json.dumps(figures, indent=2))
            (ARTIFACTS / "scale.json").write_text(json.dumps(figures, indent=2) + "\n")
            context.close()
            browser.close()
    # A missed call from a new number is two events (it rang, it ended): one
    # small pushed message each, no refetch of a page of 500 rows.
    assert figures["live_update"]["card_messages"] <= 2, figures
    assert figures["live_update"]["card_bytes"] < 2 * 2_000, figures
    assert figures["card_height_px"] < 1_500, figures
