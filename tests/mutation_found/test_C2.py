"""A test a hand mutation run (session 22) found missing: it kills mutant C2."""

from pipecat_rt_best.interruption_truncation.clock import PlayoutClock


def test_an_item_announced_again_after_its_audio_is_not_also_deleted():
    clock = PlayoutClock()
    seg, _ = clock.on_audio("A", 0, 48 * 500, 48.0, "r1")
    clock.on_segment_marker(seg.segment_id, 0.0, 0.0)
    clock.on_handed(200.0, 0.2)
    clock.on_item_added("A", "r1")  # a late/duplicate conversation.item.added
    got = [(d.item_id, d.action) for d in clock.plan(0.3).decisions]
    assert got == [("A", "truncate")], got
