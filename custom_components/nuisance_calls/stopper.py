"""The line's SIP phone: it picks up nuisance calls so that every phone of the box falls silent.

A FRITZ!Box line with an IP phone's user and password registers as that
phone (``lib.phone.SipPhone``). For each call the box offers it, the phone
asks ``decide``:

- a caller judged a nuisance (by every judgement the household has: the
  lists, reputation, the line's rules) gets the line's action for the
  verdict's tags: hung up on at once, a polite no first, or left ringing;
- everyone else, a withheld caller the rules do not flag, internal calls
  and the ``**9`` broadcast are never answered;
- a call from one of the box's own handsets to the phone flags the line's
  last caller and says whom it flagged.

The call monitor reports the same call (RING, CONNECT to the phone's
extension, DISCONNECT); the phone's word (``LineCalls.phone_stops``) makes
that CONNECT count as *stopped*, never as answered by someone at home.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
import logging
from typing import Any, Final

from homeassistant.const import CONF_HOST
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.util.signal_type import SignalType

from .announcement import AnnouncementError, Spoken, async_speak
from .calls import LineCalls
from .const import (
    CONF_ANNOUNCEMENT,
    CONF_HANG_UP_TAGS,
    CONF_PHONE_PASSWORD,
    CONF_PHONE_PORT,
    CONF_PHONE_USER,
    CONF_POLITE_NO_TAGS,
    CONF_RING_TAGS,
    CONF_SIP_PORT,
    CONF_STOP_ACTION,
    CONF_TTS_ENGINE,
    DEFAULT_PHONE_PORT,
    DOMAIN,
    REAUTH,
    REAUTH_PHONE,
)
from .household import Household
from .lib.audio import tone
from .lib.calls import Direction, StopKind
from .lib.classifier import Verdict
from .lib.exceptions import SipError
from .lib.numbers import ANONYMOUS, format_number
from .lib.phone import (
    CallOutcome,
    Decision,
    HangUp,
    IncomingCall,
    PhoneState,
    Reject,
    Say,
    SipPhone,
    SipTimers,
)
from .lib.stopping import StopAction, StopPolicy, announcement_text, confirmation_text
from .types import LineConfigEntry

_LOGGER = logging.getLogger(__name__)

LOOK_UP_TIMEOUT: Final = 1.5
"""Seconds a call waits for a reputation answer before it is judged without one."""
SAY_TIMEOUT: Final = 2.5
"""Seconds the confirmation of a flag from a handset may take to make."""
RING_HOLD: Final = 3.0
"""Seconds a call the phone does not take is held in 180 before 480 (PhoneBlock's finding)."""
ISSUE_AUTH: Final = "phone_auth_failed"
ISSUE_UNREACHABLE: Final = "phone_unreachable"
ISSUE_ANNOUNCEMENT: Final = "announcement_unavailable"
ISSUE_START: Final = "phone_cannot_start"
UNREACHABLE_GRACE: Final = 300.0
"""Seconds the box may not answer before a repair issue says so (it restarts in about 2 minutes)."""


def signal_phone(entry_id: str) -> SignalType[()]:
    """Sent when the phone's registration, switch or figures change."""
    return SignalType(f"{DOMAIN}_phone_{entry_id}")


def has_phone(entry: LineConfigEntry) -> bool:
    """Whether the line has an IP phone's user (and so a SIP phone)."""
    return bool(entry.data.get(CONF_PHONE_USER))


def stop_policy(entry: LineConfigEntry) -> StopPolicy:
    """The line's action per verdict and tag, from its options."""
    options = entry.options
    try:
        action = StopAction(options.get(CONF_STOP_ACTION, StopAction.HANG_UP))
    except ValueError:
        action = StopAction.HANG_UP
    return StopPolicy.from_tags(
        action,
        hang_up=options.get(CONF_HANG_UP_TAGS) or (),
        polite_no=options.get(CONF_POLITE_NO_TAGS) or (),
        ring=options.get(CONF_RING_TAGS) or (),
    )


class LinePhone:
    """The SIP phone of one FRITZ!Box line, and what it decides."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: LineConfigEntry,
        household: Household,
        calls: LineCalls,
        *,
        timers: SipTimers | None = None,
        ring_hold: float | None = None,
    ) -> None:
        self.hass = hass
        self.entry = entry
        self.household = household
        self.calls = calls
        self.policy = stop_policy(entry)
        self.enabled = True
        """The line's "Stop nuisance calls" switch."""
        self.language = hass.config.language
        self._engine: str | None = entry.options.get(CONF_TTS_ENGINE) or None
        self._text = announcement_text(self.language, entry.options.get(CONF_ANNOUNCEMENT))
        self.announcement: Spoken | None = None
        self.announcement_error: str | None = None
        self._signal = signal_phone(entry.entry_id)
        self._unreachable_since: float | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.phone = SipPhone(
            box_host=entry.data[CONF_HOST],
            box_port=int(entry.data.get(CONF_SIP_PORT, 5060)),
            user=str(entry.data[CONF_PHONE_USER]),
            password=str(entry.data.get(CONF_PHONE_PASSWORD, "")),
            decide=self._decide,
            local_port=int(entry.options.get(CONF_PHONE_PORT, DEFAULT_PHONE_PORT)),
            ring_hold=RING_HOLD if ring_hold is None else ring_hold,
            on_state=self._state_changed,
            on_outcome=self._outcome,
            timers=timers,
        )

    @property
    def state(self) -> PhoneState:
        """Where the registration stands."""
        return self.phone.state

    @property
    def needs_announcement(self) -> bool:
        """Whether any verdict gets the polite no."""
        return self.policy.action is StopAction.POLITE_NO or any(
            action is StopAction.POLITE_NO for action in self.policy.by_tag.values()
        )

    # ------------------------------------------------------------ lifecycle

    async def async_start(self) -> None:
        """Bind the phone's port and register; make the announcement in the background.

        A phone that cannot start (its port is taken, the box's name does not
        resolve) is reported; the line works on without it.
        """
        try:
            await self.phone.start()
        except SipError as err:
            _LOGGER.warning("%s: the phone cannot start: %s", self.entry.title, err)
            self._report(
                ISSUE_START,
                ir.IssueSeverity.ERROR,
                {"name": self.entry.title, "error": str(err)[:200]},
            )
            return
        self._resolve(ISSUE_START)
        if self.needs_announcement:
            self._spawn(self._async_make_announcement())

    async def async_stop(self) -> None:
        """Unregister (bounded) and let go of the port."""
        for task in list(self._tasks):
            task.cancel()
        await self.phone.close()

    def _spawn(self, job: Coroutine[Any, Any, None]) -> None:
        task = self.entry.async_create_background_task(
            self.hass, job, f"{DOMAIN} phone {self.entry.title}"
        )
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _async_make_announcement(self) -> None:
        try:
            self.announcement = await async_speak(
                self.hass, self._engine, self._text, self.language
            )
        except AnnouncementError as err:
            self.announcement, self.announcement_error = None, err.reason
            _LOGGER.warning(
                "%s: the polite no cannot be made (%s); nuisance calls are hung up on instead",
                self.entry.title,
                err,
            )
            self._report(
                ISSUE_ANNOUNCEMENT,
                ir.IssueSeverity.WARNING,
                {
                    "name": self.entry.title,
                    "error": err.detail[:200],
                    "engine": self._engine or "-",
                },
            )
        else:
            self.announcement_error = None
            self._resolve(ISSUE_ANNOUNCEMENT)
        async_dispatcher_send(self.hass, self._signal)

    @callback
    def set_enabled(self, enabled: bool) -> None:
        """The switch: stop calls, or let every call ring (everything else goes on)."""
        self.enabled = enabled
        async_dispatcher_send(self.hass, self._signal)

    def _report(self, issue: str, severity: ir.IssueSeverity, placeholders: dict[str, str]) -> None:
        """A repair issue of this line's phone."""
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            f"{issue}_{self.entry.entry_id}",
            is_fixable=False,
            severity=severity,
            translation_key=issue,
            translation_placeholders=placeholders,
        )

    def _resolve(self, issue: str) -> None:
        ir.async_delete_issue(self.hass, DOMAIN, f"{issue}_{self.entry.entry_id}")

    # -------------------------------------------------------------- deciding

    async def _decide(self, call: IncomingCall) -> Decision:
        # The **9 broadcast never gets here: the library rejects it itself.
        if call.internal:
            return await self._flag_last_caller(call)
        if not self.enabled:
            return Reject()
        number = ANONYMOUS if call.caller is None else self.calls.normalize(call.caller)
        verdict = await self._verdict(number)
        match self.policy.action_for(verdict):
            case StopAction.RING:
                return Reject()
            case StopAction.POLITE_NO if self.announcement is not None:
                self.calls.phone_stops(number, StopKind.POLITE_NO)
                return Say(self.announcement.audio)
            case _:
                self.calls.phone_stops(number, StopKind.HANG_UP)
                return HangUp()

    async def _verdict(self, number: str) -> Verdict:
        """The verdict the call has on this line (from its RING if that came first)."""
        for active in self.calls.active.values():
            if (
                active.direction is Direction.INCOMING
                and active.number == number
                and active.verdict.is_nuisance
            ):
                return active.verdict
        household = self.household
        if number != ANONYMOUS and household.needs_look_up(number):
            try:
                async with asyncio.timeout(LOOK_UP_TIMEOUT):
                    await household.async_look_up(number)
            except TimeoutError:
                _LOGGER.debug("No reputation answer for %s in time", number)
        return household.judge_for_line(household.judge_by_lists(number), number, self.calls.rules)

    async def _flag_last_caller(self, call: IncomingCall) -> Decision:
        """A handset called the phone: flag the line's last caller and say whom."""
        last = self.calls.last_call
        if last is None or last.number == ANONYMOUS:
            return await self._say(confirmation_text(self.language, None), flagged=False)
        self.household.flag(last.number)
        name = last.verdict.label or _spoken_number(format_number(last.number, self.calls.region))
        _LOGGER.info("%s: %s flagged from handset %s", self.entry.title, last.number, call.caller)
        return await self._say(confirmation_text(self.language, name), flagged=True)

    async def _say(self, text: str, *, flagged: bool) -> Decision:
        if self._engine:
            try:
                async with asyncio.timeout(SAY_TIMEOUT):
                    spoken = await async_speak(self.hass, self._engine, text, self.language)
            except (AnnouncementError, TimeoutError) as err:
                _LOGGER.debug("Confirmation not spoken (%s); a tone instead", err)
            else:
                return Say(spoken.audio)
        return Say(tone(confirm=flagged))

    # ---------------------------------------------------------------- reports

    @callback
    def _outcome(self, outcome: CallOutcome) -> None:
        if outcome.call.internal:
            return
        if not outcome.answered:  # e.g. the caller hung up while it was being judged
            caller = outcome.call.caller
            number = ANONYMOUS if caller is None else self.calls.normalize(caller)
            self.calls.phone_did_not_stop(number)

    @callback
    def _state_changed(self, state: PhoneState) -> None:
        entry = self.entry
        loop_time = self.hass.loop.time()
        if state is PhoneState.AUTH_FAILED:
            self._report(
                ISSUE_AUTH, ir.IssueSeverity.ERROR, {"name": entry.title, "user": self.phone.user}
            )
            entry.async_start_reauth(self.hass, data={**entry.data, REAUTH: REAUTH_PHONE})
        elif state is PhoneState.UNREACHABLE:
            if self._unreachable_since is None:
                self._unreachable_since = loop_time
            if loop_time - self._unreachable_since >= UNREACHABLE_GRACE:
                self._report(
                    ISSUE_UNREACHABLE,
                    ir.IssueSeverity.WARNING,
                    {
                        "name": entry.title,
                        "host": self.phone.box_host,
                        "error": self.phone.last_error or "-",
                    },
                )
        elif state is PhoneState.REGISTERED:
            self._unreachable_since = None
            for issue in (ISSUE_AUTH, ISSUE_UNREACHABLE):
                self._resolve(issue)
        async_dispatcher_send(self.hass, self._signal)


def _spoken_number(formatted: str) -> str:
    """A number read out digit by digit (TTS reads "0301234567" as one big number)."""
    return " ".join(char for char in formatted if char.isdigit() or char == "+")


def async_remove_phone_issues(hass: HomeAssistant, entry_id: str) -> None:
    """A removed line leaves no repair issue of its phone behind."""
    for issue in (ISSUE_AUTH, ISSUE_UNREACHABLE, ISSUE_ANNOUNCEMENT, ISSUE_START):
        ir.async_delete_issue(hass, DOMAIN, f"{issue}_{entry_id}")
