"""Text modality: the heard words from TTS word-boundary timings (pure)."""

from __future__ import annotations

import pytest

from pipecat_rt_best.base.word_timing import WordTiming, heard_text

TEXT = "Your loan of ₹4,50,000 was approved, yesterday."
WORDS = [
    WordTiming("Your", 0, 200, 0),
    WordTiming("loan", 250, 300, 5),
    WordTiming("of", 600, 100, 10),
    WordTiming("₹4,50,000", 750, 900, 13),
    WordTiming("was", 1700, 150, 23),
    WordTiming("approved", 1900, 400, 27),
    WordTiming("yesterday", 2400, 500, 37),
]


@pytest.mark.parametrize(
    ("heard_ms", "expected"),
    [
        (0, ""),
        (99, ""),  # less than half of "Your"
        (100, "Your"),
        (420, "Your loan"),
        (1199, "Your loan of"),
        (1200, "Your loan of ₹4,50,000"),
        (2100, "Your loan of ₹4,50,000 was approved,"),
        (99999, TEXT),
    ],
)
def test_heard_text_cuts_after_the_last_word_heard(heard_ms: float, expected: str) -> None:
    assert heard_text(TEXT, WORDS, heard_ms) == expected


def test_punctuation_and_spelling_of_the_original_text_are_kept() -> None:
    # "approved," keeps its comma: the cut is at the end of the word's text span
    assert heard_text(TEXT, WORDS, 2200).endswith("approved,")


def test_words_are_found_without_text_offsets() -> None:
    words = [WordTiming(w.word, w.offset_ms, w.duration_ms) for w in WORDS]
    assert heard_text(TEXT, words, 1200) == "Your loan of ₹4,50,000"


def test_a_word_missing_from_the_text_is_never_reported() -> None:
    words = [WordTiming("Your", 0, 100), WordTiming("car", 150, 100), WordTiming("loan", 300, 100)]
    assert heard_text("Your loan", words, 260) == "Your"
    assert heard_text("Your loan", words, 400) == "Your loan"


def test_min_fraction() -> None:
    assert heard_text(TEXT, WORDS, 50, min_fraction=0.25) == "Your"
    assert heard_text(TEXT, WORDS, 150, min_fraction=1.0) == ""
    for bad in (-0.1, 1.5):
        with pytest.raises(ValueError):
            heard_text(TEXT, WORDS, 100, min_fraction=bad)


@pytest.mark.parametrize(
    ("heard_ms", "expected"),
    [
        (0, ""),
        (1, "Your"),  # "Your" started at 0 ms
        (250, "Your"),  # "loan" starts at 250: not yet
        (251, "Your loan"),
        (1700, "Your loan of ₹4,50,000"),
        (1701, "Your loan of ₹4,50,000 was"),
    ],
)
def test_min_fraction_zero_counts_a_word_once_it_started(heard_ms: float, expected: str) -> None:
    assert heard_text(TEXT, WORDS, heard_ms, min_fraction=0) == expected


@pytest.mark.parametrize(
    ("heard_ms", "expected"),
    [
        (199, ""),
        (200, "Your"),  # "Your" ends at exactly 200 ms
        (549, "Your"),
        (550, "Your loan"),
    ],
)
def test_min_fraction_one_counts_a_word_once_it_finished(heard_ms: float, expected: str) -> None:
    assert heard_text(TEXT, WORDS, heard_ms, min_fraction=1) == expected


def test_a_zero_length_word_counts_at_its_position_only_when_finishing_is_the_rule() -> None:
    words = [WordTiming("Hi", 0, 100), WordTiming("!", 100, 0)]
    assert heard_text("Hi !", words, 100, min_fraction=1) == "Hi !"
    assert heard_text("Hi !", words, 100, min_fraction=0.5) == "Hi"
    assert heard_text("Hi !", words, 100, min_fraction=0) == "Hi"
    assert heard_text("Hi !", words, 101, min_fraction=0) == "Hi !"


def test_nothing_heard_keeps_no_opening_punctuation() -> None:
    words = [WordTiming("¿Qué", 0, 200, 0), WordTiming("tal?", 300, 200, 5)]
    assert heard_text("¿Qué tal?", words, 50) == ""
    assert heard_text('"Hello" there', [WordTiming("Hello", 0, 200, 1)], 150) == '"Hello"'
    assert heard_text('"Hello" there', [WordTiming("Hello", 0, 200, 1)], 50) == ""


def test_keep_trailing_whitespace_once_the_last_word_counts() -> None:
    text = "  Hi there \n"
    words = [WordTiming("Hi", 100, 100, 2), WordTiming("there", 300, 300, 5)]
    assert heard_text(text, words, 250, keep_trailing_whitespace=True) == "  Hi"
    assert heard_text(text, words, 600, keep_trailing_whitespace=True) == text
    assert heard_text(text, words, 600) == "  Hi there"
    # a text of whitespace only: one empty word at its end, heard once playback passes it
    blank = [WordTiming("", 300, 0, 3)]
    assert heard_text("   ", blank, 300, min_fraction=0, keep_trailing_whitespace=True) == ""
    assert heard_text("   ", blank, 301, min_fraction=0, keep_trailing_whitespace=True) == "   "
    assert heard_text("   ", blank, 300, min_fraction=1, keep_trailing_whitespace=True) == "   "
    assert heard_text("", [], 300, min_fraction=0, keep_trailing_whitespace=True) == ""


def test_the_cut_never_splits_a_letter_from_its_vowel_sign() -> None:
    # a TTS that reports "ज" for "जो" (vowel sign ो is a combining mark, not a letter)
    text = "रुपये है, जो पाँच"
    words = [
        WordTiming("रुपये", 0, 300, 0),
        WordTiming("है", 350, 150, 6),
        WordTiming("ज", 550, 100, 10),
    ]
    assert heard_text(text, words, 650) == "रुपये है, जो"
    assert heard_text(text, words, 520) == "रुपये है,"
