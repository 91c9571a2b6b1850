"""Standard clients understand every event the emulator sends.

- pipecat's parser (what OpenAIRealtimeLLMService runs on each message);
- the ``openai`` package's pydantic models (``RealtimeServerEvent``), strictly validated;
- the ``openai`` package's own realtime client, unchanged, against the emulator.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from pydantic import TypeAdapter

from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    Faults,
    RealtimeEmulator,
    Reply,
    ToolCall,
)

from .helpers import b64, client_for, tone


async def _rich_session() -> list[dict[str, Any]]:
    """Drive one session through every kind of server event the emulator emits."""
    script = EmulatorScript(
        replies=[
            Reply(
                parts=["First item.", "Second item here."],
                tool_calls=[ToolCall("lookup", {"q": 1})],
            ),
            "A reply that gets cancelled part way through its audio stream.",
            "Text only.",
            "Heard you.",
        ],
        user_transcripts=["hello"],
    )
    async with RealtimeEmulator(script=script, faults=Faults(delta_interval_s=0.005)) as emu:
        async with client_for(emu) as client:
            # default session is server_vad: speech events, auto commit, auto response
            audio = bytes(48 * 200) + tone(400) + bytes(48 * 700)
            for i in range(0, len(audio), 4800):
                await client.send("input_audio_buffer.append", audio=b64(audio[i : i + 4800]))
            events = await client.until("response.done")
            item_id = next(
                e["item"]["id"] for e in events if e["type"] == "response.output_item.added"
            )
            await client.send(
                "conversation.item.truncate", item_id=item_id, content_index=0, audio_end_ms=100
            )
            await client.expect("conversation.item.truncated")
            session: dict[str, Any] = {
                "type": "realtime",
                "audio": {
                    "input": {
                        "format": {"type": "audio/pcmu"},
                        "turn_detection": None,
                        "transcription": {"model": "gpt-4o-transcribe"},
                    },
                    "output": {"format": {"type": "audio/pcmu"}},
                },
            }
            await client.send("session.update", session=session)
            await client.expect("session.updated")
            user = await client.say(tone(300, "audio/pcmu"))
            await client.expect("conversation.item.input_audio_transcription.completed")
            await client.send("response.create")
            while True:
                ev = await client.recv()
                if ev["type"] == "response.output_audio.delta":
                    break
            await client.send("response.cancel")
            await client.until("response.done")
            await client.send("response.create", response={"output_modalities": ["text"]})
            await client.until("response.done")
            await client.send("conversation.item.retrieve", item_id=user)
            await client.expect("conversation.item.retrieved")
            await client.send("conversation.item.delete", item_id=user)
            await client.expect("conversation.item.deleted")
            await client.send("input_audio_buffer.append", audio=b64(tone(100, "audio/pcmu")))
            await client.send("input_audio_buffer.clear")
            await client.expect("input_audio_buffer.cleared")
            await client.send("input_audio_buffer.commit")
            await client.error()
            await client.send_raw("nope")
            await client.error()
            emu.faults.max_session_s = 0.0
            assert (await client.error())["code"] == "session_expired"
            return client.events


@pytest.fixture(scope="module")
def rich_events() -> list[dict[str, Any]]:
    import asyncio

    return asyncio.run(_rich_session())


EXPECTED_TYPES = {
    "session.created",
    "session.updated",
    "input_audio_buffer.speech_started",
    "input_audio_buffer.speech_stopped",
    "input_audio_buffer.committed",
    "input_audio_buffer.cleared",
    "conversation.item.added",
    "conversation.item.done",
    "conversation.item.truncated",
    "conversation.item.retrieved",
    "conversation.item.deleted",
    "conversation.item.input_audio_transcription.completed",
    "response.created",
    "response.output_item.added",
    "response.output_item.done",
    "response.content_part.added",
    "response.content_part.done",
    "response.output_audio.delta",
    "response.output_audio.done",
    "response.output_audio_transcript.delta",
    "response.output_audio_transcript.done",
    "response.output_text.delta",
    "response.output_text.done",
    "response.function_call_arguments.delta",
    "response.function_call_arguments.done",
    "response.done",
    "error",
}


def test_the_rich_session_covers_every_event_type(rich_events: list[dict[str, Any]]) -> None:
    assert {e["type"] for e in rich_events} == EXPECTED_TYPES


def test_pipecat_parses_every_event(rich_events: list[dict[str, Any]]) -> None:
    from pipecat.services.openai.realtime.events import parse_server_event

    for event in rich_events:
        parsed = parse_server_event(json.dumps(event))
        assert parsed is not None, event["type"]
        assert parsed.type == event["type"]
    done = [parse_server_event(json.dumps(e)) for e in rich_events if e["type"] == "response.done"]
    assert {d.response.status for d in done} == {"completed", "cancelled"}


def test_openai_models_validate_every_event(rich_events: list[dict[str, Any]]) -> None:
    from openai.types.realtime import RealtimeServerEvent

    adapter: TypeAdapter[Any] = TypeAdapter(RealtimeServerEvent)
    for event in rich_events:
        model = adapter.validate_python(event)
        assert model.type == event["type"]
        # nothing the models don't know about (extra fields would hint at wrong names)
        assert not (getattr(model, "model_extra", None) or {}), (event["type"], model.model_extra)


async def test_the_openai_client_works_unchanged() -> None:
    from openai import AsyncOpenAI

    text = "Hello from the emulator."
    async with RealtimeEmulator(
        api_key="sk-emulated", script=EmulatorScript(replies=[text])
    ) as emu:
        client = AsyncOpenAI(
            api_key="sk-emulated", websocket_base_url=f"ws://127.0.0.1:{emu.port}/v1"
        )
        async with client.realtime.connect(model="gpt-realtime") as conn:
            await conn.session.update(
                session={
                    "type": "realtime",
                    "output_modalities": ["audio"],
                    "audio": {
                        "input": {"format": {"type": "audio/pcma"}, "turn_detection": None},
                        "output": {"format": {"type": "audio/pcma"}},
                    },
                }
            )
            await conn.input_audio_buffer.append(audio=b64(tone(300, "audio/pcma")))
            await conn.input_audio_buffer.commit()
            await conn.response.create()
            audio = bytearray()
            transcript = ""
            seen = []
            async for event in conn:
                seen.append(event.type)
                if event.type == "response.output_audio.delta":
                    audio += base64.b64decode(event.delta)
                elif event.type == "response.output_audio_transcript.delta":
                    transcript += event.delta
                elif event.type == "response.done":
                    assert event.response.status == "completed"
                    break
        assert seen[0] == "session.created" and "session.updated" in seen
        assert transcript == text and len(audio) == len(text) * 65 * 8
        record = emu.last_session
        assert record is not None and record.model == "gpt-realtime"
        assert record.input_audio_turns == [tone(300, "audio/pcma")]


async def test_the_openai_azure_client_works_unchanged() -> None:
    from openai import AsyncAzureOpenAI

    async with RealtimeEmulator(
        api_key="az-key", script=EmulatorScript(replies=["Hi Azure."])
    ) as emu:
        client = AsyncAzureOpenAI(
            api_key="az-key",
            api_version="2025-08-28",
            azure_endpoint=f"http://127.0.0.1:{emu.port}",
            websocket_base_url=f"ws://127.0.0.1:{emu.port}/openai/v1",
        )
        async with client.realtime.connect(model="my-deployment") as conn:
            await conn.session.update(session={"type": "realtime", "output_modalities": ["text"]})
            await conn.response.create()
            async for event in conn:
                if event.type == "response.done":
                    assert event.response.output[0].content[0].text == "Hi Azure."  # type: ignore[union-attr]
                    break
        record = emu.last_session
        assert record is not None
        assert (record.path, record.model) == ("/openai/v1/realtime", "my-deployment")
