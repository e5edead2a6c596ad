"""Sharing out: the user's own list as a file and over HTTP for admins.

Both use this integration's export format, which another installation can
subscribe to as a shared list. Friends get share links (``shares.py``); the
view here is for the household's own admins and their scripts.
"""

from __future__ import annotations

from collections.abc import Iterable
import hashlib
import json
from pathlib import Path
from typing import Any, Final

from aiohttp import web
from homeassistant.components.http.const import KEY_HASS_USER
from homeassistant.core import HomeAssistant
from homeassistant.helpers.http import KEY_HASS, HomeAssistantView

from .const import DOMAIN
from .household import HOUSEHOLD
from .lib.classifier import ListAction, PersonalList
from .lib.files import write_atomically
from .lib.listformats import export_document

SHARE_URL: Final = f"/api/{DOMAIN}/list"
EXPORT_DIR: Final = DOMAIN
DEFAULT_EXPORT_NAME: Final = "shared_list.json"
DEFAULT_CALLS_EXPORT_NAME: Final = "calls.csv"


def personal_document(personal: PersonalList, *, include_allowed: bool = True) -> dict[str, Any]:
    """The personal list in the export format, flagged entries first."""
    entries = sorted(
        (e for e in personal if include_allowed or e.action is ListAction.FLAG),
        key=lambda e: (e.action.value != "flag", e.number),
    )
    return export_document("Nuisance Calls", [entry.as_dict() for entry in entries])


def encode(document: dict[str, Any]) -> bytes:
    """Stable JSON bytes (same list, same bytes, same ETag)."""
    return json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1).encode()


MAX_FILENAME_BYTES: Final = 200
"""A file name's length in UTF-8 (file systems allow 255; the temporary name adds some)."""


def export_path(
    hass: HomeAssistant, filename: str | None, default: str = DEFAULT_EXPORT_NAME
) -> Path:
    """Where the exports write; raises ``ValueError`` for a name that is not a plain one.

    A plain name stays in ``config/nuisance_calls/``: no folders, no hidden or
    control characters, not longer than a file system takes.
    """
    name = (filename or default).strip()
    if (
        not name
        or "/" in name
        or "\\" in name
        or name.startswith(".")
        or not name.isprintable()
        or len(name.encode("utf-8", errors="replace")) > MAX_FILENAME_BYTES
    ):
        raise ValueError(name)
    return Path(hass.config.path(EXPORT_DIR, name))


def write_file(path: Path, body: bytes | Iterable[bytes]) -> None:
    """Write an export whole or not at all (blocking: run in an executor; ``body``: the
    bytes, or chunks of them in order)."""
    write_atomically(path, body)


class SharedListView(HomeAssistantView):
    """GET /api/nuisance_calls/list: the personal list, for the household's admins.

    Needs an admin's HA access token. Friends get a share link instead: a
    token gives its holder everything its user may do. ``?allowed=0`` leaves
    allowed numbers (often personal contacts) out.
    """

    url = SHARE_URL
    name = f"api:{DOMAIN}:list"
    requires_auth = True

    async def get(self, request: web.Request) -> web.Response:
        """Serve the list with an ETag, answering 304 when unchanged."""
        if not request[KEY_HASS_USER].is_admin:
            return web.Response(status=401)
        hass = request.app[KEY_HASS]
        include_allowed = request.query.get("allowed", "1") not in ("0", "false", "no")
        body = encode(
            personal_document(hass.data[HOUSEHOLD].personal, include_allowed=include_allowed)
        )
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(
            body=body,
            content_type="application/json",
            charset="utf-8",
            headers={"ETag": etag, "Cache-Control": "private, no-cache"},
        )
