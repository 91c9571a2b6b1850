"""A test a hand mutation run (session 22) found missing: it kills mutant L14."""

from pipecat_rt_best.g711_passthrough.call_deadlines import CallDeadlines, DeadlineConfig


def test_a_long_caller_monologue_is_not_caller_silence():
    d = CallDeadlines(DeadlineConfig(bot_timeout_s=None, caller_silence_timeout_s=10), now=0)
    d.on_user_started(1)
    for t in range(1, 40):
        d.on_media(t)
        assert d.check(t) is None, t
