"""The telephony server's calls on long lines: each call's service reconnects and moves to a
fresh session before the backend's session limit, pool or not, and transcribes the caller so
the new session has the caller's turns too (in the server's own configuration: the services
``cli.telephony._llm_source`` makes)."""

from __future__ import annotations

import argparse
import contextlib
import json
from collections.abc import AsyncIterator
from types import SimpleNamespace
from typing import Any

import pytest
from pipecat.frames.frames import (
    LLMContextFrame,
    UserStartedSpeakingFrame,
    UserStoppedSpeakingFrame,
)

from pipecat_rt_best.cli.telephony import _llm_source
from pipecat_rt_best.realtime.env import BACKEND_VARS
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator

from ..realtime.harness import RealtimePipeline, wait_until
from .helpers import KEY
from .test_reconnect import _done, _line, _speak

CALL = SimpleNamespace(session_audio_format="pcmu")
REPLIES = ["Hello, claims desk.", "Noted: policy 4471.", "Noted: the accident was Monday.", "OK."]
CALLER = ["my policy is 4471", "the accident was on Monday"]


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


async def test_after_a_session_change_the_model_still_has_the_callers_turns(
    backend_env: Any,
) -> None:
    # the server's services reconnected with input transcription off: the new session got
    # the bot's replies and none of the caller's words (the policy number, the date)
    script = EmulatorScript(replies=REPLIES, user_transcripts=CALLER)
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        backend_env(OPENAI_API_KEY=KEY, OPENAI_REALTIME_URL=emu.url)
        async with _service(_args()) as llm:
            async with RealtimePipeline(llm) as p:
                await p.send(LLMContextFrame(p.context))
                await wait_until(lambda: _done(p) >= 1, what="the greeting")
                for turn in (1, 2):
                    await p.send(UserStartedSpeakingFrame())
                    await _speak(p, _line(0.4, seed=turn))
                    await p.send(UserStoppedSpeakingFrame())
                    await wait_until(lambda n=turn: _done(p) >= 1 + n, what=f"reply {turn}")  # type: ignore[misc]
                await wait_until(
                    lambda: not llm._input_transcript_owed(), what="the caller's transcripts"
                )
                emu.faults.max_session_s = 0.01  # the session's age limit arrives
                await wait_until(lambda: llm.reconnects == 1, timeout=10, what="the reconnect")
                emu.faults.max_session_s = None
                await emu.wait_for(
                    lambda: len(emu.sessions) > 1 and bool(emu.sessions[-1].conversation)
                )
                new = emu.sessions[-1]
    # pipecat's adapter restores the history as one message holding it as JSON
    (restored,) = new.conversation
    text = restored["content"][0]["text"]
    history = json.loads(text[text.index("\n[") : text.rindex("]") + 1])
    assert [(m["role"], m["content"]) for m in history] == [
        ("assistant", REPLIES[0]),
        ("user", CALLER[0]),
        ("assistant", REPLIES[1]),
        ("user", CALLER[1]),
        ("assistant", REPLIES[2]),
    ], history
    assert new.config["audio"]["input"]["transcription"] is not None
