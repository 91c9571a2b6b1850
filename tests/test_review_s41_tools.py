"""Review s41 (tools): function calls through the pack's realtime service, against the
emulator, as a booking/banking bot makes them."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pipecat.adapters.llm.schemas.direct_function import tool_options
from pipecat.frames.frames import ErrorFrame, LLMContextFrame, LLMTextFrame
from pipecat.services.llm_service import FunctionCallParams

from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    RealtimeEmulator,
    Reply,
    ToolCall,
)
from tests.realtime.harness import RealtimePipeline, wait_until

KEY = "test-key-123"


def _tool(name: str) -> dict[str, Any]:
    return {
        "type": "function",
        "name": name,
        "description": name,
        "parameters": {"type": "object", "properties": {}},
    }


def _service(url: str, *names: str, **kwargs: Any) -> RealtimeLLMService:
    return RealtimeLLMService(
        api_key=KEY,
        base_url=url,
        settings=RealtimeLLMService.Settings(
            session_properties=realtime_session(
                tools=[_tool(n) for n in names], output_modality="text", audio_format="pcmu"
            )
        ),
        **kwargs,
    )


def _said(p: RealtimePipeline) -> str:
    return "".join(f.text for f in p.sink.of(LLMTextFrame))


@pytest.mark.parametrize("how", ["tool_options", "function_call_timeout_secs"])
async def test_a_tool_that_times_out_is_answered_by_the_model_not_silence(how: str) -> None:
    # WRONG: a handler given up on at its timeout (the README's @tool_options(timeout_secs=...,
    # cancel_on_interruption=False), or the service's function_call_timeout_secs) was
    # settled with "CANCELLED", but no response.create followed: pipecat's realtime service
    # creates the reply the aggregator asks for only after a *result*, so the caller, told
    # "one moment", heard silence until they spoke again. EXPECTED: the model is asked to
    # reply (it sees the CANCELLED output and apologises), as pipecat's timeout intends.
    outputs: list[list[str]] = []

    def model(conversation: list[dict[str, Any]]) -> Reply | str:
        if not any(i.get("type") == "function_call" for i in conversation):
            return Reply(text="One moment.", tool_calls=[ToolCall("book_slot", {"day": "Mon"})])
        outputs.append([i["output"] for i in conversation if i["type"] == "function_call_output"])
        return "Sorry, the booking system is not answering."

    @tool_options(timeout_secs=0.3, cancel_on_interruption=False)
    async def hangs_decorated(params: FunctionCallParams) -> None:
        await asyncio.Event().wait()

    async def hangs(params: FunctionCallParams) -> None:
        await asyncio.Event().wait()

    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(responder=model)) as emu:
        if how == "tool_options":
            llm = _service(emu.url, "book_slot")
            llm.register_function("book_slot", hangs_decorated)
        else:
            llm = _service(emu.url, "book_slot", function_call_timeout_secs=0.3)
            llm.register_function("book_slot", hangs, cancel_on_interruption=False)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(
                lambda: "not answering" in _said(p), timeout=4, what="the reply after the timeout"
            )
            assert outputs == [["CANCELLED"]], outputs


@pytest.mark.parametrize(
    "entry", ["UPI/DR/4411/AMAZON/Pay ", "यूपीआई भुगतान राहुल "], ids=["ascii", "hindi"]
)
async def test_a_huge_tool_result_is_cut_not_the_call(entry: str) -> None:
    # WRONG: a statement tool returning a year of transactions (~1.1 MB of JSON) was sent
    # whole; the server echoes the item back (conversation.item.added/.done), an event over
    # the 1 MiB a client reads in one message, and pipecat's socket closed: "Realtime
    # connection lost", the call dead (with reconnect=, restored with the same result, dead
    # again). EXPECTED: a result too long to give the model whole is cut (and says so), the
    # model answers and the session lives.
    outputs: list[str] = []

    def model(conversation: list[dict[str, Any]]) -> Reply | str:
        if not any(i.get("type") == "function_call" for i in conversation):
            return Reply(tool_calls=[ToolCall("statement", {"months": 12})])
        outputs.extend(i["output"] for i in conversation if i["type"] == "function_call_output")
        return "Here are your latest transactions."

    async def statement(params: FunctionCallParams) -> None:
        await params.result_callback({"transactions": [entry * 2] * 25_000})

    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(responder=model)) as emu:
        llm = _service(emu.url, "statement")
        llm.register_function("statement", statement)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(
                lambda: "latest transactions" in _said(p) or bool(p.source.of(ErrorFrame)),
                timeout=4,
                what="the reply to the statement",
            )
            assert not p.source.of(ErrorFrame), [f.error for f in p.source.of(ErrorFrame)]
            assert len(outputs) == 1
            assert len(outputs[0]) < 300_000
            assert outputs[0].startswith('"{\\"transactions\\": [\\"' + entry)
            assert "cut" in outputs[0][-300:]
