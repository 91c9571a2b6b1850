"""End to end, over real sockets: provider simulator → telephony server → pipeline
(VAD, the pack's realtime service in G.711 mode) → realtime emulator, and back.

The caller's line bytes must reach the model unchanged, the model's bytes must reach
the caller unchanged, marks must come back only for audio that played, and nothing
on the way may resample.
"""

from __future__ import annotations

import asyncio
from typing import Any

import numpy as np
import pytest
from pipecat.frames.frames import EndFrame, InputDTMFFrame

from pipecat_rt_best.base import g711
from pipecat_rt_best.base.frames import PlayoutConfirmedFrame
from pipecat_rt_best.g711_passthrough.server import TelephonyServerConfig
from pipecat_rt_best.testing.media_stream_simulator import MediaStreamSimulator, line_audio
from pipecat_rt_best.testing.simulated_call.caller_audio import synth_call
from pipecat_rt_best.testing.telephony_call import line_out
from tests.g711_passthrough.harness import (
    CHUNK_BYTES,
    CallResult,
    ResampleSpy,
    appended_without_replays,
    replies_played,
    run_call,
)


def _padded(items: list[bytes], silence: bytes) -> bytes:
    """What pipecat's output transport writes: each response padded to whole chunks."""
    return line_out(items, silence, CHUNK_BYTES)


def _with_negative_zeros(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the emulated model's μ-law use code 0x7F (-0) for half of its silent samples.

    0x7F and 0xFF both decode to PCM 0, and no encoder ever produces 0x7F, so a path
    that decodes and re-encodes would hand the caller 0xFF there: the byte comparison
    below can only pass if the model's bytes really went through untouched.
    """
    import pipecat_rt_best.testing.realtime_emulator.audio as emulator_audio

    original = emulator_audio.synthesize

    def synthesize(text: str, fmt: str, ms_per_char: int = emulator_audio.MS_PER_CHAR) -> bytes:
        data = bytearray(original(text, fmt, ms_per_char))
        if fmt == "audio/pcmu":
            zeros = [i for i, b in enumerate(data) if b == 0xFF]
            for i in zeros[::2]:
                data[i] = 0x7F
        return bytes(data)

    monkeypatch.setattr(emulator_audio, "synthesize", synthesize)


async def test_twilio_call_is_byte_exact_both_ways_with_no_resampling(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = ResampleSpy(monkeypatch)
    _with_negative_zeros(monkeypatch)
    # the caller speaks once the greeting (1.3 s) has played, timed from its first audio: with
    # 2.0 s, then 3.5 s of lead-in from the call's start, loaded machines delayed the greeting
    # into the caller's words (a pipeline 2.1 s to start, the greeting 4 s in), a barge-in cut
    # it, and the byte comparison below, which needs both replies whole, failed on a correct call
    samples, utterances = synth_call([1.0], gaps_s=[1.5], lead_in_s=2.5, tail_s=0.5)
    caller = line_audio(samples, "ulaw")
    result = await run_call(
        "twilio",
        caller=caller,
        replies=["Hello, this is Asha.", "Sure, one moment."],
        hang_up_when=replies_played(2),
        max_duration_s=14,
        sim_kwargs={"caller_audio_from": "bot_audio"},
    )
    rec, session = result.record, result.session

    # Caller → model: every byte the provider sent, in order, untouched.
    stream, replays = appended_without_replays(session)
    sent = bytes(rec.sent_media)
    assert rec.caller_audio_started_at is not None
    spoken_to_s = rec.caller_audio_started_at + utterances[0].end_s
    assert len(stream) >= int(spoken_to_s * 8000)  # at least through the utterance
    assert stream == sent[: len(stream)]
    for replay in replays:  # pipecat's pre-roll replay after a clear: caller bytes too
        assert replay in sent
    assert len(session.commits) == 1 and len(session.responses) == 2

    # Model → caller: exactly the model's bytes, then pipecat's silence padding.
    items = result.model_items
    assert len(items) == 2 and all(items)
    assert all(item.count(0x7F) > 0 for item in items)  # see _with_negative_zeros
    expected = _padded(items, b"\xff")
    assert bytes(rec.received_media) == expected
    assert rec.played == expected  # the far end played all of it
    aligner = result.call.serializer.aligner
    assert aligner.original_bytes == sum(map(len, items)) and aligner.resyncs == 0

    # Playout confirmations: one mark per chunk, each echoed after its audio played,
    # each reported to the pipeline on the output timeline.
    ledger = result.call.serializer.ledger
    assert ledger.marks_sent == len(expected) // CHUNK_BYTES == len(rec.marks_received)
    assert [e.name for e in rec.marks_echoed] == rec.marks_received
    assert not any(e.cleared for e in rec.marks_echoed)
    # (after the transport's stream-start confirmation: nothing is heard before an echo)
    confirmed = result.log.of(PlayoutConfirmedFrame)
    assert [(f.played_ms, f.source) for f in confirmed[:1]] == [(0.0, "stream start")]
    assert [f.played_ms for f in confirmed[1:]] == [
        (i + 1) * CHUNK_BYTES / 8 for i in range(ledger.marks_sent)
    ]

    # The VAD heard the decoded 8 kHz copy of exactly those bytes.
    assert result.vad is not None and result.vad.rates == {8000}
    heard = bytes(result.vad.audio)
    assert heard == g711.decode_to_bytes(sent[: len(heard) // 2], "ulaw")
    assert len(heard) // 2 >= len(stream) - 160

    # Nothing was resampled anywhere (equal-rate calls are returned untouched by pipecat).
    assert spy.resampling == []
    assert all(r == (r[0], 8000, 8000) for r in spy.calls)
    (llm,) = [p for p in result.processors if type(p).__name__ == "RealtimeLLMService"]
    assert id(llm._resampler) not in spy.instances  # the service never touched its resampler


async def _telnyx_alaw_caller(config: TelephonyServerConfig | None = None) -> CallResult:
    """A Telnyx caller whose leg is A-law, one reply; ``config`` as the TeXML answer set it."""
    caller = line_audio((np.sin(np.arange(8000) / 4) * 3000).astype(np.int16), "alaw")
    return await run_call(
        "telnyx",
        caller=caller,
        encoding="alaw",
        replies=["Namaste."],
        with_vad=False,
        hang_up_when=replies_played(1),
        max_duration_s=6,
        config=config,
    )


async def test_telnyx_alaw_call_is_byte_exact() -> None:
    # the answer's bidirectionalCodec is PCMA too
    result = await _telnyx_alaw_caller(TelephonyServerConfig(telnyx_codec="PCMA"))
    assert result.session.config["audio"]["input"]["format"]["type"] == "audio/pcma"
    stream, _ = appended_without_replays(result.session)
    assert len(stream) > 0 and stream == bytes(result.record.sent_media)[: len(stream)]
    (item,) = result.model_items
    assert bytes(result.record.received_media) == _padded([item], b"\xd5")
    assert result.call.serializer.ledger.marks_confirmed == len(result.record.marks_received) > 0


async def test_telnyx_alaw_caller_on_a_pcmu_stream_gets_one_law_both_ways() -> None:
    """The TeXML answer opened the stream with bidirectionalCodec=PCMU (the default), but
    the caller's leg is PCMA: the model must speak PCMU (what Telnyx expects back), so it
    hears PCMU too — the caller's A-law converted by table, never A-law sent as μ-law."""
    result = await _telnyx_alaw_caller()
    assert result.call.call.law == "ulaw" and result.call.serializer.transcodes_inbound
    fmt = result.session.config["audio"]
    assert fmt["input"]["format"]["type"] == fmt["output"]["format"]["type"] == "audio/pcmu"
    stream, _ = appended_without_replays(result.session)
    sent = bytes(result.record.sent_media)
    converted = g711.encode(g711.decode(sent, "alaw"), "ulaw")
    assert len(stream) > 0 and stream == converted[: len(stream)]
    (item,) = result.model_items
    assert bytes(result.record.received_media) == _padded([item], b"\xff")  # μ-law out


async def test_plivo_call_uses_play_audio_and_checkpoints() -> None:
    caller = line_audio(np.zeros(4000, dtype=np.int16), "ulaw")
    result = await run_call(
        "plivo",
        caller=caller,
        replies=["Hello from Plivo."],
        with_vad=False,
        hang_up_when=replies_played(1),
        max_duration_s=6,
    )
    (item,) = result.model_items
    assert bytes(result.record.received_media) == _padded([item], b"\xff")
    ledger = result.call.serializer.ledger
    assert ledger.marks_sent > 0 and ledger.marks_confirmed == ledger.marks_sent
    assert len(result.log.of(PlayoutConfirmedFrame)) == ledger.marks_sent + 1  # + stream start


async def test_exotel_pcm16_line_gets_the_model_audio_decoded_once() -> None:
    pcm = (np.sin(np.arange(8000) / 5) * 4000).astype("<i2").tobytes()
    result = await run_call(
        "exotel",
        caller=pcm,
        replies=["Hello from Exotel."],
        with_vad=False,
        hang_up_when=replies_played(1),
        max_duration_s=6,
    )
    stream, _ = appended_without_replays(result.session)
    sent = bytes(result.record.sent_media)
    assert stream == g711.ulaw_encode(sent[: 2 * len(stream)])  # the model got G.711
    (item,) = result.model_items
    received = bytes(result.record.received_media)
    assert g711.ulaw_encode(received)[: len(item)] == item  # model bytes, decoded to PCM16
    assert received[: 2 * len(item)] == g711.decode_to_bytes(item, "ulaw")


async def test_exotel_mulaw_line_passes_the_bytes_through_untouched() -> None:
    # an Exotel applet set to MediaFormat audio/x-mulaw;rate=8000
    pcm = (np.sin(np.arange(8000) / 5) * 4000).astype("<i2")
    result = await run_call(
        "exotel",
        caller=line_audio(pcm, "ulaw"),
        encoding="ulaw",
        replies=["Hello from Exotel."],
        with_vad=False,
        hang_up_when=replies_played(1),
        max_duration_s=6,
    )
    assert result.call.call.law == "ulaw"
    stream, _ = appended_without_replays(result.session)
    sent = bytes(result.record.sent_media)
    assert stream and stream == sent[: len(stream)]  # the caller's bytes, as they came
    (item,) = result.model_items
    assert bytes(result.record.received_media) == _padded([item], b"\xff")


class _SwappingSimulator(MediaStreamSimulator):
    """A provider whose caller media arrives in swapped pairs (chunk n+1 before chunk n),
    each message carrying its own number, as Telnyx documents it may."""

    _held: str | bytes | None = None

    async def _send(self, text: str | bytes) -> None:
        if isinstance(text, str) and '"event":"media"' in text:
            if self._held is None:
                self._held = text
                return
            held, self._held = self._held, None
            await super()._send(text)
            await super()._send(held)
            return
        await super()._send(text)


@pytest.mark.parametrize("provider", ["telnyx", "exotel"])
async def test_caller_media_arriving_out_of_order_reaches_the_model_in_order(
    provider: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tests.g711_passthrough.harness as harness

    monkeypatch.setattr(harness, "MediaStreamSimulator", _SwappingSimulator)
    encoding = "pcm16" if provider == "exotel" else "ulaw"
    samples, _ = synth_call([1.0], gaps_s=[0.0], lead_in_s=0.5, tail_s=0.3)
    result = await run_call(
        provider,  # type: ignore[arg-type]
        caller=line_audio(samples, encoding),  # type: ignore[arg-type]
        replies=["Hello."],
        with_vad=False,
        max_duration_s=3,
    )
    stream, _ = appended_without_replays(result.session)
    sent = bytes(result.record.sent_media)
    if encoding == "pcm16":
        sent = g711.ulaw_encode(sent)
    assert len(stream) > 8000  # over a second of the caller
    assert stream == sent[: len(stream)]  # in the caller's order, nothing lost
    assert result.call.serializer.stats.order.missing == 0


async def test_barge_in_clears_the_far_end_and_only_played_audio_is_confirmed() -> None:
    long_reply = "This is a long answer that keeps going for quite a while so you can interrupt it."
    samples, _ = synth_call([1.2], gaps_s=[1.5], lead_in_s=1.6, tail_s=0.2)
    result = await run_call(
        "twilio",
        caller=line_audio(samples, "ulaw"),
        replies=[long_reply, "Yes?"],
        hang_up_when=replies_played(2),
        max_duration_s=14,
        # 1.6 s into the greeting, however long the start-up took (a CI run's took 1.5 s:
        # the caller spoke before the greeting, which then played out whole)
        sim_kwargs={"caller_audio_from": "bot_audio"},
    )
    rec = result.record
    assert rec.clears, "the caller's barge-in must clear the provider's buffer"
    jb = rec.jitter
    assert jb is not None and len(jb.discarded) > 0  # queued bot audio was dropped
    cleared_echoes = [e for e in rec.marks_echoed if e.cleared]
    assert cleared_echoes, f"no mark was pending at the clear: {rec!r}, {jb!r}"
    ledger = result.call.serializer.ledger
    assert ledger.marks_discarded >= len(cleared_echoes)
    # No confirmation may claim more than the far end really played before the clear.
    first_clear = rec.clears[0]
    played_before_clear_ms = sum(f.nbytes for f in jb.frames if f.start < first_clear) / 8
    confirmed = [f.played_ms for f in result.log.of(PlayoutConfirmedFrame)]
    first_reply_confirmed = [ms for ms in confirmed if ms <= played_before_clear_ms + 1e-6]
    assert first_reply_confirmed and max(first_reply_confirmed) <= played_before_clear_ms
    # The model was told where the caller stopped hearing it, within what was played.
    truncations = result.session.truncations
    assert truncations and truncations[0]["accepted"]
    assert truncations[0]["audio_end_ms"] <= played_before_clear_ms


async def test_bad_provider_messages_and_dtmf_do_not_break_the_call() -> None:
    caller = line_audio(np.zeros(8000, dtype=np.int16), "ulaw")
    garbage = [
        (0.2, "{not json"),
        (0.25, '{"event": "media", "media": {"payload": "!!!not-base64"}}'),
        (0.3, '{"event": "brandNewEvent", "x": 1}'),
        (0.35, '{"event": "media", "media": {"payload": "' + "A" * 90000 + '"}}'),
        (0.4, b"\x00\x01binary"),
    ]
    result = await run_call(
        "twilio",
        caller=caller,
        replies=["Hello, thank you for calling, how can I help you today?"],
        with_vad=False,
        hang_up_when=replies_played(1),
        max_duration_s=8,
        sim_kwargs={"dtmf": [(0.5, "7"), (0.6, "#")], "inject": garbage},
        # the keys' way to the model (a key stops the greeting) is tests/call_pipeline/test_keypad
        keypad=None,
    )
    stats = result.call.serializer.stats
    assert stats.skipped["malformed json"] == 2
    assert stats.skipped["bad base64"] == 1 and stats.skipped["oversize"] == 1
    assert stats.ignored["brandNewEvent"] == 1
    digits = [f.button.value for f in result.log.of(InputDTMFFrame)]
    assert digits == ["7", "#"]
    stream, _ = appended_without_replays(result.session)
    sent = bytes(result.record.sent_media)
    assert len(stream) > 8000 * 0.5 and stream == sent[: len(stream)]  # audio kept flowing
    (item,) = result.model_items
    assert bytes(result.record.received_media).startswith(item)


async def test_the_bot_hanging_up_closes_the_media_socket() -> None:
    """With ``<Connect><Stream>`` and nothing after it, the provider ends the call when the
    media socket closes: the pipeline ending must close it."""
    tasks: list[asyncio.Task[None]] = []

    def end_soon(worker: Any) -> None:
        async def end() -> None:
            await asyncio.sleep(1.0)
            await worker.queue_frame(EndFrame())

        tasks.append(asyncio.create_task(end()))

    result = await run_call(
        "twilio",
        caller=line_audio(np.zeros(8000 * 10, dtype=np.int16), "ulaw"),
        replies=["Goodbye."],
        with_vad=False,
        max_duration_s=10,
        on_worker=end_soon,
    )
    assert result.record.closed_by == "server"
    assert len(result.record.sent_media) < 8000 * 5  # well before the simulator's 10 s
    assert tasks and tasks[0].done()
