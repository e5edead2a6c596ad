"""The line's SIP phone in Home Assistant, against the simulated box's SIP side.

The box rings, its SIP side offers the call to the registered IP phone (the
integration), and the call monitor reports what the phone did: the tally
counts a call the phone answered as *stopped*.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
import io
import json
import math
import socket
from typing import Any, ClassVar
from unittest.mock import patch
import wave

from homeassistant.components import tts
from homeassistant.config_entries import SOURCE_REAUTH
from homeassistant.const import CONF_HOST, CONF_PORT, STATE_OFF, STATE_ON
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.entity_component import EntityComponent
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.nuisance_calls.announcement import AnnouncementError, async_speak
from custom_components.nuisance_calls.const import (
    CONF_PHONE_PASSWORD,
    CONF_PHONE_PORT,
    CONF_PHONE_USER,
    CONF_POLITE_NO_TAGS,
    CONF_REGION,
    CONF_SIP_PORT,
    CONF_SOURCE,
    CONF_STOP_ACTION,
    CONF_TTS_ENGINE,
    DOMAIN,
    SOURCE_FRITZBOX,
)
from custom_components.nuisance_calls.diagnostics import async_get_config_entry_diagnostics
from custom_components.nuisance_calls.flows.phone import PhoneProbe, async_probe_phone
from custom_components.nuisance_calls.lib.exceptions import SipError
from custom_components.nuisance_calls.lib.phone import PhoneState, Reject
from custom_components.nuisance_calls.lib.stopping import StopAction
from custom_components.nuisance_calls.stopper import stop_policy
from simulator import FritzBoxSimulator
from simulator.sip import SipCall

from .conftest import CallEvents, wait_connected

USER, PASSWORD = "ipphone", "secret"
FLAGGED = "0301111111"
STRANGER = "0302222222"
TTS_ENTITY = "tts.test_wav"


def free_udp_port() -> int:
    """A UDP port free on 127.0.0.1 now."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(autouse=True)
def short_ring_hold() -> Any:
    """The 3 s of 180 before 480, shortened."""
    with patch("custom_components.nuisance_calls.stopper.RING_HOLD", 0.2):
        yield


@pytest.fixture
async def box(socket_enabled: None) -> AsyncGenerator[FritzBoxSimulator]:
    """A simulated box with its SIP side (registrar and INVITEs to IP phones)."""
    sim = FritzBoxSimulator("127.0.0.1", 0, sip_port=0, sip_user=USER, sip_password=PASSWORD)
    await sim.start()
    yield sim
    await sim.stop()


def _entry(box: FritzBoxSimulator, **options: Any) -> MockConfigEntry:
    assert box.sip is not None
    return MockConfigEntry(
        domain=DOMAIN,
        title="FRITZ!Box",
        version=1,
        minor_version=2,
        data={
            CONF_SOURCE: SOURCE_FRITZBOX,
            CONF_HOST: "127.0.0.1",
            CONF_PORT: box.port,
            CONF_SIP_PORT: box.sip.port,
            CONF_PHONE_USER: USER,
            CONF_PHONE_PASSWORD: PASSWORD,
        },
        options={CONF_REGION: "DE", CONF_PHONE_PORT: free_udp_port(), **options},
    )


async def _wait_state(hass: HomeAssistant, entity_id: str, state: str) -> None:
    async with asyncio.timeout(10):
        while (current := hass.states.get(entity_id)) is None or current.state != state:
            await asyncio.sleep(0.01)


async def _set_up(hass: HomeAssistant, box: FritzBoxSimulator, **options: Any) -> MockConfigEntry:
    entry = _entry(box, **options)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_connected(hass, entry)
    await _wait_state(hass, "sensor.fritz_box_phone", "registered")
    return entry


def _options_form(**phone: Any) -> dict[str, Any]:
    """The line's options form as the frontend sends it, with these phone settings."""
    return {
        CONF_REGION: "DE",
        "withheld_is_nuisance": False,
        "abroad_is_nuisance": False,
        "repeat_calls": 0,
        "repeat_days": 7,
        "mute": {},
        "fritzbox": {"block_at_box": False, "block_cap": 200},
        "phone": phone,
    }


async def _flag(hass: HomeAssistant, number: str, tag: str | None = None) -> None:
    data = {"number": number} | ({"tag": tag} if tag else {})
    await hass.services.async_call(DOMAIN, "flag_number", data, blocking=True)


async def _leg(box: FritzBoxSimulator, call_id: int) -> SipCall:
    assert box.sip is not None
    await box.sip.wait_until(lambda: call_id in box.sip_calls)  # type: ignore[union-attr]
    return box.sip_calls[call_id]


async def _lookup(hass: HomeAssistant, number: str) -> dict[str, Any]:
    result = await hass.services.async_call(
        DOMAIN, "lookup_number", {"number": number}, blocking=True, return_response=True
    )
    assert result is not None
    return dict(result)


async def test_a_flagged_caller_is_stopped_and_counted_as_stopped(
    hass: HomeAssistant, box: FritzBoxSimulator, call_events: CallEvents
) -> None:
    """The phone answers a flagged caller and hangs up; the tally says stopped, not answered."""
    await _set_up(hass, box)
    assert hass.states.get("sensor.fritz_box_phone").state == "registered"
    assert hass.states.get("switch.fritz_box_stop_nuisance_calls").state == STATE_ON
    await _flag(hass, FLAGGED)
    call_id = await box.ring(FLAGGED)
    leg = await _leg(box, call_id)
    assert box.sip is not None
    await box.sip.wait_until(lambda: leg.state == "ended")
    assert leg.answered_at is not None
    assert leg.ended_by == "phone"
    assert "PCMA/8000" in leg.sdp_answer
    await call_events.wait_for(4)
    assert call_events.types == ["incoming_call", "nuisance_call", "call_stopped", "call_ended"]
    assert call_events.events[2]["stopped"] == "hang_up"
    await hass.async_block_till_done()
    looked_up = await _lookup(hass, FLAGGED)
    assert (looked_up["count"], looked_up["answered"], looked_up["stopped"]) == (1, 0, 1)
    assert hass.states.get("sensor.fritz_box_calls_stopped").state == "1"
    assert hass.states.get("sensor.fritz_box_calls_stopped_today").state == "1"


async def test_everyone_else_rings_on_and_is_never_answered(
    hass: HomeAssistant, box: FritzBoxSimulator, call_events: CallEvents
) -> None:
    """An unknown caller: 180, a short hold, 480; the box goes on ringing the handsets."""
    await _set_up(hass, box)
    call_id = await box.ring(STRANGER)
    leg = await _leg(box, call_id)
    assert box.sip is not None
    await box.sip.wait_until(lambda: leg.final_status is not None)
    assert leg.responses[-1] == 480
    assert 180 in leg.responses
    assert leg.answered_at is None
    await box.answer(call_id)  # someone at home takes it
    await box.hang_up(call_id, duration=30)
    await call_events.wait_for(3)
    assert call_events.types == ["incoming_call", "call_answered", "call_ended"]
    assert (await _lookup(hass, STRANGER))["answered"] == 1


async def test_the_switch_lets_every_call_ring(
    hass: HomeAssistant, box: FritzBoxSimulator, call_events: CallEvents
) -> None:
    """Off (expecting a call from an unknown number): even a flagged caller is not answered."""
    await _set_up(hass, box)
    await _flag(hass, FLAGGED)
    await hass.services.async_call(
        "switch", "turn_off", {"entity_id": "switch.fritz_box_stop_nuisance_calls"}, blocking=True
    )
    assert hass.states.get("switch.fritz_box_stop_nuisance_calls").state == STATE_OFF
    call_id = await box.ring(FLAGGED)
    leg = await _leg(box, call_id)
    assert box.sip is not None
    await box.sip.wait_until(lambda: leg.final_status is not None)
    assert leg.final_status == 480
    assert leg.answered_at is None


class WavTTS(tts.TextToSpeechEntity):
    """A TTS engine that speaks WAV at 16 kHz (converted to 8 kHz A-law by the integration)."""

    _attr_name = "Test WAV"
    _attr_supported_languages: ClassVar[list[str]] = ["en", "de"]
    _attr_default_language = "en"

    def __init__(self) -> None:
        self.messages: list[str] = []

    async def async_get_tts_audio(
        self, message: str, language: str, options: dict[str, Any]
    ) -> tts.TtsAudioType:
        self.messages.append(message)
        out = io.BytesIO()
        with wave.open(out, "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(16000)
            samples = (int(8000 * math.sin(i / 10)) for i in range(16000))  # one second
            wav.writeframes(b"".join(s.to_bytes(2, "little", signed=True) for s in samples))
        return "wav", out.getvalue()


@pytest.fixture
async def wav_tts(hass: HomeAssistant) -> WavTTS:
    """The test TTS engine as ``tts.test_wav``."""
    assert await async_setup_component(hass, "tts", {})
    engine = WavTTS()
    component: EntityComponent[tts.TextToSpeechEntity] = hass.data[tts.DATA_COMPONENT]
    await component.async_add_entities([engine])
    return engine


async def test_the_polite_no_is_spoken_before_hanging_up(
    hass: HomeAssistant, box: FritzBoxSimulator, call_events: CallEvents, wav_tts: WavTTS
) -> None:
    """A charity caller hears the polite no (a second of RTP), then the phone hangs up."""
    entry = await _set_up(
        hass,
        box,
        **{CONF_POLITE_NO_TAGS: ["charity"], CONF_TTS_ENGINE: TTS_ENTITY},
    )
    line = entry.runtime_data
    assert line.phone is not None
    async with asyncio.timeout(10):
        while line.phone.announcement is None:
            await asyncio.sleep(0.02)
    assert wav_tts.messages == [
        "This household does not accept sales calls. Please remove this number"
        " from your list. Thank you, goodbye."
    ]
    await _flag(hass, FLAGGED, tag="charity")
    call_id = await box.ring(FLAGGED)
    leg = await _leg(box, call_id)
    assert box.sip is not None
    await box.sip.wait_until(lambda: leg.state == "ended", timeout=10)
    assert leg.rtp_payload_types == {8}
    assert leg.packets == 50  # one second in 20 ms frames
    assert leg.duration == pytest.approx(0.98, abs=0.3)
    await call_events.wait_for(4)
    assert call_events.events[2]["stopped"] == "polite_no"


async def test_the_polite_no_without_tts_hangs_up_and_says_why(
    hass: HomeAssistant,
    box: FritzBoxSimulator,
    call_events: CallEvents,
    issue_registry: ir.IssueRegistry,
) -> None:
    """No engine can make the announcement: a repair issue, and the caller is hung up on."""
    entry = await _set_up(
        hass, box, **{CONF_STOP_ACTION: "polite_no", CONF_TTS_ENGINE: "tts.missing"}
    )
    await hass.async_block_till_done()
    issue = issue_registry.async_get_issue(DOMAIN, f"announcement_unavailable_{entry.entry_id}")
    assert issue is not None
    await _flag(hass, FLAGGED)
    call_id = await box.ring(FLAGGED)
    leg = await _leg(box, call_id)
    assert box.sip is not None
    await box.sip.wait_until(lambda: leg.state == "ended")
    assert leg.packets == 0
    await call_events.wait_for(4)
    assert call_events.events[2]["stopped"] == "hang_up"


async def test_a_handset_flags_the_last_caller(
    hass: HomeAssistant, box: FritzBoxSimulator, call_events: CallEvents
) -> None:
    """Right after a cold call, dialling the phone from a handset flags that caller."""
    await _set_up(hass, box)
    call_id = await box.ring(STRANGER)
    await box.answer(call_id)
    await box.hang_up(call_id, duration=40)
    await call_events.wait_for(3)
    assert (await _lookup(hass, STRANGER))["verdict"] == "unknown"
    internal = await box.internal_call("**610", "**620")
    leg = await _leg(box, internal)
    assert box.sip is not None
    await box.sip.wait_until(lambda: leg.state == "ended", timeout=10)
    assert leg.answered_at is not None
    assert leg.packets > 0  # two beeps: no TTS engine
    assert (await _lookup(hass, STRANGER))["verdict"] == "nuisance"
    # The next call from that number is stopped.
    again = await box.ring(STRANGER)
    second = await _leg(box, again)
    await box.sip.wait_until(lambda: second.state == "ended")
    assert second.answered_at is not None


async def test_the_broadcast_is_never_answered(hass: HomeAssistant, box: FritzBoxSimulator) -> None:
    """**9 rings every phone of the house: the integration's phone never takes it."""
    await _set_up(hass, box)
    internal = await box.internal_call("**610", "**9")
    leg = await _leg(box, internal)
    assert box.sip is not None
    await box.sip.wait_until(lambda: leg.final_status is not None)
    assert leg.answered_at is None


async def test_a_refused_login_raises_a_repair_and_asks_again(
    hass: HomeAssistant, box: FritzBoxSimulator, issue_registry: ir.IssueRegistry
) -> None:
    """A wrong password: the phone's state says so, a repair issue, and a re-authentication."""
    entry = _entry(box)
    entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(entry, data={**entry.data, CONF_PHONE_PASSWORD: "wrong"})
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_connected(hass, entry)
    await _wait_state(hass, "sensor.fritz_box_phone", "auth_failed")
    await hass.async_block_till_done()
    assert issue_registry.async_get_issue(DOMAIN, f"phone_auth_failed_{entry.entry_id}")
    [flow] = hass.config_entries.flow.async_progress_by_handler(DOMAIN)
    assert flow["context"]["source"] == SOURCE_REAUTH
    assert flow["step_id"] == "reauth_phone"
    result = await hass.config_entries.flow.async_configure(
        flow["flow_id"], {CONF_PHONE_USER: USER, CONF_PHONE_PASSWORD: "still wrong"}
    )
    assert result["errors"] == {"base": "phone_auth"}
    result = await hass.config_entries.flow.async_configure(
        flow["flow_id"], {CONF_PHONE_USER: USER, CONF_PHONE_PASSWORD: PASSWORD}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reauth_successful"
    assert entry.data[CONF_PHONE_PASSWORD] == PASSWORD
    await hass.async_block_till_done()
    assert box.sip is not None
    await box.sip.wait_registered(USER)


async def test_the_options_set_up_the_phone(hass: HomeAssistant, box: FritzBoxSimulator) -> None:
    """The line's options take the IP phone's login (tried at the box first) into its data."""
    assert box.sip is not None
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="FRITZ!Box",
        version=1,
        minor_version=2,
        data={
            CONF_SOURCE: SOURCE_FRITZBOX,
            CONF_HOST: "127.0.0.1",
            CONF_PORT: box.port,
            CONF_SIP_PORT: box.sip.port,
        },
        options={CONF_REGION: "DE"},
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await wait_connected(hass, entry)
    assert entry.runtime_data.phone is None
    assert hass.states.get("switch.fritz_box_stop_nuisance_calls") is None

    def answer(password: str, **phone: Any) -> dict[str, Any]:
        return _options_form(
            **{
                CONF_PHONE_USER: USER,
                CONF_PHONE_PASSWORD: password,
                CONF_PHONE_PORT: free_udp_port(),
                CONF_STOP_ACTION: "hang_up",
                **phone,
            }
        )

    result = await hass.config_entries.options.async_init(entry.entry_id)
    result = await hass.config_entries.options.async_configure(result["flow_id"], answer("wrong"))
    assert result["errors"] == {"phone": "phone_auth"}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], answer(PASSWORD, **{CONF_STOP_ACTION: "polite_no"})
    )
    assert result["errors"] == {"phone": "polite_no_needs_tts"}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], answer(PASSWORD, **{CONF_PHONE_PORT: 5060})
    )
    assert result["errors"] == {"phone": "phone_port_5060"}
    result = await hass.config_entries.options.async_configure(result["flow_id"], answer(PASSWORD))
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert CONF_PHONE_PASSWORD not in entry.options
    assert (entry.data[CONF_PHONE_USER], entry.data[CONF_PHONE_PASSWORD]) == (USER, PASSWORD)
    await hass.async_block_till_done()
    await wait_connected(hass, entry)
    assert entry.runtime_data.phone is not None
    await _wait_state(hass, "sensor.fritz_box_phone", "registered")


async def test_a_phone_that_cannot_start_leaves_the_line_working(
    hass: HomeAssistant,
    box: FritzBoxSimulator,
    call_events: CallEvents,
    issue_registry: ir.IssueRegistry,
) -> None:
    """Its port is taken: a repair issue; the call monitor, the tally and the rest go on."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as taken:
        taken.bind(("0.0.0.0", 0))
        entry = _entry(box, **{CONF_PHONE_PORT: taken.getsockname()[1]})
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await wait_connected(hass, entry)
    assert issue_registry.async_get_issue(DOMAIN, f"phone_cannot_start_{entry.entry_id}")
    assert hass.states.get("sensor.fritz_box_phone").state == "stopped"
    await box.hang_up(await box.ring(FLAGGED))
    await call_events.wait_for(3)
    assert call_events.types == ["incoming_call", "call_missed", "call_ended"]
    await hass.config_entries.async_remove(entry.entry_id)
    assert not issue_registry.async_get_issue(DOMAIN, f"phone_cannot_start_{entry.entry_id}")


async def test_a_caller_who_hangs_up_first_is_missed_not_stopped(
    hass: HomeAssistant, box: FritzBoxSimulator, call_events: CallEvents
) -> None:
    """The phone meant to stop the call, the caller was quicker: the tally says missed."""
    entry = await _set_up(hass, box)
    await _flag(hass, FLAGGED)
    line = entry.runtime_data
    assert line.phone is not None
    answered = asyncio.Event()
    decide = line.phone._decide

    async def slow_decide(call: Any) -> Any:
        decision = await decide(call)
        await answered.wait()  # the caller hangs up while the phone still "thinks"
        return decision

    line.phone.phone._decide = slow_decide
    call_id = await box.ring(FLAGGED)
    leg = await _leg(box, call_id)
    assert box.sip is not None
    await box.sip.wait_until(lambda: 100 in leg.responses)
    await box.hang_up(call_id)
    await box.sip.wait_until(lambda: leg.cancelled and leg.final_status == 487)
    answered.set()
    await call_events.wait_for(4)
    assert call_events.types == ["incoming_call", "nuisance_call", "call_missed", "call_ended"]
    # The word is taken back: the next call from that number, answered at home, is answered.
    line.phone.set_enabled(False)
    again = await box.ring(FLAGGED)
    await box.answer(again)
    await call_events.wait_for(7)
    assert call_events.types[-1] == "call_answered"


async def test_a_handset_call_with_nobody_to_flag_and_a_spoken_confirmation(
    hass: HomeAssistant, box: FritzBoxSimulator, wav_tts: WavTTS
) -> None:
    """No call yet: the phone says so (by TTS when there is an engine) and flags nobody."""
    await _set_up(hass, box, **{CONF_TTS_ENGINE: TTS_ENTITY})
    internal = await box.internal_call("**611", "**620")
    leg = await _leg(box, internal)
    assert box.sip is not None
    await box.sip.wait_until(lambda: leg.state == "ended", timeout=10)
    assert wav_tts.messages == ["There was no caller to flag. Goodbye."]
    assert leg.packets == 50  # the engine's second of speech


async def test_an_unreachable_box_is_reported_after_a_while(
    hass: HomeAssistant, box: FritzBoxSimulator, issue_registry: ir.IssueRegistry
) -> None:
    """The box does not answer the phone for five minutes: a repair issue; back: gone again."""
    entry = await _set_up(hass, box)
    phone = entry.runtime_data.phone
    assert phone is not None
    clock = [1000.0]
    with patch.object(hass.loop, "time", lambda: clock[0]):
        phone._state_changed(PhoneState.UNREACHABLE)
        assert not issue_registry.async_get_issue(DOMAIN, f"phone_unreachable_{entry.entry_id}")
        clock[0] += 301
        phone._state_changed(PhoneState.UNREACHABLE)
    assert issue_registry.async_get_issue(DOMAIN, f"phone_unreachable_{entry.entry_id}")
    phone._state_changed(PhoneState.REGISTERED)
    assert not issue_registry.async_get_issue(DOMAIN, f"phone_unreachable_{entry.entry_id}")


class FakePhone:
    """Stands in for SipPhone in the login check: ends in a given state, or cannot start."""

    state_after: PhoneState | None = PhoneState.REFUSED
    decide: Any = None

    def __init__(self, **kwargs: Any) -> None:
        self.on_state = kwargs["on_state"]
        FakePhone.decide = kwargs["decide"]
        self.state = PhoneState.STOPPED
        self.closed = False

    async def start(self) -> None:
        if self.state_after is None:
            raise SipError("no such host")
        self.state = PhoneState.REGISTERING
        self.on_state(self.state)
        if self.state_after is not PhoneState.REGISTERING:
            self.state = self.state_after
            self.on_state(self.state)

    async def close(self) -> None:
        self.closed = True


@pytest.mark.parametrize(
    ("state_after", "expected"),
    [
        (PhoneState.REFUSED, PhoneProbe.REFUSED),
        (PhoneState.AUTH_FAILED, PhoneProbe.AUTH),
        (PhoneState.REGISTERING, PhoneProbe.UNREACHABLE),  # no answer in time
        (None, PhoneProbe.UNREACHABLE),
        (PhoneState.REGISTERED, PhoneProbe.OK),
    ],
)
async def test_the_login_check_says_what_the_box_said(
    state_after: PhoneState | None, expected: PhoneProbe
) -> None:
    """Each way a REGISTER can end is its own error in the form."""
    FakePhone.state_after = state_after
    with (
        patch("custom_components.nuisance_calls.flows.phone.SipPhone", FakePhone),
        patch("custom_components.nuisance_calls.flows.phone.PROBE_TIMEOUT", 0.05),
    ):
        assert await async_probe_phone({CONF_HOST: "fritz.box"}, USER, PASSWORD) is expected
    # A call offered during the check is never answered.
    assert isinstance(await FakePhone.decide(object()), Reject)


async def test_the_stored_password_is_kept_and_a_new_user_needs_one(
    hass: HomeAssistant, box: FritzBoxSimulator
) -> None:
    """An empty password keeps the stored one (no new check); a new user must bring one."""
    entry = await _set_up(hass, box)
    port = entry.options[CONF_PHONE_PORT]

    def answer(user: str, **phone: Any) -> dict[str, Any]:
        return _options_form(**{CONF_PHONE_USER: user, CONF_PHONE_PORT: port, **phone})

    result = await hass.config_entries.options.async_init(entry.entry_id)
    result = await hass.config_entries.options.async_configure(result["flow_id"], answer("another"))
    assert result["errors"] == {"phone": "phone_password_needed"}
    with patch("custom_components.nuisance_calls.flows.line_options.async_probe_phone") as probe:
        result = await hass.config_entries.options.async_configure(
            result["flow_id"],
            answer(USER, **{CONF_STOP_ACTION: "ring", "hang_up_tags": ["Scam ", "scam", " "]}),
        )
    probe.assert_not_called()
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert entry.data[CONF_PHONE_PASSWORD] == PASSWORD
    assert entry.options["hang_up_tags"] == ["scam"]
    assert entry.options[CONF_STOP_ACTION] == "ring"


class OddTTS(WavTTS):
    """A TTS engine that gives what it is told to: MP3, broken WAV, or an error."""

    _attr_name = "Odd"
    _attr_supported_languages: ClassVar[list[str]] = ["fr"]
    _attr_default_language = "fr"

    def __init__(self) -> None:
        super().__init__()
        self.gives: tuple[str | None, bytes | None] = ("mp3", b"ID3")

    async def async_get_tts_audio(
        self, message: str, language: str, options: dict[str, Any]
    ) -> tts.TtsAudioType:
        self.messages.append(message)
        return self.gives


async def test_what_a_tts_engine_gives_is_checked(hass: HomeAssistant, wav_tts: WavTTS) -> None:
    """MP3 without ffmpeg, broken WAV, no audio, an unknown engine: each a clear reason."""
    odd = OddTTS()
    component: EntityComponent[tts.TextToSpeechEntity] = hass.data[tts.DATA_COMPONENT]
    await component.async_add_entities([odd])
    with pytest.raises(AnnouncementError) as err:
        await async_speak(hass, "tts.odd", "Nein.", "de")  # French only, MP3 and no ffmpeg
    assert err.value.reason == "engine_failed"
    assert "ffmpeg" in err.value.detail
    odd.gives = ("wav", b"RIFF but not a wave file")
    with pytest.raises(AnnouncementError) as err:
        await async_speak(hass, "tts.odd", "Non.", "fr")
    assert err.value.reason == "engine_failed"
    odd.gives = (None, None)
    with pytest.raises(AnnouncementError) as err:
        await async_speak(hass, "tts.odd", "Non merci.", "fr")
    assert err.value.reason == "engine_failed"
    with pytest.raises(AnnouncementError) as err:
        await async_speak(hass, "tts.nowhere", "No.", "en")
    assert err.value.reason == "no_engine"
    # With ffmpeg HA converts first; where that fails the engine's own WAV still serves.
    with patch("custom_components.nuisance_calls.announcement.shutil.which", return_value="/x"):
        spoken = await async_speak(hass, TTS_ENTITY, "No, thank you.", "en")
    assert len(spoken.audio) == 8000
    assert wav_tts.messages[-1] == "No, thank you."


def test_a_hand_edited_action_falls_back_to_hanging_up() -> None:
    """An option the form never writes (edited by hand) is read as "hang up"."""
    entry = MockConfigEntry(domain=DOMAIN, options={CONF_STOP_ACTION: "explode"})
    assert stop_policy(entry).action is StopAction.HANG_UP  # type: ignore[arg-type]


async def test_reputation_is_asked_before_the_phone_decides(
    hass: HomeAssistant, box: FritzBoxSimulator, call_events: CallEvents
) -> None:
    """An unknown number: the reputation answer (if it comes in time) decides the call."""
    entry = await _set_up(hass, box)
    household = entry.runtime_data.calls.household

    async def flags_it(number: str) -> None:
        household.flag(number, tag="scam")

    async def never_answers(number: str) -> None:
        await asyncio.sleep(60)

    with (
        patch.object(household, "needs_look_up", return_value=True),
        patch("custom_components.nuisance_calls.stopper.LOOK_UP_TIMEOUT", 0.05),
    ):
        with patch.object(household, "async_look_up", never_answers):
            leg = await _leg(box, await box.ring(STRANGER))
            assert box.sip is not None
            await box.sip.wait_until(lambda: leg.final_status is not None)
        assert leg.final_status == 480  # no answer in time: unknown, not answered
        with patch.object(household, "async_look_up", flags_it):
            leg = await _leg(box, await box.ring(FLAGGED))
            await box.sip.wait_until(lambda: leg.state == "ended")
        assert leg.answered_at is not None


async def test_a_confirmation_the_engine_cannot_speak_is_a_tone(
    hass: HomeAssistant, box: FritzBoxSimulator
) -> None:
    """The TTS engine is gone: the handset hears the beeps instead."""
    await _set_up(hass, box, **{CONF_TTS_ENGINE: "tts.gone"})
    leg = await _leg(box, await box.internal_call("**610", "**620"))
    assert box.sip is not None
    await box.sip.wait_until(lambda: leg.state == "ended", timeout=10)
    assert leg.packets == 50  # one second: silence, a low beep, silence


async def test_diagnostics_tell_about_the_phone_but_never_its_login(
    hass: HomeAssistant, box: FritzBoxSimulator
) -> None:
    """The registration and its counts are there; the IP phone's user and password are not."""
    entry = await _set_up(hass, box, announcement="Nein danke, Familie Müller.")
    diagnostics = await async_get_config_entry_diagnostics(hass, entry)
    phone = diagnostics["phone"]
    assert phone["configured"] is True
    assert phone["state"] == "registered"
    assert phone["registrations"] >= 1
    text = json.dumps(diagnostics)
    for secret in (PASSWORD, USER, "Müller"):
        assert secret not in text, secret
