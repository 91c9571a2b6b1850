"""When the simulated caller hangs up: once the bot's reply to their last turn has played."""

from __future__ import annotations

from pipecat_rt_best.testing.simulated_call.call import reply_to_last_turn_played
from pipecat_rt_best.testing.simulated_call.timeline import TimelineEvent


def _events(*marks: tuple[float, str]) -> list[TimelineEvent]:
    return [TimelineEvent(t, kind) for t, kind in marks]


def test_a_reply_the_last_turn_cut_off_is_not_its_answer() -> None:
    # a loaded CI run (session 50): the caller's last words ended at 23.97 s over the bot;
    # the barge-in came 0.45 s later and the cut reply stopped at 24.76 s. The caller hung up
    # on that stop, before the model's answer, and two scripted replies went unused.
    finished_at = 23.97
    call = _events(
        (19.31, "bot starts"),
        (24.42, "caller starts"),
        (24.42, "barge-in"),
        (24.76, "bot stops"),
    )
    assert not reply_to_last_turn_played(call, finished_at)
    call += _events((25.10, "caller stops"), (25.60, "bot starts"))
    assert not reply_to_last_turn_played(call, finished_at)  # the answer is playing
    call += _events((28.00, "bot stops"))
    assert reply_to_last_turn_played(call, finished_at)


def test_a_turn_before_the_caller_finished_is_not_the_last() -> None:
    call = _events((5.0, "caller stops"), (5.5, "bot starts"), (9.0, "bot stops"))
    assert not reply_to_last_turn_played(call, 8.0)  # the reply began before the last turn
    call += _events((9.5, "caller stops"), (10.0, "bot starts"), (12.0, "bot stops"))
    assert reply_to_last_turn_played(call, 8.0)


def test_with_no_turns_the_greeting_is_the_last_reply() -> None:
    assert not reply_to_last_turn_played(_events((0.7, "bot starts")), None)
    assert reply_to_last_turn_played(_events((0.7, "bot starts"), (1.2, "bot stops")), None)
