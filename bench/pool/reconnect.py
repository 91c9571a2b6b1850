"""bench/pool/reconnect: a mid-call drop — how long until the call is back on a session.

One pipecat pipeline around the pack's realtime service, against the emulator with its
handshake delayed (default 300 ms). The emulator cuts the call's socket (TCP abort, no close
frame) ``--drops`` times; measured per drop: from the cut to the service being on its new
session (``on_reconnected``), with a pool (the new session is pre-warmed) and without (a
direct connect). pipecat's own service has no reconnect: after a drop its call is silent.

    python -m bench.pool.reconnect [--drops 20] [--handshake-ms 300]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from pathlib import Path
from typing import Any

from loguru import logger
from pipecat.frames.frames import EndFrame, Frame, LLMContextFrame, LLMFullResponseEndFrame
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineWorker
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.workers.runner import WorkerRunner
from tqdm import tqdm

from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.realtime.reconnect import ReconnectParams
from pipecat_rt_best.session_pool.metrics import percentile
from pipecat_rt_best.session_pool.pool import PoolConfig, RealtimeSessionPool, SessionBackend
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, Faults, RealtimeEmulator

HERE = Path(__file__).resolve().parent
KEY = "bench-key"


class Done(FrameProcessor):
    def __init__(self) -> None:
        super().__init__()
        self.responses = 0

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if isinstance(frame, LLMFullResponseEndFrame):
            self.responses += 1
        await self.push_frame(frame, direction)


async def run_mode(
    emu: RealtimeEmulator, pool: RealtimeSessionPool | None, drops: int
) -> list[float]:
    llm = RealtimeLLMService(
        api_key=KEY,
        base_url=emu.url,
        settings=RealtimeLLMService.Settings(
            model="gpt-realtime", session_properties=realtime_session(audio_format="pcmu")
        ),
        reconnect=ReconnectParams(),
        session_pool=pool,
    )
    back = asyncio.Event()

    @llm.event_handler("on_reconnected")
    async def _on(_svc: Any, _took_ms: float) -> None:
        back.set()

    done = Done()
    worker = PipelineWorker(Pipeline([llm, done]), enable_rtvi=False, idle_timeout_secs=None)
    runner = WorkerRunner(handle_sigint=False)
    await runner.add_workers(worker)
    run = asyncio.create_task(runner.run())
    await worker.queue_frame(LLMContextFrame(LLMContext()))
    while done.responses < 1:
        await asyncio.sleep(0.005)
    times: list[float] = []
    label = "with a pool" if pool else "direct connect"
    for _ in tqdm(range(drops), desc=label, unit="drop", leave=False):
        if pool is not None:
            await pool.wait_ready(10)
        back.clear()
        sessions_before = len(emu.sessions)
        call_record = emu.sessions[-1] if pool is None else None
        t0 = time.perf_counter()
        for conn in list(emu._connections):
            if pool is None or (conn.record is not call_record and _is_call(conn, llm)):
                conn.drop("bench")
        await asyncio.wait_for(back.wait(), 30)
        times.append((time.perf_counter() - t0) * 1000)
        assert len(emu.sessions) >= sessions_before
    await worker.queue_frame(EndFrame())
    await run
    return times


def _is_call(conn: Any, llm: Any) -> bool:
    """The emulator connection that serves the call (not an idle pooled one)."""
    ws = llm._websocket
    real = getattr(ws, "real", ws)
    local = real.transport.get_extra_info("sockname")
    return bool(conn.ws.remote_address == local)


async def bench(args: argparse.Namespace) -> dict[str, Any]:
    out: dict[str, Any] = {"handshake_delay_ms": args.handshake_ms, "drops": args.drops}
    script = EmulatorScript(replies=["Namaste."] * 10)
    async with RealtimeEmulator(
        api_key=KEY, script=script, faults=Faults(handshake_delay_s=args.handshake_ms / 1000)
    ) as emu:
        direct = await run_mode(emu, None, args.drops)
        backend = SessionBackend(
            url=f"{emu.url}?model=gpt-realtime", headers={"Authorization": f"Bearer {KEY}"}
        )
        async with RealtimeSessionPool(backend, PoolConfig(min_idle=2)) as pool:
            await pool.wait_ready(30)
            pooled = await run_mode(emu, pool, args.drops)
    for name, times in (("direct", direct), ("pooled", pooled)):
        out[name] = {
            "p50_ms": percentile(times, 0.5),
            "p99_ms": percentile(times, 0.99),
            "max_ms": max(times),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.pool.reconnect", description=__doc__)
    parser.add_argument("--drops", type=int, default=20)
    parser.add_argument("--handshake-ms", type=float, default=300.0)
    parser.add_argument("--out", type=Path, default=HERE / "results")
    args = parser.parse_args(argv)
    if args.drops < 1:
        parser.error("--drops must be >= 1")
    logger.remove()
    logger.add(lambda m: tqdm.write(str(m), end=""), level="ERROR", diagnose=False)
    out = asyncio.run(bench(args))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "reconnect.json").write_text(json.dumps(out, indent=2) + "\n")
    d, p = out["direct"], out["pooled"]
    text = "\n".join(
        [
            "# bench/pool/reconnect — a mid-call drop: cut → back on a new session",
            "",
            f"Emulator handshake delay {args.handshake_ms:.0f} ms, {args.drops} drops per mode. "
            "`python -m bench.pool.reconnect`.",
            "",
            "| new session from | p50 ms | p99 ms | max ms |",
            "|---|---:|---:|---:|",
            f"| a direct connect | {d['p50_ms']:.1f} | {d['p99_ms']:.1f} | {d['max_ms']:.1f} |",
            f"| the pool | {p['p50_ms']:.1f} | {p['p99_ms']:.1f} | {p['max_ms']:.1f} |",
            "| pipecat's own service | no reconnect: the call stays silent | | |",
            "",
        ]
    )
    (args.out / "reconnect.md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
