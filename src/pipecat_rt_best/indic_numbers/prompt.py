"""Spell out the numbers in the context values a prompt builder puts into a prompt.

A realtime model reads "Approved Loan Amount: 4500" and may say "पैंतालीस सौ" or
"four thousand five hundred" in a Hindi call; given "चार हज़ार पाँच सौ" it says what the
bank approved.

>>> spell_out_context({"Approved Loan Amount": 4500}, lang="hi")
{'Approved Loan Amount': 'चार हज़ार पाँच सौ'}
>>> spell_out_value(4500, lang="hi", money=True)
'चार हज़ार पाँच सौ रुपये'
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Any

from pipecat_rt_best.indic_numbers.normalizer import (
    DEFAULT_OPTIONS,
    NormalizerOptions,
    _coerce_text,
    _normalizer,
    digit_terms,
)


def spell_out_value(
    value: Any,
    lang: str = "hi",
    *,
    money: bool = False,
    options: NormalizerOptions | None = None,
    context: str = "",
    keep_terms: Iterable[str] = (),
) -> str:
    """One context value with its numbers spelled out.

    Numbers (int, float, Decimal, numeric strings) become words; ``money=True`` reads a
    bare number as rupees (and paise): a float or Decimal is first rounded half up to
    paise (``12500 * 1.1`` is "तेरह हज़ार सात सौ पचास रुपये", not "... दशमलव शून्य ... दो
    रुपये"), and a whole-rupee amount reads without decimals. Any other text has its numbers normalized in
    place. ``context`` is what the value is (its key, e.g. ``"Account Number"``): it
    decides the reading the way preceding words do in running text — an account number,
    phone or ID digit by digit, an amount as a cardinal. ``keep_terms``: the prompt's
    pronunciation terms; those holding a digit ("24x7") stay as written (found as whole
    words, any case), so the model reads them as the pronunciation says. Never raises for
    the value; ``None`` becomes ``""``, and so does NaN (pandas' missing value).
    """
    if (isinstance(value, float) and math.isnan(value)) or (
        isinstance(value, Decimal) and value.is_nan()
    ):
        value = None  # a missing value (an empty cell of a pandas row), as None is
    text = _coerce_text(_to_paise(value) if money else value)
    if money and not isinstance(value, bool):
        # a plain amount, signed or not (a string from a CSV or an API too: "-1,200.50"), is
        # read as rupees; not "inf" or "1e+25", which "₹" would make one rupee and letters
        stripped = text.strip()
        sign = 1 if stripped[:1] in ("-", "−") else 0
        if stripped[sign:].replace(",", "").replace(".", "", 1).isdigit():
            text = ("-₹" if sign else "₹") + stripped[sign:]
    before = f"{context}: " if isinstance(context, str) and context else ""
    keep = digit_terms(keep_terms, ignore_case=True)
    return _normalizer(lang, options or DEFAULT_OPTIONS)(text, before, keep=keep)


def _to_paise(value: Any) -> Any:
    """A finite float or Decimal rounded half up to two decimals (an int when the paise are
    zero); anything else, and a float too big for plain notation (1e21 or more, which stays
    in exponent form as :func:`_coerce_text` writes it), unchanged. A float is rounded as
    written (``2.675`` -> 2.68), not as its binary value."""
    if isinstance(value, float):
        if not math.isfinite(value) or abs(value) >= 1e21:
            return value
        amount = Decimal(repr(value))
    elif isinstance(value, Decimal):
        if not value.is_finite() or abs(value.adjusted()) > 400:
            return value
        amount = value
    else:
        return value
    with localcontext() as ctx:
        ctx.prec = max(28, amount.adjusted() + 4)  # enough digits for any kept amount
        paise = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if paise == paise.to_integral_value():
        return int(paise)
    return paise


def spell_out_context(
    values: Mapping[str, Any],
    lang: str = "hi",
    *,
    money_keys: Collection[str] = (),
    options: NormalizerOptions | None = None,
) -> dict[str, str]:
    """Every value of ``values`` spelled out, each read in the context of its key (an
    "Account Number" digit by digit, a "Loan Amount" as a number); keys in ``money_keys``
    are read as rupees."""
    return {
        key: spell_out_value(
            value, lang, money=key in money_keys, options=options, context=str(key)
        )
        for key, value in values.items()
    }


def format_context_lines(
    values: Mapping[str, Any],
    lang: str = "hi",
    *,
    money_keys: Collection[str] = (),
    options: NormalizerOptions | None = None,
) -> str:
    """``"Key: value"`` lines, values spelled out — ready to paste into a prompt."""
    spelled = spell_out_context(values, lang, money_keys=money_keys, options=options)
    return "\n".join(f"{key}: {value}" for key, value in spelled.items())


__all__ = ["format_context_lines", "spell_out_context", "spell_out_value"]
