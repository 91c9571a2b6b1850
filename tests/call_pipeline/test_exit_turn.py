"""When a call that took an exit ends (the pure core of call_exit)."""

from __future__ import annotations

from pipecat_rt_best.call_pipeline.exit_turn import (
    PLAYOUT_CONFIRM_MAX_S,
    UNCONFIRMED_TAIL_MS,
    ExitTurn,
    LastWordsPlayout,
)


def _reply(turn: ExitTurn, *, words: bool = True) -> list[bool]:
    """One response going out: its start (twice, as pipecat marks each item), words, end."""
    steps = [turn.response_started(), turn.response_started()]
    if words:
        steps += [turn.spoke(), turn.spoke()]
    return [*steps, turn.response_ended()]


def test_words_said_with_the_exit_end_the_call_when_they_are_out() -> None:
    done = ExitTurn(closing_reply=False, exit_response_open=False)
    assert done.start() and done.ended  # the response was over: nothing to wait for
    running = ExitTurn(closing_reply=False, exit_response_open=True)
    assert not running.start() and not running.spoke()
    assert running.response_ended() and running.reason == "the last words went out"
    assert not running.response_ended() and not running.timed_out()  # ends once


def test_a_closing_reply_is_waited_for_and_ends_the_call_when_it_is_out() -> None:
    turn = ExitTurn(closing_reply=True, exit_response_open=True)
    assert not turn.start()
    assert not turn.response_ended()  # the exit's own response, with no words
    assert _reply(turn) == [False] * 4 + [True]
    assert turn.reason == "the closing reply went out"
    assert not any(_reply(turn))  # nothing after the end


def test_the_exit_responses_words_after_the_call_are_the_last() -> None:
    # the model called the exit first, then said its goodbye in the same response: the
    # service creates no closing reply after those words, so the call ends at their end
    turn = ExitTurn(closing_reply=True, exit_response_open=True)
    turn.start()
    assert not turn.spoke()
    assert turn.response_ended() and turn.reason == "the last words went out"
    cut = ExitTurn(closing_reply=True, exit_response_open=True)
    cut.start()
    cut.spoke()
    assert cut.interrupted()  # the caller cutting them ends the call there
    # words that reached the output before the exit did (the call's handler ran late)
    before = ExitTurn(closing_reply=True, exit_response_open=True, exit_response_spoke=True)
    assert not before.start() and before.response_ended()
    done = ExitTurn(closing_reply=True, exit_response_open=False, exit_response_spoke=True)
    assert done.start()  # that response is over: nothing to wait for


def test_a_silent_closing_reply_leaves_the_wait_to_the_bound() -> None:
    turn = ExitTurn(closing_reply=True, exit_response_open=False)
    assert not turn.start()
    assert not any(_reply(turn, words=False))  # said nothing (or failed)
    assert turn.timed_out() and turn.reason == "no closing reply within the bound"


def test_the_bound_never_cuts_words_being_spoken() -> None:
    turn = ExitTurn(closing_reply=True, exit_response_open=False)
    turn.start()
    turn.response_started()
    turn.spoke()
    assert not turn.timed_out()  # mid-reply: let it finish
    assert turn.response_ended()
    last = ExitTurn(closing_reply=False, exit_response_open=True)
    last.start()
    assert not last.timed_out() and last.response_ended()
    slow = ExitTurn(closing_reply=True, exit_response_open=False)
    slow.start()
    slow.response_started()  # started, no words yet: the bound ends it
    assert slow.timed_out()


def test_the_caller_cutting_the_last_words_ends_the_call_there() -> None:
    turn = ExitTurn(closing_reply=True, exit_response_open=False)
    turn.start()
    turn.response_started()
    turn.spoke()
    assert turn.interrupted() and turn.reason == "the caller cut the closing reply"
    last = ExitTurn(closing_reply=False, exit_response_open=True)
    last.start()
    assert last.interrupted()
    overdue = ExitTurn(closing_reply=True, exit_response_open=True)
    overdue.start()
    overdue.spoke()  # the exit's response speaking after the call, past the bound
    assert not overdue.timed_out() and overdue.interrupted()


def test_the_caller_talking_before_the_closing_reply_speaks_gets_it_as_the_answer() -> None:
    turn = ExitTurn(closing_reply=True, exit_response_open=True)
    turn.start()
    assert not turn.interrupted()  # the exit's response cut: its owed reply goes with it
    turn.response_started()
    assert not turn.interrupted()  # a reply cut before it spoke
    assert _reply(turn)[-1]  # the reply to the caller's turn is the closing one


def test_the_last_words_have_played_once_the_line_confirms_their_end() -> None:
    playout = LastWordsPlayout(written_ms=2640.0, confirms=True)
    assert not playout.played(None, cleared_ms=0.0)  # no echo yet
    assert not playout.played(2560.0, cleared_ms=0.0)  # the provider's buffer still plays
    assert playout.played(2640.0, cleared_ms=0.0)
    assert playout.max_wait_s == PLAYOUT_CONFIRM_MAX_S  # a line that stops echoing


def test_last_words_the_caller_cut_are_not_waited_for() -> None:
    # the line dropped what it had not played at the interruption (its pending marks too)
    playout = LastWordsPlayout(written_ms=1200.0, confirms=True)
    assert playout.played(None, cleared_ms=1200.0)
    assert not playout.played(900.0, cleared_ms=900.0)  # written after the cut: it plays


def test_a_line_that_confirms_nothing_is_given_its_playout_delay_or_a_short_tail() -> None:
    silent = LastWordsPlayout(written_ms=800.0, confirms=False)
    assert not silent.played(800.0, cleared_ms=0.0)  # the bound says when
    assert silent.max_wait_s == UNCONFIRMED_TAIL_MS / 1000
    declared = LastWordsPlayout(written_ms=800.0, confirms=False, playout_delay_ms=250.0)
    assert declared.max_wait_s == 0.25
    nothing = LastWordsPlayout(written_ms=0.0, confirms=False)
    assert nothing.played(None, cleared_ms=0.0)  # no words at all: nothing to wait for


def test_a_closing_reply_awaited_again_once_cut_or_ended_before_its_words_came_out() -> None:
    # the gate then tells the realtime service the reply is not spent (text modality: its
    # text came, the voice had not begun it), so the caller's turn gets it
    turn = ExitTurn(closing_reply=True, exit_response_open=False)
    turn.start()
    assert turn.awaiting_reply
    turn.response_started()
    assert not turn.awaiting_reply  # a reply is running
    assert not turn.interrupted() and turn.awaiting_reply  # cut before its words came out
    turn.response_started()
    turn.spoke()
    assert not turn.awaiting_reply  # its words came out: spent
    assert turn.interrupted() and not turn.awaiting_reply
    last_words = ExitTurn(closing_reply=False, exit_response_open=True)
    last_words.start()
    assert not last_words.awaiting_reply  # no closing reply asked
