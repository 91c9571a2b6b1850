"""The Reference Pronunciations as Azure TTS SSML: one mapping, two consumers."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from pipecat_rt_best.realtime_prompt.lexicon import (
    LexiconEntry,
    PronunciationLexicon,
    escape_ssml_text,
    ssml_lexicon_entries,
)
from pipecat_rt_best.realtime_prompt.loader import load_prompt
from pipecat_rt_best.realtime_prompt.model import Pronunciation
from pipecat_rt_best.realtime_prompt.render import render_prompt

from .helpers import HINDI_LOAN, TECHNEST


def _parse(fragment: str) -> ET.Element:
    """The fragment inside a <voice> element, parsed as XML (fails on bad escaping)."""
    return ET.fromstring(f"<voice>{fragment}</voice>")


def test_the_prompt_and_the_voice_share_one_mapping() -> None:
    prompt = load_prompt(TECHNEST).prompt
    lexicon = PronunciationLexicon(prompt)
    text = render_prompt(prompt)
    for p in prompt.pronunciations:
        assert f"“{p.term}”: {p.spoken}" in text  # what the model reads
    ssml = lexicon.to_ssml("Your TechNest NestBox needs a Wi-Fi reset.")
    assert ssml == (
        'Your <sub alias="Tek Nest">TechNest</sub> <sub alias="Nest Box">NestBox</sub> '
        'needs a <sub alias="why-fye">Wi-Fi</sub> reset.'
    )
    voice = _parse(ssml)
    assert [(e.tag, e.get("alias"), e.text) for e in voice] == [
        ("sub", "Tek Nest", "TechNest"),
        ("sub", "Nest Box", "NestBox"),
        ("sub", "why-fye", "Wi-Fi"),
    ]


def test_phonemes_and_escaping() -> None:
    lexicon = PronunciationLexicon(
        [
            Pronunciation("AT&T", 'A "T" and T'),
            Pronunciation("Sahyog", "sah-yog", alphabet="ipa", phoneme="səɦjoːɡ"),
        ]
    )
    ssml = lexicon.to_ssml("AT&T <b> & Sahyog\x00 'quoted'")
    assert ssml == (
        '<sub alias="A &quot;T&quot; and T">AT&amp;T</sub> &lt;b&gt; &amp; '
        '<phoneme alphabet="ipa" ph="səɦjoːɡ">Sahyog</phoneme> \'quoted\''
    )
    voice = _parse(ssml)
    assert voice[0].get("alias") == 'A "T" and T' and voice[0].text == "AT&T"
    assert voice[1].get("ph") == "səɦjoːɡ"
    assert "".join(voice.itertext()) == "AT&T <b> & Sahyog 'quoted'"


def test_whole_words_case_insensitive_longest_first() -> None:
    lexicon = PronunciationLexicon(
        [Pronunciation("TechNest", "Tek Nest"), Pronunciation("TechNest Pro", "Tek Nest Pro")]
    )
    assert lexicon.terms_in("technest pro, TechNests, myTechNest, TECHNEST.") == [
        "technest pro",
        "TECHNEST",
    ]
    assert '<sub alias="Tek Nest Pro">technest pro</sub>' in lexicon.to_ssml("technest pro")
    strict = PronunciationLexicon([Pronunciation("EMI", "ई एम आई")], case_sensitive=True)
    assert strict.terms_in("emi EMI") == ["EMI"]


def test_indic_word_boundaries() -> None:
    prompt = load_prompt(HINDI_LOAN).prompt
    lexicon = PronunciationLexicon(prompt)
    ssml = lexicon.to_ssml("सहयोग फ़ाइनेंस की EMI, UPI से भरें। सहयोगी नहीं।")
    assert '<sub alias="सह-योग फ़ाइनेंस">सहयोग फ़ाइनेंस</sub>' in ssml
    assert '<sub alias="ई एम आई">EMI</sub>' in ssml and '<sub alias="यू पी आई">UPI</sub>' in ssml
    only = PronunciationLexicon([Pronunciation("सहयोग", "सह-योग")])
    # a vowel sign continues the word: सहयोगी is another word
    assert only.terms_in("सहयोगी सहयोग") == ["सहयोग"]


def test_a_nukta_letter_typed_either_way_matches() -> None:
    # the term with फ़ precomposed (U+095E, some keyboards), the text with फ + nukta, and the
    # other way round: one word to the voice (before: never wrapped, mispronounced)
    pre, dec = "सहयोग \u095eाइनेंस", "सहयोग \u092b\u093cाइनेंस"
    for term, text in ((pre, dec), (dec, pre)):
        lexicon = PronunciationLexicon([Pronunciation(term, "सह-योग फ़ाइनेंस")])
        assert "<sub" in lexicon.to_ssml(f"मैं {text} से बोल रही हूँ"), (term, text)
        assert len(lexicon.terms_in(text)) == 1


def test_a_pronunciation_term_typed_with_another_nukta_form_is_used() -> None:
    from pipecat_rt_best.realtime_prompt.model import RealtimePrompt
    from pipecat_rt_best.realtime_prompt.validation import validate_prompt

    p = RealtimePrompt(
        instructions=("मैं सहयोग \u092b\u093cाइनेंस से बोल रही हूँ।",),
        pronunciations=(Pronunciation("सहयोग \u095eाइनेंस", "सह-योग फ़ाइनेंस"),),
    )
    assert "unused-pronunciation" not in validate_prompt(p).codes()


def test_a_term_before_a_danda_is_a_whole_word() -> None:
    lexicon = PronunciationLexicon(load_prompt(HINDI_LOAN).prompt)
    assert lexicon.terms_in("आपकी EMI। सहयोग फ़ाइनेंस।UPI॥") == ["EMI", "सहयोग फ़ाइनेंस", "UPI"]


def test_a_case_match_that_casefolds_differently_is_still_wrapped() -> None:
    # re's IGNORECASE matches İ with i; casefold("İ") is "i̇" (two characters)
    lexicon = PronunciationLexicon([Pronunciation("İstanbul", "is-tan-bul")])
    assert lexicon.to_ssml("istanbul, İSTANBUL") == (
        '<sub alias="is-tan-bul">istanbul</sub>, <sub alias="is-tan-bul">İSTANBUL</sub>'
    )
    lower = PronunciationLexicon([Pronunciation("istanbul", "is-tan-bul")])
    assert lower.to_ssml("İstanbul").startswith('<sub alias="is-tan-bul">')


def test_entries_and_their_checks() -> None:
    entries = ssml_lexicon_entries(
        [Pronunciation("A", "ay"), Pronunciation("B", "bee", alphabet="x-sampa", phoneme="bi:")]
    )
    assert [(e.kind, e.ssml()) for e in entries] == [
        ("sub", '<sub alias="ay">A</sub>'),
        ("phoneme", '<phoneme alphabet="x-sampa" ph="bi:">B</phoneme>'),
    ]
    with pytest.raises(ValueError, match="alphabet must be one of"):
        LexiconEntry("B", phoneme="bi:", alphabet="klingon")
    with pytest.raises(ValueError, match="needs a spoken alias"):
        LexiconEntry("B", alias=" ")
    with pytest.raises(ValueError, match="must not be empty"):
        LexiconEntry("", alias="x")


def test_empty_lexicon_still_escapes() -> None:
    lexicon = PronunciationLexicon([])
    assert len(lexicon) == 0 and lexicon.to_ssml("a < b") == "a &lt; b"
    assert escape_ssml_text("x\x07y & z") == "xy &amp; z"


def test_practice_4_takes_the_same_entries() -> None:
    ssml = pytest.importorskip("pipecat_rt_best.azure_tts.ssml")
    prompt = load_prompt(TECHNEST).prompt
    extra = [Pronunciation("Sahyog", "sah-yog", alphabet="ipa", phoneme="səɦjoːɡ")]
    mine = ssml_lexicon_entries([*prompt.pronunciations, *extra])
    theirs = [ssml.LexiconEntry(**e.as_dict()) for e in mine]
    text = "Your TechNest NestBox and Sahyog."
    lexicon = PronunciationLexicon([*prompt.pronunciations, *extra])
    assert ssml.mark_up(text, theirs) == lexicon.to_ssml(text)
    assert '<phoneme alphabet="ipa" ph="səɦjoːɡ">Sahyog</phoneme>' in lexicon.to_ssml(text)


@pytest.mark.parametrize("phones", ["%%%", "!!zz## 123 <>", "bi:", "SAHYOG"])
def test_a_transcription_azure_would_refuse_is_an_error_before_any_call(phones: str) -> None:
    # Azure rejects the whole SSML document for one unrecognised phone: every sentence with
    # the term would go silent
    with pytest.raises(ValueError, match="not an IPA phone"):
        LexiconEntry("Sahyog", phoneme=phones, alphabet="ipa")
    from pipecat_rt_best.azure_tts.ssml import LexiconEntry as TtsEntry

    with pytest.raises(ValueError, match="not an IPA phone"):
        TtsEntry("Sahyog", phoneme=phones)
    assert LexiconEntry("Sahyog", phoneme="səɦjoːɡ", alphabet="ipa").phoneme  # real IPA passes
    assert LexiconEntry("B", phoneme="bi:", alphabet="x-sampa").phoneme  # other alphabets: Azure's
