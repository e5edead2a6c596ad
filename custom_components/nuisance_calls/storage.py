"""Loading stored data that may be damaged, without losing it or failing to start.

HA's ``Store`` already moves a file that is not JSON aside and raises a repair
issue. What it cannot know is our shape: a file of valid JSON whose content is
not what this integration writes (hand edits, a bad restore, a bug), or whose
entries are partly unreadable. ``async_load_checked`` keeps a copy of such a
file next to it (``<file>.unreadable-<time>``), raises a repair issue naming
both, and hands back what could be read (or an empty start), so the
integration starts and keeps counting.
"""

from __future__ import annotations

from collections.abc import Callable
import json
import logging
from pathlib import Path
import shutil
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from .const import DOMAIN

_LOGGER = logging.getLogger(__name__)

type Parser[T] = Callable[[Any], tuple[T, int]]
"""Stored data -> (what could be read, how many parts could not); raises if nothing could."""


def _keep_copy(path: Path, raw: object) -> Path | None:
    """Copy a stored file aside (blocking): the file, else what was read from it."""
    stamp = dt_util.utcnow().strftime("%Y%m%dT%H%M%S")
    copy = path.with_name(f"{path.name}.unreadable-{stamp}")
    if path.exists():
        shutil.copy2(path, copy)
    elif raw is not None:
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(json.dumps(raw, ensure_ascii=False, default=str), encoding="utf-8")
    else:
        return None
    return copy


async def async_load_checked[T](
    hass: HomeAssistant,
    store: Store[Any],
    *,
    what: str,
    parse: Parser[T],
    empty: Callable[[], T],
) -> T:
    """What ``store`` holds, parsed; damage is kept aside and reported, never raised."""
    problem: str | None = None
    value: T | None = None
    try:
        raw = await store.async_load()
    except (HomeAssistantError, KeyError, TypeError, ValueError) as err:
        problem, raw = f"{type(err).__name__}: {err}", None
    if problem is None:
        try:
            # A big register took seconds to read: never in the event loop.
            value, skipped = await hass.async_add_executor_job(parse, raw)
        except (AttributeError, KeyError, TypeError, ValueError) as err:
            problem = str(err) or type(err).__name__
        else:
            if skipped:
                problem = f"{skipped} unreadable parts left out"
    if problem is None and value is not None:
        return value
    await async_keep_aside(hass, Path(store.path), store.key, what, problem or "", raw=raw)
    return value if value is not None else empty()


async def async_keep_aside(
    hass: HomeAssistant, path: Path, key: str, what: str, problem: str, *, raw: object = None
) -> None:
    """Keep a copy of a stored file that could not be read, and report it."""
    copy = await hass.async_add_executor_job(_keep_copy, path, raw)
    await async_report_unreadable(hass, path, copy, key=key, what=what, problem=problem)


async def async_report_unreadable(
    hass: HomeAssistant, path: Path, copy: Path | None, *, key: str, what: str, problem: str
) -> None:
    """Log and raise a repair issue: a stored file could not be read; here is its copy."""
    _LOGGER.error(
        "The stored %s (%s) could not be read whole (%s); a copy was kept as %s",
        what,
        path,
        problem,
        copy,
    )
    ir.async_create_issue(
        hass,
        DOMAIN,
        f"stored_data_unreadable_{key}",
        is_fixable=False,
        is_persistent=True,
        severity=ir.IssueSeverity.ERROR,
        translation_key="stored_data_unreadable",
        translation_placeholders={
            "path": str(path),
            "copy": str(copy) if copy is not None else "-",
            "problem": problem[:200],
        },
    )
