"""Review s41 (tools): function calls through the pack's realtime service, against the
emulator, as a booking/banking bot makes them."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pipecat.adapters.llm.schemas.direct_function import tool_options
from pipecat.frames.frames import ErrorFrame, LLMContextFrame, LLMTextFrame
from pipecat.services.llm_service import FunctionCallParams
from pipecat.services.openai.realtime import events

from pipecat_rt_best.realtime import RealtimeLLMService
from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    RealtimeEmulator,
    Reply,
    ToolCall,
)
from tests.realtime.harness import RealtimePipeline, text_service_with_tools, wait_until

KEY = "test-key-123"


def _service(url: str, *names: str, **kwargs: Any) -> RealtimeLLMService:
    return text_service_with_tools(url, *names, api_key=KEY, **kwargs)


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


async def test_a_server_event_too_big_for_the_socket_is_not_reported_as_the_servers_close() -> None:
    # WRONG: a server event over the 1 MiB the client's socket reads (here the echo of a
    # result the app let through whole) made this side close the socket with 1009 "frame
    # exceeds limit of 1048576 bytes", and the loss was reported as "closed by server (no
    # close frame)": whoever reads the call's log looks at OpenAI's side, not at the size.
    # EXPECTED: the loss says this side closed it, and why (the close code and reason).
    def model(conversation: list[dict[str, Any]]) -> Reply | str:
        if not any(i.get("type") == "function_call" for i in conversation):
            return Reply(tool_calls=[ToolCall("statement", {})])
        return "Here it is."

    async def statement(params: FunctionCallParams) -> None:
        await params.result_callback({"transactions": ["UPI/DR/4411/AMAZON " * 2] * 30_000})

    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(responder=model)) as emu:
        llm = _service(emu.url, "statement")
        llm.max_tool_result_chars = 10**9  # let it through whole
        llm.register_function("statement", statement)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(
                lambda: bool(p.source.of(ErrorFrame)), timeout=4, what="the connection loss"
            )
            error = p.source.of(ErrorFrame)[0].error
            assert error.startswith("Realtime connection lost"), error
            assert "by server" not in error, error
            assert "1009" in error and "exceeds limit" in error, error


async def test_a_held_reply_asked_for_after_the_cap_still_respects_the_calls_last_words() -> None:
    # WRONG: a reply held for a sibling call that hangs was asked for, after the hold's cap,
    # straight from pipecat's _create_response, past the pack's closing-turn check: a
    # response whose calls were [record_promise_to_pay, send_payment_link (SMS gateway
    # hangs), set_conversation_state("collections_officer")] after "Connecting you now"
    # (the exit's last words: last_replies(0)) got a new reply 10 s later, the bot talking
    # over the officer it handed the caller to. EXPECTED: once the call's last reply has
    # spoken no response is created, the held one included.
    def model(conversation: list[dict[str, Any]]) -> Reply | str:
        if not any(i.get("type") == "function_call" for i in conversation):
            return Reply(
                text="Noted. Connecting you to an officer now.",
                tool_calls=[ToolCall("record_promise", {}), ToolCall("send_link", {})],
            )
        return "Anything else?"

    async def record(params: FunctionCallParams) -> None:
        await params.result_callback({"recorded": True})

    async def hangs(params: FunctionCallParams) -> None:
        await asyncio.Event().wait()

    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(responder=model)) as emu:
        llm = _service(emu.url, "record_promise", "send_link")
        llm.reply_hold_max_s = 0.5
        llm.register_function("record_promise", record)
        llm.register_function("send_link", hangs, cancel_on_interruption=False)
        sent: list[Any] = []
        send = llm.send_client_event

        async def spy(event: Any) -> None:
            sent.append(event)
            await send(event)

        llm.send_client_event = spy  # type: ignore[method-assign]
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: llm._held_reply is not None, what="the held reply")
            held = llm._held_reply
            assert held is not None
            llm.last_replies(0)  # the exit taken meanwhile: its words were the last
            await wait_until(held.done, what="the hold's cap")
            creates = [e for e in sent if isinstance(e, events.ResponseCreateEvent)]
            assert len(creates) == 1, "a reply was created after the call's last words"
