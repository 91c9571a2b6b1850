"""Practice 5: Indic number normalization for voice bots.

GPT-4o Realtime and neural TTS voices misread digits in Indian languages (the audio
says one amount, the text another). Spell numbers out before they reach the voice and
in the prompt's context values:

>>> from pipecat_rt_best import normalize_numbers
>>> normalize_numbers("आपकी EMI ₹12,500 है, 5 तारीख तक भरें।")
'आपकी EMI बारह हज़ार पाँच सौ रुपये है, पाँच तारीख तक भरें।'

Pure normalizer (no pipecat import): :func:`normalize_numbers`, :class:`NumberNormalizer`,
:class:`NormalizerOptions`, :func:`number_to_words`, :func:`detect_language`,
:class:`NumberStream`, prompt helpers :func:`spell_out_value` /
:func:`spell_out_context` / :func:`format_context_lines`. Pipecat adapters (imported
on first use): :func:`number_text_transform`, :class:`IndicNumberNormalizer`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pipecat_rt_best.indic_numbers.normalizer import (
    DEFAULT_OPTIONS,
    SUPPORTED_LANGS,
    NormalizerOptions,
    NumberNormalizer,
    detect_language,
    normalize_numbers,
    number_to_words,
)
from pipecat_rt_best.indic_numbers.prompt import (
    format_context_lines,
    spell_out_context,
    spell_out_value,
)
from pipecat_rt_best.indic_numbers.streaming import NumberStream

if TYPE_CHECKING:  # pragma: no cover
    from pipecat_rt_best.indic_numbers.pipecat_adapters import (
        IndicNumberNormalizer,
        number_text_transform,
    )

_ADAPTERS = {"IndicNumberNormalizer", "number_text_transform"}


def __getattr__(name: str) -> Any:
    if name in _ADAPTERS:
        from pipecat_rt_best.indic_numbers import pipecat_adapters

        return getattr(pipecat_adapters, name)
    raise AttributeError(f"module 'pipecat_rt_best.indic_numbers' has no attribute {name!r}")


__all__ = [
    "DEFAULT_OPTIONS",
    "SUPPORTED_LANGS",
    "IndicNumberNormalizer",
    "NormalizerOptions",
    "NumberNormalizer",
    "NumberStream",
    "detect_language",
    "format_context_lines",
    "normalize_numbers",
    "number_text_transform",
    "number_to_words",
    "spell_out_context",
    "spell_out_value",
]
