"""Muting the ringer while a nuisance call rings, and restoring exactly what was changed."""

from __future__ import annotations

import asyncio
from datetime import timedelta
import logging
from typing import Any

from homeassistant.components.light import ATTR_BRIGHTNESS, ColorMode, LightEntity
from homeassistant.components.media_player import (
    MediaPlayerEntity,
    MediaPlayerEntityFeature,
    MediaPlayerState,
)
from homeassistant.components.switch import SwitchEntity
from homeassistant.const import EVENT_HOMEASSISTANT_FINAL_WRITE, STATE_OFF, STATE_ON
from homeassistant.core import HomeAssistant, ServiceCall, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.loader import DATA_CUSTOM_COMPONENTS
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
    async_test_home_assistant,
    setup_test_component_platform,
)

from custom_components.nuisance_calls.const import DOMAIN
from simulator import FritzBoxSimulator

from .conftest import CallEvents, wait_connected

SPEAKER = "media_player.speaker"
MUTED_TV = "media_player.tv"
BROKEN = "media_player.broken"
BELL = "switch.bell"
LAMP = "light.lamp"
DARK_LAMP = "light.dark_lamp"
MUTE_SWITCH = "switch.fritz_box_mute_ringer"
NUISANCE = "+49301234567"


class Player(MediaPlayerEntity):
    """A media player that mutes for real (or fails, if told to)."""

    _attr_should_poll = False
    _attr_supported_features = MediaPlayerEntityFeature.VOLUME_MUTE

    def __init__(self, name: str, *, muted: bool = False, broken: bool = False) -> None:
        self._attr_name = name
        self._attr_unique_id = name
        self._attr_state = MediaPlayerState.PLAYING
        self._attr_is_volume_muted = muted
        self.broken = broken
        self.calls: list[bool] = []

    async def async_mute_volume(self, mute: bool) -> None:
        """Mute or unmute."""
        self.calls.append(mute)
        if self.broken:
            raise HomeAssistantError("speaker is offline")
        self._attr_is_volume_muted = mute
        self.async_write_ha_state()


class Bell(SwitchEntity):
    """A door-bell style switch."""

    _attr_should_poll = False

    def __init__(self, name: str) -> None:
        self._attr_name = name
        self._attr_unique_id = name
        self._attr_is_on = True

    async def async_turn_on(self, **kwargs: Any) -> None:
        """On."""
        self._attr_is_on = True
        self.async_write_ha_state()

    async def async_turn_off(self, **kwargs: Any) -> None:
        """Off."""
        self._attr_is_on = False
        self.async_write_ha_state()


class Lamp(LightEntity):
    """A dimmable light (the "ringer" of a deaf household)."""

    _attr_should_poll = False
    _attr_color_mode = ColorMode.BRIGHTNESS
    _attr_supported_color_modes = frozenset({ColorMode.BRIGHTNESS})

    def __init__(self, name: str, *, on: bool, brightness: int) -> None:
        self._attr_name = name
        self._attr_unique_id = name
        self._attr_is_on = on
        self._attr_brightness = brightness

    async def async_turn_on(self, **kwargs: Any) -> None:
        """On, at the given brightness (or full, like many bulbs)."""
        self._attr_is_on = True
        self._attr_brightness = kwargs.get(ATTR_BRIGHTNESS, 255)
        self.async_write_ha_state()

    async def async_turn_off(self, **kwargs: Any) -> None:
        """Off."""
        self._attr_is_on = False
        self.async_write_ha_state()


class Targets:
    """The test's ringer targets."""

    def __init__(self) -> None:
        self.speaker = Player("Speaker")
        self.tv = Player("TV", muted=True)
        self.broken = Player("Broken", broken=True)
        self.bell = Bell("Bell")
        self.lamp = Lamp("Lamp", on=True, brightness=77)
        self.dark_lamp = Lamp("Dark lamp", on=False, brightness=10)


async def _set_up_targets(hass: HomeAssistant) -> Targets:
    targets = Targets()
    setup_test_component_platform(
        hass, "media_player", [targets.speaker, targets.tv, targets.broken]
    )
    setup_test_component_platform(hass, "switch", [targets.bell])
    setup_test_component_platform(hass, "light", [targets.lamp, targets.dark_lamp])
    for domain in ("media_player", "switch", "light"):
        assert await async_setup_component(hass, domain, {domain: {"platform": "test"}})
    await hass.async_block_till_done()
    return targets


@pytest.fixture
async def targets(hass: HomeAssistant) -> Targets:
    """Media players, a switch and lights, before the line is set up."""
    return await _set_up_targets(hass)


async def _line(
    hass: HomeAssistant, config_entry: MockConfigEntry, targets: list[str], **options: Any
) -> MockConfigEntry:
    config_entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(
        config_entry, options={**config_entry.options, "mute_targets": targets, **options}
    )
    assert await hass.config_entries.async_setup(config_entry.entry_id)
    await wait_connected(hass, config_entry)
    await hass.services.async_call(DOMAIN, "flag_number", {"number": NUISANCE}, blocking=True)
    return config_entry


async def _settle(hass: HomeAssistant, events: CallEvents, count: int) -> None:
    await events.wait_for(count)
    await hass.async_block_till_done()


def _state(hass: HomeAssistant, entity_id: str) -> tuple[str, Any]:
    state = hass.states.get(entity_id)
    assert state is not None
    if entity_id.startswith("media_player."):
        return state.state, state.attributes.get("is_volume_muted")
    return state.state, state.attributes.get(ATTR_BRIGHTNESS)


async def test_mute_while_ringing_then_restore_exactly(
    hass: HomeAssistant,
    targets: Targets,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Muted at once; a missed call gives back exactly what was changed, nothing else."""
    all_targets = [SPEAKER, MUTED_TV, BELL, LAMP, DARK_LAMP]
    await _line(hass, config_entry, all_targets)
    before = {entity_id: _state(hass, entity_id) for entity_id in all_targets}
    assert before[LAMP] == (STATE_ON, 77)

    call_id = await simulator.ring("0301234567")
    await _settle(hass, call_events, 2)
    assert call_events.types == ["incoming_call", "nuisance_call"]
    assert _state(hass, SPEAKER) == ("playing", True)
    assert _state(hass, BELL)[0] == STATE_OFF
    assert _state(hass, LAMP)[0] == STATE_OFF
    # Already silent: not touched.
    assert targets.tv.calls == []
    assert _state(hass, DARK_LAMP) == before[DARK_LAMP]

    await simulator.hang_up(call_id)
    await _settle(hass, call_events, 4)
    assert {entity_id: _state(hass, entity_id) for entity_id in all_targets} == before
    assert targets.speaker.calls == [True, False]
    assert targets.tv.calls == []  # muted before the call, muted after it


async def test_unknown_caller_mutes_nothing(
    hass: HomeAssistant,
    targets: Targets,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Only flagged calls mute."""
    await _line(hass, config_entry, [SPEAKER, BELL])
    call_id = await simulator.ring("0309999999")
    await _settle(hass, call_events, 1)
    assert _state(hass, SPEAKER) == ("playing", False)
    await simulator.hang_up(call_id)
    await _settle(hass, call_events, 3)
    assert targets.speaker.calls == []
    assert _state(hass, BELL)[0] == STATE_ON


async def test_answering_restores_while_the_call_goes_on(
    hass: HomeAssistant,
    targets: Targets,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Picked up: the ringer is needed no more, so it comes back at once."""
    await _line(hass, config_entry, [SPEAKER])
    call_id = await simulator.ring("0301234567")
    await _settle(hass, call_events, 2)
    assert _state(hass, SPEAKER)[1] is True
    await simulator.answer(call_id)
    await _settle(hass, call_events, 3)
    assert _state(hass, SPEAKER)[1] is False
    assert hass.states.get("binary_sensor.fritz_box_nuisance_call").state == STATE_ON
    await simulator.hang_up(call_id, 30)
    await _settle(hass, call_events, 4)
    assert targets.speaker.calls == [True, False]


async def test_overlapping_calls_hold_the_mute_until_the_last_ends(
    hass: HomeAssistant,
    targets: Targets,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Two flagged calls: muted once, restored once, after the second ends."""
    await _line(hass, config_entry, [SPEAKER, LAMP])
    await hass.services.async_call(DOMAIN, "flag_number", {"number": "0307654321"}, blocking=True)
    first = await simulator.ring("0301234567")
    await _settle(hass, call_events, 2)
    second = await simulator.ring("0307654321", line="SIP1")
    await _settle(hass, call_events, 4)
    await simulator.hang_up(first)
    await _settle(hass, call_events, 6)
    assert _state(hass, SPEAKER)[1] is True  # the second still rings
    assert _state(hass, LAMP)[0] == STATE_OFF
    await simulator.hang_up(second)
    await _settle(hass, call_events, 8)
    assert targets.speaker.calls == [True, False]
    assert _state(hass, LAMP) == (STATE_ON, 77)


async def test_a_failing_target_does_not_stop_the_others(
    hass: HomeAssistant,
    targets: Targets,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The broken speaker is logged; the bell is still silenced and restored."""
    await _line(hass, config_entry, [BROKEN, "media_player.gone", BELL])
    call_id = await simulator.ring("0301234567")
    await _settle(hass, call_events, 2)
    assert _state(hass, BELL)[0] == STATE_OFF
    assert targets.broken.calls == [True]
    assert "ringer target media_player.broken failed (volume_mute): speaker is offline" in (
        caplog.text
    )
    await simulator.hang_up(call_id)
    await _settle(hass, call_events, 4)
    assert _state(hass, BELL)[0] == STATE_ON
    assert targets.broken.calls == [True, False]


async def test_mute_switch(
    hass: HomeAssistant,
    targets: Targets,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Off: nothing is muted; off in the middle of a call: restored at once; on again: muted."""
    await _line(hass, config_entry, [SPEAKER])
    await hass.services.async_call("switch", "turn_off", {"entity_id": MUTE_SWITCH}, blocking=True)
    call_id = await simulator.ring("0301234567")
    await _settle(hass, call_events, 2)
    assert targets.speaker.calls == []
    await hass.services.async_call("switch", "turn_on", {"entity_id": MUTE_SWITCH}, blocking=True)
    await hass.async_block_till_done()
    assert _state(hass, SPEAKER)[1] is True
    await hass.services.async_call("switch", "turn_off", {"entity_id": MUTE_SWITCH}, blocking=True)
    await hass.async_block_till_done()
    assert _state(hass, SPEAKER)[1] is False
    await simulator.hang_up(call_id)
    await _settle(hass, call_events, 4)
    assert targets.speaker.calls == [True, False]


async def test_flagging_a_ringing_caller_mutes_and_counts(
    hass: HomeAssistant,
    targets: Targets,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """Flag while it rings: nuisance_call fires late, the ringer mutes, the call counts."""
    await _line(hass, config_entry, [SPEAKER])
    call_id = await simulator.ring("0305555555")
    await _settle(hass, call_events, 1)
    assert hass.states.get("sensor.fritz_box_nuisance_calls_today").state == "0"
    await hass.services.async_call(
        DOMAIN, "flag_number", {"number": "030 5555555", "label": "Cold Caller"}, blocking=True
    )
    await _settle(hass, call_events, 2)
    assert call_events.types == ["incoming_call", "nuisance_call"]
    assert call_events.events[1]["label"] == "Cold Caller"
    assert _state(hass, SPEAKER)[1] is True
    assert hass.states.get("sensor.fritz_box_nuisance_calls_today").state == "1"
    await simulator.hang_up(call_id)
    await _settle(hass, call_events, 4)
    assert _state(hass, SPEAKER)[1] is False
    result = await hass.services.async_call(
        DOMAIN, "lookup_number", {"number": "0305555555"}, blocking=True, return_response=True
    )
    assert result is not None
    record = result["tally"]["history"][-1]
    assert (record["verdict"], record["label"]) == ("nuisance", "Cold Caller")


async def test_script_runs_for_mute_and_restore(
    hass: HomeAssistant,
    targets: Targets,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """The script gets phase mute, then phase restore, with the caller's details."""
    runs: list[dict[str, Any]] = []

    @callback
    def record(call: ServiceCall) -> None:
        runs.append(dict(call.data))

    hass.services.async_register("test", "record", record)
    assert await async_setup_component(
        hass,
        "script",
        {
            "script": {
                "ringer": {
                    "mode": "queued",
                    "sequence": [
                        {
                            "action": "test.record",
                            "data": {
                                "phase": "{{ phase }}",
                                "number": "n={{ number }}",
                                "label": "{{ label }}",
                                "line": "{{ line }}",
                            },
                        }
                    ],
                }
            }
        },
    )
    await _line(hass, config_entry, [], mute_script="script.ringer")
    call_id = await simulator.ring("0301234567")
    await _settle(hass, call_events, 2)
    await simulator.hang_up(call_id)
    await _settle(hass, call_events, 4)
    assert [run["phase"] for run in runs] == ["mute", "restore"]
    assert runs[0]["number"] == f"n={NUISANCE}"
    assert runs[1]["line"] == "FRITZ!Box"


async def test_restart_mid_call_restores_on_start(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    targets: Targets,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """HA stops while muted: the next start gives back the saved states."""
    await _line(hass, config_entry, [SPEAKER, LAMP, BELL])
    await simulator.ring("0301234567")
    await _settle(hass, call_events, 2)
    assert _state(hass, LAMP)[0] == STATE_OFF
    stored = hass_storage[f"nuisance_calls.ringer.{config_entry.entry_id}"]["data"]
    assert {target["entity_id"] for target in stored["saved"]} == {SPEAKER, LAMP, BELL}

    # The power goes: a new HA starts with the same storage; the devices stayed silent.
    hass.bus.async_fire(EVENT_HOMEASSISTANT_FINAL_WRITE)
    await hass.async_block_till_done()
    async with async_test_home_assistant(config_dir=hass.config.config_dir) as hass2:
        hass2.data.pop(DATA_CUSTOM_COMPONENTS)
        hass2.config.country = "DE"
        targets2 = await _set_up_targets(hass2)
        targets2.speaker._attr_is_volume_muted = True
        targets2.bell._attr_is_on = False
        targets2.lamp._attr_is_on = False
        for entity in (targets2.speaker, targets2.bell, targets2.lamp):
            entity.async_write_ha_state()
        entry2 = MockConfigEntry(
            domain=DOMAIN,
            entry_id=config_entry.entry_id,
            title=config_entry.title,
            unique_id=config_entry.unique_id,
            data=dict(config_entry.data),
            options=dict(config_entry.options),
        )
        entry2.add_to_hass(hass2)
        assert await hass2.config_entries.async_setup(entry2.entry_id)
        await wait_connected(hass2, entry2)
        await hass2.async_block_till_done()
        assert _state(hass2, SPEAKER) == ("playing", False)
        assert _state(hass2, BELL)[0] == STATE_ON
        assert _state(hass2, LAMP) == (STATE_ON, 77)
        assert not hass_storage[f"nuisance_calls.ringer.{entry2.entry_id}"]["data"]
        await hass2.config_entries.async_unload(entry2.entry_id)
        await hass2.async_stop(force=True)


async def test_stopping_home_assistant_mid_call_is_no_hang_up(
    hass: HomeAssistant,
    hass_storage: dict[str, Any],
    targets: Targets,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """HA is stopped (an update) while a flagged call rings: nothing is "restored" into
    a stopping HA, the saved states stay stored, and the next start restores them."""
    await _line(hass, config_entry, [SPEAKER, LAMP, BELL])
    await simulator.ring("0301234567")
    await _settle(hass, call_events, 2)
    speaker_calls = list(targets.speaker.calls)
    key = f"nuisance_calls.ringer.{config_entry.entry_id}"

    await hass.async_stop()
    stored = hass_storage[key]["data"]
    assert {target["entity_id"] for target in stored["saved"]} == {SPEAKER, LAMP, BELL}
    assert targets.speaker.calls == speaker_calls  # no unmute sent into the stop

    async with async_test_home_assistant(config_dir=hass.config.config_dir) as hass2:
        hass2.data.pop(DATA_CUSTOM_COMPONENTS)
        hass2.config.country = "DE"
        targets2 = await _set_up_targets(hass2)
        targets2.speaker._attr_is_volume_muted = True
        targets2.bell._attr_is_on = False
        targets2.lamp._attr_is_on = False
        for entity in (targets2.speaker, targets2.bell, targets2.lamp):
            entity.async_write_ha_state()
        entry2 = MockConfigEntry(
            domain=DOMAIN,
            entry_id=config_entry.entry_id,
            title=config_entry.title,
            version=1,
            minor_version=2,
            data=dict(config_entry.data),
            options=dict(config_entry.options),
        )
        entry2.add_to_hass(hass2)
        assert await hass2.config_entries.async_setup(entry2.entry_id)
        await hass2.async_start()
        await wait_connected(hass2, entry2)
        await hass2.async_block_till_done()
        assert _state(hass2, SPEAKER) == ("playing", False)
        assert _state(hass2, BELL)[0] == STATE_ON
        assert _state(hass2, LAMP) == (STATE_ON, 77)
        assert not hass_storage[key]["data"]
        await hass2.config_entries.async_unload(entry2.entry_id)
        await hass2.async_stop(force=True)


async def test_unload_mid_call_restores(
    hass: HomeAssistant,
    targets: Targets,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Reloading or disabling the line mid-call does not leave the house silent."""
    caplog.set_level(logging.WARNING)
    await _line(hass, config_entry, [SPEAKER])
    await simulator.ring("0301234567")
    await _settle(hass, call_events, 2)
    assert _state(hass, SPEAKER)[1] is True
    assert await hass.config_entries.async_unload(config_entry.entry_id)
    assert _state(hass, SPEAKER)[1] is False
    assert "failed" not in caplog.text


class SlowPlayer(Player):
    """Unmuting takes until the test says so."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.gate = asyncio.Event()

    async def async_mute_volume(self, mute: bool) -> None:
        """Wait at the gate before unmuting."""
        if not mute:
            await self.gate.wait()
        await super().async_mute_volume(mute)


async def test_a_flagged_ring_during_the_restore_mutes_again(
    hass: HomeAssistant,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """The next nuisance call rings while the last one's restore is still running."""
    slow = SlowPlayer("Slow")
    setup_test_component_platform(hass, "media_player", [slow])
    assert await async_setup_component(hass, "media_player", {"media_player": {"platform": "test"}})
    await _line(hass, config_entry, ["media_player.slow"])
    await hass.services.async_call(DOMAIN, "flag_number", {"number": "0307654321"}, blocking=True)
    first = await simulator.ring("0301234567")
    await _settle(hass, call_events, 2)
    await simulator.hang_up(first)
    await call_events.wait_for(4)  # the restore now waits at the gate
    second = await simulator.ring("0307654321")
    await call_events.wait_for(6)
    slow.gate.set()
    await hass.async_block_till_done()
    assert slow.calls == [True, False, True]
    assert _state(hass, "media_player.slow")[1] is True
    await simulator.hang_up(second)
    await _settle(hass, call_events, 8)
    assert _state(hass, "media_player.slow")[1] is False


async def test_a_call_whose_hang_up_never_comes_ends_and_unmutes(
    hass: HomeAssistant,
    targets: Targets,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """A FRITZ!Box line that never gets the DISCONNECT: after 5 minutes of ringing the
    call is missed, the nuisance sensor goes off and the ringer comes back; an
    answered call without one ends after 4 hours."""
    await _line(hass, config_entry, [SPEAKER])
    await simulator.ring("0301234567")
    await _settle(hass, call_events, 2)
    assert _state(hass, SPEAKER) == ("playing", True)
    assert hass.states.get("binary_sensor.fritz_box_nuisance_call").state == STATE_ON

    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=299))
    await hass.async_block_till_done()
    assert len(call_events.events) == 2  # still ringing
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(seconds=301))
    await _settle(hass, call_events, 4)
    assert call_events.types[2:] == ["call_missed", "call_ended"]
    assert _state(hass, SPEAKER) == ("playing", False)
    assert hass.states.get("binary_sensor.fritz_box_nuisance_call").state == STATE_OFF

    answered = await simulator.ring("0307654321")
    await simulator.answer(answered)
    await _settle(hass, call_events, 6)
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(hours=1))
    await hass.async_block_till_done()
    assert len(call_events.events) == 6  # talking for an hour is fine
    async_fire_time_changed(hass, dt_util.utcnow() + timedelta(hours=4, seconds=1))
    await _settle(hass, call_events, 7)
    assert call_events.types[6] == "call_ended"
    assert not config_entry.runtime_data.calls.active


async def test_a_lost_connection_ends_the_calls_and_unmutes(
    hass: HomeAssistant,
    targets: Targets,
    config_entry: MockConfigEntry,
    simulator: FritzBoxSimulator,
    call_events: CallEvents,
) -> None:
    """The box drops the connection mid-ring: the calls it had end as a DISCONNECT would.

    Whoever waits for them (the ringer, a blueprint's ``wait``) is released: a
    ringing call is missed and ended, an answered one ended; both are counted.
    """
    await _line(hass, config_entry, [SPEAKER])
    answered = await simulator.ring("0307654321")
    await simulator.answer(answered)
    await _settle(hass, call_events, 2)
    await simulator.ring("0301234567")
    await _settle(hass, call_events, 4)
    assert _state(hass, SPEAKER) == ("playing", True)

    await simulator.drop_clients()
    await _settle(hass, call_events, 7)
    by_caller = [(event["event_type"], event["number"]) for event in call_events.events[4:]]
    assert sorted(by_caller) == [
        ("call_ended", "+49301234567"),
        ("call_ended", "+49307654321"),
        ("call_missed", "+49301234567"),
    ]
    missed = next(e for e in call_events.events[4:] if e["event_type"] == "call_missed")
    assert missed["verdict"] == "nuisance"
    assert _state(hass, SPEAKER) == ("playing", False)
    assert targets.speaker.calls == [True, False]
    assert not config_entry.runtime_data.calls.active

    async def tally(number: str) -> dict[str, Any]:
        response = await hass.services.async_call(
            DOMAIN, "lookup_number", {"number": number}, blocking=True, return_response=True
        )
        assert isinstance(response, dict)
        return response["tally"]

    assert (await tally(NUISANCE))["missed"] == 1
    assert (await tally("+49307654321"))["answered"] == 1
    # The line comes back and counts on; the lost calls are not ended twice.
    await wait_connected(hass, config_entry)
    call_id = await simulator.ring("0301234567")
    await simulator.hang_up(call_id)
    await _settle(hass, call_events, 11)
    assert call_events.types[7:] == ["incoming_call", "nuisance_call", "call_missed", "call_ended"]
    assert (await tally(NUISANCE))["missed"] == 2
