"""AzureSpeechTTSService through the real Azure Speech SDK against the emulator."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import gc
import itertools
import json
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from loguru import logger

pytest.importorskip("azure.cognitiveservices.speech")

import azure.cognitiveservices.speech as speechsdk
from pipecat.frames.frames import ErrorFrame, TTSAudioRawFrame, TTSTextFrame
from pipecat.services.azure.tts import AzureTTSSettings
from pipecat.utils.errors import ErrorCategory
from pipecat.utils.text.base_text_aggregator import TextType

import pipecat_rt_best.azure_tts.service as tts_service_module
from pipecat_rt_best.azure_tts import AzureSpeechTTSService, LexiconEntry
from pipecat_rt_best.base.frames import G711TTSAudioFrame, RecoverableErrorFrame
from pipecat_rt_best.g711_passthrough.observer import bot_failure
from pipecat_rt_best.g711_passthrough.serializer import TwilioPassthroughSerializer
from pipecat_rt_best.indic_numbers.text_transforms import number_text_transform
from pipecat_rt_best.testing.azure_speech_emulator import AzureSpeechEmulator, read_ssml
from pipecat_rt_best.testing.azure_speech_emulator.server import DEFAULT_VOICES
from tests.ports import refused_port

from .harness import barge_in_then_reconnect, reply_frames, running, wait_until

REPLY = ["Your loan", " of ₹4,500.", "50 is approved", ". Shall I send", " the details?"]


def _tts(emu: AzureSpeechEmulator, **kwargs: object) -> AzureSpeechTTSService:
    kwargs.setdefault("api_key", "test-key")
    return AzureSpeechTTSService(host=emu.host, **kwargs)  # type: ignore[arg-type]


async def _speak(tts: AzureSpeechTTSService, *deltas: str, sample_rate: int = 8000):  # type: ignore[no-untyped-def]
    async with running(tts, sample_rate=sample_rate) as (worker, up, down):
        await worker.queue_frames(reply_frames(*deltas))
        await wait_until(
            lambda: (
                down.of(TTSTextFrame)
                and "LLMFullResponseEndFrame" in [type(f).__name__ for _, f in down.frames]
            ),
            "the reply's end",
        )
        return up, down


async def test_each_sentence_is_one_ssml_request_sent_as_soon_as_it_ends(
    emu: AzureSpeechEmulator,
) -> None:
    tts = _tts(emu, output="ulaw")
    up, down = await _speak(tts, *REPLY)
    assert [r.spoken_text for r in emu.requests] == [
        "Your loan of ₹4,500.50 is approved.",
        "Shall I send the details?",
    ]
    assert [r.ssml for r in emu.requests] == [
        tts.build_ssml("Your loan of ₹4,500.50 is approved."),
        tts.build_ssml("Shall I send the details?"),
    ]
    assert all(r.voice == "en-US-AvaNeural" and r.deployment_id is None for r in emu.requests)
    assert all(r.output_format == "raw-8khz-8bit-mono-mulaw" for r in emu.requests)
    # word-level TTSTextFrames; what they write to the context is the model's text
    words = down.of(TTSTextFrame)
    assert all(f.text_type == TextType.WORD for f in words)
    assert " ".join(f.raw_text or f.text for f in words) == (
        "Your loan of ₹4,500.50 is approved. Shall I send the details?"
    )
    assert not up.of(ErrorFrame)


async def test_mulaw_reaches_a_twilio_line_byte_for_byte(emu: AzureSpeechEmulator) -> None:
    tts = _tts(emu, output="ulaw")
    _, down = await _speak(tts, *REPLY)
    frames = down.audio()
    assert frames and all(
        isinstance(f, G711TTSAudioFrame) and f.sample_rate == 8000 for f in frames
    )
    sent = b"".join(r.audio for r in emu.requests)
    assert b"".join(f.g711 for f in frames) == sent  # type: ignore[attr-defined]
    # the pack's Twilio serializer, fed as its transport feeds it (20 ms PCM chunks)
    serializer = TwilioPassthroughSerializer("MZ-test")
    line = bytearray()
    for frame in frames:
        serializer.feed_model_audio(frame)  # type: ignore[arg-type]
        for i in range(0, len(frame.audio), 320):
            chunk = TTSAudioRawFrame(frame.audio[i : i + 320], 8000, 1)
            message = await serializer.serialize(chunk)
            assert isinstance(message, str)
            line += base64.b64decode(json.loads(message)["media"]["payload"])
    assert bytes(line) == sent


async def test_alaw_output(emu: AzureSpeechEmulator) -> None:
    _, down = await _speak(_tts(emu, output="alaw"), "Namaste.")
    frames = down.audio()
    assert emu.requests[0].output_format == "raw-8khz-8bit-mono-alaw"
    assert b"".join(f.g711 for f in frames) == emu.requests[0].audio  # type: ignore[attr-defined]
    assert all(f.law == "alaw" for f in frames)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("rate", "wire"), [(16000, "raw-16khz-16bit-mono-pcm"), (24000, "raw-24khz-16bit-mono-pcm")]
)
async def test_pcm_output_at_the_pipeline_rate(
    emu: AzureSpeechEmulator, rate: int, wire: str
) -> None:
    _, down = await _speak(_tts(emu), "Namaste.", sample_rate=rate)
    frames = down.audio()
    assert emu.requests[0].output_format == wire
    assert all(type(f) is TTSAudioRawFrame and f.sample_rate == rate for f in frames)
    assert b"".join(f.audio for f in frames) == emu.requests[0].audio


async def test_an_odd_pipeline_rate_is_resampled(emu: AzureSpeechEmulator) -> None:
    _, down = await _speak(_tts(emu), "Namaste.", sample_rate=22050)
    assert emu.requests[0].output_format == "raw-24khz-16bit-mono-pcm"
    frames = down.audio()
    assert frames and all(f.sample_rate == 22050 for f in frames)
    total = sum(len(f.audio) for f in frames) / 2 / 22050
    assert abs(total - len(emu.requests[0].audio) / 2 / 24000) < 0.05


async def test_custom_neural_voice_with_its_deployment_id(emu: AzureSpeechEmulator) -> None:
    tts = _tts(
        emu,
        endpoint_id="dep-brand-1",
        settings=AzureTTSSettings(voice="ContosoBrandNeural", language="en-IN"),
    )
    up, _ = await _speak(tts, "Welcome to Contoso.")
    assert not up.of(ErrorFrame)
    [rec] = emu.requests
    assert (rec.deployment_id, rec.voice, rec.status) == (
        "dep-brand-1",
        "ContosoBrandNeural",
        "completed",
    )
    assert emu.handshakes[-1]["query"] == "deploymentId=dep-brand-1"
    assert 'xml:lang="en-IN"' in (rec.ssml or "")


async def test_a_wrong_deployment_id_is_a_bad_request_and_makes_the_service_unusable(
    emu: AzureSpeechEmulator,
) -> None:
    # Azure closes with 1007 "Invalid deploymentId …" (the SDK: BadRequest), a configuration
    # error: not a network fault to retry on every sentence
    tts = _tts(
        emu,
        endpoint_id="dep-WRONG",
        preconnect=False,
        settings=AzureTTSSettings(voice="ContosoBrandNeural", language="en-IN"),
    )
    async with running(tts) as (worker, up, _down):
        await worker.queue_frames(reply_frames("Welcome to Contoso."))
        await wait_until(lambda: up.of(ErrorFrame), "the error")
        await asyncio.sleep(0.2)
    [error] = [e for e in up.of(ErrorFrame) if "Azure TTS" in e.error]
    assert "Invalid deploymentId dep-WRONG" in error.error
    assert error.category == ErrorCategory.INVALID_REQUEST
    assert not tts.is_usable


async def test_the_ssml_language_follows_the_voice_spoken(emu: AzureSpeechEmulator) -> None:
    # pipecat's AzureTTSService takes voice= too; and a voice given in the settings declares
    # its own locale, not the config's default voice's (en-US)
    for tts in (
        _tts(emu, voice="hi-IN-SwaraNeural"),
        _tts(emu, settings=AzureTTSSettings(voice="hi-IN-SwaraNeural")),
    ):
        await _speak(tts, "नमस्ते।")
        rec = emu.requests[-1]
        assert rec.voice == "hi-IN-SwaraNeural"
        assert 'xml:lang="hi-IN"' in (rec.ssml or ""), rec.ssml
    with pytest.raises(ValueError, match="differ"):
        _tts(emu, voice="hi-IN-SwaraNeural", settings=AzureTTSSettings(voice="en-IN-NeerjaNeural"))


async def test_pipecats_deprecated_params_reach_azure_as_pipecat_applies_them(
    emu: AzureSpeechEmulator,
) -> None:
    # pipecat's AzureTTSService(params=InputParams(...)) applies them (with a deprecation
    # warning); the pack's service took them without a word and dropped style, rate, language
    from pipecat.services.azure.tts import AzureTTSService
    from pipecat.transcriptions.language import Language
    from pipecat.utils import deprecation

    params = AzureTTSService.InputParams(language=Language.HI_IN, style="cheerful", rate="1.2")
    deprecation._warned_sites.clear()
    with pytest.warns(DeprecationWarning, match=r"AzureSpeechTTSService\(params=\.\.\.\)"):
        tts = _tts(emu, voice="hi-IN-SwaraNeural", params=params)
    await _speak(tts, "नमस्ते।")
    ssml = emu.requests[-1].ssml or ""
    assert 'xml:lang="hi-IN"' in ssml and 'style="cheerful"' in ssml and 'rate="1.2"' in ssml
    # a language left unset follows the voice (pipecat's would be en-US), as with settings
    deprecation._warned_sites.clear()  # pipecat warns once per call site
    with pytest.warns(DeprecationWarning):
        unset = AzureTTSService.InputParams(style="cheerful")
        tts = _tts(emu, voice="hi-IN-SwaraNeural", params=unset)
    assert tts._settings.language == "hi-IN" and tts._settings.style == "cheerful"
    # as in pipecat, settings given win over params whole
    deprecation._warned_sites.clear()
    with pytest.warns(DeprecationWarning):
        tts = _tts(emu, params=params, settings=AzureTTSSettings(voice="en-IN-NeerjaNeural"))
    assert (tts._settings.language, tts._settings.style) == ("en-IN", None)
    with pytest.raises(TypeError, match=r"params= takes pipecat's AzureTTSService.InputParams"):
        _tts(emu, params={"style": "cheerful"})


def test_a_misspelt_keyword_is_refused_not_dropped(emu: AzureSpeechEmulator) -> None:
    # pipecat's processors take any keyword silently: ouput="ulaw" gave PCM without a word
    for typo, meant in (("ouput", "output"), ("sampel_rate", "sample_rate"), ("lexicn", "lexicon")):
        with pytest.raises(TypeError, match=f"did you mean '{meant}'"):
            _tts(emu, **{typo: "ulaw"})
    with pytest.raises(TypeError, match="did you mean 'text_transforms'"):  # pipecat's own too
        _tts(emu, text_transfroms=[])
    # pipecat's TTSService keywords still go through
    assert _tts(emu, stop_frame_timeout_s=5.0, output="ulaw")._output == "ulaw"


async def test_a_mid_call_voice_change_brings_its_language_unless_one_was_set(
    emu: AzureSpeechEmulator,
) -> None:
    # a review found the SSML still declaring en-IN after a settings update to a hi-IN voice
    from pipecat.frames.frames import TTSUpdateSettingsFrame

    def update(**fields: str) -> TTSUpdateSettingsFrame:
        return TTSUpdateSettingsFrame(delta=AzureTTSSettings(**fields))  # type: ignore[arg-type]

    async def langs(tts: AzureSpeechTTSService, *steps: TTSUpdateSettingsFrame) -> list[str]:
        start = len(emu.requests)
        async with running(tts) as (worker, _up, _down):
            for step in (None, *steps):
                if step is not None:
                    await worker.queue_frame(step)
                n = len(emu.requests) + 1
                await worker.queue_frames(reply_frames("नमस्ते।"))
                await wait_until(
                    lambda n=n: len(emu.requests) == n and emu.requests[-1].status != "pending",
                    "the sentence",
                )
        return [(r.ssml or "").split('xml:lang="')[1].split('"')[0] for r in emu.requests[start:]]

    voice = _tts(emu, settings=AzureTTSSettings(voice="en-IN-NeerjaNeural"))
    assert await langs(
        voice,
        update(voice="hi-IN-SwaraNeural"),
        update(language="en-IN"),
        update(voice="en-US-AvaNeural"),
    ) == ["en-IN", "hi-IN", "en-IN", "en-IN"]  # an update's language stays chosen
    chosen = _tts(emu, settings=AzureTTSSettings(voice="en-IN-NeerjaNeural", language="en-IN"))
    assert await langs(chosen, update(voice="hi-IN-SwaraNeural")) == ["en-IN", "en-IN"]
    assert emu.requests[-1].voice == "hi-IN-SwaraNeural"


def test_a_voice_without_a_locale_and_no_language_is_warned_about(emu: AzureSpeechEmulator) -> None:
    lines: list[str] = []
    sink = logger.add(lines.append, level="WARNING", format="{message}")
    try:
        _tts(emu, endpoint_id="dep-1", settings=AzureTTSSettings(voice="BrandNeural"))
        assert any("BrandNeural" in line and "AZURE_SPEECH_LANGUAGE" in line for line in lines)
        lines.clear()
        _tts(
            emu,
            endpoint_id="dep-1",
            settings=AzureTTSSettings(voice="BrandNeural", language="hi-IN"),
        )
        assert not lines
    finally:
        logger.remove(sink)


async def test_lexicon_and_escaping_reach_the_service_exactly(emu: AzureSpeechEmulator) -> None:
    tts = _tts(
        emu,
        lexicon=[
            LexiconEntry("EMI", alias="E M I"),
            LexiconEntry("Contoso", phoneme="kənˈtoʊsoʊ"),
            LexiconEntry("R&D", alias="research and development"),
        ],
        lexicon_uri="https://example.com/lex.xml?a=1&b=2",
        settings=AzureTTSSettings(style="cheerful", style_degree="1.5", rate="+10%", pitch="-2st"),
    )
    up, _ = await _speak(tts, 'Contoso\'s "R&D" EMI is < 5% & falling.')
    assert not up.of(ErrorFrame)
    [rec] = emu.requests
    assert rec.ssml == (
        '<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" '
        'xmlns:mstts="http://www.w3.org/2001/mstts" xml:lang="en-US">'
        '<voice name="en-US-AvaNeural"><lexicon uri="https://example.com/lex.xml?a=1&amp;b=2"/>'
        '<mstts:express-as style="cheerful" styledegree="1.5"><prosody rate="+10%" pitch="-2st">'
        '<phoneme alphabet="ipa" ph="kənˈtoʊsoʊ">Contoso</phoneme>&apos;s &quot;'
        '<sub alias="research and development">R&amp;D</sub>&quot; '
        '<sub alias="E M I">EMI</sub> is &lt; 5% &amp; falling.'
        "</prosody></mstts:express-as></voice></speak>"
    )
    parsed = read_ssml(rec.ssml, known_voices=DEFAULT_VOICES)
    assert parsed.subs == [("R&D", "research and development"), ("EMI", "E M I")]
    assert parsed.phonemes == [("Contoso", "ipa", "kənˈtoʊsoʊ")]
    assert rec.lexicon_uris == ["https://example.com/lex.xml?a=1&b=2"]
    assert rec.status == "completed"


async def test_locale_emphasis_and_voice_parameters_settings_reach_azure(
    emu: AzureSpeechEmulator,
) -> None:
    tts = _tts(
        emu,
        settings=AzureTTSSettings(
            language="hi-IN", force_locale=True, emphasis="moderate", voice_parameters="x=1"
        ),
    )
    up, _ = await _speak(tts, "Namaste.")
    assert not up.of(ErrorFrame)
    [rec] = emu.requests
    assert rec.status == "completed"
    assert '<voice name="en-US-AvaNeural" parameters="x=1">' in (rec.ssml or "")
    assert '<lang xml:lang="hi-IN"><emphasis level="moderate">Namaste.</emphasis></lang>' in (
        rec.ssml or ""
    )


async def test_a_control_character_in_the_text_is_dropped_not_fatal(
    emu: AzureSpeechEmulator,
) -> None:
    # XML 1.0 forbids it: one in the SSML made the service refuse the request (BadRequest),
    # which pipecat treats as permanent, silencing the voice for the rest of the call
    tts = _tts(emu)
    up, _ = await _speak(tts, "Press \x1b[1mEnter\x1b[0m now \x0c & wait.")
    assert not up.of(ErrorFrame)
    [rec] = emu.requests
    assert rec.status == "completed"
    assert "Press [1mEnter[0m now  &amp; wait." in (rec.ssml or "")


async def test_the_number_normalizer_runs_as_a_text_transform(emu: AzureSpeechEmulator) -> None:
    tts = _tts(
        emu,
        settings=AzureTTSSettings(voice="hi-IN-SwaraNeural", language="hi-IN"),
        text_transforms=[("*", number_text_transform("hi"))],
    )
    _, down = await _speak(tts, "आपकी EMI ₹12,500 है।")
    [rec] = emu.requests
    assert "बारह हज़ार पाँच सौ रुपये" in rec.spoken_text and "12,500" not in rec.spoken_text
    # the context keeps the model's own text
    words = down.of(TTSTextFrame)
    assert " ".join(f.raw_text or f.text for f in words) == "आपकी EMI ₹12,500 है।"


async def test_auto_numbers_on_a_line_of_their_own_follow_the_reply_not_hindi(
    emu: AzureSpeechEmulator,
) -> None:
    # the transform is told the reply and the voice: "₹12,500" alone on a line of a Tamil
    # reply went to the Tamil voice as Devanagari ("बारह हज़ार ...")
    tts = _tts(
        emu,
        settings=AzureTTSSettings(voice="ta-IN-PallaviNeural", language="ta-IN"),
        text_transforms=[("*", number_text_transform("auto"))],
    )
    await _speak(tts, "உங்கள் நிலுவைத் தொகை:\n₹12,", "500\nகடைசி தேதி:\n05/12")
    await wait_until(lambda: len(emu.requests) == 4, "four sentences")
    spoken = " ".join(r.spoken_text for r in emu.requests)
    assert "பன்னிரண்டாயிரத்து ஐநூறு ரூபாய்" in spoken, spoken
    assert not any("\u0900" <= ch <= "\u097f" for ch in spoken), spoken


async def test_an_early_first_chunk_keeps_a_number_with_the_words_before_it(
    emu: AzureSpeechEmulator,
) -> None:
    # the first chunk ended at "नंबर:", so the account number alone was read as an amount
    # ("नौ करोड़ बारह हज़ार ...")
    tts = _tts(
        emu,
        settings=AzureTTSSettings(voice="hi-IN-SwaraNeural", language="hi-IN"),
        first_chunk_min_chars=24,
        text_transforms=[("*", number_text_transform("hi"))],
    )
    await _speak(tts, "नमस्ते राहुल जी, आपका लोन", " खाता नंबर: 9001", "2345 है।")
    [rec] = emu.requests
    assert "नौ शून्य शून्य एक, दो तीन चार पाँच" in rec.spoken_text, rec.spoken_text


async def test_whole_reply_mode_sends_one_request(emu: AzureSpeechEmulator) -> None:
    await _speak(_tts(emu, whole_reply=True), *REPLY)
    assert [r.spoken_text for r in emu.requests] == [
        "Your loan of ₹4,500.50 is approved. Shall I send the details?"
    ]


async def test_the_connection_is_opened_before_the_first_sentence(emu: AzureSpeechEmulator) -> None:
    emu.faults.connect_delay_s = 0.3
    tts = _tts(emu)
    async with running(tts) as (worker, _, down):
        await wait_until(lambda: tts.connects == 1, "the pre-connect")
        assert not emu.requests
        await worker.queue_frames(reply_frames("Hello there."))
        await wait_until(lambda: down.audio(), "audio")
        [_rec] = emu.requests
        assert len(emu.handshakes) == 1  # the request reused the pre-opened connection


async def test_a_burst_of_pre_connects_during_a_slow_handshake_needs_no_default_executor_thread(
    emu: AzureSpeechEmulator,
) -> None:
    # a review: each pre-connect parked a thread of the loop's default executor in
    # Connection.open, then in a wait for the connected event (up to 5 s). With more calls
    # starting during a slow handshake than that shared executor has free threads, the later
    # calls' open waited in its queue, their greeting went out meanwhile and was lost (a 10 s
    # silence, then an error), and everything else using the executor queued behind the waits.
    # Here its two threads are busy elsewhere (a slow getaddrinfo, say) the whole time.
    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(2))
    busy = threading.Event()
    blockers = [loop.run_in_executor(None, busy.wait, 30.0) for _ in range(2)]
    emu.faults.connect_delay_s = 1.0
    calls = 8
    services = [_tts(emu) for _ in range(calls)]
    try:
        async with contextlib.AsyncExitStack() as stack:
            lines = [await stack.enter_async_context(running(tts)) for tts in services]
            await wait_until(
                lambda: all(tts.connects for tts in services), "every pre-connect", timeout=8.0
            )
            for worker, _up, _down in lines:
                await worker.queue_frames(reply_frames("Hello, thanks for calling."))
            await wait_until(
                lambda: all(down.audio() for _, _, down in lines), "every greeting", timeout=8.0
            )
            busy.set()  # (pipecat's teardown may use the default executor)
        errors = [e.error for _, up, _ in lines for e in up.of(ErrorFrame)]
        assert not errors
        # each greeting went out on its call's pre-opened connection: no handshake paid twice
        assert len(emu.requests) == calls and len(emu.handshakes) == calls
    finally:
        busy.set()
        await asyncio.gather(*blockers)


async def test_a_sentence_is_not_sent_while_its_pre_connect_s_open_still_waits_for_a_thread(
    emu: AzureSpeechEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a request made before Connection.open has run was lost (the review's dead calls): the
    # sentence waits, past the grace, until the open has returned, then goes out on it
    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(1))
    sdk_threads = ThreadPoolExecutor(1)
    monkeypatch.setattr(tts_service_module, "_sdk_executor", sdk_threads, raising=False)
    monkeypatch.setattr(tts_service_module, "_PRECONNECT_GRACE_S", 0.05)
    busy = threading.Event()
    blockers = [loop.run_in_executor(executor, busy.wait, 30.0) for executor in (None, sdk_threads)]
    tts = _tts(emu)
    try:
        async with running(tts) as (worker, up, down):
            await worker.queue_frames(reply_frames("Hello, thanks for calling."))
            await wait_until(lambda: tts._connecting_context is not None, "the sentence's wait")
            await asyncio.sleep(0.5)  # well past the grace (0.05 s)
            assert tts._issued == 0 and not emu.handshakes
            busy.set()  # the open runs: the pre-connect, then the sentence on its connection
            await wait_until(lambda: down.audio(), "the greeting")
        assert not up.of(ErrorFrame)
        assert len(emu.requests) == 1 and len(emu.handshakes) == 1
    finally:
        busy.set()
        await asyncio.gather(*blockers)
        sdk_threads.shutdown()


@pytest.mark.parametrize(
    ("fault", "category", "says"),
    [
        ({"refuse_handshake": 429}, ErrorCategory.RATE_LIMIT, "TooManyRequests"),
        ({"close_after_audio_chunks": 1}, ErrorCategory.CONNECTIVITY, "ConnectionFailure"),
        ({"fail_request": (1011, "Backend exploded.")}, ErrorCategory.SERVER, "Backend exploded."),
    ],
)
async def test_a_failed_sentence_is_one_error_frame_and_the_call_goes_on(
    emu: AzureSpeechEmulator, fault: dict[str, object], category: ErrorCategory, says: str
) -> None:
    tts = _tts(emu, preconnect=False)
    async with running(tts) as (worker, up, down):
        for name, value in fault.items():
            setattr(emu.faults, name, value)
        await worker.queue_frames(reply_frames("This sentence fails."))
        await wait_until(lambda: up.of(ErrorFrame), "the error")
        for name in fault:
            setattr(emu.faults, name, type(emu.faults)().__getattribute__(name))
        await asyncio.sleep(0.2)
        [error] = [e for e in up.of(ErrorFrame) if "Azure TTS" in e.error]
        assert says in error.error and error.category in (category, ErrorCategory.UNKNOWN)
        before = len(down.audio())
        await worker.queue_frames(reply_frames("This one works."))
        await wait_until(
            lambda: emu.requests and emu.requests[-1].status == "completed", "the next reply"
        )
        await wait_until(lambda: len(down.audio()) > before, "its audio")
        assert len([e for e in up.of(ErrorFrame) if "Azure TTS" in e.error]) == 1
        assert tts.is_usable


async def test_a_dropped_connection_is_recoverable_and_an_unreachable_service_is_not(
    emu: AzureSpeechEmulator,
) -> None:
    # a connection that worked and dropped mid-sentence was reported like an unreachable
    # service (CONNECTIVITY), and the call runner ended the call on it although the next
    # sentence reconnects; a service that cannot be reached at all still ends the call
    emu.faults.close_after_audio_chunks = 1
    tts = _tts(emu, preconnect=False)
    async with running(tts) as (worker, up, _down):
        await worker.queue_frames(reply_frames("This sentence drops."))
        await wait_until(lambda: up.of(ErrorFrame), "the error")
    [dropped] = [e for e in up.of(ErrorFrame) if "Azure TTS" in e.error]
    assert isinstance(dropped, RecoverableErrorFrame)
    assert dropped.category == ErrorCategory.CONNECTIVITY and "ConnectionFailure" in dropped.error
    assert bot_failure(dropped) is None

    unreachable = AzureSpeechTTSService(host=f"ws://127.0.0.1:{refused_port()}", api_key="k")
    async with running(unreachable) as (worker, up, _down):
        await worker.queue_frames(reply_frames("Nobody hears this."))
        await wait_until(lambda: up.of(ErrorFrame), "the error", timeout=30)
    [refused, *_] = [e for e in up.of(ErrorFrame) if "Azure TTS" in e.error]
    assert not isinstance(refused, RecoverableErrorFrame)
    assert refused.category == ErrorCategory.CONNECTIVITY
    assert bot_failure(refused) == "connectivity error in " + unreachable.name


@pytest.mark.parametrize(("status", "frames"), [(429, 2), (401, 1)])
async def test_how_many_error_frames_a_sentence_refused_before_any_audio_gives(
    emu: AzureSpeechEmulator, status: int, frames: int
) -> None:
    # pipecat reports every context that completes with no audio ("TTS context … completed
    # with no audio", uncategorized) on top of the pack's categorized error; a configuration
    # error writes the service off first, and pipecat does not report an unusable service's
    # silence. README §4 says so.
    emu.faults.refuse_handshake = status
    tts = _tts(emu, preconnect=False)
    async with running(tts) as (worker, up, _down):
        await worker.queue_frames(reply_frames("This sentence fails."))
        await wait_until(lambda: len(up.of(ErrorFrame)) >= frames, "the errors")
        await asyncio.sleep(0.5)  # nothing more comes
    errors = sorted(e.error for e in up.of(ErrorFrame))
    assert len(errors) == frames and "Azure TTS could not speak a sentence" in errors[0]
    if frames == 2:
        assert "completed with no audio" in errors[1]
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    bullet = readme[readme.index("* 429 / server error / dropped connection") :]
    bullet = bullet[: bullet.index("\n* ")]
    assert "so two `ErrorFrame`s" in bullet and "configuration error: one `ErrorFrame`" in bullet


async def test_a_refused_pre_connect_does_not_hold_the_first_sentence(
    emu: AzureSpeechEmulator,
) -> None:
    # the SDK signals nothing when a handshake is refused: the sentence waits a short grace,
    # not the pre-connect's whole timeout, then connects for itself and reports the refusal
    emu.faults.refuse_handshake = 429
    tts = _tts(emu)  # pre-connect on
    async with running(tts) as (worker, up, _down):
        await wait_until(lambda: emu.handshakes, "the refused pre-connect")
        await worker.queue_frames(reply_frames("Your balance is ready."))
        await wait_until(lambda: up.of(ErrorFrame), "the sentence's error")
        # reported while the pre-connect is still waiting out its timeout
        assert tts._connect_task is not None and not tts._connect_task.done()
        [error] = up.of(ErrorFrame)
        assert "TooManyRequests" in error.error and error.category == ErrorCategory.RATE_LIMIT


async def test_a_wrong_key_is_an_authentication_error_and_the_pipeline_runs_on(
    emu: AzureSpeechEmulator,
) -> None:
    tts = _tts(emu, api_key="wrong-key-do-not-log", preconnect=False)
    async with running(tts) as (worker, up, _down):
        await worker.queue_frames(reply_frames("Hello."))
        await wait_until(lambda: up.of(ErrorFrame), "the error")
        [error] = [e for e in up.of(ErrorFrame) if "Azure TTS" in e.error]
        assert "AuthenticationFailure" in error.error and "401" in error.error
        assert error.category == ErrorCategory.AUTHENTICATION
        assert "wrong-key-do-not-log" not in error.error and "wrong-key" not in repr(tts)
    assert not emu.requests


async def test_a_first_byte_slower_than_pipecat_s_stop_timeout_is_waited_for(
    emu: AzureSpeechEmulator,
) -> None:
    # a cold custom-voice deployment: 3.5 s to the first byte, within the service's own
    # silence_timeout_s (10 s). A review found pipecat's stop_frame_timeout_s (3 s) closing
    # the context first: TTSStoppedFrame and "completed with no audio" at 3 s, then the audio
    from pipecat.frames.frames import TTSStartedFrame, TTSStoppedFrame

    emu.faults.first_byte_delay_s = 3.5
    tts = _tts(emu, output="ulaw")
    async with running(tts) as (worker, up, down):
        await worker.queue_frames(reply_frames("Welcome to the bank."))
        await wait_until(lambda: down.of(TTSStoppedFrame), "the end of the reply", 10)
        await asyncio.sleep(0.2)
    assert not up.of(ErrorFrame)
    kinds = [
        type(f).__name__
        for _, f in down.frames
        if isinstance(f, (TTSStartedFrame, TTSStoppedFrame, TTSAudioRawFrame))
    ]
    assert kinds[0] == "TTSStartedFrame" and kinds[-1] == "TTSStoppedFrame"
    assert kinds.count("TTSStartedFrame") == kinds.count("TTSStoppedFrame") == 1
    assert b"".join(f.g711 for f in down.audio()) == emu.requests[0].audio  # type: ignore[attr-defined]


async def test_a_service_never_reached_within_the_silence_timeout_is_a_connectivity_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # WRONG: with Azure Speech unreachable, the SDK sometimes took longer to report the failed
    # connection than the silence timeout (two CI runs, a refused port: nothing for 10 s after
    # the pre-connect gave up): the call got "sent nothing for 10 s" as a SERVER error, not
    # "cannot reach Azure Speech". The SDK's slowness is not reproducible here, so its silence
    # is: the wait for the SDK's next event times out, as it did there.
    # EXPECTED: silence on a connection that was never made is a connectivity error
    async def silent(*_args: object) -> object:
        raise TimeoutError

    monkeypatch.setattr(AzureSpeechTTSService, "_next_event", silent)
    tts = AzureSpeechTTSService(host=f"ws://127.0.0.1:{refused_port()}", api_key="k")
    async with running(tts) as (worker, up, _down):
        await worker.queue_frames(reply_frames("Nobody hears this."))
        await wait_until(lambda: up.of(ErrorFrame), "the error", timeout=30)
    [refused, *_] = [e for e in up.of(ErrorFrame) if "Azure TTS" in e.error]
    assert "could not reach Azure Speech" in refused.error
    assert refused.category == ErrorCategory.CONNECTIVITY
    assert not isinstance(refused, RecoverableErrorFrame)
    assert bot_failure(refused) == "connectivity error in " + tts.name


async def test_silence_past_pipecat_s_stop_timeout_is_reported_at_silence_timeout_s(
    emu: AzureSpeechEmulator,
) -> None:
    emu.faults.first_byte_delay_s = 30.0
    tts = _tts(emu, silence_timeout_s=4.0)
    async with running(tts) as (worker, up, _down):
        await worker.queue_frames(reply_frames("Nothing comes back."))
        await asyncio.sleep(3.5)
        assert not up.of(ErrorFrame)  # pipecat's 3 s would have closed it as silent
        await wait_until(lambda: up.of(ErrorFrame), "the error")
        [error] = [e for e in up.of(ErrorFrame) if "Azure TTS" in e.error]
        assert "sent nothing for 4 s" in error.error


async def test_a_silent_service_is_given_up_on_and_the_next_sentence_is_spoken(
    emu: AzureSpeechEmulator,
) -> None:
    tts = _tts(emu, silence_timeout_s=0.4)
    async with running(tts) as (worker, up, down):
        emu.faults.first_byte_delay_s = 3.0
        await worker.queue_frames(reply_frames("Nothing comes back."))
        await wait_until(lambda: up.of(ErrorFrame), "the error")
        emu.faults.first_byte_delay_s = 0.0
        [error] = [e for e in up.of(ErrorFrame) if "Azure TTS" in e.error]
        assert "sent nothing for 0.4 s" in error.error  # (was "0 s")
        await worker.queue_frames(reply_frames("This one works."))
        await wait_until(lambda: emu.requests[-1].status == "completed", "the next sentence")
        await wait_until(lambda: down.audio(), "its audio")
        assert emu.requests[0].status == "cancelled" and not emu.requests[0].audio


@pytest.mark.parametrize("preconnect", [True, False])
@pytest.mark.parametrize("is_async", [False, True])
async def test_a_token_provider_renews_the_token_for_the_next_connection(
    preconnect: bool, is_async: bool
) -> None:
    # STS tokens last ~10 minutes: a review found AZURE_SPEECH_AUTH_TOKEN read once, so the
    # first reconnection after it expired got a 401 and the voice was written off for the call
    current = ["tok-1"]

    def sync_provider() -> str:
        return current[0]

    async def async_provider() -> str:
        return current[0]

    async def call(**auth: object) -> tuple[AzureSpeechEmulator, list[ErrorFrame]]:
        async with AzureSpeechEmulator(tokens={"tok-1"}) as emu:
            current[0] = "tok-1"
            tts = _tts(emu, api_key=None, output="ulaw", preconnect=preconnect, **auth)
            async with running(tts) as (worker, up, down):
                await worker.queue_frames(reply_frames("Your loan is approved."))
                await wait_until(
                    lambda: emu.requests[-1:] and emu.requests[-1].status == "completed", "1"
                )
                # the token expires and the provider has a new one; a barge-in (stop_speaking
                # closes the connection) makes the next sentence connect again
                emu.tokens = {"tok-2"}
                current[0] = "tok-2"
                await barge_in_then_reconnect(worker, emu, up, down)
                await asyncio.sleep(0.2)
            return emu, up.of(ErrorFrame)

    emu, errors = await call(token_provider=async_provider if is_async else sync_provider)
    assert not errors and [r.status for r in emu.requests][-1] == "completed"
    assert {h["status"] for h in emu.handshakes} == {101} and len(emu.handshakes) >= 2
    # the same call on the token read once: its reconnection is refused
    emu, errors = await call(auth_token="tok-1")
    assert 401 in {h["status"] for h in emu.handshakes} and errors


async def test_a_failing_token_provider_is_one_clear_error_and_the_call_goes_on() -> None:
    logs: list[str] = []
    sink = logger.add(logs.append, level="DEBUG")
    state = {"fail": True}

    def provider() -> str:
        if state["fail"]:
            raise RuntimeError("STS said no to secret-client-credential")
        return "tok-1"

    try:
        async with AzureSpeechEmulator(tokens={"tok-1"}) as emu:
            tts = _tts(emu, api_key=None, token_provider=provider, preconnect=False)
            async with running(tts) as (worker, up, down):
                await worker.queue_frames(reply_frames("Your loan is approved."))
                await wait_until(lambda: up.of(ErrorFrame), "the error")
                state["fail"] = False
                await worker.queue_frames(reply_frames("Anything else?"))
                await wait_until(
                    lambda: emu.requests and emu.requests[-1].status == "completed", "the next"
                )
                await wait_until(lambda: down.audio(), "its audio")
        assert [r.spoken_text for r in emu.requests] == ["Anything else?"]
        [error] = [e for e in up.of(ErrorFrame) if "token" in e.error]
        # the application's code failed: not a reason to write the voice off for the call
        assert error.category == ErrorCategory.APPLICATION
        assert "token provider failed" in error.error
        assert not any("secret-client-credential" in line for line in logs)
        assert any("RuntimeError" in line for line in logs)
    finally:
        logger.remove(sink)


async def test_a_token_provider_that_stops_answering_does_not_hold_the_call_open(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A review (session 25): a provider that answered at setup, then stalled (an STS or
    Entra request that never returns) left the sentence waiting for good, and the pipeline
    could not end on an EndFrame. It is now a provider that did not answer: one error, and
    the call ends."""
    monkeypatch.setattr(tts_service_module, "_CONNECT_TIMEOUT_S", 0.3)
    calls = {"n": 0}

    async def provider() -> str:
        calls["n"] += 1
        if calls["n"] > 1:
            await asyncio.Event().wait()  # never answers
        return "tok-1"

    async with AzureSpeechEmulator(tokens={"tok-1"}) as emu:
        tts = _tts(emu, api_key=None, token_provider=provider, preconnect=False)
        async with running(tts) as (worker, up, _down):
            await worker.queue_frames(reply_frames("Your loan is approved."))
            await wait_until(lambda: up.of(ErrorFrame), "the error")
        assert emu.requests == []
    [error] = [e for e in up.of(ErrorFrame) if "token" in e.error]
    assert error.category == ErrorCategory.APPLICATION


@pytest.mark.parametrize("is_async", [False, True])
async def test_a_token_provider_slower_than_pipecat_s_stop_timeout_is_waited_for(
    is_async: bool,
) -> None:
    """A review's repro, once a sync provider no longer held the loop: a sentence waiting for
    a slow token refresh (within the provider's timeout) left pipecat's audio context silent,
    so pipecat closed it at its stop timeout ("completed with no audio", an ErrorFrame) before
    the sentence was spoken. The context is kept open while the token is fetched."""
    calls = {"n": 0}

    def sync_provider() -> str:  # the setup's token at once; the sentence's after a refresh
        calls["n"] += 1
        if calls["n"] > 1:
            threading.Event().wait(2.5)
        return "tok-1"

    async def async_provider() -> str:
        calls["n"] += 1
        if calls["n"] > 1:
            await asyncio.sleep(2.5)
        return "tok-1"

    provider = async_provider if is_async else sync_provider
    async with AzureSpeechEmulator(tokens={"tok-1"}) as emu:
        tts = _tts(
            emu, api_key=None, token_provider=provider, preconnect=False, stop_frame_timeout_s=1.0
        )
        async with running(tts) as (worker, up, down):
            await worker.queue_frames(reply_frames("Your loan is approved."))
            await wait_until(lambda: down.audio(), "the sentence's audio")
            await wait_until(lambda: emu.requests[-1].status == "completed", "its end")
    assert calls["n"] == 2
    assert not up.of(ErrorFrame)


def _watch_speak_futures(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Patch ``speak_ssml_async`` so each future it returns is recorded when ``get()`` collects
    it; the list of collected futures."""
    got: list[object] = []
    real = speechsdk.SpeechSynthesizer.speak_ssml_async

    def speak(self: speechsdk.SpeechSynthesizer, ssml: str) -> object:
        future = real(self, ssml)

        class Watched:
            def get(self) -> object:
                got.append(future)
                return future.get()

        return Watched()

    monkeypatch.setattr(speechsdk.SpeechSynthesizer, "speak_ssml_async", speak)
    return got


async def test_every_sdk_request_future_is_collected(monkeypatch: pytest.MonkeyPatch) -> None:
    """A review (session 25) measured about five native Speech SDK threads left per call: the
    future speak_ssml_async returns was never collected with get(). Each one is now."""
    got = _watch_speak_futures(monkeypatch)
    async with AzureSpeechEmulator() as emu:
        tts = _tts(emu)
        async with running(tts) as (worker, _up, down):
            await worker.queue_frames(reply_frames("Your loan is approved. Anything else?"))
            await wait_until(lambda: len(emu.requests) == 2 and down.audio(), "both sentences")
            await wait_until(lambda: len(got) == 2, "both futures collected")


def _native_threads() -> int:
    """The process's threads Python did not start: the Speech SDK's native ones."""
    python = {t.native_id for t in threading.enumerate()}
    return len({int(t) for t in os.listdir("/proc/self/task")} - python)


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts threads in /proc")
@pytest.mark.parametrize("stop_reaches_azure", [True, False])
async def test_a_hang_up_mid_sentence_on_a_loop_per_call_leaves_no_sdk_thread(
    emu: AzureSpeechEmulator, monkeypatch: pytest.MonkeyPatch, stop_reaches_azure: bool
) -> None:
    """A review: with an event loop per call (``asyncio.run`` per call, as a thread-per-call
    server does), a caller who hung up mid-sentence left three native SDK threads for good.
    cleanup did not stop the request, so its terminal event came about 3 s later, after the
    loop had closed, and its future was never collected. Now cleanup stops the request, and a
    terminal event that still comes after the loop closed (here: a stop that never reaches
    Azure) has its future collected on the pack's SDK executor."""
    got = _watch_speak_futures(monkeypatch)

    class Unheard:  # a stop that does nothing: the request ends on its own, later
        def get(self) -> None:
            return None

    if not stop_reaches_azure:
        monkeypatch.setattr(
            speechsdk.SpeechSynthesizer, "stop_speaking_async", lambda self: Unheard()
        )
    emu.faults.realtime_factor = 1.0  # the sentence is still being said at the hang-up

    async def call() -> AzureSpeechTTSService:
        tts = _tts(emu, output="ulaw")
        async with running(tts) as (worker, _up, down):
            await worker.queue_frames(
                reply_frames("Namaste, this is a reminder about your EMI. Please pay it soon.")
            )
            await wait_until(lambda: down.audio(), "the first audio")
            await worker.cancel()  # the caller hung up
        return tts

    async def hang_up(calls: int) -> None:
        tts = await asyncio.to_thread(asyncio.run, call())  # the call's loop is closed now
        assert emu.requests[-1].status != "completed"  # it was hung up on mid-sentence
        assert tts._active is None  # cleanup stopped it (asked Azure to, at least)
        await wait_until(lambda: tts._terminated == tts._issued, "the request's terminal event")
        await wait_until(lambda: len(got) == calls, "its future collected")

    def settled() -> bool:
        gc.collect()  # the call's synthesizer is gone
        return _native_threads() <= before

    before = _native_threads()
    for calls in (1, 2):
        await hang_up(calls)
        await wait_until(settled, "the SDK's threads to end")


@pytest.mark.parametrize("terminal_first", [False, True], ids=["issued-first", "ended-first"])
def test_a_request_ending_as_its_loop_ends_still_has_its_future_collected(
    terminal_first: bool,
) -> None:
    """The CI run of session 50 failed the hang-up test above: the stop's terminal event came
    while the call's loop was ending, the collection it scheduled on that loop never ran (the
    loop closed first), and the future kept its native threads. It is now handed to the SDK
    executor from whichever thread comes second: the SDK's, at the terminal event, or the
    loop's, handing over what ``speak_ssml_async`` returned."""
    from pipecat_rt_best.azure_tts.service import _Request

    collected = threading.Event()

    class Future:
        def get(self) -> None:
            collected.set()

    loop = asyncio.new_event_loop()  # the call's loop, ending: nothing more runs on it
    req = _Request(loop, 1)

    def terminal_event() -> None:  # on the SDK's event thread
        thread = threading.Thread(target=req.end)
        thread.start()
        thread.join()

    if terminal_first:
        terminal_event()
        req.issued(Future())
    else:
        req.issued(Future())
        terminal_event()
    loop.close()
    assert collected.wait(5), "the request's SDK future was never collected"


async def test_each_word_frame_carries_its_place_in_the_replys_audio(
    emu: AzureSpeechEmulator,
) -> None:
    # a PlayoutTracker after the output transport counts a word heard by where it is in the
    # reply's audio (WORD_AUDIO_SPAN), as the model's copy is cut, not by when the transport
    # let its text through (two loaded CI runs: the context kept a word the model did not)
    from pipecat_rt_best.base.frames import WORD_AUDIO_SPAN, PlayoutSegmentFrame

    _up, down = await _speak(
        _tts(emu, output="ulaw"), "Your loan of ₹4,50,000 is approved. ", "Shall I pay?"
    )
    [segment] = [f.segment_id for f in down.of(PlayoutSegmentFrame)]
    words = [f for f in down.of(TTSTextFrame) if f.text.strip()]
    assert [f.text for f in words] == [
        "Your",
        "loan",
        "of",
        "4,50,000",
        "is",
        "approved",
        "Shall",
        "I",
        "pay",
    ]
    spans = [f.metadata[WORD_AUDIO_SPAN]() for f in words]
    assert {s[0] for s in spans} == {segment}
    assert all(a[2] <= b[1] for a, b in itertools.pairwise(spans)), spans  # in order
    assert all(s[1] < s[2] for s in spans), spans
    amount, one_word = spans[3], spans[2]
    assert amount[2] - amount[1] > 2 * (one_word[2] - one_word[1])  # all its spoken words
