"""A test a hand mutation run (session 22) found missing: it kills mutant C20."""

from pipecat_rt_best.interruption_truncation.clock import PlayoutClock

PCM = 48.0


def test_audio_queued_after_the_bot_stopped_is_not_heard_until_it_starts_again():
    clock = PlayoutClock(wallclock_margin_ms=0.0)
    clock.on_audio("A", 0, int(300 * PCM), PCM, "r1")
    clock.on_response_done("r1")
    clock.on_tts_stopped()
    clock.on_bot_started(0.0)
    clock.on_bot_stopped(0.3)  # A played in full, the transport is idle
    clock.on_audio("B", 0, int(2000 * PCM), PCM, "r2")  # next reply queued, not started
    got = {d.item_id: (d.action, d.audio_end_ms) for d in clock.plan(1.0).decisions}
    assert got.get("B") == ("delete", 0), got
