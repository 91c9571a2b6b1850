"""Who is talking: a 256-d voice embedding of a short stretch of audio (onnxruntime, no torch).

The model is Resemblyzer's GE2E voice encoder (Corentin Jemine, Apache-2.0; a 3-layer LSTM
over 40 mel bands, trained for speaker verification): two stretches of the same voice give
embeddings with a higher cosine than two voices. The speaker cue in
:mod:`.state_machine` compares a candidate's embedding with the caller's (learned on the
caller's turns) and the background talk's: on the round-2 tuning corpus, 0.32 s of a caller's
turn vs 0.32 s of TV or babble speech, each scored as cos(caller) − cos(background), is told
apart with AUC 0.93–0.99 at 5–10 dB, in dry calls as well as room calls (the distance cue in
:mod:`.clarity` only separates the latter).

``data/voice_encoder.onnx`` (float16 weights, 2.8 MB) is built from the ``Resemblyzer``
wheel's weights by ``bench/vad/voice_encoder_weights.py``; onnxruntime, which pipecat already
brings for Silero, runs it (~1.3 ms for 0.32 s of audio, one thread). The mel spectrogram is
hand-written (librosa would be a heavy import for one filterbank): at 8 kHz the bands are read
from a 200-point STFT, whose bins are the 16 kHz model's 400-point bins up to 4 kHz, so no
resampling is needed and the bands above stay empty, as they would for upsampled telephone
audio.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import onnxruntime

MODEL = Path(__file__).with_name("data") / "voice_encoder.onnx"
EMBEDDING_SIZE = 256
_MODEL_RATE = 16000
_N_FFT = 400  # 25 ms at 16 kHz
_HOP = 160  # 10 ms
_N_MELS = 40
_TARGET_DBFS = -30.0  # the encoder's input level (raised to it, never lowered)


def _hz_to_mel(f: np.ndarray | float) -> np.ndarray:
    """Slaney's mel scale (librosa's default): linear to 1 kHz, logarithmic above."""
    f = np.asarray(f, dtype=np.float64)
    lin = f / (200.0 / 3)
    log = 15.0 + np.log(np.maximum(f, 1e-9) / 1000.0) / (np.log(6.4) / 27.0)
    return np.where(f >= 1000.0, log, lin)


def _mel_to_hz(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float64)
    lin = m * (200.0 / 3)
    log = 1000.0 * np.exp((np.log(6.4) / 27.0) * (m - 15.0))
    return np.where(m >= 15.0, log, lin)


@lru_cache(maxsize=1)
def _mel_filters() -> np.ndarray:
    """(40, 201) Slaney-normalised triangular filters over the 16 kHz, 400-point STFT bins."""
    freqs = np.fft.rfftfreq(_N_FFT, 1.0 / _MODEL_RATE)
    edges = _mel_to_hz(np.linspace(_hz_to_mel(0.0), _hz_to_mel(_MODEL_RATE / 2), _N_MELS + 2))
    ramps = edges[:, None] - freqs[None, :]
    widths = np.diff(edges)
    lower = -ramps[:-2] / widths[:-1, None]
    upper = ramps[2:] / widths[1:, None]
    weights = np.maximum(0.0, np.minimum(lower, upper))
    return (weights * (2.0 / (edges[2:] - edges[:-2]))[:, None]).astype(np.float32)


@lru_cache(maxsize=1)
def _session() -> onnxruntime.InferenceSession:
    """One session per process, shared (onnxruntime sessions are thread-safe)."""
    opts = onnxruntime.SessionOptions()
    opts.inter_op_num_threads = 1
    opts.intra_op_num_threads = 1
    return onnxruntime.InferenceSession(
        str(MODEL), sess_options=opts, providers=["CPUExecutionProvider"]
    )


def preload() -> None:
    """Load the model now (~15 ms, once per process), not on a live call's first embedding."""
    _session()


def mel_frames(samples: np.ndarray, sample_rate: int) -> np.ndarray:
    """(frames, 40) mel power spectrogram as the encoder was trained on (25 ms / 10 ms, a
    centred STFT), from 8 or 16 kHz float samples in [-1, 1]."""
    if sample_rate not in (8000, 16000):
        raise ValueError(f"speaker embeddings need 8 or 16 kHz audio, got {sample_rate}")
    factor = _MODEL_RATE // sample_rate
    n_fft, hop = _N_FFT // factor, _HOP // factor
    x = np.asarray(samples, dtype=np.float64).reshape(-1)
    rms = float(np.sqrt(np.mean(x * x))) if x.size else 0.0
    if 0.0 < rms < 10.0 ** (_TARGET_DBFS / 20.0):
        x = x * (10.0 ** (_TARGET_DBFS / 20.0) / rms)
    x = np.pad(x, n_fft // 2)
    n = 1 + max(0, x.size - n_fft) // hop
    frames = np.lib.stride_tricks.sliding_window_view(x, n_fft)[::hop][:n]
    window = 0.5 - 0.5 * np.cos(2.0 * np.pi * np.arange(n_fft) / n_fft)
    spec = np.fft.rfft(frames * window, axis=-1)
    power = (spec.real**2 + spec.imag**2) * float(factor * factor)  # the 16 kHz STFT's scale
    return (power @ _mel_filters()[:, : power.shape[-1]].T).astype(np.float32)


def embed(samples: np.ndarray, sample_rate: int = 8000) -> np.ndarray:
    """The unit-length voice embedding (256 floats ≥ 0) of ``samples`` (float, [-1, 1])."""
    return embed_many([samples], sample_rate)[0]


def embed_many(stretches: Sequence[np.ndarray], sample_rate: int = 8000) -> list[np.ndarray]:
    """:func:`embed` of each stretch; stretches of one length run as one batch (onnxruntime's
    LSTM gives every batch row exactly the embedding it gives alone, at about two thirds of the
    cost each from four rows up)."""
    out: list[np.ndarray | None] = [None] * len(stretches)
    by_length: dict[int, list[int]] = {}
    for i, x in enumerate(stretches):
        by_length.setdefault(np.asarray(x).size, []).append(i)
    for group in by_length.values():
        mels = np.stack([mel_frames(stretches[i], sample_rate) for i in group], axis=1)
        rows = _session().run(None, {"mels": mels})[0]
        for i, row in zip(group, rows, strict=True):
            e = row.astype(np.float64)
            norm = float(np.linalg.norm(e))
            out[i] = e / norm if norm > 0 else np.full(EMBEDDING_SIZE, EMBEDDING_SIZE**-0.5)
    return [e for e in out if e is not None]


class WindowEmbedder:
    """A :data:`.background_voice.SpanEmbedder` over audio fed window by window (a live stream:
    :meth:`push` each window, the last ``keep`` are kept) or given whole (a recording:
    :meth:`over`). ``cache`` (optional) memoises embeddings by window span, e.g. for replaying
    a recording under many parameter sets."""

    def __init__(
        self,
        window: int,
        sample_rate: int = 8000,
        keep: int = 128,
        cache: dict[tuple[int, int], np.ndarray] | None = None,
    ) -> None:
        self.window = window
        self.sample_rate = sample_rate
        self.keep = keep
        self.cache = cache
        self._audio = np.zeros(0, dtype=np.float32)
        self._first = 0  # window index of _audio[0]
        self._count = 0  # windows pushed (the next window's index)

    @classmethod
    def over(
        cls,
        samples: np.ndarray,
        window: int,
        sample_rate: int = 8000,
        cache: dict[tuple[int, int], np.ndarray] | None = None,
    ) -> WindowEmbedder:
        """An embedder over a whole recording (window ``k`` = ``samples[k*window:(k+1)*window]``)."""
        e = cls(window, sample_rate, keep=0, cache=cache)
        e._audio = np.asarray(samples, dtype=np.float32).reshape(-1)
        e._count = len(e._audio) // window
        return e

    def push(self, window: np.ndarray) -> None:
        """Append one window of float samples (a live stream; the buffer holds up to twice
        ``keep`` windows and drops the older half when full: amortised O(1) per window)."""
        if self.keep <= 0:
            raise ValueError("an embedder over a whole recording takes no more windows")
        held = self._count - self._first
        if self._audio.size < 2 * self.keep * self.window:
            self._audio = np.zeros(2 * self.keep * self.window, dtype=np.float32)
        if held == 2 * self.keep:
            self._audio[: self.keep * self.window] = self._audio[self.keep * self.window :]
            self._first += self.keep
            held = self.keep
        self._audio[held * self.window : (held + 1) * self.window] = window
        self._count += 1

    def __call__(self, first: int, last: int) -> np.ndarray | None:
        held = self.hold(first, last)
        return None if held is None else self.embed_held([held])[0]

    def hold(self, first: int, last: int) -> HeldSpan | None:
        """Windows ``first``..``last`` kept for :meth:`embed_held` later, however far the
        stream has moved on by then (None: not available now, as for ``__call__``)."""
        if first < self._first or last >= self._count or first > last:
            return None
        key = (first, last)
        if self.cache is not None and key in self.cache:
            return HeldSpan(key, None, self.cache[key])
        a, b = (first - self._first) * self.window, (last + 1 - self._first) * self.window
        return HeldSpan(key, self._audio[a:b].copy(), None)

    def embed_held(self, held: Sequence[HeldSpan]) -> list[np.ndarray]:
        """The embeddings of spans from :meth:`hold`, all computed together (one batch per
        length): the same values as one by one."""
        todo = [h for h in held if h.embedding is None]
        audio = [h.audio for h in todo if h.audio is not None]  # all of them: not embedded yet
        for h, e in zip(todo, embed_many(audio, self.sample_rate), strict=True):
            h.embedding, h.audio = e, None
            if self.cache is not None:
                self.cache[h.key] = e
        return [e for e in (h.embedding for h in held) if e is not None]


class HeldSpan:
    """A span :meth:`WindowEmbedder.hold` kept: its audio until embedded, then the embedding."""

    __slots__ = ("audio", "embedding", "key")

    def __init__(
        self, key: tuple[int, int], audio: np.ndarray | None, embedding: np.ndarray | None
    ) -> None:
        self.key, self.audio, self.embedding = key, audio, embedding
