"""The SSML builder: escaping, lexicon elements, voice settings — checked by the emulator's reader."""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings, strategies as st

from pipecat_rt_best.azure_tts import ssml
from pipecat_rt_best.azure_tts.ssml import (
    LexiconEntry,
    VoiceSettings,
    build_ssml,
    build_ssml_mapped,
    escape_text,
    lexicon_entries,
    mark_up,
)
from pipecat_rt_best.testing.azure_speech_emulator import DEFAULT_VOICES, read_ssml

AVA = VoiceSettings("en-US-AvaNeural")


def test_text_is_escaped() -> None:
    assert (
        escape_text("""a < b & c > "d" 'e'""")
        == "a &lt; b &amp; c &gt; &quot;d&quot; &apos;e&apos;"
    )


def test_characters_xml_forbids_are_dropped_and_positions_still_map() -> None:
    text = "a\x1bb \ud800EMI\x0c."
    assert escape_text(text) == "ab EMI."
    mapped = build_ssml_mapped(text, AVA, lexicon_entries({"EMI": "E M I"}))
    read_ssml(mapped.ssml, known_voices=DEFAULT_VOICES)  # well-formed
    at = mapped.ssml.index(">EMI<") + 1
    assert mapped.text_span(at, 3) == (text.index("EMI"), text.index("EMI") + 3)
    assert -1 not in mapped.positions[mapped.ssml.index("ab") : mapped.ssml.index("ab") + 2]


def test_lexicon_terms_match_whole_words_longest_first() -> None:
    entries = lexicon_entries({"EMI": "E M I", "EMI card": "easy card"})
    out = mark_up("EMI card, EMIs and EMI.", entries)
    assert out == ('<sub alias="easy card">EMI card</sub>, EMIs and <sub alias="E M I">EMI</sub>.')


def test_a_term_is_not_found_inside_a_longer_indic_word() -> None:
    # a vowel sign continues the word (\w does not match it): सहयोगी is not सहयोग + ी
    entries = lexicon_entries({"सहयोग": "सह-योग", "किस्त": "कि-स्त"})
    assert mark_up("सहयोगी बैंक, दो किस्तें", entries) == "सहयोगी बैंक, दो किस्तें"
    assert mark_up("सहयोग की किस्त", entries) == (
        '<sub alias="सह-योग">सहयोग</sub> की <sub alias="कि-स्त">किस्त</sub>'
    )


def test_a_term_before_a_danda_is_a_whole_word() -> None:
    entries = lexicon_entries({"EMI": "ई एम आई"})
    assert mark_up("आपकी EMI। EMI॥", entries) == (
        'आपकी <sub alias="ई एम आई">EMI</sub>। <sub alias="ई एम आई">EMI</sub>॥'
    )


def test_ignore_case_keeps_the_text_as_written() -> None:
    out = mark_up(
        "Contoso and CONTOSO", [LexiconEntry("contoso", phoneme="kənˈtoʊsoʊ")], ignore_case=True
    )
    assert out.count("<phoneme") == 2 and ">CONTOSO</phoneme>" in out


def test_ignore_case_finds_a_term_whose_casefold_differs() -> None:
    # re's IGNORECASE matches İ with i; casefold("İ") is "i̇" (two characters)
    out = mark_up("istanbul", lexicon_entries({"İstanbul": "is-tan-bul"}), ignore_case=True)
    assert out == '<sub alias="is-tan-bul">istanbul</sub>'
    out = mark_up("İstanbul", lexicon_entries({"istanbul": "is-tan-bul"}), ignore_case=True)
    assert out == '<sub alias="is-tan-bul">İstanbul</sub>'


def test_attribute_values_cannot_break_out() -> None:
    ssml = build_ssml(
        "hi",
        VoiceSettings("en-US-AvaNeural", style='x" onload="y', rate="+5%"),
        [LexiconEntry("hi", alias='"><voice name="evil')],
    )
    parsed = read_ssml(ssml, known_voices=DEFAULT_VOICES)
    assert parsed.voices == ["en-US-AvaNeural"] and parsed.styles == ['x" onload="y']
    assert parsed.subs == [("hi", '"><voice name="evil')]


@pytest.mark.parametrize(
    "bad",
    [
        {"term": "", "alias": "x"},
        {"term": "a"},
        {"term": "a", "alias": "x", "phoneme": "y"},
        {"term": "a", "phoneme": "y", "alphabet": "klingon"},
        {"term": "a", "alias": "  "},
    ],
)
def test_bad_lexicon_entries_are_refused(bad: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        LexiconEntry(**bad)


def test_voice_settings_become_elements_the_service_accepts() -> None:
    voice = VoiceSettings(
        "hi-IN-SwaraNeural", language="hi-IN", style="cheerful", style_degree="1.2",
        role="YoungAdultFemale", rate="-10%", pitch="+2st", volume="+20%", effect="eq_telecomhp8k",
        lexicon_uri="https://example.com/lex.xml",
    )  # fmt: skip
    parsed = read_ssml(build_ssml("नमस्ते", voice), known_voices=DEFAULT_VOICES)
    assert (parsed.language, parsed.voices, parsed.styles) == (
        "hi-IN",
        ["hi-IN-SwaraNeural"],
        ["cheerful"],
    )
    assert parsed.lexicon_uris == ["https://example.com/lex.xml"]
    assert abs(parsed.pieces[0].rate - 0.9) < 1e-9


def test_pipecats_locale_emphasis_and_voice_parameters_reach_the_document() -> None:
    # accepted by pipecat's AzureTTSService.Settings, they were dropped without a word
    voice = VoiceSettings(
        "en-US-EmmaMultilingualNeural", language="fr-FR", voice_parameters="temperature=0.7",
        force_locale=True, emphasis="strong",
    )  # fmt: skip
    mapped = build_ssml_mapped("Bonjour & merci", voice)
    root = ET.fromstring(mapped.ssml)
    ns = "{http://www.w3.org/2001/10/synthesis}"
    v = root.find(f"{ns}voice")
    assert v is not None and v.get("parameters") == "temperature=0.7"
    lang = v.find(f"{ns}lang")
    assert lang is not None and lang.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr-FR"
    emphasis = lang.find(f"{ns}emphasis")
    assert emphasis is not None and emphasis.get("level") == "strong"
    assert emphasis.text == "Bonjour & merci"
    parsed = read_ssml(mapped.ssml, known_voices=["en-US-EmmaMultilingualNeural"])
    assert parsed.spoken_text.strip() == "Bonjour & merci"
    start = mapped.ssml.index("merci")
    assert mapped.text_span(start, 5) == (10, 15)  # words still map back to the text


def test_a_precomposed_nukta_letter_finds_the_term_and_positions_map_to_the_text() -> None:
    # NFC decomposes U+095E (फ़, a composition exclusion): the NFC term never equalled text
    # holding it, so the voice skipped the prompt's pronunciation the prompt's lexicon applies
    voice = VoiceSettings("hi-IN-SwaraNeural", "hi-IN")
    text = "\u095eोन: मैं सहयोग \u095eाइनेंस से बोल रही हूँ।"
    for term in ("सहयोग फ\u093cाइनेंस", "सहयोग \u095eाइनेंस"):  # as the NFC prompt, or as typed
        mapped = build_ssml_mapped(text, voice, lexicon_entries({term: "सह-योग फ़ाइनेंस"}))
        written = "सहयोग \u095eाइनेंस"
        assert f'<sub alias="सह-योग फ़ाइनेंस">{written}</sub> से' in mapped.ssml, mapped.ssml
        start = text.index(written)
        at = mapped.ssml.index(f">{written}<") + 1
        assert mapped.text_span(at, len(written)) == (start, start + len(written))
        after = text.index("से")
        assert mapped.text_span(mapped.ssml.index("से बोल"), 2) == (after, after + 2)
        assert mapped.text_span(mapped.ssml.index("\u095eोन"), 2) == (0, 2)


def test_lexicon_matching_on_non_nfc_text_maps_positions_once_never_renormalising_prefixes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # each term found in NFC text was mapped back by normalising text[:i] for every i from
    # the previous match on: quadratic, 348 ms at 3000 characters, on the event loop.
    # The positions are built once, each cluster normalised on its own.
    normalised: list[str] = []
    real_nfc = ssml._nfc

    def spy(text: str) -> str:
        normalised.append(text)
        return real_nfc(text)

    monkeypatch.setattr(ssml, "_nfc", spy)
    term = "सहयोग \u095eाइनेंस"
    text = f"मैं {term} से बोल रही हूँ, आपकी EMI बाकी है। " * 60
    mapped = build_ssml_mapped(
        text, VoiceSettings("hi-IN-SwaraNeural", "hi-IN"), lexicon_entries({term: "सहयोग"})
    )
    assert mapped.ssml.count('<sub alias="सहयोग">') == 60
    prefixes = [t for t in normalised if text.startswith(t) and 8 < len(t) < len(text)]
    assert not prefixes, f"{len(prefixes)} prefixes of the text normalised again"
    assert normalised.count(text) == 1  # the whole text once (is it NFC already?)


# composing across pieces (Tamil ெ+ா, Hangul L+V+T), reordered marks, composition exclusions
_NFC_HARD = list("aé \u0301\u0323क\u093c\u095eो\u0bc6\u0bbe\u0bca\u1100\u1161\u11a8\u0f73")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_NFC_HARD), max_size=30))
def test_the_nfc_position_map_is_the_prefix_by_prefix_one(text: str) -> None:
    norm, at = ssml._nfc_positions(text)
    assert norm == unicodedata.normalize("NFC", text)
    prefixes = [unicodedata.normalize("NFC", text[:i]) for i in range(len(text) + 1)]
    expected = {}
    for i, head in enumerate(prefixes):
        if norm.startswith(head):
            expected.setdefault(len(head), i)
    assert at == expected


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=80),
    terms=st.lists(st.sampled_from(["EMI", "R&D", "<b>", "a'b", "Rs."]), max_size=3, unique=True),
)
def test_any_text_with_any_lexicon_is_a_valid_document_saying_that_text(
    text: str, terms: list[str]
) -> None:
    entries = [LexiconEntry(t, alias=f"say {i}") for i, t in enumerate(terms)]
    parsed = read_ssml(build_ssml(text, AVA, entries), known_voices=DEFAULT_VOICES)
    shown = " ".join(p.shown for p in parsed.pieces if p.shown)
    assert shown.split() == text.split()


def test_the_mapped_document_is_the_built_one_and_maps_text_back() -> None:
    voice = VoiceSettings("hi-IN-SwaraNeural", "hi-IN", style="calm", rate="+5%")
    text = "आपकी EMI बारह हज़ार है, R&D <b>"
    lexicon = lexicon_entries({"EMI": "ई एम आई"})
    mapped = build_ssml_mapped(text, voice, lexicon)
    assert mapped.ssml == build_ssml(text, voice, lexicon)
    assert len(mapped.positions) == len(mapped.ssml)

    def span_of(fragment: str) -> tuple[int, int] | None:
        return mapped.text_span(mapped.ssml.index(fragment), len(fragment))

    for word in ("आपकी", "बारह", "हज़ार", "है"):  # plain text: character for character
        start = text.index(word)
        assert span_of(word) == (start, start + len(word))
    # the content of <sub> maps to the term, its alias attribute to nothing
    assert span_of(">EMI<") == (text.index("EMI"), text.index("EMI") + 3)
    assert span_of("ई एम आई") is None
    # an escape maps to the one character it stands for
    assert span_of("R&amp;D") == (text.index("R&D"), text.index("R&D") + 3)
    assert span_of("&lt;b&gt;") == (text.index("<b>"), text.index("<b>") + 3)
    # outside the document, markup only, or the SDK's "not found"
    assert mapped.text_span(-1, 3) is None
    assert mapped.text_span(0, 6) is None
    assert mapped.text_span(len(mapped.ssml), 2) is None
    assert mapped.text_span(5, 0) is None


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab EMI&<>\"'क ी,\u095e\u0921\u093c")), max_size=40),
    st.booleans(),
)
def test_every_text_character_is_in_the_mapped_document_once_and_in_order(
    text: str, with_lexicon: bool
) -> None:
    lexicon = lexicon_entries(
        {"EMI": "ई एम आई", "ab": "a b", "\u095eक": "फ़क"} if with_lexicon else None
    )
    mapped = build_ssml_mapped(text, AVA, lexicon)
    seen = [p for p in mapped.positions if p >= 0]
    assert sorted(set(seen)) == list(range(len(text)))
    assert seen == sorted(seen)
