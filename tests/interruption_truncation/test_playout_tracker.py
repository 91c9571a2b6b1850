"""PlayoutTracker: the output timeline counts the bot's speech, not an output mixer's silence;
placed before the output transport it says so and reports nothing."""

from __future__ import annotations

from loguru import logger
from pipecat.frames.frames import BotStartedSpeakingFrame, OutputAudioRawFrame, TTSAudioRawFrame
from pipecat.pipeline.pipeline import Pipeline
from pipecat.transports.base_transport import TransportParams

from pipecat_rt_best.base import PlayoutProgressFrame, PlayoutSegmentFrame
from pipecat_rt_best.interruption_truncation import PlayoutTracker
from pipecat_rt_best.testing.phone_line import FarEnd, FarEndConfig
from tests.pipecat_run import run_test

from .phone import PhoneOutput


def _speech(ms: int) -> TTSAudioRawFrame:
    return TTSAudioRawFrame(bytes(16 * ms), 8000, 1)  # PCM16 8 kHz


def _mixer_silence(ms: int) -> OutputAudioRawFrame:
    # what pipecat's output transport writes (and pushes on) when it has a mixer and
    # nothing is queued: the mixer's output over silence, as a plain OutputAudioRawFrame
    return OutputAudioRawFrame(bytes(16 * ms), 8000, 1)


async def test_mixer_silence_between_replies_does_not_move_the_timeline() -> None:
    tracker = PlayoutTracker()
    _down, up = await run_test(
        tracker,
        frames_to_send=[
            BotStartedSpeakingFrame(),  # what the output transport pushes before its first chunk
            _speech(40),
            _mixer_silence(40),  # a gap between sentences: the caller hears nothing of the reply
            _mixer_silence(40),
            PlayoutSegmentFrame(segment_id="s2"),
            _speech(20),
        ],
    )
    progress = [(f.timeline_ms, f.segment_id) for f in up if isinstance(f, PlayoutProgressFrame)]
    assert progress == [(40.0, None), (40.0, "s2"), (60.0, None)]
    assert tracker.timeline_ms == 60.0


async def _run_with_output(tracker_first: bool) -> tuple[list[float], list[str]]:
    far = FarEnd(FarEndConfig(down_ms=3.0, up_ms=3.0, buffer_ms=80, marks=False))
    params = TransportParams(
        audio_out_enabled=True, audio_out_sample_rate=8000, audio_out_10ms_chunks=2
    )
    output = PhoneOutput(params, far, None)
    tracker = PlayoutTracker()
    order = [tracker, output] if tracker_first else [output, tracker]
    warnings: list[str] = []
    sink = logger.add(lambda m: warnings.append(m.record["message"]), level="WARNING")
    try:
        _down, up = await run_test(
            Pipeline(order),
            frames_to_send=[PlayoutSegmentFrame(segment_id="s1")] + [_speech(40)] * 5,
        )
    finally:
        logger.remove(sink)
    progress = [f.timeline_ms for f in up if isinstance(f, PlayoutProgressFrame)]
    return progress, [w for w in warnings if "PlayoutTracker" in w]


async def test_after_the_output_transport_it_reports_what_was_written() -> None:
    progress, warnings = await _run_with_output(tracker_first=False)
    assert progress[0] == 0.0  # the segment marker, held until the output's first chunk
    assert progress[-1] == 200.0
    assert warnings == []


async def test_before_the_output_transport_it_warns_once_and_reports_nothing() -> None:
    # it would count the audio as fast as the model sends it: the service would take the
    # whole reply for heard and never truncate
    progress, warnings = await _run_with_output(tracker_first=True)
    assert progress == []
    assert len(warnings) == 1
    assert "transport.output(), PlayoutTracker()" in warnings[0]
