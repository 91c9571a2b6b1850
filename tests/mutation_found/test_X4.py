"""A test a hand mutation run (session 22) found missing: it kills mutant X4."""

from pipecat_rt_best.azure_tts.ssml import LexiconEntry


def test_a_phoneme_azure_would_refuse_is_refused_up_front():
    try:
        LexiconEntry("Pune", phoneme="PU-NE 2")  # upper case, digit: no IPA
    except ValueError:
        return
    raise AssertionError(
        "accepted an IPA string Azure refuses (every sentence with it goes silent)"
    )
