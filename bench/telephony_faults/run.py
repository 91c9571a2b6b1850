"""bench/telephony_faults: what a call leaves behind, what a flood logs, how fast a dead model hangs up.

Three measurements, each against a baseline run side by side, in one command::

    python -m bench.telephony_faults [--calls 100] [--out bench/telephony_faults/results]

* **memory per call** — simulated Twilio calls (0.1 s each, 20 at a time) through the
  telephony server and the realtime emulator, after a warm-up batch; resident memory (after
  ``gc`` and ``malloc_trim``) and Python heap (``tracemalloc``) measured after ``--calls``
  calls and again after 3 × ``--calls``, the emulator's records of ended sessions dropped
  after every batch (they are the harness's, not the server's). Per call is the slope
  between the two, Δmemory / Δcalls; what the first ``--calls`` grew beyond that slope is
  the **fixed part** (caches and pools filling once), reported apart. Each variant runs in
  its own process ``--memory-runs`` times (3): the median and the range. Baseline: the server
  keeping every ended call's session (``keep_ended_calls=True``, what it did before).
* **log lines under a flood** — 20,000 bad messages on one media socket (10,000 before
  ``start``, 10,000 during the call): lines logged at DEBUG (loguru's default, what the CLI
  ran at before) and at INFO (the CLI's default now).
* **time to a clean hang-up when the model is down** — from the stream's ``start`` to the
  server closing the socket (after the fallback prompt), for a closed model port, a
  rejected key, and a session the emulator drops 1 s after it opened (from the drop itself).
  Baseline: pipecat's own Twilio bot under the same fault (``TwilioFrameSerializer`` +
  ``FastAPIWebsocketTransport`` + stock ``OpenAIRealtimeLLMService``, as in pipecat's
  examples), the simulated caller staying on the line for ``--baseline-wait-s``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ctypes
import gc
import json
import socket
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

from loguru import logger
from tqdm import tqdm
from websockets.asyncio.client import connect

from bench import provenance
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


async def _memory(calls: int, keep: bool) -> dict[str, Any]:
    """RSS and Python heap (MB) after a warm-up batch, after ``calls`` more ended calls and
    after ``3 × calls``: ``{"calls": [0, n1, n2], "rss_mb": [...], "heap_mb": [...]}``. The
    emulator's records of closed sessions are dropped after each batch."""
    config = TelephonyServerConfig(keep_ended_calls=keep)
    n1 = calls // BATCH * BATCH
    counts = [0, n1, 3 * n1]
    rss: list[float] = []
    heap: list[float] = []
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
                # the harness's own logs, not the server's memory
                emu.sessions[:] = [r for r in emu.sessions if not r.closed]
                emu.handshakes.clear()

            await batch(BATCH)  # warm-up
            tracemalloc.start()
            done = 0
            for target in counts:
                while done < target:
                    await batch(BATCH)
                    done += BATCH
                rss.append(_rss_mb())
                heap.append(tracemalloc.get_traced_memory()[0] / 1e6)
    return {"calls": counts, "rss_mb": rss, "heap_mb": heap}


def per_call(calls: list[int], mb: list[float]) -> tuple[float, float]:
    """From memory ``mb`` measured after ``calls`` = [0, n1, n2] ended calls: (per call, the
    slope between n1 and n2, Δmemory / Δcalls; fixed part, what the first n1 calls grew
    beyond that slope). A growth that does not scale with the calls shows up in the fixed
    part, not divided into a per-call figure that falls as the call count grows."""
    (c0, c1, c2), (m0, m1, m2) = calls, mb
    slope = (m2 - m1) / (c2 - c1)
    return slope, (m1 - m0) - slope * (c1 - c0)


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Per call and fixed part of RSS and heap over ``runs`` (one ``_memory`` result each):
    the median, and the range as [min, max]."""
    out: dict[str, Any] = {"calls": runs[0]["calls"], "runs": runs}
    for key in ("rss", "heap"):
        slopes, fixed = zip(*(per_call(r["calls"], r[f"{key}_mb"]) for r in runs), strict=True)
        out[f"{key}_mb_per_call"] = statistics.median(slopes)
        out[f"{key}_mb_per_call_range"] = [min(slopes), max(slopes)]
        out[f"{key}_fixed_mb"] = statistics.median(fixed)
        out[f"{key}_fixed_mb_range"] = [min(fixed), max(fixed)]
    return out


def _memory_in_subprocess(calls: int, keep: bool) -> dict[str, Any]:
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


HANG_UP_CASES = ("port closed", "key rejected", "dropped at 1 s")


def prompt_s() -> float:
    """Length of the fallback prompt the server plays (the default: the three-tone signal,
    PCM16 8 kHz mono), from its audio."""
    from pipecat_rt_best.g711_passthrough.fallback import sit_tone_pcm

    return len(sit_tone_pcm()) / 2 / 8000


def _stock_twilio_app(url: str, key: str) -> Any:
    """pipecat's own Twilio bot, as its examples build it: the first messages parsed by
    ``parse_telephony_websocket``, ``TwilioFrameSerializer``, ``FastAPIWebsocketTransport``
    and the stock realtime service, 8 kHz pipeline; nothing of the pack."""
    from pipecat.pipeline.pipeline import Pipeline
    from pipecat.pipeline.worker import PipelineParams, PipelineWorker
    from pipecat.runner.utils import parse_telephony_websocket
    from pipecat.serializers.twilio import TwilioFrameSerializer
    from pipecat.services.openai.realtime.llm import OpenAIRealtimeLLMService
    from pipecat.transports.websocket.fastapi import (
        FastAPIWebsocketParams,
        FastAPIWebsocketTransport,
    )
    from pipecat.workers.runner import WorkerRunner
    from starlette.applications import Starlette
    from starlette.routing import WebSocketRoute

    async def media(websocket: Any) -> None:
        await websocket.accept()
        _, call = await parse_telephony_websocket(websocket)
        serializer = TwilioFrameSerializer(
            call["stream_id"], params=TwilioFrameSerializer.InputParams(auto_hang_up=False)
        )
        transport = FastAPIWebsocketTransport(
            websocket,
            FastAPIWebsocketParams(
                audio_in_enabled=True, audio_out_enabled=True, serializer=serializer
            ),
        )
        llm = OpenAIRealtimeLLMService(
            api_key=key,
            base_url=url,
            settings=OpenAIRealtimeLLMService.Settings(model="gpt-realtime"),
        )
        worker = PipelineWorker(
            Pipeline([transport.input(), llm, transport.output()]),
            params=PipelineParams(audio_in_sample_rate=8000, audio_out_sample_rate=8000),
            enable_rtvi=False,
        )

        @transport.event_handler("on_client_disconnected")
        async def _gone(_transport: Any, _ws: Any) -> None:
            await worker.cancel()

        runner = WorkerRunner(handle_sigint=False)
        await runner.add_workers(worker)
        await runner.run()

    return Starlette(routes=[WebSocketRoute("/twilio/media", media)])


async def _hang_up(case: str, stock: bool = False, wait_s: float = 30.0) -> float | None:
    """Seconds to the server closing the media socket — from the stream's start, or for
    "dropped at 1 s" from the emulator's drop of the model session — or None when the
    server had not closed it when the simulated caller hung up after ``wait_s``."""
    faults = Faults(drop_after_s=1.0) if case == "dropped at 1 s" else Faults()
    async with RealtimeEmulator(api_key="right", faults=faults) as emu:
        url = f"ws://127.0.0.1:{_closed_port()}/v1/realtime" if case == "port closed" else emu.url
        key = "wrong" if case == "key rejected" else "right"
        app = (
            _stock_twilio_app(url, key)
            if stock
            else create_telephony_app(
                g711_pipeline_factory(emulator_llm(url, key), make_vad=None),
                TelephonyServerConfig(),
            )
        )
        dropped_at: list[float] = []

        async def watch_for_the_drop() -> None:
            while True:  # the instant the emulator aborts the session's socket, to 1 ms
                if emu.sessions and (emu.sessions[0].close_reason or "").startswith("drop_after"):
                    dropped_at.append(time.monotonic())
                    return
                await asyncio.sleep(0.001)

        async with serve_in_background(app) as base:
            sim = MediaStreamSimulator(
                base.replace("http://", "ws://") + "/twilio/media", max_duration_s=wait_s
            )
            watcher = asyncio.create_task(watch_for_the_drop())
            t0 = time.monotonic()
            record = await sim.run()
            ended = time.monotonic()
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher
    if record.closed_by != "server":
        return None
    if case == "dropped at 1 s":
        if not dropped_at:
            raise RuntimeError("the emulator never dropped the model session")
        return ended - dropped_at[0]
    return ended - t0


# -- main --------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=100)
    parser.add_argument(
        "--baseline-wait-s",
        type=float,
        default=15.0,
        help="how long the simulated caller stays on pipecat's own bot (per fault)",
    )
    parser.add_argument(
        "--memory-runs",
        type=int,
        default=3,
        help="fresh processes per memory variant (the median and the range are reported)",
    )
    parser.add_argument("--out", type=Path, default=HERE / "results")
    parser.add_argument("--one-memory", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--keep", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.calls < BATCH:
        parser.error(f"--calls must be at least {BATCH} (calls run in batches of {BATCH})")
    if not args.baseline_wait_s >= 5:
        parser.error("--baseline-wait-s must be at least 5")
    if args.memory_runs < 1:
        parser.error("--memory-runs must be at least 1")
    if args.one_memory:
        logger.remove()
        print(json.dumps(asyncio.run(_memory(args.one_memory, args.keep))))
        return 0

    results: dict[str, Any] = {}
    runs = args.memory_runs
    steps = tqdm(total=2 * runs + 2 + 2 * len(HANG_UP_CASES), desc="telephony_faults", unit="step")
    for key, keep in (("memory_before", True), ("memory_after", False)):
        memory = []
        for _ in range(runs):
            memory.append(_memory_in_subprocess(args.calls, keep=keep))
            steps.update()
        results[key] = summarise(memory)
    results["flood_lines_debug"] = asyncio.run(_flood("DEBUG"))
    steps.update()
    results["flood_lines_info"] = asyncio.run(_flood("INFO"))
    steps.update()
    logger.remove()
    logger.add(sys.stderr, level="ERROR", diagnose=False, backtrace=False)
    results["hang_up_s"] = {}
    results["hang_up_s_pipecat"] = {}
    results["baseline_wait_s"] = args.baseline_wait_s
    results["prompt_s"] = round(prompt_s(), 3)
    for case in HANG_UP_CASES:
        s = asyncio.run(_hang_up(case))
        results["hang_up_s"][case] = None if s is None else round(s, 2)
        steps.update()
        # pipecat logs an ERROR per failed send (every packet once the socket is gone):
        # counted, not printed
        errors: list[str] = []
        logger.remove()
        logger.add(errors.append, level="ERROR", diagnose=False)
        s = asyncio.run(_hang_up(case, stock=True, wait_s=args.baseline_wait_s))
        logger.remove()
        logger.add(sys.stderr, level="ERROR", diagnose=False, backtrace=False)
        results["hang_up_s_pipecat"][case] = None if s is None else round(s, 2)
        results.setdefault("pipecat_error_lines", {})[case] = len(errors)
        steps.update()
    steps.close()

    before, after = results["memory_before"], results["memory_after"]
    _, n1, n2 = after["calls"]

    def spread(part: dict[str, Any], key: str, fmt: str) -> str:
        lo, hi = part[f"{key}_range"]
        return f"{part[key]:{fmt}} ({lo:{fmt}} … {hi:{fmt}})"

    lines = [
        "| measure | before (baseline) | after | ratio |",
        "|---|---|---|---|",
        f"| RSS per call (MB; slope from {n1} to {n2} calls, median (range) of {runs} runs) "
        f"| {spread(before, 'rss_mb_per_call', '.3f')} | {spread(after, 'rss_mb_per_call', '.4f')} "
        f"| {after['rss_mb_per_call'] / before['rss_mb_per_call']:.3f} |",
        f"| Python heap per call (MB; slope, as above) | {spread(before, 'heap_mb_per_call', '.4f')} "
        f"| {spread(after, 'heap_mb_per_call', '.5f')} "
        f"| {after['heap_mb_per_call'] / before['heap_mb_per_call']:.4f} |",
        f"| RSS fixed part (MB; the first {n1} calls' growth beyond the slope) "
        f"| {spread(before, 'rss_fixed_mb', '.1f')} | {spread(after, 'rss_fixed_mb', '.1f')} | — |",
        f"| Python heap fixed part (MB) | {spread(before, 'heap_fixed_mb', '.2f')} "
        f"| {spread(after, 'heap_fixed_mb', '.2f')} | — |",
        f"| lines logged, 20,000 bad messages (DEBUG → INFO) | {results['flood_lines_debug']} "
        f"| {results['flood_lines_info']} | {results['flood_lines_info'] / results['flood_lines_debug']:.4f} |",
    ]
    wait = args.baseline_wait_s

    def hang_up(seconds: float | None) -> str:
        return f"{seconds}" if seconds is not None else f"none: the caller left after {wait:g} s"

    lines[0] = "| measure | before / pipecat (baseline) | after | ratio |"
    for case, seconds in results["hang_up_s"].items():
        base = results["hang_up_s_pipecat"][case]
        since = "the drop" if case == "dropped at 1 s" else "start"
        lines.append(
            f"| clean hang-up, model {case} (s from {since}, incl. {results['prompt_s']:.2f} s "
            f"prompt; baseline: pipecat's own Twilio bot) | {hang_up(base)} | {hang_up(seconds)} "
            "| — |"
        )
    table = "\n".join(lines)
    print(table)
    args.out.mkdir(parents=True, exist_ok=True)
    results["provenance"] = provenance.stamp("bench.telephony_faults", argv)
    (args.out / "results.json").write_text(json.dumps(results, indent=2))
    (args.out / "results.md").write_text(
        table + "\n\n" + provenance.markdown(results["provenance"])
    )
    print(f"written to {args.out}")
    return 0
