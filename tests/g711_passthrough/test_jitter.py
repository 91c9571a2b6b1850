"""The simulated far end: playout timing, marks, clear, loss (explicit clock, no sleeping)."""

from __future__ import annotations

import pytest

from pipecat_rt_best.testing.phone_line import EchoedMark, JitterBuffer, JitterConfig

FRAME = 160  # 20 ms of G.711


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
