"""The one place that turns library errors into Home Assistant errors and texts.

``lib`` raises ``NuisanceCallsError`` subclasses (and asyncio/socket errors
surface as ``OSError``); set-up, config flows and actions ask here what that
means for a user: which translation key, whether to retry or to ask for new
credentials.
"""

from __future__ import annotations

from typing import Literal

from homeassistant.exceptions import (
    ConfigEntryAuthFailed,
    ConfigEntryNotReady,
    HomeAssistantError,
    ServiceValidationError,
)

from .const import DOMAIN
from .lib.exceptions import (
    InvalidNoteError,
    ListFetchError,
    ListProblem,
    NoteProblem,
    NuisanceCallsError,
    ReputationAuthError,
    ReputationError,
    Tr064AuthError,
    Tr064Error,
)
from .lib.notes import MAX_NOTE_LENGTH

MAX_PLACEHOLDER = 200
"""Characters of an error's detail shown to users (the rest is in the log)."""


def is_auth_error(err: BaseException) -> bool:
    """Whether credentials were refused (a new password or key would help)."""
    return isinstance(err, (Tr064AuthError, ReputationAuthError)) or (
        isinstance(err, ListFetchError) and err.problem is ListProblem.AUTH
    )


def flow_error(
    err: NuisanceCallsError | OSError, *, service: Literal["tellows", "phoneblock"] | None = None
) -> str:
    """The ``errors`` key a config flow shows for a failed check.

    ``service``: the reputation service whose key or token was checked (its
    texts say which; a timeout there means the service did not answer).
    """
    if isinstance(err, ListFetchError):
        return f"list_{err.problem.value}"
    if isinstance(err, Tr064Error):
        return "invalid_auth" if isinstance(err, Tr064AuthError) else "tr064_cannot_connect"
    if isinstance(err, ReputationError) or (service and isinstance(err, TimeoutError)):
        refused = isinstance(err, ReputationAuthError)
        if service == "phoneblock":
            return "invalid_token" if refused else "phoneblock_unreachable"
        return "invalid_api_key" if refused else "tellows_unreachable"
    if isinstance(err, ConnectionRefusedError):
        return "call_monitor_disabled"
    if isinstance(err, TimeoutError):
        return "timeout"
    return "cannot_connect"


def setup_error(err: NuisanceCallsError | OSError, **placeholders: str) -> HomeAssistantError:
    """What a set-up that cannot work now raises: reauth for refused credentials, else retry."""
    if is_auth_error(err):
        return ConfigEntryAuthFailed(
            translation_domain=DOMAIN,
            translation_key="auth_failed",
            translation_placeholders=placeholders,
        )
    detail = str(err)[:MAX_PLACEHOLDER] or type(err).__name__
    if isinstance(err, ListFetchError):
        return ConfigEntryNotReady(
            translation_domain=DOMAIN,
            translation_key="list_not_ready",
            translation_placeholders={"detail": detail, **placeholders},
        )
    if isinstance(err, ReputationError):
        return ConfigEntryNotReady(
            translation_domain=DOMAIN,
            translation_key="service_not_ready",
            translation_placeholders={"detail": detail, **placeholders},
        )
    return ConfigEntryNotReady(
        translation_domain=DOMAIN,
        translation_key="cannot_connect",
        translation_placeholders={"detail": detail, **placeholders},
    )


def invalid_number(raw: str) -> ServiceValidationError:
    """A number an action got that is not a phone number."""
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="invalid_number",
        translation_placeholders={"number": raw[:64]},
    )


def number_not_international(value: str) -> ServiceValidationError:
    """A number an action got as a number (from a template) that is no international number."""
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="number_not_international",
        translation_placeholders={"number": value[:64]},
    )


def invalid_note(err: InvalidNoteError) -> ServiceValidationError:
    """A note an action or the card got that is too long or holds a character it may not."""
    if err.problem is NoteProblem.TOO_LONG:
        return ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="note_too_long",
            translation_placeholders={"length": err.detail, "max": str(MAX_NOTE_LENGTH)},
        )
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="note_invalid_character",
        translation_placeholders={"character": err.detail},
    )


def call_not_found(number: str, call: str) -> ServiceValidationError:
    """A note for a call the caller does not have in the call log."""
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="call_not_found",
        translation_placeholders={"number": number[:64], "call": call[:64]},
    )
