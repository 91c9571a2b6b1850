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

Placed anywhere else it would count the audio as fast as the model sends it, and the
service would take all of it for heard. The tracker therefore reports nothing until it
knows it sits after an output transport: pipecat's output transport pushes a
``BotStartedSpeakingFrame`` downstream before the first chunk of speech it writes, so a
tracker after it sees that frame first (the reports it held back until then go up at
once). A tracker before the output sees the bot's audio go by and then the output's
``BotStartedSpeakingFrame`` come back *upstream*, never downstream: it logs one warning
naming the fix and stays silent, and the service truncates by the wall clock since the
bot started speaking, as it does without a tracker.
"""

from __future__ import annotations

from typing import Any

from loguru import logger
from pipecat.frames.frames import BotStartedSpeakingFrame, Frame
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor

from pipecat_rt_best.base.audio_format import duration_ms
from pipecat_rt_best.base.frames import (
    PlayoutProgressFrame,
    PlayoutSegmentFrame,
    is_bot_speech_audio,
)

__all__ = ["PlayoutTracker"]

# reports held back while the tracker does not yet know where it sits: a tracker after the
# output holds at most what precedes the first chunk (a segment marker or two)
_MAX_HELD = 256


class PlayoutTracker(FrameProcessor):
    """Reports the output timeline upstream. Place it right after ``transport.output()``."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._timeline_ms = 0.0
        self._after_output = False  # a downstream BotStartedSpeakingFrame went by
        self._misplaced = False  # the output's BotStartedSpeakingFrame came back upstream
        self._saw_bot_audio = False
        self._held: list[PlayoutProgressFrame] = []

    @property
    def timeline_ms(self) -> float:
        """Milliseconds of bot speech the output transport has written so far."""
        return self._timeline_ms

    @property
    def misplaced(self) -> bool:
        """Whether the tracker found itself before the output transport (it then reports nothing)."""
        return self._misplaced

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if isinstance(frame, BotStartedSpeakingFrame):
            await self._locate(direction)
        elif direction == FrameDirection.DOWNSTREAM:
            if isinstance(frame, PlayoutSegmentFrame):
                await self._report(
                    PlayoutProgressFrame(timeline_ms=self._timeline_ms, segment_id=frame.segment_id)
                )
                return  # the marker's job ends here
            if is_bot_speech_audio(frame) and frame.audio:
                self._saw_bot_audio = True
                self._timeline_ms += duration_ms(
                    len(frame.audio), frame.sample_rate, num_channels=frame.num_channels
                )
                await self._report(PlayoutProgressFrame(timeline_ms=self._timeline_ms))
        await self.push_frame(frame, direction)

    async def _locate(self, direction: FrameDirection) -> None:
        """Learn the tracker's place from the output transport's ``BotStartedSpeakingFrame``."""
        if self._after_output or self._misplaced:
            return
        if direction == FrameDirection.DOWNSTREAM:
            self._after_output = True
            held, self._held = self._held, []
            for report in held:
                await self.push_frame(report, FrameDirection.UPSTREAM)
        elif self._saw_bot_audio:
            # an output transport downstream of this tracker wrote the audio it saw go by
            self._misplaced = True
            self._held = []
            logger.warning(
                f"{self} is before the output transport: it sees the bot's audio as fast as "
                "the model sends it, not as the caller hears it, so it reports nothing and "
                "truncation falls back to the wall clock. Place it right after "
                "transport.output(): [..., llm, transport.output(), PlayoutTracker(), ...]"
            )

    async def _report(self, report: PlayoutProgressFrame) -> None:
        if self._after_output:
            await self.push_frame(report, FrameDirection.UPSTREAM)
        elif not self._misplaced:
            if self._held and self._held[-1].segment_id is None and report.segment_id is None:
                self._held[-1] = report  # a later timeline supersedes an earlier one
            elif len(self._held) < _MAX_HELD:
                self._held.append(report)
