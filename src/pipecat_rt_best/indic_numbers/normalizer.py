"""Spell out numbers in Indian-language text before it reaches a TTS voice or a prompt.

One recogniser for every language: native digits are mapped to ASCII in a same-length
shadow copy of the text, a cheap regex finds each digit run, a short look-behind finds a
prefix that belongs to it (₹, Rs., +, a sign, letters), and one anchored pattern with an
alternative per category (phone, toll-free, date, time, money, percent, ordinal,
financial year, range, alphanumeric code, plain number) says what the run is. The words
come from the language's table in :mod:`.languages`.

Context decides how a plain number is read:

* digit by digit after an identifier keyword (OTP, PIN, CVV, account, खाता, ID, code,
  ...) whatever its length, after a weak one (number, नंबर, no., संख्या) when it has
  three digits or more, after a word that merely often precedes one (mobile, फ़ोन,
  पॉलिसी, ट्रांजैक्शन, कॉल, ग्राहक, ...) when it has eight digits or more, or five with
  no postposition after it; before "पर कॉल करें" / "call", with a leading zero (an STD
  code: "022-12345678", "(022) 1234 5678"), or beyond 20 digits — but never when a
  quantity word follows ("OTP 10 मिनट के लिए", "पॉलिसी 20 साल", "PIN 6 अंकों का");
* as a year after सन्/वर्ष/साल/in/since/..., before में/ई./AD, inside a date, or as
  either end of a range of two 4-digit numbers 1100–2099 ("1990-2000");
* otherwise as a cardinal on the Indian scale.

Text without digits is returned as the very same object; text around numbers is copied
unchanged. :func:`normalize_numbers` never raises: on an internal error it logs and
returns the input.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from loguru import logger

from pipecat_rt_best.indic_numbers.languages import (
    ENGLISH_IN,
    HI_NINETIES_NABE,
    HI_ORDINAL_IRREGULAR,
    HINDI,
    LANGUAGES,
    Language,
    cardinal,
    en_ordinal,
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
    """

    rupee_plural: str | None = None
    nineties: str = "नवे"
    minus: str | None = None
    percent: str | None = None
    zero: str | None = None
    use_arab: bool | None = None
    group_separator: str = ", "


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


@lru_cache(maxsize=64)
def _profile(code: str, options: NormalizerOptions) -> _Profile:
    lang = LANGUAGES[code]
    if code == "hi" and options.nineties == "नबे":
        units = list(lang.units)
        for n, word in HI_NINETIES_NABE.items():
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
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(trie) + ")"


_DIGIT_BLOCKS = (0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66)
_TO_ASCII = {base + d: ord("0") + d for base in _DIGIT_BLOCKS for d in range(10)}
_NATIVE_DIGIT = re.compile("[" + "".join(f"\\u{b:04x}-\\u{b + 9:04x}" for b in _DIGIT_BLOCKS) + "]")
_ANY_DIGIT = re.compile("[0-9" + _NATIVE_DIGIT.pattern[1:])
_DIG = re.compile(r"[0-9]")

D = "[0-9]"
# letters of any Indic script or Latin, but not the danda (।, ॥)
_LETTER = r"[A-Za-z\u0900-\u0963\u0970-\u0DFF]"
_NL = rf"(?!{_LETTER})"
_NUMINT = rf"(?:{D}{{1,2}}(?:,{D}{{2}})+,{D}{{3}}(?![0-9])|{D}{{1,3}}(?:,{D}{{3}})+(?![0-9])|{D}+)"
_NUM = rf"{_NUMINT}(?:\.{D}+)?"
_CUR = r"(?:₹|(?<![A-Za-z])(?:Rs\.?|RS\.?|rs\.?|INR)|रु\.?|रू\.?)"

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
_SCALE1 = _trie(_SCALE_WORDS)
_SCALE = rf"{_SCALE1}(?:\s?{_SCALE1}(?!{_LETTER}))?"  # "लाख करोड़" = 10^12

# scale words that make "2.5 लाख" a whole number; not the ambiguous abbreviations (L is
# also litre) nor million/billion (kept as written: "2.5 million")
_BARE_SCALE1 = _trie(
    w
    for w in _SCALE_WORDS
    if w not in {"L", "k", "K", "cr", "Cr", "CR", "mn", "bn", "million", "billion"}
)
_BARE_SCALE_RE = re.compile(
    rf"[ \u00a0]?(?P<s>{_BARE_SCALE1}(?:\s?{_BARE_SCALE1}(?!{_LETTER}))?){_NL}"
)

_CURRENCY_WORDS = (
    "रुपये", "रुपए", "रुपया", "रुपयों", "रूपये", "रूपए", "rupees", "rupee", "Rupees", "Rupee",
    "Rs.", "Rs", "INR", "रु.", "रु", "रू.", "रू", "টাকা", "રૂપિયા", "ਰੁਪਏ", "ரூபாய்", "రూపాయలు", "ರೂಪಾಯಿ", "രൂപ", "ଟଙ୍କା",
)  # fmt: skip
_CURWORD = _trie(_CURRENCY_WORDS)

_EN_MONTH_FORMS: dict[str, int] = {}
for _i, _m in enumerate(ENGLISH_IN.months or (), start=1):
    for _form in {_m, _m[:3], _m.upper(), _m[:3].upper()}:
        _EN_MONTH_FORMS[_form] = _i
_EN_MONTH_FORMS.update({"Sept": 9, "SEPT": 9})
_HI_MONTH_FORMS: dict[str, int] = {
    "जनवरी": 1, "\u095eरवरी": 2, "\u092b\u093cरवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "अप्रेल": 4,
    "मई": 5, "जून": 6, "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10,
    "अक्तूबर": 10, "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
}  # fmt: skip
_MONTH_FORMS = {**_EN_MONTH_FORMS, **_HI_MONTH_FORMS}
_MONTHS = _trie(_MONTH_FORMS) + rf"\.?{_NL}"

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
}  # fmt: skip
_UNIT_RE = re.compile(r"[ \u00a0]?(?P<u>" + _trie(_UNIT_WORDS) + r")(?![A-Za-z0-9])")
_UNIT_ALNUM = re.compile(
    rf"(?P<n>{D}+(?:\.{D}+)?)(?P<u>" + _trie(_UNIT_WORDS) + r")(?![A-Za-z0-9])"
)
_THOUSANDS_K = re.compile(rf"({D}+)[kK]")
_TIMES = re.compile(rf"({D}{{1,3}})[xX×]({D}{{1,3}})")  # 24x7

# Prefix that belongs to the number starting at the end of the window.
_PRE = re.compile(
    rf"""(?:
      (?:(?<![^\s(\[{{:=,;])[-−]\s?)?{_CUR}\s?[-−]?\.?   # ₹ / Rs. / INR with optional sign
    | \+\s?                                              # + of a phone number
    | (?<![A-Za-z])[A-Za-z]+                             # letters glued to digits (A1234)
    | (?<![^\s(\[{{:=,;/])[-−]                           # a minus sign
    | (?<![^\s(\[{{:=,;/])\.                            # ".5" with no leading zero
    )$""",
    re.X,
)

_AMPM = r"[AaPp]\.?\s?[Mm]\.?(?![A-Za-z])"
# one end of a time range: "10:00", "10:00 AM", "9am" (not a bare hour)
_TSIDE = rf"{D}{{1,2}}(?::{D}{{2}}(?:\s?{_AMPM})?|\s?{_AMPM})"
# the first end may be a bare hour when the second is a time: "9-6pm", "10-18:00"
_TSIDE1 = rf"(?:{_TSIDE}|{D}{{1,2}}(?=\s?[-–—]\s?{_TSIDE}))"
_TSIDE_PARTS = re.compile(rf"({D}{{1,2}})(?::({D}{{2}}))?\s?({_AMPM})?")
_TAK_AFTER = re.compile(r"\s?तक(?![\u0900-\u0963])")

_MAIN = re.compile(
    rf"""
      (?P<plus>\+\s?{D}{{1,3}}(?:[\s-]?{D}){{6,14}}(?![0-9]))
    | (?P<toll>18[06]0[\s-]?{D}{{3}}[\s-]?{D}{{3,4}}(?![0-9]))
    | (?P<iso>(?P<iy>{D}{{4}})-(?P<im>{D}{{1,2}})-(?P<id>{D}{{1,2}})(?![0-9]))
    | (?P<dmy>(?P<dd>{D}{{1,2}})(?P<dsep>[/.\-])(?P<dm>{D}{{1,2}})(?P=dsep)(?P<dy>{D}{{4}}|{D}{{2}})(?![0-9]))
    | (?P<dotted>{D}+(?:\.{D}+){{2,}}(?![0-9]))
    | (?P<dname>(?P<nd>{D}{{1,2}}(?:st|nd|rd|th)?)[\s-]?(?P<nmon>{_MONTHS})(?:(?:,?\s?|(?P<nyh>-))(?P<ny>{D}{{4}})(?![0-9]))?)
    | (?P<mname>(?P<mmon>{_MONTHS})\s(?P<md>{D}{{1,2}}(?:st|nd|rd|th)?)(?![0-9A-Za-z])(?:,?\s(?P<my>{D}{{4}})(?![0-9]))?)
    | (?P<myear>(?P<ymon>{_MONTHS}),?\s(?P<yy>{D}{{4}})(?![0-9]))
    | (?P<trange>{_TSIDE1}\s?[-–—]\s?{_TSIDE}(?:\s?बजे)?)
    | (?P<time>(?P<th>{D}{{1,2}}):(?P<tm>{D}{{2}})(?::(?P<ts>{D}{{2}}))?(?![0-9])
        (?:\s?(?P<ampm>[AaPp]\.?\s?[Mm]\.?)(?![A-Za-z]))?(?P<baje>\s?बजे)?)
    | (?P<dtime>(?P<dth>{D}{{1,2}})\.(?P<dtm>{D}{{2}})\s?बजे)
    | (?P<hampm>(?P<hh>{D}{{1,2}})\s?(?P<hap>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))
    | (?P<money>(?P<msign>[-−]\s?)?{_CUR}\s?(?P<msign2>[-−])?(?P<amt>{_NUM}|\.{D}{{1,2}}(?![0-9]))
        (?:\s?(?P<scale>{_SCALE}){_NL})?(?:\s?/-)?
        (?:\s?[-–—]\s?(?:{_CUR}\s?)?(?P<amt2>{_NUM})(?:\s?(?P<scale2>{_SCALE}){_NL})?(?:\s?/-)?)?
        (?:\s?{_CURWORD}{_NL})?)
    | (?P<money_post>(?P<pamt>{_NUM})(?:\s?[-–—]\s?(?P<pamt2>{_NUM}))?
        (?:\s?(?P<pscale>{_SCALE}){_NL})?\s?(?:/-|{_CURWORD}{_NL}|₹))
    | (?P<percent>(?P<psign>[-−])?(?P<pc1>{_NUM})(?:\s?[-–—]\s?(?P<pc2>{_NUM}))?\s?%)
    | (?P<ordinal>(?P<on>{D}+)(?:(?P<oen>st|nd|rd|th|ST|ND|RD|TH)(?![A-Za-z])
        |\s?(?P<ohi>वां|वाँ|वीं|वें|वा|वी|वे){_NL}|(?P<ohi2>ला|ली|ले|रा|री|रे|था|थी|थे|ठा|ठी|ठे){_NL}))
    | (?P<fy>(?P<fy1>{D}{{4}})[-–](?P<fy2>{D}{{2}})(?![0-9]))
    | (?P<range>(?P<r1>{_NUM})\s?[-–—]\s?(?P<r2>{_NUM})(?![0-9]))
    | (?P<alnum>[A-Za-z]+{D}[A-Za-z0-9]*|{D}+[A-Za-z][A-Za-z0-9]*)
    | (?P<leaddot>\.(?P<ldf>{D}+)(?![0-9.]))
    | (?P<num>(?P<nsign>[-−])?{_NUM})
    """,
    re.X,
)
_FALLBACK = re.compile(rf"(?P<num>(?P<nsign>)(?:{_NUM}))")
_NUM_PARTS = re.compile(rf"(?P<int>{_NUMINT})(?:\.(?P<frac>{D}+))?")

_CTX_AFTER = re.compile(
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
_GROUP_CONT = re.compile(rf"[ \-]({D}{{3,}})(?![0-9]|[.,]{D})")


def _is_letter(ch: str) -> bool:
    return ch.isalpha() or ("\u0900" <= ch <= "\u0dff" and ch not in "।॥")


# ---------------------------------------------------------------------------
# Reading helpers
# ---------------------------------------------------------------------------


class _Ctx:
    """Per-call state: the shadow text and the language profile."""

    __slots__ = ("p", "t")

    def __init__(self, t: str, p: _Profile) -> None:
        self.t = t
        self.p = p


def _card(n: int, p: _Profile) -> str:
    if n >= 10**20:
        return _digits(str(n), p)
    return cardinal(n, p.lang, p.use_arab)


def _digits(s: str, p: _Profile) -> str:
    return " ".join(p.digits[ord(c) - 48] for c in s if "0" <= c <= "9")


def _int_of(s: str) -> int:
    return int(s.replace(",", ""))


def _number(s: str, p: _Profile) -> str:
    """Words for a number as written: commas allowed, decimals read digit by digit."""
    int_part, _, frac = s.partition(".")
    digits = int_part.replace(",", "")
    words = _digits(digits, p) if len(digits) > 20 else _card(int(digits), p)
    if frac:
        words += f" {p.lang.point} {_digits(frac, p)}"
    return words


def _year(y: int, p: _Profile) -> str:
    code = p.code
    if code == "hi" and 1100 <= y <= 1999:
        hi, lo = divmod(y, 100)
        return f"{p.lang.units[hi]} सौ" + (f" {p.lang.units[lo]}" if lo else "")
    if code == "en-IN" and (1100 <= y <= 1999 or 2010 <= y <= 2099):
        hi, lo = divmod(y, 100)
        if lo == 0:
            return f"{EN_UNITS_[hi]} hundred"
        if lo < 10:
            return f"{EN_UNITS_[hi]} oh {EN_UNITS_[lo]}"
        return f"{EN_UNITS_[hi]} {EN_UNITS_[lo]}"
    return _card(y, p)


EN_UNITS_ = ENGLISH_IN.units


def _ordinal_words(n: int, p: _Profile, hi_suffix: str | None) -> str:
    if p.code == "en-IN":
        return en_ordinal(_card(n, p))
    if p.code != "hi":
        return _card(n, p)
    suffix = hi_suffix or "वाँ"
    if n in HI_ORDINAL_IRREGULAR:
        vowel = {"ा": "ा", "ी": "ी", "े": "े"}.get(suffix[-1], "ा")
        if suffix[-1] in "ंँ":  # वां / वाँ / वीं / वें
            vowel = suffix[-2]
        return HI_ORDINAL_IRREGULAR[n] + vowel
    if hi_suffix and hi_suffix[0] != "व":  # 5ला-style suffix on a regular number
        suffix = {"ा": "वाँ", "ी": "वीं", "े": "वें"}[hi_suffix[-1]]
    return _card(n, p) + suffix


def _read_digits_grouped(groups: list[str], p: _Profile) -> str:
    return p.group_sep.join(_digits(g, p) for g in groups if g)


def _split_groups(s: str) -> list[str]:
    return [g for g in re.split(r"[\s\-]+", s) if g]


def _rupees(paise_total: int | None, p: _Profile) -> str | None:
    """Rupees-and-paise words for an exact amount in paise."""
    if paise_total is None:
        return None
    r, ps = divmod(paise_total, 100)
    lang = p.lang
    parts = []
    if r or not ps:
        parts.append(f"{_attributive(_card(r, p), p)} {p.rupee[0] if r == 1 else p.rupee[1]}")
    if ps:
        parts.append(
            f"{_attributive(_card(ps, p), p)} {lang.paisa[0] if ps == 1 else lang.paisa[1]}"
        )
    return lang.money_joiner.join(parts)


def _attributive(words: str, p: _Profile) -> str:
    for final, before_noun in p.lang.attributive:
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


def _money_words(amount: str, scale: str | None, p: _Profile, with_currency: bool = True) -> str:
    paise = _amount_paise(amount, scale)
    if paise is not None and paise < 10**22:
        if not with_currency and paise % 100 == 0:
            return _card(paise // 100, p)
        words = _rupees(paise, p)
        if words is not None:
            return words
    # finer than a paisa (₹10.555): read the number as written
    words = _number(amount, p)
    if scale:
        words += " " + scale
    return f"{words} {p.rupee[1]}" if with_currency else words


# ---------------------------------------------------------------------------
# Handlers: (ctx, match, start) -> (replacement | None, end)
# ---------------------------------------------------------------------------

Handler = Callable[[_Ctx, "re.Match[str]"], "tuple[str | None, int]"]


def _h_plus(c: _Ctx, m: re.Match[str]) -> tuple[str | None, int]:
    p = c.p
    body = m.group("plus").lstrip("+").strip()
    groups = _split_groups(body)
    if len(groups) == 1:
        g = groups[0]
        if g.startswith("91") and len(g) == 12:
            groups = ["91", g[2:7], g[7:]]
    elif len(groups) == 2 and groups[0] == "91" and len(groups[1]) == 10:
        groups = ["91", groups[1][:5], groups[1][5:]]
    return f"{p.lang.plus} {_read_digits_grouped(groups, p)}", m.end()


def _h_toll(c: _Ctx, m: re.Match[str]) -> tuple[str | None, int]:
    groups = _split_groups(m.group("toll"))
    if len(groups) == 1:
        g = groups[0]
        groups = [g[:4], g[4:7], g[7:]]
    return _read_digits_grouped(groups, c.p), m.end()


def _valid_date(d: int, mo: int) -> tuple[int, int] | None:
    if 1 <= mo <= 12 and 1 <= d <= 31:
        return d, mo
    if 1 <= d <= 12 and 1 <= mo <= 31:
        return mo, d  # written month-first
    return None


def _date_words(d: int, mo: int, y: int | None, p: _Profile) -> str:
    year = f" {_year(y, p)}" if y is not None else ""
    if p.code == "hi":
        return f"{_card(d, p)} {HINDI.months[mo - 1]}{year}"  # type: ignore[index]
    if p.code == "en-IN":
        return f"{en_ordinal(_card(d, p))} {ENGLISH_IN.months[mo - 1]}{year}"  # type: ignore[index]
    return f"{_card(d, p)} {_card(mo, p)}{year}"


def _h_iso(c: _Ctx, m: re.Match[str]) -> tuple[str | None, int]:
    dm = _valid_date(int(m.group("id")), int(m.group("im")))
    if dm is None or dm[1] != int(m.group("im")):
        return None, m.end()
    return _date_words(dm[0], dm[1], int(m.group("iy")), c.p), m.end()


def _h_dmy(c: _Ctx, m: re.Match[str]) -> tuple[str | None, int]:
    dm = _valid_date(int(m.group("dd")), int(m.group("dm")))
    if dm is None:
        return None, m.end()
    y = int(m.group("dy"))
    if len(m.group("dy")) == 2:
        y += 2000 if y <= 69 else 1900
    return _date_words(dm[0], dm[1], y, c.p), m.end()


def _h_dotted(c: _Ctx, m: re.Match[str]) -> tuple[str | None, int]:
    p = c.p
    dot = {"hi": " डॉट ", "en-IN": " dot "}.get(p.code, " . ")
    return dot.join(_number(part, p) for part in m.group("dotted").split(".")), m.end()


def _day_words(day: str, p: _Profile) -> str:
    n = int(day.rstrip("stndrhSTNDRH"))
    if p.code == "en-IN":
        return en_ordinal(_card(n, p))
    return _card(n, p)


def _replace_groups(m: re.Match[str], repl: dict[str, str]) -> str:
    """The match's text with some named groups replaced (keeps month spelling, commas)."""
    whole_start = m.start()
    text = m.group(0)
    out = []
    last = 0
    for name, words in sorted(repl.items(), key=lambda kv: m.start(kv[0])):
        s, e = m.start(name) - whole_start, m.end(name) - whole_start
        out.append(text[last:s])
        out.append(words)
        last = e
    out.append(text[last:])
    return "".join(out)


def _month_repl(m: re.Match[str], group: str, p: _Profile, repl: dict[str, str]) -> None:
    """An English month ("Jan", "Sept.", "JANUARY") in the language's own spelling."""
    written = m.group(group)
    n = _EN_MONTH_FORMS.get(written.rstrip("."))
    if n is None:
        return
    if p.code == "hi":
        repl[group] = HINDI.months[n - 1]  # type: ignore[index]
    elif p.code == "en-IN":
        repl[group] = ENGLISH_IN.months[n - 1]  # type: ignore[index]


def _h_dname(c: _Ctx, m: re.Match[str]) -> tuple[str | None, int]:
    p = c.p
    day = int(m.group("nd").rstrip("stndrh"))
    if not 1 <= day <= 31:
        return None, m.end()
    repl = {"nd": _day_words(m.group("nd"), p)}
    if m.group("ny"):
        repl["ny"] = _year(int(m.group("ny")), p)
    if m.group("nyh"):
        repl["nyh"] = " "  # 15-Aug-2024
    _month_repl(m, "nmon", p, repl)
    out = _replace_groups(m, repl)
    # "15-Aug" / "15Aug": give the month its own word
    between = c.t[m.end("nd") : m.start("nmon")]
    if between != " ":
        out = out.replace(repl["nd"] + between, repl["nd"] + " ", 1)
    return out, m.end()


def _h_mname(c: _Ctx, m: re.Match[str]) -> tuple[str | None, int]:
    p = c.p
    day = int(m.group("md").rstrip("stndrh"))
    if not 1 <= day <= 31:
        return None, m.end()
    repl = {"md": _day_words(m.group("md"), p)}
    if m.group("my"):
        repl["my"] = _year(int(m.group("my")), p)
    _month_repl(m, "mmon", p, repl)
    return _replace_groups(m, repl), m.end()


def _h_myear(c: _Ctx, m: re.Match[str]) -> tuple[str | None, int]:
    repl = {"yy": _year(int(m.group("yy")), c.p)}
    _month_repl(m, "ymon", c.p, repl)
    return _replace_groups(m, repl), m.end()


_HI_PERIODS = ((4, "रात"), (12, "सुबह"), (16, "दोपहर"), (20, "शाम"), (24, "रात"))


def _h_time(c: _Ctx, m: re.Match[str]) -> tuple[str | None, int]:
    h, mi = int(m.group("th")), int(m.group("tm"))
    sec = int(m.group("ts")) if m.group("ts") else None
    ampm = m.group("ampm")
    if mi > 59 or (sec is not None and sec > 59) or h > 24 or (ampm and not 1 <= h <= 12):
        return None, m.end()
    return _time_words(c, m.start(), h, mi, sec, ampm, bool(m.group("baje"))), m.end()


def _h_dtime(c: _Ctx, m: re.Match[str]) -> tuple[str | None, int]:
    h, mi = int(m.group("dth")), int(m.group("dtm"))
    if h > 24 or mi > 59:
        return None, m.end()
    return _time_words(c, m.start(), h, mi, None, None, True), m.end()


def _h_hampm(c: _Ctx, m: re.Match[str]) -> tuple[str | None, int]:
    h = int(m.group("hh"))
    if not 1 <= h <= 12:
        return None, m.end()
    return _time_words(c, m.start(), h, 0, None, m.group("hap"), False), m.end()


def _h_trange(c: _Ctx, m: re.Match[str]) -> tuple[str | None, int]:
    """ "10:00-18:00", "9am-6pm": सुबह दस बजे से शाम छह बजे तक / ten AM to six PM."""
    p = c.p
    sides = []
    pos = m.start()
    for _ in range(2):
        part = _TSIDE_PARTS.match(c.t, pos)
        if part is None:  # pragma: no cover - the pattern guarantees it
            return None, m.end()
        h, mi, ampm = int(part.group(1)), int(part.group(2) or 0), part.group(3)
        if mi > 59 or h > 24 or (ampm and not 1 <= h <= 12):
            return None, m.end()
        sides.append((part.start(), h, mi, ampm))
        pos = part.end()
        while pos < m.end() and c.t[pos] in " -–—":
            pos += 1
    (s1, h1, m1, a1), (s2, h2, m2, a2) = sides
    if a1 is None and a2 is not None and c.t[s1 : s1 + 3].find(":") < 0:
        if not 1 <= h1 <= 12:
            return None, m.end()
        # "9-6pm" is 9 AM, "2-5pm" is 2 PM
        same = h1 % 12 < h2 % 12
        a1 = a2 if same else ("AM" if a2[0] in "Pp" else "PM")

    def marked(h: int, ampm: str | None) -> bool:
        h24 = (h % 12 + (12 if ampm[0] in "Pp" else 0)) if ampm else h % 24
        return bool(ampm) or h24 >= 13 or h24 == 0

    both = marked(h1, a1) or marked(h2, a2)  # 22:00-06:00: रात दस बजे से सुबह छह बजे
    first = _time_words(c, s1, h1, m1, None, a1, False, force_period=both)
    second = _time_words(c, s2, h2, m2, None, a2, False, force_period=both, after_range=True)
    end = m.end()
    if p.code == "hi":
        tak = "" if _TAK_AFTER.match(c.t, end) else " तक"
        return f"{first} से {second}{tak}", end
    return f"{first} {p.lang.range_word} {second}", end


def _time_words(
    c: _Ctx,
    start: int,
    h: int,
    mi: int,
    sec: int | None,
    ampm: str | None,
    baje: bool,
    *,
    force_period: bool = False,
    after_range: bool = False,
) -> str:
    p = c.p
    pm = bool(ampm) and ampm[0] in "Pp"  # type: ignore[index]
    h24 = (h % 12 + (12 if pm else 0)) if ampm else h % 24
    period_given = not after_range and (
        _PERIOD_BEFORE.search(c.t, max(0, start - 12), start) is not None
    )
    marked = bool(ampm) or h24 >= 13 or h24 == 0 or force_period
    if p.code == "hi":
        h12 = h24 % 12 or 12
        period = ""
        if not period_given and marked:
            period = next(word for limit, word in _HI_PERIODS if h24 < limit) + " "
        hour = h12 if marked else h
        words = f"{period}{_card(hour, p)} " + ("बजे" if mi == 0 else f"बजकर {_card(mi, p)} मिनट")
        if sec is not None:
            words += f" {_card(sec, p)} सेकंड"
        return words
    if p.code == "en-IN":
        suffix = ""
        hour = h
        if ampm:
            suffix = " PM" if pm else " AM"
        elif h24 >= 13 or h24 == 0 or force_period:
            hour, suffix = h24 % 12 or 12, (" PM" if h24 >= 12 else " AM")
        if mi == 0:
            minutes = "" if suffix else " o'clock"
        elif mi < 10:
            minutes = f" oh {_card(mi, p)}"
        else:
            minutes = f" {_card(mi, p)}"
        words = f"{_card(hour, p)}{minutes}"
        if sec is not None:
            words += f" and {_card(sec, p)} seconds"
        return words + suffix
    words = _card(h, p) + (f" {_card(mi, p)}" if mi else "")
    if sec is not None:
        words += f" {_card(sec, p)}"
    return words


def _h_money(c: _Ctx, m: re.Match[str]) -> tuple[str | None, int]:
    p = c.p
    neg = bool(m.group("msign") or m.group("msign2"))
    amt, scale = m.group("amt"), m.group("scale")
    amt2, scale2 = m.group("amt2"), m.group("scale2")
    if amt2 is not None:
        first = _money_words(amt, scale or scale2, p, with_currency=False)
        second = _money_words(amt2, scale2, p)
        words = f"{first} {p.lang.range_word} {second}"
    else:
        words = _money_words(amt, scale, p)
    return (f"{p.minus} {words}" if neg else words), m.end()


def _h_money_post(c: _Ctx, m: re.Match[str]) -> tuple[str | None, int]:
    p = c.p
    amt, amt2, scale = m.group("pamt"), m.group("pamt2"), m.group("pscale")
    if amt2 is not None:
        first = _money_words(amt, scale, p, with_currency=False)
        return f"{first} {p.lang.range_word} {_money_words(amt2, scale, p)}", m.end()
    return _money_words(amt, scale, p), m.end()


def _h_percent(c: _Ctx, m: re.Match[str]) -> tuple[str | None, int]:
    p = c.p
    words = _number(m.group("pc1"), p)
    if m.group("pc2"):
        words += f" {p.lang.range_word} {_number(m.group('pc2'), p)}"
    if m.group("psign"):
        words = f"{p.minus} {words}"
    return f"{words} {p.percent}", m.end()


def _h_ordinal(c: _Ctx, m: re.Match[str]) -> tuple[str | None, int]:
    digits = m.group("on")
    if len(digits) > 20:
        return None, m.end()
    n = int(digits)
    return _ordinal_words(n, c.p, m.group("ohi") or m.group("ohi2")), m.end()


def _h_fy(c: _Ctx, m: re.Match[str]) -> tuple[str | None, int]:
    p = c.p
    y1, yy = int(m.group("fy1")), int(m.group("fy2"))
    if not (1100 <= y1 <= 2099 and yy > y1 % 100):
        return None, m.end()
    if p.code == "en-IN":
        return f"{_year(y1, p)} to {_card(yy, p)}", m.end()
    return f"{_year(y1, p)}-{_card(yy, p)}", m.end()


def _decimal(s: str) -> Decimal | None:
    try:
        return Decimal(s.replace(",", ""))
    except InvalidOperation:
        return None


def _h_range(c: _Ctx, m: re.Match[str]) -> tuple[str | None, int]:
    p = c.p
    r1, r2 = m.group("r1"), m.group("r2")
    a, b = _decimal(r1), _decimal(r2)
    if a is None or b is None or not a < b or len(r1) > 24 or len(r2) > 24:
        return None, m.end()
    if len(r1) > 1 and r1[0] == "0" and r1[1] != ".":
        return None, m.end()  # "022-12345678": an STD code, read digit by digit
    if (
        len(r1) == len(r2) == 4
        and r1.isdigit()
        and r2.isdigit()
        and (
            _YEAR_BEFORE.search(c.t, max(0, m.start() - 16), m.start())
            or (  # "1990-2000": two years, unless a noun follows (1500-2000 लोग)
                int(r1) >= 1100 and int(r2) <= 2099 and _YEARS_AFTER.match(c.t, m.end()) is not None
            )
        )
    ):
        words = f"{_year(int(r1), p)} {p.lang.range_word} {_year(int(r2), p)}"
    else:
        words = f"{_number(r1, p)} {p.lang.range_word} {_number(r2, p)}"
    return _with_unit(c, words, m.end(), plural=True)


def _with_unit(c: _Ctx, words: str, end: int, plural: bool) -> tuple[str, int]:
    u = _UNIT_RE.match(c.t, end)
    if u is None:
        return words, end
    forms = _UNIT_WORDS[u.group("u")].get(c.p.code)
    if forms is None:
        return words, end
    return f"{words} {forms[1] if plural else forms[0]}", u.end()


def _h_alnum(c: _Ctx, m: re.Match[str]) -> tuple[str | None, int]:
    p = c.p
    tok = m.group("alnum")
    u = _UNIT_ALNUM.fullmatch(tok)
    if u is not None:
        n = u.group("n")
        forms = _UNIT_WORDS[u.group("u")].get(p.code)
        words = _number(n, p)
        if forms is None:
            return f"{words} {u.group('u')}", m.end()
        return f"{words} {forms[0] if n in ('1', '1.0') else forms[1]}", m.end()
    k = _THOUSANDS_K.fullmatch(tok)
    if k is not None and len(k.group(1)) <= 15:
        return _card(int(k.group(1)) * 1000, p), m.end()
    times = _TIMES.fullmatch(tok)
    if times is not None:
        by = {"hi": "बाई", "en-IN": "by"}.get(p.code, "x")
        return f"{_card(int(times.group(1)), p)} {by} {_card(int(times.group(2)), p)}", m.end()
    # a code such as A1234 / SBIN0001234 / XXXX1234: letters kept, digits one by one
    parts = re.findall(r"[0-9]+|[^0-9]+", tok)
    return " ".join(_digits(s, p) if s[0].isdigit() else s for s in parts), m.end()


def _h_num(c: _Ctx, m: re.Match[str]) -> tuple[str | None, int]:
    p = c.p
    t = c.t
    start, end = m.start(), m.end()
    sign = m.group("nsign")
    body = t[start + (1 if sign else 0) : end]
    parts = _NUM_PARTS.fullmatch(body)
    if parts is None:  # pragma: no cover - the pattern guarantees it
        return None, end
    int_part, frac = parts.group("int"), parts.group("frac")
    plain = frac is None and "," not in int_part
    num_start = start + (1 if sign else 0)
    if plain and not sign:
        leading_zero = len(int_part) > 1 and int_part[0] == "0"
        if leading_zero or _digit_context(t, num_start, end, len(int_part), p.digit_keywords):
            groups = [int_part]
            paren = ""
            if (
                leading_zero
                and start > 0
                and t[start - 1] == "("
                and t.startswith(")", end)
                and (g := _GROUP_CONT.match(t, end + 1)) is not None
            ):  # "(022) 1234 5678": the STD code in brackets, then the number
                paren = _digits(int_part, p) + ")"
                groups = []
                end += 1
            while (g := _GROUP_CONT.match(t, end)) is not None:
                groups.append(g.group(1))
                end = g.end()
            if len(groups) == 1 and len(int_part) == 10:
                groups = [int_part[:5], int_part[5:]]
            if leading_zero and len(groups) == (1 if paren else 2) and len(groups[-1]) == 8:
                groups[-1:] = [groups[-1][:4], groups[-1][4:]]  # landline: 2345 6789
            if paren:
                return f"{paren} {_read_digits_grouped(groups, p)}", end
            return _read_digits_grouped(groups, p), end
        if len(int_part) == 4 and p.code in ("hi", "en-IN") and _year_context(t, start, end):
            return _year(int(int_part), p), end
    words = None
    if frac is not None and (sc := _BARE_SCALE_RE.match(t, end)) is not None:
        # "2.5 लाख" like "₹2.5 लाख": दो लाख पचास हज़ार (when it is a whole number)
        paise = _amount_paise(body, sc.group("s"))
        if paise is not None and paise % 100 == 0 and paise < 10**22:
            words, end = _card(paise // 100, p), sc.end()
    if words is None:
        words = _number(body, p)
    if sign:
        words = f"{p.minus} {words}"
    return _with_unit(c, words, end, plural=body not in ("1", "1.0"))


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


def _h_leaddot(c: _Ctx, m: re.Match[str]) -> tuple[str | None, int]:
    """ ".5": शून्य दशमलव पाँच (the zero a reader supplies)."""
    p = c.p
    words = f"{_card(0, p)} {p.lang.point} {_digits(m.group('ldf'), p)}"
    end = m.end()
    pct = _PCT_AFTER.match(c.t, end)
    if pct is not None:
        return f"{words} {p.percent}", pct.end()
    return _with_unit(c, words, end, plural=True)


_PCT_AFTER = re.compile(r"\s?%")


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
_QTY_AFTER = re.compile(
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


def _digit_context(t: str, start: int, end: int, ndigits: int, extra: frozenset[str]) -> bool:
    """Digit-by-digit reading: a keyword (then up to 3 linking words) just before the number.

    Strong identifier keywords (OTP, PIN, खाता, ID, ...) make any number an identifier,
    weak ones (number, नंबर, संख्या) one of three digits or more, soft ones (mobile,
    पॉलिसी, कॉल, ...) one of eight digits or more, or five or more when no postposition
    follows. A quantity word after the number (मिनट, साल, दिन, अंक, minutes, %) wins
    over every keyword.
    """
    if _CTX_AFTER.match(t, end) is not None:
        return True
    if _QTY_AFTER.match(t, end) is not None or _UNIT_RE.match(t, end) is not None:
        return False
    words = t[max(0, start - 48) : start].split()
    weak = soft = False
    links = 0
    prev = ""
    for raw in reversed(words[-6:]):
        if raw[-1] in _STOP_CHARS or any("0" <= ch <= "9" for ch in raw):
            break
        word = raw.strip(":#-").rstrip(".")
        if raw == "PAN":
            return True
        low = word.lower()
        if low in _STRONG_WORDS or (low, prev) in _STRONG_PAIRS:
            return True
        if low in _SOFT_WORDS:
            soft = True
            break
        if low in _WEAK_WORDS or word in extra:
            weak = True
        if raw.endswith(".") and low not in ("no", "नं", "ref", "a/c"):
            break  # a sentence ended here
        if low in _LINK_WORDS or word in extra or not word:
            links += 1
            if links > 3:
                break
            prev = low
            continue
        break
    if weak and ndigits >= 3:
        return True
    if soft:
        return ndigits >= 8 or (ndigits >= 5 and _POSTPOSITION_AFTER.match(t, end) is None)
    return False


def _year_context(t: str, start: int, end: int) -> bool:
    y = int(t[start:end])
    if not 1000 <= y <= 2099:
        return False
    if _YEAR_BEFORE.search(t, max(0, start - 16), start) is not None:
        return True
    return _YEAR_AFTER.match(t, end) is not None


_HANDLERS: dict[str, Handler] = {
    "plus": _h_plus,
    "toll": _h_toll,
    "iso": _h_iso,
    "dmy": _h_dmy,
    "dotted": _h_dotted,
    "dname": _h_dname,
    "mname": _h_mname,
    "myear": _h_myear,
    "trange": _h_trange,
    "time": _h_time,
    "dtime": _h_dtime,
    "hampm": _h_hampm,
    "money": _h_money,
    "money_post": _h_money_post,
    "percent": _h_percent,
    "ordinal": _h_ordinal,
    "fy": _h_fy,
    "range": _h_range,
    "alnum": _h_alnum,
    "leaddot": _h_leaddot,
    "num": _h_num,
}


# ---------------------------------------------------------------------------
# The scan
# ---------------------------------------------------------------------------


def _normalize(text: str, p: _Profile, before: str = "") -> str:
    offset = len(before)
    full = before + text if before else text
    t = full.translate(_TO_ASCII) if _NATIVE_DIGIT.search(full) else full
    c = _Ctx(t, p)
    out: list[str] = []
    last = pos = offset
    while (dm := _DIG.search(t, pos)) is not None:
        i = dm.start()
        start = i
        if i > last:
            pre = _PRE.search(t, max(last, i - 12), i)
            if pre is not None:
                start = pre.start()
            elif t[i - 1] == " ":  # "August 15": the month word before
                j = max(t.rfind(" ", last, i - 1) + 1, last)
                if t[j : i - 1].rstrip(".") in _MONTH_FORMS:
                    start = j
        m = _MAIN.match(t, start)
        if m is None or m.end() <= i:
            start = i
            m = _MAIN.match(t, i)
        assert m is not None  # `num` matches any digit run
        kind = m.lastgroup or "num"
        repl, end = _HANDLERS[kind](c, m)
        if repl is None:  # not what it looked like: read the leading number plainly
            start = i
            fb = _FALLBACK.match(t, i)
            assert fb is not None
            repl, end = _h_num(c, fb)
            if repl is None:  # pragma: no cover
                pos = fb.end()
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
        o = ord(ch)
        if o < 0x80:
            if ch.isalpha():
                latin += 1
            continue
        if 0x0900 <= o <= 0x0D7F:
            for lo, hi, code in _SCRIPTS:
                if lo <= o <= hi:
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


def _coerce_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        if value.is_integer() and abs(value) < 1e21:
            return str(int(value))
        return repr(value)
    if isinstance(value, Decimal):
        return format(value, "f") if value.is_finite() else str(value)
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
        s = _coerce_text(text)
        if not s or _ANY_DIGIT.search(s) is None:
            return s
        try:
            before = before if isinstance(before, str) else ""
            return _normalize(s, self.profile_for(before + s), before)
        except Exception as exc:  # never let a number kill a call
            logger.warning(f"indic_numbers: left text unchanged after {type(exc).__name__}: {exc}")
            return s


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
    p = _profile(code, options or DEFAULT_OPTIONS)
    n = int(n)
    words = _number(str(abs(n)), p)
    return f"{p.minus} {words}" if n < 0 else words


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
