"""The number normalizer as a pipecat text transform (``TTSService(text_transforms=...)``).

:func:`number_text_transform` returns an async ``(text, text_type) -> text``. The TTS sees
sentences (sentence aggregation), so numbers arrive whole; only what is spoken changes, the
context keeps the digits.
"""

from __future__ import annotations

from pipecat.utils.text.transforms.text_transform import TextTransform

from pipecat_rt_best.indic_numbers.normalizer import NormalizerOptions, NumberNormalizer

__all__ = ["number_text_transform"]


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
