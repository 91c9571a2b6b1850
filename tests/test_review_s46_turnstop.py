"""Review s46 (turnstop): what pipecat's assistant aggregator reports in
``on_assistant_turn_stopped`` (its transcript for apps: logs, call records) for a reply a
mid-reply reconnect closed out, against what the caller heard of it.

The socket drops while the reply plays (audio modality, the server's transcript running
:data:`~tests.test_review_s43_heardctx.LEAD_MS` ahead of its audio): the 2000 ms of audio the
service received still plays out, the rest never comes. The reconnect closes the reply out
downstream (its ``LLMFullResponseEndFrame``, at which the aggregator fires the event); the
context's copy is cut to the received audio behind it (:mod:`tests.test_review_s46_reconnect_heard`,
whose harness this is). The event must not carry the transcript's words past that audio.

What the caller heard is read off the far end (the audio it played), never written in.
"""

from __future__ import annotations

import asyncio

import pytest
from pipecat.frames.frames import FunctionCallInProgressFrame, LLMFullResponseEndFrame
from pipecat.processors.aggregators.llm_response_universal import AssistantTurnStoppedMessage

from pipecat_rt_best.interruption_truncation import PlayoutTracker

from .realtime.harness import wait_until
from .test_review_s43_heardctx import Call, _squash
from .test_review_s44_turnstop import _after, _Do, _Source, _speaking, _text, _texts
from .test_review_s46_reconnect_heard import _dropped_mid_reply, _heard_by_the_end


class _Turns(list[AssistantTurnStoppedMessage]):
    """The aggregator's ``on_assistant_turn_stopped`` messages, once :meth:`watch` saw the call."""

    def watch(self, call: Call) -> None:
        @call.assistant.event_handler("on_assistant_turn_stopped")
        async def on_stopped(_agg: object, message: AssistantTurnStoppedMessage) -> None:
            self.append(message)


@pytest.mark.parametrize("reconnect_after_s", [0.0, 2.5], ids=["fast-reconnect", "slow-reconnect"])
async def test_a_reply_closed_out_by_a_reconnect_reports_only_heard_words_once_played_out(
    reconnect_after_s: float,
) -> None:
    # WRONG: the socket dropped 2000 ms into the reply's audio, the transcript 1500 ms ahead of
    # it; the received audio played out ("Your loan of four lakh fifty thousand") and
    # on_assistant_turn_stopped reported "Your loan of four lakh fifty thousand rupees was
    # approved": the tracker took the old session's text as heard and let it all through.
    # EXPECTED: the event's text holds no word the far end did not play.
    turns = _Turns()
    async with _dropped_mid_reply(reconnect_after_s, watch=turns.watch) as (call, _second):
        await wait_until(lambda: not call.llm._bot_speaking, what="the reply played out", timeout=6)
        await wait_until(lambda: turns, what="the turn's end", timeout=6)
        await asyncio.sleep(0.3)
        heard = call.heard()
        [turn] = turns
        assert heard.startswith("Your loan of four lakh"), heard
        assert turn.content.startswith("Your loan"), (turn.content, heard)
        assert _squash(heard).startswith(_squash(turn.content)), (turn.content, heard)
        [said] = call.assistant_said()
        assert _squash(said) == _squash(turn.content), (said, turn.content)


async def test_a_call_that_ends_while_a_closed_out_reply_plays_reports_only_heard_words() -> None:
    # WRONG: the call ended (an EndFrame, queued behind the reply's audio) while the audio
    # received before the drop still played; the event reported the transcript to "approved".
    # EXPECTED: no word the far end never played.
    turns = _Turns()
    async with _dropped_mid_reply(watch=turns.watch) as (call, _second):
        pass
    heard = _heard_by_the_end(call)
    assert heard.startswith("Your loan of four lakh"), heard
    assert turns, "no on_assistant_turn_stopped for the reply"
    said = " ".join(t.content for t in turns)
    assert said.startswith("Your loan"), (said, heard)
    assert _squash(heard).startswith(_squash(said)), (said, heard)


# -- the tracker alone, with a stand-in source ----------------------------------------------


async def test_text_that_can_never_be_heard_is_dropped_and_holds_nothing_up() -> None:
    # EXPECTED: " loan" (its audio never comes) is dropped, not held: the reply's end and an
    # uninterruptible frame behind it go on once "Your" was heard, long before the call ends.
    source = _Source(heard_tags={"a"}, lost_tags={"b"})
    tracker = PlayoutTracker()
    call = FunctionCallInProgressFrame(function_name="f", tool_call_id="c1", arguments={})
    held: list[int] = []
    down = await _speaking(
        source,
        _text("Your", "a"),
        _text(" loan", "b"),
        LLMFullResponseEndFrame(),
        call,
        *_after(_Do(lambda: held.append(tracker.held_text))),
        tracker=tracker,
    )
    assert held == [0]
    assert _texts(down) == ["Your"]
    assert any(isinstance(f, LLMFullResponseEndFrame) for f in down)
    assert call in down


async def test_the_call_s_end_lets_the_held_text_go_but_not_text_that_can_never_be_heard() -> None:
    # EXPECTED: at the EndFrame (run_test's) the tracker lets go what it holds, but for the
    # words whose audio never came.
    source = _Source(lost_tags={"b"})
    down = await _speaking(
        source, _text("Your", "a"), _text(" loan", "b"), LLMFullResponseEndFrame()
    )
    assert _texts(down) == ["Your"]
    assert any(isinstance(f, LLMFullResponseEndFrame) for f in down)
