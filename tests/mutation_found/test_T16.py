"""A test a hand mutation run (session 22) found missing: it kills mutant T16."""

from pipecat_rt_best.azure_tts.sentence_splitter import split_sentences


def test_a_title_after_an_opening_bracket_or_quote_does_not_end_the_sentence():
    assert split_sentences("Ask for (Dr. Rao) at the desk. Thanks.") == [
        "Ask for (Dr. Rao) at the desk. ",
        "Thanks.",
    ]
    assert split_sentences('Ask for "Dr. Rao" at the desk.') == ['Ask for "Dr. Rao" at the desk.']
