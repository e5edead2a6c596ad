"""Audio for the phone: any PCM WAV as 8 kHz A-law, and beeps.

TTS engines give WAV at 16, 22.05 or 24 kHz, sometimes in stereo; the phone
speaks 8 kHz mono A-law. Home Assistant's TTS converts with ffmpeg where it
has it; this does the same for WAV where it has not (a Home Assistant Core
install without ffmpeg). ``audioop`` left the standard library in 3.13 and
no maintained package does only this, so it is done here: mixing down and
linear resampling (with a short averaging filter against aliasing) of a few
seconds of speech, in a few hundred milliseconds, off the event loop.
"""

from __future__ import annotations

from array import array
import io
import math
import sys
from typing import Final
import wave

from .exceptions import AudioFormatError
from .rtp import pcm16_to_alaw

__all__ = [
    "PHONE_RATE",
    "tone",
    "wav_to_phone_audio",
]

PHONE_RATE: Final = 8000
MAX_SECONDS: Final = 60
"""Longer audio is cut: no announcement needs more."""


def _samples(frames: bytes, width: int) -> array[int]:
    """Little-endian PCM of 1-4 bytes a sample as 16-bit samples."""
    if width == 2:
        samples = array("h", frames[: len(frames) // 2 * 2])
        if sys.byteorder == "big":  # pragma: no cover - little-endian test machines
            samples.byteswap()
        return samples
    if width == 1:  # unsigned 8 bit
        return array("h", ((byte - 128) << 8 for byte in frames))
    # 24 or 32 bit (all ``wave`` reads): the two most significant bytes
    return array(
        "h",
        (
            int.from_bytes(frames[i + width - 2 : i + width], "little", signed=True)
            for i in range(0, len(frames) - width + 1, width)
        ),
    )


def _mix_down(samples: array[int], channels: int) -> array[int]:
    if channels == 1:
        return samples
    return array(
        "h",
        (
            sum(samples[i : i + channels]) // channels
            for i in range(0, len(samples) - channels + 1, channels)
        ),
    )


def _resample(samples: array[int], rate: int) -> array[int]:
    """To 8 kHz: average over the source samples of one target sample, then interpolate."""
    if rate == PHONE_RATE or not samples:
        return samples
    ratio = rate / PHONE_RATE
    smoothed = samples
    if (width := round(ratio)) > 1:  # a moving average over one target sample's sources
        smoothed = array("h", bytes(2 * len(samples)))
        total = 0
        for index, value in enumerate(samples):
            total += value
            if index >= width:
                total -= samples[index - width]
            smoothed[index] = total // min(index + 1, width)
    count = int(len(smoothed) / ratio)
    last = len(smoothed) - 1
    out = array("h", bytes(2 * count))
    for index in range(count):
        position = index * ratio
        low = int(position)
        high = min(low + 1, last)
        fraction = position - low
        out[index] = int(smoothed[low] + (smoothed[high] - smoothed[low]) * fraction)
    return out


def wav_to_phone_audio(data: bytes) -> bytes:
    """A PCM WAV file (any rate, channels, 8-32 bit) as 8 kHz mono A-law.

    Raises ``AudioFormatError`` for anything that is not PCM WAV.
    """
    try:
        with wave.open(io.BytesIO(data), "rb") as wav:
            channels, width, rate = wav.getnchannels(), wav.getsampwidth(), wav.getframerate()
            if not 1 <= channels <= 8 or not 4000 <= rate <= 192000:
                raise AudioFormatError(f"{channels} channels at {rate} Hz")
            frames = wav.readframes(min(wav.getnframes(), rate * MAX_SECONDS))
    except (wave.Error, EOFError) as err:
        raise AudioFormatError(f"not a PCM WAV file: {err}") from err
    samples = _resample(_mix_down(_samples(frames, width), channels), rate)
    if sys.byteorder == "big":  # pragma: no cover - little-endian test machines
        samples.byteswap()
    return pcm16_to_alaw(samples.tobytes())


def tone(*, confirm: bool) -> bytes:
    """A-law audio for when no TTS engine speaks: two short high beeps (done), or one low."""

    def beep(frequency: float, seconds: float) -> array[int]:
        count = int(PHONE_RATE * seconds)
        return array(
            "h",
            (int(12000 * math.sin(2 * math.pi * frequency * i / PHONE_RATE)) for i in range(count)),
        )

    silence = array("h", bytes(2 * PHONE_RATE // 5))
    parts = (
        [silence, beep(880, 0.15), silence[: PHONE_RATE // 10], beep(880, 0.15), silence]
        if confirm
        else [silence, beep(330, 0.6), silence]
    )
    pcm = array("h")
    for part in parts:
        pcm.extend(part)
    if sys.byteorder == "big":  # pragma: no cover - little-endian test machines
        pcm.byteswap()
    return pcm16_to_alaw(pcm.tobytes())
