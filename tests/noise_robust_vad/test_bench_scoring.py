"""Smoke test of the bench's scoring code on a 2-second synthetic mix (no corpus needed)."""

from __future__ import annotations

import numpy as np
import pytest

from bench.vad.corpus import Call, Turn, active_span, noise_only_mask, telephony
from bench.vad.run import run_ours, run_seed, run_webrtc, score_call, score_events, seed_events
from tests.noise_robust_vad.conftest import speechlike


def two_second_call() -> tuple[Call, np.ndarray]:
    rate = 8000
    clean = speechlike(rate, seconds=0.8, lead=0.6).astype(np.float32) / 32768.0
    clean = np.concatenate([clean, np.zeros(2 * rate - len(clean), dtype=np.float32)])
    a, b = active_span(clean)  # labels from the clean reference, as the builder does
    call = Call(index=0, caller="synthetic", duration=2.0, level_db=-16.0)
    call.turns.append(Turn(onset=a / rate, offset=b / rate, barge_in=False, level_db=-16.0))
    rng = np.random.default_rng(0)
    mix = clean + 0.003 * rng.standard_normal(len(clean)).astype(np.float32)
    pcm = np.frombuffer(telephony(mix), dtype=np.uint8)
    from pipecat_rt_best.base.g711 import ulaw_decode

    return call, ulaw_decode(pcm.tobytes())


def test_labels_come_from_the_clean_reference() -> None:
    call, _ = two_second_call()
    (turn,) = call.turns
    assert turn.onset == pytest.approx(0.6, abs=0.03)
    assert 0.7 < turn.offset - turn.onset <= 0.82
    mask = noise_only_mask(call, 100)
    assert not mask[int(turn.onset * 100)] and mask[10]


def test_score_call_counts_false_starts_misses_and_latency() -> None:
    call, _ = two_second_call()
    onset = call.turns[0].onset
    s = score_call(call, [(0.1, 1), (0.2, -1), (onset + 0.15, 1), (1.9, -1)])
    assert s.false_starts == 1 and s.missed == 0 and s.turns == 1
    assert s.start_latencies == pytest.approx((0.15,))
    assert s.busy_seconds == pytest.approx(0.1, abs=0.011)
    assert s.noise_minutes * 60 == pytest.approx(noise_only_mask(call, 100).sum() / 100)
    missed = score_call(call, [])
    assert missed.missed == 1 and missed.false_starts == 0 and missed.fs_per_min == 0.0
    assert missed.start_ms(50) != missed.start_ms(50)  # NaN: no latencies


def test_a_turn_found_only_because_the_vad_was_already_in_one_is_caught_busy() -> None:
    call, _ = two_second_call()
    onset = call.turns[0].onset
    # a start 0.3 s before the caller (outside the guard: a false start) holds the VAD in a
    # turn through the caller's onset: not missed, but not detected either
    held = score_call(call, [(onset - 0.3, 1), (1.9, -1)])
    assert (held.missed, held.caught_busy, held.false_starts) == (0, 1, 1)
    assert held.caught_busy_pct == 100.0 and held.start_latencies == []
    # a start of its own: detected, not caught busy; no start at all: missed
    own = score_call(call, [(onset + 0.15, 1), (1.9, -1)])
    assert (own.missed, own.caught_busy) == (0, 0)
    assert (score_call(call, []).missed, score_call(call, []).caught_busy) == (1, 0)
    # the false start stopped before the caller began: missed, not caught
    early = score_call(call, [(onset - 0.5, 1), (onset - 0.3, -1)])
    assert (early.missed, early.caught_busy) == (1, 0)


def test_seed_logic() -> None:
    probs = np.array([0.1, 0.6, 0.9, 0.4, 0.3, 0.2, 0.1, 0.1, 0.7])
    ev = seed_events(probs)
    assert [e for _, e in ev] == [1, -1, 1]
    assert ev[0][0] == pytest.approx(0.08)  # end of window 2, rounded up to a 20 ms chunk


def test_runners_score_a_short_mix() -> None:
    call, pcm = two_second_call()
    for runner in (run_seed, run_webrtc, run_ours):
        total = score_events([call], runner([pcm], [call], {}))
        assert total.turns == 1 and total.audio_seconds == 2.0
    # the seed's Silero logic finds the synthetic utterance
    assert score_events([call], run_seed([pcm], [call], {})).missed == 0


def test_the_streaming_analyzer_decides_like_the_batched_runner() -> None:
    from bench.vad.run import run_ours_streaming, run_pipecat
    from pipecat_rt_best.base.g711 import ulaw_decode

    rate = 8000
    clean = speechlike(rate, seconds=1.2, lead=3.0).astype(np.float32) / 32768.0
    clean = np.concatenate([clean, np.zeros(2 * rate, dtype=np.float32)])
    a, b = active_span(clean)
    call = Call(index=0, caller="synthetic", duration=len(clean) / rate, level_db=-16.0)
    call.turns.append(Turn(onset=a / rate, offset=b / rate, barge_in=False, level_db=-16.0))
    noise = 0.003 * np.random.default_rng(3).standard_normal(len(clean)).astype(np.float32)
    pcm = ulaw_decode(telephony(clean + noise))
    batched = run_ours([pcm], [call], {})
    assert batched[0], "the synthetic turn starts a turn"
    assert run_ours_streaming([pcm], [call], {}) == batched
    assert score_events([call], run_pipecat([pcm], [call], {})).turns == 1


def test_short_words_bench_places_and_scores_words() -> None:
    from bench.vad.short_words import GAP_S, LEAD_S, heard, make_call

    word = speechlike(8000, seconds=0.4, lead=0.0).astype(np.float32) / 32768.0
    rng = np.random.default_rng(1)
    pcm, onsets = make_call([word, word, word], "car", 10, rng)
    assert pcm.dtype == np.int16 and len(pcm) == int((LEAD_S + GAP_S * 3) * 8000)
    assert onsets == pytest.approx([LEAD_S, LEAD_S + GAP_S, LEAD_S + 2 * GAP_S])
    # a start just after a word's onset counts, one before the guard or a stop does not
    events = [(onsets[0] + 0.3, 1), (onsets[0] + 1.0, -1), (onsets[1] - 0.5, 1), (onsets[2], -1)]
    assert heard(events, onsets) == 1
    # and the pack's analyzer, run as the bench runs it, starts a turn for each word in quiet
    from bench.vad.run import run_ours_streaming
    from bench.vad.short_words import _NoBot

    quiet, onsets = make_call([word, word, word], None, None, rng)
    (got,) = run_ours_streaming([quiet], [_NoBot()], {})  # type: ignore[list-item]
    assert heard(got, onsets) == 3


def test_round2_scoring_counts_every_start_outside_the_tight_guards() -> None:
    # a 6 s call with one turn 2.0–3.0 s; starts: re-start 0.7 s after the offset (outside
    # +0.5 s), and three rapid re-starts in a noisy stretch
    call = Call(index=0, caller="synthetic", duration=6.0, level_db=-20.0)
    call.turns.append(Turn(onset=2.0, offset=3.0, barge_in=False, level_db=-20.0))
    ev = [(2.2, 1), (3.1, -1), (3.7, 1), (3.9, -1)]
    ev += [(4.5, 1), (4.8, -1), (5.1, 1), (5.4, -1), (5.6, 1), (5.8, -1)]
    tight = score_call(call, ev, 100, 0.1, 0.5)
    assert tight.false_starts == 4 and tight.missed == 0
    assert tight.noise_minutes * 60 == pytest.approx(6.0 - 1.6, abs=0.02)
    legacy = score_call(call, ev)  # round-1 guards: 0.25 s before, 1 s after
    assert legacy.false_starts == 3
    # a start 0.2 s before the onset is a false start with the tight guard (and no hit)
    early = score_call(call, [(1.8, 1), (1.9, -1)], 100, 0.1, 0.5)
    assert early.false_starts == 1 and early.missed == 1


def test_round2_labels_ignore_the_hiss_of_a_coded_prompt() -> None:
    from bench.vad.corpus_split import speech_span, split_utterances

    rate = 8000
    rng = np.random.default_rng(1)
    t = np.arange(int(0.8 * rate)) / rate
    word = (0.3 * np.sin(2 * np.pi * 300 * t)).astype(np.float32)
    hiss = 0.3 * 10 ** (-30 / 20) * rng.standard_normal(rate).astype(np.float32)
    clip = np.concatenate([hiss[: rate // 2], word + hiss[: len(word)], hiss[: rate // 2]])
    a, b = speech_span(clip)
    assert a / rate == pytest.approx(0.5, abs=0.03)
    assert b / rate == pytest.approx(1.3, abs=0.03)
    assert active_span(clip)[0] / rate < 0.05  # the round-1 rule labels the hiss as speech
    # a long recording is cut at its pauses into utterances of 0.6–6 s
    gap = np.zeros(rate // 2, dtype=np.float32)
    long = np.concatenate([word, gap, word, gap, word[: rate // 4]])
    pieces = split_utterances(long)
    assert len(pieces) == 2 and all(0.6 * rate <= len(p) <= 0.9 * rate for p in pieces)


def test_heldout2_cuts_tight_prompts_to_their_speech() -> None:
    from bench.vad.corpus_split import speech_cut, whole_span

    rate = 8000
    rng = np.random.default_rng(2)
    t = np.arange(int(0.6 * rate)) / rate
    word = (0.3 * np.sin(2 * np.pi * 250 * t)).astype(np.float32)
    # a prompt cut tight (10 ms of near-silence each side): no floor to measure, the 35 dB rule
    tight = np.concatenate([np.zeros(80, np.float32), word, np.zeros(80, np.float32)])
    assert len(speech_cut(tight)) == pytest.approx(len(word), abs=80)
    # a recording with a hiss floor 31 dB under: cut 12 dB above the floor, not at the hiss
    hiss = 0.3 * 10 ** (-31 / 20) * rng.standard_normal(rate).astype(np.float32)
    noisy = np.concatenate([hiss[:4000], word + hiss[: len(word)], hiss[:4000]])
    cut = speech_cut(noisy, 12.0)
    assert len(cut) == pytest.approx(len(word), abs=160)
    assert len(speech_cut(noisy)) > len(word) + 4000  # the 35 dB rule alone keeps the hiss
    assert whole_span(cut) == (0, len(cut))


def test_a_call_missing_most_of_its_turns_is_locked_out() -> None:
    call = Call(index=0, caller="synthetic", duration=20.0, level_db=-20.0)
    for k in range(3):
        call.turns.append(
            Turn(onset=2.0 + 5 * k, offset=3.0 + 5 * k, barge_in=False, level_db=-20.0)
        )
    one_heard = [(2.2, 1), (3.6, -1)]
    two_heard = [*one_heard, (7.2, 1), (8.6, -1)]
    assert score_call(call, one_heard, 100, 0.1, 0.5).locked_out == 1  # 2 of 3 missed
    assert score_call(call, two_heard, 100, 0.1, 0.5).locked_out == 0
    # counted per call when a cell is scored
    assert score_events([call, call], [one_heard, two_heard], 0.1, 0.5).locked_out == 1


def test_the_bench_score_is_the_tuning_score_plus_its_own_counters() -> None:
    from bench.vad.run import Score
    from pipecat_rt_best.noise_robust_vad.tuning import TuneScore

    a = Score(false_starts=1, turns=2, start_latencies=[0.2], false_starts_bot=1, cpu_seconds=0.5)
    b = Score(turns=2, missed=1, start_latencies=[0.4], locked_out=1, cpu_seconds=0.25)
    total = a.add(b)
    assert isinstance(total, Score) and isinstance(total, TuneScore)
    assert (total.false_starts, total.turns, total.missed, total.missed_pct) == (1, 4, 1, 25.0)
    assert (total.false_starts_bot, total.locked_out, total.cpu_seconds) == (1, 1, 0.75)
    assert total.start_ms(50) == pytest.approx(300.0)
    assert type(TuneScore(turns=1).add(TuneScore(missed=1))) is TuneScore
