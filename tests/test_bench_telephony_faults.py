"""bench.telephony_faults: its baseline hang-up is run (pipecat's own Twilio bot under the
same fault), not written in as 'never', the prompt's length comes from its audio, and memory
per call is a slope between two call counts, with the fixed growth apart (it was one growth
divided by the call count: a "per call" figure that fell as the count grew)."""

from __future__ import annotations

import asyncio

import pytest

from bench.telephony_faults import run
from pipecat_rt_best.g711_passthrough.fallback import sit_tone_pcm


def test_the_prompt_length_is_computed_from_the_audio() -> None:
    assert run.prompt_s() == len(sit_tone_pcm()) / 16000
    assert 2.4 < run.prompt_s() < 2.5


def test_pipecats_own_bot_is_run_and_does_not_hang_up_on_a_closed_model_port() -> None:
    assert asyncio.run(run._hang_up("port closed", stock=True, wait_s=5.0)) is None


def test_per_call_is_the_slope_and_a_growth_that_does_not_scale_is_the_fixed_part() -> None:
    # 5 MB once (caches filling) and 0.01 MB per call: (end - start) / n, the old figure, said
    # 0.06 MB per call after 100 calls and 0.027 after 300; neither is what a call leaves
    for n1 in (100, 200):
        calls = [0, n1, 3 * n1]
        mb = [100.0, 100.0 + 5.0 + 0.01 * n1, 100.0 + 5.0 + 0.01 * 3 * n1]
        slope, fixed = run.per_call(calls, mb)
        assert slope == pytest.approx(0.01) and fixed == pytest.approx(5.0)
    assert run.per_call([0, 100, 300], [50.0, 71.0, 71.0]) == (0.0, 21.0)  # a fixed growth only


def test_the_summary_is_the_median_and_range_over_runs() -> None:
    runs = [
        {"calls": [0, 20, 60], "rss_mb": [10.0, 12.0 + d, 12.0 + d + 40 * s], "heap_mb": [1.0, 1.0, 1.0]}
        for d, s in ((0.0, 0.1), (1.0, 0.2), (2.0, 0.4))
    ]  # fmt: skip
    out = run.summarise(runs)
    assert out["rss_mb_per_call"] == pytest.approx(0.2)
    assert out["rss_mb_per_call_range"] == pytest.approx([0.1, 0.4])
    assert out["rss_fixed_mb"] == pytest.approx(3.0 - 20 * 0.2)
    assert out["heap_mb_per_call"] == 0.0 and out["heap_fixed_mb"] == 0.0
    assert out["calls"] == [0, 20, 60] and out["runs"] == runs


def test_memory_is_measured_after_a_warm_up_and_at_two_call_counts() -> None:
    got = asyncio.run(run._memory(20, keep=False))
    assert got["calls"] == [0, 20, 60]
    assert len(got["rss_mb"]) == len(got["heap_mb"]) == 3
    assert all(v > 0 for v in got["rss_mb"])
