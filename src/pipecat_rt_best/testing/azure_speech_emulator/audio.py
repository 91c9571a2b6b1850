"""Deterministic "speech" for the Azure Speech emulator, with word boundaries that match it.

Pure logic (numpy and the base G.711 codecs). Every word is a tone whose pitch comes from
the word (CRC-32, as in the realtime emulator), lasting ``MS_PER_CHAR`` per *spoken*
character divided by the prosody rate; one character of silence separates words; a
``<break>`` is silence; punctuation is silent and reported as a ``PunctuationBoundary``
at the end of the word it follows. A word boundary's offset and duration are exactly
where its tone sits in the rendered samples, so a test can check the audio against them.

Output formats are Azure's names for raw streams: ``raw-8khz-8bit-mono-mulaw``,
``raw-8khz-8bit-mono-alaw`` and ``raw-{8,16,24,48}khz-16bit-mono-pcm``.
"""

from __future__ import annotations

import math
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from pipecat_rt_best.base import g711
from pipecat_rt_best.testing.azure_speech_emulator.ssml import SpokenPiece

__all__ = [
    "FORMATS",
    "MS_PER_CHAR",
    "Boundary",
    "OutputFormat",
    "Rendered",
    "output_format",
    "render",
    "split_word",
]

MS_PER_CHAR = 65
"""Milliseconds of audio per spoken character at rate 1 (about 15 characters a second)."""

TONE_AMPLITUDE = 0.3


@dataclass(frozen=True)
class OutputFormat:
    """A raw output stream: its Azure name, rate and encoding."""

    name: str
    sample_rate: int
    encoding: str  # "pcm16" | "ulaw" | "alaw"

    @property
    def bytes_per_sample(self) -> int:
        return 2 if self.encoding == "pcm16" else 1

    def encode(self, pcm: npt.NDArray[np.int16]) -> bytes:
        if self.encoding == "ulaw":
            return g711.ulaw_encode(pcm)
        if self.encoding == "alaw":
            return g711.alaw_encode(pcm)
        return pcm.astype("<i2", copy=False).tobytes()


FORMATS: dict[str, OutputFormat] = {
    f.name: f
    for f in (
        OutputFormat("raw-8khz-8bit-mono-mulaw", 8000, "ulaw"),
        OutputFormat("raw-8khz-8bit-mono-alaw", 8000, "alaw"),
        OutputFormat("raw-8khz-16bit-mono-pcm", 8000, "pcm16"),
        OutputFormat("raw-16khz-16bit-mono-pcm", 16000, "pcm16"),
        OutputFormat("raw-24khz-16bit-mono-pcm", 24000, "pcm16"),
        OutputFormat("raw-48khz-16bit-mono-pcm", 48000, "pcm16"),
    )
}


def output_format(name: str) -> OutputFormat:
    """The format called ``name`` (case-insensitive); ``ValueError`` for any other."""
    try:
        return FORMATS[name.lower()]
    except KeyError:
        raise ValueError(
            f"unsupported output format {name!r}; the emulator renders {sorted(FORMATS)}"
        ) from None


@dataclass(frozen=True)
class Boundary:
    """One ``audio.metadata`` boundary, in milliseconds from the request's first audio."""

    text: str
    offset_ms: float
    duration_ms: float
    kind: str = "WordBoundary"  # or "PunctuationBoundary"


@dataclass(frozen=True)
class Rendered:
    """Audio for some pieces, their boundaries, and where the next piece would start."""

    audio: bytes
    boundaries: list[Boundary]
    end_sample: int


def _in_word(ch: str) -> bool:
    """A letter, a digit, or a combining mark (part of the letter before it)."""
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def split_word(chunk: str) -> tuple[str, str, str]:
    """``"(Hello,"`` → ``("(", "Hello", ",")``: leading punctuation, the word, trailing.

    Combining marks belong to the word, as in Azure's word boundaries: ``"है,"`` →
    ``("", "है", ",")`` (the vowel sign ``ै`` is a mark, not punctuation).
    """
    alnum = [i for i, c in enumerate(chunk) if _in_word(c)]
    if not alnum:
        return chunk, "", ""
    return chunk[: alnum[0]], chunk[alnum[0] : alnum[-1] + 1], chunk[alnum[-1] + 1 :]


def _frequency(word: str) -> float:
    return 220.0 + (zlib.crc32(word.encode("utf-8")) % 660)


def _tone(word: str, n: int, rate: int) -> npt.NDArray[np.float64]:
    t = np.arange(n) / rate
    tone = np.sin(2 * math.pi * _frequency(word) * t)
    k = min(5 * rate // 1000, n // 2)
    if k > 0:
        ramp = np.linspace(0.0, 1.0, k, endpoint=False)
        tone[:k] *= ramp
        tone[n - k :] *= ramp[::-1]
    return TONE_AMPLITUDE * tone


def render(
    pieces: Sequence[SpokenPiece],
    fmt: OutputFormat,
    *,
    start_sample: int = 0,
    gap_before_first: bool = False,
    punctuation: bool = True,
    ms_per_char: float = MS_PER_CHAR,
) -> Rendered:
    """Render ``pieces`` in ``fmt``; boundary offsets count from sample 0 of the request.

    ``start_sample`` is where these pieces start in the request's audio (a text stream is
    rendered a few words at a time); ``gap_before_first`` puts the inter-word silence before
    the first piece too.
    """
    rate = fmt.sample_rate
    per_ms = rate / 1000.0
    parts: list[npt.NDArray[np.float64]] = []
    boundaries: list[Boundary] = []
    cursor = start_sample
    first = True

    def silence(ms: float) -> None:
        nonlocal cursor
        n = round(ms * per_ms)
        if n > 0:
            parts.append(np.zeros(n))
            cursor += n

    for piece in pieces:
        if piece.silence_ms > 0:
            silence(piece.silence_ms)
            continue
        if not piece.shown and not piece.spoken:
            continue
        if not first or gap_before_first:
            silence(ms_per_char / piece.rate)
        first = False
        if piece.shown == piece.spoken:  # plain text: punctuation reported apart, silent
            lead, word, trail = split_word(piece.shown)
            spoken_len = len(word)
        else:  # <sub>/<phoneme>: one word shown as written, lasting as long as what is said
            lead, word, trail = "", piece.shown, ""
            spoken_len = len(piece.spoken.replace(" ", "")) + piece.spoken.count(" ")
        if lead and punctuation:
            boundaries.append(Boundary(lead, cursor / per_ms, 0.0, "PunctuationBoundary"))
        if word:
            n = max(1, round(spoken_len * ms_per_char / piece.rate * per_ms))
            boundaries.append(Boundary(word, cursor / per_ms, n / per_ms))
            parts.append(_tone(word, n, rate))
            cursor += n
        if trail and punctuation:
            boundaries.append(Boundary(trail, cursor / per_ms, 0.0, "PunctuationBoundary"))
    samples = np.concatenate(parts) if parts else np.zeros(0)
    pcm = np.round(samples * 32767).astype(np.int16)
    return Rendered(audio=fmt.encode(pcm), boundaries=boundaries, end_sample=cursor)
