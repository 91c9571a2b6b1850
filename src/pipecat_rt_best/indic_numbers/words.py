"""Numbers to words in the profile's language (cardinals on the Indian scale, digit by digit,
years, ordinals, money, a number and its unit), and what every reader shares: the
:class:`ScanContext` it is handed and its :data:`Handler` signature."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from pipecat_rt_best.indic_numbers.languages import (
    ENGLISH_IN,
    HI_ORDINAL_IRREGULAR,
    MR_ORDINAL_STEMS,
    cardinal,
    en_ordinal,
    traditional_hindi_cardinal,
)
from pipecat_rt_best.indic_numbers.options import Profile
from pipecat_rt_best.indic_numbers.patterns import (
    SCALE_WORDS,
    UNIT_RE,
    UNIT_WORDS,
)


class ScanContext:
    """Per-call state: the shadow text (native digits mapped to ASCII, same length as the
    input) and the language profile."""

    __slots__ = ("profile", "text")

    def __init__(self, text: str, profile: Profile) -> None:
        self.text = text
        self.profile = profile


def cardinal_words(n: int, profile: Profile) -> str:
    if n >= 10**20:
        return digit_words(int_text(n), profile)
    if profile.traditional and n >= 10**9:
        words = traditional_hindi_cardinal(n, profile.lang)
        if words is not None:
            return words
    return cardinal(n, profile.lang, profile.use_arab)


def digit_words(digits: str, profile: Profile) -> str:
    """The digits of ``digits`` one by one (anything else in it is skipped)."""
    return " ".join(profile.digits[ord(ch) - 48] for ch in digits if "0" <= ch <= "9")


def number_words(written: str, profile: Profile) -> str:
    """Words for a number as written: commas allowed, decimals read digit by digit."""
    int_part, _, frac = written.partition(".")
    digits = int_part.replace(",", "")
    if len(digits) > 20:
        words = digit_words(digits, profile)
    else:
        words = cardinal_words(int(digits), profile)
    if frac:
        words += f" {profile.lang.point} {digit_words(frac, profile)}"
    return words


def year_in_words(year: int, profile: Profile) -> str:
    """A year the way it is said: उन्नीस सौ सैंतालीस, nineteen forty-seven, twenty twenty-four."""
    code = profile.code
    if code == "hi" and 1100 <= year <= 1999:
        hundreds, rest = divmod(year, 100)
        words = f"{profile.lang.units[hundreds]} सौ"
        return f"{words} {profile.lang.units[rest]}" if rest else words
    if code == "mr" and 1100 <= year <= 1999:  # एकोणीसशे नव्वद, as Marathi says a year
        hundreds, rest = divmod(year, 100)
        words = f"{profile.lang.units[hundreds]}शे"
        return f"{words} {profile.lang.units[rest]}" if rest else words
    # in pairs but 2000-2009 ("two thousand five"): "twenty twenty-four", "twenty-one oh seven"
    if code == "en-IN" and (1100 <= year <= 1999 or 2010 <= year <= 2999):
        hundreds, rest = divmod(year, 100)
        if rest == 0:
            return f"{_EN_UNITS[hundreds]} hundred"
        if rest < 10:
            return f"{_EN_UNITS[hundreds]} oh {_EN_UNITS[rest]}"
        return f"{_EN_UNITS[hundreds]} {_EN_UNITS[rest]}"
    return cardinal_words(year, profile)


_EN_UNITS = ENGLISH_IN.units


def ordinal_words(n: int, profile: Profile, hi_suffix: str | None) -> str:
    """An ordinal; ``hi_suffix`` is the Hindi suffix as written (वाँ, वीं, ला, ...), if any."""
    if profile.code == "en-IN":
        return en_ordinal(cardinal_words(n, profile))
    if profile.code == "mr":
        return _marathi_ordinal(n, profile, hi_suffix)
    if profile.code != "hi":
        return cardinal_words(n, profile)
    suffix = hi_suffix or "वाँ"
    if n in HI_ORDINAL_IRREGULAR:
        vowel = {"ा": "ा", "ी": "ी", "े": "े"}.get(suffix[-1], "ा")
        if suffix[-1] in "ंँ":  # वां / वाँ / वीं / वें
            vowel = suffix[-2]
        return HI_ORDINAL_IRREGULAR[n] + vowel
    if hi_suffix and hi_suffix[0] != "व":  # 5ला-style suffix on a regular number
        suffix = {"ा": "वाँ", "ी": "वीं", "े": "वें"}[hi_suffix[-1]]
    return cardinal_words(n, profile) + suffix


def _marathi_ordinal(n: int, profile: Profile, suffix: str | None) -> str:
    """पहिला / दुसरी / तिसऱ्या / पाचव्या …: the ending from the suffix written (ला, री,
    ल्या, व्या …), masculine direct (-ा) by default."""
    ending = (
        "्या"
        if suffix and suffix.endswith("्या")
        else {"ी": "ी", "े": "े"}.get((suffix or "ा")[-1], "ा")
    )
    if ending == "्या" and n in (2, 3):
        return {2: "दुसऱ्या", 3: "तिसऱ्या"}[n]  # the standard spelling, with ऱ
    stem = MR_ORDINAL_STEMS.get(n) or cardinal_words(n, profile) + "व"
    return stem + ending


def grouped_digit_words(groups: list[str], profile: Profile) -> str:
    """Digit groups read digit by digit, with a pause (the group separator) between groups."""
    return profile.group_sep.join(digit_words(group, profile) for group in groups if group)


def split_groups(written: str) -> list[str]:
    """Digit groups separated by spaces or hyphens: "98765 43210" → ["98765", "43210"]."""
    return [group for group in re.split(r"[\s\-]+", written) if group]


def _rupee_words(paise_total: int | None, profile: Profile) -> str | None:
    """Rupees-and-paise words for an exact amount in paise."""
    if paise_total is None:
        return None
    rupees, paise = divmod(paise_total, 100)
    lang = profile.lang
    parts = []
    if rupees or not paise:
        rupee_word = profile.rupee[0] if rupees == 1 else profile.rupee[1]
        parts.append(f"{amount_attributive(rupees, profile)} {rupee_word}")
    if paise:
        paisa_word = lang.paisa[0] if paise == 1 else lang.paisa[1]
        parts.append(f"{amount_attributive(paise, profile)} {paisa_word}")
    return lang.money_joiner.join(parts)


def amount_attributive(number: int, profile: Profile) -> str:
    """``number``'s words before a currency noun: :func:`attributive`, except that a compound
    ending in one (21, 31, …, 91; 121, …) stays in full where the language says so
    (:attr:`~.languages.Language.compound_one_full_before_currency`: Tamil
    நாற்பத்தொன்று ரூபாய், Telugu అరవై ఒకటి రూపాయలు, as every table writes them; ஒரு ரூபாய்,
    ఒక రూపాయి for one)."""
    words = cardinal_words(number, profile)
    if profile.lang.compound_one_full_before_currency and number % 100 > 20 and number % 10 == 1:
        return words
    return attributive(words, profile)


def attributive(words: str, profile: Profile) -> str:
    for final, before_noun in profile.lang.attributive:
        if words.endswith(final):
            return words[: -len(final)] + before_noun
    return words


def _scale_power(words: str | None) -> int:
    if not words:
        return 0
    return sum(SCALE_WORDS.get(word, 0) for word in words.split())


def amount_paise(amount: str, scale: str | None) -> int | None:
    """Exact amount in paise, or None when it has finer precision than a paisa."""
    int_part, _, frac = amount.replace(",", "").partition(".")
    int_part = int_part or "0"  # "₹.50"
    if len(int_part) > 20:
        return None
    power = _scale_power(scale)
    if not frac:
        return int(int_part) * 10 ** (power + 2)
    if len(frac) > 2 + power:
        return None
    value = (int(int_part) * 10 ** len(frac) + int(frac)) * 10 ** (power + 2)
    return value // 10 ** len(frac)


def money_words(
    amount: str, scale: str | None, profile: Profile, with_currency: bool = True
) -> str:
    paise = amount_paise(amount, scale)
    if paise is not None and paise < 10**22:
        if not with_currency and paise % 100 == 0:
            return cardinal_words(paise // 100, profile)
        words = _rupee_words(paise, profile)
        if words is not None:
            return words
    # finer than a paisa (₹10.555): read the number as written
    words = number_words(amount, profile)
    if scale:
        words += " " + scale
    return f"{words} {profile.rupee[1]}" if with_currency else words


Handler = Callable[[ScanContext, "re.Match[str]"], "tuple[str | None, int]"]
"""A reader, one per alternative of :data:`.patterns.NUMBER_FORMS`: ``(ctx, match) -> (words,
end)``; words None means "not what it looked like": the scan then reads the leading number
plainly."""


BY = {"hi": "बाई", "en-IN": "by"}  # "24x7", "24/7"


def append_unit(ctx: ScanContext, words: str, end: int, plural: bool) -> tuple[str, int]:
    """``words`` followed by the unit written right after ``end`` (5 km, 2-3 hrs), if any."""
    unit = UNIT_RE.match(ctx.text, end)
    if unit is None:
        return words, end
    forms = UNIT_WORDS[unit.group("unit")].get(ctx.profile.code)
    if forms is None:
        return words, end
    return f"{attributive(words, ctx.profile)} {forms[1] if plural else forms[0]}", unit.end()


def int_text(n: int) -> str:
    """``str(n)`` for any int: Python refuses ``str()`` beyond 4,300 digits; ``Decimal``
    formats any size."""
    try:
        return str(n)
    except ValueError:
        return format(Decimal(n), "f")
