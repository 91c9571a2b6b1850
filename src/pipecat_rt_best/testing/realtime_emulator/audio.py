"""Deterministic "speech" for the emulator, and the audio-time ↔ transcript mapping.

Pure logic: numpy only, no asyncio, no pipecat.

Every transcript is rendered as audio lasting exactly ``len(text) * MS_PER_CHAR``
milliseconds. The text is split into tokens, each a word with the whitespace in
front of it (``"Hello there."`` → ``["Hello", " there."]``); the whitespace part of
a token is silence, the word part is a tone whose pitch is derived from the word
(CRC-32), so the audio is never silence where words are, and identical text always
yields identical bytes. :func:`word_timings` gives every word's start and duration in
milliseconds (as :class:`~pipecat_rt_best.base.word_timing.WordTiming`, the TTS-style
timing the realtime service uses); :func:`heard_text` maps an ``audio_end_ms`` to the
words heard by then, with the one heard-text rule of :mod:`pipecat_rt_best.base.word_timing`.

Formats (the GA ``audio.*.format.type`` names):

- ``audio/pcm``  — PCM16 little-endian, 24 kHz mono: 48 bytes per ms;
- ``audio/pcmu`` — G.711 μ-law, 8 kHz: 8 bytes per ms;
- ``audio/pcma`` — G.711 A-law, 8 kHz: 8 bytes per ms.
"""

from __future__ import annotations

import math
import re
import zlib
from typing import Literal

import numpy as np
import numpy.typing as npt

from pipecat_rt_best.base import g711
from pipecat_rt_best.base.audio_format import format_from_type
from pipecat_rt_best.base.word_timing import WordTiming, heard_text as base_heard_text

AudioFormatType = Literal["audio/pcm", "audio/pcmu", "audio/pcma"]
AUDIO_FORMAT_TYPES: tuple[AudioFormatType, ...] = ("audio/pcm", "audio/pcmu", "audio/pcma")

MS_PER_CHAR = 65
"""Milliseconds of synthesized audio per transcript character (whitespace included)."""

TONE_AMPLITUDE = 0.3
"""Peak amplitude of a word's tone, as a fraction of full scale."""

_TOKEN_RE = re.compile(r"\s*\S+")
_FADE_MS = 5


def sample_rate(fmt: str) -> int:
    """Sample rate of a GA audio format type (24000 for ``audio/pcm``, else 8000)."""
    return format_from_type(fmt).sample_rate


def bytes_per_ms(fmt: str) -> int:
    """Bytes per millisecond: 48 for ``audio/pcm`` (24 kHz PCM16), 8 for G.711."""
    return format_from_type(fmt).bytes_per_ms


def duration_ms(num_bytes: int, fmt: str) -> float:
    """Duration of ``num_bytes`` of audio in format ``fmt``, in milliseconds."""
    return format_from_type(fmt).duration_ms(num_bytes)


def tokenize(text: str) -> list[str]:
    """Split text into transcript tokens: each word with the whitespace before it.

    Trailing whitespace is attached to the last token, so ``"".join(tokenize(t)) == t``.
    """
    tokens = _TOKEN_RE.findall(text)
    joined = sum(len(t) for t in tokens)
    if joined < len(text):
        if tokens:
            tokens[-1] += text[joined:]
        else:
            tokens = [text]
    return tokens


def word_timings(text: str, ms_per_char: int = MS_PER_CHAR) -> list[WordTiming]:
    """Where every word of ``text`` sits in its synthesized audio, one per token.

    ``word`` is the token without its whitespace, ``offset_ms`` where its tone starts
    (after the token's leading whitespace), ``text_offset`` where it starts in ``text``.
    A text with no words at all (whitespace only) has one empty word at its end, so
    its silence is "heard" like any last token's trailing whitespace.
    """
    out: list[WordTiming] = []
    pos = 0
    for token in tokenize(text):
        lead = len(token) - len(token.lstrip())
        word = token.strip()
        out.append(
            WordTiming(
                word=word,
                offset_ms=(pos + lead) * ms_per_char,
                duration_ms=len(word) * ms_per_char,
                text_offset=pos + lead,
            )
        )
        pos += len(token)
    return out


def text_duration_ms(text: str, ms_per_char: int = MS_PER_CHAR) -> int:
    """Duration of the synthesized audio for ``text``: ``len(text) * ms_per_char``."""
    return len(text) * ms_per_char


def heard_text(
    text: str,
    audio_end_ms: float,
    *,
    include_partial: bool = True,
    ms_per_char: int = MS_PER_CHAR,
) -> str:
    """The transcript the emulated server keeps when playback stopped at ``audio_end_ms``.

    The emulator's model of the real server's cut on ``conversation.item.truncate``:
    :func:`pipecat_rt_best.base.word_timing.heard_text` over :func:`word_timings`. With
    ``include_partial`` (the default, and what the emulator's truncation uses) a word
    counts as heard once its tone has started (``min_fraction=0``); without it only
    words that finished playing count (``min_fraction=1``). The result is always a
    prefix of ``text`` made of whole tokens: leading whitespace kept, and the text's
    trailing whitespace too once its last word counts.
    """
    return base_heard_text(
        text,
        word_timings(text, ms_per_char),
        audio_end_ms,
        min_fraction=0.0 if include_partial else 1.0,
        keep_trailing_whitespace=True,
    )


def _word_frequency(word: str) -> float:
    """A deterministic pitch in [220, 880) Hz for a word (below 4 kHz, G.711-safe)."""
    return 220.0 + (zlib.crc32(word.encode("utf-8")) % 660)


def synthesize_pcm16(text: str, rate: int, ms_per_char: int = MS_PER_CHAR) -> npt.NDArray[np.int16]:
    """Deterministic int16 samples at ``rate`` Hz for ``text`` (see module docstring)."""
    per_ms = rate // 1000
    total = text_duration_ms(text, ms_per_char) * per_ms
    out = np.zeros(total, dtype=np.float64)
    fade = _FADE_MS * per_ms
    for timing in word_timings(text, ms_per_char):
        a, b = int(timing.offset_ms) * per_ms, int(timing.end_ms) * per_ms
        n = b - a
        if n <= 0:
            continue
        t = np.arange(n) / rate
        tone = np.sin(2 * math.pi * _word_frequency(timing.word) * t)
        envelope = np.ones(n)
        k = min(fade, n // 2)
        if k > 0:
            ramp = np.linspace(0.0, 1.0, k, endpoint=False)
            envelope[:k] = ramp
            envelope[n - k :] = ramp[::-1]
        out[a:b] = TONE_AMPLITUDE * tone * envelope
    return np.round(out * 32767).astype(np.int16)


def synthesize(text: str, fmt: str, ms_per_char: int = MS_PER_CHAR) -> bytes:
    """Deterministic audio for ``text`` in GA format ``fmt``.

    The result is exactly ``text_duration_ms(text) * bytes_per_ms(fmt)`` bytes long.
    """
    pcm = synthesize_pcm16(text, sample_rate(fmt), ms_per_char)
    if fmt == "audio/pcm":
        return pcm.astype("<i2", copy=False).tobytes()
    return g711.ulaw_encode(pcm) if fmt == "audio/pcmu" else g711.alaw_encode(pcm)


def decode_to_pcm16(data: bytes, fmt: str) -> npt.NDArray[np.int16]:
    """Input audio in GA format ``fmt`` as int16 samples at :func:`sample_rate` Hz."""
    if fmt == "audio/pcm":
        usable = len(data) - len(data) % 2
        return np.frombuffer(data[:usable], dtype="<i2").astype(np.int16)
    if fmt == "audio/pcmu":
        return g711.ulaw_decode(data)
    if fmt == "audio/pcma":
        return g711.alaw_decode(data)
    raise ValueError(f"unknown audio format {fmt!r}")
