"""``PlayoutTracker``: tells the realtime service what the output transport has written.

pipecat's output transport has no "played" callback, but after writing each audio chunk
it pushes that chunk on downstream. Placed right after ``transport.output()``, this
processor sees every chunk at the moment it was written (websocket transports sleep
inside the write to pace audio in real time, so that is also the moment it is due to
play) and every :class:`PlayoutSegmentFrame` marker in order with the audio, and reports
both upstream as :class:`PlayoutProgressFrame` (a system frame, so it overtakes queued
data on the way back to the service). Only bot speech counts (:func:`is_bot_speech_audio`):
the silence an output mixer writes while the transport has nothing queued (between
sentences, while a reply stalls) is not the reply's audio, and no caller heard any of it::

    Pipeline([transport.input(), user_aggregator, llm, transport.output(),
              PlayoutTracker(), assistant_aggregator])
"""

from __future__ import annotations

from typing import Any

from pipecat.frames.frames import Frame
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor

from pipecat_rt_best.base.audio_format import duration_ms
from pipecat_rt_best.base.frames import (
    PlayoutProgressFrame,
    PlayoutSegmentFrame,
    is_bot_speech_audio,
)

__all__ = ["PlayoutTracker"]


class PlayoutTracker(FrameProcessor):
    """Reports the output timeline upstream. Place it right after ``transport.output()``."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._timeline_ms = 0.0

    @property
    def timeline_ms(self) -> float:
        """Milliseconds of bot speech the output transport has written so far."""
        return self._timeline_ms

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if direction == FrameDirection.DOWNSTREAM:
            if isinstance(frame, PlayoutSegmentFrame):
                await self.push_frame(
                    PlayoutProgressFrame(
                        timeline_ms=self._timeline_ms, segment_id=frame.segment_id
                    ),
                    FrameDirection.UPSTREAM,
                )
                return  # the marker's job ends here
            if is_bot_speech_audio(frame) and frame.audio:
                self._timeline_ms += duration_ms(
                    len(frame.audio), frame.sample_rate, num_channels=frame.num_channels
                )
                await self.push_frame(
                    PlayoutProgressFrame(timeline_ms=self._timeline_ms), FrameDirection.UPSTREAM
                )
        await self.push_frame(frame, direction)
