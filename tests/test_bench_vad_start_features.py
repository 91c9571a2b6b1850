"""bench.vad.start_features: a start is false exactly when the scorer calls it one, its features
come from the evidence it started on, the AUC is the rank statistic, and a mistake on the
command line is one line and exit 2."""

from __future__ import annotations

import numpy as np
import pytest

from bench.vad.corpus import Call, Turn
from bench.vad.run import WIN_S, BotTurns
from bench.vad.start_features import Start, auc, call_starts, near_talk_table
from bench.vad.sweep import CachedCall
from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams
from pipecat_rt_best.noise_robust_vad.state_machine import VADStateMachine

SECONDS = 24.0


def _cached_call() -> CachedCall:
    """Quiet noise, two caller turns, and a speech-like burst at 13 s that no label covers."""
    turns = [Turn(3.0, 4.5, False, -25.0), Turn(19.0, 20.5, False, -25.0)]
    call = Call(0, "synthetic", SECONDS, -25.0, turns, bot=[], bot_planned=[])
    n = int(SECONDS / WIN_S)
    t = np.arange(n) * WIN_S
    probs = np.full(n, 0.02)
    levels = np.full(n, -50.0)
    for a, b, p in ((3.0, 4.5, 0.95), (13.0, 14.5, 0.8), (19.0, 20.5, 0.95)):
        on = (t >= a) & (t < b)
        probs[on], levels[on] = p, -25.0
    params = NoiseRobustVADParams(speaker_penalty_db=0.0)
    return CachedCall(
        0, call, VADStateMachine(params), probs, levels, None, None, BotTurns(call, n)
    )


def test_the_unlabelled_burst_is_the_one_false_start_and_features_are_its_evidence() -> None:
    starts = call_starts(_cached_call(), "clean", 0.1, 0.5)
    assert [s.false for s in starts] == [False, True, False]
    burst = starts[1].features
    assert burst["mean_prob"] == pytest.approx(0.8)  # the burst's windows, not the quiet before
    assert burst["share_0.9"] == 0.0 and starts[0].features["share_0.9"] == 1.0
    assert burst["evidence_windows"] >= 6
    assert all(s.features["margin_db"] >= 0 for s in starts)  # each cleared its gate


def test_auc_is_the_rank_statistic_with_ties_counted_half() -> None:
    assert auc([2.0, 3.0], [1.0]) == 1.0
    assert auc([1.0], [2.0, 3.0]) == 0.0
    assert auc([1.0, 2.0], [1.0, 2.0]) == 0.5
    assert np.isnan(auc([], [1.0]))


def test_the_near_talk_table_counts_only_near_starts_on_talk_free_lines() -> None:
    def start(false: bool, over_talk: float, weight: float, fraction: float) -> Start:
        return Start("tv_5dB", false, {"over_talk_db": over_talk}, weight, fraction)

    rows = near_talk_table(
        {
            "g": [
                start(True, 1.0, 0.2, 0.03),  # counted: near, talk-free, fraction 0.02–0.05
                start(False, 1.5, 0.2, 0.03),  # counted, as a caller start
                start(True, 3.0, 0.2, 0.03),  # too far over the talk
                start(True, 1.0, 0.9, 0.03),  # a line that shows its talk
            ]
        }
    )
    assert rows[2] == "| g | tv | 0 / 0 | 0 / 0 | 0 / 0 | 1 / 1 | 0 / 0 |"
