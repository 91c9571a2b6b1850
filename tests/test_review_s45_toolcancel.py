"""Review s45: a tool call the caller's barge-in cancels must not stay "IN_PROGRESS" in the
call's context.

pipecat's LLM service broadcasts ``FunctionCallInProgressFrame`` (uninterruptible) when a
tool starts, and at a barge-in ``FunctionCallCancelFrame`` (a system frame) for a tool with
``cancel_on_interruption``; the assistant aggregator settles the call as "CANCELLED" only if
it saw the call first, and ignores a cancel for a call it does not know. The output transport
queues the in-progress frame behind the reply's audio, and the ``PlayoutTracker`` holds it
behind the reply's unheard words: the cancel overtook it, the aggregator ignored the cancel,
then wrote the call with "IN_PROGRESS" — for the rest of the call, and into what a reconnect
restores the model from.
"""

from __future__ import annotations

import pytest
from pipecat.frames.frames import (
    BotStartedSpeakingFrame,
    Frame,
    FunctionCallCancelFrame,
    FunctionCallInProgressFrame,
    InterruptionFrame,
    TTSTextFrame,
)
from pipecat.pipeline.pipeline import Pipeline
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.aggregators.llm_response_universal import LLMAssistantAggregator
from pipecat.tests.utils import SleepFrame

from pipecat_rt_best.interruption_truncation import PlayoutTracker, processors
from pipecat_rt_best.interruption_truncation.frames import HeardTextSourceFrame
from tests.pipecat_run import run_test

from .test_review_s44_turnstop import _after, _Controls, _Do, _Source, _speaking, _text


async def _tool_messages_after(*frames: Frame) -> list[str]:
    """The tool messages of the context pipeline's assistant aggregator (after a tracker)
    wrote while ``frames`` went through."""
    context = LLMContext()
    await run_test(
        Pipeline([_Controls(), PlayoutTracker(), LLMAssistantAggregator(context)]),
        frames_to_send=[*frames, SleepFrame(sleep=0.2)],
    )
    return [
        str(m.get("content"))
        for m in context.get_messages()
        if isinstance(m, dict) and m.get("role") == "tool"
    ]


def _started(tool_call_id: str = "c1") -> FunctionCallInProgressFrame:
    return FunctionCallInProgressFrame(
        function_name="check_order",
        tool_call_id=tool_call_id,
        arguments={},
        cancel_on_interruption=True,
    )


def _cancelled(tool_call_id: str = "c1") -> FunctionCallCancelFrame:
    return FunctionCallCancelFrame(function_name="check_order", tool_call_id=tool_call_id)


async def test_a_tool_the_barge_in_cancels_is_not_left_in_progress_in_the_context() -> None:
    tools = await _tool_messages_after(
        HeardTextSourceFrame(source=_Source(heard_tags={"a"})),
        BotStartedSpeakingFrame(),
        _text("Let me", "a"),
        _text(" check that", "b"),  # not heard yet: the call waits behind it
        _started(),
        *_after(_cancelled()),
        InterruptionFrame(),
    )
    assert "IN_PROGRESS" not in tools


async def test_a_cancelled_tool_s_call_that_comes_out_of_the_output_late_stays_out() -> None:
    # the output transport queued the call behind the reply's audio; the cancel (a system
    # frame) passed it there: the call reaches the tracker after its cancel, nothing held
    tools = await _tool_messages_after(
        BotStartedSpeakingFrame(), _cancelled(), InterruptionFrame(), *_after(_started())
    )
    assert "IN_PROGRESS" not in tools


async def test_a_tool_call_nothing_cancelled_reaches_the_context() -> None:
    tools = await _tool_messages_after(
        HeardTextSourceFrame(source=_Source(heard_tags={"a"})),
        BotStartedSpeakingFrame(),
        _text("Let me", "a"),
        _cancelled("c0"),  # another call's
        _started(),
    )
    assert tools == ["IN_PROGRESS"]  # running: the context says so


async def test_words_heard_before_the_barge_in_reach_the_context_before_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # WRONG: the tracker released held words on the next frame or its 20 ms poll; a barge-in
    # that came in between dropped words the caller had already heard (20 ms of them, more on
    # a busy loop), so the context lost the last word the caller heard.
    # EXPECTED: at the interruption, what was heard goes on first (ahead of it), the rest is
    # dropped.
    monkeypatch.setattr(processors, "_POLL_S", 30.0)  # the poll does not come in between
    source = _Source()
    down = await _speaking(
        source,
        _text("Your", "a"),
        _text(" loan", "b"),
        SleepFrame(sleep=0.1),
        _Do(lambda: source.heard_tags.add("a")),  # heard now, no frame goes by to tell
        InterruptionFrame(),
        SleepFrame(sleep=0.1),
    )
    order = [f.text if isinstance(f, TTSTextFrame) else "cut" for f in down
             if isinstance(f, TTSTextFrame | InterruptionFrame)]  # fmt: skip
    assert order == ["Your", "cut"]
