"""Constants of the nuisance_calls integration."""

from __future__ import annotations

from typing import Final

DOMAIN: Final = "nuisance_calls"

CONF_SOURCE: Final = "source"
SOURCE_FRITZBOX: Final = "fritzbox"
SOURCE_LIST: Final = "shared_list"
SOURCE_TELLOWS: Final = "tellows"
SOURCE_PHONEBLOCK: Final = "phoneblock"
SOURCE_ENTITY: Final = "entity"
SOURCE_WEBHOOK: Final = "webhook"

CONF_ENTITY_ID: Final = "entity_id"
CONF_RINGING: Final = "ringing"
CONF_TALKING: Final = "talking"
CONF_IDLE: Final = "idle"
CONF_DIALING: Final = "dialing"
CONF_NUMBER_ATTRIBUTE: Final = "number_attribute"
CONF_DIALLED_ATTRIBUTE: Final = "dialled_attribute"
CONF_CALLEE_ATTRIBUTE: Final = "callee_attribute"
CONF_LINE_ATTRIBUTE: Final = "line_attribute"
CONF_WEBHOOK_ID: Final = "webhook_id"
CONF_LOCAL_ONLY: Final = "local_only"
CONF_ALLOW_INTERNET: Final = "allow_internet"
CONF_NEW_ADDRESS: Final = "new_address"
CONF_UDN: Final = "udn"
"""Entry data of 0.1.0: the box's UPnP id (since 0.2.0 it is the entry's unique id)."""

CONF_API_KEY: Final = "api_key"
CONF_PARTNER: Final = "partner"
CONF_THRESHOLD: Final = "threshold"
CONF_CACHE_HOURS: Final = "cache_hours"
CONF_DAILY_BUDGET: Final = "daily_budget"
DEFAULT_THRESHOLD: Final = 7
DEFAULT_CACHE_HOURS: Final = 24
DEFAULT_DAILY_BUDGET: Final = 200
CONF_TOKEN: Final = "token"
"""PhoneBlock: the account's API token."""
CONF_REPORT: Final = "report"
"""PhoneBlock option: report a person's flags and allows."""
DEFAULT_PHONEBLOCK_THRESHOLD: Final = 4

CONF_URL: Final = "url"
CONF_LIST_MODE: Final = "mode"
LIST_MODE_FLAG: Final = "flag"
LIST_MODE_ALLOW: Final = "allow"
CONF_HEADER_NAME: Final = "header_name"
CONF_HEADER_VALUE: Final = "header_value"
CONF_REFRESH_HOURS: Final = "refresh_hours"
CONF_MAX_SIZE_MB: Final = "max_size_mb"
DEFAULT_REFRESH_HOURS: Final = 6
DEFAULT_MAX_SIZE_MB: Final = 50

CONF_REGION: Final = "region"
CONF_WITHHELD_IS_NUISANCE: Final = "withheld_is_nuisance"
CONF_ABROAD_IS_NUISANCE: Final = "abroad_is_nuisance"
CONF_INVALID_IS_NUISANCE: Final = "invalid_is_nuisance"
CONF_REPEAT_CALLS: Final = "repeat_calls"
CONF_REPEAT_DAYS: Final = "repeat_days"
DEFAULT_REPEAT_CALLS: Final = 3
DEFAULT_REPEAT_DAYS: Final = 7

DEFAULT_HOST: Final = "fritz.box"
DEFAULT_PORT: Final = 1012
DEFAULT_REGION: Final = "DE"

EVENT_CALL: Final = "nuisance_calls_call"
"""Bus event fired for every call event."""

ATTR_NUMBER: Final = "number"
ATTR_TAG: Final = "tag"
ATTR_LABEL: Final = "label"
ATTR_FILENAME: Final = "filename"
ATTR_INCLUDE_ALLOWED: Final = "include_allowed"
ATTR_START: Final = "start"
ATTR_END: Final = "end"
ATTR_NAME: Final = "name"
ATTR_VIA_CLOUD: Final = "via_cloud"
ATTR_SHARE_ID: Final = "share_id"
ATTR_TALLY: Final = "tally"
ATTR_PERIOD: Final = "period"
ATTR_COMPANY: Final = "company"
ATTR_NOTE: Final = "note"
ATTR_CALL: Final = "call"
ATTR_TIME: Final = "time"

SERVICE_FLAG_NUMBER: Final = "flag_number"
SERVICE_UNFLAG_NUMBER: Final = "unflag_number"
SERVICE_ALLOW_NUMBER: Final = "allow_number"
SERVICE_LOOKUP_NUMBER: Final = "lookup_number"
SERVICE_RESET_CALLER: Final = "reset_caller"
SERVICE_REFRESH_LISTS: Final = "refresh_lists"
SERVICE_EXPORT_LIST: Final = "export_list"
SERVICE_EXPORT_CALLS: Final = "export_calls"
SERVICE_CREATE_SHARE: Final = "create_share"
SERVICE_LIST_SHARES: Final = "list_shares"
SERVICE_REVOKE_SHARE: Final = "revoke_share"
SERVICE_DELETE_SHARE: Final = "delete_share"
SERVICE_GROUP_COMPANIES: Final = "group_companies"
SERVICE_SET_COMPANY_ALIAS: Final = "set_company_alias"
SERVICE_SET_NOTE: Final = "set_note"

STORAGE_VERSION: Final = 1
STORAGE_KEY_LIST: Final = f"{DOMAIN}.personal_list"
STORAGE_KEY_REGISTER: Final = f"{DOMAIN}.register"
SAVE_DELAY: Final = 2.0
"""Seconds to coalesce writes; HA flushes pending writes when it stops."""

CONF_MUTE_TARGETS: Final = "mute_targets"
CONF_MUTE_SCRIPT: Final = "mute_script"
CONF_BLOCK_AT_BOX: Final = "block_at_box"
CONF_TR064_PORT: Final = "tr064_port"
"""Entry data: the box's TR-064 port when it is not 49000 (set by scripts/develop, no UI)."""
CONF_BLOCK_CAP: Final = "block_cap"
DEFAULT_BLOCK_CAP: Final = 200
"""Entries written to the box's call barring list at most (it holds a few thousand)."""

# The SIP phone of a FRITZ!Box line (issue "The phone stops ringing").
CONF_PHONE_USER: Final = "phone_user"
"""Entry data: the user name of the box's IP phone the integration registers as."""
CONF_PHONE_PASSWORD: Final = "phone_password"
CONF_SIP_PORT: Final = "sip_port"
"""Entry data: the box's SIP port when it is not 5060 (the fake box's; no UI)."""
CONF_PHONE_PORT: Final = "phone_port"
"""Option: the local UDP port of the phone (not 5060: HA's own voip integration may use it)."""
DEFAULT_PHONE_PORT: Final = 5062
CONF_STOP_ACTION: Final = "stop_action"
CONF_HANG_UP_TAGS: Final = "hang_up_tags"
CONF_POLITE_NO_TAGS: Final = "polite_no_tags"
CONF_RING_TAGS: Final = "ring_tags"
CONF_TTS_ENGINE: Final = "tts_engine"
CONF_ANNOUNCEMENT: Final = "announcement"
REAUTH: Final = "reauth"
"""Key in the data a re-authentication starts with: what was refused."""
REAUTH_PHONE: Final = "phone"
