"""With ``reconnect=``, a function call's result the lost session took (or that went out while
the socket was down) but the context does not hold yet reaches the new session.

pipecat's output transport holds a ``FunctionCallResultFrame`` behind the bot audio queued
before it, so the context gets the result only once the sentence before it has played; a
reconnect in between restored the conversation without it, and pipecat never sent it again.
Run through pipecat's own ``BaseOutputTransport`` (writing audio at real time) between the
service and the assistant aggregator."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from pipecat.frames.frames import LLMContextFrame
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineParams, PipelineWorker
from pipecat.services.llm_service import FunctionCallParams
from pipecat.transports.base_output import BaseOutputTransport
from pipecat.transports.base_transport import TransportParams

from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.realtime.reconnect import ReconnectParams
from pipecat_rt_best.realtime.unanswered_input import UnansweredInput
from pipecat_rt_best.session_pool.backoff import Backoff
from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    Faults,
    RealtimeEmulator,
    Reply,
    ToolCall,
)

from ..realtime.harness import RealtimePipeline, wait_until
from .helpers import KEY

PARAMS = ReconnectParams(give_up_after_s=10, backoff=Backoff(first_s=0.05, base_s=0.1, max_s=0.2))
PREAMBLE = "Let me check that for you."


class _PhoneLine(BaseOutputTransport):
    """pipecat's own output transport, writing the bot's audio at real time."""

    def __init__(self) -> None:
        super().__init__(TransportParams(audio_out_enabled=True, audio_out_sample_rate=8000))

    async def start(self, frame: Any) -> None:
        await super().start(frame)
        await self.set_transport_ready(frame)

    async def write_audio_frame(self, frame: Any) -> bool:
        await asyncio.sleep(len(frame.audio) / 2 / frame.sample_rate)
        return True


def _model(conversation: list[dict[str, Any]]) -> Reply | str:
    if not any(i.get("type") == "function_call" for i in conversation) and not any(
        "balance_inr" in json.dumps(i) for i in conversation
    ):
        return Reply(text=PREAMBLE, tool_calls=[ToolCall("get_balance", {"account": "1234"})])
    if "4000" in json.dumps(conversation):
        return "Your balance is four thousand rupees."
    return "Sorry, I could not get your balance."


def _pipeline(llm: RealtimeLLMService) -> RealtimePipeline:
    p = RealtimePipeline(llm)
    # the harness's pipeline with pipecat's output transport between the service and the sink
    p.worker = PipelineWorker(
        Pipeline(
            [p.source, p.aggregators.user(), llm, _PhoneLine(), p.sink, p.aggregators.assistant()]
        ),
        params=PipelineParams(audio_in_sample_rate=8000, audio_out_sample_rate=8000),
        enable_rtvi=False,
        idle_timeout_secs=None,
    )
    return p


def _service(url: str) -> RealtimeLLMService:
    tool = {
        "type": "function",
        "name": "get_balance",
        "description": "The customer's balance.",
        "parameters": {"type": "object", "properties": {"account": {"type": "string"}}},
    }
    return RealtimeLLMService(
        api_key=KEY,
        base_url=url,
        settings=RealtimeLLMService.Settings(
            session_properties=realtime_session(
                tools=[tool], output_modality="audio", audio_format="pcmu"
            )
        ),
        reconnect=PARAMS,
    )


def _said(session: Any) -> list[str]:
    return [
        e["transcript"]
        for e in session.sent
        if e["type"] == "response.output_audio_transcript.done"
    ]


def _drop_all(emu: RealtimeEmulator) -> None:
    for conn in list(emu._connections):  # the emulator's TCP abort, no close frame
        conn.drop("test")


async def test_a_result_the_lost_session_took_while_the_preamble_played_reaches_the_new_one() -> (
    None
):
    runs: list[str] = []

    async def get_balance(params: FunctionCallParams) -> None:
        runs.append(params.tool_call_id)
        await asyncio.sleep(0.2)
        await params.result_callback({"balance_inr": 4000})

    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(responder=_model)) as emu:
        llm = _service(emu.url)
        llm.register_function("get_balance", get_balance)
        async with _pipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: emu.sessions, what="the session")
            old = emu.sessions[0]
            await wait_until(
                lambda: any(e["type"] == "conversation.item.create" for e in old.received),
                what="the result sent",
            )
            await asyncio.sleep(0.3)  # the preamble still plays: the context has no result yet
            assert not any(m.get("role") == "tool" for m in p.context.get_messages())
            _drop_all(emu)
            await wait_until(lambda: llm.reconnects == 1, timeout=10, what="the reconnect")
            new = emu.sessions[-1]
            await wait_until(lambda: _said(new), timeout=10, what="the reply on the new session")
            assert "4000" in json.dumps(new.conversation)
            assert _said(new) == ["Your balance is four thousand rupees."]
            assert len(runs) == 1


async def test_a_result_sent_while_the_socket_was_down_reaches_the_new_session() -> None:
    # the result goes out in the gap (queued, for the old session's call id: dropped at the
    # switch) while its frame waits behind the preamble: the context had it too late
    runs: list[str] = []
    dropped = asyncio.Event()

    async def get_balance(params: FunctionCallParams) -> None:
        runs.append(params.tool_call_id)
        await dropped.wait()
        await asyncio.sleep(0.1)
        await params.result_callback({"balance_inr": 4000})

    faults = Faults(session_created_delay_s=0.6)  # the new session takes a while to come
    script = EmulatorScript(responder=_model)
    async with RealtimeEmulator(api_key=KEY, script=script, faults=faults) as emu:
        llm = _service(emu.url)
        llm.register_function("get_balance", get_balance)
        async with _pipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: runs, timeout=5, what="the call")
            _drop_all(emu)
            dropped.set()
            await wait_until(lambda: llm.reconnects == 1, timeout=10, what="the reconnect")
            new = emu.sessions[-1]
            await wait_until(lambda: _said(new), timeout=10, what="the reply on the new session")
            assert "4000" in json.dumps(new.conversation)
            assert _said(new) == ["Your balance is four thousand rupees."]
            assert len(runs) == 1


def test_a_function_call_output_is_kept_until_forgotten() -> None:
    unanswered = UnansweredInput()
    item = {"type": "function_call_output", "call_id": "call_1", "output": '{"ok": true}'}
    unanswered.sent(json.dumps({"type": "conversation.item.create", "item": item}))
    message = {"type": "message", "role": "user", "content": []}
    unanswered.sent(json.dumps({"type": "conversation.item.create", "item": message}))
    assert unanswered.tool_outputs() == [("call_1", '{"ok": true}')]
    assert list(unanswered.replay()) == []  # never written again as it was
    unanswered.forget_tool_outputs(["call_1"])
    assert unanswered.tool_outputs() == []
