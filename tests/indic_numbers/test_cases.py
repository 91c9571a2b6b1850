"""The hand-written case tables: Hindi (≥ 300), Indian English, nine other languages."""

from __future__ import annotations

from collections import Counter

import pytest

from pipecat_rt_best import normalize_numbers
from tests.indic_numbers.case_tables import load_cases, nfc

HI = load_cases("cases_hi.txt")
EN = load_cases("cases_en_in.txt")
OTHER = load_cases("cases_other.txt", with_lang=True)

HI_CATEGORIES = {
    "cardinal", "cardinal_large", "indian_commas", "western_commas", "native_digits",
    "negative", "decimal", "money", "paise", "singular", "money_scale", "money_range",
    "percent", "phone", "otp", "account", "plus91", "tollfree", "date_numeric", "date_iso",
    "date_month", "time", "time_period", "ordinal", "year", "fy", "range", "unit", "mixed",
    "passthrough",
}  # fmt: skip
OTHER_LANGS = ("mr", "bn", "gu", "pa", "ta", "te", "kn", "ml", "or")
OTHER_REQUIRED = {"cardinal", "native_digits", "money", "digits"}


def test_table_sizes_and_coverage() -> None:
    assert len(HI) >= 300
    hi_cats = Counter(cat for _, cat, _, _ in HI)
    assert set(hi_cats) == HI_CATEGORIES, set(hi_cats) ^ HI_CATEGORIES
    assert min(hi_cats.values()) >= 3
    assert HI_CATEGORIES - {"passthrough"} <= {cat for _, cat, _, _ in EN} | {
        "cardinal_large", "native_digits", "negative", "mixed", "time_period",
    }  # fmt: skip
    for lang in OTHER_LANGS:
        rows = [r for r in OTHER if r[0] == lang]
        assert len(rows) >= 20, lang
        assert {cat for _, cat, _, _ in rows} >= OTHER_REQUIRED, lang
    assert len({inp for _, _, inp, _ in HI}) == len(HI), "duplicate Hindi inputs"


@pytest.mark.parametrize(("lang", "category", "text", "expected"), HI, ids=lambda v: str(v)[:40])
def test_hindi(lang: str, category: str, text: str, expected: str) -> None:
    assert nfc(normalize_numbers(text, "hi")) == nfc(expected)


@pytest.mark.parametrize(("lang", "category", "text", "expected"), EN, ids=lambda v: str(v)[:40])
def test_indian_english(lang: str, category: str, text: str, expected: str) -> None:
    assert nfc(normalize_numbers(text, "en-IN")) == nfc(expected)


@pytest.mark.parametrize(("lang", "category", "text", "expected"), OTHER, ids=lambda v: str(v)[:40])
def test_other_languages(lang: str, category: str, text: str, expected: str) -> None:
    assert nfc(normalize_numbers(text, lang)) == nfc(expected)
