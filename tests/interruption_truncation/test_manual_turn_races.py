"""Manual turns against the emulator's protocol engine, event by event: the races between
the caller's VAD and the server's response lifecycle.

The service's client events go straight into :class:`RealtimeProtocol` (the server's
rules); the server's events are fed back to the service's handlers when the test says so,
which is how a slow ``response.created`` is staged.
"""

from __future__ import annotations

import json
from typing import Any

from pipecat.frames.frames import (
    InputAudioRawFrame,
    TTSAudioRawFrame,
    UserStoppedSpeakingFrame,
)
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.services.openai.realtime import events

from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.testing.realtime_emulator.protocol import RealtimeProtocol
from pipecat_rt_best.testing.realtime_emulator.response_stream import Pace, PendingResponse
from pipecat_rt_best.testing.realtime_emulator.script import EmulatorScript, as_reply
from tests.interruption_truncation.fakes import FrameSink

EVENT_MODELS = {
    "response.created": events.ResponseCreated,
    "response.done": events.ResponseDone,
    "conversation.item.added": events.ConversationItemAdded,
    "response.output_audio.delta": events.ResponseAudioDelta,
}


class Call:
    def __init__(self) -> None:
        self.svc = RealtimeLLMService(
            api_key="k",
            base_url="ws://127.0.0.1:1/v1/realtime",
            settings=RealtimeLLMService.Settings(session_properties=realtime_session()),
        )
        self.proto = RealtimeProtocol(
            script=EmulatorScript(replies=["A long answer the caller talks over.", "Sure."])
        )
        self.proto.handle_message(
            json.dumps(
                {
                    "type": "session.update",
                    "session": {"type": "realtime", "audio": {"input": {"turn_detection": None}}},
                }
            )
        )
        self.sent: list[str] = []
        self.server: list[dict[str, Any]] = []  # events not yet delivered to the service
        self.responses: list[PendingResponse] = []
        self.errors: list[dict[str, Any]] = []

        async def ws_send(message: dict[str, Any]) -> None:
            self.sent.append(message["type"])
            out = self.proto.handle_message(json.dumps(message))
            self.server.extend(out.events)
            self.errors.extend(e for e in out.events if e["type"] == "error")
            self.responses.extend(out.start)

        self.svc._ws_send = ws_send  # type: ignore[method-assign]
        self.svc._websocket = object()
        self.svc._api_session_ready = True
        self.svc._context = LLMContext()  # what the user aggregator's first context frame sets
        self.sink = FrameSink()
        self.svc._next = self.sink  # type: ignore[assignment]

    async def caller_turn(self, ms: int = 300) -> None:
        audio = bytes(ms * 48)  # PCM 24 kHz
        await self.svc._send_user_audio(
            InputAudioRawFrame(audio=audio, sample_rate=24000, num_channels=1)
        )
        await self.svc._handle_user_stopped_speaking(UserStoppedSpeakingFrame())

    async def deliver(self) -> None:
        """Hand the service what the server has sent so far."""
        pending, self.server = self.server, []
        for ev in pending:
            model = EVENT_MODELS.get(ev["type"])
            if model is None:
                continue
            handler = {
                "response.created": self.svc._handle_evt_response_created,
                "response.done": self.svc._handle_evt_response_done,
                "conversation.item.added": self.svc._handle_evt_conversation_item_added,
                "response.output_audio.delta": self.svc._handle_evt_audio_delta,
            }[ev["type"]]
            await handler(model.model_validate(ev))

    def run_response(self, index: int) -> None:
        """The server streams response ``index`` to its end (events queued for delivery)."""
        pending = self.responses[index]
        for ev in pending.stream(as_reply(self.proto.reply_for(pending))):
            if not isinstance(ev, Pace):
                self.server.append(ev)


async def test_barge_in_before_response_created_cancels_and_the_next_turn_is_answered() -> None:
    call = Call()
    await call.caller_turn()
    assert call.sent[-2:] == ["input_audio_buffer.commit", "response.create"]
    # the caller talks again before response.created reaches the client
    await call.svc._handle_interruption()
    assert "response.cancel" in call.sent
    # ... and stops: the commit goes now, the response is owed until the first one is done
    await call.caller_turn()
    assert call.sent.count("response.create") == 1
    await call.deliver()  # response.created (already cancelled on the server)
    call.run_response(0)
    await call.deliver()  # its response.done (cancelled): the owed create goes out
    assert call.responses[0].status == "cancelled"
    assert call.sent.count("response.create") == 2
    assert not call.errors, call.errors
    # the second response answers the second turn; none of the first one's audio played
    call.run_response(1)
    await call.deliver()
    assert call.responses[1].status == "completed"
    played = [f for f in call.sink.frames if isinstance(f, TTSAudioRawFrame)]
    assert played  # the answer to the second turn, the only response that streamed
    assert not call.errors, call.errors


async def test_a_refused_create_does_not_leave_the_service_waiting_forever() -> None:
    call = Call()
    await call.caller_turn()
    create_id = call.svc._manual_create_id
    assert create_id is not None and call.svc._response_active
    await call.svc._handle_evt_error(
        events.ErrorEvent.model_validate(
            {
                "type": "error",
                "event_id": "e1",
                "error": {
                    "type": "invalid_request_error",
                    "code": "invalid_value",
                    "message": "refused",
                    "event_id": create_id,
                },
            }
        )
    )
    assert not call.svc._response_active
    await call.caller_turn()
    assert call.sent.count("response.create") == 2
