"""The analyzer tells listeners about every decision that changes something."""

from __future__ import annotations

import numpy as np

from pipecat_rt_best.noise_robust_vad.analyzer import NoiseRobustVADAnalyzer
from pipecat_rt_best.noise_robust_vad.state_machine import Decision, Event
from pipecat_rt_best.testing.simulated_call.caller_audio import synth_utterance


def test_listeners_see_each_start_stop_and_reject_in_order() -> None:
    analyzer = NoiseRobustVADAnalyzer(sample_rate=8000)
    seen: list[Decision] = []
    analyzer.add_decision_listener(seen.append)
    # a quiet line (digital silence never lets the ambient settle, and the turns were all
    # rejected: the START/STOP half of this test then checked nothing)
    rng = np.random.default_rng(0)
    parts = [rng.normal(0, 10, 2 * 8000)]
    for seed in (1, 2, 3):
        parts += [synth_utterance(1.6, 8000, seed=seed).astype(float), rng.normal(0, 10, 2 * 8000)]
    pcm = np.clip(np.concatenate(parts), -32768, 32767).astype(np.int16).tobytes()
    for i in range(0, len(pcm), 320):
        analyzer.process(pcm[i : i + 320])
    events = [d.event for d in seen]
    assert analyzer.starts == 3, events  # each caller turn
    assert Event.NONE not in events
    assert events.count(Event.START) == analyzer.starts
    assert events.count(Event.STOP) == analyzer.stops
    assert events.count(Event.REJECT) == analyzer.rejects
    starts_and_stops = [e for e in events if e is not Event.REJECT]
    assert starts_and_stops == [Event.START, Event.STOP] * analyzer.starts


def _speech_pcm() -> bytes:
    silence = np.zeros(8000, np.int16)
    speech = np.asarray(synth_utterance(1.6, 8000, seed=1), dtype=np.int16)
    return np.concatenate([silence, speech, silence]).tobytes()


def _feed(analyzer: NoiseRobustVADAnalyzer, pcm: bytes) -> None:
    for i in range(0, len(pcm), 320):
        analyzer.process(pcm[i : i + 320])


def test_a_removed_listener_hears_nothing_more() -> None:
    analyzer = NoiseRobustVADAnalyzer(sample_rate=8000)
    kept: list[Decision] = []
    removed: list[Decision] = []
    analyzer.add_decision_listener(kept.append)
    analyzer.add_decision_listener(removed.append)
    _feed(analyzer, _speech_pcm())
    assert removed and removed == kept
    heard = len(removed)
    analyzer.remove_decision_listener(removed.append)
    analyzer.remove_decision_listener(removed.append)  # not added (any more): nothing happens
    analyzer.reset()
    _feed(analyzer, _speech_pcm())
    assert len(removed) == heard
    assert len(kept) == 2 * heard


def test_a_listener_reads_where_each_decision_sits_on_the_stream_s_clock() -> None:
    # a timeline places a decision by its audio, not by when a loaded machine got to it
    analyzer = NoiseRobustVADAnalyzer(sample_rate=8000)
    rng = np.random.default_rng(0)
    speech = synth_utterance(1.6, 8000, seed=1).astype(float)
    pcm = np.concatenate([rng.normal(0, 10, 2 * 8000), speech, rng.normal(0, 10, 2 * 8000)])
    line = np.clip(pcm, -32768, 32767).astype(np.int16).tobytes()
    at: list[tuple[Event, float]] = []
    analyzer.add_decision_listener(lambda d: at.append((d.event, analyzer.audio_analyzed_s)))
    _feed(analyzer, line)
    [(start, start_s), (stop, stop_s)] = [(e, s) for e, s in at if e is not Event.REJECT]
    assert (start, stop) == (Event.START, Event.STOP)
    assert 2.0 < start_s < 2.6 and 3.6 < stop_s < 3.6 + 2.0  # within its words; its wait after
    # all of it, whole 32 ms windows (the 5.6 s line less the part of a window left over)
    assert 5.6 - 0.032 < analyzer.audio_analyzed_s <= 5.6
    analyzer.reset()
    assert analyzer.audio_analyzed_s == 0.0
