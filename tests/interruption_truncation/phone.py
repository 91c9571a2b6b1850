"""A telephony-like output transport for pipeline tests: websocket pacing in front of the
shared far-end model (:class:`~pipecat_rt_best.testing.phone_line.FarEnd`: a jitter
buffer that plays the audio, confirms it with ``mark`` echoes and drops what it has not
played on ``clear``).

The output transport writes exactly like pipecat's websocket transports (send, then
sleep until the next chunk is due: ``_write_audio_sleep``); the far end's playout is
computed from the send times (the model's clock is ``time.monotonic()`` in ms), so it
does not depend on event-loop timing. Only the mark echoes are delivered in real time.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

from pipecat.frames.frames import (
    Frame,
    InterruptionFrame,
    OutputAudioRawFrame,
    StartFrame,
)
from pipecat.processors.frame_processor import FrameDirection
from pipecat.transports.base_output import BaseOutputTransport
from pipecat.transports.base_transport import TransportParams

from pipecat_rt_best.base import PlayoutConfirmedFrame
from pipecat_rt_best.base.audio_format import duration_ms
from pipecat_rt_best.testing.phone_line import FarEnd, PlayedChunk

Confirm = Callable[[float], Awaitable[None]]


def now_ms() -> float:
    """The far end's clock."""
    return time.monotonic() * 1000


class PhoneOutput(BaseOutputTransport):
    """Writes like pipecat's websocket transports and hands each chunk to a :class:`FarEnd`;
    with ``confirm`` set (and the far end's ``marks`` on), each mark echo that confirms
    playout is passed to it, with the timeline position it confirms."""

    def __init__(self, params: TransportParams, far: FarEnd, confirm: Confirm | None) -> None:
        super().__init__(params)
        self.far = far
        self.confirm = confirm
        self.timeline_ms = 0.0
        self._next_send_time = 0.0
        self._tasks: set[asyncio.Future[None]] = set()

    async def start(self, frame: StartFrame) -> None:
        await super().start(frame)
        await self.set_transport_ready(frame)

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if isinstance(frame, InterruptionFrame):
            self._next_send_time = 0.0
            self.far.clear(now_ms())  # the serializer's "clear"

    async def write_audio_frame(self, frame: OutputAudioRawFrame) -> bool:
        ms = duration_ms(len(frame.audio), frame.sample_rate, num_channels=frame.num_channels)
        self.timeline_ms += ms
        chunk = self.far.send(ms, now_ms(), timeline_end=self.timeline_ms)
        echo_at = self.far.echo_at(chunk)
        if echo_at is not None and self.confirm is not None:
            delay = (echo_at - now_ms()) / 1000
            asyncio.get_running_loop().call_later(max(0.0, delay), self._echo, chunk)
        # pipecat's websocket pacing: send, then sleep until the next chunk is due
        now = time.monotonic()
        sleep = max(0.0, self._next_send_time - now)
        await asyncio.sleep(sleep)
        if sleep == 0:
            self._next_send_time = time.monotonic() + ms / 1000
        else:
            self._next_send_time += ms / 1000
        return True

    def _echo(self, chunk: PlayedChunk) -> None:
        if self.confirm is None or not self.far.confirms(chunk):
            return  # discarded audio is not confirmed as played
        task = asyncio.ensure_future(self.confirm(chunk.timeline_end))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


def confirmations_via(queue: Callable[[Frame], Awaitable[None]]) -> Confirm:
    """Mark echoes as a serializer would surface them: ``PlayoutConfirmedFrame`` from the input side."""

    async def confirm(played_ms: float) -> None:
        await queue(PlayoutConfirmedFrame(played_ms=played_ms))

    return confirm
