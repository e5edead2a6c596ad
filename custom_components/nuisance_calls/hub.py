"""One hub per line (config entry): source -> classifier -> register -> entities.

The hub receives ``CallEvent``s from its source, tracks the calls, asks the
classifier for a verdict, counts the call in the register, fires the bus
event and tells its entities. It holds no I/O of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
import logging
from typing import TYPE_CHECKING, Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import CONF_HOST, CONF_PORT
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.device_registry import DeviceInfo
from homeassistant.helpers.event import async_track_time_change
from homeassistant.util import dt as dt_util

from .barring import BarringSync
from .const import (
    CONF_ABROAD_IS_NUISANCE,
    CONF_REGION,
    CONF_REPEAT_CALLS,
    CONF_REPEAT_DAYS,
    CONF_SOURCE,
    CONF_WITHHELD_IS_NUISANCE,
    DEFAULT_REGION,
    DEFAULT_REPEAT_CALLS,
    DEFAULT_REPEAT_DAYS,
    DOMAIN,
    EVENT_CALL,
    SOURCE_FRITZBOX,
    SOURCE_WEBHOOK,
)
from .data import NuisanceData
from .lib.callmonitor import CallMonitorClient
from .lib.calls import ActiveCall, CallEventType, CallTracker, Direction
from .lib.classifier import ClassifierOptions, Verdict, VerdictKind, classify
from .lib.counters import LineCounters
from .lib.models import CallEvent
from .lib.numbers import format_number, normalize_caller
from .lib.register import CallerTally, CallRecord
from .lib.reputation import Reputation
from .lib.stats import most_frequent_nuisance
from .ringer import RingerMute
from .tellows import TellowsProvider

if TYPE_CHECKING:
    from .phonebook import PhonebookSync

_LOGGER = logging.getLogger(__name__)

RECONNECT_INITIAL_BACKOFF = 1.0
RECONNECT_MAX_BACKOFF = 300.0

type NuisanceConfigEntry = ConfigEntry[NuisanceHub]


def entry_region(hass: HomeAssistant, entry: ConfigEntry) -> str:
    """The home region of a line: its option, else HA's country."""
    region = entry.options.get(CONF_REGION) or hass.config.country or DEFAULT_REGION
    return str(region).upper()


@dataclass(frozen=True, slots=True)
class CallInfo:
    """A call as the entities and events show it."""

    call: ActiveCall
    verdict: Verdict
    tally: CallerTally | None
    time: datetime


class NuisanceHub:
    """The state of one line and the flow of its calls."""

    def __init__(self, hass: HomeAssistant, entry: ConfigEntry, data: NuisanceData) -> None:
        self.hass = hass
        self.entry = entry
        self.data = data
        self.region = entry_region(hass, entry)
        options = entry.options
        self.options = ClassifierOptions(
            withheld_is_nuisance=bool(options.get(CONF_WITHHELD_IS_NUISANCE, False)),
            abroad_is_nuisance=bool(options.get(CONF_ABROAD_IS_NUISANCE, False)),
            home_region=self.region,
            repeat_calls=int(options.get(CONF_REPEAT_CALLS, DEFAULT_REPEAT_CALLS)),
            repeat_days=int(options.get(CONF_REPEAT_DAYS, DEFAULT_REPEAT_DAYS)),
        )
        self.tracker = CallTracker(lambda raw: normalize_caller(raw, self.region))
        self.connected = False
        self.phonebook: PhonebookSync | None = None
        self.mute_enabled = True
        """Mirrors ``switch.<line>_mute_ringer``."""
        self.ringer = RingerMute(hass, entry)
        self.barring = BarringSync(hass, self)
        self._top: tuple[CallerTally, Verdict] | None = None
        self._top_valid = False
        self.last_call: CallInfo | None = None
        self.active: dict[str, CallInfo] = {}
        self._state_listeners: list[Callable[[], None]] = []
        self._connection_listeners: list[Callable[[], None]] = []
        self._event_listeners: list[Callable[[CallEventType, dict[str, Any]], None]] = []
        self._pending_events: list[tuple[CallEventType, dict[str, Any]]] = []
        self._handling = False
        """True while a source event is processed (it notifies once, at its end)."""
        self.source: str = entry.data.get(CONF_SOURCE, SOURCE_FRITZBOX)
        self.client: CallMonitorClient | None = None
        """The FRITZ!Box call monitor (other sources feed ``handle_event`` themselves)."""
        if self.source == SOURCE_FRITZBOX:
            self.client = CallMonitorClient(
                entry.data[CONF_HOST],
                entry.data[CONF_PORT],
                self.handle_event,
                self.set_connected,
                initial_backoff=RECONNECT_INITIAL_BACKOFF,
                max_backoff=RECONNECT_MAX_BACKOFF,
            )

    @property
    def device_info(self) -> DeviceInfo:
        """The line as an HA device."""
        if self.source == SOURCE_FRITZBOX:
            return DeviceInfo(
                identifiers={(DOMAIN, self.entry.entry_id)},
                name=self.entry.title,
                manufacturer="AVM",
                model="FRITZ!Box call monitor",
                configuration_url=f"http://{self.entry.data[CONF_HOST]}",
            )
        return DeviceInfo(
            identifiers={(DOMAIN, self.entry.entry_id)},
            name=self.entry.title,
            manufacturer="Nuisance Calls",
            model="Webhook" if self.source == SOURCE_WEBHOOK else "Phone entity",
        )

    @property
    def counters(self) -> LineCounters:
        """This line's call counters."""
        return self.data.counters(self.entry.entry_id)

    @property
    def nuisance_active(self) -> bool:
        """Whether a flagged call rings or is connected right now."""
        return any(info.verdict.is_nuisance for info in self.active.values())

    @callback
    def async_start(self) -> None:
        """Start the call monitor and the midnight refresh (both end with the entry)."""
        if self.client is not None:
            self.entry.async_create_background_task(
                self.hass, self.client.run(), f"{DOMAIN} call monitor {self.entry.title}"
            )
        self.entry.async_on_unload(
            async_track_time_change(self.hass, self._midnight, hour=0, minute=0, second=0)
        )
        self.entry.async_on_unload(self.data.async_listen(self._lists_changed))
        self.entry.async_on_unload(self.data.async_listen_tally(self._tally_changed))

    @property
    def most_frequent_nuisance(self) -> tuple[CallerTally, Verdict] | None:
        """The flagged caller with the most calls (over all lines), and its verdict."""
        if not self._top_valid:
            self._top = most_frequent_nuisance(
                (tally, self.classify(tally.number)) for tally in self.data.register
            )
            self._top_valid = True
        return self._top

    def _consider_for_top(self, numbers: set[str]) -> bool:
        """Keep the most frequent nuisance caller current without judging everyone again.

        Counts only grow, so only the changed callers can overtake the top;
        a top caller that was reset or is no longer flagged needs a full look.
        """
        if not self._top_valid:
            return True
        before = self._top
        candidates = [
            (tally, self.classify(number))
            for number in numbers
            if (tally := self.data.register.get(number)) is not None
        ]
        top = self._top
        if top is not None and top[0].number in numbers:
            now = next((c for c in candidates if c[0].number == top[0].number), None)
            if now is None or now[0] is not top[0] or not now[1].is_nuisance:
                self._top_valid = False
                return True
            top = now
        self._top = most_frequent_nuisance([top, *candidates] if top else candidates)
        return self._top != before

    @callback
    def _tally_changed(self, numbers: set[str]) -> None:
        """Show a caller's current tally (e.g. after reset_caller)."""
        changed = self._consider_for_top(numbers)
        info = self.last_call
        if info is not None and info.call.number in numbers:
            tally = self.data.register.get(info.call.number)
            if tally is not info.tally:
                self.last_call = CallInfo(info.call, info.verdict, tally, info.time)
                changed = True
        if changed and not self._handling:
            self._notify()

    @callback
    def _midnight(self, _now: datetime) -> None:
        self._top_valid = False  # the repeat rule's window moved on
        self._notify()

    @callback
    def _lists_changed(self, numbers: set[str]) -> None:
        """Re-classify active calls and the last caller whose entry changed."""
        changed = False
        everyone = not numbers  # a list was replaced: anyone may be affected
        if everyone:
            self._top_valid = False
            changed = True
        else:
            changed = self._consider_for_top(numbers)
        for call_id, info in list(self.active.items()):
            if everyone or info.call.number in numbers:
                refreshed = self.active[call_id] = self._refresh(info)
                self._judged(info, refreshed)
                changed = True
        if self.last_call and (everyone or self.last_call.call.number in numbers):
            self.last_call = self._refresh(self.last_call)
            changed = True
        if changed:
            self._notify()

    def _refresh(self, info: CallInfo) -> CallInfo:
        number = info.call.number
        return CallInfo(info.call, self.classify(number), self.data.register.get(number), info.time)

    def classify(self, number: str, reputation: Reputation | None = None) -> Verdict:
        """The verdict on a number for this line, now (cached reputation only, no I/O)."""
        provider = self.data.reputation
        if reputation is None and provider is not None:
            reputation = provider.cached(number)[1]
        return classify(
            number,
            self.data.personal,
            self._options_with(provider),
            self.data.index,
            tally=self.data.register.get(number),
            now=dt_util.now(),
            reputation=reputation,
        )

    def _options_with(self, provider: TellowsProvider | None) -> ClassifierOptions:
        if provider is None or provider.threshold == self.options.reputation_threshold:
            return self.options
        return replace(self.options, reputation_threshold=provider.threshold)

    def _maybe_look_up(self, info: CallInfo) -> None:
        """Ask the reputation service about an unknown caller, in the background."""
        provider = self.data.reputation
        number = info.call.number
        if (
            provider is None
            or info.verdict.verdict is not VerdictKind.UNKNOWN
            or not number.startswith("+")
            or provider.cached(number)[0]
        ):
            return
        self.entry.async_create_background_task(
            self.hass,
            self._look_up(provider, info.call.call_id, number),
            f"{DOMAIN} reputation look-up",
        )

    async def _look_up(self, provider: TellowsProvider, call_id: str, number: str) -> None:
        reputation = await provider.async_lookup(number)
        info = self.active.get(call_id)
        if reputation is None or info is None:
            return  # no answer in time, or the call is over
        verdict = self.classify(number, reputation)
        judged = CallInfo(info.call, verdict, self.data.register.get(number), info.time)
        self.active[call_id] = judged
        if self.last_call and self.last_call.call.call_id == call_id:
            self.last_call = judged
        self._judged(info, judged)
        self._notify()

    def _judged(self, before: CallInfo, after: CallInfo) -> None:
        """An active call got a new verdict (a list changed, a look-up answered).

        The call's record takes the new verdict; a call that turned out to be
        a nuisance is counted as one and, while it still rings, gets its
        ``nuisance_call`` event (and so the mute) late rather than never.
        """
        call = after.call
        if call.direction is not Direction.INCOMING or after.verdict == before.verdict:
            return
        if after.tally is not None and (record := after.tally.record(call.call_id)):
            _stamp(record, after.verdict)
            after.tally.changed()
        if after.verdict.is_nuisance and not before.verdict.is_nuisance:
            self.counters.count_upgrade(after.time.date())
            if not call.answered:
                self._fire(CallEventType.NUISANCE_CALL, after)
        self.data.async_save_register()

    @callback
    def set_connected(self, connected: bool) -> None:
        """The source's connection came up or went down."""
        self.connected = connected
        if not connected and self.tracker.active:
            # The box does not replay what happened while we were away.
            _LOGGER.debug("Dropping %s active calls after disconnect", len(self.tracker.active))
            self.tracker.clear()
            self.active.clear()
        for listener in list(self._connection_listeners):
            listener()
        self._notify()

    @callback
    def handle_event(self, event: CallEvent) -> None:
        """Process one event from the source."""
        now = dt_util.now()
        self._handling = True
        try:
            self._handle(event, now)
        finally:
            self._handling = False
        self._notify()

    def _handle(self, event: CallEvent, now: datetime) -> None:
        for event_type, call in self.tracker.handle(event):
            match event_type:
                case CallEventType.INCOMING_CALL | CallEventType.OUTGOING_CALL:
                    info = self._start(call, now)
                case _:
                    info = self.active.get(call.call_id) or CallInfo(
                        call, self.classify(call.number), None, now
                    )
                    info = self._progress(event_type, info)
            self._fire(event_type, info)
            if event_type is CallEventType.INCOMING_CALL and info.verdict.is_nuisance:
                self._fire(CallEventType.NUISANCE_CALL, info)

    def _start(self, call: ActiveCall, now: datetime) -> CallInfo:
        tally: CallerTally | None = None
        if call.direction is Direction.INCOMING:
            # Recorded before it is judged: the repeat rule counts this call.
            tally = self.data.register.record_ring(
                call.number, call.call_id, now, call.line, entry_id=self.entry.entry_id
            )
        verdict = self.classify(call.number)
        if tally is not None:
            _stamp(tally.history[-1], verdict)
            tally.changed()
            self.counters.count(now.date(), nuisance=verdict.is_nuisance)
            self.data.async_save_register()
        info = CallInfo(call, verdict, tally, now)
        self.active[call.call_id] = info
        if call.direction is Direction.INCOMING:
            self.last_call = info
            self.data.async_tally_changed({call.number})
            self._maybe_look_up(info)
        return info

    def _progress(self, event_type: CallEventType, info: CallInfo) -> CallInfo:
        call = info.call
        if event_type is CallEventType.CALL_ENDED:
            self.active.pop(call.call_id, None)
            if call.direction is Direction.INCOMING and call.answered:
                self._record_end(call, answered=True)
        elif event_type is CallEventType.CALL_MISSED:
            self._record_end(call, answered=False)
        tally = self.data.register.get(call.number) if info.tally is not None else None
        return CallInfo(call, info.verdict, tally, info.time)

    def _record_end(self, call: ActiveCall, *, answered: bool) -> None:
        self.data.register.record_end(
            call.number, call.call_id, answered=answered, duration=call.duration
        )
        self.data.async_save_register()
        self.data.async_tally_changed({call.number})

    def event_data(self, event_type: CallEventType, info: CallInfo) -> dict[str, Any]:
        """The data of a call event (entity attributes and bus event)."""
        call = info.call
        return {
            "number": call.number,
            "raw_number": call.raw_number,
            "formatted_number": format_number(call.number, self.region),
            **info.verdict.as_dict(),
            "call_id": call.call_id,
            "line": call.line,
            "callee": call.callee,
            "direction": call.direction.value,
            "count": info.tally.count if info.tally else 0,
            "duration": call.duration if event_type is CallEventType.CALL_ENDED else None,
        }

    def _fire(self, event_type: CallEventType, info: CallInfo) -> None:
        """Queue a call event; ``_notify`` sends it once the line's states are written."""
        self._pending_events.append((event_type, self.event_data(event_type, info)))

    def _notify(self) -> None:
        """Write the line's states, then send the queued call events.

        In this order, an automation triggered by an event sees the binary
        sensor, counters and last caller as they are after that event.
        """
        self._update_ringer()
        for listener in list(self._state_listeners):
            listener()
        while self._pending_events:
            event_type, data = self._pending_events.pop(0)
            for event_listener in list(self._event_listeners):
                event_listener(event_type, data)
            self.hass.bus.async_fire(
                EVENT_CALL,
                {"event_type": event_type.value, "entry_id": self.entry.entry_id, **data},
            )

    def _update_ringer(self) -> None:
        """Hold the ringer muted while a flagged incoming call rings."""
        ringing = {
            call_id: {
                "number": info.call.number,
                "label": info.verdict.label,
                "call_id": call_id,
                "line": self.entry.title,
                "entry_id": self.entry.entry_id,
            }
            for call_id, info in self.active.items()
            if info.verdict.is_nuisance
            and info.call.direction is Direction.INCOMING
            and not info.call.answered
        }
        self.ringer.async_update(ringing, enabled=self.mute_enabled)

    @callback
    def async_set_mute_enabled(self, enabled: bool) -> None:
        """``switch.<line>_mute_ringer`` was turned on or off."""
        self.mute_enabled = enabled
        self._update_ringer()

    @callback
    def async_listen_state(self, listener: Callable[[], None]) -> CALLBACK_TYPE:
        """Call ``listener`` whenever the line's state changes."""
        self._state_listeners.append(listener)
        return lambda: self._state_listeners.remove(listener)

    @callback
    def async_listen_connection(self, listener: Callable[[], None]) -> CALLBACK_TYPE:
        """Call ``listener`` when the source connects or disconnects."""
        self._connection_listeners.append(listener)
        return lambda: self._connection_listeners.remove(listener)

    @callback
    def async_listen_events(
        self, listener: Callable[[CallEventType, dict[str, Any]], None]
    ) -> CALLBACK_TYPE:
        """Call ``listener`` with every call event of this line."""
        self._event_listeners.append(listener)
        return lambda: self._event_listeners.remove(listener)

    def format(self, number: str) -> str:
        """A number formatted for people in this line's region."""
        return format_number(number, self.region)


def _stamp(record: CallRecord, verdict: Verdict) -> None:
    """Keep the verdict a call had with its record (for the history and exports)."""
    record.verdict = verdict.verdict.value
    record.label = verdict.label or ""
    record.tags = verdict.tags
