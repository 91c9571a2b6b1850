"""bench/server_load: what one telephony-server worker holds, pooled vs direct connect.

The real CLI (``pipecat-rt-best telephony-server --no-vad``) runs in a subprocess against a
realtime emulator in this process (``OPENAI_REALTIME_URL``); simulated Twilio calls
(``MediaStreamSimulator``) arrive spread over one second at each concurrency level and each
lasts ``--seconds``. Per level and server mode: calls that ran to their own hang-up and heard
the bot, first-bot-audio latency p50/p95 from the call's start, the server process's CPU
(per cent of one core, from /proc) and its RSS. Side by side: ``--pool-size 4`` and
``--pool-size 0`` (a direct connect per call, the baseline).

Caveat: the emulator and the simulated callers share this machine with the server, so the
CPU numbers are the server's own but the latencies include their contention.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import sys
import time
from pathlib import Path
from typing import Any

import httpx
from tqdm import tqdm

from pipecat_rt_best.session_pool.metrics import percentile
from pipecat_rt_best.testing.media_stream_simulator import MediaStreamSimulator
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator

HERE = Path(__file__).resolve().parent
KEY = "bench-key"
TICKS = os.sysconf("SC_CLK_TCK")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def _level(base: str, pid: int, n: int, seconds: float, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    url = base.replace("http://", "ws://") + "/twilio/media"

    async def one(i: int) -> Any:
        await asyncio.sleep(rng.random())
        sim = MediaStreamSimulator(
            url,
            "twilio",
            caller_audio=b"\xff" * 8000,
            max_duration_s=seconds,
            stream_id=f"MZ{seed:08d}{i:024d}",
            call_id=f"CA{seed:08d}{i:024d}",
        )
        try:
            return await sim.run()
        except Exception as exc:  # a refused or broken call counts as failed
            return exc

    cpu0, t0 = _cpu_s(pid), time.monotonic()
    records = await asyncio.gather(*(one(i) for i in range(n)))
    wall = time.monotonic() - t0
    cpu = _cpu_s(pid) - cpu0
    ok = [
        r
        for r in records
        if not isinstance(r, BaseException) and r.closed_by == "simulator" and r.received_media
    ]
    firsts = [r.first_media_received_at for r in ok if r.first_media_received_at is not None]
    return {
        "calls": n,
        "ok": len(ok),
        "first_audio_p50_ms": percentile(firsts, 0.50) * 1000 if firsts else None,
        "first_audio_p95_ms": percentile(firsts, 0.95) * 1000 if firsts else None,
        "cpu_pct_one_core": 100 * cpu / wall,
        "rss_mb": _rss_mb(pid),
    }


async def _mode(
    emu: RealtimeEmulator, pool_size: int, levels: list[int], seconds: float
) -> list[dict[str, Any]]:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if "AZURE" not in k}
    env.update(OPENAI_API_KEY=KEY, OPENAI_REALTIME_URL=emu.url, PIPECAT_RT_BEST_BACKEND="openai")
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "pipecat_rt_best.cli", "telephony-server", "--no-vad",
        "--providers", "twilio", "--port", str(port), "--pool-size", str(pool_size),
        "--drain-timeout", "5",
        env=env, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    rows = []
    try:
        async with httpx.AsyncClient(base_url=base) as http, asyncio.timeout(60):
            while True:
                try:
                    if (await http.get("/readyz")).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.1)
        for n in tqdm(levels, desc=f"pool-size {pool_size}", unit="level"):
            row = await _level(base, proc.pid, n, seconds, seed=n)
            row["pool_size"] = pool_size
            rows.append(row)
            await asyncio.sleep(1.0)  # calls wind down before the next level
    finally:
        proc.terminate()
        await proc.wait()
    return rows


def _fmt(v: Any) -> str:
    return "-" if v is None else f"{v:.0f}" if isinstance(v, float) else str(v)


async def _main(args: argparse.Namespace) -> int:
    levels = [int(x) for x in args.levels.split(",")]
    script = EmulatorScript(exhausted="cycle", replies=["Hello! How can I help you today?"])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        pooled = await _mode(emu, args.pool_size, levels, args.seconds)
        direct = await _mode(emu, 0, levels, args.seconds)
    lines = [
        f"# server_load — one worker, calls of {args.seconds:g} s, pool {args.pool_size} vs direct",
        "",
        "| calls | ok pooled | ok direct | 1st audio p50 pooled / direct (ms) | p95 pooled / direct "
        "(ms) | CPU % of a core pooled / direct | RSS MB pooled / direct |",
        "|---|---|---|---|---|---|---|",
    ]
    for p, d in zip(pooled, direct, strict=True):
        lines.append(
            f"| {p['calls']} | {p['ok']} | {d['ok']} "
            f"| {_fmt(p['first_audio_p50_ms'])} / {_fmt(d['first_audio_p50_ms'])} "
            f"| {_fmt(p['first_audio_p95_ms'])} / {_fmt(d['first_audio_p95_ms'])} "
            f"| {_fmt(p['cpu_pct_one_core'])} / {_fmt(d['cpu_pct_one_core'])} "
            f"| {_fmt(p['rss_mb'])} / {_fmt(d['rss_mb'])} |"
        )
    report = "\n".join(lines)
    print(report)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.md").write_text(report + "\n")
    (out / "results.json").write_text(json.dumps({"pooled": pooled, "direct": direct}, indent=2))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.server_load", description=__doc__)
    parser.add_argument("--levels", default="10,25,50", help="concurrent calls per step")
    parser.add_argument("--seconds", type=float, default=6.0, help="each call's length")
    parser.add_argument("--pool-size", type=int, default=4)
    parser.add_argument("--out", default=str(HERE / "results"))
    return asyncio.run(_main(parser.parse_args(argv)))
