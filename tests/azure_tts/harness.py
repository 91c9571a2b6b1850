"""A running pipeline around an AzureSpeechTTSService: frames in, frames out with times."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from loguru import logger
from pipecat.frames.frames import (
    EndFrame,
    ErrorFrame,
    Frame,
    InterruptionFrame,
    LLMFullResponseEndFrame,
    LLMFullResponseStartFrame,
    LLMTextFrame,
    TTSAudioRawFrame,
)
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineParams, PipelineWorker
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.workers.runner import WorkerRunner

from pipecat_rt_best.azure_tts import AzureSpeechTTSService


class Recorder(FrameProcessor):
    """Records every frame passing in ``direction`` (with ``time.monotonic()``)."""

    def __init__(self, direction: FrameDirection) -> None:
        super().__init__()
        self.direction = direction
        self.frames: list[tuple[float, Frame]] = []

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if direction == self.direction:
            self.frames.append((time.monotonic(), frame))
        await self.push_frame(frame, direction)

    def of(self, kind: type) -> list[Any]:
        return [f for _, f in self.frames if isinstance(f, kind)]

    def audio(self) -> list[TTSAudioRawFrame]:
        return self.of(TTSAudioRawFrame)


def reply_frames(*deltas: str) -> list[Frame]:
    return [
        LLMFullResponseStartFrame(),
        *(LLMTextFrame(d) for d in deltas),
        LLMFullResponseEndFrame(),
    ]


async def wait_until(predicate: Callable[[], Any], what: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.005)


async def barge_in_then_reconnect(
    worker: PipelineWorker, emu: Any, up: Recorder, down: Recorder
) -> None:
    """With ``emu`` (an :class:`AzureSpeechEmulator`) speaking in real time: a second sentence,
    a barge-in into it (the service closes its connection), then a third sentence, which
    connects again; returns once it completed or an ``ErrorFrame`` went upstream."""
    emu.faults.realtime_factor = 1.0
    await worker.queue_frames(reply_frames("The first EMI is due in May, on the fifth."))
    await wait_until(lambda: len(emu.requests) == 2 and down.audio(), "2")
    await asyncio.sleep(0.3)
    await worker.queue_frame(InterruptionFrame())
    await wait_until(lambda: emu.requests[1].status != "pending", "its end")
    emu.faults.realtime_factor = None
    await asyncio.sleep(0.3)
    await worker.queue_frames(reply_frames("Anything else?"))
    await wait_until(
        lambda: (
            up.of(ErrorFrame) or (len(emu.requests) == 3 and emu.requests[2].status == "completed")
        ),
        "3",
        15,
    )


@asynccontextmanager
async def running(
    tts: AzureSpeechTTSService,
    *,
    sample_rate: int = 8000,
    before_tts: list[FrameProcessor] | None = None,
    after_tts: list[FrameProcessor] | None = None,
) -> AsyncIterator[tuple[PipelineWorker, Recorder, Recorder]]:
    """(worker, upstream recorder at the head, downstream recorder at the tail); the
    ``before_tts`` and ``after_tts`` processors stand between those and ``tts``."""
    up = Recorder(FrameDirection.UPSTREAM)
    down = Recorder(FrameDirection.DOWNSTREAM)
    worker = PipelineWorker(
        Pipeline([up, *(before_tts or []), tts, *(after_tts or []), down]),
        params=PipelineParams(audio_out_sample_rate=sample_rate),
        enable_rtvi=False,
        idle_timeout_secs=None,
    )
    runner = WorkerRunner(handle_sigint=False)
    await runner.add_workers(worker)
    run = asyncio.create_task(runner.run())
    try:
        yield worker, up, down
    finally:
        await worker.queue_frame(EndFrame())
        try:
            await asyncio.wait_for(run, 15)
        except TimeoutError:
            logger.warning("pipeline did not end; cancelling")
            await worker.cancel()
