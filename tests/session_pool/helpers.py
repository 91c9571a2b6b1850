"""Shared pieces of the pool tests: an emulator-backed backend, socket counting, a fast config."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from pipecat_rt_best.session_pool.backoff import Backoff
from pipecat_rt_best.session_pool.pool import PoolConfig, PooledSession, SessionBackend
from pipecat_rt_best.testing.realtime_emulator import RealtimeEmulator

KEY = "test-key"


def backend(emu: RealtimeEmulator, key: str = KEY, **kwargs: Any) -> SessionBackend:
    return SessionBackend(
        url=f"{emu.url}?model=gpt-realtime", headers={"Authorization": f"Bearer {key}"}, **kwargs
    )


def open_sockets(emu: RealtimeEmulator) -> int:
    """Sessions the emulator still holds open (its side of every socket the pool made)."""
    return sum(1 for record in emu.sessions if not record.closed)


async def settle(emu: RealtimeEmulator, expected: int, timeout: float = 5.0) -> None:
    """Wait for the emulator's open-socket count to reach ``expected`` (and say what it is)."""
    try:
        await emu.wait_for(lambda: open_sockets(emu) == expected, timeout)
    except TimeoutError:
        raise AssertionError(f"{open_sockets(emu)} sockets open, expected {expected}") from None


def fast_config(**overrides: Any) -> PoolConfig:
    base: dict[str, Any] = {
        "min_idle": 3,
        "open_timeout_s": 2.0,
        "checkout_timeout_s": 5.0,
        "backoff": Backoff(first_s=0.01, base_s=0.02, max_s=0.1),
        "breaker_failures": 4,
        "breaker_reset_s": 0.2,
        "breaker_max_reset_s": 0.4,
    }
    base.update(overrides)
    return PoolConfig(**base)


async def configure(session: PooledSession, instructions: str = "Be brief.") -> dict[str, Any]:
    """What a call does first: its own session.update; returns the server's answer."""
    ws = session.websocket
    await ws.send(
        json.dumps(
            {
                "type": "session.update",
                "session": {"type": "realtime", "instructions": instructions},
            }
        )
    )
    async with asyncio.timeout(2.0):
        while True:
            event = json.loads(await ws.recv())
            if event["type"] in ("session.updated", "error"):
                return event
