"""A test a hand mutation run (session 22) found missing: it kills mutant T25."""

from pipecat_rt_best.azure_tts.sentence_splitter import SentenceSplitter, split_sentences


def test_a_lookahead_abbreviation_at_a_delta_end_waits_for_the_next_word():
    s = SentenceSplitter()
    out = s.feed("Bring pens, paper etc. ") + s.feed("and tape. Bye.")
    assert (
        out + s.flush()
        == split_sentences("Bring pens, paper etc. and tape. Bye.")
        == ["Bring pens, paper etc. and tape. ", "Bye."]
    ), out
