"""Review s46 (reconnect heard): after a mid-call reconnect that came while the bot was speaking,
what pipecat's LLMContext and the new session hold of that reply, against what the caller heard.

The socket drops while the reply plays (audio modality, the server's transcript running
:data:`~tests.test_review_s43_heardctx.LEAD_MS` ahead of its audio): the reply's audio the
service received before the drop still plays out of the output transport; the rest never
comes. The new session is given the part of the transcript that audio says (practice 2's
carry-over). The harness is the heard-context review's (:mod:`tests.test_review_s43_heardctx`):

    source → user aggregator → RealtimeLLMService → PhoneOutput (far end: 80 ms jitter buffer,
    marks) → PlayoutTracker → assistant aggregator

What the caller heard is read off the far end (the audio it played), never written in.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from typing import Any

import pytest
from pipecat.frames.frames import InterruptionFrame

from pipecat_rt_best.testing.realtime_emulator import RealtimeEmulator, Reply
from pipecat_rt_best.testing.realtime_emulator.audio import heard_text

from .realtime.harness import wait_until
from .test_review_s43_heardctx import FAST, LOAN, Call, _call, _squash

RECEIVED_CHUNKS = 20  # 100 ms audio deltas the service gets before the socket drops: 2000 ms


def _stall_after(emu: RealtimeEmulator, n: int) -> Any:
    """An emulator ``rewrite_event`` that, as it sends the reply's ``n``-th audio delta, makes
    the stream wait (the drop then comes before any more audio; the transcript sent so far
    runs the script's lead past it)."""
    count = 0

    def rewrite(event: dict[str, Any]) -> dict[str, Any]:
        nonlocal count
        if event["type"] == "response.output_audio.delta":
            count += 1
            if count == n:
                emu.faults.delta_interval_s = 30.0
        return event

    return rewrite


def _received_ms(call: Call) -> float:
    return sum(s.received_ms for s in call.llm.playout_clock.segments)


def _assistant_items(session: Any) -> list[str]:
    """The text of each assistant item a session holds (text or transcript)."""
    return [
        " ".join(
            str(part.get("text") or part.get("transcript") or "")
            for part in item.get("content") or []
        )
        for item in session.conversation
        if item.get("role") == "assistant"
    ]


@contextlib.asynccontextmanager
async def _dropped_mid_reply(
    reconnect_after_s: float = 0.0, watch: Callable[[Call], None] | None = None
) -> AsyncIterator[tuple[Call, Any]]:
    """A loan call whose session drops while the bot speaks the reply: 2000 ms of its audio
    (and the transcript 1500 ms past it) came, the far end is playing it. Yields the call and
    the new session, once the reply was carried to it. ``reconnect_after_s``: the new session's
    handshake takes this long (0: the reconnect takes a few ms). ``watch`` gets the call as it
    starts, long before the drop."""
    params = replace(FAST, give_up_after_s=FAST.give_up_after_s + reconnect_after_s)
    async with _call(Reply(text=LOAN), reconnect=params) as call:
        if watch is not None:
            watch(call)
        call.emu.faults.rewrite_event = _stall_after(call.emu, RECEIVED_CHUNKS)
        await wait_until(
            lambda: _received_ms(call) >= RECEIVED_CHUNKS * 100, what="the reply's audio"
        )
        await wait_until(lambda: call.llm._bot_speaking, what="the bot speaking")
        await asyncio.sleep(0.1)  # the stalled stream sends nothing more
        assert _received_ms(call) == RECEIVED_CHUNKS * 100
        first = call.session
        call.emu.faults.handshake_delay_s = reconnect_after_s
        transcript = " ".join(_assistant_items(first))
        assert len(transcript) * 65 > RECEIVED_CHUNKS * 100 + 1000, transcript  # the lead
        for conn in list(call.emu._connections):  # the emulator's TCP abort, no close frame
            conn.drop("test")
        await wait_until(
            lambda: call.llm.reconnects == 1 and call.session is not first,
            what="the reconnect",
            timeout=5.0 + reconnect_after_s,
        )
        second = call.session
        if not reconnect_after_s:
            await wait_until(lambda: _assistant_items(second), what="the carried reply")
            assert call.phone.timeline_ms < RECEIVED_CHUNKS * 100, "the reply had played out"
        yield call, second


def _context_said(call: Call) -> str:
    return " ".join(call.assistant_said())


async def test_a_reply_carried_over_a_reconnect_and_played_out_is_in_the_context_as_heard() -> None:
    # WRONG: the socket dropped 2000 ms into the reply's audio, the transcript 1500 ms ahead of
    # it; the received audio played out after the reconnect ("Your loan of four lakh fifty
    # thousand"), and the context kept "Your loan of four lakh fifty thousand rupees was
    # approved": the transcript the output transport let through, words whose audio never came.
    # EXPECTED: the context's reply (what the next reconnect restores the model from) is no
    # more than the caller heard, as the new session's carried item is.
    async with _dropped_mid_reply() as (call, second):
        await wait_until(lambda: not call.llm._bot_speaking, what="the reply played out", timeout=6)
        await wait_until(lambda: call.assistant_said(), what="the reply in the context", timeout=6)
        await asyncio.sleep(0.3)
        heard, said = call.heard(), _context_said(call)
        carried = " ".join(_assistant_items(second))
        assert heard.startswith("Your loan of four lakh"), heard
        assert _squash(heard).startswith(_squash(carried)), (carried, heard)
        assert said.startswith("Your loan"), (said, heard)
        assert _squash(heard).startswith(_squash(said)), (said, heard)


@pytest.mark.parametrize("after_s", [0.2, 0.6])
async def test_a_barge_in_after_a_reconnect_mid_reply_leaves_only_heard_words(
    after_s: float,
) -> None:
    # the socket dropped 2000 ms into the reply's audio; the caller cuts in on the rest of the
    # received audio, ``after_s`` after the new session took over. EXPECTED: the context and the
    # new session hold no more of the reply than the far end played. (This held before the
    # close-out cut too: the barge-in's own cut covers it.)
    async with _dropped_mid_reply() as (call, second):
        await asyncio.sleep(after_s)
        await call.worker.queue_frame(InterruptionFrame())
        await wait_until(lambda: call.llm.truncations, what="the truncation")
        await asyncio.sleep(0.3)  # the clear reaches the far end; the aggregator commits
        heard, said = call.heard(), _context_said(call)
        carried = " ".join(_assistant_items(second))
        assert heard.startswith("Your loan"), heard
        assert _squash(heard).startswith(_squash(carried)), (carried, heard)
        assert _squash(heard).startswith(_squash(said)), (said, heard)


def _heard_by_the_end(call: Call) -> str:
    """:meth:`Call.heard` once the pipeline ended: the far end's speech, without the silence
    pipecat's output writes at the ``EndFrame`` (``audio_out_end_silence_secs``, one write;
    the reply's audio goes out in 20 ms chunks)."""
    played = sum(c.played_ms for c in call.far.chunks if c.ms <= 20.0)
    return heard_text(" ".join(call.parts), played)


async def test_a_call_that_ends_while_a_carried_reply_plays_keeps_only_heard_words() -> None:
    # WRONG: the call ended (an EndFrame, queued behind the reply's audio) while the audio
    # received before the drop still played; the context kept the transcript to "approved".
    # EXPECTED: the context holds no word the far end never played.
    async with _dropped_mid_reply() as (call, _second):
        pass
    heard, said = _heard_by_the_end(call), _context_said(call)
    assert heard.startswith("Your loan of four lakh"), heard
    assert _squash(heard).startswith(_squash(said)), (said, heard)


async def test_a_slow_reconnect_gives_the_new_session_only_heard_words() -> None:
    # WRONG: the new session came 2.5 s after the drop: the 2000 ms of audio received before it
    # had played out, and the reply was in the context by then, to "rupees was approved"; the
    # new session was restored from it (pipecat's adapter sends a conversation ending with the
    # bot's reply as one text), and the carry-over then gave nothing (the context held it).
    # EXPECTED: neither holds the word after the last one the far end played.
    async with _dropped_mid_reply(reconnect_after_s=2.5) as (call, second):
        await wait_until(lambda: second.conversation, what="the restored conversation")
        await asyncio.sleep(0.3)
        heard, said = call.heard(), _context_said(call)
        restored = _squash(
            " ".join(
                str(part.get("text") or part.get("transcript") or "")
                for item in second.conversation
                for part in item.get("content") or []
            )
        )
        assert heard.startswith("Your loan of four lakh"), heard
        assert said.startswith("Your loan"), (said, heard)
        assert _squash(heard).startswith(_squash(said)), (said, heard)
        assert "Yourloan" in restored, restored
        unheard = _squash(heard) + LOAN[len(heard) :].split()[0]  # and the word after it
        assert unheard not in restored, (restored, heard)
