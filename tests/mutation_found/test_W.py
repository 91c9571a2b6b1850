"""A test a hand mutation run (session 22) found missing: it kills mutant W."""

from pipecat_rt_best.base.word_timing import WordTiming as W, heard_text


def test_repeated_words_are_located_one_after_the_other():
    text = "no no no, stop"
    words = [W("no", 0, 100), W("no", 100, 100), W("no", 200, 100), W("stop", 300, 100)]
    assert heard_text(text, words, 260) == "no no no,"


def test_a_wrong_text_offset_is_not_trusted():
    words = [W("hello", 0, 100, text_offset=0), W("world", 100, 100, text_offset=0)]
    assert heard_text("hello world", words, 200) == "hello world"
