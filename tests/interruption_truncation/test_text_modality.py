"""Text modality against the emulator: the assistant's text item is replaced, in place, by
the words the caller heard (the server cannot truncate text)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

from loguru import logger
from pipecat.frames.frames import EndFrame, Frame, LLMContextFrame
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineParams, PipelineWorker
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.workers.runner import WorkerRunner

from pipecat_rt_best.base import SpokenTextHeardFrame, WordTiming
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    Faults,
    RealtimeEmulator,
    Reply,
)
from pipecat_rt_best.testing.realtime_emulator.audio import word_timings

KEY = "sk-test-text"
REPLY = "Your loan of four lakh rupees was approved yesterday, congratulations."


class Sink(FrameProcessor):
    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        await self.push_frame(frame, direction)


async def _wait(predicate: Callable[[], bool], what: str, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.005)


def _assistant_texts(session: Any) -> list[tuple[str, str]]:
    out = []
    for item in session.conversation:
        if item.get("role") == "assistant":
            out.append((item["id"], "".join(p.get("text") or "" for p in item["content"])))
    return out


@contextlib.asynccontextmanager
async def text_call(
    faults: Faults | None = None, reply: str | Reply = REPLY
) -> AsyncIterator[tuple[Any, RealtimeLLMService, Sink]]:
    """The emulator, a text-modality service and a sink in a running pipeline; the caller
    has asked about their loan."""
    logger.disable("pipecat")
    script = EmulatorScript(replies=[reply])
    async with RealtimeEmulator(api_key=KEY, script=script, faults=faults or Faults()) as emu:
        llm = RealtimeLLMService(
            api_key=KEY,
            base_url=emu.url,
            settings=RealtimeLLMService.Settings(
                session_properties=realtime_session(output_modality="text")
            ),
        )
        sink = Sink()
        worker = PipelineWorker(
            Pipeline([llm, sink]),
            params=PipelineParams(),
            enable_rtvi=False,
            idle_timeout_secs=None,
        )
        runner = WorkerRunner(handle_sigint=False)
        await runner.add_workers(worker)
        run = asyncio.create_task(runner.run())
        try:
            context = LLMContext(messages=[{"role": "user", "content": "Tell me about my loan."}])
            await worker.queue_frame(LLMContextFrame(context))
            yield emu, llm, sink
        finally:
            await worker.queue_frame(EndFrame())
            try:
                await asyncio.wait_for(run, 10)
            except TimeoutError:
                await worker.cancel()
            logger.enable("pipecat")


async def test_the_heard_words_replace_the_text_item_in_place() -> None:
    async with text_call() as (emu, llm, sink):
        await _wait(lambda: emu.last_session is not None, "the session")
        session = emu.last_session
        assert session is not None
        await _wait(lambda: any(r["status"] == "completed" for r in session.responses), "the reply")
        [(item_id, text)] = _assistant_texts(session)
        assert text == REPLY
        # the client has seen the item too (the server finishes before the events land)
        await _wait(lambda: llm._last_assistant_item == item_id, "the client's item")
        user_id = session.conversation[-2]["id"]

        # the TTS spoke the reply; the caller barged in 2.3 s into its audio
        await sink.push_frame(
            SpokenTextHeardFrame(text=REPLY, words=_words(), heard_ms=2300.0),
            FrameDirection.UPSTREAM,
        )
        await _wait(lambda: _assistant_texts(session) != [(item_id, text)], "the replacement")
        await asyncio.sleep(0.1)
        [(new_id, heard)] = _assistant_texts(session)
        # 2300 ms at 65 ms/char: "Your loan of four lakh " ends at 1495 ms; "rupees"
        # (1495-1885 ms) is heard in full, "was" starts at 1950 ms and ends at 2145 ms,
        # "approved" (2210-2730 ms) less than half: cut
        assert heard == "Your loan of four lakh rupees was"
        assert new_id != item_id
        # in place: right after the user's turn, not appended elsewhere
        ids = [i["id"] for i in session.conversation]
        assert ids.index(new_id) == ids.index(user_id) + 1
        assert not session.errors_sent
        assert llm.truncations[-1].heard_text == heard
        assert llm.truncations[-1].method == "text-replace"


async def test_barge_in_mid_stream_then_heard_words_replace_once() -> None:
    """Interrupted while the text still streams: one delete, the heard words, no server error."""
    async with text_call(Faults(delta_interval_s=0.05)) as (emu, llm, sink):
        await _wait(lambda: llm._last_assistant_item is not None, "the text item")
        await asyncio.sleep(0.2)  # a few words streamed; the TTS speaks the first ones
        item_id = llm._last_assistant_item
        await llm._handle_interruption()  # what an InterruptionFrame does in the service
        await sink.push_frame(
            SpokenTextHeardFrame(text=REPLY, words=_words(), heard_ms=1600.0, item_id=item_id),
            FrameDirection.UPSTREAM,
        )
        session = emu.last_session
        assert session is not None

        def replaced() -> bool:
            texts = _assistant_texts(session)
            return len(texts) == 1 and texts[0][0] != item_id

        await _wait(replaced, "the replacement")
        await asyncio.sleep(0.2)
        deletes = [e for e in session.received if e.get("type") == "conversation.item.delete"]
        assert [e["item_id"] for e in deletes] == [item_id]
        assert not session.errors_sent, session.errors_sent
        assert [t for _, t in _assistant_texts(session)] == ["Your loan of four lakh"]


def _words() -> list[WordTiming]:
    return word_timings(REPLY)  # the emulator's timings are base WordTimings


async def test_a_reply_in_two_items_the_spoken_one_is_replaced_the_unspoken_deleted() -> None:
    # a TTS speaks each item as its own reply and reports without an item id; text comes far
    # faster than speech, so when the caller barges in during item 1 the latest item is 2:
    # item 2 was replaced by item 1's heard words and item 1 stayed in full
    text = REPLY + " The first instalment is due on the fifth of next month."
    reply = Reply(text=text, split_items=2)
    first, _ = reply.message_texts()
    async with text_call(reply=reply) as (emu, llm, sink):
        await _wait(lambda: emu.last_session is not None, "the session")
        session = emu.last_session
        assert session is not None
        await _wait(lambda: any(r["status"] == "completed" for r in session.responses), "the reply")
        (one, _), (two, _) = _assistant_texts(session)
        await _wait(lambda: llm._last_assistant_item == two, "the client's items")
        await sink.push_frame(
            SpokenTextHeardFrame(text=first, words=word_timings(first), heard_ms=1000.0),
            FrameDirection.UPSTREAM,
        )
        await _wait(
            lambda: len(session.received_of("conversation.item.delete")) == 2, "the deletes"
        )
        await asyncio.sleep(0.1)
        [(_, heard)] = _assistant_texts(session)
        assert first.startswith(heard) and 0 < len(heard) < len(first)
        assert {e["item_id"] for e in session.received_of("conversation.item.delete")} == {one, two}
        assert not session.errors_sent
