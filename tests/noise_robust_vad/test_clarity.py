"""The distance cue: a window's LPC-residual kurtosis (``clarity``), and how the state machine
uses it against background talk that comes through a room."""

from __future__ import annotations

import numpy as np
import pytest

from pipecat_rt_best.noise_robust_vad.clarity import (
    LazyClarity,
    _levinson_durbin,
    residual_kurtosis,
    window_residual_kurtosis,
)
from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams
from pipecat_rt_best.noise_robust_vad.state_machine import Event, VADStateMachine
from tests.noise_robust_vad.helpers import FULL_MARGIN, events, n

RATE = 8000


def _voice(seconds: float, f0: float = 120.0, seed: int = 0) -> np.ndarray:
    """A dry voiced sound: a glottal pulse train through two formant resonators."""
    rng = np.random.default_rng(seed)
    x = np.zeros(int(seconds * RATE))
    x[:: int(RATE / f0)] = 1.0
    x += 0.01 * rng.standard_normal(x.size)
    for fc, bw in ((700.0, 90.0), (1200.0, 120.0)):
        r = np.exp(-np.pi * bw / RATE)
        a1, a2 = -2 * r * np.cos(2 * np.pi * fc / RATE), r * r
        y = np.zeros_like(x)
        for i in range(x.size):
            y[i] = x[i] - a1 * (y[i - 1] if i else 0.0) - a2 * (y[i - 2] if i > 1 else 0.0)
        x = y
    return x / np.max(np.abs(x)) * 0.3


def _through_a_room(x: np.ndarray, rt60: float = 0.5, seed: int = 1) -> np.ndarray:
    """The same sound heard across a room: the direct path plus a dense exponential tail."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(rt60 * RATE)) / RATE
    tail = rng.standard_normal(t.size) * np.exp(-6.9 * t / rt60)
    h = np.concatenate(([1.0], 0.5 * tail / np.sqrt(np.sum(tail**2)) * 4.0))
    return np.convolve(x, h)[: x.size]


def _windows(x: np.ndarray) -> np.ndarray:
    k = x.size // 256
    return x[: k * 256].reshape(k, 256)


def test_a_dry_voice_is_peakier_than_the_same_voice_across_a_room() -> None:
    dry = _voice(1.0)
    dry_k = np.median(residual_kurtosis(_windows(dry)))
    room_k = np.median(residual_kurtosis(_windows(_through_a_room(dry))))
    assert dry_k > 6.0
    assert room_k < 4.0  # near a Gaussian's 3


def test_one_window_at_a_time_gives_the_batched_values() -> None:
    w = _windows(_voice(0.5, seed=3))
    assert [window_residual_kurtosis(x) for x in w] == pytest.approx(residual_kurtosis(w))
    lazy = LazyClarity(w[0])
    assert lazy() == pytest.approx(residual_kurtosis(w[0])) and lazy() == lazy()
    assert window_residual_kurtosis(np.zeros(256)) == 3.0  # silence: no evidence
    assert residual_kurtosis(np.zeros((2, 3, 256))).shape == (2, 3)


def _textbook_levinson_durbin(r: list[float], order: int) -> list[float]:
    a, err = [1.0] + [0.0] * order, r[0]
    for i in range(1, order + 1):
        acc = 0.0
        for j in range(1, i):
            acc += a[j] * r[i - j]
        k = -(r[i] + acc) / err
        a[1:i] = [a[j] + k * a[i - j] for j in range(1, i)]
        a[i] = k
        err *= 1.0 - k * k
    return a


@pytest.mark.parametrize("order", [1, 2, 3, 10, 16])
def test_the_generated_recursion_is_the_textbook_loop_bit_for_bit(order: int) -> None:
    rng = np.random.default_rng(order)
    windows = [_voice(0.04, seed=s)[:256] for s in range(5)]
    windows += list(rng.standard_normal((200, 256)) * rng.uniform(1e-4, 0.5, (200, 1)))
    windows.append(np.sin(0.3 * np.arange(256)))  # ill-conditioned: one pure tone
    for x in windows:
        r = np.correlate(x, x, "full")[255 : 256 + order].tolist()
        r[0] = r[0] * 1.0001 + 1e-12
        assert _levinson_durbin(order)(r) == _textbook_levinson_durbin(r, order)  # exact


ON = NoiseRobustVADParams(**FULL_MARGIN)  # the cue at its defaults (penalty 1.5 dB)
OFF = ON.with_changes(clarity_penalty_db=0.0, clarity_relief_db=0.0)
TALK = (0.9, -35.0)  # background talk at -35 dBFS
ROOM, DRY = 3.1, 8.0  # clarity of talk across a room, of a voice at the phone


def _line_with_room_talk(params: NoiseRobustVADParams) -> VADStateMachine:
    sm = VADStateMachine(params)
    for _ in range(n(8000)):
        sm.step(*TALK, None, ROOM)
    return sm


def _candidate(sm: VADStateMachine, clarity: float, level: float = -31.0) -> list[int]:
    return events([sm.step(0.9, level, None, clarity) for _ in range(n(1500))], Event.START)


def test_a_candidate_as_reverberant_as_the_room_talk_needs_more_margin() -> None:
    # 4 dB over the talk: enough for the slow path (3.25 dB), not with the 1.5 dB penalty
    p = ON
    assert _candidate(_line_with_room_talk(p), DRY)  # a drier voice: the caller
    assert not _candidate(_line_with_room_talk(p), ROOM)  # the room again: the TV
    assert _candidate(_line_with_room_talk(OFF), ROOM)


def test_the_cue_stays_off_when_the_background_talk_is_dry() -> None:
    p = NoiseRobustVADParams()
    sm = VADStateMachine(p)
    for _ in range(n(8000)):
        sm.step(*TALK, None, DRY)  # a talker in the room with the phone: not through a room
    assert _candidate(sm, DRY)


def test_the_relief_lets_a_drier_voice_in_under_the_margin() -> None:
    # 2 dB over the room talk: under the slow path's 3.25 dB; a voice far drier than the
    # room talk (and than its louder windows) gets the 2 dB relief
    p = ON
    assert _candidate(_line_with_room_talk(p), DRY, level=-33.0)
    assert not _candidate(_line_with_room_talk(p), ROOM, level=-33.0)
    assert not _candidate(_line_with_room_talk(OFF), DRY, level=-33.0)
