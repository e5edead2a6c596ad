"""What the flows of every kind share: selectors and host comparison."""

from __future__ import annotations

from ipaddress import ip_address
from typing import Any, Final

from homeassistant.core import HomeAssistant
from homeassistant.helpers.selector import (
    NumberSelector,
    NumberSelectorConfig,
    NumberSelectorMode,
    TextSelector,
    TextSelectorConfig,
    TextSelectorType,
)
import probatio

DIAL_CODE: Final = "#96*5*"
"""Dialled on a phone at the box, it switches the call monitor on."""

PASSWORD_SELECTOR: Final = TextSelector(
    TextSelectorConfig(type=TextSelectorType.PASSWORD, autocomplete="current-password")
)
USERNAME_SELECTOR: Final = TextSelector(TextSelectorConfig(autocomplete="username"))


def count_selector(minimum: int, maximum: int) -> probatio.All[Any]:
    """A whole number typed in a box, from ``minimum`` to ``maximum``."""
    return probatio.All(
        NumberSelector(
            NumberSelectorConfig(min=minimum, max=maximum, step=1, mode=NumberSelectorMode.BOX)
        ),
        probatio.Coerce(int),
    )


PORT_SELECTOR: Final = count_selector(1, 65535)


def is_ip(host: str) -> bool:
    """Whether a host is an IP address (not a name)."""
    try:
        ip_address(host)
    except ValueError:
        return False
    return True


async def same_host(hass: HomeAssistant, configured: str, other: str) -> bool:
    """Whether a configured host (an address or a name) is ``other`` (an address or a name)."""
    if configured.lower() == other.lower():
        return True
    if is_ip(configured) or not is_ip(other):
        return False
    try:
        infos = await hass.loop.getaddrinfo(configured, None)
    except OSError:
        return False
    return any(info[4][0] == other for info in infos)
