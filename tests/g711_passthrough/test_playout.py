"""MarkLedger (playout confirmations) and OutboundAligner (exact model bytes out)."""

from __future__ import annotations

import numpy as np
import pytest

from pipecat_rt_best.base import g711
from pipecat_rt_best.g711_passthrough.playout import EchoKind, MarkLedger, OutboundAligner

# -- MarkLedger -------------------------------------------------------------------------


def test_marks_are_named_after_the_output_timeline_and_confirm_it() -> None:
    ledger = MarkLedger()
    a = ledger.on_audio_sent(320)  # 40 ms
    b = ledger.on_audio_sent(320)
    assert a == "pcrb:1:320" and b == "pcrb:2:640"
    first = ledger.on_echo(a)
    assert first.kind is EchoKind.PLAYED and first.played_ms == 40.0
    second = ledger.on_echo(b)
    assert second.played_ms == 80.0 and ledger.confirmed_ms == 80.0
    assert ledger.marks_confirmed == 2 and ledger.pending == []


def test_echoes_of_marks_pending_at_clear_are_not_confirmations() -> None:
    ledger = MarkLedger()
    played = ledger.on_audio_sent(160)
    cut = [ledger.on_audio_sent(160), ledger.on_audio_sent(160)]
    assert played is not None and all(cut)
    assert ledger.on_echo(played).kind is EchoKind.PLAYED
    assert ledger.on_clear() == cut
    # Twilio echoes the pending marks right after the clear.
    outcomes = [ledger.on_echo(name).kind for name in cut if name]
    assert outcomes == [EchoKind.DISCARDED, EchoKind.DISCARDED]
    assert ledger.confirmed_ms == 20.0 and ledger.marks_discarded == 2
    # After the clear the timeline keeps counting (it never goes back).
    nxt = ledger.on_audio_sent(160)
    assert nxt == "pcrb:4:640"
    assert ledger.on_echo(nxt).played_ms == 80.0


def test_foreign_and_repeated_echoes_are_ignored() -> None:
    ledger = MarkLedger()
    name = ledger.on_audio_sent(80)
    assert ledger.on_echo("someone-elses-mark").kind is EchoKind.UNKNOWN
    assert name is not None and ledger.on_echo(name).kind is EchoKind.PLAYED
    assert ledger.on_echo(name).kind is EchoKind.UNKNOWN


def test_a_later_echo_settles_older_lost_marks() -> None:
    ledger = MarkLedger()
    names = [ledger.on_audio_sent(160) for _ in range(3)]
    assert ledger.on_echo(names[2]).played_ms == 60.0  # type: ignore[arg-type]
    assert ledger.pending == []


def test_mark_spacing() -> None:
    ledger = MarkLedger(mark_every_ms=100)
    names = [ledger.on_audio_sent(320) for _ in range(6)]  # 40 ms each
    assert [n is not None for n in names] == [False, False, True, False, False, True]
    assert ledger.on_audio_sent(0) is None
    with pytest.raises(ValueError):
        ledger.on_audio_sent(-1)


# -- OutboundAligner --------------------------------------------------------------------


def _model_bytes(n: int, law: str, seed: int = 1) -> bytes:
    rng = np.random.default_rng(seed)
    return bytes(rng.integers(0, 256, n, dtype=np.uint8))


def _chunks(pcm: bytes, size: int) -> list[bytes]:
    out = [pcm[i : i + size] for i in range(0, len(pcm), size)]
    if len(out[-1]) < size:  # pipecat pads the last chunk with silence
        out[-1] = out[-1] + bytes(size - len(out[-1]))
    return out


@pytest.mark.parametrize("law", ["ulaw", "alaw"])
def test_rechunked_audio_goes_out_as_the_model_bytes_including_ulaw_0x7f(law: str) -> None:
    model = _model_bytes(4000, law) + b"\x7f" * 50  # 0x7F: μ-law's -0, lost by a PCM round trip
    aligner = OutboundAligner(law)  # type: ignore[arg-type]
    for i in range(0, len(model), 333):  # deltas of arbitrary size
        aligner.feed(model[i : i + 333])
    pcm = g711.decode_to_bytes(model, law)  # type: ignore[arg-type]
    out = b"".join(aligner.take(c) for c in _chunks(pcm, 640))
    assert out[: len(model)] == model
    silence = g711.encode(np.zeros(1, dtype=np.int16), law)  # type: ignore[arg-type]
    assert set(out[len(model) :]) <= set(silence)
    assert aligner.original_bytes == len(model) and aligner.resyncs == 0
    assert aligner.buffered == 0


def test_padding_mid_stream_keeps_the_next_response_aligned() -> None:
    first, second = _model_bytes(500, "ulaw", 2), _model_bytes(700, "ulaw", 3)
    aligner = OutboundAligner("ulaw")
    aligner.feed(first)
    aligner.feed(second)  # the next response arrived before the padded chunk was written
    chunks = _chunks(g711.decode_to_bytes(first, "ulaw"), 640) + _chunks(
        g711.decode_to_bytes(second, "ulaw"), 640
    )
    out = b"".join(aligner.take(c) for c in chunks)
    assert out[:500] == first
    assert out[640 : 640 + 700] == second
    assert aligner.resyncs == 0


def test_modified_audio_is_encoded_from_pcm_and_the_fifo_resyncs() -> None:
    model = _model_bytes(960, "ulaw", 4)
    aligner = OutboundAligner("ulaw")
    aligner.feed(model)
    pcm = np.frombuffer(g711.decode_to_bytes(model, "ulaw"), dtype="<i2")
    louder = (pcm.astype(np.int32) // 2).astype("<i2").tobytes()  # a volume change
    out = aligner.take(louder[:640])
    assert out == g711.ulaw_encode(louder[:640])
    assert aligner.resyncs == 1 and aligner.buffered == 0


def test_without_model_bytes_it_encodes() -> None:
    aligner = OutboundAligner("alaw")
    pcm = (np.arange(160) * 100).astype("<i2").tobytes()
    assert aligner.take(pcm) == g711.alaw_encode(pcm)
    assert aligner.encoded_bytes == 160 and aligner.original_bytes == 0
    with pytest.raises(ValueError):
        aligner.take(b"\x00")
    with pytest.raises(ValueError):
        OutboundAligner("pcm16")  # type: ignore[arg-type]


def test_cleared_fifo_drops_audio_cut_by_an_interruption() -> None:
    aligner = OutboundAligner("ulaw")
    old, new = _model_bytes(800, "ulaw", 5), _model_bytes(320, "ulaw", 6)
    aligner.feed(old)
    aligner.take(g711.decode_to_bytes(old[:320], "ulaw"))
    aligner.clear()  # interruption: pipecat dropped the rest of `old`
    aligner.feed(new)
    assert aligner.take(g711.decode_to_bytes(new, "ulaw")) == new


@pytest.mark.parametrize("law", ["ulaw", "alaw"])
@pytest.mark.parametrize("seed", range(6))
def test_the_line_always_carries_what_was_written(law: str, seed: int) -> None:
    """Random deltas, chunk sizes, gain changes, silence padding and unannounced drops:
    every chunk's G.711 sounds exactly like the PCM written (after G.711 quantization),
    and untouched stretches go out as the model's own bytes."""
    rng = np.random.default_rng(seed)
    aligner = OutboundAligner(law)  # type: ignore[arg-type]
    written_untouched: list[tuple[bytes, bytes]] = []  # (model bytes, what went out)
    for _ in range(30):
        model = bytes(rng.integers(0, 256, int(rng.integers(1, 2000)), dtype=np.uint8))
        for i in range(0, len(model), int(rng.integers(1, 900))):
            aligner.feed(model[i : i + 900])
        pcm = g711.decode_to_bytes(model, law)  # type: ignore[arg-type]
        pos = 0
        while pos < len(pcm):
            size = 2 * int(rng.integers(1, 400))
            chunk = pcm[pos : pos + size]
            kind = rng.choice(["plain", "plain", "plain", "gain", "drop"])
            if kind == "drop":  # audio lost on the way; the aligner isn't told
                pos += size
                continue
            if kind == "gain":
                samples = np.frombuffer(chunk, dtype="<i2").astype(np.int32)
                chunk = np.clip(samples * 3 // 4, -32768, 32767).astype("<i2").tobytes()
            if len(chunk) < size:  # the last chunk of a response is padded with silence
                chunk += bytes(size - len(chunk))
            out = aligner.take(chunk)
            # what pipecat wrote, as G.711 carries it (a gain change leaves the G.711 grid)
            heard = g711.decode_to_bytes(g711.encode(chunk, law), law)  # type: ignore[arg-type]
            assert g711.decode_to_bytes(out, law) == heard  # type: ignore[arg-type]
            if kind == "plain":
                written_untouched.append((model[pos // 2 : (pos + size) // 2], out))
            pos += size
    # After a resync the FIFO restarts at the next delta, so only check that untouched
    # chunks carried model bytes whenever they decode the same (μ-law 0x7F included).
    kept = sum(out[: len(ref)] == ref for ref, out in written_untouched)
    assert kept > 0 and aligner.original_bytes > 0


def test_written_off_marks_are_settled_by_a_later_played_echo() -> None:
    """A provider that doesn't echo the marks pending at a clear must not leave them
    in the ledger for the rest of the call."""
    ledger = MarkLedger()
    for _ in range(50):  # 50 responses, each cut by a barge-in after 10 chunks
        for _ in range(10):
            ledger.on_audio_sent(160)
        ledger.on_clear()
        after = ledger.on_audio_sent(160)
        assert after is not None
        assert ledger.on_echo(after).kind is EchoKind.PLAYED  # echoes are in order
    assert ledger.written_off == 0 and ledger.pending == []
    assert ledger.marks_confirmed == 50 and ledger.marks_discarded == 0


def test_marks_are_bounded_when_the_provider_never_echoes() -> None:
    ledger = MarkLedger(max_outstanding=64)
    names = []
    for _ in range(20):
        names += [ledger.on_audio_sent(160) for _ in range(30)]
        assert len(ledger.pending) <= 64
        ledger.on_clear()
        assert ledger.written_off <= 64
    assert ledger.written_off == 64 and ledger.marks_sent == 600
    # The newest written-off marks are the ones kept; a late echo of an older one is
    # ignored, never a confirmation.
    assert ledger.on_echo(names[-1]).kind is EchoKind.DISCARDED  # type: ignore[arg-type]
    assert ledger.on_echo(names[0]).kind is EchoKind.UNKNOWN  # type: ignore[arg-type]
    assert ledger.confirmed_ms == 0.0
    for _ in range(100):  # no clears at all: pending is capped too, oldest dropped
        ledger.on_audio_sent(160)
    assert len(ledger.pending) == 64
    assert ledger.on_echo(ledger.pending[-1]).kind is EchoKind.PLAYED
