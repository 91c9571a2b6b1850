"""Readers of fractions and slash pairs (``1/2``, ``2 1/2``, ``3/4``, ``24/7``), with Hindi
agreement of आधा/आधी/आधे."""

from __future__ import annotations

import re
import unicodedata

from pipecat_rt_best.indic_numbers.languages import (
    FRACTION_PATTERNS,
    FRACTION_WORDS,
    HI_FEMININE_NOUNS,
    HI_FRACTION_WORDS,
    MIXED_FRACTION_JOINERS,
    MIXED_FRACTION_WORDS,
    en_ordinal,
)
from pipecat_rt_best.indic_numbers.options import Profile
from pipecat_rt_best.indic_numbers.patterns import sentence_start
from pipecat_rt_best.indic_numbers.readers.dates import (
    date_words,
    month_year_words,
    yearless_date,
)
from pipecat_rt_best.indic_numbers.words import (
    BY,
    ScanContext,
    append_unit,
    cardinal_words,
)


def _locative_ta(words: str) -> str:
    """Tamil "in four": நான்கு → நான்கில், ஆயிரம் → ஆயிரத்தில்."""
    head, sep, last = words.rpartition(" ")
    if last.endswith("ு"):
        last = last[:-1] + "ில்"
    elif last.endswith("ம்"):
        last = last[:-2] + "த்தில்"
    else:
        last += "இல்"
    return head + sep + last


def _locative_ml(words: str) -> str:
    """Malayalam "in four": നാല് → നാലിൽ, ആയിരം → ആയിരത്തിൽ."""
    head, sep, last = words.rpartition(" ")
    if last.endswith("്"):
        last = last[:-1] + "ിൽ"
    elif last.endswith("ം"):
        last = last[:-1] + "ത്തിൽ"
    else:
        last += "ിൽ"
    return head + sep + last


def fraction_words(numerator: int, denominator: int, profile: Profile) -> str | None:
    """A fraction: तीन चौथाई / तीन बटा पाँच, three fourths / thirteen by thirty-two,
    நான்கில் மூன்று, চার ভাগের তিন, നാലിൽ മൂന്ന്, పావు, ચાર ભાગમાંથી ત્રણ; None where the
    language has no rule."""
    code = profile.code
    idiomatic = profile.fraction_style == "idiomatic"
    top, bottom = cardinal_words(numerator, profile), cardinal_words(denominator, profile)
    if code == "hi":
        if idiomatic and (numerator, denominator) in HI_FRACTION_WORDS:
            return HI_FRACTION_WORDS[numerator, denominator]
        return f"{top} बटा {bottom}"
    if code == "en-IN":
        if idiomatic and 2 <= denominator <= 10:
            if denominator == 2:
                part = "half" if numerator == 1 else "halves"
            else:
                part = en_ordinal(bottom) + ("" if numerator == 1 else "s")
            return f"{top} {part}"
        return f"{top} by {bottom}"
    if code == "ta":
        return f"{_locative_ta(bottom)} {top}"
    if code == "ml":
        return f"{_locative_ml(bottom)} {top}"
    if code == "bn":
        return f"{bottom} ভাগের {top}"
    pattern = FRACTION_PATTERNS.get(code)
    if pattern is None:  # pragma: no cover - every language has one
        return None
    if idiomatic:
        word = FRACTION_WORDS.get(code, {}).get((numerator, denominator))
        if word is not None:
            return word
    return pattern.format(top=top, bottom=bottom)


def mixed_fraction_words(
    whole: int, numerator: int, denominator: int, profile: Profile
) -> str | None:
    """ढाई, साढ़े तीन, सवा दो, पौने तीन, सात सही तीन बटा आठ; two and a half; अडीच."""
    code = profile.code
    idiomatic = profile.fraction_style == "idiomatic"
    whole_words = cardinal_words(whole, profile)
    mixed = MIXED_FRACTION_WORDS.get(code)
    if mixed is not None and idiomatic:
        one_and_a_half, two_and_a_half, half_past, quarter_past, quarter_to = mixed
        if (numerator, denominator) == (1, 2):
            return {1: one_and_a_half, 2: two_and_a_half}.get(whole, f"{half_past} {whole_words}")
        if (numerator, denominator) == (1, 4):
            return quarter_past if whole == 1 else f"{quarter_past} {whole_words}"
        if (numerator, denominator) == (3, 4):
            return f"{quarter_to} {cardinal_words(whole + 1, profile)}"
    if code == "en-IN" and idiomatic and (numerator, denominator) == (1, 2):
        return f"{whole_words} and a half"
    fraction = fraction_words(numerator, denominator, profile)
    joiner = MIXED_FRACTION_JOINERS.get(code)
    if fraction is None or joiner is None:
        return None
    return f"{whole_words} {joiner} {fraction}"


def _nukta_forms(word: str) -> tuple[str, ...]:
    """``word`` as typed with the precomposed nukta letters and with nukta + letter."""
    decomposed = unicodedata.normalize("NFD", word)
    return (word, decomposed) if decomposed != word else (word,)


# a feminine noun right after "1/2" / "½" makes Hindi आधा आधी ("1/2 राशि": आधी राशि); an English
# one not when the noun it describes follows ("2nd delivery boy", "1st train ticket": the head is
# boy, ticket; the diff review's)
_LATIN_HEAD_NOUNS = (
    "boy|boys|man|men|person|partner|agent|executive|staff|guy|teacher|ticket|number|no|amount"
    "|charge|charges|fee|fees|price|form|id|ID|room|hall|slot|status|time|date|code|details|plan"
    "|card|counter|desk|office|center|centre|app|team|manager|officer|head|incharge"
)
_HI_FEMININE_AFTER = re.compile(
    r"[ \u00a0](?:"
    + "|".join(
        sorted(
            {
                re.escape(form)
                for noun in HI_FEMININE_NOUNS
                if not noun.isascii()
                for form in _nukta_forms(noun)
            },
            key=len,
            reverse=True,
        )
    )
    + r")(?![A-Za-z\u0900-\u097F])"
    + r"|[ \u00a0](?:"
    + "|".join(sorted((n for n in HI_FEMININE_NOUNS if n.isascii()), key=len, reverse=True))
    + rf")(?![A-Za-z\u0900-\u097F])(?![ \u00a0](?:{_LATIN_HEAD_NOUNS})(?![A-Za-z]))"
)


# a word and then a postposition: "1/2 घंटे में" takes the oblique आधे
_HI_OBLIQUE_AFTER = re.compile(
    r"[ \u00a0][^\s\d,;:.।?!]+[ \u00a0](?:में|से|का|की|के|को|पर|तक|वाला|वाली|वाले)"
    r"(?![\u0900-\u097F])"
)


def feminine_noun_after(ctx: ScanContext, end: int) -> bool:
    """Whether a Hindi feminine noun (:data:`.languages.HI_FEMININE_NOUNS`) follows ``end``."""
    return _HI_FEMININE_AFTER.match(ctx.text, end) is not None


def oblique_noun_after(ctx: ScanContext, end: int) -> bool:
    """Whether a Hindi noun with a postposition after it follows ``end`` (फ्लोर पर, घंटे में)."""
    return _HI_OBLIQUE_AFTER.match(ctx.text, end) is not None


def agree(ctx: ScanContext, words: str, end: int) -> str:
    """Hindi आधा before a feminine noun becomes आधी (a short list; masculine by default),
    and आधे before a masculine noun with a postposition after it (आधे घंटे में)."""
    if words == "आधा":
        if feminine_noun_after(ctx, end):
            return "आधी"
        if oblique_noun_after(ctx, end):
            return "आधे"
    return words


def read_mixed_fraction(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    whole = int(match.group("mixed_whole"))
    numerator = int(match.group("mixed_numerator"))
    denominator = int(match.group("mixed_denominator"))
    if numerator == 0 or denominator < 2:
        return None, match.end()
    words = mixed_fraction_words(whole, numerator, denominator, ctx.profile)
    if words is None:
        return None, match.end()
    return append_unit(ctx, words, match.end(), plural=True)


# a card's expiry printed MM/YY: its expiry or validity named before it in its sentence ("card
# valid till 12/27", "कार्ड की वैधता 03/28 है", "Card expiry: 07/31"), or "valid till then" after it
# ("आपका कार्ड 08/29 तक वैध है"); a card alone is not enough ("कार्ड पर 10/12 किस्तें बाकी हैं": a
# count of instalments, the diff review's)
_EXPIRY_BEFORE = re.compile(
    r"(?i:expiry|expires?|expiring|exp|validity|valid\s(?:till|until|upto|up\sto|thru|through))"
    r"(?![A-Za-z])|वैधता|एक्सपायरी|समाप्ति"
)
_VALID_TILL_AFTER = re.compile(r"\s?तक\s(?:वैध|मान्य|valid)(?![\u0900-\u097F])")


def _card_expiry(text: str, start: int, end: int) -> bool:
    sentence = sentence_start(text, start, "।.?!;\n")
    return (
        _EXPIRY_BEFORE.search(text, max(sentence, start - 48), start) is not None
        or _VALID_TILL_AFTER.match(text, end) is not None
    )


def read_slash_pair(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    """ "a/b": 24/7, a month and year ("09/2036"), a date without a year, or a fraction
    (rules in the module docs)."""
    profile = ctx.profile
    first, second = match.group("slash_first"), match.group("slash_second")
    if first == "24" and second == "7" and profile.code in BY:  # like "24x7"
        by = BY[profile.code]
        return f"{cardinal_words(24, profile)} {by} {cardinal_words(7, profile)}", match.end()
    if (
        len(first) == 2  # "09/2036" (a card's expiry), not "1/2000"
        and 1 <= int(first) <= 12
        and len(second) == 4
        and 1900 <= int(second) <= 2199
    ):
        expiry = month_year_words(int(first), int(second), profile)  # "valid till 09/2036"
        if expiry is not None:
            return expiry, match.end()
    date = yearless_date(ctx, match.start(), match.end(), first, second, "/")
    if date is not None:
        return date_words(date[0], date[1], None, profile), match.end()
    if (  # "कार्ड 08/29 तक वैध": a card's MM/YY, not a fraction (a day and month went first)
        len(first) == len(second) == 2
        and 1 <= int(first) <= 12
        and _card_expiry(ctx.text, match.start(), match.end())
    ):
        expiry = month_year_words(int(first), 2000 + int(second), profile)
        if expiry is not None:
            return expiry, match.end()
    # "application number 2026/7845": an identifier
    # lazy: readers.numbers imports this module's neighbours (dates, money) at its top
    from pipecat_rt_best.indic_numbers.readers.numbers import pair_as_digits

    digits = pair_as_digits(ctx, match.start(), match.end(), first, second)
    if digits is not None:
        return digits, match.end()
    numerator, denominator = int(first), int(second)
    words = fraction_words(numerator, denominator, profile)  # "5/0" too: पाँच बटा शून्य
    if words is None:
        return None, match.end()
    words = agree(ctx, words, match.end())
    return append_unit(ctx, words, match.end(), plural=numerator > denominator)
