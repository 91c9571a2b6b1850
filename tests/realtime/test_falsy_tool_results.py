"""A tool's falsy result reaches the model as itself, not as pipecat's "COMPLETED".

WRONG: pipecat's realtime service (and its context aggregator) send
``json.dumps(result) if result else "COMPLETED"``: an eligibility check answering ``False``, an
outstanding balance of ``0`` or no free slots (``[]``) reached the model, and the context, as
"COMPLETED" — read as success (a caller told they qualify, a slot "booked") — and, the
aggregator asking for a reply only after a truthy result, no reply came: the caller waited in
silence. EXPECTED: every result but ``None`` (a handler with nothing to say: "COMPLETED" and
no reply, as pipecat does) reaches both as its JSON, and the model answers it; ``False``,
which pipecat cannot send as itself, as ``{"result": false}``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from pipecat.frames.frames import LLMContextFrame
from pipecat.services.llm_service import FunctionCallParams

from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    RealtimeEmulator,
    Reply,
    ToolCall,
)
from tests.realtime.harness import RealtimePipeline, text_service_with_tools, wait_until

KEY = "test-key-123"


def _outputs(emu: RealtimeEmulator) -> list[str]:
    """The function call outputs in the emulator's conversation (what the model reads)."""
    session = emu.last_session
    conversation = session.conversation if session is not None else []
    return [i["output"] for i in conversation if i["type"] == "function_call_output"]


@pytest.mark.parametrize(
    ("result", "sent"),
    [
        (0, "0"),
        (0.0, "0.0"),
        (False, '{"result": false}'),
        ("", '""'),
        ([], "[]"),
        ({}, "{}"),
        ((), "[]"),
        (None, "COMPLETED"),  # pipecat's word for "done, nothing to say"
        ({"eligible": False}, '{"eligible": false}'),  # truthy results as before
    ],
)
async def test_a_falsy_tool_result_reaches_the_model_and_the_context_as_itself(
    result: Any, sent: str
) -> None:
    outputs: list[str] = []

    def model(conversation: list[dict[str, Any]]) -> Reply | str:
        if not any(i.get("type") == "function_call" for i in conversation):
            return Reply(tool_calls=[ToolCall("check", {})])
        outputs.extend(i["output"] for i in conversation if i["type"] == "function_call_output")
        return "Done."

    async def check(params: FunctionCallParams) -> None:
        await params.result_callback(result)

    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(responder=model)) as emu:
        llm = text_service_with_tools(emu.url, "check", api_key=KEY)
        llm.register_function("check", check)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _outputs(emu), timeout=4, what="the tool's output")
            await wait_until(
                lambda: any(m.get("role") == "tool" for m in p.context.get_messages()),
                timeout=4,
                what="the result in the context",
            )
            if result is not None:  # pipecat asks for no reply after a None
                await wait_until(lambda: bool(outputs), timeout=4, what="a reply to the result")
    assert _outputs(emu) == [sent]
    assert outputs == ([sent] if result is not None else [])  # asked to reply, it read it
    (tool,) = [m for m in p.context.get_messages() if m.get("role") == "tool"]
    assert tool["content"] == sent
    if sent != "COMPLETED":
        json.loads(sent)  # JSON the model can read as such
