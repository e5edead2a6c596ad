"""Stored config entries from earlier versions, brought to the current shape.

1.1 (0.1.0) -> 1.2:

- a FRITZ!Box line's TR-064 user and password move from the options to the
  entry's data (credentials are data, tunables are options);
- unique ids no longer come from what the developer docs call unfit for them
  (host and port, URLs, entity ids): a FRITZ!Box whose UPnP id (UDN) is known
  gets that, every other entry none (duplicates are refused by the config
  flow comparing its data instead).
"""

from __future__ import annotations

import logging
from typing import Final

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import CONF_PASSWORD, CONF_USERNAME
from homeassistant.core import HomeAssistant

from .const import CONF_SOURCE, CONF_UDN, SOURCE_FRITZBOX

_LOGGER = logging.getLogger(__name__)

VERSION: Final = 1
MINOR_VERSION: Final = 2
CREDENTIALS: Final = (CONF_USERNAME, CONF_PASSWORD)


def udn_unique_id(udn: str | None) -> str | None:
    """The unique id of a FRITZ!Box line: its UPnP device name without ``uuid:``."""
    return udn.removeprefix("uuid:") if udn else None


async def async_migrate_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
    """Migrate an entry stored by an earlier version; False for one from a newer one."""
    if entry.version > VERSION:
        return False
    if entry.version == VERSION and entry.minor_version < 2:
        data = dict(entry.data)
        options = dict(entry.options)
        unique_id: str | None = None
        if data.get(CONF_SOURCE, SOURCE_FRITZBOX) == SOURCE_FRITZBOX:
            for key in CREDENTIALS:
                if key in options:
                    value = options.pop(key)
                    if value:
                        data[key] = value
            unique_id = udn_unique_id(data.get(CONF_UDN))
        hass.config_entries.async_update_entry(
            entry, data=data, options=options, unique_id=unique_id, minor_version=2
        )
        _LOGGER.debug("Migrated %s to version %s.%s", entry.title, VERSION, MINOR_VERSION)
    return True
