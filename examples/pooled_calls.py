"""Calls that start on a pre-warmed realtime session, next to one that connects cold.

    python examples/pooled_calls.py --offline          # the emulator, 300 ms handshakes
    python examples/pooled_calls.py --offline --calls 5 --handshake-ms 800
    python examples/pooled_calls.py                    # the backend from the environment

Each call is a real pipecat pipeline around the pack's ``RealtimeLLMService``; the first
connects as pipecat does (no pool), the others take a session from a
``RealtimeSessionPool`` and only send their own ``session.update``. Printed per call: time
from the pipeline starting to the first audio of the greeting, and how the session came. With a backend in the environment (see README:
``AZURE_OPENAI_REALTIME_ENDPOINT`` + ``AZURE_OPENAI_API_KEY``, or ``OPENAI_API_KEY``) the same
runs against Azure OpenAI / OpenAI; with ``--offline`` and no backend set, against the
embedded emulator, whose handshake is delayed like a real one. With neither, the script
refuses to start with one line saying what to set.
"""

from __future__ import annotations

import os

from pipecat_rt_best.base.loguru_env import loguru_env

# set before loguru loads: no import banner (an empty LOGURU_LEVEL counts as unset)
os.environ.update(loguru_env(LOGURU_LEVEL="WARNING"))

import argparse
import asyncio
import contextlib
import sys
import time
from collections.abc import AsyncIterator, Mapping

from loguru import logger
from pipecat.frames.frames import (
    EndFrame,
    ErrorFrame,
    Frame,
    LLMContextFrame,
    TTSAudioRawFrame,
)
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineWorker
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor

from pipecat_rt_best.base.env_file import load_env_file
from pipecat_rt_best.base.redaction import redact
from pipecat_rt_best.call_pipeline.pipeline import worker_running
from pipecat_rt_best.g711_passthrough.observer import bot_failure
from pipecat_rt_best.realtime import (
    RealtimeConfigError,
    RealtimeLLMService,
    backend_config_from_env,
    configured_backend,
    model_refusal,
    realtime_service_from_env,
    realtime_session,
)
from pipecat_rt_best.realtime.pooled import realtime_pool_from_env
from pipecat_rt_best.session_pool import PoolConfig, RealtimeSessionPool


class FirstAudio(FrameProcessor):
    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None
        self.event = asyncio.Event()

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if isinstance(frame, TTSAudioRawFrame) and self.at is None:
            self.at = time.perf_counter()
            self.event.set()
        await self.push_frame(frame, direction)


@contextlib.asynccontextmanager
async def backend_env(handshake_ms: float) -> AsyncIterator[Mapping[str, str] | None]:
    """``None`` (use os.environ) when a backend is configured, else an emulator's env."""
    if configured_backend() is None:  # nothing selects a backend: the emulator
        # lazy: the offline harness loads only for a run on the emulator
        from pipecat_rt_best.testing.realtime_emulator import (
            EmulatorScript,
            Faults,
            RealtimeEmulator,
        )

        faults = Faults(handshake_delay_s=handshake_ms / 1000)
        script = EmulatorScript(replies=["Namaste! This is Asha from City Bank."] * 100)
        async with RealtimeEmulator(api_key="offline", script=script, faults=faults) as emu:
            yield {"OPENAI_API_KEY": "offline", "OPENAI_REALTIME_URL": emu.url}
        return
    yield None


class CallFailedError(Exception):
    """The realtime backend failed the call (one line: why)."""


async def one_call(
    env: Mapping[str, str] | None, pool: RealtimeSessionPool | None
) -> tuple[float, str]:
    settings = RealtimeLLMService.Settings(
        session_properties=realtime_session(instructions="Greet the caller in one sentence.")
    )
    llm = realtime_service_from_env(env=env, settings=settings, session_pool=pool)
    first = FirstAudio()
    worker = PipelineWorker(Pipeline([llm, first]), enable_rtvi=False, idle_timeout_secs=None)
    failures: list[str] = []

    @worker.event_handler("on_pipeline_error")
    async def _on_error(_worker: PipelineWorker, frame: ErrorFrame) -> None:
        reason = bot_failure(frame)  # no backend, a rejected key: no greeting will come
        if reason is not None and not failures:
            failures.append(f"{reason}: {redact(frame.error)}")
            first.event.set()

    start = time.perf_counter()
    async with worker_running(worker) as run:
        await worker.queue_frame(LLMContextFrame(LLMContext(messages=[])))
        await asyncio.wait_for(first.event.wait(), timeout=30)
        if failures:
            await worker.cancel()
            await run
            raise CallFailedError(failures[0])
        await worker.queue_frame(EndFrame())
        await run
        assert first.at is not None
        session = llm.pooled_session  # type: ignore[union-attr]
        how = (
            "cold connect"
            if session is None
            else f"pooled, {'warm' if session.warm else 'waited for a connect'}, "
            f"checkout {session.wait_s * 1000:.2f} ms"
        )
        return (first.at - start) * 1000, how


async def main(calls: int, handshake_ms: float) -> None:
    async with backend_env(handshake_ms) as env:
        audio, how = await one_call(env, None)
        print(f"call 1: first greeting audio after {audio:7.1f} ms ({how})")
        async with realtime_pool_from_env(PoolConfig(min_idle=2), env=env) as pool:
            await pool.wait_ready(timeout=30)
            for i in range(2, calls + 1):
                # calls arriving a moment apart: the pool has refilled behind the last one
                # (back to back, faster than a handshake, a call would wait for a connect)
                await pool.wait_ready(timeout=30)
                audio, how = await one_call(env, pool)
                print(f"call {i}: first greeting audio after {audio:7.1f} ms ({how})")


if __name__ == "__main__":
    load_env_file()  # .env (README: copy .env.example), as the CLI and the sample bots read it
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=3)
    parser.add_argument("--handshake-ms", type=float, default=300.0, help="offline only")
    parser.add_argument(
        "--offline", action="store_true", help="no backend set: run against the embedded emulator"
    )
    args = parser.parse_args()
    if args.calls < 2:  # one line, as every other refusal here (not argparse's usage block)
        parser.exit(
            2, f"{parser.prog}: error: --calls must be at least 2 (one cold, then pooled)\n"
        )
    if not args.handshake_ms >= 0:  # NaN too
        parser.exit(
            2, f"{parser.prog}: error: --handshake-ms must be >= 0, not {args.handshake_ms:g}\n"
        )
    try:
        if args.offline:
            configured_backend()  # one the environment selects is used: it must be usable
        else:
            backend_config_from_env()  # its error names what to set
    except RealtimeConfigError as exc:
        hint = "" if args.offline else " — or pass --offline"
        parser.exit(2, f"{parser.prog}: error: {exc}{hint}\n")
    logger.remove()
    logger.add(sys.stderr, level="CRITICAL", diagnose=False, backtrace=False)
    try:
        asyncio.run(main(args.calls, args.handshake_ms))
    except CallFailedError as exc:
        refused = model_refusal(str(exc))  # HTTP 404/400: the deployment/model, not the key
        why = f"{refused} ({exc})" if refused else f"{exc} — check the key and endpoint"
        parser.exit(1, f"{parser.prog}: error: the call failed: {why}\n")
    except TimeoutError:
        parser.exit(1, f"{parser.prog}: error: no greeting within 30 s\n")
    except KeyboardInterrupt:  # Ctrl-C: the worker was cancelled on the way out
        sys.exit(130)
