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


def at_level(samples: npt.NDArray[np.generic], dbfs: float) -> npt.NDArray[np.float64]:
    """``samples`` scaled to an RMS of ``dbfs`` (float, not clipped)."""
    x = np.asarray(samples, dtype=np.float64)
    rms = float(np.sqrt(np.mean(x**2))) or 1.0
    return x / rms * 32767 * 10 ** (dbfs / 20)


# a I-vi-IV-V loop in C (Hz of each chord's notes), the TV's music under the programme
_CHORDS: tuple[tuple[float, ...], ...] = (
    (261.6, 329.6, 392.0),
    (220.0, 261.6, 329.6),
    (174.6, 220.0, 261.6),
    (196.0, 246.9, 293.7),
)


def synth_tv_bed(
    duration_s: float, sample_rate: int = 8000, *, dbfs: float = -40.0, seed: int = 11
) -> npt.NDArray[np.float64]:
    """A TV's sound bed heard across a room: a music loop plus room noise, at ``dbfs`` RMS.

    The music is a four-chord loop of harmonic tones (each chord 2 s, soft attack and
    decay, a slow tremolo), band-limited like a TV speaker heard through a handset
    microphone; the room adds pink-ish noise 10 dB below the music. Deterministic for a
    ``seed``; float samples (mix, then clip).
    """
    rng = np.random.default_rng(seed)
    n = int(duration_s * sample_rate)
    t = np.arange(n) / sample_rate
    music = np.zeros(n)
    chord_s = 2.0
    for k, chord in enumerate(_CHORDS * (int(duration_s / (chord_s * len(_CHORDS))) + 1)):
        a, b = int(k * chord_s * sample_rate), int((k + 1) * chord_s * sample_rate)
        if a >= n:
            break
        b = min(b, n)
        tt = t[a:b] - t[a]
        env = np.minimum(1.0, tt / 0.08) * np.exp(-tt / 1.6)
        for f in chord:
            for h, amp in ((1, 1.0), (2, 0.4), (3, 0.2)):
                if f * h < 0.45 * sample_rate:
                    music[a:b] += amp * env * np.sin(2 * np.pi * f * h * tt + rng.uniform(0, 6.28))
    music *= 1 + 0.15 * np.sin(2 * np.pi * 4.5 * t)
    white = rng.standard_normal(n)
    pink = np.convolve(white, np.exp(-np.arange(64) / 12.0), mode="same")  # tilted towards lows
    bed = at_level(music, 0.0) + at_level(pink, -10.0)
    return at_level(bed, dbfs)


def compress(
    x: npt.NDArray[np.generic], sample_rate: int, *, ratio: float = 4.0, window_ms: int = 10
) -> npt.NDArray[np.float64]:
    """Broadcast-style peak compression: each ``window_ms`` stretch louder than the signal's
    RMS is turned down (its excess divided by ``ratio``), smoothly; quieter ones are left."""
    y = np.asarray(x, dtype=np.float64)
    step = max(1, sample_rate * window_ms // 1000)
    n = len(y) // step
    if n == 0:
        return y.copy()
    env = np.sqrt(np.mean(y[: n * step].reshape(n, step) ** 2, axis=1)) + 1e-9
    ref = float(np.sqrt(np.mean(y**2))) or 1.0
    gain = np.minimum(1.0, (env / ref) ** (1.0 / ratio - 1.0))
    gain = np.convolve(gain, np.ones(3) / 3, mode="same")  # no clicks between windows
    per_sample = np.interp(np.arange(len(y)), np.arange(n) * step + step / 2, gain)
    return y * per_sample


def synth_tv_talk(
    duration_s: float,
    sample_rate: int = 8000,
    *,
    dbfs: float = -33.0,
    seed: int = 12,
    voices: tuple[float, ...] = (210.0, 150.0),
) -> tuple[npt.NDArray[np.float64], list[tuple[float, float]]]:
    """A TV programme's talk: presenters (``voices``: their pitch) taking turns, 0.8–2.6 s
    each, with pauses of 0.2–0.9 s and now and then a music-only break of 1.5–3 s. Each
    stretch of talk is at ``dbfs`` RMS, compressed as broadcast audio is (:func:`compress`).
    Returns the samples (float) and the talk spans (s)."""
    rng = np.random.default_rng(seed)
    n = int(duration_s * sample_rate)
    out = np.zeros(n)
    spans: list[tuple[float, float]] = []
    t = float(rng.uniform(0.2, 0.6))
    k = 0
    while t < duration_s - 0.8:
        dur = min(float(rng.uniform(0.8, 2.6)), duration_s - t)
        voice = synth_utterance(
            dur, sample_rate, seed=int(rng.integers(1000, 9000)), f0=voices[k % len(voices)]
        )
        talk = at_level(compress(voice, sample_rate), dbfs)
        i = int(t * sample_rate)
        m = min(len(talk), n - i)
        out[i : i + m] += talk[:m]
        spans.append((t, t + m / sample_rate))
        k += 1
        pause = float(rng.uniform(1.5, 3.0)) if rng.random() < 0.2 else float(rng.uniform(0.2, 0.9))
        t += dur + pause
    return out, spans
