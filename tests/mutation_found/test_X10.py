"""A test a hand mutation run (session 22) found missing: it kills mutant X10."""

from pipecat_rt_best.azure_tts.ssml import LexiconEntry, mark_up


def test_ignore_case_finds_a_mixed_case_term_written_in_any_case():
    out = mark_up(
        "welcome to technest", [LexiconEntry("TechNest", alias="tek nest")], ignore_case=True
    )
    assert out == 'welcome to <sub alias="tek nest">technest</sub>', out
