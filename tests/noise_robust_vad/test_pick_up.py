"""A caller who talks from the moment they pick up, through the analyzer pipecat drives
(20 ms chunks of 8 kHz PCM, the simulated call's synthetic voice)."""

from __future__ import annotations

import numpy as np
import pytest
from pipecat.audio.vad.vad_analyzer import VADState

from pipecat_rt_best import NoiseRobustVADAnalyzer
from pipecat_rt_best.testing.simulated_call.caller_audio import synth_utterance

RATE = 8000


def _talks_from(lead_s: float) -> np.ndarray:
    """Talk from ``lead_s`` on for ~6 s with ordinary 250-300 ms pauses, then 2 s of waiting;
    the line's hiss about -61 dBFS."""
    parts = [np.zeros(int(lead_s * RATE))]
    for i, (dur, gap) in enumerate([(0.9, 0.25), (0.7, 0.3), (1.2, 0.25), (1.0, 0.3), (1.4, 0)]):
        parts += [synth_utterance(dur, RATE, seed=10 + i).astype(np.float64)]
        parts += [np.zeros(int(gap * RATE))]
    x = np.concatenate([*parts, np.zeros(2 * RATE)])
    x += np.random.default_rng(0).standard_normal(len(x)) * 30
    return np.clip(x, -32768, 32767).astype(np.int16)


def _first_turn_s(pcm: np.ndarray) -> float | None:
    vad = NoiseRobustVADAnalyzer(sample_rate=RATE)
    vad.set_sample_rate(RATE)
    for k in range(0, len(pcm) - 159, 160):
        if vad.process(pcm[k : k + 160].tobytes()) == VADState.SPEAKING:
            return (k + 160) / RATE
    return None


@pytest.mark.parametrize("lead_s", [0.2, 0.5, 2.0])
def test_a_caller_who_talks_from_pick_up_starts_a_turn_within_half_a_second(lead_s: float) -> None:
    # a review (session 33, a notebook user): from 0.2 or 0.5 s in, no turn started at all
    # (their own words learned as background talk in the warm-up); from 2 s, 0.2 s after the
    # first word
    start = _first_turn_s(_talks_from(lead_s))
    assert start is not None, "the caller talked for 6 s and no turn started"
    assert start - lead_s <= 0.5, f"the turn started {start - lead_s:.1f} s after the first word"


@pytest.mark.parametrize("greeting_s", [0.8, 3.0])
def test_a_hello_under_the_start_of_the_greeting_then_answers_start_a_turn(
    greeting_s: float,
) -> None:
    # a review (session 35): "Hello?" at 0.2 s, the bot's greeting from 0.3 s, then the caller
    # answers for 6 s with ordinary pauses. After a 0.8 s greeting no turn started in the whole call
    hello_at, greet_at = 0.2, 0.3
    answer_at = greet_at + greeting_s + 0.3
    hello = synth_utterance(0.4, RATE, seed=3).astype(np.float64)
    x = _talks_from(answer_at).astype(np.float64)
    a = int(hello_at * RATE)
    x[a : a + len(hello)] += hello
    pcm = np.clip(x, -32768, 32767).astype(np.int16)
    vad = NoiseRobustVADAnalyzer(sample_rate=RATE)
    vad.set_sample_rate(RATE)
    starts = []
    for k in range(0, len(pcm) - 159, 160):
        t = k / RATE
        vad.set_bot_speaking(greet_at <= t < greet_at + greeting_s)
        if vad.process(pcm[k : k + 160].tobytes()) == VADState.SPEAKING:
            starts.append(t)
    assert [t for t in starts if answer_at <= t <= answer_at + 1.0], (
        "no turn in the answer's first second"
    )
