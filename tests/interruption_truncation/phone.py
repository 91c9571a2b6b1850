"""A telephony-like output transport for pipeline tests: websocket pacing, a far end with a
jitter buffer that plays the audio, confirms it with ``mark`` echoes and drops what it
has not played on ``clear``.

The output transport writes exactly like pipecat's websocket transports (send, then
sleep until the next chunk is due: ``_write_audio_sleep``); the far end is modelled
analytically from the send times, so its playout does not depend on event-loop timing.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

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


@dataclass
class PlayedChunk:
    timeline_end: float
    ms: float
    start: float  # monotonic seconds
    played_ms: float
    cleared: bool = False


class FarEnd:
    """Receives chunks ``down_ms`` after they are sent, plays them after a ``buffer_ms``
    jitter buffer (re-filled whenever it ran dry), echoes a mark per chunk ``up_ms``
    after playing it, and on ``clear`` drops what it has not played yet."""

    def __init__(
        self,
        *,
        down_ms: float,
        up_ms: float,
        buffer_ms: float,
        confirm: Callable[[float], Awaitable[None]] | None,
    ) -> None:
        self.down = down_ms / 1000
        self.up = up_ms / 1000
        self.buffer = buffer_ms / 1000
        self.confirm = confirm
        self.chunks: list[PlayedChunk] = []
        self._play_end = -1e18
        self._tasks: set[asyncio.Future[None]] = set()

    def send(self, ms: float, timeline_end: float, sent_at: float) -> None:
        arrival = sent_at + self.down
        start = self._play_end if arrival <= self._play_end else arrival + self.buffer
        chunk = PlayedChunk(timeline_end, ms, start, ms)
        self._play_end = start + ms / 1000
        self.chunks.append(chunk)
        if self.confirm is not None:
            delay = self._play_end + self.up - time.monotonic()
            asyncio.get_running_loop().call_later(max(0.0, delay), self._confirm, chunk)

    def _confirm(self, chunk: PlayedChunk) -> None:
        if chunk.cleared or self.confirm is None:
            return  # discarded audio is not confirmed as played
        task = asyncio.ensure_future(self.confirm(chunk.timeline_end))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def clear(self, sent_at: float) -> None:
        t = sent_at + self.down
        for c in self.chunks:
            end = c.start + c.ms / 1000
            if c.cleared or end <= t:
                continue
            c.cleared = True
            c.played_ms = max(0.0, min(c.ms, (t - c.start) * 1000))
        self._play_end = min(self._play_end, t)

    def played_since(self, timeline_ms: float) -> float:
        """Milliseconds played of the audio written after ``timeline_ms``."""
        return sum(c.played_ms for c in self.chunks if c.timeline_end > timeline_ms + 1e-6)


class PhoneOutput(BaseOutputTransport):
    """Writes like pipecat's websocket transports and hands each chunk to a :class:`FarEnd`."""

    def __init__(self, params: TransportParams, far: FarEnd) -> None:
        super().__init__(params)
        self.far = far
        self.timeline_ms = 0.0
        self._next_send_time = 0.0

    async def start(self, frame: StartFrame) -> None:
        await super().start(frame)
        await self.set_transport_ready(frame)

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if isinstance(frame, InterruptionFrame):
            self._next_send_time = 0.0
            self.far.clear(time.monotonic())  # the serializer's "clear"

    async def write_audio_frame(self, frame: OutputAudioRawFrame) -> bool:
        ms = duration_ms(len(frame.audio), frame.sample_rate, num_channels=frame.num_channels)
        self.timeline_ms += ms
        self.far.send(ms, self.timeline_ms, time.monotonic())
        # pipecat's websocket pacing: send, then sleep until the next chunk is due
        now = time.monotonic()
        sleep = max(0.0, self._next_send_time - now)
        await asyncio.sleep(sleep)
        if sleep == 0:
            self._next_send_time = time.monotonic() + ms / 1000
        else:
            self._next_send_time += ms / 1000
        return True


def confirmations_via(
    queue: Callable[[Frame], Awaitable[None]],
) -> Callable[[float], Awaitable[None]]:
    """Mark echoes as a serializer would surface them: ``PlayoutConfirmedFrame`` from the input side."""

    async def confirm(played_ms: float) -> None:
        await queue(PlayoutConfirmedFrame(played_ms=played_ms))

    return confirm
