"""A test a hand mutation run (session 22) found missing: it kills mutant X18."""

import xml.etree.ElementTree as ET

from pipecat_rt_best.azure_tts.ssml import LexiconEntry, VoiceSettings, build_ssml


def test_an_x_sampa_phoneme_with_its_stress_quote_stays_well_formed():
    e = LexiconEntry("Pune", phoneme='"pu:ne', alphabet="x-sampa")  # X-SAMPA: " = primary stress
    doc = build_ssml("Welcome to Pune.", VoiceSettings("en-IN-NeerjaNeural", "en-IN"), [e])
    ph = ET.fromstring(doc).find(".//{http://www.w3.org/2001/10/synthesis}phoneme")
    assert ph is not None and ph.get("ph") == '"pu:ne'
