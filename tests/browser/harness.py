"""A real Home Assistant for the browser tests, and Chromium pointed at it.

``running_home_assistant`` starts HA like ``scripts/develop`` does (a config
folder in a temp dir, the integration linked in, the simulated FRITZ!Box on a
free port, a seeded line) and onboards an owner through the API; ``seed`` may
write into the config folder first (a call log with thousands of callers).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
import json
import os
from pathlib import Path
import shutil
from typing import Any

import pytest

from tests.realha import (
    HomeAssistantUnderTest,
    child_env,
    free_port,
    seed_config,
    start_home_assistant,
    start_simulator,
    stop,
    wait_until_up,
)

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
HA_START_TIMEOUT = 240.0
CARD = "nuisance-calls-card"
DASHBOARD = "nuisance-card-test"
EXPECT_TIMEOUT_MS = 20_000
"""Per assertion: a fresh machine's first page load (frontend not yet cached) is slow."""

CONFIGURATION = """\
# Written by tests/browser/harness.py
frontend:
config:
http:
  server_host: 127.0.0.1
  server_port: {port}
logger:
  default: warning
  logs:
    custom_components.nuisance_calls: debug
"""


@contextmanager
def running_home_assistant(
    tmp_path: Path, seed: Callable[[Path], None] | None = None, extra_config: str = ""
) -> Iterator[HomeAssistantUnderTest]:
    """HA with the integration and a simulated box on free 127.0.0.1 ports
    (``extra_config``: more of ``configuration.yaml``, e.g. ``automation:``)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/browser_test (installs chromium)")
    port, sim_port, control_port = free_port(), free_port(), free_port()
    config = seed_config(
        tmp_path / "config", CONFIGURATION.format(port=port) + extra_config, sim_port
    )
    if seed is not None:
        seed(config)
    ha = HomeAssistantUnderTest(f"http://127.0.0.1:{port}", config, control_port)
    simulator = start_simulator(sim_port, control_port, config / "simulator.log")
    hass = None
    try:
        hass = start_home_assistant(
            config, cwd=tmp_path, env=child_env(tmp_path / "loopback-guard")
        )
        wait_until_up(ha, hass, f"/nuisance_calls/{CARD}.js", HA_START_TIMEOUT)
        ha.onboard(complete=False)
        ha.wait_running(HA_START_TIMEOUT)
        yield ha
    finally:
        if hass is not None:
            stop(hass)
        stop(simulator)
        # Keep HA's log with the screenshots for a failed run.
        ARTIFACTS.mkdir(exist_ok=True)
        if (config / "home-assistant.log").exists():
            shutil.copy(
                config / "home-assistant.log", ARTIFACTS / f"home-assistant-{tmp_path.name}.log"
            )


def expect(locator: Any) -> Any:
    """Playwright's ``expect`` with this suite's timeout."""
    from playwright.sync_api import expect as playwright_expect

    playwright_expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    return playwright_expect(locator)


def send_js() -> str:
    """The page's websocket ``sendMessagePromise`` (as a JS expression)."""
    return "document.querySelector('home-assistant').hass.connection.sendMessagePromise"


def open_browser(playwright: Any, ha: HomeAssistantUnderTest, **context_options: Any) -> Any:
    """Chromium logged in as the owner (stored tokens): (browser, context, page)."""
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    options = {
        "viewport": {"width": 1280, "height": 900},
        "device_scale_factor": 2,
        "color_scheme": "light",
    } | context_options
    context = browser.new_context(**options)
    context.add_init_script(
        f"localStorage.setItem('hassTokens', {json.dumps(json.dumps(ha.browser_tokens()))});"
    )
    page = context.new_page()
    page.set_default_timeout(20_000)
    return browser, context, page


def keep_http_config(page: Any, ha: HomeAssistantUnderTest) -> None:
    """Open HA in ``page`` and keep the HTTP settings it started with.

    HA started with another HTTP port than its default: unless the change is
    confirmed, HA asks in a dialog over every page, and reverts and restarts
    in 5 minutes.
    """
    page.goto(f"{ha.url}/profile/general")
    page.wait_for_function("document.querySelector('home-assistant')?.hass?.connected === true")
    page.evaluate(f"{send_js()}({{type: 'http/config/promote'}}).catch(() => null)")


def save_dashboard(
    page: Any, ha: HomeAssistantUnderTest, cards: list[list[dict[str, Any]]]
) -> None:
    """A storage-mode dashboard ``DASHBOARD`` with one section per card list."""
    keep_http_config(page, ha)
    send = send_js()
    page.evaluate(
        f"""{send}({{type: "lovelace/dashboards/create", url_path: "{DASHBOARD}",
            title: "Calls", mode: "storage", show_in_sidebar: true, require_admin: false}})
            .catch(() => null)"""
    )
    view = {
        "title": "Calls",
        "path": "calls",
        "type": "sections",
        "max_columns": 2,
        "sections": [{"type": "grid", "cards": section} for section in cards],
    }
    page.evaluate(
        f"""{send}({{type: "lovelace/config/save", url_path: "{DASHBOARD}",
            config: {json.dumps({"views": [view]})}}})"""
    )
