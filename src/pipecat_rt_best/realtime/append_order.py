"""A message appended while a reply runs goes after that reply, on the server and in the context.

An ``LLMMessagesAppendFrame`` (a keypad entry, :mod:`pipecat_rt_best.call_pipeline.keypad`)
becomes a ``conversation.item.create`` at once, and pipecat's assistant aggregator writes it
to the context at once. The reply running meanwhile is written only when it ends, and the
caller's turn it answers with it (pipecat's realtime handoff flush). So a caller who speaks
and then types ``4#`` while the reply to their words is being made got, in the server's
conversation, *words, reply, keys*, and in the context (what the app reads, what a reconnect
restores the new session from) *keys, words, reply*: restored so, the model would take the
reply for its answer to the keys.

Here, while a response runs (from its request to its end), an appended message is held: it
is sent, and goes on downstream to the aggregator, right after that response's end
(``LLMFullResponseEndFrame``: at ``response.done``, a barge-in's cut, a lost session's
close-out), so both put it after the reply. Nothing waits for it: the model answers one
response at a time, and pipecat's aggregator holds the request for its answer until the bot
stops speaking anyway. Appends keep their order among themselves. A held message still goes
on at the call's end (``EndFrame``: into the context); a cancelled call drops it.
"""

from __future__ import annotations

from typing import Any

from pipecat.frames.frames import (
    CancelFrame,
    EndFrame,
    Frame,
    LLMFullResponseEndFrame,
    LLMMessagesAppendFrame,
    SystemFrame,
)
from pipecat.processors.frame_processor import FrameDirection

__all__ = ["AppendOrderMixin"]


class AppendOrderMixin:
    """Holds an append while a response runs. Must precede the mixins that handle appends
    (the reconnect's gap) and pipecat's class."""

    # These attributes come from OpenAIRealtimeLLMService; declared for type checkers.
    _response_active: bool
    _current_assistant_response: Any

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_appends: list[LLMMessagesAppendFrame] = []
        self._held_pushes: set[int] = set()  # held appends whose push downstream waits too
        self._releasing_appends = False

    def _reply_running(self) -> bool:
        return bool(self._response_active or self._current_assistant_response is not None)

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        if isinstance(frame, CancelFrame):
            self._held_appends.clear()
            self._held_pushes.clear()
        elif self._held_appends and (
            isinstance(frame, EndFrame)
            or (isinstance(frame, SystemFrame) and not self._reply_running())
        ):
            # the call ends (what was appended goes into the context before the end), or the
            # response ended without its end going downstream (a refused request, a
            # disconnect): at the next system frame (the caller's audio, 50 a second), which
            # an interruption does not cancel halfway as it does the data frames' task
            await self._release_appends()
        await super().process_frame(frame, direction)  # type: ignore[misc]

    async def _handle_messages_append(self, frame: Any) -> None:
        if self._reply_running() or self._held_appends or self._releasing_appends:
            self._held_appends.append(frame)
            return
        await super()._handle_messages_append(frame)  # type: ignore[misc]

    async def push_frame(
        self, frame: Frame, direction: FrameDirection = FrameDirection.DOWNSTREAM
    ) -> None:
        if (
            direction == FrameDirection.DOWNSTREAM
            and isinstance(frame, LLMMessagesAppendFrame)
            and any(held is frame for held in self._held_appends)
        ):
            self._held_pushes.add(id(frame))
            return  # it goes on once released
        await super().push_frame(frame, direction)  # type: ignore[misc]
        if direction == FrameDirection.DOWNSTREAM and isinstance(frame, LLMFullResponseEndFrame):
            await self._release_appends()  # the reply is in the context: what came after it

    async def _release_appends(self) -> None:
        """Send the held appends and pass them on downstream, in order."""
        if self._releasing_appends:
            return
        self._releasing_appends = True
        try:
            while self._held_appends:
                frame = self._held_appends.pop(0)
                await super()._handle_messages_append(frame)  # type: ignore[misc]
                if id(frame) in self._held_pushes:  # (else pipecat's own push is still to come)
                    self._held_pushes.discard(id(frame))
                    await self.push_frame(frame, FrameDirection.DOWNSTREAM)
        finally:
            self._releasing_appends = False
