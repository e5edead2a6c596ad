"""Adding and changing a line that a phone system posts its calls to (a webhook).

The webhook's address is random and shown once, when the line is added or
when a new address is made in the reconfigure step; it is never shown again
(nor in diagnostics).
"""

from __future__ import annotations

from typing import Any

from homeassistant.components import webhook
from homeassistant.config_entries import ConfigFlow, ConfigFlowResult
from homeassistant.const import CONF_NAME
from homeassistant.helpers.selector import BooleanSelector, TextSelector
import probatio

from ..const import (
    CONF_ALLOW_INTERNET,
    CONF_LOCAL_ONLY,
    CONF_NEW_ADDRESS,
    CONF_SOURCE,
    CONF_WEBHOOK_ID,
    SOURCE_WEBHOOK,
)
from ..webhook import webhook_examples

DEFAULT_NAME = "Phone system"


class WebhookSteps(ConfigFlow):
    """The steps of a webhook line."""

    async def async_step_webhook(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Take calls from a phone system that posts them to a webhook."""
        if user_input is not None:
            webhook_id = webhook.async_generate_id()
            return self.async_create_entry(
                title=user_input[CONF_NAME].strip() or DEFAULT_NAME,
                data={
                    CONF_SOURCE: SOURCE_WEBHOOK,
                    CONF_WEBHOOK_ID: webhook_id,
                    CONF_LOCAL_ONLY: not user_input[CONF_ALLOW_INTERNET],
                },
                description=SOURCE_WEBHOOK,
                description_placeholders=webhook_examples(
                    self.hass, webhook_id, external=user_input[CONF_ALLOW_INTERNET]
                ),
            )
        schema = probatio.Schema(
            {
                probatio.Required(CONF_NAME, default=DEFAULT_NAME): TextSelector(),
                probatio.Required(CONF_ALLOW_INTERNET, default=False): BooleanSelector(),
            }
        )
        return self.async_show_form(step_id=SOURCE_WEBHOOK, data_schema=schema)

    async def async_step_reconfigure_webhook(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Allow posts from the internet or not; make a new address (the old one stops)."""
        entry = self._get_reconfigure_entry()
        if user_input is not None:
            external = bool(user_input[CONF_ALLOW_INTERNET])
            webhook_id = entry.data[CONF_WEBHOOK_ID]
            if user_input.get(CONF_NEW_ADDRESS):
                webhook_id = webhook.async_generate_id()
            self.hass.config_entries.async_update_entry(
                entry,
                data={**entry.data, CONF_WEBHOOK_ID: webhook_id, CONF_LOCAL_ONLY: not external},
            )
            self.hass.config_entries.async_schedule_reload(entry.entry_id)
            if user_input.get(CONF_NEW_ADDRESS):
                return self.async_abort(
                    reason="webhook_new_address",
                    description_placeholders=webhook_examples(
                        self.hass, webhook_id, external=external
                    ),
                )
            return self.async_abort(reason="reconfigure_successful")
        schema = probatio.Schema(
            {
                probatio.Required(
                    CONF_ALLOW_INTERNET, default=not entry.data.get(CONF_LOCAL_ONLY, True)
                ): BooleanSelector(),
                probatio.Required(CONF_NEW_ADDRESS, default=False): BooleanSelector(),
            }
        )
        return self.async_show_form(
            step_id="reconfigure_webhook",
            data_schema=schema,
            description_placeholders={"name": entry.title},
        )
