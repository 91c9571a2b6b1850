"""The provider's base64 text rides to ``input_audio_buffer.append`` (no decode → encode),
only when it is exactly the canonical encoding of the bytes; bad base64 is still refused."""

from __future__ import annotations

import base64
import dataclasses
import json
import random
from typing import Any

import pytest
from pipecat.services.openai.realtime import events

from pipecat_rt_best.base import G711InputAudioFrame, g711
from pipecat_rt_best.g711_passthrough.dialects import (
    MediaChunk,
    ProviderMessageError,
    decode_b64,
    dialect_for,
    is_canonical_b64,
)
from pipecat_rt_best.g711_passthrough.serializer import (
    ExotelPassthroughSerializer,
    TwilioPassthroughSerializer,
    _json_string,
)
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.testing.provider_dialects import provider_side_for

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _twilio(payload_text: str) -> str:
    return json.dumps({"event": "media", "streamSid": "S1", "media": {"payload": payload_text}})


def test_canonical_check_agrees_with_a_round_trip_on_everything_strict_decoding_accepts() -> None:
    rng = random.Random(5)
    checked = canonical = 0
    for length in range(0, 14):
        for _ in range(600):
            body = "".join(rng.choice(ALPHABET) for _ in range(length))
            for pad in ("", "=", "==", "==="):
                text = body + pad
                try:
                    data = decode_b64(text)
                except ProviderMessageError:
                    continue
                expected = base64.b64encode(data).decode("ascii") == text
                assert is_canonical_b64(text) is expected, text
                checked += 1
                canonical += expected
    assert checked > 10_000 and 0 < canonical < checked  # both kinds were exercised


@pytest.mark.parametrize(
    ("text", "data"),
    [
        ("QUJD", b"ABC"),
        ("QUJD=", b"ABC"),  # a stray "=" after a complete quantum, as Python 3.11 and 3.12 read
        ("QUJD===", b"ABC"),
        ("QUJDRA==QUJD", None),  # padding in the middle
        ("QQ==QUJD=", None),
        ("=", None),
        ("QUJ==", None),  # excess data after the padding
        ("QQ=", None),  # too little padding
        ("QUJD=\n", b"ABC"),
    ],
)
def test_strict_decoding_is_the_same_on_every_python(text: str, data: bytes | None) -> None:
    # Python 3.13's binascii refuses "QUJD=" ("Excess padding not allowed"), which 3.11 and
    # 3.12 decode: the same media message was a call's audio on one and refused on the other
    if data is None:
        with pytest.raises(ProviderMessageError):
            decode_b64(text)
    else:
        assert decode_b64(text) == data


@pytest.mark.parametrize("text", ["QR==", "QUJ=", "QUJD=", "/x=="])
def test_non_canonical_payloads_are_decoded_but_their_text_is_not_reused(text: str) -> None:
    chunk = dialect_for("twilio").parse(_twilio(text))
    assert isinstance(chunk, MediaChunk)
    assert chunk.payload == base64.b64decode(text)
    assert chunk.b64 is None


@pytest.mark.parametrize(
    "text", ["/w==", "AAEC", "AAE=", base64.b64encode(bytes(range(160))).decode()]
)
def test_canonical_payloads_keep_the_providers_text(text: str) -> None:
    chunk = dialect_for("twilio").parse(_twilio(text))
    assert isinstance(chunk, MediaChunk)
    assert chunk.b64 == text == base64.b64encode(chunk.payload).decode()


LINE = bytes(range(160))  # 20 ms of G.711


@pytest.mark.parametrize(
    "text",
    [
        base64.encodebytes(LINE).decode(),  # MIME: "\n" every 76 characters and at the end
        base64.encodebytes(LINE).decode().replace("\n", "\r\n"),
        " " + base64.b64encode(LINE).decode() + "\t",
    ],
)
def test_a_payload_with_line_breaks_or_spaces_is_decoded_and_not_reused(text: str) -> None:
    chunk = dialect_for("twilio").parse(_twilio(text))
    assert isinstance(chunk, MediaChunk)
    assert chunk.payload == LINE
    assert chunk.b64 is None  # the text is not the canonical encoding: encoded afresh


@pytest.mark.parametrize("text", ["Q Q==", "QQ\n==", "QQ\r\n==\r\n"])
async def test_whitespace_inside_valid_base64_is_ignored(text: str) -> None:
    serializer = TwilioPassthroughSerializer("S1")
    frame = await serializer.deserialize(_twilio(text))
    assert isinstance(frame, G711InputAudioFrame) and frame.g711 == b"A"
    assert frame._base64 is None and frame.g711_base64() == "QQ=="
    assert not serializer.stats.skipped


@pytest.mark.parametrize(
    "text",
    ["QQ", "QQ=", "QQ==QQ==", "=QQQ", "éé==", "QQ===", "Q Q=", "QQ\n=", "Q!Q==\n", "QQ=\n=Q"],
)
def test_bad_base64_is_still_refused(text: str) -> None:
    with pytest.raises(ProviderMessageError) as err:
        dialect_for("twilio").parse(_twilio(text))
    assert err.value.reason == "bad base64"


async def test_bad_base64_is_skipped_and_nothing_reaches_the_model() -> None:
    serializer = TwilioPassthroughSerializer("S1")
    assert await serializer.deserialize(_twilio("QQ=")) is None
    assert serializer.stats.skipped["bad base64"] == 1


async def test_the_serializer_attaches_the_providers_text_to_the_frame() -> None:
    serializer = TwilioPassthroughSerializer("S1")
    line = bytes(range(160))
    frame = await serializer.deserialize(
        provider_side_for("twilio").inbound_media_message(
            "S1", line, sequence=1, chunk=1, timestamp_ms=0
        )
    )
    assert isinstance(frame, G711InputAudioFrame)
    assert frame.g711 == line
    assert frame._base64 is not None and frame._base64[0] is frame.g711
    assert frame.g711_base64() == base64.b64encode(line).decode()


async def test_a_non_canonical_payload_is_encoded_afresh() -> None:
    serializer = TwilioPassthroughSerializer("S1")
    frame = await serializer.deserialize(_twilio("QR=="))
    assert isinstance(frame, G711InputAudioFrame)
    assert frame._base64 is None
    assert frame.g711_base64() == "QQ=="


async def test_exotel_pcm16_text_is_never_reused_for_the_g711_bytes() -> None:
    pcm = g711.decode_to_bytes(bytes(range(160)), "ulaw")
    serializer = ExotelPassthroughSerializer("S1")
    frame = await serializer.deserialize(
        provider_side_for("exotel").inbound_media_message(
            "S1", pcm, sequence=1, chunk=1, timestamp_ms=0
        )
    )
    assert isinstance(frame, G711InputAudioFrame)
    assert frame._base64 is None
    assert frame.g711_base64() == base64.b64encode(g711.ulaw_encode(pcm)).decode()


def test_the_attached_text_only_applies_to_the_bytes_it_was_attached_for() -> None:
    frame = G711InputAudioFrame(
        audio=b"\x00\x00" * 3, sample_rate=8000, num_channels=1, g711=b"abc"
    )
    frame.attach_base64("YWJj")
    assert frame.g711_base64() == "YWJj"
    frame.g711 = b"xyz"  # someone replaced the bytes: the text no longer applies
    assert frame.g711_base64() == "eHl6"
    copy = dataclasses.replace(frame, g711=b"abc")
    assert copy._base64 is None and copy.g711_base64() == "YWJj"


# -- the realtime service's append ----------------------------------------------------------


class FakeSocket:
    def __init__(self, fail: Exception | None = None) -> None:
        self.sent: list[str] = []
        self.fail = fail

    async def send(self, text: str) -> None:
        if self.fail is not None:
            raise self.fail
        self.sent.append(text)


def _service(cls: type[RealtimeLLMService] = RealtimeLLMService) -> RealtimeLLMService:
    return cls(
        api_key="k",
        base_url="ws://127.0.0.1:1/v1/realtime",
        settings=cls.Settings(session_properties=realtime_session(audio_format="pcmu")),  # type: ignore[arg-type]
        append_interval_ms=0,  # one append per packet: what these tests pin
    )


def _frame(line: bytes, text: str | None = None) -> G711InputAudioFrame:
    frame = G711InputAudioFrame.from_line(line)
    if text is not None:
        frame.attach_base64(text)
    return frame


async def test_the_append_text_is_exactly_what_pipecats_ws_send_would_send() -> None:
    svc = _service()
    socket = svc._websocket = FakeSocket()
    line = bytes(range(256)) + bytes(range(64))
    for i in range(0, len(line), 160):
        await svc._send_user_audio(_frame(line[i : i + 160]))
    assert len(socket.sent) == 2
    got = b""
    for text in socket.sent:
        message = json.loads(text)
        reference = events.InputAudioBufferAppendEvent(
            event_id=message["event_id"], audio=message["audio"]
        ).model_dump(exclude_none=True)
        assert text == json.dumps(reference)  # pipecat's _ws_send: json.dumps(model_dump)
        got += base64.b64decode(message["audio"])
    assert got == line
    assert svc._appended_since_commit == len(line)


async def test_the_attached_provider_text_is_sent_as_it_is() -> None:
    svc = _service()
    socket = svc._websocket = FakeSocket()
    line = bytes(range(160))
    text = base64.b64encode(line).decode()
    await svc._send_user_audio(_frame(line, text))
    assert json.loads(socket.sent[0])["audio"] == text
    # the text is not re-derived from the bytes: a (contract-breaking) marker text shows it
    await svc._send_user_audio(_frame(line, "TUFSS0VS"))
    assert json.loads(socket.sent[1])["audio"] == "TUFSS0VS"


async def test_a_failed_send_is_reported_not_raised() -> None:
    svc = _service()
    svc._websocket = FakeSocket(fail=ConnectionError("peer gone"))
    errors: list[Any] = []

    async def push_error(**kwargs: Any) -> None:
        errors.append(kwargs)

    svc.push_error = push_error  # type: ignore[method-assign]
    await svc._send_user_audio(_frame(b"\xff" * 160))
    assert len(errors) == 1 and "peer gone" in errors[0]["error_msg"]


async def test_nothing_is_sent_while_disconnecting_or_without_a_socket() -> None:
    svc = _service()
    await svc._send_user_audio(_frame(b"\xff" * 160))  # no socket: dropped quietly
    socket = svc._websocket = FakeSocket()
    svc._disconnecting = True
    await svc._send_user_audio(_frame(b"\xff" * 160))
    assert socket.sent == []


async def test_a_hooked_ws_send_gets_the_dict() -> None:
    svc = _service()
    socket = svc._websocket = FakeSocket()
    seen: list[dict[str, Any]] = []

    async def ws_send(message: dict[str, Any]) -> None:
        seen.append(message)

    svc._ws_send = ws_send  # type: ignore[method-assign]
    await svc._send_user_audio(_frame(b"\xff" * 160))
    assert socket.sent == [] and [m["type"] for m in seen] == ["input_audio_buffer.append"]

    class Overriding(RealtimeLLMService):
        async def _ws_send(self, realtime_message: Any) -> None:
            seen.append(realtime_message)

    sub = _service(Overriding)
    sub_socket = sub._websocket = FakeSocket()
    await sub._send_user_audio(_frame(b"\xff" * 160))
    assert sub_socket.sent == [] and len(seen) == 2


def test_mark_names_are_quoted_exactly_like_json_dumps() -> None:
    for code in range(128):
        for text in (chr(code), f"pcrb{chr(code)}:1:320"):
            assert _json_string(text) == json.dumps(text), repr(text)
    for text in ("pcrb:12:96000", "", "é", "\u2028", "a/b"):
        assert _json_string(text) == json.dumps(text)
