"""A call's closing turn: whether a response spoke before its call, and no reply after the last.

**Words before a call.** When the model moves to ``end`` or a transfer target, the state
tool's answer depends on whether the response that carried the move had already spoken
(its words are the goodbye) or not (the model called the tool first, and is asked for one
closing reply). pipecat runs a call's handler as a task once its arguments are complete, by
when more of the response may have come; so the answer is taken at
``response.function_call_arguments.done``: did an audio, transcript or text delta of the
same ``response_id`` come before it (deltas the truncation dropped, of a cancelled
response, are none). :meth:`ClosingTurnMixin.words_before_call` gives it to the handler.

**No reply after the last one.** Once the call's exit is taken,
:meth:`ClosingTurnMixin.last_replies` ``(n)`` lets ``n`` more responses speak (0: the
exit's response spoke the goodbye before its call; 1: the closing reply, or the exit's own
response if it speaks after its call: a model told to call first and then speak does that
in one response, and a reply after it would talk on past its goodbye), counted at a
response's first audio, transcript or text delta: a response that ends, fails or is cancelled before it
spoke uses up nothing, so the caller talking while the closing reply is still silent gets
it as the answer to their turn; nor does one cut or ended before any of it reached the
output (text modality: the voice had not begun it), which the call's exit gate tells
(:meth:`ClosingTurnMixin.closing_reply_unheard`); a failed transfer lets one more speak,
the caller's news that it did not go through (:meth:`ClosingTurnMixin.one_more_reply`).
Once the last one has spoken the service creates no
response: a tool result (a tool the closing reply called anyway, a late one) is sent
without a reply, and a turn the caller takes is not answered (on manual turns; a server-VAD
session answers on its own), while the last words play out and the call ends.
"""

from __future__ import annotations

from typing import Any

from loguru import logger

__all__ = ["ClosingTurnMixin"]

_KEPT_CALLS = 64  # calls whose answer is kept until asked for (a call's handler asks once)


class ClosingTurnMixin:
    """Must precede pipecat's class (and the pack's manual turns, whose ``response.create``
    on the caller's stop it refuses after the last reply)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._spoken_responses: set[str] = set()  # this response's id once it spoke
        self._calls_after_words: dict[str, bool] = {}  # call id -> its response had spoken
        self._call_responses: dict[str, str] = {}  # call id -> the response that carried it
        self._replies_left: int | None = None  # None: no exit taken

    def words_before_call(self, tool_call_id: str) -> bool | None:
        """Whether the response that carried the call ``tool_call_id`` had spoken (audio or
        text) before the call's arguments were complete; None for a call it never saw."""
        return self._calls_after_words.pop(tool_call_id, None)

    def call_response_spoke(self, tool_call_id: str) -> bool:
        """Whether the response that carried the call ``tool_call_id`` has spoken so far
        (audio or text, before or after the call), while it is the latest response: the
        exit's own words, whatever came before it (the previous reply's audio is not)."""
        rid = self._call_responses.get(tool_call_id)
        return rid is not None and rid in self._spoken_responses

    def last_replies(self, count: int) -> None:
        """The call is ending: let at most ``count`` more responses speak (counted at their
        first words: one that ends without any uses up nothing), then create none. The
        exit's own response counts: if it spoke already (after its call, by the time this
        is called) or speaks on after the call, those are the last words."""
        self._replies_left = max(0, count)
        if self._replies_left and self._spoken_responses:  # the running response spoke
            self._replies_left -= 1

    def closing_reply_unheard(self) -> None:
        """The call's closing reply is awaited again: the reply counted as spent at its
        first delta was cut or ended before any of it reached the caller (text modality: its
        text came, the voice's first audio had not). One more response may speak, so the
        caller's turn gets the closing reply. Nothing before an exit is taken."""
        self.one_more_reply()

    def one_more_reply(self) -> None:
        """The call's end is put off for one more reply after its last words (a failed
        transfer: the caller is told it did not go through): one more response may speak,
        counted as :meth:`last_replies` counts, then none. Nothing before an exit is taken."""
        if self._replies_left is not None:
            self._replies_left = 1

    @property
    def replies_closed(self) -> bool:
        """The last reply has spoken: no further response is asked for."""
        return self._replies_left == 0

    def _note_words(self, evt: Any) -> None:
        rid = getattr(evt, "response_id", None)
        if rid and getattr(evt, "delta", None) and rid not in self._spoken_responses:
            self._spoken_responses.add(rid)
            if self._replies_left:  # one of the call's last replies spoke
                self._replies_left -= 1

    async def _handle_evt_response_created(self, evt: Any) -> None:
        self._spoken_responses.clear()  # a call's response is the one running
        await super()._handle_evt_response_created(evt)  # type: ignore[misc]

    async def _handle_evt_audio_delta(self, evt: Any) -> None:
        self._note_words(evt)
        await super()._handle_evt_audio_delta(evt)  # type: ignore[misc]

    async def _handle_evt_audio_transcript_delta(self, evt: Any) -> None:
        self._note_words(evt)
        await super()._handle_evt_audio_transcript_delta(evt)  # type: ignore[misc]

    async def _handle_evt_text_delta(self, evt: Any) -> None:
        self._note_words(evt)
        await super()._handle_evt_text_delta(evt)  # type: ignore[misc]

    async def _handle_evt_function_call_arguments_done(self, evt: Any) -> None:
        for kept in (self._calls_after_words, self._call_responses):
            if len(kept) >= _KEPT_CALLS:  # never asked for: the oldest goes
                del kept[next(iter(kept))]
        self._calls_after_words[evt.call_id] = evt.response_id in self._spoken_responses
        self._call_responses[evt.call_id] = evt.response_id
        await super()._handle_evt_function_call_arguments_done(evt)  # type: ignore[misc]

    async def _create_response(self) -> None:
        if self.replies_closed:
            logger.debug(f"{self}: the call is ending after its last reply; not replying")
            return
        await super()._create_response()  # type: ignore[misc]

    async def _handle_user_stopped_speaking(self, frame: Any) -> None:
        if self.replies_closed:
            logger.debug(f"{self}: the call is ending after its last reply; turn not answered")
            return
        await super()._handle_user_stopped_speaking(frame)  # type: ignore[misc]
