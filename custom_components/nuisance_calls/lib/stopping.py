"""What the SIP phone does with a call: the household's policy, without SIP or HA.

A caller judged a nuisance is stopped: hung up on at once, or told "no"
politely first; or the phone lets it ring (the ringer mute still applies).
The action can differ by tag (a scam is hung up on, a charity hears the
polite no). Everyone else is never answered.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from .classifier import Verdict
from .text import clean_tag

__all__ = [
    "DEFAULT_ANNOUNCEMENTS",
    "StopAction",
    "StopPolicy",
    "announcement_text",
    "confirmation_text",
]


class StopAction(StrEnum):
    """What the phone does with a nuisance call."""

    HANG_UP = "hang_up"
    POLITE_NO = "polite_no"
    RING = "ring"
    """Do not answer: the household's phones ring as ever."""


_STRICTNESS: Final = {StopAction.HANG_UP: 2, StopAction.POLITE_NO: 1, StopAction.RING: 0}

DEFAULT_ANNOUNCEMENTS: Final[Mapping[str, str]] = {
    "en": (
        "This household does not accept sales calls. Please remove this number"
        " from your list. Thank you, goodbye."
    ),
    "de": (
        "Dieser Haushalt nimmt keine Werbeanrufe an. Bitte streichen Sie diese"
        " Nummer aus Ihrer Liste. Vielen Dank, auf Wiederhören."
    ),
    "it": (
        "Questa casa non accetta chiamate commerciali. La preghiamo di cancellare"
        " questo numero dalla sua lista. Grazie, arrivederci."
    ),
}


_FLAGGED: Final[Mapping[str, tuple[str, str]]] = {
    "en": ("Flagged: {name}. Goodbye.", "There was no caller to flag. Goodbye."),
    "de": (
        "Markiert: {name}. Auf Wiederhören.",
        "Es gab keinen Anrufer zum Markieren. Auf Wiederhören.",
    ),
    "it": (
        "Segnalato: {name}. Arrivederci.",
        "Non c'è nessun chiamante da segnalare. Arrivederci.",
    ),
}


def _base_language(language: str) -> str:
    return language.lower().replace("_", "-").split("-")[0]


def announcement_text(language: str, text: str | None = None) -> str:
    """The polite no: the user's text, else the default in ``language`` (else English)."""
    if text and text.strip():
        return text.strip()
    return DEFAULT_ANNOUNCEMENTS.get(_base_language(language), DEFAULT_ANNOUNCEMENTS["en"])


def confirmation_text(language: str, name: str | None) -> str:
    """What the phone says after a flag from a handset (``name`` None: nobody to flag)."""
    flagged, nobody = _FLAGGED.get(_base_language(language), _FLAGGED["en"])
    return nobody if name is None else flagged.format(name=name)


@dataclass(frozen=True, slots=True)
class StopPolicy:
    """The action for nuisance calls, and per tag where it differs."""

    action: StopAction = StopAction.HANG_UP
    by_tag: Mapping[str, StopAction] = field(default_factory=dict)

    @classmethod
    def from_tags(
        cls,
        action: StopAction,
        *,
        hang_up: Iterable[str] = (),
        polite_no: Iterable[str] = (),
        ring: Iterable[str] = (),
    ) -> StopPolicy:
        """A policy from three tag lists (a tag in several: the strictest action)."""
        by_tag: dict[str, StopAction] = {}
        for tags, tag_action in (
            (ring, StopAction.RING),
            (polite_no, StopAction.POLITE_NO),
            (hang_up, StopAction.HANG_UP),
        ):
            for tag in tags:
                if cleaned := clean_tag(tag):
                    by_tag[cleaned] = tag_action
        return cls(action, by_tag)

    def action_for(self, verdict: Verdict) -> StopAction:
        """What to do with a call of this verdict.

        Not a nuisance: ring. Otherwise the strictest action any of the
        verdict's tags names, else the policy's own action.
        """
        if not verdict.is_nuisance:
            return StopAction.RING
        named = [self.by_tag[tag] for tag in verdict.tags if tag in self.by_tag]
        if not named:
            return self.action
        return max(named, key=_STRICTNESS.__getitem__)
