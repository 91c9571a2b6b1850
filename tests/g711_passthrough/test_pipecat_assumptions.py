"""What the passthrough design assumes about pipecat, checked directly (fails loudly on change)."""

from __future__ import annotations

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
