"""Public API: top-level export, options, language detection, prompt helper, CLI."""

from __future__ import annotations

import io
import subprocess
import sys
from decimal import Decimal

import pytest

import pipecat_rt_best
from pipecat_rt_best.cli import main
from pipecat_rt_best.indic_numbers import (
    NormalizerOptions,
    NumberNormalizer,
    detect_language,
    format_context_lines,
    normalize_numbers,
    spell_out_context,
    spell_out_value,
)
from pipecat_rt_best.indic_numbers.normalizer import digit_terms


def test_top_level_export() -> None:
    assert pipecat_rt_best.normalize_numbers is normalize_numbers
    assert "normalize_numbers" in pipecat_rt_best.__all__


def test_pure_normalizer_does_not_import_pipecat() -> None:
    code = (
        "import sys, pipecat_rt_best as p; p.normalize_numbers('₹5');"
        "print(any(m == 'pipecat' or m.startswith('pipecat.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("options", "text", "expected"),
    [
        (NormalizerOptions(rupee_plural="रुपए"), "₹500", "पाँच सौ रुपए"),
        (NormalizerOptions(rupee_plural="रुपए"), "₹1", "एक रुपया"),
        (NormalizerOptions(nineties="नबे"), "95", "पचानबे"),
        (NormalizerOptions(nineties="नबे"), "199", "एक सौ निन्यानबे"),
        (NormalizerOptions(minus="ऋण"), "-5", "ऋण पाँच"),
        (NormalizerOptions(percent="परसेंट"), "5%", "पाँच परसेंट"),
        (NormalizerOptions(zero="ज़ीरो"), "OTP 1024", "OTP एक ज़ीरो दो चार"),
        (NormalizerOptions(use_arab=False), "1500000000", "एक सौ पचास करोड़"),
        (NormalizerOptions(group_separator=" "), "+91 98765 43210", "प्लस नौ एक नौ आठ सात छह पाँच चार तीन दो एक शून्य"),
    ],
)  # fmt: skip
def test_options(options: NormalizerOptions, text: str, expected: str) -> None:
    assert normalize_numbers(text, "hi", options) == expected


@pytest.mark.parametrize(
    ("options", "message"),
    [
        # accepted and ignored: 99 was read निन्यानवे with nineties="x"
        ({"nineties": "x"}, "nineties must be 'नवे' or 'नबे', got 'x'"),
        ({"nineties": "nabe"}, "nineties must be 'नवे' or 'नबे', got 'nabe'"),
        ({"rupee_plural": "rupees"}, "rupee_plural must be None, 'रुपये' or 'रुपए', got 'rupees'"),
        ({"fraction_style": "bye"}, "fraction_style must be 'idiomatic' or 'by', got 'bye'"),
        ({"use_arab": "yes"}, "use_arab must be None, True or False, got 'yes'"),
        ({"use_arab": 1}, "use_arab must be None, True or False, got 1"),
        ({"traditional_scale": "False"}, "traditional_scale must be True or False, got 'False'"),
        ({"clock_fractions": None}, "clock_fractions must be True or False, got None"),
        ({"minus": 0}, "minus must be a word (a string) or None, got 0"),
        ({"group_separator": None}, "group_separator must be a string, got None"),
        ({"spellings": "अट्ठासी"}, "spellings must be (0-99, word) pairs, got 'अट्ठासी'"),
    ],
)
def test_an_option_value_outside_its_choices_is_refused(
    options: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError) as info:
        NormalizerOptions(**options)  # type: ignore[arg-type]
    assert str(info.value) == message


def test_every_listed_choice_is_accepted() -> None:
    for nineties in ("नवे", "नबे"):
        for rupee_plural in (None, "रुपये", "रुपए"):
            for use_arab in (None, True, False):
                NormalizerOptions(nineties=nineties, rupee_plural=rupee_plural, use_arab=use_arab)
    # spellings as JSON gives them: lists, kept as tuples (the options are hashed)
    options = NormalizerOptions(spellings=[[88, "अट्ठासी"]])  # type: ignore[arg-type]
    assert options.spellings == ((88, "अट्ठासी"),)
    assert normalize_numbers("88", "hi", options) == "अट्ठासी"


def test_default_spellings() -> None:
    assert normalize_numbers("₹500") == "पाँच सौ रुपये"
    assert normalize_numbers("91") == "इक्यानवे"
    assert normalize_numbers("-1") == "माइनस एक"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("आपका OTP ४५६७ है", "hi"),
        ("तुमचे खाते 5000 रुपये आहे", "mr"),
        ("তোমার ₹500", "bn"),
        ("તમારું ₹500", "gu"),
        ("ਤੁਹਾਡਾ ₹500", "pa"),
        ("உங்கள் ₹500", "ta"),
        ("మీ ₹500", "te"),
        ("ನಿಮ್ಮ ₹500", "kn"),
        ("നിങ്ങളുടെ ₹500", "ml"),
        ("ଆପଣଙ୍କ ₹500", "or"),
        ("Pay ₹500", "en-IN"),
        ("₹500", "hi"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "prefer", "lang"),
    [
        ("कृपया ₹500 भरा", "mr", "mr"),  # Devanagari: the conversation's Hindi or Marathi
        ("तुमचे खाते 5000 रुपये आहे", "hi", "mr"),  # two Marathi words, no Hindi one
        ("तुमच्या खात्यात ₹500 जमा झाले आहेत.", "hi", "mr"),  # a Marathi reply in a Hindi call
        ("आपके खाते में ₹500 जमा हो गए हैं।", "mr", "hi"),  # and a Hindi one in a Marathi call
        ("कृपया ₹500 जमा करावे", "hi", "hi"),  # one marker: the conversation's language
        ("आपके खाते में ₹500 जमा झाले आहेत", "hi", "hi"),  # words of both: the conversation's
        ("आहे ना, ₹500", "hi", "hi"),  # one marker only
        ("तुमचे खाते 5000 रुपये आहे", "en-IN", "mr"),  # neither: the Marathi markers decide
        ("Pay ₹500", "mr", "en-IN"),  # another script: its own language
        ("உங்கள் ₹500", "hi", "ta"),
        ("₹500", "mr", "hi"),  # no letters: the default, not prefer
    ],
)
def test_detect_language_prefers_the_conversations_language_only_for_devanagari(
    text: str, prefer: str, lang: str
) -> None:
    assert detect_language(text, prefer=prefer) == lang


def test_auto_uses_the_detected_language() -> None:
    assert normalize_numbers("Pay ₹500", "auto") == "Pay five hundred rupees"
    assert normalize_numbers("உங்கள் ₹500", "auto") == "உங்கள் ஐநூறு ரூபாய்"
    assert normalize_numbers("आपका ₹500", "auto") == "आपका पाँच सौ रुपये"


@pytest.mark.parametrize("alias", ["hi-IN", "HI", "hi_IN", " hi "])
def test_language_aliases(alias: str) -> None:
    assert normalize_numbers("5", alias) == "पाँच"


@pytest.mark.parametrize(
    ("lang", "code"),
    [("en", "en-IN"), ("en-IN", "en-IN"), ("EN_in", "en-IN"), ("en-Latn-IN", "en-IN"),
     ("Hindi", "hi"), ("ta-IN", "ta"), ("pa-Guru-IN", "pa")],
)  # fmt: skip
def test_india_and_no_region_are_read_the_indian_way(lang: str, code: str) -> None:
    from pipecat_rt_best.indic_numbers import NumberNormalizer

    assert NumberNormalizer(lang).lang == code


@pytest.mark.parametrize(
    ("lang", "use"),
    [("en-US", "'en-IN' (or 'en')"), ("en-GB", "'en-IN' (or 'en')"), ("en_AU", "'en-IN' (or 'en')"),
     ("bn-BD", "'bn' (or 'bn-IN')"), ("ta-LK", "'ta' (or 'ta-IN')"), ("pa-Arab-PK", "'pa' (or 'pa-IN')")],
)  # fmt: skip
def test_another_region_is_refused_not_read_the_indian_way(lang: str, use: str) -> None:
    """'en-US' was read as en-IN: 05/11 as 5 November, 1200000 as twelve lakh."""
    from pipecat_rt_best.indic_numbers import NumberNormalizer, number_text_transform

    for make in (
        lambda: normalize_numbers("EMI on 05/11", lang),
        lambda: NumberNormalizer(lang),
        lambda: number_text_transform(lang),
        lambda: spell_out_value(1200000, lang),
    ):
        with pytest.raises(ValueError) as info:
            make()
        message = str(info.value)
        assert message.startswith(f"unsupported language {lang!r}: only India's usage is supported")
        assert f"; use {use}; choose one of hi, en-IN, " in message


@pytest.mark.parametrize("lang", ["english", "English"])
def test_english_without_saying_which_is_refused(lang: str) -> None:
    with pytest.raises(ValueError) as info:
        normalize_numbers("EMI on 05/11", lang)
    assert str(info.value).startswith(
        f"unsupported language {lang!r}: it does not say which English, and only India's usage "
        "is supported (day-first dates, amounts in lakh and crore, rupees); for Indian English "
        "use 'en-IN' (or 'en'); choose one of hi, en-IN,"
    )


def test_a_prompt_file_in_another_english_says_what_to_write() -> None:
    from pipecat_rt_best.realtime_prompt.loader import PromptFileError, loads_prompt

    with pytest.raises(
        PromptFileError, match=r"^p\.yaml:1: language: unsupported language 'en-US'"
    ):
        loads_prompt("language: en-US\n", source="p.yaml")


def test_prompt_helper() -> None:
    values = {
        "Approved Loan Amount": 4500,
        "EMI": "₹1,250.50",
        "Tenure": "36 months",
        "Name": "Ravi",
    }
    spelled = spell_out_context(values, "hi", money_keys={"Approved Loan Amount"})
    assert spelled == {
        "Approved Loan Amount": "चार हज़ार पाँच सौ रुपये",
        "EMI": "एक हज़ार दो सौ पचास रुपये पचास पैसे",
        "Tenure": "छत्तीस months",
        "Name": "Ravi",
    }
    assert spell_out_value(4500, "hi") == "चार हज़ार पाँच सौ"
    assert spell_out_value(-250, "en-IN", money=True) == "minus two hundred fifty rupees"
    assert spell_out_value("12.5", "en-IN", money=True) == "twelve rupees and fifty paise"
    assert spell_out_value(None) == ""
    lines = format_context_lines({"Approved Loan Amount": 4500, "Due": "05/04/2025"}, "hi")
    assert lines == "Approved Loan Amount: चार हज़ार पाँच सौ\nDue: पाँच अप्रैल दो हज़ार पच्चीस"


def test_a_computed_money_amount_is_read_as_rupees_and_paise() -> None:
    # an amount computed in Python (12500 * 1.1 is 13750.000000000002) is rounded to paise,
    # not read as "... दशमलव शून्य शून्य ... दो रुपये"; whole rupees read without decimals
    assert spell_out_value(12500 * 1.1, "hi", money=True) == "तेरह हज़ार सात सौ पचास रुपये"
    assert spell_out_value(100000 * 0.0875 / 12, "hi", money=True) == ("सात सौ उनतीस रुपये सत्रह पैसे")
    assert spell_out_value(2.675, "en-IN", money=True) == "two rupees and sixty-eight paise"
    assert spell_out_value(Decimal("1.005"), "en-IN", money=True) == "one rupee and one paisa"
    assert spell_out_value(Decimal("12500.00"), "en-IN", money=True) == (
        "twelve thousand five hundred rupees"
    )
    assert spell_out_value(-3.456, "en-IN", money=True) == (
        "minus three rupees and forty-six paise"
    )
    spelled = spell_out_context({"Due": 12500 * 1.1}, "hi", money_keys={"Due"})
    assert spelled == {"Due": "तेरह हज़ार सात सौ पचास रुपये"}
    # not money: the value is read as given
    assert "दशमलव" in spell_out_value(729.1666, "hi")


def test_context_values_are_read_by_their_key() -> None:
    # an account number, a phone or an ID in a prompt is read digit by digit, like in text
    spelled = spell_out_context(
        {
            "Account Number": 1234567890,
            "Customer ID": 99812345,
            "मोबाइल नंबर": "9876543210",
            "Loan Amount": 1234567890,
        },
        "hi",
    )
    assert spelled["Account Number"] == "एक दो तीन चार पाँच, छह सात आठ नौ शून्य"
    assert spelled["Customer ID"] == "नौ नौ आठ एक, दो तीन चार पाँच"
    assert spelled["मोबाइल नंबर"] == "नौ आठ सात छह पाँच, चार तीन दो एक शून्य"
    assert spelled["Loan Amount"].startswith("एक अरब तेईस करोड़")
    assert spell_out_value(1234567890, "en-IN", context="Account Number") == (
        "one two three four five, six seven eight nine zero"
    )
    assert spell_out_value(42, "hi", context=None) == "बयालीस"  # type: ignore[arg-type]


def test_cli_argument(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalize", "आपकी EMI ₹12,500 है"]) == 0
    assert capsys.readouterr().out == "आपकी EMI बारह हज़ार पाँच सौ रुपये है\n"


def test_cli_stdin_and_options(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Pay ₹10.50\nno digits\n"))
    assert main(["normalize", "--lang", "en-IN"]) == 0
    assert capsys.readouterr().out == "Pay ten rupees and fifty paise\nno digits\n"
    assert main(["normalize", "--minus", "ऋण", "--nineties", "नबे", "-95"]) == 0
    assert capsys.readouterr().out == "ऋण पचानबे\n"


def test_cli_round2_options(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["normalize", "--fraction-style", "by", "--traditional-scale", "--variant-spellings"]
    assert main([*args, "--clock-fractions", "3/4 और 88 और 100000000000, 10:30"]) == 0
    assert capsys.readouterr().out == "तीन बटा चार और अठासी और एक खरब, साढ़े दस बजे\n"
    assert main(["normalize", "3/4 और 88 और 100000000000"]) == 0
    assert capsys.readouterr().out == "तीन चौथाई और अट्ठासी और दस हज़ार करोड़\n"


def test_cli_rejects_unknown_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["normalize", "--lang", "xx", "5"])


def test_a_full_stop_after_a_month_name_is_kept() -> None:
    # the voice needs the sentence end; an abbreviation's dot before a year is not one
    assert normalize_numbers("Due on 5 May. Then", "en-IN") == "Due on fifth May. Then"
    assert normalize_numbers("on 5 Jan. Then", "en-IN") == "on fifth January. Then"
    assert normalize_numbers("on 5 Jan. 2024 we", "en-IN").startswith("on fifth January twenty")


def test_the_variant_spellings_come_from_where_the_readme_names_them() -> None:
    # a review (session 26): the README names HI_VARIANT_SPELLINGS beside NormalizerOptions,
    # which is imported from pipecat_rt_best.indic_numbers; it was only in .languages
    from pipecat_rt_best.indic_numbers import HI_VARIANT_SPELLINGS, NormalizerOptions
    from pipecat_rt_best.indic_numbers.normalizer import NumberNormalizer

    variant = NumberNormalizer("hi", NormalizerOptions(spellings=HI_VARIANT_SPELLINGS))
    assert variant("88 लोग") != NumberNormalizer("hi")("88 लोग")


def test_a_zero_padded_duration_takes_no_am() -> None:
    # a review (session 26): "05:00 minutes" was read "five AM minutes" once zero-padded
    # hours became 24-hour times; a unit after it says it is no clock time
    from pipecat_rt_best import normalize_numbers

    assert "AM" not in normalize_numbers("Please wait 05:00 minutes and try again.", "en-IN")
    assert "AM" not in normalize_numbers("The video is 02:30 mins long.", "en-IN")
    assert "AM" not in normalize_numbers("The video is 02:15 long.", "en-IN")
    assert "AM" not in normalize_numbers("Come in the evening at 04:30.", "en-IN")


def test_kept_terms_with_digits_stay_as_written_and_the_rest_is_read_in_context() -> None:
    # a lexicon term such as "24x7" or "80C" was spelled out before the lexicon could find it
    keep = digit_terms(["24x7", "80C", "EMI", "Rs"], ignore_case=True)
    read = NumberNormalizer("hi")
    text = "खाता नंबर 90012345 है, 80c के तहत छूट, हेल्पलाइन 24X7 है, शुल्क Rs 500."
    assert read(text, keep=keep) == (
        "खाता नंबर नौ शून्य शून्य एक, दो तीन चार पाँच है, 80c के तहत छूट, हेल्पलाइन 24X7 है, शुल्क पाँच सौ रुपये."
    )
    assert read("धारा 80C", keep=keep) == "धारा 80C"
    assert digit_terms(["EMI", "Rs"], ignore_case=True) is None  # no term holds a digit
    assert spell_out_value("24x7 हेल्पलाइन", "hi", keep_terms=["24x7"]) == "24x7 हेल्पलाइन"
