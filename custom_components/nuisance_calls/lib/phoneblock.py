"""An asyncio client of PhoneBlock's API (phoneblock.net): look-ups, the blocklist, ratings.

As its INTEGRATIONS document describes it (haumacher/phoneblock): every
request carries ``Authorization: Bearer <token>``; a number is looked up by
the SHA-1 of its E.164 form (``GET /api/check?sha1=``, so PhoneBlock never
learns who called us); the community blocklist is ``GET /api/blocklist``
(``{"numbers": [{"phone", "rating", "votes"}], "version"}``), and with
``since=<version>`` only what changed, where ``votes`` 0 removes a number;
``POST /api/rate`` (``{"phone", "rating"}``) reports one. HTTP 401/403 is a
refused token (``ReputationAuthError``), 429 a request to wait
(``ReputationRateLimitError`` with the ``Retry-After`` seconds).

Every answer is read up to a size limit and checked field by field: a
number that is not E.164, a vote count that is not a small non-negative
integer or a rating we do not know never reaches the index.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
import hashlib
import json
import re
from typing import Any, Final

import aiohttp

from .exceptions import ReputationAuthError, ReputationError, ReputationRateLimitError
from .http import read_limited
from .lookup import DEFAULT_DEADLINE, LookUpClient, local_today, retry_after_seconds
from .matcher import ListRecord, Match
from .text import clean_label

__all__ = [
    "DEFAULT_DEADLINE",
    "MAX_BLOCKLIST_BYTES",
    "MAX_CHECK_BYTES",
    "PHONEBLOCK_URL",
    "RATING_TAGS",
    "SOURCE_PHONEBLOCK",
    "TAG_RATINGS",
    "VOTE_STEPS",
    "Blocklist",
    "BlocklistEntry",
    "NumberInfo",
    "PhoneBlockClient",
    "Rating",
    "blocklist_records",
    "info_match",
    "parse_blocklist",
    "parse_number_info",
    "rating_for",
]


PHONEBLOCK_URL: Final = "https://phoneblock.net/phoneblock"
SOURCE_PHONEBLOCK: Final = "phoneblock"
MAX_CHECK_BYTES: Final = 64 * 1024
MAX_BLOCKLIST_BYTES: Final = 64 * 1024 * 1024
"""The whole community list is a few MB; more than this is not a blocklist."""
MAX_VOTES: Final = 1_000_000_000
VOTE_STEPS: Final = (2, 4, 10, 20, 50, 100)
"""The vote counts the blocklist is normalised to (PhoneBlock's thresholds)."""
USER_AGENT: Final = "nuisance_calls (Home Assistant)"
_E164: Final = re.compile(r"\+[1-9][0-9]{1,14}")


class Rating(StrEnum):
    """PhoneBlock's classification of calls (its ``Rating`` enum)."""

    A_LEGITIMATE = "A_LEGITIMATE"
    B_MISSED = "B_MISSED"
    """Negative without a kind (PhoneBlock's apps call it "unknown")."""
    C_PING = "C_PING"
    D_POLL = "D_POLL"
    E_ADVERTISING = "E_ADVERTISING"
    F_GAMBLE = "F_GAMBLE"
    G_FRAUD = "G_FRAUD"


RATING_TAGS: Final[Mapping[Rating, str]] = {
    Rating.B_MISSED: "nuisance",
    Rating.C_PING: "robocall",
    Rating.D_POLL: "survey",
    Rating.E_ADVERTISING: "telemarketing",
    Rating.F_GAMBLE: "scam",
    Rating.G_FRAUD: "scam",
}
"""Our tag for each negative rating (``A_LEGITIMATE`` flags nothing)."""
TAG_RATINGS: Final[Mapping[str, Rating]] = {
    "nuisance": Rating.B_MISSED,
    "telemarketing": Rating.E_ADVERTISING,
    "charity": Rating.E_ADVERTISING,
    "scam": Rating.G_FRAUD,
    "survey": Rating.D_POLL,
}
"""The rating a flag with our tag is reported as (any other tag: ``B_MISSED``)."""


def rating_for(tags: Iterable[str], *, allow: bool = False) -> Rating:
    """The rating to report for a flag with these tags, or for an allow."""
    if allow:
        return Rating.A_LEGITIMATE
    for tag in tags:
        if (rating := TAG_RATINGS.get(tag)) is not None:
            return rating
    return Rating.B_MISSED


@dataclass(frozen=True, slots=True)
class NumberInfo:
    """What ``/api/check`` says about one number."""

    votes: int
    rating: Rating
    votes_wildcard: int = 0
    white_listed: bool = False
    black_listed: bool = False
    """The token's user blocked the number on PhoneBlock."""
    archived: bool = False
    location: str = ""


@dataclass(frozen=True, slots=True)
class BlocklistEntry:
    """One number of the community blocklist (votes 0 in an update: removed)."""

    phone: str
    rating: Rating
    votes: int


@dataclass(frozen=True, slots=True)
class Blocklist:
    """A full blocklist or an update since a version."""

    numbers: tuple[BlocklistEntry, ...]
    version: int
    rejected: int = 0
    """Entries that were not a number, a rating and a vote count (left out)."""


def _votes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_VOTES:
        raise ValueError(f"votes {value!r}")
    return value


def _rating(value: object) -> Rating:
    if value is None:
        return Rating.B_MISSED
    try:
        return Rating(str(value))
    except ValueError:
        # A kind PhoneBlock added after this client: negative, of no kind we know.
        return Rating.B_MISSED


def _load_object(body: bytes, limit: int) -> dict[str, Any]:
    data = _load(body, limit)
    if isinstance(data, dict):
        return data
    raise ValueError("not a JSON object")


def _load(body: bytes, limit: int) -> Any:
    if len(body) > limit:
        raise ValueError("answer too large")
    try:
        return json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as err:
        raise ValueError(f"not JSON: {type(err).__name__}") from None


def parse_number_info(body: bytes) -> NumberInfo:
    """Read an ``/api/check`` (or ``/api/num``) answer; ``ValueError`` if it is not one."""
    data = _load_object(body, MAX_CHECK_BYTES)
    flags = {key: data.get(key) for key in ("whiteListed", "blackListed", "archived")}
    if not all(value is None or isinstance(value, bool) for value in flags.values()):
        raise ValueError("flags are not booleans")
    location = data.get("location")
    return NumberInfo(
        votes=_votes(data.get("votes", 0)),
        rating=_rating(data.get("rating")),
        votes_wildcard=_votes(data.get("votesWildcard", 0)),
        white_listed=bool(flags["whiteListed"]),
        black_listed=bool(flags["blackListed"]),
        archived=bool(flags["archived"]),
        location=clean_label(location) if isinstance(location, str) else "",
    )


def _blocklist_entry(item: Any) -> BlocklistEntry:
    phone = item["phone"]
    if not isinstance(phone, str) or not _E164.fullmatch(phone):
        raise ValueError("phone")
    return BlocklistEntry(phone, _rating(item.get("rating")), _votes(item["votes"]))


def parse_blocklist(body: bytes, limit: int = MAX_BLOCKLIST_BYTES) -> Blocklist:
    """Read an ``/api/blocklist`` answer; ``ValueError`` if it is not one.

    Entries that are not an E.164 number with a vote count are left out (and
    counted); a missing or odd rating reads as ``B_MISSED``.
    """
    data = _load_object(body, limit)
    match data.get("numbers"):
        case list() as numbers:
            pass
        case _:
            raise ValueError('not {"numbers": [...], "version": ...}')
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise ValueError(f"version {version!r}")
    entries: list[BlocklistEntry] = []
    rejected = 0
    for item in numbers:
        try:
            entries.append(_blocklist_entry(item))
        except AttributeError, KeyError, TypeError, ValueError:
            rejected += 1
    return Blocklist(tuple(entries), version, rejected)


def _tags(rating: Rating) -> tuple[str, ...]:
    return (RATING_TAGS.get(rating, "nuisance"),)


def blocklist_records(
    numbers: Mapping[str, tuple[Rating, int]], threshold: int, source: str = SOURCE_PHONEBLOCK
) -> list[ListRecord]:
    """The synced numbers with at least ``threshold`` votes, as flags for the match index."""
    return [
        ListRecord(phone, tags=_tags(rating), score=float(votes), source=source)
        for phone, (rating, votes) in numbers.items()
        if votes >= threshold and rating is not Rating.A_LEGITIMATE
    ]


def info_match(info: NumberInfo, threshold: int, source: str = SOURCE_PHONEBLOCK) -> Match | None:
    """A look-up's answer as a match: a flag at ``threshold`` votes, else only the score.

    The token's own PhoneBlock blacklist flags whatever the votes; a number on
    PhoneBlock's whitelist, archived for inactivity or rated legitimate does not.
    """
    if info.white_listed or (info.votes == 0 and not info.black_listed):
        return None
    flagged = info.black_listed or (
        info.votes >= threshold and not info.archived and info.rating is not Rating.A_LEGITIMATE
    )
    return Match(
        flagged=flagged,
        allowed=False,
        tags=_tags(info.rating) if flagged else (),
        label="",
        score=float(info.votes),
        sources=(source,) if flagged else (),
    )


def _sha1(number: str) -> str:
    return hashlib.sha1(number.encode(), usedforsecurity=False).hexdigest().upper()


class PhoneBlockClient(LookUpClient[NumberInfo]):
    """PhoneBlock's API with one user's token."""

    service = "PhoneBlock"

    def __init__(
        self,
        session: aiohttp.ClientSession | None,
        token: str,
        *,
        base_url: str = PHONEBLOCK_URL,
        cache_ttl: float = 24 * 3600.0,
        daily_budget: int = 200,
        today: Callable[[], date] = local_today,
        max_blocklist_bytes: int = MAX_BLOCKLIST_BYTES,
    ) -> None:
        super().__init__(session, cache_ttl=cache_ttl, daily_budget=daily_budget, today=today)
        self._token = token
        self._base_url = base_url.rstrip("/")
        self.max_blocklist_bytes = max_blocklist_bytes

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token}", "User-Agent": USER_AGENT}

    async def _send(
        self,
        method: str,
        path: str,
        limit: int,
        *,
        params: Mapping[str, str] | None = None,
        body: Mapping[str, str] | None = None,
    ) -> bytes:
        """One request; the body read up to ``limit`` (+1) bytes; errors as ours."""
        if self.paused:
            raise ReputationRateLimitError(self.paused_until - self._clock())
        async with self._http().request(
            method, f"{self._base_url}{path}", params=params, json=body, headers=self._headers()
        ) as response:
            if response.status in (401, 403):
                raise ReputationAuthError(f"HTTP {response.status}")
            if response.status == 429:
                seconds = retry_after_seconds(response.headers.get("Retry-After"))
                self.pause(seconds)
                raise ReputationRateLimitError(seconds)
            if response.status != 200:
                raise ReputationError("http_error", f"HTTP {response.status}")
            return await read_limited(response.content, limit)

    async def _call(self, method: str, path: str, limit: int, **kwargs: Any) -> bytes:
        """``_send`` with network trouble as ``ReputationError`` (never the URL or token)."""
        try:
            try:
                return await self._send(method, path, limit, **kwargs)
            except aiohttp.ClientOSError, aiohttp.ServerDisconnectedError:
                # A kept-alive connection the server had closed: aiohttp retries
                # only idempotent requests by itself, so a POST is tried once more.
                return await self._send(method, path, limit, **kwargs)
        except aiohttp.ClientError as err:
            raise ReputationError("unreachable", type(err).__name__) from err

    async def verify(self, deadline: float = 10.0) -> str:
        """Check the token (``/api/test-connect``); the account's name."""
        async with asyncio.timeout(deadline):
            body = await self._call("GET", "/api/test-connect", MAX_CHECK_BYTES)
        data = _load(body, MAX_CHECK_BYTES) if body else {}
        if not isinstance(data, dict) or data.get("authenticated") is False:
            raise ReputationAuthError("not authenticated")
        name = data.get("userName")
        return clean_label(name) if isinstance(name, str) else ""

    async def blocklist_body(self, since: int | None = None, deadline: float = 300.0) -> bytes:
        """The community blocklist (or what changed since ``since``) as it came, size-checked.

        ``parse_blocklist`` reads it (a few MB: an application runs it off its
        event loop).
        """
        params = {"format": "json"}
        if since is not None:
            params["since"] = str(since)
        async with asyncio.timeout(deadline):
            body = await self._call(
                "GET", "/api/blocklist", self.max_blocklist_bytes, params=params
            )
        if len(body) > self.max_blocklist_bytes:
            raise ReputationError("too_large", f"more than {self.max_blocklist_bytes} bytes")
        return body

    async def blocklist(self, since: int | None = None, deadline: float = 300.0) -> Blocklist:
        """The community blocklist, or what changed since ``since``, read."""
        body = await self.blocklist_body(since, deadline)
        try:
            return parse_blocklist(body, self.max_blocklist_bytes)
        except ValueError as err:
            raise ReputationError("bad_answer", str(err)) from err

    async def rate(self, number: str, rating: Rating, deadline: float = 30.0) -> None:
        """Report a number (no comment: nothing a person typed leaves the house)."""
        async with asyncio.timeout(deadline):
            await self._call(
                "POST",
                "/api/rate",
                MAX_CHECK_BYTES,
                body={"phone": number, "rating": rating.value},
            )

    async def _get_body(self, number: str) -> bytes:
        return await self._send(
            "GET", "/api/check", MAX_CHECK_BYTES, params={"sha1": _sha1(number), "format": "json"}
        )

    def _parse(self, body: bytes) -> NumberInfo:
        return parse_number_info(body)
