"""The telephony server's calls on long lines: each call's service reconnects and moves to a
fresh session before the backend's session limit, pool or not (in the server's own
configuration: the services ``cli.telephony._llm_source`` makes)."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import AsyncIterator
from types import SimpleNamespace
from typing import Any

import pytest

from pipecat_rt_best.cli.telephony import _llm_source
from pipecat_rt_best.realtime.env import BACKEND_VARS
from pipecat_rt_best.testing.realtime_emulator import RealtimeEmulator

from .helpers import KEY

CALL = SimpleNamespace(session_audio_format="pcmu")


def _args(*, pool_size: int = 0, emulator: bool = False) -> argparse.Namespace:
    return argparse.Namespace(
        emulator=emulator,
        pool_size=pool_size,
        max_calls=None,
        instructions="Be brief.",
        no_vad=False,
    )


@pytest.fixture
def backend_env(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Sets the realtime backend's variables (and only those) for the server to read."""
    for name in BACKEND_VARS:
        monkeypatch.delenv(name, raising=False)

    def use(**values: str) -> None:
        for name, value in values.items():
            monkeypatch.setenv(name, value)

    return use


@contextlib.asynccontextmanager
async def _service(args: argparse.Namespace) -> AsyncIterator[Any]:
    """The service the server makes for a call, while its pool (if any) is open."""
    async with _llm_source(args) as make_llm:
        yield make_llm(CALL)


@pytest.mark.parametrize("pool_size", [0, 1])
async def test_every_call_reconnects_and_moves_before_the_openai_limit(
    backend_env: Any, pool_size: int
) -> None:
    # --pool-size 0 gave the services no reconnect: a call ended at the session's limit
    async with RealtimeEmulator(api_key=KEY) as emu:
        backend_env(OPENAI_API_KEY=KEY, OPENAI_REALTIME_URL=emu.url)
        async with _service(_args(pool_size=pool_size)) as llm:
            params = llm._reconnect_params
            assert params is not None and params.rotate_after_s == 55 * 60  # OpenAI: 60 min
            assert (llm._session_pool is not None) == bool(pool_size)


async def test_on_azure_calls_move_before_its_30_minutes(backend_env: Any) -> None:
    backend_env(
        AZURE_OPENAI_REALTIME_ENDPOINT="https://res.openai.azure.com", AZURE_OPENAI_API_KEY=KEY
    )
    async with _service(_args()) as llm:
        params = llm._reconnect_params
        assert params is not None and params.rotate_after_s == 25 * 60


async def test_the_embedded_emulator_reconnects_too(backend_env: Any) -> None:
    async with _service(_args(emulator=True)) as llm:
        params = llm._reconnect_params
        assert params is not None and params.rotate_after_s == 55 * 60
