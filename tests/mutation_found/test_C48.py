"""A test a hand mutation run (session 22) found missing: it kills mutant C48."""

from pipecat_rt_best.interruption_truncation.clock import PlayoutClock


def test_an_item_still_streaming_is_kept_even_when_all_received_audio_was_heard():
    clock = PlayoutClock()
    clock.on_confirmed(0.0, 0.0)
    a, _ = clock.on_audio("A", 0, 48 * 100, 48.0, "r1")
    clock.on_response_done("r1")
    b, _ = clock.on_audio("B", 0, 48 * 20, 48.0, "r2")  # response r2 still running
    clock.on_segment_marker(a.segment_id, 0.0, 0.0)
    clock.on_segment_marker(b.segment_id, 100.0, 0.1)
    clock.on_handed(120.0, 0.12)
    clock.on_handed(200.0, 0.2)
    clock.on_confirmed(150.0, 0.3)  # the far end played past B's end
    got = [(d.item_id, d.action, d.audio_end_ms) for d in clock.plan(0.3).decisions]
    # r2 may have produced more of B than arrived: it must still be truncated at 20 ms
    assert got == [("B", "truncate", 20)], got
