"""The playout clock, pure: positions in, truncation decisions out (time in seconds)."""

from __future__ import annotations

import pytest

from pipecat_rt_best.interruption_truncation.clock import PlayoutClock

PCM = 48.0  # bytes per ms, PCM16 24 kHz
ULAW = 8.0  # bytes per ms, G.711


def _ms(ms: float, bpm: float = PCM) -> int:
    return int(ms * bpm)


def _decisions(clock: PlayoutClock, now: float) -> list[tuple[str, str, int]]:
    return [(d.item_id, d.action, d.audio_end_ms) for d in clock.plan(now).decisions]


def test_nothing_in_play_means_nothing_to_do() -> None:
    clock = PlayoutClock()
    assert clock.plan(1.0).decisions == []


def test_handed_audio_plays_one_chunk_behind_the_writes() -> None:
    clock = PlayoutClock()
    seg, new = clock.on_audio("A", 0, _ms(1000), PCM, "r1")
    assert new
    clock.on_segment_marker(seg.segment_id, 0.0, 0.0)
    for i in range(1, 11):  # ten 40 ms chunks written
        clock.on_handed(40.0 * i, 0.04 * i)
    plan = clock.plan(0.41)
    assert plan.method == "handed"
    # 400 ms written by 0.4 s; the chunk reported at 0.4 s plays from 0.4 s to 0.44 s
    assert _decisions(clock, 0.4) == [("A", "truncate", 360)]
    assert _decisions(clock, 0.41) == [("A", "truncate", 370)]
    assert _decisions(clock, 0.5) == [("A", "truncate", 400)]  # no more written


def test_audio_not_yet_handed_to_the_transport_was_not_heard() -> None:
    clock = PlayoutClock()
    clock.on_handed(500.0, 1.0)  # earlier audio
    clock.on_audio("A", 0, _ms(800), PCM, "r1")  # queued, marker not out yet
    assert _decisions(clock, 1.1) == [("A", "delete", 0)]


def test_a_segment_starts_after_the_tail_of_the_previous_one() -> None:
    # The marker of B overtakes the last partial chunk of A in the transport's buffer.
    clock = PlayoutClock()
    a, _ = clock.on_audio("A", 0, _ms(130), PCM, "r1")
    b, new = clock.on_audio("B", 0, _ms(300), PCM, "r1")
    assert new and b.segment_id != a.segment_id
    clock.on_segment_marker(a.segment_id, 0.0, 0.0)
    clock.on_handed(40.0, 0.04)
    clock.on_handed(80.0, 0.08)
    clock.on_handed(120.0, 0.12)
    clock.on_segment_marker(b.segment_id, 120.0, 0.12)  # 10 ms of A still buffered
    clock.on_handed(160.0, 0.16)
    clock.on_handed(200.0, 0.20)
    # B starts at 130 (A's end), not at 120 (its marker); A, complete once B began, is
    # heard in full and forgotten
    assert clock.segments[0].segment_id == b.segment_id
    assert clock.segments[0].start_ms == pytest.approx(130.0)
    plan = {d.item_id: d for d in clock.plan(0.2).decisions}
    assert list(plan) == ["B"]
    assert plan["B"].heard_ms == pytest.approx(200.0 - 40.0 - 130.0)


def test_truncation_never_passes_the_audio_received() -> None:
    clock = PlayoutClock()
    seg, _ = clock.on_audio("A", 0, _ms(200) + 7, PCM, "r1")  # 200.15 ms
    clock.on_segment_marker(seg.segment_id, 0.0, 0.0)
    for i in range(1, 26):  # the transport wrote it, padding, and other audio after it
        clock.on_handed(40.0 * i, 0.04 * i)
    [d] = clock.plan(1.0).decisions
    assert d.action == "truncate"  # the response is still running: the server may have more
    assert d.audio_end_ms == 200
    assert d.audio_end_ms <= d.received_ms


def test_a_finished_item_heard_in_full_is_forgotten() -> None:
    clock = PlayoutClock()
    seg, _ = clock.on_audio("A", 0, _ms(200), PCM, "r1")
    clock.on_response_done("r1")
    clock.on_segment_marker(seg.segment_id, 0.0, 0.0)
    for i in range(1, 6):
        clock.on_handed(40.0 * i, 0.04 * i)
    assert _decisions(clock, 0.2) == [("A", "truncate", 160)]
    clock.on_handed(240.0, 0.24)  # heard to its end: nothing left to cut, forgotten
    assert clock.plan(0.24).decisions == []


def test_g711_counts_eight_bytes_per_ms() -> None:
    clock = PlayoutClock()
    seg, _ = clock.on_audio("A", 0, _ms(1000, ULAW), ULAW, "r1")
    assert seg.received_ms == pytest.approx(1000.0)
    clock.on_segment_marker(seg.segment_id, 0.0, 0.0)
    clock.on_handed(300.0, 0.3)
    clock.on_handed(320.0, 0.32)
    assert _decisions(clock, 0.32) == [("A", "truncate", 300)]


def test_items_announced_without_audio_are_deleted() -> None:
    clock = PlayoutClock()
    clock.on_item_added("A", "r1")
    assert _decisions(clock, 0.0) == [("A", "delete", 0)]
    clock.on_audio("A", 0, 480, PCM, "r1")  # now it has audio: a segment, not a placeholder
    assert [d.item_id for d in clock.plan(0.0).decisions] == ["A"]


def test_reset_forgets_everything_in_play_but_not_the_timeline() -> None:
    clock = PlayoutClock()
    seg, _ = clock.on_audio("A", 0, _ms(500), PCM, "r1")
    clock.on_segment_marker(seg.segment_id, 0.0, 0.0)
    clock.on_handed(200.0, 0.2)
    clock.reset()
    assert clock.plan(0.3).decisions == []
    assert clock.handed_ms == 200.0


# -- confirmations -------------------------------------------------------------------------


def _confirming_call(max_extrapolation_ms: float = 250.0) -> tuple[PlayoutClock, str]:
    """One item on a line that confirms playout (extrapolation on unless told: most of
    these tests are about it; the default is off)."""
    clock = PlayoutClock(max_extrapolation_ms=max_extrapolation_ms)
    clock.on_confirmed(0.0, 0.0)  # the transport announces it confirms
    seg, _ = clock.on_audio("A", 0, _ms(5000), PCM, "r1")
    clock.on_segment_marker(seg.segment_id, 0.0, 0.0)
    return clock, seg.segment_id


def test_before_the_first_confirmation_nothing_counts_as_heard() -> None:
    clock, _ = _confirming_call()
    for i in range(1, 6):
        clock.on_handed(20.0 * i, 0.02 * i)
    plan = clock.plan(0.1)
    assert plan.method == "confirmed"
    assert _decisions(clock, 0.1) == [("A", "delete", 0)]


def test_confirmations_are_extrapolated_in_real_time() -> None:
    clock, _ = _confirming_call()
    for i in range(1, 31):
        clock.on_handed(20.0 * i, 0.02 * i)
    clock.on_confirmed(200.0, 0.35)  # played up to 200 ms, as of 0.35 s
    assert clock.plan(0.35).heard_timeline_ms == pytest.approx(200.0)
    assert clock.plan(0.362).heard_timeline_ms == pytest.approx(212.0)


def test_extrapolation_stops_where_the_written_audio_ended() -> None:
    clock, _ = _confirming_call()
    for i in range(1, 6):
        clock.on_handed(20.0 * i, 0.02 * i)  # 100 ms written, then the model stalls
    clock.on_confirmed(100.0, 0.30)  # the far end caught up with all of it
    clock.on_handed(120.0, 0.5)
    # it waits for the next chunk (and buffers it) instead of running on
    assert clock.plan(0.6).heard_timeline_ms == pytest.approx(100.0)


@pytest.mark.parametrize("max_extrapolation_ms", [0.0, 250.0])
def test_extrapolation_stops_where_the_far_end_ran_dry_even_if_its_echo_came_late(
    max_extrapolation_ms: float,
) -> None:
    clock, _ = _confirming_call(max_extrapolation_ms)
    for i in range(1, 6):
        clock.on_handed(20.0 * i, 0.02 * i)  # 100 ms written by 0.1 s, then the model stalls
    # the far end plays the 100 ms until about 0.22 s and runs dry; the next chunk is written
    # at 0.225 s (it will play a buffer's depth after it arrives); the echo confirming 100 ms,
    # 20 ms late on a busy event loop, comes after that write
    clock.on_handed(120.0, 0.225)
    clock.on_confirmed(100.0, 0.24)
    # at 0.25 s the caller has heard 100 ms and nothing more (found by the real-time
    # pipeline test: 15 ms past what was heard, once in about 100 runs)
    assert clock.plan(0.25).heard_timeline_ms == pytest.approx(100.0)
    # writes on pace after the confirmed position still count (by extrapolation when it is
    # on, by the lag model either way: written by 0.41 - 0.175 s)
    clock.on_handed(140.0, 0.245)
    clock.on_confirmed(120.0, 0.40)
    assert clock.plan(0.41).heard_timeline_ms == pytest.approx(130.0)


def test_extrapolation_does_not_cross_into_a_reply_after_a_gap() -> None:
    clock = PlayoutClock()
    clock.on_confirmed(0.0, 0.0)
    a, _ = clock.on_audio("A", 0, _ms(100), PCM, "r1")
    clock.on_response_done("r1")
    clock.on_segment_marker(a.segment_id, 0.0, 0.0)
    clock.on_handed(20.0, 0.02)
    clock.on_handed(40.0, 0.04)
    clock.on_confirmed(40.0, 0.3)  # written at 0.04 s, confirmed at 0.3 s: lag 260 ms
    for i in range(3, 7):
        clock.on_handed(20.0 * i, 0.02 * i)  # the rest of A, then padding up to 120
    clock.on_confirmed(120.0, 0.5)  # A and its padding played
    b, _ = clock.on_audio("B", 0, _ms(1000), PCM, "r2")
    clock.on_segment_marker(b.segment_id, 120.0, 2.0)  # the next reply, seconds later
    clock.on_handed(140.0, 2.02)
    clock.on_handed(160.0, 2.04)
    # 2.1 s: the extrapolation of 120 @ 0.5 s stops at the end of what was written then,
    # and the lag model says audio written before 1.84 s — B's starts at 2.0 s
    [d] = [d for d in clock.plan(2.1).decisions if d.item_id == "B"]
    assert d.action == "delete"
    # the largest lag seen is 380 ms (120 written at 0.12 s, confirmed at 0.5 s): at
    # 2.45 s what was written by 2.07 s is heard, 40 ms of B
    [d] = [d for d in clock.plan(2.45).decisions if d.item_id == "B"]
    assert (d.action, d.audio_end_ms) == ("truncate", 40)


def test_the_lag_model_covers_the_start_of_a_new_reply() -> None:
    clock = PlayoutClock()
    clock.on_confirmed(0.0, 0.0)
    a, _ = clock.on_audio("A", 0, _ms(400), PCM, "r1")
    clock.on_response_done("r1")
    clock.on_segment_marker(a.segment_id, 0.0, 0.0)
    for i in range(1, 11):  # 40 ms chunks, each confirmed 150 ms after it was written
        clock.on_handed(40.0 * i, 0.04 * i)
    for i in range(1, 11):
        clock.on_confirmed(40.0 * i, 0.04 * i + 0.15)
    b, _ = clock.on_audio("B", 0, _ms(2000), PCM, "r2")
    clock.on_segment_marker(b.segment_id, 400.0, 5.0)
    for i in range(1, 11):
        clock.on_handed(400.0 + 40.0 * i, 5.0 + 0.04 * i)
    # a chunk reported at t is confirmed at t + 150 ms: it played during the 40 ms before.
    # At 5.3 s the chunk reported at 5.16 s (B's 120-160 ms) is 30 ms in: 150 ms of B. The
    # last confirmation lies before the gap, so only the lag model can say so.
    [d] = [d for d in clock.plan(5.3).decisions if d.item_id == "B"]
    assert d.audio_end_ms == 150


def test_stale_and_repeated_confirmations_are_ignored() -> None:
    clock, _ = _confirming_call()
    for i in range(1, 31):
        clock.on_handed(20.0 * i, 0.02 * i)
    clock.on_confirmed(200.0, 0.35)
    clock.on_confirmed(200.0, 0.40)  # repeated: the first report counts
    clock.on_confirmed(180.0, 0.41)  # reordered: older
    assert clock.confirmed_ms == 200.0
    assert clock.plan(0.36).heard_timeline_ms == pytest.approx(210.0)


def test_confirmations_never_pass_what_was_written() -> None:
    clock, _ = _confirming_call()
    for i in range(1, 4):
        clock.on_handed(20.0 * i, 0.02 * i)
    clock.on_confirmed(60.0, 0.2)
    heard = clock.plan(10.0).heard_timeline_ms
    assert heard is not None and heard <= 60.0


# -- no tracker: wall clock ---------------------------------------------------------------------


def test_wallclock_counts_from_bot_started_minus_a_chunk() -> None:
    clock = PlayoutClock(wallclock_margin_ms=40.0)
    clock.on_audio("A", 0, _ms(2000), PCM, "r1")
    assert _decisions(clock, 0.5) == [("A", "delete", 0)]  # the bot never started
    clock.on_bot_started(1.0)
    plan = clock.plan(1.5)
    assert plan.method == "wallclock"
    assert _decisions(clock, 1.5) == [("A", "truncate", 460)]


def test_wallclock_audio_after_a_tts_stop_starts_the_next_run() -> None:
    clock = PlayoutClock(wallclock_margin_ms=0.0)
    clock.on_audio("A", 0, _ms(300), PCM, "r1")
    clock.on_response_done("r1")
    clock.on_tts_stopped()
    clock.on_bot_started(0.0)
    clock.on_audio("B", 0, _ms(500), PCM, "r2")  # arrives while A still plays
    clock.on_bot_stopped(0.3)  # after A
    clock.on_bot_started(0.3)
    decisions = {d.item_id: d for d in clock.plan(0.4).decisions}
    assert "A" not in decisions  # heard in full and forgotten
    assert decisions["B"].audio_end_ms == 100


def test_wallclock_the_last_chunk_may_still_be_playing_after_the_bot_stopped() -> None:
    clock = PlayoutClock(wallclock_margin_ms=40.0)
    clock.on_audio("A", 0, _ms(300), PCM, "r1")
    clock.on_response_done("r1")
    clock.on_tts_stopped()
    clock.on_bot_started(0.0)
    clock.on_bot_stopped(0.3)
    assert _decisions(clock, 0.31) == [("A", "truncate", 270)]
    assert _decisions(clock, 0.35) == [("A", "keep", 300)]  # the margin has passed


def test_negative_parameters_are_refused() -> None:
    with pytest.raises(ValueError):
        PlayoutClock(playout_delay_ms=-1)
    with pytest.raises(ValueError):
        PlayoutClock().on_audio("A", 0, 10, 0.0)


def test_the_heard_timeline_position_is_for_a_tts_with_no_segments_here() -> None:
    # text modality: a TTS lays the replies on the output timeline; the clock has no segment
    # of them, only the transport's writes and the line's confirmations
    clock = PlayoutClock()
    clock.on_bot_started(0.0)
    assert clock.heard_timeline_ms(1.0) is None  # no tracker: no timeline to speak of
    for i in range(1, 11):  # ten 40 ms chunks written
        clock.on_handed(40.0 * i, 0.04 * i)
    assert clock.heard_timeline_ms(0.4) == 360.0  # the last chunk is still playing
    clock.on_confirmed(200.0, 0.41)  # the far end buffers: it has played 200 ms
    heard = clock.heard_timeline_ms(0.41)
    assert heard is not None and heard <= 200.0 + 1e-6


def test_a_reset_keeping_a_carried_item_leaves_its_audio_where_it_plays() -> None:
    # a reconnect carried item "B" to the new session as "B2": its audio plays on after "A"
    for tracked, heard in ((False, 340), (True, 300)):  # a written chunk plays after its report
        clock = PlayoutClock(wallclock_margin_ms=0.0)
        a, _ = clock.on_audio("A", 0, _ms(1000), PCM, "r1")
        b, _ = clock.on_audio("B", 0, _ms(800), PCM, "r2")
        clock.on_bot_started(0.0)
        if tracked:
            clock.on_segment_marker(a.segment_id, 0.0, 0.0)
            clock.on_segment_marker(b.segment_id, 1000.0, 0.0)
            for i in range(1, 46):  # 40 ms chunks, written on pace
                clock.on_handed(40.0 * i, 0.04 * i)
        clock.reset(keep={"B": "B2"})
        # "A" is the old session's: never named again; "B2" is heard from 1000 ms on, its
        # audio complete (no more comes from a lost session)
        assert _decisions(clock, 1.34) == [("B2", "truncate", heard)], tracked
        assert _decisions(clock, 3.0) == [("B2", "keep", 800)], tracked
    clock.reset()
    assert clock.plan(3.0).decisions == []


def test_the_heard_timeline_never_goes_back_when_a_longer_lag_comes_in() -> None:
    # a loaded run (6 workers, 2 busy loops): the heard estimate a PlayoutTracker let a TTS's
    # word into the context by (1,520 ms) went back to 1,341 ms when a confirmation with a
    # longer lag came in, and the TTS told the model of a cut at the lower one: the context
    # kept "Your loan of four lakh", the model "Your loan of four". What either reads of the
    # heard timeline never goes back (the plan for the model's audio is the estimate as is).
    clock = PlayoutClock()
    clock.on_confirmed(0.0, 0.0)
    a, _ = clock.on_audio("A", 0, _ms(2000), PCM, "r1")
    clock.on_segment_marker(a.segment_id, 0.0, 0.0)
    for i in range(1, 51):
        clock.on_handed(40.0 * i, 0.04 * i)
    clock.on_confirmed(40.0, 0.14)  # 100 ms of lag
    before = clock.heard_timeline_ms(1.0)
    clock.on_confirmed(80.0, 0.5)  # written at 0.08 s, confirmed at 0.5 s: 420 ms of lag
    now, _ = clock.heard_position(1.0)
    assert before is not None and now is not None and now < before  # the estimate went back
    assert clock.heard_timeline_ms(1.0) == before
    assert clock.heard_timeline_ms(1.6) == clock.heard_position(1.6)[0]  # and goes on from there
