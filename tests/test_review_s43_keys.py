"""Review s43, keys: the caller's keypad in a call, end to end.

Each test failed on the code before its fix (the ``# WRONG / EXPECTED`` comment says how).
"""

from __future__ import annotations

import asyncio
from typing import Any

from pipecat.frames.frames import (
    EndFrame,
    InputAudioRawFrame,
    InputDTMFFrame,
    KeypadEntry,
    LLMContextFrame,
    LLMFullResponseEndFrame,
    UserStartedSpeakingFrame,
    UserStoppedSpeakingFrame,
)
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineParams, PipelineWorker
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.aggregators.llm_response_universal import LLMContextAggregatorPair
from pipecat.workers.runner import WorkerRunner

from pipecat_rt_best.call_pipeline.keypad import KeypadParams
from pipecat_rt_best.call_pipeline.keypad_processor import KeypadProcessor
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, Faults, RealtimeEmulator
from tests.realtime.harness import Collector, wait_until


def _server_texts(conversation: list[dict[str, Any]]) -> list[str]:
    """The server's conversation as the texts of its items (a caller's audio: its transcript)."""
    return [
        str(part.get("text") or part.get("transcript") or "")
        for item in conversation
        if item.get("type") == "message"
        for part in item.get("content") or []
    ]


def _assistant_items_sent(sent: list[dict[str, Any]]) -> int:
    return sum(
        1
        for e in sent
        if e.get("type") == "conversation.item.added" and e["item"].get("role") == "assistant"
    )


async def test_a_keypad_entry_typed_while_the_reply_runs_is_in_the_context_where_the_server_has_it() -> (
    None
):
    # A bank IVR: "say or type your account number". The caller says "my account number is",
    # then types 4# while the reply to those words is already being made (the server has its
    # assistant item; its audio has not started: nothing to interrupt). The server's
    # conversation puts the entry after that reply; the pipeline's context (what the app reads,
    # what a reconnect restores the new session from) wrote the entry at once, and the caller's
    # turn and the reply only when the reply ended.
    # WRONG: local context: Hello, [keypad] 4#, my account number is, Sure, Got it; the server:
    # Hello, my account number is, Sure, [keypad] 4#, Got it (a restore would tell the model
    # its "Sure." answered the keys).
    # EXPECTED: the context holds the entry where the server's conversation does.
    async with RealtimeEmulator(
        api_key="k",
        script=EmulatorScript(
            replies=["Hello.", "Sure, one moment.", "Got it."],
            user_transcripts=["my account number is"],
        ),
        faults=Faults(),
    ) as emu:
        llm = RealtimeLLMService(
            api_key="k",
            base_url=emu.url,
            settings=RealtimeLLMService.Settings(
                model="gpt-realtime",
                session_properties=realtime_session(audio_format="pcm", transcribe_input=True),
            ),
        )
        context = LLMContext()
        pair = LLMContextAggregatorPair(context)
        sink = Collector(name="sink")
        keypad = KeypadProcessor(KeypadParams(idle_timeout_s=0.2))
        worker = PipelineWorker(
            Pipeline([pair.user(), keypad, llm, sink, pair.assistant()]),
            params=PipelineParams(audio_in_sample_rate=8000, audio_out_sample_rate=8000),
            enable_rtvi=False,
            idle_timeout_secs=None,
        )
        runner = WorkerRunner(handle_sigint=False)
        await runner.add_workers(worker)
        task = asyncio.create_task(runner.run())
        try:

            def replies_done() -> int:
                return len(sink.of(LLMFullResponseEndFrame))

            await worker.queue_frame(LLMContextFrame(context))
            await wait_until(lambda: replies_done() >= 1, what="the greeting")
            session = emu.sessions[-1]
            emu.faults.realtime_pacing = True  # the reply streams as fast as it plays
            await worker.queue_frames(
                [
                    UserStartedSpeakingFrame(),
                    InputAudioRawFrame(audio=bytes(9600), sample_rate=24000, num_channels=1),
                    UserStoppedSpeakingFrame(),
                ]
            )
            # the reply to the caller's words is under way on the server: its item is there
            await wait_until(
                lambda: _assistant_items_sent(session.sent) >= 2, what="the reply's item"
            )
            await worker.queue_frames(
                [InputDTMFFrame(KeypadEntry.FOUR), InputDTMFFrame(KeypadEntry.POUND)]
            )
            await wait_until(lambda: replies_done() >= 3, what="the answer to the keys")
            await wait_until(lambda: len(context.get_messages()) >= 5, what="the context")
            local = [str(m.get("content")) for m in context.get_messages()]  # type: ignore[union-attr]
            server = _server_texts(session.conversation)
        finally:
            await worker.queue_frame(EndFrame())
            await asyncio.wait_for(task, timeout=10)
    assert server == [
        "Hello.",
        "my account number is",
        "Sure, one moment.",
        "[keypad] The caller pressed: 4#",
        "Got it.",
    ], server
    assert local == server
