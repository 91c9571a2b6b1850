"""``NoiseRobustVADParams`` refuses, at construction, values the analyzer cannot run with."""

from __future__ import annotations

import re

import pytest

from pipecat_rt_best.noise_robust_vad import NoiseRobustVADAnalyzer, NoiseRobustVADParams


@pytest.mark.parametrize(
    ("changes", "says"),
    [
        # 0 ended every turn as it started (and -1 too): the safety stop has no "off"
        ({"max_turn_s": 0.0}, "max_turn_s must be > 0, got 0.0"),
        ({"max_turn_s": -1.0}, "max_turn_s must be > 0"),
        # the analyzer sized its recent audio by these: a MemoryError on the first chunk
        (
            {"bot_min_speech_ms": 1e9},
            "bot_min_speech_ms must be > 0 and <= 10000 ms, got 1000000000.0",
        ),
        ({"max_start_gap_ms": 1e9}, "max_start_gap_ms must be >= 0 and <= 10000 ms"),
        ({"prefix_padding_ms": 1e9}, "prefix_padding_ms must be >= 0 and <= 10000 ms"),
        ({"speaker_span_ms": 1e9}, "speaker_span_ms must be > 0 and <= 10000 ms"),
        # negative values were taken as they were
        ({"speaker_span_ms": -320.0}, "speaker_span_ms must be > 0 and <= 10000 ms"),
        ({"talk_min_speech_ms": -100.0}, "talk_min_speech_ms must be > 0 and <= 10000 ms"),
        ({"warmup_ms": -1.0}, "warmup_ms must be >= 0, got -1.0"),
        ({"end_resume_ms": -1.0}, "end_resume_ms must be >= 0"),
        ({"clarity_evidence_ms": -1.0}, "clarity_evidence_ms must be >= 0"),
        ({"reject_talk_min_weight": -0.5}, "reject_talk_min_weight must be in [0, 1]"),
        ({"reject_talk_min_weight": 2.0}, "reject_talk_min_weight must be in [0, 1]"),
    ],
)
def test_values_the_analyzer_cannot_run_with_are_refused_by_name_and_range(
    changes: dict[str, float], says: str
) -> None:
    with pytest.raises(ValueError, match="^" + re.escape(says)):
        NoiseRobustVADParams(**changes)
    with pytest.raises(ValueError, match="^" + re.escape(says)):
        NoiseRobustVADParams().with_changes(**changes)


def test_the_bounds_themselves_are_accepted_and_the_analyzer_runs_with_them() -> None:
    from pipecat_rt_best.noise_robust_vad.params import MAX_SPAN_MS

    p = NoiseRobustVADParams(
        min_speech_ms=MAX_SPAN_MS,
        bot_min_speech_ms=MAX_SPAN_MS,
        talk_min_speech_ms=MAX_SPAN_MS,
        nonspeech_min_speech_ms=MAX_SPAN_MS,
        speaker_span_ms=MAX_SPAN_MS,
        max_start_gap_ms=MAX_SPAN_MS,
        prefix_padding_ms=MAX_SPAN_MS,
        warmup_ms=0.0,
        max_turn_s=1e-3,
    )
    vad = NoiseRobustVADAnalyzer(params=p)
    vad.set_sample_rate(16000)
    vad.process(b"\x00\x01" * 3200)  # the recent audio it keeps is allocated: bounded
    assert vad.skipped_chunks == 0
