"""How callers are shown outside a line: to actions, the websocket API and the card.

One shape per caller (``caller_dict``), built from the household's verdict;
``lookup_number`` adds the tally and the company's calls to it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from homeassistant.util import dt as dt_util

from .hints import number_hint
from .household import Household
from .lib.classifier import Verdict, VerdictKind
from .lib.numbers import format_number
from .lib.register import CallerTally
from .lib.stats import LabelStats, aggregate_labels


def caller_dict(
    household: Household, number: str, tally: CallerTally | None, verdict: Verdict
) -> dict[str, Any]:
    """One caller: number, verdict, tally summary, lines, the personal list's entry."""
    entry = household.personal.get(number)
    return {
        "number": number,
        "formatted_number": format_number(number, household.region),
        **verdict.as_dict(),
        "count": tally.count if tally else 0,
        "answered": tally.answered if tally else 0,
        "missed": tally.missed if tally else 0,
        "stopped": tally.stopped if tally else 0,
        "first_seen": tally.first_seen.isoformat() if tally and tally.first_seen else None,
        "last_seen": tally.last_seen.isoformat() if tally and tally.last_seen else None,
        "lines": list(tally.lines) if tally else [],
        "last_line": tally.last_line if tally else None,
        "list_entry": entry.as_dict() if entry else None,
        "hint": (
            number_hint(household.hass, number) if verdict.verdict is VerdictKind.UNKNOWN else None
        ),
    }


def start_of_month() -> datetime:
    """Local midnight of the first day of this month."""
    return dt_util.start_of_local_day().replace(day=1)


async def async_label_stats(household: Household, since: datetime | None) -> list[LabelStats]:
    """Calls per label (company), most since ``since`` first."""
    return aggregate_labels(await household.async_callers(), since)
