"""The real Azure Speech SDK against the emulator: requests, formats, audio, boundaries."""

from __future__ import annotations

import numpy as np
import pytest

from pipecat_rt_best.base import g711
from pipecat_rt_best.testing.azure_speech_emulator import (
    MS_PER_CHAR,
    AzureSpeechEmulator,
    output_format,
    render,
)
from pipecat_rt_best.testing.azure_speech_emulator.ssml import text_pieces

from .helpers import FMT, ULAW, Sdk, ssml_doc


async def test_prebuilt_voice_ssml_is_recorded_exactly_and_answered_with_audio(
    emu: AzureSpeechEmulator,
) -> None:
    ssml = ssml_doc("Your loan is approved.")
    out = await Sdk(emu.host).assr(ssml)
    assert out.completed, out.error_details
    rec = emu.last_request
    assert rec is not None
    assert rec.ssml == ssml
    assert (rec.kind, rec.voice, rec.deployment_id) == ("ssml", "en-US-AvaNeural", None)
    assert rec.output_format == "raw-8khz-8bit-mono-mulaw"
    assert emu.connections[-1].path == "/cognitiveservices/websocket/v1"
    # the SDK got exactly what the emulator rendered, chunk by chunk
    assert out.audio == rec.audio == b"".join(out.chunks)
    expected = render(text_pieces("Your loan is approved."), output_format(rec.output_format))
    assert out.audio == expected.audio
    # 4 words of 4+4+2+8 characters and 3 gaps: (18 + 3) * 65 ms at 8 bytes per ms
    assert len(out.audio) == (18 + 3) * MS_PER_CHAR * 8


async def test_custom_voice_deployment_id_goes_on_the_wire(emu: AzureSpeechEmulator) -> None:
    out = await Sdk(emu.host, endpoint_id="dep-brand-1").assr(
        ssml_doc("Welcome to Contoso.", voice="ContosoBrandNeural")
    )
    assert out.completed, out.error_details
    assert emu.handshakes[-1]["query"] == "deploymentId=dep-brand-1"
    rec = emu.last_request
    assert rec is not None and (rec.deployment_id, rec.voice) == (
        "dep-brand-1",
        "ContosoBrandNeural",
    )


async def test_custom_voice_without_its_deployment_is_refused(emu: AzureSpeechEmulator) -> None:
    out = await Sdk(emu.host).assr(ssml_doc("Hi.", voice="ContosoBrandNeural"))
    assert not out.completed
    assert "Unsupported voice ContosoBrandNeural" in out.error_details
    assert "1007" in out.error_details


async def test_unknown_deployment_fails_the_request(emu: AzureSpeechEmulator) -> None:
    out = await Sdk(emu.host, endpoint_id="nope").assr(ssml_doc("Hi."))
    # Azure closes with 1007 "Invalid deploymentId X." (the emulator does so since 0243d03)
    assert not out.completed and "Invalid deploymentId nope" in out.error_details


@pytest.mark.parametrize(
    ("sdk_format", "name", "bytes_per_ms"),
    [
        (ULAW, "raw-8khz-8bit-mono-mulaw", 8),
        (FMT.Raw8Khz8BitMonoALaw, "raw-8khz-8bit-mono-alaw", 8),
        (FMT.Raw8Khz16BitMonoPcm, "raw-8khz-16bit-mono-pcm", 16),
        (FMT.Raw16Khz16BitMonoPcm, "raw-16khz-16bit-mono-pcm", 32),
        (FMT.Raw24Khz16BitMonoPcm, "raw-24khz-16bit-mono-pcm", 48),
    ],
)
async def test_each_output_format_is_rendered_at_its_rate(
    emu: AzureSpeechEmulator, sdk_format: object, name: str, bytes_per_ms: int
) -> None:
    out = await Sdk(emu.host, fmt=sdk_format).assr(ssml_doc("One two."))
    assert out.completed, out.error_details
    assert emu.last_request is not None and emu.last_request.output_format == name
    assert len(out.audio) == (3 + 1 + 3) * MS_PER_CHAR * bytes_per_ms  # "One", gap, "two"


def _pcm(audio: bytes, name: str) -> np.ndarray:
    fmt = output_format(name)
    if fmt.encoding == "ulaw":
        return g711.ulaw_decode(audio).astype(np.int32)
    if fmt.encoding == "alaw":
        return g711.alaw_decode(audio).astype(np.int32)
    return np.frombuffer(audio, dtype="<i2").astype(np.int32)


async def test_word_boundaries_reported_by_the_sdk_match_the_audio(
    emu: AzureSpeechEmulator,
) -> None:
    text = "Namaste, your EMI of ₹4,500 is due on 5 March."
    out = await Sdk(emu.host, fmt=FMT.Raw16Khz16BitMonoPcm).assr(ssml_doc(text))
    assert out.completed, out.error_details
    words = [w for w, _, _ in out.words]
    assert words == ["Namaste", "your", "EMI", "of", "4,500", "is", "due", "on", "5", "March"]
    pcm = _pcm(out.audio, "raw-16khz-16bit-mono-pcm")
    per_ms = 16
    sounded = np.abs(pcm) > 200
    previous_end = 0
    for word, offset, duration in out.words:
        a, b = round(offset * per_ms), round((offset + duration) * per_ms)
        assert duration > 0
        # the word's tone fills its span; the gap before it is silent
        assert sounded[a + 8 * per_ms : b - 8 * per_ms].mean() > 0.5, word
        assert not sounded[previous_end:a].any(), word
        previous_end = b
    assert previous_end == len(pcm)


async def test_devanagari_words_keep_their_vowel_signs_and_the_sdk_places_them_in_the_ssml(
    emu: AzureSpeechEmulator,
) -> None:
    body = "आपकी <sub alias='ई एम आई'>EMI</sub> बाकी है, जो R&amp;D से है।"
    ssml = ssml_doc(body, voice="hi-IN-SwaraNeural", lang="hi-IN")
    out = await Sdk(emu.host).assr(ssml)
    assert out.completed, out.error_details
    # vowel signs (ी ै ो े) are combining marks: part of the word, as Azure reports it
    words = [w for w, _, _ in out.words]
    assert words == ["आपकी", "EMI", "बाकी", "है", "जो", "R&D", "से", "है"]
    # the SDK's text_offset/word_length are positions in the SSML it sent (searched after
    # the previous word): the <sub> content for EMI; -1 for text that went out escaped
    for (word, _, _), (offset, length) in zip(out.words, out.places, strict=True):
        if word == "R&D":
            assert offset == -1
        else:
            assert ssml[offset : offset + length] == word
    emi = out.places[1][0]
    assert ssml[emi - 1] == ">" and ssml[emi + 3 :].startswith("</sub>")
    assert out.places[3][0] < out.places[7][0]  # the second "है" is found after the first


async def test_text_stream_pieces_are_recorded_and_spoken_like_the_whole_text(
    emu: AzureSpeechEmulator,
) -> None:
    sdk = Sdk(emu.host, voice="hi-IN-SwaraNeural")
    text = "Aapka loan approve ho gaya hai. Kya aap EMI jaanna chahenge?"
    pieces = ["Aap", "ka lo", "an approve ho ", "gaya hai. Kya aap E", "MI jaanna chahenge?"]
    out = await sdk.astream(pieces)
    assert out.completed, out.error_details
    rec = emu.last_request
    assert rec is not None
    assert (rec.kind, rec.voice, rec.text_pieces) == ("text_stream", "hi-IN-SwaraNeural", pieces)
    assert rec.context["synthesis"]["input"]["bidirectionalStreamingMode"] is True
    whole = render(text_pieces(text), output_format("raw-8khz-8bit-mono-mulaw"))
    assert out.audio == whole.audio
    assert [w for w, _, _ in out.words] == [
        b.text for b in whole.boundaries if b.kind == "WordBoundary"
    ]


async def test_requests_on_one_connection_run_in_order(emu: AzureSpeechEmulator) -> None:
    sdk = Sdk(emu.host)
    first = await sdk.assr(ssml_doc("First sentence."))
    second = await sdk.assr(ssml_doc("Second."))
    assert first.completed and second.completed
    assert [r.spoken_text for r in emu.requests] == ["First sentence.", "Second."]
    assert len(emu.connections) == 1


async def test_a_bearer_token_authenticates_too() -> None:
    async with AzureSpeechEmulator(tokens={"entra-token-xyz"}) as emu:
        out = await Sdk(emu.host, key=None, token="entra-token-xyz").assr(ssml_doc("Hi."))
        assert out.completed, out.error_details
        assert emu.connections[-1].auth == "bearer"
