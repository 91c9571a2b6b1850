"""Spelling options (:class:`NormalizerOptions`) and the per-language profile every reader
reads its words and choices from."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache

from pipecat_rt_best.indic_numbers.languages import (
    HI_NINETIES_NABE,
    LANGUAGES,
    Language,
)

# the fields with a fixed set of values
_CHOICES: dict[str, tuple[object, ...]] = {
    "rupee_plural": (None, "रुपये", "रुपए"),
    "nineties": ("नवे", "नबे"),
    "fraction_style": ("idiomatic", "by"),
    "use_arab": (None, True, False),
    "traditional_scale": (True, False),
    "clock_fractions": (True, False),
}
# free words (None: the language's default)
_WORDS = ("minus", "percent", "zero")


@dataclass(frozen=True)
class NormalizerOptions:
    """Spelling choices. ``None`` means the language's default. Every value is checked at
    construction: one outside a field's choices is a ``ValueError`` listing them.

    Attributes:
        rupee_plural: Hindi plural of rupee: ``"रुपये"`` (default) or ``"रुपए"``.
        nineties: Hindi 91–99 ending: ``"नवे"`` (default, इक्यानवे) or ``"नबे"`` (इक्यानबे).
        minus: word for a negative sign; Hindi default ``"माइनस"`` (spoken usage),
            alternative ``"ऋण"`` (formal).
        percent: Hindi default ``"प्रतिशत"``; alternative ``"परसेंट"``.
        zero: word for 0 when reading digit by digit (Hindi default ``"शून्य"``;
            alternative ``"ज़ीरो"``, as many callers say).
        use_arab: read 10^9–10^11 with अरब (Hindi default True, others False).
        group_separator: put between digit groups of phone/account numbers so the
            voice pauses (default ``", "``).
        fraction_style: ``"idiomatic"`` (default): Hindi आधा / तीन चौथाई / ढाई / सवा दो /
            पौने तीन, English "three fourths", "two and a half"; ``"by"``: every fraction
            as "तीन बटा चार" / "three by four" (mixed: "सात सही तीन बटा आठ", "seven and
            three by eight").
        traditional_scale: Hindi only: read 10^9–10^19 with अरब, खरब, नील, पद्म, शंख
            (each with a count of 1–99) instead of counts of crores (default False).
        spellings: ``(n, word)`` pairs that replace entries of the language's 0–99 table,
            e.g. :data:`~.languages.HI_VARIANT_SPELLINGS` (तिरेपन, छः, अठासी, ...); a list
            (of lists, as JSON gives them) is kept as a tuple of tuples.
        clock_fractions: Hindi only: quarter and half hours as speakers say them — "10:30"
            साढ़े दस बजे, "4:15" सवा चार बजे, "4:45" पौने पाँच बजे, "1:30" डेढ़ बजे, "2:30"
            ढाई बजे (default False: "दस बजकर तीस मिनट", the reading of round 1).
    """

    rupee_plural: str | None = None
    nineties: str = "नवे"
    minus: str | None = None
    percent: str | None = None
    zero: str | None = None
    use_arab: bool | None = None
    group_separator: str = ", "
    fraction_style: str = "idiomatic"
    traditional_scale: bool = False
    spellings: tuple[tuple[int, str], ...] = ()
    clock_fractions: bool = False

    def __post_init__(self) -> None:
        # every value is checked here: a value the readers do not know was accepted and
        # silently ignored (nineties="x" read इक्यानवे)
        for name, allowed in _CHOICES.items():
            value = getattr(self, name)
            if not any(value == a and type(value) is type(a) for a in allowed):  # not 1 for True
                shown = ", ".join(repr(a) for a in allowed[:-1]) + f" or {allowed[-1]!r}"
                raise ValueError(f"{name} must be {shown}, got {value!r}")
        for name in _WORDS:
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise ValueError(f"{name} must be a word (a string) or None, got {value!r}")
        if not isinstance(self.group_separator, str):
            raise ValueError(f"group_separator must be a string, got {self.group_separator!r}")
        if isinstance(self.spellings, str | bytes) or not hasattr(self.spellings, "__iter__"):
            raise ValueError(f"spellings must be (0-99, word) pairs, got {self.spellings!r}")
        # a list (from JSON, say) as a tuple: the options are hashed (the profile cache)
        spellings = tuple(
            tuple(entry) if isinstance(entry, list) else entry for entry in self.spellings
        )
        object.__setattr__(self, "spellings", spellings)
        for entry in self.spellings:
            if not (
                isinstance(entry, tuple)
                and len(entry) == 2
                and isinstance(entry[0], int)
                and 0 <= entry[0] <= 99
                and isinstance(entry[1], str)
                and entry[1].strip()
            ):
                raise ValueError(f"spellings entries are (0-99, word) pairs, got {entry!r}")


DEFAULT_OPTIONS = NormalizerOptions()

SUPPORTED_LANGS: tuple[str, ...] = (*LANGUAGES, "auto")

_LANG_ALIASES = {
    "en": "en-IN",
    # the languages' English names, as a prompt file or a command line may give them
    # ("english" is not one: it does not say which English, see resolve_lang)
    "hindi": "hi",
    "marathi": "mr",
    "bengali": "bn",
    "bangla": "bn",
    "gujarati": "gu",
    "punjabi": "pa",
    "tamil": "ta",
    "telugu": "te",
    "kannada": "kn",
    "malayalam": "ml",
    "odia": "or",
    "oriya": "or",
}

_INDIA_ONLY = "only India's usage is supported (day-first dates, amounts in lakh and crore, rupees)"


def _choose() -> str:
    return f"choose one of {', '.join(SUPPORTED_LANGS)}"


def resolve_lang(lang: str) -> str:
    """Canonical language code for ``lang``: a code of :data:`SUPPORTED_LANGS`, with or
    without the region ``IN`` ("hi-IN" → "hi", "en-in" → "en-IN"), ``"en"`` for Indian
    English ("en-IN"), or a language's English name ("Hindi" → "hi").

    Only India's usage is supported, so another region is refused, never read the Indian
    way: ``"en-US"`` and ``"en-GB"`` (which would hear 05/11 as 5 November and amounts in
    lakh), ``"bn-BD"``; so is ``"english"``, which does not say which English.

    Raises:
        ValueError: for a language this module has no table for, or a region other than
            India; the message says which code to use.
    """
    if not isinstance(lang, str):
        raise ValueError(f"lang must be a string, got {type(lang).__name__}")
    key = lang.strip().lower()
    if key in _LANG_ALIASES:
        return _LANG_ALIASES[key]
    if key == "auto":
        return "auto"
    if key == "english":
        raise ValueError(
            f"unsupported language {lang!r}: it does not say which English, and {_INDIA_ONLY}; "
            f"for Indian English use 'en-IN' (or 'en'); {_choose()}"
        )
    base, *subtags = key.replace("_", "-").split("-")
    code = "en-IN" if base == "en" else base
    if code not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; {_choose()}")
    # BCP 47: language[-script][-region][-...]; a script is 4 letters, a region 2 letters
    # or 3 digits
    if subtags and len(subtags[0]) == 4 and subtags[0].isalpha():
        subtags = subtags[1:]
    region = subtags[0] if subtags else ""
    is_region = (len(region) == 2 and region.isalpha()) or (len(region) == 3 and region.isdigit())
    if is_region and region != "in":
        also = "'en'" if code == "en-IN" else f"'{code}-IN'"
        raise ValueError(
            f"unsupported language {lang!r}: {_INDIA_ONLY}; use {code!r} (or {also}); " + _choose()
        )
    return code


@dataclass(frozen=True)
class Profile:
    lang: Language
    code: str
    minus: str
    percent: str
    rupee: tuple[str, str]
    digits: tuple[str, ...]
    group_sep: str
    use_arab: bool
    digit_keywords: frozenset[str]
    fraction_style: str
    traditional: bool
    clock_fractions: bool


@lru_cache(maxsize=64)
def language_profile(code: str, options: NormalizerOptions) -> Profile:
    lang = LANGUAGES[code]
    if code == "hi" and options.nineties == "नबे":
        units = list(lang.units)
        for n, word in HI_NINETIES_NABE.items():
            units[n] = word
        lang = dataclasses.replace(lang, units=tuple(units))
    if options.spellings:
        units = list(lang.units)
        for n, word in options.spellings:
            units[n] = word
        lang = dataclasses.replace(lang, units=tuple(units))
    rupee = lang.rupee
    if code == "hi" and options.rupee_plural:
        rupee = (rupee[0], options.rupee_plural)
    digits = list(lang.units[:10])
    if options.zero:
        digits[0] = options.zero
    return Profile(
        lang=lang,
        code=code,
        minus=options.minus or lang.minus,
        percent=options.percent or lang.percent,
        rupee=rupee,
        digits=tuple(digits),
        group_sep=options.group_separator,
        use_arab=lang.use_arab if options.use_arab is None else options.use_arab,
        digit_keywords=frozenset(lang.digit_keywords),
        fraction_style=options.fraction_style,
        traditional=options.traditional_scale and code == "hi",
        clock_fractions=options.clock_fractions and code == "hi",
    )
