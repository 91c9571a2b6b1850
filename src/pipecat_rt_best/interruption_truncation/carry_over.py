"""Which of a lost realtime session's assistant text items the new session is given (pure logic).

When a reconnect replaces the session (:mod:`pipecat_rt_best.realtime.reconnect`), the new one
gets the conversation from the service's context, which holds a reply only once it has played
out (the assistant aggregator sits after the output transport). A text reply the TTS was
still speaking when the socket died is in neither: :func:`items_to_carry_over` picks its
items, which the service then creates on the new session (and a later barge-in replaces with
the heard words there, as on the old one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["TextItem", "items_to_carry_over"]


@dataclass(frozen=True)
class TextItem:
    """An assistant text item of the lost session, in conversation order.

    ``in_play``: not replaced, deleted or cut off by a barge-in (what the caller heard of a
    cut item is already in the context, or on its way to the new session)."""

    item_id: str
    response_id: str
    text: str
    in_play: bool = True


def _squash(text: str) -> str:
    return "".join(text.split())


def items_to_carry_over(
    items: Sequence[TextItem], restored_assistant_texts: Sequence[str]
) -> list[TextItem]:
    """The items of the latest response (the one whose item came last) that are still in
    play, hold text, and whose text is not among ``restored_assistant_texts`` (the context's
    assistant messages already sent to the new session; whitespace does not count), in
    order. An earlier response's items are never carried: its reply had ended, so the
    context holds it as heard."""
    if not items:
        return []
    latest = items[-1].response_id
    restored = {_squash(text) for text in restored_assistant_texts}
    return [
        item
        for item in items
        if item.response_id == latest
        and item.in_play
        and _squash(item.text)
        and _squash(item.text) not in restored
    ]
