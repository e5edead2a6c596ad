"""Numbers, the classifier, the tally and the call lifecycle (no HA)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from custom_components.nuisance_calls.lib.calls import (
    STOP_MARK_LIFETIME,
    CallEventType,
    CallTracker,
    Direction,
    StopKind,
)
from custom_components.nuisance_calls.lib.classifier import (
    ClassifierOptions,
    ListAction,
    PersonalList,
    VerdictKind,
    classify,
)
from custom_components.nuisance_calls.lib.counters import LineCounters
from custom_components.nuisance_calls.lib.models import CallEvent, CallEventKind
from custom_components.nuisance_calls.lib.numbers import (
    ANONYMOUS,
    InvalidNumberError,
    format_number,
    normalize,
    normalize_caller,
    normalize_digits,
)
from custom_components.nuisance_calls.lib.register import (
    HISTORY_LENGTH,
    CallerTally,
    CallRecord,
    Outcome,
    Register,
    tally_row,
    with_loaded_calls,
)
from custom_components.nuisance_calls.lib.text import clean_label, clean_tag

T0 = datetime(2026, 11, 24, 10, 0, 0)


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("030 123456", "DE", "+4930123456"),
        ("+49 30 123456", "DE", "+4930123456"),
        ("004930123456", "DE", "+4930123456"),
        ("0049 (0)30 123456", "DE", "+4930123456"),
        ("030/123-456", "de", "+4930123456"),
        ("06 1234 5678", "IT", "+39061234 5678".replace(" ", "")),
        ("+1 650 253 0000", "DE", "+16502530000"),
        ("0043 1 234567", "DE", "+431234567"),
    ],
)
def test_normalize(raw: str, region: str, expected: str) -> None:
    """Every way a person types a number gives the same E.164 form."""
    assert normalize(raw, region) == expected


@pytest.mark.parametrize("raw", ["", "abc", "12", "**610", "#31#030123", "1" * 80, "+"])
def test_normalize_rejects(raw: str) -> None:
    """Non-numbers, service codes and extensions are not phone numbers."""
    with pytest.raises(InvalidNumberError):
        normalize(raw, "DE")


@pytest.mark.parametrize(
    ("digits", "region", "expected"),
    [
        (4917612345678, "DE", "+4917612345678"),  # "+49 176 ..." through a template
        (49301234567, "DE", "+49301234567"),
        (442079460958, "DE", "+442079460958"),
        (39061234567, "IT", "+39061234567"),
        (12125551234, "US", "+12125551234"),
        (2125551234, "US", "+12125551234"),  # a US national number: no leading 0
        (4911111111, "DE", "+4911111111"),  # +49, in a range phonenumbers does not know
        (3331234567, "IT", "+393331234567"),  # an Italian mobile, national
        (12000000000, "DE", "+12000000000"),  # possible, not known: international as typed
    ],
)
def test_normalize_digits(digits: int, region: str, expected: str) -> None:
    """A number a template turned into an integer: international, else national if only that."""
    assert normalize_digits(digits, region) == expected


@pytest.mark.parametrize(
    ("digits", "region"),
    [
        (0, "DE"),
        (-4917612345678, "DE"),
        (12, "DE"),
        (1234567, "DE"),
        (12, ""),
        (3312345678, "DE"),  # not French, and 03312 345678 would have its 0
    ],
)
def test_normalize_digits_rejects(digits: int, region: str) -> None:
    """Negative, too short, or a local number without its area code (or without a region)."""
    with pytest.raises(InvalidNumberError):
        normalize_digits(digits, region)


def test_normalize_caller_never_raises() -> None:
    """What the box sends always gets a key: withheld, extensions, junk."""
    assert normalize_caller("", "DE") == ANONYMOUS
    assert normalize_caller("  ", "DE") == ANONYMOUS
    assert normalize_caller("0301234567", "DE") == "+49301234567"
    for word in ("Unavailable", "anonymous", "Restricted", "Private Number", "No Caller ID"):
        assert normalize_caller(word, "DE") == ANONYMOUS, word
    assert normalize_caller("**610", "DE") == "**610"
    assert normalize_caller("x\x00y", "DE") == "xy"


def test_format_number() -> None:
    """National format at home, international abroad."""
    assert format_number("+4930123456", "DE") == "030 123456"
    assert format_number("+4930123456", "IT") == "+49 30 123456"
    assert format_number(ANONYMOUS, "DE") == ANONYMOUS


def test_clean_label_and_tag() -> None:
    """Control characters and bidi tricks go, length is bounded, HTML stays text."""
    assert clean_label("Acme\nEnergy\u202e\x07 Ltd") == "Acme Energy Ltd"
    assert clean_label("<img src=x onerror=alert(1)>") == "<img src=x onerror=alert(1)>"
    assert len(clean_label("x" * 10_000)) == 120
    assert clean_label(None) == ""
    assert clean_tag(" Cold  Call ") == "cold_call"


def test_classify_personal_list_and_rules() -> None:
    """Flag gives nuisance, allow gives allowed, withheld only by option."""
    personal = PersonalList()
    personal.set("+4930111", ListAction.FLAG, tag="Telemarketing", label="Acme", now=T0)
    personal.set("+4930222", ListAction.ALLOW, label="Grandma", now=T0)
    flagged = classify("+4930111", personal)
    assert flagged.verdict is VerdictKind.NUISANCE
    assert flagged.tags == ("telemarketing",)
    assert flagged.label == "Acme"
    assert flagged.sources == ("personal",)
    assert classify("+4930222", personal).verdict is VerdictKind.ALLOWED
    assert classify("+4930333", personal).verdict is VerdictKind.UNKNOWN
    assert classify(ANONYMOUS, personal).verdict is VerdictKind.UNKNOWN
    withheld = classify(ANONYMOUS, personal, ClassifierOptions(withheld_is_nuisance=True))
    assert withheld.verdict is VerdictKind.NUISANCE
    assert withheld.tags == ("withheld",)


def test_personal_list_flag_default_tag_and_allow_replaces_flag() -> None:
    """Flag without tag is tagged nuisance; allowing a flagged number wins."""
    personal = PersonalList()
    assert personal.set("+4930111", ListAction.FLAG, now=T0).tags == ("nuisance",)
    personal.set("+4930111", ListAction.ALLOW, now=T0)
    assert classify("+4930111", personal).verdict is VerdictKind.ALLOWED
    assert personal.get("+4930111") is not None
    assert personal.remove("+4930111") is not None
    assert personal.remove("+4930111") is None


def test_personal_list_round_trip_and_broken_entries() -> None:
    """Stored and loaded unchanged; broken rows are skipped, not fatal."""
    personal = PersonalList()
    personal.set("+4930111", ListAction.FLAG, tag="scam", label="X", now=T0)
    stored = personal.as_dict()
    stored["entries"] += [{"number": 5}, {"action": "flag"}, {"number": "+1", "action": "bogus"}]
    loaded = PersonalList.from_dict(stored)
    assert list(loaded) == list(personal)


def test_register_tally_answered_missed_history() -> None:
    """Count, answered, missed, first and last seen, bounded history."""
    register = Register()
    register.record_ring("+4930111", "0", T0, "SIP0", "unknown")
    register.record_end("+4930111", "0", answered=False, duration=0)
    later = T0 + timedelta(hours=1)
    register.record_ring("+4930111", "1", later, "SIP1", "nuisance")
    ended = register.record_end("+4930111", "1", answered=True, duration=42)
    assert ended is not None
    tally, record = ended
    assert record is tally.history[-1]
    assert (tally.count, tally.answered, tally.missed) == (2, 1, 1)
    assert (tally.first_seen, tally.last_seen) == (T0, later)
    assert [r.outcome for r in tally.history] == [Outcome.MISSED, Outcome.ANSWERED]
    assert tally.history[-1].duration == 42
    for n in range(HISTORY_LENGTH + 10):
        register.record_ring("+4930111", f"x{n}", later, "SIP0", "unknown")
    assert len(tally.history) == HISTORY_LENGTH
    assert tally.count == HISTORY_LENGTH + 12
    loaded, skipped = Register.parse(register.as_dict())
    assert skipped == 0
    assert loaded.get("+4930111") is not None

    def without_ids(data: dict[str, Any]) -> dict[str, Any]:
        # 0.1 registers had no call numbers: they are given in call order when read.
        return {**data, "history": [{**r, "id": 0} for r in data["history"]]}

    assert without_ids(loaded.get("+4930111").as_dict()) == without_ids(tally.as_dict())  # type: ignore[union-attr]
    assert register.reset("+4930111")
    assert not register.reset("+4930111")


def test_register_skips_broken_callers() -> None:
    """A broken stored caller does not lose the others."""
    data = {"callers": [{"number": "+1", "count": "x"}, {"count": 1}, {"number": "+2", "count": 3}]}
    register, skipped = Register.parse(data)
    assert [t.number for t in register] == ["+2"]
    assert skipped == 2


def test_line_counters_roll_over_at_new_day() -> None:
    """Today's counters start from zero on a new day; all-time keeps counting."""
    counters = LineCounters()
    day1, day2 = date(2026, 11, 24), date(2026, 11, 25)
    counters.count(day1, nuisance=True)
    counters.count(day1, nuisance=False)
    assert (counters.calls_on(day1), counters.nuisance_on(day1)) == (2, 1)
    assert (counters.calls_on(day2), counters.nuisance_on(day2)) == (0, 0)
    counters.count(day2, nuisance=True)
    assert (counters.calls_on(day2), counters.nuisance_total) == (1, 2)
    assert LineCounters.from_dict(counters.as_dict()) == counters
    assert LineCounters.from_dict({"day": "garbage"}) == LineCounters()
    assert LineCounters.from_dict(["not", "counters"]) == LineCounters()  # type: ignore[arg-type]


def _event(kind: CallEventKind, cid: str, **kw: object) -> CallEvent:
    return CallEvent(kind, cid, T0, **kw)  # type: ignore[arg-type]


def test_tracker_lifecycle_missed_answered_outgoing() -> None:
    """RING/CALL/CONNECT/DISCONNECT give the contract's event types."""
    tracker = CallTracker(lambda raw: normalize_caller(raw, "DE"))
    [(kind, call)] = tracker.handle(_event(CallEventKind.RING, "0", caller="0301234567"))
    assert kind is CallEventType.INCOMING_CALL
    assert call.number == "+49301234567"
    assert call.direction is Direction.INCOMING
    assert [k for k, _ in tracker.handle(_event(CallEventKind.DISCONNECT, "0", duration=0))] == [
        CallEventType.CALL_MISSED,
        CallEventType.CALL_ENDED,
    ]
    tracker.handle(_event(CallEventKind.RING, "1", caller="0301234567"))
    assert [k for k, _ in tracker.handle(_event(CallEventKind.CONNECT, "1"))] == [
        CallEventType.CALL_ANSWERED
    ]
    assert tracker.handle(_event(CallEventKind.CONNECT, "1")) == []
    ended = tracker.handle(_event(CallEventKind.DISCONNECT, "1", duration=30))
    assert [k for k, _ in ended] == [CallEventType.CALL_ENDED]
    assert ended[0][1].duration == 30
    [(kind, call)] = tracker.handle(_event(CallEventKind.OUTGOING, "2", callee="0891234"))
    assert kind is CallEventType.OUTGOING_CALL
    assert call.number == "+49891234"
    assert [k for k, _ in tracker.handle(_event(CallEventKind.DISCONNECT, "2"))] == [
        CallEventType.CALL_ENDED
    ]
    assert tracker.handle(_event(CallEventKind.DISCONNECT, "99")) == []
    assert tracker.handle(_event(CallEventKind.CONNECT, "99")) == []


def test_tracker_concurrent_calls_never_overwrite() -> None:
    """Two calls at once are tracked by id; ending one leaves the other."""
    tracker = CallTracker(lambda raw: normalize_caller(raw, "DE"))
    tracker.handle(_event(CallEventKind.RING, "0", caller="0301111111"))
    tracker.handle(_event(CallEventKind.RING, "1", caller=""))
    tracker.handle(_event(CallEventKind.CONNECT, "1"))
    assert {c.number for c in tracker.active.values()} == {"+49301111111", ANONYMOUS}
    ended = tracker.handle(_event(CallEventKind.DISCONNECT, "0"))
    assert [k for k, _ in ended] == [CallEventType.CALL_MISSED, CallEventType.CALL_ENDED]
    assert ended[0][1].number == "+49301111111"
    assert list(tracker.active) == ["1"]
    assert tracker.active["1"].answered


def test_tracker_ends_every_call_when_the_connection_is_lost() -> None:
    """``end_all``: each active call ends as its DISCONNECT would, duration unknown."""
    tracker = CallTracker(lambda raw: normalize_caller(raw, "DE"))
    tracker.handle(_event(CallEventKind.RING, "0", caller="0301111111"))
    tracker.handle(_event(CallEventKind.RING, "1", caller="0302222222"))
    tracker.handle(_event(CallEventKind.CONNECT, "1"))
    tracker.handle(_event(CallEventKind.OUTGOING, "2", callee="0891234"))
    ended = tracker.end_all()
    assert [(kind, call.call_id) for kind, call in ended] == [
        (CallEventType.CALL_MISSED, "0"),
        (CallEventType.CALL_ENDED, "0"),
        (CallEventType.CALL_ENDED, "1"),
        (CallEventType.CALL_ENDED, "2"),
    ]
    assert all(call.duration is None for _, call in ended)
    assert tracker.active == {}
    assert tracker.end_all() == []
    assert tracker.handle(_event(CallEventKind.DISCONNECT, "0")) == []


def test_calls_counted_afterwards_keep_today_as_it_is() -> None:
    """A call of an earlier day counts in the totals only; one of today counts today."""
    counters = LineCounters()
    yesterday, today = date(2026, 11, 29), date(2026, 11, 30)
    counters.count_past(yesterday, nuisance=False)  # the first call ever: that day is "today"
    counters.count(today, nuisance=False)
    counters.count_past(yesterday, nuisance=True)
    assert (counters.calls_on(today), counters.nuisance_on(today)) == (1, 0)
    assert (counters.calls_total, counters.nuisance_total) == (3, 1)
    counters.count_past(today, nuisance=True)
    assert (counters.calls_on(today), counters.nuisance_on(today)) == (2, 1)


def test_a_call_the_phone_answers_is_stopped_not_answered() -> None:
    """The phone's word that it answers a caller makes that call's CONNECT a stop.

    The word may come before the RING (the INVITE was first) and lasts a minute;
    other callers and later calls are answered as ever.
    """
    now = [datetime(2026, 11, 30, 10, 0, tzinfo=UTC)]
    tracker = CallTracker(lambda raw: normalize_caller(raw, "DE"), lambda: now[0])
    tracker.stopping("+49301234567", StopKind.POLITE_NO)
    tracker.handle(_event(CallEventKind.RING, "0", caller="0301234567"))
    tracker.handle(_event(CallEventKind.RING, "1", caller="0307654321"))
    [(kind, call)] = tracker.handle(_event(CallEventKind.CONNECT, "0"))
    assert kind is CallEventType.CALL_STOPPED
    assert (call.stopped, call.answered) == (StopKind.POLITE_NO, False)
    assert tracker.handle(_event(CallEventKind.CONNECT, "0")) == []
    assert [k for k, _ in tracker.handle(_event(CallEventKind.DISCONNECT, "0", duration=4))] == [
        CallEventType.CALL_ENDED  # not missed
    ]
    assert [k for k, _ in tracker.handle(_event(CallEventKind.CONNECT, "1"))] == [
        CallEventType.CALL_ANSWERED
    ]
    # The word is used up: the same caller's next call, answered at home, is answered.
    tracker.handle(_event(CallEventKind.RING, "2", caller="0301234567"))
    assert [k for k, _ in tracker.handle(_event(CallEventKind.CONNECT, "2"))] == [
        CallEventType.CALL_ANSWERED
    ]
    # A word that was taken back, or is too old, changes nothing.
    tracker.stopping("+49301234567", StopKind.HANG_UP)
    tracker.not_stopping("+49301234567")
    tracker.handle(_event(CallEventKind.RING, "3", caller="0301234567"))
    assert tracker.handle(_event(CallEventKind.CONNECT, "3"))[0][0] is CallEventType.CALL_ANSWERED
    tracker.stopping("+49301234567", StopKind.HANG_UP)
    now[0] += STOP_MARK_LIFETIME + timedelta(seconds=1)
    tracker.handle(_event(CallEventKind.RING, "4", caller="0301234567"))
    assert tracker.handle(_event(CallEventKind.CONNECT, "4"))[0][0] is CallEventType.CALL_ANSWERED


def test_the_phones_words_expire_oldest_first_and_are_capped() -> None:
    """At most 64 words at once; an old one makes room when it expires; a word given
    again lasts from then."""
    now = [datetime(2026, 11, 30, 10, 0, tzinfo=UTC)]
    tracker = CallTracker(lambda raw: normalize_caller(raw, "DE"), lambda: now[0])

    def stopped(call_id: str, caller: str) -> bool:
        tracker.handle(_event(CallEventKind.RING, call_id, caller=caller))
        [(kind, _call)] = tracker.handle(_event(CallEventKind.CONNECT, call_id))
        tracker.handle(_event(CallEventKind.DISCONNECT, call_id, duration=1))
        return kind is CallEventType.CALL_STOPPED

    for n in range(64):
        tracker.stopping(f"+4930100{n:04d}", StopKind.HANG_UP)
    tracker.stopping("+49302000000", StopKind.HANG_UP)  # one too many: not kept
    assert not stopped("a", "0302000000")
    now[0] += timedelta(seconds=30)
    tracker.stopping("+49301000000", StopKind.HANG_UP)  # the first word again, from now
    now[0] += STOP_MARK_LIFETIME - timedelta(seconds=10)  # the others are too old now
    tracker.stopping("+49302000000", StopKind.HANG_UP)  # room again
    assert stopped("b", "0302000000")
    assert stopped("c", "0301000000")
    assert not stopped("d", "0301000001")


def test_a_stopped_call_is_counted_apart() -> None:
    """Stopped calls count as calls, neither answered nor missed, with their outcome."""
    register = Register()
    register.record_ring("+4930111", "0", T0, "SIP0")
    register.record_ring("+4930111", "1", T0 + timedelta(minutes=1), "SIP0")
    register.record_end("+4930111", "0", answered=False, duration=3, stopped=True)
    ended = register.record_end("+4930111", "1", answered=True, duration=30)
    assert ended is not None
    tally, _record = ended
    assert (tally.count, tally.answered, tally.missed, tally.stopped) == (2, 1, 0, 1)
    assert [record.outcome for record in tally.history] == [Outcome.STOPPED, Outcome.ANSWERED]
    assert tally.as_dict(history=False)["stopped"] == 1


def test_tally_views_and_the_paths_around_them() -> None:
    """Views compare by caller and register; old calls go, late ones sort in; 0.1 data parses."""
    register = Register()
    t0 = datetime(2026, 11, 1, 10, 0, tzinfo=UTC)
    stopped = CallRecord("s", t0, "SIP0", outcome=Outcome.STOPPED, entry_id="a")
    register.add("+4930111", stopped)
    register.add("+4930111", CallRecord("late", t0 - timedelta(hours=1), "SIP0", entry_id="b"))
    tally = register.callers["+4930111"]
    assert (tally.count, tally.stopped) == (2, 1)
    assert [record.call_id for record in tally.history] == ["late", "s"]  # in time order
    assert tally.lines == ["a", "b"]
    tally.seen_on("a")
    assert tally.last_line == "a"
    assert tally == register.get("+4930111")
    assert tally != CallerTally("+4930111")  # another register
    assert tally.__eq__("not a tally") is NotImplemented
    assert len({tally, register.get("+4930111")}) == 1
    assert "count=2" in repr(tally)
    assert tally.record("nope") is None
    with pytest.raises(KeyError):
        register.callers["+4930999"]
    assert list(register.callers) == ["+4930111"]
    empty = CallerTally("+4930222")
    empty.add(CallRecord("x", t0, "SIP0"))
    assert [record.call_id for record in empty.history] == ["x"]

    parsed = CallerTally.from_dict(
        {
            "number": "+4930333",
            "count": 3,
            "stopped": 1,
            "history": [{"call_id": "1", "time": t0.isoformat()}, {"broken": True}],
        }
    )
    assert (parsed.count, parsed.stopped, [r.call_id for r in parsed.history]) == (3, 1, ["1"])
    with pytest.raises(TypeError):
        CallerTally.from_dict({"number": "+4930444", "history": "not a list"})


def test_loaded_calls_keep_only_the_recent_ones() -> None:
    """Read back from the log, a caller keeps the last 92 days (and at most 200 calls)."""
    t0 = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
    register = Register()
    for days in (200, 100, 1, 0):
        register.add("+4930111", CallRecord(str(days), t0 - timedelta(days=days), "SIP0"))
    assert [record.call_id for record in register.callers["+4930111"].history] == ["1", "0"]
    row = tally_row(
        count=0, answered=0, missed=0, stopped=0, first_seen=None, last_seen=None, lines=()
    )
    assert with_loaded_calls(row, []) == row


def test_a_number_read_again_is_not_parsed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """One call's number is read by its RING, the phone's INVITE, CONNECT and DISCONNECT:
    phonenumbers parses it once; an impossible number is remembered as impossible."""
    from custom_components.nuisance_calls.lib import numbers

    parsed: list[str] = []
    parse = numbers.phonenumbers.parse

    def counting(text: str, region: str | None = None) -> object:
        parsed.append(text)
        return parse(text, region)

    monkeypatch.setattr(numbers.phonenumbers, "parse", counting)
    numbers._e164.cache_clear()  # what other tests read before
    for _ in range(4):
        assert normalize(" 0176 5550199 ", "de") == "+491765550199"
    for _ in range(2):
        with pytest.raises(InvalidNumberError):
            normalize("12", "DE")
    assert parsed == ["0176 5550199", "12"]
    assert normalize("0176 5550199", "AT") == "+431765550199"  # another region: parsed anew
    assert len(parsed) == 3
