"""A sample phone-bot pipeline for the telephony server, and a way to serve it in-process.

    transport.input() → user aggregator (VAD, manual turns) → KeypadProcessor
        → realtime service (G.711)
        → transport.output() → PlayoutTracker → assistant aggregator

The realtime session speaks the call's law (``audio/pcmu`` or ``audio/pcma``), so the
caller's bytes reach the model untouched and the model's bytes reach the caller
untouched; the VAD reads the decoded 8 kHz copy.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any

from pipecat.audio.vad.vad_analyzer import VADAnalyzer
from pipecat.observers.base_observer import BaseObserver
from pipecat.pipeline.worker import PipelineWorker
from pipecat.processors.aggregators.llm_response_universal import (
    LLMUserAggregatorParams,
)
from pipecat.processors.frame_processor import FrameProcessor

from pipecat_rt_best.call_pipeline.header_timeout import (
    DEFAULT_HEADER_TIMEOUT_S,
    header_timeout_protocol,
)
from pipecat_rt_best.call_pipeline.keypad import DEFAULT_KEYPAD, KeypadParams
from pipecat_rt_best.call_pipeline.pipeline import realtime_call_worker
from pipecat_rt_best.call_pipeline.vad_reuse import note_vad_serves_a_call, refuse_a_served_vad
from pipecat_rt_best.g711_passthrough.dialects import LINE_SAMPLE_RATE
from pipecat_rt_best.g711_passthrough.server import CallInfo, PipelineFactory
from pipecat_rt_best.g711_passthrough.transport import G711PassthroughTransport
from pipecat_rt_best.noise_robust_vad.analyzer import NoiseRobustVADAnalyzer
from pipecat_rt_best.noise_robust_vad.turns import manual_turn_user_params

__all__ = ["default_vad", "g711_pipeline_factory", "serve_in_background"]

LLMFactory = Callable[[CallInfo], FrameProcessor]


def default_vad() -> VADAnalyzer:
    """The pack's noise-robust analyzer; it reads the 8 kHz line audio as it is."""
    return NoiseRobustVADAnalyzer()


def g711_pipeline_factory(
    make_llm: LLMFactory,
    *,
    make_vad: Callable[[], VADAnalyzer] | None = default_vad,
    greet: bool = True,
    observers: Callable[[], Sequence[BaseObserver]] | None = None,
    on_worker: Callable[[PipelineWorker, CallInfo, Sequence[FrameProcessor]], Any] | None = None,
    keypad: KeypadParams | None = DEFAULT_KEYPAD,
) -> PipelineFactory:
    """A :data:`PipelineFactory` building the sample pipeline around ``make_llm(call)``.

    ``make_llm`` must return a realtime service whose session uses
    ``call.session_audio_format``; ``make_vad=None`` leaves turn-taking to the model.
    ``make_vad`` makes a new analyzer per call: one another live call has (or a pipecat
    analyzer an earlier call had) fails that call with a ``ValueError``, as ``phone_call``
    refuses it.
    ``on_worker`` sees each worker and its processors (tests hook in there).
    ``keypad``: the caller's keypad entries go to the model, which answers them
    (:class:`~.keypad.KeypadParams`: an entry ends at ``#`` or 2 s after its last key; a key
    stops the bot speaking; ``mask``/``on_entry`` for a PIN); None: keys reach no one.
    """

    async def factory(transport: G711PassthroughTransport, call: CallInfo) -> PipelineWorker:
        vad = make_vad() if make_vad is not None else None
        # a make_vad handing out one analyzer would have concurrent calls share it
        refuse_a_served_vad(vad)
        llm = make_llm(call)
        user_params = manual_turn_user_params(vad) if vad is not None else LLMUserAggregatorParams()
        worker, processors = await realtime_call_worker(
            transport,
            llm,
            sample_rate=LINE_SAMPLE_RATE,
            user_params=user_params,
            duck=False,  # model bytes stay untouched (see realtime_call_processors)
            observers=observers() if observers else (),
            greet=greet,
            keypad=keypad,
        )
        note_vad_serves_a_call(vad, worker)
        if on_worker is not None:
            on_worker(worker, call, processors)
        return worker

    # the telephony server reads it: a bot that waits for the caller owes no greeting
    factory.greets = greet  # type: ignore[attr-defined]
    return factory


@contextlib.asynccontextmanager
async def serve_in_background(
    app: Any,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    ws_max_size: int = 1 << 20,
    header_timeout_s: float = DEFAULT_HEADER_TIMEOUT_S,
) -> AsyncIterator[str]:
    """Run ``app`` with uvicorn inside this event loop; yields ``http://host:port``. A
    connection whose request headers take longer than ``header_timeout_s`` is closed
    (:mod:`.header_timeout`)."""
    import uvicorn

    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        ws_max_size=ws_max_size,
        lifespan="off",
        http=header_timeout_protocol(header_timeout_s),
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    try:
        while not server.started:
            if task.done():
                task.result()  # raises the startup error
                raise RuntimeError("uvicorn exited before starting")
            await asyncio.sleep(0.01)
        sock = server.servers[0].sockets[0]
        bound_host, bound_port = sock.getsockname()[:2]
        yield f"http://{bound_host}:{bound_port}"
    finally:
        server.should_exit = True
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, timeout=5)
