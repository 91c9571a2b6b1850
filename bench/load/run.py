"""bench/load: how many concurrent phone calls one telephony-server process holds, and why not more.

Three processes, so the server's numbers are the server's own:

* **server** — the real CLI, ``pipecat-rt-best telephony-server`` (the pack's VAD deciding
  manual turns, ``--pool-size 4``, ``--loop-lag-interval 0.05``: the event-loop lag is
  measured *inside* the server and read from its Prometheus ``/metrics``);
* **model** — the realtime emulator, ``pipecat-rt-best emulator``, as the server's backend;
* **callers** — this process: N simulated Twilio calls (``MediaStreamSimulator``) per level,
  starting spread over ``--ramp`` seconds. Each caller listens to the greeting, speaks a
  1.5 s question at 4 s (synthetic speech), listens to the answer, hangs up at ``--seconds``.

Per level and server mode: calls OK (ran to the caller's hang-up, heard the greeting and the
answer), server CPU per concurrent call (% of one core), event-loop lag p50/p99 (from the
server's histogram), audio deadline misses (a playout restart inside a reply: the caller's
100 ms jitter buffer ran dry because the next chunk came late), first bot audio and answer
latency as the caller hears them. Modes: ``pack`` (pool 4, VAD), ``baseline`` (the same
server with ``--pool-size 0``: a direct connect per call) and ``no-vad`` (pool 4,
``--no-vad``: the model's server VAD takes turns — the VAD's own cost is the difference).

The knee is the first level where lag p99 >= 20 ms or a call fails. At the pack's knee (or
its last level) the level runs once more with py-spy sampling the server (when py-spy is on
PATH or given with ``--py-spy``) and the top costs are printed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import random
import re
import shutil
import signal
import socket
import sys
import time
from collections import Counter as Tally
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx
import numpy as np
from prometheus_client.parser import text_string_to_metric_families

from bench import provenance
from pipecat_rt_best.call_pipeline.loop_lag import LoopLagMonitor
from pipecat_rt_best.session_pool.metrics import percentile
from pipecat_rt_best.testing.media_stream_simulator import (
    MediaStreamSimulator,
    SimulatorRecord,
    line_audio,
    line_silence,
)
from pipecat_rt_best.testing.simulated_call.caller_audio import synth_utterance

HERE = Path(__file__).resolve().parent
KEY = "bench-load-key"
TICKS = os.sysconf("SC_CLK_TCK")
LAG_LIMIT_MS = 20.0
STOP_LAG_MS = 250.0  # a mode stops climbing here (or when half its calls fail)
GREETING = "Hello! How can I help you today?"
ANSWER = "Your loan was approved yesterday; the first instalment is due on the fifth."
SPEAK_AT_S = 4.0
SPEAK_S = 1.5
FRAME_S = 0.02
JITTER_DEPTH_S = 0.1
# a playout restart this soon after the last frame ended is inside a reply (a late chunk);
# the script's replies are further apart than this (caller speech + the VAD's stop time)
REPLY_GAP_S = 1.0

MODES: dict[str, dict[str, Any]] = {
    "pack": {"pool": 4, "vad": True},
    "baseline": {"pool": 0, "vad": True},
    "no-vad": {"pool": 4, "vad": False},
    # the pack before bench/load's fix (permessage-deflate on both sockets): before/after
    "pack-deflate": {"pool": 4, "vad": True, "module": "bench.load.deflate_server"},
    # one of the per-call CPU savings turned back off (bench/load/variant_server.py): A/B
    "pack-append-20ms": {
        "pool": 4, "vad": True, "module": "bench.load.variant_server",
        "env": {"BENCH_LOAD_VARIANT": "append-per-packet"},
    },
    "pack-vad-thread": {
        "pool": 4, "vad": True, "module": "bench.load.variant_server",
        "env": {"BENCH_LOAD_VARIANT": "vad-thread"},
    },
}  # fmt: skip


# -- pure: metrics text, quantiles, the knee, a call's outcome ---------------------------------


def lag_histogram(metrics_text: str) -> dict[float, float]:
    """The server's event-loop lag histogram as ``{upper bound s: cumulative count}``."""
    out: dict[float, float] = {}
    for family in text_string_to_metric_families(metrics_text):
        if family.name != "pipecat_rt_best_event_loop_lag_seconds":
            continue
        for sample in family.samples:
            if sample.name.endswith("_bucket"):
                out[float(sample.labels["le"])] = sample.value
    return out


def histogram_delta(after: dict[float, float], before: dict[float, float]) -> dict[float, float]:
    return {le: count - before.get(le, 0.0) for le, count in after.items()}


def histogram_quantile(q: float, buckets: dict[float, float]) -> float | None:
    """Prometheus' ``histogram_quantile``: linear within the bucket holding rank ``q``.

    ``buckets`` are cumulative counts by upper bound (``+Inf`` included). Returns None with
    no samples; a rank in the ``+Inf`` bucket returns the highest finite bound."""
    if not buckets:
        return None
    bounds = sorted(buckets)
    total = buckets[bounds[-1]]
    if total <= 0:
        return None
    rank = q * total
    lower, below = 0.0, 0.0
    for le in bounds:
        count = buckets[le]
        if count >= rank:
            if le == float("inf"):
                return lower
            if count == below:
                return le
            return lower + (le - lower) * (rank - below) / (count - below)
        lower, below = le, count
    return lower


def server_value(metrics_text: str, name: str) -> float | None:
    """A label-less sample's value in ``/metrics`` text (``None``: not there)."""
    for family in text_string_to_metric_families(metrics_text):
        for sample in family.samples:
            if sample.name == name and not sample.labels:
                return sample.value
    return None


@dataclass
class CallOutcome:
    """One simulated call, as its caller experienced it (seconds from the call's start)."""

    ran_to_hang_up: bool
    heard_greeting: bool
    answered: bool
    first_audio_s: float | None
    answer_latency_s: float | None  # question's end → the answer starts playing
    frames_played: int
    deadline_misses: int  # playout restarts inside a reply
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.ran_to_hang_up and self.heard_greeting and self.answered


def playout_restarts(starts: Sequence[float], frame_s: float = FRAME_S) -> list[float]:
    """Gaps (s) before each restart of playout: a frame that does not follow the previous
    one on its frame grid starts a new talkspurt; the gap is from the previous frame's end."""
    gaps = []
    for prev, cur in itertools.pairwise(starts):
        if cur - prev > frame_s + 1e-6:
            gaps.append(cur - (prev + frame_s))
    return gaps


def call_outcome(
    record: SimulatorRecord | BaseException,
    speak_end_s: float = SPEAK_AT_S + SPEAK_S,
    reply_gap_s: float = REPLY_GAP_S,
) -> CallOutcome:
    if isinstance(record, BaseException):
        return CallOutcome(False, False, False, None, None, 0, 0, type(record).__name__)
    starts = [f.start for f in record.jitter.frames] if record.jitter else []
    # the answer: the first talkspurt that starts after the question (a greeting still
    # playing then is not it)
    spurts = starts[:1] + [b for a, b in itertools.pairwise(starts) if b - a > FRAME_S + 1e-6]
    after = [s for s in spurts if s >= speak_end_s]
    misses = sum(1 for gap in playout_restarts(starts) if gap < reply_gap_s)
    return CallOutcome(
        ran_to_hang_up=record.closed_by == "simulator",
        heard_greeting=any(s < SPEAK_AT_S for s in starts),
        answered=bool(after),
        first_audio_s=record.first_media_received_at,
        answer_latency_s=(after[0] - speak_end_s) if after else None,
        frames_played=len(starts),
        deadline_misses=misses,
    )


@dataclass
class Level:
    mode: str
    calls: int
    ok: int = 0
    cpu_pct_per_call: float | None = None  # server CPU / concurrent call-seconds, % of a core
    server_cpu_pct: float | None = None  # % of one core over the level
    lag_p50_ms: float | None = None
    lag_p99_ms: float | None = None
    lag_samples: int = 0
    deadline_misses: int = 0
    frames_played: int = 0
    first_audio_p50_ms: float | None = None
    first_audio_p95_ms: float | None = None
    answer_p50_ms: float | None = None
    rss_mb: float | None = None
    emulator_cpu_pct: float | None = None
    callers_lag_p99_ms: float | None = None  # this process's own loop lag (trust check)
    errors: dict[str, int] = field(default_factory=dict)

    @property
    def failed(self) -> int:
        return self.calls - self.ok

    def past_knee(self, lag_limit_ms: float = LAG_LIMIT_MS) -> bool:
        return self.failed > 0 or (self.lag_p99_ms is not None and self.lag_p99_ms >= lag_limit_ms)


def knee(levels: Iterable[Level], lag_limit_ms: float = LAG_LIMIT_MS) -> Level | None:
    """The first level (in the order run, ascending N) where a call failed or lag p99 reached
    ``lag_limit_ms``; None when every level held."""
    for level in levels:
        if level.past_knee(lag_limit_ms):
            return level
    return None


def _knee_calls(levels: Iterable[Level]) -> int | None:
    found = knee(levels)
    return None if found is None else found.calls


def knee_reason(level: Level, lag_limit_ms: float = LAG_LIMIT_MS) -> str:
    why = []
    if level.failed:
        why.append(f"{level.failed}/{level.calls} calls failed")
    if level.lag_p99_ms is not None and level.lag_p99_ms >= lag_limit_ms:
        why.append(f"loop lag p99 {level.lag_p99_ms:.0f} ms")
    return ", ".join(why)


# -- processes ---------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime (all threads)


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def _stop(proc: asyncio.subprocess.Process) -> None:
    if proc.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            proc.send_signal(signal.SIGINT)
        try:
            await asyncio.wait_for(proc.wait(), 10)
        except TimeoutError:
            proc.kill()
            await proc.wait()


@contextlib.asynccontextmanager
async def emulator_process() -> AsyncIterator[tuple[str, int]]:
    """``pipecat-rt-best emulator`` on a free port; yields (its ws URL, its pid)."""
    env = dict(os.environ, EMULATOR_API_KEY=KEY)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "pipecat_rt_best.cli", "emulator", "--port", str(_free_port()),
        "--reply", GREETING, "--reply", ANSWER, "--cycle",
        env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        async with asyncio.timeout(60):
            while True:
                line = (await proc.stdout.readline()).decode()
                if not line:
                    raise RuntimeError("the emulator exited before serving")
                found = re.search(r"serving on (ws://\S+)", line)
                if found:
                    break
        yield found.group(1), proc.pid
    finally:
        await _stop(proc)


@contextlib.asynccontextmanager
async def server_process(emulator_url: str, mode: str, log: Path) -> AsyncIterator[tuple[str, int]]:
    """The telephony-server CLI in ``mode``; yields (its http base URL, its pid) once ready."""
    spec = MODES[mode]
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if "AZURE" not in k}
    env.update(
        OPENAI_API_KEY=KEY, OPENAI_REALTIME_URL=emulator_url, PIPECAT_RT_BEST_BACKEND="openai"
    )
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE.parents[1]), env.get("PYTHONPATH")]))
    env.update(spec.get("env", {}))
    cmd = [
        sys.executable, "-m", spec.get("module", "pipecat_rt_best.cli"), "telephony-server",
        "--providers", "twilio", "--port", str(port), "--pool-size", str(spec["pool"]),
        "--drain-timeout", "2", "--loop-lag-interval", "0.05",
        *([] if spec["vad"] else ["--no-vad"]),
    ]  # fmt: skip
    with log.open("w") as sink:
        proc = await asyncio.create_subprocess_exec(*cmd, env=env, stdout=sink, stderr=sink)
    base = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient(base_url=base) as http, asyncio.timeout(90):
            while True:
                if proc.returncode is not None:
                    raise RuntimeError(f"the server exited ({proc.returncode}); see {log}")
                with contextlib.suppress(httpx.TransportError):
                    if (await http.get("/readyz")).status_code == 200:
                        break
                await asyncio.sleep(0.2)
        yield base, proc.pid
    finally:
        with contextlib.suppress(ProcessLookupError):
            proc.send_signal(signal.SIGTERM)  # drains (2 s), then exits
        try:
            await asyncio.wait_for(proc.wait(), 15)
        except TimeoutError:
            proc.kill()
            await proc.wait()


# -- one level ---------------------------------------------------------------------------------


def caller_audio(seed: int, encoding: str = "ulaw") -> bytes:
    """Silence, the caller's 1.5 s question at 4 s, then silence (line audio)."""
    speech = line_audio(synth_utterance(SPEAK_S, 8000, seed=seed % 16), encoding)  # type: ignore[arg-type]
    return line_silence(encoding, SPEAK_AT_S * 1000) + speech  # type: ignore[arg-type]


async def run_level(
    base: str,
    pid: int,
    emulator_pid: int,
    mode: str,
    n: int,
    *,
    seconds: float,
    ramp_s: float,
    seed: int,
) -> tuple[Level, list[CallOutcome]]:
    rng = random.Random(seed)
    url = base.replace("http://", "ws://") + "/twilio/media"
    audio = [caller_audio(i) for i in range(min(n, 16))]
    callers_lag: list[float] = []

    async def one(i: int) -> SimulatorRecord | BaseException:
        await asyncio.sleep(rng.random() * ramp_s)
        sim = MediaStreamSimulator(
            url,
            "twilio",
            caller_audio=audio[i % len(audio)],
            max_duration_s=seconds,
            stream_id=f"MZ{seed:08d}{i:024d}",
            call_id=f"CA{seed:08d}{i:024d}",
            tick_ms=20.0,  # the jitter buffer's frame: finer ticks only cost this process
        )
        try:
            return await sim.run()
        except Exception as exc:  # a refused or broken call counts as failed
            return exc

    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        before = (await http.get("/metrics")).text
        cpu0, emu0, t0 = _cpu_s(pid), _cpu_s(emulator_pid), time.monotonic()
        async with LoopLagMonitor(0.05, on_sample=callers_lag.append):
            records = await asyncio.gather(*(one(i) for i in range(n)))
        wall = time.monotonic() - t0
        cpu, emu_cpu = _cpu_s(pid) - cpu0, _cpu_s(emulator_pid) - emu0
        after = (await http.get("/metrics")).text
        rss = _rss_mb(pid)
        # let the server finish the calls before the next level
        for _ in range(100):
            active = server_value((await http.get("/metrics")).text, "pipecat_rt_best_calls_active")
            if not active:
                break
            await asyncio.sleep(0.1)

    outcomes = [call_outcome(r) for r in records]
    lag = histogram_delta(lag_histogram(after), lag_histogram(before))
    firsts = [o.first_audio_s for o in outcomes if o.ok and o.first_audio_s is not None]
    answers = [o.answer_latency_s for o in outcomes if o.ok and o.answer_latency_s is not None]
    call_seconds = n * seconds
    level = Level(
        mode=mode,
        calls=n,
        ok=sum(o.ok for o in outcomes),
        cpu_pct_per_call=100 * cpu / call_seconds,
        server_cpu_pct=100 * cpu / wall,
        lag_p50_ms=_ms(histogram_quantile(0.50, lag)),
        lag_p99_ms=_ms(histogram_quantile(0.99, lag)),
        lag_samples=int(lag.get(float("inf"), 0)),
        deadline_misses=sum(o.deadline_misses for o in outcomes),
        frames_played=sum(o.frames_played for o in outcomes),
        first_audio_p50_ms=_ms(percentile(firsts, 0.5) if firsts else None),
        first_audio_p95_ms=_ms(percentile(firsts, 0.95) if firsts else None),
        answer_p50_ms=_ms(percentile(answers, 0.5) if answers else None),
        rss_mb=rss,
        emulator_cpu_pct=100 * emu_cpu / wall,
        callers_lag_p99_ms=_ms(percentile(callers_lag, 0.99) if callers_lag else None),
        errors=dict(Tally(_why_not_ok(o) for o in outcomes if not o.ok)),
    )
    return level, outcomes


def _why_not_ok(o: CallOutcome) -> str:
    if o.error:
        return o.error
    if not o.ran_to_hang_up:
        return "server ended the call"
    if not o.heard_greeting:
        return "no greeting"
    return "no answer"


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else seconds * 1000


# -- profiling ---------------------------------------------------------------------------------


# a thread waiting, not working: the event loop in select(), an executor thread on its queue
_IDLE_LEAVES = ("EpollSelector.select (", "_worker (concurrent/futures/thread.py)")
# frames on every stack (entry points, the loop's own machinery): not a cost of their own
_PLUMBING = (
    "asyncio/",
    "<frozen",
    "threading.py",
    "selectors.py",
    "concurrent/futures/",
    "pipecat_rt_best/cli/",
    "contextvars",
)


def top_costs(collapsed: str, n: int = 12) -> dict[str, Any]:
    """py-spy's raw (collapsed) output → the top ``n`` functions by self time and by
    inclusive time (each as [function (file), % of busy samples]), idle waits left out."""
    self_t: Tally[str] = Tally()
    incl: Tally[str] = Tally()
    busy = idle = 0
    for line in collapsed.splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = [_short_frame(f) for f in stack.split(";") if f]
        if not frames:
            continue
        if frames[-1].startswith(_IDLE_LEAVES):
            idle += count
            continue
        busy += count
        self_t[frames[-1]] += count
        for frame in set(frames):
            if not any(p in frame for p in _PLUMBING):
                incl[frame] += count

    def pct(t: Tally[str]) -> list[tuple[str, float]]:
        return [(k, 100 * v / busy) for k, v in t.most_common(n)] if busy else []

    return {"self": pct(self_t), "inclusive": pct(incl), "busy": busy, "idle": idle}


def _short_frame(frame: str) -> str:
    """``func (/long/path/site-packages/pkg/mod.py:123)`` → ``func (pkg/mod.py)``."""
    found = re.match(r"(.*) \((.*?)(?::\d+)?\)$", frame.strip())
    if not found:
        return frame.strip()
    func, path = found.groups()
    for marker in ("site-packages/", "/src/", "/lib/python3.11/"):
        if marker in path:
            path = path.split(marker, 1)[1]
            break
    return f"{func} ({path})"


async def profile_level(
    py_spy: str, base: str, pid: int, emulator_pid: int, mode: str, n: int, args: Any, out: Path
) -> tuple[Level, dict[str, Any]]:
    raw = out / f"profile_{mode}_{n}.txt"
    duration = max(1, int(args.seconds))
    spy = await asyncio.create_subprocess_exec(
        py_spy, "record", "--pid", str(pid), "--format", "raw", "--output", str(raw),
        "--duration", str(duration), "--nonblocking", "--rate", "50",
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    try:
        level, _ = await run_level(
            base, pid, emulator_pid, mode, n, seconds=args.seconds, ramp_s=args.ramp, seed=n + 7
        )
        await asyncio.wait_for(spy.wait(), duration + 30)
    finally:
        if spy.returncode is None:
            spy.kill()
            await spy.wait()
    costs = top_costs(raw.read_text() if raw.exists() else "")
    return level, costs


# -- report ------------------------------------------------------------------------------------


def _f(v: float | None, fmt: str = ".0f") -> str:
    return "-" if v is None else format(v, fmt)


def _ratio(other: float | None, pack: float | None) -> str:
    if other is None or pack is None or pack == 0:
        return ""
    return f" ({other / pack:.1f}x)"


def report(
    rows: dict[str, list[Level]],
    args: Any,
    profile: dict[str, Any] | None,
    load: str,
) -> str:
    levels = sorted({lv.calls for lvs in rows.values() for lv in lvs})
    by = {(lv.mode, lv.calls): lv for lvs in rows.values() for lv in lvs}
    lines = [
        f"# bench/load — one telephony-server process, calls of {args.seconds:g} s "
        f"(ramp {args.ramp:g} s)",
        "",
        f"Machine: {os.cpu_count()} cores; load while measuring: {load}",
        "",
        "Baseline = the same server with `--pool-size 0` (a direct connect per call); "
        "`(Nx)` after a mode's value = that mode / pack (above 1: the pack is lower). "
        "`no-vad` = pool on, the model's server VAD instead of the pack's. `pack-deflate` = "
        "the pack before this bench's fix (permessage-deflate on). `pack-append-20ms` / "
        "`pack-vad-thread` = the pack with one CPU saving turned back off (an append per 20 ms "
        "packet / the VAD's model on a worker thread).",
        "",
        f"Cells: {' / '.join(rows)}.",
        "",
        "| calls | ok | server CPU per call, % of a core | "
        "loop lag p50 ms | loop lag p99 ms | deadline misses (late chunks) | "
        "1st audio p50 ms | answer p50 ms | server RSS MB | callers' own lag p99 ms |",
        "|---:|---|---|---|---|---|---|---|---|---|",
    ]
    for n in levels:
        at = [by.get((mode, n)) for mode in rows]
        pack = by.get(("pack", n))

        def cell(
            attr: str,
            fmt: str = ".0f",
            ratio: bool = True,
            at: list[Level | None] = at,
            pack: Level | None = pack,
        ) -> str:
            parts = []
            for mode, lv in zip(rows, at, strict=True):
                value = getattr(lv, attr) if lv else None
                text = _f(value, fmt)
                if ratio and mode != "pack" and pack is not None:
                    text += _ratio(value, getattr(pack, attr))
                parts.append(text)
            return " / ".join(parts)

        ok = " / ".join(f"{lv.ok}" if lv else "not run" for lv in at)
        lines.append(
            f"| {n} | {ok} | {cell('cpu_pct_per_call', '.2f')} | {cell('lag_p50_ms', '.1f')} "
            f"| {cell('lag_p99_ms', '.1f')} | {cell('deadline_misses', 'd', False)} "
            f"| {cell('first_audio_p50_ms')} | {cell('answer_p50_ms')} "
            f"| {cell('rss_mb', '.0f', False)} | {cell('callers_lag_p99_ms', '.0f', False)} |"
        )
    lines += ["", "## Knee", ""]
    for mode, lvs in rows.items():
        k = knee(lvs)
        if k is None:
            top = max(lvs, key=lambda lv: lv.calls) if lvs else None
            held = f"held every level run (up to {top.calls})" if top else "not run"
            lines.append(f"* **{mode}**: {held}")
        else:
            lines.append(f"* **{mode}**: {k.calls} calls — {knee_reason(k)}")
    if profile:
        lines += [
            "",
            f"## What limits it: py-spy on the server, pack at {profile['calls']} calls",
            "",
            f"{profile['note']}",
            "",
            "| self time (leaf function) | % of samples | inclusive (on the stack) | % |",
            "|---|---:|---|---:|",
        ]
        for (s_name, s_pct), (i_name, i_pct) in zip(
            profile["costs"]["self"], profile["costs"]["inclusive"], strict=False
        ):
            lines.append(f"| `{s_name}` | {s_pct:.1f} | `{i_name}` | {i_pct:.1f} |")
    lines += [
        "",
        "Definitions: *CPU per call* = server CPU seconds (all threads) / call-seconds served. "
        "*Loop lag* = how late the server's event loop ran a 50 ms timer "
        "(`pipecat_rt_best_event_loop_lag_seconds`, quantiles interpolated within its buckets). "
        "*Deadline miss* = the caller's 100 ms jitter buffer ran dry inside a reply (the next "
        "bot chunk arrived after it was due to play). *Callers' own lag*: this load "
        "generator's loop; when high, its latency and miss numbers include its own delay.",
    ]
    return "\n".join(lines)


def plot(rows: dict[str, list[Level]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
    for mode, lvs in rows.items():
        xs = [lv.calls for lv in lvs]
        ax1.plot(xs, [lv.lag_p99_ms or np.nan for lv in lvs], marker="o", label=f"{mode} p99")
        ax1.plot(
            xs, [lv.lag_p50_ms or np.nan for lv in lvs], marker=".", ls=":", label=f"{mode} p50"
        )
        ax2.plot(xs, [lv.server_cpu_pct or np.nan for lv in lvs], marker="o", label=mode)
    ax1.axhline(LAG_LIMIT_MS, color="grey", ls="--", lw=0.8)
    ax1.set(xlabel="concurrent calls", ylabel="event-loop lag (ms)", yscale="log")
    ax2.set(xlabel="concurrent calls", ylabel="server CPU (% of one core)")
    ax1.legend(fontsize=7)
    ax2.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


# -- main --------------------------------------------------------------------------------------


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f}"


async def _main(args: argparse.Namespace) -> int:
    levels = sorted({int(x) for x in args.levels.split(",")})
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    py_spy = args.py_spy or shutil.which("py-spy")
    loads = [_load()]
    rows: dict[str, list[Level]] = {m: [] for m in modes}
    profile: dict[str, Any] | None = None
    started = time.monotonic()
    async with emulator_process() as (emu_url, emu_pid):
        for mode in modes:
            async with server_process(emu_url, mode, out / f"server_{mode}.log") as (base, pid):
                for n in levels:
                    print(f"[{time.monotonic() - started:5.0f} s] {mode}: {n} calls …", flush=True)
                    level, _ = await run_level(
                        base, pid, emu_pid, mode, n, seconds=args.seconds, ramp_s=args.ramp,
                        seed=n,
                    )  # fmt: skip
                    rows[mode].append(level)
                    print(
                        f"          ok {level.ok}/{n}, CPU {level.server_cpu_pct:.0f} % of a core, "
                        f"lag p99 {_f(level.lag_p99_ms, '.1f')} ms, misses {level.deadline_misses}"
                        + (f", failures {level.errors}" if level.errors else ""),
                        flush=True,
                    )
                    loads.append(_load())
                    if level.ok < n / 2 or (level.lag_p99_ms or 0) >= STOP_LAG_MS:
                        print(
                            f"          {mode}: far past the knee; higher levels skipped",
                            flush=True,
                        )
                        break
                if mode == "pack" and py_spy and not args.no_profile and rows[mode]:
                    k = knee(rows[mode]) or rows[mode][-1]
                    print(f"[{time.monotonic() - started:5.0f} s] profiling pack at {k.calls} "
                          f"calls with {py_spy} …", flush=True)  # fmt: skip
                    again, costs = await profile_level(
                        py_spy, base, pid, emu_pid, mode, k.calls, args, out
                    )
                    profile = {
                        "calls": k.calls,
                        "costs": costs,
                        "note": (
                            f"Sampled at 50 Hz for {max(1, int(args.seconds))} s while "
                            f"{k.calls} calls ran again ({again.ok} ok, CPU "
                            f"{_f(again.server_cpu_pct)} % of a core, lag p99 "
                            f"{_f(again.lag_p99_ms, '.1f')} ms); "
                            f"{costs['busy']} busy samples ({costs['idle']} idle waits left "
                            f"out), all threads. Raw stacks: `profile_pack_{k.calls}.txt`."
                        ),
                    }
    if py_spy is None and not args.no_profile:
        print("(no py-spy on PATH: no profile; pip install py-spy or pass --py-spy)", flush=True)
    load = f"{loads[0]} at the start, {loads[-1]} at the end"
    text = report(rows, args, profile, load)
    prov = provenance.stamp("bench.load", args.argv)
    print(text)
    (out / "results.md").write_text(text + "\n\n" + provenance.markdown(prov))
    (out / "results.json").write_text(
        json.dumps(
            {
                "seconds": args.seconds,
                "ramp_s": args.ramp,
                "lag_limit_ms": LAG_LIMIT_MS,
                "load": loads,
                "modes": {m: [asdict(lv) for lv in lvs] for m, lvs in rows.items()},
                "knee": {m: _knee_calls(lvs) for m, lvs in rows.items()},
                "profile": profile,
                "provenance": prov,
            },
            indent=2,
        )
    )
    plot(rows, out / "load.png")
    print(f"(results in {out}/: results.md, results.json, load.png; took "
          f"{time.monotonic() - started:.0f} s)")  # fmt: skip
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__)
    parser.add_argument(
        "--levels", default="10,25,50,100,150,200", help="concurrent calls per level (comma list)"
    )
    parser.add_argument("--seconds", type=float, default=14.0, help="each call's length")
    parser.add_argument("--ramp", type=float, default=2.0, help="calls start spread over this")
    parser.add_argument(
        "--modes", default="pack,baseline,no-vad", help=f"server modes: {', '.join(MODES)}"
    )
    parser.add_argument("--py-spy", help="py-spy executable (default: py-spy on PATH)")
    parser.add_argument("--no-profile", action="store_true", help="skip the py-spy run")
    parser.add_argument(
        "--quick", action="store_true",
        help="levels 5,10, 11 s calls, modes pack and baseline, no profile (~1.5 min)",
    )  # fmt: skip
    parser.add_argument("--out", default="bench-out/load", help="results folder")
    args = parser.parse_args(argv)
    args.argv = list(sys.argv[1:] if argv is None else argv)  # for the results' provenance
    if args.quick:
        args.levels, args.seconds, args.modes, args.no_profile = "5,10", 11.0, "pack,baseline", True
    for mode in args.modes.split(","):
        if mode.strip() and mode.strip() not in MODES:
            parser.error(f"unknown mode {mode!r}; choose from {', '.join(MODES)}")
    try:
        if min(int(x) for x in args.levels.split(",")) < 1:
            raise ValueError
    except ValueError:
        parser.error(
            f"--levels must be positive whole numbers, comma-separated, not {args.levels!r}"
        )
    if args.seconds < SPEAK_AT_S + SPEAK_S + 4:
        parser.error(
            f"--seconds must be at least {SPEAK_AT_S + SPEAK_S + 4:g} (the script's question and answer)"
        )
    return asyncio.run(_main(args))
