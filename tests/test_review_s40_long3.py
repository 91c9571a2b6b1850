"""Review s40 (long calls): what a call keeps must not grow with every turn of a long call."""

from __future__ import annotations

import asyncio
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
