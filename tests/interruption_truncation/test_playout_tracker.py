"""PlayoutTracker: the output timeline counts the bot's speech, not an output mixer's silence."""

from __future__ import annotations

from pipecat.frames.frames import OutputAudioRawFrame, TTSAudioRawFrame
from pipecat.tests.utils import run_test

from pipecat_rt_best.base import PlayoutProgressFrame, PlayoutSegmentFrame
from pipecat_rt_best.interruption_truncation import PlayoutTracker


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
