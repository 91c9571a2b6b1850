"""Provider dialects: the application side round-trips with the provider side (the test
harness in :mod:`pipecat_rt_best.testing.provider_dialects`), and bad input fails with a
reason."""

from __future__ import annotations

import base64
import json

import pytest

from pipecat_rt_best.g711_passthrough.dialects import (
    PROVIDERS,
    UNSUPPORTED_MEDIA_FORMAT,
    UNUSABLE_ID,
    Cleared,
    Connected,
    DtmfDigit,
    Ignored,
    MarkEcho,
    MediaChunk,
    ProviderMessageError,
    StreamError,
    StreamStart,
    StreamStop,
    dialect_for,
    encode_b64,
)
from pipecat_rt_best.testing.provider_dialects import (
    AppClear,
    AppMark,
    AppMedia,
    provider_side_for,
)

ENCODING = {"twilio": "ulaw", "telnyx": "alaw", "plivo": "ulaw", "exotel": "pcm16"}


def _start(provider: str) -> StreamStart:
    return StreamStart(
        stream_id=f"{provider}-stream",
        call_id=f"{provider}-call",
        account_id=f"{provider}-acct",
        encoding=ENCODING[provider],  # type: ignore[arg-type]
        custom_parameters={"From": "+911234", "lang": "hi"},
    )


@pytest.mark.parametrize("provider", PROVIDERS)
def test_provider_side_messages_parse_back_on_the_application_side(provider: str) -> None:
    d, side = dialect_for(provider), provider_side_for(provider)
    start = _start(provider)
    parsed = d.parse(side.start_message(start))
    assert isinstance(parsed, StreamStart)
    assert parsed.stream_id == start.stream_id and parsed.call_id == start.call_id
    assert parsed.encoding == start.encoding and parsed.sample_rate == 8000
    assert parsed.custom_parameters == start.custom_parameters
    payload = bytes(range(256)) + b"\x7f\xff"
    media = d.parse(
        side.inbound_media_message(start.stream_id, payload, sequence=3, chunk=7, timestamp_ms=40)
    )
    assert isinstance(media, MediaChunk) and media.payload == payload
    assert media.chunk == 7  # every provider numbers its media: the order key
    assert d.parse(side.dtmf_message(start.stream_id, "#")) == DtmfDigit("#")
    assert d.parse(side.mark_echo_message(start.stream_id, "pcrb:1:160")) == MarkEcho("pcrb:1:160")
    assert isinstance(d.parse(side.stop_message(start)), StreamStop)
    assert d.parse(side.connected_message()) == Connected()
    ack = side.cleared_message(start.stream_id)
    if ack is not None:
        assert d.parse(ack) == Cleared()


# ids as the providers send them (their docs' examples): each must keep working
REAL_IDS = {
    "twilio": ("MZ18ad3ab5a668481ce02b83e7395059f0", "CA8bd5e2a4d8d1c5b3f9e0a7c6d5e4f3a2"),
    "telnyx": (
        "32de0dea-53cb-4b21-89a4-9610e6a6e1ed",
        "v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg",
    ),
    "plivo": ("20170ada-f610-433b-8758-c02a2aab3662", "ba8a6dd4-5e8b-4cf5-92f8-3b9ad8b5e2c1"),
    "exotel": ("1af7a0b4b6a27f2fd7b8e4d3c1a0f9e8", "d3b07384d113edec49eaa6238ad5ff00"),
}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_providers_real_ids_are_accepted(provider: str) -> None:
    stream_id, call_id = REAL_IDS[provider]
    start = StreamStart(stream_id, call_id=call_id, encoding=ENCODING[provider])  # type: ignore[arg-type]
    parsed = dialect_for(provider).parse(provider_side_for(provider).start_message(start))
    assert isinstance(parsed, StreamStart)
    assert (parsed.stream_id, parsed.call_id) == (stream_id, call_id)


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize(
    "bad",
    [
        "MZ1\n2026-12-04 15:00:00.000 | ERROR    | forged - line",  # forges a log line
        "MZ1\rERROR",
        "MZ1\x1b[2J",  # a terminal escape
        "MZ1\u2028x",  # a Unicode line separator
        "MZ1\u202ex",  # a bidi override
        "M" * 257,
    ],
)
@pytest.mark.parametrize("which", ["stream", "call"])
def test_a_start_with_an_unusable_id_is_refused(provider: str, bad: str, which: str) -> None:
    # the ids are logged verbatim: a newline in one forged log lines
    ids = (bad, "CA1") if which == "stream" else ("MZ1", bad)
    start = StreamStart(ids[0], call_id=ids[1], encoding=ENCODING[provider])  # type: ignore[arg-type]
    with pytest.raises(ProviderMessageError) as info:
        dialect_for(provider).parse(provider_side_for(provider).start_message(start))
    assert info.value.reason == UNUSABLE_ID
    assert str(info.value).isprintable() and len(str(info.value)) < 120


@pytest.mark.parametrize("provider", PROVIDERS)
def test_application_side_messages_parse_on_the_provider_side(provider: str) -> None:
    d, side = dialect_for(provider), provider_side_for(provider)
    payload = bytes(range(256))
    assert side.parse_outbound(d.media_message("s1", payload)) == AppMedia(payload)
    assert side.parse_outbound(d.mark_message("s1", "pcrb:7:1120")) == AppMark("pcrb:7:1120")
    assert side.parse_outbound(d.clear_message("s1")) == AppClear()


def test_outbound_shapes_follow_each_provider() -> None:
    tw = json.loads(dialect_for("twilio").media_message("MZ1", b"\x00"))
    assert tw == {"event": "media", "streamSid": "MZ1", "media": {"payload": "AA=="}}
    assert json.loads(dialect_for("twilio").clear_message("MZ1")) == {
        "event": "clear",
        "streamSid": "MZ1",
    }
    assert json.loads(dialect_for("twilio").mark_message("MZ1", "m")) == {
        "event": "mark",
        "streamSid": "MZ1",
        "mark": {"name": "m"},
    }
    pl = json.loads(dialect_for("plivo").media_message("S", b"\x00"))
    assert pl["event"] == "playAudio" and pl["media"]["contentType"] == "audio/x-mulaw"
    assert pl["media"]["sampleRate"] == 8000 and pl["streamId"] == "S"
    assert json.loads(dialect_for("plivo").mark_message("S", "m")) == {
        "event": "checkpoint",
        "streamId": "S",
        "name": "m",
    }
    assert json.loads(dialect_for("plivo").clear_message("S")) == {
        "event": "clearAudio",
        "streamId": "S",
    }
    assert json.loads(dialect_for("telnyx").clear_message("x")) == {"event": "clear"}
    ex = json.loads(dialect_for("exotel").clear_message("E"))
    assert ex == {"event": "clear", "stream_sid": "E"}


def test_real_world_twilio_messages() -> None:
    d = dialect_for("twilio")
    start = {
        "event": "start",
        "sequenceNumber": "1",
        "start": {
            "accountSid": "AC123",
            "streamSid": "MZ18ad3ab5a668481ce02b83e7395059f0",
            "callSid": "CA123",
            "tracks": ["inbound"],
            "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
            "customParameters": {"FirstName": "Jane"},
        },
        "streamSid": "MZ18ad3ab5a668481ce02b83e7395059f0",
    }
    parsed = d.parse(json.dumps(start))
    assert isinstance(parsed, StreamStart) and parsed.custom_parameters == {"FirstName": "Jane"}
    outbound_track = {
        "event": "media",
        "media": {"track": "outbound", "payload": base64.b64encode(b"\x01").decode()},
    }
    assert isinstance(d.parse(json.dumps(outbound_track)), Ignored)
    assert d.parse(b'{"event": "media", "media": {"payload": "/w=="}}') == MediaChunk(
        b"\xff", None, "/w=="
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ("not json", "malformed json"),
        ("[1, 2]", "malformed json"),
        (b"\xff\xfe", "malformed json"),
        ('{"no": "event"}', "missing event"),
        ('{"event": 5}', "missing event"),
        ('{"event": "media", "media": {"payload": "***"}}', "bad base64"),
        ('{"event": "media", "media": {"payload": 12}}', "bad base64"),
        ('{"event": "media", "media": "x"}', "bad field"),
        ('{"event": "media", "media": {}}', "missing payload"),
        ('{"event": "dtmf", "dtmf": {}}', "bad dtmf"),
        ('{"event": "mark", "mark": {"name": 3}}', "bad mark"),
        ('{"event": "start", "start": {}}', "bad start"),
        (
            '{"event": "start", "start": {"streamSid": "a", "mediaFormat": {"encoding": "audio/x-l16"}}}',
            "unsupported media format",
        ),
        (
            '{"event": "start", "start": {"streamSid": "a", "mediaFormat": {"sampleRate": 16000}}}',
            "unsupported media format",
        ),
        (
            '{"event": "start", "start": {"streamSid": "a", "mediaFormat": {"sampleRate": "x"}}}',
            "bad start",
        ),
    ],
)
def test_bad_twilio_input_raises_with_a_reason(data: str | bytes, reason: str) -> None:
    with pytest.raises(ProviderMessageError) as info:
        dialect_for("twilio").parse(data)
    assert info.value.reason == reason


def test_oversize_is_refused_before_parsing() -> None:
    big = json.dumps(
        {"event": "media", "media": {"payload": base64.b64encode(bytes(5000)).decode()}}
    )
    with pytest.raises(ProviderMessageError) as info:
        dialect_for("twilio").parse(big, max_bytes=1000)
    assert info.value.reason == "oversize"
    assert isinstance(dialect_for("twilio").parse(big, max_bytes=len(big)), MediaChunk)


def test_unknown_events_and_empty_payloads_are_ignored_not_errors() -> None:
    d = dialect_for("telnyx")
    assert d.parse('{"event": "speaking", "payload": {"code": 1}}') == Ignored("speaking")
    # Telnyx's 'error' frame is no unknown event: the serializer warns with it (review s40)
    assert d.parse('{"event": "error", "payload": {"code": 1}}') == StreamError(code="1")
    assert dialect_for("twilio").parse('{"event": "error"}') == Ignored("error")
    assert isinstance(d.parse('{"event": "media", "media": {"payload": ""}}'), Ignored)


@pytest.mark.parametrize(
    ("chunk", "key"),
    [
        ("12", 12),
        (12, 12),
        ("0", 0),
        (None, None),
        ("", None),
        ("-3", None),
        (-3, None),
        ("1e3", None),
        (True, None),
        (2.0, None),
        ("١٢", None),
        ("9" * 19, None),
        ({"a": 1}, None),
    ],
)
def test_the_media_chunk_number_is_read_when_it_is_a_usable_order_key(
    chunk: object, key: int | None
) -> None:
    media: dict[str, object] = {"payload": "/w=="}
    if chunk is not None:
        media["chunk"] = chunk
    parsed = dialect_for("telnyx").parse(json.dumps({"event": "media", "media": media}))
    assert isinstance(parsed, MediaChunk) and parsed.chunk == key


def test_telnyx_codecs_and_unsupported_ones() -> None:
    d = dialect_for("telnyx")
    msg = {"event": "start", "stream_id": "s", "start": {"media_format": {"encoding": "PCMU"}}}
    parsed = d.parse(json.dumps(msg))
    assert isinstance(parsed, StreamStart) and parsed.encoding == "ulaw"
    msg["start"] = {"media_format": {"encoding": "OPUS", "sample_rate": 16000}}
    with pytest.raises(ProviderMessageError, match="OPUS"):
        d.parse(json.dumps(msg))


def _exotel_start(media_format: dict[str, object]) -> str:
    return json.dumps(
        {
            "event": "start",
            "stream_sid": "E",
            "start": {"stream_sid": "E", "media_format": media_format},
        }
    )


@pytest.mark.parametrize(
    ("media_format", "encoding"),
    [
        ({}, "pcm16"),  # nothing declared: Exotel's PCM16 line
        ({"encoding": "base64", "sample_rate": "8000", "bit_rate": "128kbps"}, "pcm16"),
        ({"encoding": "raw/slin", "sample_rate": 8000}, "pcm16"),
        ({"encoding": "audio/L16;rate=8000"}, "pcm16"),
        ({"encoding": "audio/x-mulaw", "sample_rate": "8000", "bit_rate": "64kbps"}, "ulaw"),
        ({"encoding": "audio/x-mulaw;rate=8000"}, "ulaw"),
        ({"encoding": "MULAW", "sample_rate": "8000"}, "ulaw"),
        ({"encoding": "pcmu"}, "ulaw"),
    ],
)
def test_exotel_start_declares_a_pcm16_or_a_mulaw_line(
    media_format: dict[str, object], encoding: str
) -> None:
    start = dialect_for("exotel").parse(_exotel_start(media_format))
    assert isinstance(start, StreamStart)
    assert (start.encoding, start.sample_rate) == (encoding, 8000)


@pytest.mark.parametrize(
    "media_format",
    [
        {"encoding": "audio/x-alaw", "sample_rate": "8000"},
        {"encoding": "opus"},
        {"encoding": "audio/L16;rate=16000"},
        {"encoding": "audio/x-mulaw;rate=16000"},
        {"encoding": "audio/x-mulaw", "sample_rate": "16000"},
        {"encoding": "audio/x-mulaw;rate=8000", "sample_rate": "24000"},
    ],
)
def test_exotel_start_in_another_format_is_refused(media_format: dict[str, object]) -> None:
    with pytest.raises(ProviderMessageError) as info:
        dialect_for("exotel").parse(_exotel_start(media_format))
    assert info.value.reason == UNSUPPORTED_MEDIA_FORMAT


def test_plivo_checkpoint_echo_and_cleared_audio() -> None:
    d = dialect_for("plivo")
    assert d.parse('{"event": "playedStream", "streamId": "S", "name": "n1"}') == MarkEcho("n1")
    assert d.parse('{"event": "clearedAudio", "streamId": "S"}') == Cleared()
    with pytest.raises(ProviderMessageError):
        d.parse('{"event": "playedStream", "streamId": "S"}')


def test_unknown_provider() -> None:
    with pytest.raises(ValueError, match="unknown provider"):
        dialect_for("vonage")


@pytest.mark.parametrize("provider", PROVIDERS)
def test_each_provider_side_is_built_on_its_providers_dialect(provider: str) -> None:
    side = provider_side_for(provider)
    assert side.provider == provider and type(side.dialect) is type(dialect_for(provider))
    assert side.supported_encodings == dialect_for(provider).supported_encodings
    with pytest.raises(ValueError, match="unknown provider"):
        provider_side_for("vonage")


def test_encode_b64_is_the_standard_encoding() -> None:
    for n in range(8):
        data = bytes(range(250, 250 - n, -1))
        assert encode_b64(data) == base64.b64encode(data).decode("ascii")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ('{"event":"media","media":' + "[" * 20000 + "]" * 20000 + "}", "malformed json"),
        ('{"event":"media","sequenceNumber":' + "1" * 5000 + "}", "malformed json"),
        (
            '{"event":"start","start":{"streamSid":"a","mediaFormat":{"sampleRate":1e999}}}',
            "bad start",
        ),
        (
            '{"event":"start","start":{"streamSid":"a","mediaFormat":{"sampleRate":-1e999}}}',
            "bad start",
        ),
        (
            '{"event":"start","start":{"streamSid":"a","mediaFormat":{"sampleRate":NaN}}}',
            "bad start",
        ),
    ],
)
@pytest.mark.parametrize("provider", PROVIDERS)
def test_json_past_parser_limits_raises_only_provider_message_errors(
    provider: str, data: str, reason: str
) -> None:
    if "start" in data:  # every dialect's own start shape, with that rate
        rate = data.split('"sampleRate":')[1].split("}")[0]
        side = provider_side_for(provider)
        data = side.start_message(StreamStart("a", encoding=side.supported_encodings[0]))
        for old in ('"sampleRate":8000', '"sample_rate":8000', '"sample_rate":"8000"'):
            data = data.replace(old, old.split(":")[0] + ":" + rate)
    with pytest.raises(ProviderMessageError) as info:
        dialect_for(provider).parse(data)
    assert info.value.reason == reason


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("detail", ['"completed"', '["callended"]', "7"])
def test_a_stop_ends_the_stream_whatever_shape_its_detail_has(provider: str, detail: str) -> None:
    # a malformed optional detail must not turn the stop into a skipped message: the stream
    # would go on being fed audio after the provider ended it
    stop = dialect_for(provider).parse(f'{{"event": "stop", "stop": {detail}}}')
    assert stop == StreamStop(None)


_HUGE_FORMATS = {
    "twilio": {"streamSid": "a", "mediaFormat": {"encoding": "A" * 60_000}},
    "telnyx": {"media_format": {"encoding": "A" * 60_000}},
    "plivo": {"streamId": "a", "mediaFormat": {"encoding": "A" * 60_000}},
    "exotel": {"stream_sid": "a", "media_format": {"encoding": "A" * 60_000}},
}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_an_unknown_start_encoding_is_told_cut_short(provider: str) -> None:
    # the detail (logged at ERROR for every socket, before any token is read) held the
    # peer's whole encoding: a 60 kB log line per stranger's start on Twilio, Telnyx, Plivo
    message = {"event": "start", "stream_id": "a", "start": _HUGE_FORMATS[provider]}
    with pytest.raises(ProviderMessageError) as info:
        dialect_for(provider).parse(json.dumps(message), 1 << 20)
    assert info.value.reason == UNSUPPORTED_MEDIA_FORMAT
    assert "aaaa" in info.value.detail.lower() and len(info.value.detail) < 200


def test_a_foreign_tracks_name_is_told_cut_short() -> None:
    media = {"event": "media", "media": {"track": "t" * 60_000, "payload": encode_b64(b"\xff")}}
    event = dialect_for("twilio").parse(json.dumps(media), 1 << 20)
    assert isinstance(event, Ignored) and len(event.why) < 200
