"""The aiortc browser stand-in: its speech detector, its microphone, loopback-only ICE, and a
real call to a bot that answers with a tone and must end when the caller hangs up."""

from __future__ import annotations

import asyncio
from typing import Any

import numpy as np
import pytest
from pipecat.runner.types import SmallWebRTCRunnerArguments

from pipecat_rt_best.testing.simulated_call.transport import CallerTurn
from pipecat_rt_best.testing.webrtc_caller import (
    BotDidNotEndError,
    CallerTrack,
    SpeechDetector,
    WebRTCCaller,
    call_webrtc_bot,
    loopback_ice,
)


def test_detector_starts_on_one_loud_frame_and_stops_after_the_silence() -> None:
    d = SpeechDetector(threshold_rms=300, silence_ms=100)
    assert d.feed(10, 20) is None
    assert d.feed(1000, 20) == "start"
    assert [d.feed(0, 20) for _ in range(4)] == [None] * 4  # 80 ms: a pause between words
    assert d.feed(1000, 20) is None  # still the same reply
    assert [d.feed(0, 20) for _ in range(5)] == [None, None, None, None, "stop"]
    assert not d.speaking


async def test_caller_track_sends_queued_speech_then_silence_in_20_ms_frames() -> None:
    track = CallerTrack(16000)
    track.say(np.full(400, 1000, dtype=np.int16))  # 25 ms
    frames = [await track.recv() for _ in range(3)]
    assert [f.samples for f in frames] == [320, 320, 320]
    assert [f.pts for f in frames] == [0, 320, 640]
    first, second, third = (f.to_ndarray().ravel() for f in frames)
    assert (first == 1000).all() and (second[:80] == 1000).all() and not second[80:].any()
    assert not third.any() and not track.speaking
    track.stop()


async def test_offers_only_loopback_candidates_inside_loopback_ice() -> None:
    with loopback_ice():
        caller = WebRTCCaller([])
        sdp = (await caller.offer())["sdp"]
        await caller.hang_up()
    hosts = {line.split()[4] for line in sdp.splitlines() if line.startswith("a=candidate:")}
    assert hosts == {"127.0.0.1"}


def _tone_bot(ends_on_hang_up: bool) -> Any:
    """A bot on a bare SmallWebRTC transport pipeline: 0.5 s of tone when the caller
    connects, 1 s once the caller has spoken and stopped; with ``ends_on_hang_up`` it ends
    when the caller disconnects."""
    from pipecat.frames.frames import (
        Frame,
        InputAudioRawFrame,
        OutputAudioRawFrame,
    )
    from pipecat.pipeline.pipeline import Pipeline
    from pipecat.pipeline.worker import PipelineParams, PipelineWorker
    from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
    from pipecat.transports.base_transport import TransportParams
    from pipecat.transports.smallwebrtc.transport import SmallWebRTCTransport
    from pipecat.workers.runner import WorkerRunner

    def _tone(seconds: float) -> OutputAudioRawFrame:
        t = np.arange(int(16000 * seconds)) / 16000
        tone = (8000 * np.sin(2 * np.pi * 440 * t)).astype(np.int16).tobytes()
        return OutputAudioRawFrame(tone, 16000, 1)

    class Echo(FrameProcessor):
        def __init__(self) -> None:
            super().__init__()
            self.heard = False
            self.answered = False

        async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
            await super().process_frame(frame, direction)
            if isinstance(frame, InputAudioRawFrame):
                level = np.abs(np.frombuffer(frame.audio, dtype=np.int16)).max(initial=0)
                if level > 2000:
                    self.heard = True
                elif self.heard and not self.answered:  # the caller stopped: answer
                    self.answered = True
                    await self.push_frame(_tone(1.0))
                return
            await self.push_frame(frame, direction)

    async def bot(runner_args: SmallWebRTCRunnerArguments) -> bool:
        transport = SmallWebRTCTransport(
            runner_args.webrtc_connection,
            TransportParams(audio_in_enabled=True, audio_out_enabled=True),
        )
        echo = Echo()
        worker = PipelineWorker(
            Pipeline([transport.input(), echo, transport.output()]),
            params=PipelineParams(audio_in_sample_rate=16000, audio_out_sample_rate=16000),
            enable_rtvi=False,
            idle_timeout_secs=None,
        )

        @transport.event_handler("on_client_connected")
        async def on_connected(_t: Any, _c: Any) -> None:
            await worker.queue_frame(_tone(0.5))  # the greeting

        if ends_on_hang_up:

            @transport.event_handler("on_client_disconnected")
            async def on_gone(_t: Any, _c: Any) -> None:
                await worker.cancel()

        runner = WorkerRunner(handle_sigint=False)
        await runner.add_workers(worker)
        await runner.run()
        return echo.answered

    return bot


def _turn() -> CallerTurn:
    """Half a second of a loud 200 Hz tone, 0.3 s after the bot's greeting ends."""
    t = np.arange(8000) / 16000
    return CallerTurn((6000 * np.sin(2 * np.pi * 200 * t)).astype(np.int16), delay_s=0.3)


async def test_a_call_hears_the_bot_and_the_bot_ends_with_it() -> None:
    with loopback_ice():
        caller = WebRTCCaller([_turn()], sample_rate=16000)
        call = await asyncio.wait_for(
            call_webrtc_bot(_tone_bot(True), caller, max_call_s=15, hang_up_after_s=5), 30
        )
    assert call.bot_result is True  # the bot heard the caller's turn
    heard = call.caller
    assert heard.connected and heard.bot_replies_heard == 2, heard  # greeting + answer
    assert 1.0 < heard.voiced_s < 2.0, heard  # 0.5 s + 1 s of tone, through Opus
    assert heard.hung_up_because == "the bot answered"


async def test_a_bot_that_ignores_the_hang_up_is_reported() -> None:
    with loopback_ice():
        caller = WebRTCCaller([], sample_rate=16000)
        with pytest.raises(BotDidNotEndError):
            await asyncio.wait_for(
                call_webrtc_bot(
                    _tone_bot(False), caller, max_call_s=5, hang_up_after_s=0.5, end_timeout_s=2
                ),
                30,
            )
