"""The number normalizer as a pipecat text transform (``TTSService(text_transforms=...)``).

:func:`number_text_transform` returns an async ``(text, text_type) -> text``. The TTS sees
sentences (sentence aggregation), so numbers arrive whole; only what is spoken changes, the
context keeps the digits.

In ``"auto"`` mode each sentence is read in the language its letters are written in
(:func:`~.normalizer.detect_language`): Latin letters are ``en-IN``, Tamil letters Tamil, and
so on, whatever the conversation's language. ``prefer`` (the conversation's language, e.g. a
prompt's ``language``) only decides what the script cannot: Devanagari is Marathi when
``prefer`` is ``"mr"`` and Hindi when it is ``"hi"``, unless the sentence's own words say the
other (two marker words of it, none of ``prefer``'s) (otherwise Hindi unless a Marathi marker
word appears). A sentence with no letters (``"₹12,500"`` on a line of its own, ``"4567."``)
is read in the language of the reply's previous sentence; for a reply's first sentence in
``prefer``, else in the voice's language (``"ta-IN"`` → Tamil; a voice outside India's
languages: its language's Indian form, ``"en-US"`` → ``en-IN``), as the pack's TTS service
tells (:mod:`pipecat_rt_best.base.spoken_sentence`); under another TTS service, the previous
sentence's language, else ``prefer``, Hindi before any.

It is a factory: ``text_transforms=[("*", number_text_transform("hi"))]``. Passed uncalled
(``("*", number_text_transform)``), the pack's own TTS services refuse it at construction;
on any other TTS service its first call logs one error saying so and every sentence is
spoken unchanged (pipecat would otherwise drop each sentence's audio).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, cast

from loguru import logger
from pipecat.utils.text.transforms.text_transform import TextTransform

from pipecat_rt_best.base.spoken_sentence import current_sentence
from pipecat_rt_best.base.transform_factory import factory_message, mark_transform_factory
from pipecat_rt_best.indic_numbers.normalizer import (
    NormalizerOptions,
    NumberNormalizer,
    _normalizer,
    detect_language,
    digit_terms,
    resolve_lang,
)

__all__ = ["number_text_transform", "voice_numbers_lang"]

_logged_uncalled = False


async def _unchanged(text: str) -> str:
    return text


@mark_transform_factory("number_text_transform(lang='hi')")
def number_text_transform(
    lang: str = "hi",
    options: NormalizerOptions | None = None,
    *,
    keep_terms: Iterable[str] = (),
    ignore_case: bool = False,
    prefer: str | None = None,
) -> TextTransform:
    """A pipecat text transform spelling out numbers for ``lang``.

    ``keep_terms``: the TTS lexicon's terms; those holding a digit ("24x7", "80C") stay as
    written, so the lexicon, applied after the transforms, still finds them (whole words,
    case-insensitively with ``ignore_case``, as the lexicon matches). ``prefer``: with
    ``lang="auto"``, the conversation's language, which breaks the ties a sentence's script
    leaves (Devanagari: Hindi or Marathi; no letters at the start of a reply; see the module
    docstring); a sentence in another script is still read in that script's language.

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
    keep = digit_terms(keep_terms, ignore_case=ignore_case)
    if normalizer.lang == "auto":
        preferred = resolve_lang(prefer) if prefer is not None else None
        return _auto_transform(normalizer.options, keep, None if preferred == "auto" else preferred)

    async def normalize_numbers_transform(text: str, text_type: str) -> str:
        return normalizer(text, keep=keep)

    return normalize_numbers_transform


def voice_numbers_lang(language: str | None) -> str:
    """The normalizer's language for a voice speaking ``language`` (``"mr-IN"`` → ``"mr"``):
    a region outside India reads its language's Indian form (``"en-US"`` → ``"en-IN"``); a
    language the normalizer has no table for (or none given) reads Hindi."""
    for candidate in (language, (language or "").replace("_", "-").split("-")[0]):
        if candidate:
            try:
                code = resolve_lang(candidate)
            except ValueError:
                continue
            if code != "auto":
                return code
    return "hi"


def _auto_transform(
    options: NormalizerOptions, keep: re.Pattern[str] | None, prefer: str | None
) -> TextTransform:
    """The ``"auto"`` transform: each sentence in the language of its letters (Devanagari:
    ``prefer`` if Hindi or Marathi); one with none in the language of the reply's previous
    sentence, else ``prefer``, else the voice's language."""
    last: dict[str, str | None] = {"reply": None, "lang": None}

    async def normalize_numbers_transform(text: str, text_type: str) -> str:
        sentence = current_sentence()
        if sentence is not None and (
            sentence.reply_id is None or sentence.reply_id != last["reply"]
        ):
            last["reply"], last["lang"] = sentence.reply_id, None  # a new reply
        fallback = (
            last["lang"] or prefer or voice_numbers_lang(sentence.language if sentence else None)
        )
        code = detect_language(text, default=fallback, prefer=prefer)
        last["lang"] = code
        return _normalizer(code, options)(text, keep=keep)

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
