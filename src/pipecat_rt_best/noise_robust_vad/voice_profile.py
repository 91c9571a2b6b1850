"""A cheap spectral voice cue: who does a candidate sound like, the caller or the background?

Pure numpy, no asyncio, no pipecat. :func:`spectral_shape` turns one Silero window (or a batch
of them) into a short vector: the log energies of a few mel-spaced bands, mean-removed so the
vector describes the spectral *shape* (timbre, formant/pitch region) and not the level, which
the level gates already use. :class:`ShapeAverage` keeps a running mean of such vectors (the
caller's voice, learned on confirmed turns; the background talk, learned on speech-like
ambient windows), and :func:`voice_score` places a candidate's mean shape on the line between
the two: +1 sounds like the caller, -1 like the background, 0 undecided.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TypeAlias

import numpy as np

N_BANDS = 20
_LO_HZ = 150.0
_HI_HZ = 3600.0


def _mel(f: np.ndarray | float) -> np.ndarray:
    return 2595.0 * np.log10(1.0 + np.asarray(f, dtype=np.float64) / 700.0)


def _imel(m: np.ndarray) -> np.ndarray:
    return 700.0 * (10.0 ** (m / 2595.0) - 1.0)


@lru_cache(maxsize=8)
def _bands(sample_rate: int, n: int, n_bands: int) -> tuple[np.ndarray, np.ndarray]:
    """Hann window and a (bins, bands) matrix summing rfft power into mel-spaced bands."""
    freqs = np.fft.rfftfreq(n, 1.0 / sample_rate)
    edges = _imel(np.linspace(_mel(_LO_HZ), _mel(min(_HI_HZ, sample_rate / 2 - 100)), n_bands + 1))
    m = np.zeros((freqs.size, n_bands), dtype=np.float64)
    for j in range(n_bands):
        sel = (freqs >= edges[j]) & (freqs < edges[j + 1])
        if not sel.any():  # a band narrower than a bin: take the nearest bin
            sel = np.abs(freqs - (edges[j] + edges[j + 1]) / 2) == np.min(
                np.abs(freqs - (edges[j] + edges[j + 1]) / 2)
            )
        m[sel, j] = 1.0 / sel.sum()
    return np.hanning(n).astype(np.float64), m


def spectral_shape(windows: np.ndarray, sample_rate: int = 8000) -> np.ndarray:
    """Mean-removed log band energies (dB) of each window: shape ``(..., N_BANDS)``.

    ``windows``: float samples, last axis one window (256 at 8 kHz, 512 at 16 kHz).
    """
    x = np.asarray(windows, dtype=np.float64)
    hann, m = _bands(sample_rate, x.shape[-1], N_BANDS)
    spec = np.fft.rfft(x * hann, axis=-1)
    power = spec.real**2 + spec.imag**2
    db = 10.0 * np.log10(power @ m + 1e-10)
    return db - db.mean(axis=-1, keepdims=True)


def _shapes_as_alone(windows: np.ndarray, sample_rate: int) -> np.ndarray:
    """:func:`spectral_shape` of each row of ``windows`` (2-D), bit for bit what it gives for
    that row alone, for a fraction of the cost: one FFT over all rows (numpy's FFT gives each
    row the values it gives alone), but each row's band sums as its own vector-matrix product
    (a matrix product over all rows sums in another order: last-bit differences)."""
    x = np.asarray(windows, dtype=np.float64)
    hann, m = _bands(sample_rate, x.shape[-1], N_BANDS)
    spec = np.fft.rfft(x * hann, axis=-1)
    power = spec.real**2 + spec.imag**2
    bands = np.empty((power.shape[0], N_BANDS))
    for row, pw in zip(bands, power, strict=True):
        np.matmul(pw, m, out=row)
    db = 10.0 * np.log10(bands + 1e-10)
    return db - db.mean(axis=-1, keepdims=True)


Shape: TypeAlias = np.ndarray | Callable[[], np.ndarray]
"""A window's shape, or a zero-argument callable computing it on demand (:class:`LazyShape`)."""


class LazyShape:
    """A window's :func:`spectral_shape`, computed the first time it is asked for.

    The state machine needs most windows' shapes only in the rare case that a barge-in's
    level sits between the gate with and without the voice bonus, so computing them on
    demand keeps the cue's cost per stream small; :func:`resolve_many` computes many
    together.
    """

    __slots__ = ("_rate", "_shape", "_window")

    def __init__(self, window: np.ndarray, sample_rate: int = 8000) -> None:
        self._window: np.ndarray | None = window
        self._rate = sample_rate
        self._shape: np.ndarray | None = None

    def __call__(self) -> np.ndarray:
        if self._shape is None:
            assert self._window is not None
            self._shape = spectral_shape(self._window, self._rate)
            self._window = None
        return self._shape


def resolve(shape: Shape) -> np.ndarray:
    """The shape vector (computing a :class:`LazyShape`)."""
    return shape() if callable(shape) else shape


def resolve_many(shapes: Sequence[Shape]) -> list[np.ndarray]:
    """:func:`resolve` of each shape, the :class:`LazyShape` s not yet computed computed
    together (per rate and window length): the same values as one by one, ~10x cheaper for
    a few dozen windows."""
    todo: dict[tuple[int, int], list[tuple[LazyShape, np.ndarray]]] = {}
    for s in shapes:
        if isinstance(s, LazyShape) and s._shape is None and s._window is not None:
            todo.setdefault((s._rate, s._window.size), []).append((s, s._window))
    for (rate, _), lazy in todo.items():
        if len(lazy) == 1:
            continue  # resolve() below computes it alone
        rows = _shapes_as_alone(np.stack([w for _, w in lazy]), rate)
        for (s, _), row in zip(lazy, rows, strict=True):
            s._shape, s._window = row, None
    return [resolve(s) for s in shapes]


class ShapeAverage:
    """Running mean of shape vectors (plain mean for the first ``1/alpha`` updates).

    Shapes given to :meth:`update_later` join it, in the order given, when :attr:`mean` is
    next read or once ``LATER_MAX`` are waiting, their lazy shapes computed together
    (:func:`resolve_many`): the same mean, at a fraction of the cost, and none computed for
    a profile nobody reads."""

    LATER_MAX = 64  # bounds the audio held for them: 64 windows, 64 KiB at 8 kHz

    def __init__(self, alpha: float) -> None:
        self.alpha = alpha
        self.count = 0
        self._mean: np.ndarray | None = None
        self._later: list[Shape] = []

    @property
    def mean(self) -> np.ndarray | None:
        if self._later:
            self._join_later()
        return self._mean

    def update(self, shape: np.ndarray, weight: float | None = None) -> None:
        if self._later:
            self._join_later()
        self.count += 1
        a = max(self.alpha if weight is None else weight, 1.0 / self.count)
        if self._mean is None:
            self._mean = np.array(shape, dtype=np.float64)
        else:
            self._mean += a * (shape - self._mean)

    def update_later(self, shape: Shape) -> None:
        """:meth:`update` with ``shape`` when the mean is next needed."""
        self._later.append(shape)
        if len(self._later) >= self.LATER_MAX:
            self._join_later()

    def _join_later(self) -> None:
        later, self._later = self._later, []
        for shape in resolve_many(later):
            self.update(shape)

    def reset(self) -> None:
        self.count = 0
        self._mean = None
        self._later = []


def voice_score(
    candidate: np.ndarray,
    caller: np.ndarray | None,
    background: np.ndarray | None,
    min_separation_db: float,
) -> float:
    """Where ``candidate`` lies between ``background`` (-1) and ``caller`` (+1), clipped to
    [-1, 1]; 0 when either profile is missing or they are closer than ``min_separation_db``
    (RMS over bands), i.e. the two voices can't be told apart."""
    if caller is None or background is None:
        return 0.0
    axis = caller - background
    sep2 = float(axis @ axis)
    if sep2 < min_separation_db**2 * axis.size:
        return 0.0
    t = 2.0 * float((candidate - (caller + background) / 2.0) @ axis) / sep2
    return max(-1.0, min(1.0, t))
