"""The hand-written case tables: Hindi (≥ 300), Indian English, nine other languages."""

from __future__ import annotations

from collections import Counter

import pytest

from pipecat_rt_best import normalize_numbers
from tests.indic_numbers.case_tables import load_cases, nfc

HI = load_cases("cases_hi.txt")
EN = load_cases("cases_en_in.txt")
OTHER = load_cases("cases_other.txt", with_lang=True)
HELD_OUT = load_cases("heldout_round2.txt", with_lang=True)
ROUND3 = load_cases("cases_round3.txt", with_lang=True)
HELD_OUT_4 = load_cases("heldout_round4.txt", with_lang=True)
HELD_OUT_5 = load_cases("heldout_round5.txt", with_lang=True)
HELD_OUT_6 = load_cases("heldout_round6.txt", with_lang=True)
HELD_OUT_7 = load_cases("heldout_round7.txt", with_lang=True)
HELD_OUT_8 = load_cases("heldout_round8.txt", with_lang=True)
HELD_OUT_9 = load_cases("heldout_round9.txt", with_lang=True)
HELD_OUT_10 = load_cases("heldout_round10.txt", with_lang=True)
HELD_OUT_11 = load_cases("heldout_round11.txt", with_lang=True)
HELD_OUT_12 = load_cases("heldout_round12.txt", with_lang=True)
HELD_OUT_13 = load_cases("heldout_round13.txt", with_lang=True)
HELD_OUT_14 = load_cases("heldout_round14.txt", with_lang=True)
HELD_OUT_15 = load_cases("heldout_round15.txt", with_lang=True)
HELD_OUT_16 = load_cases("heldout_round16.txt", with_lang=True)
HELD_OUT_17 = load_cases("heldout_round17.txt", with_lang=True)
HELD_OUT_18 = load_cases("heldout_round18.txt", with_lang=True)
HELD_OUT_19 = load_cases("heldout_round19.txt", with_lang=True)
HELD_OUT_20 = load_cases("heldout_round20.txt", with_lang=True)
HELD_OUT_21 = load_cases("heldout_round21.txt", with_lang=True)
HELD_OUT_22 = load_cases("heldout_round22.txt", with_lang=True)
HELD_OUT_23 = load_cases("heldout_round23.txt", with_lang=True)
HELD_OUT_24 = load_cases("heldout_round24.txt", with_lang=True)
HELD_OUT_25 = load_cases("heldout_round25.txt", with_lang=True)
HELD_OUT_26 = load_cases("heldout_round26.txt", with_lang=True)
HELD_OUT_27 = load_cases("heldout_round27.txt", with_lang=True)
HELD_OUT_28 = load_cases("heldout_round28.txt", with_lang=True)
HELD_OUT_29 = load_cases("heldout_round29.txt", with_lang=True)
HELD_OUT_30 = load_cases("heldout_round30.txt", with_lang=True)
HELD_OUT_31 = load_cases("heldout_round31.txt", with_lang=True)
HELD_OUT_32 = load_cases("heldout_round32.txt", with_lang=True)
HELD_OUT_33 = load_cases("heldout_round33.txt", with_lang=True)
HELD_OUT_34 = load_cases("heldout_round34.txt", with_lang=True)
HELD_OUT_35 = load_cases("heldout_round35.txt", with_lang=True)
HELD_OUT_36 = load_cases("heldout_round36.txt", with_lang=True)
HELD_OUT_37 = load_cases("heldout_round37.txt", with_lang=True)
HELD_OUT_38 = load_cases("heldout_round38.txt", with_lang=True)
HELD_OUT_39 = load_cases("heldout_round39.txt", with_lang=True)
HELD_OUT_40 = load_cases("heldout_round40.txt", with_lang=True)
HELD_OUT_41 = load_cases("heldout_round41.txt", with_lang=True)
HELD_OUT_42 = load_cases("heldout_round42.txt", with_lang=True)
HELD_OUT_43 = load_cases("heldout_round43.txt", with_lang=True)
HELD_OUT_44 = load_cases("heldout_round44.txt", with_lang=True)
HELD_OUT_45 = load_cases("heldout_round45.txt", with_lang=True)
HELD_OUT_46 = load_cases("heldout_round46.txt", with_lang=True)
HELD_OUT_47 = load_cases("heldout_round47.txt", with_lang=True)
HELD_OUT_48 = load_cases("heldout_round48.txt", with_lang=True)
HELD_OUT_49 = load_cases("heldout_round49.txt", with_lang=True)
HELD_OUT_50 = load_cases("heldout_round50.txt", with_lang=True)
HELD_OUT_51 = load_cases("heldout_round51.txt", with_lang=True)
HELD_OUT_52 = load_cases("heldout_round52.txt", with_lang=True)
HELD_OUT_53 = load_cases("heldout_round53.txt", with_lang=True)
HELD_OUT_54 = load_cases("heldout_round54.txt", with_lang=True)
HELD_OUT_55 = load_cases("heldout_round55.txt", with_lang=True)
HELD_OUT_56 = load_cases("heldout_round56.txt", with_lang=True)
HELD_OUT_57 = load_cases("heldout_round57.txt", with_lang=True)
HELD_OUT_58 = load_cases("heldout_round58.txt", with_lang=True)
HELD_OUT_59 = load_cases("heldout_round59.txt", with_lang=True)
HELD_OUT_60 = load_cases("heldout_round60.txt", with_lang=True)
HELD_OUT_61 = load_cases("heldout_round61.txt", with_lang=True)
HELD_OUT_62 = load_cases("heldout_round62.txt", with_lang=True)
HELD_OUT_63 = load_cases("heldout_round63.txt", with_lang=True)

HI_CATEGORIES = {
    "cardinal", "cardinal_large", "indian_commas", "western_commas", "native_digits",
    "negative", "decimal", "money", "paise", "singular", "money_scale", "money_range",
    "percent", "phone", "otp", "account", "plus91", "tollfree", "date_numeric", "date_iso",
    "date_month", "time", "time_period", "ordinal", "year", "fy", "range", "unit", "mixed",
    "passthrough",
    # round 2 (issue 17)
    "date_no_year", "fraction", "foreign_money", "measure", "phone_bare", "exponent",
    # round 3 (a review's fresh check)
    "identifier", "pin_code",
}  # fmt: skip
ROUND2 = {"date_no_year", "fraction", "foreign_money", "measure", "phone_bare"}
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
    # round 2: the other languages have dates without a year, fractions and foreign money
    other_round2 = {(lang, cat) for lang, cat, _, _ in OTHER if cat in ROUND2}
    for cat in ("date_no_year", "foreign_money"):
        assert len({lang for lang, c in other_round2 if c == cat}) >= 3, cat


def test_held_out_set_is_apart_from_the_tuning_set() -> None:
    """The held-out cases (written before the round-2 code) cover every round-2 form in
    hi, en-IN and three other languages, and share no input with the tuning tables."""
    tuning = {(lang or "hi", text) for lang, _, text, _ in HI}
    tuning |= {("en-IN", text) for _, _, text, _ in EN}
    tuning |= {(lang, text) for lang, _, text, _ in OTHER}
    tuning |= {(lang, text) for lang, _, text, _ in ROUND3}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_4}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_5}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_6}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_7}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_8}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_9}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_10}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_11}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_12}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_13}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_14}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_15}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_16}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_17}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_18}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_19}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_20}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_21}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_22}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_23}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_24}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_25}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_26}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_27}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_28}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_29}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_30}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_31}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_32}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_33}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_34}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_35}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_36}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_37}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_38}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_39}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_40}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_41}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_42}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_43}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_44}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_45}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_46}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_47}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_48}
    assert not tuning & {(lang, text) for lang, _, text, _ in HELD_OUT_49}
    # rounds 50 on (some still held out): a count only, so a failure shows none of their rows
    for n, table in (
        (50, HELD_OUT_50),
        (51, HELD_OUT_51),
        (52, HELD_OUT_52),
        (53, HELD_OUT_53),
        (54, HELD_OUT_54),
        (55, HELD_OUT_55),
        (56, HELD_OUT_56),
        (57, HELD_OUT_57),
        (58, HELD_OUT_58),
        (59, HELD_OUT_59),
        (60, HELD_OUT_60),
        (61, HELD_OUT_61),
        (62, HELD_OUT_62),
        (63, HELD_OUT_63),
    ):
        shared = len(tuning & {(lang, text) for lang, _, text, _ in table})
        assert shared == 0, f"round {n}: {shared} rows also in the tuning tables"
    for cat in ROUND2:
        langs = {lang for lang, c, _, _ in HELD_OUT if c == cat}
        assert {"hi", "en-IN"} <= langs, cat
        if cat != "measure":  # measures: Hindi and Indian English (issue 17)
            assert len(langs - {"hi", "en-IN"}) >= 3, (cat, langs)
    assert len(HELD_OUT) >= 100


def test_held_out_score() -> None:
    """Not a per-case test (tuning to the held-out set would defeat it): a floor under the
    measured score, so a regression shows. Measured: see bench/numbers."""
    hits = sum(
        nfc(normalize_numbers(text, lang)) == nfc(expected) for lang, _, text, expected in HELD_OUT
    )
    assert hits / len(HELD_OUT) >= 0.95, f"held-out {hits}/{len(HELD_OUT)}"


@pytest.mark.parametrize(("lang", "category", "text", "expected"), HI, ids=lambda v: str(v)[:40])
def test_hindi(lang: str, category: str, text: str, expected: str) -> None:
    assert nfc(normalize_numbers(text, "hi")) == nfc(expected)


@pytest.mark.parametrize(("lang", "category", "text", "expected"), EN, ids=lambda v: str(v)[:40])
def test_indian_english(lang: str, category: str, text: str, expected: str) -> None:
    assert nfc(normalize_numbers(text, "en-IN")) == nfc(expected)


@pytest.mark.parametrize(("lang", "category", "text", "expected"), OTHER, ids=lambda v: str(v)[:40])
def test_other_languages(lang: str, category: str, text: str, expected: str) -> None:
    assert nfc(normalize_numbers(text, lang)) == nfc(expected)


@pytest.mark.parametrize(
    ("lang", "category", "text", "expected"), ROUND3, ids=lambda v: str(v)[:40]
)
def test_round_3_cases(lang: str, category: str, text: str, expected: str) -> None:
    """A held-out set once (written by someone who never ran the normaliser), developed
    against since its misses were fixed: see the header of cases_round3.txt."""
    assert nfc(normalize_numbers(text, lang)) == nfc(expected)


# The later held-out rounds, each written by someone who never ran the normaliser: a floor under
# each measured score, so a regression shows (not per-case tests: tuning to them would defeat
# them). Round 4: 116/129 held out, 121 after its kinds were fixed (session 22); round 5: 99/138,
# then 122; round 6: 114/135, then 126 (session 23); round 7: 118/139 (102 with the code before
# session 23's fixes), then 129; round 8: 96/140, then 129; round 9: 113/137, then 123; round
# 10: 98/112 held out, then 99 after its one defect kind (a mask in two groups, "XX XXXX 8152") was
# fixed on sentences of my own in session 24 (its other misses are spelling conventions), then
# 101 with round 11's code-hyphen convention; round 11: 102/119 held out, 108 after its defect
# kinds were fixed (session 24), 109 with round 12's; round 12: 98/114 held out, 105 after its
# defect kinds were fixed on sentences of my own (session 25: an OTP named after its digits, a
# seat's "14C", a long group in a slashed id, a landline after +91, the Marathi and Gujarati clock,
# Malayalam's 3000 and the rupee's genitive), 104 after round 13's Malayalam compounds (its writer
# spaced one); round 13: 107/119 held out (102 with the code before round 12's fixes), 119 after its
# defect kinds were fixed on sentences of my own (session 26: AM on a zero-padded morning time,
# दोपहर/PM at 12:xx, a PIN code written 3 + 3, FY spans without "to", Marathi 95, Gujarati hundreds
# joined and ordinals in -ા, Malayalam compounds joined); round 14: 107/122 held out (session 26's
# start; 114 after round 13's fixes), 121 after its defect kinds were fixed on sentences of my own
# (session 27: Tamil 21-99 fused before a vowel, Kannada x3/x4 one word, Malayalam 8000, FY spans
# without a hyphen in the Indian languages, a 24-hour span in one half of the day saying it once,
# a PIN after "<locality>, <city>"; left: Marathi 33 spelt तेहतीस, the table has तेहेतीस), which
# also took rounds 5-12 up by 18 and round 2 down by one (its writer spaced Tamil 31); round 15:
# 111/124 held out (session 27's start; 117 after round 14's fixes), 120 after its defect kinds were
# fixed on sentences of my own (session 28: a keyword after an opening bracket, a code printed
# 3 + 3, Gujarati 42; left: variants the tables disagree on); round 16: 120/124 held out (session
# 28, after round 15's fixes; 120 with the session's start code too), 121 after one defect kind
# was fixed (a one-star mask; a PIN-as-subject rule was taken back: "Okay, Sir 150000 has …"); round 17:
# 117/124 held out (session 28, after round 16's fixes; 117 with the session's start code too),
# 120 after its defect kinds were fixed (AM on 10:xx/11:xx, a Marathi ordinal's case ending,
# Gujarati 60/59); round 18: 114/124 held out (session 28, after round 17's fixes; 113 with the
# session's start code), 119 after its defect kinds were fixed (consecutive years without "to",
# Bengali 600/900, an Indic 3 + 3 PIN, G8, a landline's 3 + 3); round 19: 116/120 held out
# (session 28, after round 18's fixes; 114 with the session's start code), 118 after its defect
# kinds were fixed (session 29: a Tamil clock hour's adjectival form before மணி, a Hindi PIN after
# "पता <locality>, <city>"; left: Hindi 88 and Malayalam 35,000 spellings); round 20: 116/120
# held out (session 29, after round 19's fixes; 116 with the session's start code too), 117
# after its one defect kind was fixed (a PIN before "के डाकघर"; left: Marathi 54 and 95, Malayalam
# 18,000 spellings); round 21: 106/120 held out (session 29, after round 20's fixes; 106 with the
# session's start code too), 115 after its defect kinds were fixed (English years past 2099 in
# pairs, Tamil x3 thousand மூவாயிரம், an unlisted airline's designator after "flight", a card's
# MM/YYYY past 2099; left: spellings the tables disagree on, and a night's word said once), 114
# after the day's review took the 21xx year context back;
# round 22: 109/120 held out (session 29, after round 21's fixes; 101 with the session's start
# code), 117 after its defect kinds were fixed (116 after the day's review's revert) (a 24-hour span past midnight, a PIN before
# "this"/"between" and before Hindi क्षेत्र, a date moved "to" a year, a train's coach, Bengali 28
# আটাশ and Malayalam 25 ഇരുപത്തഞ്ച് as the tables write them; left: Gujarati October, Malayalam
# hundreds joined); round 23: 116/120 held out (session 29, after round 22's fixes; 107 with the
# session's start code; 115 after the day's review's revert), 118 after its defect kinds were
# fixed (a PIN after "in <place>" and after one Indic place in 3 + 3 before और, Malayalam 600
# അറുനൂറ്; left: an English 21xx year after "in", Malayalam hundreds joined); round 24: 117/120
# held out (session 29, after round 23's fixes; 114 with the session's start code), 118 after its
# one defect kind was fixed (session 30: a PIN before "के मुख्य/प्रधान/उप डाकघर"; left: Hindi 88
# and Gujarati 82 spellings); round 25: 115/120 held out (session 30, after round 24's fixes; 115
# with the session's start code too), 117 after its defect kinds were fixed (session 30: a PIN
# before "address"/"post office", Malayalam May മെയ് as every table writes it; left: Tamil x1
# before ரூபாய் (fixed with round 26's), Malayalam 200 and Gujarati August spellings the tables
# disagree on); round 26: 113/120 held out (session 30, after round 24's fixes; 113 with the
# session's start code too), 116 after its defect kinds were fixed (session 30: a PIN after
# "visit <Place>", Tamil/Telugu x1 compounds in full before the currency noun, a Hindi year
# before "से पहले"/"के बाद"; left: Hindi 44 spelt both ways, a second PIN in a sentence);
# round 27: 118/120 held out (session 30, after round 25's fixes; 118 with the session's start
# code too), 119 after its one defect kind was fixed (session 30: a 3 + 3 code before "as the
# OTP"; left: a house number after नंबर, Hindi 88); round 28: 114/120 held out (session 30,
# after round 26's fixes; 114 with the session's start code too), 118 after its defect kinds
# were fixed (session 31: a PIN after "in <Place>" before the sentence's verb, a Telangana TG
# plate, Malayalam x5 and x9 fused with their tens as the writers write them; left: Hindi 44
# and Malayalam 200 spelt both ways, both since taken as the writers spell them); round 29:
# 111/120 held out (session 31, after round 27's fixes; 111 with the session's start code too),
# 119 after its defect kinds were fixed (session 31: a booking's long number read as an id,
# Uttaranchal's old UA plates, and the spellings the writers use six rows to one: Hindi 44
# चौवालीस and 88 अट्ठासी, Telugu 19 పంతొమ్మిది, Malayalam 200 ഇരുനൂറ്; left: a PIN after an
# Indic place name with no address word); round 30: 120/120 held out (session 31, after round
# 28's fixes; 120 with the session's start code too), nothing to fix; round 31: 116/120 held
# out (session 31, after round 29's fixes; 114 with the session's start code), 118 after its
# defect kinds were fixed (session 31: Gujarati 62, 82, 86 without the anusvara, as the writers
# and the dictionary spell them; left: a PIN after a Hindi place name with no address word, the
# second such, and Tamil 601 before ரூபாய் in full); round 32: 119/120 held out (session 31,
# after round 30's fixes; 117 with the session's start code), 120 after its one defect kind was
# fixed (session 31: a PIN before "वाले पते"); round 33: 114/120 held out (session 31, after
# round 31's fixes; 114 with the session's start code too), 118 after its defect kinds were fixed
# (session 31: a request's long number read as an id; Hindi 79 उनासी as three writers of four
# write it, Marathi 71 एक्काहत्तर, Malayalam 17 and 18 with the chandrakkala; left: a PIN after a
# Hindi place name, the third writer, and one after "covers <Place>"); round 34: 119/120 held
# out (session 31, after round 32's fixes; 118 with the session's start code), 120 after its one
# defect kind was fixed (session 31: Marathi 85 पंच्याऐंशी); round 35: 116/120 held out
# (session 31, after round 33's fixes; 116 with the session's start code too), read in session
# 32; round 36: 118/120 held out (session 32, the session's start code, before round 35's
# fixes), read in session 32; round 37: 117/120 held out (session 32, after round 35's fixes; 117
# with the session's start code too), read in session 32; round 38: 118/120 held out (session 32,
# after round 36's fixes; 118 with the session's start code too), read in session 32; round 39:
# 117/120 held out (session 32, after round 37's fixes; 117 with the session's start code too),
# read in session 32; round 40: 119/120 held out (session 32, after round 38's fixes; 119 with
# the session's start code too), read in session 32; round 41: 115/120 held out (session 32,
# after round 39's fixes; 115 with the session's start code too), read in session 33; round 42:
# 120/120 held out (session 33, after round 40's fixes; 120 with the session's start code too),
# no miss to read; round 43: 117/120 held out (session 33, after round 41's fixes and the Hindi
# review's; 117 with the session's start code too), read in session 33; round 44: 116/120 held
# out (session 33, after the day's diff review's fixes; 116 with the session's start code too),
# read in session 33; round 45: 118/120 held out (session 33, after round 43's fixes; 118 with
# the session's start code too), read in session 33; round 46: 113/120 held out (session 33,
# after round 44's fixes; 112 with the session's start code), read in session 33; round 47:
# 120/120 held out (session 33, after round 45's fixes; 119 with the session's start code), no
# miss to read; round 48: 118/120 held out (session 34, after round 46's fixes; 118 with the
# session's start code too), read in session 35; round 49: 120/120 held out (session 35, after
# round 46's fixes; 120 with the session's start code too), no miss to read; round 50: 119/120,
# held out (scored in session 36 after round 48's fixes, 119 with the session's start code too),
# read in session 37 (120/120: a flight named after its number); round 51:
# 119/120, held out likewise (scored in session 36 after round 48's fixes; 120/120 with round
# 50's fix, session 37); round 52: 120/120, held out likewise (scored in session 37 after round
# 50's fix); round 53: 120/120, held out likewise (session 37, after the Marathi years and the
# review's fixes); round 54: 120/120, held out likewise (session 37, after round 48's splitter
# fix, no normaliser change since round 53); round 55: 118/120, held out likewise (session 38,
# no normaliser change since round 53), read in session 38 (120/120: a train named by its kind
# after a place, a listed airline at an airport); round 56: 116/120, held out likewise (session 38, the
# same normaliser), read in session 39 (119/120: a year's preposition before four digits after a
# keyword, ten digits printed 5 + 5 whatever the first; left, a row whose expected text rewrites
# "phone helpline" as "dial", the writer's slip); round 57: 120/120, held out likewise (session 38, the same normaliser); round
# 58: 120/120, held out likewise (session 38, after round 55's fixes); round 59: 120/120, held out
# likewise (session 39, after round 56's fixes; 120/120 with the session's start code too); round 60:
# 120/120, held out likewise (session 39, after the session's review; the start code alike); round
# 61: 118/120, held out (session 39, a writer asked for harder, context-bound cases; 118 with the
# session's start code too), read in session 39 (120/120: "the" and a year before a singular noun);
# round 62: 118/120 held out (session 39, a harder round again; 116 with the session's start code),
# read in session 39 (119/120: a listed airline's number at an airport in Hindi words; left, its
# writer's Malayalam 13,000 "പതിമൂന്നായിരത്തി" where the tuning table has "പതിമൂവായിരം");
# round 63: 117/120 held out (session 40, a harder round again, its writer read only rounds 61
# and 62; 117 with the session's start code too), not read.
# Measured: see bench/numbers.
LATER_ROUNDS = [
    ("round 4", HELD_OUT_4, 0.85),
    ("round 5", HELD_OUT_5, 0.85),
    ("round 6", HELD_OUT_6, 0.90),
    ("round 7", HELD_OUT_7, 0.90),
    ("round 8", HELD_OUT_8, 0.88),
    ("round 9", HELD_OUT_9, 0.87),
    ("round 10", HELD_OUT_10, 0.88),
    ("round 11", HELD_OUT_11, 0.88),
    ("round 12", HELD_OUT_12, 0.90),
    ("round 13", HELD_OUT_13, 0.95),
    ("round 14", HELD_OUT_14, 0.95),
    ("round 15", HELD_OUT_15, 0.95),
    ("round 16", HELD_OUT_16, 0.95),
    ("round 17", HELD_OUT_17, 0.95),
    ("round 18", HELD_OUT_18, 0.95),
    ("round 19", HELD_OUT_19, 0.95),
    ("round 20", HELD_OUT_20, 0.95),
    ("round 21", HELD_OUT_21, 0.95),
    ("round 22", HELD_OUT_22, 0.95),
    ("round 23", HELD_OUT_23, 0.95),
    ("round 24", HELD_OUT_24, 0.95),
    ("round 25", HELD_OUT_25, 0.95),
    ("round 26", HELD_OUT_26, 0.95),
    ("round 27", HELD_OUT_27, 0.95),
    ("round 28", HELD_OUT_28, 0.95),
    ("round 29", HELD_OUT_29, 0.95),
    ("round 30", HELD_OUT_30, 0.95),
    ("round 31", HELD_OUT_31, 0.95),
    ("round 32", HELD_OUT_32, 0.95),
    ("round 33", HELD_OUT_33, 0.95),
    ("round 34", HELD_OUT_34, 0.95),
    ("round 35", HELD_OUT_35, 0.95),
    ("round 36", HELD_OUT_36, 0.95),
    ("round 37", HELD_OUT_37, 0.95),
    ("round 38", HELD_OUT_38, 0.95),
    ("round 39", HELD_OUT_39, 0.95),
    ("round 40", HELD_OUT_40, 0.95),
    ("round 41", HELD_OUT_41, 0.95),
    ("round 42", HELD_OUT_42, 0.95),
    ("round 43", HELD_OUT_43, 0.95),
    ("round 44", HELD_OUT_44, 0.95),
    ("round 45", HELD_OUT_45, 0.95),
    ("round 46", HELD_OUT_46, 0.93),
    ("round 47", HELD_OUT_47, 0.95),
    ("round 48", HELD_OUT_48, 0.95),
    ("round 49", HELD_OUT_49, 0.95),
    ("round 50", HELD_OUT_50, 0.95),
    ("round 51", HELD_OUT_51, 0.95),
    ("round 52", HELD_OUT_52, 0.95),
    ("round 53", HELD_OUT_53, 0.95),
    ("round 54", HELD_OUT_54, 0.95),
    ("round 55", HELD_OUT_55, 0.95),
    ("round 56", HELD_OUT_56, 0.95),
    ("round 57", HELD_OUT_57, 0.95),
    ("round 58", HELD_OUT_58, 0.95),
    ("round 59", HELD_OUT_59, 0.95),
    ("round 60", HELD_OUT_60, 0.95),
    ("round 61", HELD_OUT_61, 0.95),
    ("round 62", HELD_OUT_62, 0.95),
    ("round 63", HELD_OUT_63, 0.95),
]


@pytest.mark.parametrize(("name", "rows", "floor"), LATER_ROUNDS, ids=[r[0] for r in LATER_ROUNDS])
def test_later_held_out_rounds_keep_their_score(
    name: str, rows: list[tuple[str, str, str, str]], floor: float
) -> None:
    total = len(rows)
    hits = sum(
        nfc(normalize_numbers(text, lang)) == nfc(expected) for lang, _, text, expected in rows
    )
    score = hits / total  # apart, so a failure shows the counts and not the rows
    assert score >= floor, f"{name} {hits}/{total}"
