"""VAD benchmark: four VADs side by side on the same noisy 8 kHz μ-law calls.

Run:  .venv/bin/python -m bench.vad            (build the corpus first: python -m bench.vad.corpus)

VADs (all fed the same PCM16 decoded from μ-law, in 20 ms chunks like a phone stream):
* ``pipecat``  — pipecat's ``SileroVADAnalyzer()`` with its defaults (confidence 0.7, start 0.2 s,
  stop 0.2 s, min_volume 0.6, periodic model resets).
* ``seed``     — the seed blog's VADIterator logic on plain streaming Silero: start at the first
  window ≥ 0.5, end after 100 ms below 0.35.
* ``webrtc``   — webrtcvad mode 3, 20 ms frames, the classic 300 ms ring buffer (start when
  > 90 % of it is voiced, end when > 90 % is unvoiced).
* ``ours``     — this pack's noise-robust VAD (``NoiseRobustVADParams()`` defaults), Silero batched
  over the calls of a cell (one ONNX run per 32 ms step for all calls), bot-aware: the bot's
  planned speech is fed in and is cut wherever *this* VAD confirms a start (so its false starts
  cut the bot too, and a missed barge-in leaves the bot talking).

Metrics per cell (noise type × SNR): false starts per noise-only minute (and the part while the
bot talks), busy % of noise-only time, missed turns, start latency p50/p90 (onset → start
event), end latency p50/p90 (the turn's last word → the stop that ends it), split turns (a
second start inside one turn), CPU per audio second.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from bench import provenance
from bench.vad.corpus import (
    GUARD_AFTER,
    GUARD_BEFORE,
    OUT,
    RATE,
    Call,
    cell_name,
    chosen_cells,
    load_corpus,
    noise_only_mask,
)
from pipecat_rt_best.noise_robust_vad.baseline import Edges, stock_analyzer, stock_events
from pipecat_rt_best.noise_robust_vad.tuning import Events, TuneScore, chunk_end, count_turns

CHUNK = RATE // 50  # 20 ms
WIN = 256  # Silero window at 8 kHz
WIN_S = WIN / RATE
RESULTS = Path(__file__).resolve().parent / "results"
VADS = ("pipecat", "seed", "webrtc", "ours", "ours-stream")
# ours-stream is the pipecat analyzer itself, one call at a time (CPU per stream, and a check
# that it decides exactly like the batched runner); it runs on these cells only
STREAM_CELLS = ("clean", "babble_10dB", "tv_5dB", "pink_0dB")

# -- VAD runners (each returns events per call) ---------------------------------------------------


def run_pipecat(audio: Sequence[np.ndarray], calls: Sequence[Call], params: dict) -> list[Events]:
    return [pipecat_events(new_pipecat_analyzer(params), pcm) for pcm in audio]


def new_pipecat_analyzer(params: dict) -> Any:
    """pipecat's ``SileroVADAnalyzer`` with its defaults, at the corpus rate."""
    return stock_analyzer(RATE)


def pipecat_events(vad: Any, pcm: np.ndarray, call: Call | None = None) -> Events:
    """One call through pipecat's analyzer in 20 ms chunks (``call``: unused, the bot's turns
    don't reach it)."""
    return stock_events(vad, pcm, RATE)


def seed_events(probs: np.ndarray, threshold: float = 0.5, min_silence_ms: float = 100.0) -> Events:
    """The VADIterator logic: start at first p >= thr; end when p < thr-0.15 for min silence."""
    events: Events = []
    triggered = False
    temp_end: float | None = None
    for k, p in enumerate(probs):
        t_end = (k + 1) * WIN_S
        if p >= threshold and temp_end is not None:
            temp_end = None
        if p >= threshold and not triggered:
            triggered = True
            events.append((chunk_end(t_end), 1))
            continue
        if p < threshold - 0.15 and triggered:
            if temp_end is None:
                temp_end = k * WIN_S
            if t_end - temp_end >= min_silence_ms / 1000.0:
                triggered = False
                temp_end = None
                events.append((chunk_end(t_end), -1))
    return events


def run_seed(audio: Sequence[np.ndarray], calls: Sequence[Call], params: dict) -> list[Events]:
    from pipecat_rt_best.noise_robust_vad.silero_model import score_streams

    sigs = [pcm.astype(np.float32) / 32768.0 for pcm in audio]
    return [seed_events(p) for p in score_streams(sigs, RATE, batch_size=len(sigs))]


def run_webrtc(audio: Sequence[np.ndarray], calls: Sequence[Call], params: dict) -> list[Events]:
    import webrtcvad

    ring_n = 15  # 300 ms of 20 ms frames
    out = []
    for pcm in audio:
        vad = webrtcvad.Vad(3)
        data = pcm.tobytes()
        ring: list[bool] = []
        triggered = False
        events: Events = []
        for i in range(0, len(pcm) - CHUNK + 1, CHUNK):
            ring.append(vad.is_speech(data[2 * i : 2 * (i + CHUNK)], RATE))
            if len(ring) > ring_n:
                ring.pop(0)
            t = (i + CHUNK) / RATE
            voiced = sum(ring)
            if not triggered and voiced > 0.9 * ring_n:
                triggered = True
                events.append((t, 1))
            elif triggered and ring_n - voiced > 0.9 * ring_n:
                triggered = False
                events.append((t, -1))
        out.append(events)
    return out


def _planned_bot(call: Call, n_windows: int) -> np.ndarray:
    bot = np.zeros(n_windows, dtype=bool)
    for a, b in call.bot_planned:
        bot[int(a / WIN_S) : int(b / WIN_S)] = True
    return bot


class BotTurns:
    """The bot's planned speech over a call's windows, cut where the VAD under test confirms
    a barge-in: an interrupted bot stops for the rest of that turn."""

    def __init__(self, call: Call, n_windows: int) -> None:
        self._planned = _planned_bot(call, n_windows)
        self._turn = np.cumsum(np.diff(np.concatenate(([0], self._planned.astype(np.int8)))) > 0)
        self._cut = -1

    def speaking(self, k: int) -> bool:
        """Whether the bot speaks in window ``k``."""
        return bool(self._planned[k]) and self._cut != self._turn[k]

    def barge_in(self, k: int) -> None:
        """A start confirmed in window ``k`` while the bot spoke: it stops."""
        self._cut = int(self._turn[k])


def run_ours(audio: Sequence[np.ndarray], calls: Sequence[Call], params: dict) -> list[Events]:
    """Batched: one SileroModel over all calls of the cell, a state machine per call."""
    from pipecat_rt_best.noise_robust_vad.clarity import residual_kurtosis
    from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams
    from pipecat_rt_best.noise_robust_vad.silero_model import SileroModel
    from pipecat_rt_best.noise_robust_vad.speaker_embedding import WindowEmbedder
    from pipecat_rt_best.noise_robust_vad.state_machine import (
        Event,
        ModelResetPolicy,
        Phase,
        VADStateMachine,
    )
    from pipecat_rt_best.noise_robust_vad.voice_profile import spectral_shape

    p = NoiseRobustVADParams(**params.get("ours", {}))
    reset_windows = round(params.get("reset_interval_s", 2.0) / WIN_S)
    b = len(audio)
    n = min(len(x) for x in audio) // WIN
    x = np.stack([a[: n * WIN] for a in audio]).astype(np.float32) / 32768.0
    x = x.reshape(b, n, WIN)
    levels = 10 * np.log10(np.mean(np.square(x, dtype=np.float64), axis=2) + 1e-12)
    model = SileroModel(sample_rate=RATE, batch_size=b)
    machines = [
        VADStateMachine(p, WindowEmbedder.over(x[i].reshape(-1), WIN) if p.uses_speaker else None)
        for i in range(b)
    ]
    policies = [ModelResetPolicy(reset_windows) for _ in range(b)]
    bots = [BotTurns(c, n) for c in calls]
    events: list[Events] = [[] for _ in range(b)]
    for k in range(n):
        probs = model.step(x[:, k, :])
        shapes = None  # the voice cue's input: one batched FFT, only if a machine wants it
        clarities = None  # the distance cue's, likewise
        t_end = (k + 1) * WIN_S
        for i in range(b):
            m = machines[i]
            bot = bots[i].speaking(k)
            m.set_bot_speaking(bot)
            pr = float(probs[i])
            shape = None
            if m.wants_shape(pr):
                if shapes is None:
                    shapes = spectral_shape(x[:, k, :], RATE)
                shape = shapes[i]
            clarity = None
            if m.wants_clarity(pr):
                if clarities is None:
                    clarities = residual_kurtosis(x[:, k, :])
                clarity = float(clarities[i])
            d = m.step(pr, float(levels[i, k]), shape, clarity)
            if d.event is Event.START:
                events[i].append((chunk_end(t_end), 1))
                if bot:
                    bots[i].barge_in(k)
            elif d.event is Event.STOP:
                events[i].append((chunk_end(t_end), -1))
            if policies[i].update(float(probs[i]), quiet=d.phase is Phase.QUIET):
                model.reset(i)
    return events


def run_ours_streaming(
    audio: Sequence[np.ndarray], calls: Sequence[Call], params: dict
) -> list[Events]:
    """The pipecat analyzer itself, one stream at a time in 20 ms chunks (CPU per stream)."""
    return [
        ours_streaming_events(new_ours_analyzer(params), pcm, call)
        for pcm, call in zip(audio, calls, strict=True)
    ]


def new_ours_analyzer(params: dict) -> Any:
    """This pack's analyzer with ``params["ours"]`` at the corpus rate."""
    from pipecat_rt_best.noise_robust_vad import NoiseRobustVADAnalyzer, NoiseRobustVADParams

    vad = NoiseRobustVADAnalyzer(
        sample_rate=RATE, params=NoiseRobustVADParams(**params.get("ours", {}))
    )
    vad.set_sample_rate(RATE)
    return vad


def _ours_chunks(vad: Any, pcm: np.ndarray, call: Call) -> Generator[bytes, Any, Events]:
    """One call for this pack's analyzer: yields each 20 ms chunk and is sent the state the
    analyzer returned for it; tells the analyzer when the bot speaks (the call's planned bot
    turns, cut where a barge-in starts)."""
    n = len(pcm) // WIN
    planned = _planned_bot(call, n + 1)
    data = pcm.tobytes()
    edges = Edges()
    cut_until = -1.0
    for i in range(0, len(pcm) - CHUNK + 1, CHUNK):
        t = round((i + CHUNK) / RATE, 6)
        k = min(n, int(i / WIN))
        bot = bool(planned[k]) and t > cut_until
        vad.set_bot_speaking(bot)
        if edges.feed((yield data[2 * i : 2 * (i + CHUNK)]), t) and bot:
            j = k  # a barge-in: the bot is cut until the end of this planned interval
            while j < n and planned[j]:
                j += 1
            cut_until = j * WIN_S
    return edges.events


def _stock_chunks(pcm: np.ndarray) -> Generator[bytes, Any, Events]:
    """One call for pipecat's analyzer, as :func:`_ours_chunks` (its bot turns don't reach it)."""
    data = pcm.astype("<i2").tobytes()
    edges = Edges()
    for i in range(0, len(pcm) - CHUNK + 1, CHUNK):
        edges.feed((yield data[2 * i : 2 * (i + CHUNK)]), round((i + CHUNK) / RATE, 6))
    return edges.events


def _drive(chunks: Generator[bytes, Any, Events], analyze: Callable[[bytes], Any]) -> Events:
    """Feed ``chunks`` through a synchronous ``analyze``; the events."""
    try:
        chunk = next(chunks)
        while True:
            chunk = chunks.send(analyze(chunk))
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


def _drive_awaited(vad: Any, chunks: Generator[bytes, Any, Events]) -> Events:
    """:func:`_drive` through ``await vad.analyze_audio`` (as pipecat's VAD controller drives an
    analyzer) on an event loop of its own, for this call; the analyzer's thread, if it made one,
    is stopped after."""

    async def run() -> Events:
        try:
            chunk = next(chunks)
            while True:
                chunk = chunks.send(await vad.analyze_audio(chunk))
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        finally:
            await vad.cleanup()

    return asyncio.run(run())


def ours_streaming_events(vad: Any, pcm: np.ndarray, call: Call) -> Events:
    """One call through this pack's analyzer's synchronous ``process`` in 20 ms chunks, told
    when the bot speaks (the call's planned bot turns, cut where a barge-in starts)."""
    return _drive(_ours_chunks(vad, pcm, call), vad.process)


def ours_awaited_events(vad: Any, pcm: np.ndarray, call: Call) -> Events:
    """:func:`ours_streaming_events` through ``await analyze_audio`` (:func:`_drive_awaited`)."""
    return _drive_awaited(vad, _ours_chunks(vad, pcm, call))


def pipecat_awaited_events(vad: Any, pcm: np.ndarray, call: Call | None = None) -> Events:
    """:func:`pipecat_events` through ``await analyze_audio``: pipecat's analyzer runs each
    chunk on its executor thread."""
    return _drive_awaited(vad, _stock_chunks(pcm))


RUNNERS: dict[str, Callable[[Sequence[np.ndarray], Sequence[Call], dict], list[Events]]] = {
    "pipecat": run_pipecat,
    "seed": run_seed,
    "webrtc": run_webrtc,
    "ours": run_ours,
    "ours-stream": run_ours_streaming,
}


# -- scoring ----------------------------------------------------------------------------------


@dataclass
class Score(TuneScore):
    """The tuning score (false starts, misses, latencies: the same counting as ``tune-vad``)
    plus what only the bench measures: false starts while the bot speaks, busy time, CPU and
    locked-out calls."""

    bot_noise_minutes: float = 0.0
    false_starts_bot: int = 0
    busy_seconds: float = 0.0
    audio_seconds: float = 0.0
    cpu_seconds: float = 0.0
    locked_out: int = 0
    """Calls that lost most of their turns (more than half missed): a caller locked out."""
    missed_by_caller: Counter[str] = field(default_factory=Counter)
    turns_by_caller: Counter[str] = field(default_factory=Counter)
    """Missed turns and turns per caller source (which voices the misses come from)."""

    @property
    def fs_bot_per_min(self) -> float:
        return self.false_starts_bot / self.bot_noise_minutes if self.bot_noise_minutes else 0.0

    @property
    def busy_pct(self) -> float:
        return (
            100.0 * self.busy_seconds / (60.0 * self.noise_minutes) if self.noise_minutes else 0.0
        )

    @property
    def cpu_ms_per_s(self) -> float:
        return 1000.0 * self.cpu_seconds / self.audio_seconds if self.audio_seconds else 0.0


def score_call(
    call: Call,
    events: Events,
    rate: int = 100,
    guard_before: float = GUARD_BEFORE,
    guard_after: float = GUARD_AFTER,
) -> Score:
    """Score one call's events against its labels (sampled at ``rate`` Hz for the masks).

    Every start outside [onset − ``guard_before``, offset + ``guard_after``] of every caller
    turn is a false start (rapid re-starts each count); a turn is hit by a start inside
    [onset − ``guard_before``, offset]."""
    mask = noise_only_mask(call, rate, guard_before, guard_after)
    n = len(mask)
    bot = np.zeros(n, dtype=bool)
    for a, b in call.bot:
        bot[int(a * rate) : int(b * rate)] = True
    c = count_turns([(t.onset, t.offset) for t in call.turns], events, mask, rate, guard_before)
    fs_bot = [t for t in c.false_starts if bot[min(n - 1, int(t * rate))]]
    return Score(
        noise_minutes=mask.sum() / rate / 60.0,
        bot_noise_minutes=(mask & bot).sum() / rate / 60.0,
        false_starts=len(c.false_starts),
        false_starts_bot=len(fs_bot),
        busy_seconds=float((c.busy & mask).sum()) / rate,
        turns=len(call.turns),
        missed=c.missed,
        caught_busy=c.caught_busy,
        split=c.split,
        start_latencies=list(c.start_latencies),
        end_latencies=list(c.end_latencies),
        audio_seconds=call.duration,
        locked_out=int(2 * c.missed > len(call.turns)),
        missed_by_caller=Counter({call.caller: c.missed}),
        turns_by_caller=Counter({call.caller: len(call.turns)}),
    )


def score_events(
    calls: Sequence[Call],
    per_call: Sequence[Events],
    guard_before: float = GUARD_BEFORE,
    guard_after: float = GUARD_AFTER,
) -> Score:
    total = Score()
    for call, ev in zip(calls, per_call, strict=True):
        total = total.add(score_call(call, ev, 100, guard_before, guard_after))
    return total


def guards(meta: dict) -> tuple[float, float]:
    """The corpus' scoring guards (round-1 corpora: 0.25 / 1.0 s; round-2: 0.1 / 0.5 s)."""
    return float(meta.get("guard_before", GUARD_BEFORE)), float(
        meta.get("guard_after", GUARD_AFTER)
    )


T = TypeVar("T")
R = TypeVar("R")


# -- orchestration ----------------------------------------------------------------------------


def _task(
    args: tuple[str, str, Path, dict, int | None],
) -> tuple[str, str, list[Events], float, float]:
    vad, cell, root, params, max_calls = args
    import sys

    from loguru import logger

    logger.remove()
    logger.add(sys.stderr, level="WARNING", diagnose=False, backtrace=False)
    corpus = load_corpus(root)
    calls = corpus.calls[:max_calls] if max_calls else corpus.calls
    audio = corpus.cell_audio(cell)[: len(calls)]
    t0 = time.process_time()
    events = RUNNERS[vad](audio, calls, params)
    cpu = time.process_time() - t0
    return vad, cell, events, cpu, sum(c.duration for c in calls)


def pooled(
    fn: Callable[[T], R], tasks: Sequence[T], jobs: int, desc: str, progress: bool = True
) -> Iterator[R]:
    """``fn`` over ``tasks``, ``jobs`` at a time in worker processes, results in the tasks'
    order, with a progress bar (the VAD studies' one loop: ``fn`` is a module-level task)."""
    from tqdm import tqdm

    with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
        yield from tqdm(
            pool.map(fn, tasks), total=len(tasks), desc=desc, unit="run", disable=not progress
        )


def run_bench(
    vads: Sequence[str],
    cells: Sequence[str] | None = None,
    params: dict | None = None,
    jobs: int = 2,
    max_calls: int | None = None,
    root: Path | None = None,
    progress: bool = True,
) -> dict[str, dict[str, Score]]:
    root = root or OUT
    corpus = load_corpus(root)
    cells = list(cells or corpus.meta["cells"])
    calls = corpus.calls[:max_calls] if max_calls else corpus.calls
    tasks = [
        (v, c, root, params or {}, max_calls)
        for v in vads
        for c in cells
        if v != "ours-stream" or c in STREAM_CELLS or len(vads) == 1
    ]
    # slowest first so the pool stays busy
    tasks.sort(key=lambda t: {"pipecat": 0, "ours-stream": 1, "ours": 2, "seed": 3}.get(t[0], 4))
    results: dict[str, dict[str, Score]] = {v: {} for v in vads}
    for vad, cell, events, cpu, audio_s in pooled(_task, tasks, jobs, "bench/vad", progress):
        s = score_events(calls, events, *guards(corpus.meta))
        s.cpu_seconds = cpu
        s.audio_seconds = audio_s
        results[vad][cell] = s
    return results


def _fmt(x: float, nd: int = 1) -> str:
    return "–" if x != x else f"{x:.{nd}f}"


def render_markdown(
    results: dict[str, dict[str, Score]], meta: dict, command: str, max_calls: int | None = None
) -> str:
    """The report; its header counts the calls scored (``max_calls``: the first N, as
    ``run_bench`` took them), not the whole corpus."""
    scored = meta["calls"][:max_calls] if max_calls else meta["calls"]
    cells = max((list(r) for r in results.values()), key=len)
    all_vads = list(results)
    vads = [v for v in all_vads if len(results[v]) == len(cells)]
    lines = [
        "# VAD benchmark (8 kHz μ-law phone calls)",
        "",
        f"Command: `{command}`",
        "",
    ]
    any_cell = results[vads[0]][cells[0]]
    lines += [
        f"Per cell: {any_cell.noise_minutes:.1f} noise-only minutes, {any_cell.turns} caller turns "
        f"({sum(1 for c in scored for t in c['turns'] if t['barge_in'])} barge-ins), "
        f"{len(scored)} calls of {scored[0]['duration']:.0f} s"
        + (f" (the first {len(scored)} of {len(meta['calls'])})." if max_calls else "."),
        "",
        "## CPU per audio second",
        "",
        "| VAD | CPU ms / audio s | measured on |",
        "|---|---|---|",
    ]
    for v in all_vads:
        tot = Score()
        for s in results[v].values():
            tot = tot.add(s)
        on = "all cells" if len(results[v]) == len(cells) else ", ".join(results[v])
        lines.append(f"| {v} | {tot.cpu_ms_per_s:.2f} | {on} ({tot.audio_seconds / 60:.0f} min) |")
    notes = {
        "ours": "Silero batched over a cell's calls (one ONNX run per 32 ms step)",
        "ours-stream": "the pipecat analyzer, one stream, 20 ms chunks",
        "seed": "plain Silero batched the same way + the VADIterator logic",
        "pipecat": "SileroVADAnalyzer, one stream, 20 ms chunks",
    }
    lines += [""] + [f"- {k}: {t}" for k, t in notes.items() if k in results]
    if "ours" in results and "ours-stream" in results:
        same = all(
            (
                results["ours"][c].false_starts,
                results["ours"][c].missed,
                results["ours"][c].start_latencies,
            )
            == (
                results["ours-stream"][c].false_starts,
                results["ours-stream"][c].missed,
                results["ours-stream"][c].start_latencies,
            )
            for c in results["ours-stream"]
        )
        lines.append(
            f"- ours-stream vs ours on the same cells: {'identical' if same else 'DIFFERENT'} "
            "false starts, misses and start latencies"
        )

    def side_by_side(title: str, cell_text: Callable[[Score], str]) -> list[str]:
        return [
            "",
            f"## {title} (side by side)",
            "",
            "| cell | " + " | ".join(vads) + " |",
            "|---|" + "---|" * len(vads),
        ] + [f"| {c} | " + " | ".join(cell_text(results[v][c]) for v in vads) + " |" for c in cells]

    lines += side_by_side("False starts per noise-minute", lambda s: _fmt(s.fs_per_min, 2))
    lines += side_by_side(
        "Missed turns % / start latency p50 ms",
        lambda s: f"{_fmt(s.missed_pct)} % / {_fmt(s.start_ms(50), 0)}",
    )
    lines += side_by_side(
        "End of turn: end p50 / p90 ms / split %",
        lambda s: f"{_fmt(s.end_ms(50), 0)} / {_fmt(s.end_ms(90), 0)} / {_fmt(s.split_pct)} %",
    )
    for v in all_vads:
        lines += [
            "",
            f"## {v}",
            "",
            "| cell | false starts/min | …while bot talks | busy % | missed % | split % | start p50 ms | start p90 ms | end p50 ms | end p90 ms |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        for c in cells:
            if c not in results[v]:
                continue
            s = results[v][c]
            lines.append(
                f"| {c} | {s.fs_per_min:.2f} | {s.fs_bot_per_min:.2f} | {s.busy_pct:.1f} | "
                f"{s.missed_pct:.1f} | {s.split_pct:.1f} | {_fmt(s.start_ms(50), 0)} | {_fmt(s.start_ms(90), 0)} | "
                f"{_fmt(s.end_ms(50), 0)} | {_fmt(s.end_ms(90), 0)} |"
            )
    return "\n".join(lines) + "\n"


def render_plot(results: dict[str, dict[str, Score]], meta: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    noises = meta["noises"]
    snrs = meta["snrs"]
    vads = [v for v in results if v != "ours-stream"]
    fig, axes = plt.subplots(3, len(noises), figsize=(3.0 * len(noises), 9.0), sharex=True)
    for j, nz in enumerate(noises):
        for v in vads:
            fs = [results[v].get(cell_name(nz, s), Score()).fs_per_min for s in snrs]
            miss = [results[v].get(cell_name(nz, s), Score()).missed_pct for s in snrs]
            busy = [results[v].get(cell_name(nz, s), Score()).busy_pct for s in snrs]
            axes[0, j].plot(snrs, fs, marker="o", label=v)
            axes[1, j].plot(snrs, miss, marker="o", label=v)
            axes[2, j].plot(snrs, busy, marker="o", label=v)
        axes[0, j].set_title(nz)
        axes[0, j].set_yscale("symlog", linthresh=1.0)
        axes[2, j].set_xlabel("SNR dB")
        axes[0, j].invert_xaxis() if j == 0 else None
    axes[0, 0].set_ylabel("false starts / noise-min")
    axes[1, 0].set_ylabel("missed turns %")
    axes[2, 0].set_ylabel("busy % of noise-only time")
    axes[0, -1].legend(fontsize=8)
    fig.suptitle(
        "VAD on 8 kHz μ-law calls: false starts, missed turns, busy time (a VAD stuck in a"
        " false turn misses nothing)"
    )
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)


def parse_assignment(
    ap: argparse.ArgumentParser, kv: str, flag: str = "--set"
) -> tuple[str, tuple[float, ...]]:
    """``k=v`` or ``k=v1,v2``: a name and its numbers, or one line and exit 2."""
    key, sep, values = kv.partition("=")
    if not sep:
        ap.error(f"{flag} {kv!r}: expected k=v")
    try:
        return key, tuple(float(x) for x in values.split(","))
    except ValueError:
        ap.error(f"{flag} {kv!r}: values must be numbers")


def param_overrides(
    ap: argparse.ArgumentParser, items: Sequence[str], extra: Sequence[str] = ()
) -> dict[str, float]:
    """The bench tools' ``--set k=v`` items as ``NoiseRobustVADParams`` changes, checked: a
    mistake is one line and exit 2 (``ap.error``). Names in ``extra`` are the tool's own and
    pass unchecked."""
    from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams
    from pipecat_rt_best.noise_robust_vad.tuning import grid_configs

    out = {k: v[0] for k, v in (parse_assignment(ap, kv) for kv in items)}
    changes = {k: v for k, v in out.items() if k not in extra}
    try:
        grid_configs({k: (v,) for k, v in changes.items()})
    except ValueError as e:
        ap.error(f"--set: {e}: expected k=v with k a NoiseRobustVADParams field")
    try:
        NoiseRobustVADParams().with_changes(**changes)
    except ValueError as e:
        ap.error(f"--set {changes}: {e}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="VAD benchmark (see bench/vad/README.md)")
    ap.add_argument("--vads", default=",".join(VADS), help=f"comma list of {sorted(RUNNERS)}")
    ap.add_argument("--cells", default=None, help="comma list of cells (default: all)")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--max-calls", type=int, default=None, help="use only the first N calls")
    ap.add_argument("--set", action="append", default=[], help="ours param override k=v")
    ap.add_argument("--out", type=Path, default=RESULTS, help="results directory")
    ap.add_argument(
        "--corpus", type=Path, default=None, help="corpus dir (default bench/.corpus/vad)"
    )
    ap.add_argument("--no-write", action="store_true", help="print, don't write results")
    args = ap.parse_args(argv)
    ours = param_overrides(ap, args.set, extra=("reset_interval_s",))
    params: dict[str, Any] = {"ours": ours}
    if "reset_interval_s" in ours:
        params["reset_interval_s"] = ours.pop("reset_interval_s")
    vads = [v for v in args.vads.split(",") if v]
    unknown = [v for v in vads if v not in RUNNERS]
    if unknown or not vads:
        ap.error(
            f"--vads {','.join(unknown) or '(none)'}: choose from {', '.join(sorted(RUNNERS))}"
        )
    if args.max_calls is not None and args.max_calls < 1:
        ap.error("--max-calls must be at least 1")
    cells = chosen_cells(ap, args.corpus or OUT, args.cells)
    results = run_bench(
        vads, cells, params, jobs=args.jobs, max_calls=args.max_calls, root=args.corpus
    )
    corpus = load_corpus(args.corpus) if args.corpus else load_corpus()
    import sys

    command = ".venv/bin/python -m bench.vad " + " ".join(
        argv if argv is not None else sys.argv[1:]
    )
    md = render_markdown(results, corpus.meta, command.strip(), args.max_calls)
    print(md)
    if not args.no_write:
        args.out.mkdir(parents=True, exist_ok=True)
        stamp = provenance.stamp("bench.vad", argv)
        (args.out / "vad.md").write_text(md + "\n" + provenance.markdown(stamp))
        render_plot(results, corpus.meta, args.out / "vad.png")
        raw = {
            v: {
                c: {
                    "fs_per_min": s.fs_per_min,
                    "fs_bot_per_min": s.fs_bot_per_min,
                    "busy_pct": s.busy_pct,
                    "missed_pct": s.missed_pct,
                    "split_pct": s.split_pct,
                    "start_p50_ms": s.start_ms(50),
                    "start_p90_ms": s.start_ms(90),
                    "end_p50_ms": s.end_ms(50),
                    "end_p90_ms": s.end_ms(90),
                    "false_starts": s.false_starts,
                    "missed": s.missed,
                    "locked_out_calls": s.locked_out,
                    "cpu_ms_per_audio_s": s.cpu_ms_per_s,
                    "noise_minutes": s.noise_minutes,
                    "turns": s.turns,
                }
                for c, s in r.items()
            }
            for v, r in results.items()
        }
        (args.out / "vad.json").write_text(json.dumps(raw, indent=1))
        print(f"wrote {args.out / 'vad.md'}, vad.png, vad.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
