"""A test a hand mutation run (session 22) found missing: it kills mutant C51."""

from pipecat_rt_best.interruption_truncation.clock import PlayoutClock


def test_an_item_of_a_finished_response_is_not_deleted_at_a_later_interruption():
    clock = PlayoutClock()
    clock.on_item_added("A", "r1")  # announced; r1 ends without audio for it
    clock.on_response_done("r1")
    seg, _ = clock.on_audio("B", 0, 48 * 1000, 48.0, "r2")
    clock.on_segment_marker(seg.segment_id, 0.0, 0.0)
    clock.on_handed(400.0, 0.4)
    assert [d.item_id for d in clock.plan(0.5).decisions] == ["B"]
