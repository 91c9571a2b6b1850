"""Helpers for talking to the emulator like a raw GA Realtime client."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import numpy as np
from websockets.asyncio.client import ClientConnection, connect

from pipecat_rt_best.testing.realtime_emulator import RealtimeEmulator


def tone(ms: int, fmt: str = "audio/pcm", amplitude: float = 0.3, hz: float = 440.0) -> bytes:
    """A sine tone (speech to the emulator's VAD) in a GA input format."""
    from pipecat_rt_best.base import g711

    rate = 24000 if fmt == "audio/pcm" else 8000
    t = np.arange(ms * rate // 1000) / rate
    pcm = np.round(amplitude * 32767 * np.sin(2 * np.pi * hz * t)).astype(np.int16)
    if fmt == "audio/pcm":
        return pcm.astype("<i2").tobytes()
    return g711.ulaw_encode(pcm) if fmt == "audio/pcmu" else g711.alaw_encode(pcm)


def silence(ms: int, fmt: str = "audio/pcm") -> bytes:
    return tone(ms, fmt, amplitude=0.0)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def manual_session(fmt: str = "audio/pcm", modality: str = "audio") -> dict[str, Any]:
    f: dict[str, Any] = {"type": fmt, "rate": 24000} if fmt == "audio/pcm" else {"type": fmt}
    return {
        "type": "realtime",
        "output_modalities": [modality],
        "audio": {"input": {"format": f, "turn_detection": None}, "output": {"format": f}},
    }


class Client:
    """A thin raw GA client: JSON in, JSON out, every received event kept."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.events: list[dict[str, Any]] = []

    async def send(self, event_type: str, **fields: Any) -> None:
        await self.ws.send(json.dumps({"type": event_type, **fields}))

    async def send_raw(self, data: str | bytes) -> None:
        await self.ws.send(data)

    async def recv(self, timeout: float = 5.0) -> dict[str, Any]:
        event = json.loads(await asyncio.wait_for(self.ws.recv(), timeout))
        self.events.append(event)
        return event

    async def expect(self, event_type: str, timeout: float = 5.0) -> dict[str, Any]:
        event = await self.recv(timeout)
        assert event["type"] == event_type, f"expected {event_type}, got {event}"
        return event

    async def until(self, event_type: str, timeout: float = 5.0) -> list[dict[str, Any]]:
        """Receive events up to and including the first of ``event_type``."""
        out = []
        while True:
            event = await self.recv(timeout)
            out.append(event)
            if event["type"] == event_type:
                return out

    async def error(self, timeout: float = 5.0) -> dict[str, Any]:
        return (await self.expect("error", timeout))["error"]

    async def configure(self, **kwargs: Any) -> dict[str, Any]:
        await self.send("session.update", session=manual_session(**kwargs))
        return (await self.expect("session.updated"))["session"]

    async def say(self, audio: bytes) -> str:
        """Append and commit a user turn; returns the committed item id."""
        await self.send("input_audio_buffer.append", audio=b64(audio))
        await self.send("input_audio_buffer.commit")
        committed = await self.expect("input_audio_buffer.committed")
        await self.expect("conversation.item.added")
        await self.expect("conversation.item.done")
        return str(committed["item_id"])

    async def respond(self, **fields: Any) -> list[dict[str, Any]]:
        await self.send("response.create", **fields)
        return await self.until("response.done")


@asynccontextmanager
async def client_for(
    emu: RealtimeEmulator,
    *,
    azure: bool = False,
    api_key: str = "test-key",
    model: str | None = None,
    **connect_kwargs: Any,
) -> AsyncIterator[Client]:
    url = emu.azure_url if azure else emu.url
    if model is not None:
        url += f"?model={model}"
    headers = {"api-key": api_key} if azure else {"Authorization": f"Bearer {api_key}"}
    async with connect(url, additional_headers=headers, **connect_kwargs) as ws:
        client = Client(ws)
        await client.expect("session.created")
        yield client
