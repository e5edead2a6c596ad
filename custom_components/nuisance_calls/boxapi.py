"""Where a FRITZ!Box line's TR-064 interface is, and a client for it.

Phone books and call barring need the line's TR-064 user (in its entry data);
the client (``lib.tr064``) is asyncio on Home Assistant's shared session.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from homeassistant.const import CONF_HOST, CONF_PASSWORD, CONF_USERNAME
from homeassistant.core import HomeAssistant
from homeassistant.helpers.aiohttp_client import async_get_clientsession

from .const import CONF_TR064_PORT
from .lib.tr064 import Tr064Client

TR064_PORT: Final = 49000


@dataclass(frozen=True, slots=True)
class BoxAccess:
    """Where the box's TR-064 interface is and who may use it."""

    host: str
    port: int
    user: str
    password: str = field(repr=False)


def box_access(data: Mapping[str, Any]) -> BoxAccess | None:
    """A line's TR-064 access from its entry data; None without a user."""
    user, password, host = data.get(CONF_USERNAME), data.get(CONF_PASSWORD), data.get(CONF_HOST)
    if not (user and password and host):
        return None  # no TR-064 user, or not a FRITZ!Box line
    port = int(data.get(CONF_TR064_PORT, TR064_PORT))
    return BoxAccess(str(host), port, str(user), str(password))


def tr064_client(hass: HomeAssistant, access: BoxAccess) -> Tr064Client:
    """A client of the box on the shared session."""
    return Tr064Client(
        async_get_clientsession(hass), access.host, access.user, access.password, port=access.port
    )
