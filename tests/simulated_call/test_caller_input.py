"""The simulated caller's line: what it says is timed where its audio sits on the line."""

from __future__ import annotations

import asyncio
import time

import numpy as np
from pipecat.frames.frames import InputAudioRawFrame
from pipecat.transports.base_transport import TransportParams

from pipecat_rt_best.testing.simulated_call.transport import CallerInput, CallerTurn


async def test_a_turn_said_after_a_stall_is_timed_where_its_audio_is_on_the_line() -> None:
    # a loaded run (2 busy loops beside 6 test workers): the report's caller lane had the
    # caller's voice 0.1 s and more before the span it said the caller spoke in. The feed
    # had stalled; it catches up by sending chunks back to back, so the lane (the line's own
    # clock, 20 ms a chunk) and a span timed by the wall clock at the catch-up parted.
    spoken: list[tuple[float, float]] = []
    finished = asyncio.Event()
    turn = CallerTurn(np.full(1600, 3000, dtype=np.int16), delay_s=0.0)
    caller = CallerInput(
        [turn],
        8000,
        TransportParams(audio_in_enabled=True),
        spoken=spoken,
        finished=finished,
    )
    sent = 0

    async def push(_frame: InputAudioRawFrame) -> None:
        nonlocal sent
        sent += 1
        if sent == 5:
            caller._speak_at = time.monotonic()  # the cue: say it now
            time.sleep(0.3)  # the machine stalls the loop

    caller.push_audio_frame = push  # type: ignore[method-assign]
    feed = asyncio.create_task(caller._feed())
    try:
        await asyncio.wait_for(finished.wait(), 5)
    finally:
        feed.cancel()
    assert caller.started_at is not None
    [(begins, ends)] = spoken
    first = next(i for i, chunk in enumerate(caller.caller_lane) if chunk.any())
    on_the_line = caller.started_at + first * 0.02
    assert abs(begins - on_the_line) < 1e-6, begins - on_the_line
    assert abs(ends - begins - 0.2) < 1e-6
