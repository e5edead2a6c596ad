"""Where a number is from, from ``phonenumbers``' geocoder data, without its cost.

``phonenumbers.geocoder`` imports every area name of the world in every
language at once: about 150 MB and ten seconds. A hint needs the areas of
one country (the home country's few thousand prefixes) and the names of the
countries, in one language. ``read_places`` takes those out of the full data;
``read_places_isolated`` runs it in a fresh interpreter, so the 150 MB are
never in the caller's process (an application keeps the small result).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
import contextlib
from dataclasses import dataclass, field
import json
import sys
from typing import Any, Final

import phonenumbers

__all__ = [
    "PLACES_TIMEOUT",
    "Places",
    "read_places",
    "read_places_isolated",
]

PLACES_TIMEOUT: Final = 300.0
"""Seconds the worker may take (it imports the whole geocoder data)."""
_MAX_PREFIX: Final = 12


@dataclass(frozen=True, slots=True)
class Places:
    """Area names of one country and the names of all countries, in one language."""

    country_code: int
    language: str
    areas: Mapping[str, str] = field(default_factory=dict)
    """Digits of a prefix (country code first, ``"4940"``) -> area (``"Hamburg"``)."""
    countries: Mapping[str, str] = field(default_factory=dict)
    """Region code (``"AT"``) -> country name (``"Austria"``)."""

    def where(self, e164: str) -> str:
        """An area for a number of this country, the country's name for others; "" if unknown."""
        try:
            number = phonenumbers.parse(e164)
        except phonenumbers.NumberParseException:
            return ""
        if number.country_code != self.country_code:
            region = phonenumbers.region_code_for_number(number) or ""
            if len(region) != 2 or not region.isalpha() or region == "ZZ":
                return ""  # several countries share it (+800, +882) or none has it
            return self.countries.get(region, region)
        digits = e164.removeprefix("+")
        for length in range(min(len(digits), _MAX_PREFIX), len(str(self.country_code)), -1):
            if (area := self.areas.get(digits[:length])) is not None:
                return area
        return ""

    def as_dict(self) -> dict[str, Any]:
        """Serialisable form (to keep it)."""
        return {
            "country_code": self.country_code,
            "language": self.language,
            "areas": dict(self.areas),
            "countries": dict(self.countries),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Places:
        """Read a kept copy; ``ValueError`` if it is not one."""
        areas, countries = data.get("areas"), data.get("countries")
        code, language = data.get("country_code"), data.get("language")
        if not (
            isinstance(code, int)
            and isinstance(language, str)
            and isinstance(areas, dict)
            and isinstance(countries, dict)
            and all(isinstance(k, str) and isinstance(v, str) for k, v in areas.items())
            and all(isinstance(k, str) and isinstance(v, str) for k, v in countries.items())
        ):
            raise ValueError("not a kept Places")
        return cls(code, language, areas, countries)


def _name(names: Mapping[str, str], language: str) -> str:
    return names.get(language) or names.get("en") or ""


def read_places(country_code: int, language: str) -> Places:
    """Take one country's areas and all countries' names out of the geocoder data.

    Blocking and big (the whole data is imported): run it in a worker
    (``read_places_isolated``).
    """
    from phonenumbers.geodata import GEOCODE_DATA  # noqa: PLC0415 - ~150 MB, on purpose here
    from phonenumbers.geodata.locale import LOCALE_DATA  # noqa: PLC0415

    prefix = str(country_code)
    areas = {
        key: name
        for key, names in GEOCODE_DATA.items()
        if key.startswith(prefix) and (name := _name(names, language))
    }
    countries = {
        region: name
        for region, names in LOCALE_DATA.items()
        if len(region) == 2 and (name := _name(names, language))
    }
    return Places(country_code, language, areas, countries)


_WORKER_CODE: Final = (
    "import importlib.util, json, sys\n"
    "sys.path[:0] = json.loads(sys.argv[1])\n"
    "spec = importlib.util.spec_from_file_location('places_worker', sys.argv[2])\n"
    "module = importlib.util.module_from_spec(spec)\n"
    "sys.modules['places_worker'] = module\n"
    "spec.loader.exec_module(module)\n"
    "places = module.read_places(int(sys.argv[3]), sys.argv[4])\n"
    "sys.stdout.write(json.dumps(places.as_dict()))\n"
)
"""The worker loads this file by its path: it imports nothing of the package."""


async def read_places_isolated(
    country_code: int, language: str, deadline: float = PLACES_TIMEOUT
) -> Places:
    """``read_places`` in a fresh interpreter, awaited (no thread waits for it).

    Cancelled or past ``deadline`` seconds, the worker is killed. Raises ``OSError``
    or ``ValueError`` when the worker fails.
    """
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-I",
        "-c",
        _WORKER_CODE,
        json.dumps(sys.path),
        __file__,
        str(country_code),
        language,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        async with asyncio.timeout(deadline):
            stdout, _ = await process.communicate()
    except BaseException:
        with contextlib.suppress(ProcessLookupError):
            process.kill()
        await process.wait()
        raise
    if process.returncode != 0:
        raise OSError(f"places worker failed ({process.returncode})")
    return Places.from_dict(json.loads(stdout))
