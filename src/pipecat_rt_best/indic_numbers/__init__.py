"""Practice 5: Indic number normalization for voice bots.

GPT-4o Realtime and neural TTS voices misread digits in Indian languages (the audio
says one amount, the text another). Spell numbers out before they reach the voice and
in the prompt's context values:

>>> from pipecat_rt_best import normalize_numbers
>>> normalize_numbers("आपकी EMI ₹12,500 है, 5 तारीख तक भरें।")
'आपकी EMI बारह हज़ार पाँच सौ रुपये है, पाँच तारीख तक भरें।'

Pure normalizer (no pipecat import): :func:`normalize_numbers`, :class:`NumberNormalizer`,
:class:`NormalizerOptions` (``HI_VARIANT_SPELLINGS`` for its ``spellings``), :func:`number_to_words`, :func:`detect_language`,
:class:`NumberStream`, prompt helpers :func:`spell_out_value` /
:func:`spell_out_context` / :func:`format_context_lines`. Pipecat adapters:
:func:`number_text_transform` (:mod:`.text_transforms`), :class:`IndicNumberNormalizer`
(:mod:`.processors`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipecat_rt_best._lazy import lazy_face

if TYPE_CHECKING:  # the public names; lazy_face() reads this block
    from pipecat_rt_best.indic_numbers.languages import HI_VARIANT_SPELLINGS as HI_VARIANT_SPELLINGS
    from pipecat_rt_best.indic_numbers.normalizer import (
        DEFAULT_OPTIONS as DEFAULT_OPTIONS,
        SUPPORTED_LANGS as SUPPORTED_LANGS,
        NormalizerOptions as NormalizerOptions,
        NumberNormalizer as NumberNormalizer,
        detect_language as detect_language,
        normalize_numbers as normalize_numbers,
        number_to_words as number_to_words,
    )
    from pipecat_rt_best.indic_numbers.processors import (
        IndicNumberNormalizer as IndicNumberNormalizer,
    )
    from pipecat_rt_best.indic_numbers.prompt import (
        format_context_lines as format_context_lines,
        spell_out_context as spell_out_context,
        spell_out_value as spell_out_value,
    )
    from pipecat_rt_best.indic_numbers.streaming import NumberStream as NumberStream
    from pipecat_rt_best.indic_numbers.text_transforms import (
        number_text_transform as number_text_transform,
    )

if not TYPE_CHECKING:  # hidden from type checkers: they read the names above, and flag others
    __getattr__, __dir__ = lazy_face(__name__, __file__)
