"""Share links: each friend gets a link that gives your flagged numbers and nothing else.

A share is a webhook of its own whose id is the share's secret (256 random
bits): Home Assistant serves webhooks without a login, through your own
external address and, without exposing the UI, through Home Assistant Cloud
(a cloudhook relays the request). The link grants a GET of the share's list
(and, if the user chose so, the tally of the flagged callers: the group's
register) and nothing else in Home Assistant: no states, no actions, no
other share.
It is shown once, when the share is created; lists, diagnostics and logs
show only the share's id and name.

A revoked share keeps answering, with 404 and ``Nuisance-Calls-Share:
revoked``, so a friend's Home Assistant can say "this share was revoked"
(and keeps its last copy). Deleting a share forgets it entirely.
"""

from __future__ import annotations

import asyncio
from contextlib import suppress
import hashlib
import logging
from typing import Any, Final

from aiohttp import hdrs, web
from homeassistant.components import webhook
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.network import NoURLAvailableError, get_url
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey
from homeassistant.util.json import JsonValueType

from .const import DOMAIN, STORAGE_VERSION
from .group import GROUP
from .household import HOUSEHOLD
from .lib.listclient import SHARE_REVOKED, SHARE_STATUS_HEADER
from .lib.shares import MAX_SHARES, Share, find, new_share, parse_shares
from .share import encode, personal_document
from .storage import async_load_checked

_LOGGER = logging.getLogger(__name__)

SHARES: HassKey[Shares] = HassKey(f"{DOMAIN}_shares")
STORAGE_KEY_SHARES: Final = f"{DOMAIN}.shares"


class Shares:
    """The household's shares: stored, served as webhooks, created and revoked."""

    def __init__(self, hass: HomeAssistant) -> None:
        self.hass = hass
        self._store: Store[dict[str, Any]] = Store(
            hass, STORAGE_VERSION, STORAGE_KEY_SHARES, private=True
        )
        self._shares: dict[str, Share] = {}
        self._lock = asyncio.Lock()

    async def async_load(self) -> None:
        """Read the shares and open their links."""
        shares: list[Share] = await async_load_checked(
            self.hass, self._store, what="shares", parse=parse_shares, empty=list
        )
        for share in shares:
            self._shares[share.id] = share
            self._register(share)

    def _register(self, share: Share) -> None:
        webhook.async_register(
            self.hass,
            DOMAIN,
            f"Nuisance Calls share {share.id}",
            share.secret,
            self._async_handle,
            local_only=False,
            # POST and PUT too, so that HA hands them to us and we refuse them:
            # HA's own refusal logs the webhook id (the share's secret) as a
            # warning. (HA answers HEAD itself, silently.)
            allowed_methods=[hdrs.METH_GET, hdrs.METH_POST, hdrs.METH_PUT],
        )

    async def _async_save(self) -> None:
        await self._store.async_save({"shares": [s.as_dict() for s in self._shares.values()]})

    def public(self) -> list[JsonValueType]:
        """Every share, newest first, without secrets."""
        ordered = sorted(self._shares.values(), key=lambda s: s.created, reverse=True)
        return [dict(share.public()) for share in ordered]

    async def async_create(
        self, name: str, *, via_cloud: bool = False, tally: bool = False
    ) -> dict[str, Any]:
        """A new share; the answer holds its link, which is never shown again.

        ``tally``: the share also carries the tally of your flagged callers.
        """
        async with self._lock:
            if len(self._shares) >= MAX_SHARES:
                raise HomeAssistantError(
                    translation_domain=DOMAIN,
                    translation_key="too_many_shares",
                    translation_placeholders={"max": str(MAX_SHARES)},
                )
            share = new_share(name, dt_util.utcnow(), self._shares, tally=tally)
            url = await self._async_link(share, via_cloud=via_cloud)
            self._shares[share.id] = share
            self._register(share)
            await self._async_save()
        _LOGGER.info("Share %s (%s) created", share.id, share.name)
        return {**share.public(), "url": url}

    async def _async_link(self, share: Share, *, via_cloud: bool) -> str:
        if via_cloud:
            if "cloud" not in self.hass.config.components:
                raise HomeAssistantError(
                    translation_domain=DOMAIN, translation_key="share_needs_cloud"
                )
            # Imported only when set up: a Core install may lack its packages.
            from homeassistant.components import cloud  # noqa: PLC0415

            if not cloud.async_active_subscription(self.hass):
                raise HomeAssistantError(
                    translation_domain=DOMAIN, translation_key="share_needs_cloud"
                )
            return await cloud.async_get_or_create_cloudhook(self.hass, share.secret)
        try:
            base = get_url(self.hass, prefer_external=True, allow_cloud=False)
        except NoURLAvailableError as err:
            raise HomeAssistantError(
                translation_domain=DOMAIN, translation_key="share_needs_url"
            ) from err
        return f"{base}{webhook.async_generate_path(share.secret)}"

    def _get(self, share_id: str) -> Share:
        if (share := self._shares.get(share_id)) is None:
            raise HomeAssistantError(
                translation_domain=DOMAIN,
                translation_key="share_not_found",
                translation_placeholders={"id": share_id[:40]},
            )
        return share

    async def async_revoke(self, share_id: str) -> dict[str, Any]:
        """Revoke a share: its link answers "revoked" from now on."""
        async with self._lock:
            share = self._shares[share_id] = self._get(share_id).revoke(dt_util.utcnow())
            await self._async_save()
        _LOGGER.info("Share %s (%s) revoked", share.id, share.name)
        return share.public()

    async def async_delete(self, share_id: str) -> None:
        """Forget a share entirely (its link then answers like any unknown address)."""
        async with self._lock:
            share = self._get(share_id)
            del self._shares[share_id]
            webhook.async_unregister(self.hass, share.secret)
            if "cloud" in self.hass.config.components:
                from homeassistant.components import cloud  # noqa: PLC0415

                # Only a share made for the cloud has a cloudhook.
                with suppress(cloud.CloudNotAvailable, ValueError):
                    await cloud.async_delete_cloudhook(self.hass, share.secret)
            await self._async_save()

    async def _async_handle(
        self, hass: HomeAssistant, webhook_id: str, request: web.Request
    ) -> web.Response:
        """GET of a share link: the flagged numbers, or "revoked"; never anything else."""
        if request.method != hdrs.METH_GET:
            return web.Response(status=405, headers={"Allow": hdrs.METH_GET})
        share = find(self._shares.values(), webhook_id)
        if share is None:  # pragma: no cover - HA only calls us for our own ids
            return web.Response(status=404)
        if not share.active:
            return web.json_response(
                {"error": "revoked"}, status=404, headers={SHARE_STATUS_HEADER: SHARE_REVOKED}
            )
        document = personal_document(hass.data[HOUSEHOLD].personal, include_allowed=False)
        if share.tally:
            document["tally"] = await hass.data[GROUP].async_document()
        body = encode(document)
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        headers = {"ETag": etag, "Cache-Control": "private, no-cache", SHARE_STATUS_HEADER: "ok"}
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers=headers)
        return web.Response(
            body=body, content_type="application/json", charset="utf-8", headers=headers
        )
