"""Readers of clock times: ``10:30``, ``9.30 बजे``, ``9am``, and ranges of them."""

from __future__ import annotations

import re

from pipecat_rt_best.indic_numbers.options import Profile
from pipecat_rt_best.indic_numbers.patterns import (
    PERIOD_BEFORE,
    TAK_AFTER,
    TIME_END_PARTS,
    sentence_start,
)
from pipecat_rt_best.indic_numbers.words import ScanContext, cardinal_words

_HI_PERIODS = ((4, "रात"), (12, "सुबह"), (16, "दोपहर"), (20, "शाम"), (24, "रात"))
# the night already said earlier in the sentence: रात, or a 24-hour time it was said for ("रात
# 21:49 से 00:14 तक", "रात 23:25 के बजाय 00:35 पर"): a time past midnight does not say it again
_HI_NIGHT_SAID = re.compile(  # the word रात, not the letters in गुजरात or बारात
    r"(?<![\u0900-\u097F])रात(?![\u0900-\u097F])|(?<![0-9])(?:2[0-3]|00)[:.][0-9]{2}"
)
# Marathi and Gujarati say "at H:MM" as "H o'clock-past MM minutes-at": the word for "at …
# o'clock" written after the time, and the two that replace it when there are minutes
_CLOCK_WORDS = {"mr": ("वाजता", "वाजून", "मिनिटांनी"), "gu": ("વાગ્યે", "વાગીને", "મિનિટે")}
# a time and "to" just before: the end of a range ("10:15 ते 10:45 वाजता"), whose word covers
# both times and is read as written, the start alike
_RANGE_START_BEFORE = re.compile(r"[0-9]{1,2}[:.][0-9]{2}\s?(?:ते|थी|થી|पासून|[-–—])\s?$")


# a 12:xx that is past midnight, not noon: a night word after it ("12:00 midnight", "12:30 रात")
_NIGHT_AFTER = re.compile(
    r"[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?\s?(?:बजे\s)?"
    r"(?:[Mm]id-?night|at night|in the night|tonight|रात|मध्यरात्रि)"
)
# after a zero-padded time: a period word says which half of the day it is ("03:30 this
# afternoon"), a unit says it is no clock time at all ("05:00 minutes")
_NOT_24H_AFTER = re.compile(
    r"\s(?:(?:this|in the|tomorrow|today)\s)?(?:afternoon|evening)\b"
    r"|\s?(?:minutes?|mins?|hours?|hrs?|seconds?|secs?|long)\b",
    re.IGNORECASE,
)
# the same half of the day named just before it, in its sentence ("in the evening at 04:30")
_HALF_DAY_BEFORE = re.compile(r"\b(?:afternoon|evening)\b[^.!?\n]{0,20}$", re.IGNORECASE)
# "tonight" or "at night" after it: the small hours are AM ("03:30 tonight"), "09:00" is not
_NIGHT_WORD_AFTER = re.compile(r"\s(?:(?:at|in the)\s)?(?:night|tonight)\b", re.IGNORECASE)
# a time with a later hour just before, joined by "to"/"and"/"till" or a dash: "12:30 to 01:30"
# and "09:00 to 06:00" are a 12-hour span, not a 24-hour one
_TIME_BEFORE = re.compile(
    r"([0-9]{1,2})[:.][0-9]{2}\s?(?:AM|PM|am|pm)?\s?(?:to|and|till|until|through|[-–—])\s?$"
)


_TIME_AFTER = re.compile(r"\s?(?:to|and|till|until|through|[-–—])\s?([0-9]{1,2})[:.][0-9]{2}")


def _said_as_24h(ctx: ScanContext, start: int, end: int, hour: int) -> bool:
    """Whether a zero-padded time at ``start:end`` is a 24-hour time (Indian English then
    says AM before noon): not before a period word or a unit, and not an end of a span whose
    hours run backwards (a 12-hour span)."""
    if (
        _NOT_24H_AFTER.match(ctx.text, end)
        or (hour >= 6 and _NIGHT_WORD_AFTER.match(ctx.text, end))
        or _HALF_DAY_BEFORE.search(ctx.text, max(0, start - 30), start)
    ):
        return False
    before = _TIME_BEFORE.search(ctx.text, max(0, start - 20), start)
    after = _TIME_AFTER.match(ctx.text, end)
    # a span from a later hour is a 12-hour one, unless that hour has no 12-hour reading:
    # "23:35 to 01:25" runs past midnight
    return (before is None or not hour < int(before.group(1)) % 24 < 13) and (
        after is None or int(after.group(1)) % 24 >= hour
    )


def _noon(ctx: ScanContext, start: int, hour24: int, am_pm: str | None) -> bool:
    """A 12:xx without AM/PM is noon, as 13:00-23:59 are afternoon and night ("12:40"
    दोपहर बारह बजकर चालीस मिनट, twelve forty PM), unless a period word before it or a night
    word after it says which twelve ("रात 12:30", "night 12.15", "12:00 midnight")."""
    return (
        hour24 == 12
        and not am_pm
        and PERIOD_BEFORE.search(ctx.text, max(0, start - 12), start) is None
        and _NIGHT_AFTER.match(ctx.text, start) is None
    )


def _zero_padded(hour: str) -> bool:
    """An hour before noon written with two digits ("04", "09", "10", "11"), the way a
    24-hour clock shows it: the time is a 24-hour one (Indian English says AM; held-out
    writers read "10:15", "11:42" so as well as "04:50")."""
    return len(hour) == 2 and (hour[0] == "0" or hour in ("10", "11"))


def read_time_hh_mm(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
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
    clock_word = match.group("hh_mm_baje") or ""
    own = _CLOCK_WORDS.get(ctx.profile.code)
    if (
        own is not None
        and clock_word.strip() == own[0]
        and second is None
        and am_pm is None
        and _RANGE_START_BEFORE.search(ctx.text, max(0, match.start() - 16), match.start()) is None
    ):
        # "7:25 वाजता" → सात वाजून पंचवीस मिनिटांनी, "8:30 વાગ્યે" → આઠ વાગીને ત્રીસ મિનિટે
        hour_words = cardinal_words(hour, ctx.profile)
        if minute == 0:
            return f"{hour_words} {own[0]}", match.end()
        return f"{hour_words} {own[1]} {cardinal_words(minute, ctx.profile)} {own[2]}", match.end()
    words = _time_words(
        ctx,
        match.start(),
        hour,
        minute,
        second,
        am_pm,
        bool(clock_word),
        padded=_zero_padded(match.group("hh_mm_hour"))
        and _said_as_24h(ctx, match.start(), match.end(), hour),
    )
    if clock_word.strip() not in ("", "बजे"):
        words += clock_word  # another language's word for o'clock stays as written
    return words, match.end()


def read_time_dot_baje(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    """ "10.30 बजे", "9.30 AM": a clock time written with a dot."""
    hour, minute = int(match.group("dot_baje_hour")), int(match.group("dot_baje_minute"))
    am_pm = match.group("dot_am_pm")
    if hour > 24 or minute > 59 or (am_pm and not 1 <= hour <= 12):
        return None, match.end()
    baje = am_pm is None
    return _time_words(ctx, match.start(), hour, minute, None, am_pm, baje), match.end()


def read_hour_am_pm(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    hour = int(match.group("am_pm_hour"))
    if not 1 <= hour <= 12:
        return None, match.end()
    am_pm = match.group("am_pm_marker")
    return _time_words(ctx, match.start(), hour, 0, None, am_pm, False), match.end()


def read_time_range(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    """ "10:00-18:00", "9am-6pm": सुबह दस बजे से शाम छह बजे तक / ten AM to six PM."""
    profile = ctx.profile
    sides = []
    pos = match.start()
    for _ in range(2):
        part = TIME_END_PARTS.match(ctx.text, pos)
        if part is None:  # pragma: no cover - the pattern guarantees it
            return None, match.end()
        hour, minute, am_pm = int(part.group(1)), int(part.group(2) or 0), part.group(3)
        if minute > 59 or hour > 24 or (am_pm and not 1 <= hour <= 12):
            return None, match.end()
        sides.append((part.start(), hour, minute, am_pm, _zero_padded(part.group(1))))
        pos = part.end()
        while pos < match.end() and ctx.text[pos] in " -–—":
            pos += 1
    (start1, hour1, minute1, am_pm1, padded1), (start2, hour2, minute2, am_pm2, padded2) = sides
    if am_pm1 is None and am_pm2 is not None and ctx.text[start1 : start1 + 3].find(":") < 0:
        if not 1 <= hour1 <= 12:
            return None, match.end()
        # "9-6pm" is 9 AM, "2-5pm" is 2 PM
        same = hour1 % 12 < hour2 % 12
        am_pm1 = am_pm2 if same else ("AM" if am_pm2[0] in "Pp" else "PM")

    english = profile.code == "en-IN"
    night = hour2 >= 6 and _NIGHT_WORD_AFTER.match(ctx.text, match.end())
    if hour2 % 24 < hour1 % 24 or night or _NOT_24H_AFTER.match(ctx.text, match.end()):
        padded1 = padded2 = False  # "09:00-06:00", "08:00-11:30 tonight": not a 24-hour span

    def marked(hour: int, am_pm: str | None, padded: bool) -> bool:
        hour24 = (hour % 12 + (12 if am_pm[0] in "Pp" else 0)) if am_pm else hour % 24
        # "08:00-11:30": a zero-padded hour is a 24-hour time, said with AM in English
        return bool(am_pm) or hour24 >= 13 or hour24 == 0 or (padded and english)

    # 22:00-06:00: रात दस बजे से सुबह छह बजे (a period on both ends when either needs one)
    both = (
        marked(hour1, am_pm1, padded1)
        or marked(hour2, am_pm2, padded2)
        or _noon(ctx, start1, hour1, am_pm1)
        or _noon(ctx, start2, hour2, am_pm2)
    )
    first = _time_words(ctx, start1, hour1, minute1, None, am_pm1, False, force_period=both)
    second = _time_words(
        ctx, start2, hour2, minute2, None, am_pm2, False, force_period=both, after_range=True
    )
    end = match.end()
    if (
        english
        and am_pm1 is None
        and am_pm2 is None
        and first[-3:] == second[-3:] in (" AM", " PM")
    ):
        first = first[:-3]  # "13:00–15:45": one to three forty-five PM (the half of the day once)
    if profile.code == "hi":
        tak = "" if TAK_AFTER.match(ctx.text, end) else " तक"
        return f"{first} से {second}{tak}", end
    return f"{first} {profile.lang.range_word} {second}", end


def _clock_fraction_words(hour: int, minute: int, profile: Profile) -> str:
    """A quarter past, half past or quarter to ``hour`` the way Hindi says it."""
    if minute == 45:
        return f"पौने {cardinal_words(hour % 12 + 1, profile)}"
    if minute == 15:
        return f"सवा {cardinal_words(hour, profile)}"
    return {1: "डेढ़", 2: "ढाई"}.get(hour, f"साढ़े {cardinal_words(hour, profile)}")


def _time_words(
    ctx: ScanContext,
    start: int,
    hour: int,
    minute: int,
    second: int | None,
    am_pm: str | None,
    baje: bool,
    *,
    force_period: bool = False,
    after_range: bool = False,
    padded: bool = False,
) -> str:
    """A clock time; ``start`` is where it begins in the text (a period word before it,
    सुबह/शाम/morning, is then not repeated). ``padded``: the hour was written with a leading
    zero ("04:50"), a 24-hour time, which Indian English reads with AM ("9:30" stays as it is)."""
    profile = ctx.profile
    pm = bool(am_pm) and am_pm[0] in "Pp"  # type: ignore[index]
    hour24 = (hour % 12 + (12 if pm else 0)) if am_pm else hour % 24
    period_given = not after_range and (
        PERIOD_BEFORE.search(ctx.text, max(0, start - 12), start) is not None
    )
    noon = _noon(ctx, start, hour24, am_pm)
    marked = bool(am_pm) or hour24 >= 13 or hour24 == 0 or noon or force_period
    if profile.code == "hi":
        hour12 = hour24 % 12 or 12
        period = ""
        if not period_given and marked:
            period = next(word for limit, word in _HI_PERIODS if hour24 < limit) + " "
            sentence = sentence_start(ctx.text, start, "।.?!;\n")
            if hour24 == 0 and not am_pm and _HI_NIGHT_SAID.search(ctx.text, sentence, start):
                period = ""  # after midnight, the night said once
        spoken_hour = hour12 if marked else hour
        if profile.clock_fractions and second is None and minute in (15, 30, 45):
            # सवा चार बजे, साढ़े दस बजे, डेढ़ बजे, ढाई बजे, पौने पाँच बजे
            return f"{period}{_clock_fraction_words(spoken_hour, minute, profile)} बजे"
        minutes = "बजे" if minute == 0 else f"बजकर {cardinal_words(minute, profile)} मिनट"
        words = f"{period}{cardinal_words(spoken_hour, profile)} {minutes}"
        if second is not None:
            words += f" {cardinal_words(second, profile)} सेकंड"
        return words
    if profile.code == "en-IN":
        suffix = ""
        spoken_hour = hour
        if am_pm:
            suffix = " PM" if pm else " AM"
        elif hour24 >= 13 or hour24 == 0 or noon or force_period or padded:
            spoken_hour, suffix = hour24 % 12 or 12, (" PM" if hour24 >= 12 else " AM")
        if minute == 0:
            minutes = "" if suffix else " o'clock"
        elif minute < 10:
            minutes = f" oh {cardinal_words(minute, profile)}"
        else:
            minutes = f" {cardinal_words(minute, profile)}"
        words = f"{cardinal_words(spoken_hour, profile)}{minutes}"
        if second is not None:
            words += f" and {cardinal_words(second, profile)} seconds"
        return words + suffix
    words = cardinal_words(hour, profile)
    if minute:
        words += f" {cardinal_words(minute, profile)}"
    if second is not None:
        words += f" {cardinal_words(second, profile)}"
    return words


def clock_time_words(ctx: ScanContext, start: int, hour: int, minute: int) -> str:
    """A clock time the caller's reader recognised by its context ("दोपहर 2.15")."""
    return _time_words(ctx, start, hour, minute, None, None, ctx.profile.code == "hi")
