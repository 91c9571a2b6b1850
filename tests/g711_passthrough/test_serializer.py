"""Passthrough serializers, message by message (no socket, no pipeline)."""

from __future__ import annotations

import base64
import json

import numpy as np
import pytest
from pipecat.audio.dtmf.types import KeypadEntry
from pipecat.frames.frames import (
    CancelFrame,
    CancelWorkerFrame,
    EndFrame,
    InputDTMFFrame,
    InterruptionFrame,
    OutputAudioRawFrame,
    OutputTransportMessageUrgentFrame,
    TTSAudioRawFrame,
)

from pipecat_rt_best.base import g711
from pipecat_rt_best.base.frames import (
    G711InputAudioFrame,
    G711TTSAudioFrame,
    PlayoutConfirmedFrame,
)
from pipecat_rt_best.g711_passthrough.dialects import PROVIDERS, StreamStart, dialect_for
from pipecat_rt_best.g711_passthrough.serializer import (
    ExotelPassthroughSerializer,
    G711PassthroughSerializer,
    PlivoPassthroughSerializer,
    ProviderMessageFrame,
    TelnyxPassthroughSerializer,
    TwilioPassthroughSerializer,
    serializer_for,
)
from pipecat_rt_best.testing.provider_dialects import provider_side_for

ALL_CODES = bytes(range(256))


def _media(provider: str, payload: bytes, stream: str = "S1") -> str:
    return provider_side_for(provider).inbound_media_message(
        stream, payload, sequence=1, chunk=1, timestamp_ms=0
    )


@pytest.mark.parametrize(
    ("cls", "encoding", "law"),
    [
        (TwilioPassthroughSerializer, "ulaw", "ulaw"),
        (TelnyxPassthroughSerializer, "ulaw", "ulaw"),
        (TelnyxPassthroughSerializer, "alaw", "alaw"),
        (PlivoPassthroughSerializer, "ulaw", "ulaw"),
    ],
)
async def test_inbound_g711_bytes_ride_untouched_with_a_decoded_copy(
    cls: type[G711PassthroughSerializer], encoding: str, law: str
) -> None:
    s = cls("S1", line_encoding=encoding)  # type: ignore[arg-type]
    frame = await s.deserialize(_media(s.provider, ALL_CODES))
    assert isinstance(frame, G711InputAudioFrame)
    assert frame.g711 == ALL_CODES and frame.law == law
    assert frame.sample_rate == 8000 and frame.num_channels == 1
    assert frame.audio == g711.decode_to_bytes(ALL_CODES, law)  # type: ignore[arg-type]
    assert s.stats.media_in == 1 and s.stats.bytes_in == 256


async def test_exotel_mulaw_line_passes_through_untouched_both_ways() -> None:
    # an Exotel start declaring audio/x-mulaw: the caller's bytes are the model's, 1 byte a sample
    start = dialect_for("exotel").parse(
        provider_side_for("exotel").start_message(StreamStart("E1", encoding="ulaw"))
    )
    assert isinstance(start, StreamStart) and start.encoding == "ulaw"
    s = ExotelPassthroughSerializer.from_start(start, law="ulaw")
    frame = await s.deserialize(_media("exotel", ALL_CODES, "E1"))
    assert isinstance(frame, G711InputAudioFrame)
    assert frame.g711 == ALL_CODES and frame.law == "ulaw"
    assert len(frame.audio) == 2 * len(ALL_CODES)  # 256 samples for the VAD, not 128
    model = bytes(range(0, 256, 2)) + b"\x7f" * 32  # μ-law -0 survives: no PCM round trip
    pcm = g711.decode_to_bytes(model, "ulaw")
    s.feed_model_audio(G711TTSAudioFrame(audio=pcm, sample_rate=8000, num_channels=1, g711=model))
    out = await s.serialize(OutputAudioRawFrame(audio=pcm, sample_rate=8000, num_channels=1))
    assert isinstance(out, str)
    assert base64.b64decode(json.loads(out)["media"]["payload"]) == model
    with pytest.raises(ValueError, match="same law"):
        ExotelPassthroughSerializer.from_start(start, law="alaw")


async def test_exotel_odd_lengths_are_refused_on_a_pcm16_line_only() -> None:
    side = provider_side_for("exotel")
    odd = side.inbound_media_message("E", b"\x01\x02\x03", sequence=1, chunk=1, timestamp_ms=0)
    pcm16 = ExotelPassthroughSerializer("E")
    assert await pcm16.deserialize(odd) is None
    assert pcm16.stats.skipped == {"odd pcm16": 1}
    frame = await ExotelPassthroughSerializer("E", line_encoding="ulaw").deserialize(odd)
    assert isinstance(frame, G711InputAudioFrame) and frame.g711 == b"\x01\x02\x03"


def _numbered(provider: str, payload: bytes, chunk: int) -> str:
    return provider_side_for(provider).inbound_media_message(
        "S1", payload, sequence=chunk + 1, chunk=chunk, timestamp_ms=20 * (chunk - 1)
    )


class _Clock:
    """A wall clock the test moves (seconds)."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


async def test_a_genuine_line_in_real_time_with_jitter_and_a_stall_loses_nothing() -> None:
    # 20 ms packets at real time, a little jitter, the first second delivered late and at
    # once, a 2 s network stall whose backlog then arrives in one burst: all passed on
    s, clock = TwilioPassthroughSerializer("S1"), _Clock()
    s.clock = clock
    rng = np.random.default_rng(7)
    sent = passed = 0
    for chunk in range(1, 3001):  # 60 s
        spoken = 100.0 + 0.02 * chunk  # when the packet's audio has all been spoken
        if chunk <= 50:
            arrives = 101.0  # the first second, late and at once
        elif 130.0 < spoken <= 132.0:
            arrives = 132.0  # a 2 s stall: its backlog at once
        else:
            arrives = spoken + rng.uniform(0, 0.03)
        clock.now = max(clock.now, arrives)
        frame = await s.deserialize(_numbered("twilio", bytes(160), chunk))
        sent += 1
        passed += isinstance(frame, G711InputAudioFrame)
    assert passed == sent and not s.stats.skipped


async def test_caller_audio_sent_faster_than_real_time_is_dropped_beyond_the_bound() -> None:
    # one socket pushing 200 s of audio in a burst (every second of it billed model input,
    # a review found all of it reached the model in 4 s): only max_audio_ahead_s of it
    # passes, the rest is counted and the first few logged; real time then flows again
    from loguru import logger

    s, clock = TwilioPassthroughSerializer("S1"), _Clock()
    s.clock = clock
    lines: list[str] = []
    sink = logger.add(lines.append, level="WARNING", format="{message}")
    try:
        frames = [await s.deserialize(_numbered("twilio", bytes(40_000), n)) for n in range(1, 41)]
        clock.now += 10.0  # 10 s later: 5 s more may pass
        later = [await s.deserialize(_numbered("twilio", bytes(160), n)) for n in range(41, 291)]
    finally:
        logger.remove(sink)
    assert sum(isinstance(f, G711InputAudioFrame) for f in frames) == 1  # 5 s: the bound
    assert s.stats.skipped["ahead of real time"] == 39
    assert sum(isinstance(f, G711InputAudioFrame) for f in later) == 250  # 5 s, in time
    assert len(lines) == 3 and "ahead of the wall clock" in lines[0] and "dropped" in lines[0]
    unbounded = TwilioPassthroughSerializer(
        "S1", params=TwilioPassthroughSerializer.InputParams(max_audio_ahead_s=None)
    )
    for n in range(1, 41):  # a benchmark replaying a recording at CPU speed
        assert await unbounded.deserialize(_numbered("twilio", bytes(40_000), n)) is not None
    with pytest.raises(ValueError, match="max_audio_ahead_s"):
        TwilioPassthroughSerializer(
            params=TwilioPassthroughSerializer.InputParams(max_audio_ahead_s=0)
        )


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_caller_media_out_of_order_reaches_the_pipeline_in_order(provider: str) -> None:
    s = serializer_for(provider)("S1")
    size = 320 if s.line_encoding == "pcm16" else 160  # 20 ms
    packets = {n: bytes([n]) * size for n in range(1, 9)}
    arrival = [2, 1, 3, 5, 4, 4, 6, 1, 8, 7]  # two swaps, two duplicates, then a swap
    frames = [await s.deserialize(_numbered(provider, packets[n], n)) for n in arrival]
    got = b"".join(f.audio for f in frames if isinstance(f, G711InputAudioFrame))
    line = b"".join(packets[n] for n in range(1, 9))
    assert got == (line if s.line_encoding == "pcm16" else g711.decode_to_bytes(line, s.law))
    assert [f is None for f in frames] == [
        True,
        False,
        False,
        True,
        False,
        True,
        False,
        True,
        True,
        False,
    ]
    assert s.stats.media_in == 8 and s.stats.bytes_in == 8 * size
    assert (s.stats.order.duplicates, s.stats.order.missing, s.stats.order.waited) == (2, 0, 3)


async def test_an_in_order_packet_is_its_own_frame_with_the_providers_text() -> None:
    s = TwilioPassthroughSerializer("S1")
    frames = [await s.deserialize(_numbered("twilio", ALL_CODES, n)) for n in (1, 2)]
    for frame in frames:  # no packet waits, none is merged: the base64 rides along
        assert isinstance(frame, G711InputAudioFrame) and frame.g711 == ALL_CODES
        assert frame.g711_base64() == base64.b64encode(ALL_CODES).decode()
        assert frame._base64 is not None


async def test_a_lost_packet_holds_the_next_ones_only_up_to_the_window() -> None:
    s = TelnyxPassthroughSerializer(
        "S1", params=TelnyxPassthroughSerializer.InputParams(reorder_ms=40.0)
    )
    frames = [await s.deserialize(_numbered("telnyx", bytes([n]) * 160, n)) for n in (1, 3, 4, 5)]
    assert [f is None for f in frames] == [False, True, True, False]  # 60 ms > 40: 2 given up
    assert isinstance(frames[3], G711InputAudioFrame)
    assert frames[3].g711 == b"\x03" * 160 + b"\x04" * 160 + b"\x05" * 160
    assert await s.deserialize(_numbered("telnyx", b"\x02" * 160, 2)) is None  # too late
    assert (s.stats.order.missing, s.stats.order.late) == (1, 1)


@pytest.mark.parametrize("law", ["ulaw", "alaw"])
async def test_exotel_pcm16_line_is_table_converted_both_ways(law: str) -> None:
    s = ExotelPassthroughSerializer("E1", law=law)  # type: ignore[arg-type]
    pcm = (np.sin(np.arange(160) / 3) * 9000).astype("<i2").tobytes()
    frame = await s.deserialize(_media("exotel", pcm, "E1"))
    assert isinstance(frame, G711InputAudioFrame)
    assert frame.audio == pcm and frame.g711 == g711.encode(pcm, law)  # type: ignore[arg-type]
    model = g711.encode(pcm, law)  # type: ignore[arg-type]
    out_pcm = g711.decode_to_bytes(model, law)  # type: ignore[arg-type]
    s.feed_model_audio(
        G711TTSAudioFrame(audio=out_pcm, sample_rate=8000, num_channels=1, g711=model, law=law)  # type: ignore[arg-type]
    )
    msg = json.loads(await s.serialize(OutputAudioRawFrame(out_pcm, 8000, 1)))  # type: ignore[arg-type]
    assert base64.b64decode(msg["media"]["payload"]) == out_pcm  # PCM16 on Exotel's socket
    assert s.aligner.buffered == 0  # nothing kept for a PCM line


async def test_outbound_carries_model_bytes_and_queues_a_mark() -> None:
    s = TwilioPassthroughSerializer("MZ1")
    model = ALL_CODES + b"\x7f" * 64
    pcm = g711.decode_to_bytes(model, "ulaw")
    s.feed_model_audio(
        G711TTSAudioFrame(audio=pcm, sample_rate=8000, num_channels=1, g711=model, law="ulaw")
    )
    first = json.loads(await s.serialize(OutputAudioRawFrame(pcm[:320], 8000, 1)))  # type: ignore[arg-type]
    assert first["event"] == "media" and first["streamSid"] == "MZ1"
    assert base64.b64decode(first["media"]["payload"]) == model[:160]
    marks = [json.loads(m) for m in s.take_pending_messages()]
    assert marks == [{"event": "mark", "streamSid": "MZ1", "mark": {"name": "pcrb:1:160"}}]
    assert s.take_pending_messages() == []
    rest = json.loads(await s.serialize(OutputAudioRawFrame(pcm[320:], 8000, 1)))  # type: ignore[arg-type]
    assert base64.b64decode(rest["media"]["payload"]) == model[160:]  # 0x7F survives


async def test_marks_no_transport_collects_stop_being_made() -> None:
    """pipecat's stock FastAPIWebsocketTransport sends only what serialize() returns: the
    marks queued for it piled up all call long (30 MB an hour of bot audio, a review found).
    After 64 uncollected marks the serializer stops making them and says so once."""
    from loguru import logger

    lines: list[str] = []
    sink = logger.add(lines.append, level="WARNING", format="{message}")
    try:
        s = TwilioPassthroughSerializer("MZ1")
        for _ in range(500):
            await s.serialize(OutputAudioRawFrame(bytes(320), 8000, 1))
    finally:
        logger.remove(sink)
    assert s.take_pending_messages() == [] and not s.confirms_playout
    assert len(lines) == 1 and "never collected" in lines[0]
    drained = TwilioPassthroughSerializer("MZ1")  # the pack's transport takes them each write
    for _ in range(500):
        await drained.serialize(OutputAudioRawFrame(bytes(320), 8000, 1))
        assert len(drained.take_pending_messages()) == 1
    assert drained.confirms_playout


async def test_mark_echo_becomes_a_playout_confirmation() -> None:
    s = TwilioPassthroughSerializer("MZ1")
    pcm = bytes(640)
    await s.serialize(OutputAudioRawFrame(pcm, 8000, 1))
    (mark,) = s.take_pending_messages()
    name = json.loads(mark)["mark"]["name"]
    echo = provider_side_for("twilio").mark_echo_message("MZ1", name)
    frame = await s.deserialize(echo)
    assert isinstance(frame, PlayoutConfirmedFrame)
    assert frame.played_ms == 40.0 and frame.source == "twilio mark"


async def test_interruption_clears_and_writes_off_pending_marks() -> None:
    s = TwilioPassthroughSerializer("MZ1")
    await s.serialize(OutputAudioRawFrame(bytes(320), 8000, 1))
    played = json.loads(s.take_pending_messages()[0])["mark"]["name"]
    await s.serialize(OutputAudioRawFrame(bytes(320), 8000, 1))
    cut = json.loads(s.take_pending_messages()[0])["mark"]["name"]
    await s.serialize(OutputAudioRawFrame(bytes(320), 8000, 1))  # its mark not sent yet
    clear = await s.serialize(InterruptionFrame())
    assert json.loads(clear) == {"event": "clear", "streamSid": "MZ1"}  # type: ignore[arg-type]
    assert s.take_pending_messages() == []  # a mark after the clear would lie
    side = provider_side_for("twilio")
    assert await s.deserialize(side.mark_echo_message("MZ1", cut)) is None
    confirmed = await s.deserialize(side.mark_echo_message("MZ1", played))
    assert confirmed is None  # also pending at the clear: written off (conservative)
    assert s.ledger.marks_discarded == 2 and s.stats.clears == 1


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_dtmf_stop_and_start(provider: str) -> None:
    s = serializer_for(provider)("")
    side = provider_side_for(provider)
    enc = s.line_encoding
    start = StreamStart("S9", call_id="C9", encoding=enc, custom_parameters={"k": "v"})
    assert await s.deserialize(side.start_message(start)) is None
    assert s.stream_id == "S9" and s.call_id == "C9" and s.start is not None
    dtmf = await s.deserialize(side.dtmf_message("S9", "5"))
    assert isinstance(dtmf, InputDTMFFrame) and dtmf.button == KeypadEntry.FIVE
    assert await s.deserialize(side.dtmf_message("S9", "A")) is None  # not a keypad entry
    stop = await s.deserialize(side.stop_message(start))
    assert isinstance(stop, CancelWorkerFrame)  # the stream is over: nothing queued can go out


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ("{not json", "malformed json"),
        ('{"event": "media", "media": {"payload": "%%%"}}', "bad base64"),
        ('{"event": "media"' + " " * 70000 + "}", "oversize"),
    ],
)
async def test_bad_messages_are_skipped_and_counted(data: str, reason: str) -> None:
    s = TwilioPassthroughSerializer("MZ1")
    assert await s.deserialize(data) is None
    assert s.stats.skipped[reason] == 1
    good = await s.deserialize(_media("twilio", b"\xff" * 160, "MZ1"))
    assert isinstance(good, G711InputAudioFrame)  # the next message still works


async def test_unknown_events_and_foreign_marks_are_ignored() -> None:
    s = TwilioPassthroughSerializer("MZ1")
    assert await s.deserialize('{"event": "somethingNew", "x": 1}') is None
    assert (
        await s.deserialize(provider_side_for("twilio").mark_echo_message("MZ1", "app-mark"))
        is None
    )
    assert s.stats.ignored["somethingNew"] == 1 and s.stats.ignored["foreign mark"] == 1
    assert not s.stats.skipped


async def test_what_odd_event_names_make_a_call_keep_is_bounded() -> None:
    # every distinct unknown event name, up to max_message_bytes each, was kept for the whole
    # call: 4000 names of 50 kB from one socket held 200 MB
    s = TwilioPassthroughSerializer("MZ1")
    for i in range(32 + 100):  # serializer.IGNORED_NAMES (32) names are kept, of 40 characters
        assert await s.deserialize(json.dumps({"event": f"{i:08d}" + "x" * 5000})) is None
    assert await s.deserialize(json.dumps({"event": "00000000" + "x" * 5000})) is None
    ignored = s.stats.ignored
    assert len(ignored) == 32
    assert max(map(len, ignored)) == 40
    assert ignored["00000000" + "x" * 32] == 2  # a name seen again
    assert s.stats.ignored_other == 100
    assert not s.stats.skipped


async def test_a_start_with_another_line_format_is_refused() -> None:
    s = TelnyxPassthroughSerializer("T1", line_encoding="ulaw")
    start = StreamStart("T1", encoding="alaw")
    assert await s.deserialize(provider_side_for("telnyx").start_message(start)) is None
    assert s.line_encoding == "ulaw" and s.stats.skipped["format change"] == 1


async def test_wrong_rate_output_is_refused_not_resampled() -> None:
    s = TwilioPassthroughSerializer("MZ1")
    assert await s.serialize(OutputAudioRawFrame(bytes(960), 24000, 1)) is None
    assert await s.serialize(TTSAudioRawFrame(bytes(640), 16000, 1)) is None
    assert s.stats.skipped["outbound format"] == 2 and s.stats.media_out == 0


async def test_messages_pass_through_and_rtvi_is_dropped() -> None:
    s = TwilioPassthroughSerializer("MZ1")
    text = await s.serialize(ProviderMessageFrame(message={}, text='{"event":"x"}'))
    assert text == '{"event":"x"}'
    msg = await s.serialize(OutputTransportMessageUrgentFrame(message={"event": "custom"}))
    assert json.loads(msg) == {"event": "custom"}  # type: ignore[arg-type]
    rtvi = OutputTransportMessageUrgentFrame(message={"label": "rtvi-ai", "type": "x"})
    assert await s.serialize(rtvi) is None


async def test_hang_up_hook_runs_once_and_its_failure_is_contained() -> None:
    calls: list[int] = []

    async def hang_up() -> None:
        calls.append(1)
        raise RuntimeError("provider API down")

    s = TwilioPassthroughSerializer("MZ1", hang_up=hang_up)
    assert await s.serialize(EndFrame()) is None
    assert await s.serialize(CancelFrame()) is None
    assert calls == [1]


def test_pipecats_serializer_params_are_refused_in_one_line() -> None:
    # a bot moving from TwilioFrameSerializer(..., params=TwilioFrameSerializer.InputParams())
    # got an AttributeError from inside the constructor ('InputParams' has no 'reorder_ms')
    from pipecat.serializers.twilio import TwilioFrameSerializer

    with pytest.raises(TypeError) as err:
        TwilioPassthroughSerializer("MZ1", params=TwilioFrameSerializer.InputParams())
    message = str(err.value)
    assert message.startswith(
        "params= takes TwilioPassthroughSerializer.InputParams(...), "
        "not a TwilioFrameSerializer.InputParams: "
    )
    assert "hang_up=" in message and "\n" not in message
    with pytest.raises(TypeError, match=r"not a dict$"):
        TelnyxPassthroughSerializer.from_start(StreamStart("T"), params={"marks": False})  # type: ignore[arg-type]
    own = G711PassthroughSerializer.InputParams(marks=False)
    assert not TwilioPassthroughSerializer("MZ1", params=own).confirms_playout


def test_law_must_match_a_g711_line() -> None:
    with pytest.raises(ValueError, match="same law"):
        TwilioPassthroughSerializer("T", line_encoding="ulaw", law="alaw")
    with pytest.raises(ValueError, match="same law"):
        PlivoPassthroughSerializer("T", law="alaw")
    with pytest.raises(ValueError, match="carry"):
        TwilioPassthroughSerializer("T", line_encoding="alaw")
    with pytest.raises(ValueError, match="unknown provider"):
        serializer_for("vonage")
    s = TelnyxPassthroughSerializer.from_start(StreamStart("T", call_id="c", encoding="alaw"))
    assert s.law == "alaw" and s.stream_id == "T" and s.call_id == "c"
    assert "T" in repr(s)


def test_no_resampler_is_constructed(monkeypatch: pytest.MonkeyPatch) -> None:
    import pipecat.audio.resamplers.soxr_stream_resampler as soxr_stream

    made: list[object] = []
    original = soxr_stream.SOXRStreamAudioResampler.__init__

    def spy(self: object, *args: object, **kwargs: object) -> None:
        made.append(self)
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(soxr_stream.SOXRStreamAudioResampler, "__init__", spy)
    for provider in PROVIDERS:
        serializer_for(provider)("S")
    assert made == []
    from pipecat.serializers.twilio import TwilioFrameSerializer

    TwilioFrameSerializer("S", params=TwilioFrameSerializer.InputParams(auto_hang_up=False))
    assert len(made) == 2  # the spy works: pipecat's own serializer builds two


async def test_marks_can_be_turned_off() -> None:
    s = TwilioPassthroughSerializer(
        "MZ1", params=TwilioPassthroughSerializer.InputParams(marks=False)
    )
    await s.serialize(OutputAudioRawFrame(bytes(640), 8000, 1))
    assert s.take_pending_messages() == [] and s.ledger.pending == []
    assert s.ledger.sent_ms == 40.0


async def test_setup_warns_about_a_pipeline_rate_the_vad_would_misread() -> None:
    from loguru import logger
    from pipecat.processors.frame_processor import FrameProcessorSetup

    logs: list[str] = []
    sink = logger.add(lambda m: logs.append(str(m)), level="WARNING")
    try:
        s = TwilioPassthroughSerializer("MZ1")
        for rate in (8000, 16000):
            await s.setup(
                FrameProcessorSetup(
                    clock=None,  # type: ignore[arg-type]
                    task_manager=None,  # type: ignore[arg-type]
                    pipeline_worker=None,  # type: ignore[arg-type]
                    audio_in_sample_rate=rate,
                    audio_out_sample_rate=8000,
                )
            )
    finally:
        logger.remove(sink)
    assert len(logs) == 1 and "audio_in_sample_rate=16000" in logs[0]


# -- outbound messages are memoized per stream: byte-identical to the dialect's --------------


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("stream", ["S1", 'we"ird\\ id é/ह', ""])
async def test_outbound_messages_are_the_dialects_byte_for_byte(provider: str, stream: str) -> None:
    d = dialect_for(provider)
    s = serializer_for(provider)(
        stream, params=G711PassthroughSerializer.InputParams(mark_prefix='p"x\\')
    )
    rng = np.random.default_rng(7)
    for n in (0, 1, 2, 159, 160, 320, 777):
        pcm = g711.decode_to_bytes(bytes(rng.integers(0, 256, n, dtype=np.uint8)), "ulaw")
        msg = await s.serialize(OutputAudioRawFrame(pcm, 8000, 1))
        if not pcm:
            assert msg is None
            continue
        line = pcm if s.line_encoding == "pcm16" else g711.ulaw_encode(pcm)
        assert msg == d.media_message(stream, line)
        (mark,) = s.take_pending_messages()
        assert mark == d.mark_message(stream, s.ledger.pending[-1])


async def test_outbound_messages_follow_the_stream_id_of_the_start_message() -> None:
    s = TwilioPassthroughSerializer()  # stream id comes with the start
    d = dialect_for("twilio")
    start = provider_side_for("twilio").start_message(StreamStart(stream_id="MZnew"))
    assert await s.deserialize(start) is None
    msg = await s.serialize(OutputAudioRawFrame(bytes(320), 8000, 1))
    assert msg == d.media_message("MZnew", g711.ulaw_encode(bytes(320)))
    assert json.loads(s.take_pending_messages()[0])["streamSid"] == "MZnew"


async def test_a_dialect_whose_messages_do_not_split_is_called_every_time() -> None:
    from pipecat_rt_best.g711_passthrough.dialects import TwilioDialect

    class Counting(TwilioDialect):  # a payload length field: not head + payload + tail
        def media_message(self, stream_id: str, payload: bytes) -> str:
            return json.dumps(
                {"event": "media", "n": len(payload), "payload": base64.b64encode(payload).decode()}
            )

        def mark_message(self, stream_id: str, name: str) -> str:
            return json.dumps({"event": "mark", "name": name, "again": name})

    class Custom(TwilioPassthroughSerializer):
        dialect_cls = Counting

    s = Custom("S1")
    for n in (160, 320):
        pcm = bytes(2 * n)
        msg = await s.serialize(OutputAudioRawFrame(pcm, 8000, 1))
        assert msg == Counting().media_message("S1", g711.ulaw_encode(pcm))
        (mark,) = s.take_pending_messages()
        name = json.loads(mark)["name"]
        assert mark == Counting().mark_message("S1", name)


# -- malformed messages never end the call ------------------------------------------


def _start_with_rate(provider: str, rate: str) -> str:
    """A start whose sample rate is the JSON literal ``rate`` (e.g. ``1e999`` → inf)."""
    side = provider_side_for(provider)
    text = side.start_message(StreamStart("S1", encoding=side.supported_encodings[0]))
    for old in ('"sampleRate":8000', '"sample_rate":8000', '"sample_rate":"8000"'):
        text = text.replace(old, old.split(":")[0] + ":" + rate)
    assert rate in text
    return text


def _hostile_messages(provider: str) -> dict[str, str]:
    return {
        # ~40 KB: under the 64 KB limit, deeper than json.loads can recurse
        "deep nesting": '{"event":"media","media":' + "[" * 20000 + "]" * 20000 + "}",
        # an int json.loads refuses to convert (> 4300 digits): ValueError
        "huge int": '{"event":"media","sequenceNumber":' + "1" * 5000 + "}",
        # 1e999 parses as float inf: int(inf) is an OverflowError
        "inf sample rate": _start_with_rate(provider, "1e999"),
    }


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_hostile_messages_are_skipped_and_the_call_goes_on(provider: str) -> None:
    s = serializer_for(provider)("S1")
    for name, data in _hostile_messages(provider).items():
        assert len(data) < s._params.max_message_bytes, name
        try:
            result = await s.deserialize(data)
        except BaseException as exc:  # pragma: no cover - the regression
            pytest.fail(f"{provider} {name}: {type(exc).__name__} escaped deserialize")
        assert result is None, name
    assert s.stats.skipped["malformed json"] == 2  # deep nesting, huge int
    assert s.stats.skipped["bad start"] == 1  # inf sample rate
    assert s.start is None  # no hostile start was taken
    payload = bytes(range(0, 256, 2)) if provider == "exotel" else b"\xff" * 160
    good = await s.deserialize(_media(provider, payload))
    assert isinstance(good, G711InputAudioFrame)  # the next message still works


async def test_an_unexpected_error_in_parsing_is_logged_and_skipped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    s = TwilioPassthroughSerializer("MZ1")

    def broken(data: str | bytes, max_bytes: int = 0) -> object:
        raise RuntimeError("a bug nobody foresaw")

    monkeypatch.setattr(s.dialect, "parse", broken)
    assert await s.deserialize('{"event":"media"}') is None
    assert s.stats.skipped["internal"] == 1
    monkeypatch.undo()
    assert isinstance(
        await s.deserialize(_media("twilio", b"\xff" * 160, "MZ1")), G711InputAudioFrame
    )


# -- Telnyx: inbound law vs the declared bidirectional codec ---------------------------


@pytest.mark.parametrize(("line", "law"), [("alaw", "ulaw"), ("ulaw", "alaw")])
async def test_telnyx_caller_audio_is_converted_to_the_declared_law(line: str, law: str) -> None:
    s = TelnyxPassthroughSerializer("T1", line_encoding=line, law=law)  # type: ignore[arg-type]
    assert s.law == law and s.transcodes_inbound
    frame = await s.deserialize(_media("telnyx", ALL_CODES, "T1"))
    assert isinstance(frame, G711InputAudioFrame) and frame.law == law
    expected = g711.encode(g711.decode(ALL_CODES, line), law)  # type: ignore[arg-type]
    assert frame.g711 == expected
    assert frame.audio == g711.decode_to_bytes(expected, law)  # type: ignore[arg-type]
    # Outbound stays in the declared law: the model's bytes go out untouched.
    model = bytes(range(256))
    pcm = g711.decode_to_bytes(model, law)  # type: ignore[arg-type]
    s.feed_model_audio(
        G711TTSAudioFrame(audio=pcm, sample_rate=8000, num_channels=1, g711=model, law=law)  # type: ignore[arg-type]
    )
    msg = json.loads(await s.serialize(OutputAudioRawFrame(pcm, 8000, 1)))  # type: ignore[arg-type]
    assert base64.b64decode(msg["media"]["payload"]) == model
    same = TelnyxPassthroughSerializer("T1", line_encoding=line, law=line)  # type: ignore[arg-type]
    assert not same.transcodes_inbound


FORGED = "bye)\n2026-12-04 00:00:00.000 | ERROR    | forged line \x1b[2J\x1b[31m"


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_a_peers_stop_reason_and_event_name_cannot_forge_log_lines(provider: str) -> None:
    # both reached the log as sent: a newline forged a line of its own, a terminal escape
    # cleared the operator's screen
    from loguru import logger

    messages: list[str] = []
    sink = logger.add(lambda m: messages.append(m.record["message"]), level="DEBUG")
    try:
        s = serializer_for(provider)("S1")
        await s.deserialize(json.dumps({"event": FORGED}))
        await s.deserialize(json.dumps({"event": "stop", "stop": {"reason": FORGED + "x" * 500}}))
    finally:
        logger.remove(sink)
    assert any("ignoring" in m for m in messages) and any("stopped" in m for m in messages)
    for m in messages:
        assert m.isprintable() and len(m) < 300, m  # no newline, no escape, cut short
    assert any("'bye)\\n2026" in m for m in messages)  # shown escaped, not dropped


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_a_bad_dtmf_digit_is_logged_cut_short(provider: str) -> None:
    # escaped but not cut: a 60,000-character digit was a 60 kB WARNING line, 3 per call
    from loguru import logger

    messages: list[str] = []
    sink = logger.add(lambda m: messages.append(m.record["message"]), level="WARNING")
    try:
        s = serializer_for(provider)("S1")
        side = provider_side_for(provider)
        assert await s.deserialize(side.dtmf_message("S1", FORGED + "9" * 60_000)) is None
    finally:
        logger.remove(sink)
    (m,) = messages
    assert "bad dtmf: digit 'bye)\\n2026" in m  # shown escaped, not dropped
    assert m.isprintable() and len(m) < 300, m


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_a_plain_stop_reason_is_logged_as_sent(provider: str) -> None:
    from loguru import logger

    messages: list[str] = []
    sink = logger.add(lambda m: messages.append(m.record["message"]), level="INFO")
    try:
        s = serializer_for(provider)("S1")
        await s.deserialize(json.dumps({"event": "stop", "stop": {"reason": "callended"}}))
    finally:
        logger.remove(sink)
    assert any(m.endswith("stream stopped (callended)") for m in messages), messages
