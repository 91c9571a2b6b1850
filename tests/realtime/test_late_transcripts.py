"""The late-transcript rule on its own, against a stand-in for pipecat's service."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from pipecat.frames.frames import TranscriptionFrame
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.frame_processor import FrameDirection

from pipecat_rt_best.realtime.late_transcripts import LateTranscriptMixin


class _PipecatStandIn:
    """What the mixin calls through ``super()``: records pipecat's usual path."""

    def __init__(self, context: LLMContext | None) -> None:
        self._context = context
        self.pipecat_path: list[str] = []
        self.pushed: list[tuple[Any, FrameDirection]] = []

    async def _handle_evt_conversation_item_added(self, evt: Any) -> None: ...
    async def _handle_evt_response_created(self, evt: Any) -> None: ...
    async def _handle_evt_response_done(self, evt: Any) -> None: ...

    async def handle_evt_input_audio_transcription_completed(self, evt: Any) -> None:
        self.pipecat_path.append(evt.transcript)

    async def _call_event_handler(self, *args: Any) -> None: ...
    async def _handle_user_transcription(self, *args: Any) -> None: ...

    async def push_frame(self, frame: Any, direction: FrameDirection) -> None:
        self.pushed.append((frame, direction))


class _Service(LateTranscriptMixin, _PipecatStandIn):
    pass


def _user_item(item_id: str) -> Any:
    part = SimpleNamespace(type="input_audio", transcript=None)
    item = SimpleNamespace(id=item_id, type="message", role="user", content=[part])
    return SimpleNamespace(item=item, previous_item_id=None)


def _transcript(item_id: str, text: str) -> Any:
    return SimpleNamespace(item_id=item_id, transcript=text)


async def _turn_answered(svc: _Service, item_id: str, reply: str | None) -> None:
    await svc._handle_evt_conversation_item_added(_user_item(item_id))
    await svc._handle_evt_response_created(SimpleNamespace())
    if reply is not None and svc._context is not None:
        svc._context.add_message({"role": "assistant", "content": reply})
    await svc._handle_evt_response_done(SimpleNamespace())


async def test_a_transcript_in_time_takes_pipecats_path() -> None:
    svc = _Service(LLMContext([{"role": "assistant", "content": "Hello."}]))
    await svc._handle_evt_conversation_item_added(_user_item("u1"))
    await svc._handle_evt_response_created(SimpleNamespace())
    await svc.handle_evt_input_audio_transcription_completed(_transcript("u1", "hi"))
    assert svc.pipecat_path == ["hi"] and not svc.pushed


async def test_a_late_transcript_goes_after_what_came_before_its_item() -> None:
    greeting: Any = {"role": "assistant", "content": "Hello."}
    svc = _Service(LLMContext([greeting]))
    await _turn_answered(svc, "u1", "Okay.")
    await svc.handle_evt_input_audio_transcription_completed(_transcript("u1", "pay now"))
    assert svc.pipecat_path == []
    assert [m["content"] for m in svc._context.messages] == ["Hello.", "pay now", "Okay."]
    frame, direction = svc.pushed[0]
    assert isinstance(frame, TranscriptionFrame) and frame.text == "pay now"
    assert direction == FrameDirection.DOWNSTREAM  # not into the aggregator's next turn


async def test_a_late_transcript_on_an_empty_context_goes_first() -> None:
    svc = _Service(LLMContext())
    await _turn_answered(svc, "u1", "Okay.")
    await svc.handle_evt_input_audio_transcription_completed(_transcript("u1", "hello"))
    assert [m["role"] for m in svc._context.messages] == ["user", "assistant"]


async def test_an_item_taken_in_by_a_later_response_waits_for_that_one() -> None:
    # u2 was added while r1 ran: r1's end does not make u2's transcript late
    svc = _Service(LLMContext([{"role": "assistant", "content": "Hello."}]))
    await svc._handle_evt_conversation_item_added(_user_item("u1"))
    await svc._handle_evt_response_created(SimpleNamespace())
    await svc._handle_evt_conversation_item_added(_user_item("u2"))
    await svc._handle_evt_response_done(SimpleNamespace())
    await svc.handle_evt_input_audio_transcription_completed(_transcript("u2", "wait"))
    assert svc.pipecat_path == ["wait"]


async def test_a_context_rewritten_meanwhile_falls_back_to_pipecats_path() -> None:
    svc = _Service(LLMContext([{"role": "assistant", "content": "Hello."}]))
    await _turn_answered(svc, "u1", "Okay.")
    svc._context.set_messages([{"role": "system", "content": "summary"}])  # the anchor is gone
    await svc.handle_evt_input_audio_transcription_completed(_transcript("u1", "pay now"))
    assert svc.pipecat_path == ["pay now"]
    assert [m["content"] for m in svc._context.messages] == ["summary"]


async def test_an_empty_late_transcript_adds_no_message() -> None:
    svc = _Service(LLMContext([{"role": "assistant", "content": "Hello."}]))
    await _turn_answered(svc, "u1", "Okay.")
    await svc.handle_evt_input_audio_transcription_completed(_transcript("u1", "  "))
    assert len(svc._context.messages) == 2
