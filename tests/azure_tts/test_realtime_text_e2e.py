"""End to end: realtime text reply → Azure TTS (real SDK) → barge-in → the model keeps the heard words."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

pytest.importorskip("azure.cognitiveservices.speech")

from pipecat.frames.frames import InterruptionFrame, LLMContextFrame, LLMRunFrame
from pipecat.pipeline.worker import PipelineWorker
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.aggregators.llm_response_universal import (
    AssistantTurnStoppedMessage,
    LLMContextAggregatorPair,
)
from pipecat.processors.frame_processor import FrameDirection

from pipecat_rt_best.azure_tts import AzureSpeechTTSService
from pipecat_rt_best.base.frames import SpokenTextHeardFrame
from pipecat_rt_best.base.word_timing import heard_text
from pipecat_rt_best.call_pipeline.azure_tts import azure_tts_for_calls
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.testing.azure_speech_emulator import AzureSpeechEmulator
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator
from pipecat_rt_best.testing.simulated_call.transport import SimulatedCallTransport
from tests.realtime.harness import running_worker

from .harness import running, wait_until

KEY = "sk-test-e2e"
REPLY = (
    "Your loan of ₹4,50,000 is approved. The first EMI is due on 5 May. Shall I send the schedule?"
)


def _assistant_texts(session) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        part.get("text", "")
        for item in session.conversation
        if item.get("role") == "assistant"
        for part in item.get("content", [])
    ]


def _text_llm(url: str) -> RealtimeLLMService:
    """The realtime service in text modality, manual turns, on the emulator at ``url``."""
    return RealtimeLLMService(
        api_key=KEY,
        base_url=url,
        settings=RealtimeLLMService.Settings(
            session_properties=realtime_session(output_modality="text")
        ),
    )


@asynccontextmanager
async def call(tts_factory) -> AsyncIterator[tuple]:  # type: ignore[no-untyped-def,type-arg]
    async with (
        RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[REPLY])) as rt,
        AzureSpeechEmulator() as az,
    ):
        llm = _text_llm(rt.url)
        tts = tts_factory(az)
        async with running(tts, before_tts=[llm]) as (worker, _up, down):
            await rt.wait_for(lambda: rt.last_session is not None)
            await worker.queue_frame(
                LLMContextFrame(LLMContext(messages=[{"role": "user", "content": "My loan?"}]))
            )
            yield rt, az, llm, tts, worker, down


async def test_a_barge_in_leaves_the_model_only_the_words_the_caller_heard() -> None:
    reports: list[SpokenTextHeardFrame] = []

    def make(az: AzureSpeechEmulator) -> AzureSpeechTTSService:
        tts = AzureSpeechTTSService(api_key="test-key", host=az.host, output="ulaw")
        original = tts.push_frame

        async def spy(frame, direction=FrameDirection.DOWNSTREAM):  # type: ignore[no-untyped-def]
            if isinstance(frame, SpokenTextHeardFrame):
                reports.append(frame)
            await original(frame, direction)

        tts.push_frame = spy  # type: ignore[method-assign]
        return tts

    async with call(make) as (rt, _az, llm, _tts, worker, down):
        session = rt.last_session
        await wait_until(
            lambda: session.responses and session.responses[-1]["status"] == "completed",
            "the reply",
        )
        await wait_until(lambda: down.audio(), "the first audio")
        await asyncio.sleep(1.2)  # the caller listens 1.2 s, then talks over the bot
        await worker.queue_frame(InterruptionFrame())
        await wait_until(lambda: reports, "the heard-text report")
        [report] = reports
        expected = heard_text(report.text, report.words, report.heard_ms)
        assert expected and len(expected) < len(REPLY)
        await wait_until(lambda: _assistant_texts(session) == [expected], "the replaced item", 10)
        assert not session.errors_sent
        assert llm.truncations[-1].method == "text-replace"


async def test_the_call_helper_spells_numbers_out_for_the_voice() -> None:
    def make(az: AzureSpeechEmulator) -> AzureSpeechTTSService:
        from pipecat_rt_best.azure_tts import AzureSpeechConfig

        return azure_tts_for_calls(
            config=AzureSpeechConfig(api_key="test-key", host=az.host, voice="en-IN-NeerjaNeural"),
            numbers_lang="en-IN",
        )

    async with call(make) as (_rt, az, _llm, _tts, _worker, _down):
        await wait_until(
            lambda: len(az.requests) >= 3 and az.requests[-1].status == "completed",
            "the sentences",
            15,
        )
        spoken = " ".join(r.spoken_text for r in az.requests)
        assert "4,50,000" not in spoken and "lakh" in spoken
        assert all(r.output_format == "raw-8khz-8bit-mono-mulaw" for r in az.requests)


async def test_on_a_buffering_line_with_marks_the_model_is_told_no_more_than_was_heard() -> None:
    # the call assembly on a telephony line whose far end buffers 200 ms and echoes a mark per
    # chunk once played (the echoes come in on the input side, as a serializer surfaces them,
    # and the realtime service takes them). A review found text modality ignoring them: the
    # TTS reported the timeline written, so the model kept the words still in the caller's
    # jitter buffer; audio modality on the same line stayed below what was played
    from pipecat.processors.aggregators.llm_response_universal import LLMUserAggregatorParams
    from pipecat.processors.frame_processor import FrameProcessor
    from pipecat.transports.base_transport import BaseTransport, TransportParams

    from pipecat_rt_best.base.frames import PlayoutConfirmedFrame
    from pipecat_rt_best.call_pipeline.azure_tts import azure_tts_call_processors
    from pipecat_rt_best.call_pipeline.pipeline import call_worker, worker_running
    from pipecat_rt_best.testing.phone_line import FarEnd, FarEndConfig
    from tests.interruption_truncation.phone import PhoneOutput, confirmations_via, now_ms

    class Passthrough(FrameProcessor):
        async def process_frame(self, frame, direction) -> None:  # type: ignore[no-untyped-def]
            await super().process_frame(frame, direction)
            await self.push_frame(frame, direction)

    class Line(BaseTransport):
        def __init__(self, output: FrameProcessor) -> None:
            super().__init__()
            self._input, self._output = Passthrough(), output

        def input(self) -> FrameProcessor:
            return self._input

        def output(self) -> FrameProcessor:
            return self._output

    far = FarEnd(FarEndConfig(down_ms=3.0, up_ms=3.0, buffer_ms=200.0, marks=True))
    box: list[PipelineWorker] = []

    async def queue(frame) -> None:  # type: ignore[no-untyped-def]
        await box[0].queue_frame(frame)

    params = TransportParams(
        audio_out_enabled=True, audio_out_sample_rate=8000, audio_out_10ms_chunks=2
    )
    phone = PhoneOutput(params, far, confirmations_via(queue))
    decided: list[tuple[float, SpokenTextHeardFrame]] = []
    async with (
        RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[REPLY])) as rt,
        AzureSpeechEmulator() as az,
    ):
        llm = _text_llm(rt.url)
        tts = AzureSpeechTTSService(api_key="test-key", host=az.host, output="ulaw")
        original = tts.push_frame

        async def spy(frame, direction=FrameDirection.DOWNSTREAM):  # type: ignore[no-untyped-def]
            if isinstance(frame, SpokenTextHeardFrame):
                decided.append((now_ms(), frame))
            await original(frame, direction)

        tts.push_frame = spy  # type: ignore[method-assign]
        processors = azure_tts_call_processors(
            Line(phone), llm, tts, user_params=LLMUserAggregatorParams(), barge_in_guard=False
        )
        worker = call_worker(processors, sample_rate=8000)
        box.append(worker)
        async with worker_running(worker):
            await rt.wait_for(lambda: rt.last_session is not None)
            await queue(PlayoutConfirmedFrame(played_ms=0.0))  # the line confirms playout
            await worker.queue_frame(LLMRunFrame())
            await wait_until(lambda: far.played_since(0.0, at=now_ms()) >= 1500, "1.5 s heard", 15)
            await worker.queue_frame(InterruptionFrame())
            await wait_until(lambda: decided, "the heard-text report")
            await asyncio.sleep(0.3)
    [(at, report)] = decided
    heard_then = far.played_since(0.0, at=at + far.config.down_ms)  # the far end plays on
    assert 0 < report.heard_ms <= heard_then
    said = heard_text(report.text, report.words, report.heard_ms)
    assert said and heard_text(report.text, report.words, heard_then).startswith(said)


async def test_a_sentence_the_voice_never_said_leaves_the_models_reply() -> None:
    # Azure refused the reply's second sentence (one ErrorFrame; the call goes on) and the
    # caller heard the reply to its end: a review found the model's item keeping the whole
    # written reply, the due date nobody heard included
    from pipecat_rt_best.interruption_truncation.processors import PlayoutTracker

    async with (
        RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[REPLY])) as rt,
        AzureSpeechEmulator() as az,
    ):
        llm = _text_llm(rt.url)
        tts = AzureSpeechTTSService(api_key="test-key", host=az.host, output="ulaw")
        async with running(tts, before_tts=[llm], after_tts=[PlayoutTracker()]) as (w, _u, _d):
            await wait_until(lambda: tts._synth is not None, "the synthesizer")
            synth = tts._synth
            speak = synth.speak_ssml_async

            def refusing(ssml: str):  # type: ignore[no-untyped-def]
                if "EMI" in ssml:
                    raise RuntimeError("SPXERR_UNEXPECTED_CREATE_OBJECT_FAILURE")
                return speak(ssml)

            synth.speak_ssml_async = refusing  # type: ignore[method-assign]
            await rt.wait_for(lambda: rt.last_session is not None)
            session = rt.last_session
            await w.queue_frame(LLMContextFrame(LLMContext()))
            expected = "Your loan of ₹4,50,000 is approved. Shall I send the schedule?"
            await wait_until(lambda: _assistant_texts(session) == [expected], "the replaced item")
            assert [r.spoken_text for r in az.requests if r.status == "completed"] == [
                "Your loan of ₹4,50,000 is approved.",
                "Shall I send the schedule?",
            ]
            assert not session.errors_sent


async def _context_of_a_reply(
    cut_after_s: float | None,
) -> tuple[list[str], list[tuple[str, bool]]]:
    """A hand-built text-modality call (realtime service → Azure TTS → a handset playing in
    real time → pipecat's assistant aggregator) speaking :data:`REPLY`, cut by an
    interruption once ``cut_after_s`` of it has played (None: played to its end): the
    assistant messages pipecat's context holds, and ``on_assistant_turn_stopped``'s
    (content, interrupted) calls."""
    async with (
        RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[REPLY])) as rt,
        AzureSpeechEmulator() as az,
    ):
        transport = SimulatedCallTransport([], sample_rate=8000)
        context = LLMContext(messages=[{"role": "user", "content": "My loan?"}])
        pair = LLMContextAggregatorPair(context)
        turns: list[tuple[str, bool]] = []

        @pair.assistant().event_handler("on_assistant_turn_stopped")
        async def on_stopped(_agg: Any, message: AssistantTurnStoppedMessage) -> None:
            turns.append((message.content, message.interrupted))

        tts = AzureSpeechTTSService(api_key="test-key", host=az.host, output="ulaw")
        processors = [
            transport.input(),
            pair.user(),
            _text_llm(rt.url),
            tts,
            transport.output(),
            pair.assistant(),
        ]
        async with running_worker(processors, end_timeout_s=15) as worker:
            await worker.queue_frame(LLMRunFrame())
            if cut_after_s is not None:
                await wait_until(lambda: transport.played.seconds >= cut_after_s, "the audio", 15)
                await worker.queue_frame(InterruptionFrame())
            await wait_until(lambda: turns, "the assistant turn's end", 20)
    return [m["content"] for m in context.get_messages() if m["role"] == "assistant"], turns  # type: ignore[index,misc]


async def test_pipecats_context_holds_what_the_caller_heard_of_a_cut_reply() -> None:
    # with one TTSTextFrame per sentence, pushed after its audio, the interruption dropped
    # the sentence being heard: the context had no message for the reply (and a reconnect,
    # which restores from it, erased the heard words from the model too)
    messages, turns = await _context_of_a_reply(cut_after_s=1.2)  # inside the first sentence
    [heard] = messages
    assert heard and len(heard) < len(REPLY) and REPLY.startswith(heard), heard
    # with no PlayoutTracker after the transport, on_assistant_turn_stopped fires with what the
    # transport let through by the time the interruption reached it: the heard words, and the
    # line played on while the interruption went from the TTS (which reported the heard
    # position) to the transport; the context is then cut to the heard part (README: the
    # event equals the context only behind a PlayoutTracker, tests/test_review_s44_turnstop.py)
    [(said, interrupted)] = turns
    assert interrupted and said.startswith(heard) and REPLY.startswith(said), (said, heard)


async def test_a_reply_played_to_its_end_reaches_pipecats_context_once_as_written() -> None:
    messages, turns = await _context_of_a_reply(cut_after_s=None)
    assert messages == [REPLY]  # the model's digits, not the voice's words, and only once
    assert turns == [(REPLY, False)]
