"""Spell out numbers in Indian-language text before it reaches a TTS voice or a prompt.

One recogniser for every language: native digits are mapped to ASCII in a same-length
shadow copy of the text, a cheap regex finds each digit run, a short look-behind finds a
prefix that belongs to it (₹, Rs., $, US$, €, USD, +, a sign, letters), and one anchored
pattern with an alternative per written form (phone, toll-free, date, exponent, time,
foreign money, money, percent, fraction, ordinal, financial year, range, alphanumeric
code, plain number) says what the run is; each alternative has its reader ``_read_<form>``.
The words come from the language's table in :mod:`.languages`.

Context decides how a plain number is read:

* digit by digit after an identifier keyword (OTP, PIN, CVV, account, खाता, ID, code,
  ...) whatever its length, after a weak one (number, नंबर, no., संख्या) when it has
  three digits or more, after a word that merely often precedes one (mobile, फ़ोन,
  पॉलिसी, ट्रांजैक्शन, कॉल, ग्राहक, ...) when it has eight digits or more, or five with
  no postposition after it; before "पर कॉल करें" / "call", with a leading zero (an STD
  code: "022-12345678", "(022) 1234 5678"), or beyond 20 digits — but never when a
  quantity word follows ("OTP 10 मिनट के लिए", "पॉलिसी 20 साल", "PIN 6 अंकों का");
* as a phone number, with no keyword at all, when it is a bare Indian mobile number:
  ten digits starting 6–9 ("9876543210" or "98765 43210" → 98765, 43210), the same after 91
  ("919876543210") or after a trunk 0 ("09876543210" → 0, 98765, 43210). It **stays a
  cardinal** with an amount cue: an amount word among the three words before it (राशि,
  कुल, बकाया, प्रीमियम, लोन, balance, amount, total, ...), a quantity, unit or scale word
  after it, five zeros or more at its end ("6000000000" is छह अरब), a currency sign or
  word (money wins first), digit-group commas or a decimal point. An 11-digit number
  with a trunk 0 is grouped as a metro landline (011, 022, 033, 040, 044, 080, 020, 079:
  "022, 2345, 6789"), else as a mobile (0 then 6–9) or a 4-digit STD code ("0141, 234,
  5678");
* as a year after सन्/वर्ष/साल/in/since/..., before में/ई./AD, inside a date, or as
  either end of a range of two 4-digit numbers 1100–2099 ("1990-2000");
* otherwise as a cardinal on the Indian scale.

Dates without a year, fractions, ranges (``a/b``, ``a-b``, ``a.b``; day first, as in
India). The pair must be a real day of a real month (``31/02`` never is) and then:

* ``a/b`` is a **date** when a part has a leading zero ("15/08", "05/11"), when a date
  word stands before it (तारीख, तिथि, दिनांक, date, on, by, due, from, till, ...) or after
  it (को, तक, रोजी, पर्यंत, তারিখে, அன்று, వరకు/లోపు, સુધી, ...; not से: "3/4 से ज़्यादा"
  is a fraction), or when ``a >= b``
  ("25/12", "15/8", "10/10"); otherwise it is a **fraction** ("3/4", "1/2", "5/8", and
  always when it is no date: "99/99", "13/32", "5/0"). "24/7" is always "चौबीस बाई सात";
  "1/2/3" (no year) is left as three numbers.
* ``a-b`` is a **date** with a leading zero ("06-05", "01-04"), a date word before it,
  or when ``a > b`` and a date word follows ("31-12 से पहले"); otherwise a range ("2-3
  दिन", "5-10 तक").
* ``a.b`` is a **date** only as ``dd.mm`` with a leading zero in the day ("01.07") or a
  date word around it ("31.03 तक", "दिनांक 09.10"); otherwise a decimal ("15.08").
* Fractions are read idiomatically by default (``NormalizerOptions.fraction_style``):
  Hindi आधा, एक/तीन चौथाई, एक/दो तिहाई, else "तीन बटा पाँच"; mixed numbers "2 1/2" ढाई,
  "1 1/2" डेढ़, "3 1/2" साढ़े तीन, "2 1/4" सवा दो, "1 1/4" सवा, "2 3/4" पौने तीन, else
  "सात सही तीन बटा आठ"; Indian English "three fourths", "one half", "two and a half",
  "thirteen by thirty-two" (denominators above ten); Tamil and Malayalam "four-in three"
  (நான்கில் மூன்று, നാലിൽ മൂന്ന്), Bengali চার ভাগের তিন; Marathi and Punjabi बटा/ਬਟਾ
  with अर्धा/पाव/पाऊण, ਅੱਧਾ/ਚੌਥਾਈ; the mixed words in Marathi, Punjabi, Gujarati and
  Bengali too (दीड, अडीच, साडे तीन, सव्वा, पावणे; ਡੇਢ ...; દોઢ, અઢી ...; দেড়, আড়াই ...:
  :data:`.languages.MIXED_FRACTION_WORDS`); Gujarati, Telugu, Kannada, Odia "of b parts,
  a" (ચાર ભાગમાંથી ત્રણ)
  with సగం/పావు/ముప్పావు, ಅರ್ಧ/ಕಾಲು/ಮುಕ್ಕಾಲು, ଅଧା (:data:`.languages.FRACTION_PATTERNS`).
  ``fraction_style="by"`` reads every fraction in its plain form ("तीन बटा चार" / "three
  by four"). Hindi आधा agrees with a feminine noun after it ("1/2 राशि": आधी राशि; the
  list is :data:`.languages.HI_FEMININE_NOUNS`; any other noun is masculine: आधा, or आधे
  when a postposition follows it, "1/2 घंटे में" आधे घंटे में). The fraction
  characters ½ ¼ ¾, alone or after a whole number ("2½", "२ ½"), are read the same
  way, before the scan (they count as digits: text with one is not returned as is).
  Hindi clock times can take the same words (``clock_fractions=True``: "10:30" साढ़े दस बजे, "4:45"
  पौने पाँच बजे); off by default, which keeps "दस बजकर तीस मिनट".

Foreign money: a symbol or code before (``$``, ``US$``, ``S$``, ``€``, ``£``, ``¥``, ``₩``,
``USD``, ``EUR``, ``GBP``, ``JPY``, ``KRW``, ``AED``, ``SAR``, ``SGD``, ``CAD``, ``AUD``) or a
code after ("250 AED") is read with the unit and subunit words of
:data:`.languages.FOREIGN_CURRENCIES` ("दस डॉलर पचास सेंट", "ten dollars and fifty
cents"; Telugu plurals); a scale word stays as written ("$2 million": दो मिलियन डॉलर).

Measures: area and volume (m², km², sq ft, sq. m, cu m, m³), km/h, °C, GB/MB, cc, m, and
"9.5% p.a." / "p.m." (प्रति वर्ष / per annum) in Hindi and Indian English.

Exponent notation ("1.5e-7", "1e+300", a float such as ``1e300``) is read as a number
times ten to the power in Hindi and Indian English (एक दशमलव पाँच गुणा दस की घात माइनस
सात); the other languages get the number written out (digit by digit beyond 20 digits).
A bare "1e5" (no sign, no decimal point) may be a code and is read as letters and digits.

Text without digits is returned as the very same object; text around numbers is copied
unchanged. Any ``int``/``float``/``Decimal``/``str`` gives a string, however large (an
integer beyond 20 digits is read digit by digit). :func:`normalize_numbers` never raises:
on an internal error it logs and returns the input.
"""

from __future__ import annotations

import dataclasses
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from loguru import logger

from pipecat_rt_best.indic_numbers.languages import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    ENGLISH_IN,
    FOREIGN_CURRENCIES,
    FRACTION_PATTERNS,
    FRACTION_WORDS,
    HI_FEMININE_NOUNS,
    HI_FRACTION_WORDS,
    HI_NINETIES_NABE,
    HI_ORDINAL_IRREGULAR,
    HINDI,
    LANGUAGES,
    MIXED_FRACTION_JOINERS,
    MIXED_FRACTION_WORDS,
    TIMES_TEN_TO_THE,
    Language,
    cardinal,
    en_ordinal,
    traditional_hindi_cardinal,
)

# ---------------------------------------------------------------------------
# Options
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class NormalizerOptions:
    """Spelling choices. ``None`` means the language's default.

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
            e.g. :data:`~.languages.HI_VARIANT_SPELLINGS` (अट्ठासी, तिरेपन, ...).
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
        if self.fraction_style not in ("idiomatic", "by"):
            raise ValueError(
                f"fraction_style must be 'idiomatic' or 'by', got {self.fraction_style!r}"
            )
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

_LANG_ALIASES = {"en": "en-IN", "en-in": "en-IN", "en_in": "en-IN", "english": "en-IN"}


def resolve_lang(lang: str) -> str:
    """Canonical language code for ``lang`` ("hi-IN" → "hi", "en" → "en-IN").

    Raises:
        ValueError: for a language this module has no table for.
    """
    if not isinstance(lang, str):
        raise ValueError(f"lang must be a string, got {type(lang).__name__}")
    key = lang.strip().lower()
    if key in _LANG_ALIASES:
        return _LANG_ALIASES[key]
    if key == "auto":
        return "auto"
    key = key.replace("_", "-").split("-", 1)[0]
    if key == "en":
        return "en-IN"
    if key in LANGUAGES:
        return key
    raise ValueError(f"unsupported language {lang!r}; choose one of {', '.join(SUPPORTED_LANGS)}")


@dataclass(frozen=True)
class _Profile:
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
def _profile(code: str, options: NormalizerOptions) -> _Profile:
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
    return _Profile(
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


# ---------------------------------------------------------------------------
# Digits and patterns
# ---------------------------------------------------------------------------


def _trie(words: object) -> str:
    """A regex matching any of ``words``, longest first, as a prefix tree (fast in ``re``)."""
    trie: dict[str, dict] = {}
    for word in words:  # type: ignore[attr-defined]
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(trie) + ")"


_DIGIT_BLOCKS = (0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66)
_TO_ASCII = {zero + d: ord("0") + d for zero in _DIGIT_BLOCKS for d in range(10)}
_NATIVE_DIGIT = re.compile(
    "[" + "".join(f"\\u{zero:04x}-\\u{zero + 9:04x}" for zero in _DIGIT_BLOCKS) + "]"
)
_ANY_DIGIT = re.compile("[0-9½¼¾" + _NATIVE_DIGIT.pattern[1:])
_ASCII_DIGIT_RE = re.compile(r"[0-9]")

_DIGIT = "[0-9]"
# letters of any Indic script or Latin, but not the danda (।, ॥)
_LETTER = r"[A-Za-z\u0900-\u0963\u0970-\u0DFF]"
_NOT_LETTER = rf"(?!{_LETTER})"
_INTEGER = rf"(?:{_DIGIT}{{1,2}}(?:,{_DIGIT}{{2}})+,{_DIGIT}{{3}}(?![0-9])|{_DIGIT}{{1,3}}(?:,{_DIGIT}{{3}})+(?![0-9])|{_DIGIT}+)"
_NUMBER = rf"{_INTEGER}(?:\.{_DIGIT}+)?"
_CURRENCY = r"(?:₹|(?<![A-Za-z])(?:Rs\.?|RS\.?|rs\.?|INR)|रु\.?|रू\.?)"

_SCALE_WORDS: dict[str, int] = {
    "lakh": 5, "lakhs": 5, "lac": 5, "lacs": 5, "crore": 7, "crores": 7, "cr": 7, "Cr": 7,
    "Lakh": 5, "Lakhs": 5, "Lac": 5, "Lacs": 5, "L": 5, "Crore": 7, "Crores": 7, "CR": 7,
    "thousand": 3, "k": 3, "K": 3, "million": 6, "mn": 6, "billion": 9, "bn": 9,
    "लाख": 5, "अरब": 9, "हजार": 3, "कोटी": 7, "अब्ज": 9,
    "হাজার": 3, "লাখ": 5, "কোটি": 7, "હજાર": 3, "લાખ": 5, "કરોડ": 7,
    "ਹਜ਼ਾਰ": 3, "ਲੱਖ": 5, "ਕਰੋੜ": 7, "ஆயிரம்": 3, "லட்சம்": 5, "கோடி": 7,
    "వేలు": 3, "లక్ష": 5, "లక్షలు": 5, "కోటి": 7, "కోట్లు": 7,
    "ಸಾವಿರ": 3, "ಲಕ್ಷ": 5, "ಕೋಟಿ": 7, "ആയിരം": 3, "ലക്ഷം": 5, "കോടി": 7,
    "ହଜାର": 3, "ଲକ୍ଷ": 5, "କୋଟି": 7,
    "करोड़": 7, "करो\u095c": 7, "करोड": 7, "हज़ार": 3, "ह\u095bार": 3,
}  # fmt: skip
_SCALE_WORD = _trie(_SCALE_WORDS)
_SCALE = rf"{_SCALE_WORD}(?:\s?{_SCALE_WORD}(?!{_LETTER}))?"  # "लाख करोड़" = 10^12

# scale words that make "2.5 लाख" a whole number; not the ambiguous abbreviations (L is
# also litre) nor million/billion (kept as written: "2.5 million")
_BARE_SCALE_WORD = _trie(
    word
    for word in _SCALE_WORDS
    if word not in {"L", "k", "K", "cr", "Cr", "CR", "mn", "bn", "million", "billion"}
)
_BARE_SCALE_RE = re.compile(
    rf"[ \u00a0]?(?P<scale>{_BARE_SCALE_WORD}(?:\s?{_BARE_SCALE_WORD}(?!{_LETTER}))?){_NOT_LETTER}"
)

_CURRENCY_WORDS = (
    "रुपये", "रुपए", "रुपया", "रुपयों", "रूपये", "रूपए", "rupees", "rupee", "Rupees", "Rupee",
    "Rs.", "Rs", "INR", "रु.", "रु", "रू.", "रू", "টাকা", "રૂપિયા", "ਰੁਪਏ", "ரூபாய்", "రూపాయలు", "ರೂಪಾಯಿ", "രൂപ", "ଟଙ୍କା",
)  # fmt: skip
_CURRENCY_WORD = _trie(_CURRENCY_WORDS)

_EN_MONTH_FORMS: dict[str, int] = {}
for _month_number, _month in enumerate(ENGLISH_IN.months or (), start=1):
    for _form in {_month, _month[:3], _month.upper(), _month[:3].upper()}:
        _EN_MONTH_FORMS[_form] = _month_number
_EN_MONTH_FORMS.update({"Sept": 9, "SEPT": 9})
# English month names that are not abbreviations: a dot after them is always a full stop
_FULL_MONTH_NAMES = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
_HI_MONTH_FORMS: dict[str, int] = {
    "जनवरी": 1, "\u095eरवरी": 2, "\u092b\u093cरवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "अप्रेल": 4,
    "मई": 5, "जून": 6, "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10,
    "अक्तूबर": 10, "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
}  # fmt: skip
_MONTH_FORMS = {**_EN_MONTH_FORMS, **_HI_MONTH_FORMS}
_MONTH_NAME = _trie(_MONTH_FORMS) + rf"\.?{_NOT_LETTER}"

_UNIT_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    # unit → lang → (singular, plural)
    "km/h": {"hi": ("किलोमीटर प्रति घंटा",) * 2, "en-IN": ("kilometre per hour", "kilometres per hour")},
    "kmph": {"hi": ("किलोमीटर प्रति घंटा",) * 2, "en-IN": ("kilometre per hour", "kilometres per hour")},
    "km": {"hi": ("किलोमीटर",) * 2, "en-IN": ("kilometre", "kilometres")},
    "cm": {"hi": ("सेंटीमीटर",) * 2, "en-IN": ("centimetre", "centimetres")},
    "mm": {"hi": ("मिलीमीटर",) * 2, "en-IN": ("millimetre", "millimetres")},
    "kg": {"hi": ("किलोग्राम",) * 2, "en-IN": ("kilogram", "kilograms")},
    "mg": {"hi": ("मिलीग्राम",) * 2, "en-IN": ("milligram", "milligrams")},
    "gm": {"hi": ("ग्राम",) * 2, "en-IN": ("gram", "grams")},
    "gms": {"hi": ("ग्राम",) * 2, "en-IN": ("gram", "grams")},
    "g": {"hi": ("ग्राम",) * 2, "en-IN": ("gram", "grams")},
    "ml": {"hi": ("मिलीलीटर",) * 2, "en-IN": ("millilitre", "millilitres")},
    "ltr": {"hi": ("लीटर",) * 2, "en-IN": ("litre", "litres")},
    "ltrs": {"hi": ("लीटर",) * 2, "en-IN": ("litre", "litres")},
    "L": {"hi": ("लीटर",) * 2, "en-IN": ("litre", "litres")},
    "°C": {"hi": ("डिग्री सेल्सियस",) * 2, "en-IN": ("degree Celsius", "degrees Celsius")},
    "℃": {"hi": ("डिग्री सेल्सियस",) * 2, "en-IN": ("degree Celsius", "degrees Celsius")},
    "°F": {"hi": ("डिग्री फ़ारेनहाइट",) * 2, "en-IN": ("degree Fahrenheit", "degrees Fahrenheit")},
    "°": {"hi": ("डिग्री",) * 2, "en-IN": ("degree", "degrees")},
    "GB": {"hi": ("जीबी",) * 2, "en-IN": ("GB", "GB")},
    "MB": {"hi": ("एमबी",) * 2, "en-IN": ("MB", "MB")},
    "TB": {"hi": ("टीबी",) * 2, "en-IN": ("TB", "TB")},
    "sq ft": {"hi": ("वर्ग फ़ुट",) * 2, "en-IN": ("square foot", "square feet")},
    "sqft": {"hi": ("वर्ग फ़ुट",) * 2, "en-IN": ("square foot", "square feet")},
    "ft": {"hi": ("फ़ुट",) * 2, "en-IN": ("foot", "feet")},
    "hr": {"hi": ("घंटा", "घंटे"), "en-IN": ("hour", "hours")},
    "hrs": {"hi": ("घंटा", "घंटे"), "en-IN": ("hour", "hours")},
    "min": {"hi": ("मिनट",) * 2, "en-IN": ("minute", "minutes")},
    "mins": {"hi": ("मिनट",) * 2, "en-IN": ("minute", "minutes")},
    "sec": {"hi": ("सेकंड",) * 2, "en-IN": ("second", "seconds")},
    "secs": {"hi": ("सेकंड",) * 2, "en-IN": ("second", "seconds")},
    "yr": {"hi": ("साल",) * 2, "en-IN": ("year", "years")},
    "yrs": {"hi": ("साल",) * 2, "en-IN": ("year", "years")},
    "km/hr": {"hi": ("किलोमीटर प्रति घंटा",) * 2, "en-IN": ("kilometre per hour", "kilometres per hour")},
    "m": {"hi": ("मीटर",) * 2, "en-IN": ("metre", "metres")},
    "cc": {"hi": ("सीसी",) * 2, "en-IN": ("cc", "cc")},
}  # fmt: skip
# the other languages: the loanwords every one of them uses for the commonest units (Telugu
# marks the plural); any other unit stays as written after the number
_OTHER_LANGUAGE_UNITS: dict[str, dict[str, tuple[str, str]]] = {
    "kg": {
        "mr": ("किलोग्रॅम",) * 2, "bn": ("কিলোগ্রাম",) * 2, "gu": ("કિલોગ્રામ",) * 2,
        "pa": ("ਕਿਲੋਗ੍ਰਾਮ",) * 2, "ta": ("கிலோகிராம்",) * 2, "te": ("కిలోగ్రాము", "కిలోగ్రాములు"),
        "kn": ("ಕಿಲೋಗ್ರಾಂ",) * 2, "ml": ("കിലോഗ്രാം",) * 2, "or": ("କିଲୋଗ୍ରାମ",) * 2,
    },
    "km": {
        "mr": ("किलोमीटर",) * 2, "bn": ("কিলোমিটার",) * 2, "gu": ("કિલોમીટર",) * 2,
        "pa": ("ਕਿਲੋਮੀਟਰ",) * 2, "ta": ("கிலோமீட்டர்",) * 2, "te": ("కిలోమీటరు", "కిలోమీటర్లు"),
        "kn": ("ಕಿಲೋಮೀಟರ್",) * 2, "ml": ("കിലോമീറ്റർ",) * 2, "or": ("କିଲୋମିଟର",) * 2,
    },
}  # fmt: skip
for _unit, _unit_forms in _OTHER_LANGUAGE_UNITS.items():
    _UNIT_WORDS[_unit].update(_unit_forms)
# area and volume: m² / sq m / sq. m / sq.m; m³ / cu m / cu. m
_SQUARE = {"hi": "वर्ग", "en-IN": "square"}
_CUBIC = {"hi": "घन", "en-IN": "cubic"}
for _base, _names in {
    "m": {"hi": ("मीटर",) * 2, "en-IN": ("metre", "metres")},
    "km": {"hi": ("किलोमीटर",) * 2, "en-IN": ("kilometre", "kilometres")},
    "cm": {"hi": ("सेंटीमीटर",) * 2, "en-IN": ("centimetre", "centimetres")},
    "ft": {"hi": ("फ़ुट",) * 2, "en-IN": ("foot", "feet")},
}.items():
    for _prefix_words, _forms in (
        (_SQUARE, (f"{_base}²", f"sq {_base}", f"sq. {_base}", f"sq.{_base}", f"sq{_base}")),
        (_CUBIC, (f"{_base}³", f"cu {_base}", f"cu. {_base}", f"cu.{_base}")),
    ):
        for _form in _forms:
            _UNIT_WORDS.setdefault(_form, {
                _code: (f"{_prefix_words[_code]} {_sg}", f"{_prefix_words[_code]} {_pl}")
                for _code, (_sg, _pl) in _names.items()
            })  # fmt: skip
_UNIT_RE = re.compile(r"[ \u00a0]?(?P<unit>" + _trie(_UNIT_WORDS) + r")(?![A-Za-z0-9])")
# glued to the number ("5km"); not "m" ("5m" is as often minutes or million as metres)
_UNIT_ALNUM = re.compile(
    rf"(?P<number>{_DIGIT}+(?:\.{_DIGIT}+)?)(?P<unit>"
    + _trie(unit for unit in _UNIT_WORDS if unit != "m")
    + r")(?![A-Za-z0-9])"
)
_THOUSANDS_K = re.compile(rf"({_DIGIT}+)[kK]")
_TIMES = re.compile(rf"({_DIGIT}{{1,3}})[xX×]({_DIGIT}{{1,3}})")  # 24x7

# foreign money: a symbol ($, US$, €, ...) or an ISO code (USD, AED, ...)
_FX_SYMBOL = _trie(CURRENCY_SYMBOLS)
_FX_CODE = rf"(?<![A-Za-z]){_trie(CURRENCY_CODES)}(?![A-Za-z])"
_FX_SIGN = rf"(?:{_FX_SYMBOL}|{_FX_CODE})"

# $ / US$ / € / USD (with an optional sign) before the number; looked for only when the
# character before the digits (or before one space) may end one: see _FX_LAST_CHARS
_FX_PREFIX = re.compile(rf"(?:(?<![^\s(\[{{:=,;])[-−]\s?)?{_FX_SIGN}\s?$")
_FX_LAST_CHARS = frozenset(
    [*(symbol[-1] for symbol in CURRENCY_SYMBOLS), *(code[-1] for code in CURRENCY_CODES)]
)
# the first letters of the codes, for the cheap test before _FX_CODE_AFTER
_FX_FIRST_CHARS = frozenset(code[0] for code in CURRENCY_CODES)

# Prefix that belongs to the number starting at the end of the window.
_PREFIX = re.compile(
    rf"""(?:
      (?:(?<![^\s(\[{{:=,;])[-−]\s?)?{_CURRENCY}\s?[-−]?\.?   # ₹ / Rs. / INR with optional sign
    | \+\s?                                                   # + of a phone number
    | (?<![A-Za-z])[A-Za-z]+                                  # letters glued to digits (A1234)
    | (?<![^\s(\[{{:=,;/])[-−]                                # a minus sign
    | (?<![^\s(\[{{:=,;/])\.                                  # ".5" with no leading zero
    )$""",
    re.X,
)

_AM_PM = r"[AaPp]\.?\s?[Mm]\.?(?![A-Za-z])"
# one end of a time range: "10:00", "10:00 AM", "9am" (not a bare hour)
_TIME_END = rf"{_DIGIT}{{1,2}}(?::{_DIGIT}{{2}}(?:\s?{_AM_PM})?|\s?{_AM_PM})"
# the first end may be a bare hour when the second is a time: "9-6pm", "10-18:00"
_TIME_START = rf"(?:{_TIME_END}|{_DIGIT}{{1,2}}(?=\s?[-–—]\s?{_TIME_END}))"
_TIME_END_PARTS = re.compile(rf"({_DIGIT}{{1,2}})(?::({_DIGIT}{{2}}))?\s?({_AM_PM})?")
_TAK_AFTER = re.compile(r"\s?तक(?![\u0900-\u0963])")

# One alternative per written form, tried in this order; the name of the alternative that
# matched picks its reader in _HANDLERS.
_NUMBER_FORMS = re.compile(
    rf"""
      # +91 98765 43210; +1-415-555-0100
      (?P<intl_phone>\+\s?{_DIGIT}{{1,3}}(?:[\s-]?{_DIGIT}){{6,14}}(?![0-9]))
      # 1800 123 4567; 1860-500-1234
    | (?P<toll_free>18[06]0[\s-]?{_DIGIT}{{3}}[\s-]?{_DIGIT}{{3,4}}(?![0-9]))
      # 2024-08-15
    | (?P<iso_date>(?P<iso_year>{_DIGIT}{{4}})-(?P<iso_month>{_DIGIT}{{1,2}})-(?P<iso_day>{_DIGIT}{{1,2}})(?![0-9]))
      # 15/08/2024; 15.08.24; 15-8-2024 (day first, or month first when that is the only valid reading)
    | (?P<numeric_date>(?P<dmy_day>{_DIGIT}{{1,2}})(?P<dmy_sep>[/.\-])(?P<dmy_month>{_DIGIT}{{1,2}})(?P=dmy_sep)(?P<dmy_year>{_DIGIT}{{4}}|{_DIGIT}{{2}})(?![0-9]))
      # 1.2.3; 192.168.1.1 (three dotted parts or more: a version, an address)
    | (?P<dotted_numbers>{_DIGIT}+(?:\.{_DIGIT}+){{2,}}(?![0-9]))
      # 15 Aug 2024; 15th August; 15-Aug-2024; 15 अगस्त 1947
    | (?P<day_month_name>(?P<day>{_DIGIT}{{1,2}}(?:st|nd|rd|th)?)[\s-]?(?P<month_name>{_MONTH_NAME})(?:(?:,?\s?|(?P<year_hyphen>-))(?P<year>{_DIGIT}{{4}})(?![0-9]))?)
      # August 15; Aug 15th, 2024 (the scan starts at the month word before the digits)
    | (?P<month_name_day>(?P<mdy_month_name>{_MONTH_NAME})\s(?P<mdy_day>{_DIGIT}{{1,2}}(?:st|nd|rd|th)?)(?![0-9A-Za-z])(?:,?\s(?P<mdy_year>{_DIGIT}{{4}})(?![0-9]))?)
      # Aug 2024; March, 2025; अगस्त 2024
    | (?P<month_name_year>(?P<month_year_month>{_MONTH_NAME}),?\s(?P<month_year_year>{_DIGIT}{{4}})(?![0-9]))
      # 10:00-18:00; 9am-6pm; 9-6pm; 10 AM – 5 PM
    | (?P<time_range>{_TIME_START}\s?[-–—]\s?{_TIME_END}(?:\s?बजे)?)
      # 10:30; 10:30:15 PM; 9:05 a.m.; 10:30 बजे
    | (?P<time_hh_mm>(?P<hh_mm_hour>{_DIGIT}{{1,2}}):(?P<hh_mm_minute>{_DIGIT}{{2}})(?::(?P<hh_mm_second>{_DIGIT}{{2}}))?(?![0-9])
        (?:\s?(?P<hh_mm_am_pm>[AaPp]\.?\s?[Mm]\.?)(?![A-Za-z]))?(?P<hh_mm_baje>\s?बजे)?)
      # 10.30 बजे
    | (?P<time_dot_baje>(?P<dot_baje_hour>{_DIGIT}{{1,2}})\.(?P<dot_baje_minute>{_DIGIT}{{2}})\s?बजे)
      # 9am; 9 PM; 11 p.m.
    | (?P<hour_am_pm>(?P<am_pm_hour>{_DIGIT}{{1,2}})\s?(?P<am_pm_marker>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))
      # ₹4,500; Rs. 2.5 lakh; -₹500; ₹5,000/-; ₹10-20 लाख; ₹.50; INR 500 rupees
    | (?P<money>(?P<money_sign>[-−]\s?)?{_CURRENCY}\s?(?P<money_sign_after_symbol>[-−])?(?P<amount>{_NUMBER}|\.{_DIGIT}{{1,2}}(?![0-9]))
        (?:\s?(?P<scale>{_SCALE}){_NOT_LETTER})?(?:\s?/-)?
        (?:\s?[-–—]\s?(?:{_CURRENCY}\s?)?(?P<amount_to>{_NUMBER})(?:\s?(?P<scale_to>{_SCALE}){_NOT_LETTER})?(?:\s?/-)?)?
        (?:\s?{_CURRENCY_WORD}{_NOT_LETTER})?)
      # 4500 रुपये; 500/-; 10-20 लाख रुपये; 2.5 crore rupees; 500₹
    | (?P<money_currency_after>(?P<post_amount>{_NUMBER})(?:\s?[-–—]\s?(?P<post_amount_to>{_NUMBER}))?
        (?:\s?(?P<post_scale>{_SCALE}){_NOT_LETTER})?\s?(?:/-|{_CURRENCY_WORD}{_NOT_LETTER}|₹))
      # 12.5%; 10-15%; -3 %
    | (?P<percent>(?P<percent_sign>[-−])?(?P<percent_value>{_NUMBER})(?:\s?[-–—]\s?(?P<percent_value_to>{_NUMBER}))?\s?%)
      # 1st; 22nd; 21वाँ; 5 वीं; 1ला; 2री; 4थे
    | (?P<ordinal>(?P<ordinal_number>{_DIGIT}+)(?:(?P<english_suffix>st|nd|rd|th|ST|ND|RD|TH)(?![A-Za-z])
        |\s?(?P<hindi_suffix>वां|वाँ|वीं|वें|वा|वी|वे){_NOT_LETTER}|(?P<hindi_short_suffix>ला|ली|ले|रा|री|रे|था|थी|थे|ठा|ठी|ठे){_NOT_LETTER}))
      # 2 1/2; 7 3/8; २२ ३१/१७ (a whole number and a proper fraction)
    | (?P<mixed_fraction>(?P<mixed_whole>{_DIGIT}{{1,6}})[ \u00a0](?P<mixed_numerator>{_DIGIT}{{1,4}})/(?P<mixed_denominator>{_DIGIT}{{1,4}})(?![0-9/]|[.,]{_DIGIT}))
      # 3/4; 15/08; 99/99; 24/7 (a fraction or a date without a year: see the module docs)
    | (?P<slash_pair>(?<![0-9]/)(?P<slash_first>{_DIGIT}{{1,4}})/(?P<slash_second>{_DIGIT}{{1,4}})(?![0-9/]|[.,]{_DIGIT}))
      # 2024-25; 2023–24 (a financial year)
    | (?P<financial_year>(?P<fy_start_year>{_DIGIT}{{4}})[-–](?P<fy_end_yy>{_DIGIT}{{2}})(?![0-9]))
      # 10-20; 2.5 – 3.5; 1990-2000
    | (?P<number_range>(?P<range_from>{_NUMBER})\s?[-–—]\s?(?P<range_to>{_NUMBER})(?![0-9]))
      # A1234; SBIN0001234; 5kg; 10k; 24x7
    | (?P<alphanumeric>[A-Za-z]+{_DIGIT}[A-Za-z0-9]*|{_DIGIT}+[A-Za-z][A-Za-z0-9]*)
      # .5
    | (?P<leading_dot>\.(?P<leading_dot_digits>{_DIGIT}+)(?![0-9.]))
      # 4,500; 1,00,000; -12; 3.14
    | (?P<number>(?P<number_sign>[-−])?{_NUMBER})
    """,
    re.X,
)
# Forms looked for only where a cheap test says they may be (an alternative in
# _NUMBER_FORMS would cost every plain number a try):
# $500; US$ 99; €0.50; USD 1,200; -£20; $2 million; $1,000-2,000 (after an _FX_PREFIX)
_FOREIGN_MONEY = re.compile(
    rf"""(?P<foreign_money>(?P<fx_negative>[-−]\s?)?(?P<fx_sign>{_FX_SIGN})\s?(?P<fx_amount>{_NUMBER}|\.{_DIGIT}{{1,2}}(?![0-9]))
        (?:\s?(?P<fx_scale>{_SCALE}){_NOT_LETTER})?
        (?:\s?[-–—]\s?(?:{_FX_SIGN}\s?)?(?P<fx_amount_to>{_NUMBER})(?:\s?(?P<fx_scale_to>{_SCALE}){_NOT_LETTER})?)?)""",
    re.X,
)
# 1.5e-7; 1e+300; 6.02E23: exponent notation, a signed power or a decimal mantissa (tried
# by the readers of a number or a code followed by "e")
_EXPONENT = re.compile(
    rf"(?P<exponent>(?P<exp_negative>[-−])?(?:(?P<exp_mantissa>{_DIGIT}+\.{_DIGIT}+)[eE](?P<exp_sign>[+\-−])?"
    rf"|(?P<exp_whole>{_DIGIT}+)[eE](?P<exp_whole_sign>[+\-−]))(?P<exp_power>{_DIGIT}{{1,12}})(?![0-9A-Za-z]))"
)
# the `number` alternative alone: how the scan reads a run a handler turned down
_PLAIN_NUMBER = re.compile(rf"(?P<number>(?P<number_sign>)(?:{_NUMBER}))")
_NUMBER_PARTS = re.compile(rf"(?P<integer>{_INTEGER})(?:\.(?P<fraction>{_DIGIT}+))?")

_CALL_WORD_AFTER = re.compile(
    r"\s?(?:(?:पर|को|on|at)\s)?(?:कॉल|[Cc]all|\u095eोन|\u092b\u093cोन|फोन|डायल|[Dd]ial|मिस्ड|[Mm]issed|SMS|एसएमएस"
    r"|WhatsApp|व्हाट्सऐप|व्हाट्सएप)"
)
_YEAR_BEFORE = re.compile(
    r"(?<![A-Za-z\u0900-\u097F])(?:सन्|सन|ईस्वी|वर्ष|साल|[Yy]ear|in|In|since|Since|from|From|till|until|by|during|FY)\s?$"
)
_YEAR_AFTER = re.compile(r"\s?(?:में|ई\.|ईस्वी|AD|BC|BCE|CE|A\.D\.|B\.C\.)")
_PERIOD_BEFORE = re.compile(
    r"(?:सुबह|सवेरे|दोपहर|शाम|रात|तड़के|भोर|[Mm]orning|[Ee]vening|[Nn]ight|[Aa]fternoon)\s?$"
)
_NEXT_DIGIT_GROUP = re.compile(rf"[ \-]({_DIGIT}{{3,}})(?![0-9]|[.,]{_DIGIT})")


def _is_letter(ch: str) -> bool:
    return ch.isalpha() or ("\u0900" <= ch <= "\u0dff" and ch not in "।॥")


# ---------------------------------------------------------------------------
# Reading helpers
# ---------------------------------------------------------------------------


class _ScanContext:
    """Per-call state: the shadow text (native digits mapped to ASCII, same length as the
    input) and the language profile."""

    __slots__ = ("profile", "text")

    def __init__(self, text: str, profile: _Profile) -> None:
        self.text = text
        self.profile = profile


def _cardinal_words(n: int, profile: _Profile) -> str:
    if n >= 10**20:
        return _digit_words(_int_text(n), profile)
    if profile.traditional and n >= 10**9:
        words = traditional_hindi_cardinal(n, profile.lang)
        if words is not None:
            return words
    return cardinal(n, profile.lang, profile.use_arab)


def _digit_words(digits: str, profile: _Profile) -> str:
    """The digits of ``digits`` one by one (anything else in it is skipped)."""
    return " ".join(profile.digits[ord(ch) - 48] for ch in digits if "0" <= ch <= "9")


def _number_words(written: str, profile: _Profile) -> str:
    """Words for a number as written: commas allowed, decimals read digit by digit."""
    int_part, _, frac = written.partition(".")
    digits = int_part.replace(",", "")
    if len(digits) > 20:
        words = _digit_words(digits, profile)
    else:
        words = _cardinal_words(int(digits), profile)
    if frac:
        words += f" {profile.lang.point} {_digit_words(frac, profile)}"
    return words


def _year_words(year: int, profile: _Profile) -> str:
    """A year the way it is said: उन्नीस सौ सैंतालीस, nineteen forty-seven, twenty twenty-four."""
    code = profile.code
    if code == "hi" and 1100 <= year <= 1999:
        hundreds, rest = divmod(year, 100)
        words = f"{profile.lang.units[hundreds]} सौ"
        return f"{words} {profile.lang.units[rest]}" if rest else words
    if code == "en-IN" and (1100 <= year <= 1999 or 2010 <= year <= 2099):
        hundreds, rest = divmod(year, 100)
        if rest == 0:
            return f"{_EN_UNITS[hundreds]} hundred"
        if rest < 10:
            return f"{_EN_UNITS[hundreds]} oh {_EN_UNITS[rest]}"
        return f"{_EN_UNITS[hundreds]} {_EN_UNITS[rest]}"
    return _cardinal_words(year, profile)


_EN_UNITS = ENGLISH_IN.units


def _ordinal_words(n: int, profile: _Profile, hi_suffix: str | None) -> str:
    """An ordinal; ``hi_suffix`` is the Hindi suffix as written (वाँ, वीं, ला, ...), if any."""
    if profile.code == "en-IN":
        return en_ordinal(_cardinal_words(n, profile))
    if profile.code != "hi":
        return _cardinal_words(n, profile)
    suffix = hi_suffix or "वाँ"
    if n in HI_ORDINAL_IRREGULAR:
        vowel = {"ा": "ा", "ी": "ी", "े": "े"}.get(suffix[-1], "ा")
        if suffix[-1] in "ंँ":  # वां / वाँ / वीं / वें
            vowel = suffix[-2]
        return HI_ORDINAL_IRREGULAR[n] + vowel
    if hi_suffix and hi_suffix[0] != "व":  # 5ला-style suffix on a regular number
        suffix = {"ा": "वाँ", "ी": "वीं", "े": "वें"}[hi_suffix[-1]]
    return _cardinal_words(n, profile) + suffix


def _grouped_digit_words(groups: list[str], profile: _Profile) -> str:
    """Digit groups read digit by digit, with a pause (the group separator) between groups."""
    return profile.group_sep.join(_digit_words(group, profile) for group in groups if group)


def _split_groups(written: str) -> list[str]:
    """Digit groups separated by spaces or hyphens: "98765 43210" → ["98765", "43210"]."""
    return [group for group in re.split(r"[\s\-]+", written) if group]


def _rupee_words(paise_total: int | None, profile: _Profile) -> str | None:
    """Rupees-and-paise words for an exact amount in paise."""
    if paise_total is None:
        return None
    rupees, paise = divmod(paise_total, 100)
    lang = profile.lang
    parts = []
    if rupees or not paise:
        rupee_word = profile.rupee[0] if rupees == 1 else profile.rupee[1]
        parts.append(f"{_attributive(_cardinal_words(rupees, profile), profile)} {rupee_word}")
    if paise:
        paisa_word = lang.paisa[0] if paise == 1 else lang.paisa[1]
        parts.append(f"{_attributive(_cardinal_words(paise, profile), profile)} {paisa_word}")
    return lang.money_joiner.join(parts)


def _attributive(words: str, profile: _Profile) -> str:
    for final, before_noun in profile.lang.attributive:
        if words.endswith(final):
            return words[: -len(final)] + before_noun
    return words


def _scale_power(words: str | None) -> int:
    if not words:
        return 0
    return sum(_SCALE_WORDS.get(word, 0) for word in words.split())


def _amount_paise(amount: str, scale: str | None) -> int | None:
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


def _money_words(
    amount: str, scale: str | None, profile: _Profile, with_currency: bool = True
) -> str:
    paise = _amount_paise(amount, scale)
    if paise is not None and paise < 10**22:
        if not with_currency and paise % 100 == 0:
            return _cardinal_words(paise // 100, profile)
        words = _rupee_words(paise, profile)
        if words is not None:
            return words
    # finer than a paisa (₹10.555): read the number as written
    words = _number_words(amount, profile)
    if scale:
        words += " " + scale
    return f"{words} {profile.rupee[1]}" if with_currency else words


# ---------------------------------------------------------------------------
# Handlers, one per alternative of _NUMBER_FORMS: (ctx, match) -> (words | None, end).
# None means "not what it looked like": the scan then reads the leading number plainly.
# ---------------------------------------------------------------------------

Handler = Callable[[_ScanContext, "re.Match[str]"], "tuple[str | None, int]"]


def _read_intl_phone(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    body = match.group("intl_phone").lstrip("+").strip()
    groups = _split_groups(body)
    if len(groups) == 1:
        digits = groups[0]
        if digits.startswith("91") and len(digits) == 12:
            groups = ["91", digits[2:7], digits[7:]]
    elif len(groups) == 2 and groups[0] == "91" and len(groups[1]) == 10:
        groups = ["91", groups[1][:5], groups[1][5:]]
    return f"{profile.lang.plus} {_grouped_digit_words(groups, profile)}", match.end()


def _read_toll_free(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    groups = _split_groups(match.group("toll_free"))
    if len(groups) == 1:
        digits = groups[0]
        groups = [digits[:4], digits[4:7], digits[7:]]
    return _grouped_digit_words(groups, ctx.profile), match.end()


def _valid_date(day: int, month: int) -> tuple[int, int] | None:
    """(day, month) of a real calendar day, swapping the two when written month-first."""
    if 1 <= month <= 12 and 1 <= day <= 31:
        return day, month
    if 1 <= day <= 12 and 1 <= month <= 31:
        return month, day  # written month-first
    return None


def _date_words(day: int, month: int, year: int | None, profile: _Profile) -> str:
    year_words = f" {_year_words(year, profile)}" if year is not None else ""
    if profile.code == "hi":
        return f"{_cardinal_words(day, profile)} {HINDI.months[month - 1]}{year_words}"  # type: ignore[index]
    if profile.code == "en-IN":
        return f"{en_ordinal(_cardinal_words(day, profile))} {ENGLISH_IN.months[month - 1]}{year_words}"  # type: ignore[index]
    if profile.lang.months is not None:
        return f"{_cardinal_words(day, profile)} {profile.lang.months[month - 1]}{year_words}"
    return f"{_cardinal_words(day, profile)} {_cardinal_words(month, profile)}{year_words}"


_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# a word that says the number next to it is a date: before it ("तारीख 4/6", "due on
# 05/11") or after it ("10/10 को", "31.03 तक", "05/11 রোজী")
_DATE_WORD_BEFORE = re.compile(
    r"(?<![A-Za-z\u0900-\u0DFF])(?:तारीख़?|तारीख|तिथि|दिनांक|[Dd]ated?|on|by|till|until|from|due|before|after"
    r"|DOB|dob|তারিখ|தேதி|తేదీ|તારીખ|ਤਾਰੀਖ਼?|ತಾರೀಖು|ದಿನಾಂಕ|തീയതി|ତାରିଖ)[\s:,-]{1,3}(?:है\s|is\s)?$"
)
_DATE_WORD_AFTER = re.compile(
    r"\s?(?:को|तक|तारीख़?|रोजी|पर्यंत|পর্যন্ত|তারিখে|அன்று|வரை|లోపు|వరకు|నాటికి|સુધી|સુધીમાં|ರಂದು|വരെ"
    r"|ਤੱਕ|ପର୍ଯ୍ୟନ୍ତ)(?![\u0900-\u0DFF])"
)


# "से" after a/b or a.b is as often "than" ("3/4 से ज़्यादा") as "from": a date word only
# after a-b, which cannot be a range when a > b ("31-12 से पहले")
_SE_AFTER = re.compile(r"\s?से(?![\u0900-\u0DFF])")


def _yearless_date(
    ctx: _ScanContext, start: int, end: int, day_written: str, month_written: str, sep: str
) -> tuple[int, int] | None:
    """(day, month) when ``day_written`` ``sep`` ``month_written`` is a date without a
    year (the rules are in the module docstring), else None."""
    if len(day_written) > 2 or len(month_written) > 2:
        return None
    day, month = int(day_written), int(month_written)
    if not (1 <= month <= 12 and 1 <= day <= _DAYS_IN_MONTH[month - 1]):
        return None
    leading_zero = day_written[0] == "0" or month_written[0] == "0"
    text = ctx.text
    word_before = _DATE_WORD_BEFORE.search(text, max(0, start - 24), start) is not None
    word_after = _DATE_WORD_AFTER.match(text, end) is not None
    if sep == "-":  # "2-3 दिन", "5-10 तक" are ranges; "31-12 से पहले" cannot be one
        word_after = word_after or _SE_AFTER.match(text, end) is not None
        date = leading_zero or word_before or (day > month and word_after)
        return (day, month) if date else None
    if sep == ".":  # "15.08" is a decimal: a date needs dd.mm and a zero or a date word
        two_digits = len(day_written) == len(month_written) == 2
        date = two_digits and (day_written[0] == "0" or word_before or word_after)
        return (day, month) if date else None
    # "/": "3/4" is a fraction; "15/08", "25/12", "तारीख 4/6", "10/10 को" are dates
    date = leading_zero or word_before or word_after or day >= month
    return (day, month) if date else None


def _read_iso_date(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    month = int(match.group("iso_month"))
    day_month = _valid_date(int(match.group("iso_day")), month)
    if day_month is None or day_month[1] != month:
        return None, match.end()
    year = int(match.group("iso_year"))
    return _date_words(day_month[0], day_month[1], year, ctx.profile), match.end()


def _read_numeric_date(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    day_month = _valid_date(int(match.group("dmy_day")), int(match.group("dmy_month")))
    if day_month is None:
        return None, match.end()
    year = int(match.group("dmy_year"))
    if len(match.group("dmy_year")) == 2:
        year += 2000 if year <= 69 else 1900
    return _date_words(day_month[0], day_month[1], year, ctx.profile), match.end()


def _read_dotted_numbers(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    dot = {"hi": " डॉट ", "en-IN": " dot "}.get(profile.code, " . ")
    parts = match.group("dotted_numbers").split(".")
    return dot.join(_number_words(part, profile) for part in parts), match.end()


def _day_words(day: str, profile: _Profile) -> str:
    """A day of the month as written ("15", "15th"): पंद्रह / fifteenth."""
    day_number = int(day.rstrip("stndrhSTNDRH"))
    if profile.code == "en-IN":
        return en_ordinal(_cardinal_words(day_number, profile))
    return _cardinal_words(day_number, profile)


def _replace_groups(match: re.Match[str], repl: dict[str, str]) -> str:
    """The match's text with some named groups replaced (keeps month spelling, commas)."""
    whole_start = match.start()
    text = match.group(0)
    out = []
    last = 0
    for name, words in sorted(repl.items(), key=lambda item: match.start(item[0])):
        group_start, group_end = match.start(name) - whole_start, match.end(name) - whole_start
        out.append(text[last:group_start])
        out.append(words)
        last = group_end
    out.append(text[last:])
    return "".join(out)


def _respell_month(
    match: re.Match[str], group: str, profile: _Profile, repl: dict[str, str]
) -> None:
    """An English month ("Jan", "Sept.", "JANUARY") in the language's own spelling."""
    written = match.group(group)
    name = written.rstrip(".")
    month = _EN_MONTH_FORMS.get(name)
    if month is None:
        return
    if profile.code == "hi":
        spoken = HINDI.months[month - 1]  # type: ignore[index]
    elif profile.code == "en-IN":
        spoken = ENGLISH_IN.months[month - 1]  # type: ignore[index]
    else:
        return
    repl[group] = spoken + ("." if _dot_ends_sentence(match, group, name) else "")


def _dot_ends_sentence(match: re.Match[str], group: str, name: str) -> bool:
    """Whether the dot written after a month name is a full stop, not an abbreviation's.

    It is when the name is not an abbreviation ("May.", "June.") or when the text ends or a
    capital letter follows ("5 Jan. Then"); "5 Jan. 2024" drops it. A full stop the voice
    loses would run two sentences together.
    """
    if not match.group(group).endswith("."):
        return False
    if name.lower() in _FULL_MONTH_NAMES:
        return True
    after = match.string[match.end(group) :].lstrip(" ")
    return not after or after[0].isupper() or after[0] == "\n"


def _read_day_month_name(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    day = int(match.group("day").rstrip("stndrh"))
    if not 1 <= day <= 31:
        return None, match.end()
    repl = {"day": _day_words(match.group("day"), profile)}
    if match.group("year"):
        repl["year"] = _year_words(int(match.group("year")), profile)
    if match.group("year_hyphen"):
        repl["year_hyphen"] = " "  # 15-Aug-2024
    _respell_month(match, "month_name", profile, repl)
    out = _replace_groups(match, repl)
    # "15-Aug" / "15Aug": give the month its own word
    between = ctx.text[match.end("day") : match.start("month_name")]
    if between != " ":
        out = out.replace(repl["day"] + between, repl["day"] + " ", 1)
    return out, match.end()


def _read_month_name_day(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    day = int(match.group("mdy_day").rstrip("stndrh"))
    if not 1 <= day <= 31:
        return None, match.end()
    repl = {"mdy_day": _day_words(match.group("mdy_day"), profile)}
    if match.group("mdy_year"):
        repl["mdy_year"] = _year_words(int(match.group("mdy_year")), profile)
    _respell_month(match, "mdy_month_name", profile, repl)
    return _replace_groups(match, repl), match.end()


def _read_month_name_year(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    repl = {"month_year_year": _year_words(int(match.group("month_year_year")), ctx.profile)}
    _respell_month(match, "month_year_month", ctx.profile, repl)
    return _replace_groups(match, repl), match.end()


_HI_PERIODS = ((4, "रात"), (12, "सुबह"), (16, "दोपहर"), (20, "शाम"), (24, "रात"))


def _read_time_hh_mm(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    hour, minute = int(match.group("hh_mm_hour")), int(match.group("hh_mm_minute"))
    second = int(match.group("hh_mm_second")) if match.group("hh_mm_second") else None
    am_pm = match.group("hh_mm_am_pm")
    if (
        minute > 59
        or (second is not None and second > 59)
        or hour > 24
        or (am_pm and not 1 <= hour <= 12)
    ):
        return None, match.end()
    baje = bool(match.group("hh_mm_baje"))
    return _time_words(ctx, match.start(), hour, minute, second, am_pm, baje), match.end()


def _read_time_dot_baje(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    hour, minute = int(match.group("dot_baje_hour")), int(match.group("dot_baje_minute"))
    if hour > 24 or minute > 59:
        return None, match.end()
    return _time_words(ctx, match.start(), hour, minute, None, None, True), match.end()


def _read_hour_am_pm(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    hour = int(match.group("am_pm_hour"))
    if not 1 <= hour <= 12:
        return None, match.end()
    am_pm = match.group("am_pm_marker")
    return _time_words(ctx, match.start(), hour, 0, None, am_pm, False), match.end()


def _read_time_range(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    """ "10:00-18:00", "9am-6pm": सुबह दस बजे से शाम छह बजे तक / ten AM to six PM."""
    profile = ctx.profile
    sides = []
    pos = match.start()
    for _ in range(2):
        part = _TIME_END_PARTS.match(ctx.text, pos)
        if part is None:  # pragma: no cover - the pattern guarantees it
            return None, match.end()
        hour, minute, am_pm = int(part.group(1)), int(part.group(2) or 0), part.group(3)
        if minute > 59 or hour > 24 or (am_pm and not 1 <= hour <= 12):
            return None, match.end()
        sides.append((part.start(), hour, minute, am_pm))
        pos = part.end()
        while pos < match.end() and ctx.text[pos] in " -–—":
            pos += 1
    (start1, hour1, minute1, am_pm1), (start2, hour2, minute2, am_pm2) = sides
    if am_pm1 is None and am_pm2 is not None and ctx.text[start1 : start1 + 3].find(":") < 0:
        if not 1 <= hour1 <= 12:
            return None, match.end()
        # "9-6pm" is 9 AM, "2-5pm" is 2 PM
        same = hour1 % 12 < hour2 % 12
        am_pm1 = am_pm2 if same else ("AM" if am_pm2[0] in "Pp" else "PM")

    def marked(hour: int, am_pm: str | None) -> bool:
        hour24 = (hour % 12 + (12 if am_pm[0] in "Pp" else 0)) if am_pm else hour % 24
        return bool(am_pm) or hour24 >= 13 or hour24 == 0

    # 22:00-06:00: रात दस बजे से सुबह छह बजे (a period on both ends when either needs one)
    both = marked(hour1, am_pm1) or marked(hour2, am_pm2)
    first = _time_words(ctx, start1, hour1, minute1, None, am_pm1, False, force_period=both)
    second = _time_words(
        ctx, start2, hour2, minute2, None, am_pm2, False, force_period=both, after_range=True
    )
    end = match.end()
    if profile.code == "hi":
        tak = "" if _TAK_AFTER.match(ctx.text, end) else " तक"
        return f"{first} से {second}{tak}", end
    return f"{first} {profile.lang.range_word} {second}", end


def _clock_fraction_words(hour: int, minute: int, profile: _Profile) -> str:
    """A quarter past, half past or quarter to ``hour`` the way Hindi says it."""
    if minute == 45:
        return f"पौने {_cardinal_words(hour % 12 + 1, profile)}"
    if minute == 15:
        return f"सवा {_cardinal_words(hour, profile)}"
    return {1: "डेढ़", 2: "ढाई"}.get(hour, f"साढ़े {_cardinal_words(hour, profile)}")


def _time_words(
    ctx: _ScanContext,
    start: int,
    hour: int,
    minute: int,
    second: int | None,
    am_pm: str | None,
    baje: bool,
    *,
    force_period: bool = False,
    after_range: bool = False,
) -> str:
    """A clock time; ``start`` is where it begins in the text (a period word before it,
    सुबह/शाम/morning, is then not repeated)."""
    profile = ctx.profile
    pm = bool(am_pm) and am_pm[0] in "Pp"  # type: ignore[index]
    hour24 = (hour % 12 + (12 if pm else 0)) if am_pm else hour % 24
    period_given = not after_range and (
        _PERIOD_BEFORE.search(ctx.text, max(0, start - 12), start) is not None
    )
    marked = bool(am_pm) or hour24 >= 13 or hour24 == 0 or force_period
    if profile.code == "hi":
        hour12 = hour24 % 12 or 12
        period = ""
        if not period_given and marked:
            period = next(word for limit, word in _HI_PERIODS if hour24 < limit) + " "
        spoken_hour = hour12 if marked else hour
        if profile.clock_fractions and second is None and minute in (15, 30, 45):
            # सवा चार बजे, साढ़े दस बजे, डेढ़ बजे, ढाई बजे, पौने पाँच बजे
            return f"{period}{_clock_fraction_words(spoken_hour, minute, profile)} बजे"
        minutes = "बजे" if minute == 0 else f"बजकर {_cardinal_words(minute, profile)} मिनट"
        words = f"{period}{_cardinal_words(spoken_hour, profile)} {minutes}"
        if second is not None:
            words += f" {_cardinal_words(second, profile)} सेकंड"
        return words
    if profile.code == "en-IN":
        suffix = ""
        spoken_hour = hour
        if am_pm:
            suffix = " PM" if pm else " AM"
        elif hour24 >= 13 or hour24 == 0 or force_period:
            spoken_hour, suffix = hour24 % 12 or 12, (" PM" if hour24 >= 12 else " AM")
        if minute == 0:
            minutes = "" if suffix else " o'clock"
        elif minute < 10:
            minutes = f" oh {_cardinal_words(minute, profile)}"
        else:
            minutes = f" {_cardinal_words(minute, profile)}"
        words = f"{_cardinal_words(spoken_hour, profile)}{minutes}"
        if second is not None:
            words += f" and {_cardinal_words(second, profile)} seconds"
        return words + suffix
    words = _cardinal_words(hour, profile)
    if minute:
        words += f" {_cardinal_words(minute, profile)}"
    if second is not None:
        words += f" {_cardinal_words(second, profile)}"
    return words


def _read_exponent(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    """ "1.5e-7": एक दशमलव पाँच गुणा दस की घात माइनस सात / one point five times ten to the
    power minus seven; languages without those words get the number written out."""
    profile = ctx.profile
    mantissa = match.group("exp_mantissa") or match.group("exp_whole")
    power_sign = match.group("exp_sign") or match.group("exp_whole_sign")
    power = match.group("exp_power")
    negative_power = power_sign in ("-", "−")
    minus = f"{profile.minus} " if match.group("exp_negative") else ""
    mantissa_words = _number_words(mantissa, profile)
    power_words = _number_words(power, profile)
    if negative_power:
        power_words = f"{profile.minus} {power_words}"
    times = TIMES_TEN_TO_THE.get(profile.code)
    if times is not None:
        return f"{minus}{mantissa_words} {times} {power_words}", match.end()
    if len(power) <= 3:  # no words for "times ten to the": the number written out
        value = Decimal(f"{mantissa}e{'-' if negative_power else '+'}{power}")
        return f"{minus}{_number_words(format(value, 'f'), profile)}", match.end()
    return f"{minus}{mantissa_words} E {power_words}", match.end()


_FX_SCALE_NAMES: dict[str, dict[str, str]] = {
    "hi": {"million": "मिलियन", "mn": "मिलियन", "billion": "बिलियन", "bn": "बिलियन",
           "thousand": "हज़ार", "k": "हज़ार", "K": "हज़ार", "lakh": "लाख", "crore": "करोड़"},
    "en-IN": {"mn": "million", "bn": "billion", "k": "thousand", "K": "thousand",
              "cr": "crore", "Cr": "crore", "CR": "crore", "L": "lakh", "lac": "lakh",
              "lakhs": "lakh", "crores": "crore"},
}  # fmt: skip


def _foreign_amount_words(
    amount: str, scale: str | None, code: str, profile: _Profile, with_unit: bool = True
) -> str:
    """An amount of a foreign currency: "दस डॉलर पचास सेंट", "ten dollars and fifty cents",
    "two million dollars"; a currency the language has no name for keeps its code."""
    names = FOREIGN_CURRENCIES.get(profile.code, {}).get(code)
    lang = profile.lang
    int_part, _, frac = amount.replace(",", "").partition(".")
    int_part = int_part or "0"
    if scale is not None:
        scale_names = _FX_SCALE_NAMES.get(profile.code, {})
        scale_words = " ".join(scale_names.get(word, word) for word in scale.split())
        words = f"{_number_words(amount, profile)} {scale_words}"
        return f"{words} {names[1] if names else code}" if with_unit else words
    if names is None:
        words = _number_words(amount, profile)
        return f"{words} {code}" if with_unit else words
    unit_sg, unit_pl, sub_sg, sub_pl = names
    if len(int_part) > 20 or (frac and (sub_sg is None or len(frac) > 2)):
        words = _number_words(amount, profile)  # read as written: 10.555 dollars
        return f"{words} {unit_pl}" if with_unit else words
    units, cents = int(int_part), int(frac.ljust(2, "0")) if frac else 0
    if not with_unit and not cents:
        return _cardinal_words(units, profile)
    parts = []
    if units or not cents:
        unit = unit_sg if units == 1 else unit_pl
        parts.append(f"{_attributive(_cardinal_words(units, profile), profile)} {unit}")
    if cents:
        sub = sub_sg if cents == 1 else sub_pl
        parts.append(f"{_attributive(_cardinal_words(cents, profile), profile)} {sub}")
    return lang.money_joiner.join(parts)


def _fx_code(written: str) -> str:
    return CURRENCY_SYMBOLS.get(written) or written.upper()


def _read_foreign_money(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    code = _fx_code(match.group("fx_sign"))
    amount, scale = match.group("fx_amount"), match.group("fx_scale")
    amount_to, scale_to = match.group("fx_amount_to"), match.group("fx_scale_to")
    if amount_to is not None:
        first = _foreign_amount_words(amount, scale, code, profile, with_unit=False)
        second = _foreign_amount_words(amount_to, scale_to or scale, code, profile)
        words = f"{first} {profile.lang.range_word} {second}"
    else:
        words = _foreign_amount_words(amount, scale, code, profile)
    if match.group("fx_negative"):
        words = f"{profile.minus} {words}"
    return words, match.end()


# "250 AED", "5-10 EUR": a code after a number or a range (checked by their readers; an
# alternative of its own would rescan every plain number)
_FX_CODE_AFTER = re.compile(rf"[ \u00a0]?(?P<code>{_FX_CODE})")


def _code_may_follow(text: str, end: int) -> bool:
    """Cheap test before _FX_CODE_AFTER: a code's first letter at ``end`` or after a space."""
    if end < len(text) and text[end] in " \u00a0":
        end += 1
    return end < len(text) and text[end] in _FX_FIRST_CHARS


def _code_after_words(
    ctx: _ScanContext, amount: str, amount_to: str | None, end: int
) -> tuple[str, int] | None:
    after = _FX_CODE_AFTER.match(ctx.text, end)
    if after is None:
        return None
    profile, code = ctx.profile, after.group("code")
    if amount_to is None:
        return _foreign_amount_words(amount, None, code, profile), after.end()
    first = _foreign_amount_words(amount, None, code, profile, with_unit=False)
    second = _foreign_amount_words(amount_to, None, code, profile)
    return f"{first} {profile.lang.range_word} {second}", after.end()


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


def _fraction_words(numerator: int, denominator: int, profile: _Profile) -> str | None:
    """A fraction: तीन चौथाई / तीन बटा पाँच, three fourths / thirteen by thirty-two,
    நான்கில் மூன்று, চার ভাগের তিন, നാലിൽ മൂന്ന്, పావు, ચાર ભાગમાંથી ત્રણ; None where the
    language has no rule."""
    code = profile.code
    idiomatic = profile.fraction_style == "idiomatic"
    top, bottom = _cardinal_words(numerator, profile), _cardinal_words(denominator, profile)
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


def _mixed_fraction_words(
    whole: int, numerator: int, denominator: int, profile: _Profile
) -> str | None:
    """ढाई, साढ़े तीन, सवा दो, पौने तीन, सात सही तीन बटा आठ; two and a half; अडीच."""
    code = profile.code
    idiomatic = profile.fraction_style == "idiomatic"
    whole_words = _cardinal_words(whole, profile)
    mixed = MIXED_FRACTION_WORDS.get(code)
    if mixed is not None and idiomatic:
        one_and_a_half, two_and_a_half, half_past, quarter_past, quarter_to = mixed
        if (numerator, denominator) == (1, 2):
            return {1: one_and_a_half, 2: two_and_a_half}.get(whole, f"{half_past} {whole_words}")
        if (numerator, denominator) == (1, 4):
            return quarter_past if whole == 1 else f"{quarter_past} {whole_words}"
        if (numerator, denominator) == (3, 4):
            return f"{quarter_to} {_cardinal_words(whole + 1, profile)}"
    if code == "en-IN" and idiomatic and (numerator, denominator) == (1, 2):
        return f"{whole_words} and a half"
    fraction = _fraction_words(numerator, denominator, profile)
    joiner = MIXED_FRACTION_JOINERS.get(code)
    if fraction is None or joiner is None:
        return None
    return f"{whole_words} {joiner} {fraction}"


def _nukta_forms(word: str) -> tuple[str, ...]:
    """``word`` as typed with the precomposed nukta letters and with nukta + letter."""
    decomposed = unicodedata.normalize("NFD", word)
    return (word, decomposed) if decomposed != word else (word,)


# a feminine noun right after "1/2" / "½" makes Hindi आधा आधी ("1/2 राशि": आधी राशि)
_HI_FEMININE_AFTER = re.compile(
    r"[ \u00a0](?:"
    + "|".join(
        sorted(
            {re.escape(form) for noun in HI_FEMININE_NOUNS for form in _nukta_forms(noun)},
            key=len,
            reverse=True,
        )
    )
    + r")(?![A-Za-z\u0900-\u097F])"
)


# a word and then a postposition: "1/2 घंटे में" takes the oblique आधे
_HI_OBLIQUE_AFTER = re.compile(
    r"[ \u00a0][^\s\d,;:.।?!]+[ \u00a0](?:में|से|का|की|के|को|पर|तक|वाला|वाली|वाले)"
    r"(?![\u0900-\u097F])"
)


def _agree(ctx: _ScanContext, words: str, end: int) -> str:
    """Hindi आधा before a feminine noun becomes आधी (a short list; masculine by default),
    and आधे before a masculine noun with a postposition after it (आधे घंटे में)."""
    if words == "आधा":
        if _HI_FEMININE_AFTER.match(ctx.text, end) is not None:
            return "आधी"
        if _HI_OBLIQUE_AFTER.match(ctx.text, end) is not None:
            return "आधे"
    return words


def _read_mixed_fraction(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    whole = int(match.group("mixed_whole"))
    numerator = int(match.group("mixed_numerator"))
    denominator = int(match.group("mixed_denominator"))
    if numerator == 0 or denominator < 2:
        return None, match.end()
    words = _mixed_fraction_words(whole, numerator, denominator, ctx.profile)
    if words is None:
        return None, match.end()
    return _with_unit(ctx, words, match.end(), plural=True)


_BY = {"hi": "बाई", "en-IN": "by"}  # "24x7", "24/7"


def _read_slash_pair(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    """ "a/b": 24/7, a date without a year, or a fraction (rules in the module docs)."""
    profile = ctx.profile
    first, second = match.group("slash_first"), match.group("slash_second")
    if first == "24" and second == "7" and profile.code in _BY:  # like "24x7"
        by = _BY[profile.code]
        return f"{_cardinal_words(24, profile)} {by} {_cardinal_words(7, profile)}", match.end()
    date = _yearless_date(ctx, match.start(), match.end(), first, second, "/")
    if date is not None:
        return _date_words(date[0], date[1], None, profile), match.end()
    numerator, denominator = int(first), int(second)
    words = _fraction_words(numerator, denominator, profile)  # "5/0" too: पाँच बटा शून्य
    if words is None:
        return None, match.end()
    words = _agree(ctx, words, match.end())
    return _with_unit(ctx, words, match.end(), plural=numerator > denominator)


def _read_money(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    negative = bool(match.group("money_sign") or match.group("money_sign_after_symbol"))
    amount, scale = match.group("amount"), match.group("scale")
    amount_to, scale_to = match.group("amount_to"), match.group("scale_to")
    if amount_to is not None:
        first = _money_words(amount, scale or scale_to, profile, with_currency=False)
        second = _money_words(amount_to, scale_to, profile)
        words = f"{first} {profile.lang.range_word} {second}"
    else:
        words = _money_words(amount, scale, profile)
    return (f"{profile.minus} {words}" if negative else words), match.end()


def _read_money_currency_after(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    amount, amount_to = match.group("post_amount"), match.group("post_amount_to")
    scale = match.group("post_scale")
    if amount_to is not None:
        first = _money_words(amount, scale, profile, with_currency=False)
        second = _money_words(amount_to, scale, profile)
        return f"{first} {profile.lang.range_word} {second}", match.end()
    return _money_words(amount, scale, profile), match.end()


def _read_percent(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    words = _number_words(match.group("percent_value"), profile)
    if match.group("percent_value_to"):
        value_to = _number_words(match.group("percent_value_to"), profile)
        words += f" {profile.lang.range_word} {value_to}"
    if match.group("percent_sign"):
        words = f"{profile.minus} {words}"
    words, end = f"{words} {profile.percent}", match.end()
    period = _PER_PERIOD_AFTER.match(ctx.text, end)
    if period is not None:
        per = _PER_PERIOD_WORDS.get(profile.code)
        if per is not None:
            per_month = "m" in period.group("per_period").lower()
            words += " " + per[per_month]
            end = period.end()
    return words, end


# "9.5% p.a." / "2% p.m.": per annum / per month
_PER_PERIOD_AFTER = re.compile(
    r"\s?(?P<per_period>[Pp]\.\s?[AaMm]\.?|[Pp][Aa](?![A-Za-z]))(?![A-Za-z])"
)
_PER_PERIOD_WORDS = {"hi": ("प्रति वर्ष", "प्रति माह"), "en-IN": ("per annum", "per month")}


def _read_ordinal(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    digits = match.group("ordinal_number")
    if len(digits) > 20:
        return None, match.end()
    hindi_suffix = match.group("hindi_suffix") or match.group("hindi_short_suffix")
    return _ordinal_words(int(digits), ctx.profile, hindi_suffix), match.end()


def _read_financial_year(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    start_year, end_yy = int(match.group("fy_start_year")), int(match.group("fy_end_yy"))
    if not (1100 <= start_year <= 2099 and end_yy > start_year % 100):
        return None, match.end()
    start_words, end_words = _year_words(start_year, profile), _cardinal_words(end_yy, profile)
    if profile.code == "en-IN":
        return f"{start_words} to {end_words}", match.end()
    return f"{start_words}-{end_words}", match.end()


def _decimal(written: str) -> Decimal | None:
    try:
        return Decimal(written.replace(",", ""))
    except InvalidOperation:
        return None


def _read_number_range(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    range_from, range_to = match.group("range_from"), match.group("range_to")
    if _code_may_follow(ctx.text, match.end()):
        foreign = _code_after_words(ctx, range_from, range_to, match.end())
        if foreign is not None:
            return foreign
    if range_from.isdigit() and range_to.isdigit():  # "06-05", "31-12": a date without a year
        date = _yearless_date(ctx, match.start(), match.end(), range_from, range_to, "-")
        if date is not None:
            return _date_words(date[0], date[1], None, profile), match.end()
    low, high = _decimal(range_from), _decimal(range_to)
    if low is None or high is None or not low < high or len(range_from) > 24 or len(range_to) > 24:
        return None, match.end()
    if len(range_from) > 1 and range_from[0] == "0" and range_from[1] != ".":
        return None, match.end()  # "022-12345678": an STD code, read digit by digit
    if (
        len(range_from) == len(range_to) == 4
        and range_from.isdigit()
        and range_to.isdigit()
        and (
            _YEAR_BEFORE.search(ctx.text, max(0, match.start() - 16), match.start())
            or (  # "1990-2000": two years, unless a noun follows (1500-2000 लोग)
                int(range_from) >= 1100
                and int(range_to) <= 2099
                and _YEARS_AFTER.match(ctx.text, match.end()) is not None
            )
        )
    ):
        from_words = _year_words(int(range_from), profile)
        to_words = _year_words(int(range_to), profile)
    else:
        from_words = _number_words(range_from, profile)
        to_words = _number_words(range_to, profile)
    words = f"{from_words} {profile.lang.range_word} {to_words}"
    return _with_unit(ctx, words, match.end(), plural=True)


def _with_unit(ctx: _ScanContext, words: str, end: int, plural: bool) -> tuple[str, int]:
    """``words`` followed by the unit written right after ``end`` (5 km, 2-3 hrs), if any."""
    unit = _UNIT_RE.match(ctx.text, end)
    if unit is None:
        return words, end
    forms = _UNIT_WORDS[unit.group("unit")].get(ctx.profile.code)
    if forms is None:
        return words, end
    return f"{_attributive(words, ctx.profile)} {forms[1] if plural else forms[0]}", unit.end()


def _read_alphanumeric(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    token = match.group("alphanumeric")
    if token[-1] in "eE" and (exponent := _EXPONENT.match(ctx.text, match.start())):
        return _read_exponent(ctx, exponent)  # "1e+300"
    with_unit = _UNIT_ALNUM.fullmatch(token)
    if with_unit is not None:  # 5kg, 2.5L
        number, unit, end = with_unit.group("number"), with_unit.group("unit"), match.end()
        power = ctx.text[end : end + 1]
        if power in ("²", "³"):  # 20km²: the area or volume, else the unit as written
            forms = _UNIT_WORDS.get(unit + power, {}).get(profile.code)
            end += forms is not None
        else:
            forms = _UNIT_WORDS[unit].get(profile.code)
        words = _number_words(number, profile)
        if forms is None:
            return f"{words} {unit}", end
        unit_word = forms[0] if number in ("1", "1.0") else forms[1]
        return f"{_attributive(words, profile)} {unit_word}", end
    thousands = _THOUSANDS_K.fullmatch(token)
    if thousands is not None and len(thousands.group(1)) <= 15:  # 10k
        return _cardinal_words(int(thousands.group(1)) * 1000, profile), match.end()
    times = _TIMES.fullmatch(token)
    if times is not None:  # 24x7
        by = _BY.get(profile.code, "x")
        left = _cardinal_words(int(times.group(1)), profile)
        right = _cardinal_words(int(times.group(2)), profile)
        return f"{left} {by} {right}", match.end()
    # a code such as A1234 / SBIN0001234 / XXXX1234: letters kept, digits one by one
    parts = re.findall(r"[0-9]+|[^0-9]+", token)
    words = " ".join(_digit_words(part, profile) if part[0].isdigit() else part for part in parts)
    return words, match.end()


# the STD codes of the metros, all three digits with the trunk zero (the rest have four)
_METRO_STD_CODES = frozenset(["011", "020", "022", "033", "040", "044", "079", "080"])
# words that make the number after them an amount, not a phone number ("कुल बकाया 7500000000")
_AMOUNT_WORDS = frozenset(
    (
        "राशि", "रकम", "कुल", "बकाया", "बैलेंस", "बेलेंस", "शेष", "सीमा", "लिमिट", "प्रीमियम", "लोन",
        "ऋण", "कर्ज़", "क़र्ज़", "कीमत", "मूल्य", "फीस", "शुल्क", "देय", "आय", "वेतन", "कवर", "बीमा",
        "amount", "total", "balance", "limit", "premium", "loan", "sum", "price", "value", "fee",
        "fees", "due", "outstanding", "income", "salary", "cover", "worth",
    )
)  # fmt: skip


_SPACED_MOBILE_REST = re.compile(r" ([0-9]{5})(?![0-9]|[.,][0-9])")


def _bare_phone(text: str, start: int, end: int, digits: str) -> bool:
    """A bare Indian mobile number: ten digits starting 6–9, or 91 and such ten digits.

    It stays a cardinal with an amount cue: an amount word among the three words before
    it (राशि, कुल, balance, ...), a quantity, unit or scale word after it, or five zeros
    or more at its end (6000000000 is six hundred crore, not a phone). Currency signs,
    commas and decimals never reach here (money and grouped-number forms win first).
    """
    if len(digits) == 12 and digits.startswith("91"):
        digits = digits[2:]
    if len(digits) != 10 or digits[0] not in "6789" or digits.endswith("00000"):
        return False
    if _QUANTITY_AFTER.match(text, end) or _UNIT_RE.match(text, end):
        return False
    if _BARE_SCALE_RE.match(text, end):
        return False
    for word in text[max(0, start - 40) : start].split()[-3:]:
        if word.strip(":,.-").lower() in _AMOUNT_WORDS:
            return False
    return True


def _phone_groups(digits: str) -> list[str]:
    """Pause points of a phone number written without separators: 98765 43210;
    0 98765 43210; 91 98765 43210; 022 2345 6789; 0141 234 5678."""
    size = len(digits)
    if size == 10:
        return [digits[:5], digits[5:]]
    if size == 11 and digits[0] == "0":
        if digits[:3] in _METRO_STD_CODES:
            return [digits[:3], digits[3:7], digits[7:]]
        if digits[1] in "6789":
            return ["0", digits[1:6], digits[6:]]
        return [digits[:4], digits[4:7], digits[7:]]
    if size == 12 and digits.startswith("91") and digits[2] in "6789":
        return ["91", digits[2:7], digits[7:]]
    return [digits]


def _read_number(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    text = ctx.text
    start, end = match.start(), match.end()
    sign = match.group("number_sign")
    body = text[start + (1 if sign else 0) : end]
    parts = _NUMBER_PARTS.fullmatch(body)
    if parts is None:  # pragma: no cover - the pattern guarantees it
        return None, end
    int_part, frac = parts.group("integer"), parts.group("fraction")
    if end < len(text) and text[end] in "eE":
        if (exponent := _EXPONENT.match(text, start)) is not None:
            return _read_exponent(ctx, exponent)
    elif (
        not sign
        and _code_may_follow(text, end)
        and (foreign := _code_after_words(ctx, body, None, end)) is not None
    ):
        return foreign
    plain = frac is None and "," not in int_part
    digits_start = start + (1 if sign else 0)
    if plain and not sign:
        leading_zero = len(int_part) > 1 and int_part[0] == "0"
        if (
            leading_zero
            or _digit_context(text, digits_start, end, len(int_part), profile.digit_keywords)
            or (len(int_part) in (10, 12) and _bare_phone(text, digits_start, end, int_part))
            or (  # "98765 43210": a mobile number written in two groups of five
                len(int_part) == 5
                and (rest := _SPACED_MOBILE_REST.match(text, end)) is not None
                and _bare_phone(text, digits_start, rest.end(), int_part + rest.group(1))
            )
        ):
            groups = [int_part]
            std_code = ""
            if (
                leading_zero
                and start > 0
                and text[start - 1] == "("
                and text.startswith(")", end)
                and _NEXT_DIGIT_GROUP.match(text, end + 1) is not None
            ):  # "(022) 1234 5678": the STD code in brackets, then the number
                std_code = _digit_words(int_part, profile) + ")"
                groups = []
                end += 1
            while (next_group := _NEXT_DIGIT_GROUP.match(text, end)) is not None:
                groups.append(next_group.group(1))
                end = next_group.end()
            if groups == [int_part]:
                groups = _phone_groups(int_part)
            if leading_zero and len(groups) == (1 if std_code else 2) and len(groups[-1]) == 8:
                groups[-1:] = [groups[-1][:4], groups[-1][4:]]  # landline: 2345 6789
            if std_code:
                return f"{std_code} {_grouped_digit_words(groups, profile)}", end
            return _grouped_digit_words(groups, profile), end
        if (
            len(int_part) == 4
            and profile.code in ("hi", "en-IN")
            and _year_context(text, start, end)
        ):
            return _year_words(int(int_part), profile), end
    if frac is not None and not sign and "," not in int_part:  # "31.03 तक", "01.07 से"
        date = _yearless_date(ctx, digits_start, end, int_part, frac, ".")
        if date is not None:
            return _date_words(date[0], date[1], None, profile), end
    words = None
    if frac is not None and (scale_after := _BARE_SCALE_RE.match(text, end)) is not None:
        # "2.5 लाख" like "₹2.5 लाख": दो लाख पचास हज़ार (when it is a whole number)
        paise = _amount_paise(body, scale_after.group("scale"))
        if paise is not None and paise % 100 == 0 and paise < 10**22:
            words, end = _cardinal_words(paise // 100, profile), scale_after.end()
    if words is None:
        words = _number_words(body, profile)
    if sign:
        words = f"{profile.minus} {words}"
    return _with_unit(ctx, words, end, plural=body not in ("1", "1.0"))


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Identifier keywords: the number after them is an identifier whatever its length
# ("OTP 4567", "PIN 0420", "खाता 50012345", "ID 7").
_STRONG_WORDS = _wordset(
    """otp ओटीपी pin पिन mpin cvv सीवीवी ifsc upi utr account अकाउंट खाता खाते a/c acct
    aadhaar aadhar आधार पैन card कार्ड reference ref रेफरेंस pincode पिनकोड extension
    एक्सटेंशन helpline हेल्पलाइन toll-free tollfree टोल-फ्री code कोड id आईडी अंक digits dial डायल"""
)
# Words that often, but not always, precede an identifier ("पॉलिसी 20 साल की है",
# "ट्रांजैक्शन 15000 का था", "कॉल 15 मिनट चलेगी" are quantities): digit by digit only
# for a number of eight digits or more, or of five or more with no postposition after it.
_SOFT_WORDS = _wordset(
    """mobile मोबाइल मोबाईल phone फोन फ़ोन फ़ोन contact संपर्क ticket टिकट order ऑर्डर policy
    पॉलिसी ग्राहक customer application आवेदन registration रजिस्ट्रेशन पंजीकरण transaction
    ट्रांजैक्शन लेनदेन whatsapp व्हाट्सऐप व्हाट्सएप call कॉल sms एसएमएस cheque
    चेक"""
)


def _read_leading_dot(ctx: _ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    """ ".5": शून्य दशमलव पाँच (the zero a reader supplies)."""
    profile = ctx.profile
    fraction = _digit_words(match.group("leading_dot_digits"), profile)
    words = f"{_cardinal_words(0, profile)} {profile.lang.point} {fraction}"
    end = match.end()
    percent = _PERCENT_AFTER.match(ctx.text, end)
    if percent is not None:
        return f"{words} {profile.percent}", percent.end()
    return _with_unit(ctx, words, end, plural=True)


_PERCENT_AFTER = re.compile(r"\s?%")


_STRONG_PAIRS = frozenset(
    {("toll", "free"), ("टोल", "फ्री"), ("टोल", "फ़्री"), ("pin", "code"), ("पिन", "कोड")}
)
_WEAK_WORDS = frozenset(["number", "no", "नंबर", "नम्बर", "नं", "संख्या", "क्रमांक", "#"])
_LINK_WORDS = frozenset(
    [
        "is",
        "are",
        "was",
        "will",
        "be",
        "है",
        "हैं",
        "था",
        "थी",
        "होगा",
        "number",
        "no",
        "नंबर",
        "नम्बर",
        "नं",
        "संख्या",
        "क्रमांक",
        "कोड",
        "code",
        "id",
        "आईडी",
        "ending",
        "with",
        "in",
        "करें",
        "करे",
        "कीजिए",
        "करो",
        ":",
        "#",
        "-",
    ]
)
_STOP_CHARS = "?!।॥,;"


# A quantity word right after a number makes it an amount, a duration or a count,
# whatever keyword came before ("OTP 10 मिनट के लिए वैध है", "PIN 6 अंकों का").
_QUANTITY_AFTER = re.compile(
    r"\s?(?:सेकंड|सेकेंड|मिनट|घंट[ाेों]|दिन|हफ़्त|हफ्त|सप्ताह|महीन[ाेों]|माह|साल|वर्ष|बजे|बार(?!ह)"
    r"|प्रतिशत|परसेंट|अंक|डिजिट|लोग|रुपय|रुपए|रुपये|पैस[ेा]|गुना|किलो|मीटर|लीटर|ग्राम"
    r"|(?:[Ss]ec(?:ond)?|[Mm]in(?:ute)?|[Hh]our|[Hh]r|[Dd]ay|[Ww]eek|[Mm]onth|[Yy]ear|[Yy]r"
    r"|[Tt]ime|[Dd]igit|[Pp]ercent|[Rr]upee|[Pp]eople|[Pp]erson|[Cc]haracter)s?(?![A-Za-z]))"
)
# what may follow a range of two 4-digit years ("1990-2000 के बीच", "1990-2000."); a
# noun after it makes the numbers counts ("1500-2000 लोग")
_YEARS_AFTER = re.compile(
    r"\s?(?:$|[।॥.,;:!?)\]\n]|(?:में|के|की|का|तक|से|और|ई\.|ईस्वी|AD|BC|CE|in|during|and|was|were"
    r"|when|to|of|the)(?![A-Za-z\u0900-\u0963]))"
)
_POSTPOSITION_AFTER = re.compile(
    r"\s?(?:का|की|के|से|में|तक|को|पर|वाल[ाेी]|of|for|to|from|in)(?![A-Za-z\u0900-\u0963])"
)


def _digit_context(
    text: str, start: int, end: int, digit_count: int, language_keywords: frozenset[str]
) -> bool:
    """Digit-by-digit reading: a keyword (then up to 3 linking words) just before the number.

    Strong identifier keywords (OTP, PIN, खाता, ID, ...) make any number an identifier,
    weak ones (number, नंबर, संख्या) one of three digits or more, soft ones (mobile,
    पॉलिसी, कॉल, ...) one of eight digits or more, or five or more when no postposition
    follows. A quantity word after the number (मिनट, साल, दिन, अंक, minutes, %) wins
    over every keyword. A call word after it (पर कॉल करें, call, SMS) makes it digits.
    ``language_keywords`` (the language's own: क्रमांक, নম্বর, ...) count as weak ones.
    """
    if _CALL_WORD_AFTER.match(text, end) is not None:
        return True
    if _QUANTITY_AFTER.match(text, end) is not None or _UNIT_RE.match(text, end) is not None:
        return False
    words = text[max(0, start - 48) : start].split()
    weak = soft = False
    links = 0
    next_word = ""  # the word after ``lower`` (we walk backwards): "toll" then "free"
    for raw in reversed(words[-6:]):
        if raw[-1] in _STOP_CHARS or any("0" <= ch <= "9" for ch in raw):
            break
        word = raw.strip(":#-").rstrip(".")
        if raw == "PAN":
            return True
        lower = word.lower()
        if lower in _STRONG_WORDS or (lower, next_word) in _STRONG_PAIRS:
            return True
        if lower in _SOFT_WORDS:
            soft = True
            break
        if lower in _WEAK_WORDS or word in language_keywords:
            weak = True
        if raw.endswith(".") and lower not in ("no", "नं", "ref", "a/c"):
            break  # a sentence ended here
        if lower in _LINK_WORDS or word in language_keywords or not word:
            links += 1
            if links > 3:
                break
            next_word = lower
            continue
        break
    if weak and digit_count >= 3:
        return True
    if soft:
        return digit_count >= 8 or (
            digit_count >= 5 and _POSTPOSITION_AFTER.match(text, end) is None
        )
    return False


def _year_context(text: str, start: int, end: int) -> bool:
    """A 4-digit number read as a year: after सन्/in/since/..., or before में/ई./AD."""
    year = int(text[start:end])
    if not 1000 <= year <= 2099:
        return False
    if _YEAR_BEFORE.search(text, max(0, start - 16), start) is not None:
        return True
    return _YEAR_AFTER.match(text, end) is not None


# alternative of _NUMBER_FORMS → its handler
_HANDLERS: dict[str, Handler] = {
    "intl_phone": _read_intl_phone,
    "toll_free": _read_toll_free,
    "iso_date": _read_iso_date,
    "numeric_date": _read_numeric_date,
    "dotted_numbers": _read_dotted_numbers,
    "day_month_name": _read_day_month_name,
    "month_name_day": _read_month_name_day,
    "month_name_year": _read_month_name_year,
    "time_range": _read_time_range,
    "time_hh_mm": _read_time_hh_mm,
    "time_dot_baje": _read_time_dot_baje,
    "hour_am_pm": _read_hour_am_pm,
    "foreign_money": _read_foreign_money,
    "money": _read_money,
    "money_currency_after": _read_money_currency_after,
    "percent": _read_percent,
    "ordinal": _read_ordinal,
    "mixed_fraction": _read_mixed_fraction,
    "slash_pair": _read_slash_pair,
    "financial_year": _read_financial_year,
    "number_range": _read_number_range,
    "alphanumeric": _read_alphanumeric,
    "leading_dot": _read_leading_dot,
    "number": _read_number,
}


# ---------------------------------------------------------------------------
# The scan
# ---------------------------------------------------------------------------


_VULGAR_FRACTIONS = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4)}
# "½", "2½", "2 ½", "२½": a fraction character, with the whole number before it if any
_VULGAR_CHAR = re.compile("[½¼¾]")
_VULGAR = re.compile(r"(?:(?<![0-9.,])(?P<whole>[0-9]{1,6})[ \u00a0]?)?(?P<vulgar>[½¼¾])")


def _read_vulgar_fractions(text: str, profile: _Profile) -> str:
    """``text`` with ½ ¼ ¾ (and a whole number before one) read as fractions (डेढ़, आधी
    राशि, three fourths); a language without the words keeps the character."""
    shadow = text.translate(_TO_ASCII) if _NATIVE_DIGIT.search(text) else text
    ctx = _ScanContext(shadow, profile)
    out: list[str] = []
    last = 0
    for match in _VULGAR.finditer(shadow):
        numerator, denominator = _VULGAR_FRACTIONS[match.group("vulgar")]
        whole = match.group("whole")
        if whole is None:
            words = _fraction_words(numerator, denominator, profile)
        else:
            words = _mixed_fraction_words(int(whole), numerator, denominator, profile)
            if words is None and (fraction := _fraction_words(numerator, denominator, profile)):
                # no mixed-number rule (ta, ml, bn): as "2 1/2" is read there
                words = f"{_cardinal_words(int(whole), profile)} {fraction}"
        if words is None:
            continue
        words, end = _with_unit(
            ctx, _agree(ctx, words, match.end()), match.end(), whole is not None
        )
        out.append(text[last : match.start()])
        if match.start() > 0 and _is_letter(text[match.start() - 1]):
            out.append(" ")
        out.append(words)
        if end < len(text) and _is_letter(text[end]):
            out.append(" ")
        last = end
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _normalize(text: str, profile: _Profile, before: str = "") -> str:
    if _VULGAR_CHAR.search(text) is not None:  # a bare class: no cost to a plain text
        text = _read_vulgar_fractions(text, profile)
    offset = len(before)
    full = before + text if before else text
    shadow = full.translate(_TO_ASCII) if _NATIVE_DIGIT.search(full) else full
    ctx = _ScanContext(shadow, profile)
    out: list[str] = []
    last = pos = offset
    while (digit := _ASCII_DIGIT_RE.search(shadow, pos)) is not None:
        digit_pos = digit.start()
        start = digit_pos
        forms = _NUMBER_FORMS
        if digit_pos > last:
            before_digit = shadow[digit_pos - 1]
            if before_digit == " " and digit_pos - 2 >= last:
                before_digit = shadow[digit_pos - 2]
            prefix = None
            if before_digit in _FX_LAST_CHARS:
                prefix = _FX_PREFIX.search(shadow, max(last, digit_pos - 8), digit_pos)
                if prefix is not None:
                    forms = _FOREIGN_MONEY
            if prefix is None:
                prefix = _PREFIX.search(shadow, max(last, digit_pos - 12), digit_pos)
            if prefix is not None:
                start = prefix.start()
            elif shadow[digit_pos - 1] == " ":  # "August 15": the month word before
                word_start = max(shadow.rfind(" ", last, digit_pos - 1) + 1, last)
                if shadow[word_start : digit_pos - 1].rstrip(".") in _MONTH_FORMS:
                    start = word_start
        match = forms.match(shadow, start)
        if match is None or match.end() <= digit_pos:
            start = digit_pos
            match = _NUMBER_FORMS.match(shadow, digit_pos)
        assert match is not None  # `number` matches any digit run
        form = match.lastgroup or "number"
        repl, end = _HANDLERS[form](ctx, match)
        if repl is None:  # not what it looked like: read the leading number plainly
            start = digit_pos
            plain = _PLAIN_NUMBER.match(shadow, digit_pos)
            assert plain is not None
            repl, end = _read_number(ctx, plain)
            if repl is None:  # pragma: no cover
                pos = plain.end()
                continue
        out.append(full[last:start])
        if start > 0 and _is_letter(full[start - 1]) and repl[:1] != " ":
            out.append(" ")
        out.append(repl)
        if end < len(full) and _is_letter(full[end]):
            out.append(" ")
        last = pos = end
    if last == offset:
        return text
    out.append(full[last:])
    return "".join(out)


# ---------------------------------------------------------------------------
# Language detection
# ---------------------------------------------------------------------------

_SCRIPTS = (
    (0x0900, 0x097F, "hi"),
    (0x0980, 0x09FF, "bn"),
    (0x0A00, 0x0A7F, "pa"),
    (0x0A80, 0x0AFF, "gu"),
    (0x0B00, 0x0B7F, "or"),
    (0x0B80, 0x0BFF, "ta"),
    (0x0C00, 0x0C7F, "te"),
    (0x0C80, 0x0CFF, "kn"),
    (0x0D00, 0x0D7F, "ml"),
)
_MARATHI_HINT = re.compile(r"ळ|आहे|आणि|नाही|मध्ये|तुमच|आपल्या|करावे")


def detect_language(text: str, default: str = "hi") -> str:
    """Guess the language of ``text`` from its script (digits ignored).

    Devanagari is Hindi unless Marathi markers (ळ, आहे, आणि, नाही, ...) appear; Latin
    letters only → ``en-IN``; no letters at all → ``default``.
    """
    if not isinstance(text, str) or not text:
        return default
    counts: dict[str, int] = {}
    latin = 0
    for ch in text[:600]:
        codepoint = ord(ch)
        if codepoint < 0x80:
            if ch.isalpha():
                latin += 1
            continue
        if 0x0900 <= codepoint <= 0x0D7F:
            for block_first, block_last, code in _SCRIPTS:
                if block_first <= codepoint <= block_last:
                    if not ch.isdigit():
                        counts[code] = counts.get(code, 0) + 1
                    break
    if counts:
        code = max(counts, key=counts.__getitem__)
        if code == "hi" and _MARATHI_HINT.search(text):
            return "mr"
        return code
    return "en-IN" if latin else default


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def _int_text(n: int) -> str:
    """``str(n)`` for any int: Python refuses ``str()`` beyond 4,300 digits; ``Decimal``
    formats any size."""
    try:
        return str(n)
    except ValueError:
        return format(Decimal(n), "f")


def _coerce_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return _int_text(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        if value.is_integer() and abs(value) < 1e21:
            return str(int(value))
        return repr(value)
    if isinstance(value, Decimal):
        if value.is_finite() and abs(value.adjusted()) <= 400:
            return format(value, "f")
        return str(value)  # "1E+999999999": read as exponent notation, not expanded
    if isinstance(value, bytes | bytearray):
        return bytes(value).decode("utf-8", errors="replace")
    try:
        return str(value)
    except Exception:
        return ""


class NumberNormalizer:
    """A configured normalizer: ``NumberNormalizer("hi")("₹4,500")``.

    Raises:
        ValueError: at construction, for an unsupported language.
    """

    def __init__(self, lang: str = "hi", options: NormalizerOptions | None = None) -> None:
        self.lang = resolve_lang(lang)
        self.options = options or DEFAULT_OPTIONS
        if self.lang != "auto":
            _profile(self.lang, self.options)

    def __repr__(self) -> str:
        return f"NumberNormalizer(lang={self.lang!r})"

    def profile_for(self, text: str) -> _Profile:
        code = detect_language(text) if self.lang == "auto" else self.lang
        return _profile(code, self.options)

    def __call__(self, text: Any, before: str = "") -> str:
        """Normalize ``text``; ``before`` is earlier text, used only as context."""
        as_text = _coerce_text(text)
        if not as_text or _ANY_DIGIT.search(as_text) is None:
            return as_text
        try:
            before = before if isinstance(before, str) else ""
            return _normalize(as_text, self.profile_for(before + as_text), before)
        except Exception as exc:  # never let a number kill a call
            logger.warning(f"indic_numbers: left text unchanged after {type(exc).__name__}: {exc}")
            return as_text


@lru_cache(maxsize=32)
def _normalizer(lang: str, options: NormalizerOptions) -> NumberNormalizer:
    return NumberNormalizer(lang, options)


def normalize_numbers(text: Any, lang: str = "hi", options: NormalizerOptions | None = None) -> str:
    """Spell out the numbers in ``text`` for a voice in language ``lang``.

    ``lang`` is one of ``hi``, ``en-IN``, ``mr``, ``bn``, ``gu``, ``pa``, ``ta``, ``te``,
    ``kn``, ``ml``, ``or`` or ``auto`` (detected from the script). Always returns a
    string; ``None`` becomes ``""``; text without digits comes back unchanged.

    >>> normalize_numbers("लोन राशि ₹4,500 है")
    'लोन राशि चार हज़ार पाँच सौ रुपये है'

    Raises:
        ValueError: for an unsupported ``lang`` (a configuration error, not a data one).
    """
    return _normalizer(lang, options or DEFAULT_OPTIONS)(text)


def number_to_words(n: int, lang: str = "hi", options: NormalizerOptions | None = None) -> str:
    """Cardinal words for an integer (negative allowed; beyond 20 digits: digit by digit)."""
    code = resolve_lang(lang)
    if code == "auto":
        code = "hi"
    profile = _profile(code, options or DEFAULT_OPTIONS)
    n = int(n)
    words = _number_words(_int_text(abs(n)), profile)
    return f"{profile.minus} {words}" if n < 0 else words


__all__ = [
    "DEFAULT_OPTIONS",
    "SUPPORTED_LANGS",
    "NormalizerOptions",
    "NumberNormalizer",
    "detect_language",
    "normalize_numbers",
    "number_to_words",
    "resolve_lang",
]
