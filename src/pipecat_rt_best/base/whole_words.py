"""Lexicon terms found as whole words, the one rule both SSML writers use (pure).

A prompt's pronunciations reach a voice two ways: the prompt's own lexicon
(``realtime_prompt.lexicon``) and the Azure TTS service's (``azure_tts.ssml``). Both must
find a term at the same places, or the text a prompt author checked is not the text the
caller hears. A term is a whole word when no word character touches it: a letter, digit or
``_`` (``\\w``), but also a combining mark — an Indic vowel sign, virama or nukta, which
``\\w`` does not match (``सहयोग`` is not a word of ``सहयोगी``) — or a zero-width (non-)joiner.
The danda and double danda (``।`` ``॥``, the full stops of Indic text) end a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["WORD_CHARS", "whole_words"]

WORD_CHARS = r"\w\u0300-\u036f\u0900-\u0963\u0966-\u0dff\u200c\u200d"
"""The characters (a regex class body) that continue a word: letters, digits, ``_``,
combining diacritics, the Indic blocks' letters and signs (not the dandas U+0964/U+0965),
ZWNJ and ZWJ."""


def whole_words(terms: Iterable[str], *, ignore_case: bool) -> re.Pattern[str]:
    """A pattern finding any of ``terms`` as a whole word; a longer term wins over a shorter
    one it contains ("TechNest Pro" before "TechNest")."""
    longest_first = sorted(terms, key=len, reverse=True)
    alternation = "|".join(re.escape(t) for t in longest_first)
    return re.compile(
        rf"(?<![{WORD_CHARS}])(?:{alternation})(?![{WORD_CHARS}])",
        re.IGNORECASE if ignore_case else 0,
    )
