"""Review (session 39, practices 2 and the realtime service / VAD adapter): failing tests.

Each test is a small deterministic case; the comment says what is wrong and what is expected."""

from __future__ import annotations

import numpy as np
from pipecat.frames.frames import InputAudioRawFrame
from pipecat.services.openai.realtime import events

from tests.interruption_truncation.test_service import _playing_with
from tests.realtime.test_service_audio import _appended, _service


# -- truncation, LOW: server VAD barge-in sends a response.cancel the server refuses ------------
#
# With server turn detection (interrupt_response on) the server cancels the response itself at
# input_audio_buffer.speech_started, and the service rightly sends no cancel then. But pipecat's
# own user aggregator answers the speech start it is told of (ProposedUserStartedSpeakingFrame,
# ExternalUserTurnStrategies(enable_interruptions=True)) with an InterruptionFrame, which reaches
# the service before the cancelled response's response.done: _truncate_current_audio_response
# runs again outside the speech-start handler and sends response.cancel, which the server
# refuses (response_cancel_not_active) on every ordinary barge-in. Expected: no response.cancel
# for a response the server is already cancelling on its own.
async def test_review_server_vad_barge_in_followed_by_the_aggregators_interruption_sends_no_cancel() -> (
    None
):
    h = await _playing_with(events.TurnDetection())  # server_vad, interrupt_response default on
    await h.server_speech_started()  # the server cancels r1 itself
    await h.interrupt()  # pipecat's user aggregator's InterruptionFrame, response.done not in yet
    assert "response.cancel" not in h.types(), h.types()


# -- realtime service, LOW/MEDIUM: a PCM stream cut at odd byte lengths never reaches the model --
#
# The pack's VAD analyzer buffers an odd trailing byte so "a transport that cuts chunks at odd
# lengths loses no audio" (session 36's review). The realtime service fed the same stream
# drops every odd-length chunk whole (AudioFormatsMixin._usable_pcm): with 961/959-byte chunks
# nothing at all is appended, the VAD still detects the caller's turns, the commit guard finds
# < 100 ms and the bot never answers. Expected: the odd byte carried to the next chunk, as the
# analyzer does, so the model gets the stream.
async def test_review_odd_length_pcm_chunks_still_reach_the_model() -> None:
    svc, sent = _service("pcm")  # 24 kHz PCM in and out: no resampling involved
    pcm = (np.sin(np.arange(24000 * 2 // 10) / 9) * 6000).astype("<i2").tobytes()  # 200 ms
    sizes = [961, 959] * (len(pcm) // 1920)
    pos = 0
    for size in sizes:
        await svc._send_user_audio(
            InputAudioRawFrame(audio=pcm[pos : pos + size], sample_rate=24000, num_channels=1)
        )
        pos += size
    assert pos == len(pcm)
    assert _appended(sent) == pcm


# -- VAD adapter, LOW: a runtime VADParams update of one call outlives reset() ------------------
#
# pipecat's IVRNavigator pushes VADParamsUpdateFrame(VADParams(stop_secs=2.0)) while it navigates
# a phone menu. If that call ends before it switches back, an analyzer that serves the next call
# (cleanup() says "an analyzer may serve one call after another"; reset() "forget[s] the stream
# and everything learned (a new call)") keeps min_silence_ms = 2000: every turn of the next call
# ends only after 2 s of silence. Expected: a new call (reset(), or the new stream's
# set_sample_rate) starts from the params the analyzer was built with.
def test_review_a_calls_runtime_vad_params_do_not_leak_into_the_next_call() -> None:
    from pipecat.audio.vad.vad_analyzer import VADParams

    from pipecat_rt_best.noise_robust_vad import NoiseRobustVADAnalyzer

    vad = NoiseRobustVADAnalyzer()
    vad.set_sample_rate(8000)
    built = vad.noise_robust_params
    vad.set_params(VADParams(stop_secs=2.0))  # call 1: an IVR navigator's update
    vad.reset()  # call 2: "forget the stream and everything learned (a new call)"
    vad.set_sample_rate(8000)
    assert vad.noise_robust_params.min_silence_ms == built.min_silence_ms
