"""Round 2 (issues 16 and 17): any number gives a string, the ambiguity rules, the options."""

from __future__ import annotations

import re
import time
import unicodedata
from decimal import Decimal

import pytest

from pipecat_rt_best.indic_numbers import (
    NormalizerOptions,
    NumberStream,
    format_context_lines,
    normalize_numbers,
    number_to_words,
    spell_out_value,
)
from pipecat_rt_best.indic_numbers.languages import HI_FEMININE_NOUNS, HI_VARIANT_SPELLINGS

_DIGIT = re.compile(r"\d")

# --- issue 16, item 7: any int / float / str gives a string ------------------------------


def test_an_integer_beyond_the_int_to_string_limit_is_read_digit_by_digit() -> None:
    big = 10**5000  # str(big) raises ValueError (Python's 4,300-digit limit)
    out = normalize_numbers(big)
    assert isinstance(out, str)
    words = out.split()
    assert len(words) == 5001 and words[0] == "एक" and set(words[1:]) == {"शून्य"}
    assert normalize_numbers(-big, "en-IN").startswith("minus one zero zero")
    assert number_to_words(big, "en-IN").split()[:2] == ["one", "zero"]


def test_prompt_helpers_take_an_integer_of_any_size() -> None:
    lines = format_context_lines({"Amount": 10**5000}, "hi")
    assert lines.startswith("Amount: एक शून्य शून्य") and not _DIGIT.search(lines)
    money = spell_out_value(10**5000, "en-IN", money=True)
    assert money.startswith("one zero") and money.endswith("rupees")


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (1e300, "hi", "एक गुणा दस की घात तीन सौ"),
        (1e300, "en-IN", "one times ten to the power three hundred"),
        (1.5e-7, "hi", "एक दशमलव पाँच गुणा दस की घात माइनस सात"),
        (-2.5e-10, "en-IN", "minus two point five times ten to the power minus ten"),
        ("6.02e23 अणु", "hi", "छह दशमलव शून्य दो गुणा दस की घात तेईस अणु"),
        (Decimal("1E+999999999"), "en-IN", "one times ten to the power ninety-nine crore ninety-nine lakh ninety-nine thousand nine hundred ninety-nine"),
    ],
)  # fmt: skip
def test_exponent_notation_is_a_number_times_ten_to_the_power(
    value: object, lang: str, expected: str
) -> None:
    assert normalize_numbers(value, lang) == expected


def test_exponent_in_a_language_without_the_words_is_written_out() -> None:
    out = normalize_numbers(1e30, "ta")
    assert out.split()[0] == "ஒன்று" and len(out.split()) == 31 and "e" not in out


def test_a_bare_1e5_stays_a_code() -> None:
    assert normalize_numbers("code 1e5", "en-IN") == "code one e five"


@pytest.mark.parametrize(
    "value",
    [10**5000, -(10**4400), 1e308, -1e-308, 5e-324, Decimal("1E+999999999"),
     Decimal("-1E-999999999"), "1" * 20000, "9" * 4301 + "e+9999", float("inf")],
    ids=lambda value: type(value).__name__,  # repr() of a 5,000-digit int raises
)  # fmt: skip
def test_huge_and_tiny_values_return_promptly(value: object) -> None:
    for lang in ("hi", "en-IN", "ta", "auto"):
        started = time.perf_counter()
        out = normalize_numbers(value, lang)
        assert isinstance(out, str) and not _DIGIT.search(out)
        assert time.perf_counter() - started < 5  # generous: a hang, not a timing test


# --- issue 17: the ambiguity rules of the module docstring ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a/b: a date with a zero, a date word, or a >= b; else a fraction
        ("15/08", "पंद्रह अगस्त"),
        ("3/4", "तीन चौथाई"),
        ("4/6", "चार बटा छह"),
        ("तारीख 4/6", "तारीख चार जून"),
        ("4/6 को", "चार जून को"),
        ("3/4 से ज़्यादा", "तीन चौथाई से ज़्यादा"),  # से is "than" as often as "from"
        ("31/02", "इकतीस बटा दो"),  # no such day: a fraction
        ("10/3", "दस मार्च"),
        ("24/7", "चौबीस बाई सात"),
        # a-b: a date with a zero or a date word before; a > b only with a date word after
        ("06-05", "छह मई"),
        ("2-3 दिन", "दो से तीन दिन"),
        ("20-10 से पहले", "बीस अक्टूबर से पहले"),
        ("5-10 तक", "पाँच से दस तक"),
        # a.b: dd.mm with a zero in the day or a date word; else a decimal
        ("01.07", "एक जुलाई"),
        ("15.08", "पंद्रह दशमलव शून्य आठ"),
        ("15.08 तक", "पंद्रह अगस्त तक"),
        ("1.05 किलो", "एक दशमलव शून्य पाँच किलो"),
    ],
)
def test_date_fraction_range_rules(text: str, expected: str) -> None:
    assert normalize_numbers(text, "hi") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9876543210", "नौ आठ सात छह पाँच, चार तीन दो एक शून्य"),
        ("5876543210", "पाँच अरब सत्तासी करोड़ पैंसठ लाख तैंतालीस हज़ार दो सौ दस"),  # not 6–9
        ("बकाया 9876543210", "बकाया नौ अरब सत्तासी करोड़ पैंसठ लाख तैंतालीस हज़ार दो सौ दस"),
        ("प्रीमियम राशि 9876543210", "प्रीमियम राशि नौ अरब सत्तासी करोड़ पैंसठ लाख तैंतालीस हज़ार दो सौ दस"),
        ("9000000000", "नौ अरब"),  # five zeros or more at the end
        ("9876543210 लोग", "नौ अरब सत्तासी करोड़ पैंसठ लाख तैंतालीस हज़ार दो सौ दस लोग"),
        ("9,876,543,210", "नौ अरब सत्तासी करोड़ पैंसठ लाख तैंतालीस हज़ार दो सौ दस"),
        ("₹9876543210", "नौ अरब सत्तासी करोड़ पैंसठ लाख तैंतालीस हज़ार दो सौ दस रुपये"),
        ("09876543210", "शून्य, नौ आठ सात छह पाँच, चार तीन दो एक शून्य"),
        ("02212345678", "शून्य दो दो, एक दो तीन चार, पाँच छह सात आठ"),
        ("919876543210", "नौ एक, नौ आठ सात छह पाँच, चार तीन दो एक शून्य"),
    ],
)  # fmt: skip
def test_what_stays_a_cardinal_and_what_is_a_phone(text: str, expected: str) -> None:
    assert normalize_numbers(text, "hi") == expected


def test_foreign_money_symbols_and_codes() -> None:
    assert normalize_numbers("-$20", "en-IN") == "minus twenty dollars"
    assert normalize_numbers("USD100", "en-IN") == "one hundred US dollars"
    assert normalize_numbers("$10.555", "en-IN") == "ten point five five five dollars"
    assert normalize_numbers("5-10 EUR", "hi") == "पाँच से दस यूरो"
    assert normalize_numbers("S$ 75", "mr") == "पंचाहत्तर SGD"  # no Marathi name: the code
    assert normalize_numbers("¥100.50", "hi") == "एक सौ दशमलव पाँच शून्य येन"  # no subunit
    assert normalize_numbers("US dollars 5", "en-IN") == "US dollars five"  # no sign: a number


def test_streamed_foreign_money_matches_the_whole_text() -> None:
    text = "Fee: USD 1,200 and $ 10.50 by 05/11, 2 1/2 years. "
    for chunk in (1, 2, 5):
        stream = NumberStream("en-IN")
        pieces = [stream.push(text[i : i + chunk]) for i in range(0, len(text), chunk)]
        assert "".join(pieces) + stream.flush() == normalize_numbers(text, "en-IN")


# --- options -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "lang", "text", "expected"),
    [
        (NormalizerOptions(fraction_style="by"), "hi", "3/4", "तीन बटा चार"),
        (NormalizerOptions(fraction_style="by"), "hi", "2 1/2", "दो सही एक बटा दो"),
        (NormalizerOptions(fraction_style="by"), "en-IN", "3/4", "three by four"),
        (NormalizerOptions(fraction_style="by"), "en-IN", "2 1/2", "two and one by two"),
        (NormalizerOptions(traditional_scale=True), "hi", "100000000000", "एक खरब"),
        (NormalizerOptions(traditional_scale=True), "hi", "₹1,00,00,00,00,00,000", "एक नील रुपये"),
        (NormalizerOptions(traditional_scale=True), "hi", "123456789012345678", "एक शंख तेईस पद्म पैंतालीस नील सड़सठ खरब नवासी अरब एक करोड़ तेईस लाख पैंतालीस हज़ार छह सौ अठहत्तर"),
        (NormalizerOptions(traditional_scale=True), "hi", "1500", "एक हज़ार पाँच सौ"),
        (NormalizerOptions(traditional_scale=True), "en-IN", "100000000000", "ten thousand crore"),
        (NormalizerOptions(spellings=HI_VARIANT_SPELLINGS), "hi", "88", "अठासी"),
        (NormalizerOptions(spellings=HI_VARIANT_SPELLINGS), "hi", "5318", "पाँच हज़ार तीन सौ अट्ठारह"),
        (NormalizerOptions(spellings=((53, "तिरेपन"),), nineties="नबे"), "hi", "53 99", "तिरेपन निन्यानबे"),
        (NormalizerOptions(clock_fractions=True), "hi", "10:30 बजे", "साढ़े दस बजे"),
        (NormalizerOptions(clock_fractions=True), "hi", "शाम 6:30", "शाम साढ़े छह बजे"),
        (NormalizerOptions(clock_fractions=True), "hi", "1:30 PM", "दोपहर डेढ़ बजे"),
        (NormalizerOptions(clock_fractions=True), "hi", "2:30", "ढाई बजे"),
        (NormalizerOptions(clock_fractions=True), "hi", "4:15", "सवा चार बजे"),
        (NormalizerOptions(clock_fractions=True), "hi", "12:45 PM", "दोपहर पौने एक बजे"),
        (NormalizerOptions(clock_fractions=True), "hi", "10:20", "दस बजकर बीस मिनट"),
        (NormalizerOptions(clock_fractions=True), "en-IN", "9:30", "nine thirty"),
    ],
)  # fmt: skip
def test_round2_options(options: NormalizerOptions, lang: str, text: str, expected: str) -> None:
    assert normalize_numbers(text, lang, options) == expected


def test_default_reading_is_unchanged_by_the_new_options() -> None:
    assert normalize_numbers("100000000000, 88, 3/4") == "दस हज़ार करोड़, अट्ठासी, तीन चौथाई"


@pytest.mark.parametrize(
    "kwargs",
    [{"fraction_style": "words"}, {"spellings": ((100, "सौ"),)}, {"spellings": ((5, ""),)},
     {"spellings": (("5", "पाँच"),)}],
)  # fmt: skip
def test_bad_options_are_a_clear_error(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        NormalizerOptions(**kwargs)  # type: ignore[arg-type]


# --- round 2, second pass: Hindi आधा/आधी, fraction characters, fractions everywhere ---------


@pytest.mark.parametrize("noun", sorted(HI_FEMININE_NOUNS))
def test_half_agrees_with_every_listed_feminine_noun_with_or_without_nukta(noun: str) -> None:
    for form in {noun, unicodedata.normalize("NFD", noun)}:
        assert normalize_numbers(f"1/2 {form} बाकी", "hi") == f"आधी {form} बाकी"
        assert normalize_numbers(f"½ {form}", "hi") == f"आधी {form}"


def test_half_stays_masculine_before_a_word_that_only_starts_like_a_feminine_noun() -> None:
    assert normalize_numbers("1/2 दरवाज़ा", "hi") == "आधा दरवाज़ा"  # दर (rate) is feminine
    assert normalize_numbers("1/2 आयोग", "hi") == "आधा आयोग"  # आय (income) is feminine


def test_the_by_style_reads_a_half_without_agreement() -> None:
    by = NormalizerOptions(fraction_style="by")
    assert normalize_numbers("1/2 राशि", "hi", by) == "एक बटा दो राशि"


@pytest.mark.parametrize(
    "lang", ["hi", "en-IN", "mr", "bn", "gu", "pa", "ta", "te", "kn", "ml", "or"]
)
def test_every_language_reads_fractions_and_fraction_characters(lang: str) -> None:
    for text in ("3/4", "5/8", "2 1/2", "7 3/8", "½", "2½", "¾ + ¼"):
        out = normalize_numbers(text, lang)
        assert not re.search(r"[0-9/½¼¾]", out), (lang, text, out)


def test_a_stream_reads_a_fraction_character_split_from_its_number_and_noun() -> None:
    stream = NumberStream("hi")
    out = stream.push("कुल 2") + stream.push("½ साल, ½") + stream.push(" राशि बाकी है। ")
    assert out + stream.flush() == "कुल ढाई साल, आधी राशि बाकी है। "


@pytest.mark.parametrize(
    ("text", "lang", "spoken"),
    [
        ("Your card *6620 was charged.", "en-IN", "six six two zero"),
        ("कार्ड *3971 से", "hi", "तीन नौ सात एक"),
        ("Pay *1500 now", "en-IN", "one thousand five hundred"),  # no card: no mask
        ("Dial *1234# now", "en-IN", "one thousand two hundred thirty-four"),  # a USSD code
    ],
)
def test_one_star_masks_digits_only_after_a_card_or_an_account(
    text: str, lang: str, spoken: str
) -> None:
    assert spoken in normalize_numbers(text, lang)
