"""items_to_carry_over: which of a lost session's assistant text items the new one is given."""

from __future__ import annotations

from pipecat_rt_best.interruption_truncation.carry_over import TextItem, items_to_carry_over


def test_only_the_latest_responses_items_in_play_that_the_context_lacks_are_carried() -> None:
    items = [
        TextItem("a", "r1", "Hello, this is Asha."),  # an earlier reply: it had ended
        TextItem("b", "r2", "Your EMI is ₹12,500."),
        TextItem("c", "r2", "It was due on the 5th.", in_play=False),  # cut by a barge-in
        TextItem("d", "r2", "Shall I send a link?"),
        TextItem("e", "r2", ""),  # no text (an audio item, or nothing came yet)
    ]
    assert [i.item_id for i in items_to_carry_over(items, [])] == ["b", "d"]
    # the context already holds one of them (whitespace does not count)
    restored = ["Hello, this is Asha.", "Your  EMI is\n₹12,500."]
    assert [i.item_id for i in items_to_carry_over(items, restored)] == ["d"]


def test_nothing_is_carried_when_the_latest_reply_was_cut_or_there_is_none() -> None:
    assert items_to_carry_over([], ["Hi."]) == []
    items = [TextItem("a", "r1", "Hello."), TextItem("b", "r2", "Your EMI…", in_play=False)]
    assert items_to_carry_over(items, []) == []
