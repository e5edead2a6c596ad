"""G.711 audio and an RTP sender for the SIP phone's announcements.

The encoders are written here because the standard library's ``audioop``
was removed in Python 3.13 (PEP 594) and its PyPI back-port
(``audioop-lts``) is a C extension we would rather not require for two
256-byte tables: A-law (G.711, the codec FRITZ!Boxes speak) and mu-law are
computed once at import from the reference algorithm (ITU-T G.711 as in
Sun's public ``g711.c``) and applied with ``bytes.translate`` and a
13-bit lookup table.

``RtpSender`` is an ``asyncio.DatagramProtocol``: it sends 160-byte frames
(20 ms at 8 kHz) with an RTP header (RFC 3550: version 2, the payload type,
a sequence number and timestamp that start at random values and advance by
1 and 160, a random SSRC, the marker bit on the first packet), each frame
due at ``start + n * 20 ms`` on the loop clock, so late wake-ups do not
add up to drift.
"""

from __future__ import annotations

import array
import asyncio
import io
import secrets
import struct
import sys
from typing import Final, override
import wave

from .exceptions import AudioFormatError

__all__ = [
    "ALAW_SILENCE",
    "FRAME_BYTES",
    "FRAME_SECONDS",
    "AudioFormatError",
    "RtpSender",
    "alaw_to_pcm16",
    "alaw_to_ulaw",
    "linear_to_alaw",
    "linear_to_ulaw",
    "pcm16_to_alaw",
    "rtp_header",
    "wav_to_alaw",
]

FRAME_BYTES: Final = 160
FRAME_SECONDS: Final = 0.02
ALAW_SILENCE: Final = 0xD5

_SEG_END_A: Final = (0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF)
_SEG_END_U: Final = (0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF)


def _segment(value: int, ends: tuple[int, ...]) -> int:
    for segment, end in enumerate(ends):
        if value <= end:
            return segment
    return len(ends)


def linear_to_alaw(sample: int) -> int:
    """One signed 16-bit sample as an A-law byte (G.711)."""
    value = sample >> 3
    if value >= 0:
        mask = 0xD5
    else:
        mask = 0x55
        value = -value - 1
    segment = _segment(value, _SEG_END_A)
    if segment >= 8:
        return 0x7F ^ mask
    code = segment << 4
    code |= (value >> 1 if segment < 2 else value >> segment) & 0x0F
    return code ^ mask


def linear_to_ulaw(sample: int) -> int:
    """One signed 16-bit sample as a mu-law byte (G.711)."""
    value = sample >> 2
    if value < 0:
        value, mask = ~value, 0x7F  # one's complement, as ITU-T G.191's reference
    else:
        mask = 0xFF
    value = min(value, 8159) + (0x84 >> 2)
    segment = _segment(value, _SEG_END_U)
    if segment >= 8:
        return 0x7F ^ mask
    return ((segment << 4) | ((value >> (segment + 1)) & 0x0F)) ^ mask


def _alaw_to_linear(code: int) -> int:
    code ^= 0x55
    value = (code & 0x0F) << 4
    segment = (code & 0x70) >> 4
    if segment == 0:
        value += 8
    else:
        value = (value + 0x108) << (segment - 1)
    return value if code & 0x80 else -value


# 13-bit (sample >> 3) -> A-law, indexed by the value's two's complement.
_ALAW_13: Final = bytes(linear_to_alaw(((i ^ 0x1000) - 0x1000) << 3) for i in range(8192))
_ALAW_TO_ULAW: Final = bytes(linear_to_ulaw(_alaw_to_linear(code)) for code in range(256))


def pcm16_to_alaw(pcm: bytes) -> bytes:
    """Signed 16-bit little-endian PCM as A-law bytes (one byte per sample)."""
    if len(pcm) % 2:
        raise AudioFormatError("PCM16 data has an odd number of bytes")
    samples = array.array("h")
    samples.frombytes(pcm)
    if sys.byteorder == "big":  # pragma: no cover - little-endian test machines
        samples.byteswap()
    table = _ALAW_13
    return bytes([table[(sample >> 3) & 0x1FFF] for sample in samples])


def alaw_to_pcm16(alaw: bytes) -> bytes:
    """A-law bytes back to signed 16-bit little-endian PCM."""
    return b"".join(struct.pack("<h", _alaw_to_linear(code)) for code in alaw)


def alaw_to_ulaw(alaw: bytes) -> bytes:
    """A-law bytes as mu-law bytes (for a box that only takes PCMU)."""
    return alaw.translate(_ALAW_TO_ULAW)


def wav_to_alaw(data: bytes) -> bytes:
    """A WAV file (PCM16, mono, 8000 Hz) as A-law bytes; ``AudioFormatError`` otherwise."""
    try:
        with wave.open(io.BytesIO(data), "rb") as wav:
            if (wav.getsampwidth(), wav.getnchannels(), wav.getframerate()) != (2, 1, 8000):
                raise AudioFormatError(
                    f"WAV must be PCM16 mono 8000 Hz, not {8 * wav.getsampwidth()} bit, "
                    f"{wav.getnchannels()} channel(s), {wav.getframerate()} Hz"
                )
            pcm = wav.readframes(wav.getnframes())
    except (wave.Error, EOFError) as err:
        raise AudioFormatError(f"not a WAV file: {err}") from err
    return pcm16_to_alaw(pcm)


def rtp_header(
    *, payload_type: int, sequence: int, timestamp: int, ssrc: int, marker: bool = False
) -> bytes:
    """The 12-byte RTP header (RFC 3550 5.1): V=2, no padding/extension/CSRC."""
    return struct.pack(
        "!BBHII",
        0x80,
        (0x80 if marker else 0) | (payload_type & 0x7F),
        sequence & 0xFFFF,
        timestamp & 0xFFFFFFFF,
        ssrc & 0xFFFFFFFF,
    )


class RtpSender(asyncio.DatagramProtocol):
    """Plays G.711 audio to one address in 20 ms RTP frames; ignores what it receives.

    Bind it with ``loop.create_datagram_endpoint(lambda: sender, local_addr=...)``
    at the port the SDP answer names, then ``await sender.play(audio, remote)``.
    """

    def __init__(self, *, payload_type: int = 8, frame_seconds: float = FRAME_SECONDS) -> None:
        """Prepare a stream with a random SSRC, sequence number and timestamp."""
        self.payload_type = payload_type
        self.frame_seconds = frame_seconds
        self.ssrc = secrets.randbits(32)
        self.sequence = secrets.randbits(16)
        self.timestamp = secrets.randbits(32)
        self.sent = 0
        self.received = 0
        self._transport: asyncio.DatagramTransport | None = None
        self._stopped = asyncio.Event()

    @override
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.DatagramTransport)
        self._transport = transport

    @override
    def datagram_received(self, data: bytes, addr: tuple[str | int, ...]) -> None:
        self.received += 1

    def stop(self) -> None:
        """End ``play`` at the next frame (the far end hung up)."""
        self._stopped.set()

    def close(self) -> None:
        """Stop and release the socket."""
        self.stop()
        if self._transport is not None:
            self._transport.close()

    async def play(self, audio: bytes, remote: tuple[str, int]) -> int:
        """Send ``audio`` (already in the payload's encoding) and return the frames sent."""
        if self._transport is None:
            raise RuntimeError("RtpSender is not bound to a socket")
        loop = asyncio.get_running_loop()
        start = loop.time()
        frames = 0
        for offset in range(0, len(audio), FRAME_BYTES):
            if self._stopped.is_set() or self._transport.is_closing():
                break
            payload = audio[offset : offset + FRAME_BYTES]
            if len(payload) < FRAME_BYTES:
                silence = ALAW_SILENCE if self.payload_type == 8 else 0xFF
                payload += bytes([silence]) * (FRAME_BYTES - len(payload))
            header = rtp_header(
                payload_type=self.payload_type,
                sequence=self.sequence,
                timestamp=self.timestamp,
                ssrc=self.ssrc,
                marker=self.sent == 0,
            )
            self._transport.sendto(header + payload, remote)
            self.sent += 1
            frames += 1
            self.sequence = (self.sequence + 1) & 0xFFFF
            self.timestamp = (self.timestamp + FRAME_BYTES) & 0xFFFFFFFF
            delay = start + frames * self.frame_seconds - loop.time()
            await asyncio.sleep(max(delay, 0))
        return frames
