"""Readers of dates: ISO, numeric (day first, as in India), dotted, and with a month's name."""

from __future__ import annotations

import re

from pipecat_rt_best.indic_numbers.languages import (
    ENGLISH_IN,
    HINDI,
    en_ordinal,
)
from pipecat_rt_best.indic_numbers.options import Profile
from pipecat_rt_best.indic_numbers.patterns import EN_MONTH_FORMS, FULL_MONTH_NAMES
from pipecat_rt_best.indic_numbers.words import (
    ScanContext,
    cardinal_words,
    number_words,
    year_in_words,
)


def _valid_date(day: int, month: int) -> tuple[int, int] | None:
    """(day, month) of a real calendar day, swapping the two when written month-first."""
    if 1 <= month <= 12 and 1 <= day <= 31:
        return day, month
    if 1 <= day <= 12 and 1 <= month <= 31:
        return month, day  # written month-first
    return None


def date_words(day: int, month: int, year: int | None, profile: Profile) -> str:
    year_words = f" {year_in_words(year, profile)}" if year is not None else ""
    if profile.code == "hi":
        return f"{cardinal_words(day, profile)} {HINDI.months[month - 1]}{year_words}"  # type: ignore[index]
    if profile.code == "en-IN":
        return (
            f"{en_ordinal(cardinal_words(day, profile))} {ENGLISH_IN.months[month - 1]}{year_words}"  # type: ignore[index]
        )
    if profile.lang.months is not None:
        return f"{cardinal_words(day, profile)} {profile.lang.months[month - 1]}{year_words}"
    return f"{cardinal_words(day, profile)} {cardinal_words(month, profile)}{year_words}"


def month_year_words(month: int, year: int, profile: Profile) -> str | None:
    """ "09/2036" (a card's expiry): the month's name and the year, or None for a language
    without month names."""
    months = profile.lang.months
    if months is None:
        return None
    return f"{months[month - 1]} {year_in_words(year, profile)}"


_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# a word that says the number next to it is a date: before it ("तारीख 4/6", "due on
# 05/11") or after it ("10/10 को", "31.03 तक", "05/11 রোজী")
_DATE_WORD_BEFORE = re.compile(
    r"(?<![A-Za-z\u0900-\u0DFF])(?:तारीख़?|तारीख|तिथि|दिनांक|[Dd]ated?|on|by|till|until|from|due|before|after"
    r"|DOB|dob|তারিখ|தேதி|తేదీ|તારીખ|ਤਾਰੀਖ਼?|ತಾರೀಖು|ದಿನಾಂಕ|തീയതി|ତାରିଖ)[\s:,-]{1,3}(?:है\s|is\s)?$"
)
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?"
_WEEKDAY_BEFORE = re.compile(rf"(?:(?<![A-Za-z]){_WEEKDAY},\s?|\b[Oo]n\s{_WEEKDAY}\s)$")
_OF_AFTER = re.compile(r"\s(?:of|का|की|के)\b")
_DATE_WORD_AFTER = re.compile(
    r"\s?(?:को|तक|तारीख़?|रोजी|पर्यंत|পর্যন্ত|তারিখে|அன்று|வரை|లోపు|వరకు|నాటికి|સુધી|સુધીમાં|ರಂದು|വരെ"
    r"|ਤੱਕ|ପର୍ଯ୍ୟନ୍ତ)(?![\u0900-\u0DFF])"
)


# "से" after a/b or a.b is as often "than" ("3/4 से ज़्यादा") as "from": a date word only
# after a-b, which cannot be a range when a > b ("31-12 से पहले")
_SE_AFTER = re.compile(r"\s?से(?![\u0900-\u0DFF])")


def yearless_date(
    ctx: ScanContext, start: int, end: int, day_written: str, month_written: str, sep: str
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
    # "/": "3/4" is a fraction; "15/08", "25/12", "तारीख 4/6", "10/10 को" are dates, and so
    # is "Monday, 7/12" / "on Tuesday 3/11" (not "Monday 3/4 of the staff": no comma, no "on")
    weekday = _WEEKDAY_BEFORE.search(text, max(0, start - 16), start) is not None
    if weekday and _OF_AFTER.match(text, end) is not None:
        weekday = False
    date = leading_zero or word_before or word_after or weekday or day >= month
    return (day, month) if date else None


def read_iso_date(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    month = int(match.group("iso_month"))
    day_month = _valid_date(int(match.group("iso_day")), month)
    if day_month is None or day_month[1] != month:
        return None, match.end()
    year = int(match.group("iso_year"))
    return date_words(day_month[0], day_month[1], year, ctx.profile), match.end()


def read_numeric_date(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    day_month = _valid_date(int(match.group("dmy_day")), int(match.group("dmy_month")))
    if day_month is None:
        return None, match.end()
    year = int(match.group("dmy_year"))
    if len(match.group("dmy_year")) == 2:
        year += 2000 if year <= 69 else 1900
    return date_words(day_month[0], day_month[1], year, ctx.profile), match.end()


def read_dotted_numbers(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    dot = {"hi": " डॉट ", "en-IN": " dot "}.get(profile.code, " . ")
    parts = match.group("dotted_numbers").split(".")
    return dot.join(number_words(part, profile) for part in parts), match.end()


def _day_words(day: str, profile: Profile) -> str:
    """A day of the month as written ("15", "15th"): पंद्रह / fifteenth."""
    day_number = int(day.rstrip("stndrhSTNDRH"))
    if profile.code == "en-IN":
        return en_ordinal(cardinal_words(day_number, profile))
    return cardinal_words(day_number, profile)


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
    match: re.Match[str], group: str, profile: Profile, repl: dict[str, str]
) -> None:
    """An English month ("Jan", "Sept.", "JANUARY") in the language's own spelling."""
    written = match.group(group)
    name = written.rstrip(".")
    month = EN_MONTH_FORMS.get(name)
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
    if name.lower() in FULL_MONTH_NAMES:
        return True
    after = match.string[match.end(group) :].lstrip(" ")
    return not after or after[0].isupper() or after[0] == "\n"


def read_day_month_name(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    day = int(match.group("day").rstrip("stndrh"))
    if not 1 <= day <= 31:
        return None, match.end()
    repl = {"day": _day_words(match.group("day"), profile)}
    if match.group("year"):
        repl["year"] = year_in_words(int(match.group("year")), profile)
    if match.group("year_hyphen"):
        repl["year_hyphen"] = " "  # 15-Aug-2024
    _respell_month(match, "month_name", profile, repl)
    out = _replace_groups(match, repl)
    # "15-Aug" / "15Aug": give the month its own word
    between = ctx.text[match.end("day") : match.start("month_name")]
    if between != " ":
        out = out.replace(repl["day"] + between, repl["day"] + " ", 1)
    return out, match.end()


def read_month_name_day(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    day = int(match.group("mdy_day").rstrip("stndrh"))
    if not 1 <= day <= 31:
        return None, match.end()
    repl = {"mdy_day": _day_words(match.group("mdy_day"), profile)}
    if match.group("mdy_year"):
        repl["mdy_year"] = year_in_words(int(match.group("mdy_year")), profile)
    _respell_month(match, "mdy_month_name", profile, repl)
    return _replace_groups(match, repl), match.end()


def read_month_name_year(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    repl = {"month_year_year": year_in_words(int(match.group("month_year_year")), ctx.profile)}
    _respell_month(match, "month_year_month", ctx.profile, repl)
    return _replace_groups(match, repl), match.end()
