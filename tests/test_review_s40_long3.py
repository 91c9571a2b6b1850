"""Review s40 (long calls): what a call keeps must not grow with every turn of a long call."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from loguru import logger
from pipecat.frames.frames import (
    BotStartedSpeakingFrame,
    LLMContextFrame,
    MetricsFrame,
    UserStoppedSpeakingFrame,
)
from pipecat.metrics.metrics import LLMTokenUsage, LLMUsageMetricsData
from pipecat.observers.base_observer import BaseObserver, FramePushed
from pipecat.processors.frame_processor import FrameDirection

from pipecat_rt_best.base.usage import CallUsage
from pipecat_rt_best.base.usage_observer import UsageObserver
from pipecat_rt_best.call_pipeline.runner import RunnerCall, _CallCounter
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.realtime.reconnect import ReconnectParams
from pipecat_rt_best.session_pool.backoff import Backoff
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator

from .realtime.harness import RealtimePipeline, wait_until
from .session_pool.test_reconnect import (
    GREETING,
    KEY,
    _done,
    _drop_all,
    _line,
    _service,
    _speak,
)

BALANCE_TOOL = {
    "type": "function",
    "name": "get_balance",
    "description": "The customer's balance.",
    "parameters": {"type": "object", "properties": {"account": {"type": "string"}}},
}
_HOPS = 6  # processors a frame passes through: each passes it on (one push each)


def _held(observer: BaseObserver) -> int:
    """How many entries the observer's own containers hold."""
    return sum(
        len(value)
        for value in vars(observer).values()
        if isinstance(value, set | dict | list | tuple | frozenset)
    )


async def _push(observers: list[BaseObserver], frame: Any) -> None:
    """``frame`` through the pipeline, as pipecat's worker tells its observers (the first push
    marked so, each processor's push after it)."""
    for hop in range(_HOPS):
        data = FramePushed(
            source=None,  # type: ignore[arg-type]
            destination=None,  # type: ignore[arg-type]
            frame=frame,
            direction=FrameDirection.DOWNSTREAM,
            timestamp=hop,
            first_push=hop == 0,
        )
        for observer in observers:
            if hop == 0 or observer.observe_every_push:
                await observer.on_push_frame(data)


async def _turns(observers: list[BaseObserver], count: int) -> None:
    for _ in range(count):
        await _push(observers, UserStoppedSpeakingFrame())
        await _push(observers, BotStartedSpeakingFrame())
        usage = LLMTokenUsage(prompt_tokens=10, completion_tokens=5, total_tokens=15)
        await _push(
            observers, MetricsFrame(data=[LLMUsageMetricsData(processor="llm", value=usage)])
        )
        await _push(observers, MetricsFrame(data=[]))  # a TTFB/processing report


async def test_the_call_counters_hold_nothing_per_turn_of_a_long_call() -> None:
    # WRONG: the runner's turn counter and usage observer kept the id of every frame they
    # counted (set()s, for the whole call: 3 entries a turn, thousands in an hour-long call,
    # per call the server runs), to count a frame once however many processors pass it on.
    # EXPECTED: each frame counted once (pipecat marks a frame's first push), and what the
    # observers hold after 2N turns is what they held after N.
    call = RunnerCall(worker=None, transport=None)  # type: ignore[arg-type]
    usage = CallUsage()
    observers: list[BaseObserver] = [_CallCounter(call), UsageObserver(usage)]
    await _turns(observers, 50)
    held = [_held(o) for o in observers]
    await _turns(observers, 50)
    assert [_held(o) for o in observers] == held
    assert call.turns_ended == 100 and call.bot_replies == 100  # each frame counted once
    assert usage.responses == 100  # each usage report added once


async def test_each_reconnect_line_counts_only_its_own_events_lost_to_the_buffer_limit() -> None:
    # WRONG: the count of events lost to max_buffered_events was the guard's, kept for the
    # whole call: every later reconnect of a long call said it had lost the first one's
    # events too ("... 12 lost to the buffer limit" for a gap in which nothing was sent).
    # EXPECTED: each reconnect's line counts what its own gap lost.
    params = ReconnectParams(
        give_up_after_s=5.0,
        backoff=Backoff(first_s=0.01, base_s=0.02, max_s=0.05),
        max_buffered_events=3,
        stable_after_s=0.05,
    )
    lines: list[str] = []
    sink = logger.add(
        lambda m: lines.append(m.record["message"]),
        level="WARNING",
        filter=lambda r: "reconnected in" in r["message"],
    )
    try:
        async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
            llm = _service(emu.url, reconnect=params)
            async with RealtimePipeline(llm) as p:
                await p.send(LLMContextFrame(p.context))
                await wait_until(lambda: _done(p) >= 1, what="the greeting")
                # a long gap: the caller's audio overflows the buffer
                emu.faults.handshake_delay_s = 0.6
                _drop_all(emu)
                await wait_until(lambda: llm.reconnecting, what="the first reconnect")
                await _speak(p, _line(1.0))
                await wait_until(lambda: llm.reconnects == 1, what="the first reconnect")
                emu.faults.handshake_delay_s = 0.0
                await asyncio.sleep(0.1)  # past stable_after_s: the next drop is a new outage
                _drop_all(emu)  # nothing is sent in this gap
                await wait_until(lambda: llm.reconnects == 2, what="the second reconnect")
    finally:
        logger.remove(sink)
    first, second = lines
    assert " 0 lost to the buffer limit" not in first  # the first gap did overflow
    assert " 0 lost to the buffer limit" in second, second


async def test_the_old_session_ending_while_a_move_waits_mid_function_call_loses_no_call() -> None:
    # WRONG: a move had its fresh session and waited for a quiet moment; the old session ended
    # (the server's session limit) while the model streamed a function call (its item added,
    # its arguments not complete). The move then went on at once but closed the reply out as a
    # reconnect does only in part: the call that never ran was not asked for again, and the
    # caller, promised a check ("Let me check that for you."), heard silence.
    # EXPECTED: as after a reconnect, the reply is asked for on the new session: the tool runs
    # once and its answer is spoken.
    from pipecat.services.llm_service import FunctionCallParams

    from pipecat_rt_best.testing.realtime_emulator import Faults

    from .session_pool import test_reconnect_tool_results as tools
    from .test_review_s40_realtime import _fast_line_pipeline

    runs: list[str] = []

    async def get_balance(params: FunctionCallParams) -> None:
        runs.append(params.tool_call_id)
        await params.result_callback({"balance_inr": 4000})

    faults = Faults()
    emu_box: list[RealtimeEmulator] = []

    def end_the_old_session() -> None:
        emu = emu_box[0]
        for conn in list(emu._connections):
            if conn.record is emu.sessions[0]:
                conn.drop("the session's limit")  # no warning, no close frame
        faults.delta_interval_s = 0.0

    def cut_the_call(event: dict[str, Any]) -> dict[str, Any]:
        item = event.get("item") or {}
        if event["type"] == "conversation.item.added" and item.get("type") == "function_call":
            faults.rewrite_event = None  # the old session's call only
            faults.delta_interval_s = 0.5  # its arguments come late...
            asyncio.get_running_loop().call_later(0.05, end_the_old_session)  # ...too late
        return event

    faults.rewrite_event = cut_the_call
    params = ReconnectParams(
        rotate_after_s=0.01, quiet_poll_s=0.02, move_quiet_s=30.0, give_up_after_s=30.0
    )
    script = EmulatorScript(responder=tools._model)
    async with RealtimeEmulator(api_key=KEY, script=script, faults=faults) as emu:
        emu_box.append(emu)
        llm = RealtimeLLMService(
            api_key=KEY,
            base_url=emu.url,
            settings=RealtimeLLMService.Settings(
                session_properties=realtime_session(
                    tools=[BALANCE_TOOL], output_modality="audio", audio_format="pcmu"
                )
            ),
            reconnect=params,
        )
        llm.register_function("get_balance", get_balance)
        async with _fast_line_pipeline(llm) as p:
            # the move has its fresh session and waits for a quiet moment
            await wait_until(lambda: llm._rotating and len(emu.sessions) == 2, what="the move")
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: llm.rotations == 1, timeout=5, what="the move at the loss")
            assert tools._said(emu.sessions[0]) == [tools.PREAMBLE]  # heard before the loss
            await wait_until(lambda: runs, timeout=5, what="the balance check")
            await wait_until(
                lambda: any(
                    "Your balance is four thousand rupees." in tools._said(s)
                    for s in emu.sessions[1:]
                ),
                timeout=5,
                what="the answer on the new session",
            )
            assert len(runs) == 1
            # the preamble the caller heard is in the new session before its reply is asked
            received = json.dumps(emu.sessions[1].received)
            assert tools.PREAMBLE in received[: received.index('"response.create"')]
