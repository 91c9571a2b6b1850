"""Readers of money and percentages: rupees (₹, Rs., INR, रु.), foreign currencies by symbol or
ISO code, and ``%``."""

from __future__ import annotations

import re

from pipecat_rt_best.indic_numbers.languages import CURRENCY_SYMBOLS, FOREIGN_CURRENCIES
from pipecat_rt_best.indic_numbers.options import Profile
from pipecat_rt_best.indic_numbers.patterns import FX_CODE, FX_FIRST_CHARS
from pipecat_rt_best.indic_numbers.words import (
    ScanContext,
    amount_attributive,
    cardinal_words,
    money_words,
    number_words,
)

_FX_SCALE_NAMES: dict[str, dict[str, str]] = {
    "hi": {"million": "मिलियन", "mn": "मिलियन", "billion": "बिलियन", "bn": "बिलियन",
           "thousand": "हज़ार", "k": "हज़ार", "K": "हज़ार", "lakh": "लाख", "crore": "करोड़"},
    "en-IN": {"mn": "million", "bn": "billion", "k": "thousand", "K": "thousand",
              "cr": "crore", "Cr": "crore", "CR": "crore", "L": "lakh", "lac": "lakh",
              "lakhs": "lakh", "crores": "crore"},
}  # fmt: skip


def _foreign_amount_words(
    amount: str, scale: str | None, code: str, profile: Profile, with_unit: bool = True
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
        words = f"{number_words(amount, profile)} {scale_words}"
        return f"{words} {names[1] if names else code}" if with_unit else words
    if names is None:
        words = number_words(amount, profile)
        return f"{words} {code}" if with_unit else words
    unit_sg, unit_pl, sub_sg, sub_pl = names
    if len(int_part) > 20 or (frac and (sub_sg is None or len(frac) > 2)):
        words = number_words(amount, profile)  # read as written: 10.555 dollars
        return f"{words} {unit_pl}" if with_unit else words
    units, cents = int(int_part), int(frac.ljust(2, "0")) if frac else 0
    if not with_unit and not cents:
        return cardinal_words(units, profile)
    parts = []
    if units or not cents:
        unit = unit_sg if units == 1 else unit_pl
        parts.append(f"{amount_attributive(units, profile)} {unit}")
    if cents:
        sub = sub_sg if cents == 1 else sub_pl
        parts.append(f"{amount_attributive(cents, profile)} {sub}")
    return lang.money_joiner.join(parts)


def _fx_code(written: str) -> str:
    return CURRENCY_SYMBOLS.get(written) or written.upper()


def read_foreign_money(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
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


# "250 AED", "5-10 EUR", "10,50 €": a code, or a one-character symbol other than "$", after a
# number or a range (checked by their readers; an alternative of its own would rescan every
# plain number)
_SYMBOLS_AFTER = "€£¥₩"
_FX_CODE_AFTER = re.compile(rf"[ \u00a0]?(?:(?P<code>{FX_CODE})|(?P<symbol>[{_SYMBOLS_AFTER}]))")


def code_may_follow(text: str, end: int) -> bool:
    """Cheap test before _FX_CODE_AFTER: a code's first letter at ``end`` or after a space."""
    if end < len(text) and text[end] in " \u00a0":
        end += 1
    return end < len(text) and (text[end] in FX_FIRST_CHARS or text[end] in _SYMBOLS_AFTER)


def code_after_words(
    ctx: ScanContext, amount: str, amount_to: str | None, end: int
) -> tuple[str, int] | None:
    after = _FX_CODE_AFTER.match(ctx.text, end)
    if after is None:
        return None
    profile = ctx.profile
    code = after.group("code") or CURRENCY_SYMBOLS[after.group("symbol")]
    if amount_to is None:
        return _foreign_amount_words(amount, None, code, profile), after.end()
    first = _foreign_amount_words(amount, None, code, profile, with_unit=False)
    second = _foreign_amount_words(amount_to, None, code, profile)
    return f"{first} {profile.lang.range_word} {second}", after.end()


def read_money(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    negative = bool(match.group("money_sign") or match.group("money_sign_after_symbol"))
    amount, scale = match.group("amount"), match.group("scale")
    amount_to, scale_to = match.group("amount_to"), match.group("scale_to")
    if amount_to is not None:
        first = money_words(amount, scale or scale_to, profile, with_currency=False)
        second = money_words(amount_to, scale_to, profile)
        words = f"{first} {profile.lang.range_word} {second}"
    else:
        words = money_words(amount, scale, profile)
    return (f"{profile.minus} {words}" if negative else words), match.end()


def read_money_currency_after(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    amount, amount_to = match.group("post_amount"), match.group("post_amount_to")
    scale = match.group("post_scale")
    if amount_to is not None:
        first = money_words(amount, scale, profile, with_currency=False)
        second = money_words(amount_to, scale, profile)
        return f"{first} {profile.lang.range_word} {second}", match.end()
    return money_words(amount, scale, profile), match.end()


def read_percent(ctx: ScanContext, match: re.Match[str]) -> tuple[str | None, int]:
    profile = ctx.profile
    words = number_words(match.group("percent_value"), profile)
    if match.group("percent_value_to"):
        value_to = number_words(match.group("percent_value_to"), profile)
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
