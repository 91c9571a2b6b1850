"""The realtime service's per-packet ``input_audio_buffer.append`` hot path (G.711 mode).

It sends the event's JSON text on the socket itself (``realtime/append.py``); these tests
pin that the text is what pipecat's own event model would have sent, and that anyone
hooking ``send_client_event`` or ``_ws_send`` still sees every append as pipecat sends it.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from pipecat.services.openai.realtime import events

from pipecat_rt_best.base import G711InputAudioFrame
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session

LINE = bytes(range(256)) * 2  # every μ-law code (0x7F included), 64 ms


def _service(cls: type[RealtimeLLMService] = RealtimeLLMService) -> RealtimeLLMService:
    return cls(
        api_key="k",
        base_url="ws://127.0.0.1:1/v1/realtime",
        settings=cls.Settings(session_properties=realtime_session(audio_format="pcmu")),  # type: ignore[arg-type]
        append_interval_ms=0,  # one append per packet: what these tests pin
    )


def _frame(line: bytes) -> G711InputAudioFrame:
    return G711InputAudioFrame.from_line(line)


class DecodingSocket:
    """Stands in for the realtime socket: keeps every message the service sends, decoded."""

    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []

    async def send(self, text: str) -> None:
        self.messages.append(json.loads(text))


def _socket_messages(svc: RealtimeLLMService) -> list[dict[str, Any]]:
    socket = DecodingSocket()
    svc._websocket = socket
    return socket.messages


def _capture_ws(svc: RealtimeLLMService) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []

    async def ws_send(message: dict[str, Any]) -> None:
        sent.append(message)

    svc._ws_send = ws_send  # type: ignore[method-assign]
    return sent


async def test_hot_path_sends_what_pipecats_event_model_would() -> None:
    svc = _service()
    sent = _socket_messages(svc)
    for i in range(0, len(LINE), 160):
        await svc._send_user_audio(_frame(LINE[i : i + 160]))
    assert [m["type"] for m in sent] == ["input_audio_buffer.append"] * 4
    assert b"".join(base64.b64decode(m["audio"]) for m in sent) == LINE
    for message in sent:
        reference = events.InputAudioBufferAppendEvent(
            event_id=message["event_id"], audio=message["audio"]
        ).model_dump(exclude_none=True)
        assert list(message.items()) == list(reference.items())  # same keys, same order
        assert json.dumps(message) == json.dumps(reference)
    assert svc._appended_since_commit == len(LINE)


async def test_event_ids_are_unique_within_and_across_services() -> None:
    ids: list[str] = []
    for _ in range(3):
        svc = _service()
        sent = _socket_messages(svc)
        for _ in range(200):
            await svc._append_input_audio(b"\xff" * 160)
        ids += [m["event_id"] for m in sent]
    assert len(set(ids)) == len(ids) == 600
    assert all(isinstance(i, str) and 0 < len(i) <= 36 for i in ids)  # pipecat: uuid4, 36


async def test_the_full_send_client_event_chain_gives_the_same_message() -> None:
    # Hooking _ws_send (an instance attribute) runs the pack's and pipecat's
    # send_client_event; the message must match the hot path's except for the id.
    fast, slow = _service(), _service()
    fast_sent, slow_sent = _socket_messages(fast), _capture_ws(slow)
    await fast._send_user_audio(_frame(LINE))
    await slow._send_user_audio(_frame(LINE))
    assert len(fast_sent) == len(slow_sent) == 1
    f, s = dict(fast_sent[0]), dict(slow_sent[0])
    assert f.pop("event_id") != s.pop("event_id")
    assert f == s
    assert fast._appended_since_commit == slow._appended_since_commit == len(LINE)


async def test_an_instance_hook_on_send_client_event_sees_every_append() -> None:
    svc = _service()
    ws = _capture_ws(svc)
    seen: list[Any] = []

    async def hook(event: Any) -> None:
        seen.append(event)

    svc.send_client_event = hook  # type: ignore[method-assign]
    await svc._send_user_audio(_frame(LINE))
    assert ws == []
    assert [type(e) for e in seen] == [events.InputAudioBufferAppendEvent]
    assert base64.b64decode(seen[0].audio) == LINE


async def test_a_subclass_overriding_send_client_event_sees_every_append() -> None:
    seen: list[Any] = []

    class Logged(RealtimeLLMService):
        async def send_client_event(self, event: Any) -> None:
            seen.append(event)
            await super().send_client_event(event)

    svc = _service(Logged)
    ws = _capture_ws(svc)
    await svc._send_user_audio(_frame(LINE))
    assert [type(e) for e in seen] == [events.InputAudioBufferAppendEvent]
    assert len(ws) == 1 and base64.b64decode(ws[0]["audio"]) == LINE
