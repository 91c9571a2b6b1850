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

from pipecat.frames.frames import (
    BotStartedSpeakingFrame,
    FunctionCallCancelFrame,
    FunctionCallInProgressFrame,
    InterruptionFrame,
)
from pipecat.pipeline.pipeline import Pipeline
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.aggregators.llm_response_universal import LLMAssistantAggregator
from pipecat.tests.utils import SleepFrame, run_test

from pipecat_rt_best.interruption_truncation import PlayoutTracker
from pipecat_rt_best.interruption_truncation.frames import HeardTextSourceFrame

from .test_review_s44_turnstop import _after, _Controls, _Source, _text


def _tool_messages(context: LLMContext) -> list[str]:
    return [
        str(m.get("content"))
        for m in context.get_messages()
        if isinstance(m, dict) and m.get("role") == "tool"
    ]


async def test_a_tool_the_barge_in_cancels_is_not_left_in_progress_in_the_context() -> None:
    context = LLMContext()
    call = FunctionCallInProgressFrame(
        function_name="check_order", tool_call_id="c1", arguments={}, cancel_on_interruption=True
    )
    await run_test(
        Pipeline([_Controls(), PlayoutTracker(), LLMAssistantAggregator(context)]),
        frames_to_send=[
            HeardTextSourceFrame(source=_Source(heard_tags={"a"})),
            BotStartedSpeakingFrame(),
            _text("Let me", "a"),
            _text(" check that", "b"),  # not heard yet: the call waits behind it
            call,
            *_after(FunctionCallCancelFrame(function_name="check_order", tool_call_id="c1")),
            InterruptionFrame(),
            SleepFrame(sleep=0.2),
        ],
    )
    assert "IN_PROGRESS" not in _tool_messages(context)


async def test_a_cancelled_tool_s_call_that_comes_out_of_the_output_late_stays_out() -> None:
    # the output transport queued the call behind the reply's audio; the cancel (a system
    # frame) passed it there: the call reaches the tracker after its cancel, nothing held
    context = LLMContext()
    await run_test(
        Pipeline([_Controls(), PlayoutTracker(), LLMAssistantAggregator(context)]),
        frames_to_send=[
            BotStartedSpeakingFrame(),
            FunctionCallCancelFrame(function_name="check_order", tool_call_id="c1"),
            InterruptionFrame(),
            *_after(
                FunctionCallInProgressFrame(
                    function_name="check_order",
                    tool_call_id="c1",
                    arguments={},
                    cancel_on_interruption=True,
                )
            ),
        ],
    )
    assert "IN_PROGRESS" not in _tool_messages(context)


async def test_a_tool_call_nothing_cancelled_reaches_the_context() -> None:
    context = LLMContext()
    await run_test(
        Pipeline([_Controls(), PlayoutTracker(), LLMAssistantAggregator(context)]),
        frames_to_send=[
            HeardTextSourceFrame(source=_Source(heard_tags={"a"})),
            BotStartedSpeakingFrame(),
            _text("Let me", "a"),
            FunctionCallCancelFrame(function_name="other", tool_call_id="c0"),
            FunctionCallInProgressFrame(
                function_name="check_order",
                tool_call_id="c1",
                arguments={},
                cancel_on_interruption=True,
            ),
            SleepFrame(sleep=0.2),
        ],
    )
    assert _tool_messages(context) == ["IN_PROGRESS"]  # running: the context says so
