"""Caller audio coalescing (``append_interval_ms``, ``realtime/append.py``).

With manual turns the 20 ms packets are held and appended ~every 100 ms; whatever is held is
appended before any other client event, so a commit or clear acts on exactly the bytes it
would have without coalescing. With the server's VAD (or an interval of 0), each packet goes
at once. Every test reads the JSON the socket got, in order.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from pipecat.services.openai.realtime import events

from pipecat_rt_best.base import G711InputAudioFrame
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.realtime.append import DEFAULT_APPEND_INTERVAL_MS
from pipecat_rt_best.realtime.reconnect import _RESTORING


class Socket:
    """Stands in for the realtime socket: every message the service sends, decoded."""

    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []

    async def send(self, text: str) -> None:
        self.messages.append(json.loads(text))


def _service(manual_turns: bool = True, **kwargs: Any) -> tuple[RealtimeLLMService, Socket]:
    svc = RealtimeLLMService(
        api_key="k",
        base_url="ws://127.0.0.1:1/v1/realtime",
        settings=RealtimeLLMService.Settings(
            session_properties=realtime_session(audio_format="pcmu", manual_turns=manual_turns)
        ),  # type: ignore[arg-type]
        **kwargs,
    )
    socket = Socket()
    svc._websocket = socket

    async def no_metrics() -> None:
        return None

    svc.start_ttfb_metrics = no_metrics  # type: ignore[assignment,method-assign]
    return svc, socket


def _packets(n: int, start: int = 0) -> list[bytes]:
    """``n`` distinct 20 ms μ-law packets (160 bytes each)."""
    return [bytes((start + i + j) % 256 for j in range(160)) for i in range(n)]


async def _send(svc: RealtimeLLMService, packets: list[bytes]) -> None:
    for p in packets:
        await svc._send_user_audio(G711InputAudioFrame.from_line(p))


def _kinds(socket: Socket) -> list[str]:
    return [m["type"] for m in socket.messages]


def _audio(messages: list[dict[str, Any]]) -> list[bytes]:
    return [
        base64.b64decode(m["audio"]) for m in messages if m["type"] == "input_audio_buffer.append"
    ]


def test_the_default_interval_is_100_ms() -> None:
    assert DEFAULT_APPEND_INTERVAL_MS == 100
    svc, _ = _service()
    assert svc.append_interval_ms == 100


async def test_manual_turns_append_every_100_ms_in_order() -> None:
    svc, socket = _service()
    packets = _packets(23)
    await _send(svc, packets)
    # 23 packets of 20 ms: four appends of 100 ms; the last 60 ms are held
    assert _kinds(socket) == ["input_audio_buffer.append"] * 4
    assert [len(a) for a in _audio(socket.messages)] == [800] * 4
    assert b"".join(_audio(socket.messages)) == b"".join(packets[:20])
    assert svc._appended_since_commit == 23 * 160  # held audio counts: it goes before a commit


async def test_a_commit_appends_the_held_audio_first_and_exactly_once() -> None:
    svc, socket = _service()
    packets = _packets(7)  # 140 ms: one 100 ms append sent, 40 ms held
    await _send(svc, packets)
    await svc._handle_user_stopped_speaking(None)
    assert _kinds(socket) == [
        "input_audio_buffer.append",
        "input_audio_buffer.append",
        "input_audio_buffer.commit",
        "response.create",
    ]
    assert [len(a) for a in _audio(socket.messages)] == [800, 320]
    assert b"".join(_audio(socket.messages)) == b"".join(packets)
    # the next turn starts from nothing held
    more = _packets(6, start=50)
    await _send(svc, more)
    await svc._handle_user_stopped_speaking(None)
    after = socket.messages[4:]  # (the first response still runs: its successor is owed)
    assert [m["type"] for m in after] == [
        "input_audio_buffer.append",
        "input_audio_buffer.append",
        "input_audio_buffer.commit",
    ]
    assert b"".join(_audio(after)) == b"".join(more)


async def test_too_little_audio_for_a_commit_stays_held_for_the_next_turn() -> None:
    svc, socket = _service()
    await _send(svc, _packets(3))  # 60 ms: no commit (the server refuses < 100 ms)
    await svc._handle_user_stopped_speaking(None)
    assert socket.messages == []
    await _send(svc, _packets(2, start=3))  # 100 ms now, sent as one append
    await svc._handle_user_stopped_speaking(None)
    assert _kinds(socket) == [
        "input_audio_buffer.append",
        "input_audio_buffer.commit",
        "response.create",
    ]
    assert _audio(socket.messages) == [b"".join(_packets(5))]


async def test_an_interruption_appends_the_held_audio_before_the_clear() -> None:
    svc, socket = _service()
    svc._user_audio_preroll_secs = 0.06
    packets = _packets(8)  # 100 ms sent, 60 ms held
    await _send(svc, packets)
    await svc._handle_interruption()
    kinds = _kinds(socket)
    assert kinds[:3] == [
        "input_audio_buffer.append",
        "input_audio_buffer.append",
        "input_audio_buffer.clear",
    ]
    before_clear = socket.messages[:2]
    assert b"".join(_audio(before_clear)) == b"".join(packets)
    # pipecat's pre-roll replay follows the clear (no response runs: no cancel)
    assert kinds[3:] == ["input_audio_buffer.append"]
    assert _audio(socket.messages[3:4]) == [b"".join(packets[-3:])]
    assert svc._appended_since_commit == 480


async def test_any_other_client_event_goes_after_the_held_audio() -> None:
    svc, socket = _service()
    await _send(svc, _packets(2))
    await svc.send_client_event(events.ConversationItemDeleteEvent(item_id="i"))
    assert _kinds(socket) == ["input_audio_buffer.append", "conversation.item.delete"]


async def test_server_vad_keeps_one_append_per_packet() -> None:
    svc, socket = _service(manual_turns=False)
    packets = _packets(7)
    await _send(svc, packets)
    assert _audio(socket.messages) == packets


async def test_interval_zero_keeps_one_append_per_packet() -> None:
    svc, socket = _service(append_interval_ms=0)
    packets = _packets(7)
    await _send(svc, packets)
    assert _audio(socket.messages) == packets


async def test_a_longer_interval_holds_more() -> None:
    svc, socket = _service(append_interval_ms=200)
    await _send(svc, _packets(25))
    assert [len(a) for a in _audio(socket.messages)] == [1600, 1600]


@pytest.mark.parametrize("bad", [-1.0, float("nan")])
def test_a_bad_interval_is_refused(bad: float) -> None:
    with pytest.raises(ValueError, match="append_interval_ms"):
        _service(append_interval_ms=bad)


async def test_a_watcher_sees_the_coalesced_appends_as_pipecat_events() -> None:
    svc, socket = _service()
    seen: list[Any] = []

    async def hook(event: Any) -> None:
        seen.append(event)

    svc.send_client_event = hook  # type: ignore[method-assign]
    packets = _packets(5)
    await _send(svc, packets)
    assert socket.messages == []
    assert [type(e) for e in seen] == [events.InputAudioBufferAppendEvent]
    assert base64.b64decode(seen[0].audio) == b"".join(packets)


async def test_a_session_restore_sends_its_setup_before_the_held_audio() -> None:
    # A reconnect's own sends (session.update, the conversation) go first on the new
    # socket; the caller's held audio follows them, not the other way round.
    svc, socket = _service()
    await _send(svc, _packets(2))
    token = _RESTORING.set(True)
    try:
        await svc.send_client_event(events.SessionUpdateEvent(session=events.SessionProperties()))
    finally:
        _RESTORING.reset(token)
    assert _kinds(socket) == ["session.update"]
    await svc.send_client_event(events.InputAudioBufferCommitEvent())
    assert _kinds(socket) == [
        "session.update",
        "input_audio_buffer.append",
        "input_audio_buffer.commit",
    ]
