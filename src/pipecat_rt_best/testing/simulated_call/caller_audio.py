"""A synthetic caller the project generates itself: deterministic, speech-like audio.

Pure logic (numpy only). Each utterance is a run of syllables: a glottal pulse train
with a gently falling pitch, shaped by vowel formants (two-pole resonators), with
syllable-rate amplitude envelopes and short unvoiced bursts between syllables. It is
not words, but it has speech's spectral and temporal signature, so a speech VAD such
as Silero classifies it as speech, which is what an offline simulated call needs.
"""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

# (F1, F2, F3) in Hz for a few vowels, adult male averages.
VOWEL_FORMANTS: tuple[tuple[float, float, float], ...] = (
    (730, 1090, 2440),  # a
    (530, 1840, 2480),  # e
    (270, 2290, 3010),  # i
    (570, 840, 2410),  # o
    (300, 870, 2240),  # u
)


def _resonate(
    x: npt.NDArray[np.float64], freq: float, bw: float, sr: int
) -> npt.NDArray[np.float64]:
    """Two-pole resonator (a formant), as a direct recursion over the samples."""
    r = np.exp(-np.pi * bw / sr)
    a1 = 2 * r * np.cos(2 * np.pi * freq / sr)
    a2 = -r * r
    gain = 1 - r
    y = np.zeros_like(x)
    y1 = y2 = 0.0
    for i, v in enumerate(x):
        y0 = gain * v + a1 * y1 + a2 * y2
        y[i] = y0
        y2, y1 = y1, y0
    return y


def _syllable(
    rng: np.random.Generator, dur_s: float, sr: int, f0: float
) -> npt.NDArray[np.float64]:
    n = int(dur_s * sr)
    t = np.arange(n) / sr
    pitch = f0 * (1.05 - 0.12 * t / max(dur_s, 1e-3)) * (1 + 0.01 * np.sin(2 * np.pi * 5 * t))
    phase = np.cumsum(pitch / sr)
    pulses = (np.diff(np.floor(phase), prepend=0.0) > 0).astype(np.float64)
    source = np.convolve(pulses, np.exp(-np.arange(int(sr * 0.004)) / (sr * 0.0008)))[:n]
    source += 0.02 * rng.standard_normal(n)
    f1, f2, f3 = VOWEL_FORMANTS[int(rng.integers(len(VOWEL_FORMANTS)))]
    voiced = (
        _resonate(source, f1, 90, sr)
        + 0.6 * _resonate(source, min(f2, 0.45 * sr), 110, sr)
        + 0.25 * _resonate(source, min(f3, 0.45 * sr), 150, sr)
    )
    envelope = np.sin(np.pi * np.minimum(1.0, t / dur_s)) ** 0.6
    return voiced * envelope


@dataclass(frozen=True)
class Utterance:
    """Where one synthetic utterance sits in the caller's audio."""

    start_s: float
    end_s: float


def synth_utterance(
    duration_s: float, sample_rate: int = 8000, seed: int = 0, f0: float = 118.0
) -> npt.NDArray[np.int16]:
    """About ``duration_s`` seconds of speech-like audio, normalised to -16 dBFS RMS."""
    if sample_rate not in (8000, 16000, 24000):
        raise ValueError(f"sample_rate must be 8000, 16000 or 24000, not {sample_rate}")
    rng = np.random.default_rng(seed)
    parts: list[npt.NDArray[np.float64]] = []
    total = 0.0
    while total < duration_s:
        syl = float(rng.uniform(0.14, 0.26))
        parts.append(_syllable(rng, syl, sample_rate, f0 * float(rng.uniform(0.92, 1.08))))
        gap = float(rng.uniform(0.02, 0.06))
        burst = (
            0.05 * rng.standard_normal(int(gap * sample_rate)) * np.hanning(int(gap * sample_rate))
        )
        parts.append(burst)
        total += syl + gap
    x = np.concatenate(parts)[: int(duration_s * sample_rate)]
    rms = float(np.sqrt(np.mean(x**2))) or 1.0
    x = x / rms * (10 ** (-16 / 20) * 32767)
    return np.clip(x, -32768, 32767).astype(np.int16)


def synth_call(
    utterances_s: list[float],
    *,
    gaps_s: list[float] | None = None,
    lead_in_s: float = 0.5,
    tail_s: float = 1.0,
    sample_rate: int = 8000,
    seed: int = 7,
) -> tuple[npt.NDArray[np.int16], list[Utterance]]:
    """A caller track: silence, utterance, silence (while the bot answers), utterance, ...

    ``gaps_s[i]`` is the silence after utterance ``i`` (defaults to 4 s each).
    Returns the samples and where each utterance is.
    """
    gaps = gaps_s if gaps_s is not None else [4.0] * len(utterances_s)
    if len(gaps) != len(utterances_s):
        raise ValueError("gaps_s needs one entry per utterance")
    rng = np.random.default_rng(seed)
    pieces = [np.zeros(int(lead_in_s * sample_rate), dtype=np.int16)]
    where: list[Utterance] = []
    t = lead_in_s
    for i, (dur, gap) in enumerate(zip(utterances_s, gaps, strict=True)):
        speech = synth_utterance(dur, sample_rate, seed=seed * 100 + i)
        pieces.append(speech)
        where.append(Utterance(t, t + len(speech) / sample_rate))
        t += len(speech) / sample_rate
        silence = (rng.standard_normal(int(gap * sample_rate)) * 3).astype(
            np.int16
        )  # faint line noise
        pieces.append(silence)
        t += gap
    pieces.append(np.zeros(int(tail_s * sample_rate), dtype=np.int16))
    return np.concatenate(pieces), where


def wav_bytes(samples: npt.NDArray[np.int16], sample_rate: int) -> bytes:
    """A mono PCM16 WAV file holding ``samples``."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sample_rate)
        w.writeframes(samples.astype("<i2").tobytes())
    return buf.getvalue()


def read_wav(data: bytes) -> tuple[npt.NDArray[np.int16], int]:
    """Samples and rate of a mono PCM16 WAV file."""
    with wave.open(io.BytesIO(data), "rb") as w:
        if w.getsampwidth() != 2 or w.getnchannels() != 1:
            raise ValueError("expected a mono 16-bit WAV file")
        return np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").copy(), w.getframerate()
