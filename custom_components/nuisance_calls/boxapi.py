"""Where a FRITZ!Box line's TR-064 interface is, and a client for it.

Phone books and call barring need the line's TR-064 user (in its options);
the client (``lib.tr064``) is asyncio on Home Assistant's shared session.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from homeassistant.config_entries import ConfigEntry
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


def box_access(
    entry: ConfigEntry, user: str | None = None, password: str | None = None
) -> BoxAccess | None:
    """The line's TR-064 access (or with the given credentials); None without one."""
    user = entry.options.get(CONF_USERNAME) if user is None else user
    password = entry.options.get(CONF_PASSWORD) if password is None else password
    if not (user and password and entry.data.get(CONF_HOST)):
        return None  # no TR-064 user, or not a FRITZ!Box line
    port = int(entry.data.get(CONF_TR064_PORT, TR064_PORT))
    return BoxAccess(str(entry.data[CONF_HOST]), port, str(user), str(password))


def tr064_client(hass: HomeAssistant, access: BoxAccess) -> Tr064Client:
    """A client of the box on the shared session."""
    return Tr064Client(
        async_get_clientsession(hass), access.host, access.user, access.password, port=access.port
    )
