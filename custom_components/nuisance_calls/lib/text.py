"""Sanitising text that comes from users and lists before it is stored."""

from __future__ import annotations

from typing import Final
import unicodedata

__all__ = [
    "FLAG_TAGS",
    "KNOWN_TAGS",
    "MAX_FIELD_LENGTH",
    "MAX_LABEL_LENGTH",
    "MAX_TAG_LENGTH",
    "clean_label",
    "clean_tag",
    "clean_text",
    "is_invisible",
]


MAX_LABEL_LENGTH: Final = 120
MAX_TAG_LENGTH: Final = 32

FLAG_TAGS: Final = ("nuisance", "telemarketing", "scam", "robocall", "charity", "survey")
"""The tags a person picks from when flagging a caller (the card, ``flag_number``)."""
KNOWN_TAGS: Final = (
    "nuisance",
    "telemarketing",
    "scam",
    "robocall",
    "charity",
    "survey",
    "repeat",
    "withheld",
    "abroad",
    "invalid",
)


MAX_FIELD_LENGTH: Final = 64
"""Characters kept of a number, line name or call id a source reports."""


def clean_text(text: object, limit: int = MAX_FIELD_LENGTH) -> str:
    """Text from outside, safe to store, show, log and send as JSON.

    Only printable characters are kept: control and format characters, lone
    surrogates (``"\\ud800"`` is valid JSON but no valid Unicode, and breaks
    HA's state API once it is in a state) and unassigned code points go;
    other spaces (no-break, line separators) become one plain space; at most
    ``limit`` characters remain, stripped.
    """
    value = str(text)[: limit * 4]
    kept = "".join(ch if ch.isprintable() else " " for ch in value if not is_invisible(ch))
    return " ".join(kept.split())[:limit]


def is_invisible(ch: str) -> bool:
    """Control, format, surrogate, private and unassigned characters (dropped, not spaced)."""
    return unicodedata.category(ch).startswith("C")


def clean_label(text: str | None) -> str:
    """A label safe to store and show: no control characters, bounded length.

    HTML is not stripped here - it is kept as the text it is and every
    consumer renders it as text - but line breaks, bidi overrides and other
    invisible characters that could fake what a label says are removed.
    """
    if not text:
        return ""
    kept = "".join(
        " " if ch in "\t\r\n" else ch
        for ch in str(text)[: MAX_LABEL_LENGTH * 4]
        if ch in "\t\r\n" or not unicodedata.category(ch).startswith("C")
    )
    return " ".join(kept.split())[:MAX_LABEL_LENGTH]


def clean_tag(text: str | None) -> str:
    """A tag as stored: lower case, words joined by ``_``, bounded length."""
    label = clean_label(text).lower()
    return "_".join(label.split())[:MAX_TAG_LENGTH]
