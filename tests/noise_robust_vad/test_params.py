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
        # these were taken as they were too (a review, params_nonsense.py): a level above full
        # scale made a VAD that never started a turn, a negative end gate split every turn
        ({"min_level_dbfs": 10.0}, "min_level_dbfs must be < 0, got 10.0: it is a level in dBFS"),
        ({"min_level_dbfs": 0.6}, "min_level_dbfs must be < 0, got 0.6"),  # pipecat's min_volume
        ({"min_level_dbfs": 0.0}, "min_level_dbfs must be < 0, got 0.0"),
        ({"end_gate_db": -30.0}, "end_gate_db must be >= 0, got -30.0"),
        ({"caller_decay_db_per_s": -50.0}, "caller_decay_db_per_s must be >= 0, got -50.0"),
        ({"voice_caller_weight": 5.0}, "voice_caller_weight must be in [0, 1], got 5.0"),
        ({"voice_caller_weight": -0.1}, "voice_caller_weight must be in [0, 1], got -0.1"),
        ({"speaker_slack": -2.0}, "speaker_slack must be >= 0, got -2.0"),
        # the same class elsewhere: margins of the wrong sign, weights outside [0, 1]
        ({"caller_gate_db": -40.0}, "caller_gate_db must be >= 0, got -40.0"),
        ({"floor_margin_db": -1.0}, "floor_margin_db must be >= 0, got -1.0"),
        ({"quick_margin_db": -3.0}, "quick_margin_db must be >= 0, got -3.0"),
        ({"dominant_margin_db": -8.0}, "dominant_margin_db must be >= 0, got -8.0"),
        ({"speaker_penalty_db": -3.0}, "speaker_penalty_db must be >= 0, got -3.0"),
        ({"quiet_line_loud_relief_db": -6.0}, "quiet_line_loud_relief_db must be >= 0, got -6.0"),
        ({"clarity_relief_lead": -0.5}, "clarity_relief_lead must be >= 0, got -0.5"),
        ({"unlearned_turn_talk_weight": 1.5}, "unlearned_turn_talk_weight must be in [0, 1]"),
        ({"floor_speechiness_ref": 2.0}, "floor_speechiness_ref must be in (0, 1], got 2.0"),
        ({"clarity_room_max": 0.0}, "clarity_room_max must be > 0, got 0.0"),
        ({"caller_top_fraction": 0.0}, "caller_top_fraction must be in (0, 1], got 0.0"),
        ({"start_threshold": float("nan")}, "start_threshold must be a finite number, got nan"),
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


def test_the_defaults_and_the_tune_vad_grid_validate_and_0_still_turns_a_cue_off() -> None:
    from itertools import product

    from pipecat_rt_best.noise_robust_vad.tuning import DEFAULT_GRID

    NoiseRobustVADParams()
    for combo in product(*DEFAULT_GRID.values()):
        NoiseRobustVADParams().with_changes(**dict(zip(DEFAULT_GRID, combo, strict=True)))
    off = NoiseRobustVADParams(
        speaker_penalty_db=0.0,
        clarity_penalty_db=0.0,
        clarity_relief_db=0.0,
        voice_bonus_db=0.0,
        nonspeech_loud_margin_db=0.0,
        quiet_line_loud_relief_db=0.0,
        learn_max_below_db=0.0,
        caller_decay_db_per_s=0.0,
        voice_caller_weight=0.0,
        unlearned_turn_talk_weight=0.0,
        min_level_dbfs=-120.0,
        floor_offset_db=4.0,  # relative to the ambient: either sign is a setting
    )
    assert not off.uses_speaker and not off.uses_clarity
