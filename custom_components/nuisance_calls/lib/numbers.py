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
    "is_invalid",
    "is_withheld",
    "normalize",
    "normalize_caller",
    "normalize_digits",
    "number_kind",
    "region_for_country_code",
    "warm_up",
    "with_area_code",
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
_MIN_LOCAL_DIGITS: Final = 4
"""Shorter local numbers are internal extensions (``620``), not subscribers."""
_MAX_AREA_DIGITS: Final = 6


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
    if (e164 := _e164(text, region.upper())) is None:
        raise InvalidNumberError(raw)
    return e164


@lru_cache(maxsize=4096)
def _e164(text: str, region: str) -> str | None:
    """``text`` in E.164, None if it is no possible number (cached: ``phonenumbers``
    takes ~25 us, and one call's number is read by its RING, the SIP phone's
    INVITE, its CONNECT and DISCONNECT, and again on the caller's next call)."""
    try:
        number = phonenumbers.parse(text, region or None)
    except phonenumbers.NumberParseException:
        return None
    if (
        not phonenumbers.is_possible_number(number)
        or len(str(number.national_number)) < _MIN_NATIONAL_DIGITS
    ):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_digits(digits: int, region: str) -> str:
    """A number that a template turned into an integer, in E.164.

    A template whose whole output is ``+4917612345678`` gives the integer
    ``4917612345678``: read as international, without its ``+``. Only a
    number that does not start with the home country code, is no valid
    international number but a valid national one in ``region`` is read as
    national: ``2125551234`` in ``US`` or the mobile ``3331234567`` in
    ``IT`` (national numbers without a leading 0; those with one stay text
    in a template). Raises ``InvalidNumberError`` for a negative number, and
    for digits that are neither.
    """
    if digits <= 0:
        raise InvalidNumberError(str(digits))
    text = str(digits)
    try:
        international: str | None = normalize(f"+{text}", region)
    except InvalidNumberError:
        international = None
    home_code = str(phonenumbers.country_code_for_region(region.upper())) if region else ""
    if international is not None and (
        # "+49..." in Germany, even in a range phonenumbers does not know yet.
        (home_code not in ("", "0") and text.startswith(home_code)) or _valid(international, region)
    ):
        return international
    if _written_nationally(text, region):
        return normalize(text, region)
    if international is None:
        raise InvalidNumberError(text)
    return international


def _written_nationally(text: str, region: str) -> bool:
    """Whether ``text`` is a valid national number written as people at home write it.

    ``2125551234`` in ``US`` is; ``3311111111`` in ``DE`` is not (written
    ``03311 111111``): a German number without its 0 is no national number
    but a foreign one whose ``+`` a template ate.
    """
    if not _valid(text, region):
        return False
    number = phonenumbers.parse(text, region.upper())
    written = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return "".join(ch for ch in written if ch.isdigit()) == text


def _valid(raw: str, region: str) -> bool:
    """Whether ``phonenumbers`` knows the number as assigned (not just of a possible length)."""
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(raw, region.upper() or None))
    except phonenumbers.NumberParseException:
        return False


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


_KINDS: Final = {
    phonenumbers.PhoneNumberType.FIXED_LINE: "fixed_line",
    phonenumbers.PhoneNumberType.MOBILE: "mobile",
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed_line_or_mobile",
    phonenumbers.PhoneNumberType.TOLL_FREE: "toll_free",
    phonenumbers.PhoneNumberType.PREMIUM_RATE: "premium_rate",
    phonenumbers.PhoneNumberType.SHARED_COST: "shared_cost",
    phonenumbers.PhoneNumberType.VOIP: "voip",
    phonenumbers.PhoneNumberType.PERSONAL_NUMBER: "personal_number",
    phonenumbers.PhoneNumberType.PAGER: "pager",
    phonenumbers.PhoneNumberType.UAN: "uan",
    phonenumbers.PhoneNumberType.VOICEMAIL: "voicemail",
}


@lru_cache(maxsize=16384)
def _parsed(e164: str) -> phonenumbers.PhoneNumber | None:
    if not e164.startswith("+"):
        return None
    try:
        return phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return None


@lru_cache(maxsize=16384)
def is_invalid(e164: str) -> bool:
    """Whether an E.164 number cannot exist (``phonenumbers``: not valid in its region).

    Callers' ids are not checked by the network: a number no operator could
    have given out is a spoofed one. Keys that are no E.164 number (an
    internal extension, ``anonymous``) are not "invalid": they are not numbers.
    """
    parsed = _parsed(e164)
    return parsed is not None and not phonenumbers.is_valid_number(parsed)


def number_kind(e164: str) -> str | None:
    """What kind of line a valid E.164 number is (``mobile``, ``premium_rate``, ...), if known."""
    parsed = _parsed(e164)
    if parsed is None or is_invalid(e164):
        return None
    return _KINDS.get(phonenumbers.number_type(parsed))


def is_abroad(e164: str, home_region: str) -> bool:
    """Whether an E.164 number belongs to another country than ``home_region``."""
    if not e164.startswith("+"):
        return False
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return False
    return number.country_code != phonenumbers.country_code_for_region(home_region.upper())


def region_for_country_code(country_code: str) -> str | None:
    """The main region of a country calling code: ``"49"`` -> ``"DE"``, ``"1"`` -> ``"US"``.

    Digits only (a ``+`` is tolerated). None for a code no country has
    (``"999"``), a non-geographic one (``"800"``) or anything that is not
    1 to 3 digits.
    """
    code = country_code.strip().removeprefix("+")
    if not (1 <= len(code) <= 3 and code.isascii() and code.isdigit()) or code[0] == "0":
        return None
    region = phonenumbers.region_code_for_country_code(int(code))
    if region in (phonenumbers.UNKNOWN_REGION, phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY):
        return None
    return str(region)


def with_area_code(number: str, area: str, region: str) -> str:
    """A local subscriber number completed with the home area code, in E.164.

    A FRITZ!Box lists a caller from its own area as the bare subscriber
    number (``1234567`` for 030 1234567 in Berlin); ``normalize`` would read
    that as a national number and get it wrong. With the box's area code
    (``"30"``, as ``Tr064Client.home_codes`` gives it; a leading trunk prefix
    is tolerated) and home region (``"DE"``) this returns ``"+49301234567"``.

    It does nothing (returns ``number`` unchanged) unless ``number`` is only
    digits, at least 4 of them, and does not start with ``0`` (a national
    ``030...``, a mobile ``0171...``, an international ``0044...``) — so also
    for ``+44...``, ``**610``, ``anonymous`` — and unless ``area`` is 1 to 6
    digits and the completed number is a valid number of ``region``.
    """
    local = number.strip()
    code = area.strip()
    if not (
        len(local) >= _MIN_LOCAL_DIGITS
        and local.isascii()
        and local.isdigit()
        and not local.startswith("0")
        and 1 <= len(code) <= _MAX_AREA_DIGITS
        and code.isascii()
        and code.isdigit()
    ):
        return number
    metadata = PhoneMetadata.metadata_for_region(region.upper())
    if metadata is None:
        return number
    trunk = str(metadata.national_prefix or "")
    if trunk and code.startswith(trunk):
        code = code[len(trunk) :]
    try:
        parsed = phonenumbers.parse(f"{trunk}{code}{local}", region.upper())
    except phonenumbers.NumberParseException:
        return number
    if not phonenumbers.is_valid_number(parsed):
        return number
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
