"""Mute the ringer while a nuisance call rings, and restore exactly what was changed.

Per line, the options name ringer targets: media players (their volume is
muted), switches and lights (turned off), and a script (run with
``phase: mute`` and later ``phase: restore``). When the first flagged call
starts ringing, each target's state is saved and the targets are muted; when
the last flagged call stops ringing (answered, missed or hung up), only the
targets that were changed get their saved state back. A target that was
already muted or off is left alone both times.

The saved states are stored before anything is muted, so a restart in the
middle of a call restores them once Home Assistant has started again (the box
does not replay the call, so for us it is over). A failing target is logged
and never stops the others.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass
import logging
from typing import Any, Final

from homeassistant.const import (
    ATTR_ENTITY_ID,
    SERVICE_TURN_OFF,
    SERVICE_TURN_ON,
    SERVICE_VOLUME_MUTE,
    STATE_ON,
)
from homeassistant.core import Context, HomeAssistant, State, callback, split_entity_id
from homeassistant.helpers.start import async_at_started
from homeassistant.helpers.state import async_reproduce_state
from homeassistant.helpers.storage import Store

from .calls import RingingCall
from .const import CONF_MUTE_SCRIPT, CONF_MUTE_TARGETS, DOMAIN, STORAGE_VERSION
from .storage import async_load_checked
from .types import LineConfigEntry

_LOGGER = logging.getLogger(__name__)

ATTR_MUTED: Final = "is_volume_muted"
MUTE_DOMAINS: Final = ("media_player", "switch", "light")
"""What a ringer target can be."""
PHASE_MUTE: Final = "mute"
PHASE_RESTORE: Final = "restore"


@dataclass(frozen=True, slots=True)
class SavedTarget:
    """A target this integration changed, and the state it had before."""

    entity_id: str
    state: str
    attributes: Mapping[str, Any]

    def as_dict(self) -> dict[str, Any]:
        """Serialisable form for the store."""
        return {"entity_id": self.entity_id, "state": self.state, "attributes": self.attributes}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SavedTarget:
        """Parse a stored target (raises on broken data)."""
        entity_id = data["entity_id"]
        if not isinstance(entity_id, str) or split_entity_id(entity_id)[0] not in MUTE_DOMAINS:
            raise ValueError(entity_id)
        return cls(entity_id, str(data["state"]), dict(data.get("attributes") or {}))


def _parse_stored(data: object) -> tuple[tuple[list[SavedTarget], bool, dict[str, Any]], int]:
    """Saved targets, whether a script ran, its variables; how many targets were unreadable."""
    if data is None:
        return ([], False, {}), 0
    if not isinstance(data, Mapping):
        raise TypeError("ringer states are not a mapping")
    saved: list[SavedTarget] = []
    skipped = 0
    for raw in data.get("saved") or ():
        try:
            saved.append(SavedTarget.from_dict(raw))
        except AttributeError, KeyError, TypeError, ValueError:
            skipped += 1
    variables = data.get("variables") or {}
    if not isinstance(variables, Mapping):
        raise TypeError("script variables are not a mapping")
    return (saved, bool(data.get("script")), dict(variables)), skipped


def mute_action(state: State | None) -> tuple[str, str, dict[str, Any]] | None:
    """The service call that silences a target, or None when it is silent already."""
    if state is None:
        return None
    domain = split_entity_id(state.entity_id)[0]
    if domain == "media_player":
        # Players show ``is_volume_muted`` only while on and able to mute.
        if state.attributes.get(ATTR_MUTED) is False:
            return domain, SERVICE_VOLUME_MUTE, {ATTR_MUTED: True}
        return None  # off, unavailable, already muted, or cannot mute
    if domain in ("switch", "light") and state.state == STATE_ON:
        return domain, SERVICE_TURN_OFF, {}
    return None


class RingerMute:
    """The ringer targets of one line and the calls that hold them muted."""

    def __init__(self, hass: HomeAssistant, entry: LineConfigEntry) -> None:
        self.hass = hass
        self.entry = entry
        self.targets: list[str] = [
            target
            for target in entry.options.get(CONF_MUTE_TARGETS) or ()
            if split_entity_id(target)[0] in MUTE_DOMAINS
        ]
        self.script: str | None = entry.options.get(CONF_MUTE_SCRIPT) or None
        self.enabled = True
        """Whether muting runs (``switch.<line>_mute_ringer``)."""
        self.calls: frozenset[str] = frozenset()
        """The flagged calls ringing right now (they hold the mute)."""
        self._ringing: Mapping[str, RingingCall] = {}
        self.saved: list[SavedTarget] | None = None
        """What was changed and how it was; None while nothing is muted."""
        self._variables: dict[str, Any] = {}
        self._latest: dict[str, Any] = {}
        """The variables of the newest flagged call holding the mute."""
        self._lock = asyncio.Lock()
        self._store: Store[dict[str, Any]] = Store(
            hass, STORAGE_VERSION, f"{DOMAIN}.ringer.{entry.entry_id}", private=True
        )

    @property
    def configured(self) -> bool:
        """Whether there is anything to mute."""
        return bool(self.targets or self.script)

    @property
    def muted(self) -> bool:
        """Whether targets are held muted right now."""
        return self.saved is not None

    async def async_load(self) -> None:
        """Pick up targets left muted by a restart mid-call; restore them once HA runs."""
        saved, script, variables = await async_load_checked(
            self.hass,
            self._store,
            what="ringer states",
            parse=_parse_stored,
            empty=lambda: ([], False, {}),
        )
        if not saved and not script:
            return
        self.saved = saved
        self._variables = {"phase": PHASE_RESTORE, **variables}
        _LOGGER.info(
            "%s: restoring %s ringer targets muted before the restart",
            self.entry.title,
            len(saved),
        )
        self.entry.async_on_unload(async_at_started(self.hass, self._restore_after_start))

    async def _restore_after_start(self, _hass: HomeAssistant) -> None:
        if not self.calls and self.saved is not None:
            await self._async_restore()

    @callback
    def async_set_enabled(self, enabled: bool) -> None:
        """The mute switch was turned on or off (off restores at once)."""
        self.enabled = enabled
        self.async_update(self._ringing)

    @callback
    def async_update(self, calls: Mapping[str, RingingCall]) -> None:
        """Follow the flagged calls ringing now (by call id).

        Mutes when the first starts ringing, restores when the last stops;
        a disabled mute switch restores at once and mutes nothing.
        """
        self._ringing = calls
        now = frozenset(calls) if self.enabled else frozenset()
        if now == self.calls:
            return
        if not now and self.hass.is_stopping:
            # HA stops, the call goes on: what is sent now is lost with the stop,
            # so the saved states stay stored and the next start restores them.
            return
        was, self.calls = self.calls, now
        if now:
            self._latest = next(iter(calls.values())).as_dict()
        if now and not was and self.saved is None:
            self.entry.async_create_task(
                self.hass,
                self._async_mute(self._latest),
                f"{DOMAIN} mute ringer",
                eager_start=True,
            )
        elif not now and self.saved is not None:
            self.entry.async_create_task(
                self.hass, self._async_restore(), f"{DOMAIN} restore ringer", eager_start=True
            )

    async def _async_mute(self, variables: dict[str, Any]) -> None:
        async with self._lock:
            if not self.calls or self.saved is not None or not self.configured:
                return
            actions: list[tuple[str, tuple[str, str, dict[str, Any]]]] = []
            saved: list[SavedTarget] = []
            for entity_id in self.targets:
                state = self.hass.states.get(entity_id)
                if state is None or (action := mute_action(state)) is None:
                    continue
                actions.append((entity_id, action))
                saved.append(SavedTarget(entity_id, state.state, dict(state.attributes)))
            self.saved = saved
            self._variables = {**variables, "phase": PHASE_RESTORE}
            context = Context()
            # Started eagerly: each service call runs up to its first wait right
            # here, so the targets hear about the ring before anything else.
            jobs = [
                self.hass.async_create_task(
                    self._call(entity_id, domain, service, data, context), eager_start=True
                )
                for entity_id, (domain, service, data) in actions
            ]
            if self.script:
                jobs.append(
                    self.hass.async_create_task(
                        self._run_script({**variables, "phase": PHASE_MUTE}, context),
                        eager_start=True,
                    )
                )
            # Saved for a restart mid-call while the targets are being muted
            # (outside the lock: the next ring must not wait for the disk).
            self._save_soon()
            await asyncio.gather(*jobs)

    async def _async_restore(self) -> None:
        async with self._lock:
            saved = self.saved
            if saved is None or self.calls:
                return
            context = Context()
            jobs = [self._restore_target(target, context) for target in saved]
            if self.script:
                jobs.append(self._run_script(self._variables, context))
            await asyncio.gather(*jobs)
            self.saved = None
            self._save_soon()
        if self.calls:
            # A flagged call started ringing while the last one was restored.
            await self._async_mute(self._latest)

    async def async_unload(self) -> None:
        """The line goes away: give back what is muted now."""
        self.calls = frozenset()
        await self._async_restore()

    async def async_remove(self) -> None:
        """The line was deleted: forget the stored states."""
        await self._store.async_remove()

    def _save_soon(self) -> None:
        """Write the saved states now, in a task (the store writes the latest data last)."""
        self.entry.async_create_task(
            self.hass, self._store.async_save(self._stored()), f"{DOMAIN} save ringer states"
        )

    def _stored(self) -> dict[str, Any]:
        if self.saved is None:
            return {}
        return {
            "saved": [target.as_dict() for target in self.saved],
            "script": bool(self.script),
            "variables": {k: v for k, v in self._variables.items() if k != "phase"},
        }

    async def _restore_target(self, target: SavedTarget, context: Context) -> None:
        domain = split_entity_id(target.entity_id)[0]
        if domain == "media_player":
            await self._call(
                target.entity_id, domain, SERVICE_VOLUME_MUTE, {ATTR_MUTED: False}, context
            )
        elif domain == "switch":
            await self._call(target.entity_id, domain, SERVICE_TURN_ON, {}, context)
        else:  # a light: back on with its brightness and colour
            try:
                await async_reproduce_state(
                    self.hass,
                    [State(target.entity_id, target.state, target.attributes)],
                    context=context,
                )
            except Exception as err:  # one target must not stop the others
                self._failed(target.entity_id, "restore", err)

    async def _call(
        self, entity_id: str, domain: str, service: str, data: dict[str, Any], context: Context
    ) -> None:
        try:
            await self.hass.services.async_call(
                domain,
                service,
                {ATTR_ENTITY_ID: entity_id, **data},
                blocking=True,
                context=context,
            )
        except Exception as err:  # one target must not stop the others
            self._failed(entity_id, service, err)

    async def _run_script(self, variables: dict[str, Any], context: Context) -> None:
        assert self.script is not None
        await self._call(self.script, "script", SERVICE_TURN_ON, {"variables": variables}, context)

    def _failed(self, entity_id: str, action: str, err: Exception) -> None:
        _LOGGER.warning(
            "%s: ringer target %s failed (%s): %s",
            self.entry.title,
            entity_id,
            action,
            err or type(err).__name__,
        )
