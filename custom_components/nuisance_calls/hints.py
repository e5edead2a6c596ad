"""Hints about an unknown caller: where the number is from and what kind of line it is.

Never a verdict: shown in the call's event data and with a caller
(``lookup_number``, the card's data) when no list judges the caller. The
kind (``mobile``, ``premium_rate``, ``toll_free``, ...) comes from
``phonenumbers``' metadata, already loaded; the place from its geocoder
data, read once in a worker process (``lib.places``: the home country's
areas, every country's name, in HA's language) and kept in HA's storage
(a few hundred kB, read again only when ``phonenumbers``, the home country
or the language changes). Until then a hint has the kind only.
"""

from __future__ import annotations

import logging
from typing import Any, Final

from homeassistant.core import HomeAssistant
from homeassistant.helpers.storage import Store
from homeassistant.util.hass_dict import HassKey
import phonenumbers

from .const import DOMAIN, STORAGE_VERSION
from .household import home_region
from .lib.numbers import is_invalid, number_kind
from .lib.places import Places, read_places_isolated

_LOGGER = logging.getLogger(__name__)

HINTS: HassKey[NumberHints] = HassKey(f"{DOMAIN}_hints")
STORAGE_KEY: Final = f"{DOMAIN}.places"


class NumberHints:
    """The hints of one Home Assistant (its home country and language)."""

    def __init__(self, hass: HomeAssistant) -> None:
        self.hass = hass
        self.places: Places | None = None
        self._store: Store[dict[str, Any]] = Store(hass, STORAGE_VERSION, STORAGE_KEY)

    def _wanted(self) -> tuple[int, str, str]:
        region = home_region(self.hass)
        code = phonenumbers.country_code_for_region(region)
        language = (self.hass.config.language or "en").split("-")[0].lower()
        return code, language, phonenumbers.__version__

    async def async_load(self) -> None:
        """The kept places, or read them anew (in a worker; about ten seconds)."""
        code, language, version = wanted = self._wanted()
        stored = await self._store.async_load() or {}
        if stored.get("version") == version:
            try:
                places = Places.from_dict(stored.get("places") or {})
            except ValueError:
                places = None
            if places is not None and (places.country_code, places.language) == wanted[:2]:
                self.places = places
                return
        if code == 0:
            return
        try:
            places = await read_places_isolated(code, language)
        except (OSError, ValueError, TimeoutError) as err:
            _LOGGER.warning("No place names for caller hints: %s", err)
            return
        self.places = places
        await self._store.async_save({"version": version, "places": places.as_dict()})

    def hint(self, number: str) -> dict[str, Any] | None:
        """Where from and what kind; None for what is no E.164 number."""
        if not number.startswith("+"):
            return None
        if is_invalid(number):
            return {"where": "", "kind": "invalid"}
        where = self.places.where(number) if self.places is not None else ""
        return {"where": where, "kind": number_kind(number) or "unknown"}


def number_hint(hass: HomeAssistant, number: str) -> dict[str, Any] | None:
    """The hint about a caller, if the hints are loaded."""
    hints = hass.data.get(HINTS)
    return hints.hint(number) if hints is not None else None
