"""The media-stream simulator's keypad presses and caller audio: timed from the call's start or
from the application's first audio (a key or a barge-in meant for a greeting, whatever the
start-up took)."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from websockets.asyncio.server import ServerConnection, serve

from pipecat_rt_best.g711_passthrough.dialects import (
    DtmfDigit,
    MediaChunk,
    StreamStart,
    dialect_for,
)
from pipecat_rt_best.testing.media_stream_simulator import Cue, MediaStreamSimulator

GREETING_AFTER_S = 0.6  # the application's start-up before its first audio


async def _after_first_audio(**sim: Any) -> dict[str, float]:
    """A call against a scripted application whose first audio comes ``GREETING_AFTER_S`` in:
    seconds from that audio to the first key (``"key"``) and to the first caller byte that is
    not line silence (``"speech"``), each negative when it came before."""
    first_audio: list[float] = []
    seen: dict[str, float] = {}
    twilio = dialect_for("twilio")

    async def greet(ws: ServerConnection, stream: str) -> None:
        await asyncio.sleep(GREETING_AFTER_S)
        await ws.send(twilio.media_message(stream, b"\xff" * 160))
        first_audio.append(time.monotonic())

    async def app(ws: ServerConnection) -> None:
        tasks = []
        async for raw in ws:
            event = twilio.parse(raw)
            if isinstance(event, StreamStart):
                tasks.append(asyncio.create_task(greet(ws, event.stream_id)))
            elif isinstance(event, DtmfDigit):
                seen.setdefault("key", time.monotonic())
            elif isinstance(event, MediaChunk) and event.payload.strip(b"\xff"):
                seen.setdefault("speech", time.monotonic())
        await asyncio.gather(*tasks)

    async with serve(app, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        record = await MediaStreamSimulator(
            f"ws://127.0.0.1:{port}/", "twilio", max_duration_s=1.5, **sim
        ).run()
    assert first_audio, "the call ended before the application's audio"
    if "caller_audio" in sim:
        assert record.caller_audio_started_at is not None
    return {what: at - first_audio[0] for what, at in seen.items()}


async def _key_after_audio(dtmf_from: Cue) -> dict[str, float]:
    return await _after_first_audio(dtmf=[(0.2, "1")], dtmf_from=dtmf_from)


async def _speech_after_audio(caller_audio_from: Cue) -> dict[str, float]:
    return await _after_first_audio(
        caller_audio=b"\xff" * 1600 + b"\x00" * 1600,  # 0.2 s of silence, then 0.2 s loud
        caller_audio_from=caller_audio_from,
    )


async def test_a_key_timed_from_the_bot_audio_comes_that_long_after_it() -> None:
    assert 0.15 <= (await _key_after_audio("bot_audio"))["key"] <= 0.2 + 0.5


async def test_a_key_timed_from_the_call_start_comes_before_a_late_greeting() -> None:
    got = (await _key_after_audio("call_start"))["key"]
    assert got == pytest.approx(0.2 - GREETING_AFTER_S, abs=0.3)


def test_a_misspelt_dtmf_from_is_refused_not_taken_for_the_other() -> None:
    with pytest.raises(ValueError, match="dtmf_from must be 'call_start' or 'bot_audio'"):
        MediaStreamSimulator("ws://127.0.0.1:9/", dtmf_from="bot-audio")  # type: ignore[arg-type]


async def test_caller_audio_timed_from_the_bot_audio_starts_when_it_came() -> None:
    assert 0.15 <= (await _speech_after_audio("bot_audio"))["speech"] <= 0.2 + 0.5


async def test_caller_audio_timed_from_the_call_start_comes_before_a_late_greeting() -> None:
    got = (await _speech_after_audio("call_start"))["speech"]
    assert got == pytest.approx(0.2 - GREETING_AFTER_S, abs=0.3)


def test_a_misspelt_caller_audio_from_is_refused() -> None:
    with pytest.raises(ValueError, match="caller_audio_from must be 'call_start' or 'bot_audio'"):
        MediaStreamSimulator("ws://127.0.0.1:9/", caller_audio_from="greeting")  # type: ignore[arg-type]
