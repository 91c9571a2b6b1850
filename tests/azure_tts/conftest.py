"""Fixtures for the Azure TTS tests: the Azure Speech emulator the real SDK talks to."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from pipecat_rt_best.testing.azure_speech_emulator import AzureSpeechEmulator


@pytest.fixture
async def emu() -> AsyncIterator[AzureSpeechEmulator]:
    async with AzureSpeechEmulator(custom_voices={"dep-brand-1": "ContosoBrandNeural"}) as server:
        yield server
