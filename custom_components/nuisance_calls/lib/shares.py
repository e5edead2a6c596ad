"""Shares: what a household gives one friend through one secret link.

A share is a capability: its secret is the whole of the friend's access, to
that share and nothing else. It is made with ``secrets`` (256 bits), shown
once when the share is created, and compared in constant time. A share can
be revoked; the link then answers "revoked" and gives no data.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
import hmac
import secrets
from typing import Any, Final

from .text import clean_label

__all__ = [
    "MAX_SHARES",
    "SECRET_BYTES",
    "Share",
    "find",
    "new_share",
    "parse_shares",
]

SECRET_BYTES: Final = 32
"""256 random bits: a link nobody guesses."""
MAX_SHARES: Final = 100
"""Shares a household keeps at most (revoked ones included)."""
_ID_BYTES: Final = 6
_SECRET_LENGTH: Final = 2 * SECRET_BYTES


@dataclass(frozen=True, slots=True)
class Share:
    """One friend's share."""

    id: str
    """Names the share in lists and actions; grants nothing."""
    name: str
    secret: str
    created: datetime
    revoked: datetime | None = None
    tally: bool = False
    """Whether the share carries the tally of flagged callers (the group's register)."""

    @property
    def active(self) -> bool:
        """Whether the link still gives the list."""
        return self.revoked is None

    def revoke(self, when: datetime) -> Share:
        """This share, revoked (a revoked share stays revoked)."""
        return self if self.revoked else replace(self, revoked=when)

    def public(self) -> dict[str, str | bool | None]:
        """What lists and diagnostics show: everything but the secret."""
        return {
            "id": self.id,
            "name": self.name,
            "created": self.created.isoformat(),
            "revoked": self.revoked.isoformat() if self.revoked else None,
            "tally": self.tally,
        }

    def as_dict(self) -> dict[str, str | bool | None]:
        """Stored form (with the secret: the store is private)."""
        return {**self.public(), "secret": self.secret}


def new_share(name: str, now: datetime, taken: Iterable[str] = (), *, tally: bool = False) -> Share:
    """A share for ``name`` with a fresh secret and an id not in ``taken``."""
    used = set(taken)
    while (share_id := secrets.token_hex(_ID_BYTES)) in used:  # pragma: no cover - 2**-48
        pass
    secret = secrets.token_hex(SECRET_BYTES)
    return Share(share_id, clean_label(name) or "Friend", secret, now, tally=tally)


def find(shares: Iterable[Share], secret: str) -> Share | None:
    """The share a secret opens, compared in constant time (each share is tried)."""
    found = None
    given = secret.encode("ascii", errors="replace")
    for share in shares:
        if hmac.compare_digest(share.secret.encode("ascii"), given):
            found = share
    return found


def _share(data: Mapping[str, Any]) -> Share:
    secret = data["secret"]
    if not (
        isinstance(secret, str)
        and len(secret) == _SECRET_LENGTH
        and all(char in "0123456789abcdef" for char in secret)
    ):
        raise ValueError("not a share secret")
    share_id = data["id"]
    if not (isinstance(share_id, str) and share_id.isalnum() and len(share_id) <= 32):
        raise ValueError("not a share id")
    revoked = data.get("revoked")
    return Share(
        share_id,
        clean_label(str(data.get("name") or "")) or "Friend",
        secret,
        datetime.fromisoformat(data["created"]),
        datetime.fromisoformat(revoked) if revoked else None,
        tally=data.get("tally") is True,
    )


def parse_shares(data: object) -> tuple[list[Share], int]:
    """Stored shares, and how many were unreadable (raises if the whole is not ours)."""
    if data is None:  # nothing stored yet
        return [], 0
    if not isinstance(data, Mapping) or not isinstance(data.get("shares"), list):
        raise TypeError("not a list of shares")
    shares: list[Share] = []
    skipped = 0
    for raw in data["shares"][:MAX_SHARES]:
        try:
            shares.append(_share(raw))
        except AttributeError, KeyError, TypeError, ValueError:
            skipped += 1
    return shares, skipped
