"""Function calls through the pack's realtime service in a real pipecat pipeline (pipecat's
context aggregators), against the emulator: the calls of one response get one reply."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import pytest
from pipecat.frames.frames import (
    InputAudioRawFrame,
    LLMContextFrame,
    LLMTextFrame,
    UserStartedSpeakingFrame,
    UserStoppedSpeakingFrame,
)
from pipecat.services.llm_service import FunctionCallParams

from pipecat_rt_best.realtime import RealtimeLLMService
from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    Faults,
    RealtimeEmulator,
    Reply,
    ToolCall,
)

from .harness import RealtimePipeline, text_service_with_tools, wait_until

KEY = "test-key-123"


def _service(url: str, *names: str) -> RealtimeLLMService:
    return text_service_with_tools(url, *names, api_key=KEY)


def _state_and(tool: str, next_step: str, text: str = "") -> Reply:
    """The model's first response: the state tool and ``tool`` in one response."""
    return Reply(
        text=text,
        tool_calls=[
            ToolCall("set_conversation_state", {"next_step": next_step}),
            ToolCall(tool, {}),
        ],
    )


async def _set_state(params: FunctionCallParams) -> None:
    """The state tool: accepts at once."""
    await params.result_callback({"accepted": True})


@pytest.mark.parametrize("args_gap_s", [0.0, 0.3], ids=["calls-together", "second-call-later"])
async def test_the_calls_of_one_response_get_one_reply_once_all_are_answered(
    args_gap_s: float,
) -> None:
    # the state tool answers at once, the link tool later (and fails): the model was asked to
    # reply on the state tool's result alone, said the link was sent, then took it back.
    # second-call-later: the first result is in before the second call's arguments are
    outputs_seen: list[dict[str, str]] = []

    def model(conversation: list[dict[str, Any]]) -> Reply | str:
        if not any(i.get("type") == "function_call" for i in conversation):
            return _state_and("send_payment_link", "5_payment_link", "One moment.")
        names = {i["call_id"]: i["name"] for i in conversation if i["type"] == "function_call"}
        outs = {
            names[i["call_id"]]: i["output"]
            for i in conversation
            if i["type"] == "function_call_output"
        }
        outputs_seen.append(outs)
        return "Sorry, the link could not be sent." if "send_payment_link" in outs else "Sent."

    async def send_link(params: FunctionCallParams) -> None:
        await asyncio.sleep(0.6)
        await params.result_callback({"error": "SMS gateway timeout"})

    script = EmulatorScript(responder=model)
    async with RealtimeEmulator(
        api_key=KEY, script=script, faults=Faults(delta_interval_s=args_gap_s)
    ) as emu:
        llm = _service(emu.url, "set_conversation_state", "send_payment_link")
        llm.register_function("set_conversation_state", _set_state)
        llm.register_function("send_payment_link", send_link)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(
                lambda: "".join(f.text for f in p.sink.of(LLMTextFrame)).endswith("sent."),
                timeout=10,
                what="the reply to the calls",
            )
            await asyncio.sleep(1.0)  # a second reply would have come by now
            session = emu.last_session
            assert session is not None
            creates = [e for e in session.received if e["type"] == "response.create"]
            assert len(creates) == 2, [e["type"] for e in session.received]  # greeting + reply
            assert len(outputs_seen) == 1, outputs_seen
            assert set(outputs_seen[0]) == {"set_conversation_state", "send_payment_link"}
            assert "SMS gateway timeout" in outputs_seen[0]["send_payment_link"]
            said = "".join(f.text for f in p.sink.of(LLMTextFrame))
            assert said == "One moment.Sorry, the link could not be sent.", said


async def test_a_single_call_is_answered_as_soon_as_its_result_is_in() -> None:
    replies: list[int] = []

    def model(conversation: list[dict[str, Any]]) -> Reply | str:
        if not any(i.get("type") == "function_call" for i in conversation):
            return Reply(tool_calls=[ToolCall("get_balance", {"account": "1234"})])
        replies.append(len(conversation))
        out = next(i for i in conversation if i["type"] == "function_call_output")
        return f"Your balance is {json.loads(out['output'])['balance_inr']}."

    async def get_balance(params: FunctionCallParams) -> None:
        await params.result_callback({"balance_inr": 4000})

    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(responder=model)) as emu:
        llm = _service(emu.url, "get_balance")
        llm.register_function("get_balance", get_balance)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(
                lambda: "4000" in "".join(f.text for f in p.sink.of(LLMTextFrame)),
                timeout=5,
                what="the answer to the call",
            )
            assert len(replies) == 1


async def test_an_earlier_responses_running_call_does_not_hold_a_later_reply() -> None:
    # a review of the day's diff: response 1 = the state tool (at once) + a slow back office
    # (not cancelled by the caller's turn); the caller then asks for their balance and the
    # model calls get_balance: its reply waited for the back office, a call of another response
    slow_s = 3.0
    turn = {"n": 0}

    def model(conversation: list[dict[str, Any]]) -> Reply | str:
        calls = [i["name"] for i in conversation if i.get("type") == "function_call"]
        if not calls:
            return _state_and("raise_complaint", "complaint", "I'll raise it.")
        if "get_balance" not in calls and turn["n"] >= 1:
            return Reply(tool_calls=[ToolCall("get_balance", {})])
        outs = [i for i in conversation if i.get("type") == "function_call_output"]
        return "Your balance is 4000." if any("4000" in o["output"] for o in outs) else "Okay."

    async def raise_complaint(params: FunctionCallParams) -> None:
        await asyncio.sleep(slow_s)
        await params.result_callback({"ticket": "CMP-4411"})

    async def get_balance(params: FunctionCallParams) -> None:
        await params.result_callback({"balance_inr": 4000})

    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(responder=model)) as emu:
        llm = _service(emu.url, "set_conversation_state", "raise_complaint", "get_balance")
        llm.register_function("set_conversation_state", _set_state)
        llm.register_function("raise_complaint", raise_complaint, cancel_on_interruption=False)
        llm.register_function("get_balance", get_balance)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(
                lambda: "I'll raise it." in "".join(f.text for f in p.sink.of(LLMTextFrame)),
                timeout=5,
                what="response 1",
            )
            await asyncio.sleep(0.3)
            turn["n"] = 1
            await p.send(UserStartedSpeakingFrame())
            await p.send(InputAudioRawFrame(audio=bytes(9600), sample_rate=24000, num_channels=1))
            await p.send(UserStoppedSpeakingFrame())
            started = time.monotonic()
            await wait_until(
                lambda: "4000" in "".join(f.text for f in p.sink.of(LLMTextFrame)),
                timeout=slow_s + 5,
                what="the balance reply",
            )
            # not held until the back office answered (it had ~2.7 s left)
            assert time.monotonic() - started < slow_s - 1.0


async def test_a_reply_held_for_a_sibling_that_never_answers_is_asked_for_after_the_cap() -> None:
    # a sibling that hangs (no function_call_timeout_secs) held the reply to the state tool's
    # result for the rest of the call
    def model(conversation: list[dict[str, Any]]) -> Reply | str:
        if not any(i.get("type") == "function_call" for i in conversation):
            return _state_and("raise_complaint", "complaint", "One moment.")
        return "Still working on it."

    async def hangs(params: FunctionCallParams) -> None:
        await asyncio.Event().wait()

    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(responder=model)) as emu:
        llm = _service(emu.url, "set_conversation_state", "raise_complaint")
        llm.reply_hold_max_s = 0.5
        llm.register_function("set_conversation_state", _set_state)
        llm.register_function("raise_complaint", hangs, cancel_on_interruption=False)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(
                lambda: "Still working" in "".join(f.text for f in p.sink.of(LLMTextFrame)),
                timeout=5,
                what="the reply after the hold's cap",
            )
