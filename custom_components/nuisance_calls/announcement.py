"""What the phone says: text-to-speech from HA's TTS, as 8 kHz A-law, made once and kept.

The polite no is made when the line starts and again when its text or engine
changes, never while a call waits. HA's TTS converts to 8 kHz mono WAV with
ffmpeg where it has it (Home Assistant OS and the container image); where it
does not (some Core installs), an engine's own WAV output is converted here.
Anything else is a clear error, and the phone hangs up without a word.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
import logging
import shutil
from typing import Any, Final

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError

from .lib.audio import wav_to_phone_audio
from .lib.exceptions import AudioFormatError

_LOGGER = logging.getLogger(__name__)

MAKE_TIMEOUT: Final = 30.0
"""Seconds a TTS engine may take for one announcement."""
MAX_AUDIO_BYTES: Final = 8000 * 60
"""A minute of A-law at most: a longer text is cut (the caller waits for no speech)."""
# HA's TTS option names (``tts.ATTR_PREFERRED_*``): the TTS integration is
# imported only once it is set up (it needs ffmpeg's and mutagen's packages,
# which a Core install without TTS may lack).
_AS_PHONE_AUDIO: Final[dict[str, Any]] = {
    "preferred_format": "wav",
    "preferred_sample_rate": 8000,
    "preferred_sample_channels": 1,
    "preferred_sample_bytes": 2,
}
_AS_WAV: Final[dict[str, Any]] = {"preferred_format": "wav"}
"""An engine's own WAV, unconverted (HA converts everything else to MP3 with ffmpeg)."""


class AnnouncementError(HomeAssistantError):
    """An announcement could not be made (``reason`` names why, for the logs and repairs)."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Spoken:
    """A text made into phone audio."""

    text: str
    audio: bytes


async def async_speak(
    hass: HomeAssistant, engine: str | None, text: str, language: str | None
) -> Spoken:
    """``text`` as 8 kHz A-law from a TTS engine (raises ``AnnouncementError``)."""
    if not engine or "tts" not in hass.config.components:
        raise AnnouncementError("no_engine", engine or "none")
    from homeassistant.components import tts  # noqa: PLC0415 - set up, so importable

    if tts.async_resolve_engine(hass, engine) is None:
        raise AnnouncementError("no_engine", engine or "none")
    last: Exception | None = None
    ways = (_AS_PHONE_AUDIO, _AS_WAV) if await _async_has_ffmpeg(hass) else (_AS_WAV,)
    for options in ways:
        try:
            async with asyncio.timeout(MAKE_TIMEOUT):
                _extension, data = await _async_audio(hass, engine, text, language, options)
        except (HomeAssistantError, ValueError, OSError, TimeoutError) as err:
            last = err  # e.g. no ffmpeg for the conversion: try the engine's own WAV
            continue
        try:  # WAV: HA converts whatever else an engine gives, or fails
            audio = await hass.async_add_executor_job(wav_to_phone_audio, data)
        except AudioFormatError as err:
            last = err
            continue
        return Spoken(text, audio[:MAX_AUDIO_BYTES])
    raise AnnouncementError("engine_failed", str(last)[:200])


async def _async_has_ffmpeg(hass: HomeAssistant) -> bool:
    """Whether HA's TTS can convert (without ffmpeg it logs an error for every try).

    TTS depends on HA's ffmpeg integration, so its manager is there.
    """
    from homeassistant.components import ffmpeg  # noqa: PLC0415 - TTS is set up

    binary = ffmpeg.get_ffmpeg_manager(hass).binary
    return await hass.async_add_executor_job(shutil.which, binary) is not None


async def _async_audio(
    hass: HomeAssistant,
    engine: str,
    text: str,
    language: str | None,
    options: dict[str, Any],
) -> tuple[str, bytes]:
    """One TTS result (the engine's language if it lacks ``language``)."""
    from homeassistant.components import tts  # noqa: PLC0415 - TTS is set up

    try:
        source = tts.generate_media_source_id(hass, text, engine, language, dict(options))
    except HomeAssistantError:  # the engine lacks the language: its default one
        source = tts.generate_media_source_id(hass, text, engine, None, dict(options))
    return await tts.async_get_media_source_audio(hass, source)
