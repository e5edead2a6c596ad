"""The household: what every line shares, behind one façade.

The personal list, the call register (the tally of every caller) and each
line's counters, the shared lists and phone books (one combined index), and
the reputation provider. It lives once per Home Assistant instance, loaded
in ``async_setup``; lines, actions, the button, the websocket API and the card
all go through its methods (``flag``, ``allow``, ``unflag``, ``reset``,
``judge``, ``record_ring``, ...).

Every change is published once, on HA's dispatcher (``SIGNAL_CHANGED``), with
the new verdicts of the callers it touched, so no listener judges a caller
again for it.

How a caller is judged (README "How callers are judged"):

- **by the lists**: the personal list, shared lists, phone books (known
  contacts) and the reputation provider. Allow beats flag. The same for
  every line.
- **a call on a line**: what the lists say, then that line's rules
  (withheld, abroad, repeat) for callers no list judges.
- **the household's verdict** (the card, ``lookup_number``, the most frequent
  nuisance caller): what the lists say, then the rules of every loaded line;
  a caller that any line's rules flag is flagged.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Final, Protocol

from homeassistant.const import EVENT_HOMEASSISTANT_STOP
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.event import async_track_time_change
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey
from homeassistant.util.signal_type import SignalType

from .callstore import CallStore
from .const import DEFAULT_REGION, DOMAIN, STORAGE_KEY_LIST, STORAGE_VERSION
from .lib.calls import ActiveCall
from .lib.classifier import (
    ClassifierOptions,
    ListAction,
    ListEntry,
    PersonalList,
    Verdict,
    VerdictKind,
    apply_rules,
    judge_by_lists,
)
from .lib.counters import LineCounters
from .lib.matcher import EMPTY_INDEX, CombinedIndex, Match, MatchIndex, merge_matches
from .lib.register import CallerTally, CallRecord, Register
from .lib.reputation import Reputation
from .lib.stats import most_frequent_nuisance
from .storage import async_load_checked

HOUSEHOLD: HassKey[Household] = HassKey(DOMAIN)
SIGNAL_CHANGED: Final[SignalType[HouseholdChange]] = SignalType(f"{DOMAIN}_household_changed")
DEFAULT_REPUTATION_THRESHOLD: Final = 7
JUDGE_SLICE: Final = 2_000
"""Callers judged in one go before the event loop gets a turn (about 10 ms)."""


def home_region(hass: HomeAssistant) -> str:
    """The household's home region: HA's country (numbers people type, lists)."""
    return (hass.config.country or DEFAULT_REGION).upper()


@dataclass(frozen=True, slots=True)
class JudgedCaller:
    """A caller as a change leaves it."""

    number: str
    by_lists: Verdict
    """What the lists say; a line applies its own rules on top of this."""
    verdict: Verdict
    """The household's verdict (lists, then the rules of every line)."""
    tally: CallerTally | None


@dataclass(frozen=True, slots=True)
class HouseholdChange:
    """What changed, published once on ``SIGNAL_CHANGED``."""

    callers: Mapping[str, JudgedCaller] = field(default_factory=dict)
    """Callers whose verdict or tally changed, judged anew."""
    removed: frozenset[str] = frozenset()
    """Callers whose tally was reset (they are no longer in the register)."""
    everyone: bool = False
    """A list or the rules changed, or a day began: any verdict may differ."""
    calls: bool = False
    """Calls were counted or ended (tallies changed; verdicts only by the rules)."""


class ReputationProvider(Protocol):
    """What the household needs of a reputation service (tellows)."""

    @property
    def threshold(self) -> int:
        """A score at or above this flags a caller."""

    def cached(self, number: str) -> tuple[bool, Reputation | None]:
        """(known, reputation) without any I/O."""

    async def async_lookup(self, number: str) -> Reputation | None:
        """Ask the service (within its deadline); None when it does not know."""


class NumberLookUp(Protocol):
    """A list asked per number while a call rings (PhoneBlock's look-up)."""

    def cached(self, number: str) -> tuple[bool, Match | None]:
        """(known, what it says) without any I/O; known: no need to ask."""

    async def async_lookup(self, number: str) -> Match | None:
        """Ask (within its deadline); None when it has nothing to say."""


class FlagReporter(Protocol):
    """Told of each flag and allow a person makes (PhoneBlock's reporting)."""

    def report(self, entry: ListEntry) -> None:
        """A person flagged or allowed a number (it is on the personal list now)."""


@dataclass(frozen=True, slots=True)
class _WithLookUps:
    """The lists' index, and what look-ups answered about a number."""

    index: CombinedIndex
    answers: tuple[Match, ...]

    def lookup(self, number: str) -> Match | None:
        found = self.index.lookup(number)
        matches = (*self.answers, found) if found is not None else self.answers
        return merge_matches(matches) if matches else None


class Household:
    """The household-wide state and the one place that changes it."""

    def __init__(self, hass: HomeAssistant) -> None:
        self.hass = hass
        self.personal = PersonalList()
        self.register = Register()
        self._counters: dict[str, LineCounters] = {}
        self._list_store: Store[dict[str, Any]] = Store(
            hass, STORAGE_VERSION, STORAGE_KEY_LIST, private=True
        )
        self.store = CallStore(hass)
        """Where the register's changes are written (the call log)."""
        self.index: CombinedIndex = EMPTY_INDEX
        """Every list's index behind one lookup; replaced whole, never mutated."""
        self._indexes: dict[str, MatchIndex] = {}
        self.reputation: ReputationProvider | None = None
        """The reputation provider, while its config entry is loaded."""
        self._lookups: dict[str, NumberLookUp] = {}
        self._reporters: dict[str, FlagReporter] = {}
        self._line_rules: dict[str, ClassifierOptions] = {}
        self._top: tuple[CallerTally, Verdict] | None = None
        self._top_valid = False
        self.top_revision = 0
        """Changes whenever the most frequent nuisance caller (or its count) may have."""

    @property
    def region(self) -> str:
        """The region numbers that people type and lists hold are read in."""
        return home_region(self.hass)

    async def async_load(self) -> None:
        """Load what was stored (nothing stored is an empty start); start the day timer."""
        self.personal = await async_load_checked(
            self.hass,
            self._list_store,
            what="personal list",
            parse=PersonalList.parse,
            empty=PersonalList,
        )
        self.register, self._counters = await self.store.async_load()
        cancel = async_track_time_change(self.hass, self._new_day, hour=0, minute=0, second=0)

        @callback
        def stop(_event: Event) -> None:
            cancel()

        self.hass.bus.async_listen_once(EVENT_HOMEASSISTANT_STOP, stop)

    # ------------------------------------------------------------------ judging

    def judge_by_lists(self, number: str, reputation: Reputation | None = None) -> Verdict:
        """What the lists and the reputation (cached, no I/O) say about a caller."""
        provider = self.reputation
        if reputation is None and provider is not None:
            reputation = provider.cached(number)[1]
        index: CombinedIndex | _WithLookUps = self.index
        if self._lookups and (
            answers := tuple(
                match
                for look_up in self._lookups.values()
                if (match := look_up.cached(number)[1]) is not None
            )
        ):
            index = _WithLookUps(self.index, answers)
        return judge_by_lists(
            number,
            self.personal,
            index,
            reputation=reputation,
            reputation_threshold=(
                provider.threshold if provider is not None else DEFAULT_REPUTATION_THRESHOLD
            ),
        )

    def judge_for_line(self, by_lists: Verdict, number: str, rules: ClassifierOptions) -> Verdict:
        """A call's verdict on a line: the lists' verdict, then the line's rules."""
        return apply_rules(
            by_lists, number, rules, tally=self.register.get(number), now=dt_util.now()
        )

    def _household_verdict(
        self,
        by_lists: Verdict,
        number: str,
        known: tuple[ClassifierOptions, Verdict] | None = None,
    ) -> Verdict:
        """Lists first, then the rules of every line (``known``: one line's, worked out)."""
        if by_lists.verdict is not VerdictKind.UNKNOWN or not self._line_rules:
            return by_lists
        tally, now = self.register.get(number), dt_util.now()
        for entry_id in sorted(self._line_rules):
            rules = self._line_rules[entry_id]
            if known is not None and rules == known[0]:
                verdict = known[1]
            else:
                verdict = apply_rules(by_lists, number, rules, tally=tally, now=now)
            if verdict.is_nuisance:
                return verdict
        return by_lists

    def judged(self, number: str) -> JudgedCaller:
        """A caller judged now: by the lists, and by the household."""
        by_lists = self.judge_by_lists(number)
        return JudgedCaller(
            number,
            by_lists,
            self._household_verdict(by_lists, number),
            self.register.get(number),
        )

    def judge(self, number: str) -> Verdict:
        """The household's verdict on a caller now (cached reputation only, no I/O)."""
        return self.judged(number).verdict

    def callers(self) -> Iterator[tuple[CallerTally, Verdict]]:
        """Every caller in the register with the household's verdict now."""
        for tally in self.register:
            yield tally, self.judge(tally.number)

    async def async_callers(self) -> list[tuple[CallerTally, Verdict]]:
        """``callers()``, judged ``JUDGE_SLICE`` at a time with the loop's turns between.

        For answers about every caller (a share's tally, the group's ranking):
        at 100,000 callers judging all at once would hold the event loop for
        half a second. A caller reset meanwhile is left out.
        """
        numbers = list(self.register.callers)
        judged: list[tuple[CallerTally, Verdict]] = []
        for start in range(0, len(numbers), JUDGE_SLICE):
            if start:
                await asyncio.sleep(0)
            judged.extend(
                (tally, self.judge(number))
                for number in numbers[start : start + JUDGE_SLICE]
                if (tally := self.register.get(number)) is not None
            )
        return judged

    @property
    def most_frequent_nuisance(self) -> tuple[CallerTally, Verdict] | None:
        """The flagged caller with the most calls on any line, and its verdict."""
        if not self._top_valid:
            # The most calls first, the latest first: the first flagged one is the top.
            judged = ((tally, self.judge(tally.number)) for tally in self.register.by_count())
            self._top = next(
                (
                    (tally, verdict)
                    for tally, verdict in judged
                    if verdict.is_nuisance and tally.count
                ),
                None,
            )
            self._top_valid = True
        return self._top

    def _consider_for_top(self, callers: Mapping[str, JudgedCaller]) -> None:
        """Keep the top caller current without judging everyone again.

        Counts only grow, so only the changed callers can overtake the top;
        a top caller that was reset or is no longer flagged needs a full look.
        """
        if not self._top_valid:
            return
        before = self._top
        top = self._top
        if top is not None and (now := callers.get(top[0].number)) is not None:
            if now.tally != top[0] or not now.verdict.is_nuisance:
                self._invalidate_top()
                return
            top = (now.tally, now.verdict)
        candidates = [(judged.tally, judged.verdict) for judged in callers.values() if judged.tally]
        self._top = most_frequent_nuisance([top, *candidates] if top else candidates)
        if self._top != before or (self._top is not None and self._top[0].number in callers):
            self.top_revision += 1

    def _invalidate_top(self) -> None:
        self._top_valid = False
        self.top_revision += 1

    # ------------------------------------------------------------ what users do

    def flag(
        self,
        number: str,
        *,
        tag: str | None = None,
        label: str | None = None,
        by: tuple[str, str] | None = None,
    ) -> ListEntry:
        """Put a number on the personal list as a nuisance (``by``: user id and name)."""
        return self._set(number, ListAction.FLAG, tag, label, by)

    def allow(
        self,
        number: str,
        *,
        tag: str | None = None,
        label: str | None = None,
        by: tuple[str, str] | None = None,
    ) -> ListEntry:
        """Put a number on the personal list as allowed (never flagged)."""
        return self._set(number, ListAction.ALLOW, tag, label, by)

    def _set(
        self,
        number: str,
        action: ListAction,
        tag: str | None,
        label: str | None,
        by: tuple[str, str] | None = None,
    ) -> ListEntry:
        by_user, by_name = by or ("", "")
        entry = self.personal.set(
            number,
            action,
            tag=tag,
            label=label,
            now=dt_util.now(),
            by_user=by_user,
            by_name=by_name,
        )
        self._save_list()
        self._publish_callers({number})
        for reporter in self._reporters.values():
            reporter.report(entry)
        return entry

    def unflag(self, number: str) -> bool:
        """Take a number off the personal list; whether it was on it."""
        if self.personal.remove(number) is None:
            return False
        self._save_list()
        self._publish_callers({number})
        return True

    def reset(self, number: str) -> bool:
        """Forget a caller's tally, their calls and the notes on them; whether there was one."""
        if not self.register.reset(number):
            return False
        self.store.forget(number)
        if self._top is not None and self._top[0].number == number:
            self._invalidate_top()
        self.publish(HouseholdChange(removed=frozenset({number}), calls=True))
        return True

    async def async_set_note(
        self, number: str, note: str, *, call: int | None = None, time: datetime | None = None
    ) -> int | None:
        """Note on a caller, or on one of their calls; an empty note clears it.

        Without ``call`` and ``time`` the note is the caller's (a number that
        never called may have one too). With ``call`` (the call's id in the
        call log, as ``nuisance_calls/caller`` gives it) or ``time`` (the
        caller's call nearest it, within a minute) it is that call's: its id
        is returned, None when the caller has no such call (nothing written).
        Raises ``InvalidNoteError`` for a note ``clean_note`` refuses. Written
        at once; the caller is published so that open cards show it.
        """
        found: int | None = None
        if call is None and time is None:
            self.store.set_caller_note(number, note)
        else:
            found = await self.store.async_set_call_note(number, note, call=call, time=time)
            if found is None:
                return None
        self._publish_callers({number})
        return found

    # ------------------------------------------------- lists, providers, lines

    @callback
    def set_list(self, source_id: str, index: MatchIndex | None) -> None:
        """Put one list's (already built) index in force; None removes the list.

        Each list's index is built in an executor by its owner; here only the
        combined view is swapped, so the event loop never does per-entry work.
        The index it replaces is let go in the executor too: freeing a big
        list's memory block (tens of MB given back to the system) took the
        loop 2-4 ms.
        """
        retired: list[MatchIndex] = []
        if (previous := self._indexes.get(source_id)) is not None and previous is not index:
            retired.append(previous)
        previous = None  # ``retired`` holds it now, and the executor lets go of it
        if index is None:
            if self._indexes.pop(source_id, None) is None:
                return
        else:
            self._indexes[source_id] = index
        self.index = CombinedIndex(self._indexes.values())
        if retired:
            self.hass.async_add_executor_job(retired.clear)
        self._publish_everyone()

    @callback
    def set_reputation(self, provider: ReputationProvider | None) -> None:
        """Use (or, with None, stop using) a reputation provider."""
        self.reputation = provider
        self._publish_everyone()

    @callback
    def set_lookup(self, name: str, look_up: NumberLookUp | None) -> None:
        """Ask (or, with None, stop asking) a list per number while calls ring."""
        if look_up is None:
            if self._lookups.pop(name, None) is None:
                return
        else:
            self._lookups[name] = look_up
        self._publish_everyone()

    @callback
    def set_reporter(self, name: str, reporter: FlagReporter | None) -> None:
        """Tell (or, with None, stop telling) a reporter of each flag and allow."""
        if reporter is None:
            self._reporters.pop(name, None)
        else:
            self._reporters[name] = reporter

    def needs_look_up(self, number: str) -> bool:
        """Whether the reputation provider or a look-up should be asked about a caller."""
        if not number.startswith("+"):
            return False
        provider = self.reputation
        return (provider is not None and not provider.cached(number)[0]) or any(
            not look_up.cached(number)[0] for look_up in self._lookups.values()
        )

    async def async_look_up(self, number: str) -> Reputation | None:
        """Ask the reputation provider and the look-ups about a caller (at once).

        A new answer of any of them is published; the reputation's is returned.
        """
        if not self.needs_look_up(number):
            return None
        provider = self.reputation
        asking = provider if provider is not None and not provider.cached(number)[0] else None
        look_ups = [look_up for look_up in self._lookups.values() if not look_up.cached(number)[0]]
        reputation, *answers = await asyncio.gather(
            asking.async_lookup(number) if asking is not None else _nothing(),
            *(look_up.async_lookup(number) for look_up in look_ups),
        )
        current = [look_up for look_up in look_ups if look_up in self._lookups.values()]
        if (reputation is not None and self.reputation is asking) or any(
            answer is not None and look_up in current
            for look_up, answer in zip(look_ups, answers, strict=True)
        ):
            self._publish_callers({number})
        return reputation if isinstance(reputation, Reputation) else None

    @callback
    def set_line_rules(self, entry_id: str, rules: ClassifierOptions | None) -> None:
        """A line's rules take part in the household's verdict (None: no longer)."""
        if rules is None:
            if self._line_rules.pop(entry_id, None) is None:
                return
        else:
            self._line_rules[entry_id] = rules
        self._publish_everyone()

    @property
    def counted_lines(self) -> frozenset[str]:
        """The lines (entry ids) that have counters."""
        return frozenset(self._counters)

    def counters(self, entry_id: str) -> LineCounters:
        """The counters of one line (created on first use)."""
        return self._counters.setdefault(entry_id, LineCounters())

    @callback
    def remove_line(self, entry_id: str) -> None:
        """Forget a removed line's counters (callers' tallies stay: they span lines)."""
        if self._counters.pop(entry_id, None) is not None:
            self.store.line_changed(entry_id, None)

    # ------------------------------------------------------------------- calls

    def record_ring(
        self, entry_id: str, rules: ClassifierOptions, call: ActiveCall
    ) -> tuple[Verdict, HouseholdChange]:
        """Count an incoming call on a line: its verdict on that line, and the change.

        It is recorded before it is judged, so the repeat rule counts it. The
        line publishes the change (``publish``) once its ringer has been told.
        """
        now = call.started
        tally, record = self.register.record_ring(
            call.number, call.call_id, now, call.line, entry_id=entry_id
        )
        by_lists = self.judge_by_lists(call.number)
        verdict = self.judge_for_line(by_lists, call.number, rules)
        _stamp(record, verdict)
        counters = self.counters(entry_id)
        counters.count(now.date(), nuisance=verdict.is_nuisance)
        self.store.call_changed(tally, record)
        self.store.line_changed(entry_id, counters)
        household_verdict = self._household_verdict(by_lists, call.number, (rules, verdict))
        judged = JudgedCaller(call.number, by_lists, household_verdict, tally)
        self._consider_for_top({call.number: judged})
        return verdict, HouseholdChange(callers={call.number: judged}, calls=True)

    def record_end(self, call: ActiveCall, entry_id: str = "") -> HouseholdChange | None:
        """Count how an incoming call ended on a line; the change for the line to publish."""
        ended = self.register.record_end(
            call.number,
            call.call_id,
            answered=call.answered,
            duration=call.duration,
            stopped=call.stopped is not None,
        )
        if ended is None:
            return None
        self.store.call_changed(*ended)
        if call.stopped is not None and entry_id:
            counters = self.counters(entry_id)
            counters.count_stopped(dt_util.now().date())
            self.store.line_changed(entry_id, counters)
        return self._judged_change({call.number}, calls=True)

    def record_past_calls(
        self, entry_id: str, rules: ClassifierOptions, calls: Sequence[tuple[str, CallRecord]]
    ) -> HouseholdChange:
        """Count calls a line learnt of afterwards (the box's call list); no call events.

        Each is judged as a call on that line would be now, and counted on the
        day it was made.
        """
        counters = self.counters(entry_id)
        for number, record in calls:
            tally = self.register.add(number, record)
            verdict = self.judge_for_line(self.judge_by_lists(number), number, rules)
            _stamp(record, verdict)
            counters.count_past(record.time.date(), nuisance=verdict.is_nuisance)
            self.store.call_changed(tally, record)
        self.store.line_changed(entry_id, counters)
        return self._judged_change({number for number, _record in calls}, calls=True)

    def link_box_calls(self, links: Sequence[tuple[str, CallRecord, int]]) -> None:
        """Recorded calls the box's call list has too: keep its id with them."""
        for number, record, box_id in links:
            record.box_id = box_id
            if (tally := self.register.get(number)) is not None:
                self.store.call_changed(tally, record)

    def call_rejudged(self, entry_id: str, call: ActiveCall, before: Verdict, day: date) -> None:
        """A ringing call got a new verdict (a list changed, a look-up answered).

        Its record takes the new verdict; a call that turned out to be a
        nuisance is counted as one.
        """
        tally = self.register.get(call.number)
        if tally is not None and (record := tally.record(call.call_id)) is not None:
            _stamp(record, call.verdict)
            self.store.call_changed(tally, record)
        if call.verdict.is_nuisance and not before.is_nuisance:
            counters = self.counters(entry_id)
            counters.count_upgrade(day)
            self.store.line_changed(entry_id, counters)

    # --------------------------------------------------------------- publishing

    @callback
    def _new_day(self, _now: datetime) -> None:
        """The repeat rule's window moved on and daily counters start at zero."""
        self._publish_everyone()

    def _publish_everyone(self) -> None:
        self._invalidate_top()
        self.publish(HouseholdChange(everyone=True))

    def _publish_callers(self, numbers: set[str], *, calls: bool = False) -> None:
        self.publish(self._judged_change(numbers, calls=calls))

    def _judged_change(self, numbers: set[str], *, calls: bool) -> HouseholdChange:
        callers = {number: self.judged(number) for number in numbers}
        self._consider_for_top(callers)
        return HouseholdChange(callers=callers, calls=calls)

    @callback
    def publish(self, change: HouseholdChange) -> None:
        """Tell every listener (lines, entities, the card, call barring) of a change."""
        async_dispatcher_send(self.hass, SIGNAL_CHANGED, change)

    def _save_list(self) -> None:
        """A user's own act: saved at once (not seconds later)."""
        self.hass.async_create_task(
            self._list_store.async_save(self.personal.as_dict()),
            f"{DOMAIN} personal list write",
            eager_start=True,
        )


async def _nothing() -> None:
    return None


def _stamp(record: CallRecord, verdict: Verdict) -> None:
    """Keep the verdict a call had with its record (for the history and exports)."""
    record.verdict = verdict.verdict.value
    record.label = verdict.label or ""
    record.tags = verdict.tags
