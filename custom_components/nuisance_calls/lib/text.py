"""Sanitising text that comes from users and lists before it is stored."""

from __future__ import annotations

from typing import Final
import unicodedata

from .exceptions import InvalidNoteError, NoteProblem

__all__ = [
    "FLAG_TAGS",
    "KNOWN_TAGS",
    "MAX_FIELD_LENGTH",
    "MAX_LABEL_LENGTH",
    "MAX_NOTE_LENGTH",
    "MAX_TAG_LENGTH",
    "clean_label",
    "clean_note",
    "clean_tag",
    "clean_text",
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


MAX_NOTE_LENGTH: Final = 500
"""Characters a note on a caller or a call may have (``clean_note``)."""
_NOTE_JOINERS: Final = frozenset("\u200c\u200d")
"""Zero-width (non-)joiners: format characters, but part of emoji and of scripts' words."""
_NOTE_BREAKS: Final = str.maketrans(dict.fromkeys("\r\u2028\u2029\x85", "\n"))
"""Line breaks of other systems, as the one line break a note keeps."""

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
    kept = "".join(ch if ch.isprintable() else " " for ch in value if not _is_invisible(ch))
    return " ".join(kept.split())[:limit]


def _is_invisible(ch: str) -> bool:
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


def clean_note(text: str) -> str:
    """A person's note as stored: checked, never silently changed in what it says.

    Line breaks are kept (``\\r\\n``, ``\\r`` and Unicode's become ``\\n``), a tab is a
    space, the ends are stripped; an empty result means "no note". Raises
    ``InvalidNoteError`` for more than ``MAX_NOTE_LENGTH`` characters, or for
    a character no note may hold: other control characters, bidi overrides
    and other format characters (they make a note show something else than
    it says), lone surrogates, private-use and unassigned code points.
    """
    value = text.replace("\r\n", "\n").replace("\t", " ").translate(_NOTE_BREAKS).strip()
    if len(value) > MAX_NOTE_LENGTH:
        raise InvalidNoteError(NoteProblem.TOO_LONG, str(len(value)))
    for ch in value:
        if ch != "\n" and ch not in _NOTE_JOINERS and _is_invisible(ch):
            raise InvalidNoteError(NoteProblem.INVALID_CHARACTER, f"U+{ord(ch):04X}")
    return value
