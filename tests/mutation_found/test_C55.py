"""A test a hand mutation run (session 22) found missing: it kills mutant C55."""

from pipecat_rt_best.interruption_truncation.clock import PlayoutClock


def test_wallclock_subtracts_the_playout_delay():
    clock = PlayoutClock(wallclock_margin_ms=0.0, playout_delay_ms=200.0)
    clock.on_audio("A", 0, 48 * 2000, 48.0, "r1")
    clock.on_bot_started(1.0)
    got = [(d.item_id, d.action, d.audio_end_ms) for d in clock.plan(1.5).decisions]
    assert got == [("A", "truncate", 300)], got
