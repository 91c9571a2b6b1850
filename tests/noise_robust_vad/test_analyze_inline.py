"""``analyze_audio`` on the loop (``run_inline``, the default) or on the worker thread.

Either way it is :meth:`NoiseRobustVADAnalyzer.process` on the same chunks, so the states and
decisions must be identical; off the loop, only chunks that complete a model window hop to
the worker thread (at 8 kHz a 20 ms chunk is 160 samples, Silero's window 256).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from pipecat.audio.vad.vad_analyzer import VADState

from pipecat_rt_best.noise_robust_vad import NoiseRobustVADAnalyzer
from pipecat_rt_best.noise_robust_vad.state_machine import Decision
from tests.noise_robust_vad.test_analyzer import call_audio, chunks


def _vad(**kwargs: Any) -> tuple[NoiseRobustVADAnalyzer, list[Decision]]:
    vad = NoiseRobustVADAnalyzer(**kwargs)
    vad.set_sample_rate(8000)
    decisions: list[Decision] = []
    vad.add_decision_listener(decisions.append)
    return vad, decisions


class CountingExecutor:
    """Wraps the analyzer's worker thread pool: counts the hops to it."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.submits = 0

    def submit(self, *args: Any, **kwargs: Any) -> Any:
        self.submits += 1
        return self.inner.submit(*args, **kwargs)

    def shutdown(self, *args: Any, **kwargs: Any) -> None:
        self.inner.shutdown(*args, **kwargs)


@pytest.mark.parametrize("rate_chunk_ms", [20, 10, 40])
async def test_inline_thread_and_process_decide_identically(rate_chunk_ms: int) -> None:
    pcm = call_audio(8000, seconds=2.0)
    step = 8 * rate_chunk_ms
    parts = [pcm[i : i + step].tobytes() for i in range(0, len(pcm), step)]
    reference, ref_decisions = _vad()
    want = [reference.process(c) for c in parts]
    assert VADState.SPEAKING in want and want[-1] == VADState.QUIET
    for run_inline in (True, False):
        vad, decisions = _vad(run_inline=run_inline)
        got = [await vad.analyze_audio(c) for c in parts]
        assert got == want
        assert decisions == ref_decisions
        assert (vad.starts, vad.stops) == (reference.starts, reference.stops)
        assert vad.last_onset_audio == reference.last_onset_audio
        await vad.cleanup()


async def test_off_the_loop_only_chunks_that_complete_a_window_hop() -> None:
    parts = chunks(call_audio(8000), 8000)  # 160-sample chunks
    vad, _ = _vad(run_inline=False)
    counter = CountingExecutor(vad._worker())
    vad._nr_executor = counter  # type: ignore[assignment]
    for c in parts:
        await vad.analyze_audio(c)
    total = sum(len(c) for c in parts) // 2
    windows = total // 256
    assert counter.submits == windows  # each completing chunk completes exactly one window
    assert counter.submits < len(parts) * 0.7
    await vad.cleanup()


async def test_inline_never_hops() -> None:
    vad, _ = _vad()
    assert vad.run_inline
    counter = CountingExecutor(vad._worker())
    vad._nr_executor = counter  # type: ignore[assignment]
    states = [await vad.analyze_audio(c) for c in chunks(call_audio(8000), 8000)]
    assert VADState.SPEAKING in states
    assert counter.submits == 0
    await vad.cleanup()


@pytest.mark.parametrize("run_inline", [True, False])
async def test_bad_chunks_are_handled_the_same_either_way(run_inline: bool) -> None:
    vad, _ = _vad(run_inline=run_inline)
    with pytest.raises(TypeError, match="PCM16 bytes"):
        await vad.analyze_audio("not audio")  # type: ignore[arg-type]
    assert await vad.analyze_audio(b"\x00" * 1025) == VADState.QUIET  # odd: its byte waits
    assert vad.skipped_chunks == 0 and len(vad._pending) == 1025 - 2 * 512
    samples = np.zeros(600, dtype="<i2").tobytes()
    assert await vad.analyze_audio(samples) == VADState.QUIET  # two windows at once
    assert len(vad._pending) == (1025 + 1200) % 512
    await vad.cleanup()


async def test_off_the_loop_analyzer_serves_a_second_stream_after_cleanup() -> None:
    """Pipecat calls ``cleanup()`` when a pipeline ends; the same analyzer in the next call
    (a notebook re-running its cell) must decide as it did the first time, not fail on every
    chunk because its worker thread was shut down."""
    parts = chunks(call_audio(8000), 8000)
    reference, ref_decisions = _vad()
    want = [reference.process(c) for c in parts]
    assert VADState.SPEAKING in want
    vad = NoiseRobustVADAnalyzer(run_inline=False)
    decisions: list[Decision] = []
    vad.add_decision_listener(decisions.append)
    for _call in range(2):
        decisions.clear()
        vad.set_sample_rate(8000)  # what the pipeline's StartFrame does: a new stream
        got = [await vad.analyze_audio(c) for c in parts]
        await vad.cleanup()  # what the pipeline's end does
        assert got == want
        assert decisions == ref_decisions
    assert vad.starts == 2 * reference.starts
