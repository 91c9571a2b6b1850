"""bench.vad.start_features: a start is false exactly when the scorer calls it one, its features
come from the evidence it started on, the AUC is the rank statistic, and a mistake on the
command line is one line and exit 2."""

from __future__ import annotations

import numpy as np
import pytest

from bench.vad.corpus import Call, Turn
from bench.vad.run import WIN_S, BotTurns
from bench.vad.start_features import (
    FEATURES,
    Start,
    auc,
    call_starts,
    combined_table,
    fit_logistic,
    near_talk_table,
)
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


def test_what_the_machine_knew_around_each_start() -> None:
    first, burst, second = call_starts(_cached_call(), "clean", 0.1, 0.5)
    assert first.features["since_stop_s"] == 30.0  # capped: no turn before it
    assert np.isnan(first.features["last_turn_s"]) and np.isnan(first.features["under_caller_db"])
    # the burst comes after the first turn ended (~4.5 s + the stop's wait), and knows its length
    assert 7.0 < burst.features["since_stop_s"] < 9.0
    assert 1.2 < burst.features["last_turn_s"] < 2.5
    assert burst.features["over_ambient_db"] == pytest.approx(25.0, abs=1.0)
    # no embedder and no clarity in this call: the voice and distance features are unknown
    assert np.isnan(second.features["background_voice"])
    assert np.isnan(second.features["caller_voice"])
    assert np.isnan(second.features["clarity_over_background"])


def _start(false: bool, x: float, corpus: str) -> Start:
    features = dict.fromkeys(FEATURES, float("nan"))
    features["over_talk_db"] = x
    return Start("tv_5dB", false, features, 1.0, 0.1, corpus)


def test_the_logistic_score_ranks_by_a_separating_feature_and_the_table_cross_validates() -> None:
    rng = np.random.default_rng(0)
    starts = [
        _start(false, float(rng.normal(0.0 if false else 4.0)), c)
        for c in ("a", "b")
        for false in [True] * 40 + [False] * 160
    ]
    score = fit_logistic(starts, ("over_talk_db",))
    s = score(starts)
    assert (
        auc(
            [v for v, st in zip(s, starts, strict=True) if not st.false],
            [v for v, st in zip(s, starts, strict=True) if st.false],
        )
        > 0.95
    )
    rows = combined_table({"tune": starts, "other": starts})
    _, label, tune, other, _ = rows[2].split("|")
    assert label.strip() == "level over talk alone"
    assert float(tune.split(",")[0]) > 0.95 and "(cross-validated)" in tune
    assert "(cross-validated)" not in other  # the other group: scored by one fit on "tune"
    assert [r.split("|")[1].strip() for r in rows[2:]] == ["level over talk alone", "all"]
