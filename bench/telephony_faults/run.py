"""bench/telephony_faults: what a call leaves behind, what a flood logs, how fast a dead model hangs up.

Three measurements, each against a baseline run side by side, in one command::

    python -m bench.telephony_faults [--calls 100] [--out bench/telephony_faults/results]

* **memory per call** — ``--calls`` simulated Twilio calls (0.1 s each, 20 at a time) through
  the telephony server and the realtime emulator; resident memory (after ``gc`` and
  ``malloc_trim``) and Python heap (``tracemalloc``) growth per call. Baseline: the server
  keeping every ended call's session (``keep_ended_calls=True``, what it did before);
  each variant runs in its own process.
* **log lines under a flood** — 20,000 bad messages on one media socket (10,000 before
  ``start``, 10,000 during the call): lines logged at DEBUG (loguru's default, what the CLI
  ran at before) and at INFO (the CLI's default now).
* **time to a clean hang-up when the model is down** — from the stream's ``start`` to the
  server closing the socket (after the fallback prompt), for a closed model port, a
  rejected key, and a session dropped 1 s into the call (from the drop).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ctypes
import gc
import json
import socket
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

from loguru import logger
from tqdm import tqdm
from websockets.asyncio.client import connect

from pipecat_rt_best.call_pipeline.telephony import g711_pipeline_factory, serve_in_background
from pipecat_rt_best.g711_passthrough.dialects import StreamStart
from pipecat_rt_best.g711_passthrough.server import (
    TelephonyServerConfig,
    create_telephony_app,
)
from pipecat_rt_best.testing.media_stream_simulator import MediaStreamSimulator
from pipecat_rt_best.testing.provider_dialects import provider_side_for
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, Faults, RealtimeEmulator
from pipecat_rt_best.testing.telephony_call import emulator_llm

HERE = Path(__file__).resolve().parent


def _rss_mb() -> float:
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 1e6


# -- memory per call --------------------------------------------------------------------

BATCH = 20  # calls at once (and the warm-up's size)


async def _memory(calls: int, keep: bool) -> dict[str, float]:
    config = TelephonyServerConfig(keep_ended_calls=keep)
    async with RealtimeEmulator(api_key="k", script=EmulatorScript(replies=["Hi."])) as emu:
        app = create_telephony_app(
            g711_pipeline_factory(emulator_llm(emu.url), make_vad=None), config
        )
        async with serve_in_background(app) as base:
            url = base.replace("http://", "ws://") + "/twilio/media"

            async def batch(n: int) -> None:
                sims = [MediaStreamSimulator(url, max_duration_s=0.1) for _ in range(n)]
                await asyncio.gather(*(s.run() for s in sims))
                while app.state.calls:
                    await asyncio.sleep(0.01)

            await batch(BATCH)  # warm-up
            tracemalloc.start()
            rss0, heap0 = _rss_mb(), tracemalloc.get_traced_memory()[0]
            for _ in range(calls // BATCH):
                await batch(BATCH)
            rss1, heap1 = _rss_mb(), tracemalloc.get_traced_memory()[0]
    n = calls // BATCH * BATCH
    return {
        "calls": n,
        "rss_mb_per_call": (rss1 - rss0) / n,
        "heap_mb_per_call": (heap1 - heap0) / 1e6 / n,
    }


def _memory_in_subprocess(calls: int, keep: bool) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.telephony_faults", "--one-memory", str(calls)]
        + (["--keep"] if keep else []),
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


# -- log lines under a flood --------------------------------------------------------------


async def _flood(level: str) -> int:
    lines: list[str] = []
    logger.remove()
    sink = logger.add(lines.append, level=level, diagnose=False)
    side = provider_side_for("twilio")
    start = StreamStart("MZ1", call_id="CA1")
    try:
        async with RealtimeEmulator(api_key="k") as emu:
            app = create_telephony_app(
                g711_pipeline_factory(emulator_llm(emu.url), make_vad=None), TelephonyServerConfig()
            )
            async with serve_in_background(app) as base:
                async with connect(base.replace("http://", "ws://") + "/twilio/media") as ws:
                    await ws.send(side.connected_message())
                    for i in range(10_000):
                        await ws.send("{not json" if i % 2 else '{"event": "media"}')
                    await ws.send(side.start_message(start))
                    for i in range(10_000):
                        await ws.send("{not json" if i % 2 else '{"event": "bogus"}')
                    await ws.send(side.stop_message(start))
                while not app.state.recent_calls:
                    await asyncio.sleep(0.01)
    finally:
        logger.remove(sink)
    return len(lines)


# -- hang-up time ------------------------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _hang_up(case: str) -> float:
    faults = Faults(drop_after_s=1.0) if case == "dropped at 1 s" else Faults()
    async with RealtimeEmulator(api_key="right", faults=faults) as emu:
        url = f"ws://127.0.0.1:{_closed_port()}/v1/realtime" if case == "port closed" else emu.url
        key = "wrong" if case == "key rejected" else "right"
        app = create_telephony_app(
            g711_pipeline_factory(emulator_llm(url, key), make_vad=None), TelephonyServerConfig()
        )
        async with serve_in_background(app) as base:
            sim = MediaStreamSimulator(
                base.replace("http://", "ws://") + "/twilio/media", max_duration_s=30
            )
            t0 = time.monotonic()
            record = await sim.run()
            elapsed = time.monotonic() - t0
    if record.closed_by != "server":
        return float("nan")
    return elapsed - (1.0 if case == "dropped at 1 s" else 0.0)


# -- main --------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=100)
    parser.add_argument("--out", type=Path, default=HERE / "results")
    parser.add_argument("--one-memory", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--keep", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.calls < BATCH:
        parser.error(f"--calls must be at least {BATCH} (calls run in batches of {BATCH})")
    if args.one_memory:
        logger.remove()
        print(json.dumps(asyncio.run(_memory(args.one_memory, args.keep))))
        return 0

    results: dict[str, Any] = {}
    steps = tqdm(total=7, desc="telephony_faults", unit="step")
    results["memory_before"] = _memory_in_subprocess(args.calls, keep=True)
    steps.update()
    results["memory_after"] = _memory_in_subprocess(args.calls, keep=False)
    steps.update()
    results["flood_lines_debug"] = asyncio.run(_flood("DEBUG"))
    steps.update()
    results["flood_lines_info"] = asyncio.run(_flood("INFO"))
    steps.update()
    logger.remove()
    logger.add(sys.stderr, level="ERROR", diagnose=False, backtrace=False)
    results["hang_up_s"] = {}
    for case in ("port closed", "key rejected", "dropped at 1 s"):
        results["hang_up_s"][case] = round(asyncio.run(_hang_up(case)), 2)
        steps.update()
    steps.close()

    before, after = results["memory_before"], results["memory_after"]
    lines = [
        "| measure | before (baseline) | after | ratio |",
        "|---|---|---|---|",
        f"| RSS per call (MB, {after['calls']} calls) | {before['rss_mb_per_call']:.3f} "
        f"| {after['rss_mb_per_call']:.3f} | {after['rss_mb_per_call'] / before['rss_mb_per_call']:.3f} |",
        f"| Python heap per call (MB) | {before['heap_mb_per_call']:.3f} "
        f"| {after['heap_mb_per_call']:.4f} | {after['heap_mb_per_call'] / before['heap_mb_per_call']:.3f} |",
        f"| lines logged, 20,000 bad messages (DEBUG → INFO) | {results['flood_lines_debug']} "
        f"| {results['flood_lines_info']} | {results['flood_lines_info'] / results['flood_lines_debug']:.4f} |",
    ]
    for case, seconds in results["hang_up_s"].items():
        lines.append(
            f"| clean hang-up, model {case} (s, incl. {2.46:g} s prompt) | never | {seconds} | — |"
        )
    table = "\n".join(lines)
    print(table)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=2))
    (args.out / "results.md").write_text(table + "\n")
    print(f"written to {args.out}")
    return 0
