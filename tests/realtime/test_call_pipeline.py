"""The call pipeline builder: processor order and turn-taking defaults."""

from __future__ import annotations

from pipecat.processors.aggregators.llm_response_universal import (
    LLMAssistantAggregator,
    LLMUserAggregator,
    LLMUserAggregatorParams,
)
from pipecat.processors.filters.identity_filter import IdentityFilter

from pipecat_rt_best import (
    BargeInDuckingMixer,
    BargeInGuard,
    NoiseRobustVADAnalyzer,
    PlayoutTracker,
    realtime_call_processors,
    realtime_call_worker,
)
from pipecat_rt_best.testing.simulated_call.transport import SimulatedCallTransport


def _transport() -> SimulatedCallTransport:
    return SimulatedCallTransport([], sample_rate=8000)


def test_order_puts_the_tracker_right_after_the_output_transport() -> None:
    transport, llm = _transport(), IdentityFilter()
    procs = realtime_call_processors(transport, llm)
    assert procs[0] is transport.input() and procs[4] is transport.output()
    assert isinstance(procs[1], LLMUserAggregator) and procs[2] is llm
    assert isinstance(procs[3], BargeInGuard) and procs[3].analyzer is procs[1]._params.vad_analyzer
    assert isinstance(procs[5], PlayoutTracker)
    assert isinstance(procs[6], LLMAssistantAggregator)


def _mixer(transport: SimulatedCallTransport) -> object:
    """The mixer the output transport will read when it starts."""
    return transport.output()._params.audio_out_mixer


def test_the_guard_ducks_through_the_output_transports_mixer_unless_one_is_set() -> None:
    transport = _transport()
    procs = realtime_call_processors(transport, IdentityFilter())
    assert _mixer(transport) is procs[3].mixer
    mine = BargeInDuckingMixer(NoiseRobustVADAnalyzer())
    transport = _transport()
    transport.params.audio_out_mixer = mine
    realtime_call_processors(transport, IdentityFilter())
    assert _mixer(transport) is mine
    transport = _transport()
    procs = realtime_call_processors(transport, IdentityFilter(), barge_in_guard=False)
    assert not any(isinstance(p, BargeInGuard) for p in procs)
    assert _mixer(transport) is None


def test_calls_sharing_one_transport_params_each_duck_through_their_own_guard() -> None:
    # a bot that builds every call's transport from one module-level TransportParams (as
    # pipecat's examples build theirs from one dict): call 2 used call 1's mixer, bound to
    # call 1's analyzer, so call 2's barge-ins never ducked and call 1's ducked call 2's bot
    shared = SimulatedCallTransport([], sample_rate=8000).params
    guards = []
    for _ in range(2):
        transport = SimulatedCallTransport([], sample_rate=8000, params=shared)
        guards.append(realtime_call_processors(transport, IdentityFilter())[3])
        assert _mixer(transport) is guards[-1].mixer
    assert guards[0].mixer is not guards[1].mixer
    assert shared.audio_out_mixer is None  # the user's params are left as they were


def test_default_turns_use_the_noise_robust_vad_and_can_be_left_to_the_model() -> None:
    procs = realtime_call_processors(_transport(), IdentityFilter())
    assert isinstance(procs[1]._params.vad_analyzer, NoiseRobustVADAnalyzer)
    procs = realtime_call_processors(
        _transport(), IdentityFilter(), user_params=LLMUserAggregatorParams()
    )
    assert procs[1]._params.vad_analyzer is None
    assert not any(isinstance(p, BargeInGuard) for p in procs)  # no pack VAD, no guard


async def test_worker_runs_at_the_line_rate() -> None:
    worker, procs = await realtime_call_worker(
        _transport(), IdentityFilter(), sample_rate=8000, greet=False
    )
    assert worker.params.audio_in_sample_rate == worker.params.audio_out_sample_rate == 8000
    assert len(procs) == 7
