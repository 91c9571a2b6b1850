"""The written forms of numbers, as regular expressions: digits of every Indic script, amounts,
scales, currencies, units, months, times, and :data:`NUMBER_FORMS`, one anchored alternative per
written form (its name picks the reader, :data:`.normalizer.HANDLERS`)."""

from __future__ import annotations

import re

from pipecat_rt_best.indic_numbers.languages import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    ENGLISH_IN,
)


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
TO_ASCII = {zero + d: ord("0") + d for zero in _DIGIT_BLOCKS for d in range(10)}
NATIVE_DIGIT = re.compile(
    "[" + "".join(f"\\u{zero:04x}-\\u{zero + 9:04x}" for zero in _DIGIT_BLOCKS) + "]"
)
ANY_DIGIT = re.compile("[0-9½¼¾" + NATIVE_DIGIT.pattern[1:])
ASCII_DIGIT_RE = re.compile(r"[0-9]")

_DIGIT = "[0-9]"
# letters of any Indic script or Latin, but not the danda (।, ॥)
_LETTER = r"[A-Za-z\u0900-\u0963\u0970-\u0DFF]"
_NOT_LETTER = rf"(?!{_LETTER})"
# a mask hiding digits: "XXXX", "****", "••••" (three or more: "XX" is a size, a century)
MASK = r"(?:[Xx]{3,}|\*{3,}|•{3,})"
MASK_CHARS = frozenset("Xx*•")
CODE_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{2,}[-/]$")
"""An upper-case code and a hyphen or slash just before digits ("SR-784512", "CLM/2067/04815")."""
SHORT_MASK_BEFORE = re.compile(r"(?<![0-9A-Za-z*•])(?:XX|xx|\*\*|\*|••)$")
"""A one- or two-character mask glued to the last four digits of a card or an account
("XX2857", "**7208", "*3971"): dropped like a longer one (a markdown "**" bold or "*"
italic run is not one: it is closed after the digits; "*1234#" is a USSD code)."""


# what a one-star mask hides the digits of ("card *6620", "कार्ड *3971", "A/c *4417")
_MASKED_THING_BEFORE = re.compile(
    r"(?i:card|a/c|account|acct|ending|no\.)|कार्ड|खाता|खाते|खात्या|অ্যাকাউন্ট|কার্ড|கார்டு|கணக்கு"
    r"|కార్డ్|ఖాతా|ಕಾರ್ಡ್|ಖಾತೆ|കാർഡ്|അക്കൗണ്ട്|કાર્ડ|ખાતા"
)


def short_mask_before(text: str, start: int, end: int, lo: int = 0) -> re.Match[str] | None:
    """The two-character mask the four digits ``text[start:end]`` follow (looked for from
    ``lo`` on), else None."""
    if end - start != 4 or text.startswith("**", end):
        return None
    mask = SHORT_MASK_BEFORE.search(text, max(lo, start - 3), start)
    if mask is not None and mask.group() == "*":
        if text[end : end + 1] in ("*", "#"):
            return None  # "*3971*" (italic), "*1234#" (a USSD code)
        if _MASKED_THING_BEFORE.search(text, max(lo, start - 32), start) is None:
            return None  # one star is a mask only after a card or an account ("Pay *1500 now")
    return mask


_INTEGER = rf"(?:{_DIGIT}{{1,2}}(?:,{_DIGIT}{{2}})+,{_DIGIT}{{3}}(?![0-9])|{_DIGIT}{{1,3}}(?:,{_DIGIT}{{3}})+(?![0-9])|{_DIGIT}+)"
_NUMBER = rf"{_INTEGER}(?:\.{_DIGIT}+)?"
_CURRENCY = r"(?:₹|(?<![A-Za-z])(?:Rs\.?|RS\.?|rs\.?|INR)|रु\.?|रू\.?)"
# a word that is an amount written with its rupee sign or code ("₹4,999", "Rs.500/-")
AMOUNT_WORD = re.compile(rf"{_CURRENCY}[0-9][0-9,]*(?:\.[0-9]+)?(?:/-)?$")
# a rupee sign or code where an amount starts
CURRENCY_AT = re.compile(_CURRENCY)

SCALE_WORDS: dict[str, int] = {
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
_SCALE_WORD = _trie(SCALE_WORDS)
_SCALE = rf"{_SCALE_WORD}(?:\s?{_SCALE_WORD}(?!{_LETTER}))?"  # "लाख करोड़" = 10^12

# scale words that make "2.5 लाख" a whole number; not the ambiguous abbreviations (L is
# also litre) nor million/billion (kept as written: "2.5 million")
_BARE_SCALE_WORD = _trie(
    word
    for word in SCALE_WORDS
    if word not in {"L", "k", "K", "cr", "Cr", "CR", "mn", "bn", "million", "billion"}
)
BARE_SCALE_RE = re.compile(
    rf"[ \u00a0]?(?P<scale>{_BARE_SCALE_WORD}(?:\s?{_BARE_SCALE_WORD}(?!{_LETTER}))?){_NOT_LETTER}"
)

_CURRENCY_WORDS = (
    "रुपये", "रुपए", "रुपया", "रुपयों", "रूपये", "रूपए", "rupees", "rupee", "Rupees", "Rupee",
    "Rs.", "Rs", "INR", "रु.", "रु", "रू.", "रू", "টাকা", "રૂપિયા", "ਰੁਪਏ", "ரூபாய்", "రూపాయలు", "ರೂಪಾಯಿ", "രൂപ", "ଟଙ୍କା",
)  # fmt: skip
_CURRENCY_WORD = _trie(_CURRENCY_WORDS)

EN_MONTH_FORMS: dict[str, int] = {}
for _month_number, _month in enumerate(ENGLISH_IN.months or (), start=1):
    for _form in {_month, _month[:3], _month.upper(), _month[:3].upper()}:
        EN_MONTH_FORMS[_form] = _month_number
EN_MONTH_FORMS.update({"Sept": 9, "SEPT": 9})
# English month names that are not abbreviations: a dot after them is always a full stop
FULL_MONTH_NAMES = frozenset(
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
MONTH_FORMS = {**EN_MONTH_FORMS, **_HI_MONTH_FORMS}
_MONTH_NAME = _trie(MONTH_FORMS) + rf"\.?{_NOT_LETTER}"

UNIT_WORDS: dict[str, dict[str, tuple[str, str]]] = {
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
    UNIT_WORDS[_unit].update(_unit_forms)
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
            UNIT_WORDS.setdefault(_form, {
                _code: (f"{_prefix_words[_code]} {_sg}", f"{_prefix_words[_code]} {_pl}")
                for _code, (_sg, _pl) in _names.items()
            })  # fmt: skip
# the capitalised and upper-case ways Indian shops and couriers write the commonest units ("5
# Kg", "₹98/KG", "10 Km", "2 Ltr"); not the others ("5 HR" may be people, "CM", "MIN", "SEC"
# words of their own)
for _unit in ("kg", "km", "ltr", "ltrs", "gm", "gms", "kmph"):
    for _variant in {_unit.capitalize(), _unit.upper()} - {"GM", "GMS"}:  # "5 GM": managers?
        UNIT_WORDS.setdefault(_variant, UNIT_WORDS[_unit])
UNIT_RE = re.compile(r"[ \u00a0]?(?P<unit>" + _trie(UNIT_WORDS) + r")(?![A-Za-z0-9])")
# glued to the number ("5km"); not "m" ("5m" is as often minutes or million as metres)
UNIT_ALNUM = re.compile(
    rf"(?P<number>{_DIGIT}+(?:\.{_DIGIT}+)?)(?P<unit>"
    + _trie(unit for unit in UNIT_WORDS if unit != "m")
    + r")(?![A-Za-z0-9])"
)
THOUSANDS_K = re.compile(rf"({_DIGIT}+)[kK]")
TIMES = re.compile(rf"({_DIGIT}{{1,3}})[xX×]({_DIGIT}{{1,3}})")  # 24x7

# foreign money: a symbol ($, US$, €, ...) or an ISO code (USD, AED, ...)
_FX_SYMBOL = _trie(CURRENCY_SYMBOLS)
FX_CODE = rf"(?<![A-Za-z]){_trie(CURRENCY_CODES)}(?![A-Za-z])"
_FX_SIGN = rf"(?:{_FX_SYMBOL}|{FX_CODE})"

# $ / US$ / € / USD (with an optional sign) before the number; looked for only when the
# character before the digits (or before one space) may end one: see FX_LAST_CHARS
FX_PREFIX = re.compile(rf"(?:(?<![^\s(\[{{:=,;])[-−]\s?)?{_FX_SIGN}\s?$")
FX_LAST_CHARS = frozenset(
    [*(symbol[-1] for symbol in CURRENCY_SYMBOLS), *(code[-1] for code in CURRENCY_CODES)]
)
# the first letters of the codes, for the cheap test before _FX_CODE_AFTER
FX_FIRST_CHARS = frozenset(code[0] for code in CURRENCY_CODES)

# Prefix that belongs to the number starting at the end of the window.
PREFIX = re.compile(
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
TIME_END_PARTS = re.compile(rf"({_DIGIT}{{1,2}})(?::({_DIGIT}{{2}}))?\s?({_AM_PM})?")
TAK_AFTER = re.compile(r"\s?तक(?![\u0900-\u0963])")

# One alternative per written form, tried in this order; the name of the alternative that
# matched picks its reader in normalizer.HANDLERS.
NUMBER_FORMS = re.compile(
    rf"""
      # +91 98765 43210; +1-415-555-0100
      (?P<intl_phone>\+\s?{_DIGIT}{{1,3}}(?:[\s-]?{_DIGIT}){{6,14}}(?![0-9]))
      # 1800 123 4567; 1860-500-1234; 1800 11 2211; 1-800-425-3800
    | (?P<toll_free>(?:18[06]0[\s-]?{_DIGIT}{{3}}[\s-]?{_DIGIT}{{3,4}}|18[06]0[\s-]{_DIGIT}{{2}}[\s-]{_DIGIT}{{4}}|1[\s-]800[\s-]{_DIGIT}{{3}}[\s-]{_DIGIT}{{4}})(?![0-9]))
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
        (?:\s?(?P<hh_mm_am_pm>[AaPp]\.?\s?[Mm]\.?)(?![A-Za-z]))?(?P<hh_mm_baje>\s?(?:बजे|वाजता|વાગ્યે))?)
      # 10.30 बजे; 9.30 AM; 4.00 p.m.
    | (?P<time_dot_baje>(?P<dot_baje_hour>{_DIGIT}{{1,2}})\.(?P<dot_baje_minute>{_DIGIT}{{2}})
        (?:\s?बजे|\s?(?P<dot_am_pm>[AaPp]\.?\s?[Mm]\.?)(?![A-Za-z])))
      # 9am; 9 PM; 11 p.m.
    | (?P<hour_am_pm>(?P<am_pm_hour>{_DIGIT}{{1,2}})\s?(?P<am_pm_marker>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))
      # ₹4,500; Rs. 2.5 lakh; -₹500; ₹5,000/-; ₹10-20 लाख; ₹.50; INR 500 rupees
    | (?P<money>(?P<money_sign>[-−]\s?)?{_CURRENCY}\s?(?P<money_sign_after_symbol>[-−])?(?P<amount>{_NUMBER}|\.{_DIGIT}{{1,2}}(?![0-9]))
        (?:\s?(?P<scale>{_SCALE}){_NOT_LETTER})?(?:\s?/-)?
        (?:\s?[-–—]\s?(?:{_CURRENCY}\s?)?(?P<amount_to>{_NUMBER})(?:\s?(?P<scale_to>{_SCALE}){_NOT_LETTER})?(?:\s?/-)?)?
        (?:\s?{_CURRENCY_WORD}{_NOT_LETTER})?)
      # 4500 रुपये; 500/-; 10-20 लाख रुपये; 2.5 crore rupees; 500₹ (not "71064938 ₹1,245":
      # there ₹ is the next amount's)
    | (?P<money_currency_after>(?P<post_amount>{_NUMBER})(?:\s?[-–—]\s?(?P<post_amount_to>{_NUMBER}))?
        (?:\s?(?P<post_scale>{_SCALE}){_NOT_LETTER})?\s?(?:/-|{_CURRENCY_WORD}{_NOT_LETTER}|₹(?!\s?{_DIGIT})))
      # 12.5%; 10-15%; -3 %
    | (?P<percent>(?P<percent_sign>[-−])?(?P<percent_value>{_NUMBER})(?:\s?%?\s?[-–—]\s?(?P<percent_value_to>{_NUMBER}))?\s?%)
      # 1st; 22nd; 21वाँ; 5 वीं; 1ला; 2री; 4थे; 9वीच्या (a Marathi ordinal and its case ending)
    | (?P<ordinal>(?P<ordinal_number>{_DIGIT}+)(?:(?P<english_suffix>st|nd|rd|th|ST|ND|RD|TH)(?![A-Za-z])
        |(?P<marathi_suffix>ल्या|ऱ्या|थ्या|व्या){_NOT_LETTER}
        |\s?(?P<hindi_suffix>वां|वाँ|वीं|वें|वा|वी|वे)(?P<ordinal_case>च्या|चा|ची|चे|त|ला|ने|साठी|पर्यंत|मध्ये)?{_NOT_LETTER}|(?P<hindi_short_suffix>ला|ली|ले|रा|री|रे|था|थी|थे|ठा|ठी|ठे){_NOT_LETTER}))
      # 2 1/2; 7 3/8; २२ ३१/१७ (a whole number and a proper fraction)
    | (?P<mixed_fraction>(?P<mixed_whole>{_DIGIT}{{1,6}})[ \u00a0](?P<mixed_numerator>{_DIGIT}{{1,4}})/(?P<mixed_denominator>{_DIGIT}{{1,4}})(?![0-9/]|[.,]{_DIGIT}))
      # 3/4; 15/08; 99/99; 24/7 (a fraction or a date without a year: see the module docs)
      # CLM/2067/04815: digit groups after an upper-case code and a slash, an identifier
    | (?P<code_slash>(?<=[A-Z]/){_DIGIT}+(?:/{_DIGIT}+)*(?![0-9/]|[.,]{_DIGIT}))
      # 3307/118/46: three or more slashed groups of digits (not a date), an identifier
    | (?P<slash_chain>(?<![0-9]/){_DIGIT}{{2,}}(?:/{_DIGIT}{{2,}}){{2,}}(?![0-9/]))
    | (?P<slash_pair>(?<![0-9]/)(?P<slash_first>{_DIGIT}{{1,4}})/(?P<slash_second>{_DIGIT}{{1,4}})(?![0-9/]|[.,]{_DIGIT}))
      # 2024-25; 2023–24 (a financial year; not "2024-11-58213", a chain)
    | (?P<financial_year>(?P<fy_start_year>{_DIGIT}{{4}})[-–](?P<fy_end_yy>{_DIGIT}{{2}})(?![0-9]|[-–]{_DIGIT}))
      # 402-7315946-2280417: three or more hyphenated groups of digits, an identifier
    | (?P<digit_chain>{_DIGIT}{{2,}}-{_DIGIT}{{2,}}(?:-{_DIGIT}{{2,}})*-{_DIGIT}+(?![0-9]))
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
# NUMBER_FORMS would cost every plain number a try):
# $500; US$ 99; €0.50; USD 1,200; -£20; $2 million; $1,000-2,000 (after an FX_PREFIX)
FOREIGN_MONEY = re.compile(
    rf"""(?P<foreign_money>(?P<fx_negative>[-−]\s?)?(?P<fx_sign>{_FX_SIGN})\s?(?P<fx_amount>{_NUMBER}|\.{_DIGIT}{{1,2}}(?![0-9]))
        (?:\s?(?P<fx_scale>{_SCALE}){_NOT_LETTER})?
        (?:\s?[-–—]\s?(?:{_FX_SIGN}\s?)?(?P<fx_amount_to>{_NUMBER})(?:\s?(?P<fx_scale_to>{_SCALE}){_NOT_LETTER})?)?)""",
    re.X,
)
# 1.5e-7; 1e+300; 6.02E23: exponent notation, a signed power or a decimal mantissa (tried
# by the readers of a number or a code followed by "e")
EXPONENT = re.compile(
    rf"(?P<exponent>(?P<exp_negative>[-−])?(?:(?P<exp_mantissa>{_DIGIT}+\.{_DIGIT}+)[eE](?P<exp_sign>[+\-−])?"
    rf"|(?P<exp_whole>{_DIGIT}+)[eE](?P<exp_whole_sign>[+\-−]))(?P<exp_power>{_DIGIT}{{1,12}})(?![0-9A-Za-z]))"
)
# the `number` alternative alone: how the scan reads a run a handler turned down
PLAIN_NUMBER = re.compile(rf"(?P<number>(?P<number_sign>)(?:{_NUMBER}))")
NUMBER_PARTS = re.compile(rf"(?P<integer>{_INTEGER})(?:\.(?P<fraction>{_DIGIT}+))?")

CALL_WORD_AFTER = re.compile(
    r"\s?(?P<call_prep>(?:पर|को|on|at)\s)?(?:कॉल|[Cc]all|\u095eोन|\u092b\u093cोन|फोन|डायल|[Dd]ial|मिस्ड|[Mm]issed|SMS|एसएमएस"
    r"|WhatsApp|व्हाट्सऐप|व्हाट्सएप)"
)
YEAR_BEFORE = re.compile(
    r"(?<![A-Za-z\u0900-\u097F])(?:सन्|सन|ईस्वी|वर्ष|साल|[Yy]ear|in|In|since|Since|from|From|till|until|by|during|FY"
    r"|[Bb]efore|[Aa]fter"
    # a date moved: "pushed back to 2048", "postponed to 2031" (not "moved/extended to": limits
    # and EMIs are moved and extended to amounts)
    r"|(?:pushed\sback|put\soff|postponed|deferred|rescheduled)\s(?:to|till|until))\s?$"
)
YEAR_AFTER = re.compile(
    r"\s?(?:में|ई\.|ईस्वी|AD|BC|BCE|CE|A\.D\.|B\.C\.|(?:model|मॉडल|batch|बैच)(?![A-Za-z\u0900-\u097F])"
    r"|से\sपहले|के\sबाद)"  # "1949 से पहले जन्मे", as "before 1949" (YEAR_BEFORE)
)
PERIOD_BEFORE = re.compile(
    r"(?<![A-Za-z\u0900-\u097F])"
    r"(?:सुबह|सवेरे|दोपहर|शाम|रात|तड़के|भोर|[Mm]orning|[Ee]vening|[Nn]ight|[Aa]fternoon)\s?$"
)
NEXT_DIGIT_GROUP = re.compile(rf"[ \-]({_DIGIT}{{2,}})(?![0-9]|[.,]{_DIGIT})")
"""The next group of an id or phone number being read ("4408 21 973", "503-1194-27"); a group of
two digits only when no quantity word follows it (the reader checks)."""


def sentence_start(text: str, at: int, marks: str = "।.?!\n") -> int:
    """Where the sentence holding ``at`` starts: just after the last of ``marks`` before it."""
    return max(text.rfind(mark, 0, at) for mark in marks) + 1


def sentence_end(text: str, at: int, marks: str = "।.?!\n") -> int:
    """Where the sentence holding ``at`` ends: the first of ``marks`` from it, else the end."""
    return min((i for i in (text.find(mark, at) for mark in marks) if i >= 0), default=len(text))


def is_letter(ch: str) -> bool:
    return ch.isalpha() or ("\u0900" <= ch <= "\u0dff" and ch not in "।॥")
