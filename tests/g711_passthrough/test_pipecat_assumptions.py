"""What the passthrough design assumes about pipecat, checked directly (fails loudly on change)."""

from __future__ import annotations

import json

import pytest
from pipecat.audio.resamplers.soxr_stream_resampler import SOXRStreamAudioResampler
from pipecat.transports.websocket.fastapi import FastAPIWebsocketTransport

from pipecat_rt_best.g711_passthrough.serializer import TwilioPassthroughSerializer
from pipecat_rt_best.g711_passthrough.transport import (
    G711PassthroughOutputTransport,
    G711PassthroughTransport,
    g711_transport_params,
)


async def test_pipecat_resampler_returns_equal_rate_audio_untouched() -> None:
    audio = bytes(range(256)) * 4
    resampler = SOXRStreamAudioResampler(clear_after_secs=None)
    assert await resampler.resample(audio, 8000, 8000) is audio


class _FakeWebSocket:
    headers: dict[str, str] = {}  # noqa: RUF012
    client_state = None
    application_state = None


def test_transport_builds_on_fastapi_transport_internals() -> None:
    serializer = TwilioPassthroughSerializer("MZ1")
    params = g711_transport_params(serializer)
    transport = G711PassthroughTransport(_FakeWebSocket(), params)  # type: ignore[arg-type]
    assert isinstance(transport, FastAPIWebsocketTransport)
    for attr in ("_client", "_params", "_output_name"):
        assert hasattr(transport, attr), f"FastAPIWebsocketTransport no longer has {attr}"
    out = transport.output()
    assert isinstance(out, G711PassthroughOutputTransport)
    assert transport.serializer is serializer
    assert params.audio_in_sample_rate == params.audio_out_sample_rate == 8000


def test_transport_refuses_other_rates_and_serializers() -> None:
    serializer = TwilioPassthroughSerializer("MZ1")
    with pytest.raises(ValueError, match="8000 Hz"):
        G711PassthroughTransport(
            _FakeWebSocket(),  # type: ignore[arg-type]
            g711_transport_params(serializer, audio_out_sample_rate=16000),
        )
    from pipecat.serializers.twilio import TwilioFrameSerializer
    from pipecat.transports.websocket.fastapi import FastAPIWebsocketParams

    stock = TwilioFrameSerializer(
        "MZ1", params=TwilioFrameSerializer.InputParams(auto_hang_up=False)
    )
    with pytest.raises(TypeError):
        G711PassthroughTransport(_FakeWebSocket(), FastAPIWebsocketParams(serializer=stock))  # type: ignore[arg-type]
    # Unset rates are pinned to 8 kHz.
    params = g711_transport_params(serializer)
    params.audio_in_sample_rate = None
    G711PassthroughTransport(_FakeWebSocket(), params)  # type: ignore[arg-type]
    assert params.audio_in_sample_rate == 8000


class _FakeClient:
    is_closing = False
    is_connected = True

    def __init__(self) -> None:
        self.sent: list[str | bytes] = []

    async def send(self, data: str | bytes) -> None:
        self.sent.append(data)


async def test_an_output_mixer_s_silence_goes_out_but_moves_no_mark() -> None:
    # pipecat's websocket transport hands the serializer a plain OutputAudioRawFrame copy of
    # every chunk; the passthrough transport tells it which chunks were bot speech
    from pipecat.frames.frames import OutputAudioRawFrame, TTSAudioRawFrame

    serializer = TwilioPassthroughSerializer("MZ1")
    transport = G711PassthroughTransport(_FakeWebSocket(), g711_transport_params(serializer))  # type: ignore[arg-type]
    out = transport.output()
    client = _FakeClient()
    out._client = client  # type: ignore[attr-defined]  # no socket: what goes out is recorded
    out._sample_rate = 8000  # type: ignore[attr-defined]  # set by setup() in a pipeline
    await out.write_audio_frame(TTSAudioRawFrame(bytes(640), 8000, 1))  # 40 ms of the reply
    await out.write_audio_frame(OutputAudioRawFrame(bytes(640), 8000, 1))  # the mixer's silence
    await out.write_audio_frame(TTSAudioRawFrame(bytes(320), 8000, 1))
    assert serializer.stats.media_out == 3  # all of it went to the line
    marks = [json.loads(m)["mark"]["name"] for m in client.sent if '"mark"' in str(m)]
    assert marks == ["pcrb:1:320", "pcrb:2:480"]
    assert serializer.ledger.sent_ms == 60.0
