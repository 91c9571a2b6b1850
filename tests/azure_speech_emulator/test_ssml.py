"""The emulator's SSML validation: what the service rejects is rejected, through the SDK too."""

from __future__ import annotations

import pytest

from pipecat_rt_best.testing.azure_speech_emulator import (
    DEFAULT_VOICES,
    MS_PER_CHAR,
    AzureSpeechEmulator,
    SsmlError,
    read_ssml,
)

from .helpers import Sdk, ssml_doc

VOICES = DEFAULT_VOICES

RICH = ssml_doc(
    "<lexicon uri='https://example.com/lexicon.xml'/>"
    "<mstts:express-as style='cheerful' styledegree='1.5' role='YoungAdultFemale'>"
    "<prosody rate='+20%' pitch='+5%'>Welcome to "
    "<sub alias='Contoso Bank'>CB</sub>, say "
    "<phoneme alphabet='ipa' ph='təˈmeɪtoʊ'>tomato</phoneme> &amp; more &lt;3"
    "<break time='250ms'/></prosody></mstts:express-as>"
)


def test_a_rich_document_is_read() -> None:
    parsed = read_ssml(RICH, known_voices=VOICES)
    assert parsed.voices == ["en-US-AvaNeural"] and parsed.language == "en-US"
    assert parsed.lexicon_uris == ["https://example.com/lexicon.xml"]
    assert parsed.styles == ["cheerful"]
    assert parsed.subs == [("CB", "Contoso Bank")]
    assert parsed.phonemes == [("tomato", "ipa", "təˈmeɪtoʊ")]
    assert parsed.spoken_text == "Welcome to Contoso Bank , say təˈmeɪtoʊ & more <3"
    assert parsed.pieces[-1].silence_ms == 250
    assert all(abs(p.rate - 1.2) < 1e-9 for p in parsed.pieces)


@pytest.mark.parametrize(
    ("ssml", "message"),
    [
        ("<speak>", "not well-formed"),
        (ssml_doc("Tom & Jerry"), "not well-formed"),
        (ssml_doc("a < b"), "not well-formed"),
        ("<speak version='1.0' xml:lang='en-US'><voice name='en-US-AvaNeural'>x</voice></speak>", "root element"),
        (ssml_doc("x").replace("version='1.0' ", ""), "version"),
        (ssml_doc("x").replace(" xml:lang='en-US'", ""), "xml:lang"),
        (ssml_doc("x", voice="en-US-NobodyNeural"), "Unsupported voice en-US-NobodyNeural"),
        (ssml_doc("x").replace("<voice name='en-US-AvaNeural'>", "stray<voice name='en-US-AvaNeural'>"), "inside a <voice>"),
        (ssml_doc("<phoneme ph='x'>a</phoneme>"), "alphabet"),
        (ssml_doc("<phoneme alphabet='ipa'>a</phoneme>"), "ph attribute"),
        (ssml_doc("<phoneme alphabet='ipa' ph='a'><b/>a</phoneme>"), "may only contain text"),
        (ssml_doc("<phoneme alphabet='ipa' ph='%%%'>a</phoneme>"), "unrecognized phone"),
        (ssml_doc("<sub>CB</sub>"), "alias"),
        (ssml_doc("<lexicon/>"), "uri"),
        (ssml_doc("<prosody>x</prosody>"), "<prosody> needs"),
        (ssml_doc("<prosody rate='warp'>x</prosody>"), "invalid prosody rate"),
        (ssml_doc("<mstts:express-as>x</mstts:express-as>"), "style"),
        (ssml_doc("<mstts:express-as style='sad' styledegree='9'>x</mstts:express-as>"), "styledegree"),
        (ssml_doc("<blink>x</blink>"), "unknown SSML element"),
        (ssml_doc("<break time='forever'/>"), "break time"),
    ],
)  # fmt: skip
def test_invalid_documents_are_rejected(ssml: str, message: str) -> None:
    with pytest.raises(SsmlError, match=message.replace("<", ".").replace(">", ".")):
        read_ssml(ssml, known_voices=VOICES)


async def test_an_invalid_document_reaches_the_sdk_as_a_bad_request(
    emu: AzureSpeechEmulator,
) -> None:
    out = await Sdk(emu.host).assr(ssml_doc("<sub>CB</sub>"))
    assert not out.completed and "1007" in out.error_details and "alias" in out.error_details
    rec = emu.last_request
    assert rec is not None and rec.status == "failed" and "alias" in (rec.error or "")


async def test_sub_and_rate_change_what_is_heard(emu: AzureSpeechEmulator) -> None:
    sdk = Sdk(emu.host)
    plain = await sdk.assr(ssml_doc("Visit CB."))
    subbed = await sdk.assr(ssml_doc("Visit <sub alias='Contoso Bank'>CB</sub>."))
    fast = await sdk.assr(ssml_doc("<prosody rate='2'>Visit CB.</prosody>"))
    assert plain.completed and subbed.completed and fast.completed
    # "CB" is reported as written, but lasts as long as "Contoso Bank" takes to say
    assert [w for w, _, _ in subbed.words] == ["Visit", "CB"]
    assert subbed.words[1][2] == len("Contoso Bank") * MS_PER_CHAR
    assert plain.words[1][2] == 2 * MS_PER_CHAR
    assert len(fast.audio) == len(plain.audio) // 2
    assert emu.requests[1].spoken_text == "Visit Contoso Bank ."
