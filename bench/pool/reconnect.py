"""bench/pool/reconnect: a mid-call drop — how long until the call is back on a session.

One pipecat pipeline around the pack's realtime service, against the emulator with its
handshake delayed (default 300 ms). The emulator cuts the call's socket (TCP abort, no close
frame) ``--drops`` times; measured per drop: from the cut to the service being on its new
session (``on_reconnected``), with a pool (the new session is pre-warmed) and without (a
direct connect).

Each drop is one outage of its own, as a drop on a call whose session had been up for a
while: the service counts a new session that dies within ``stable_after_s`` of the move as
the same outage going on (its backoff and give-up deadline continue), so drops a second
apart would measure that backoff, not a reconnect. The bench gives its service
``ReconnectParams(stable_after_s=--stable-after-s)`` (default 1 s; the service's default is
10 s) and cuts each socket only once it has been up longer than that — the code path is the
one a drop takes more than 10 s after the last one with the defaults. A drop the service
counts as a continuing outage (its own ``took_ms`` longer than the bench's measure) or gives
up on stops the bench with one line and exit 1.

Baseline, run side by side: pipecat's own ``OpenAIRealtimeLLMService`` with the same cut —
whether a new session comes within ``--baseline-wait-s`` and whether a response asked for
after the cut is answered.

    python -m bench.pool.reconnect [--drops 20] [--handshake-ms 300] [--stable-after-s 1]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

from loguru import logger
from pipecat.frames.frames import EndFrame, Frame, LLMContextFrame, LLMFullResponseEndFrame
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineWorker
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.services.openai.realtime.llm import OpenAIRealtimeLLMService
from pipecat.workers.runner import WorkerRunner
from tqdm import tqdm

from bench import provenance
from pipecat_rt_best.cli.errors import CliError, check_out_folder
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.realtime.reconnect import ReconnectParams
from pipecat_rt_best.session_pool.metrics import percentile
from pipecat_rt_best.session_pool.pool import PoolConfig, RealtimeSessionPool, SessionBackend
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, Faults, RealtimeEmulator

HERE = Path(__file__).resolve().parent
KEY = "bench-key"
PROG = "python -m bench.pool.reconnect"


class BenchAborted(Exception):
    """The run cannot measure what it is for; ``str()`` is the one line saying why."""


class Done(FrameProcessor):
    def __init__(self) -> None:
        super().__init__()
        self.responses = 0

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if isinstance(frame, LLMFullResponseEndFrame):
            self.responses += 1
        await self.push_frame(frame, direction)


class _Call:
    """One pipeline around ``llm``, started, its first response answered."""

    def __init__(self, llm: Any) -> None:
        self.llm = llm
        self.done = Done()
        self.context = LLMContext()
        self.worker = PipelineWorker(
            Pipeline([llm, self.done]), enable_rtvi=False, idle_timeout_secs=None
        )
        self.runner = WorkerRunner(handle_sigint=False)
        self.run: asyncio.Task[None] | None = None

    async def start(self, timeout_s: float = 30.0) -> None:
        await self.runner.add_workers(self.worker)
        self.run = asyncio.create_task(self.runner.run())
        await self.ask()
        if not await self.answered(1, timeout_s):
            raise BenchAborted(f"the call's first response did not come within {timeout_s:.0f} s")

    async def ask(self) -> None:
        await self.worker.queue_frame(LLMContextFrame(self.context))

    async def answered(self, responses: int, timeout_s: float) -> bool:
        deadline = time.perf_counter() + timeout_s
        while self.done.responses < responses:
            if time.perf_counter() >= deadline:
                return False
            await asyncio.sleep(0.005)
        return True

    async def stop(self) -> None:
        if self.run is None:
            return
        await self.worker.queue_frame(EndFrame())
        try:
            await asyncio.wait_for(asyncio.shield(self.run), 10)
        except TimeoutError:
            await self.runner.cancel("bench: the call did not end")
            await asyncio.wait_for(self.run, 10)


async def run_mode(
    emu: RealtimeEmulator,
    pool: RealtimeSessionPool | None,
    drops: int,
    params: ReconnectParams,
) -> list[float]:
    """Per drop, ms from the cut to ``on_reconnected``; each cut once the session has been
    up longer than ``params.stable_after_s`` (a new outage, not the last one going on)."""
    llm = RealtimeLLMService(
        api_key=KEY,
        base_url=emu.url,
        settings=RealtimeLLMService.Settings(
            model="gpt-realtime", session_properties=realtime_session(audio_format="pcmu")
        ),
        reconnect=params,
        session_pool=pool,
    )
    back = asyncio.Event()
    lost: list[str] = []
    took: list[float] = []

    @llm.event_handler("on_reconnected")
    async def _on(_svc: Any, took_ms: float) -> None:
        took.append(took_ms)
        back.set()

    @llm.event_handler("on_connection_lost")
    async def _lost(_svc: Any, reason: str) -> None:
        lost.append(reason)
        back.set()

    call = _Call(llm)
    label = "with a pool" if pool else "direct connect"
    times: list[float] = []
    try:
        await call.start()
        up_since = time.perf_counter()
        for n in tqdm(range(1, drops + 1), desc=label, unit="drop", leave=False):
            # a new outage: the session has been up longer than stable_after_s
            await asyncio.sleep(
                max(0.0, up_since + params.stable_after_s + 0.05 - time.perf_counter())
            )
            if pool is not None:
                await pool.wait_ready(10)
            back.clear()
            call_record = emu.sessions[-1] if pool is None else None
            t0 = time.perf_counter()
            for conn in list(emu._connections):
                if pool is None or (conn.record is not call_record and _is_call(conn, llm)):
                    conn.drop("bench")
            wait_s = params.give_up_after_s + 10
            try:
                await asyncio.wait_for(back.wait(), wait_s)
            except TimeoutError:
                raise BenchAborted(
                    f"{label}, drop {n}: neither on_reconnected nor on_connection_lost within "
                    f"{wait_s:.0f} s of the cut"
                ) from None
            if lost:
                raise BenchAborted(
                    f"{label}, drop {n}: the service gave up ({lost[0]}); no results written"
                )
            up_since = time.perf_counter()
            ms = (up_since - t0) * 1000
            if took[-1] > ms + 1.0:  # the service's outage began before this cut
                raise BenchAborted(
                    f"{label}, drop {n}: the service counted it as the outage before it going on "
                    f"({took[-1]:.0f} ms since that outage began, {ms:.0f} ms since the cut); "
                    "raise --stable-after-s"
                )
            times.append(ms)
    finally:
        await call.stop()
    return times


def _is_call(conn: Any, llm: Any) -> bool:
    """The emulator connection that serves the call (not an idle pooled one)."""
    ws = llm._websocket
    real = getattr(ws, "real", ws)
    local = real.transport.get_extra_info("sockname")
    return bool(conn.ws.remote_address == local)


async def run_stock(emu: RealtimeEmulator, wait_s: float) -> dict[str, Any]:
    """pipecat's own service, the same cut: new sessions within ``wait_s``, and whether a
    response asked for after the cut is answered within it."""
    llm = OpenAIRealtimeLLMService(
        api_key=KEY,
        base_url=emu.url,
        settings=OpenAIRealtimeLLMService.Settings(
            model="gpt-realtime", session_properties=realtime_session(audio_format="pcmu")
        ),
    )
    call = _Call(llm)
    try:
        await call.start()
        sessions_before = len(emu.sessions)
        call_record = emu.sessions[-1]
        for conn in list(emu._connections):
            if conn.record is call_record:
                conn.drop("bench")
        await asyncio.sleep(0.5)  # the cut is noticed
        call.context.add_message({"role": "user", "content": "Are you still there?"})
        await call.ask()
        answered = await call.answered(2, wait_s - 0.5)
        return {
            "waited_s": wait_s,
            "new_sessions": len(emu.sessions) - sessions_before,
            "response_after_cut_answered": answered,
        }
    finally:
        await call.stop()


async def bench(args: argparse.Namespace) -> dict[str, Any]:
    params = ReconnectParams(stable_after_s=args.stable_after_s)
    out: dict[str, Any] = {
        "handshake_delay_ms": args.handshake_ms,
        "drops": args.drops,
        "stable_after_s": args.stable_after_s,
    }
    script = EmulatorScript(replies=["Namaste."] * 10)
    async with RealtimeEmulator(
        api_key=KEY, script=script, faults=Faults(handshake_delay_s=args.handshake_ms / 1000)
    ) as emu:
        stock = await run_stock(emu, args.baseline_wait_s)
        direct = await run_mode(emu, None, args.drops, params)
        backend = SessionBackend(
            url=f"{emu.url}?model=gpt-realtime", headers={"Authorization": f"Bearer {KEY}"}
        )
        async with RealtimeSessionPool(backend, PoolConfig(min_idle=2)) as pool:
            await pool.wait_ready(30)
            pooled = await run_mode(emu, pool, args.drops, params)
    out["stock"] = stock
    for name, times in (("direct", direct), ("pooled", pooled)):
        out[name] = {
            "p50_ms": percentile(times, 0.5),
            "p99_ms": percentile(times, 0.99),
            "max_ms": max(times),
            "times_ms": times,
        }
    return out


def render(out: dict[str, Any]) -> str:
    d, p, s = out["direct"], out["pooled"], out["stock"]
    stock_says = (
        f"no new session within {s['waited_s']:.0f} s"
        if s["new_sessions"] == 0
        else f"{s['new_sessions']} new session(s) within {s['waited_s']:.0f} s"
    ) + (
        "; a response asked for after the cut was answered"
        if s["response_after_cut_answered"]
        else "; a response asked for after the cut: no answer (the call is silent)"
    )
    return "\n".join(
        [
            "# bench/pool/reconnect — a mid-call drop: cut → back on a new session",
            "",
            f"Emulator handshake delay {out['handshake_delay_ms']:.0f} ms, {out['drops']} drops "
            "per mode, each cut a new outage (the session up longer than the bench's "
            f"`stable_after_s` {out['stable_after_s']:g} s). `{PROG}`.",
            "",
            "| new session from | p50 ms | p99 ms | max ms |",
            "|---|---:|---:|---:|",
            f"| a direct connect | {d['p50_ms']:.1f} | {d['p99_ms']:.1f} | {d['max_ms']:.1f} |",
            f"| the pool | {p['p50_ms']:.1f} | {p['p99_ms']:.1f} | {p['max_ms']:.1f} |",
            f"| pipecat's own service (one cut, measured) | {stock_says} | | |",
            "",
            *([provenance.markdown(out["provenance"])] if "provenance" in out else []),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__)
    parser.add_argument("--drops", type=int, default=20)
    parser.add_argument("--handshake-ms", type=float, default=300.0)
    parser.add_argument(
        "--stable-after-s",
        type=float,
        default=1.0,
        help="the service's stable_after_s; each cut waits until the session is older",
    )
    parser.add_argument(
        "--baseline-wait-s",
        type=float,
        default=5.0,
        help="how long pipecat's own service is watched after its cut",
    )
    parser.add_argument("--out", type=Path, default=HERE / "results")
    args = parser.parse_args(argv)
    if args.drops < 1:
        parser.error("--drops must be >= 1")
    if not args.handshake_ms >= 0 or not args.stable_after_s >= 0:
        parser.error("--handshake-ms and --stable-after-s must be >= 0")
    if not args.baseline_wait_s >= 1:
        parser.error("--baseline-wait-s must be >= 1")
    try:
        check_out_folder(args.out)
    except CliError as e:
        parser.error(str(e))
    logger.remove()
    logger.add(lambda m: tqdm.write(str(m), end=""), level="ERROR", diagnose=False)
    try:
        out = asyncio.run(bench(args))
    except BenchAborted as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return 1
    out["provenance"] = provenance.stamp("bench.pool.reconnect", argv)
    (args.out / "reconnect.json").write_text(json.dumps(out, indent=2) + "\n")
    text = render(out)
    (args.out / "reconnect.md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
