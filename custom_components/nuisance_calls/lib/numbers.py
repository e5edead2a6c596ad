"""Phone number normalisation to E.164 with ``phonenumbers``."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

import phonenumbers
from phonenumbers.phonemetadata import PhoneMetadata

from .exceptions import InvalidNumberError

__all__ = [
    "ANONYMOUS",
    "InvalidNumberError",
    "dial_format",
    "format_number",
    "is_abroad",
    "is_withheld",
    "normalize",
    "normalize_caller",
    "warm_up",
]


ANONYMOUS: Final = "anonymous"
"""The caller of a call whose number was withheld."""

_WITHHELD: Final = frozenset(
    {
        "",
        "anonymous",
        "unknown",
        "withheld",
        "private",
        "private number",
        "restricted",
        "unavailable",  # Asterisk's CALLERID(num) when the network gives none
        "blocked",
        "suppressed",
        "no caller id",
    }
)
_MAX_INPUT: Final = 64
_MIN_NATIONAL_DIGITS: Final = 4
"""Shorter numbers are extensions or service codes, not a caller to tag."""


def is_withheld(raw: str) -> bool:
    """Whether a number from a call source means "number withheld"."""
    return raw.strip().lower() in _WITHHELD


def normalize(raw: str, region: str) -> str:
    """Normalise a number a person typed to E.164 (``+4930123456``).

    ``region`` is the ISO country code used for numbers without a country
    code (``030 123456`` in ``DE``). ``00`` and ``+`` prefixes are understood,
    as are spaces, dashes, dots and brackets. Raises ``InvalidNumberError``
    for anything that is not a possible phone number.
    """
    text = raw.strip()
    # "*" and "#" are service codes and internal extensions (``**610``), which
    # phonenumbers would silently strip into a different number.
    if not text or len(text) > _MAX_INPUT or "*" in text or "#" in text:
        raise InvalidNumberError(raw)
    try:
        number = phonenumbers.parse(text, region.upper() or None)
    except phonenumbers.NumberParseException as err:
        raise InvalidNumberError(raw) from err
    if (
        not phonenumbers.is_possible_number(number)
        or len(str(number.national_number)) < _MIN_NATIONAL_DIGITS
    ):
        raise InvalidNumberError(raw)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_caller(raw: str, region: str) -> str:
    """Normalise a number reported by a call source; never raises.

    Withheld numbers become ``anonymous``. Anything ``phonenumbers`` cannot
    place (internal extensions such as ``**610``, short service numbers) is
    kept as the source sent it, stripped and cut to 64 characters, so it still
    gets a stable key of its own.
    """
    if is_withheld(raw):
        return ANONYMOUS
    try:
        return normalize(raw, region)
    except InvalidNumberError:
        return "".join(ch for ch in raw.strip()[:_MAX_INPUT] if ch.isprintable())


@lru_cache(maxsize=16384)
def format_number(e164: str, region: str) -> str:
    """Format an E.164 number for people: national if local, else international.

    Cached: every state write of a line shows the same few numbers again.
    """
    if not e164.startswith("+"):
        return e164
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == region.upper():
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def dial_format(e164: str, region: str) -> str | None:
    """The number as dialled from ``region``, digits only (``030123456``, ``004420...``).

    This is how a FRITZ!Box shows callers and matches its call barring list.
    None for something that is not an E.164 number (``anonymous``).
    """
    if not e164.startswith("+"):
        return None
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None
    dialled = phonenumbers.format_out_of_country_calling_number(number, region.upper())
    digits = "".join(ch for ch in dialled if ch.isdigit())
    return digits or None


def warm_up() -> None:
    """Load all of ``phonenumbers``' metadata (blocking: imports ~250 files).

    ``phonenumbers`` imports a region's metadata module the first time a
    number of that region is seen. Calling this once in an executor (about
    0.4 s, 2.5 MB) means no caller's country ever triggers file I/O inside
    the event loop.
    """
    PhoneMetadata.load_all()


def is_abroad(e164: str, home_region: str) -> bool:
    """Whether an E.164 number belongs to another country than ``home_region``."""
    if not e164.startswith("+"):
        return False
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return False
    return number.country_code != phonenumbers.country_code_for_region(home_region.upper())
