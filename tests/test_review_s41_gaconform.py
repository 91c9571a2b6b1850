"""Review (session 41): what the pack sends to, and reads from, the GA Realtime API, checked
against the ``openai`` package's own event models (its client-event and server-event unions).

A call of the pack's realtime service against the emulator — G.711 straight through with
manual turns, the caller's audio on the pack's fast append path, a tool call, the caller's
transcript, a barge-in (cancel, clear, truncate or delete), an app's assistant message, a
mid-call settings delta — records every message each side wrote on the socket. Each client
message must be an event of the SDK's ``RealtimeClientEvent`` union, strictly (no coercion),
with no key the models do not have anywhere; each server event one of
``RealtimeServerEvent``, the same way (the session object's ``object``, ``id`` and
``expires_at``, which the real server sends in ``session.created`` / ``session.updated`` and
the models leave out, excepted).
"""

from __future__ import annotations

import asyncio
import json
import typing
from typing import Any

import pytest
from pipecat.frames.frames import (
    InterruptionFrame,
    LLMContextFrame,
    LLMFullResponseEndFrame,
    LLMUpdateSettingsFrame,
    TTSTextFrame,
    UserStartedSpeakingFrame,
    UserStoppedSpeakingFrame,
)
from pipecat.services.llm_service import FunctionCallParams
from pydantic import BaseModel, ValidationError

from pipecat_rt_best.base import G711InputAudioFrame
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    Faults,
    RealtimeEmulator,
    Reply,
    ToolCall,
    protocol as emulator_protocol,
    server as emulator_server,
)

from .realtime.harness import RealtimePipeline, wait_until

client_event_models = pytest.importorskip("openai.types.realtime.realtime_client_event")
server_event_models = pytest.importorskip("openai.types.realtime.realtime_server_event")

KEY = "sk-test-ga-conformance"
# keys of the session object the real server sends and the SDK's session models leave out
_SESSION_READ_ONLY = {"object", "id", "expires_at"}


def _extras(model: Any, path: str = "") -> list[str]:
    """Every key, anywhere in ``model``, that its pydantic models do not declare."""
    if isinstance(model, BaseModel):
        found = [f"{path}.{key}" for key in model.model_extra or {}]
        for name in type(model).model_fields:
            found += _extras(getattr(model, name), f"{path}.{name}")
        return found
    if isinstance(model, list | tuple):
        return [e for i, v in enumerate(model) for e in _extras(v, f"{path}[{i}]")]
    if isinstance(model, dict):
        return [e for k, v in model.items() for e in _extras(v, f"{path}.{k}")]
    return []


def models_by_type(union: Any) -> dict[str, type[BaseModel]]:
    """The SDK's event models of a union (``RealtimeClientEvent`` …), by their ``type``."""
    members = typing.get_args(typing.get_args(union)[0]) or typing.get_args(union)
    return {typing.get_args(model.model_fields["type"].annotation)[0]: model for model in members}


def sdk_problems(models: dict[str, type[BaseModel]], event: dict[str, Any]) -> list[str]:
    """What the SDK's model of ``event``'s type refuses in it (strict), or the keys it does
    not know."""
    model_class = models.get(event.get("type"))  # type: ignore[arg-type]
    if model_class is None:
        return [f"no event of type {event.get('type')!r} in the SDK"]
    try:
        model = model_class.model_validate_json(json.dumps(event), strict=True)
    except ValidationError as exc:
        return [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:3]]
    extras = _extras(model)
    if event.get("type") in ("session.created", "session.updated"):
        extras = [e for e in extras if e.rpartition(".")[2] not in _SESSION_READ_ONLY]
    return extras


class Wire:
    """Every message the clients wrote to the emulator and every event it sent, as JSON."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.client: list[dict[str, Any]] = []
        self.server: list[dict[str, Any]] = []
        handle = emulator_protocol.RealtimeProtocol.handle_message
        send = emulator_server._Connection.send
        wire = self

        def handle_message(proto: Any, raw: str | bytes) -> Any:
            wire.client.append(json.loads(raw))
            return handle(proto, raw)

        async def send_event(conn: Any, event: dict[str, Any]) -> None:
            if not conn.dropped:  # as it goes on the wire (a fault may rewrite it)
                rewrite = conn.emu.faults.rewrite_event
                wire.server.append(json.loads(json.dumps(rewrite(event) if rewrite else event)))
            await send(conn, event)

        monkeypatch.setattr(emulator_protocol.RealtimeProtocol, "handle_message", handle_message)
        monkeypatch.setattr(emulator_server._Connection, "send", send_event)

    def problems(self) -> list[tuple[str, str | None, list[str]]]:
        client = models_by_type(client_event_models.RealtimeClientEvent)
        server = models_by_type(server_event_models.RealtimeServerEvent)
        found = []
        for side, models, events in (
            ("client", client, self.client),
            ("server", server, self.server),
        ):
            for event in events:
                problems = sdk_problems(models, event)
                if problems:
                    found.append((side, event.get("type"), problems))
        return found


TOOLS = [
    {
        "type": "function",
        "name": "get_balance",
        "description": "The caller's account balance.",
        "parameters": {"type": "object", "properties": {"account": {"type": "string"}}},
    }
]
REPLIES = [
    "Namaste, this is Asha from City Bank.",
    Reply(tool_calls=[ToolCall("get_balance", {"account": "1234"})]),
    Reply(
        text="Your balance is four thousand rupees, and your next instalment is due on the "
        "fifth of next month, so please keep the amount ready in your account.",
        split_items=2,
    ),
    "Of course.",
]


def _done(p: RealtimePipeline) -> int:
    return len(p.sink.of(LLMFullResponseEndFrame))


async def _a_call(emu: RealtimeEmulator) -> RealtimePipeline:
    async def get_balance(params: FunctionCallParams) -> None:
        await params.result_callback({"balance_inr": 4000})

    llm = RealtimeLLMService(
        api_key=KEY,
        base_url=emu.url,
        settings=RealtimeLLMService.Settings(
            model="gpt-realtime",
            system_instruction="You are Asha. Be brief.",
            session_properties=realtime_session(
                audio_format="pcmu", voice="marin", tools=TOOLS, transcribe_input=True
            ),
        ),
    )
    llm.register_function("get_balance", get_balance)
    async with RealtimePipeline(llm) as p:
        await p.send(LLMContextFrame(p.context))
        await wait_until(lambda: _done(p) >= 1, what="the greeting")
        said = len(p.sink.of(TTSTextFrame))
        caller = [G711InputAudioFrame.from_line(b"\x55" * 160)] * 25  # 500 ms
        await p.send(UserStartedSpeakingFrame(), *caller, UserStoppedSpeakingFrame())
        # the tool call, its result, then the answer: cut in once it speaks
        await wait_until(
            lambda: len(p.sink.of(TTSTextFrame)) >= said + 3, what="the answer's words"
        )
        await p.send(UserStartedSpeakingFrame(), InterruptionFrame())
        await p.send(*caller, UserStoppedSpeakingFrame())
        await wait_until(lambda: _done(p) >= 4, timeout=8, what="the reply after the barge-in")
        await llm._send_message_item("I said the balance is four thousand.", role="assistant")
        delta = RealtimeLLMService.Settings(
            session_properties=realtime_session(instructions="You are Asha. Close the call.")
        )
        await p.send(LLMUpdateSettingsFrame(delta=delta))
        session = emu.sessions[0]
        await wait_until(
            lambda: (
                len(session.received_of("session.update")) >= 2
                and len(session.sent_of("session.updated")) >= 2
            ),
            what="the delta's session.update answered",
        )
        await asyncio.sleep(0.05)
    return p


async def test_every_event_of_a_call_is_one_the_openai_sdk_models_accept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wire = Wire(monkeypatch)
    script = EmulatorScript(replies=REPLIES, user_transcripts=["What is my balance?"])
    async with RealtimeEmulator(
        api_key=KEY, script=script, faults=Faults(delta_interval_s=0.01)
    ) as emu:
        await _a_call(emu)
        errors = emu.sessions[0].errors_sent
    assert wire.problems() == []
    assert errors == []
    sent = {e.get("type") for e in wire.client}
    # the call reached what it is meant to check (a flow that stopped short proves little)
    assert {
        "session.update",
        "input_audio_buffer.append",
        "input_audio_buffer.commit",
        "input_audio_buffer.clear",
        "response.create",
        "response.cancel",
        "conversation.item.create",
    } <= sent, sent
    assert sent & {"conversation.item.truncate", "conversation.item.delete"}, sent
