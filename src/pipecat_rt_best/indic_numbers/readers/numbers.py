"""Readers of plain numbers and what context makes of them: phone numbers, identifiers read digit
by digit, years, ordinals, financial years, ranges, exponents, alphanumeric codes."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from pipecat_rt_best.indic_numbers.languages import TIMES_TEN_TO_THE, en_ordinal
from pipecat_rt_best.indic_numbers.patterns import (
    AMOUNT_WORD,
    BARE_SCALE_RE,
    CALL_WORD_AFTER,
    CODE_BEFORE,
    EXPONENT,
    MASK,
    MONTH_FORMS,
    NEXT_DIGIT_GROUP,
    NUMBER_FORMS,
    NUMBER_PARTS,
    PERIOD_BEFORE,
    THOUSANDS_K,
    TIMES,
    UNIT_ALNUM,
    UNIT_RE,
    UNIT_WORDS,
    YEAR_AFTER,
    YEAR_BEFORE,
    sentence_end,
    sentence_start,
    short_mask_before,
)
from pipecat_rt_best.indic_numbers.readers.dates import date_words, yearless_date
from pipecat_rt_best.indic_numbers.readers.fractions import feminine_noun_after, oblique_noun_after
from pipecat_rt_best.indic_numbers.readers.money import code_after_words, code_may_follow
from pipecat_rt_best.indic_numbers.readers.times import clock_time_words
from pipecat_rt_best.indic_numbers.words import (
    BY,
    ScanContext,
    amount_paise,
    append_unit,
    attributive,
    cardinal_words,
    digit_words,
    grouped_digit_words,
    number_words,
    ordinal_words,
    split_groups,
    year_in_words,
)


def read_intl_phone(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    body = match.group("intl_phone").lstrip("+").strip()
    groups = split_groups(body)
    if len(groups) == 1:
        digits = groups[0]
        if digits.startswith("91") and len(digits) == 12:
            groups = ["91", digits[2:7], digits[7:]]
    elif len(groups) == 2 and groups[0] == "91" and len(groups[1]) == 10:
        groups = ["91", groups[1][:5], groups[1][5:]]
    elif len(groups) == 3 and groups[0] == "91" and len(groups[2]) in (7, 8):
        groups[2:] = _spoken_groups(groups[2])  # a landline after its STD code: 247 8305
    return f"{profile.lang.plus} {grouped_digit_words(groups, profile)}", match.end()


def read_toll_free(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    groups = split_groups(match.group("toll_free"))
    if len(groups) == 1:
        digits = groups[0]
        groups = [digits[:4], digits[4:7], digits[7:]]
    return grouped_digit_words(groups, ctx.profile), match.end()


def _read_exponent(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    """ "1.5e-7": एक दशमलव पाँच गुणा दस की घात माइनस सात / one point five times ten to the
    power minus seven; languages without those words get the number written out."""
    profile = ctx.profile
    mantissa = match.group("exp_mantissa") or match.group("exp_whole")
    power_sign = match.group("exp_sign") or match.group("exp_whole_sign")
    power = match.group("exp_power")
    negative_power = power_sign in ("-", "−")
    minus = f"{profile.minus} " if match.group("exp_negative") else ""
    mantissa_words = number_words(mantissa, profile)
    power_words = number_words(power, profile)
    if negative_power:
        power_words = f"{profile.minus} {power_words}"
    times = TIMES_TEN_TO_THE.get(profile.code)
    if times is not None:
        return f"{minus}{mantissa_words} {times} {power_words}", match.end()
    if len(power) <= 3:  # no words for "times ten to the": the number written out
        value = Decimal(f"{mantissa}e{'-' if negative_power else '+'}{power}")
        return f"{minus}{number_words(format(value, 'f'), profile)}", match.end()
    return f"{minus}{mantissa_words} E {power_words}", match.end()


# तारीख़ and तिथि are feminine ("की 1st तारीख़ को": पहली), but not in the feminine list: there
# "1/2 तारीख" is a date, not a half
_HI_DATE_NOUN_AFTER = re.compile(r"[ \u00a0](?:तारीख़|तारीख|तिथि)(?![\u0900-\u097F])")
# an English noun after an ordinal in Hindi, whose verb right after it is feminine ("3rd shirt
# free मिलेगी": तीसरी): the noun's gender is the verb's (up to one more English word between)
_HI_LATIN_NOUN_FEMININE_VERB = re.compile(
    r"[ \u00a0][A-Za-z]+(?:[ \u00a0][A-Za-z]+)?[ \u00a0]"
    r"(?:मिलेगी|होगी|जाएगी|आएगी|रहेगी|मिलती|होती|आती|जाती|मिली|हुई|गई|आई|थी|रही)"
    r"(?![\u0900-\u0963\u0966-\u097F])"  # a letter; the danda may follow
)
# a Marathi noun with a case ending after an ordinal: the ordinal takes the oblique form
_MR_OBLIQUE_AFTER = re.compile(
    r"[ \u00a0][\u0900-\u097F]+(?:वर|ात|त|ला|ने|चा|ची|चे|च्या|मध्ये|पासून|साठी|कडे)"
    r"(?![\u0900-\u097F])"
)


def read_ordinal(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    digits = match.group("ordinal_number")
    if len(digits) > 20:
        return None, match.end()
    hindi_suffix = (
        match.group("hindi_suffix")
        or match.group("hindi_short_suffix")
        or match.group("marathi_suffix")
    )
    if (
        hindi_suffix is None
        and ctx.profile.code == "mr"
        and _MR_OBLIQUE_AFTER.match(ctx.text, match.end())
    ):
        hindi_suffix = "व्या"  # "5th मजल्यावर": पाचव्या (the noun carries a case ending)
    if hindi_suffix is None and ctx.profile.code == "hi":
        if (
            feminine_noun_after(ctx, match.end())
            or _HI_DATE_NOUN_AFTER.match(ctx.text, match.end())
            or _HI_LATIN_NOUN_FEMININE_VERB.match(ctx.text, match.end())
        ):
            hindi_suffix = "वीं"  # "3rd किस्त": तीसरी किस्त (the noun's gender; masculine by default)
        elif oblique_noun_after(ctx, match.end()):
            hindi_suffix = "वें"  # "4th फ्लोर पर": चौथे फ्लोर पर (a postposition after the noun)
    case = match.group("ordinal_case") or ""  # "9वीच्या" → नववीच्या
    return ordinal_words(int(digits), ctx.profile, hindi_suffix) + case, match.end()


def read_digit_chain(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    """ "402-7315946-2280417", "37-4720-6318-5502": an order or reference id, its groups read
    digit by digit."""
    groups = match.group("digit_chain").split("-")
    if max(map(len, groups)) < 5 and len(groups) < 4 and not any(g[0] == "0" for g in groups[1:]):
        return None, match.end()  # "5000-6000-7000", "100-120-140": numbers
    # a group of five digits or more, four groups or more ("37-4720-6318-5502", an ABHA
    # number), or a group with a leading zero ("11-0934-77"): an identifier
    return grouped_digit_words(groups, ctx.profile), match.end()


def read_code_slash(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    """ "CLM/2067/04815", "CMP/2026/45": digit groups after an upper-case code and a slash (a
    claim's, a complaint's number), read digit by digit in their groups; one group only when it
    has five digits or more ("PO/45" is not read so)."""
    groups = match.group("code_slash").split("/")
    code = CODE_BEFORE.search(ctx.text, max(0, match.start() - 8), match.start())
    if code is None or (len(groups) == 1 and len(groups[0]) < 5):
        return None, match.end()
    return grouped_digit_words(_in_breaths(groups), ctx.profile), match.end()


def _in_breaths(groups: list[str]) -> list[str]:
    """Written groups, a long one split where it is read out ("417390" → 417 390)."""
    return [part for group in groups for part in _spoken_groups(group)]


def read_slash_chain(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    """ "3307/118/46": a file or reference number in slashed groups, read digit by digit in
    its groups (a date "12/05/2026" is the date readers')."""
    groups = match.group("slash_chain").split("/")
    if len(groups) == 3 and len(groups[2]) == 4 and max(map(len, groups[:2])) <= 2:
        return None, match.end()  # day/month/year shaped: not an id
    return grouped_digit_words(_in_breaths(groups), ctx.profile), match.end()


# the name of a financial, assessment or academic year before "2024-25": the span is then said as
# one name, "FY twenty twenty-four twenty-five", not as a range
_YEAR_NAME_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:FY|AY|F\.Y\.|A\.Y\.|(?i:(?:financial|fiscal|assessment|academic)\s+year"
    r"|session))\s?[:\-]?\s?$"
)


# "FY2024-25", "AY2025-26": the name written onto the span (NUMBER_FORMS' financial_year)
_GLUED_YEAR_NAME = re.compile(r"(?<![A-Za-z])(?:FY|AY)(?=[0-9])")


def read_financial_year(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    """ "2024-25": a year span; in Indian English read as a financial or academic year
    without "to" ("twenty twenty-four twenty-five") when its years follow each other or FY,
    AY, "financial year", "academic year" or "session" name it, else "twenty twenty-four to
    twenty-seven"; in the other languages the two years side by side ("दो हज़ार तैंतीस
    चौंतीस")."""
    profile = ctx.profile
    start_year, end_yy = int(match.group("fy_start_year")), int(match.group("fy_end_yy"))
    if not (1100 <= start_year <= 2099 and end_yy > start_year % 100):
        return None, match.end()
    start_words, end_words = year_in_words(start_year, profile), cardinal_words(end_yy, profile)
    if profile.code == "en-IN":
        named = end_yy == (start_year + 1) % 100 or _YEAR_NAME_BEFORE.search(
            ctx.text, max(0, match.start() - 20), match.start()
        )  # "the 2081-82 merit scholarship", "for 2073-74": one year of accounts or study
        return f"{start_words}{' ' if named else ' to '}{end_words}", match.end()
    return f"{start_words} {end_words}", match.end()  # "दो हज़ार तैंतीस चौंतीस": no hyphen to read


def _decimal(written: str) -> Decimal | None:
    try:
        return Decimal(written.replace(",", ""))
    except InvalidOperation:
        return None


def read_number_range(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    range_from, range_to = match.group("range_from"), match.group("range_to")
    if code_may_follow(ctx.text, match.end()):
        foreign = code_after_words(ctx, range_from, range_to, match.end())
        if foreign is not None:
            return foreign
    if (
        len(range_from) == len(range_to) == 3
        and range_from.isdigit()
        and range_to.isdigit()
        and _pin_code(ctx.text, match.start(), match.end(), range_from + range_to)
    ):  # "સુરત 395-009": a PIN code written 3-3
        return grouped_digit_words([range_from, range_to], profile), match.end()
    days = _day_range_before_month(ctx, range_from, range_to, match.end())
    if days is not None:  # "26–28 Jan": the twenty-sixth to the twenty-eighth of January
        return days
    digits = pair_as_digits(ctx, match.start(), match.end(), range_from, range_to)
    if digits is not None:
        return digits, match.end()
    if range_from.isdigit() and range_to.isdigit():  # "06-05", "31-12": a date without a year
        date = yearless_date(ctx, match.start(), match.end(), range_from, range_to, "-")
        if date is not None:
            return date_words(date[0], date[1], None, profile), match.end()
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
            YEAR_BEFORE.search(ctx.text, max(0, match.start() - 16), match.start())
            or (  # "1990-2000": two years, unless a noun follows (1500-2000 लोग)
                int(range_from) >= 1100
                and int(range_to) <= 2099
                and _YEARS_AFTER.match(ctx.text, match.end()) is not None
            )
        )
    ):
        from_words = year_in_words(int(range_from), profile)
        to_words = year_in_words(int(range_to), profile)
    else:
        from_words = number_words(range_from, profile)
        to_words = number_words(range_to, profile)
    words = f"{from_words} {profile.lang.range_word} {to_words}"
    return append_unit(ctx, words, match.end(), plural=True)


_MONTH_AFTER = re.compile(
    r"\s?(?P<month>[A-Za-z]{3,9}|[\u0900-\u097F]{2,8})\.?(?![A-Za-z\u0900-\u097F])"
)


def _day_range_before_month(
    ctx: ScanContext, first: str, second: str, end: int
) -> tuple[str, int] | None:
    """ "26–28 Jan", "14-16 अगस्त": days of a month, read as a date range (English: ordinals
    and the month's full name once, at the end), else None."""
    month_after = _MONTH_AFTER.match(ctx.text, end)
    if month_after is None or not (first.isdigit() and second.isdigit()):
        return None
    month = MONTH_FORMS.get(month_after.group("month"))
    low, high = int(first), int(second)
    if month is None or not 1 <= low < high <= 31 or ctx.profile.code not in ("en-IN", "hi"):
        return None
    profile = ctx.profile
    start_day = cardinal_words(low, profile)
    if profile.code == "en-IN":
        start_day = en_ordinal(start_day)
    last = date_words(high, month, None, profile)
    return f"{start_day} {profile.lang.range_word} {last}", month_after.end()


def read_alphanumeric(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    token = match.group("alphanumeric")
    if token[:2] in ("XX", "xx") and short_mask_before(ctx.text, match.start() + 2, match.end()):
        return digit_words(token[2:], profile), match.end()  # "XX2857": the mask dropped
    if token[-1] in "eE" and (exponent := EXPONENT.match(ctx.text, match.start())):
        return _read_exponent(ctx, exponent)  # "1e+300"
    if (glued_year := _GLUED_YEAR_NAME.match(ctx.text, match.start())) is not None:
        # "FY2024-25": the year's name and its span, read as "FY 2024-25" is
        span = NUMBER_FORMS.match(ctx.text, glued_year.end())
        if span is not None and span.lastgroup == "financial_year":
            words, end = read_financial_year(ctx, span)
            if words is not None:
                return f"{glued_year.group()} {words}", end
    with_unit = UNIT_ALNUM.fullmatch(token)
    if with_unit is not None:  # 5kg, 2.5L
        number, unit, end = with_unit.group("number"), with_unit.group("unit"), match.end()
        power = ctx.text[end : end + 1]
        if power in ("²", "³"):  # 20km²: the area or volume, else the unit as written
            forms = UNIT_WORDS.get(unit + power, {}).get(profile.code)
            end += forms is not None
        else:
            forms = UNIT_WORDS[unit].get(profile.code)
        words = number_words(number, profile)
        if forms is None:
            return f"{words} {unit}", end
        unit_word = forms[0] if number in ("1", "1.0") else forms[1]
        return f"{attributive(words, profile)} {unit_word}", end
    thousands = THOUSANDS_K.fullmatch(token)
    if thousands is not None and len(thousands.group(1)) <= 15:  # 10k
        return cardinal_words(int(thousands.group(1)) * 1000, profile), match.end()
    times = TIMES.fullmatch(token)
    if times is not None:  # 24x7
        by = BY.get(profile.code, "x")
        left = cardinal_words(int(times.group(1)), profile)
        right = cardinal_words(int(times.group(2)), profile)
        return f"{left} {by} {right}", match.end()
    seat = _SEAT.fullmatch(token)
    if seat is not None:  # a seat, flat or gate: "14C" is fourteen C, "22A" twenty-two A
        return f"{cardinal_words(int(seat.group(1)), profile)} {seat.group(2)}", match.end()
    coach = _COACH.fullmatch(token)
    before = ctx.text[max(0, match.start() - 16) : match.start()]
    if coach is not None and _COACH_WORD_BEFORE.search(before):
        # a train's coach: "coach S11" is S eleven, "कोच B3" B तीन
        return f"{coach.group(1)} {cardinal_words(int(coach.group(2)), profile)}", match.end()
    # a code such as A1234 / SBIN0001234: letters kept, digits one by one; a mask before
    # the digits ("XXXX1234") is dropped, as the voice would say "ending 1234"
    if _GLUED_MASK.match(token):
        token = token.lstrip("Xx*•")
    parts = re.findall(r"[0-9]+|[^0-9]+", token)
    words = " ".join(
        grouped_digit_words(_spoken_groups(part), profile) if part[0].isdigit() else part
        for part in parts
    )
    return words, match.end()


_SEAT = re.compile(r"([1-9][0-9]?)([A-Z])")
_COACH = re.compile(r"([A-Z]{1,2})([1-9][0-9]?)")
_COACH_WORD_BEFORE = re.compile(
    r"(?:[Cc]oach(?:es)?|[Bb]ogie|कोच|बोगी|डिब्बा|डिब्बे|ডাব্বা|কোচ|பெட்டி|బోగీ|ಬೋಗಿ|കോച്ച്)\s(?:no\.?\s)?$"
)
# the STD codes of the metros, all three digits with the trunk zero (the rest have four)
_METRO_STD_CODES = frozenset(["011", "020", "022", "033", "040", "044", "079", "080"])
# words that make the number after them an amount, not a phone number ("कुल बकाया 7500000000")
_AMOUNT_WORDS = frozenset(
    (
        "राशि", "रकम", "कुल", "बकाया", "बैलेंस", "बेलेंस", "शेष", "सीमा", "लिमिट", "प्रीमियम", "लोन",
        "ऋण", "कर्ज़", "क़र्ज़", "कीमत", "मूल्य", "फीस", "शुल्क", "देय", "आय", "वेतन", "कवर", "बीमा",
        "amount", "total", "balance", "limit", "premium", "loan", "sum", "price", "value", "fee",
        "fees", "due", "outstanding", "income", "salary", "cover", "worth", "emi", "earn",
        "ईएमआई", "सैलरी",
    )
)  # fmt: skip


# a six-digit PIN code at an address's end: after a place name (in any script) or a comma /
# dash, and closing the sentence, the line or the address ("… Bengaluru 560034 by Friday",
# "… पुणे 411005 पर", "… ಹುಬ್ಬಳ್ಳಿ 580020 ವಿಳಾಸಕ್ಕೆ")
_PIN_AFTER_PLACE = re.compile(
    r"(?:(?P<word>[A-Z][a-z]+)|(?P<indic>[\u0900-\u0D7F]+)|[,\-–]"
    r"|,\s?[^\s\d,;:.।]+(?:\s[^\s\d,;:.।]+)?)\s*$"
)
# a place name in an Indian script right before the number counts only when the address word
# follows it ("ಹುಬ್ಬಳ್ಳಿ 580020 ವಿಳಾಸಕ್ಕೆ"; "आपका 250000 का ऑर्डर … पते पर" is an amount)
_INDIC_ADDRESS_WORDS = "ঠিকানা|સરનામ|முகவரி|చిరునామా|ವಿಳಾಸ|വിലാസ"  # "address" in six scripts
_PATA = "प(?:त्त्य|त्त|त)[ेा]"  # Hindi/Marathi "address" (पता, पते, पत्ता, पत्त्या-)
_ADDRESS_WORD_AFTER = re.compile(
    r"\s*(?:(?:या|इस|उस|ह्या|এই|આ|എന്ന|అనే|ಎಂಬ|என்ற)\s)?"  # "this", "called" before it
    rf"(?:[\u0980-\u0D7F]*(?:{_INDIC_ADDRESS_WORDS}"
    r"|ખાતે|ప్రాంత|এলাকা|பகுதி|ಪ್ರದೇಶ|പ്രദേശ)"  # "at" (Gujarati), "area"
    rf"|(?:के\s|का\s|वाले\s|वाला\s|वाली\s)?{_PATA}"  # "… अल्मोड़ा 263601 वाले पते पर"
    r"|(?:के\s|की\s)?(?:(?:मुख्य|प्रधान|उप)\s)?(?:डाकघर|डाक\sघर|पोस्ट\sऑफ़?िस)"  # "… दरभंगा 846004 के (मुख्य) डाकघर में"
    r"|क्षेत्र|इलाक[ेा]"  # "area": "रायगढ़ 496001 क्षेत्र में"
    r"|address(?:es)?\b|post\soffice\b)"  # "… to the Kalaburagi 585103 address on your account"
)
# ... in a line that reads as an address ("Balance, 250000." does not); the address word may
# come after the PIN code (ವಿಳಾಸಕ್ಕೆ, "address")
_ADDRESS_CUE = re.compile(
    r"(?i:address|ship(?:ping)?\s+(?:it\s+)?to|deliver(?:y|ed)?\s+to|\breach\b|sector|road|\brd\b|nagar"
    r"|street|marg|colony|lane|located|flat|house|apartment|society|building|floor|plot)"
    r"|पता|पते|पत्ता|पत्त्यावर|सेक्टर|नगर|रोड|मार्ग|कॉलोनी|मकान|फ्लैट|फ़्लैट"
    rf"|{_INDIC_ADDRESS_WORDS}"
)
# the place name that ends an address before a PIN code written 3 + 3: after a comma ("Lal Kothi,
# Jaipur 302 015") or before a comma or dash ("Jaipur - 302 015", "Jaipur, 302 015")
_PLACE_ENDS_ADDRESS = re.compile(
    r"(?:,\s?(?P<after_comma>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s"
    r"|(?<![A-Za-z])(?P<before_mark>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s?[,\-–]\s?)$"
)
# a locality, a comma and a city right before six digits written together: "Doranda, Ranchi "
_LOCALITY_CITY = re.compile(r"[A-Z][a-z]+,\s?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s$")
# a place name after a preposition of place, right before six digits: "… in Tezpur 784001."
_IN_A_PLACE = re.compile(
    r"(?<![A-Za-z])(?:in|at|near|visit(?:s|ing)?)\s"  # "… van will visit Mandvi 370465 and …"
    # not a month, a day, or a numbered thing ("in March 150000", "at Gate 15")
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\s"
    r"|(?:Gate|Counter|Platform|Room|Window|Level|Floor|Plot|Block|Sector|Ward|Phase|Stage|Row)\s)"
    r"[A-Z][a-z]+\s$"
)
# a place that post goes to, right before six digits: "letters addressed to Chamba 176310
# will …", "parcels shipped to Tezpur 784001 reach …", "… posted to Ukhrul 795142." (not money
# "sent" or "transferred to", nor "posted to Savings": an account)
_POSTED_TO_A_PLACE = re.compile(
    r"(?<![A-Za-z])(?i:addressed|posted|shipped|dispatched|delivered|couriered|mailed)"
    r"\s(?:to|for)\s(?!(?:Savings|Current|Account|Wallet|Card|Loan)\s)[A-Z][a-z]+\s$"
)
# a place after "to"/"from"/"for", right before six digits written 3 + 3 (never an amount)
_TO_A_PLACE = re.compile(r"(?<![A-Za-z])(?:to|from|for)\s[A-Z][a-z]+\s$")
_INDIC_LOCALITY_CITY = re.compile(r"[\u0900-\u0D7F]+,\s?[\u0900-\u0D7F]+\s$")
# the word "address" itself, earlier in an Indic line: "नया पता <locality>, <city> 248001"
_INDIC_ADDRESS_NOUN = re.compile(rf"{_PATA}|{_INDIC_ADDRESS_WORDS}")
# words that end an address told after "पता": a verb, or a sentence going on ("पता ठीक है, …")
_ADDRESS_BREAKERS = frozenset(
    (
        "है", "हैं", "था", "थी", "थे", "हो", "होगा", "आहे", "होते", "और", "या",
        # पता as "know": "पता नहीं, लगभग 250000 …", "पता चला, …"; and an amount's hedges
        "नहीं", "चला", "चली", "चले", "चल", "लगा", "लगभग", "करीब", "शायद", "अभी", "कुल",
    )
)  # fmt: skip
# a clock hour before Tamil மணி ("1 மணிக்கு", "11 மணி நேரம்") takes the adjectival form
_TA_HOUR_AFTER = re.compile(r"\s?மணி")
_PIN_CLOSES_ADDRESS = re.compile(
    r"\s*(?:$|[.।),;\n]|(?:by|and|on|for|within|this|next|today|tomorrow|from|till|until"
    r"|before|after|between|पर|में|तक|के|की|का|को|से|ला|वर|और)"
    r"(?![A-Za-z\u0900-\u0963])"
    r"|पहुँच|पहुंच|भेज)"  # "… जोधपुर 342 011 पहुँचेगी", "… गोरखपुर 273 008 भेजा गया" (3 + 3)
)
# the sentence's verb after a place of business placed "in <place>": "our branch in Tura 794001
# opens …", not "your balance in Savings 125000 is …" or "sales in Delhi 250000 were …"
_VERB_AFTER_A_PLACE = re.compile(
    r"\s(?:is|are|was|were|has|have|had|will|would|shall|can|could|may|must"
    r"|(?:re)?opens?|closes?|starts?|remains?|stays?|serves?)(?![A-Za-z])"
)
# money in the sentence: what is "posted to" or "delivered to" someone is then an amount
# ("Bonus posted to Ravi 125310.")
_ENGLISH_MONEY = re.compile(
    r"₹|(?i:\b(?:rs|inr|amount|bonus|interest|refund|salary|fees?|payments?|credit(?:ed)?"
    r"|debit(?:ed)?|cashback|balance|emi|loan|premium|money|funds?|rupees?)\b)"
)
_ARRIVE_AFTER = re.compile(r"\s(?:arrives?|reach(?:es)?|gets?)(?![A-Za-z])")
# what else closes an address post went to: a state after a comma (not another place with its
# own count: "to Nepal 234567, Bhutan 120000"), or when ("shipped to Kerala 682001 yesterday",
# "dispatched to Jaipur 302001 on Monday"); not "and" or a count's noun ("234567 parcels")
_INDIAN_STATES = (
    "Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana"
    "|Himachal Pradesh|Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya"
    "|Mizoram|Nagaland|Odisha|Orissa|Punjab|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura"
    "|Uttar Pradesh|Uttarakhand|West Bengal|Delhi|Jammu and Kashmir|J&K|Ladakh|Puducherry"
    "|Pondicherry|Chandigarh|Lakshadweep|Andaman and Nicobar Islands|India"
)
_WHEN_OR_STATE_AFTER = re.compile(
    rf",\s?(?:{_INDIAN_STATES})(?![A-Za-z])"  # not any capitalised word: "…, Mostly in boxes"
    r"|\s(?i:on|yesterday|today|tomorrow|tonight|last\s(?:night|week)|this\sweek"
    r"|(?:this|in\sthe)\s(?:morning|afternoon|evening)|at\s\d)(?![A-Za-z])"
    # not by/via/before, nor this/last year or month: a count's too ("… 234567 by sea")
)
_SENTENCE_END_AFTER = re.compile(r"\s*(?:$|[.।!?\n])")
_FACILITY_IN_A_PLACE = re.compile(
    r"(?i:branch|office|clinic|hospital|lab|laboratory|centre|center|depot|warehouse|hub|store"
    r"|shop|showroom|outlet|school|college|campus|station|camp|counter|kendra|bhavan)"
    r"(?:es|s)?\s(?:in|at|near)\s[A-Z][a-z]+\s$"
)
# a Hindi place name right before six digits, then a postposition or "reached" ("रुड़की 247667
# में अब …", "बहराइच 271801 के किसानों …", "पार्सल हाजीपुर 844101 पहुँच गया"): a PIN code in a sentence with no money in it. Not after a
# word that cannot name a place (a postposition, a pronoun, an agent in ने, a number word)
_HINDI_POSTPOSITION_AFTER = re.compile(
    # not तक/पर/से: an amount's; "reached" in any form (पहुँच गया, पहुँचेगी, पहुँचाया जाएगा)
    r" (?:के|में|वाले|वाली|वाला|(?P<reached>(?:पहुँच|पहुंच)[\u0900-\u097F]*))(?!\S)"
)
# ... and only with a place's evidence in the sentence: a post office, a branch, an office, a
# centre, villages or an area ("रुड़की 247667 में … बैंक की शाखा खुलेगी", "झाँसी 284003 के कुछ
# गाँवों में"), or the place's people right after it ("बहराइच 271801 के किसानों को"); no money or
# count list can be complete ("आपकी बचत 245612 तक", "कंपनी का निवेश 345612 में", a review)
_PLACE_CUE_IN_SENTENCE = re.compile(
    r"डाकघर|डाक|शाखा|ब्रांच|कार्यालय|दफ़्तर|दफ्तर|केंद्र|केन्द्र|गाँव|गांव|इलाक|मोहल्ल|पिन ?कोड"
)
_PLACE_PEOPLE_AFTER = re.compile(
    r" के (?:कुछ |सभी |सारे )?(?:किसानों|ग्राहकों|निवासियों|नागरिकों|उपभोक्ताओं|परिवारों|लोगों)"
    r"(?![\u0900-\u097F])"
)
# what "reaches" a place: a parcel, a letter, a card, a van, an engineer ("आंकड़ा 345612 पहुँच
# गया" is a count reaching a number)
_MOVER_IN_SENTENCE = re.compile(
    r"पार्सल|ऑर्डर|शिपमेंट|कूरियर|सामान|डाक|पत्र|चिट्ठी|कार्ड|डिलीवरी|पैकेट|टीम|एजेंट|इंजीनियर"
    r"|तकनीशियन|वैन|ट्रेन|बस|गाड़ी|ट्रक"
)
_NOT_A_PLACE = frozenset(
    (
        "के", "की", "का", "में", "पर", "तक", "से", "को", "ने", "है", "हैं", "था", "थी", "थे",
        "और", "या", "कुल", "लगभग", "करीब", "क़रीब", "सिर्फ", "सिर्फ़", "केवल", "मात्र", "कम", "ज़्यादा",
        "अधिक", "लाख", "हज़ार", "हजार", "करोड़", "सौ", "नंबर", "संख्या", "क्रमांक", "कोड", "आईडी",
        "यह", "वह", "ये", "वो", "इस", "उस", "आप", "आपका", "आपकी", "आपके", "हम", "हमारा",
        "बजट", "सोना", "चांदी", "चाँदी", "पैकेज", "प्लान", "बिल", "किराया", "टैक्स", "कर",
    )
)  # fmt: skip
_MONEY_IN_SENTENCE = (
    "₹", "रु.", "रुपय", "रुपए", "रुपये", "पैसे", "Rs", "INR", "कीमत", "क़ीमत", "दाम", "मूल्य",
    "लागत", "राशि", "रकम", "रक़म", "भुगतान", "किस्त", "क़िस्त", "ईएमआई", "EMI", "लोन", "ऋण",
    "बजट", "खरीद", "ख़रीद", "बेच", "बिक", "जमा", "शुल्क", "फीस", "फ़ीस", "वेतन", "सैलरी", "आय",
    "बकाया", "बैलेंस", "इनाम", "जुर्माना", "मुआवज",
    # ... nor a count: "मतदाता 345612 के पार", "शहर 456123 की आबादी वाला है"
    "आबादी", "जनसंख्या", "मतदाता", "वोट", "लोग", "यात्री", "छात्र", "परिवार", "सदस्य", "संख्या",
    "तादाद", "के पार", "से अधिक", "से ज़्यादा", "से ज्यादा", "से कम", "बढ़कर", "घटकर", "लगभग",
    "करीब", "क़रीब", "आंकड़", "आँकड़", "बिक्री", "कारोबार", "उत्पादन",
)  # fmt: skip
"""Substrings (``in``: C-fast, where a regex alternation of them tried each at each place)."""
_ADDRESS_AFTER = 40  # characters after a PIN code where its address word may be
# a short word of Latin letters right after a dotted number ("2.25 km", "1.25 GB"): a
# measure, not a clock time
_UNIT_WORD_AFTER = re.compile(r"\s?[A-Za-z]{1,3}\b")  # (Hindi units: _QUANTITY_AFTER)
_SPACED_MOBILE_REST = re.compile(r" ([0-9]{5})(?![0-9]|[.,][0-9])")
_PIN_REST = re.compile(r"[ -]([0-9]{3})(?![0-9]|[.,][0-9])")
# the second half of a six-digit code printed 3 + 3 ("407 219"), not a group of a longer run
_SPACED_CODE_REST = re.compile(r" ([0-9]{3})(?![0-9]|[.,][0-9]| [0-9])")
# what makes two groups of three one code: a word for a code or for typing one, earlier in the
# sentence ("Enter 407 219", "the code … is 804 261") or right after ("407 219 दर्ज करें");
# without it they are two numbers ("150 250 customers", "Rooms 101 102")
_CODE_CUE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:[Ee]nter|[Tt]ype|[Kk]ey in|[Dd]ial|[Ii]nput|[Cc]ode|OTP|otp|PIN|[Pp]asscode"
    r"|[Pp]assword)(?![A-Za-z])|कोड|ओटीपी|पिन|दर्ज|डालें|टाइप"
)
_CODE_CUE_AFTER = re.compile(
    r"\s?(?:दर्ज|डालें|टाइप|(?:on|in|into) the (?:ATM|app|screen|keypad)"
    r"|as (?:the|your) (?:OTP|PIN|code|passcode|password)\b)"  # "Use 908 263 as the OTP"
)
_SENTENCE_BREAKS = (". ", "? ", "! ", "।", "\n")


def _code_cue(text: str, start: int, end: int) -> bool:
    """Whether the sentence names a code around the digits from ``start`` to ``end``: a code
    or typing word at most 80 characters before them in their sentence, or one right after."""
    before = text[max(0, start - 80) : start]
    cut = max(before.rfind(mark) for mark in _SENTENCE_BREAKS)
    if cut >= 0:
        before = before[cut + 1 :]
    return (
        _CODE_CUE_BEFORE.search(before) is not None or _CODE_CUE_AFTER.match(text, end) is not None
    )


# "7045 123 456", "98 765 43210": a mobile number in other groupings (all ten digits)
_SPACED_GROUPS = re.compile(r"(?: [0-9]{2,5}){1,3}(?![0-9]|[.,][0-9])")


def _bare_phone(text: str, start: int, end: int, digits: str, *, any_lead: bool = False) -> bool:
    """A bare Indian mobile number: ten digits starting 6–9, or 91 and such ten digits; with
    ``any_lead`` (ten digits printed 5 + 5, a phone's shape whatever its first digit: "33987
    29373") a first digit 1–5 too, unless both groups end in "00" ("15000 20000": amounts).

    It stays a cardinal with an amount cue: an amount word among the three words before
    it (राशि, कुल, balance, ...), a quantity, unit or scale word after it, or five zeros
    or more at its end (6000000000 is six hundred crore, not a phone). Currency signs,
    commas and decimals never reach here (money and grouped-number forms win first).
    """
    if len(digits) == 12 and digits.startswith("91"):
        digits = digits[2:]
    if len(digits) != 10 or digits.endswith("00000"):
        return False
    if digits[0] not in "6789" and (
        not any_lead or digits[0] == "0" or (digits[3:5] == "00" and digits.endswith("00"))
    ):
        return False
    if _QUANTITY_AFTER.match(text, end) or UNIT_RE.match(text, end):
        return False
    if BARE_SCALE_RE.match(text, end):
        return False
    for word in text[max(0, start - 40) : start].split()[-3:]:
        if word.strip(":,.-").lower() in _AMOUNT_WORDS:
            return False
    return True


def _spoken_groups(digits: str) -> list[str]:
    """Pause points of a phone number or an identifier written without separators, the way
    people read them out: 98765 43210; 0 98765 43210; 91 98765 43210; 022 2345 6789;
    0141 234 5678; an OTP or PIN code 604 183; 4567 8231; 512 384 076; 1009 8765 4321;
    five digits or fewer in one breath."""
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
    if size <= 5:
        return [digits]
    if size in (6, 9):
        return [digits[i : i + 3] for i in range(0, size, 3)]
    if size == 7:
        return [digits[:3], digits[3:]]
    return [digits[i : i + 4] for i in range(0, size, 4)]


_GLUED_MASK = re.compile(rf"{MASK}[0-9]+$")
# the word that names a code's digits as a ticket's (a complaint's, a case's), just before the
# code; not "number", "booking", "order", "reference": a model's or a standard's name follows
# those too ("model number XUV-700", "booking XUV-700", "reference ISO-9001")
_ID_WORD_BEFORE = re.compile(
    r"(?:(?i:ticket|complaint|case|docket|token)|शिकायत|टिकट|दावा|क्लेम)"
    r"(?:\s(?:(?i:no)\.?|number|ID|संख्या|नंबर|क्रमांक))?[\s:#]*$"
)
# digits an identifier shows: after a mask ("XXXX XXXX 1234", "****4521", "XXXX-5678") or
# an upper-case code and a hyphen or slash (patterns.CODE_BEFORE: "SR-784512", "CMP/2026/45")
_MASK_BEFORE = re.compile(rf"{MASK}[\s-]?$")


# what a year after an account's or a card's word is about: the account opened, the card valid
# ("आपका खाता 2019 में खोला गया था", "नया कार्ड 2029 तक वैध रहेगा"); an id before में or तक is
# about money ("खाता 4521 में पैसे जमा हुए")
_YEAR_EVENT_AFTER = re.compile(
    r"\s?में\s(?:खोला|खोली|खोले|खुला|खुली|खुले|बना|बनी|बने|बनाया|बनवाया|जारी|शुरू"
    r"|लिया|ली|लिए|मिला|मिली)(?![\u0900-\u097F])"
    r"|\s?से\s(?:चालू|सक्रिय)(?![\u0900-\u097F])"  # "खाता 2021 से चालू है"; not "से शुरू": the id's start
    r"|\s?तक\s(?:वैध|मान्य|चालू|सक्रिय|valid)(?![\u0900-\u097F])"
)
_MR_YEAR_EVENT_AFTER = re.compile(
    r"\s?(?:साली|पासून\s(?:सुरू|चालू|सक्रिय)\s(?:आहे|आहेत|होते|होता))(?![\u0900-\u097F])"
)
# the id's own number named right before the digits: "खाता नंबर 2019 से शुरू होता है" (it starts
# with 2019) is the account's digits, whatever follows
_ID_NUMBER_WORD_BEFORE = re.compile(r"(?:नंबर|नम्बर|संख्या|क्रमांक|(?i:number|no\.?))\s?$")


def _shown_as_identifier(text: str, start: int, digit_count: int = 5) -> bool:
    """Digits at ``start`` follow a mask ("XXXX 1234") or, five of them or more, a code
    prefix ("SR-784512"; "FY-2025", "XUV-700", "ISO-9001" are a year and model names), or
    three or four after a code that a word before names as a ticket's, a complaint's, a
    case's ("ticket CMP-4411", "शिकायत SR-2087")."""
    window = max(0, start - 8)
    if _MASK_BEFORE.search(text, window, start) is not None:
        return True
    if short_mask_before(text, start, start + digit_count):
        return True
    code = CODE_BEFORE.search(text, window, start)
    if code is None:
        return False
    if digit_count >= 5:
        return True
    return _ID_WORD_BEFORE.search(text, max(0, code.start() - 24), code.start()) is not None


# an amount grouped by thousands with spaces ("250 000", "1 500 000", thin or no-break spaces too),
# its last group round: one number (not "two hundred fifty, zero zero zero")
_SPACE_GROUPED = re.compile(
    r"(?<![0-9.,:/-])([1-9][0-9]{0,2})((?:[ \u00a0\u2009\u202f][0-9]{3})+)"
    r"(?![0-9]|[ \u00a0\u2009\u202f]?[0-9]|[.,:/-][0-9])"
)
_GROUP_SPACES = re.compile(r"[ \u00a0\u2009\u202f]")


def join_space_grouped(before: str, text: str, digit_keywords: frozenset[str]) -> str:
    """``text`` with each amount grouped by thousands with spaces written as one number
    ("Transfer 250 000" → "Transfer 250000", "1 500 000 rupees"), when its last group is
    "000" and no identifier's keyword or mask makes it digits ("PIN 411 000", "dial 100
    000" stay as written); ``before`` is the text already read, for those keywords, and
    ``digit_keywords`` the language's own (:func:`_digit_context`'s)."""
    if "000" not in text:
        return text
    full = before + text

    def join(m: re.Match[str]) -> str:
        if not m.group(2).endswith("000"):
            return m.group()
        digits = m.group(1) + _GROUP_SPACES.sub("", m.group(2))
        start, end = len(before) + m.start(), len(before) + m.end()
        if _digit_context(full, start, end, len(digits), digit_keywords) or (
            _shown_as_identifier(full, start, len(digits))
        ):
            return m.group()
        return digits

    return _SPACE_GROUPED.sub(join, text)


def pair_as_digits(ctx: ScanContext, start: int, end: int, first: str, second: str) -> str | None:
    """Two digit groups joined by a hyphen or slash read as one identifier or phone
    number ("98765-43210", "91-9876543210", "order ID 40321-998877", "2026/7845" after
    "application number"), else None."""
    text, profile = ctx.text, ctx.profile
    if not (first.isdigit() and second.isdigit()):
        return None
    mobile = (
        len(first) == len(second) == 5
        and first[0] in "6789"
        and not (first.endswith("00") and second.endswith("00"))  # "75000-80000": a range
    ) or (first == "91" and len(second) == 10 and second[0] in "6789")
    if mobile and _bare_phone(text, start, end, first + second):
        groups = [first, second] if len(first) == 5 else ["91", second[:5], second[5:]]
        return grouped_digit_words(groups, profile)
    if min(len(first), len(second)) < 3 or first[0] == "0":
        return None  # "7-10": a range; "011-4156 2290": a landline, read as one (its own rule)
    if all(len(p) == 4 and 1900 <= int(p) <= 2099 for p in (first, second)):
        return None  # "2019-2024": years
    if _shown_as_identifier(text, start, len(first) + len(second)) or (
        len(first) + len(second) >= 8
        and _digit_context(text, start, end, len(first) + len(second), profile.digit_keywords)
    ):
        return grouped_digit_words([first, second], profile)
    return None


def read_number(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    text = ctx.text
    start, end = match.start(), match.end()
    sign = match.group("number_sign")
    body = text[start + (1 if sign else 0) : end]
    parts = NUMBER_PARTS.fullmatch(body)
    if parts is None:  # pragma: no cover - the pattern guarantees it
        return None, end
    int_part, frac = parts.group("integer"), parts.group("fraction")
    if end < len(text) and text[end] in "eE":
        if (exponent := EXPONENT.match(text, start)) is not None:
            return _read_exponent(ctx, exponent)
    elif (
        not sign
        and code_may_follow(text, end)
        and (foreign := code_after_words(ctx, body, None, end)) is not None
    ):
        return foreign
    plain = frac is None and "," not in int_part
    digits_start = start + (1 if sign else 0)
    if plain and not sign:
        leading_zero = len(int_part) > 1 and int_part[0] == "0"
        if (
            len(int_part) == 4
            and profile.code == "hi"
            and 1900 <= int(int_part) <= 2099
            and _YEAR_EVENT_AFTER.match(text, end) is not None
            and _ID_NUMBER_WORD_BEFORE.search(text, max(0, start - 10), start) is None
            and not _shown_as_identifier(text, digits_start, 4)
        ):
            return year_in_words(int(int_part), profile), end  # not the id its keyword names
        if (  # Marathi likewise: "खाते 1990 पासून सुरू आहे" (running since), 1100-1999 only
            len(int_part) == 4
            and profile.code == "mr"
            and 1100 <= int(int_part) <= 1999
            and _MR_YEAR_EVENT_AFTER.match(text, end) is not None
            and not _shown_as_identifier(text, digits_start, 4)
        ):
            return year_in_words(int(int_part), profile), end
        if (
            leading_zero
            or (len(int_part) >= 3 and _shown_as_identifier(text, digits_start, len(int_part)))
            or _digit_context(text, digits_start, end, len(int_part), profile.digit_keywords)
            or (len(int_part) in (10, 12) and _bare_phone(text, digits_start, end, int_part))
            or (  # "98765 43210", "33987 29373": a phone number written in two groups of five
                len(int_part) == 5
                and (rest := _SPACED_MOBILE_REST.match(text, end)) is not None
                and _bare_phone(
                    text, digits_start, rest.end(), int_part + rest.group(1), any_lead=True
                )
            )
            or (  # "7720 4418 9036", "0047 21 7730 918": three groups or more, 9-16 digits
                2 <= len(int_part) <= 5
                and (spaced := _SPACED_GROUPS.match(text, end)) is not None
                and spaced.group().count(" ") >= 2
                and 9 <= len(int_part + spaced.group().replace(" ", "")) <= 16
                and not _quantity_after(text, spaced.end())
                and sum(g.endswith("00") for g in [int_part, *spaced.group().split()]) < 2
            )
            or (  # "Pune 411 038": a PIN code written 3 + 3
                len(int_part) == 3
                and (pin_rest := _PIN_REST.match(text, end)) is not None
                and _pin_code(
                    text,
                    start,
                    pin_rest.end(),
                    int_part + pin_rest.group(1),
                    spaced=text[end] == " ",
                )
            )
            or (  # "Enter 407 219": a six-digit code printed 3 + 3, the way a screen shows an OTP
                len(int_part) == 3
                and (code_rest := _SPACED_CODE_REST.match(text, end)) is not None
                and not _quantity_after(text, code_rest.end())
                and _code_cue(text, digits_start, code_rest.end())
            )
            or (  # "7045 123 456": the same in other groups (read as written)
                2 <= len(int_part) <= 5
                and int_part[0] in "6789"
                and (spaced := _SPACED_GROUPS.match(text, end)) is not None
                and len(whole := int_part + spaced.group().replace(" ", "")) == 10
                and _bare_phone(text, digits_start, spaced.end(), whole)
            )
        ):
            groups = [int_part]
            std_code = ""
            if (
                leading_zero
                and start > 0
                and text[start - 1] == "("
                and text.startswith(")", end)
                and NEXT_DIGIT_GROUP.match(text, end + 1) is not None
            ):  # "(022) 1234 5678": the STD code in brackets, then the number
                std_code = digit_words(int_part, profile) + ")"
                groups = []
                end += 1
            while (next_group := NEXT_DIGIT_GROUP.match(text, end)) is not None:
                if len(next_group.group(1)) == 2 and _quantity_after(text, next_group.end()):
                    break  # "PIN 4821 20 times": the count is not the id's
                groups.append(next_group.group(1))
                end = next_group.end()
            if groups == [int_part]:
                groups = _spoken_groups(int_part)
            if (
                leading_zero
                and len(groups) == (1 if std_code else 2)
                and len(groups[-1]) in (6, 7, 8)
            ):
                # a landline after its STD code: 2345 6789, 230 8614, 251 870
                groups[-1:] = _spoken_groups(groups[-1])
            if std_code:
                return f"{std_code} {grouped_digit_words(groups, profile)}", end
            return grouped_digit_words(groups, profile), end
        if len(int_part) == 4 and (
            (profile.code in ("hi", "en-IN") and _year_context(text, start, end))
            or (profile.code == "mr" and _mr_year_context(text, start, end))
        ):
            return year_in_words(int(int_part), profile), end
    if (  # "दोपहर 2.15", "morning 9.30": a clock time after a time of day
        frac is not None
        and not sign
        and len(int_part) <= 2
        and len(frac) == 2
        and int(int_part) <= 24
        and int(frac) <= 59
        and PERIOD_BEFORE.search(text, max(0, start - 12), start) is not None
        and UNIT_RE.match(text, end) is None
        and BARE_SCALE_RE.match(text, end) is None
        and _QUANTITY_AFTER.match(text, end) is None
        and _UNIT_WORD_AFTER.match(text, end) is None
    ):
        return clock_time_words(ctx, start, int(int_part), int(frac)), end
    if plain and not sign and _pin_code(text, start, end, int_part):
        # "Bengaluru 560034.", "- 201301": a PIN code closing an address
        return grouped_digit_words(_spoken_groups(int_part), profile), end
    if frac is not None and not sign and "," not in int_part:  # "31.03 तक", "01.07 से"
        date = yearless_date(ctx, digits_start, end, int_part, frac, ".")
        if date is not None:
            return date_words(date[0], date[1], None, profile), end
    words = None
    if frac is not None and (scale_after := BARE_SCALE_RE.match(text, end)) is not None:
        # "2.5 लाख" like "₹2.5 लाख": दो लाख पचास हज़ार (when it is a whole number)
        paise = amount_paise(body, scale_after.group("scale"))
        if paise is not None and paise % 100 == 0 and paise < 10**22:
            words, end = cardinal_words(paise // 100, profile), scale_after.end()
    if words is None:
        words = number_words(body, profile)
        if profile.code == "ta" and plain and _TA_HOUR_AFTER.match(text, end) is not None:
            words = attributive(words, profile)  # "1 மணிக்கு": ஒரு மணிக்கு, பதினொரு, not -ஒன்று
    if sign:
        words = f"{profile.minus} {words}"
    return append_unit(ctx, words, end, plural=body not in ("1", "1.0"))


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Identifier keywords: the number after them is an identifier whatever its length
# ("OTP 4567", "PIN 0420", "खाता 50012345", "ID 7").
_STRONG_WORDS = _wordset(
    """otp ओटीपी pin पिन mpin cvv सीवीवी ifsc upi utr account अकाउंट खाता खाते a/c acct
    aadhaar aadhar आधार पैन card कार्ड reference ref रेफरेंस pincode पिनकोड extension password
    पासवर्ड rrn arn docket डॉकेट challan चालान gstin
    एक्सटेंशन helpline हेल्पलाइन toll-free tollfree टोल-फ्री code कोड id आईडी अंक digits dial डायल
    pnr पीएनआर imei आईएमईआई uan यूएएन awb crn srn urn cif pran प्रान
    কোড கோடு కోడ్ ಕೋಡ್ കോഡ് કોડ ਕੋਡ କୋଡ পিন பின் పిన్ ಪಿನ್ പിൻ પિન ਪਿੰਨ ପିନ"""
)
# Words that often, but not always, precede an identifier ("पॉलिसी 20 साल की है",
# "ट्रांजैक्शन 15000 का था", "कॉल 15 मिनट चलेगी" are quantities): digit by digit only
# for a number of eight digits or more, or of five or more with no postposition after it.
_SOFT_WORDS = _wordset(
    """mobile मोबाइल मोबाईल phone फोन फ़ोन फ़ोन contact संपर्क ticket टिकट order ऑर्डर policy
    पॉलिसी ग्राहक customer application आवेदन registration रजिस्ट्रेशन पंजीकरण transaction
    ट्रांजैक्शन लेनदेन whatsapp व्हाट्सऐप व्हाट्सएप call कॉल sms एसएमएस cheque
    चेक shipment consignment शिपमेंट कंसाइनमेंट booking बुकिंग request रिक्वेस्ट
    connection कनेक्शन"""
)


def read_leading_dot(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    """ ".5": शून्य दशमलव पाँच (the zero a reader supplies)."""
    profile = ctx.profile
    fraction = digit_words(match.group("leading_dot_digits"), profile)
    words = f"{cardinal_words(0, profile)} {profile.lang.point} {fraction}"
    end = match.end()
    percent = _PERCENT_AFTER.match(ctx.text, end)
    if percent is not None:
        return f"{words} {profile.percent}", percent.end()
    return append_unit(ctx, words, end, plural=True)


_PERCENT_AFTER = re.compile(r"\s?%")


_STRONG_PAIRS = frozenset(
    {("toll", "free"), ("टोल", "फ्री"), ("टोल", "फ़्री"), ("pin", "code"), ("पिन", "कोड")}
    # "call on 56767", "SMS at 56767", "dial on 1800"
    | {(verb, prep) for verb in ("call", "sms", "dial", "whatsapp") for prep in ("on", "at")}
)
_WEAK_WORDS = frozenset(["number", "no", "नंबर", "नम्बर", "नं", "संख्या", "क्रमांक", "#"])
_LINK_WORDS = frozenset(
    [
        "হল",  # Bengali "is" ("কোড হল 7391")
        "হলো",
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
        "on",
        "at",
        "करें",
        "करे",
        "अब",
        "भी",
        "कीजिए",
        "करो",
        ":",
        "#",
        "-",
    ]
)
_STOP_CHARS = "?!।॥,;"
_VERB_LINKS = frozenset(["is", "are", "was", "will", "be", "है", "हैं", "था", "थी", "होगा"])
_TRAIN_WORDS = frozenset(
    ["train", "ट्रेन", "गाड़ी", "गाड़ी", "ট্রেন", "ટ્રેન", "ரயில்", "రైలు", "ರೈಲು", "ട്രെയിൻ", "ਟ੍ਰੇਨ",
     "rajdhani", "shatabdi", "duronto"]  # the last three: trains by their kind's name
)  # fmt: skip
# a train's kind as the last word of its name, after a place ("the Kochi express 18729",
# "Gitanjali Express 12859"), not on its own ("Express 12000 points")
_TRAIN_KINDS = frozenset(["express", "एक्सप्रेस", "mail", "superfast"])
_FLIGHT_WORDS = frozenset(["flight", "फ्लाइट", "फ़्लाइट", "उड़ान", "उड़ान", "विमान"])
# words that put a listed airline's designator at an airport ("Passengers on AI 9379 …")
# (and in Hindi: "AI 9942 के यात्री गेट 3 पर …")
_AIRPORT_WORDS = _wordset(
    "passengers passenger boarding gate terminal यात्री यात्रियों गेट टर्मिनल बोर्डिंग"
)
# Indian carriers' designators and the foreign ones most flown from India
_AIRLINE_CODES = frozenset([
    "AI", "IX", "6E", "UK", "SG", "QP", "I5", "9I", "S5", "EK", "QR", "EY", "SQ", "TG", "LH",
    "BA", "AF", "KL", "UL", "MH", "WY", "GF", "SV", "TK", "G8",
])  # fmt: skip
# an IATA airline designator's shape: two capitals, or a capital and a digit either way round
_DESIGNATOR = re.compile(r"[A-Z]{2}|[A-Z][0-9]|[0-9][A-Z]")
# keywords that name a thing that has amounts as well as a number ("card ending in 9087",
# but "the limit on your card is 50000"): an identifier only without a verb between
_OBJECT_WORDS = frozenset(["card", "कार्ड"])


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


def _pin_code(text: str, start: int, end: int, digits: str, spaced: bool = False) -> bool:
    """Whether the six ``digits`` written from ``start`` to ``end`` are a PIN code at an
    address's end: after a place name or a comma / dash, closing the address, in a line that
    reads as an address. ``spaced``: written 3 + 3 with a space, the way a PIN code is printed
    and an amount never is; after a place name that ends an address ("Lal Kothi, Jaipur 302
    015", "Jaipur - 302 015", "Jaipur, 302 015") that is cue enough without an address word, as
    a city after a locality and a comma is for six digits written together ("Doranda, Ranchi
    834002")."""
    if len(digits) != 6 or digits[0] not in "12345678":
        return False
    before = _PIN_AFTER_PLACE.search(text, max(0, start - 24), start)
    if before is None or (before.group("word") or "").lower() in _AMOUNT_WORDS:
        return False
    if _ADDRESS_WORD_AFTER.match(text, end) is not None:
        # "… ಹುಬ್ಬಳ್ಳಿ 580020 ವಿಳಾಸಕ್ಕೆ", "… విజయవాడ 520 008 ప్రాంతంలో": the word says it, unless
        # the words before it name an amount ("कुल राशि, दिल्ली 250000 के डाकघर खाते में")
        named = text[max(0, start - 40) : start].replace(",", " ").split()[-2:]
        return not any(word in _AMOUNT_WORDS for word in named)
    if not spaced and _hindi_place_before(text, start, end, digits):
        return True  # "सीतामढ़ी 843302 में नया पासपोर्ट सेवा केंद्र खुल गया है।"
    # an Indic place name needs its address word after, unless the six digits are written 3 + 3
    # (never an amount): "गोविंदपुरा, भोपाल 462 023 के …"
    closes = (spaced or not before.group("indic")) and _PIN_CLOSES_ADDRESS.match(
        text, end
    ) is not None
    line = text.rfind("\n", 0, start) + 1
    if (
        not spaced
        and _INDIC_LOCALITY_CITY.search(text, max(0, start - 40), start)
        and _address_told_before(text, line, start)
        and not _quantity_after(text, end)
    ):
        return True  # "नया पता रेसकोर्स रोड, देहरादून 248001 दर्ज …": the address word before it
    if (
        not before.group("indic")
        and not digits.endswith("000")
        and (
            _SENTENCE_END_AFTER.match(text, end)
            or _VERB_AFTER_A_PLACE.match(text, end)
            or _ARRIVE_AFTER.match(text, end)
            or _WHEN_OR_STATE_AFTER.match(text, end)
        )
        and _POSTED_TO_A_PLACE.search(text, max(0, start - 40), start)
        and not _ENGLISH_MONEY.search(text, text.rfind(".", 0, start) + 1, _line_end(text, end))
    ):
        # "… letters addressed to Chamba 176310 will arrive …": the address closes at the digits
        # (a verb or the sentence's end after them); "dispatched to Nepal 234567 parcels", "…
        # to Europe 234567 and to Asia …" count
        return True
    if (
        not closes
        and not before.group("indic")
        and not digits.endswith("000")  # a PIN's last three digits name a post office: 001 on
        and _VERB_AFTER_A_PLACE.match(text, end)
        and _IN_A_PLACE.search(text, max(0, start - 40), start)
        and _FACILITY_IN_A_PLACE.search(text, max(0, start - 40), start)
    ):
        return True  # "… branch in Tura 794001 opens on Monday"
    if not closes:
        return False
    if spaced and _INDIC_LOCALITY_CITY.search(text, max(0, start - 40), start):
        return True  # "गोविंदपुरा, भोपाल 462 023 के …": two place names, then 3 + 3
    if spaced and before.group("indic"):
        return True  # "गिरिडीह 815 301 और …": one place name, then 3 + 3, as no amount is written
    if _IN_A_PLACE.search(text, max(0, start - 40), start):
        return True  # "… customers in Tezpur 784001.": a place after "in", the address's end
    if spaced and _TO_A_PLACE.search(text, max(0, start - 40), start):
        return True  # "… on its way to Madurai 625 009 by speed post": 3 + 3 after a place
    place = _PLACE_ENDS_ADDRESS.search(text, max(0, start - 40), start)
    if place and (spaced or _LOCALITY_CITY.search(text, max(0, start - 40), start)):
        # written 3 + 3, or after "<locality>, <city>" ("Doranda, Ranchi 834002"), the way an
        # address ends and an amount is never written
        words = (place.group("after_comma") or place.group("before_mark")).split()
        if not any(word.lower() in _AMOUNT_WORDS for word in words):
            return True
    return _ADDRESS_CUE.search(text, line, _line_end(text, end)) is not None


def _hindi_place_before(text: str, start: int, end: int, digits: str) -> bool:
    """Whether six digits after a Devanagari word and before a postposition are a PIN code:
    the word can name a place (not a function word, an agent in ने, a thing with a price),
    the digits do not end in 000 (a PIN's last three name a post office), no quantity word
    follows, and nothing in the sentence is about money or a count ("उन्होंने 345612 में
    खरीदा", "बजट 345612 से", "मतदाता 345612 के पार" stay numbers); before "पहुँच" (reached),
    only when a thing that travels comes before it ("पार्सल हाजीपुर 844101 पहुँच गया")."""
    words = text[max(0, start - 24) : start].split()
    word = words[-1] if words and text[start - 1 : start] == " " else ""
    if (
        not "\u0900" <= word[:1] <= "\u097f"
        or len(word) < 3
        or word in _NOT_A_PLACE
        or word in _AMOUNT_WORDS
        or word.endswith("ने")
        or digits.endswith("000")
        or (after := _HINDI_POSTPOSITION_AFTER.match(text, end)) is None
        or _quantity_after(text, end)
    ):
        return False
    begin, stop = sentence_start(text, start), sentence_end(text, end, "।?!\n")
    place = start - 1 - len(word)
    if after.group("reached"):
        if not _MOVER_IN_SENTENCE.search(text, begin, place):
            return False  # "reached" a number, not a place (the mover is before the place's name)
    elif not (
        _PLACE_CUE_IN_SENTENCE.search(text, end, stop)
        or _PLACE_PEOPLE_AFTER.match(text, end)
        or _place_cue_just_before(text, begin, place)
    ):
        return False  # no evidence of a place: an amount or a count ("कंपनी का निवेश 345612 में")
    sentence = text[begin:stop]
    return not any(cue in sentence for cue in _MONEY_IN_SENTENCE)


def _place_cue_just_before(text: str, begin: int, place: int) -> bool:
    """Whether the word right before the place's name (at ``place``) is a place's cue ("आपकी
    शाखा दरभंगा 846004 में है", "गाँव रामपुर 244901 में", "पिन कोड वाला इलाका सीतामढ़ी 843302"); a cue
    further back names something else ("केंद्र सरकार के टीके 245612 में", "शाखा के ग्राहक 345612 में से")."""
    words = text[begin:place].split()
    return bool(words) and _PLACE_CUE_IN_SENTENCE.match(words[-1]) is not None


def _address_told_before(text: str, line: int, start: int) -> bool:
    """Whether the Indic word "address" (पता, ঠিকানা, …) opens the words before ``start`` in
    its line, and they read as an address: a few words, none an amount's or a verb's ("पता
    ठीक है, कुल 150000" is not)."""
    nouns = [m.end() for m in _INDIC_ADDRESS_NOUN.finditer(text, line, start)]
    if not nouns:
        return False
    words = text[nouns[-1] : start].replace(",", " ").replace(":", " ").split()
    return 2 <= len(words) <= 8 and not any(
        word in _AMOUNT_WORDS or word in _ADDRESS_BREAKERS for word in words
    )


def _quantity_after(text: str, end: int) -> bool:
    return _QUANTITY_AFTER.match(text, end) is not None or UNIT_RE.match(text, end) is not None


def _line_end(text: str, end: int) -> int:
    """Where the line of a number ending at ``end`` ends, looking at most _ADDRESS_AFTER on."""
    stop = text.find("\n", end, end + _ADDRESS_AFTER)
    return stop if stop >= 0 else min(len(text), end + _ADDRESS_AFTER)


_YEAR_SHAPED = re.compile(r"(?:19|20)[0-9]{2}")


def _flight_named(words: list[str], text: str, start: int, end: int) -> bool:
    """Whether a flight word comes in the six ``words`` before a listed airline's designator
    and its number, or just after the number ("the UK 6284 flight", "जयपुर के लिए UK 6284
    उड़ान": Indian languages put the noun after the name) unless that is a year ("the UK 2024
    flight rules"), or an airport's word (:data:`_AIRPORT_WORDS`) comes in those six words or
    the rest of the sentence ("Passengers on AI 9379 … go to gate 33")."""
    if any(w.lower() in _FLIGHT_WORDS for w in words[-6:]):
        return True
    if _YEAR_SHAPED.fullmatch(text, start, end):
        return False
    after = [
        w.strip(".,;:!?।").lower() for w in re.split(r"[.!?।]", text[end : end + 80])[0].split()
    ]
    if after[:1] and after[0] in _FLIGHT_WORDS:
        return True
    # at an airport: "Passengers on AI 9379 for Madurai should now go to gate 33"
    return any(w.strip(",;:").lower() in _AIRPORT_WORDS for w in [*words[-6:], *after])


def _digit_context(
    text: str, start: int, end: int, digit_count: int, language_keywords: frozenset[str]
) -> bool:
    """Digit-by-digit reading: a keyword (then up to 3 linking words) just before the number.

    Strong identifier keywords (OTP, PIN, खाता, ID, ...) make any number an identifier,
    weak ones (number, नंबर, संख्या) one of three digits or more, soft ones (mobile,
    पॉलिसी, कॉल, ...) one of eight digits or more, or five or more when no postposition
    follows. A quantity word after the number (मिनट, साल, दिन, अंक, minutes, %) wins
    over every keyword. A call word after it makes it digits when a preposition joins them
    ("56767 पर SMS करें") or it has five digits or more; "100 SMS", "12 missed calls" are counts.
    ``language_keywords`` (the language's own: क्रमांक, নম্বর, ...) count as weak ones.
    """
    call = CALL_WORD_AFTER.match(text, end)
    if call is not None and (call.group("call_prep") or digit_count >= 5):
        return True  # "56767 पर SMS करें"; a short number is a count ("12 missed calls")
    if _quantity_after(text, end):
        return False
    if _secret_named_after(text, start, end):
        return True  # "583920 is your OTP", "4821 आपका PIN है"
    if _ID_LENGTHS[0] <= digit_count <= _ID_LENGTHS[1] and not text[start:end].endswith("000"):
        return True  # a 12-16 digit run without commas is an id's (card, Aadhaar, UAN, BO ID)
    words = text[max(0, start - 48) : start].split()
    if words and words[-1] in _CORRELATIVE_TAIL:
        # "যে OTP দিতে হবে সেটি হল 736208", "जो OTP आपको डालना है, वह 582914 है"
        named = _correlative_clause(text[max(0, start - 120) : start].split())
        if any(_names_an_id(w, language_keywords) for w in named):
            return digit_count >= 3 or any(w.lower() in _STRONG_WORDS for w in named)
    if words and (words[-1][-1] == "," or words[-1].lower() in _PHRASE_VERBS):
        # an id's name further back, behind a clause or a phrase: a longer look (rare)
        before = text[max(0, start - 120) : start]
        clause = _RELATIVE_CLAUSE_BEFORE.search(before)
        if clause is not None:  # "CIF number, which is linked to your accounts, is 8501…"
            before = f"{before[: clause.start()]} {clause.group('verb') or ''}"
        words = before.split()
    weak = soft = verb_seen = False
    links = 0
    next_word = ""  # the word after ``lower`` (we walk backwards): "toll" then "free"
    for at in range(len(words) - 1, max(-1, len(words) - 7), -1):
        raw = words[at]
        if raw in _AIRLINE_CODES and 2 <= digit_count <= 4 and raw is words[-1]:
            # "flight AI 865", "6E 2134": a flight number (a bare "AI 865" needs the word)
            return any(ch.isdigit() for ch in raw) or _flight_named(words, text, start, end)
        if (
            _DESIGNATOR.fullmatch(raw)
            and 2 <= digit_count <= 4
            and raw is words[-1]
            and any(w.lower() in _FLIGHT_WORDS for w in words[-6:])
        ):
            return True  # an airline no list has ("Flight 2T 4816"): the designator's shape
        if raw[-1] in _STOP_CHARS or any("0" <= ch <= "9" for ch in raw):
            break
        word = raw.strip(":#-").rstrip(".").lstrip("([{\"'“‘")  # "(train 12955", "(OTP 583920"
        if raw == "PAN":
            return True
        lower = word.lower()
        if (
            lower in _YEAR_PREPOSITIONS
            and not links
            and digit_count == 4
            and 1900 <= int(text[start:end]) <= 2099
            and (at == 0 or words[at - 1].lower() not in _ENDING_WORDS)
        ):
            return False  # "… opened this account in 2019", "its new dial in 1990": a year
        if lower in _TRAIN_WORDS and digit_count == 5 and not links:
            return True  # "Train 12951": Indian train numbers have five digits
        if lower in _TRAIN_KINDS and digit_count == 5 and not links and at > 0:
            name = words[at - 1]
            if name[:1].isupper() or not name[:1].isascii():
                return True
        if lower in _OBJECT_WORDS and verb_seen:
            # "the limit on your card is 50000": the card's amount; a card's number is long
            # (unless a keyword comes first: "Your PIN for the card is 4821")
            return digit_count >= 12 or _keyword_across_a_phrase(words[-14:])
        if lower in _STRONG_WORDS or (lower, next_word) in _STRONG_PAIRS:
            if verb_seen and _after_a_preposition(words, at):
                break  # "the balance of your account is 125000": the balance, not the account
            return True
        if lower in _SOFT_WORDS:
            soft = True
            break
        if lower in _WEAK_WORDS or word in language_keywords:
            weak = True
        if raw.endswith(".") and lower not in ("no", "नं", "ref", "a/c"):
            break  # a sentence ended here
        if lower in _LINK_WORDS or word in language_keywords or not word:
            verb_seen = verb_seen or lower in _VERB_LINKS
            links += 1
            if links > 3:
                break
            next_word = lower
            continue
        break
    if not weak and (
        _keyword_across_a_phrase(words[-14:]) or _keyword_before_a_clause(words[-16:])
    ):
        weak = True  # a soft word inside the phrase ("… sent to your phone is") is no matter
    if weak and digit_count >= 3:
        return True
    if soft:
        return digit_count >= 8 or (
            digit_count >= 5 and _POSTPOSITION_AFTER.match(text, end) is None
        )
    return False


# a code the caller types, named after its digits ("583920 is your OTP", "4821 आपका PIN है"),
# through at most three words that link them
_SECRET_WORDS = _wordset("otp ओटीपी pin पिन mpin cvv सीवीवी password पासवर्ड")
_SECRET_LINKS = _wordset(
    "is was will be your the my this आपका आपकी तुमचा तुमची तुमचे हा ही है आहे আপনার তোমার હા તમારો"
)


def _secret_named_after(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` opens its sentence and the next words name it a
    secret code ("583920 is your OTP"; not "In 2026 your PIN changes")."""
    before = text[max(0, start - 4) : start].rstrip(" \"'“‘")
    if before and before[-1] not in ".!?।:\n":
        return False
    for raw in text[end : end + 48].split()[:4]:
        word = raw.rstrip(".,;:!?।").lower()
        if word in _SECRET_WORDS:
            return True
        if word not in _SECRET_LINKS or word != raw.lower():
            return False  # another word, or a clause or sentence ended
    return False


_PHRASE_VERBS = frozenset(["is", "are", "was", "will be", "would be"])
# a year's preposition just before a number of four digits: the year, whatever keyword is
# further back ("You opened this account in 2019"; "dial 1990", "account 2019" stay digits)
_YEAR_PREPOSITIONS = frozenset(["in", "since", "during", "until", "till"])
# ... but not an id's last or first digits ("your card ending in 2019", "starting with")
_ENDING_WORDS = frozenset(["ending", "ends", "ended", "starting", "starts", "beginning", "begins"])
_ID_LENGTHS = (12, 16)
"""A bare run of this many digits (no commas, no currency, no quantity after it) is read digit
by digit whatever comes before: nobody writes such a quantity without commas. (Longer runs stay
the cardinal reader's: 18- and 20-digit numbers test the large scales.)"""
# a correlative clause naming the id: Bengali "যে … সেটি হল", Hindi "जो …, वह", Gujarati
# "જે … તે", Marathi "जे … ते"
_CORRELATIVE_OPENERS = frozenset(["যে", "जो", "જે", "जे"])
_CORRELATIVE_PRONOUNS = frozenset(["সেটি", "সেটা", "তা", "वह", "वो", "તે", "ते"])
_CORRELATIVE_TAIL = _CORRELATIVE_PRONOUNS | {"হল", "হলো", "হচ্ছে"}


def _correlative_clause(words: list[str]) -> list[str]:
    """The words of the clause between a relative opener and the pronoun that takes it up,
    when the pronoun (and its "is") ends ``words``; else none."""
    tail = 2 if len(words) >= 2 and words[-1] not in _CORRELATIVE_PRONOUNS else 1
    if len(words) < tail or words[-tail] not in _CORRELATIVE_PRONOUNS:
        return []
    for i in range(len(words) - tail - 1, max(-1, len(words) - tail - 12), -1):
        if words[i] in _CORRELATIVE_OPENERS:
            return [w.strip(",") for w in words[i + 1 : -tail]]
        if words[i][-1] in "?!।॥;." or any("0" <= ch <= "9" for ch in words[i]):
            break
    return []


def _names_an_id(word: str, language_keywords: frozenset[str]) -> bool:
    lower = word.lower()
    return lower in _STRONG_WORDS or lower in _WEAK_WORDS or word in language_keywords


# a relative clause between an id's name and the id ("…, which you can quote, is 6812",
# "पासवर्ड, जो 5 मिनट तक मान्य है, 604127 है")
_RELATIVE_CLAUSE_BEFORE = re.compile(
    r",\s*(?:which|who|that|जो|जिसे|जिसका|जिसकी|जिसके|जिससे|जिसमें|जिसको|जिस पर|जिनसे|जिन्हें"
    r"|ज्याद्वारे|ज्याचा|ज्याची|ज्याचे|ज्यामध्ये|ज्याने|ज्यावर|जी|जे"  # Marathi
    r"|જે|જેનો|જેની|જેના|જેનાથી|જેમાં|જેના દ્વારા"  # Gujarati
    r"|যেটি|যেটা|যা|যার|যাতে|যেখানে)"  # Bengali
    r"\s[^,;:.?!।]*,\s*"
    r"(?P<verb>(?:is|are|was)\s*)?$"
)
# what may open a clause after an id's name: "the password that you need to enter … is",
# "the claim number we have generated for you is"
_CLAUSE_OPENERS = frozenset(
    ["that", "which", "we", "you", "i", "sent", "generated", "shared", "printed", "shown",
     "mentioned", "given", "listed", "written", "displayed", "issued", "assigned", "allotted",
     "linked", "registered"]
)  # fmt: skip
_PREPOSITIONS = frozenset(["of", "for", "on", "to", "in", "from", "with", "at", "by"])
_DETERMINERS = frozenset(
    ["the", "a", "an", "your", "my", "our", "this", "these", "those", "its", "their", "same"]
)
_PHRASE_PREPOSITIONS = frozenset(["for", "of", "to", "on"])


def _keyword_across_a_phrase(words: list[str]) -> bool:
    """An identifier keyword, a short phrase with "for"/"of"/"to"/"on", then "is" right
    before the number: "The UTR number for your transfer is", "password for login is",
    "reference ID of your complaint is", "OTP for the pension portal login is", "OTP to
    unlock the rental bicycle at the metro dock is" (English; the phrase up to nine words,
    the first preposition from "is" back deciding)."""
    if not words or words[-1].lower() not in _PHRASE_VERBS:
        return False
    phrase = words[:-1]
    for gap in range(1, 10):  # the preposition, then up to 8 more words before "is"
        if len(phrase) < gap + 1:
            return False
        preposition = phrase[-gap - 1].lower()
        word = phrase[-gap]  # an amount may sit in the phrase: "OTP for the ₹4,999 payment is"
        if AMOUNT_WORD.match(word) is None and any(
            ch in _STOP_CHARS or ch == "." or "0" <= ch <= "9" for ch in word
        ):
            return False
        if preposition in _PHRASE_PREPOSITIONS:
            head = [w.lower().strip(":#-") for w in phrase[-gap - 3 : -gap - 1]]
            return any(
                (w in _STRONG_WORDS or w in _WEAK_WORDS) and w not in _OBJECT_WORDS for w in head
            )
    return False


def _after_a_preposition(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` sits in a prepositional phrase ("of your account")."""
    while at > 0 and words[at - 1].lower() in _DETERMINERS:
        at -= 1
    return at > 0 and words[at - 1].lower() in _PREPOSITIONS


def _keyword_before_a_clause(words: list[str]) -> bool:
    """An id's name opening the clause, a clause about it, then "is" right before the
    number: "The one-time password that you need to enter on your new device is", "The claim
    number we have generated for you is" (English). The name must not sit in a phrase of
    another noun ("the limit of the account that you …"): no preposition right before it."""
    if len(words) < 3 or words[-1].lower() not in _PHRASE_VERBS:
        return False
    for i in range(len(words) - 3, -1, -1):
        word = words[i]
        if any(ch in _STOP_CHARS or "0" <= ch <= "9" for ch in word) or word.endswith("."):
            return False  # the clause holds no number and no sentence end
        if words[i + 1].lower().strip(",") not in _CLAUSE_OPENERS:
            continue
        name = word.lower().strip(",:#-")
        if name in _OBJECT_WORDS or not (name in _STRONG_WORDS or name in _WEAK_WORDS):
            continue
        at = i - 1 if name in _WEAK_WORDS and i >= 1 else i  # "claim number": before "claim"
        return not _after_a_preposition(words, at)  # "the limit of the account that …"
    return False


# "since <year>, going on": से, no comparison after it, and a continuing present later in the
# sentence ("यह बैंक 1969 से ग्राहकों की सेवा कर रहा है"; not "1969 से ज़्यादा लोग", a count)
_SINCE_AFTER = re.compile(
    r" से (?!(?:ज़्यादा|ज्यादा|अधिक|कम|ऊपर|नीचे|पहले|बढ़कर|घटकर|भाग|गुणा)(?![\u0900-\u097F]))"
)
_GOING_ON = re.compile(r"(?<![\u0900-\u097F])(?:रहा|रही|रहे) (?:है|हैं|हूँ|हूं|हो)(?![\u0900-\u097F])")


# a Marathi year: "1998 साली", "1985 मध्ये", "1990 पासून" (Marathi says the hundreds of 1100-1999
# as एकोणीसशे; "पंधराशे रुपये" is said so too, so an amount read so is still right)
_MR_YEAR_AFTER = re.compile(r"\s?(?:साली|सालापासून|मध्ये|पासून)(?![\u0900-\u097F])")


def _mr_year_context(text: str, start: int, end: int) -> bool:
    """A Marathi 4-digit number read as a year: 1100-1999 (later years are said as the amount
    is) after सन्/वर्ष/..., or before साली/मध्ये/पासून."""
    return 1100 <= int(text[start:end]) <= 1999 and (
        _MR_YEAR_AFTER.match(text, end) is not None
        or YEAR_BEFORE.search(text, max(0, start - 16), start) is not None
    )


# "the" just before a year and a singular noun after it (a plural is a count's: "the 2000
# employees"; "census", "status", "class" are singular)
_THE_BEFORE = re.compile(r"(?<![A-Za-z])[Tt]he\s$")
_NOUN_AFTER = re.compile(r"\s([a-z]{3,})(?![A-Za-z'’-])")


def _year_context(text: str, start: int, end: int) -> bool:
    """A 4-digit number read as a year: after सन्/in/since/..., before में/ई./AD, or before
    से with the sentence going on since then."""
    year = int(text[start:end])
    if not 1000 <= year <= 2099:  # 2100-2199 after "in", "from": amounts far more often
        return False
    if YEAR_BEFORE.search(text, max(0, start - 16), start) is not None:
        return True
    if YEAR_AFTER.match(text, end) is not None:
        return True
    if (  # "the 1987 loom census", "the 2067 state budget": a year naming one thing
        year >= 1900
        and _THE_BEFORE.search(text, max(0, start - 4), start) is not None
        and (noun := _NOUN_AFTER.match(text, end)) is not None
        and not (noun.group(1).endswith("s") and not noun.group(1).endswith(("ss", "us", "is")))
        and not _quantity_after(text, end)
        and BARE_SCALE_RE.match(text, end) is None
    ):
        return True
    if year >= 1900 and _SINCE_AFTER.match(text, end) is not None:
        return _GOING_ON.search(text, end, sentence_end(text, end)) is not None
    return False
