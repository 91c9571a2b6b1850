"""Phonetic transcriptions a speech service will take (pure).

:func:`ipa_problem` catches what is plainly no IPA before a call: Azure rejects a whole SSML
document for one unrecognised phone, so a bad transcription in a prompt's pronunciations or
a TTS lexicon would silence every sentence with the term.
"""

from __future__ import annotations

import unicodedata

__all__ = ["PHONEME_ALPHABETS", "ipa_problem"]

PHONEME_ALPHABETS = ("ipa", "sapi", "ups", "x-sampa")
"""The phonetic alphabets Azure TTS's ``<phoneme>`` accepts."""

_IPA_MARKS = frozenset(" .|‖ʼ‿")  # syllable and group breaks, ejective, linking


def ipa_problem(phones: str) -> str | None:
    """Why ``phones`` is no IPA transcription Azure would accept (None: it looks like one).
    Azure rejects the whole SSML document for one unrecognised phone, so every sentence with
    the term would go silent: a digit, an upper-case letter, punctuation or a symbol is caught
    here, before any call (letters of the IPA blocks, stress and length marks and combining
    diacritics pass; whether each phone exists in the voice's language is Azure's to say)."""
    for ch in phones:
        if ch in _IPA_MARKS:
            continue
        kind = unicodedata.category(ch)
        if kind in ("Ll", "Lm", "Lo", "Mn") or (kind == "Sk" and ch in "ˈˌːˑ˞"):
            continue
        hint = " (length is ː, U+02D0)" if ch == ":" else ""
        return f"{ch!r} is not an IPA phone or mark{hint}"
    return None
