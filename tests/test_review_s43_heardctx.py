"""Review s43 (heardctx): what pipecat's LLMContext — written by the assistant aggregator after
the output transport — holds after a barge-in in audio modality, against what the caller heard.

The realtime server sends the transcript of the model's speech well ahead of its audio
(``EmulatorScript(transcript_lead_ms=...)``); pipecat puts each transcript delta in the output
transport's queue as a ``TTSTextFrame``, behind the audio received before it, so the transport
releases the words long before the caller hears them. At a barge-in the aggregator commits what
was released: the local context (which a reconnect restores the model from, and which apps read)
claimed words the caller never heard, while the server's item was cut to the heard audio.

    source → user aggregator → RealtimeLLMService → PhoneOutput (far end: 80 ms jitter buffer,
    marks) → PlayoutTracker → assistant aggregator
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import pytest
from loguru import logger
from pipecat.frames.frames import InterruptionFrame, LLMContextFrame
from pipecat.pipeline.worker import PipelineWorker
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.aggregators.llm_response_universal import (
    LLMAssistantAggregator,
    LLMContextAggregatorPair,
)
from pipecat.transports.base_transport import TransportParams

from pipecat_rt_best.interruption_truncation import PlayoutTracker, TruncationParams
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.realtime.reconnect import ReconnectParams
from pipecat_rt_best.session_pool.backoff import Backoff
from pipecat_rt_best.testing.phone_line import FarEnd, FarEndConfig
from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    Faults,
    RealtimeEmulator,
    Reply,
)
from pipecat_rt_best.testing.realtime_emulator.audio import MS_PER_CHAR, heard_text

from .interruption_truncation.phone import PhoneOutput, confirmations_via
from .realtime.harness import running_worker, wait_until

KEY = "sk-test-heardctx"
LOAN = (
    "Your loan of four lakh fifty thousand rupees was approved yesterday, "
    "and the first instalment is due on the fifth of next month."
)
BRANCH = "Our branch opens at ten in the morning."  # 2535 ms of audio
LEAD_MS = 1500  # how far the transcript runs ahead of the audio (the real server's is large)
FAST = ReconnectParams(give_up_after_s=2.0, backoff=Backoff(first_s=0.01, base_s=0.02, max_s=0.05))


@dataclass
class Call:
    emu: RealtimeEmulator
    llm: RealtimeLLMService
    phone: PhoneOutput
    far: FarEnd
    context: LLMContext
    worker: PipelineWorker
    parts: list[str]
    assistant: LLMAssistantAggregator

    @property
    def session(self) -> Any:
        return self.emu.last_session

    def assistant_said(self) -> list[str]:
        messages: list[Any] = self.context.get_messages()
        return [str(m["content"]) for m in messages if m.get("role") == "assistant"]

    def heard(self) -> str:
        """What the far end played of the reply, word by word (a word counts once it began)."""
        left = self.far.played_since(0.0)
        out = []
        for part in self.parts:
            out.append(heard_text(part, left))
            left = max(0.0, left - len(part) * MS_PER_CHAR)
        return " ".join(p for p in out if p)


@contextlib.asynccontextmanager
async def _phone_pipeline(
    services: list[Any], *, ask: str, buffer_ms: float, marks: bool, tracker: bool = True
) -> AsyncIterator[tuple[PhoneOutput, FarEnd, LLMContext, PipelineWorker, LLMAssistantAggregator]]:
    """user aggregator → ``services`` → a phone output (its far end's jitter buffer
    ``buffer_ms``, with or without mark confirmations) → PlayoutTracker (unless not
    ``tracker``) → assistant aggregator, running; the context starts with the caller asking
    ``ask``. Ended (or cancelled) after."""
    box: list[PipelineWorker] = []

    async def queue(frame: Any) -> None:
        await box[0].queue_frame(frame)

    far = FarEnd(FarEndConfig(down_ms=3.0, up_ms=3.0, buffer_ms=buffer_ms, marks=marks))
    params = TransportParams(
        audio_out_enabled=True, audio_out_sample_rate=8000, audio_out_10ms_chunks=2
    )
    phone = PhoneOutput(params, far, confirmations_via(queue) if marks else None)
    context = LLMContext(messages=[{"role": "user", "content": ask}])
    pair = LLMContextAggregatorPair(context)
    after_output = [PlayoutTracker()] if tracker else []
    processors = [pair.user(), *services, phone, *after_output, pair.assistant()]
    async with running_worker(processors, cancel_late=True) as worker:
        box.append(worker)
        yield phone, far, context, worker, pair.assistant()


@contextlib.asynccontextmanager
async def _call(
    reply: Reply,
    *,
    marks: bool = True,
    reconnect: ReconnectParams | None = None,
    tracker: bool = True,
) -> AsyncIterator[Call]:
    """A phone call on the emulator whose one reply is ``reply``, its transcript running
    :data:`LEAD_MS` ahead of its audio (sent 5x faster than real time), asked for at once
    (``tracker``: a PlayoutTracker after the phone output)."""
    logger.disable("pipecat")
    script = EmulatorScript(replies=[reply], chunk_ms=100, transcript_lead_ms=LEAD_MS)
    faults = Faults(first_delta_delay_s=0.05, delta_interval_s=0.02)
    try:
        async with RealtimeEmulator(api_key=KEY, script=script, faults=faults) as emu:
            llm = RealtimeLLMService(
                api_key=KEY,
                base_url=emu.url,
                settings=RealtimeLLMService.Settings(
                    session_properties=realtime_session(audio_format="pcmu", manual_turns=True)
                ),
                truncation=TruncationParams(
                    playout_confirmations=marks, playout_delay_ms=0.0 if marks else 100.0
                ),
                reconnect=reconnect,
            )
            async with _phone_pipeline(
                [llm], ask="Tell me about my loan.", buffer_ms=80.0, marks=marks, tracker=tracker
            ) as (phone, far, context, worker, assistant):
                await wait_until(lambda: emu.last_session is not None, what="the session")
                await worker.queue_frame(LLMContextFrame(context))
                yield Call(emu, llm, phone, far, context, worker, reply.message_texts(), assistant)
    finally:
        logger.enable("pipecat")


async def _barge_in(call: Call, after_s: float) -> None:
    """The caller cuts in ``after_s`` after the bot's first audio was written."""
    await wait_until(lambda: call.phone.timeline_ms > 0, what="the bot's audio")
    await asyncio.sleep(after_s)
    await call.worker.queue_frame(InterruptionFrame())
    await wait_until(lambda: call.llm.truncations, what="the truncation")
    await asyncio.sleep(0.3)  # the clear reaches the far end; the aggregator commits


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("marks", [True, False], ids=["marks", "no-marks"])
async def test_after_a_barge_in_the_context_holds_no_word_the_caller_did_not_hear(
    marks: bool,
) -> None:
    # WRONG: the caller heard "Your loan of four lak…" (1.4 s); the context kept "Your loan of
    # four lakh fifty thousand rupees was" (the transcript released 1.5 s ahead of the audio),
    # while the model's own item was cut to the heard audio.
    # EXPECTED: the context's reply is the part the caller heard (the part the model was told),
    # never more.
    async with _call(Reply(text=LOAN), marks=marks) as call:
        await _barge_in(call, 1.2)
        [said] = call.assistant_said()
        heard = call.heard()
        assert said.startswith("Your loan"), (said, heard)
        assert _squash(heard).startswith(_squash(said)), (said, heard)


async def test_a_barge_in_before_any_audio_played_leaves_no_reply_in_the_context() -> None:
    # WRONG: the first 20 ms chunk was written (still in the far end's 80 ms jitter buffer, so
    # nothing heard, and the model's item was deleted) but the context kept "Your loan of four
    # lakh fifty": the transcript that came with it.
    # EXPECTED: no assistant message for a reply the caller never heard.
    async with _call(Reply(text=LOAN)) as call:
        await _barge_in(call, 0.0)
        said, heard = " ".join(call.assistant_said()), call.heard()
        assert _squash(heard).startswith(_squash(said)), (said, heard)
        if [t.action for t in call.llm.truncations] == ["delete"]:  # (a loaded machine: later)
            assert call.assistant_said() == []


async def test_a_barge_in_in_the_second_item_keeps_the_first_whole_and_the_words_apart() -> None:
    # WRONG: the reply came as two items ("Our branch opens at ten" / "in the morning."); cut
    # 2.0 s in (0.5 s into the second), the context held "Our branch opens at tenin the
    # morning." — the second item's unheard words, and the items glued into "tenin".
    # EXPECTED: the first item whole, then the heard part of the second, a space between.
    async with _call(Reply(text=BRANCH, split_items=2)) as call:
        assert call.parts == ["Our branch opens at ten", "in the morning."]
        await _barge_in(call, 2.0)
        [said] = call.assistant_said()
        heard = call.heard()
        assert said.startswith("Our branch opens at ten in"), (said, heard)
        assert _squash(heard).startswith(_squash(said)), (said, heard)


async def test_a_reply_in_two_items_played_to_its_end_is_kept_whole_with_its_words_apart() -> None:
    # WRONG: "Our branch opens at tenin the morning." — pipecat joins the items' transcripts
    # with nothing between them; a reconnect restores the model from that text.
    # EXPECTED: the reply as said, a barge-in after it had played out changing nothing.
    async with _call(Reply(text=BRANCH, split_items=2)) as call:
        await wait_until(
            lambda: call.assistant_said(), what="the reply in the context", timeout=6.0
        )
        await call.worker.queue_frame(InterruptionFrame())
        await asyncio.sleep(0.2)
        assert call.assistant_said() == [BRANCH]
        session = call.session
        assert [i["role"] for i in session.conversation] == ["user", "assistant", "assistant"]


async def test_a_reconnect_after_a_barge_in_restores_only_the_heard_words() -> None:
    # WRONG: cut 1.2 s into the loan reply, the session dropped; the new session was given the
    # context's "Your loan of four lakh fifty thousand rupees was": the model was told the
    # caller heard the amount and "was" — it had been told "Your loan of four lakh" before.
    # EXPECTED: the new session holds no more of the reply than the caller heard.
    async with _call(Reply(text=LOAN), reconnect=FAST) as call:
        await _barge_in(call, 1.2)
        first = call.session
        heard = call.heard()
        for conn in list(call.emu._connections):  # the emulator's TCP abort, no close frame
            conn.drop("test")
        await wait_until(
            lambda: call.llm.reconnects == 1 and call.session is not first, what="reconnect"
        )
        await wait_until(lambda: call.session.conversation, what="the restored conversation")
        await asyncio.sleep(0.1)
        restored = " ".join(
            str(part.get("text") or part.get("transcript") or "")
            for item in call.session.conversation
            for part in item.get("content") or []
        )
        assert "Your loan" in restored, restored
        assert "fifty" not in heard, heard  # the barge-in came before it
        assert "fifty" not in restored, (restored, heard)


TEXT_REPLY = "Your loan of four lakh fifty thousand rupees was approved yesterday."


async def text_modality_cut(
    after_s: float,
    watch: Callable[[LLMAssistantAggregator], None] | None = None,
    *,
    heard_ms: float | None = None,
) -> tuple[str, LLMContext]:
    """Text modality, Azure TTS (the real SDK against the emulator) on a line with a 200 ms
    jitter buffer and marks: :data:`TEXT_REPLY` cut ``after_s`` after its audio began (or, with
    ``heard_ms``, once the service reads that much of it heard). What the model kept of it, and
    the call's context. ``watch`` gets the assistant aggregator first."""
    pytest.importorskip("azure.cognitiveservices.speech")
    from pipecat_rt_best.azure_tts import AzureSpeechTTSService
    from pipecat_rt_best.testing.azure_speech_emulator import AzureSpeechEmulator

    logger.disable("pipecat")
    try:
        async with (
            RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[TEXT_REPLY])) as rt,
            AzureSpeechEmulator() as az,
        ):
            llm = RealtimeLLMService(
                api_key=KEY,
                base_url=rt.url,
                settings=RealtimeLLMService.Settings(
                    session_properties=realtime_session(output_modality="text", manual_turns=True)
                ),
                truncation=TruncationParams(playout_confirmations=True),
            )
            tts = AzureSpeechTTSService(
                api_key="test-key",
                host=az.host,
                output="ulaw",
                playout_source=llm.heard_timeline_ms,
            )
            line = _phone_pipeline([llm, tts], ask="My loan?", buffer_ms=200.0, marks=True)
            async with line as (phone, _far, context, worker, assistant):
                if watch is not None:
                    watch(assistant)
                await wait_until(lambda: rt.last_session is not None, what="the session")
                session = rt.last_session
                await worker.queue_frame(LLMContextFrame(context))
                await wait_until(lambda: phone.timeline_ms > 0, what="the bot's audio")
                if heard_ms is None:
                    await asyncio.sleep(after_s)
                else:
                    at = heard_ms
                    await wait_until(lambda: (llm.heard_timeline_ms() or 0.0) >= at, what="it")
                await worker.queue_frame(InterruptionFrame())
                await wait_until(lambda: llm.truncations, what="the heard-text report")
                await asyncio.sleep(0.3)
                model = " ".join(
                    str(part.get("text") or "")
                    for item in session.conversation
                    if item.get("role") == "assistant"
                    for part in item.get("content") or []
                )
                return model, context
    finally:
        logger.enable("pipecat")


@pytest.mark.parametrize("after_s", [1.5, 0.05], ids=["mid-reply", "nothing-heard-yet"])
async def test_text_modality_the_context_holds_no_more_than_the_model_was_told(
    after_s: float,
) -> None:
    # WRONG: text modality, Azure TTS, a line with a 200 ms jitter buffer and marks: pipecat's
    # output transport lets each word through as its audio is written, 200 ms before the caller
    # hears it. Cut 1.5 s in, the model kept "Your loan of four" (the heard words) and the
    # context "Your loan of four lakh fifty"; cut before a word was heard, the model's item was
    # deleted and the context kept "Your".
    # EXPECTED: the context's reply is no more than the heard words the model kept.
    model, context = await text_modality_cut(after_s)
    messages: list[Any] = context.get_messages()
    said = " ".join(str(m["content"]) for m in messages if m.get("role") == "assistant")
    if after_s > 1:
        assert model.startswith("Your loan"), model
        assert said.startswith("Your loan"), (said, model)
    assert _squash(model).startswith(_squash(said)), (said, model)


@pytest.mark.parametrize("modality", ["audio", "text"])
async def test_the_items_of_a_reply_reach_the_context_apart(modality: str) -> None:
    # WRONG: a reply the server sent as two items reached pipecat's context as "Our branch
    # opens at tenin the morning." (audio: the transcripts; text: what the model wrote, which a
    # TTS also reads) — pipecat sends the items' text on as one reply, joined as it comes.
    # EXPECTED: "Our branch opens at ten in the morning."
    from .realtime.harness import RealtimePipeline

    script = EmulatorScript(replies=[Reply(text=BRANCH, split_items=2)])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        llm = RealtimeLLMService(
            api_key=KEY,
            base_url=emu.url,
            settings=RealtimeLLMService.Settings(
                session_properties=realtime_session(output_modality=modality)  # type: ignore[arg-type]
            ),
        )
        context = LLMContext(messages=[{"role": "user", "content": "When do you open?"}])
        async with RealtimePipeline(llm, context) as p:
            await p.send(LLMContextFrame(context))

            def said() -> list[str]:
                messages: list[Any] = context.get_messages()
                return [str(m["content"]) for m in messages if m.get("role") == "assistant"]

            await wait_until(said, what="the reply")
            assert said() == [BRANCH]
