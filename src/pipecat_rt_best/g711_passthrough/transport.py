"""The FastAPI WebSocket transport, for G.711 passthrough serializers.

pipecat's :class:`FastAPIWebsocketTransport` with one change on the output side and
8 kHz pinned on both:

* Input: pipecat's own input transport. It hands each deserialized
  :class:`G711InputAudioFrame` on as the same object, so its ``g711`` bytes reach the
  realtime service untouched.
* Output: :class:`G711PassthroughOutputTransport` gives the serializer the model's
  bytes of each :class:`G711TTSAudioFrame` as it enters (so the line carries the
  model's own bytes, see :class:`~pipecat_rt_best.g711_passthrough.playout.OutboundAligner`)
  and, after each chunk it writes, sends the serializer's pending mark (an output mixer's
  silence moves no mark: it is no part of the output timeline).
* Sample rates: ``audio_in_sample_rate`` = ``audio_out_sample_rate`` = 8000, so pipecat's
  output resampler only ever sees equal rates (it returns such audio untouched) and
  nothing on the path is resampled.
"""

from __future__ import annotations

from typing import Any

from fastapi import WebSocket
from pipecat.frames.frames import Frame, OutputAudioRawFrame, StartFrame
from pipecat.processors.frame_processor import FrameDirection
from pipecat.transports.websocket.fastapi import (
    FastAPIWebsocketOutputTransport,
    FastAPIWebsocketParams,
    FastAPIWebsocketTransport,
)
from pydantic import ValidationError

from pipecat_rt_best.base.frames import (
    G711TTSAudioFrame,
    PlayoutConfirmedFrame,
    is_bot_speech_audio,
)
from pipecat_rt_best.g711_passthrough.dialects import LINE_SAMPLE_RATE
from pipecat_rt_best.g711_passthrough.serializer import (
    G711PassthroughSerializer,
    ProviderMessageFrame,
)

__all__ = [
    "G711PassthroughOutputTransport",
    "G711PassthroughTransport",
    "check_transport_overrides",
    "g711_transport_params",
]


def _check_override_names(overrides: dict[str, Any]) -> None:
    # pydantic drops a field it does not know without a word: a misspelt setting does nothing
    unknown = sorted(set(overrides) - set(FastAPIWebsocketParams.model_fields))
    if unknown:
        raise ValueError(
            f"transport overrides {unknown} are no FastAPIWebsocketParams fields (misspelt?)"
        )
    if "serializer" in overrides:
        raise ValueError("transport overrides cannot set serializer: the call's is used")


def check_transport_overrides(overrides: dict[str, Any]) -> None:
    """Whether ``overrides`` make :class:`FastAPIWebsocketParams` a passthrough transport
    takes: known fields, valid values, 8 kHz audio; else a ``ValueError`` naming the field.
    (Checked once, when a server is configured, rather than failing each call.)"""
    _check_override_names(overrides)
    try:
        params = g711_transport_params(None, **overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        where = ", ".join(".".join(map(str, error["loc"])) for error in exc.errors())
        raise ValueError(f"transport overrides: bad value of {where}") from None
    for name in ("audio_in_sample_rate", "audio_out_sample_rate"):
        rate = getattr(params, name)
        if rate is not None and rate != LINE_SAMPLE_RATE:
            raise ValueError(
                f"transport overrides: {name}={rate}; G.711 passthrough runs at "
                f"{LINE_SAMPLE_RATE} Hz end to end"
            )


def g711_transport_params(
    serializer: G711PassthroughSerializer, **overrides: Any
) -> FastAPIWebsocketParams:
    """Transport parameters for a passthrough call: audio in/out at 8 kHz, the serializer.

    ``overrides`` go to :class:`FastAPIWebsocketParams` (e.g. ``audio_out_10ms_chunks``,
    ``session_timeout``); a name that is none of its fields is a ``ValueError``.
    ``allowed_origins`` defaults to ``[]`` here: providers connect server to server
    without an ``Origin`` header (the server checks origins itself).
    """
    _check_override_names(overrides)
    values: dict[str, Any] = {
        "audio_in_enabled": True,
        "audio_out_enabled": True,
        "audio_in_sample_rate": LINE_SAMPLE_RATE,
        "audio_out_sample_rate": LINE_SAMPLE_RATE,
        "add_wav_header": False,
        "allowed_origins": [],
    }
    values.update(overrides)
    values["serializer"] = serializer
    return FastAPIWebsocketParams(**values)


class G711PassthroughOutputTransport(FastAPIWebsocketOutputTransport):
    """Feeds the model's G.711 bytes to the serializer and sends marks after chunks."""

    def __init__(self, transport: Any, client: Any, params: FastAPIWebsocketParams, **kwargs: Any):
        super().__init__(transport, client, params, **kwargs)
        assert isinstance(params.serializer, G711PassthroughSerializer)
        self._passthrough: G711PassthroughSerializer = params.serializer
        # The server took the line over (the fallback prompt): the pipeline's audio and
        # marks no longer go out.
        self.muted = False

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        if (
            isinstance(frame, G711TTSAudioFrame)
            and direction == FrameDirection.DOWNSTREAM
            and frame.transport_destination is None
        ):
            self._passthrough.feed_model_audio(frame)
        await super().process_frame(frame, direction)
        if isinstance(frame, StartFrame) and self._passthrough.confirms_playout:
            # Playout is confirmed by mark echoes on this line: nothing counts as heard
            # until the first echo says so (the truncation clock's starting point).
            await self.push_frame(
                PlayoutConfirmedFrame(played_ms=0.0, source="stream start"),
                FrameDirection.UPSTREAM,
            )

    async def write_audio_frame(self, frame: OutputAudioRawFrame) -> bool:
        if self.muted:
            return False
        # pipecat's websocket transport hands the serializer a plain copy of the chunk: the
        # chunk's own type tells bot speech from the output mixer's silence
        self._passthrough.audio_is_speech = is_bot_speech_audio(frame)
        written = await super().write_audio_frame(frame)
        # The mark goes out after the chunk (and after pipecat's pacing sleep), before the
        # next chunk: for the provider it sits exactly at the end of this chunk's audio.
        for message in self._passthrough.take_pending_messages():
            await self.send_message(ProviderMessageFrame(message={}, text=message))
        return written


class G711PassthroughTransport(FastAPIWebsocketTransport):
    """:class:`FastAPIWebsocketTransport` for a :class:`G711PassthroughSerializer`."""

    def __init__(
        self,
        websocket: WebSocket,
        params: FastAPIWebsocketParams,
        input_name: str | None = None,
        output_name: str | None = None,
    ):
        serializer = params.serializer
        if not isinstance(serializer, G711PassthroughSerializer):
            raise TypeError("G711PassthroughTransport needs a G711PassthroughSerializer")
        for name in ("audio_in_sample_rate", "audio_out_sample_rate"):
            rate = getattr(params, name)
            if rate is None:
                setattr(params, name, LINE_SAMPLE_RATE)
            elif rate != LINE_SAMPLE_RATE:
                raise ValueError(
                    f"{name}={rate}: G.711 passthrough runs at {LINE_SAMPLE_RATE} Hz end to end "
                    "(anything else would resample)"
                )
        super().__init__(websocket, params, input_name=input_name, output_name=output_name)
        self._g711_output = G711PassthroughOutputTransport(
            self, self._client, self._params, name=self._output_name
        )

    @property
    def serializer(self) -> G711PassthroughSerializer:
        serializer = self._params.serializer
        assert isinstance(serializer, G711PassthroughSerializer)
        return serializer

    def output(self) -> G711PassthroughOutputTransport:  # type: ignore[override]
        return self._g711_output
