"""The written ↔ spoken alignment of one sentence (pure)."""

from __future__ import annotations

import pytest

from pipecat_rt_best.azure_tts.spoken_map import SpokenMap
from pipecat_rt_best.indic_numbers.normalizer import NumberNormalizer

HI = "आपकी EMI ₹12,500 है, जो 5 दिसंबर को देय थी।"
EN = "Your EMI of ₹12,500 was due on 5 December."


def _written_of(m: SpokenMap, spoken_word: str, nth: int = 0) -> str | None:
    at = -1
    for _ in range(nth + 1):
        at = m.spoken.index(spoken_word, at + 1)
    span = m.written_span(at, at + len(spoken_word))
    return None if span is None else m.written[span[0] : span[1]]


@pytest.mark.parametrize(("lang", "written"), [("hi", HI), ("en", EN)])
def test_spelled_out_numbers_map_to_the_written_number_and_other_words_to_themselves(
    lang: str, written: str
) -> None:
    spoken = NumberNormalizer(lang)(written)
    assert spoken != written
    m = SpokenMap(written, spoken)
    amount = spoken.split()[3 if lang == "en" else 2]  # the first word said for ₹12,500
    assert _written_of(m, amount) == ("₹12,500")
    assert _written_of(m, "EMI") == "EMI"
    tail = "दिसंबर" if lang == "hi" else "December"
    assert _written_of(m, tail) == tail
    # part of an unchanged token maps to the same characters
    assert _written_of(m, "थी" if lang == "hi" else "Decem") == ("थी" if lang == "hi" else "Decem")


def test_every_spoken_word_of_a_rewritten_run_maps_to_the_whole_run() -> None:
    written, spoken = "pay ₹12,500 now", "pay twelve thousand five hundred rupees now"
    m = SpokenMap(written, spoken)
    for word in ("twelve", "thousand", "five", "hundred", "rupees"):
        assert _written_of(m, word) == "₹12,500"
    assert _written_of(m, "now") == "now"


def test_words_the_transforms_added_map_to_nothing_and_deleted_words_are_kept_unheard() -> None:
    m = SpokenMap("call me", "please call me")
    assert _written_of(m, "please") is None
    assert _written_of(m, "call") == "call"
    m = SpokenMap("call me [pause]", "call me")
    assert [m.written[u.w_start : u.w_end] for u in m.units] == ["call", "me", "[pause]"]


def test_identical_texts_map_character_for_character() -> None:
    m = SpokenMap("Shall I send it?", "Shall I send it?")
    assert all(u.exact for u in m.units)
    assert m.written_span(6, 7) == (6, 7)


def test_find_spoken_matches_whole_words_only() -> None:
    spoken = "ईमेल और ई एम आई, R&D"
    m = SpokenMap("x", spoken)
    alone = spoken.index(" ई ") + 1
    assert m.find_spoken("ई", 0) == (alone, alone + 1)  # not the ई that starts ईमेल
    ai = spoken.index("आई")
    assert m.find_spoken("आई", 0) == (ai, ai + 2)  # the comma after it is no part of it
    assert m.find_spoken("आ", 0) is None  # only the start of the word आई
    rd = spoken.index("R&D")
    assert m.find_spoken("R&D", 0) == (rd, rd + 3)
    assert m.find_spoken("ई", alone + 1) is None
    assert m.find_spoken("", 0) is None
