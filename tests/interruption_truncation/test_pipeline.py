"""End to end: a real pipecat pipeline, the emulator over a WebSocket, a paced telephony
transport whose far end buffers, plays and confirms — and barge-ins.

    source → RealtimeLLMService → PhoneOutput → PlayoutTracker → sink

The far end's playout is computed from the transport's send times (see ``phone.py``),
so what the caller heard is exact; the service only learns it the way it would on a
call, from the tracker and the mark echoes. Real time, so few barge-ins: the property
test covers the space in virtual time.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import pytest
from loguru import logger
from pipecat.frames.frames import (
    EndFrame,
    Frame,
    InputAudioRawFrame,
    InterruptionFrame,
    LLMContextFrame,
    StartFrame,
    UserStoppedSpeakingFrame,
)
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineParams, PipelineWorker
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.transports.base_transport import TransportParams
from pipecat.workers.runner import WorkerRunner

from pipecat_rt_best.base import PlayoutConfirmedFrame
from pipecat_rt_best.call_pipeline.loop_lag import LoopLagMonitor
from pipecat_rt_best.interruption_truncation import (
    PlayoutTracker,
    TruncationEvent,
    TruncationParams,
)
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.testing.phone_line import FarEnd, FarEndConfig
from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    Faults,
    RealtimeEmulator,
    Reply,
)
from pipecat_rt_best.testing.realtime_emulator.audio import heard_text

from .phone import PhoneOutput, confirmations_via

KEY = "sk-test-truncation"
REPLIES = [
    Reply(text="Namaste, this is Asha from City Bank, how can I help you today?"),
    Reply(
        text="Your loan of four lakh fifty thousand rupees was approved yesterday, "
        "and the first instalment is due on the fifth of next month.",
        split_items=2,
    ),
    Reply(text="Please keep your account number ready when you call back."),
    Reply(text="Our branch opens at ten in the morning.", split_items=2),
    Reply(text="Is there anything else I can help you with?"),
]
# when the caller barges in, after the bot's first audio was written (None: right
# after the response was asked for, before any audio)
BARGE_IN_S = [1.1, 2.6, None, 0.35, 3.6]


class Collector(FrameProcessor):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.frames: list[Frame] = []

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if not isinstance(frame, StartFrame):
            self.frames.append(frame)
        await self.push_frame(frame, direction)


async def _wait(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.005)


BUFFER_MS = 80.0  # the far end's jitter buffer
# without mark confirmations the service must hold back the far end's delay itself
BLIND_DELAY_MS = 100.0


async def _call(fmt: str, confirm: bool) -> list[dict[str, Any]]:
    """One call, one barge-in per reply; returns what was told vs heard per barge-in."""
    faults = Faults(first_delta_delay_s=0.25, delta_interval_s=0.04)  # 2.5x real time
    script = EmulatorScript(replies=REPLIES, chunk_ms=100)
    results: list[dict[str, Any]] = []
    async with RealtimeEmulator(api_key=KEY, script=script, faults=faults) as emu:
        llm = RealtimeLLMService(
            api_key=KEY,
            base_url=emu.url,
            settings=RealtimeLLMService.Settings(
                session_properties=realtime_session(audio_format=fmt, manual_turns=True)  # type: ignore[arg-type]
            ),
            truncation=TruncationParams(playout_delay_ms=0.0 if confirm else BLIND_DELAY_MS),
        )
        events: list[TruncationEvent] = []

        @llm.event_handler("on_truncation")
        async def on_truncation(service: Any, event: TruncationEvent) -> None:
            events.append(event)

        source = Collector(name="source")
        worker_box: list[PipelineWorker] = []

        async def queue(frame: Frame) -> None:
            await worker_box[0].queue_frame(frame)

        far = FarEnd(FarEndConfig(down_ms=3.0, up_ms=3.0, buffer_ms=BUFFER_MS, marks=confirm))
        params = TransportParams(
            audio_out_enabled=True, audio_out_sample_rate=8000, audio_out_10ms_chunks=2
        )
        phone = PhoneOutput(params, far, confirmations_via(queue) if confirm else None)
        tracker = PlayoutTracker()
        sink = Collector(name="sink")
        worker = PipelineWorker(
            Pipeline([source, llm, phone, tracker, sink]),
            params=PipelineParams(audio_in_sample_rate=8000, audio_out_sample_rate=8000),
            enable_rtvi=False,
            idle_timeout_secs=None,
        )
        worker_box.append(worker)
        runner = WorkerRunner(handle_sigint=False)
        await runner.add_workers(worker)
        run = asyncio.create_task(runner.run())
        try:
            await _wait(lambda: emu.last_session is not None, 5, "the session")
            session = emu.last_session
            assert session is not None
            if confirm:  # the serializer announces it confirms playout
                await queue(PlayoutConfirmedFrame(played_ms=0.0))
            for i, barge_in in enumerate(BARGE_IN_S):
                timeline0 = phone.timeline_ms
                n_resp = len(session.responses)
                if i == 0:
                    await worker.queue_frame(LLMContextFrame(LLMContext()))
                else:
                    silence = InputAudioRawFrame(audio=bytes(320), sample_rate=8000, num_channels=1)
                    await worker.queue_frames([silence] * 10 + [UserStoppedSpeakingFrame()])
                await _wait(lambda n=n_resp: len(session.responses) > n, 5, "the response")
                if barge_in is not None:
                    await _wait(lambda t=timeline0: phone.timeline_ms > t, 5, "the bot's audio")
                    await asyncio.sleep(barge_in)
                await worker.queue_frame(InterruptionFrame())
                response = session.responses[n_resp]
                await _wait(
                    lambda r=response: r["status"] != "in_progress", 5, "the response's end"
                )
                await asyncio.sleep(0.4)  # late deltas, the far end's clear
                results.append(_outcome(session, response, far, timeline0, fmt))
            assert not session.errors_sent or {e["error"]["code"] for e in session.errors_sent} == {
                "response_cancel_not_active"
            }, session.errors_sent
            assert all(t["accepted"] for t in session.truncations), session.truncations
            results.append({"events": events, "truncations": session.truncations})
        finally:
            await worker.queue_frame(EndFrame())
            try:
                await asyncio.wait_for(run, 10)
            except TimeoutError:
                await worker.cancel()
    return results


def _outcome(
    session: Any, response: dict[str, Any], far: FarEnd, timeline0: float, fmt: str
) -> dict[str, Any]:
    bpm = 48 if fmt == "pcm" else 8
    live = {item["id"]: item for item in session.conversation}
    sent: dict[str, int] = {}
    for ev in session.sent:
        if ev.get("type") == "response.output_audio.delta" and ev["response_id"] == response["id"]:
            sent[ev["item_id"]] = sent.get(ev["item_id"], 0) + ev["delta"]
    told = sum(len(session.output_audio.get(i, b"")) / bpm for i in sent if i in live)
    heard = min(far.played_since(timeline0), sum(sent.values()) / bpm)
    items = []
    for item_id, text in zip(response["output"], response["texts"], strict=False):
        entry = live.get(item_id)
        transcript = (entry.get("content") or [{}])[0].get("transcript") if entry else None
        items.append((text, transcript))
    return {"told": told, "heard": heard, "items": items, "sent": sum(sent.values()) / bpm}


@pytest.fixture(autouse=True)
def _quiet() -> Any:
    logger.disable("pipecat")
    yield
    logger.enable("pipecat")


class _ToldMoreThanHeard(Exception):
    """The model was told the caller heard more than the far end played: never retried."""


async def test_barge_ins_tell_the_model_what_was_heard() -> None:
    # Real time: four calls share this loop, and on a shared CI machine one starved moment can
    # push one estimate past its floor (3 of 4 fresh-clone runs on one slow VM day, by up to
    # 45 ms past it, with little loop lag measured). A systematic error fails both tries; a
    # scheduling hiccup rarely does. "Never past what was heard" fails at once, in any try.
    try:
        await _barge_ins_tell_the_model_what_was_heard()
    except AssertionError as first:
        print(f"first try short of a floor ({first}); one more")
        await _barge_ins_tell_the_model_what_was_heard()


async def _barge_ins_tell_the_model_what_was_heard() -> None:
    calls = [("pcm", True), ("pcmu", True), ("pcm", False), ("pcmu", False)]
    async with LoopLagMonitor(interval_s=0.005) as lag:
        outcomes = await asyncio.gather(*(_call(fmt, confirm) for fmt, confirm in calls))
    # four real-time calls share this loop: a timer that fires late moves the estimate
    # of what was played as far as it is late (seen once on a loaded CI machine: 44 ms)
    late_ms = 1000.0 * lag.max_s
    print(f"event-loop lag max {late_ms:.1f} ms over {lag.samples} samples")
    for (fmt, confirm), results in zip(calls, outcomes, strict=True):
        *episodes, summary = results
        errors = [r["told"] - r["heard"] for r in episodes]
        label = f"{fmt} {'marks' if confirm else 'no marks'}"
        print(f"{label}: told-heard ms per barge-in {[round(e, 1) for e in errors]}")
        # short by the link's round trip plus event-loop latency (marks), or by what the
        # blind delay holds back beyond the real one (no marks) -- never by the 80 ms
        # jitter buffer a wall-clock estimate adds on top of what was heard
        lowest = (-60.0 if confirm else -(BLIND_DELAY_MS - BUFFER_MS) - 60.0) - late_ms
        for r, err in zip(episodes, errors, strict=True):
            if err > 1.0:  # never past what the far end played
                raise _ToldMoreThanHeard((label, r))
            assert err >= lowest, (label, r)
        # the barge-in after the reply ended: heard in full, nothing cut
        assert errors[-1] == pytest.approx(0.0, abs=1.0), label
        # before any audio: nothing heard, nothing kept
        assert episodes[2]["told"] == 0.0, label
        # the emulator's stored transcript holds the heard words and no others
        for r in episodes:
            heard_left = r["heard"]
            for text, transcript in r["items"]:
                if transcript is None:
                    assert heard_left <= -lowest, (label, r)
                    continue
                assert heard_text(text, heard_left + 1.0).startswith(transcript), (label, r)
                assert transcript.startswith(heard_text(text, heard_left + lowest)), (label, r)
                heard_left = max(0.0, heard_left - len(text) * 65)
        events: list[TruncationEvent] = summary["events"]
        assert {e.method for e in events} <= {"confirmed" if confirm else "handed", "late"}
        assert len([e for e in events if e.action == "truncate"]) == len(summary["truncations"])
