"""How callers are shown outside a line: to actions, the websocket API and the card.

A caller's verdict outside a call is the first loaded line's verdict (its
home region and rules); without any line, the lists alone decide.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from .const import DEFAULT_REGION, DOMAIN
from .data import DATA_KEY, NuisanceData
from .hub import NuisanceHub, entry_region
from .lib.classifier import ClassifierOptions, Verdict, classify
from .lib.numbers import format_number
from .lib.register import CallerTally
from .lib.stats import LabelStats, aggregate_labels


def loaded(hass: HomeAssistant) -> list[Any]:
    """The runtime data of every loaded entry (lines, lists, providers)."""
    return [
        entry.runtime_data
        for entry in hass.config_entries.async_entries(DOMAIN)
        if entry.state is ConfigEntryState.LOADED
    ]


def hubs(hass: HomeAssistant) -> list[NuisanceHub]:
    """The loaded lines."""
    return [runtime for runtime in loaded(hass) if isinstance(runtime, NuisanceHub)]


def region(hass: HomeAssistant) -> str:
    """The region numbers typed by people are read in.

    All lines normally share one home region; with several lines the first
    loaded one decides, and without any HA's own country does.
    """
    if lines := hubs(hass):
        return entry_region(hass, lines[0].entry)
    return (hass.config.country or DEFAULT_REGION).upper()


def judge(hass: HomeAssistant) -> Callable[[str], Verdict]:
    """The verdict on a number now, as the first line would give it."""
    if lines := hubs(hass):
        return lines[0].classify
    data = hass.data[DATA_KEY]

    def by_lists(number: str) -> Verdict:
        return classify(
            number,
            data.personal,
            ClassifierOptions(),
            data.index,
            tally=data.register.get(number),
            now=dt_util.now(),
        )

    return by_lists


def judged_callers(hass: HomeAssistant) -> Iterator[tuple[CallerTally, Verdict]]:
    """Every caller of the register with its verdict now."""
    verdict_of = judge(hass)
    for tally in hass.data[DATA_KEY].register:
        yield tally, verdict_of(tally.number)


def caller_dict(
    data: NuisanceData, home_region: str, tally: CallerTally, verdict: Verdict
) -> dict[str, Any]:
    """One caller as the websocket API and the card show it."""
    lines = list(dict.fromkeys(r.entry_id for r in tally.history if r.entry_id))
    entry = data.personal.get(tally.number)
    return {
        "number": tally.number,
        "formatted_number": format_number(tally.number, home_region),
        **verdict.as_dict(),
        "count": tally.count,
        "answered": tally.answered,
        "missed": tally.missed,
        "first_seen": tally.first_seen.isoformat() if tally.first_seen else None,
        "last_seen": tally.last_seen.isoformat() if tally.last_seen else None,
        "lines": lines,
        "last_line": (tally.history[-1].entry_id or None) if tally.history else None,
        "list_entry": (
            {"action": entry.action.value, "tags": list(entry.tags), "label": entry.label or None}
            if entry
            else None
        ),
    }


def start_of_month() -> datetime:
    """Local midnight of the first day of this month."""
    return dt_util.start_of_local_day().replace(day=1)


def label_stats(hass: HomeAssistant, since: datetime | None) -> list[LabelStats]:
    """Calls per label (company), most since ``since`` first."""
    return aggregate_labels(judged_callers(hass), since)
