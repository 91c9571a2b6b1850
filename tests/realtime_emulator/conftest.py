"""Fixtures for the emulator tests (helpers live in helpers.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from pipecat_rt_best.testing.realtime_emulator import RealtimeEmulator


@pytest.fixture
async def emu() -> AsyncIterator[RealtimeEmulator]:
    async with RealtimeEmulator() as server:
        yield server
