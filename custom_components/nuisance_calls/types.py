"""The kinds of config entries and their typed runtime data.

Every config entry of this integration is one of three kinds, told apart by
``entry.data["source"]``, and each kind has exactly one runtime type:

- a **line** (a FRITZ!Box, an HA entity or a webhook): ``Line``;
- a **shared list** subscription: ``ListSubscription``;
- the **tellows** reputation provider: ``TellowsProvider``;
- **PhoneBlock** (its blocklist, look-ups and reports): ``PhoneBlockProvider``.

``entry_kind`` is the one place that reads the kind; everything after it is
typed with the aliases below, so mypy catches a wrong kind.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from homeassistant.config_entries import ConfigEntry

from . import const

if TYPE_CHECKING:
    from .line import Line
    from .lists import ListSubscription
    from .phoneblock import PhoneBlockProvider
    from .tellows import TellowsProvider


class EntryKind(StrEnum):
    """What a config entry stands for."""

    LINE = "line"
    SHARED_LIST = "shared_list"
    TELLOWS = "tellows"
    PHONEBLOCK = "phoneblock"


def entry_kind(entry: ConfigEntry) -> EntryKind:
    """The kind of a config entry (lines are every source that is not a list or provider)."""
    match entry.data.get(const.CONF_SOURCE, const.SOURCE_FRITZBOX):
        case const.SOURCE_LIST:
            return EntryKind.SHARED_LIST
        case const.SOURCE_TELLOWS:
            return EntryKind.TELLOWS
        case const.SOURCE_PHONEBLOCK:
            return EntryKind.PHONEBLOCK
        case _:
            return EntryKind.LINE


type LineConfigEntry = ConfigEntry[Line]
type ListConfigEntry = ConfigEntry[ListSubscription]
type TellowsConfigEntry = ConfigEntry[TellowsProvider]
type PhoneBlockConfigEntry = ConfigEntry[PhoneBlockProvider]
