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
from collections.abc import Sequence

__all__ = ["WORD_CHARS", "term_index", "whole_words"]

WORD_CHARS = r"\w\u0300-\u036f\u0900-\u0963\u0966-\u0dff\u200c\u200d"
"""The characters (a regex class body) that continue a word: letters, digits, ``_``,
combining diacritics, the Indic blocks' letters and signs (not the dandas U+0964/U+0965),
ZWNJ and ZWJ."""


def whole_words(terms: Sequence[str], *, ignore_case: bool) -> re.Pattern[str]:
    """A pattern finding any of ``terms`` as a whole word; a longer term wins over a shorter
    one it contains ("TechNest Pro" before "TechNest"). :func:`term_index` says which term a
    match found: ignoring case, the text found need not casefold to the term's casefold
    (``İstanbul`` finds ``istanbul``, but casefolds to ``i̇stanbul``), so look it up by index."""
    longest_first = sorted(range(len(terms)), key=lambda i: len(terms[i]), reverse=True)
    alternation = "|".join(f"(?P<t{i}>{re.escape(terms[i])})" for i in longest_first)
    return re.compile(
        rf"(?<![{WORD_CHARS}])(?:{alternation})(?![{WORD_CHARS}])",
        re.IGNORECASE if ignore_case else 0,
    )


def term_index(match: re.Match[str]) -> int:
    """The index, in the terms given to :func:`whole_words`, of the term ``match`` found."""
    assert match.lastgroup is not None
    return int(match.lastgroup[1:])
