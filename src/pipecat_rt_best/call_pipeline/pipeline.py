"""The call pipeline every realtime phone bot in this pack uses, built in one place.

``transport.input() → user aggregator (VAD, manual turns) → [KeypadProcessor] → realtime
service → [BargeInGuard] → transport.output() → PlayoutTracker → assistant aggregator``. The tracker
sits right after the output transport so the service learns what was actually handed to
(and, on confirming lines, played by) the far end — the basis of interruption-aware
truncation. With the pack's noise-robust VAD, a :class:`BargeInGuard` tells it when the bot
speaks (a barge-in then needs stronger evidence) and its ducking mixer becomes the output
transport's ``audio_out_mixer`` unless the transport already has a mixer. With ``keypad``, a
:class:`~.keypad_processor.KeypadProcessor` tells the model each entry the caller types on
the keypad and asks it to answer.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Sequence
from typing import Any

from pipecat.frames.frames import LLMRunFrame
from pipecat.observers.base_observer import BaseObserver
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineParams, PipelineWorker
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.aggregators.llm_response_universal import (
    LLMContextAggregatorPair,
    LLMUserAggregatorParams,
)
from pipecat.processors.frame_processor import FrameProcessor
from pipecat.transports.base_transport import BaseTransport
from pipecat.workers.runner import WorkerRunner

from pipecat_rt_best.call_pipeline.keypad import KeypadParams
from pipecat_rt_best.call_pipeline.keypad_processor import KeypadProcessor
from pipecat_rt_best.interruption_truncation.processors import PlayoutTracker
from pipecat_rt_best.noise_robust_vad.analyzer import NoiseRobustVADAnalyzer
from pipecat_rt_best.noise_robust_vad.processors import BargeInGuard
from pipecat_rt_best.noise_robust_vad.turns import manual_turn_user_params

__all__ = ["call_worker", "realtime_call_processors", "realtime_call_worker"]


def realtime_call_processors(
    transport: BaseTransport,
    llm: FrameProcessor,
    *,
    user_params: LLMUserAggregatorParams | None = None,
    context: LLMContext | None = None,
    barge_in_guard: bool = True,
    duck: bool = True,
    keypad: KeypadParams | None = None,
) -> list[FrameProcessor]:
    """The processors of a realtime call, in order.

    ``user_params`` defaults to manual turns decided by the pack's noise-robust VAD
    (:func:`~pipecat_rt_best.noise_robust_vad.turns.manual_turn_user_params`); pass
    ``LLMUserAggregatorParams()`` to leave turn-taking to the model's server VAD.
    ``barge_in_guard``: add the bot-aware barge-in guard for the pack's VAD; ``duck``: also
    make its ducking mixer the output transport's mixer. With a mixer, pipecat's output
    transport writes audio continuously (silence between replies) and ducked audio is new
    audio, so G.711 passthrough lines keep ``duck=False`` to stay byte-exact.
    ``keypad``: a :class:`~.keypad_processor.KeypadProcessor` with these
    :class:`~.keypad.KeypadParams` between the user aggregator and ``llm`` (the caller's
    keypad entries told to the model); None: the keys reach no one.
    """
    params = user_params if user_params is not None else manual_turn_user_params()
    aggregators = LLMContextAggregatorPair(context or LLMContext(), user_params=params)
    output = transport.output()
    guard: list[FrameProcessor] = []
    if barge_in_guard and isinstance(params.vad_analyzer, NoiseRobustVADAnalyzer):
        bot_aware = BargeInGuard(params.vad_analyzer)
        guard.append(bot_aware)
        # pipecat's output transport reads its mixer from its params when it starts. It gets
        # a copy holding this call's mixer: the params may be shared by every call's
        # transport (one module-level TransportParams), and set on them, call 1's mixer
        # (bound to call 1's analyzer) would be every later call's
        transport_params = getattr(output, "_params", None)
        if duck and transport_params is not None and transport_params.audio_out_mixer is None:
            output._params = transport_params.model_copy(  # type: ignore[attr-defined]
                update={"audio_out_mixer": bot_aware.mixer}
            )
    keys: list[FrameProcessor] = (
        [KeypadProcessor(keypad, user_idle_timeout=params.user_idle_timeout)]
        if keypad is not None
        else []
    )
    return [
        transport.input(),
        aggregators.user(),
        *keys,  # after the user aggregator, which would absorb its messages into the context
        llm,
        *guard,
        output,
        PlayoutTracker(),  # tells the service what the caller heard, for truncation
        aggregators.assistant(),
    ]


def call_worker(
    processors: list[FrameProcessor],
    *,
    sample_rate: int,
    observers: Sequence[BaseObserver] = (),
) -> PipelineWorker:
    """A :class:`PipelineWorker` running a call's ``processors``: audio in and out at
    ``sample_rate``, metrics on (usage too: each response's tokens from ``response.done``
    and a TTS's characters, as pipecat's usage ``MetricsFrame``s), no RTVI, no idle timeout
    (the call ends the worker)."""
    return PipelineWorker(
        Pipeline(processors),
        params=PipelineParams(
            audio_in_sample_rate=sample_rate,
            audio_out_sample_rate=sample_rate,
            enable_metrics=True,
            enable_usage_metrics=True,  # off, pipecat drops response.done's usage
        ),
        enable_rtvi=False,
        idle_timeout_secs=None,
        observers=list(observers),
    )


async def realtime_call_worker(
    transport: BaseTransport,
    llm: FrameProcessor,
    *,
    sample_rate: int,
    user_params: LLMUserAggregatorParams | None = None,
    observers: Sequence[BaseObserver] = (),
    greet: bool = True,
    barge_in_guard: bool = True,
    duck: bool = True,
    keypad: KeypadParams | None = None,
) -> tuple[PipelineWorker, list[FrameProcessor]]:
    """A :class:`PipelineWorker` for one call, audio in and out at ``sample_rate``.

    ``sample_rate`` is the line's rate (8000 for telephony: the VAD reads it as it is, and
    G.711 passes through untouched). ``greet``: the bot speaks first. The other options are
    :func:`realtime_call_processors`'s. Returns the worker
    and its processors (for tests and observers that want to reach one of them).
    """
    processors = realtime_call_processors(
        transport,
        llm,
        user_params=user_params,
        barge_in_guard=barge_in_guard,
        duck=duck,
        keypad=keypad,
    )
    worker = call_worker(processors, sample_rate=sample_rate, observers=observers)
    if greet:
        await worker.queue_frames([LLMRunFrame()])
    return worker, processors


@contextlib.asynccontextmanager
async def worker_running(worker: PipelineWorker) -> AsyncIterator[asyncio.Task[Any]]:
    """Run ``worker`` under pipecat's ``WorkerRunner`` in the background while the block
    drives it (queues frames, waits for replies); yields the runner's task. However the block
    ends — an error, Ctrl-C — a worker still running is cancelled and awaited, so the process
    can exit (a runner left waiting kept ``asyncio.run`` from returning)."""
    runner = WorkerRunner(handle_sigint=False)
    await runner.add_workers(worker)
    run = asyncio.create_task(runner.run())
    try:
        yield run
    finally:
        if not run.done():
            await worker.cancel()
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(run, 5)
