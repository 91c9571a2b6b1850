"""Review (session 40, what an operator sees: the end-of-call lines, usage, metrics):
defects found by a helper, one test each."""

from __future__ import annotations

import asyncio
from typing import Any

from loguru import logger

from pipecat_rt_best.call_pipeline.runner import (
    RunnerCall,
    add_call_listener,
    remove_call_listener,
)
from tests.call_pipeline.test_call_exit import _call


async def test_a_transferred_call_is_not_summed_up_as_the_caller_hanging_up() -> None:
    # WRONG: a transfer moves the caller (Twilio: the call update with <Dial> TwiML), and
    # that ends the media stream before the handler has returned; the runner took the
    # stream's end for the caller's hang-up: the call's summary line ended "(caller hung
    # up)" and RunnerCall.caller_hung_up was True for a call the bot handed to an agent (an
    # operator counting abandoned calls counted every transfer).
    # EXPECTED: the call ended by the model's exit: the summary names it
    # ("conversation exit 'human_agent'"), not a hang-up.
    calls: list[RunnerCall] = []
    add_call_listener(calls.append)
    sims: list[Any] = []
    handed = asyncio.Event()

    async def transfer(_frame: object) -> None:
        sims[0].hang_up()  # the provider ends the stream as the call update moves the caller
        await asyncio.sleep(0.05)  # the REST response on its way back
        handed.set()

    lines: list[str] = []
    sink = logger.add(lambda m: lines.append(str(m)), level="INFO")
    try:
        _record, _session, ended_by = await _call(
            "human_agent", line=sims, transfer_handlers={"human_agent": transfer}
        )
        await asyncio.wait_for(handed.wait(), 5)  # the hand-off outlives the call
    finally:
        logger.remove(sink)
        remove_call_listener(calls.append)
    assert ended_by == ["human_agent"]
    (call,) = calls
    assert not call.caller_hung_up
    assert call.ended_by == "conversation exit 'human_agent'"
    (summary,) = [line for line in lines if "call ended: " in line and "caller turn" in line]
    assert "(conversation exit 'human_agent')" in summary and "hung up" not in summary


async def test_a_call_the_model_ended_names_its_exit_in_the_summary() -> None:
    # WRONG: a call the model ended (its move to 'end', the goodbye played) was summed up as
    # "(pipeline ended)", as a pipeline that stopped for no reason is.
    # EXPECTED: the summary names the exit that ended it.
    calls: list[RunnerCall] = []
    add_call_listener(calls.append)
    try:
        await _call("end")
    finally:
        remove_call_listener(calls.append)
    (call,) = calls
    assert call.ended_by == "conversation exit 'end'"
    assert call.summary().endswith("(conversation exit 'end')")
