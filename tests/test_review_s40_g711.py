"""Review (session 40) of practice 6, G.711 straight through: defects found, each pinned."""

from __future__ import annotations

import json

import pytest
from loguru import logger

from pipecat_rt_best.base import g711
from pipecat_rt_best.base.frames import G711InputAudioFrame
from pipecat_rt_best.g711_passthrough.fallback import sit_tone_pcm
from pipecat_rt_best.g711_passthrough.serializer import (
    TelnyxPassthroughSerializer,
    serializer_for,
)
from pipecat_rt_best.g711_passthrough.server import TelephonyServerConfig
from pipecat_rt_best.g711_passthrough.transport import g711_transport_params
from pipecat_rt_best.testing.provider_dialects import AppMedia, provider_side_for


def _telnyx_error(code: int, title: str, detail: str) -> str:
    # Telnyx's media-stream 'error' frame (its AsyncAPI spec: "Frame sent when an error
    # occurs during media streaming"), e.g. for a media frame of ours it could not use
    return json.dumps(
        {
            "event": "error",
            "payload": {"code": code, "title": title, "detail": detail},
            "stream_id": "S1",
        }
    )


async def test_a_telnyx_error_frame_is_a_warning_with_its_code_and_the_call_goes_on() -> None:
    # WRONG: Telnyx's 'error' frame (it refused our media, a mark, a clear: the caller hears
    # nothing) was ignored as an unknown event, logged once at DEBUG as "ignoring telnyx
    # 'error' (unknown event)" without its code or words: at INFO/WARNING the operator saw
    # a silent bot and nothing else.
    # EXPECTED: a WARNING naming the code, title and detail (escaped, cut short: the peer
    # writes them), counted in stats.provider_errors; the call goes on.
    s = TelnyxPassthroughSerializer("S1")
    lines: list[str] = []
    sink = logger.add(lines.append, level="WARNING", format="{message}")
    try:
        first = await s.deserialize(_telnyx_error(100004, "invalid_media", "Media is invalid"))
        forged = await s.deserialize(_telnyx_error(100003, "x\nFAKE LINE", "d" * 500))
        media = await s.deserialize(
            provider_side_for("telnyx").inbound_media_message(
                "S1", bytes(160), sequence=3, chunk=1, timestamp_ms=0
            )
        )
    finally:
        logger.remove(sink)
    assert first is None and forged is None
    assert isinstance(media, G711InputAudioFrame)  # the call goes on
    assert s.stats.provider_errors == 2
    assert len(lines) == 2
    assert "100004" in lines[0] and "invalid_media" in lines[0] and "Media is invalid" in lines[0]
    assert "\n" not in lines[1].rstrip("\n") and len(lines[1]) < 400


@pytest.mark.parametrize(
    ("field", "value"),
    [("telnyx_codec", "pcma"), ("telnyx_codec", "G722"), ("exotel_law", "pcmu")],
)
def test_a_codec_or_law_the_server_cannot_speak_is_refused_at_construction(
    field: str, value: str
) -> None:
    # WRONG: TelephonyServerConfig(telnyx_codec="pcma") was accepted: the TeXML answer asked
    # Telnyx for bidirectionalCodec="pcma" while the model was set to speak μ-law (anything
    # but the exact "PCMA" meant PCMU), so A-law callers heard μ-law noise; exotel_law="pcmu"
    # was accepted and every Exotel PCM16 call then failed in its serializer ("unknown G.711
    # law"), as an unhandled error of the ASGI app with no end-of-call line.
    # EXPECTED: a ValueError naming the field and the values it takes, at construction.
    with pytest.raises(ValueError, match=field):
        TelephonyServerConfig(**{field: value})  # type: ignore[arg-type]


@pytest.mark.parametrize("provider", ["twilio", "telnyx", "plivo", "exotel"])
def test_the_fallback_prompt_goes_out_in_whole_20_ms_frames(provider: str) -> None:
    # WRONG: line_messages cut the prompt into 20 ms pieces and sent the remainder as it was:
    # the default three-tone prompt (19,648 samples) ended in a 16 ms message, a WAV prompt
    # in anything from 1 sample; Telnyx takes RTP media of 20 ms to 30 s (its media-stream
    # spec), Exotel chunks in multiples of 320 bytes (20 ms of PCM16), else gaps.
    # EXPECTED: the last frame padded with the law's silence, as pipecat pads its last chunk;
    # the prompt's own audio unchanged before it.
    cls = serializer_for(provider)
    s = cls("S1", line_encoding="pcm16" if provider == "exotel" else None)
    line = g711.encode(sit_tone_pcm(), s.law)
    assert len(line) % 160  # the default prompt is no whole number of 20 ms frames
    side = provider_side_for(provider)
    sent = [side.parse_outbound(m) for m in s.line_messages(line)]
    payloads = [m.payload for m in sent if isinstance(m, AppMedia)]
    assert len(payloads) == len(sent)
    frame = 320 if provider == "exotel" else 160
    assert all(len(p) == frame for p in payloads), sorted({len(p) for p in payloads})
    audio = b"".join(payloads)
    if provider == "exotel":
        audio = g711.encode(audio, s.law)
    assert audio[: len(line)] == line
    assert g711.decode_to_bytes(audio[len(line) :], s.law) == bytes(2 * (len(audio) - len(line)))


@pytest.mark.parametrize(
    ("overrides", "named"),
    [
        ({"audio_out_10ms_chunk": 10}, "audio_out_10ms_chunk"),  # misspelt: did nothing
        ({"audio_out_10ms_chunks": "four"}, "audio_out_10ms_chunks"),
        ({"audio_out_sample_rate": 16000}, "audio_out_sample_rate"),
        ({"serializer": None}, "serializer"),
    ],
)
def test_transport_overrides_the_transport_would_not_take_are_refused_at_construction(
    overrides: dict[str, object], named: str
) -> None:
    # WRONG: TelephonyServerConfig(transport_overrides=...) was passed to pipecat's params at
    # each call only: a misspelt key (audio_out_10ms_chunk) was dropped without a word (the
    # setting did nothing), and a value the params or the transport refuse (a word for a
    # number, a 16 kHz line) failed every call at its start, as an unhandled error of the
    # ASGI app with no end-of-call line; a serializer given there was silently replaced.
    # EXPECTED: a ValueError naming the key, when the config is made (and from
    # g711_transport_params for an unknown key).
    with pytest.raises(ValueError, match=named):
        TelephonyServerConfig(transport_overrides=overrides)
    if named == "audio_out_10ms_chunk":
        with pytest.raises(ValueError, match=named):
            g711_transport_params(TelnyxPassthroughSerializer("S1"), **overrides)
    assert TelephonyServerConfig(transport_overrides={"audio_out_10ms_chunks": 2})
