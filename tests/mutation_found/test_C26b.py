"""A test a hand mutation run (session 22) found missing: it kills mutant C26b."""

from pipecat_rt_best.interruption_truncation.clock import PlayoutClock


def test_the_last_measured_lag_outlives_the_window_at_the_start_of_a_new_reply():
    # test_the_lag_model_covers_the_start_of_a_new_reply, with the reply after a gap longer
    # than lag_window_s: the one lag known must still be used (nothing newer exists)
    clock = PlayoutClock(lag_window_s=1.0)
    clock.on_confirmed(0.0, 0.0)
    a, _ = clock.on_audio("A", 0, 48 * 400, 48.0, "r1")
    clock.on_response_done("r1")
    clock.on_segment_marker(a.segment_id, 0.0, 0.0)
    for i in range(1, 11):
        clock.on_handed(40.0 * i, 0.04 * i)
    for i in range(1, 11):
        clock.on_confirmed(40.0 * i, 0.04 * i + 0.15)
    b, _ = clock.on_audio("B", 0, 48 * 2000, 48.0, "r2")
    clock.on_segment_marker(b.segment_id, 400.0, 5.0)
    for i in range(1, 11):
        clock.on_handed(400.0 + 40.0 * i, 5.0 + 0.04 * i)
    [d] = [d for d in clock.plan(5.3).decisions if d.item_id == "B"]
    assert d.audio_end_ms == 150, d
