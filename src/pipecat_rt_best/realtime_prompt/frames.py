"""The frame a pipeline author observes when the conversation changes state."""

from __future__ import annotations

from dataclasses import dataclass

from pipecat.frames.frames import SystemFrame

__all__ = ["ConversationStateFrame"]


@dataclass
class ConversationStateFrame(SystemFrame):
    """The conversation moved from ``previous`` to ``current`` (pushed downstream by the
    realtime service when the model's ``set_conversation_state`` call is accepted).

    ``exit`` is set when the move left the state graph (``end``, a transfer target or a
    tool): ``current`` is then the last state. A system frame, so an interruption never
    discards it.
    """

    previous: str = ""
    current: str = ""
    exit: str | None = None
    tool_call_id: str = ""
    closing_reply: bool = False
