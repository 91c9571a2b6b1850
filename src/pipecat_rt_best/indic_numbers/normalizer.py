"""Spell out numbers in Indian-language text before it reaches a TTS voice or a prompt.

One recogniser for every language: native digits are mapped to ASCII in a same-length
shadow copy of the text, a cheap regex finds each digit run, a short look-behind finds a
prefix that belongs to it (₹, Rs., $, US$, €, USD, +, a sign, letters), and one anchored
pattern with an alternative per written form (phone, toll-free, date, exponent, time,
foreign money, money, percent, fraction, ordinal, financial year, range, alphanumeric
code, plain number) says what the run is; each alternative has its reader ``read_<form>``
(:data:`HANDLERS`).

Where each part lives: this module holds the scan, language detection and the public API;
:mod:`.options` the spelling options and per-language profiles; :mod:`.patterns` the written
forms as regular expressions; :mod:`.words` numbers to words; :mod:`.readers` the readers, a
module per kind of form (dates, times, money, fractions, plain numbers and identifiers). The
words come from the language's table in :mod:`.languages`.

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
* digit by digit, too, after a mask or an upper-case code ("XXXX XXXX 1234", "****4521",
  "SR-784512"; a mask before the visible digits is dropped: "ending 1234"), and as a PIN
  code when six digits close an address ("Bengaluru 560034.", "… - 201301", "जयपुर
  302015") or follow a PIN-code word in any script (পিন কোড, பின் கோடு, …); a pair joined
  by a hyphen or slash is one identifier after such a keyword ("order ID 40321-998877",
  "application number 2026/7845"), three or more hyphenated groups always are
  ("402-7315946-2280417"), and a mobile's two halves are a phone number ("98765-43210",
  "91-9876543210"); a mobile in other groupings ("7045 123 456") is read in its groups.
  Digits read one by one pause where a person reading them out would: in the groups as
  written, else 3+3 (an OTP or PIN), 3+4, 4+4, 3+3+3, 5+5, then fours;
* as a year after सन्/वर्ष/साल/in/since/..., before में/ई./AD/model, inside a date, or as
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

Clock times written with a dot are times, not decimals, before बजे or AM/PM ("10.30 बजे",
"9.30 AM") or after a time of day ("दोपहर 2.15"). A full stop read as part of a form ("6 PM.",
"9% p.a.", "Dec.") is kept when it also ended the sentence (the text ends, or a capital or a
new line follows), so the sentence splitter still sees the end. An English ordinal in Hindi
takes the gender of a feminine noun after it ("3rd किस्त": तीसरी किस्त).

Foreign money: a symbol or code before (``$``, ``US$``, ``S$``, ``€``, ``£``, ``¥``, ``₩``,
``USD``, ``EUR``, ``GBP``, ``JPY``, ``KRW``, ``AED``, ``SAR``, ``SGD``, ``CAD``, ``AUD``) or a
code or a one-character symbol other than ``$`` after ("250 AED", "10,50 €") is read with the
unit and subunit words of
:data:`.languages.FOREIGN_CURRENCIES` ("दस डॉलर पचास सेंट", "ten dollars and fifty
cents"; Telugu plurals); a scale word stays as written ("$2 million": दो मिलियन डॉलर).

Measures: area and volume (m², km², sq ft, sq. m, cu m, m³), km/h, °C, GB/MB, cc, m, and
"9.5% p.a." / "p.m." (प्रति वर्ष / per annum) in Hindi and Indian English; a rate's unit
after a number, "₹98/kg", "₹98 per kg", "40 km per hr" (per kilogram, प्रति किलोग्राम), in
Hindi, Marathi and Indian English.

Exponent notation ("1.5e-7", "1e+300", a float such as ``1e300``) is read as a number
times ten to the power in Hindi and Indian English (एक दशमलव पाँच गुणा दस की घात माइनस
सात); the other languages get the number written out (digit by digit beyond 20 digits).
A bare "1e5" (no sign, no decimal point) may be a code and is read as letters and digits.

Text without digits is returned as the very same object; text around numbers is copied
unchanged, and so is markup a TTS reads (:func:`markup_spans`: Cartesia's and ElevenLabs'
``<break time="1.5s" />``, ``<volume ratio="1.2" />``, and what ``<spell>`` / ``<say-as>``
enclose). ``"auto"`` reads each sentence in the language of its script
(:func:`language_runs`). Any ``int``/``float``/``Decimal``/``str`` gives a string, however large (an
integer beyond 20 digits is read digit by digit). :func:`normalize_numbers` never raises:
on an internal error it logs and returns the input.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from typing import Any

from loguru import logger

from pipecat_rt_best.base.whole_words import whole_words
from pipecat_rt_best.indic_numbers.languages import (
    GLUED_SUFFIX_RUNS,
    IRREGULAR_ORDINALS,
    join_glued_suffix,
)
from pipecat_rt_best.indic_numbers.options import (
    DEFAULT_OPTIONS,
    SUPPORTED_LANGS,
    NormalizerOptions,
    Profile,
    language_profile,
    resolve_lang,
)
from pipecat_rt_best.indic_numbers.patterns import (
    ANY_DIGIT,
    ASCII_DIGIT_RE,
    CODE_BEFORE,
    FOREIGN_MONEY,
    FX_LAST_CHARS,
    FX_PREFIX,
    MASK,
    MASK_CHARS,
    MONTH_FORMS,
    NATIVE_DIGIT,
    NUMBER_FORMS,
    PLAIN_NUMBER,
    PREFIX,
    TO_ASCII,
    UNIT_WORDS,
    is_letter,
    short_mask_before,
)
from pipecat_rt_best.indic_numbers.readers.dates import (
    read_day_month_name,
    read_dotted_numbers,
    read_iso_date,
    read_month_name_day,
    read_month_name_year,
    read_numeric_date,
)
from pipecat_rt_best.indic_numbers.readers.fractions import (
    agree,
    fraction_words,
    mixed_fraction_words,
    read_mixed_fraction,
    read_slash_pair,
)
from pipecat_rt_best.indic_numbers.readers.money import (
    read_foreign_money,
    read_money,
    read_money_currency_after,
    read_percent,
)
from pipecat_rt_best.indic_numbers.readers.numbers import (
    join_space_grouped,
    read_alphanumeric,
    read_code_slash,
    read_digit_chain,
    read_financial_year,
    read_intl_phone,
    read_leading_dot,
    read_number,
    read_number_range,
    read_ordinal,
    read_slash_chain,
    read_toll_free,
)
from pipecat_rt_best.indic_numbers.readers.times import (
    read_hour_am_pm,
    read_time_dot_baje,
    read_time_hh_mm,
    read_time_range,
)
from pipecat_rt_best.indic_numbers.words import (
    Handler,
    ScanContext,
    append_unit,
    cardinal_words,
    digit_words,
    int_text,
    number_words,
)

# alternative of patterns.NUMBER_FORMS → its reader
HANDLERS: dict[str, Handler] = {
    "intl_phone": read_intl_phone,
    "toll_free": read_toll_free,
    "iso_date": read_iso_date,
    "numeric_date": read_numeric_date,
    "dotted_numbers": read_dotted_numbers,
    "day_month_name": read_day_month_name,
    "month_name_day": read_month_name_day,
    "month_name_year": read_month_name_year,
    "time_range": read_time_range,
    "time_hh_mm": read_time_hh_mm,
    "time_dot_baje": read_time_dot_baje,
    "hour_am_pm": read_hour_am_pm,
    "foreign_money": read_foreign_money,
    "money": read_money,
    "money_currency_after": read_money_currency_after,
    "percent": read_percent,
    "ordinal": read_ordinal,
    "mixed_fraction": read_mixed_fraction,
    "code_slash": read_code_slash,
    "slash_chain": read_slash_chain,
    "slash_pair": read_slash_pair,
    "financial_year": read_financial_year,
    "digit_chain": read_digit_chain,
    "number_range": read_number_range,
    "alphanumeric": read_alphanumeric,
    "leading_dot": read_leading_dot,
    "number": read_number,
}


# ---------------------------------------------------------------------------
# The scan
# ---------------------------------------------------------------------------


_VULGAR_FRACTIONS = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4)}
# "½", "2½", "2 ½", "२½": a fraction character, with the whole number before it if any
_VULGAR_CHAR = re.compile("[½¼¾]")
_VULGAR = re.compile(r"(?:(?<![0-9.,])(?P<whole>[0-9]{1,6})[ \u00a0]?)?(?P<vulgar>[½¼¾])")


def _read_vulgar_fractions(text: str, profile: Profile) -> str:
    """``text`` with ½ ¼ ¾ (and a whole number before one) read as fractions (डेढ़, आधी
    राशि, three fourths); a language without the words keeps the character."""
    shadow = text.translate(TO_ASCII) if NATIVE_DIGIT.search(text) else text
    ctx = ScanContext(shadow, profile)
    out: list[str] = []
    last = 0
    for match in _VULGAR.finditer(shadow):
        numerator, denominator = _VULGAR_FRACTIONS[match.group("vulgar")]
        whole = match.group("whole")
        if whole is None:
            words = fraction_words(numerator, denominator, profile)
        else:
            words = mixed_fraction_words(int(whole), numerator, denominator, profile)
            if words is None and (fraction := fraction_words(numerator, denominator, profile)):
                # no mixed-number rule (ta, ml, bn): as "2 1/2" is read there
                words = f"{cardinal_words(int(whole), profile)} {fraction}"
        if words is None:
            continue
        words, end = append_unit(
            ctx, agree(ctx, words, match.end()), match.end(), whole is not None
        )
        out.append(text[last : match.start()])
        if match.start() > 0 and is_letter(text[match.start() - 1]):
            out.append(" ")
        out.append(words)
        if end < len(text) and is_letter(text[end]):
            out.append(" ")
        last = end
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


# masked digits before the visible ones ("XXXX XXXX 1234", "****5678", "XXXX-XXXX-"):
# dropped, not read letter by letter, unless digits come before them (4532 XXXX XXXX 9012)
_MASK_BEFORE = re.compile(
    rf"(?<![0-9A-Za-z*•])(?<![0-9*•][ \-])(?<![Xx][ \-])"
    rf"(?:(?:XX|xx|\*\*|••)[ \-](?={MASK}))?(?:{MASK}[ \-]?)+$"
)  # "XXXX XXXX 1234", and a two-character group before a longer one ("XX XXXX 8152")
_NEXT_SENTENCE = re.compile(
    r"\s*$|\s*\n|\s+[\"'“‘(]?(?!(?:[A-Z]{2,}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)[A-Z]"
)


def _sentence_ends(text: str, end: int) -> bool:
    """Whether a full stop just before ``end`` (read as part of "a.m.", "p.a.", "Dec.")
    also ends the sentence: the text ends there, or a line or a capitalised word follows."""
    return _NEXT_SENTENCE.match(text, end) is not None


# "/month" after an amount, a percentage or a pack: "per month" (the voice would say
# "slash"); not after a unit of measure ("km/hr" is the measure reader's)
_PER_UNIT = re.compile(
    r"(?:(?<=[0-9%])|(?<=[GMT]B)|(?<=SMS))/(?P<unit>day|month|year|week|hour|hr|min|minute|mo|yr"
    r"|night|person|दिन|महीना|महीने|माह|साल|वर्ष|घंटा|घंटे|व्यक्ति)(?![A-Za-z\u0900-\u097F])"
)
_PER_WORD = {"en-IN": "per", "hi": "प्रति", "mr": "प्रति"}
_PER_SPELLED = {"mo": "month", "yr": "year", "hr": "hour", "min": "minute"}
# a rate's unit of measure written short, after a number (and its own unit): after "/"
# ("₹98/kg") or the word "per" / "प्रति" ("₹98 per kg", "40 km per hr"): its singular name
# ("per kilogram"), where the voice said "slash" and the letters. Not "m" (a month as often
# as a metre) nor "L" (a size), nor a symbol
PER_MEASURE_UNITS = frozenset(
    unit
    for unit in UNIT_WORDS
    if unit.isascii() and unit.replace(" ", "").isalpha() and unit not in ("m", "L")
)
_PER_MEASURE_UNIT = "|".join(sorted(map(re.escape, PER_MEASURE_UNITS), key=len, reverse=True))
_PER_MEASURE = re.compile(
    rf"(?P<number>[0-9](?:[ \u00a0]?(?:{_PER_MEASURE_UNIT}))?)"
    r"(?:/|[ \u00a0](?P<word>per|प्रति)[ \u00a0])"
    rf"(?P<unit>{_PER_MEASURE_UNIT})(?![A-Za-z0-9])"
)


# a Bengali classifier glued to its number stays glued: "7টার" → "সাতটার"
_GLUED_SUFFIX = re.compile(r"(?:টা|টি|খানা|খানি)")

# an Indian vehicle registration: state code, district (Delhi's may carry a category letter:
# "DL 8C"), series, number ("KA 03 MX 4127", "MH14GH0921", "DL 8C AZ 5512"): the letters as
# written, the digits one by one
_VEHICLE = re.compile(
    r"(?<![A-Za-z0-9])(?P<state>[A-Z]{2})(?P<sep>[ -]?)(?P<district>[0-9]{1,2})"
    r"(?P<category>[A-Z]?)(?P=sep)"
    r"(?P<series>[A-Z]{1,3})(?P=sep)(?P<number>[0-9]{4})(?![A-Za-z0-9])"
)
# a Bharat-series registration: year, "BH", number, series ("22 BH 4639 AC")
_BH_SERIES = re.compile(
    r"(?<![A-Za-z0-9])(?P<year>[0-9]{2})(?P<sep>[ -]?)BH(?P=sep)(?P<number>[0-9]{4})(?P=sep)"
    r"(?P<series>[A-Z]{1,2})(?![A-Za-z0-9])"
)
_STATE_CODES = frozenset(
    [
        "AN",
        "AP",
        "AR",
        "AS",
        "BR",
        "CG",
        "CH",
        "DD",
        "DL",
        "DN",
        "GA",
        "GJ",
        "HP",
        "HR",
        "JH",
        "JK",
        "KA",
        "KL",
        "LA",
        "LD",
        "MH",
        "ML",
        "MN",
        "MP",
        "MZ",
        "NL",
        "OD",
        "OR",
        "PB",
        "PY",
        "RJ",
        "SK",
        "TG",  # Telangana since 2024 (TS before)
        "TN",
        "TR",
        "TS",
        "UA",  # Uttaranchal before 2007: old plates still on the road
        "UK",
        "UP",
        "WB",
    ]
)


def _vehicle_registrations(text: str, profile: Profile) -> str:
    def read(m: re.Match[str]) -> str:
        if m.group("state") not in _STATE_CODES:
            return m.group(0)
        district = digit_words(m.group("district"), profile)
        series = m.group("series")
        if m.group("category") and m.group("state") == "DL":
            district += " " + m.group("category")  # Delhi's category letter: "DL 8C"
        else:
            series = m.group("category") + series  # "MH14GH0921": the series is GH
        number = digit_words(m.group("number"), profile)
        return f"{m.group('state')} {district} {series} {number}"

    def read_bh(m: re.Match[str]) -> str:
        year, number = (
            digit_words(m.group("year"), profile),
            digit_words(m.group("number"), profile),
        )
        return f"{year} BH {number} {m.group('series')}"

    return _BH_SERIES.sub(read_bh, _VEHICLE.sub(read, text))


def _per_unit(text: str, profile: Profile) -> str:
    per = _PER_WORD.get(profile.code)
    if per is None:
        return text
    return _PER_UNIT.sub(
        lambda m: f" {per} {_PER_SPELLED.get(m.group('unit'), m.group('unit'))}", text
    )


def _per_measure(text: str, profile: Profile) -> str:
    """ "₹98/kg", "₹98 per kg", "40 km per hr" → "… per kilogram" (the unit's singular
    name, where the language has one; else as written)."""
    per = _PER_WORD.get(profile.code)
    if per is None:
        return text

    def read(m: re.Match[str]) -> str:
        names = UNIT_WORDS[m.group("unit")].get(profile.code)
        if names is None:
            return m.group()
        return f"{m.group('number')} {m.group('word') or per} {names[0]}"

    return _PER_MEASURE.sub(read, text)


def _normalize(text: str, profile: Profile, before: str = "") -> str:
    if _VULGAR_CHAR.search(text) is not None:  # a bare class: no cost to a plain text
        text = _read_vulgar_fractions(text, profile)
    if "/" in text:
        text = _per_unit(text, profile)
    if "/" in text or "per " in text or "प्रति " in text:
        text = _per_measure(text, profile)
    if _VEHICLE.search(text) is not None or "BH" in text:
        text = _vehicle_registrations(text, profile)
    text = join_space_grouped(before, text, profile.digit_keywords)  # "250 000": one amount
    offset = len(before)
    full = before + text if before else text
    shadow = full.translate(TO_ASCII) if NATIVE_DIGIT.search(full) else full
    ctx = ScanContext(shadow, profile)
    glued = GLUED_SUFFIX_RUNS.get(profile.code)  # suffixes written on the digits: "5ஆம்"
    irregular = IRREGULAR_ORDINALS.get(profile.code)  # "4র্থ", "3જું"
    out: list[str] = []
    last = pos = offset
    while (digit := ASCII_DIGIT_RE.search(shadow, pos)) is not None:
        digit_pos = digit.start()
        start = digit_pos
        forms = NUMBER_FORMS
        if digit_pos > last:
            before_digit = shadow[digit_pos - 1]
            if before_digit == " " and digit_pos - 2 >= last:
                before_digit = shadow[digit_pos - 2]
            prefix = None
            if before_digit in FX_LAST_CHARS:
                prefix = FX_PREFIX.search(shadow, max(last, digit_pos - 8), digit_pos)
                if prefix is not None:
                    forms = FOREIGN_MONEY
            if prefix is None:
                prefix = PREFIX.search(shadow, max(last, digit_pos - 12), digit_pos)
            if prefix is not None:
                start = prefix.start()
            elif shadow[digit_pos - 1] == " ":  # "August 15": the month word before
                word_start = max(shadow.rfind(" ", last, digit_pos - 1) + 1, last)
                if shadow[word_start : digit_pos - 1].rstrip(".") in MONTH_FORMS:
                    start = word_start
        match = forms.match(shadow, start)
        if match is None or match.end() <= digit_pos:
            start = digit_pos
            match = NUMBER_FORMS.match(shadow, digit_pos)
        assert match is not None  # `number` matches any digit run
        form = match.lastgroup or "number"
        repl, end = HANDLERS[form](ctx, match)
        if repl is None:  # not what it looked like: read the leading number plainly
            start = digit_pos
            plain = PLAIN_NUMBER.match(shadow, digit_pos)
            assert plain is not None
            repl, end = read_number(ctx, plain)
            if repl is None:  # pragma: no cover
                pos = plain.end()
                continue
        if full[end - 1] == "." and repl[-1:] != "." and _sentence_ends(full, end):
            repl += "."  # "6 PM. We …", "9% p.a. The …": the full stop was the sentence's
        mask = None
        tail = full[max(last, start - 2) : start].rstrip(" -")
        if tail[-1:] in MASK_CHARS:  # cheap test first: a mask is rare, numbers are not
            mask = _MASK_BEFORE.search(full, max(last, start - 64), start)
            if mask is None:
                mask = short_mask_before(full, start, end, last)
        if mask is not None and repl[:1] != "-":
            start = mask.start()  # "card ending XXXX XXXX 1234": the voice says "1234"
        elif (
            start > last
            and full[start - 1] in "-/"
            and CODE_BEFORE.search(full, max(last, start - 12), start)
        ):
            start -= 1  # "TKT-93058127", "CLM/2067/04815": the code, a space, its digits
        out.append(full[last:start])
        if start > 0 and is_letter(full[start - 1]) and repl[:1] != " ":
            out.append(" ")
        suffix = None if glued is None or end == len(full) else glued.match(full, end)
        if suffix is not None and irregular is not None and shadow[start:end].isdigit():
            ordinal = irregular(int(shadow[start:end]), suffix.group())
            if ordinal is not None:  # "4র্থ": চতুর্থ, not "চার র্থ"; "3જું": ત્રીજું
                out.append(ordinal)
                last = pos = suffix.end()
                continue
        if suffix is not None:  # "5ஆம்", "₹700కి": the suffix joins the last word
            out.append(join_glued_suffix(profile.code, repl, suffix.group()))
            last = pos = suffix.end()
            continue
        out.append(repl)
        if end < len(full) and is_letter(full[end]) and _GLUED_SUFFIX.match(full, end) is None:
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
_DEVANAGARI_LANGS = ("hi", "mr")  # the languages sharing a script: only a hint tells them apart
_MARATHI_HINT = re.compile(r"ळ|आहे|आणि|नाही|मध्ये|तुमच|आपल्या|करावे")
# words Hindi writes and Marathi does not (है/हैं, नहीं, आपका/आपकी/आपके, में, गया/गई/गए)
_HINDI_HINT = re.compile(
    r"(?<![\u0900-\u097F])(?:है|हैं|नहीं|आपका|आपकी|आपके|में|गया|गई|गए)(?![\u0900-\u097F])"
)


def detect_language(text: str, default: str = "hi", *, prefer: str | None = None) -> str:
    """Guess the language of ``text`` from its script (digits ignored).

    Each Indic script is its language; Latin letters only → ``en-IN``; no letters at all →
    ``default``. Devanagari, which Hindi and Marathi share, is ``prefer`` when that is
    ``"hi"`` or ``"mr"`` (a conversation's language breaks the tie) unless the sentence's
    own words say the other language (two of its marker words, none of ``prefer``'s: a
    Marathi reply in a Hindi call); otherwise Hindi unless Marathi markers (ळ, आहे, आणि,
    नाही, ...) appear. ``prefer`` changes nothing else.
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
        if code == "hi" and prefer is not None and prefer in _DEVANAGARI_LANGS:
            marathi = len(set(_MARATHI_HINT.findall(text)))
            hindi = len(set(_HINDI_HINT.findall(text)))
            own, other = (hindi, marathi) if prefer == "hi" else (marathi, hindi)
            if other >= 2 and own == 0:  # "तुमच्या खात्यात … जमा झाले आहेत" in a Hindi call
                return "mr" if prefer == "hi" else "hi"
            return prefer
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
        return int_text(value)
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
        self.options = _checked_options(options)
        if self.lang != "auto":
            language_profile(self.lang, self.options)

    def __repr__(self) -> str:
        return f"NumberNormalizer(lang={self.lang!r})"

    def profile_for(self, text: str) -> Profile:
        """The profile ``text`` is read with (``"auto"``: the language of its script, the
        whole text's; a call reads each sentence in its own, see :func:`language_runs`)."""
        code = detect_language(text) if self.lang == "auto" else self.lang
        return language_profile(code, self.options)

    def __call__(self, text: Any, before: str = "", *, keep: re.Pattern[str] | None = None) -> str:
        """Normalize ``text``; ``before`` is earlier text, used only as context. What ``keep``
        matches stays as written (:func:`digit_terms`: the pronunciation terms that hold a
        digit, "24x7", which a lexicon says after the numbers are spelled out), and so does
        markup a TTS reads (:func:`markup_spans`: ``<break time="1.5s" />``, and what
        ``<spell>`` / ``<say-as>`` enclose); the text between is read with everything before
        it as context. With ``"auto"``, each sentence is read in the language of its letters
        (:func:`language_runs`), whether the text comes whole or in a stream's pieces."""
        as_text = _coerce_text(text)
        if not as_text or ANY_DIGIT.search(as_text) is None:
            return as_text
        try:
            before = before if isinstance(before, str) else ""
            kept = _kept_spans(as_text, before, keep)
            if self.lang != "auto":
                if not kept:
                    return _normalize(as_text, language_profile(self.lang, self.options), before)
                runs = [(len(as_text), self.lang)]
            else:
                runs = language_runs(_blanked(as_text, kept), _blanked(before))
            bounds = sorted({0, *(end for end, _ in runs), *(i for span in kept for i in span)})
            out: list[str] = []
            run = kept_at = 0
            for start, end in itertools.pairwise(bounds):
                while runs[run][0] <= start:
                    run += 1
                while kept_at < len(kept) and kept[kept_at][1] <= start:
                    kept_at += 1
                part = as_text[start:end]
                if kept_at < len(kept) and kept[kept_at][0] <= start:  # kept as written
                    out.append(part)
                    continue
                if ANY_DIGIT.search(part) is not None:
                    profile = language_profile(runs[run][1], self.options)
                    part = _normalize(part, profile, before + as_text[:start])
                out.append(part)
            return "".join(out)
        except Exception as exc:  # never let a number kill a call
            logger.warning(f"indic_numbers: left text unchanged after {type(exc).__name__}: {exc}")
            return as_text


# where a sentence ends, for "auto": a danda, "?" or "!", a full stop before a capital, an Indic
# letter or "₹" (not "Rs. 500", "Dec. 5", "12.5"), or a line break; what closes it (a quote, a
# bracket) and the spaces after it go with it
_SENTENCE_BREAK = re.compile(
    r"(?:[।॥?!]|\.(?=[\"'”’)\]]*\s+[\"'“‘(]?[A-Z₹\u0900-\u0963\u0971-\u0d65]))"
    r"[\"'”’)\]]*\s+|\n\s*"
)
_NO_LETTERS = ""  # detect_language's default: no letters to tell the language


def language_runs(text: str, before: str = "") -> list[tuple[int, str]]:
    """``text`` as runs of one language each, ``(end, code)`` in order, for ``"auto"``: each
    sentence in the language of its letters (with the part of it in ``before``, the earlier
    text, if any); one without letters in the previous sentence's, else the next one's.
    Devanagari is Hindi or Marathi as the whole text says (a sentence of a Marathi reply
    without a Marathi word stays Marathi)."""
    full = before + text
    offset = len(before)
    starts = [0, *(m.end() for m in _SENTENCE_BREAK.finditer(full) if m.end() < len(full))]
    ends = [*starts[1:], len(full)]
    codes = [detect_language(full[a:b], _NO_LETTERS) for a, b in zip(starts, ends, strict=True)]
    if len(codes) > 1 and any(code in _DEVANAGARI_LANGS for code in codes):
        whole = detect_language(full)  # one sentence: its code is the whole text's
        if whole in _DEVANAGARI_LANGS:
            codes = [whole if code in _DEVANAGARI_LANGS else code for code in codes]
    fallback = next((code for code in codes if code != _NO_LETTERS), None)
    for k, code in enumerate(codes):  # no letters: the previous sentence's, else the next's
        if code == _NO_LETTERS:
            codes[k] = fallback or detect_language(full)
        fallback = codes[k]
    runs: list[tuple[int, str]] = []
    for end, code in zip(ends, codes, strict=True):
        if end <= offset:
            continue
        if runs and runs[-1][1] == code:
            runs[-1] = (end - offset, code)
        else:
            runs.append((end - offset, code))
    return runs


# markup a TTS reads in the text (Cartesia's <break time="1.5s" />, <volume ratio="1.2" />,
# <spell>…</spell>; ElevenLabs' <break>; SSML's <say-as>): a tag whose attributes are all
# name=value, an element whose content the voice reads its own way
_TAG = (
    r"</?[A-Za-z][\w:.-]*"
    r"(?:\s+[A-Za-z_:][\w:.-]*\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>=]+))*\s*/?>"
)
_TAG_RE = re.compile(_TAG)
_MARKUP = re.compile(rf"<(?P<el>spell|say-as)\b[^<>]*>[^<]*</(?P=el)\s*>|{_TAG}")
# the end of earlier text inside a tag (a stream's earlier piece: "<break", "<break time="), or
# inside <spell> / <say-as>: the tag or the element goes on in the text after it
_OPEN_AT_END = re.compile(r"<(?P<name>[A-Za-z][\w:.-]*)(?:\s[^<>]*)?(?P<inside>>[^<]*)?\Z")
_TAG_END = re.compile(r"[^<>]*>")
_READ_AS_WRITTEN = ("spell", "say-as")  # elements whose content the voice reads its own way


def markup_spans(text: str, before: str = "") -> list[tuple[int, int]]:
    """The spans of ``text`` that are markup a TTS reads, to leave as written: tags (with
    name=value attributes only: "Balance <Rs 500 >" is no tag) and the content of
    ``<spell>`` and ``<say-as>`` (the voice reads it its own way); with ``before``, the
    earlier text, a tag or one of those elements it leaves open goes on into ``text``."""
    spans: list[tuple[int, int]] = []
    start = 0
    tail = before[-256:]
    open_at_end = _OPEN_AT_END.search(tail) if "<" in tail else None
    if open_at_end is not None:
        name = open_at_end.group("name")
        element = name if name in _READ_AS_WRITTEN else None
        if open_at_end.group("inside") is None:  # in the tag itself: to its ">"
            tag_end = _TAG_END.match(text)
            if tag_end is not None and _TAG_RE.fullmatch(open_at_end.group() + tag_end.group()):
                start = tag_end.end()
                if text[start - 2 : start] == "/>":
                    element = None
            else:
                element = None
        if element is not None:  # in <spell> or <say-as>: to its end tag
            close = re.compile(rf"</{element}\s*>").search(text, start)
            start = len(text) if close is None else close.end()
        if start:
            spans.append((0, start))
    if "<" in text:
        spans.extend(m.span() for m in _MARKUP.finditer(text, start))
    return spans


def _blanked(text: str, spans: list[tuple[int, int]] | None = None) -> str:
    """``text`` with its markup (or ``spans``) as spaces, for telling its language: a tag's
    Latin letters say nothing about the language of the words around it."""
    if spans is None:
        spans = markup_spans(text) if "<" in text else []
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _kept_spans(text: str, before: str, keep: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Where ``text`` stays as written, in order, not overlapping: markup, and what ``keep``
    matches."""
    spans = markup_spans(text, before)
    if keep is not None:
        spans.extend(m.span() for m in keep.finditer(text))
        spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if end <= start:
            continue
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _checked_options(options: Any) -> NormalizerOptions:
    """``options`` (None: the defaults), or a ``TypeError`` saying what to pass: a dict would
    fail deep in a cache, and with ``lang="auto"`` leave every text unchanged."""
    if options is None:
        return DEFAULT_OPTIONS
    if not isinstance(options, NormalizerOptions):
        raise TypeError(
            f"options must be NormalizerOptions(...), not {type(options).__name__} "
            "(e.g. NormalizerOptions(nineties=...))"
        )
    return options


def digit_terms(terms: Iterable[str], *, ignore_case: bool) -> re.Pattern[str] | None:
    """The ``terms`` that hold a digit ("24x7", "80C", "5G") found as whole words, for
    :class:`NumberNormalizer`'s ``keep``; None when no term holds one (a term without
    digits is never changed by the normalizer, and "Rs" must stay free to be an amount's
    prefix). Whole words and case as a pronunciation lexicon finds them
    (:func:`pipecat_rt_best.base.whole_words.whole_words`). One string is one term
    (``keep_terms="24x7"``), not its characters."""
    if isinstance(terms, str):
        terms = (terms,)
    with_digits = sorted({t for t in terms if ANY_DIGIT.search(t) is not None})
    if not with_digits:
        return None
    return whole_words(with_digits, ignore_case=ignore_case)


@lru_cache(maxsize=32)
def _normalizer(lang: str, options: NormalizerOptions) -> NumberNormalizer:
    return NumberNormalizer(lang, options)


def normalize_numbers(text: Any, lang: str = "hi", options: NormalizerOptions | None = None) -> str:
    """Spell out the numbers in ``text`` for a voice in language ``lang``.

    ``lang`` is one of ``hi``, ``en-IN``, ``mr``, ``bn``, ``gu``, ``pa``, ``ta``, ``te``,
    ``kn``, ``ml``, ``or`` or ``auto`` (detected from the script), also with ``-IN``,
    ``en`` for ``en-IN``, or a language's name (``Hindi``); ``auto`` reads each sentence in
    the language of its script. India's usage only: another
    region (``en-US``, ``en-GB``, ``bn-BD``) or a bare ``english`` is refused, never read
    the Indian way. Always returns a string; ``None`` becomes ``""``; text without digits
    comes back unchanged.

    >>> normalize_numbers("लोन राशि ₹4,500 है")
    'लोन राशि चार हज़ार पाँच सौ रुपये है'

    Raises:
        ValueError: for an unsupported ``lang`` (a configuration error, not a data one).
    """
    return _normalizer(lang, _checked_options(options))(text)


def number_to_words(n: int, lang: str = "hi", options: NormalizerOptions | None = None) -> str:
    """Cardinal words for an integer (negative allowed; beyond 20 digits: digit by digit).

    Raises:
        ValueError: for a value that is not a whole number (``729.1666``: a fraction is not
            dropped; :func:`normalize_numbers` reads decimals), or an unsupported ``lang``.
        TypeError: for ``options`` that are not :class:`NormalizerOptions`.
    """
    code = resolve_lang(lang)
    if code == "auto":
        code = "hi"
    profile = language_profile(code, _checked_options(options))
    whole = int(n)
    if not isinstance(n, str) and whole != n:
        raise ValueError(f"number_to_words reads whole numbers, got {n!r}")
    n = whole
    words = number_words(int_text(abs(n)), profile)
    return f"{profile.minus} {words}" if n < 0 else words


__all__ = [
    "DEFAULT_OPTIONS",
    "SUPPORTED_LANGS",
    "NormalizerOptions",
    "NumberNormalizer",
    "detect_language",
    "digit_terms",
    "normalize_numbers",
    "number_to_words",
    "resolve_lang",
]
