"""A simulated phone line for offline calls: a caller track in, a handset out.

``SimulatedCallTransport`` is a real pipecat transport (``BaseInputTransport`` /
``BaseOutputTransport`` subclasses), so the pipeline around it is exactly what runs on a
real call: the input pushes the caller's audio in 20 ms frames at real-time pace, the
output plays the bot's audio at real-time pace (pipecat's output transport emits
``BotStartedSpeakingFrame`` / ``BotStoppedSpeakingFrame``) and records what was played.

With ``g711_law`` set, the caller's audio arrives as :class:`G711InputAudioFrame`, as it
would from a telephony serializer: decoded PCM16 for the pipeline, the line's G.711 bytes
for the model.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
from pipecat.frames.frames import EndFrame, InputAudioRawFrame, OutputAudioRawFrame, StartFrame
from pipecat.processors.frame_processor import FrameProcessor
from pipecat.transports.base_input import BaseInputTransport
from pipecat.transports.base_output import BaseOutputTransport
from pipecat.transports.base_transport import BaseTransport, TransportParams

from pipecat_rt_best.g711_passthrough import codecs
from pipecat_rt_best.realtime.frames import G711InputAudioFrame, G711Law

FRAME_MS = 20


@dataclass
class PlayedAudio:
    """What the simulated handset played: PCM16 bytes and when each chunk started."""

    sample_rate: int
    chunks: list[tuple[float, bytes]] = field(default_factory=list)

    @property
    def pcm(self) -> bytes:
        return b"".join(chunk for _, chunk in self.chunks)

    @property
    def seconds(self) -> float:
        return len(self.pcm) / 2 / self.sample_rate if self.sample_rate else 0.0


class CallerInput(BaseInputTransport):
    """Pushes the caller's track in real time, then keeps the line open (silence)."""

    def __init__(
        self,
        samples: npt.NDArray[np.int16],
        sample_rate: int,
        params: TransportParams,
        *,
        g711_law: G711Law | None = None,
        started_at: list[float],
        finished: asyncio.Event,
    ) -> None:
        super().__init__(params)
        self._samples = samples
        self._rate = sample_rate
        self._law = g711_law
        self._started_at = started_at
        self._finished = finished
        self._feed_task: asyncio.Task[None] | None = None

    async def start(self, frame: StartFrame) -> None:
        await super().start(frame)
        await self.set_transport_ready(frame)
        if self._feed_task is None:
            self._feed_task = self.create_task(self._feed())

    async def stop(self, frame: EndFrame) -> None:
        await self._stop_feed()
        await super().stop(frame)

    async def cancel(self, frame) -> None:  # type: ignore[no-untyped-def]
        await self._stop_feed()
        await super().cancel(frame)

    async def _stop_feed(self) -> None:
        if self._feed_task is not None:
            await self.cancel_task(self._feed_task)
            self._feed_task = None

    def _frame(self, chunk: npt.NDArray[np.int16]) -> InputAudioRawFrame:
        if self._law is None:
            return InputAudioRawFrame(audio=chunk.tobytes(), sample_rate=self._rate, num_channels=1)
        line = codecs.encode(chunk, self._law)  # what the phone network carries
        return G711InputAudioFrame(
            audio=codecs.decode_to_bytes(line, self._law),
            sample_rate=self._rate,
            num_channels=1,
            g711=line,
            law=self._law,
        )

    async def _feed(self) -> None:
        step = self._rate * FRAME_MS // 1000
        start = time.monotonic()
        self._started_at.append(start)
        n = 0
        while True:
            lo = n * step
            chunk = self._samples[lo : lo + step]
            if len(chunk) < step:
                if not self._finished.is_set():
                    self._finished.set()
                chunk = np.zeros(step, dtype=np.int16)  # the line stays open, silent
            await self.push_audio_frame(self._frame(chunk))
            n += 1
            delay = start + n * FRAME_MS / 1000 - time.monotonic()
            await asyncio.sleep(max(0.0, delay))


class HandsetOutput(BaseOutputTransport):
    """Plays the bot's audio in real time and records it."""

    def __init__(self, params: TransportParams, played: PlayedAudio) -> None:
        super().__init__(params)
        self._played = played
        self._next_time = 0.0

    async def start(self, frame: StartFrame) -> None:
        await super().start(frame)
        await self.set_transport_ready(frame)

    async def write_audio_frame(self, frame: OutputAudioRawFrame) -> bool:
        now = time.monotonic()
        self._played.chunks.append((now, frame.audio))
        duration = len(frame.audio) / 2 / frame.sample_rate
        self._next_time = max(self._next_time, now) + duration
        await asyncio.sleep(max(0.0, self._next_time - time.monotonic()))
        return True


class SimulatedCallTransport(BaseTransport):
    """A caller track and a handset, as one pipecat transport."""

    def __init__(
        self,
        samples: npt.NDArray[np.int16],
        *,
        sample_rate: int = 8000,
        g711_law: G711Law | None = None,
        params: TransportParams | None = None,
    ) -> None:
        super().__init__()
        self.params = params or TransportParams(
            audio_in_enabled=True,
            audio_in_sample_rate=sample_rate,
            audio_out_enabled=True,
            audio_out_sample_rate=sample_rate,
        )
        self.played = PlayedAudio(sample_rate)
        self.caller_finished = asyncio.Event()
        self.call_started_at: list[float] = []
        self._input = CallerInput(
            samples,
            sample_rate,
            self.params,
            g711_law=g711_law,
            started_at=self.call_started_at,
            finished=self.caller_finished,
        )
        self._output = HandsetOutput(self.params, self.played)

    def input(self) -> FrameProcessor:
        return self._input

    def output(self) -> FrameProcessor:
        return self._output
