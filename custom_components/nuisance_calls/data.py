"""Domain-wide state: the personal list, the call register and line counters.

Flags and lists apply to every line, so this lives once per HA instance (in
``hass.data``), not per config entry. Everything is persisted with HA's
``Store``; writes are coalesced and flushed when HA stops.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.storage import Store
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN, SAVE_DELAY, STORAGE_KEY_LIST, STORAGE_KEY_REGISTER, STORAGE_VERSION
from .lib.classifier import PersonalList
from .lib.counters import LineCounters
from .lib.matcher import EMPTY_INDEX, CombinedIndex, MatchIndex
from .lib.register import Register

if TYPE_CHECKING:
    from .tellows import TellowsProvider

DATA_KEY: HassKey[NuisanceData] = HassKey(DOMAIN)


class NuisanceData:
    """The personal list, register and counters, loaded and saved together."""

    def __init__(self, hass: HomeAssistant) -> None:
        self.hass = hass
        self.personal = PersonalList()
        self.register = Register()
        self.lines: dict[str, LineCounters] = {}
        self._list_store: Store[dict[str, Any]] = Store(
            hass, STORAGE_VERSION, STORAGE_KEY_LIST, private=True
        )
        self._register_store: Store[dict[str, Any]] = Store(
            hass, STORAGE_VERSION, STORAGE_KEY_REGISTER, private=True
        )
        self._listeners: list[Callable[[set[str]], None]] = []
        self._tally_listeners: list[Callable[[set[str]], None]] = []
        self.reputation: TellowsProvider | None = None
        """The online reputation provider, while its config entry is loaded."""
        self.index: CombinedIndex = EMPTY_INDEX
        """Every list's index behind one lookup; replaced whole, never mutated."""
        self._list_indexes: dict[str, MatchIndex] = {}

    async def async_load(self) -> None:
        """Load what was stored (nothing stored is an empty start)."""
        self.personal = PersonalList.from_dict(await self._list_store.async_load())
        stored = await self._register_store.async_load() or {}
        self.register = Register.from_dict(stored)
        self.lines = {
            entry_id: LineCounters.from_dict(counters)
            for entry_id, counters in (stored.get("lines") or {}).items()
        }

    @callback
    def async_set_list(self, source_id: str, index: MatchIndex | None) -> None:
        """Put one list's (already built) index in force; None removes the list.

        Each list's index is built in an executor by its owner; here only the
        combined view is swapped, so the event loop never does per-entry work.
        """
        if index is None:
            if self._list_indexes.pop(source_id, None) is None:
                return
        else:
            self._list_indexes[source_id] = index
        self.index = CombinedIndex(self._list_indexes.values())
        self.async_changed(set())

    def counters(self, entry_id: str) -> LineCounters:
        """The counters of one line (created on first use)."""
        return self.lines.setdefault(entry_id, LineCounters())

    @callback
    def async_remove_line(self, entry_id: str) -> None:
        """Forget a removed line's counters."""
        if self.lines.pop(entry_id, None) is not None:
            self.async_save_register()

    @callback
    def async_save_list(self) -> None:
        """Schedule a write of the personal list."""
        self._list_store.async_delay_save(self.personal.as_dict, SAVE_DELAY)

    @callback
    def async_save_register(self) -> None:
        """Schedule a write of the register and counters."""
        self._register_store.async_delay_save(self._register_data, SAVE_DELAY)

    def _register_data(self) -> dict[str, Any]:
        data = self.register.as_dict()
        data["lines"] = {entry_id: c.as_dict() for entry_id, c in self.lines.items()}
        return data

    @callback
    def async_listen(self, listener: Callable[[set[str]], None]) -> CALLBACK_TYPE:
        """Call ``listener`` with the numbers whose verdict may have changed.

        An empty set means a whole list changed: any number may be affected.
        """
        return _add(self._listeners, listener)

    @callback
    def async_listen_tally(self, listener: Callable[[set[str]], None]) -> CALLBACK_TYPE:
        """Call ``listener`` with the numbers whose tally changed."""
        return _add(self._tally_listeners, listener)

    @callback
    def async_changed(self, numbers: set[str]) -> None:
        """Tell listeners that the verdict on these numbers may have changed."""
        for listener in list(self._listeners):
            listener(numbers)

    @callback
    def async_tally_changed(self, numbers: set[str]) -> None:
        """Tell listeners that these callers' tallies changed."""
        for listener in list(self._tally_listeners):
            listener(numbers)


def _add(
    listeners: list[Callable[[set[str]], None]], listener: Callable[[set[str]], None]
) -> CALLBACK_TYPE:
    listeners.append(listener)

    @callback
    def remove() -> None:
        listeners.remove(listener)

    return remove
