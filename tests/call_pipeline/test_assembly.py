"""phone_call(): one call with every practice, against the realtime and Azure Speech emulators.

Each test puts a real call through: a provider-like simulator → pipecat's runner shape (a
``/ws`` route calling the pack's runner adapters) → phone_call's pipeline → the emulators.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from types import SimpleNamespace
from typing import Any, cast

import pytest
from loguru import logger
from pipecat.adapters.llm.schemas.direct_function import tool_options
from pipecat.audio.vad.vad_analyzer import VADAnalyzer
from pipecat.frames.frames import (
    FunctionCallCancelFrame,
    InputAudioRawFrame,
    LLMContextFrame,
    LLMRunFrame,
    VADUserStartedSpeakingFrame,
    VADUserStoppedSpeakingFrame,
)
from pipecat.processors.aggregators.llm_response_universal import LLMUserAggregatorParams
from pipecat.processors.frame_processor import FrameProcessor
from pipecat.runner.types import WebSocketRunnerArguments
from pipecat.services.llm_service import FunctionCallParams
from pipecat.transports.base_transport import BaseTransport
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute

from pipecat_rt_best.azure_tts import AzureSpeechConfigError, AzureSpeechTTSService
from pipecat_rt_best.azure_tts.ssml import VoiceSettings, build_ssml
from pipecat_rt_best.call_pipeline import (
    PhoneCall,
    RunnerCall,
    assembly as assembly_module,
    passthrough_transport,
    prompt_lexicon,
    run_call_worker,
    serve_in_background,
)
from pipecat_rt_best.call_pipeline.assembly import (
    SessionFormat,
    phone_call,
    unavailable_tool_handlers,
)
from pipecat_rt_best.noise_robust_vad import NoiseRobustVADAnalyzer
from pipecat_rt_best.noise_robust_vad.turns import manual_turn_strategies
from pipecat_rt_best.realtime.env import reconnect_from_env
from pipecat_rt_best.realtime.pooled import realtime_pool_from_env
from pipecat_rt_best.realtime_prompt import (
    Pronunciation,
    PronunciationLexicon,
    RealtimePrompt,
    load_prompt,
)
from pipecat_rt_best.realtime_prompt.loader import EXAMPLES
from pipecat_rt_best.session_pool import PoolConfig, RealtimeSessionPool
from pipecat_rt_best.testing.azure_speech_emulator import AzureSpeechEmulator
from pipecat_rt_best.testing.azure_speech_emulator.server import SpeechFaults
from pipecat_rt_best.testing.media_stream_simulator import MediaStreamSimulator, SimulatorRecord
from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    RealtimeEmulator,
    Reply,
    ToolCall,
)
from tests.azure_tts.harness import reply_frames, running, wait_until
from tests.realtime.harness import RealtimePipeline

PROMPTS = EXAMPLES
GREETING = "Hello, this is TechNest support. How can I help you today?"
HINDI_GREETING = "नमस्ते, आपकी EMI ₹12,500 है।"


def _prompt(name: str) -> RealtimePrompt:
    return load_prompt(PROMPTS / name).prompt


@contextlib.asynccontextmanager
async def _realtime(
    greeting: str = GREETING,
) -> AsyncIterator[tuple[RealtimeEmulator, dict[str, str]]]:
    script = EmulatorScript(replies=[greeting], ms_per_char=20)
    async with RealtimeEmulator(api_key="unit-key", script=script) as emu:
        yield emu, {"OPENAI_API_KEY": "unit-key", "OPENAI_REALTIME_URL": emu.url}


async def _one_call(
    make: Callable[[BaseTransport, SessionFormat], Any],
    *,
    until_bytes: int,
    provider: str = "twilio",
    ended: list[RunnerCall] | None = None,
) -> tuple[PhoneCall, SimulatorRecord]:
    """One call on ``/ws``: ``make(transport, session_format)`` builds the PhoneCall; the
    simulated caller hangs up once ``until_bytes`` of bot audio have played. ``ended``
    gets how the call ended (run_call_worker's account of it)."""
    calls: list[PhoneCall] = []

    async def route(websocket: Any) -> None:
        await websocket.accept()
        line = await passthrough_transport(WebSocketRunnerArguments(websocket=websocket))
        assert line is not None
        transport, info = line
        call = await make(transport, info.session_audio_format)
        calls.append(call)
        runner_call = await run_call_worker(call.worker, transport, info=info, parts=call)
        assert runner_call.failure is None, runner_call.failure
        if ended is not None:
            ended.append(runner_call)

    app = Starlette(routes=[WebSocketRoute("/ws", route)])
    async with serve_in_background(app) as base:
        sim = MediaStreamSimulator(
            base.replace("http://", "ws://") + "/ws",
            provider,  # type: ignore[arg-type]
            max_duration_s=15,
            hang_up_when=lambda r: len(r.played) >= until_bytes,
        )
        record = await sim.run()
    assert calls, "the bot never built its call"
    return calls[0], record


async def test_audio_modality_call_speaks_the_prompt_with_g711_straight_through() -> None:
    prompt = _prompt("tech_support_technest.yaml")
    async with _realtime() as (emu, env):
        pool: RealtimeSessionPool = realtime_pool_from_env(PoolConfig(min_idle=1), env=env)
        async with pool:
            await pool.wait_ready(timeout=10)

            async def make(transport: BaseTransport, fmt: SessionFormat) -> PhoneCall:
                return await phone_call(
                    transport,
                    prompt,
                    audio_format=fmt,
                    env=env,
                    session_pool=pool,
                    duck=False,
                )

            ended: list[RunnerCall] = []
            call, record = await _one_call(make, until_bytes=4000, ended=ended)
        session = next(s for s in emu.sessions if s.responses)
    # run_call_worker's account of the call: the greeting heard, the caller hung up
    (runner_call,) = ended
    assert runner_call.caller_hung_up and runner_call.bot_replies == 1
    assert runner_call.turns_ended == 0 and runner_call.states == ["1_greeting"]
    assert runner_call.summary().startswith("call ended: 0 caller turn(s), 1 bot repl(ies)")
    config = session.config
    assert config["output_modalities"] == ["audio"]
    assert config["audio"]["input"]["format"]["type"] == "audio/pcmu"
    assert config["audio"]["output"]["format"]["type"] == "audio/pcmu"
    assert config["audio"]["input"]["turn_detection"] is None  # manual turns
    assert prompt.personality.identity.split()[0] in config["instructions"]
    assert call.states.tool_name in [t["name"] for t in config["tools"]]
    assert call.tts is None
    assert not any(isinstance(p, AzureSpeechTTSService) for p in call.processors)
    assert call.llm.pooled_session is not None and call.llm.pooled_session.warm  # type: ignore[union-attr]
    # G.711 straight through: the caller got the model's own bytes
    (model_audio,) = session.output_audio.values()
    got = bytes(record.received_media)
    assert len(got) >= 4000 and model_audio.startswith(got[: len(model_audio)][:4000])


async def test_a_second_call_with_the_same_prompt_does_not_validate_it_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the bots' calls share one prompt object (load_bot_prompt): validating and rendering it
    # again at every call start cost the shared loop ~7 ms of CPU per call
    import pipecat_rt_best.realtime_prompt.service as service
    from pipecat_rt_best.realtime_prompt.validation import validate_prompt

    validated: list[object] = []

    def counting_validate(prompt: Any, **kw: Any) -> Any:
        validated.append(prompt)
        return validate_prompt(prompt, **kw)

    monkeypatch.setattr(service, "validate_prompt", counting_validate)
    prompt = _prompt("tech_support_technest.yaml")
    async with _realtime() as (emu, env):

        async def make(transport: BaseTransport, fmt: SessionFormat) -> PhoneCall:
            return await phone_call(transport, prompt, audio_format=fmt, env=env, duck=False)

        for _call in range(2):
            await _one_call(make, until_bytes=2000)
        instructions = [s.config["instructions"] for s in emu.sessions if s.responses]
    assert validated == [prompt]
    assert len(instructions) == 2 and instructions[0] == instructions[1]


async def test_text_modality_call_is_spoken_by_azure_with_numbers_and_pronunciations() -> None:
    prompt = _prompt("hindi_loan_collection.yaml")
    async with (
        _realtime(HINDI_GREETING) as (emu, env),
        AzureSpeechEmulator(api_key="speech-key") as az,
    ):
        make = _hindi_text_call(prompt, env, az.host)

        call, record = await _one_call(make, until_bytes=4000)
        session = next(s for s in emu.sessions if s.responses)
    assert session.config["output_modalities"] == ["text"]
    assert session.config["audio"]["input"]["format"]["type"] == "audio/pcmu"
    assert call.tts is not None
    assert call.processors.index(call.tts) == call.processors.index(call.llm) + 1
    (request, *_) = az.requests
    assert request.voice == "hi-IN-SwaraNeural"
    assert "mulaw" in request.output_format and "8khz" in request.output_format
    assert "ई एम आई" in request.spoken_text  # the prompt's pronunciation of "EMI"
    assert "बारह हज़ार पाँच सौ" in request.spoken_text  # ₹12,500, spelled out
    assert not any(ch.isdigit() for ch in request.spoken_text)
    assert len(record.received_media) >= 4000  # the voice's μ-law reached the caller


async def test_the_calls_summary_line_carries_its_tokens_and_tts_characters() -> None:
    # call_worker left pipecat's usage metrics off: response.done's usage and the Azure
    # voice's characters were dropped, and the summary said nothing of what the call cost
    prompt = _prompt("hindi_loan_collection.yaml")
    async with (
        _realtime(HINDI_GREETING) as (emu, env),
        AzureSpeechEmulator(api_key="speech-key") as az,
    ):
        ended: list[RunnerCall] = []
        await _one_call(_hindi_text_call(prompt, env, az.host), until_bytes=4000, ended=ended)
        session = next(s for s in emu.sessions if s.responses)
    (runner_call,) = ended
    reported = [e["response"]["usage"] for e in session.sent_of("response.done")]
    assert reported, "the emulator finished no response before the caller hung up"
    usage = runner_call.usage
    assert usage.responses == len(reported)
    assert usage.input_tokens == sum(u["input_tokens"] for u in reported) > 0
    assert usage.output_tokens == sum(u["output_tokens"] for u in reported) > 0
    assert usage.input_audio == sum(u["input_token_details"]["audio_tokens"] for u in reported)
    assert usage.output_text == sum(u["output_token_details"]["text_tokens"] for u in reported)
    assert usage.tts_characters > 0  # the voice's usage: characters sent to Azure
    line = runner_call.summary()
    assert f"tokens in {usage.input_tokens} (audio {usage.input_audio}," in line
    assert f"out {usage.output_tokens} (audio 0, text {usage.output_text})" in line
    assert f"TTS {usage.tts_characters} characters" in line
    assert HINDI_GREETING not in line and "बारह" not in line  # counts only, no content


def _hindi_text_call(
    prompt: Any, env: dict[str, str], speech_host: str
) -> Callable[[BaseTransport, SessionFormat], Awaitable[PhoneCall]]:
    """A text-modality ``phone_call`` factory speaking through the Azure Speech emulator at
    ``speech_host`` in a Hindi voice."""
    speech_env = {
        "AZURE_SPEECH_API_KEY": "speech-key",
        "AZURE_SPEECH_HOST": speech_host,
        "AZURE_SPEECH_VOICE": "hi-IN-SwaraNeural",
    }

    async def make(transport: BaseTransport, fmt: SessionFormat) -> PhoneCall:
        return await phone_call(
            transport,
            prompt,
            modality="text",
            audio_format=fmt,
            env=env,
            speech_env=speech_env,
            duck=False,
        )

    return make


class _DropOnce(SpeechFaults):
    """The emulator's faults, except that the first request it serves drops its connection
    after its first audio chunk (a blip): every request before and after is served."""

    _fired = False

    @property  # type: ignore[override]
    def close_after_audio_chunks(self) -> int | None:
        if self._fired:
            return None
        self._fired = True
        return 1

    @close_after_audio_chunks.setter
    def close_after_audio_chunks(self, _value: int | None) -> None:
        pass


async def test_one_dropped_azure_speech_connection_does_not_end_the_call() -> None:
    # one Azure Speech connection dropped mid-sentence ended the call: the TTS reported it
    # as CONNECTIVITY, and run_call_worker ends a call on any CONNECTIVITY error; the README
    # says the call goes on and the next sentence reconnects
    prompt = _prompt("hindi_loan_collection.yaml")
    greeting = "नमस्ते राहुल जी, आपकी EMI ₹12,500 है। कृपया अपनी जन्मतिथि बताइए।"
    async with (
        _realtime(greeting) as (_emu, env),
        AzureSpeechEmulator(api_key="speech-key", faults=_DropOnce()) as az,
    ):
        make = _hindi_text_call(prompt, env, az.host)

        ended: list[RunnerCall] = []
        _call, record = await _one_call(make, until_bytes=6000, ended=ended)
    assert [r.status for r in az.requests][:2] == ["dropped", "completed"]
    (runner_call,) = ended
    assert runner_call.failure is None and runner_call.caller_hung_up
    assert len(record.received_media) >= 6000  # the next sentence was heard


async def _voice_says(call: PhoneCall, az: AzureSpeechEmulator, reply: str) -> str:
    """What the call's Azure voice is asked to say for the model's ``reply``."""
    assert call.tts is not None
    async with running(call.tts) as (worker, _up, _down):
        await worker.queue_frames(reply_frames(reply))
        await wait_until(
            lambda: az.requests and all(r.status != "pending" for r in az.requests), "speech"
        )
    return " ".join(r.spoken_text for r in az.requests)


async def _text_call(
    prompt: RealtimePrompt, az: AzureSpeechEmulator, voice: str, **kwargs: Any
) -> PhoneCall:
    """A text-modality call on a line without I/O, its voice on ``az`` (no model dialled)."""
    return await phone_call(
        _Line(),
        prompt,
        modality="text",
        audio_format="pcm",
        env={"OPENAI_API_KEY": "k", "OPENAI_REALTIME_URL": "ws://127.0.0.1:9"},
        speech_env={
            "AZURE_SPEECH_API_KEY": "speech-key",
            "AZURE_SPEECH_HOST": az.host,
            "AZURE_SPEECH_VOICE": voice,
        },
        greet=False,
        **kwargs,
    )


@pytest.mark.parametrize(
    ("numbers", "said"),
    [
        ({}, "बारा हजार पाचशे रुपये"),  # Devanagari in a Marathi prompt is Marathi by default
        ({"numbers_lang": "hi"}, "बारह हज़ार पाँच सौ रुपये"),
        ({"numbers_lang": None}, "₹12,500"),
    ],
)
async def test_text_modality_spells_numbers_in_the_prompts_language(
    numbers: dict[str, str | None], said: str
) -> None:
    # a Marathi prompt's voice said its amounts in Hindi: phone_call asked for "auto", which
    # reads Devanagari without a Marathi marker word as Hindi
    prompt = dataclasses.replace(_prompt("hindi_loan_collection.yaml"), language="mr")
    async with AzureSpeechEmulator(api_key="speech-key") as az:
        call = await _text_call(prompt, az, "mr-IN-AarohiNeural", **numbers)
        spoken = await _voice_says(call, az, "कृपया ₹12,500 भरा.")
    assert spoken == f"कृपया {said} भरा.", spoken


@pytest.mark.parametrize(
    ("language", "voice", "reply", "said"),
    [
        # a Hindi prompt; the caller switches to English and the model follows: the English
        # sentence got Hindi number words ("बारह हज़ार ... पाँच दिसंबर")
        (
            "hi",
            "hi-IN-SwaraNeural",
            "Your EMI of ₹12,500 is due on 5 December.",
            "twelve thousand five hundred rupees is due on fifth December.",
        ),
        # a prompt left at its default language (en-IN) whose model speaks Hindi: the Hindi
        # sentence got English ones ("twelve thousand ... fifth दिसंबर")
        (
            "en-IN",
            "hi-IN-SwaraNeural",
            "आपकी EMI ₹12,500 है, 5 दिसंबर तक भरें।",
            "बारह हज़ार पाँच सौ रुपये है, पाँच दिसंबर तक भरें।",
        ),
        # a line with no letters is in the language of the reply's sentence before it
        ("hi", "hi-IN-SwaraNeural", "Amount due:\n₹12,500\n", "twelve thousand five hundred"),
        # ... and, opening a reply, in the prompt's language (not the voice's)
        ("mr", "hi-IN-SwaraNeural", "₹12,500\nकृपया भरा.", "बारा हजार पाचशे रुपये"),
    ],
)
async def test_text_modality_reads_each_sentence_in_its_own_scripts_language(
    language: str, voice: str, reply: str, said: str
) -> None:
    prompt = dataclasses.replace(_prompt("hindi_loan_collection.yaml"), language=language)
    async with AzureSpeechEmulator(api_key="speech-key") as az:
        call = await _text_call(prompt, az, voice)
        spoken = await _voice_says(call, az, reply)
    assert said in spoken, spoken


async def test_text_modality_voice_says_a_pronunciation_whose_term_holds_digits() -> None:
    # the number transform spelled "24x7" out ("चौबीस बाई सात") before the voice's lexicon
    # looked for it, so the prompt's pronunciation never reached the voice
    prompt = _prompt("hindi_loan_collection.yaml")
    prompt = dataclasses.replace(
        prompt, pronunciations=(*prompt.pronunciations, Pronunciation("24x7", "चौबीसों घंटे"))
    )
    async with AzureSpeechEmulator(api_key="speech-key") as az:
        call = await _text_call(prompt, az, "hi-IN-SwaraNeural")
        spoken = await _voice_says(call, az, "हमारी हेल्पलाइन 24X7 खुली है, ₹500 शुल्क।")
        ssml = " ".join(r.ssml or "" for r in az.requests)
    assert '<sub alias="चौबीसों घंटे">24X7</sub>' in ssml, ssml
    assert spoken == "हमारी हेल्पलाइन चौबीसों घंटे खुली है, पाँच सौ रुपये शुल्क।", spoken


async def test_text_modality_without_speech_settings_fails_before_connecting() -> None:
    prompt = _prompt("hindi_loan_collection.yaml")
    env: Mapping[str, str] = {"OPENAI_API_KEY": "k", "OPENAI_REALTIME_URL": "ws://127.0.0.1:9"}
    with pytest.raises(AzureSpeechConfigError, match="AZURE_SPEECH_API_KEY"):
        await phone_call(
            cast(BaseTransport, object()), prompt, modality="text", env=env, speech_env={}
        )


async def test_bad_modality_is_refused() -> None:
    with pytest.raises(ValueError, match="modality"):
        await phone_call(
            cast(BaseTransport, object()),
            _prompt("tech_support_technest.yaml"),
            modality="video",  # type: ignore[arg-type]
        )


def test_prompt_lexicon_carries_the_prompts_pronunciations() -> None:
    entries = {e.term: e for e in prompt_lexicon(_prompt("hindi_loan_collection.yaml"))}
    assert entries["EMI"].alias == "ई एम आई"
    assert entries["सहयोग फ़ाइनेंस"].alias == "सह-योग फ़ाइनेंस"


def test_the_voice_and_the_prompts_lexicon_take_the_same_of_two_case_only_duplicates() -> None:
    # the prompt's lexicon kept the first entry and the voice the last: "EMI" was "ई एम आई"
    # to one and "एमी" to the other
    prompt = _prompt("hindi_loan_collection.yaml")
    prompt = dataclasses.replace(
        prompt, pronunciations=(*prompt.pronunciations, Pronunciation("emi", "एमी"))
    )
    text = "आपकी EMI बाकी है"
    voice = build_ssml(
        text, VoiceSettings("hi-IN-SwaraNeural", "hi-IN"), prompt_lexicon(prompt), ignore_case=True
    )
    said = PronunciationLexicon(prompt).to_ssml(text)
    assert said == 'आपकी <sub alias="ई एम आई">EMI</sub> बाकी है' and said in voice, voice


async def test_the_calls_voice_finds_the_pronunciations_where_the_prompts_lexicon_does() -> None:
    prompt = _prompt("hindi_loan_collection.yaml")
    env = {"OPENAI_API_KEY": "k", "OPENAI_REALTIME_URL": "ws://127.0.0.1:9"}  # never dialled
    speech_env = {"AZURE_SPEECH_API_KEY": "k", "AZURE_SPEECH_HOST": "ws://127.0.0.1:9"}
    call = await phone_call(
        _Line(), prompt, modality="text", audio_format="pcm", env=env, speech_env=speech_env
    )
    assert call.tts is not None
    lexicon = PronunciationLexicon(prompt)
    for text in ("आपकी emi बाकी है", "सहयोग फ़ाइनेंस की EMI", "सहयोग फ़ाइनेंसी EMIs"):
        assert lexicon.to_ssml(text) in call.tts.build_ssml(text), text


class _Line(BaseTransport):
    """A transport without I/O: enough to assemble a call and fire its client events."""

    def __init__(self) -> None:
        super().__init__()
        self._input, self._output = FrameProcessor(), FrameProcessor()
        self._register_event_handler("on_client_connected")

    def input(self) -> FrameProcessor:
        return self._input

    def output(self) -> FrameProcessor:
        return self._output


async def test_greet_on_connect_waits_for_the_client_and_prompt_tools_can_be_answered() -> None:
    prompt = _prompt("tech_support_technest.yaml")
    env = {"OPENAI_API_KEY": "k", "OPENAI_REALTIME_URL": "ws://127.0.0.1:9"}  # never dialled
    handlers = unavailable_tool_handlers(prompt)
    at_once = await phone_call(_Line(), prompt, audio_format="pcm", sample_rate=16000, env=env)
    assert at_once.worker._push_queue.qsize() == 1  # greet=True: the greeting is queued
    line = _Line()
    call = await phone_call(
        line,
        prompt,
        audio_format="pcm",
        sample_rate=16000,
        env=env,
        greet="on_connect",
        tool_handlers=handlers,
    )
    queue = call.worker._push_queue
    assert queue.qsize() == 0  # nothing until the browser is there
    await line._call_event_handler("on_client_connected", None)
    greeting = await asyncio.wait_for(queue.get(), 5)  # the handler runs in a task
    assert isinstance(greeting, LLMRunFrame)
    names = [t["name"] for t in prompt.session_tools()]
    assert sorted(handlers) == sorted(names) and names
    assert all(call.llm.has_function(n) for n in names)
    assert not at_once.llm.has_function(names[0])  # only when asked for
    answers: list[Any] = []

    async def result_callback(result: Any, **_: Any) -> None:
        answers.append(result)

    params = cast(FunctionCallParams, SimpleNamespace(result_callback=result_callback))
    await handlers[names[0]](params)
    assert answers == [{"error": "not available in this demo: no account system is connected"}]


async def test_bad_greet_is_refused() -> None:
    with pytest.raises(ValueError, match="greet"):
        await phone_call(
            _Line(),
            _prompt("tech_support_technest.yaml"),
            greet="later",  # type: ignore[arg-type]
        )


class _PipecatVAD(VADAnalyzer):
    """A pipecat analyzer (not the pack's): its cleanup() stops its thread, as Silero's does."""

    def num_frames_required(self) -> int:
        return 160

    def voice_confidence(self, buffer: bytes) -> float:
        return 0.0


async def test_a_pipecat_analyzer_an_earlier_call_took_is_refused_the_packs_is_not() -> None:
    # phone_call(vad=SileroVADAnalyzer()) twice with one instance: the first call's end shut
    # its thread down (pipecat's cleanup), and the second logged "cannot schedule new futures
    # after shutdown" for every 20 ms chunk and never started a turn, with no clear error
    prompt = _prompt("tech_support_technest.yaml")
    env = {"OPENAI_API_KEY": "k", "OPENAI_REALTIME_URL": "ws://127.0.0.1:9"}  # never dialled
    vad = _PipecatVAD()
    await phone_call(_Line(), prompt, env=env, greet=False, vad=vad)
    await vad.cleanup()  # what the first call's pipeline does when the call ends
    with pytest.raises(RuntimeError, match="cannot schedule new futures after shutdown"):
        await vad.analyze_audio(bytes(320))  # the dead call's every chunk
    with pytest.raises(ValueError) as refused:
        # refused first: before the voice is built (no speech settings), before any connection
        await phone_call(
            _Line(), prompt, modality="text", env=env, speech_env={}, greet=False, vad=vad
        )
    assert str(refused.value) == (
        "this _PipecatVAD already served a call, and pipecat's analyzers stop their thread "
        "when a call ends: pass a new one per call (vad=_PipecatVAD(...)), or the pack's "
        "NoiseRobustVADAnalyzer, which serves call after call"
    )
    ours = NoiseRobustVADAnalyzer()
    for _ in range(2):  # makes its thread anew after cleanup(): call after call
        call = await phone_call(_Line(), prompt, env=env, greet=False, vad=ours)
        assert call.worker is not None
        await ours.cleanup()


async def test_a_call_with_reconnect_outlives_its_sessions_age_limit() -> None:
    # phone_call had no reconnect=: every sample bot's call ended when its realtime session
    # reached the server's limit (Azure: 30 min; max_session_s stands for it here), with a
    # connectivity error the caller heard as the line going dead
    prompt = _prompt("tech_support_technest.yaml")
    calls: list[PhoneCall] = []
    ended: list[RunnerCall] = []
    async with _realtime() as (emu, env):
        emu.faults.max_session_s = 1.5

        async def route(websocket: Any) -> None:
            await websocket.accept()
            line = await passthrough_transport(WebSocketRunnerArguments(websocket=websocket))
            assert line is not None
            transport, info = line
            call = await phone_call(
                transport,
                prompt,
                audio_format=info.session_audio_format,
                env=env,
                duck=False,
                reconnect=reconnect_from_env(env),
            )
            calls.append(call)
            ended.append(await run_call_worker(call.worker, transport, info=info, parts=call))

        app = Starlette(routes=[WebSocketRoute("/ws", route)])
        async with serve_in_background(app) as base:
            sim = MediaStreamSimulator(
                base.replace("http://", "ws://") + "/ws",
                "twilio",
                max_duration_s=15,
                # the caller stays on past two session changes, then hangs up
                hang_up_when=lambda _r: bool(calls) and calls[0].llm.reconnects >= 2,
            )
            await sim.run()
        expired = [s for s in emu.sessions if s.close_reason == "max_session_s"]
        configs = [s.config for s in emu.sessions]
    (runner_call,) = ended
    assert runner_call.failure is None and runner_call.caller_hung_up, runner_call.summary()
    assert len(expired) >= 2 and calls[0].llm.reconnects >= 2
    assert runner_call.bot_replies == 1  # the greeting, not asked for again
    # the rotation the bots get: before the backend's limit (OpenAI's 60 min here)
    params = calls[0].llm._reconnect_params
    assert params is not None and params.rotate_after_s == 55 * 60
    # every session the call used has the call's format and manual turns, and transcribes
    # the caller (with reconnect=: a new session gets the caller's turns, not only the bot's)
    for config in configs:
        assert config["audio"]["input"]["format"]["type"] == "audio/pcmu"
        assert config["audio"]["input"]["turn_detection"] is None
        assert config["audio"]["input"]["transcription"]["model"] == "gpt-realtime-whisper"


async def test_phone_call_without_reconnect_connects_as_before() -> None:
    prompt = _prompt("tech_support_technest.yaml")
    async with _realtime() as (emu, env):

        async def make(transport: BaseTransport, fmt: SessionFormat) -> PhoneCall:
            return await phone_call(transport, prompt, audio_format=fmt, env=env, duck=False)

        call, _record = await _one_call(make, until_bytes=2000)
        session = next(s for s in emu.sessions if s.responses)
    assert call.llm._reconnect_params is None
    assert session.config["audio"]["input"]["transcription"] is None


async def test_the_caller_talking_while_a_prompt_tool_runs_does_not_cancel_it() -> None:
    # "haan ji" while create_ticket runs (bot silent): pipecat's default cancelled the call at
    # the caller's VAD start, told the model CANCELLED, and the model had it run again
    prompt = _prompt("tech_support_technest.yaml")
    runs: list[str] = []

    async def create_ticket(params: FunctionCallParams) -> None:
        runs.append(params.tool_call_id)
        await asyncio.sleep(1.0)
        await params.result_callback({"ticket": "TN-4411"})

    def model(conversation: list[dict[str, Any]]) -> Reply | str:
        outputs = [i["output"] for i in conversation if i["type"] == "function_call_output"]
        if not any(i["type"] == "function_call" for i in conversation):
            return Reply(text="Let me raise a ticket.", tool_calls=[ToolCall("create_ticket")])
        if outputs and "CANCELLED" in outputs[-1] and len(runs) < 2:
            return Reply(text="Let me try again.", tool_calls=[ToolCall("create_ticket")])
        return "Done."

    async with RealtimeEmulator(api_key="unit-key", script=EmulatorScript(responder=model)) as emu:
        env = {"OPENAI_API_KEY": "unit-key", "OPENAI_REALTIME_URL": emu.url}
        call = await phone_call(
            _Line(), prompt, env=env, greet=False, tool_handlers={"create_ticket": create_ticket}
        )
        # the call's own service, between pipecat's aggregators with the call's turn strategies
        user_params = LLMUserAggregatorParams(user_turn_strategies=manual_turn_strategies())
        async with RealtimePipeline(call.llm, user_params=user_params) as p:  # type: ignore[arg-type]
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: runs, "the tool to start", timeout=5)
            await asyncio.sleep(0.3)
            await p.send(
                VADUserStartedSpeakingFrame(start_secs=0.2),
                *[InputAudioRawFrame(audio=bytes(320), sample_rate=8000, num_channels=1)] * 30,
                VADUserStoppedSpeakingFrame(stop_secs=0.6),
            )
            session = emu.last_session
            assert session is not None
            await wait_until(
                lambda: any(i["type"] == "function_call_output" for i in session.conversation),
                "the tool's output",
                timeout=5,
            )
            await asyncio.sleep(1.5)  # a second run would have started by now
            outputs = [i for i in session.conversation if i["type"] == "function_call_output"]
            assert not p.sink.of(FunctionCallCancelFrame)
            assert len(runs) == 1
            assert [o["output"] for o in outputs] == ['{"ticket": "TN-4411"}']


async def test_phone_call_takes_pipecats_other_user_aggregator_params() -> None:
    # WRONG (review s42 compose): phone_call built its user params itself, so a bot could not
    # give pipecat's user_idle_timeout (the caller gone quiet) or user_mute_strategies (no
    # barge-in over a legal notice) without assembling the call by hand.
    # EXPECTED: user_params=LLMUserAggregatorParams(...) as pipecat takes them; the call keeps
    # its manual turns and its analyzer (vad=, or the params' own, or the pack's)
    from pipecat.processors.aggregators.llm_response_universal import LLMUserAggregator
    from pipecat.turns.user_mute import FirstSpeechUserMuteStrategy

    from pipecat_rt_best.call_pipeline.keypad_processor import KeypadProcessor

    prompt = _prompt("tech_support_technest.yaml")
    env = {"OPENAI_API_KEY": "k", "OPENAI_REALTIME_URL": "ws://127.0.0.1:9"}  # never dialled
    mute = [FirstSpeechUserMuteStrategy()]
    for case in ("the pack's analyzer", "vad=", "the params' analyzer"):
        mine = NoiseRobustVADAnalyzer()  # an analyzer serves one call at a time
        vad = mine if case == "vad=" else None
        params = LLMUserAggregatorParams(
            user_idle_timeout=6.0,
            user_mute_strategies=mute,
            vad_analyzer=mine if case == "the params' analyzer" else None,
        )
        call = await phone_call(_Line(), prompt, env=env, greet=False, vad=vad, user_params=params)
        (user,) = [p for p in call.processors if isinstance(p, LLMUserAggregator)]
        got = user._params
        assert (
            got.user_idle_timeout == 6.0 and got.user_mute_strategies == params.user_mute_strategies
        )
        assert got.user_turn_strategies is not None
        assert [type(s) for s in got.user_turn_strategies.start or []] == [
            type(s) for s in manual_turn_strategies().start or []
        ]
        assert isinstance(got.vad_analyzer, NoiseRobustVADAnalyzer)
        assert (got.vad_analyzer is mine) == (case != "the pack's analyzer"), case
        (keys,) = [p for p in call.processors if isinstance(p, KeypadProcessor)]
        assert keys._user_idle_timeout == 6.0  # a caller typing is not idle
        assert params.user_turn_strategies is None  # the caller's params are left as given
    with pytest.raises(ValueError, match="user_turn_strategies"):
        await phone_call(
            _Line(),
            prompt,
            env=env,
            user_params=LLMUserAggregatorParams(user_turn_strategies=manual_turn_strategies()),
        )
    with pytest.raises(ValueError, match="vad"):
        await phone_call(
            _Line(),
            prompt,
            env=env,
            vad=NoiseRobustVADAnalyzer(),
            user_params=LLMUserAggregatorParams(vad_analyzer=NoiseRobustVADAnalyzer()),
        )


async def test_a_prompt_tool_handler_can_ask_to_be_cancelled_on_a_barge_in() -> None:
    prompt = _prompt("tech_support_technest.yaml")
    env = {"OPENAI_API_KEY": "k", "OPENAI_REALTIME_URL": "ws://127.0.0.1:9"}  # never dialled

    @tool_options(cancel_on_interruption=True)
    async def check_outage(params: FunctionCallParams) -> None:
        await params.result_callback({"outage": False})

    async def create_ticket(params: FunctionCallParams) -> None:
        await params.result_callback({"ticket": "TN-1"})

    handlers = {"check_outage": check_outage, "create_ticket": create_ticket}
    call = await phone_call(_Line(), prompt, env=env, greet=False, tool_handlers=handlers)
    assert not call.llm._function_is_async("check_outage")  # cancelled on a barge-in
    assert call.llm._function_is_async("create_ticket")  # runs on (the default)


async def test_a_tool_handler_for_no_tool_of_the_prompt_is_refused_naming_its_tools(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a typo shipped a bot that told every caller the real tool was "not available", the one
    # log line blaming the model; a transfer handler's typo was refused already
    prompt = _prompt("tech_support_technest.yaml")
    env = {"OPENAI_API_KEY": "k", "OPENAI_REALTIME_URL": "ws://127.0.0.1:9"}  # never dialled

    async def ticket(params: FunctionCallParams) -> None:
        await params.result_callback({"ticket": "TN-1"})

    with pytest.raises(ValueError) as refused:
        await phone_call(
            _Line(), prompt, env=env, greet=False, tool_handlers={"create_tiket": ticket}
        )
    assert str(refused.value) == (
        "tool_handlers for 'create_tiket': not a tool of the prompt (its tools: "
        "'check_outage', 'create_ticket', 'verify_customer'); did you mean 'create_ticket'?"
    )
    with pytest.raises(ValueError, match="'set_conversation_state': the conversation-state"):
        await phone_call(
            _Line(), prompt, env=env, greet=False, tool_handlers={"set_conversation_state": ticket}
        )
    # a prompt tool left without a handler is warned about, once a process
    monkeypatch.setattr(assembly_module, "_warned_tools", set())
    lines: list[str] = []
    sink = logger.add(lambda m: lines.append(str(m)), level="WARNING")
    try:
        for _ in range(2):
            await phone_call(
                _Line(), prompt, env=env, greet=False, tool_handlers={"create_ticket": ticket}
            )
    finally:
        logger.remove(sink)
    unhandled = [line for line in lines if "no handler for the prompt's tool" in line]
    # one line for all of them (a review's observation: a line per tool was noise)
    assert len(unhandled) == 1 and "tools 'check_outage', 'verify_customer':" in unhandled[0]
