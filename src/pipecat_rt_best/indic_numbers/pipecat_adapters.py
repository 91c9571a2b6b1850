"""Thin pipecat adapters for the number normalizer.

* :func:`number_text_transform` — an async ``(text, text_type) -> text`` for
  ``TTSService(text_transforms=[("*", ...)])``. The TTS sees sentences (sentence
  aggregation), so numbers arrive whole; only what is spoken changes, the context keeps
  the digits.
* :class:`IndicNumberNormalizer` — a ``FrameProcessor`` to put between the LLM and the
  TTS when the TTS streams tokens, or when the spelled-out text should reach the context
  and the client too. It buffers a trailing partial number across ``LLMTextFrame``s (see
  :mod:`.streaming`), flushes on ``LLMFullResponseEndFrame``/``EndFrame`` and before any
  other data or control frame, and drops what it holds on ``InterruptionFrame``.
"""

from __future__ import annotations

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
    TTSSpeakFrame,
    TTSTextFrame,
)
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.utils.text.transforms.text_transform import TextTransform

from pipecat_rt_best.indic_numbers.normalizer import NormalizerOptions, NumberNormalizer
from pipecat_rt_best.indic_numbers.streaming import NumberStream


def number_text_transform(
    lang: str = "hi", options: NormalizerOptions | None = None
) -> TextTransform:
    """A pipecat text transform spelling out numbers for ``lang``.

    Example::

        tts = AzureTTSService(..., text_transforms=[("*", number_text_transform("hi"))])

    Raises:
        ValueError: for an unsupported language.
    """
    normalizer = NumberNormalizer(lang, options)

    async def normalize_numbers_transform(text: str, text_type: str) -> str:
        return normalizer(text)

    return normalize_numbers_transform


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

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if direction is not FrameDirection.DOWNSTREAM:
            await self.push_frame(frame, direction)
            return
        if isinstance(frame, LLMTextFrame) and type(frame) is LLMTextFrame:
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
            frame.text = self._normalizer(frame.text)
        await self.push_frame(frame, direction)

    async def _flush(self, direction: FrameDirection) -> None:
        text = self._stream.flush()
        if not text:
            return
        out = LLMTextFrame(text=text)
        if self._template is not None:
            out.skip_tts = self._template.skip_tts
            out.append_to_context = self._template.append_to_context
        await self.push_frame(out, direction)


__all__ = ["IndicNumberNormalizer", "number_text_transform"]
