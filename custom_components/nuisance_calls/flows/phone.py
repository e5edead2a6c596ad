"""The IP phone's login: tried at the box before it is kept, and asked again when refused."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from enum import StrEnum
from typing import Any, Final

from homeassistant.config_entries import ConfigFlow, ConfigFlowResult
from homeassistant.const import CONF_HOST
import probatio

from ..const import CONF_PHONE_PASSWORD, CONF_PHONE_USER, CONF_SIP_PORT
from ..lib.exceptions import SipError
from ..lib.phone import HangUp, PhoneState, Reject, SipPhone, SipTimers
from .common import PASSWORD_SELECTOR, USERNAME_SELECTOR

PROBE_TIMEOUT: Final = 10.0
"""Seconds the box has to accept or refuse the login."""
PROBE_TIMERS: Final = SipTimers(t1=0.5, retry_min=60.0)
"""One REGISTER transaction (64 x T1 would be 32 s: the probe gives up first)."""


class PhoneProbe(StrEnum):
    """What the box said to the login (the values are the flows' error keys)."""

    OK = "ok"
    AUTH = "phone_auth"
    UNREACHABLE = "phone_unreachable"
    REFUSED = "phone_refused"


async def async_probe_phone(data: Mapping[str, Any], user: str, password: str) -> PhoneProbe:
    """Register once as the IP phone (on a free port), then unregister."""
    settled = asyncio.Event()

    def state_changed(state: PhoneState) -> None:
        if state not in (PhoneState.REGISTERING, PhoneState.STOPPED):
            settled.set()

    async def never_answer(_call: object) -> Reject | HangUp:
        return Reject()

    phone = SipPhone(
        box_host=str(data[CONF_HOST]),
        box_port=int(data.get(CONF_SIP_PORT, 5060)),
        user=user,
        password=password,
        decide=never_answer,
        local_port=0,
        on_state=state_changed,
        timers=PROBE_TIMERS,
    )
    try:
        await phone.start()
    except SipError:  # the box's name does not resolve, no port to bind
        return PhoneProbe.UNREACHABLE
    try:
        async with asyncio.timeout(PROBE_TIMEOUT):
            await settled.wait()
    except TimeoutError:
        pass
    state = phone.state
    await phone.close()
    match state:
        case PhoneState.REGISTERED:
            return PhoneProbe.OK
        case PhoneState.AUTH_FAILED:
            return PhoneProbe.AUTH
        case PhoneState.REFUSED:
            return PhoneProbe.REFUSED
        case _:
            return PhoneProbe.UNREACHABLE


class PhoneSteps(ConfigFlow):
    """Re-authentication of a line's IP phone."""

    async def async_step_reauth_phone(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """The box refused the IP phone's login: ask for it again and try it."""
        entry = self._get_reauth_entry()
        errors: dict[str, str] = {}
        if user_input is not None:
            user = str(user_input[CONF_PHONE_USER]).strip()
            password = str(user_input[CONF_PHONE_PASSWORD])
            result = await async_probe_phone(entry.data, user, password)
            if result is PhoneProbe.OK:
                return self.async_update_reload_and_abort(
                    entry, data_updates={CONF_PHONE_USER: user, CONF_PHONE_PASSWORD: password}
                )
            errors["base"] = result.value
        schema = probatio.Schema(
            {
                probatio.Required(
                    CONF_PHONE_USER, default=entry.data.get(CONF_PHONE_USER, "")
                ): USERNAME_SELECTOR,
                probatio.Required(CONF_PHONE_PASSWORD): PASSWORD_SELECTOR,
            }
        )
        return self.async_show_form(
            step_id="reauth_phone",
            data_schema=schema,
            errors=errors,
            description_placeholders={"name": entry.title},
        )
