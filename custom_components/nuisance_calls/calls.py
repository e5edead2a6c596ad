"""The calls of one line: tracked, judged, counted, and told to the entities.

``LineCalls`` is the sink of the line's call source (``handle_event``,
``set_connected``). It follows each call through its lifecycle, has the
household count and judge it, and tells the line's entities (dispatcher
signals) first what the line looks like now and then which call events
happened, so an automation triggered by an event sees the states as they
are after it. It owns no I/O: the source feeds it, the ringer is told which
flagged calls ring.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass
from datetime import datetime
import logging
from typing import Any, Final

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect, async_dispatcher_send
from homeassistant.helpers.event import async_call_later
from homeassistant.util import dt as dt_util
from homeassistant.util.signal_type import SignalType

from .const import DOMAIN, EVENT_CALL
from .group import GROUP
from .hints import number_hint
from .household import SIGNAL_CHANGED, Household, HouseholdChange, JudgedCaller
from .lib.calls import ActiveCall, CallEventType, CallTracker, Direction, StopKind
from .lib.classifier import ClassifierOptions, Verdict, VerdictKind
from .lib.counters import LineCounters
from .lib.models import CallEvent, CallEventKind
from .lib.numbers import format_number, normalize_caller, with_area_code

_LOGGER = logging.getLogger(__name__)


def signal_state(entry_id: str) -> SignalType[()]:
    """Sent when a line's states (calls, counters, last caller) may have changed."""
    return SignalType(f"{DOMAIN}_{entry_id}_state")


def signal_connection(entry_id: str) -> SignalType[()]:
    """Sent when a line's source connects or disconnects."""
    return SignalType(f"{DOMAIN}_{entry_id}_connection")


def signal_call_event(entry_id: str) -> SignalType[CallEventType, dict[str, Any]]:
    """Sent with every call event of a line (after its states were written)."""
    return SignalType(f"{DOMAIN}_{entry_id}_call_event")


@dataclass(frozen=True, slots=True)
class RingingCall:
    """A flagged call that rings now (what the ringer's script is told)."""

    call_id: str
    number: str
    label: str | None
    line: str
    entry_id: str

    def as_dict(self) -> dict[str, Any]:
        """The script's variables."""
        return {
            "number": self.number,
            "label": self.label,
            "call_id": self.call_id,
            "line": self.line,
            "entry_id": self.entry_id,
        }


RING_TIMEOUT: Final = 300.0
"""Seconds a call may ring or be dialled before it is taken as over (a lost hang-up)."""
CALL_TIMEOUT: Final = 4 * 3600.0
"""Seconds an answered call may last before it is taken as over."""

type RingingSink = Callable[[Mapping[str, RingingCall]], None]
type TaskSpawner = Callable[[Coroutine[Any, Any, Any]], object]


class LineCalls:
    """The state of one line and the flow of its calls."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry_id: str,
        title: str,
        household: Household,
        rules: ClassifierOptions,
        *,
        on_ringing: RingingSink,
        spawn: TaskSpawner,
    ) -> None:
        self.hass = hass
        self.entry_id = entry_id
        self.title = title
        self.household = household
        self.rules = rules
        self.region = rules.home_region
        self._on_ringing = on_ringing
        self._spawn = spawn
        self.area_code = ""
        """The box's own area code: callers from its area come without it (``1234567``)."""
        self.tracker = CallTracker(self.normalize, dt_util.utcnow)
        self.connected = False
        self.last_call: ActiveCall | None = None
        """The last incoming call (kept after it ended)."""
        self._pending_events: list[tuple[CallEventType, dict[str, Any]]] = []
        self._pending_changes: list[HouseholdChange] = []
        self._handling = False
        """True while a source event is processed (it notifies once, at its end)."""
        self._signal_state = signal_state(entry_id)
        self._signal_event = signal_call_event(entry_id)
        self._expiry: dict[str, CALLBACK_TYPE] = {}
        """Calls on the line and when they are taken as over without a hang-up."""

    @callback
    def async_start(self) -> Callable[[], None]:
        """Follow the household's changes; returns the function that stops it all."""
        unsubscribe = async_dispatcher_connect(self.hass, SIGNAL_CHANGED, self._household_changed)

        @callback
        def stop() -> None:
            unsubscribe()
            for cancel in self._expiry.values():
                cancel()
            self._expiry.clear()

        return stop

    # ---------------------------------------------------------------- queries

    @property
    def counters(self) -> LineCounters:
        """This line's call counters."""
        return self.household.counters(self.entry_id)

    @property
    def active(self) -> Mapping[str, ActiveCall]:
        """The calls on the line now, by connection id."""
        return self.tracker.active

    @property
    def nuisance_active(self) -> bool:
        """Whether a flagged call rings or is connected right now."""
        return any(call.verdict.is_nuisance for call in self.tracker.active.values())

    def normalize(self, raw: str) -> str:
        """A caller's number as the line delivers it, in E.164 (or ``anonymous``)."""
        if self.area_code:
            raw = with_area_code(raw, self.area_code, self.region)
        return normalize_caller(raw, self.region)

    def format(self, number: str) -> str:
        """A number formatted for people in this line's region."""
        return format_number(number, self.region)

    def count(self, number: str) -> int:
        """Calls from this caller so far (on every line)."""
        tally = self.household.register.get(number)
        return tally.count if tally else 0

    @callback
    def phone_stops(self, number: str, how: StopKind) -> None:
        """The line's SIP phone answers this caller's call to end it (a stop, not an answer)."""
        self.tracker.stopping(number, how)

    @callback
    def phone_did_not_stop(self, number: str) -> None:
        """The phone could not answer after all (the caller hung up first)."""
        self.tracker.not_stopping(number)

    def ring_answer(self, call_id: str) -> dict[str, Any] | None:
        """The verdict on a ringing call, as a phone system that asks is answered."""
        call = self.tracker.active.get(call_id)
        if call is None or call.direction is not Direction.INCOMING:
            return None
        return {
            "number": call.number,
            **call.verdict.as_dict(),
            "count": self.count(call.number),
        }

    def event_data(self, event_type: CallEventType, call: ActiveCall) -> dict[str, Any]:
        """The data of a call event (entity attributes and bus event)."""
        return {
            "number": call.number,
            "raw_number": call.raw_number,
            "formatted_number": self.format(call.number),
            **call.verdict.as_dict(),
            "call_id": call.call_id,
            "line": call.line,
            "callee": call.callee,
            "direction": call.direction.value,
            "count": self.count(call.number) if call.direction is Direction.INCOMING else 0,
            "duration": call.duration if event_type is CallEventType.CALL_ENDED else None,
            "stopped": call.stopped.value if call.stopped else None,
            "group_households": (
                self.hass.data[GROUP].households_called(call.number)
                if call.direction is Direction.INCOMING
                else 0
            ),
            "hint": (
                number_hint(self.hass, call.number)
                if call.verdict.verdict is VerdictKind.UNKNOWN
                else None
            ),
        }

    # ------------------------------------------------------------------ sinks

    @callback
    def set_connected(self, connected: bool) -> None:
        """The source's connection came up or went down."""
        self.connected = connected
        if not connected:
            # The box does not replay what happened while we were away: the
            # calls it had are over for us, with their events (a muted ringer
            # or an automation waiting for the end is released) and counted
            # as a DISCONNECT would be.
            self._handling = True
            try:
                for event_type, call in self.tracker.end_all():
                    self._transition(event_type, call)
            finally:
                self._handling = False
        async_dispatcher_send(self.hass, signal_connection(self.entry_id))
        self._notify()

    @callback
    def handle_event(self, event: CallEvent) -> None:
        """Process one event from the source."""
        self._handling = True
        try:
            for event_type, call in self.tracker.handle(event):
                self._transition(event_type, call)
        finally:
            self._handling = False
        self._notify()

    @callback
    def counted_afterwards(self) -> None:
        """Calls of this line were counted afterwards (the box's call list): new states."""
        if not self._handling:
            self._notify()

    def _expire_after(self, call_id: str, delay: float | None) -> None:
        """End a call the source never reports as ended (a lost hang-up); None: ended."""
        if (cancel := self._expiry.pop(call_id, None)) is not None:
            cancel()
        if delay is None:
            return

        @callback
        def expire(_now: datetime) -> None:
            self._expiry.pop(call_id, None)
            if call_id in self.tracker.active:
                _LOGGER.info(
                    "%s: call %s had no hang-up for %.0f s; taken as over",
                    self.title,
                    call_id,
                    delay,
                )
                self.handle_event(CallEvent(CallEventKind.DISCONNECT, call_id, dt_util.now()))

        self._expiry[call_id] = async_call_later(self.hass, delay, expire)

    def _transition(self, event_type: CallEventType, call: ActiveCall) -> None:
        incoming = call.direction is Direction.INCOMING
        match event_type:
            case CallEventType.INCOMING_CALL | CallEventType.OUTGOING_CALL:
                self._expire_after(call.call_id, RING_TIMEOUT)
            case CallEventType.CALL_ANSWERED | CallEventType.CALL_STOPPED:
                self._expire_after(call.call_id, CALL_TIMEOUT)
            case CallEventType.CALL_ENDED:
                self._expire_after(call.call_id, None)
            case _:
                pass
        if event_type in (CallEventType.INCOMING_CALL, CallEventType.OUTGOING_CALL):
            # HA's clock, with its time zone (a source's may have none, or be off).
            call.started = dt_util.now()
        match event_type:
            case CallEventType.INCOMING_CALL:
                call.verdict, change = self.household.record_ring(self.entry_id, self.rules, call)
                self._pending_changes.append(change)
                self.last_call = call
            case CallEventType.OUTGOING_CALL:
                call.verdict = self.household.judge_for_line(
                    self.household.judge_by_lists(call.number), call.number, self.rules
                )
            case CallEventType.CALL_MISSED | CallEventType.CALL_ENDED if incoming:
                if (event_type is CallEventType.CALL_MISSED or call.answered or call.stopped) and (
                    ended := self.household.record_end(call, self.entry_id)
                ) is not None:
                    self._pending_changes.append(ended)
            case _:
                pass
        self._queue(event_type, call)
        if event_type is CallEventType.INCOMING_CALL:
            if call.verdict.is_nuisance:
                self._queue(CallEventType.NUISANCE_CALL, call)
            elif call.verdict.verdict is VerdictKind.UNKNOWN and self.household.needs_look_up(
                call.number
            ):
                # In the background: the events of the ring are not held up; a
                # flagging answer comes back as a household change.
                self._spawn(self.household.async_look_up(call.number))

    # ---------------------------------------------------------------- changes

    @callback
    def _household_changed(self, change: HouseholdChange) -> None:
        """Judge the calls on the line again whose caller's verdict may have changed.

        A change that only counted calls changes no list verdict; the last
        caller's tally may be shown, so the states are written again.
        """
        changed = False
        for call in list(self.tracker.active.values()):
            judged = change.callers.get(call.number)
            if change.everyone:
                judged = self.household.judged(call.number)
            if judged is not None and not change.calls:
                changed |= self._rejudge(call, judged)
        last = self.last_call
        if change.everyone or (
            last is not None and (last.number in change.callers or last.number in change.removed)
        ):
            if last is not None and last.call_id not in self.tracker.active and not change.calls:
                # An ended call keeps its verdict from when it rang, unless
                # the caller's lists verdict changed: then show the new one.
                judged = change.callers.get(last.number) or self.household.judged(last.number)
                last.verdict = self.household.judge_for_line(
                    judged.by_lists, last.number, self.rules
                )
            changed = True
        if change.everyone:
            changed = True  # a new day: the daily counters start again
        if changed and not self._handling:
            self._notify()

    def _rejudge(self, call: ActiveCall, judged: JudgedCaller) -> bool:
        """Give an active call its new verdict; False when it stays the same.

        A call that turned out to be a nuisance while it still rings gets its
        ``nuisance_call`` event (and so the mute) late rather than never.
        """
        verdict = self.household.judge_for_line(judged.by_lists, call.number, self.rules)
        if verdict == call.verdict:
            return False
        before: Verdict = call.verdict
        call.verdict = verdict
        if call.direction is Direction.INCOMING:
            self.household.call_rejudged(self.entry_id, call, before, dt_util.now().date())
            if verdict.is_nuisance and not before.is_nuisance and not call.answered:
                self._queue(CallEventType.NUISANCE_CALL, call)
        return True

    # ------------------------------------------------------------ notifying

    def _queue(self, event_type: CallEventType, call: ActiveCall) -> None:
        """Queue a call event; ``_notify`` sends it once the line's states are written."""
        self._pending_events.append((event_type, self.event_data(event_type, call)))

    def _notify(self) -> None:
        """Tell the ringer, publish the calls counted, write the states, send the events.

        The ringer comes first (it is what a ringing nuisance call waits for);
        every state, this line's and the household's, is written before an
        event fires, so an automation on an event sees them as they are after it.
        """
        self._on_ringing(self._ringing_nuisance())
        if self._pending_changes:
            self._handling = True  # this line writes its states right below
            try:
                while self._pending_changes:
                    self.household.publish(self._pending_changes.pop(0))
            finally:
                self._handling = False
        async_dispatcher_send(self.hass, self._signal_state)
        while self._pending_events:
            event_type, data = self._pending_events.pop(0)
            async_dispatcher_send(self.hass, self._signal_event, event_type, data)
            self.hass.bus.async_fire(
                EVENT_CALL, {"event_type": event_type.value, "entry_id": self.entry_id, **data}
            )

    def _ringing_nuisance(self) -> dict[str, RingingCall]:
        return {
            call_id: RingingCall(
                call_id, call.number, call.verdict.label, self.title, self.entry_id
            )
            for call_id, call in self.tracker.active.items()
            if call.verdict.is_nuisance
            and call.direction is Direction.INCOMING
            and not call.answered
        }
