"""The service's audio paths, checked at the client-event boundary (no socket needed)."""

from __future__ import annotations

import asyncio
import base64
from typing import Any

import numpy as np
import pytest
from pipecat.frames.frames import InputAudioRawFrame
from pipecat.services.openai.realtime import events

from pipecat_rt_best.base import G711InputAudioFrame, g711
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session


def _service(fmt: str) -> tuple[RealtimeLLMService, list[Any]]:
    svc = RealtimeLLMService(
        api_key="k",
        base_url="ws://127.0.0.1:1/v1/realtime",
        settings=RealtimeLLMService.Settings(session_properties=realtime_session(audio_format=fmt)),  # type: ignore[arg-type]
        append_interval_ms=0,  # one append per packet (coalescing: test_append_coalescing.py)
    )
    sent: list[Any] = []

    async def capture(event: Any) -> None:
        sent.append(event)

    svc.send_client_event = capture  # type: ignore[method-assign]
    return svc, sent


def _appended(sent: list[Any]) -> bytes:
    return b"".join(
        base64.b64decode(e.audio) for e in sent if isinstance(e, events.InputAudioBufferAppendEvent)
    )


async def test_g711_frame_goes_straight_through() -> None:
    svc, sent = _service("pcmu")
    line = bytes(range(256)) * 2  # every μ-law code, including 0x7F which PCM can't carry
    frame = G711InputAudioFrame.from_line(line)
    await svc._send_user_audio(frame)
    assert _appended(sent) == line


async def test_pcm_8k_is_encoded_without_resampling(monkeypatch: pytest.MonkeyPatch) -> None:
    svc, sent = _service("pcma")
    calls: list[Any] = []

    async def spy(*args: Any) -> bytes:
        calls.append(args)
        return b""

    monkeypatch.setattr(svc._resampler, "resample", spy)
    pcm = (np.sin(np.arange(160) / 5) * 8000).astype("<i2").tobytes()
    await svc._send_user_audio(InputAudioRawFrame(audio=pcm, sample_rate=8000, num_channels=1))
    assert _appended(sent) == g711.alaw_encode(pcm)
    assert calls == []


async def test_mismatched_law_is_transcoded_from_pcm() -> None:
    svc, sent = _service("pcma")
    line = g711.ulaw_encode((np.arange(160) * 50).astype("<i2"))
    pcm = g711.decode_to_bytes(line, "ulaw")
    frame = G711InputAudioFrame(audio=pcm, sample_rate=8000, num_channels=1, g711=line, law="ulaw")
    await svc._send_user_audio(frame)
    assert _appended(sent) == g711.alaw_encode(pcm)


async def test_16k_pcm_into_g711_session_is_resampled_with_a_warning() -> None:
    svc, sent = _service("pcmu")
    pcm = (np.sin(np.arange(1600) / 7) * 6000).astype("<i2").tobytes()  # 100 ms at 16 kHz
    for _ in range(3):
        await svc._send_user_audio(InputAudioRawFrame(audio=pcm, sample_rate=16000, num_channels=1))
    assert "rate" in svc._input_warnings
    assert 0 < len(_appended(sent)) <= 3 * 800


async def test_bad_input_is_skipped_not_fatal() -> None:
    svc, sent = _service("pcmu")
    await svc._send_user_audio(
        InputAudioRawFrame(audio=b"\x00" * 640, sample_rate=8000, num_channels=2)
    )
    assert sent == []
    assert "channels" in svc._input_warnings
    # an odd byte is no bad input: it waits for the next chunk (test_review_s39_rt.py)
    pcm_svc, pcm_sent = _service("pcm")
    await pcm_svc._send_user_audio(
        InputAudioRawFrame(audio=b"\x01", sample_rate=24000, num_channels=1)
    )
    assert pcm_sent == []
    assert pcm_svc._odd_byte == (24000, b"\x01")


async def test_manual_stop_commits_only_with_at_least_100ms_of_new_audio() -> None:
    svc, sent = _service("pcmu")
    svc.start_ttfb_metrics = _noop  # type: ignore[method-assign]

    async def speak(ms: int) -> None:
        line = b"\x55" * (8 * ms)
        await svc._send_user_audio(G711InputAudioFrame.from_line(line))

    def commits() -> int:
        return sum(isinstance(e, events.InputAudioBufferCommitEvent) for e in sent)

    await svc._handle_user_stopped_speaking(None)  # nothing appended: no empty commit
    assert commits() == 0
    await speak(60)
    await svc._handle_user_stopped_speaking(None)  # 60 ms: the server would refuse it
    assert commits() == 0
    await speak(40)  # 100 ms in the buffer now
    await svc._handle_user_stopped_speaking(None)
    assert commits() == 1
    assert isinstance(sent[-1], events.ResponseCreateEvent)
    await svc._handle_user_stopped_speaking(None)  # nothing new since the commit
    assert commits() == 1


async def test_pcm_commit_threshold_counts_the_24k_bytes_the_server_gets() -> None:
    svc, sent = _service("pcm")
    svc.start_ttfb_metrics = _noop  # type: ignore[method-assign]

    def commits() -> int:
        return sum(isinstance(e, events.InputAudioBufferCommitEvent) for e in sent)

    # pipecat's stream resampler holds back up to ~140 ms and releases it in bursts: 140 ms
    # of 8 kHz input may not have reached the server yet (the guard counted the input, and
    # committed an empty buffer: input_audio_buffer_commit_empty)
    tone = (np.sin(np.arange(8 * 20) / 9) * 5000).astype("<i2").tobytes()  # 20 ms at 8 kHz
    for _ in range(7):
        await svc._send_user_audio(InputAudioRawFrame(audio=tone, sample_rate=8000, num_channels=1))
        assert svc._appended_since_commit == len(_appended(sent))  # what the server has
    if len(_appended(sent)) < 100 * 48:
        await svc._handle_user_stopped_speaking(None)
        assert commits() == 0
    for _ in range(10):
        await svc._send_user_audio(InputAudioRawFrame(audio=tone, sample_rate=8000, num_channels=1))
    assert svc._appended_since_commit == len(_appended(sent)) >= 100 * 48
    await svc._handle_user_stopped_speaking(None)
    assert commits() == 1


async def test_g711_preroll_is_kept_in_line_bytes() -> None:
    svc, _ = _service("pcmu")
    svc._user_audio_preroll_secs = 0.1
    for i in range(20):
        line = bytes([i]) * 160
        await svc._send_user_audio(G711InputAudioFrame.from_line(line))
    assert len(svc._user_audio_preroll_buffer) == 800  # 100 ms at 8 bytes/ms
    assert bytes(svc._user_audio_preroll_buffer[-160:]) == bytes([19]) * 160


async def _feed_line(svc: RealtimeLLMService, seconds: float, start: int = 0) -> bytes:
    """``seconds`` of μ-law line audio in 20 ms packets, each packet's bytes its own number."""
    line = b"".join(bytes([(start + i) % 256]) * 160 for i in range(round(seconds * 50)))
    for i in range(0, len(line), 160):
        await svc._send_user_audio(G711InputAudioFrame.from_line(line[i : i + 160]))
    return line


async def test_the_first_turn_gets_the_calls_audio_from_its_start() -> None:
    # a review (session 26): the pack's VAD confirms a caller who speaks at once ~2 s after
    # their first word (its warm-up); pipecat's fixed pre-roll (0.9 s) handed the model the end
    svc, sent = _service("pcmu")
    line = await _feed_line(svc, 2.4)
    sent.clear()
    await svc._replay_user_audio_preroll()  # after the clear a turn's start brings
    assert _appended(sent) == line


async def test_after_the_first_commit_the_pre_roll_is_pipecats_again() -> None:
    svc, sent = _service("pcmu")
    await _feed_line(svc, 1.0)
    await svc._handle_user_stopped_speaking(None)  # the first turn, committed
    line = await _feed_line(svc, 2.0, start=50)
    sent.clear()
    await svc._replay_user_audio_preroll()
    assert _appended(sent) == line[-4000:]  # 0.5 s: pipecat's pre-roll before a VAD reports


async def test_a_call_start_longer_than_the_kept_seconds_falls_back_to_pipecats_pre_roll() -> None:
    svc, sent = _service("pcmu")
    line = await _feed_line(svc, 5.0)
    sent.clear()
    await svc._replay_user_audio_preroll()
    assert _appended(sent) == line[-4000:]


def test_a_vad_params_update_without_start_secs_keeps_the_pre_roll() -> None:
    # a review (session 26): pipecat broadcasts a VADParamsUpdateFrame's own params, and
    # VADParams(stop_secs=2.0) (an IVR mode) carries start_secs's default 0.2 s: the pre-roll
    # shrank from 0.908 s to 0.5 s while the pack's analyzer still waited up to 0.608 s
    from pipecat.audio.vad.vad_analyzer import VADParams
    from pipecat.frames.frames import SpeechControlParamsFrame

    svc, _ = _service("pcmu")
    reported = VADParams(confidence=0.5, start_secs=0.608, stop_secs=0.64, min_volume=0.0)
    svc._handle_speech_control_params(SpeechControlParamsFrame(vad_params=reported))
    svc._handle_speech_control_params(SpeechControlParamsFrame(vad_params=VADParams(stop_secs=2.0)))
    svc._end_call_start()
    assert svc._user_audio_preroll_secs == pytest.approx(0.908)
    # one that names start_secs still resizes it
    svc._handle_speech_control_params(
        SpeechControlParamsFrame(vad_params=VADParams(start_secs=1.0))
    )
    assert svc._user_audio_preroll_secs == pytest.approx(1.3)


async def _noop(*_: Any, **__: Any) -> None:
    return None


async def test_a_receive_loop_that_cannot_read_at_all_ends_as_a_lost_connection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pipecat.services.openai.realtime.llm import OpenAIRealtimeLLMService

    calls = 0

    async def broken(self: object) -> None:
        nonlocal calls
        calls += 1
        raise ValueError("unreadable")

    monkeypatch.setattr(OpenAIRealtimeLLMService, "_receive_task_handler", broken)
    svc, _ = _service("pcmu")
    svc._websocket = object()
    lost: list[str] = []

    @svc.event_handler("on_connection_lost")
    async def on_lost(_svc: object, reason: str) -> None:
        lost.append(reason)

    svc.push_error = _no_error  # type: ignore[method-assign]
    await asyncio.wait_for(svc._receive_task_handler(), 5)
    # pipecat runs an event's handlers as tasks: on Python 3.11 wait_for's own task let them
    # run before it returned, from 3.12 on it awaits the coroutine in this task
    await asyncio.sleep(0)
    assert calls == 20 and lost == ["receive loop failing (ValueError)"]


async def _no_error(*args: object, **kwargs: object) -> None:
    return None


async def test_a_refused_create_leaves_no_cancel_waiting_for_the_next_response() -> None:
    # a barge-in before response.created marks the coming response cancelled; when the
    # server refuses that create instead, no response comes, and the mark must not fall on
    # the next one (its audio would be dropped as cancelled)
    svc, _ = _service("pcmu")
    svc.push_error = _no_error  # type: ignore[method-assign]
    svc._response_active = True
    refused = events.ResponseCreateEvent()
    svc._manual_create_id = refused.event_id
    await svc._truncate_current_audio_response()  # the barge-in
    svc._cancel_sent = True  # (what the real send_client_event records for the cancel)
    assert svc._cancel_before_created
    await svc._handle_evt_error(
        events.ErrorEvent(
            type="error",
            event_id="evt_1",
            error=events.RealtimeError(
                type="invalid_request_error",
                code="invalid_value",
                message="bad",
                event_id=refused.event_id,
            ),
        )
    )
    assert not svc._response_active and not svc._cancel_before_created
    assert not svc._cancel_sent  # the next response's barge-in sends its own cancel
