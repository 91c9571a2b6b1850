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


# a reply whose second sentence the TTS never said (refused), and whose third it did
UNSAID = "Thank you, Mr Sharma. You owe ₹25,000. Pay online."
UNSAID_WORDS = [
    WordTiming("Thank", 0, 200, 0),
    WordTiming("you", 200, 150, 6),
    WordTiming("Mr", 400, 150, 11),
    WordTiming("Sharma", 600, 300, 14),
    # "You owe ₹25,000." (22-38): no audio, no timings
    WordTiming("Pay", 1000, 200, 39),
    WordTiming("online", 1250, 300, 43),
]


@pytest.mark.parametrize(
    ("heard_ms", "expected"),
    [
        (800, "Thank you, Mr Sharma."),
        (1100, "Thank you, Mr Sharma. Pay"),
        (99999, "Thank you, Mr Sharma. Pay online."),
    ],
)
def test_an_unspoken_sentence_is_never_heard_even_before_heard_words(
    heard_ms: float, expected: str
) -> None:
    # without the span, the cut after "Pay" keeps the sentence between (nobody said it)
    assert "owe" in heard_text(UNSAID, UNSAID_WORDS, 1100)
    assert heard_text(UNSAID, UNSAID_WORDS, heard_ms, unspoken=[(22, 38)]) == expected


def test_the_unsaid_rest_of_a_sentence_goes_and_its_words_never_count() -> None:
    # synthesis failed after "You owe": "₹25,000." was never said, though Azure had timed it
    words = [
        *UNSAID_WORDS[:4],
        WordTiming("You", 950, 100, 22),
        WordTiming("owe", 1050, 150, 26),
        WordTiming("₹25,000", 1200, 900, 30),
        WordTiming("Pay", 2200, 200, 39),
    ]
    assert heard_text(UNSAID, words, 1500, unspoken=[(29, 38)]) == "Thank you, Mr Sharma. You owe"
    assert heard_text(UNSAID, words, 99999, unspoken=[(29, 38)]) == (
        "Thank you, Mr Sharma. You owe Pay"  # ("online" has no timing here)
    )


def test_a_reply_whose_first_sentence_was_never_said_starts_at_the_next() -> None:
    words = UNSAID_WORDS[4:]
    assert heard_text(UNSAID, words, 99999, unspoken=[(0, 38)]) == "Pay online."
    assert heard_text(UNSAID, words, 99999, unspoken=[(0, 21), (22, 38)]) == "Pay online."
