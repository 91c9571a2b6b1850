"""The number normalizer as a pipecat text transform (``TTSService(text_transforms=...)``).

:func:`number_text_transform` returns an async ``(text, text_type) -> text``. The TTS sees
sentences (sentence aggregation), so numbers arrive whole; only what is spoken changes, the
context keeps the digits.

It is a factory: ``text_transforms=[("*", number_text_transform("hi"))]``. Passed uncalled
(``("*", number_text_transform)``), the pack's own TTS services refuse it at construction;
on any other TTS service its first call logs one error saying so and every sentence is
spoken unchanged (pipecat would otherwise drop each sentence's audio).
"""

from __future__ import annotations

from typing import Any, cast

from loguru import logger
from pipecat.utils.text.transforms.text_transform import TextTransform

from pipecat_rt_best.base.transform_factory import factory_message, mark_transform_factory
from pipecat_rt_best.indic_numbers.normalizer import NormalizerOptions, NumberNormalizer

__all__ = ["number_text_transform"]

_logged_uncalled = False


async def _unchanged(text: str) -> str:
    return text


@mark_transform_factory("number_text_transform(lang='hi')")
def number_text_transform(
    lang: str = "hi", options: NormalizerOptions | None = None
) -> TextTransform:
    """A pipecat text transform spelling out numbers for ``lang``.

    Example::

        tts = AzureTTSService(..., text_transforms=[("*", number_text_transform("hi"))])

    Raises:
        ValueError: for an unsupported language.
        TypeError: for ``options`` that are not :class:`NormalizerOptions`.
    """
    if isinstance(options, str):
        # called as the transform itself, (text, text_type): the factory was passed uncalled
        return cast(TextTransform, _called_as_transform(lang))
    if options is not None and not isinstance(options, NormalizerOptions):
        raise TypeError(f"options must be NormalizerOptions, not {type(options).__name__}")
    normalizer = NumberNormalizer(lang, options)

    async def normalize_numbers_transform(text: str, text_type: str) -> str:
        return normalizer(text)

    return normalize_numbers_transform


def _called_as_transform(text: Any) -> Any:
    """What pipecat awaits when it calls the factory as a transform: the text unchanged
    (never a lost sentence), after one logged error saying how to pass it."""
    global _logged_uncalled
    if not _logged_uncalled:
        _logged_uncalled = True
        logger.error(
            f"{factory_message(number_text_transform)}; numbers are not spelled out until "
            "then (this is logged once)"
        )
    return _unchanged(text if isinstance(text, str) else str(text))
