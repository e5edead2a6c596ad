"""Shared-list core: the matcher, list formats and the classifier's rules (no HA)."""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta
import json
import os
import pickle
from typing import Any

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.nuisance_calls.lib.classifier import (
    ClassifierOptions,
    ListAction,
    PersonalList,
    VerdictKind,
    classify,
)
from custom_components.nuisance_calls.lib.listformats import (
    ListFormat,
    ListFormatError,
    export_document,
    normalize_entry_number,
    parse_list,
)
from custom_components.nuisance_calls.lib.matcher import (
    CombinedIndex,
    IndexBuilder,
    ListRecord,
    Match,
    MatchIndex,
    record_key,
)
from custom_components.nuisance_calls.lib.numbers import ANONYMOUS, InvalidNumberError
from custom_components.nuisance_calls.lib.register import Register

NOW = datetime(2026, 11, 24, 12, 0, 0)


def test_exact_and_range_lookup_longest_prefix_wins() -> None:
    """Exact numbers hit exactly; ranges match by their longest prefix."""
    index = MatchIndex(
        [
            ListRecord("+4930123456", tags=("scam",), label="Fake Bank", source="a"),
            ListRecord("+49900*", tags=("premium",), source="a"),
            ListRecord("+4990012*", tags=("robocall",), label="Robo", source="b"),
        ]
    )
    exact = index.lookup("+4930123456")
    assert exact is not None
    assert (exact.flagged, exact.tags, exact.label, exact.range) == (
        True,
        ("scam",),
        "Fake Bank",
        None,
    )
    longest = index.lookup("+499001234567")
    assert longest is not None
    assert (longest.range, longest.tags, longest.label) == ("+4990012*", ("robocall",), "Robo")
    shorter = index.lookup("+49900999")
    assert shorter is not None
    assert shorter.range == "+49900*"
    assert index.lookup("+4930123457") is None
    assert index.lookup("+49301234") is None  # a prefix of an exact number is no match
    assert index.lookup(ANONYMOUS) is None
    assert (index.exact_count, index.range_count) == (1, 2)


def test_duplicates_merge_and_allow_beats_flag() -> None:
    """The same number from several lists: tags and sources merged, allow wins."""
    index = MatchIndex(
        [
            ListRecord("+4930111", tags=("scam",), score=8, source="a"),
            ListRecord("+4930111", tags=("telemarketing", "scam"), label="X", source="b"),
            ListRecord("+4930111", allow=True, label="Doctor", source="c"),
        ]
    )
    match = index.lookup("+4930111")
    assert match is not None
    assert match.flagged
    assert match.allowed
    assert match.tags == ("scam", "telemarketing")
    assert match.label == "X"
    assert match.score == 8
    assert match.sources == ("a", "b", "c")
    assert len(index) == 1


def test_exact_and_range_together_merge() -> None:
    """An allowed range and a flagged exact number: both show, allow wins later."""
    index = MatchIndex(
        [ListRecord("+4930*", allow=True, source="city"), ListRecord("+4930111", source="bad")]
    )
    match = index.lookup("+4930111")
    assert match is not None
    assert (match.flagged, match.allowed, match.sources) == (True, True, ("bad", "city"))


def test_invalid_records_are_rejected_not_fatal() -> None:
    """Non-E.164 keys never enter the index."""
    index = MatchIndex(
        [ListRecord("030123"), ListRecord("+0301"), ListRecord("+1" * 20), ListRecord("+49abc")]
    )
    assert index.rejected == 4
    assert len(index) == 0


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.text("0123456789", min_size=1, max_size=6), st.booleans(), st.booleans()),
        max_size=40,
    ),
    st.lists(st.text("0123456789", min_size=1, max_size=8), max_size=20),
)
def test_index_agrees_with_naive_reference(
    entries: list[tuple[str, bool, bool]], probes: list[str]
) -> None:
    """Whatever the entries, lookups agree with a brute-force search."""
    records = [
        ListRecord(f"+4{digits}{'*' if is_range else ''}", allow=allow, source=str(n))
        for n, (digits, is_range, allow) in enumerate(entries)
    ]
    index = MatchIndex(records)
    for probe in [f"+4{p}" for p in probes] + [r.number.rstrip("*") for r in records]:
        exact = [r for r in records if r.number == probe]
        prefixes = [
            r for r in records if r.number.endswith("*") and probe.startswith(r.number[:-1])
        ]
        longest = max((len(r.number) for r in prefixes), default=0)
        best = [r for r in prefixes if len(r.number) == longest]
        expected = exact + best
        match = index.lookup(probe)
        if not expected:
            assert match is None
            continue
        assert match is not None
        assert match.allowed == any(r.allow for r in expected)
        assert match.flagged == any(not r.allow for r in expected)
        assert set(match.sources) == {r.source for r in expected}


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("+49 900*", "DE", "+49900*"),
        ("0900*", "DE", "+49900*"),
        ("0049 900 1*", "DE", "+499001*"),
        ("06 12*", "IT", "+390612*"),
        ("030 123456", "DE", "+4930123456"),
    ],
)
def test_entry_numbers_and_ranges(raw: str, region: str, expected: str) -> None:
    """Ranges are written as people write them; national prefixes per country."""
    assert normalize_entry_number(raw, region) == expected


@pytest.mark.parametrize("raw", ["*", "+*", "abc*", "0*", "+0049*", "12"])
def test_bad_entry_numbers(raw: str) -> None:
    """Too-short or non-numeric ranges are refused."""
    with pytest.raises(InvalidNumberError):
        normalize_entry_number(raw, "DE")


def test_plain_text_format() -> None:
    """One number or range per line, # comments, bad lines counted."""
    parsed = parse_list(
        b"# my list\n030 123456  # the bank\n+49 900*\r\n\nnot a number\n", region="DE", source="s"
    )
    assert parsed.format is ListFormat.TEXT
    assert [r.number for r in parsed.records] == ["+4930123456", "+49900*"]
    assert parsed.skipped == 1
    assert {r.source for r in parsed.records} == {"s"}


@pytest.mark.parametrize(
    "document",
    [
        "number,label,tags,score\n030 123456,Acme,telemarketing|scam,8\n",
        "Rufnummer;Firma;Kategorie\n030 123456;Acme;telemarketing,scam\n",
        "030 123456\tAcme\ttelemarketing;scam\t8\n",
        "\ufeffphone,name\r\n030 123456,Acme\r\n",
    ],
)
def test_csv_with_and_without_header(document: str) -> None:
    """Comma, semicolon, tab; a header names the columns, else number-label-tags-score."""
    parsed = parse_list(document, region="DE")
    assert parsed.format is ListFormat.CSV
    [record] = parsed.records
    assert record.number == "+4930123456"
    assert record.label == "Acme"
    if "telemarketing" in document:
        assert record.tags == ("telemarketing", "scam")


def test_json_list_callblocker_and_export_round_trip() -> None:
    """JSON lists, the callblocker shape and our own export all read back."""
    plain = parse_list(
        '["030 123456", {"number": "+49301111", "label": "X", "score": 7}]', region="DE"
    )
    assert plain.format is ListFormat.JSON
    assert [r.number for r in plain.records] == ["+4930123456", "+49301111"]
    assert plain.records[1].score == 7

    callblocker = parse_list(
        '{"name": "Spam DE", "entries": [{"number": "+4930123456", "name": "Spam GmbH",'
        ' "date_created": "2020-01-01"}, {"number": "x"}]}',
        region="DE",
    )
    assert callblocker.format is ListFormat.CALLBLOCKER
    assert callblocker.name == "Spam DE"
    assert callblocker.records[0].label == "Spam GmbH"
    assert callblocker.skipped == 1

    document = export_document(
        "Mine",
        [
            {"number": "+4930123456", "action": "flag", "tags": ["scam"], "label": "<b>Bad</b>"},
            {"number": "+4930999", "action": "allow", "tags": [], "label": "Mum"},
        ],
    )
    import json

    back = parse_list(json.dumps(document), region="DE", source="friend")
    assert back.format is ListFormat.EXPORT
    assert [(r.number, r.allow, r.tags, r.label) for r in back.records] == [
        ("+4930123456", False, ("scam",), "<b>Bad</b>"),
        ("+4930999", True, (), "Mum"),
    ]


@pytest.mark.parametrize(
    "document", ["{not json", '{"entries": 5}', "garbage\nmore garbage\n", "[1"]
)
def test_documents_that_are_not_lists(document: str) -> None:
    """A broken document raises ListFormatError (the caller keeps its last good copy)."""
    with pytest.raises(ListFormatError):
        parse_list(document, region="DE")


def test_hostile_labels_are_stored_as_text() -> None:
    """HTML kept as text, control characters and 10 kB labels tamed."""
    parsed = parse_list(
        '[{"number": "030 123456", "label": "<img src=x onerror=alert(1)>\\u0000\\u202e'
        + "A" * 10_000
        + '"}]',
        region="DE",
    )
    label = parsed.records[0].label
    assert label.startswith("<img src=x onerror=alert(1)>")
    assert "\x00" not in label
    assert "\u202e" not in label
    assert len(label) == 120


def test_classifier_combines_personal_lists_and_rules() -> None:
    """Allow beats flag across sources; rules only for callers no list mentions."""
    personal = PersonalList()
    personal.set("+4930111", ListAction.FLAG, tag="scam")
    index = MatchIndex(
        [
            ListRecord("+4930111", allow=True, label="Doctor", source="list:friends"),
            ListRecord("+4930222", tags=("telemarketing",), label="Acme", score=8, source="list:x"),
        ]
    )
    allowed = classify("+4930111", personal, index=index)
    assert allowed.verdict is VerdictKind.ALLOWED
    assert allowed.sources == ("list:friends",)
    assert allowed.label == "Doctor"
    flagged = classify("+4930222", personal, index=index)
    assert flagged.verdict is VerdictKind.NUISANCE
    assert (flagged.tags, flagged.label, flagged.score) == (("telemarketing",), "Acme", 8)

    abroad = ClassifierOptions(abroad_is_nuisance=True, home_region="DE")
    assert classify("+4930333", personal, abroad).verdict is VerdictKind.UNKNOWN
    foreign = classify("+16502530000", personal, abroad)
    assert (foreign.verdict, foreign.tags) == (VerdictKind.NUISANCE, ("abroad",))
    assert classify("+16502530000", personal).verdict is VerdictKind.UNKNOWN


def test_repeat_rule() -> None:
    """3 unanswered calls within 7 days tag an unknown caller 'repeat'."""
    register = Register()
    options = ClassifierOptions(repeat_calls=3, repeat_days=7)
    number = "+4930555"
    for n, days_ago in enumerate((10, 2)):
        register.record_ring(number, str(n), NOW - timedelta(days=days_ago), "SIP0", "unknown")
        register.record_end(number, str(n), answered=False, duration=0)

    def verdict() -> VerdictKind:
        return classify(
            number, PersonalList(), options, tally=register.get(number), now=NOW
        ).verdict

    assert verdict() is VerdictKind.UNKNOWN  # only one call inside the window
    register.record_ring(number, "2", NOW - timedelta(days=1), "SIP0", "unknown")
    register.record_end(number, "2", answered=False, duration=0)
    assert verdict() is VerdictKind.UNKNOWN  # two: a look-up is not a third call
    register.record_ring(number, "3", NOW, "SIP0", "")  # the third rings, recorded first
    result = classify(number, PersonalList(), options, tally=register.get(number), now=NOW)
    assert (result.verdict, result.tags, result.sources) == (
        VerdictKind.NUISANCE,
        ("repeat",),
        ("rule:repeat",),
    )
    register.record_end(number, "3", answered=True, duration=5)
    assert verdict() is VerdictKind.UNKNOWN  # answered recently: not a nuisance
    assert (
        classify(
            number,
            PersonalList(),
            ClassifierOptions(repeat_calls=0),
            tally=register.get(number),
            now=NOW,
        ).verdict
        is VerdictKind.UNKNOWN
    )


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_are_a_list_or_a_list_format_error(data: bytes) -> None:
    """Random bytes never raise anything but ListFormatError."""
    with contextlib.suppress(ListFormatError):
        parse_list(data, region="DE")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=30),
            st.sampled_from(["030 1234567", "+49 900*", "0900*", "#c", ";", ",", '"', "\r"]),
        ),
        max_size=30,
    ),
    st.sampled_from(["\n", "\r", "\r\n", ";", ",", "\t"]),
)
def test_any_text_in_any_shape_is_a_list_or_a_list_format_error(
    parts: list[str], separator: str
) -> None:
    """Text lists, CSV of any separator and line ending, JSON-ish heads."""
    for head in ("", "number,label\n", "{", "["):
        with contextlib.suppress(ListFormatError):
            parse_list(head + separator.join(parts), region="DE")


@pytest.mark.parametrize(
    "document",
    [
        b"number;label\r030 1234567;Acme\r030 7654321;Other\r",  # CSV (Macintosh)
        b"[" * 100_000 + b"]" * 100_000,  # nested deeper than a parser goes
        b"\x00\x01\x02binary\xff\xfe",
        bytes(range(256)) * 20,
    ],
)
def test_documents_that_crashed_the_refresh(document: bytes) -> None:
    """Each is read or refused as a list error, never an exception of its own."""
    try:
        parsed = parse_list(document, region="DE")
    except ListFormatError:
        return
    assert parsed.count == 2  # the Macintosh CSV is read


def test_a_worker_that_dies_is_a_list_error() -> None:
    """Out of memory, killed, or no interpreter to start: the list keeps its last copy."""
    from unittest.mock import patch

    from custom_components.nuisance_calls.lib import isolated
    from custom_components.nuisance_calls.lib.exceptions import ListFetchError
    from custom_components.nuisance_calls.lib.listclient import parse_document

    body = b"030 1234567\n" * 10
    with (
        patch.object(isolated, "ISOLATE_FROM_BYTES", 0),
        patch.object(isolated.sys, "executable", "/nonexistent/python"),
        pytest.raises(ListFetchError, match="could not be read"),
    ):
        parse_document(body, "DE", "", False)
    with (
        patch.object(isolated, "ISOLATE_FROM_BYTES", 0),
        patch.object(isolated, "_WORKER", "import sys; sys.exit(3)"),
        pytest.raises(ListFetchError, match="worker failed"),
    ):
        parse_document(body, "DE", "", False)
    with patch.object(isolated, "ISOLATE_FROM_BYTES", 0):
        parsed, index = parse_document(body, "DE", "list:x", False)
    assert (parsed.count, index.exact_count) == (10, 1)


def test_the_most_specific_entry_names_the_caller_across_lists() -> None:
    """A range in one list, a longer range and an exact entry in others: the longest
    match gives the label, whatever the order of the subscriptions; allow still wins."""
    from custom_components.nuisance_calls.lib.matcher import CombinedIndex

    broad = MatchIndex([ListRecord("+49900*", label="Premium numbers", source="list:a")])
    narrow = MatchIndex([ListRecord("+4990012*", label="Quiz line", source="list:b")])
    exact = MatchIndex(
        [ListRecord("+49900123456", allow=True, label="Hotline of my bank", source="list:c")]
    )
    for order in ((broad, narrow), (narrow, broad)):
        match = CombinedIndex(order).lookup("+49900129999")
        assert match is not None
        assert (match.label, match.range, match.sources[0]) == ("Quiz line", "+4990012*", "list:b")
    for order in ((broad, narrow, exact), (exact, broad, narrow), (narrow, exact, broad)):
        match = CombinedIndex(order).lookup("+49900123456")
        assert match is not None
        assert (match.label, match.range, match.allowed) == ("Hotline of my bank", None, True)
        assert match.flagged  # the ranges flag it too; the verdict lets allow win


# ----------------------------------------------------------------- big lists (issue 13)

_TAGS = ((), ("spam",), ("spam", "scam"), ("scam",), ("survey", "spam"))
_ODD_PROBES = (
    "",
    "+",
    "+4",
    "+04",
    "+0412",
    "+4\u0661\u0662",
    "+41 2",
    "+412x",
    "4123",
    "+4" + "1" * 20,
)


def _reference(records: list[ListRecord], number: str) -> Match | None:
    """What the lists say about a number, by brute force (the documented semantics).

    An exact entry matches the very same number; a range ``+P*`` every number
    that starts with ``+P``, and only the longest matching range counts. The
    entries that match are merged: any flag, any allow, tags and sources in
    list order (exact entries first, then the range's), the first label, the
    highest score (to 3 decimals); ``range`` names the range unless an exact
    entry matched.
    """
    valid = [record for record in records if record_key(record.number) is not None]
    exact = [r for r in valid if not r.number.endswith("*") and r.number == number]
    covering = [r for r in valid if r.number.endswith("*") and number.startswith(r.number[:-1])]
    longest = max((len(r.number) for r in covering), default=0)
    best = [r for r in covering if len(r.number) == longest]
    entries = exact + best
    if not entries:
        return None
    scores = [r.score for r in entries if r.score is not None]
    return Match(
        flagged=any(not r.allow for r in entries),
        allowed=any(r.allow for r in entries),
        tags=tuple(dict.fromkeys(tag for r in entries for tag in r.tags)),
        label=next((r.label for r in entries if r.label), ""),
        score=round(max(scores), 3) if scores else None,
        sources=tuple(dict.fromkeys(r.source for r in entries if r.source)),
        range=None if exact else best[0].number,
    )


_RECORDS = st.lists(
    st.builds(
        ListRecord,
        number=st.one_of(
            st.builds(
                lambda digits, is_range: f"+4{digits}{'*' if is_range else ''}",
                st.text("0123", min_size=1, max_size=5),
                st.booleans(),
            ),
            st.sampled_from(["+04123", "4123", "+41x", "+*", "+" + "1" * 16]),
        ),
        allow=st.booleans(),
        tags=st.sampled_from(_TAGS),
        label=st.sampled_from(["", "", "Acme", "Bank"]),
        score=st.one_of(st.none(), st.sampled_from([1.0, 2.5, 0.1234, 7.0])),
        source=st.sampled_from(["", "list:a", "list:b"]),
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(_RECORDS, st.lists(st.text("01234", min_size=0, max_size=7), max_size=15))
def test_every_way_of_building_agrees_with_the_reference(
    records: list[ListRecord], probes: list[str]
) -> None:
    """Labels, tags, scores, allow lists, duplicates and nested ranges: built in
    memory, sorted in runs, sent through a worker's state or combined, every
    index answers what the brute-force reference answers."""
    from unittest.mock import patch

    from custom_components.nuisance_calls.lib import matcher

    index = MatchIndex(records)
    builder = IndexBuilder()
    for record in records:
        builder.add_record(record)
    in_one_go = builder.build(in_runs=False)
    with patch.object(matcher, "_SORT_RUN", 3):
        in_runs = MatchIndex(records)
    crossed = MatchIndex.from_state(pickle.loads(pickle.dumps(index.to_state())))
    combined = CombinedIndex([index])
    numbers = {f"+4{probe}" for probe in probes} | set(_ODD_PROBES)
    for record in records:
        number = record.number.rstrip("*")
        numbers |= {number, number + "7", number[:-1]}
    for number in sorted(numbers):
        expected = _reference(records, number)
        for built in (index, in_one_go, in_runs, crossed, combined):
            assert built.lookup(number) == expected, (number, built)
    assert index.rejected == in_one_go.rejected == crossed.rejected
    assert len(index) == len(crossed)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "+4930123456",
                "+4930123457",
                " +4930123458\t# spaced, with a comment",
                "+4930123456  ",
                "+49900*",
                "+4990012*  # a range",
                " +49900*",
                "030 1234567",
                "0900 12*",
                "+49 30 7654321",
                "+0301234567",
                "+49301",
                "+4930123456*x",
                "not a number",
                "# just a comment",
                "",
                "\t",
                "+4930\u00a0123456",
                "+\u0664\u0669\u0663\u0660\u0661\u0662\u0663\u0664\u0665\u0666",
            ]
        ),
        max_size=30,
    ),
    st.booleans(),
)
def test_big_list_reading_agrees_with_reading_line_by_line(lines: list[str], allow: bool) -> None:
    """A text list read in bulk (lines that are plain E.164 numbers or ranges) into
    the index builder says what the same list says read one line at a time."""
    text = "\n".join(lines)
    try:
        records = parse_list(text, region="DE", source="list:x", allow=allow)
    except ListFormatError:
        with pytest.raises(ListFormatError):
            parse_list(text, region="DE", source="list:x", allow=allow, into=IndexBuilder())
        return
    builder = IndexBuilder()
    bulk = parse_list(text, region="DE", source="list:x", allow=allow, into=builder)
    assert (bulk.count, bulk.skipped) == (len(records.records), records.skipped)
    index, expected = builder.build(), MatchIndex(records.records)
    assert (index.exact_count, index.range_count) == (expected.exact_count, expected.range_count)
    for record in records.records:
        for number in (record.number.rstrip("*"), record.number.rstrip("*") + "1"):
            assert index.lookup(number) == expected.lookup(number)
    as_json = json.dumps([line.split("#")[0].strip() for line in lines])
    json_builder = IndexBuilder()
    json_bulk = parse_list(as_json, region="DE", source="list:x", allow=allow, into=json_builder)
    json_records = parse_list(as_json, region="DE", source="list:x", allow=allow)
    assert (json_bulk.count, json_bulk.skipped) == (len(json_records.records), json_records.skipped)
    json_index, json_expected = json_builder.build(), MatchIndex(json_records.records)
    for record in json_records.records:
        assert json_index.lookup(record.number.rstrip("*")) == json_expected.lookup(
            record.number.rstrip("*")
        )


def _plain_list(count: int) -> bytes:
    return b"\n".join(b"+4930%07d" % number for number in range(count)) + b"\n+49900*\n"


def test_a_plain_list_costs_8_bytes_a_number_and_crosses_as_a_few_buffers() -> None:
    """What a worker sends back is a few raw byte strings, about 8 bytes per number
    (the numbers, sorted), not millions of objects or per-entry columns of what a
    plain list says the same for every number."""
    from custom_components.nuisance_calls.lib.isolated import parse_and_build

    parsed, index = parse_and_build(_plain_list(100_000), "DE", "list:big", False)
    assert (parsed.count, index.exact_count, index.range_count) == (100_001, 100_000, 1)
    state = index.to_state()
    assert len(pickle.dumps(state)) < 9 * 100_000
    assert index.nbytes() < 9 * 100_000
    values = [value for _name, _code, value in state["columns"]]
    assert all(isinstance(value, bytes) for value in values)
    assert len(values) < 20
    assert index.lookup("+49300099999") == Match(True, False, (), "", None, ("list:big",))
    assert index.lookup("+49900123") == Match(True, False, (), "", None, ("list:big",), "+49900*")


def test_a_worker_index_lives_outside_the_parents_heap() -> None:
    """The worker's columns are read from the pipe into one memory mapping the
    index uses in place: reading a big list costs the parent's Python heap next to
    nothing, and the mapping goes when the index goes (no growth per refresh)."""
    import gc
    import tracemalloc
    import weakref

    from custom_components.nuisance_calls.lib import isolated

    body = _plain_list(200_000)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        _parsed, index = isolated.parse_and_build_isolated(body, "DE", "list:big", False)
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert index.exact_count == 200_000
    assert grown < 200_000  # bytes: the 1.6 MB of numbers are not on the heap
    released = weakref.ref(index)
    del index
    gc.collect()
    assert released() is None


def test_worker_protocol_in_process() -> None:
    """The worker's side, run here: a list comes back as the same index; a document
    that is no list comes back as a list error."""
    import io

    from custom_components.nuisance_calls.lib import isolated

    def exchange(body: bytes) -> io.BytesIO:
        requests, answers = io.BytesIO(), io.BytesIO()
        isolated._write_message(requests, ("DE", "list:x", True, len(body)))
        requests.write(body)
        requests.seek(0)
        isolated.serve(requests, answers)
        answers.seek(0)
        return answers

    answers = exchange(b"030 1234567\n+49900*\nnonsense\n")
    kind, summary, meta, layout = isolated._read_message(answers)
    assert (kind, summary) == ("ok", ("text", 1, "", 2))
    index = isolated._receive_index(answers, meta, layout)
    match = index.lookup("+49301234567")
    assert match is not None
    assert (match.allowed, match.sources) == (True, ("list:x",))
    assert isolated._read_message(exchange(b"{broken"))[0] == "error"


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="no process priorities here")
def test_the_worker_runs_below_home_assistants_priority() -> None:
    """Building an index is background work: the worker lowers its own priority, so HA's
    loop (a ringing call's 200 OK) does not wait behind it for a CPU."""
    import tempfile
    import time

    from custom_components.nuisance_calls.lib import isolated

    ours = os.getpriority(os.PRIO_PROCESS, 0)
    with tempfile.TemporaryFile() as errors:
        process = isolated.start_worker(errors)  # it waits for a request
        try:
            deadline = time.monotonic() + 30
            niceness = ours
            while niceness == ours and time.monotonic() < deadline:
                time.sleep(0.02)
                niceness = os.getpriority(os.PRIO_PROCESS, process.pid)
        finally:
            process.kill()
            process.wait()
    assert niceness == min(ours + isolated.WORKER_NICENESS, 19)
    assert os.getpriority(os.PRIO_PROCESS, 0) == ours  # HA's own priority is untouched


def test_a_worker_that_answers_nonsense_or_hangs_is_a_list_error() -> None:
    """A cut-off answer, or no answer in time: the worker failed (the list keeps its copy)."""
    from unittest.mock import patch

    from custom_components.nuisance_calls.lib import isolated

    cut_off = "import sys; sys.stdin.buffer.read(); sys.stdout.buffer.write(b'\\x05')"
    with (
        patch.object(isolated, "_WORKER", cut_off),
        pytest.raises(RuntimeError, match="worker failed"),
    ):
        isolated.parse_and_build_isolated(b"030 1234567\n", "DE", "", False)
    with (
        patch.object(isolated, "_WORKER", "import time; time.sleep(60)"),
        patch.object(isolated, "WORKER_TIMEOUT", 0.5),
        pytest.raises(RuntimeError, match="worker failed"),
    ):
        isolated.parse_and_build_isolated(b"030 1234567\n", "DE", "", False)


def test_a_state_that_does_not_add_up_is_refused() -> None:
    """A damaged answer from a worker is a ValueError, never an index that fails later."""
    state = MatchIndex([ListRecord("+4930123", label="A"), ListRecord("+49900*")]).to_state()

    def changed(**changes: Any) -> dict[str, Any]:
        columns = {name: (code, data) for name, code, data in state["columns"]}
        for name, value in changes.items():
            if value is None:
                del columns[name]
            else:
                columns[name] = value
        return {**state, "columns": [(name, *value) for name, value in columns.items()]}

    for bad in (
        {**state, "version": 1},
        changed(keys=("q", b"\0" * 8)),
        changed(unknown=("B", b"")),
        changed(keys=("d", b"\0" * 7)),
        changed(bounds=None),
        changed(key_kinds=("B", b"\0\0\0")),
        changed(range_kinds=("B", b"")),
        changed(keys=("d", "text")),
    ):
        with pytest.raises(ValueError):
            MatchIndex.from_state(bad)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("+999999999999999", "+999999999999999"),  # 15 digits: exact as a float key
        ("+999999999999998", None),
        ("+100000000000000", "+100000000000000"),
        ("+0100000000000000", None),  # not E.164: no exact entry matches it
        ("+49900123", "+49900*"),
        ("+49900", "+49900*"),  # the prefix itself is under its range
        ("+4990", None),
        ("+49900123456789012345", "+49900*"),  # longer than E.164: ranges still match
        ("+49900abc", "+49900*"),  # like a string prefix
    ],
)
def test_keys_at_the_edges(number: str, expected: str | None) -> None:
    """15-digit numbers, numbers that are no E.164, prefixes and long tails."""
    index = MatchIndex(
        [
            ListRecord("+999999999999999", label="+999999999999999"),
            ListRecord("+100000000000000", label="+100000000000000"),
            ListRecord("+49900*", label="+49900*"),
        ]
    )
    match = index.lookup(number)
    assert (match.label if match else None) == expected
