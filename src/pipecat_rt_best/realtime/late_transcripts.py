"""A caller's transcript that comes after the reply to it has ended goes before that reply.

The server transcribes the caller's turn while it answers it, and the transcript may come
after a short reply has already ended. pipecat's user aggregator writes the caller's turn to
the context when the reply ends; a transcript later than that waits for the *next* turn and
is written after the reply, merged with the next turn's words — the context is one turn off
(and a reconnect, which restores the conversation from the context, would replay it so).

Here, when the transcript of a caller item comes after the response that answered it has
ended, the service puts it in the context itself, right after what the context held when
the item was added (before the reply, and before anything the reply led to), instead of
handing it to the aggregator. The ``TranscriptionFrame`` still goes out (downstream, so
observers see it and the aggregator does not take it into the next turn). The user
aggregator upstream that shares the service's context still reports the turn as it reports
its own writes: it broadcasts ``LLMContextUserTurnFrame`` and fires
``on_user_turn_message_added``. A transcript that comes in time takes pipecat's usual path,
unless the user aggregator is muted then (its ``user_mute_strategies``: pipecat's
``AlwaysUserMuteStrategy`` mutes the caller while the bot speaks, the reply to that very
turn): a muted aggregator drops a ``TranscriptionFrame``, and the caller's words would be in
no context. The service follows the aggregator's ``UserMuteStartedFrame`` /
``UserMuteStoppedFrame`` and places such a transcript itself, as a late one.

An interruption (a barge-in, a keypad entry that cuts the voice) has pipecat's assistant
aggregator write the heard part of the reply at once, while pipecat's user aggregator writes
the caller's turn that reply answers only one STT-latency window (1 s) after the reply
started, or at its end: cut sooner, the turn went in after the heard reply and whatever came
next. On an interruption the service has the user aggregator write it first.

While input transcription is on, a caller item whose transcript has not come is *owed*
(:meth:`LateTranscriptMixin._input_transcript_owed`): a planned move to a fresh session waits
for it, or the caller's words would go with the old session's socket. One the server reports
it could not transcribe (``input_audio_transcription.failed``) is owed no more.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from loguru import logger
from pipecat.frames.frames import (
    Frame,
    InterruptionFrame,
    LLMContextUserTurnFrame,
    TranscriptionFrame,
    UserMuteStartedFrame,
    UserMuteStoppedFrame,
)
from pipecat.processors.aggregators.llm_response_universal import (
    LLMUserAggregator,
    UserTurnMessageAddedMessage,
)
from pipecat.processors.frame_processor import FrameDirection
from pipecat.transcriptions.language import Language
from pipecat.utils.time import time_now_iso8601

# caller items remembered while their transcripts are awaited (a call never has many)
_AWAITED_MAX = 64
# how far upstream the user aggregator is looked for (a pipeline's processors, not a call's)
_UPSTREAM_HOPS_MAX = 32


@dataclass
class _Awaited:
    """A caller item whose transcript has not come yet."""

    anchor: Any  # the context's last message when the item was added (None: it was empty)
    added_at: str  # when the item was added (ISO 8601): the turn's timestamp in the events
    answered: bool = False  # a response that took it in has ended


class LateTranscriptMixin:
    """Places a transcript that outlived its reply. Must precede pipecat's class."""

    # These attributes come from OpenAIRealtimeLLMService; declared for type checkers.
    _context: Any
    _settings: Any

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._awaited: OrderedDict[str, _Awaited] = OrderedDict()
        self._answering: list[str] = []  # awaited items the running response took in
        self._caller_muted = False  # the user aggregator upstream mutes the caller

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        if isinstance(frame, UserMuteStartedFrame):
            self._caller_muted = True
        elif isinstance(frame, UserMuteStoppedFrame):
            self._caller_muted = False
        elif isinstance(frame, InterruptionFrame) and direction == FrameDirection.DOWNSTREAM:
            await self._write_the_callers_turn()
        await super().process_frame(frame, direction)  # type: ignore[misc]

    async def _write_the_callers_turn(self) -> None:
        """An interruption is on its way to the assistant aggregator, which writes the heard
        part of the reply at once: the caller's turn that reply answers goes into the context
        first. pipecat's user aggregator writes that turn one STT-latency window (1 s) after
        the reply starts, or when the reply's end reaches the assistant aggregator, and an
        interruption before either (a keypad entry, a barge-in) left it pending, written
        after the heard reply and whatever came next (the keys, the next reply)."""
        aggregator = self._user_aggregator()
        if aggregator is not None and aggregator._realtime_service_mode:
            await aggregator._realtime_handoff_flush_immediate()

    async def _handle_evt_conversation_item_added(self, evt: Any) -> None:
        item = evt.item
        if item.type == "message" and item.role == "user" and _is_audio(item):
            messages = self._context.messages if self._context is not None else []
            self._awaited[item.id] = _Awaited(
                anchor=messages[-1] if messages else None, added_at=time_now_iso8601()
            )
            while len(self._awaited) > _AWAITED_MAX:
                self._awaited.popitem(last=False)
        await super()._handle_evt_conversation_item_added(evt)  # type: ignore[misc]

    def _input_transcript_owed(self) -> bool:
        """Input transcription is on and a caller item of this session awaits its transcript."""
        if not self._awaited:
            return False
        audio = getattr(self._settings.session_properties, "audio", None)
        return getattr(getattr(audio, "input", None), "transcription", None) is not None

    def _forget_awaited_transcripts(self) -> None:
        """The call moved to another session: the old one's transcripts can no longer come."""
        self._awaited.clear()
        self._answering = []

    async def _handle_evt_response_created(self, evt: Any) -> None:
        self._answering = [i for i, a in self._awaited.items() if not a.answered]
        await super()._handle_evt_response_created(evt)  # type: ignore[misc]

    async def _handle_evt_response_done(self, evt: Any) -> None:
        await super()._handle_evt_response_done(evt)  # type: ignore[misc]
        for item_id in self._answering:  # their reply's end has gone out
            if item_id in self._awaited:
                self._awaited[item_id].answered = True
        self._answering = []

    async def handle_evt_input_audio_transcription_completed(self, evt: Any) -> None:
        awaited = self._awaited.pop(evt.item_id, None)
        if (
            awaited is None
            # late (its reply has ended), or the aggregator would drop it (the caller is muted)
            or not (awaited.answered or self._caller_muted)
            or not evt.transcript.strip()
        ):
            await super().handle_evt_input_audio_transcription_completed(evt)  # type: ignore[misc]
            return
        if not self._place_before_reply(evt.transcript, awaited.anchor):
            await super().handle_evt_input_audio_transcription_completed(evt)  # type: ignore[misc]
            return
        why = "after the reply to it ended" if awaited.answered else "while the caller is muted"
        logger.debug(
            f"{self}: the caller's transcript came {why}; placed before that reply in the context"
        )
        await self._call_event_handler("on_conversation_item_updated", evt.item_id, None)  # type: ignore[attr-defined]
        frame = TranscriptionFrame(evt.transcript, "", time_now_iso8601(), result=evt)
        await self.push_frame(frame, FrameDirection.DOWNSTREAM)  # type: ignore[attr-defined]
        await self._handle_user_transcription(evt.transcript, True, Language.EN)  # type: ignore[attr-defined]
        await self._report_user_turn(evt.transcript, awaited.added_at)

    async def _input_transcription_failed(self, item_id: str, code: str) -> None:
        """The server could not transcribe caller item ``item_id``
        (``conversation.item.input_audio_transcription.failed``, which pipecat's receive loop
        drops; the reconnect's socket guard hands it here): its transcript is no longer owed,
        and the caller's words of that turn will not be in the context."""
        if self._awaited.pop(item_id, None) is None:
            return
        logger.warning(
            f"{self}: the server could not transcribe the caller's turn ({code}); "
            "the model heard it, the context will not hold its words"
        )

    async def _report_user_turn(self, transcript: str, timestamp: str) -> None:
        """Have the user aggregator that shares this context report the turn the service
        placed, as it reports a turn it writes itself: ``LLMContextUserTurnFrame`` broadcast
        from it, then ``on_user_turn_message_added`` (handlers get that aggregator). Nothing
        if no such aggregator is upstream."""
        aggregator = self._user_aggregator()
        if aggregator is None:
            logger.debug(f"{self}: no user aggregator upstream shares the context")
            return
        await aggregator.broadcast_frame(
            LLMContextUserTurnFrame, text=transcript, timestamp=timestamp
        )
        message = UserTurnMessageAddedMessage(content=transcript, timestamp=timestamp)
        await aggregator._call_event_handler("on_user_turn_message_added", message)

    def _user_aggregator(self) -> LLMUserAggregator | None:
        """The nearest ``LLMUserAggregator`` upstream whose context is this service's."""
        processor = getattr(self, "previous", None)
        for _ in range(_UPSTREAM_HOPS_MAX):
            if processor is None:
                return None
            if isinstance(processor, LLMUserAggregator) and processor.context is self._context:
                return processor
            processor = processor.previous
        return None

    def _place_before_reply(self, transcript: str, anchor: Any) -> bool:
        """Insert the caller's message right after ``anchor``; False if the context no longer
        holds it (rewritten meanwhile, e.g. summarised): pipecat's path then."""
        if self._context is None:
            return False
        messages = self._context.messages
        if anchor is None:
            at = 0
        else:
            found = [i for i, m in enumerate(messages) if m is anchor]
            if not found:
                return False
            at = found[-1] + 1
        self._context.set_messages(
            [*messages[:at], {"role": "user", "content": transcript}, *messages[at:]]
        )
        return True


def _is_audio(item: Any) -> bool:
    return any(getattr(part, "type", None) == "input_audio" for part in item.content or [])
