"""A test a hand mutation run (session 22) found missing: it kills mutant L5."""

from pipecat_rt_best.g711_passthrough.call_deadlines import CallDeadlines, DeadlineConfig, EndReason


def test_caller_silence_counts_from_when_the_caller_stopped():
    d = CallDeadlines(DeadlineConfig(bot_timeout_s=None, caller_silence_timeout_s=10), now=0)
    d.on_user_started(1)
    d.on_media(1)
    d.on_user_stopped(8)
    d.on_media(15)
    assert d.check(15) is None  # 7 s after the caller stopped
    d.on_media(18)
    assert d.check(18) is EndReason.CALLER_SILENT
