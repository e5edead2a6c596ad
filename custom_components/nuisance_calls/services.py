"""Actions: flag, unflag, allow, look up, note and reset callers."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any, Final

from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.service import async_register_admin_service
from homeassistant.util import dt as dt_util
import probatio

from .const import (
    ATTR_CALL,
    ATTR_COMPANY,
    ATTR_END,
    ATTR_FILENAME,
    ATTR_INCLUDE_ALLOWED,
    ATTR_LABEL,
    ATTR_NAME,
    ATTR_NOTE,
    ATTR_NUMBER,
    ATTR_PERIOD,
    ATTR_SHARE_ID,
    ATTR_START,
    ATTR_TAG,
    ATTR_TALLY,
    ATTR_TIME,
    ATTR_VIA_CLOUD,
    DOMAIN,
    SERVICE_ALLOW_NUMBER,
    SERVICE_CREATE_SHARE,
    SERVICE_DELETE_SHARE,
    SERVICE_EXPORT_CALLS,
    SERVICE_EXPORT_LIST,
    SERVICE_FLAG_NUMBER,
    SERVICE_GROUP_COMPANIES,
    SERVICE_LIST_SHARES,
    SERVICE_LOOKUP_NUMBER,
    SERVICE_REFRESH_LISTS,
    SERVICE_RESET_CALLER,
    SERVICE_REVOKE_SHARE,
    SERVICE_SET_COMPANY_ALIAS,
    SERVICE_SET_NOTE,
    SERVICE_UNFLAG_NUMBER,
)
from .errors import call_not_found, invalid_note, invalid_number, number_not_international
from .group import GROUP, PERIOD_DAYS
from .household import HOUSEHOLD, Household
from .lib.callexport import calls_csv_file, day_bounds
from .lib.exceptions import InvalidNoteError, InvalidNumberError
from .lib.numbers import ANONYMOUS, format_number, is_withheld, normalize, normalize_digits
from .lib.register import CallerTally, CallRecord
from .lib.text import MAX_LABEL_LENGTH
from .share import (
    DEFAULT_CALLS_EXPORT_NAME,
    DEFAULT_EXPORT_NAME,
    encode,
    export_path,
    personal_document,
    write_file,
)
from .shares import SHARES
from .types import EntryKind, ListConfigEntry, entry_kind
from .views import async_label_stats, caller_dict, start_of_month

MAX_E164: Final = 10**15
"""E.164 numbers have at most 15 digits."""


def number_value(value: Any) -> str | int | float:
    """A number field: text as typed, or a number as a template renders one.

    HA's templates return native types: a template whose whole output is
    ``+4917612345678`` arrives as the integer ``4917612345678``. ``cv.string``
    would make that ``"4917612345678"``, which reads as a national number;
    the type is kept so that ``_number`` can read it as international.
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return cv.string(value)


NUMBER_SCHEMA = probatio.Schema({probatio.Required(ATTR_NUMBER): number_value})
ENTRY_SCHEMA = NUMBER_SCHEMA.extend(
    {
        probatio.Optional(ATTR_TAG): probatio.All(
            cv.string, probatio.Length(max=MAX_LABEL_LENGTH * 4)
        ),
        probatio.Optional(ATTR_LABEL): probatio.All(
            cv.string, probatio.Length(max=MAX_LABEL_LENGTH * 4)
        ),
    }
)


EXPORT_CALLS_SCHEMA = probatio.Schema(
    {
        probatio.Optional(ATTR_NUMBER): number_value,
        probatio.Optional(ATTR_START): cv.date,
        probatio.Optional(ATTR_END): cv.date,
        probatio.Optional(ATTR_FILENAME): cv.string,
    }
)

SET_NOTE_SCHEMA = NUMBER_SCHEMA.extend(
    {
        # Any length: a note that is too long gets a translated error (clean_note).
        probatio.Optional(ATTR_NOTE, default=""): cv.string,
        probatio.Exclusive(ATTR_CALL, "call"): cv.positive_int,
        probatio.Exclusive(ATTR_TIME, "call"): cv.datetime,
    }
)

CREATE_SHARE_SCHEMA = probatio.Schema(
    {
        probatio.Required(ATTR_NAME): probatio.All(cv.string, probatio.Length(min=1, max=100)),
        probatio.Optional(ATTR_VIA_CLOUD, default=False): cv.boolean,
        probatio.Optional(ATTR_TALLY, default=False): cv.boolean,
    }
)
GROUP_COMPANIES_SCHEMA = probatio.Schema(
    {probatio.Optional(ATTR_PERIOD, default="all"): probatio.In(list(PERIOD_DAYS))}
)
COMPANY_ALIAS_SCHEMA = probatio.Schema(
    {
        probatio.Required(ATTR_LABEL): probatio.All(cv.string, probatio.Length(min=1, max=200)),
        probatio.Optional(ATTR_COMPANY): probatio.All(cv.string, probatio.Length(max=200)),
    }
)
SHARE_ID_SCHEMA = probatio.Schema(
    {probatio.Required(ATTR_SHARE_ID): probatio.All(cv.string, probatio.Length(max=40))}
)

EXPORT_SCHEMA = probatio.Schema(
    {
        probatio.Optional(ATTR_FILENAME): cv.string,
        probatio.Optional(ATTR_INCLUDE_ALLOWED, default=True): cv.boolean,
    }
)


def _household(call: ServiceCall) -> Household:
    return call.hass.data[HOUSEHOLD]


def _number(call: ServiceCall, *, allow_withheld: bool = False) -> str:
    """The number a person typed, in E.164 (read in the household's region).

    A number that arrives as an integer (or an integral float) came from a
    template that rendered ``+4917612345678``: it is international, without
    its ``+`` (``normalize_digits``).
    """
    value = call.data[ATTR_NUMBER]
    if isinstance(value, (int, float)):
        return _international(call, value)
    raw = str(value)
    if allow_withheld and is_withheld(raw):
        return ANONYMOUS
    try:
        return normalize(raw, _household(call).region)
    except InvalidNumberError:
        raise invalid_number(raw) from None


def _international(call: ServiceCall, value: float) -> str:
    """An integer from a template as the number it was (international, unless only national)."""
    integral = not isinstance(value, float) or value.is_integer()
    if not integral or not 0 < value < MAX_E164:
        raise number_not_international(repr(value))
    try:
        return normalize_digits(int(value), _household(call).region)
    except InvalidNumberError:
        raise number_not_international(repr(value)) from None


async def _flag_number(call: ServiceCall) -> None:
    _household(call).flag(
        _number(call), tag=call.data.get(ATTR_TAG), label=call.data.get(ATTR_LABEL)
    )


async def _allow_number(call: ServiceCall) -> None:
    _household(call).allow(
        _number(call), tag=call.data.get(ATTR_TAG), label=call.data.get(ATTR_LABEL)
    )


async def _unflag_number(call: ServiceCall) -> None:
    _household(call).unflag(_number(call))


async def _reset_caller(call: ServiceCall) -> None:
    _household(call).reset(_number(call, allow_withheld=True))


async def _set_note(call: ServiceCall) -> ServiceResponse:
    number = _number(call, allow_withheld=True)
    which: int | None = call.data.get(ATTR_CALL)
    when: datetime | None = call.data.get(ATTR_TIME)
    if when is not None and when.tzinfo is None:  # a time as people type it: local
        when = when.replace(tzinfo=dt_util.get_default_time_zone())
    return await async_set_note(_household(call), number, call.data[ATTR_NOTE], which, when)


async def async_set_note(
    household: Household, number: str, note: str, which: int | None, when: datetime | None
) -> dict[str, Any]:
    """Write a note (the action's and the card's), errors translated; what was noted."""
    try:
        found = await household.async_set_note(number, note, call=which, time=when)
    except InvalidNoteError as err:
        raise invalid_note(err) from None
    if found is None and (which is not None or when is not None):
        shown = str(which) if when is None else dt_util.as_local(when).isoformat()
        raise call_not_found(number, shown)
    return {"number": number, "call": found}


async def _lookup_number(call: ServiceCall) -> ServiceResponse:
    household = _household(call)
    number = _number(call, allow_withheld=True)
    verdict = household.judge(number)
    tally = household.register.get(number)
    company: dict[str, Any] | None = None
    if verdict.label:
        key = verdict.label.casefold()
        since = start_of_month()
        company = next(
            (
                s.as_dict()
                for s in await async_label_stats(household, since)
                if s.label.casefold() == key
            ),
            None,
        )
        if company is not None:
            company["since"] = since.isoformat()
    return {
        **caller_dict(household, number, tally, verdict),
        "tally": (tally or CallerTally(number)).as_dict(),
        "label_calls": company,
        "group_households": call.hass.data[GROUP].households_called(number),
    }


async def _refresh_lists(call: ServiceCall) -> None:
    entries: list[ListConfigEntry] = [
        entry
        for entry in call.hass.config_entries.async_loaded_entries(DOMAIN)
        if entry_kind(entry) is EntryKind.SHARED_LIST
    ]
    subscriptions = [entry.runtime_data for entry in entries]
    results = await asyncio.gather(*(sub.async_refresh() for sub in subscriptions))
    if failed := [sub.name for sub, ok in zip(subscriptions, results, strict=True) if not ok]:
        raise HomeAssistantError(
            translation_domain=DOMAIN,
            translation_key="refresh_failed",
            translation_placeholders={"names": ", ".join(failed)},
        )


def _export_path(call: ServiceCall, default: str) -> Path:
    try:
        return export_path(call.hass, call.data.get(ATTR_FILENAME), default)
    except ValueError:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="invalid_filename",
            translation_placeholders={"filename": str(call.data.get(ATTR_FILENAME))[:64]},
        ) from None


async def _export_calls(call: ServiceCall) -> ServiceResponse:
    hass = call.hass
    household = _household(call)
    number = (
        _number(call, allow_withheld=True) if call.data.get(ATTR_NUMBER) not in (None, "") else None
    )
    start: date | None = call.data.get(ATTR_START)
    end: date | None = call.data.get(ATTR_END)
    if start and end and start > end:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="invalid_date_range",
            translation_placeholders={"start": start.isoformat(), "end": end.isoformat()},
        )
    path = _export_path(call, DEFAULT_CALLS_EXPORT_NAME)
    timezone = dt_util.get_default_time_zone()
    first, last = day_bounds(start, end, timezone)
    home = household.region
    titles = {entry.entry_id: entry.title for entry in hass.config_entries.async_entries(DOMAIN)}

    def line_name(record: CallRecord) -> str:
        return titles.get(record.entry_id) or record.line

    notes = await household.store.async_caller_notes()
    # Read, formatted and encoded row by row in the executor: no list of the
    # calls, in the event loop or anywhere (see CallStore.async_read_calls).
    body, count = await household.store.async_read_calls(
        partial(
            calls_csv_file,
            timezone=timezone,
            formatted=lambda n: format_number(n, home),
            line_name=line_name,
            caller_notes=notes,
        ),
        number=number,
        start=first,
        end=last,
    )
    await _write(hass, path, body)
    return {"path": str(path), "calls": count}


async def _export_list(call: ServiceCall) -> ServiceResponse:
    hass = call.hass
    path = _export_path(call, DEFAULT_EXPORT_NAME)
    document = personal_document(
        _household(call).personal, include_allowed=call.data[ATTR_INCLUDE_ALLOWED]
    )
    await _write(hass, path, encode(document))
    return {"path": str(path), "entries": len(document["entries"])}


async def _write(hass: HomeAssistant, path: Path, body: bytes | Iterable[bytes]) -> None:
    """Write an export; a file system that refuses is a clear error, not a traceback."""
    try:
        await hass.async_add_executor_job(write_file, path, body)
    except OSError as err:
        raise HomeAssistantError(
            translation_domain=DOMAIN,
            translation_key="export_failed",
            translation_placeholders={"path": str(path)[-120:], "error": err.strerror or str(err)},
        ) from err


async def _create_share(call: ServiceCall) -> ServiceResponse:
    return await call.hass.data[SHARES].async_create(
        call.data[ATTR_NAME], via_cloud=call.data[ATTR_VIA_CLOUD], tally=call.data[ATTR_TALLY]
    )


async def _group_companies(call: ServiceCall) -> ServiceResponse:
    group = call.hass.data[GROUP]
    rows = await group.async_rank(PERIOD_DAYS[call.data[ATTR_PERIOD]])
    return {
        "households": 1 + len(group.friends),
        "companies": [row.as_dict() for row in rows[:100]],
        "aliases": dict(sorted(group.aliases.items())),
    }


async def _set_company_alias(call: ServiceCall) -> ServiceResponse:
    try:
        key, company = await call.hass.data[GROUP].async_set_alias(
            call.data[ATTR_LABEL], call.data.get(ATTR_COMPANY) or ""
        )
    except ValueError as err:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="not_a_company",
            translation_placeholders={"label": str(call.data[ATTR_LABEL])[:80]},
        ) from err
    return {"label": key, "company": company}


async def _list_shares(call: ServiceCall) -> ServiceResponse:
    return {"shares": call.hass.data[SHARES].public()}


async def _revoke_share(call: ServiceCall) -> ServiceResponse:
    return await call.hass.data[SHARES].async_revoke(call.data[ATTR_SHARE_ID])


async def _delete_share(call: ServiceCall) -> None:
    await call.hass.data[SHARES].async_delete(call.data[ATTR_SHARE_ID])


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register the integration's actions (once, in ``async_setup``).

    What changes the household's lists or history, or writes files into the
    configuration folder, needs an admin (as HA's own configuration does);
    looking a number up and refreshing the subscribed lists do not.
    Automations and scripts run as the system and may do all of it.
    """
    admin = partial(async_register_admin_service, hass, DOMAIN)
    admin(SERVICE_FLAG_NUMBER, _flag_number, ENTRY_SCHEMA)
    admin(SERVICE_ALLOW_NUMBER, _allow_number, ENTRY_SCHEMA)
    admin(SERVICE_UNFLAG_NUMBER, _unflag_number, NUMBER_SCHEMA)
    admin(SERVICE_RESET_CALLER, _reset_caller, NUMBER_SCHEMA)
    admin(
        SERVICE_SET_NOTE,
        _set_note,
        SET_NOTE_SCHEMA,
        supports_response=SupportsResponse.OPTIONAL,
    )
    admin(
        SERVICE_EXPORT_CALLS,
        _export_calls,
        EXPORT_CALLS_SCHEMA,
        supports_response=SupportsResponse.OPTIONAL,
    )
    admin(
        SERVICE_EXPORT_LIST,
        _export_list,
        EXPORT_SCHEMA,
        supports_response=SupportsResponse.OPTIONAL,
    )
    admin(
        SERVICE_CREATE_SHARE,
        _create_share,
        CREATE_SHARE_SCHEMA,
        supports_response=SupportsResponse.ONLY,
    )
    admin(
        SERVICE_LIST_SHARES,
        _list_shares,
        probatio.Schema({}),
        supports_response=SupportsResponse.ONLY,
    )
    admin(
        SERVICE_REVOKE_SHARE,
        _revoke_share,
        SHARE_ID_SCHEMA,
        supports_response=SupportsResponse.OPTIONAL,
    )
    admin(SERVICE_DELETE_SHARE, _delete_share, SHARE_ID_SCHEMA)
    admin(
        SERVICE_SET_COMPANY_ALIAS,
        _set_company_alias,
        COMPANY_ALIAS_SCHEMA,
        supports_response=SupportsResponse.OPTIONAL,
    )
    register = hass.services.async_register
    register(
        DOMAIN,
        SERVICE_LOOKUP_NUMBER,
        _lookup_number,
        NUMBER_SCHEMA,
        supports_response=SupportsResponse.ONLY,
    )
    register(DOMAIN, SERVICE_REFRESH_LISTS, _refresh_lists)
    register(
        DOMAIN,
        SERVICE_GROUP_COMPANIES,
        _group_companies,
        GROUP_COMPANIES_SCHEMA,
        supports_response=SupportsResponse.ONLY,
    )
