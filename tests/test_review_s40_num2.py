"""Review (session 40, practice 5's API and pipecat side: the normalizer's public calls, the
stream before the TTS, the prompt helpers, the pipecat adapters). Each case failed on the
clone's HEAD (1d64e00)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from pipecat_rt_best import normalize_numbers
from pipecat_rt_best.indic_numbers import (
    NumberStream,
    number_text_transform,
    number_to_words,
    spell_out_value,
)


def _tokens(text: str) -> list[str]:
    """``text`` as an LLM streams it: each word with its leading space."""
    return re.findall(r"\s*\S+|\s+", text)


def _stream(lang: str, chunks: list[str]) -> str:
    stream = NumberStream(lang)
    return "".join(stream.push(c) for c in chunks) + stream.flush()


# -- 1. markup a TTS reads is spelled out inside its tags -------------------------------------
# Cartesia (pipecat's CartesiaTTSService.PAUSE_TAG / VOLUME_TAG / SPELL) and ElevenLabs take
# tags in the text; a text transform that adds them runs before number_text_transform, or the
# LLM is asked to write them.
# WRONG: '<break time="1.5s" />' came out '<break time="एक दशमलव पाँच s" />' (the tag is broken:
# the voice says it or drops the pause), '<volume ratio="1.2" />' likewise, and
# '<spell>4567</spell>' (read digit by digit by the voice) became a cardinal in words, which the
# voice then spelled letter by letter.
# EXPECTED: a tag, and what <spell> / <say-as> enclose, stay as written; the text around them
# is normalized as before.
_MARKUP = [
    ("hi", 'आपकी EMI ₹12,500 है। <break time="1.5s" /> कृपया 5 तारीख तक भरें।'),
    ("hi", '<volume ratio="1.2" />₹500 <speed ratio="0.9"/> आपका OTP <spell>4567</spell> है।'),
    ("en-IN", 'Your OTP is <say-as interpret-as="digits">4567</say-as>, valid 10 minutes.'),
    ("en-IN", '<break time="500ms"/>Pay ₹500 by 5 March.'),
]


@pytest.mark.parametrize(("lang", "text"), _MARKUP)
def test_markup_in_the_text_stays_as_written(lang: str, text: str) -> None:
    out = normalize_numbers(text, lang)
    for element in re.finditer(r"<(spell|say-as)\b[^<>]*>[^<]*</\1>|<[^<>]*>", text):
        assert element.group() in out, (element.group(), out)
    spoken = re.sub(r"<(spell|say-as)\b[^<>]*>[^<]*</\1>|<[^<>]*>", "", out)
    assert re.search(r"[0-9₹]", spoken) is None, out


@pytest.mark.parametrize(("lang", "text"), _MARKUP)
def test_markup_streamed_as_tokens_reads_as_the_whole_text(lang: str, text: str) -> None:
    assert _stream(lang, _tokens(text)) == normalize_numbers(text, lang)


async def test_text_transform_keeps_a_pause_tag() -> None:
    transform = number_text_transform("hi")
    out = await transform('कुल ₹500 है। <break time="1.5s" />', "sentence")
    assert out == 'कुल पाँच सौ रुपये है। <break time="1.5s" />'


# -- 2. a currency sign or word, or a mask, after an opening bracket or quote is not held -----
# "(Rs." / "(₹" / "[INR" / '"Rs' / "(XXXX" is one token with no digit: the stream emitted it
# before its amount came, so the amount was read without it.
# WRONG: "A processing fee (Rs. 500) will be charged." streamed as LLM tokens said
# "(Rs. five hundred)" (whole text: "(five hundred rupees)"); "फीस (₹ 500)" said "(₹ पाँच सौ)";
# "Card (XXXX XXXX 1234)" said the X's.
# EXPECTED: streamed as tokens, the same words as the whole text.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en-IN", "A processing fee (Rs. 500) will be charged."),
        ("hi", "प्रोसेसिंग फीस (Rs. 500) लगेगी।"),
        ("hi", "फीस (₹ 500) लगेगी।"),
        ("hi", "कुल (रु. 500) है।"),
        ("en-IN", "The fee [INR 2,500] applies."),
        ("en-IN", 'He said "Rs 500 only" twice.'),
        ("hi", "राशि “₹ 1,200” है।"),
        ("en-IN", "Pay (US$ 20) now."),
        ("en-IN", "Card (XXXX XXXX 1234) was used."),
    ],
)
def test_a_currency_after_an_opening_bracket_streams_as_the_whole_text(
    lang: str, text: str
) -> None:
    assert _stream(lang, _tokens(text)) == normalize_numbers(text, lang)


# -- 3. lang="auto" read a reply's numbers in a language that depended on how it was streamed ----
# The whole text was read in one language (any Indic letter anywhere won); a stream read each
# emitted piece in the language of the piece and the 64 characters before it. An English
# sentence before a Hindi one was read in Hindi whole, and streamed as LLM tokens (what
# IndicNumberNormalizer(lang="auto") sees) its amount in English and its date in Hindi.
# WRONG: whole "Your EMI of चार हज़ार पाँच सौ रुपये is due on पाँच मार्च. आपका …"; streamed
# "Your EMI of four thousand five hundred rupees is due on पाँच मार्च. आपका …".
# EXPECTED: each sentence in the language of its letters, as number_text_transform("auto")
# reads them; streamed or whole, the same.
_MIXED = [
    ("Your EMI of ₹4,500 is due on 5 March.", "आपका बैलेंस ₹12,500 है।"),
    ("आपका बैलेंस ₹12,500 है।", "Your OTP is 4567, valid for 10 minutes."),
    ("உங்கள் கடன் ₹12,500.", "Your EMI is ₹4,500 from 5 March."),
]


@pytest.mark.parametrize(("first", "second"), _MIXED)
def test_auto_reads_each_sentence_in_its_own_language_streamed_or_whole(
    first: str, second: str
) -> None:
    from pipecat_rt_best.indic_numbers import detect_language

    text = f"{first} {second}"
    expected = " ".join(normalize_numbers(s, detect_language(s)) for s in (first, second))
    assert normalize_numbers(text, "auto") == expected
    assert _stream("auto", _tokens(text)) == expected
    assert _stream("auto", list(text)) == expected


def test_auto_keeps_a_marathi_reply_marathi_in_its_sentences_without_a_marker() -> None:
    # the per-sentence reading must not lose Marathi where only one sentence has its marker
    text = "तुमचा हप्ता ₹4,500 आहे. पुढचा हप्ता 5 मार्च रोजी ₹2,500 भरा."
    assert normalize_numbers(text, "auto") == normalize_numbers(text, "mr")


# -- 4. a money key's amount written as a string with a minus sign lost its rupees -------------
# Context values from a CSV, a JSON API or a CRM are strings; spell_out_value(money=True) put
# "₹" only before an unsigned numeric string.
# WRONG: spell_out_value("-500", "hi", money=True) was "माइनस पाँच सौ" (the int -500 is
# "माइनस पाँच सौ रुपये"); "-1,200.50" was "minus one thousand two hundred point five zero".
# And a non-finite or exponent-form number got the sign glued on: -inf was "-₹inf", 1e25 was
# "एक रुपया e+पच्चीस" (one rupee, then "e+twenty-five").
# EXPECTED: a signed numeric string reads as the number does; "₹" only before plain digits.
def test_a_money_string_with_a_minus_sign_reads_as_the_number_does() -> None:
    assert spell_out_value("-500", "hi", money=True) == spell_out_value(-500, "hi", money=True)
    assert spell_out_value("-500", "hi", money=True) == "माइनस पाँच सौ रुपये"
    assert spell_out_value(" -1,200.50", "en-IN", money=True) == (
        "minus one thousand two hundred rupees and fifty paise"
    )
    assert spell_out_value("−75", "en-IN", money=True) == "minus seventy-five rupees"


@pytest.mark.parametrize("value", [float("-inf"), Decimal("-Infinity"), 1e25])
def test_money_never_glues_a_rupee_sign_onto_what_is_no_plain_amount(value: object) -> None:
    out = spell_out_value(value, "hi", money=True)
    assert "₹" not in out, out
    assert "रुपया" not in out, out  # "one rupee" read off the mantissa's first digit


# -- 5. number_to_words truncated a fraction silently ------------------------------------------
# WRONG: number_to_words(729.1666) was "सात सौ उनतीस" (729: the voice says a different amount),
# number_to_words(Decimal("12.5")) "बारह"; options={"nineties": "नबे"} (a dict) failed with
# "unhashable type: 'dict'" from a cache, where normalize_numbers says what to pass.
# EXPECTED: a ValueError for a value that is not a whole number (12.0 is fine), and the same
# TypeError as normalize_numbers for options that are not NormalizerOptions.
def test_number_to_words_refuses_a_fraction_instead_of_truncating_it() -> None:
    assert number_to_words(12.0, "hi") == "बारह"
    with pytest.raises(ValueError, match=r"729\.1666"):
        number_to_words(729.1666, "hi")
    with pytest.raises(ValueError, match=r"12\.5"):
        number_to_words(Decimal("12.5"), "en-IN")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="NormalizerOptions"):
        number_to_words(95, "hi", options={"nineties": "नबे"})  # type: ignore[arg-type]


# -- 6. a missing value written as NaN reached the prompt as "nan" ------------------------------
# A context row from pandas (a CRM export, a CSV) has float("nan") where a cell is empty.
# WRONG: format_context_lines({"Due": float("nan")}, money_keys={"Due"}) was "Due: nan" (the
# model may say "nan" to the caller); None, the other missing value, is "Due: ".
# EXPECTED: NaN (float or Decimal) is a missing value, as None is.
@pytest.mark.parametrize("missing", [float("nan"), Decimal("NaN"), Decimal("sNaN")])
def test_a_nan_context_value_is_missing_as_none_is(missing: object) -> None:
    from pipecat_rt_best.indic_numbers import format_context_lines

    for money in (False, True):
        assert spell_out_value(missing, "hi", money=money) == spell_out_value(None, "hi")
    lines = format_context_lines({"Name": "Ravi", "Due": missing}, "hi", money_keys={"Due"})
    assert lines == "Name: Ravi\nDue: "
