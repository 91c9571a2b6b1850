"""The main job, end to end: a simulated call on the embedded emulator (runs in real time, ~17 s)."""

from __future__ import annotations

import asyncio

import numpy as np

from pipecat_rt_best.cli import main
from pipecat_rt_best.testing.simulated_call.call import simulate_call
from pipecat_rt_best.testing.simulated_call.caller_audio import read_wav, synth_utterance, wav_bytes


def test_synthetic_caller_is_deterministic_and_round_trips_through_wav() -> None:
    a = synth_utterance(1.0, 8000, seed=5)
    assert np.array_equal(a, synth_utterance(1.0, 8000, seed=5))
    assert not np.array_equal(a, synth_utterance(1.0, 8000, seed=6))
    samples, rate = read_wav(wav_bytes(a, 8000))
    assert rate == 8000 and np.array_equal(samples, a)
    rms_dbfs = 20 * np.log10(np.sqrt(np.mean(a.astype(float) ** 2)) / 32767)
    assert -17.5 < rms_dbfs < -14.5


async def test_simulated_call_two_turns_with_a_barge_in(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = await simulate_call(audio_format="pcmu", out_dir=tmp_path)
    kinds = [e.kind for e in result.timeline.events]
    assert len(result.caller_spoke) == 2
    assert kinds.count("caller stops") == 2
    assert result.emulator_commits == 2
    assert result.emulator_responses == 3  # greeting + one reply per caller turn
    barge_in_at = result.caller_spoke[1][0]
    barge_ins = [e.t for e in result.timeline.events if e.kind == "barge-in"]
    assert any(barge_in_at < t < barge_in_at + 1.0 for t in barge_ins)
    # the cut reply was truncated at what the handset had played, and the model's copy cut to match
    truncations = [e for e in result.timeline.events if e.kind == "truncate"]
    assert truncations and "(handed)" in truncations[0].detail
    assert result.timeline.model_memory and result.timeline.model_memory[0].startswith("Your loan")
    # every committed turn carries at least the caller's speech, in μ-law bytes (8 per ms)
    for (start, end), nbytes in zip(result.caller_spoke, result.emulator_turn_bytes, strict=True):
        assert nbytes >= (end - start) * 1000 * 8 * 0.9
    assert 5 < result.played.speech_seconds <= result.played.seconds
    # bot-aware barge-in: while the VAD confirms the caller, the bot is ducked, not cut
    t0 = result.timeline.t0
    peaks = [
        (t - t0, int(np.abs(np.frombuffer(c, "<i2")).max(initial=0)))
        for t, c in result.played.chunks
    ]
    before = max(p for t, p in peaks if barge_in_at - 1.0 < t < barge_in_at)
    confirming = [p for t, p in peaks if barge_in_at + 0.15 < t < barge_ins[0] - 0.05 and p > 0]
    assert confirming and max(confirming) < 0.5 * before, (before, confirming)
    assert (tmp_path / "caller.wav").stat().st_size > 0
    text = result.timeline.render()
    assert "bot said" in text and "Namaste" in text


def test_cli_lists_subcommands(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([]) == 2
    out = capsys.readouterr().out
    assert "simulate" in out and "emulator" in out


async def test_a_call_whose_cues_never_come_still_ends() -> None:
    # the emulator script has no replies: the bot never greets, so the caller never speaks
    result = await asyncio.wait_for(
        simulate_call(replies=("",), max_call_s=3.0, hang_up_after_s=1.0), timeout=30
    )
    hang_ups = [e for e in result.timeline.events if e.kind == "hang up"]
    assert hang_ups and hang_ups[0].detail == "call deadline"
    assert result.caller_spoke == []
