"""Every error this library raises, under one base class.

Catch ``NuisanceCallsError`` for "anything the library refused or could not
do"; the subclasses say what, and carry a short machine-readable ``reason``
where callers show or map it (logs, diagnostics, translation keys).
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "AudioFormatError",
    "InvalidNoteError",
    "InvalidNumberError",
    "LineParseError",
    "ListFetchError",
    "ListFormatError",
    "ListProblem",
    "NoteProblem",
    "NuisanceCallsError",
    "ReputationAuthError",
    "ReputationError",
    "ReputationRateLimitError",
    "SipError",
    "SipParseError",
    "StoredDataError",
    "Tr064AuthError",
    "Tr064Error",
    "Tr064FaultError",
]


class NuisanceCallsError(Exception):
    """Base class of the library's errors."""


class InvalidNumberError(NuisanceCallsError, ValueError):
    """A string that is not a phone number."""


class NoteProblem(StrEnum):
    """Why a note was refused."""

    TOO_LONG = "too_long"
    INVALID_CHARACTER = "invalid_character"


class InvalidNoteError(NuisanceCallsError, ValueError):
    """A note that is too long or holds characters no note may hold."""

    def __init__(self, problem: NoteProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


class LineParseError(NuisanceCallsError, ValueError):
    """A call monitor line that is not an event we understand."""


class StoredDataError(NuisanceCallsError, ValueError):
    """Stored data that is not in the shape this library writes."""


class ListFormatError(NuisanceCallsError, ValueError):
    """A document that is not a list in any format we read."""


class ListProblem(StrEnum):
    """Why a list could not be fetched or read."""

    OK = "ok"
    UNREACHABLE = "unreachable"
    AUTH = "auth"
    """The server refused the request's credentials (HTTP 401 or 403)."""
    HTTP_ERROR = "http_error"
    TOO_LARGE = "too_large"
    MALFORMED = "malformed"
    SHRUNK = "shrunk"
    """The new copy has far fewer entries than the last (kept until the user agrees)."""
    REVOKED = "revoked"
    """A share link its owner revoked (the server says so: ``SHARE_STATUS_HEADER``)."""


class ListFetchError(NuisanceCallsError):
    """A list download or parse failed; ``problem`` says why, ``detail`` for logs."""

    def __init__(self, problem: ListProblem, detail: str) -> None:
        super().__init__(detail)
        self.problem = problem
        self.detail = detail

    @property
    def reason(self) -> str:
        """The problem as a word."""
        return self.problem.value


class Tr064Error(NuisanceCallsError):
    """The box could not be asked, or did not answer as TR-064 says."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


class Tr064AuthError(Tr064Error):
    """The box refused the user or password (HTTP 401) or the user lacks the right."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("auth", detail)


class Tr064FaultError(Tr064Error):
    """The box answered with a UPnP fault (e.g. 714 "no such entry", 820 "internal")."""

    def __init__(self, code: str, description: str) -> None:
        super().__init__(f"fault_{code}", description)
        self.code = code


class ReputationError(NuisanceCallsError):
    """A reputation service could not be asked or gave no usable answer."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


class ReputationAuthError(ReputationError):
    """The service refused the API key (HTTP 401 or 403)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("auth", detail)


class ReputationRateLimitError(ReputationError):
    """The service asked us to slow down (HTTP 429); ``retry_after`` seconds to wait."""

    def __init__(self, retry_after: float) -> None:
        super().__init__("rate_limited", f"retry after {retry_after:.0f} s")
        self.retry_after = retry_after


class SipError(NuisanceCallsError):
    """The SIP phone could not start: the box's name does not resolve, the port is taken."""


class SipParseError(SipError, ValueError):
    """A datagram or SDP body that is not a SIP message (or SDP) we accept."""


class AudioFormatError(NuisanceCallsError, ValueError):
    """Audio that is not what the phone plays (a WAV must be PCM16 mono 8 kHz)."""
