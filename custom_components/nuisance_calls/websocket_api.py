"""Websocket API for the card: the tally (sorted, filtered, paged), labels,
calls per day, one caller's every call, live changes, and the card's actions.

Reading is open to every logged-in user, like the entities. What changes the
household (flag, allow, unflag, reset, notes) needs an admin, as the actions of
the same name do; the card's own commands also record who flagged a number.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any, Final

from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.const import ERR_INVALID_FORMAT
from homeassistant.components.websocket_api.decorators import (
    async_response,
    require_admin,
    websocket_command,
)
from homeassistant.components.websocket_api.messages import event_message
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.util import dt as dt_util
import probatio

from .const import DOMAIN
from .household import HOUSEHOLD, SIGNAL_CHANGED, Household, HouseholdChange
from .lib.callexport import ExportedCall, calls_csv
from .lib.classifier import Verdict, VerdictKind
from .lib.exceptions import InvalidNumberError
from .lib.numbers import ANONYMOUS, format_number, is_withheld, normalize
from .lib.register import CallerTally, CallRecord, Outcome
from .lib.stats import aggregate_labels
from .lib.text import FLAG_TAGS, KNOWN_TAGS, MAX_LABEL_LENGTH
from .services import async_set_note
from .types import EntryKind, entry_kind
from .views import caller_dict, start_of_month

SORTS: Final = ("count", "last_seen", "label", "number", "missed")
VERDICTS: Final = tuple(kind.value for kind in VerdictKind)
MAX_LIMIT: Final = 500
MAX_SEARCH: Final = 100
MAX_DAYS: Final = 366
PERIODS: Final = {"7d": 7, "30d": 30, "year": 0}
"""Time ranges of counts and ranks: days back (``year``: since 1 January)."""


@callback
def async_setup(hass: HomeAssistant) -> None:
    """Register the commands (once, in ``async_setup``)."""
    for command in (
        ws_callers,
        ws_caller,
        ws_daily,
        ws_labels,
        ws_subscribe,
        ws_tags,
        ws_flag,
        ws_allow,
        ws_unflag,
        ws_reset,
        ws_set_note,
        ws_export_calls,
    ):
        async_register_command(hass, command)


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


def _period_start(period: str | None) -> datetime | None:
    """Local midnight that starts a time range (None: all time)."""
    if period is None or period not in PERIODS:
        return None
    today = dt_util.start_of_local_day()
    if days := PERIODS[period]:
        return dt_util.start_of_local_day(today.date() - timedelta(days=days - 1))
    return today.replace(month=1, day=1)


def _in_period(tally: CallerTally, counts: tuple[int, int, int, int]) -> CallerTally:
    """A caller's tally with the counts of a time range only."""
    in_period = CallerTally(tally.number)  # a register of its own: the caller's is untouched
    in_period.count, in_period.answered, in_period.missed, in_period.stopped = counts
    in_period.first_seen, in_period.last_seen = tally.first_seen, tally.last_seen
    for entry_id in tally.lines:
        in_period.seen_on(entry_id)
    return in_period


@websocket_command(
    {
        probatio.Required("type"): "nuisance_calls/callers",
        probatio.Optional("sort", default="count"): probatio.In(SORTS),
        probatio.Optional("descending"): bool,
        probatio.Optional("verdict"): probatio.In(VERDICTS),
        probatio.Optional("tag"): probatio.All(str, probatio.Length(max=MAX_SEARCH)),
        probatio.Optional("line"): str,
        probatio.Optional("search"): probatio.All(str, probatio.Length(max=MAX_SEARCH)),
        probatio.Optional("period"): probatio.In(tuple(PERIODS)),
        probatio.Optional("offset", default=0): probatio.All(int, probatio.Range(min=0)),
        probatio.Optional("limit", default=50): probatio.All(
            int, probatio.Range(min=1, max=MAX_LIMIT)
        ),
    }
)
@async_response
async def ws_callers(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """One page of the tally, filtered and sorted (verdicts: the household's).

    With ``period``, only callers who called in it, with the calls in it.
    """
    household = hass.data[HOUSEHOLD]
    since = _period_start(msg.get("period"))
    in_period = await household.store.async_counts_since(since) if since else None
    search = (msg.get("search") or "").strip().casefold()
    digits = _digits(search)
    rows: list[tuple[CallerTally, Verdict]] = []
    for tally, verdict in await household.async_callers():
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
        if in_period is None:
            rows.append((tally, verdict))
        elif (counts := in_period.get(tally.number)) is not None:
            rows.append((_in_period(tally, counts), verdict))
    sort = msg["sort"]
    descending = msg.get("descending", sort in ("count", "last_seen", "missed"))
    oldest = datetime.min.replace(tzinfo=dt_util.UTC)
    keys = {
        "count": lambda row: (row[0].count, row[0].last_seen or oldest),
        "missed": lambda row: (row[0].missed, row[0].count, row[0].last_seen or oldest),
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
            "lines": _lines(hass),
        },
    )


def _lines(hass: HomeAssistant) -> list[dict[str, str]]:
    return [
        {"entry_id": entry.entry_id, "title": entry.title}
        for entry in hass.config_entries.async_loaded_entries(DOMAIN)
        if entry_kind(entry) is EntryKind.LINE
    ]


def _number(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> str | None:
    """The message's number in E.164 (the withheld caller as it is); None: answered."""
    raw = msg["number"]
    if is_withheld(raw):
        return ANONYMOUS
    try:
        return normalize(raw, hass.data[HOUSEHOLD].region)
    except InvalidNumberError:
        connection.send_error(msg["id"], ERR_INVALID_FORMAT, f"Not a phone number: {raw[:40]}")
        return None


NUMBER: Final = probatio.All(str, probatio.Length(min=1, max=MAX_SEARCH))


@websocket_command(
    {probatio.Required("type"): "nuisance_calls/caller", probatio.Required("number"): NUMBER}
)
@async_response
async def ws_caller(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    """One caller: the verdict, the tally, and every recorded call (newest first)."""
    if (number := _number(hass, connection, msg)) is None:
        return
    household = hass.data[HOUSEHOLD]
    calls = await household.store.async_calls(number=number, start=None, end=None)
    note = await household.store.async_caller_note(number)
    judged = household.judged(number)
    connection.send_result(
        msg["id"],
        {
            **caller_dict(household, number, judged.tally, judged.verdict),
            "note": note,
            "calls": [
                {**record.as_dict(), "note": record.note} for _number, record in reversed(calls)
            ],
            "lines": _lines(hass),
        },
    )


@websocket_command(
    {
        probatio.Required("type"): "nuisance_calls/daily",
        probatio.Optional("days", default=30): probatio.All(
            int, probatio.Range(min=1, max=MAX_DAYS)
        ),
    }
)
@async_response
async def ws_daily(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    """Calls per local day of the last ``days`` days: all, nuisance, stopped.

    From the call log, as each call was judged when it rang.
    """
    household = hass.data[HOUSEHOLD]
    today = dt_util.start_of_local_day().date()
    first = today - timedelta(days=msg["days"] - 1)
    calls = await household.store.async_calls(
        number=None, start=dt_util.start_of_local_day(first), end=None
    )
    all_calls: Counter[date] = Counter()
    nuisance: Counter[date] = Counter()
    stopped: Counter[date] = Counter()
    for _number, record in calls:
        day = dt_util.as_local(record.time).date()
        all_calls[day] += 1
        if record.verdict == VerdictKind.NUISANCE.value:
            nuisance[day] += 1
        if record.outcome is Outcome.STOPPED:
            stopped[day] += 1
    days = [first + timedelta(days=offset) for offset in range(msg["days"])]
    connection.send_result(
        msg["id"],
        {
            "days": [
                {
                    "date": day.isoformat(),
                    "calls": all_calls[day],
                    "nuisance": nuisance[day],
                    "stopped": stopped[day],
                }
                for day in days
            ]
        },
    )


@websocket_command(
    {
        probatio.Required("type"): "nuisance_calls/labels",
        probatio.Optional("since"): cv.date,
        probatio.Optional("verdict"): probatio.In(VERDICTS),
        probatio.Optional("search"): probatio.All(str, probatio.Length(max=MAX_SEARCH)),
        probatio.Optional("offset", default=0): probatio.All(int, probatio.Range(min=0)),
        probatio.Optional("limit", default=50): probatio.All(
            int, probatio.Range(min=1, max=MAX_LIMIT)
        ),
    }
)
@async_response
async def ws_labels(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    """Calls per label (company) since a day (default: this month): one page, searched."""
    since = start_of_month()
    if "since" in msg:
        day: date = msg["since"]
        since = dt_util.start_of_local_day(day)
    callers: Iterable[tuple[CallerTally, Verdict]] = await hass.data[HOUSEHOLD].async_callers()
    if "verdict" in msg:
        callers = (row for row in callers if row[1].verdict.value == msg["verdict"])
    labels = aggregate_labels(callers, since)
    if search := (msg.get("search") or "").strip().casefold():
        labels = [stats for stats in labels if search in stats.label.casefold()]
    offset, limit = msg["offset"], msg["limit"]
    connection.send_result(
        msg["id"],
        {
            "since": since.date().isoformat(),
            "total": len(labels),
            "offset": offset,
            "labels": [stats.as_dict() for stats in labels[offset : offset + limit]],
        },
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
            data: dict[str, Any] = {"callers": callers, "removed": removed, "reset": False}
            if change.calls:
                data["calls"] = True
                data["today"] = _today(household)
            connection.send_message(event_message(msg_id, data))

    connection.subscriptions[msg_id] = async_dispatcher_connect(hass, SIGNAL_CHANGED, changed)
    connection.send_result(msg_id)


def _today(household: Household) -> dict[str, int]:
    """Today's calls over every line (the line counters of today)."""
    today = dt_util.now().date()
    totals = {"calls": 0, "nuisance": 0, "stopped": 0}
    for entry_id in household.counted_lines:
        counters = household.counters(entry_id)
        if counters.day == today:
            totals["calls"] += counters.calls_today
            totals["nuisance"] += counters.nuisance_today
            totals["stopped"] += counters.stopped_today
    return totals


# ----------------------------------------------------------- the card's actions

FLAG_SCHEMA: Final[dict[Any, Any]] = {
    probatio.Required("number"): NUMBER,
    probatio.Optional("tag"): probatio.All(str, probatio.Length(max=MAX_SEARCH)),
    probatio.Optional("label"): probatio.All(str, probatio.Length(max=MAX_LABEL_LENGTH)),
}


def _by(connection: ActiveConnection) -> tuple[str, str]:
    user = connection.user
    return user.id, user.name or ""


@callback
@require_admin
@websocket_command({probatio.Required("type"): "nuisance_calls/flag", **FLAG_SCHEMA})
def ws_flag(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    """Flag a number (admins only), recording who did."""
    if (number := _number(hass, connection, msg)) is None:
        return
    entry = hass.data[HOUSEHOLD].flag(
        number, tag=msg.get("tag"), label=msg.get("label"), by=_by(connection)
    )
    connection.send_result(msg["id"], entry.as_dict())


@callback
@require_admin
@websocket_command({probatio.Required("type"): "nuisance_calls/allow", **FLAG_SCHEMA})
def ws_allow(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    """Allow a number (admins only), recording who did."""
    if (number := _number(hass, connection, msg)) is None:
        return
    entry = hass.data[HOUSEHOLD].allow(
        number, tag=msg.get("tag"), label=msg.get("label"), by=_by(connection)
    )
    connection.send_result(msg["id"], entry.as_dict())


@callback
@require_admin
@websocket_command(
    {probatio.Required("type"): "nuisance_calls/unflag", probatio.Required("number"): NUMBER}
)
def ws_unflag(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    """Take a number off the personal list (admins only)."""
    if (number := _number(hass, connection, msg)) is None:
        return
    connection.send_result(msg["id"], {"removed": hass.data[HOUSEHOLD].unflag(number)})


@callback
@require_admin
@websocket_command(
    {probatio.Required("type"): "nuisance_calls/reset", probatio.Required("number"): NUMBER}
)
def ws_reset(hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]) -> None:
    """Forget a caller's tally and calls (admins only)."""
    if (number := _number(hass, connection, msg)) is None:
        return
    connection.send_result(msg["id"], {"reset": hass.data[HOUSEHOLD].reset(number)})


@require_admin
@websocket_command(
    {
        probatio.Required("type"): "nuisance_calls/set_note",
        probatio.Required("number"): NUMBER,
        probatio.Required("note"): str,
        probatio.Exclusive("call", "call"): probatio.All(int, probatio.Range(min=1)),
    }
)
@async_response
async def ws_set_note(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Note on a caller, or on one of their calls (``call``: its id); "" clears (admins only).

    A refused note is a translated error (``ServiceValidationError``), as for the action.
    """
    if (number := _number(hass, connection, msg)) is None:
        return
    result = await async_set_note(hass.data[HOUSEHOLD], number, msg["note"], msg.get("call"), None)
    connection.send_result(msg["id"], result)


@websocket_command(
    {
        probatio.Required("type"): "nuisance_calls/export_calls",
        probatio.Optional("number"): NUMBER,
    }
)
@async_response
async def ws_export_calls(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """The calls (of one caller, or all) as the CSV ``export_calls`` writes, for a download."""
    number: str | None = None
    if "number" in msg and (number := _number(hass, connection, msg)) is None:
        return
    household = hass.data[HOUSEHOLD]
    calls = await household.store.async_calls(number=number, start=None, end=None)
    notes = await household.store.async_caller_notes()
    home = household.region
    titles = {entry.entry_id: entry.title for entry in hass.config_entries.async_entries(DOMAIN)}

    def line_name(record: CallRecord) -> str:
        return titles.get(record.entry_id) or record.line

    text = await hass.async_add_executor_job(
        partial(
            calls_csv,
            [ExportedCall(caller, record) for caller, record in calls],
            timezone=dt_util.get_default_time_zone(),
            formatted=lambda n: format_number(n, home),
            line_name=line_name,
            caller_notes=notes,
        )
    )
    connection.send_result(msg["id"], {"csv": text, "calls": len(calls)})
