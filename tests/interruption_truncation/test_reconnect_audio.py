"""Audio modality across a mid-reply reconnect, against the emulator: the new session is given
the part of the reply the caller heard or will still hear (the audio received before the drop
plays out), as text: the reply's transcript cut to that audio, not the transcript (it runs
ahead of the audio), and not nothing."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import pytest
from pipecat.frames.frames import BotStartedSpeakingFrame
from pipecat.processors.frame_processor import FrameDirection
from websockets.exceptions import ConnectionClosed

from pipecat_rt_best.realtime import RealtimeLLMService
from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    RealtimeEmulator,
    Reply,
)

from .test_text_modality import (
    FAST,
    REPLY,
    Sink,
    _assistant_texts,
    _drop_and_reconnect,
    _wait,
    loan_call,
)

GREETING = "Namaste, this is Asha from City Bank."  # 37 characters: 2405 ms at 65 ms each
CUT_AFTER = 12  # audio deltas of the second item (100 ms each) the client gets before the drop


def _stall_after(emu: RealtimeEmulator, n: int) -> Any:
    """An emulator ``rewrite_event`` that, as it sends the ``n``-th audio delta of the
    response's second item, makes the stream wait (the drop then comes before any more)."""
    items: list[str] = []
    count = 0

    def rewrite(event: dict[str, Any]) -> dict[str, Any]:
        nonlocal count
        if event["type"] == "response.output_audio.delta":
            if event["item_id"] not in items:
                items.append(event["item_id"])
            if len(items) == 2:
                count += 1
                if count == n:
                    emu.faults.delta_interval_s = 30.0
        return event

    return rewrite


@contextlib.asynccontextmanager
async def audio_call() -> AsyncIterator[tuple[RealtimeEmulator, RealtimeLLMService, Sink]]:
    """An audio-modality call on the emulator that reconnects; its first reply is the greeting
    then the loan, as two items."""
    script = EmulatorScript(replies=[Reply(parts=[GREETING, REPLY])], chunk_ms=100)

    def stall(emu: RealtimeEmulator) -> None:
        emu.faults.rewrite_event = _stall_after(emu, CUT_AFTER)

    async with loan_call(script, reconnect=FAST, prepare=stall) as call:
        yield call


async def _carried(
    emu: RealtimeEmulator, llm: RealtimeLLMService, sink: Sink, restore_fails_once: bool = False
) -> tuple[Any, Any]:
    """The greeting then 1200 ms of the loan's audio came; the bot speaks when the socket dies.
    Returns the first session and, once the reply is carried to it, the new one.
    ``restore_fails_once``: the first new session dies right after the reply was carried to it
    (the reconnect tries the next one)."""
    await _wait(lambda: emu.last_session is not None, "the session")
    first = emu.last_session
    assert first is not None

    def second_item_audio_ms() -> float:  # what the client received of the loan's audio
        ids = list(llm._assistant_items)
        segments = llm.playout_clock.segments
        return sum(s.received_ms for s in segments if len(ids) == 2 and s.item_id == ids[1])

    await _wait(lambda: second_item_audio_ms() >= CUT_AFTER * 100, "the loan's audio")
    # the bot starts speaking the reply (the greeting, then the loan); the socket dies
    await sink.push_frame(BotStartedSpeakingFrame(), FrameDirection.UPSTREAM)
    await _wait(lambda: llm._bot_speaking, "the bot speaking")
    assert second_item_audio_ms() == CUT_AFTER * 100
    # the transcript ran ahead of the audio: "lakh" came before the audio that says it
    loan = first.conversation[-1]
    assert loan["content"][0]["transcript"] == "Your loan of four lakh"
    if restore_fails_once:
        carry_over = llm._carry_over_to_new_session
        attempts: list[int] = []

        async def flaky(restored: Any, *, in_reply: bool) -> int:
            attempts.append(await carry_over(restored, in_reply=in_reply))
            if len(attempts) == 1:
                raise ConnectionClosed(None, None)
            return attempts[-1]

        llm._carry_over_to_new_session = flaky  # type: ignore[method-assign]
    _drop_and_reconnect(emu)
    await _wait(lambda: llm.reconnects == 1 and emu.last_session is not first, "the reconnect")
    second = emu.last_session
    assert second is not None
    await _wait(lambda: len(_assistant_texts(second)) == 2, "the reply on the new session")
    await asyncio.sleep(0.1)
    return first, second


async def test_a_reply_cut_by_a_drop_is_on_the_new_session_as_far_as_its_audio_came() -> None:
    # the new session had no assistant item for the reply the caller was hearing: the model
    # did not know what it had just said, and could repeat or contradict it
    async with audio_call() as (emu, llm, sink):
        first, second = await _carried(emu, llm, sink)
        # the greeting (complete) whole; the loan as far as its 1200 ms of audio says it, at
        # the call's rate measured on the greeting (37 characters in 2405 ms): 18.5 characters,
        # "lakh" (characters 18-22) less than half in
        assert [t for _, t in _assistant_texts(second)] == [GREETING, "Your loan of four"]
        assert second.conversation[-1]["id"] == _assistant_texts(second)[-1][0]
        assert [i.get("role") for i in second.conversation] == ["user", "assistant", "assistant"]
        assert not second.errors_sent, second.errors_sent
        old_ids = {i["id"] for i in first.conversation}
        assert not any(
            e.get("item_id") in old_ids or e.get("previous_item_id") in old_ids
            for e in second.received
        )


@pytest.mark.parametrize("restore_fails_once", [False, True])
async def test_a_barge_in_on_the_carried_reply_leaves_the_heard_part_on_the_new_session(
    restore_fails_once: bool,
) -> None:
    # the old audio plays on after the reconnect; a barge-in then left the carried text
    # whole (the playout clock had forgotten the old session's audio): the model believed the
    # caller heard words they never did. And after a restore that failed once (the day's
    # review): the retry renamed the failed attempt's ids, which the clock never had
    async with audio_call() as (emu, llm, sink):
        now = [100.0]  # the playout clock's time, moved by hand: no pipeline timing in it
        llm.truncation_now = lambda: now[0]
        _, second = await _carried(emu, llm, sink, restore_fails_once)
        [(greeting_id, _), (carried_id, _)] = _assistant_texts(second)
        # no PlayoutTracker here: the wall clock since the bot started (less its 40 ms margin)
        # lays the greeting's 2405 ms then the loan's 1200 ms; the caller cuts in 700 ms into
        # the loan
        now[0] += (2405 + 700 + 40) / 1000
        await llm._handle_interruption()  # what an InterruptionFrame does in the service
        await _wait(lambda: carried_id not in dict(_assistant_texts(second)), "the replacement")
        await asyncio.sleep(0.1)
        # 700 ms at the greeting's rate: 10.8 characters; "of" (characters 10-12) not half in
        assert _assistant_texts(second)[0] == (greeting_id, GREETING)  # heard whole: kept
        assert [t for _, t in _assistant_texts(second)] == [GREETING, "Your loan"]
        assert [i.get("role") for i in second.conversation] == ["user", "assistant", "assistant"]
        assert not second.errors_sent, second.errors_sent
        [event] = [e for e in llm.truncations if e.item_id == carried_id]
        assert event.action == "replace" and event.heard_text == "Your loan"
        assert event.method == "wallclock" and round(event.heard_ms) == 700
