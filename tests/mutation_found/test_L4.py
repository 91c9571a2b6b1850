"""A test a hand mutation run (session 22) found missing: it kills mutant L4."""

from pipecat_rt_best.g711_passthrough.call_deadlines import CallDeadlines, DeadlineConfig


def test_a_caller_who_talks_before_the_greeting_is_not_cut_off_as_bot_silence():
    d = CallDeadlines(
        DeadlineConfig(bot_timeout_s=5, media_timeout_s=3, caller_silence_timeout_s=30), now=0
    )
    d.on_user_started(1)  # "Hello? Hello?" before the bot greets
    for t in range(1, 12):
        d.on_media(t)
        assert d.check(t) is None, t
