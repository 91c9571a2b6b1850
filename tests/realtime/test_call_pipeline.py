"""The call pipeline builder: processor order and turn-taking defaults."""

from __future__ import annotations

from pipecat.processors.aggregators.llm_response_universal import (
    LLMAssistantAggregator,
    LLMUserAggregator,
    LLMUserAggregatorParams,
)
from pipecat.processors.filters.identity_filter import IdentityFilter

from pipecat_rt_best import (
    NoiseRobustVADAnalyzer,
    PlayoutTracker,
    realtime_call_processors,
    realtime_call_worker,
)
from pipecat_rt_best.simulate.transport import SimulatedCallTransport


def _transport() -> SimulatedCallTransport:
    return SimulatedCallTransport([], sample_rate=8000)


def test_order_puts_the_tracker_right_after_the_output_transport() -> None:
    transport, llm = _transport(), IdentityFilter()
    procs = realtime_call_processors(transport, llm)
    assert procs[0] is transport.input() and procs[3] is transport.output()
    assert isinstance(procs[1], LLMUserAggregator) and procs[2] is llm
    assert isinstance(procs[4], PlayoutTracker)
    assert isinstance(procs[5], LLMAssistantAggregator)


def test_default_turns_use_the_noise_robust_vad_and_can_be_left_to_the_model() -> None:
    procs = realtime_call_processors(_transport(), IdentityFilter())
    assert isinstance(procs[1]._params.vad_analyzer, NoiseRobustVADAnalyzer)
    procs = realtime_call_processors(
        _transport(), IdentityFilter(), user_params=LLMUserAggregatorParams()
    )
    assert procs[1]._params.vad_analyzer is None


async def test_worker_runs_at_the_line_rate() -> None:
    worker, procs = await realtime_call_worker(
        _transport(), IdentityFilter(), sample_rate=8000, greet=False
    )
    assert worker.params.audio_in_sample_rate == worker.params.audio_out_sample_rate == 8000
    assert len(procs) == 6
