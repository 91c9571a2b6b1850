"""The simulated far end: playout timing, marks, clear, loss (explicit clock, no sleeping).

:class:`FarEnd` (chunks, ms) first, then the media-stream simulator's :class:`JitterBuffer`
(bytes in frames, seconds).
"""

from __future__ import annotations

import random

import pytest

from pipecat_rt_best.testing.phone_line import (
    EchoedMark,
    FarEnd,
    FarEndConfig,
    JitterBuffer,
    JitterConfig,
)

FRAME = 160  # 20 ms of G.711


# -- FarEnd ----------------------------------------------------------------------------------


def test_far_end_buffers_a_talkspurt_then_plays_chunks_back_to_back() -> None:
    far = FarEnd(FarEndConfig(down_ms=5.0, buffer_ms=60.0))
    first = far.send(20.0, now=0.0, timeline_end=20.0)
    assert (first.start, first.end) == (65.0, 85.0)  # arrives at 5, plays 60 ms later
    second = far.send(20.0, now=10.0, timeline_end=40.0)  # arrives at 15, while buffered
    assert (second.start, second.end) == (85.0, 105.0)
    late = far.send(20.0, now=200.0, timeline_end=60.0)  # the buffer ran dry: re-primed
    assert late.start == 265.0
    assert [c.played_ms for c in far.chunks] == [20.0, 20.0, 20.0]
    assert far.played_since(20.0) == 40.0


def test_far_end_with_no_link_and_no_buffer_plays_as_it_is_written() -> None:
    handset = FarEnd()
    assert handset.send(20.0, now=0.0).start == 0.0
    assert handset.send(20.0, now=5.0).start == 20.0  # right after the chunk playing
    assert handset.send(20.0, now=100.0).start == 100.0
    assert handset.echo_at(handset.chunks[0]) is None  # no marks
    with pytest.raises(ValueError):
        FarEndConfig(buffer_ms=-1.0)


def test_far_end_link_jitter_is_seeded_and_keeps_messages_in_order() -> None:
    config = FarEndConfig(down_ms=3.0, jitter_ms=30.0, buffer_ms=80.0)
    a, b = FarEnd(config, seed=7), FarEnd(config, seed=7)
    for far in (a, b):
        for i in range(50):
            far.send(20.0, now=i * 1.0, timeline_end=(i + 1) * 20.0)
        far.clear(now=50.0)
    assert [(c.start, c.played_ms) for c in a.chunks] == [(c.start, c.played_ms) for c in b.chunks]
    # the draws: one per message, in the order sent (the bench's rng sequence)
    rng = random.Random(7)
    arrivals = [i * 1.0 + 3.0 + rng.uniform(0.0, 30.0) for i in range(50)]
    in_order = [max(arrivals[: i + 1]) for i in range(50)]
    assert a.chunks[0].start == in_order[0] + 80.0
    assert a.clears == [max(in_order[-1], 50.0 + 3.0 + rng.uniform(0.0, 30.0))]


def test_far_end_echoes_marks_after_playout_and_the_link_back() -> None:
    far = FarEnd(FarEndConfig(down_ms=2.0, up_ms=3.0, buffer_ms=40.0, marks=True))
    chunk = far.send(40.0, now=0.0, timeline_end=40.0)
    assert far.echo_at(chunk) == 2.0 + 40.0 + 40.0 + 3.0
    assert far.confirms(chunk)


def test_far_end_clear_cuts_what_has_not_played_when_it_arrives() -> None:
    far = FarEnd(FarEndConfig(down_ms=10.0, buffer_ms=50.0, marks=True))
    chunks = [far.send(40.0, now=0.0, timeline_end=40.0 * (i + 1)) for i in range(3)]
    # plays 60..100, 100..140, 140..180; the clear sent at 105 arrives at 115
    assert far.clear(now=105.0) == 115.0
    assert [c.played_ms for c in chunks] == [40.0, 15.0, 0.0]
    assert [c.cleared for c in chunks] == [False, True, True]
    assert [far.confirms(c) for c in chunks] == [True, False, False]
    assert far.played_since(0.0) == 55.0
    # what had played by a given far-end time, and which chunk was playing then
    assert [far.played_since(0.0, at=t) for t in (50.0, 80.0, 110.0, 500.0)] == [0, 20, 50, 55]
    assert far.played_since(40.0, at=110.0) == 10.0
    assert far.playing(50.0) is None and far.playing(80.0) is chunks[0]
    assert far.playing(110.0) is chunks[1] and far.playing(120.0) is None  # cut at 115
    assert [c.sent for c in chunks] == [0.0, 0.0, 0.0]
    # the buffer is empty: the next chunk starts a new talkspurt
    after = far.send(40.0, now=120.0, timeline_end=160.0)
    assert after.start == 120.0 + 10.0 + 50.0


# -- JitterBuffer ------------------------------------------------------------------------------


def test_playout_starts_after_the_depth_and_runs_in_real_time() -> None:
    jb = JitterBuffer(JitterConfig(depth_ms=60))
    jb.on_media(bytes(range(160)) * 5, now=0.0)  # 100 ms at once
    assert jb.advance(0.059) == [] and jb.played == b""
    jb.advance(0.060)
    assert len(jb.played) == FRAME and jb.first_played_at == pytest.approx(0.06)
    jb.advance(0.139)
    assert len(jb.played) == 4 * FRAME  # frames started at 60, 80, 100, 120 ms
    jb.advance(1.0)
    assert jb.played == bytes(range(160)) * 5 and not jb.playing
    assert [f.start for f in jb.frames] == pytest.approx([0.06, 0.08, 0.10, 0.12, 0.14])


def test_marks_echo_only_once_the_audio_before_them_has_played() -> None:
    jb = JitterBuffer(JitterConfig(depth_ms=100))
    jb.on_media(b"\x01" * 320, now=0.0)
    assert jb.on_mark("m1", now=0.0) == []
    jb.on_media(b"\x02" * 320, now=0.01)
    assert jb.on_mark("m2", now=0.01) == []
    assert jb.advance(0.139) == []  # m1's audio plays 100..140 ms
    assert jb.advance(0.140) == [EchoedMark("m1", pytest.approx(0.14))]
    assert jb.advance(0.18) == [EchoedMark("m2", pytest.approx(0.18))]


def test_a_mark_after_played_audio_echoes_at_once() -> None:
    jb = JitterBuffer(JitterConfig(depth_ms=60))
    assert jb.on_mark("nothing-sent", now=0.0) == [EchoedMark("nothing-sent", 0.0)]
    jb.on_media(b"\x00" * 160, now=0.0)
    jb.advance(1.0)
    assert jb.on_mark("late", now=1.0) == [EchoedMark("late", 1.0)]


def test_clear_discards_unplayed_audio_and_echoes_pending_marks_flagged() -> None:
    jb = JitterBuffer(JitterConfig(depth_ms=60))
    jb.on_media(b"\x01" * 160, now=0.0)
    jb.on_mark("a", now=0.0)
    jb.on_media(b"\x02" * 480, now=0.0)
    jb.on_mark("b", now=0.0)
    assert jb.advance(0.085) == [EchoedMark("a", pytest.approx(0.08))]
    echoes = jb.on_clear(now=0.09)
    assert echoes == [EchoedMark("b", 0.09, cleared=True)]
    assert jb.played == b"\x01" * 160 + b"\x02" * 160  # the frame that had started
    assert jb.discarded == b"\x02" * 320
    assert jb.buffered_bytes == 0 and not jb.playing and jb.clears == [0.09]
    # New audio after the clear starts a new talkspurt.
    jb.on_media(b"\x03" * 160, now=0.2)
    jb.advance(0.26)
    assert jb.played.endswith(b"\x03" * 160)


def test_underrun_ends_the_talkspurt_and_the_next_arrival_waits_the_depth_again() -> None:
    jb = JitterBuffer(JitterConfig(depth_ms=100))
    jb.on_media(b"\x01" * 160, now=0.0)
    jb.advance(0.5)
    assert not jb.playing
    jb.on_media(b"\x02" * 160, now=0.5)
    jb.advance(0.599)
    assert jb.played == b"\x01" * 160
    jb.advance(0.6)
    assert jb.frames[-1].start == pytest.approx(0.6)


def test_late_packet_after_underrun_is_not_played_in_the_past() -> None:
    jb = JitterBuffer(JitterConfig(depth_ms=60))
    jb.on_media(b"\x01" * 160, now=0.0)  # plays 60..80 ms
    jb.on_media(b"\x02" * 160, now=0.085)  # arrives after the underrun at 80 ms
    jb.advance(0.2)
    assert jb.frames[1].start == pytest.approx(0.145)


def test_loss_drops_whole_packets_deterministically() -> None:
    cfg = JitterConfig(depth_ms=60, loss_rate=0.3, seed=11)
    a, b = JitterBuffer(cfg), JitterBuffer(cfg)
    for jb in (a, b):
        for i in range(100):
            jb.on_media(bytes([i]) * 160, now=i * 0.02)
        jb.advance(10.0)
    assert a.played == b.played and len(a.received) == 16000
    assert 0 < a.lost_bytes < 16000 and len(a.played) == 16000 - a.lost_bytes


def test_pcm16_frames_and_config_checks() -> None:
    jb = JitterBuffer(JitterConfig(depth_ms=60, bytes_per_ms=16))
    jb.on_media(b"\x00" * 640, now=0.0)
    jb.advance(0.06)
    assert len(jb.played) == 320
    for bad in ({"depth_ms": -1}, {"frame_ms": 0}, {"loss_rate": 1.0}, {"bytes_per_ms": 0}):
        with pytest.raises(ValueError):
            JitterConfig(**bad)  # type: ignore[arg-type]
