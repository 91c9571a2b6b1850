"""The closing turn's reply count: one more reply after the last words (a failed transfer)."""

from __future__ import annotations

from types import SimpleNamespace

from pipecat_rt_best.realtime.closing_turn import ClosingTurnMixin


def _spoke(turn: ClosingTurnMixin, response_id: str) -> None:
    """A response's first words (an audio, transcript or text delta)."""
    turn._note_words(SimpleNamespace(response_id=response_id, delta="x"))


def test_one_more_reply_after_the_last_words_lets_exactly_one_speak() -> None:
    turn = ClosingTurnMixin()
    turn.one_more_reply()  # no exit taken: nothing changes
    assert not turn.replies_closed
    turn.last_replies(1)
    _spoke(turn, "resp_goodbye")  # "I am connecting you now": the last words
    assert turn.replies_closed
    # the transfer failed: the news is one more reply, though the goodbye's response is
    # still the one the service saw speak (last_replies(1) would count it and close again)
    turn.one_more_reply()
    assert not turn.replies_closed
    _spoke(turn, "resp_news")
    assert turn.replies_closed  # and none after it
