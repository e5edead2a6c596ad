"""Browser tests: a real Home Assistant in a subprocess, driven by Chromium.

They are slow (HA starts, a browser renders its frontend) and need Debian's
``chromium`` and Playwright (``requirements_browser.txt``), so they only run
when ``NUISANCE_BROWSER=1`` is set: ``scripts/browser_test`` does that.
"""

from __future__ import annotations

import os

import pytest

ENABLED = os.environ.get("NUISANCE_BROWSER") == "1"


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker (``pytest -m browser``)."""
    config.addinivalue_line("markers", "browser: drives a real HA in Chromium (slow)")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Skip the browser tests unless asked for, so ``scripts/test`` stays fast."""
    if ENABLED:
        return
    skip = pytest.mark.skip(reason="browser test: set NUISANCE_BROWSER=1 (scripts/browser_test)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)
