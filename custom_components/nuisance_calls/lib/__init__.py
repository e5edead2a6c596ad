"""nuisance_calls_core: see, judge and count phone calls, without Home Assistant.

The HA-free core of the ``nuisance_calls`` integration, publishable as it
stands (``pyproject.toml`` next to this file builds the ``nuisance-calls-core``
distribution, imported as ``nuisance_calls_core``):

- call sources: the FRITZ!Box call monitor client (``CallMonitorClient``, a
  ``CallSource``), call phases of anything that shows a phone's state
  (``PhaseTracker``), the lifecycle of calls (``CallTracker``);
- judging: phone numbers in E.164 (``normalize``), list formats
  (``parse_list``), a compact index over millions of entries
  (``MatchIndex``), the personal list and the verdict (``classify``);
- the tally (``Register``) and every call ever on disk (``CallLog``, SQLite),
  per-line counters, evidence (``aggregate_labels``, ``calls_csv``);
- clients on an injected ``aiohttp`` session: TR-064 (``Tr064Client``: phone
  books, call barring, the box's call list as ``BoxCall``s, its home codes),
  shared lists (``ListClient``), tellows (``TellowsClient``), PhoneBlock
  (``PhoneBlockClient``: look-ups, the community blocklist, reports);
- the SIP phone (``SipPhone``): an IP phone at the FRITZ!Box that asks a
  ``decide`` coroutine about each call and rejects it, hangs up, or plays
  an A-law announcement (``wav_to_alaw``) before hanging up.

Everything is plain asyncio and standard-library Python plus
``phonenumbers``, ``aiohttp`` and (for TR-064's messages) ``fritzconnection``.
Every error it raises is a ``NuisanceCallsError``.
"""

from .barring import BoxEntry, Candidate, Wanted, entry_xml, plan, select
from .callexport import calls_csv, day_bounds
from .calllog import CallLog
from .callmonitor import CallMonitorClient, LineBuffer, parse_line, probe
from .calls import ActiveCall, CallEventType, CallTracker, Direction
from .classifier import (
    ClassifierOptions,
    ListAction,
    ListEntry,
    PersonalList,
    Verdict,
    VerdictKind,
    apply_rules,
    classify,
    judge_by_lists,
)
from .counters import LineCounters
from .exceptions import (
    AudioFormatError,
    InvalidNoteError,
    InvalidNumberError,
    LineParseError,
    ListFetchError,
    ListFormatError,
    ListProblem,
    NoteProblem,
    NuisanceCallsError,
    ReputationAuthError,
    ReputationError,
    ReputationRateLimitError,
    SipError,
    SipParseError,
    Tr064AuthError,
    Tr064Error,
    Tr064FaultError,
)
from .listclient import Download, ListClient, parse_document
from .listformats import ListFormat, ParsedList, export_document, parse_list
from .lookup import LookUpClient
from .matcher import CombinedIndex, IndexBuilder, ListRecord, Match, MatchIndex
from .models import CallEvent, CallEventKind, CallSource, ConnectionSink, EventSink
from .numbers import (
    ANONYMOUS,
    dial_format,
    format_number,
    is_abroad,
    is_withheld,
    normalize,
    normalize_caller,
    region_for_country_code,
    with_area_code,
)
from .phases import PhaseMapping, PhaseTracker
from .phone import (
    CallOutcome,
    Decision,
    DecisionKind,
    HangUp,
    IncomingCall,
    PhoneState,
    Reject,
    Say,
    SipPhone,
    SipTimers,
)
from .phoneblock import PhoneBlockClient, Rating, parse_blocklist
from .register import CallerTally, CallRecord, Outcome, Register
from .reputation import Reputation, parse_tellows
from .rtp import pcm16_to_alaw, wav_to_alaw
from .stats import LabelStats, aggregate_labels, most_frequent_nuisance
from .tellows import TellowsClient
from .tr064 import BoxCall, BoxCallKind, BoxCallList, Contact, Tr064Client

__version__ = "0.2.0"

__all__ = [
    "ANONYMOUS",
    "ActiveCall",
    "AudioFormatError",
    "BoxCall",
    "BoxCallKind",
    "BoxCallList",
    "BoxEntry",
    "CallEvent",
    "CallEventKind",
    "CallEventType",
    "CallLog",
    "CallMonitorClient",
    "CallOutcome",
    "CallRecord",
    "CallSource",
    "CallTracker",
    "CallerTally",
    "Candidate",
    "ClassifierOptions",
    "CombinedIndex",
    "ConnectionSink",
    "Contact",
    "Decision",
    "DecisionKind",
    "Direction",
    "Download",
    "EventSink",
    "HangUp",
    "IncomingCall",
    "IndexBuilder",
    "InvalidNoteError",
    "InvalidNumberError",
    "LabelStats",
    "LineBuffer",
    "LineCounters",
    "LineParseError",
    "ListAction",
    "ListClient",
    "ListEntry",
    "ListFetchError",
    "ListFormat",
    "ListFormatError",
    "ListProblem",
    "ListRecord",
    "LookUpClient",
    "Match",
    "MatchIndex",
    "NoteProblem",
    "NuisanceCallsError",
    "Outcome",
    "ParsedList",
    "PersonalList",
    "PhaseMapping",
    "PhaseTracker",
    "PhoneBlockClient",
    "PhoneState",
    "Rating",
    "Register",
    "Reject",
    "Reputation",
    "ReputationAuthError",
    "ReputationError",
    "ReputationRateLimitError",
    "Say",
    "SipError",
    "SipParseError",
    "SipPhone",
    "SipTimers",
    "TellowsClient",
    "Tr064AuthError",
    "Tr064Client",
    "Tr064Error",
    "Tr064FaultError",
    "Verdict",
    "VerdictKind",
    "Wanted",
    "aggregate_labels",
    "apply_rules",
    "calls_csv",
    "classify",
    "day_bounds",
    "dial_format",
    "entry_xml",
    "export_document",
    "format_number",
    "is_abroad",
    "is_withheld",
    "judge_by_lists",
    "most_frequent_nuisance",
    "normalize",
    "normalize_caller",
    "parse_blocklist",
    "parse_document",
    "parse_line",
    "parse_list",
    "parse_tellows",
    "pcm16_to_alaw",
    "plan",
    "probe",
    "region_for_country_code",
    "select",
    "wav_to_alaw",
    "with_area_code",
]
