"""Adding (and re-mapping) a line that takes its calls from an HA entity.

Two steps: pick the entity, then say which of its states (or event types)
mean ringing, talking, idle and dialing and where the numbers are. The
mapping is pre-filled by ``entity_source``'s heuristics (HA core's
``fritzbox_callmonitor`` sensor exactly).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from homeassistant.config_entries import SOURCE_RECONFIGURE, ConfigFlow, ConfigFlowResult
from homeassistant.core import State
from homeassistant.helpers.selector import (
    EntitySelector,
    EntitySelectorConfig,
    SelectSelector,
    SelectSelectorConfig,
)
import probatio

from ..const import (
    CONF_CALLEE_ATTRIBUTE,
    CONF_DIALING,
    CONF_DIALLED_ATTRIBUTE,
    CONF_ENTITY_ID,
    CONF_IDLE,
    CONF_LINE_ATTRIBUTE,
    CONF_NUMBER_ATTRIBUTE,
    CONF_RINGING,
    CONF_SOURCE,
    CONF_TALKING,
    SOURCE_ENTITY,
)
from ..entity_source import (
    attribute_choices,
    core_call_monitor_sensor,
    mapping_defaults,
    mapping_from,
    state_choices,
)

PHASES = (CONF_RINGING, CONF_TALKING, CONF_IDLE, CONF_DIALING)
ATTRIBUTES = (
    CONF_NUMBER_ATTRIBUTE,
    CONF_DIALLED_ATTRIBUTE,
    CONF_CALLEE_ATTRIBUTE,
    CONF_LINE_ATTRIBUTE,
)


def _mapping_schema(
    entity_id: str, state: State | None, defaults: Mapping[str, Any]
) -> probatio.Schema:
    """Multi-selects of the entity's states (typing others is allowed) and attributes."""
    choices = state_choices(entity_id, state)
    attributes = attribute_choices(state)
    for key in PHASES:
        choices += [v for v in defaults.get(key) or () if v not in choices]
    for key in ATTRIBUTES:
        if (value := defaults.get(key)) and value not in attributes:
            attributes.append(str(value))
    states = SelectSelector(SelectSelectorConfig(options=choices, multiple=True, custom_value=True))
    attribute = SelectSelector(SelectSelectorConfig(options=attributes, custom_value=True))
    return probatio.Schema(
        {
            probatio.Required(CONF_RINGING): states,
            probatio.Optional(CONF_TALKING): states,
            probatio.Required(CONF_IDLE): states,
            probatio.Optional(CONF_DIALING): states,
            probatio.Required(CONF_NUMBER_ATTRIBUTE): attribute,
            probatio.Optional(CONF_DIALLED_ATTRIBUTE): attribute,
            probatio.Optional(CONF_CALLEE_ATTRIBUTE): attribute,
            probatio.Optional(CONF_LINE_ATTRIBUTE): attribute,
        }
    )


class EntitySteps(ConfigFlow):
    """The steps of a line fed by an entity."""

    _entity_id: str = ""

    async def async_step_entity(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Take calls from an entity that shows a phone's state (or its call events)."""
        errors: dict[str, str] = {}
        if user_input is not None:
            entity_id = user_input[CONF_ENTITY_ID]
            self._async_abort_entries_match({CONF_ENTITY_ID: entity_id})
            if self.hass.states.get(entity_id) is None:
                errors[CONF_ENTITY_ID] = "entity_not_found"
            else:
                self._entity_id = entity_id
                return await self.async_step_entity_mapping()
        suggested = {CONF_ENTITY_ID: core_call_monitor_sensor(self.hass)}
        schema = probatio.Schema(
            {
                probatio.Required(CONF_ENTITY_ID): EntitySelector(
                    EntitySelectorConfig(domain=["sensor", "event"])
                )
            }
        )
        return self.async_show_form(
            step_id=SOURCE_ENTITY,
            data_schema=self.add_suggested_values_to_schema(schema, user_input or suggested),
            errors=errors,
        )

    async def async_step_entity_mapping(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Which states (or event types) mean ringing, talking, idle, dialing."""
        errors: dict[str, str] = {}
        reconfiguring = self.source == SOURCE_RECONFIGURE
        entity_id = (
            self._get_reconfigure_entry().data[CONF_ENTITY_ID] if reconfiguring else self._entity_id
        )
        state = self.hass.states.get(entity_id)
        if user_input is not None:
            data = {key: value for key, value in user_input.items() if value}
            if problems := mapping_from(data).problems():
                errors["base"] = problems[0]
            else:
                data = {CONF_SOURCE: SOURCE_ENTITY, CONF_ENTITY_ID: entity_id, **data}
                if reconfiguring:
                    return self.async_update_reload_and_abort(
                        self._get_reconfigure_entry(), data=data
                    )
                name = state.name if state is not None else entity_id
                return self.async_create_entry(title=name, data=data)
        if reconfiguring and user_input is None:
            defaults: Mapping[str, Any] = self._get_reconfigure_entry().data
        else:
            defaults = user_input or mapping_defaults(self.hass, entity_id, state)
        return self.async_show_form(
            step_id="entity_mapping",
            data_schema=self.add_suggested_values_to_schema(
                _mapping_schema(entity_id, state, defaults), defaults
            ),
            errors=errors,
            description_placeholders={"entity_id": entity_id},
        )
