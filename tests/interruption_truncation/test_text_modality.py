"""Text modality against the emulator: the assistant's text item is replaced, in place, by
the words the caller heard (the server cannot truncate text)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable
from typing import Any, Literal

from loguru import logger
from pipecat.frames.frames import (
    BotStartedSpeakingFrame,
    BotStoppedSpeakingFrame,
    EndFrame,
    Frame,
    LLMContextFrame,
)
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineParams, PipelineWorker
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.workers.runner import WorkerRunner

from pipecat_rt_best.base import SpokenTextHeardFrame, WordTiming
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.realtime.reconnect import ReconnectParams
from pipecat_rt_best.session_pool.backoff import Backoff
from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    Faults,
    RealtimeEmulator,
    Reply,
)
from pipecat_rt_best.testing.realtime_emulator.audio import word_timings

KEY = "sk-test-text"
REPLY = "Your loan of four lakh rupees was approved yesterday, congratulations."
FAST = ReconnectParams(give_up_after_s=2.0, backoff=Backoff(first_s=0.01, base_s=0.02, max_s=0.05))


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
async def loan_call(
    script: EmulatorScript,
    output_modality: Literal["audio", "text"] | None = None,
    faults: Faults | None = None,
    reconnect: ReconnectParams | None = None,
    prepare: Callable[[RealtimeEmulator], None] | None = None,
) -> AsyncIterator[tuple[RealtimeEmulator, RealtimeLLMService, Sink]]:
    """The emulator playing ``script`` (``prepare`` called on it before the service
    connects), a realtime service (audio by default) and a sink in a running pipeline; the
    caller has asked about their loan."""
    logger.disable("pipecat")
    async with RealtimeEmulator(api_key=KEY, script=script, faults=faults or Faults()) as emu:
        if prepare is not None:
            prepare(emu)
        llm = RealtimeLLMService(
            api_key=KEY,
            base_url=emu.url,
            settings=RealtimeLLMService.Settings(
                session_properties=realtime_session(output_modality=output_modality)
            ),
            reconnect=reconnect,
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


@contextlib.asynccontextmanager
async def text_call(
    faults: Faults | None = None,
    reply: str | Reply = REPLY,
    reconnect: ReconnectParams | None = None,
) -> AsyncIterator[tuple[Any, RealtimeLLMService, Sink]]:
    """A text-modality :func:`loan_call` whose one reply is ``reply``."""
    script = EmulatorScript(replies=[reply])
    async with loan_call(script, "text", faults, reconnect) as call:
        yield call


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


def _drop_and_reconnect(emu: Any) -> None:
    for conn in list(emu._connections):  # the emulator's TCP abort, no close frame
        conn.drop("test")


async def _first_reply(emu: Any, llm: Any) -> Any:
    """The first session, once its reply's text item is known and the reply completed."""
    await _wait(lambda: llm._last_assistant_item is not None, "the text item")
    first = emu.last_session
    assert first is not None
    await _wait(lambda: any(r["status"] == "completed" for r in first.responses), "the reply")
    return first


def _names(session: Any, item_id: str) -> list[dict[str, Any]]:
    """The client events ``session`` received that name ``item_id``."""
    return [e for e in session.received if item_id in (e.get("item_id"), e.get("previous_item_id"))]


async def test_a_reply_spoken_across_a_reconnect_is_on_the_new_session_and_cut_there() -> None:
    # after a reconnect the new session had no item for the reply the TTS was still
    # speaking (the context holds it only once it has played out), and the caller's
    # barge-in sent delete + create naming the dead session's items: two server errors,
    # and the model never learnt what the caller heard
    async with text_call(reconnect=FAST) as (emu, llm, sink):
        first = await _first_reply(emu, llm)
        old_id = llm._last_assistant_item
        assert old_id is not None
        # the TTS speaks the reply when the socket dies
        await sink.push_frame(BotStartedSpeakingFrame(), FrameDirection.UPSTREAM)
        await _wait(lambda: llm._bot_speaking, "the bot speaking")
        _drop_and_reconnect(emu)
        await _wait(lambda: llm.reconnects == 1 and emu.last_session is not first, "the reconnect")
        second = emu.last_session
        assert second is not None
        # the reply being spoken is on the new session, after the restored conversation
        await _wait(lambda: _assistant_texts(second), "the reply on the new session")
        [(carried_id, text)] = _assistant_texts(second)
        assert text == REPLY and second.conversation[-1]["id"] == carried_id

        # the TTS goes on speaking it; the caller barges in 2.3 s into its audio
        await sink.push_frame(
            SpokenTextHeardFrame(text=REPLY, words=_words(), heard_ms=2300.0),
            FrameDirection.UPSTREAM,
        )
        await _wait(lambda: _assistant_texts(second) != [(carried_id, text)], "the replacement")
        await asyncio.sleep(0.1)
        assert [t for _, t in _assistant_texts(second)] == ["Your loan of four lakh rupees was"]
        assert not second.errors_sent, second.errors_sent
        assert not _names(second, old_id)
        assert llm.truncations[-1].heard_text == "Your loan of four lakh rupees was"


async def test_a_reply_that_had_played_out_is_not_carried_to_the_new_session() -> None:
    # the context holds a reply once it has played out (here nothing aggregates it): a
    # drop at a quiet moment must not put it on the new session a second time
    async with text_call(reconnect=FAST) as (emu, llm, sink):
        first = await _first_reply(emu, llm)
        await sink.push_frame(BotStartedSpeakingFrame(), FrameDirection.UPSTREAM)
        await sink.push_frame(BotStoppedSpeakingFrame(), FrameDirection.UPSTREAM)
        await _wait(lambda: not llm._bot_speaking and not llm._response_active, "the quiet")
        _drop_and_reconnect(emu)
        await _wait(lambda: llm.reconnects == 1 and emu.last_session is not first, "the reconnect")
        second = emu.last_session
        assert second is not None
        await asyncio.sleep(0.2)
        assert not _assistant_texts(second) and not second.errors_sent
        assert llm._last_assistant_item is None and not llm._assistant_items


async def test_a_barge_in_during_the_reconnect_puts_the_heard_words_on_the_new_session() -> None:
    # the heard words' create, queued while the session was being replaced, named the dead
    # session's item as its previous one: the new session refused it
    async with text_call(reconnect=FAST) as (emu, llm, sink):
        first = await _first_reply(emu, llm)
        old_id = llm._last_assistant_item
        assert old_id is not None
        emu.faults.handshake_delay_s = 0.4  # the reconnect takes a while
        _drop_and_reconnect(emu)
        await asyncio.sleep(0.1)
        assert llm.reconnects == 0
        await sink.push_frame(
            SpokenTextHeardFrame(text=REPLY, words=_words(), heard_ms=2300.0),
            FrameDirection.UPSTREAM,
        )
        await _wait(lambda: llm.reconnects == 1, "the reconnect")
        second = emu.last_session
        assert second is not None and second is not first
        await _wait(lambda: _assistant_texts(second), "the heard words on the new session")
        await asyncio.sleep(0.2)
        [(heard_id, heard)] = _assistant_texts(second)
        assert heard == "Your loan of four lakh rupees was"
        assert second.conversation[-1]["id"] == heard_id
        assert not second.errors_sent, second.errors_sent
        assert not _names(second, old_id)


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


async def test_a_planned_move_does_not_fall_in_a_pause_between_two_sentences() -> None:
    # text modality: the model has written the reply (no response running) and the TTS speaks
    # it sentence by sentence; between two sentences the bot is not speaking for a moment. A
    # move falling due then happened there: the reply, not yet in the context (it is added
    # once played out), went to neither session, and the model forgot what it had just said
    params = ReconnectParams(rotate_after_s=0.3, quiet_poll_s=0.02, move_quiet_s=0.8)
    async with text_call(reconnect=params) as (emu, llm, sink):
        await _first_reply(emu, llm)
        await sink.push_frame(BotStartedSpeakingFrame(), FrameDirection.UPSTREAM)  # sentence 1
        await asyncio.sleep(0.5)  # the move falls due while the bot speaks
        await sink.push_frame(BotStoppedSpeakingFrame(), FrameDirection.UPSTREAM)
        await asyncio.sleep(0.4)  # the TTS fetches sentence 2
        assert llm.rotations == 0, "the call moved in a pause between two sentences"
        await sink.push_frame(BotStartedSpeakingFrame(), FrameDirection.UPSTREAM)  # sentence 2
        await asyncio.sleep(0.3)
        await sink.push_frame(BotStoppedSpeakingFrame(), FrameDirection.UPSTREAM)
        await _wait(lambda: llm.rotations == 1, "the move once the reply has played out")
