"""The group: your household and the friends whose shares carry their tally.

Friends' subscriptions hand their share's tally here (``set_friend``); your
own comes from the household. From both it answers how many of the group's
households a number has called, and ranks companies by calls to the whole
group (``lib/group.py``). Company aliases the user sets are kept here.
"""

from __future__ import annotations

from datetime import datetime, timedelta
import json
import re
from typing import Any, Final

from homeassistant.components.websocket_api import async_register_command
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.decorators import async_response, websocket_command
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey
import probatio

from .const import DOMAIN, STORAGE_VERSION
from .household import Household
from .lib.group import (
    CompanyRow,
    GroupShare,
    NumberTally,
    company_key,
    group_document,
    parse_group,
    rank_companies,
)
from .storage import async_load_checked

GROUP: HassKey[Group] = HassKey(f"{DOMAIN}_group")
STORAGE_KEY_ALIASES: Final = f"{DOMAIN}.company_aliases"
YOU: Final = ""
"""Your own household's name in rankings (the card and the actions say "you")."""
YEAR_CACHE: Final = timedelta(minutes=10)
"""How long the year's counts for shares are reused (one query over the call log)."""


def _parse_aliases(data: object) -> tuple[dict[str, str], int]:
    if data is None:
        return {}, 0
    if not isinstance(data, dict) or not isinstance(data.get("aliases"), dict):
        raise TypeError("not company aliases")
    aliases: dict[str, str] = {}
    skipped = 0
    for key, target in data["aliases"].items():
        if isinstance(key, str) and isinstance(target, str) and company_key(key) == key:
            aliases[key] = company_key(target)
        else:
            skipped += 1
    return aliases, skipped


_JSON_OBJECT: Final = re.compile(rb"\s*\{")


def group_of_document(body: bytes) -> GroupShare | None:
    """The tally a shared document carries, if any (blocking: in the executor).

    Only a JSON object with a ``"tally"`` key carries one. Anything else is
    not parsed here: ``json.loads`` of a big JSON list (a million entries)
    would hold the GIL, and so HA's event loop, for a second or more, for
    nothing (the list itself is parsed in a worker process).
    """
    if _JSON_OBJECT.match(body) is None or b'"tally"' not in body:
        return None
    try:
        return parse_group(json.loads(body))
    except ValueError:  # not JSON: a plain list carries no tally
        return None


class Group:
    """Your household and your friends' shared tallies."""

    def __init__(self, hass: HomeAssistant, household: Household) -> None:
        self.hass = hass
        self.household = household
        self.friends: dict[str, tuple[str, GroupShare]] = {}
        self.aliases: dict[str, str] = {}
        self._store: Store[dict[str, Any]] = Store(hass, STORAGE_VERSION, STORAGE_KEY_ALIASES)
        self._year: tuple[datetime, dict[str, int]] | None = None

    async def async_load(self) -> None:
        """Read the company aliases."""
        self.aliases = await async_load_checked(
            self.hass, self._store, what="company aliases", parse=_parse_aliases, empty=dict
        )

    def set_friend(self, entry_id: str, name: str, share: GroupShare | None) -> None:
        """A friend's subscription brought (or lost) a tally."""
        if share is None:
            self.friends.pop(entry_id, None)
        else:
            self.friends[entry_id] = (name, share)

    def households_called(self, number: str) -> int:
        """How many of the group's households this number has called (you included)."""
        tally = self.household.register.get(number)
        own = 1 if tally is not None and tally.count else 0
        return own + sum(1 for _name, share in self.friends.values() if share.calls(number))

    async def _async_year(self) -> dict[str, int]:
        now = dt_util.utcnow()
        if self._year is None or now - self._year[0] > YEAR_CACHE:
            counts = await self.household.store.async_counts_since(now - timedelta(days=365))
            self._year = (now, {number: calls[0] for number, calls in counts.items()})
        return self._year[1]

    async def async_document(self) -> dict[str, Any]:
        """Your tally of flagged callers, as a share carries it."""
        year = await self._async_year()
        return group_document(await self.household.async_callers(), dt_util.now(), year)

    async def async_rank(self, days: int | None) -> list[CompanyRow]:
        """Companies by calls to the group in the last ``days`` (None or one of ``PERIODS``)."""
        year = await self._async_year()
        own = group_document(await self.household.async_callers(), dt_util.now(), year)
        parsed = parse_group({"tally": own})
        households: dict[str, dict[str, NumberTally]] = {
            YOU: dict(parsed.numbers) if parsed else {}
        }
        for name, share in self.friends.values():
            households.setdefault(name, {}).update(share.numbers)
        return rank_companies(households, days, self.aliases)

    async def async_set_alias(self, label: str, company: str) -> tuple[str, str]:
        """Count ``label`` as ``company`` from now on (an empty company: as itself again)."""
        key, target = company_key(label), company_key(company)
        if not key:
            raise ValueError(label)
        if target and target != key:
            self.aliases[key] = target
        else:
            self.aliases.pop(key, None)
        await self._store.async_save({"aliases": dict(self.aliases)})
        return key, target or key


PERIOD_DAYS: Final = {"all": None, "year": 365, "90_days": 90, "30_days": 30}
"""The periods a ranking can cover, by the name actions and the card use."""
RANK_SORTS: Final = ("calls", "households", "company")
"""What the card can order the ranking by (then the calls, then the name)."""


def sort_rows(rows: list[CompanyRow], sort: str, *, descending: bool) -> list[CompanyRow]:
    """The ranking in the card's order: least bothered first is ``calls`` ascending."""
    name = {row.key: row.name.casefold() for row in rows}
    if sort == "company":
        return sorted(rows, key=lambda row: name[row.key], reverse=descending)
    by_name = sorted(rows, key=lambda row: name[row.key])
    if sort == "households":
        return sorted(by_name, key=lambda row: (row.households, row.calls), reverse=descending)
    return sorted(by_name, key=lambda row: (row.calls, row.households), reverse=descending)


@callback
def async_setup_group_api(hass: HomeAssistant) -> None:
    """The card's command for the group's company ranking."""
    async_register_command(hass, websocket_group_companies)


@websocket_command(
    {
        probatio.Required("type"): f"{DOMAIN}/group_companies",
        probatio.Optional("period", default="all"): probatio.In(list(PERIOD_DAYS)),
        probatio.Optional("limit", default=50): probatio.All(int, probatio.Range(1, 500)),
        probatio.Optional("offset", default=0): probatio.All(int, probatio.Range(min=0)),
        probatio.Optional("sort", default="calls"): probatio.In(list(RANK_SORTS)),
        probatio.Optional("descending", default=True): bool,
        probatio.Optional("search", default=""): probatio.All(str, probatio.Length(max=100)),
    }
)
@async_response
async def websocket_group_companies(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Companies by calls to the whole group, and each household's share of them.

    ``members``: the households' names, yours (``""``) first, so the card can
    show a household a company never called too.
    """
    group = hass.data[GROUP]
    rows = await group.async_rank(PERIOD_DAYS[msg["period"]])
    if search := company_key(msg["search"]):
        rows = [row for row in rows if search in row.key or search in company_key(row.name)]
    rows = sort_rows(rows, msg["sort"], descending=msg["descending"])
    offset, limit = msg["offset"], msg["limit"]
    # Two subscriptions under one name are one household, as in the ranking.
    members = [YOU, *dict.fromkeys(name for name, _share in group.friends.values())]
    connection.send_result(
        msg["id"],
        {
            "households": len(members),
            "members": members,
            "total": len(rows),
            "offset": offset,
            "companies": [row.as_dict() for row in rows[offset : offset + limit]],
        },
    )
