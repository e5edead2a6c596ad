"""Notes people write on callers and calls: checked, bounded, never silently changed."""

from __future__ import annotations

from typing import Final

from .exceptions import InvalidNoteError, NoteProblem
from .text import is_invisible

__all__ = ["MAX_NOTE_LENGTH", "clean_note"]

MAX_NOTE_LENGTH: Final = 500
"""Characters a note on a caller or a call may have (``clean_note``)."""
_NOTE_JOINERS: Final = frozenset("\u200c\u200d")
"""Zero-width (non-)joiners: format characters, but part of emoji and of scripts' words."""
_NOTE_BREAKS: Final = str.maketrans(dict.fromkeys("\r\u2028\u2029\x85", "\n"))
"""Line breaks of other systems, as the one line break a note keeps."""


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
        if ch != "\n" and ch not in _NOTE_JOINERS and is_invisible(ch):
            raise InvalidNoteError(NoteProblem.INVALID_CHARACTER, f"U+{ord(ch):04X}")
    return value
