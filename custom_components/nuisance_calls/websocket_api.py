"""Websocket API for the card: the tally (sorted, filtered, paged), labels, live changes.

Reading is open to every logged-in user, like the entities; changes go
through the actions (``flag_number`` and friends), which HA authorises.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Final

from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.decorators import websocket_command
from homeassistant.components.websocket_api.messages import event_message
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.util import dt as dt_util
import probatio

from .const import DOMAIN
from .household import HOUSEHOLD, SIGNAL_CHANGED, HouseholdChange
from .lib.classifier import Verdict, VerdictKind
from .lib.register import CallerTally
from .lib.stats import aggregate_labels
from .lib.text import FLAG_TAGS, KNOWN_TAGS
from .types import EntryKind, entry_kind
from .views import caller_dict, start_of_month

SORTS: Final = ("count", "last_seen", "label", "number")
VERDICTS: Final = tuple(kind.value for kind in VerdictKind)
MAX_LIMIT: Final = 500
MAX_SEARCH: Final = 100


@callback
def async_setup(hass: HomeAssistant) -> None:
    """Register the commands (once, in ``async_setup``)."""
    async_register_command(hass, ws_callers)
    async_register_command(hass, ws_labels)
    async_register_command(hass, ws_subscribe)
    async_register_command(hass, ws_tags)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _digits_match(digits: str, number: str) -> bool:
    """Typed digits found in a number, written either way.

    ``+49 30 123`` and ``030 123`` both find ``+4930123...``: a national
    number is the international one without country code and trunk ``0``.
    (No formatting per caller: that costs ~17 us each, 84 ms for 5,000.)
    """
    own = _digits(number)
    national = digits.lstrip("0")
    return digits in own or (bool(national) and national in own)


@callback
@websocket_command(
    {
        probatio.Required("type"): "nuisance_calls/callers",
        probatio.Optional("sort", default="count"): probatio.In(SORTS),
        probatio.Optional("descending"): bool,
        probatio.Optional("verdict"): probatio.In(VERDICTS),
        probatio.Optional("tag"): probatio.All(str, probatio.Length(max=MAX_SEARCH)),
        probatio.Optional("line"): str,
        probatio.Optional("search"): probatio.All(str, probatio.Length(max=MAX_SEARCH)),
        probatio.Optional("offset", default=0): probatio.All(int, probatio.Range(min=0)),
        probatio.Optional("limit", default=50): probatio.All(
            int, probatio.Range(min=1, max=MAX_LIMIT)
        ),
    }
)
def ws_callers(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    """One page of the tally, filtered and sorted (verdicts: the household's)."""
    household = hass.data[HOUSEHOLD]
    search = (msg.get("search") or "").strip().casefold()
    digits = _digits(search)
    rows: list[tuple[CallerTally, Verdict]] = []
    for tally, verdict in household.callers():
        if "verdict" in msg and verdict.verdict.value != msg["verdict"]:
            continue
        if "tag" in msg and msg["tag"] not in verdict.tags:
            continue
        if "line" in msg and msg["line"] not in tally.lines:
            continue
        if search and not (
            (digits and _digits_match(digits, tally.number))
            or search in (verdict.label or "").casefold()
            or search in tally.number.casefold()
        ):
            continue
        rows.append((tally, verdict))
    sort = msg["sort"]
    descending = msg.get("descending", sort in ("count", "last_seen"))
    oldest = datetime.min.replace(tzinfo=dt_util.UTC)
    keys = {
        "count": lambda row: (row[0].count, row[0].last_seen or oldest),
        "last_seen": lambda row: (row[0].last_seen or oldest, row[0].count),
        "label": lambda row: ((row[1].label or "").casefold() or "\uffff", row[0].number),
        "number": lambda row: (row[0].number, 0),
    }
    rows.sort(key=keys[sort], reverse=descending)
    offset, limit = msg["offset"], msg["limit"]
    connection.send_result(
        msg["id"],
        {
            "total": len(rows),
            "offset": offset,
            "callers": [
                caller_dict(household, tally.number, tally, verdict)
                for tally, verdict in rows[offset : offset + limit]
            ],
            "lines": [
                {"entry_id": entry.entry_id, "title": entry.title}
                for entry in hass.config_entries.async_loaded_entries(DOMAIN)
                if entry_kind(entry) is EntryKind.LINE
            ],
        },
    )


@callback
@websocket_command(
    {
        probatio.Required("type"): "nuisance_calls/labels",
        probatio.Optional("since"): cv.date,
        probatio.Optional("verdict"): probatio.In(VERDICTS),
        probatio.Optional("limit", default=50): probatio.All(
            int, probatio.Range(min=1, max=MAX_LIMIT)
        ),
    }
)
def ws_labels(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    """Calls per label (company) since a day (default: this month)."""
    since = start_of_month()
    if "since" in msg:
        day: date = msg["since"]
        since = dt_util.start_of_local_day(day)
    callers = hass.data[HOUSEHOLD].callers()
    if "verdict" in msg:
        callers = (row for row in callers if row[1].verdict.value == msg["verdict"])
    labels = aggregate_labels(callers, since)[: msg["limit"]]
    connection.send_result(
        msg["id"],
        {"since": since.date().isoformat(), "labels": [stats.as_dict() for stats in labels]},
    )


@callback
@websocket_command({probatio.Required("type"): "nuisance_calls/tags"})
def ws_tags(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    """The tags a person flags with, and every tag the integration gives.

    Their texts are the backend translations ``selector.tag.options.<tag>``.
    """
    connection.send_result(msg["id"], {"flag": list(FLAG_TAGS), "known": list(KNOWN_TAGS)})


@callback
@websocket_command({probatio.Required("type"): "nuisance_calls/subscribe"})
def ws_subscribe(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    """Push callers whose tally or verdict changes; ``reset`` when any verdict may have."""
    household = hass.data[HOUSEHOLD]
    msg_id = msg["id"]

    @callback
    def changed(change: HouseholdChange) -> None:
        if change.everyone:
            connection.send_message(
                event_message(msg_id, {"callers": [], "removed": [], "reset": True})
            )
            return
        callers = [
            caller_dict(household, number, judged.tally, judged.verdict)
            for number, judged in sorted(change.callers.items())
            if judged.tally is not None  # a flag for a number that never called is no row
        ]
        removed = sorted(change.removed)
        if callers or removed:
            connection.send_message(
                event_message(msg_id, {"callers": callers, "removed": removed, "reset": False})
            )

    connection.subscriptions[msg_id] = async_dispatcher_connect(hass, SIGNAL_CHANGED, changed)
    connection.send_result(msg_id)
