"""The stopping policy and the phone's audio, without SIP or Home Assistant."""

from __future__ import annotations

from array import array
import io
from itertools import pairwise
import math
import wave

import pytest

from custom_components.nuisance_calls.lib.audio import PHONE_RATE, tone, wav_to_phone_audio
from custom_components.nuisance_calls.lib.classifier import Verdict, VerdictKind
from custom_components.nuisance_calls.lib.exceptions import AudioFormatError
from custom_components.nuisance_calls.lib.rtp import alaw_to_pcm16
from custom_components.nuisance_calls.lib.stopping import (
    StopAction,
    StopPolicy,
    announcement_text,
    confirmation_text,
)

NUISANCE = Verdict(VerdictKind.NUISANCE)


def test_only_nuisance_calls_are_stopped_and_tags_pick_the_strictest_action() -> None:
    """Everyone else rings; a tag overrides the line's action; hang-up beats polite beats ring."""
    policy = StopPolicy.from_tags(
        StopAction.POLITE_NO, hang_up=["Scam"], polite_no=["charity"], ring=["survey", "charity"]
    )
    assert policy.by_tag == {"scam": StopAction.HANG_UP, "charity": StopAction.POLITE_NO,
                             "survey": StopAction.RING}  # fmt: skip
    assert policy.action_for(Verdict(VerdictKind.UNKNOWN, tags=("scam",))) is StopAction.RING
    assert policy.action_for(Verdict(VerdictKind.ALLOWED)) is StopAction.RING
    assert policy.action_for(NUISANCE) is StopAction.POLITE_NO
    assert policy.action_for(Verdict(VerdictKind.NUISANCE, tags=("survey",))) is StopAction.RING
    both = Verdict(VerdictKind.NUISANCE, tags=("survey", "scam", "charity"))
    assert policy.action_for(both) is StopAction.HANG_UP
    assert StopPolicy().action_for(NUISANCE) is StopAction.HANG_UP


def test_texts_in_the_households_language() -> None:
    """The default polite no and the flag confirmation in en, de, it; English otherwise."""
    assert announcement_text("de-CH").startswith("Dieser Haushalt nimmt keine Werbeanrufe an.")
    assert announcement_text("it").startswith("Questa casa non accetta")
    assert announcement_text("fr").startswith("This household does not accept sales calls.")
    assert announcement_text("de", "  Nein danke.  ") == "Nein danke."
    assert confirmation_text("de", "Telekom") == "Markiert: Telekom. Auf Wiederhören."
    assert confirmation_text("en_GB", None) == "There was no caller to flag. Goodbye."


def _wav(rate: int, channels: int, width: int, seconds: float, frequency: float) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(width)
        wav.setframerate(rate)
        frames = bytearray()
        for i in range(int(rate * seconds)):
            value = int(10000 * math.sin(2 * math.pi * frequency * i / rate))
            sample = (
                bytes([(value >> 8) + 128]) if width == 1
                else (value << (8 * (width - 2))).to_bytes(width, "little", signed=True)
            )  # fmt: skip
            frames += sample * channels
        wav.writeframes(bytes(frames))
    return out.getvalue()


def _zero_crossings(alaw: bytes) -> int:
    samples = array("h", alaw_to_pcm16(alaw))
    return sum(1 for a, b in pairwise(samples) if (a < 0) != (b < 0))


@pytest.mark.parametrize(
    ("rate", "channels", "width"),
    [(8000, 1, 2), (16000, 1, 2), (22050, 2, 2), (24000, 1, 1), (44100, 2, 3), (48000, 1, 4)],
)
def test_any_pcm_wav_becomes_8khz_alaw_of_the_same_sound(
    rate: int, channels: int, width: int
) -> None:
    """Length and pitch survive: one second of 440 Hz is 8000 samples with ~880 zero crossings."""
    audio = wav_to_phone_audio(_wav(rate, channels, width, 1.0, 440))
    assert len(audio) == pytest.approx(PHONE_RATE, abs=2)
    assert _zero_crossings(audio) == pytest.approx(880, abs=6)


def test_what_is_not_pcm_wav_is_refused() -> None:
    """An MP3, or garbage, is an AudioFormatError (the caller then is hung up on)."""
    with pytest.raises(AudioFormatError):
        wav_to_phone_audio(b"ID3\x03\x00" + bytes(100))
    with pytest.raises(AudioFormatError):
        wav_to_phone_audio(_wav(2000, 1, 2, 0.1, 100))


def test_tones_say_done_or_nothing_to_do() -> None:
    """Two high beeps (880 Hz) or one low (330 Hz), with silence around them."""
    done, nothing = tone(confirm=True), tone(confirm=False)
    assert len(done) == pytest.approx(PHONE_RATE * 0.8, abs=2)
    assert len(nothing) == pytest.approx(PHONE_RATE * 1.0, abs=2)
    assert _zero_crossings(done) == pytest.approx(2 * 0.3 * 880, abs=8)
    assert _zero_crossings(nothing) == pytest.approx(2 * 0.6 * 330, abs=8)
