"""Properties: never raises, number-free text unchanged, cardinals round-trip."""

from __future__ import annotations

import math
import re
from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from pipecat_rt_best import normalize_numbers
from pipecat_rt_best.indic_numbers import NumberNormalizer, number_to_words
from pipecat_rt_best.indic_numbers.languages import EN_UNITS, HI_UNITS

ALL_LANGS = ("hi", "en-IN", "mr", "bn", "gu", "pa", "ta", "te", "kn", "ml", "or", "auto")
_ANY_DIGIT = re.compile(r"\d")

# text built from the pieces numbers hide in
_PIECES = st.sampled_from(
    [
        *"0123456789०१२३४५६७८९௧౨೩൪ ,.:/-−–+%₹",
        "Rs.", "INR", "रु", "रुपये", "लाख", "करोड़", "हज़ार", "st", "वां", "वीं", "बजे",
        "AM", "pm", "सन्", "OTP", "नंबर", "पर कॉल", "km", "°C", "अगस्त", "Aug", "/-", "k",
        "\u200c", "\u093c", "\n", "।", "x", "हिंदी",
        # round 2: foreign money, fractions, measures, exponents, phones
        "$", "US$", "€", "£", "¥", "₩", "USD", "AED", " SGD", "/", "1/2", " 3/4", "²", "³",
        "sq ft", "cu m", "p.a.", "e", "E+", "e-", "तारीख", "को", "9876543210", "0",
    ]
)  # fmt: skip
numberish = st.lists(_PIECES, max_size=25).map("".join)


@pytest.mark.parametrize("lang", ALL_LANGS)
@settings(max_examples=150, deadline=None)
@given(text=st.one_of(st.text(max_size=80), numberish))
def test_any_text_gives_a_string(lang: str, text: str) -> None:
    out = normalize_numbers(text, lang)
    assert isinstance(out, str)


@settings(max_examples=200, deadline=None)
@given(text=numberish)
def test_digit_text_loses_every_ascii_and_native_digit_in_hindi(text: str) -> None:
    out = normalize_numbers(text, "hi")
    assert not _ANY_DIGIT.search(out), (text, out)


_SYMBOLS = "$€£¥₩"


@pytest.mark.parametrize("lang", ["hi", "en-IN", "ta", "bn", "mr"])
@settings(max_examples=100, deadline=None)
@given(
    amounts=st.lists(
        st.tuples(
            st.sampled_from(["$", "US$", "€", "£", "¥", "₩", "-$", "S$"]),
            st.sampled_from(["", " "]),
            st.one_of(
                st.integers(0, 10**15).map(str),
                st.decimals(0, 10**6, places=2).map(str),
                st.integers(0, 10**9).map(lambda n: f"{n:,}"),
            ),
            st.sampled_from(["", " million", "-5", " लाख", "/-"]),
        ),
        min_size=1,
        max_size=4,
    ),
    joiner=st.sampled_from([" और ", ", ", " to ", " "]),
)
def test_a_currency_symbol_that_was_read_is_gone(
    lang: str, amounts: list[tuple[str, str, str, str]], joiner: str
) -> None:
    text = joiner.join("".join(parts) for parts in amounts)
    out = normalize_numbers(text, lang)
    assert not _ANY_DIGIT.search(out), (text, out)
    assert not any(symbol in out for symbol in _SYMBOLS), (text, out)


_HUGE_INTS = st.builds(lambda power, n: n * 10**power, st.integers(0, 6000), st.integers(-99, 99))


@settings(max_examples=60, deadline=None)
@given(
    value=st.one_of(
        _HUGE_INTS,
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        st.decimals(allow_nan=True, allow_infinity=True),
        st.text(alphabet="0123456789.,eE+-/ $€", max_size=60),
    ),
    lang=st.sampled_from(ALL_LANGS),
)
def test_any_number_value_gives_a_string_without_digits(value: object, lang: str) -> None:
    out = normalize_numbers(value, lang)
    assert isinstance(out, str)
    finite = (
        value.is_finite()
        if isinstance(value, Decimal)
        else not isinstance(value, float) or math.isfinite(value)
    )
    if finite:  # "nan", "inf" stay as they are
        assert not _ANY_DIGIT.search(out), (value, out)


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(
        # ½ ¼ ¾ are numbers to read (category No), the other No characters (², ³) are not
        alphabet=st.characters(blacklist_categories=("Nd",), blacklist_characters="½¼¾"),
        max_size=200,
    )
)
def test_text_without_digits_is_byte_identical(text: str) -> None:
    for lang in ("hi", "en-IN", "ta", "auto"):
        out = normalize_numbers(text, lang)
        assert out is text  # the very same object: not a byte touched


@pytest.mark.parametrize(
    "value",
    [None, "", 0, -0.0, 1e20, 1.5e-7, float("nan"), float("inf"), -float("inf"), True,
     Decimal("12.50"), Decimal("NaN"), b"\xff\xfe 12", bytearray(b"5"), object(), [1, 2],
     "9" * 100, "1" * 5000, "₹" + "9" * 60, "1," * 300, "-" * 50 + "5", "\x00 12 \udcff",
     "12" + "\u0301" * 20],
)  # fmt: skip
def test_garbage_never_raises(value: object) -> None:
    for lang in ALL_LANGS:
        assert isinstance(normalize_numbers(value, lang), str)


def test_none_and_specials() -> None:
    assert normalize_numbers(None) == ""
    assert normalize_numbers(float("nan")) == "nan"
    assert normalize_numbers(1e20, "en-IN") == " ".join(["one"] + ["zero"] * 20)
    assert normalize_numbers(4500) == "चार हज़ार पाँच सौ"
    assert normalize_numbers(2.5) == "दो दशमलव पाँच"


def test_unsupported_language_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        normalize_numbers("5", "xx")
    with pytest.raises(ValueError):
        NumberNormalizer("fr")


# --- round trip: words back to the integer ----------------------------------------

_HI_VALUE = {w: n for n, w in enumerate(HI_UNITS)}
_EN_VALUE = {w: n for n, w in enumerate(EN_UNITS)}


def _parse(words: list[str], scales: dict[str, int], units: dict[str, int], top: str) -> int:
    """Inverse of the Indian-scale composer (अरब only at top level, crore recursive)."""
    if not words:
        return 0
    if top in words:  # अरब
        k = words.index(top)
        return _parse(words[:k], scales, units, top) * 10**9 + _parse(
            words[k + 1 :], scales, units, top
        )
    for scale in ("crore", "lakh", "thousand", "hundred"):
        word = scales[scale]
        if word in words:
            k = len(words) - 1 - words[::-1].index(word) if scale == "crore" else words.index(word)
            left = _parse(words[:k], scales, units, top)
            assert left > 0
            power = {"crore": 7, "lakh": 5, "thousand": 3, "hundred": 2}[scale]
            return left * 10**power + _parse(words[k + 1 :], scales, units, top)
    assert len(words) == 1, words
    return units[words[0]]


HI_SCALES = {"crore": "करोड़", "lakh": "लाख", "thousand": "हज़ार", "hundred": "सौ"}
EN_SCALES = {"crore": "crore", "lakh": "lakh", "thousand": "thousand", "hundred": "hundred"}


@settings(max_examples=400, deadline=None)
@given(n=st.one_of(st.integers(0, 10**20 - 1), st.integers(0, 10**9), st.integers(0, 10**5)))
def test_hindi_cardinals_round_trip(n: int) -> None:
    words = number_to_words(n, "hi")
    assert not _ANY_DIGIT.search(words)
    assert _parse(words.split(), HI_SCALES, _HI_VALUE, "अरब") == n


@settings(max_examples=400, deadline=None)
@given(n=st.integers(0, 10**20 - 1))
def test_english_cardinals_round_trip(n: int) -> None:
    words = number_to_words(n, "en-IN")
    assert _parse(words.split(), EN_SCALES, _EN_VALUE, "arab") == n


@settings(max_examples=200, deadline=None)
@given(n=st.integers(0, 10**20 - 1), lang=st.sampled_from(ALL_LANGS[2:-1]))
def test_other_languages_spell_every_integer(n: int, lang: str) -> None:
    words = number_to_words(n, lang)
    assert words and not _ANY_DIGIT.search(words)


def test_number_to_words_extremes() -> None:
    assert number_to_words(-45) == "माइनस पैंतालीस"
    assert number_to_words(10**20, "en-IN") == " ".join(["one"] + ["zero"] * 20)
    assert not math.isnan(float(len(number_to_words(10**19))))
