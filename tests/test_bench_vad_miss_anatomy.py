"""bench.vad.miss_anatomy: a missed turn is one the scorer misses, and its kind names what held it
back: Silero never voicing it, the background-talk gate, or the learned caller level."""

from __future__ import annotations

import numpy as np

from bench.vad.corpus import Call, Turn
from bench.vad.miss_anatomy import Anatomy, Miss, anatomy_table, call_misses
from bench.vad.run import WIN_S, BotTurns
from bench.vad.sweep import CachedCall
from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams
from pipecat_rt_best.noise_robust_vad.state_machine import VADStateMachine

SECONDS = 60.0


def _cached_call(spans: list[tuple[float, float, float, float]], turns: list[Turn]) -> CachedCall:
    """Quiet noise at −50 dBFS with (from, to, probability, level) spans laid over it."""
    call = Call(0, "synthetic", SECONDS, -25.0, turns, bot=[], bot_planned=[])
    n = int(SECONDS / WIN_S)
    t = np.arange(n) * WIN_S
    probs = np.full(n, 0.02)
    levels = np.full(n, -50.0)
    for a, b, p, level in spans:
        on = (t >= a) & (t < b)
        probs[on], levels[on] = p, level
    # the quiet-line rule off: the synthetic talk below is silent between its bursts, which the
    # rule (rightly) cannot tell from a caller's asides on a quiet line
    params = NoiseRobustVADParams(speaker_penalty_db=0.0, quiet_line_faint_fraction=0.0)
    return CachedCall(
        0, call, VADStateMachine(params), probs, levels, None, None, BotTurns(call, n)
    )


def _chopped_talk(a: float, b: float, level: float) -> list[tuple[float, float, float, float]]:
    """Background talk Silero hears in 96 ms bursts with 160 ms gaps: never a candidate that
    is judged, so it all flows into the background-talk estimate."""
    return [(x, x + 0.096, 0.9, level) for x in np.arange(a, b, 0.256)]


def test_each_missed_turn_gets_the_kind_that_held_it_back() -> None:
    turns = [
        Turn(8.0, 10.0, False, -20.0),  # loud: started, learned as the caller
        Turn(14.0, 15.5, False, -20.0),  # Silero never voices it
        Turn(20.0, 21.5, False, -41.0),  # 21 dB under the caller on a quiet line
        Turn(49.0, 50.5, False, -26.0),  # as loud as the background talk around it
    ]
    spans = [
        (8.0, 10.0, 0.95, -20.0),
        (14.0, 15.5, 0.1, -20.0),
        (20.0, 21.5, 0.95, -41.0),
        *_chopped_talk(26.0, 49.0, -26.0),
        (49.0, 50.5, 0.95, -26.0),
    ]
    a = call_misses(_cached_call(spans, turns), "tv_5dB", 0.1, 0.5)
    misses = a.misses
    assert a.turns == 4
    assert [m.kind for m in misses] == ["not voiced", "caller gate", "background gate"]
    assert np.isnan(misses[0].over_talk_db)
    assert abs(misses[2].over_talk_db) < 2.0  # at the talk's own level
    # the caller learned at −20 dBFS over talk at −26: a 6 dB line (the caller level decays
    # slowly, and the talk estimate is an energy mean of bursts and the quiet between them)
    assert len(a.snr_estimates) == 1 and 4.0 < a.snr_estimates[0] < 12.0


def test_a_turn_that_starts_is_not_a_miss() -> None:
    turns = [Turn(3.0, 5.0, False, -20.0), Turn(10.0, 11.5, False, -22.0)]
    spans = [(3.0, 5.0, 0.95, -20.0), (10.0, 11.5, 0.95, -22.0)]
    a = call_misses(_cached_call(spans, turns), "clean", 0.1, 0.5)
    assert (a.turns, a.misses, a.snr_estimates) == (2, [], [])  # no talk: no SNR estimate


def test_the_table_counts_kinds_and_quartiles_per_cell() -> None:
    misses = [Miss("tv_5dB", "background gate", x) for x in (1.0, 2.0, 3.0)]
    misses.append(Miss("tv_5dB", "not voiced", float("nan")))
    rows = anatomy_table({"g": {"tv_5dB": Anatomy(40, misses, [4.0, 6.0, 8.0])}})
    assert rows[2] == "| g | tv_5dB | 40 | 4 | 1 | 3 | 0 | 1.5 / 2.0 / 2.5 | 4.4 / 6.0 / 7.6 |"
