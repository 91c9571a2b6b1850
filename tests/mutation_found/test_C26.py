"""A test a hand mutation run (session 22) found missing: it kills mutant C26."""

from pipecat_rt_best.interruption_truncation.clock import PlayoutClock


def test_a_large_lag_from_long_ago_leaves_the_window():
    clock = PlayoutClock(lag_window_s=1.0)
    clock.on_confirmed(0.0, 0.0)
    a, _ = clock.on_audio("A", 0, 48 * 3000, 48.0, "r1")
    clock.on_response_done("r1")
    clock.on_segment_marker(a.segment_id, 0.0, 0.0)
    for i in range(1, 76):  # A: 3 s in 40 ms chunks, written in real time
        clock.on_handed(40.0 * i, 0.04 * i)
    clock.on_confirmed(40.0, 0.54)  # the first chunk echoed 500 ms late (start-up)
    for i in range(15, 76):  # then every chunk 100 ms after it was written
        clock.on_confirmed(40.0 * i, 0.04 * i + 0.1)
    b, _ = clock.on_audio("B", 0, 48 * 2000, 48.0, "r2")
    clock.on_segment_marker(b.segment_id, 3000.0, 3.2)
    for i in range(1, 11):
        clock.on_handed(3000.0 + 40.0 * i, 3.2 + 0.04 * i)
    # at 3.5 s, with the recent 100 ms lag: written by 3.4 s = 200 ms of B (B's chunk
    # reported at 3.4 s played 3.36-3.4)
    [d] = [d for d in clock.plan(3.5).decisions if d.item_id == "B"]
    assert d.action == "truncate" and d.audio_end_ms == 200, d
