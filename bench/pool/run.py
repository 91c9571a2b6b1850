"""bench/pool: call start → session ready, pre-warmed pool vs a cold connect, side by side.

Both run in one process against the realtime emulator with its handshake delayed (default
300 ms, the low end of what Azure/OpenAI take for TCP + TLS + upgrade + ``session.created``):

* **cold** — what pipecat's realtime service does at call start: ``websockets.connect`` with
  the auth header, then wait for ``session.created``;
* **pooled** — ``RealtimeSessionPool.checkout()`` (``min_idle`` sessions kept warm).

Per call, two times: **ready** (a ``session.created``-confirmed socket in hand — what the
pool provides) and **configured** (ready + the call's own ``session.update`` answered by
``session.updated``, which both paths need before audio flows).

Two scenarios: **steady** (calls arriving every ``--interval`` seconds) and **burst**
(``--burst`` calls at uniformly random instants within 1 s, each held ``--hold`` seconds,
pool of ``--burst-pool``): failures and every call's wait, both ways.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from loguru import logger
from tqdm import tqdm
from websockets.asyncio.client import ClientConnection, connect

from bench import provenance
from pipecat_rt_best.session_pool.metrics import percentile
from pipecat_rt_best.session_pool.pool import PoolConfig, RealtimeSessionPool, SessionBackend
from pipecat_rt_best.testing.realtime_emulator import Faults, RealtimeEmulator

HERE = Path(__file__).resolve().parent
KEY = "bench-key"


@dataclass
class Call:
    arrival_s: float  # offset from the scenario's start
    ready_s: float = float("nan")
    configured_s: float = float("nan")
    warm: bool | None = None
    error: str | None = None


async def _cold_open(url: str) -> ClientConnection:
    ws = await connect(url, additional_headers={"Authorization": f"Bearer {KEY}"})
    event = json.loads(await ws.recv())
    if event.get("type") != "session.created":
        await ws.close()
        raise RuntimeError(f"first event {event.get('type')!r}")
    return ws


async def _configure(ws: ClientConnection) -> None:
    update = {"type": "session.update", "session": {"type": "realtime", "instructions": "Hi."}}
    await ws.send(json.dumps(update))
    while json.loads(await ws.recv())["type"] != "session.updated":
        pass


Opener = Callable[[], Awaitable[tuple[ClientConnection, bool]]]


async def _run_call(call: Call, t0: float, open_: Opener, hold_s: float) -> None:
    loop = asyncio.get_running_loop()
    await asyncio.sleep(max(0.0, t0 + call.arrival_s - loop.time()))
    start = loop.time()
    ws: ClientConnection | None = None
    try:
        ws, call.warm = await open_()
        call.ready_s = loop.time() - start
        await _configure(ws)
        call.configured_s = loop.time() - start
        if hold_s:
            await asyncio.sleep(hold_s)
    except Exception as exc:
        call.error = type(exc).__name__ + (f": {exc}" if str(exc) else "")
    finally:
        if ws is not None:
            await ws.close()


async def _scenario(arrivals: list[float], open_: Opener, hold_s: float, label: str) -> list[Call]:
    calls = [Call(a) for a in arrivals]
    t0 = asyncio.get_running_loop().time() + 0.05
    tasks = [asyncio.create_task(_run_call(c, t0, open_, hold_s)) for c in calls]
    with tqdm(total=len(tasks), desc=label, unit="call", leave=False) as bar:
        for task in asyncio.as_completed(tasks):
            await task
            bar.update()
    return calls


def _stats(calls: list[Call], attr: str) -> dict[str, float]:
    values = [getattr(c, attr) for c in calls if c.error is None]
    return {
        "p50_ms": percentile(values, 0.5) * 1000,
        "p99_ms": percentile(values, 0.99) * 1000,
        "max_ms": max(values) * 1000 if values else float("nan"),
    }


async def bench(args: argparse.Namespace) -> dict[str, Any]:
    rng = random.Random(args.seed)
    out: dict[str, Any] = {"handshake_delay_ms": args.handshake_ms}
    faults = Faults(handshake_delay_s=args.handshake_ms / 1000)
    async with RealtimeEmulator(api_key=KEY, faults=faults) as emu:
        url = f"{emu.url}?model=gpt-realtime"
        backend = SessionBackend(url=url, headers={"Authorization": f"Bearer {KEY}"})

        async def cold() -> tuple[ClientConnection, bool]:
            return await _cold_open(url), False

        def pooled(pool: RealtimeSessionPool) -> Opener:
            async def open_() -> tuple[ClientConnection, bool]:
                session = await pool.checkout()
                return session.websocket, session.warm

            return open_

        # -- steady arrivals ------------------------------------------------------------
        steady = [i * args.interval for i in range(args.calls)]
        cold_calls = await _scenario(steady, cold, 0.0, "steady, cold")
        config = PoolConfig(min_idle=args.pool)
        async with RealtimeSessionPool(backend, config) as pool:
            await pool.wait_ready(30)
            pool_calls = await _scenario(steady, pooled(pool), 0.0, "steady, pooled")
            out["steady_pool_metrics"] = pool.metrics.snapshot()
        out["steady"] = {
            "calls": args.calls,
            "interval_s": args.interval,
            "pool_min_idle": args.pool,
            "cold": {k: _stats(cold_calls, k) for k in ("ready_s", "configured_s")},
            "pooled": {k: _stats(pool_calls, k) for k in ("ready_s", "configured_s")},
            "failures": {
                "cold": sum(c.error is not None for c in cold_calls),
                "pooled": sum(c.error is not None for c in pool_calls),
            },
            "pooled_warm": sum(bool(c.warm) for c in pool_calls),
        }

        # -- a burst ----------------------------------------------------------------------
        burst = sorted(rng.uniform(0, 1.0) for _ in range(args.burst))
        await emu.wait_for(lambda: all(r.closed for r in emu.sessions), 10)
        cold_burst = await _scenario(burst, cold, args.hold, "burst, cold")
        out["burst"] = {
            "calls": args.burst,
            "window_s": 1.0,
            "hold_s": args.hold,
            "pool_min_idle": args.burst_pool,
            "cold": {k: _stats(cold_burst, k) for k in ("ready_s", "configured_s")},
            "cold_failures": sum(c.error is not None for c in cold_burst),
            "pooled": {},
        }
        out["_burst_calls"] = {"cold": cold_burst}
        for max_opening in args.max_opening:
            await emu.wait_for(lambda: all(r.closed for r in emu.sessions), 10)
            config = PoolConfig(
                min_idle=args.burst_pool,
                max_idle=max(args.burst_pool, 16),
                max_opening=max_opening,
                max_total=args.burst * 2,
            )
            async with RealtimeSessionPool(backend, config) as pool:
                await pool.wait_ready(30)
                calls = await _scenario(
                    burst, pooled(pool), args.hold, f"burst, pooled (max_opening {max_opening})"
                )
                metrics = pool.metrics.snapshot()
            out["burst"]["pooled"][str(max_opening)] = {
                **{k: _stats(calls, k) for k in ("ready_s", "configured_s")},
                "failures": sum(c.error is not None for c in calls),
                "warm": sum(bool(c.warm) for c in calls),
                "errors": sorted({c.error for c in calls if c.error}),
                "pool_metrics": metrics,
            }
            out["_burst_calls"][f"pooled_max_opening_{max_opening}"] = calls
        await emu.wait_for(lambda: all(r.closed for r in emu.sessions), 10)
        out["sockets_left_open"] = sum(1 for r in emu.sessions if not r.closed)
    return out


def _write(out: dict[str, Any], folder: Path, prov: dict[str, Any]) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    out["provenance"] = prov
    calls = out.pop("_burst_calls")
    with (folder / "burst_waits.csv").open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(
            ["mode", "call", "arrival_ms", "ready_ms", "configured_ms", "warm", "error"]
        )
        for mode, rows in calls.items():
            for i, c in enumerate(rows):
                writer.writerow(
                    [
                        mode,
                        i,
                        f"{c.arrival_s * 1000:.1f}",
                        f"{c.ready_s * 1000:.3f}",
                        f"{c.configured_s * 1000:.3f}",
                        c.warm,
                        c.error or "",
                    ]
                )
    (folder / "results.json").write_text(json.dumps(out, indent=2) + "\n")

    s, b = out["steady"], out["burst"]

    def row(name: str, part: dict[str, Any], key: str) -> str:
        cold, pooled = part["cold"][key], part["pooled"][key]
        return (
            f"| {name} | {cold['p50_ms']:.2f} | {cold['p99_ms']:.2f} | {pooled['p50_ms']:.3f} | "
            f"{pooled['p99_ms']:.3f} | {cold['p50_ms'] / pooled['p50_ms']:.0f}x | "
            f"{cold['p99_ms'] / pooled['p99_ms']:.1f}x |"
        )

    lines = [
        "# bench/pool — call start → session ready: pooled vs cold connect",
        "",
        f"Emulator handshake delay {out['handshake_delay_ms']:.0f} ms. `python -m bench.pool`.",
        "",
        f"## Steady: {s['calls']} calls, one every {s['interval_s'] * 1000:.0f} ms, "
        f"pool min_idle {s['pool_min_idle']} ({s['pooled_warm']} served warm)",
        "",
        "| time (ms) | cold p50 | cold p99 | pooled p50 | pooled p99 | p50 ratio | p99 ratio |",
        "|---|---:|---:|---:|---:|---:|---:|",
        row("session ready", s, "ready_s"),
        row("configured (+ session.update → updated)", s, "configured_s"),
        "",
        f"Failures: cold {s['failures']['cold']}, pooled {s['failures']['pooled']}.",
        "",
        f"## Burst: {b['calls']} calls at random instants within 1 s, each held "
        f"{b['hold_s']:.1f} s; pool min_idle {b['pool_min_idle']}",
        "",
        "| call start → session ready | failures | warm | p50 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|---:|",
        f"| cold connect (each call its own) | {b['cold_failures']} | 0 | "
        f"{b['cold']['ready_s']['p50_ms']:.1f} | {b['cold']['ready_s']['p99_ms']:.1f} | "
        f"{b['cold']['ready_s']['max_ms']:.1f} |",
        *(
            f"| pooled, max_opening {mo} | {p['failures']} | {p['warm']} | "
            f"{p['ready_s']['p50_ms']:.1f} | {p['ready_s']['p99_ms']:.1f} | "
            f"{p['ready_s']['max_ms']:.1f} |"
            for mo, p in b["pooled"].items()
        ),
        "",
        "Every call's wait: `burst_waits.csv`.",
        f"Sockets left open at the end: {out['sockets_left_open']}.",
        "",
        provenance.markdown(prov),
    ]
    text = "\n".join(lines)
    (folder / "results.md").write_text(text)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.pool", description=__doc__)
    parser.add_argument("--handshake-ms", type=float, default=300.0)
    parser.add_argument("--calls", type=int, default=200, help="steady calls per mode")
    parser.add_argument("--interval", type=float, default=0.05, help="steady inter-arrival (s)")
    parser.add_argument("--pool", type=int, default=10, help="steady pool min_idle")
    parser.add_argument("--burst", type=int, default=100)
    parser.add_argument("--burst-pool", type=int, default=10)
    parser.add_argument(
        "--max-opening", type=int, nargs="+", default=[16, 100], help="burst pool configs"
    )
    parser.add_argument("--hold", type=float, default=2.0, help="burst call length (s)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=HERE / "results")
    args = parser.parse_args(argv)
    if min(args.calls, args.burst, args.burst_pool, args.pool, *args.max_opening) < 1:
        parser.error("--calls, --burst, --pool, --burst-pool and --max-opening must be >= 1")
    if args.handshake_ms < 0 or args.interval < 0 or args.hold < 0:
        parser.error("--handshake-ms, --interval and --hold must be >= 0")
    logger.remove()
    logger.add(lambda m: tqdm.write(str(m), end=""), level="WARNING", diagnose=False)
    t = time.perf_counter()
    out = asyncio.run(bench(args))
    text = _write(out, args.out, provenance.stamp("bench.pool", argv))
    print(text)
    print(f"({time.perf_counter() - t:.0f} s; results in {args.out})")
    return 0
