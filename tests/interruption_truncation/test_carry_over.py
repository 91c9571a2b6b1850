"""items_to_carry_over: which of a lost session's assistant text items the new one is given."""

from __future__ import annotations

import pytest

from pipecat_rt_best.interruption_truncation.carry_over import (
    DEFAULT_CHARS_PER_MS,
    AudioItem,
    CallSpeechRate,
    TextItem,
    audio_items_to_carry_over,
    items_to_carry_over,
    speech_rate,
    spoken_part,
)

REPLY = "Your loan of four lakh rupees was approved yesterday, congratulations."
PER_MS = 1 / 65  # the emulator's voice: 65 ms a character


def test_only_the_latest_responses_items_in_play_that_the_context_lacks_are_carried() -> None:
    items = [
        TextItem("a", "r1", "Hello, this is Asha."),  # an earlier reply: it had ended
        TextItem("b", "r2", "Your EMI is ₹12,500."),
        TextItem("c", "r2", "It was due on the 5th.", in_play=False),  # cut by a barge-in
        TextItem("d", "r2", "Shall I send a link?"),
        TextItem("e", "r2", ""),  # no text (an audio item, or nothing came yet)
    ]
    assert [i.item_id for i in items_to_carry_over(items, [])] == ["b", "d"]
    # the context already holds one of them (whitespace does not count)
    restored = ["Hello, this is Asha.", "Your  EMI is\n₹12,500."]
    assert [i.item_id for i in items_to_carry_over(items, restored)] == ["d"]


def test_nothing_is_carried_when_the_latest_reply_was_cut_or_there_is_none() -> None:
    assert items_to_carry_over([], ["Hi."]) == []
    items = [TextItem("a", "r1", "Hello."), TextItem("b", "r2", "Your EMI…", in_play=False)]
    assert items_to_carry_over(items, []) == []


def test_the_spoken_part_is_cut_between_words_a_word_counting_once_half_in() -> None:
    # "four" spans characters 13-17 (845-1105 ms), "lakh" 18-22 (1170-1430 ms)
    assert spoken_part(REPLY, 1200.0, PER_MS) == "Your loan of four"
    assert spoken_part(REPLY, 1300.0, PER_MS) == "Your loan of four lakh"  # 2 of 4 chars in
    assert spoken_part(REPLY, 2300.0, PER_MS) == "Your loan of four lakh rupees was"
    # the punctuation after a word goes with it; never more than the transcript
    assert (
        spoken_part(REPLY, 3400.0, PER_MS)
        == "Your loan of four lakh rupees was approved yesterday,"
    )
    assert spoken_part(REPLY, 60_000.0, PER_MS) == REPLY
    assert spoken_part(REPLY, 0.0, PER_MS) == "" and spoken_part("", 900.0, PER_MS) == ""
    # a Devanagari word keeps its vowel signs
    assert spoken_part("आपका लोन मंज़ूर हो गया है।", 700.0, PER_MS) == "आपका लोन"
    with pytest.raises(ValueError):
        spoken_part(REPLY, 100.0, 0.0)


def test_the_rate_is_the_items_own_when_complete_else_the_calls_else_the_default() -> None:
    call = CallSpeechRate()
    assert call.chars_per_ms() is None
    call.add("Sure.", 600.0)  # too little audio to say much
    assert call.chars_per_ms() is None
    call.add("Namaste, this is Asha from City Bank.", 2405.0)
    rate = call.chars_per_ms()
    assert rate == pytest.approx((5 + 37) / 3005.0)
    call.add("", 500.0)  # nothing to measure
    assert call.chars_per_ms() == rate

    cut = AudioItem("i", "r", REPLY[:40], 1200.0)
    whole = AudioItem("i", "r", REPLY, 4550.0, complete=True)
    assert speech_rate(whole, rate) == (pytest.approx(PER_MS), "item")
    assert speech_rate(cut, rate) == (rate, "call")
    assert speech_rate(cut, None) == (DEFAULT_CHARS_PER_MS, "default")


def test_an_audio_reply_is_carried_as_far_as_its_received_audio_speaks() -> None:
    items = [
        AudioItem("a", "r1", "Hello.", 500.0, complete=True),  # an earlier reply: it had ended
        AudioItem("b", "r2", "Namaste, this is Asha from City Bank.", 2405.0, complete=True),
        AudioItem("c", "r2", "It was due on the 5th.", 300.0, in_play=False),  # cut by a barge-in
        # the transcript runs ahead of the audio: 1000 ms of it speaks 15.4 characters
        AudioItem("d", "r2", REPLY, 1000.0),
        AudioItem("e", "r2", "Shall", 20.0),  # too little of it to say a word
    ]
    carried = audio_items_to_carry_over(items, [], PER_MS)
    assert [(i.item_id, i.text) for i in carried] == [
        ("b", "Namaste, this is Asha from City Bank."),
        ("d", "Your loan of four"),
    ]
    # no measured rate: the default's (14 characters in 1000 ms) says less
    [_, (item_id, text)] = [(i.item_id, i.text) for i in audio_items_to_carry_over(items, [], None)]
    assert item_id == "d" and text == "Your loan of"


def test_an_audio_reply_the_restored_conversation_ends_with_is_not_carried_again() -> None:
    items = [AudioItem("d", "r2", REPLY, 1200.0)]
    # the aggregator wrote the reply as its received transcript, once it had played out
    assert audio_items_to_carry_over(items, ["Your loan of four lakh rupees"], PER_MS) == []
    assert audio_items_to_carry_over(items, ["Your loan of", " four lakh"], PER_MS) == []
    # an earlier reply that ends the conversation is another reply
    [item] = audio_items_to_carry_over(items, ["Your loan is under review."], PER_MS)
    assert item.text == "Your loan of four"
    assert audio_items_to_carry_over([], ["Hi."], PER_MS) == []
    assert audio_items_to_carry_over([AudioItem("x", "r", REPLY, 0.0)], [], PER_MS) == []
