"""A test a hand mutation run (session 22) found missing: it kills mutant M8."""

from pipecat_rt_best.azure_tts.spoken_map import SpokenMap


def test_a_consonant_is_not_found_inside_its_syllable():
    m = SpokenMap("जो है", "जो है")
    assert m.find_spoken("ज", 0) is None  # "ज" + vowel sign "ो" is one word
    assert m.find_spoken("जो", 0) == (0, 2)
