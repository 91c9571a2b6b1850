"""The voice cue: spectral shapes, the caller/background score, and its gate in the machine."""

from __future__ import annotations

import numpy as np
import pytest

from pipecat_rt_best.noise_robust_vad import NoiseRobustVADAnalyzer, NoiseRobustVADParams
from pipecat_rt_best.noise_robust_vad.state_machine import Event, Phase, VADStateMachine
from pipecat_rt_best.noise_robust_vad.voice_profile import (
    N_BANDS,
    LazyShape,
    ShapeAverage,
    resolve,
    resolve_many,
    spectral_shape,
    voice_score,
)
from tests.noise_robust_vad.conftest import speechlike
from tests.noise_robust_vad.helpers import FULL_MARGIN, seg

RATE = 8000
WIN = 256


def harmonic(f0: float, formant: float, seconds: float = 0.5, seed: int = 0) -> np.ndarray:
    """A voiced-like tone: harmonics of ``f0`` shaped by one resonance at ``formant``."""
    t = np.arange(int(seconds * RATE)) / RATE
    rng = np.random.default_rng(seed)
    x = np.zeros_like(t)
    for k in range(1, int(3800 / f0)):
        gain = 1.0 / (1.0 + ((k * f0 - formant) / 300.0) ** 2)
        x += gain * np.sin(2 * np.pi * k * f0 * t + rng.uniform(0, 2 * np.pi))
    return 0.1 * x / np.max(np.abs(x))


def frames(x: np.ndarray) -> np.ndarray:
    m = len(x) // WIN
    return x[: m * WIN].reshape(m, WIN)


def test_shape_ignores_level_and_batches() -> None:
    w = frames(harmonic(120, 700))
    s = spectral_shape(w)
    assert s.shape == (len(w), N_BANDS)
    np.testing.assert_allclose(s.mean(axis=1), 0.0, atol=1e-9)  # level removed
    np.testing.assert_allclose(spectral_shape(0.05 * w), s, atol=1e-3)
    np.testing.assert_allclose(spectral_shape(w[3]), s[3], atol=1e-9)
    assert spectral_shape(np.zeros((2, 512)), 16000).shape == (2, N_BANDS)


def test_shape_tells_two_voices_apart() -> None:
    low = spectral_shape(frames(harmonic(110, 600, seed=1))).mean(axis=0)
    low2 = spectral_shape(frames(harmonic(110, 600, seed=2))).mean(axis=0)
    high = spectral_shape(frames(harmonic(220, 1800, seed=3))).mean(axis=0)
    assert np.sqrt(np.mean((low - high) ** 2)) > 3 * np.sqrt(np.mean((low - low2) ** 2))
    assert voice_score(low2, low, high, 0.5) > 0.8
    assert voice_score(high, low, high, 0.5) == pytest.approx(-1.0)


def test_voice_score_line_clipping_and_separation() -> None:
    caller, bg = np.full(4, 1.0), np.full(4, -1.0)
    assert voice_score(caller, caller, bg, 0.5) == pytest.approx(1.0)
    assert voice_score(bg, caller, bg, 0.5) == pytest.approx(-1.0)
    assert voice_score(np.zeros(4), caller, bg, 0.5) == pytest.approx(0.0)
    assert voice_score(5 * caller, caller, bg, 0.5) == 1.0  # clipped
    assert voice_score(caller, None, bg, 0.5) == 0.0
    assert voice_score(caller, caller, None, 0.5) == 0.0
    # profiles closer than the minimum separation: undecided
    assert voice_score(caller, 0.1 * caller, 0.1 * bg, 0.5) == 0.0


def test_shapes_computed_together_equal_shapes_computed_alone() -> None:
    rng = np.random.default_rng(7)
    x = rng.standard_normal((150, WIN)) * rng.uniform(1e-4, 0.5, (150, 1))
    x[:5] = 0.0  # silent windows too
    alone = [spectral_shape(w) for w in x]
    lazy = [LazyShape(w) for w in x]
    mixed: list = [*lazy[:100], alone[100], *lazy[101:]]  # computed vectors pass through
    lazy[3]()  # one already computed
    got = resolve_many(mixed)
    assert all(np.array_equal(g, a) for g, a in zip(got, alone, strict=True))  # bit for bit
    assert np.array_equal(resolve_many([LazyShape(x[7])])[0], alone[7])  # a lone window
    w16 = rng.standard_normal((3, 512)) * 0.1
    assert all(
        np.array_equal(g, spectral_shape(w, 16000))
        for g, w in zip(resolve_many([LazyShape(w, 16000) for w in w16]), w16, strict=True)
    )


def test_shapes_joining_later_give_the_same_average() -> None:
    rng = np.random.default_rng(8)
    x = rng.standard_normal((200, WIN)) * 0.1
    now, later = ShapeAverage(0.05), ShapeAverage(0.05)
    for i, w in enumerate(x):
        now.update(spectral_shape(w))
        later.update_later(LazyShape(w))
        assert len(later._later) < ShapeAverage.LATER_MAX  # the held audio stays bounded
        if i in (10, 150):  # read midway: what has joined so far
            assert np.array_equal(later.mean, now.mean)  # type: ignore[arg-type]
    later.update(spectral_shape(x[0]))  # a direct update comes after those waiting
    now.update(spectral_shape(x[0]))
    assert np.array_equal(later.mean, now.mean)  # type: ignore[arg-type]
    later.update_later(LazyShape(x[1]))
    later.reset()
    assert later.mean is None and later.count == 0


def test_shape_average() -> None:
    avg = ShapeAverage(0.25)
    avg.update(np.array([0.0]))
    avg.update(np.array([2.0]))  # plain mean while fewer than 1/alpha updates
    assert avg.mean is not None and avg.mean[0] == pytest.approx(1.0)
    for _ in range(50):
        avg.update(np.array([4.0]))
    assert avg.mean[0] == pytest.approx(4.0, abs=1e-3)
    avg.reset()
    assert avg.mean is None and avg.count == 0


CALLER = np.linspace(-5.0, 5.0, N_BANDS)
TV = -CALLER


def _barge_in(
    shape: np.ndarray,
    params: NoiseRobustVADParams | None = None,
    bot: bool = True,
    level: float = -30.0,
) -> list[int]:
    """TV talk at -35 dB (shape TV), a caller turn at -29 dB (shape CALLER, learned), more TV,
    then, while the bot speaks, a candidate at -30 dB with ``shape``: 5 dB over the TV clears
    the talk gate (3.25) but not with the barge-in margin (+2), unless the voice cue helps."""
    sm = VADStateMachine(params or NoiseRobustVADParams(**FULL_MARGIN))

    def feed(ms: float, prob: float, level: float, sh: np.ndarray | None) -> list:
        return [sm.step(p, lv, sh) for p, lv in seg(ms, prob, level)]

    feed(8000, 0.9, -35.0, TV)
    turn = feed(1500, 0.95, -29.0, CALLER) + feed(1500, 0.9, -35.0, TV)
    assert [d.event for d in turn if d.event in (Event.START, Event.STOP)] == [
        Event.START,
        Event.STOP,
    ]
    assert sm.caller_level_db == pytest.approx(-29.0, abs=0.1)
    learned = sm.caller_shape is not None and sm.background_shape is not None
    assert learned == (sm.params.voice_bonus_db > 0)  # the cue off: shapes are ignored
    feed(3000, 0.9, -35.0, TV)
    sm.set_bot_speaking(bot)
    d = feed(1000, 0.95, level, shape)
    return [i for i, x in enumerate(d) if x.event is Event.START]


def test_barge_in_that_sounds_like_the_caller_needs_less_margin() -> None:
    assert _barge_in(CALLER)  # the voice cue excuses the barge-in margin
    assert _barge_in(TV) == []  # sounds like the TV: full margin
    off = NoiseRobustVADParams(voice_bonus_db=0.0, **FULL_MARGIN)
    assert _barge_in(CALLER, off) == []  # without the cue the same candidate is held back


def test_voice_cue_only_helps_barge_ins() -> None:
    # 2.75 dB over the TV: below the talk gate (3.25); a bonus outside barge-ins would pass it
    assert _barge_in(CALLER, bot=False, level=-32.25) == []
    assert _barge_in(CALLER, bot=False, level=-31.5)  # the talk gate itself is unchanged


def test_voice_cue_needs_shapes() -> None:
    sm = VADStateMachine(NoiseRobustVADParams(**FULL_MARGIN))
    assert sm.wants_shape(0.9) and not sm.wants_shape(0.1)
    assert not VADStateMachine(NoiseRobustVADParams(voice_bonus_db=0.0)).wants_shape(0.9)
    # no shapes at all: the level gates alone decide (the candidate is held back)
    for p, lv in seg(8000, 0.9, -35.0) + seg(1500, 0.95, -27.0) + seg(4500, 0.9, -35.0):
        sm.step(p, lv)
    assert sm.caller_shape is None and sm.caller_level_db is not None
    sm.set_bot_speaking(True)
    d = [sm.step(p, lv) for p, lv in seg(1000, 0.95, -30.0)]
    assert not [x for x in d if x.event is Event.START]


def test_analyzer_learns_the_caller_voice_from_audio() -> None:
    pcm = speechlike(RATE, seconds=1.5, lead=7.0)
    vad = NoiseRobustVADAnalyzer(sample_rate=RATE)
    vad.set_sample_rate(RATE)
    step = RATE * 20 // 1000
    for i in range(0, len(pcm), step):
        vad.process(pcm[i : i + step].tobytes())
    assert vad.starts == 1 and vad.stops == 1
    shape = vad.machine.caller_shape
    assert shape is not None and shape.shape == (N_BANDS,)
    off = NoiseRobustVADAnalyzer(sample_rate=RATE, params=NoiseRobustVADParams(voice_bonus_db=0))
    off.set_sample_rate(RATE)
    for i in range(0, len(pcm), step):
        off.process(pcm[i : i + step].tobytes())
    assert off.starts == 1 and off.machine.caller_shape is None


def test_lazy_shape_is_computed_once_on_demand() -> None:
    x = harmonic(150.0, 700.0, seconds=WIN / RATE)[:WIN]
    lazy = LazyShape(x, RATE)
    np.testing.assert_allclose(lazy(), spectral_shape(x, RATE))
    assert lazy() is lazy()  # cached
    assert resolve(lazy) is lazy() and resolve(CALLER) is CALLER


class _Counting:
    """A lazy shape that counts how often the machine actually needed one."""

    computed = 0

    def __init__(self, shape: np.ndarray) -> None:
        self.shape = shape
        self.done = False

    def __call__(self) -> np.ndarray:
        if not self.done:
            _Counting.computed += 1
            self.done = True
        return self.shape


def _call_script() -> list[tuple[float, float, np.ndarray, bool]]:
    """TV talk, a caller turn, more TV, a barge-in over the bot, TV again."""
    out = []
    for ms, prob, level, shape, bot in (
        (8000, 0.9, -35.0, TV, False),
        (1500, 0.95, -29.0, CALLER, False),
        (4000, 0.9, -35.0, TV, False),
        (1000, 0.95, -30.0, CALLER, True),
        (3000, 0.9, -35.0, TV, False),
    ):
        out += [(p, lv, shape, bot) for p, lv in seg(ms, prob, level)]
    return out


def test_shapes_the_machine_does_not_want_are_ignored() -> None:
    # passing every window's shape or only the wanted ones gives the same decisions/profiles
    everything, wanted = VADStateMachine(), VADStateMachine()
    for prob, level, shape, bot in _call_script():
        everything.set_bot_speaking(bot)
        wanted.set_bot_speaking(bot)
        a = everything.step(prob, level, shape)
        b = wanted.step(prob, level, shape if wanted.wants_shape(prob) else None)
        assert a == b
    assert everything.caller_shape is not None
    np.testing.assert_allclose(everything.caller_shape, wanted.caller_shape)
    np.testing.assert_allclose(everything.background_shape, wanted.background_shape)


def test_lazy_shapes_are_computed_only_when_used() -> None:
    eager, lazy = VADStateMachine(), VADStateMachine()
    _Counting.computed = 0
    voiced = 0
    for prob, level, shape, bot in _call_script():
        for sm in (eager, lazy):
            sm.set_bot_speaking(bot)
        voiced += prob >= 0.5
        a = eager.step(prob, level, shape)
        b = lazy.step(prob, level, _Counting(shape))
        assert a == b
    assert [a for a in (eager, lazy) if a.caller_shape is None] == []
    # the background profile reads every SHAPE_STRIDE-th window, the caller's its turn's loud
    # part, the barge-in its evidence: far fewer than all voiced windows
    assert 0 < _Counting.computed < voiced / 2
    assert lazy.phase in (Phase.QUIET, Phase.STARTING)  # no turn running at the end
    assert not lazy._turn_shapes  # the last turn's audio was released when it ended
