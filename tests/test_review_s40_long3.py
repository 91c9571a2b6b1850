"""Review s40 (long calls): what a call keeps must not grow with every turn of a long call."""

from __future__ import annotations

from typing import Any

from pipecat.frames.frames import (
    BotStartedSpeakingFrame,
    MetricsFrame,
    UserStoppedSpeakingFrame,
)
from pipecat.metrics.metrics import LLMTokenUsage, LLMUsageMetricsData
from pipecat.observers.base_observer import BaseObserver, FramePushed
from pipecat.processors.frame_processor import FrameDirection

from pipecat_rt_best.base.usage import CallUsage
from pipecat_rt_best.base.usage_observer import UsageObserver
from pipecat_rt_best.call_pipeline.runner import RunnerCall, _CallCounter

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
