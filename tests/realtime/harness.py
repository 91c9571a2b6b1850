"""A real pipecat pipeline around the pack's realtime service, against the emulator."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

from pipecat.frames.frames import EndFrame, Frame, StartFrame
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineParams, PipelineWorker
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.aggregators.llm_response_universal import (
    LLMContextAggregatorPair,
    LLMUserAggregatorParams,
)
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.workers.runner import WorkerRunner

from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session


class Collector(FrameProcessor):
    """Records every frame passing in either direction, then passes it on."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.frames: list[tuple[FrameDirection, Frame]] = []

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if not isinstance(frame, StartFrame):
            self.frames.append((direction, frame))
        await self.push_frame(frame, direction)

    def of(
        self, cls: type | tuple[type, ...], direction: FrameDirection | None = None
    ) -> list[Any]:
        return [
            f
            for d, f in self.frames
            if isinstance(f, cls) and (direction is None or d == direction)
        ]


class RealtimePipeline:
    """source → user aggregator → service → sink → assistant aggregator, run by a WorkerRunner."""

    def __init__(
        self,
        llm: RealtimeLLMService,
        context: LLMContext | None = None,
        *,
        metrics: bool = False,
        user_params: LLMUserAggregatorParams | None = None,
    ) -> None:
        self.llm = llm
        self.context = context or LLMContext()
        self.source = Collector(name="source")
        self.sink = Collector(name="sink")
        self.aggregators = LLMContextAggregatorPair(self.context, user_params=user_params)
        self.worker = PipelineWorker(
            Pipeline(
                [self.source, self.aggregators.user(), llm, self.sink, self.aggregators.assistant()]
            ),
            params=PipelineParams(
                audio_in_sample_rate=8000, audio_out_sample_rate=8000, enable_metrics=metrics
            ),
            enable_rtvi=False,
            idle_timeout_secs=None,
        )
        self._runner_task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> RealtimePipeline:
        runner = WorkerRunner(handle_sigint=False)
        await runner.add_workers(self.worker)
        self._runner_task = asyncio.create_task(runner.run())
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.worker.queue_frame(EndFrame())
        assert self._runner_task is not None
        try:
            await asyncio.wait_for(self._runner_task, timeout=10)
        except TimeoutError:
            await self.worker.cancel()

    async def send(self, *frames: Frame) -> None:
        await self.worker.queue_frames(list(frames))


async def wait_until(
    predicate: Callable[[], bool], timeout: float = 5.0, what: str = "condition"
) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        await asyncio.sleep(0.01)


def newer_session_events(event: dict[str, Any]) -> dict[str, Any]:
    """An emulator ``Faults.rewrite_event``: session.created / session.updated as a newer API
    might send them, with an output modality pipecat's models do not know."""
    if event["type"] in ("session.created", "session.updated"):
        return {**event, "session": {**event["session"], "output_modalities": ["hologram"]}}
    return event


def tool_schema(name: str) -> dict[str, Any]:
    """A function tool ``name`` taking no parameters."""
    return {
        "type": "function",
        "name": name,
        "description": name,
        "parameters": {"type": "object", "properties": {}},
    }


def text_service_with_tools(
    url: str, *names: str, api_key: str, **kwargs: Any
) -> RealtimeLLMService:
    """The pack's service on ``url`` (the emulator), text modality over a G.711 line, with
    the tools ``names`` (:func:`tool_schema`)."""
    return RealtimeLLMService(
        api_key=api_key,
        base_url=url,
        settings=RealtimeLLMService.Settings(
            session_properties=realtime_session(
                tools=[tool_schema(n) for n in names], output_modality="text", audio_format="pcmu"
            )
        ),
        **kwargs,
    )


@contextlib.asynccontextmanager
async def running_worker(
    processors: list[FrameProcessor], *, end_timeout_s: float = 10.0, cancel_late: bool = False
) -> AsyncIterator[PipelineWorker]:
    """``processors`` as one pipeline (8 kHz in and out), running in a ``WorkerRunner``; ended
    after (an ``EndFrame``, then up to ``end_timeout_s`` for the run to finish: a
    ``TimeoutError``, or with ``cancel_late`` the worker cancelled)."""
    worker = PipelineWorker(
        Pipeline(processors),
        params=PipelineParams(audio_in_sample_rate=8000, audio_out_sample_rate=8000),
        enable_rtvi=False,
        idle_timeout_secs=None,
    )
    runner = WorkerRunner(handle_sigint=False)
    await runner.add_workers(worker)
    run = asyncio.create_task(runner.run())
    try:
        yield worker
    finally:
        await worker.queue_frame(EndFrame())
        try:
            await asyncio.wait_for(run, end_timeout_s)
        except TimeoutError:
            if not cancel_late:
                raise
            await worker.cancel()
