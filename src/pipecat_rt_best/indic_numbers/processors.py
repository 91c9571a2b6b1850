"""The number normalizer as a pipecat ``FrameProcessor``.

:class:`IndicNumberNormalizer` goes between the LLM and the TTS when the TTS streams tokens,
or when the spelled-out text should reach the context and the client too. It buffers a
trailing partial number across ``LLMTextFrame``s (see :mod:`.streaming`), flushes on
``LLMFullResponseEndFrame``/``EndFrame`` and before any other data or control frame, and
drops what it holds on ``InterruptionFrame``. Placed after the TTS it would see only the
TTS's ``TTSTextFrame``s and audio, and the voice would read the digits: speech output before
any text it could rewrite makes it log one warning naming the right place. For
sentence-aggregated TTS,
:func:`~pipecat_rt_best.indic_numbers.text_transforms.number_text_transform` is lighter.
"""

from __future__ import annotations

from loguru import logger
from pipecat.frames.frames import (
    AggregatedTextFrame,
    CancelFrame,
    EndFrame,
    Frame,
    InterruptionFrame,
    LLMFullResponseEndFrame,
    LLMFullResponseStartFrame,
    LLMTextFrame,
    SystemFrame,
    TextFrame,
    TTSAudioRawFrame,
    TTSSpeakFrame,
    TTSTextFrame,
)
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor

from pipecat_rt_best.indic_numbers.normalizer import NormalizerOptions, NumberNormalizer
from pipecat_rt_best.indic_numbers.streaming import NumberStream

__all__ = ["IndicNumberNormalizer"]


class IndicNumberNormalizer(FrameProcessor):
    """Spell out numbers in text frames flowing downstream.

    ``LLMTextFrame``s are treated as one stream per response and may be held back (a
    frame whose text is entirely held is not forwarded; its text comes out with a later
    frame). ``TextFrame``, ``AggregatedTextFrame`` and ``TTSSpeakFrame`` carry complete
    text and are normalized in place. Transcriptions, ``TTSTextFrame``s and upstream
    frames pass untouched.
    """

    def __init__(
        self,
        *,
        lang: str = "hi",
        options: NormalizerOptions | None = None,
        max_hold_chars: int = 256,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self._normalizer = NumberNormalizer(lang, options)
        self._stream = NumberStream(lang, options, max_hold_chars=max_hold_chars)
        self._template: LLMTextFrame | None = None
        self._saw_text = False  # text a TTS has yet to speak has come by
        self._position_warned = False

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if direction is not FrameDirection.DOWNSTREAM:
            await self.push_frame(frame, direction)
            return
        if isinstance(frame, TTSAudioRawFrame | TTSTextFrame):
            self._check_position()
        if isinstance(frame, LLMTextFrame) and type(frame) is LLMTextFrame:
            self._saw_text = True
            self._template = frame
            text = self._stream.push(frame.text)
            if text:
                frame.text = text
                await self.push_frame(frame, direction)
            return
        if isinstance(frame, InterruptionFrame | CancelFrame):
            self._stream.clear()
            self._template = None
            await self.push_frame(frame, direction)
            return
        if isinstance(frame, SystemFrame):
            await self.push_frame(frame, direction)
            return
        # Any other data/control frame: release held text first, to keep the order.
        await self._flush(direction)
        if isinstance(frame, LLMFullResponseStartFrame | LLMFullResponseEndFrame | EndFrame):
            self._stream.clear()
        elif isinstance(frame, TTSSpeakFrame) or (
            isinstance(frame, TextFrame | AggregatedTextFrame)
            and type(frame) in (TextFrame, AggregatedTextFrame)
            and not isinstance(frame, TTSTextFrame)
        ):
            # a TTS pushes the sentence it is about to speak on as an AggregatedTextFrame:
            # only text a TTS has yet to speak shows the normalizer is before it
            self._saw_text = self._saw_text or type(frame) is not AggregatedTextFrame
            frame.text = self._normalizer(frame.text)
        await self.push_frame(frame, direction)

    def _check_position(self) -> None:
        """Speech output before any text to rewrite: the voice was made upstream of here."""
        if self._saw_text or self._position_warned:
            return
        self._position_warned = True
        logger.warning(
            f"{self} sees speech (TTS audio or TTSTextFrame) before any text a TTS has yet to speak: "
            "it is after the TTS, so the voice reads the digits. Put it between the LLM and "
            "the TTS ([..., llm, IndicNumberNormalizer(), tts, ...]), or use "
            "number_text_transform on the TTS"
        )

    async def _flush(self, direction: FrameDirection) -> None:
        text = self._stream.flush()
        if not text:
            return
        out = LLMTextFrame(text=text)
        if self._template is not None:
            out.skip_tts = self._template.skip_tts
            out.append_to_context = self._template.append_to_context
        await self.push_frame(out, direction)
