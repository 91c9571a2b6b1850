"""The fallback prompt a caller hears when the bot cannot serve the call, pure logic.

The default is the telephone network's own "this call cannot be completed" signal: the
three rising Special Information Tones (ITU-T E.180: 913.8, 1370.6 and 1776.7 Hz), twice.
It needs no speech synthesis at start-up, any caller recognises it, and it is the same
in every language. A recorded prompt (a WAV file, 8 kHz mono 16-bit, as a phone
line carries it) replaces it with :func:`load_prompt_wav`.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

from loguru import logger

__all__ = ["load_prompt_wav", "sit_tone_pcm"]

SAMPLE_RATE = 8000
_SIT_HZ = (913.8, 1370.6, 1776.7)
_SEGMENT_MS = (274, 274, 380)


def sit_tone_pcm(repeats: int = 2, level: float = 0.25) -> bytes:
    """PCM16 8 kHz mono of the three-tone intercept signal, ``repeats`` times (with gaps)."""
    samples: list[int] = []
    amplitude = level * 32767
    for _ in range(repeats):
        for hz, ms in zip(_SIT_HZ, _SEGMENT_MS, strict=True):
            n = SAMPLE_RATE * ms // 1000
            ramp = SAMPLE_RATE * 5 // 1000  # 5 ms fades: no clicks
            for i in range(n):
                fade = min(1.0, i / ramp, (n - 1 - i) / ramp)
                samples.append(int(amplitude * fade * math.sin(2 * math.pi * hz * i / SAMPLE_RATE)))
        samples.extend([0] * (SAMPLE_RATE * 300 // 1000))
    return struct.pack(f"<{len(samples)}h", *samples)


def load_prompt_wav(path: str | Path) -> bytes:
    """The PCM16 of a WAV prompt; ``ValueError`` saying what to fix if it is not 8 kHz mono
    16-bit (a phone line's format: nothing is resampled here)."""
    try:
        with wave.open(str(path), "rb") as wav:
            rate, channels, width = wav.getframerate(), wav.getnchannels(), wav.getsampwidth()
            frames = wav.readframes(wav.getnframes())
    except OSError as exc:  # missing, a folder, not readable
        why = exc.strerror or str(exc) or type(exc).__name__
        raise ValueError(f"cannot read the fallback prompt {path}: {why}") from None
    except EOFError:  # shorter than a WAV header (an empty or a small text file): no message
        raise ValueError(
            f"cannot read the fallback prompt {path}: not a WAV file (too short for a WAV header)"
        ) from None
    except wave.Error as exc:  # "file does not start with RIFF id", "unknown format: 3", …
        raise ValueError(
            f"cannot read the fallback prompt {path}: not an 8 kHz mono 16-bit PCM WAV file "
            f"({exc or type(exc).__name__})"
        ) from None
    if (rate, channels, width) != (SAMPLE_RATE, 1, 2):
        raise ValueError(
            f"the fallback prompt {path} is {rate} Hz, {channels} channel(s), {8 * width}-bit; "
            "it must be 8000 Hz mono 16-bit (e.g. `sox in.wav -r 8000 -c 1 -b 16 out.wav`)"
        )
    if len(frames) % 2:  # a recording cut off mid-sample: its half sample is dropped
        logger.warning(
            f"the fallback prompt {path} ends mid-sample (cut off?): its last byte dropped"
        )
        frames = frames[:-1]
    if not frames:
        raise ValueError(f"the fallback prompt {path} is empty")
    return frames
