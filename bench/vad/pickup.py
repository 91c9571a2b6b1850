"""Callers who speak at once: every call of a round-2 corpus cut so that the caller's first words
come 0.1–1.2 s after the line opens, the bot silent until then (a bot that waits for the caller,
``greet=False``, or a caller who talks before the greeting). The warm-up (``warmup_ms``, 1.5 s)
then holds the caller's own first words, which the round-2 calls (first words after 3 s) never
put there.

Each call keeps its audio from ``first onset − lead`` on (μ-law bytes cut, not re-encoded); the
leads cycle over :data:`LEADS` by call index; turns and the bot's later turns move with it, the
greeting (a bot turn begun before the cut) is dropped. pipecat's ``SileroVADAnalyzer`` and the
pack run on every cell, scored as round 2 scores them, and the first turn of each call on its
own: found or missed, and how long after its first word the start came.

Run:  .venv/bin/python -m bench.vad.pickup                 (tuning corpus; ≈ 1.5 min on 2 cores)
      .venv/bin/python -m bench.vad.pickup --split heldout  (any built split, by name)
      → bench/vad/results/pickup/<split>/{pickup.md, pickup.json, pickup.png}
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

import numpy as np

from bench import provenance
from bench.vad.corpus import RATE, Call, load_corpus
from bench.vad.corpus_split import BUILDABLE_SPLITS, out_dir
from bench.vad.run import RESULTS, Score, _task, guards, param_overrides, pooled, score_call
from pipecat_rt_best.noise_robust_vad.tuning import Events

LEADS = (0.1, 0.2, 0.3, 0.5, 0.8, 1.2)
"""Seconds of line before the caller's first word, cycled over the calls."""

VADS = ("pipecat", "ours")
OUT = RESULTS / "pickup"


def derive(src: Path, dst: Path, cut_to_caller: bool = True) -> None:
    """Write the cut corpus of ``src`` to ``dst`` (skipped when ``dst`` is newer).
    ``cut_to_caller`` False: the calls are not cut (the caller's first words come when they
    came), only the greeting is dropped: a line's background at pick-up meets a silent bot."""
    meta_src = src / "corpus.json"
    meta_dst = dst / "corpus.json"
    if meta_dst.exists() and meta_dst.stat().st_mtime >= meta_src.stat().st_mtime:
        return
    meta = json.loads(meta_src.read_text())
    dst.mkdir(parents=True, exist_ok=True)
    sizes = [round(c["duration"] * RATE) for c in meta["calls"]]
    offsets = np.cumsum([0, *sizes[:-1]])  # each call's first sample in the source cell
    cut_samples = [  # each call's samples left out before its first kept one
        round(max(0.0, c["turns"][0]["onset"] - LEADS[c["index"] % len(LEADS)]) * RATE)
        if cut_to_caller
        else 0
        for c in meta["calls"]
    ]
    # every call as long as the shortest (the batched runner steps all calls of a cell together)
    length = min(n - k for n, k in zip(sizes, cut_samples, strict=True))
    duration = length / RATE
    calls = []
    for c, k in zip(meta["calls"], cut_samples, strict=True):
        cut = k / RATE
        first = c["turns"][0]["onset"]

        def spans(
            xs: list[list[float]], cut: float = cut, first: float = first
        ) -> list[tuple[float, float]]:
            return [
                (a - cut, min(b - cut, duration))
                for a, b in xs
                if cut <= a < cut + duration and a >= first  # the greeting goes
            ]

        planned = spans(c["bot_planned"])
        turns = []
        for t in c["turns"]:
            on, off = t["onset"] - cut, t["offset"] - cut
            if off <= duration:
                barge = any(a <= on < b for a, b in planned)
                turns.append({**t, "onset": on, "offset": off, "barge_in": barge})
        calls.append(
            {
                **c,
                "duration": duration,
                "turns": turns,
                "bot": spans(c["bot"]),
                "bot_planned": planned,
            }
        )
    starts = [int(o) + k for o, k in zip(offsets, cut_samples, strict=True)]
    for cell in meta["cells"]:
        data = np.load(src / f"{cell}.npy")
        np.save(dst / f"{cell}.npy", np.concatenate([data[a : a + length] for a in starts]))
    meta_dst.write_text(json.dumps({**meta, "calls": calls, "pickup_leads": list(LEADS)}))


def first_turn(call: Call, events: Events, guard_before: float) -> float | None:
    """Seconds from the first turn's first word to the start that found it (None: missed)."""
    t = call.turns[0]
    for time, kind in events:
        if kind == 1 and t.onset - guard_before <= time <= t.offset:
            return max(0.0, time - t.onset)
        if kind == 1 and time > t.offset:
            break
    return None


def _pct(xs: list[float], q: float) -> float:
    return float(np.percentile(xs, q)) * 1000.0 if xs else float("nan")


def derived_corpus(split: str, silent_bot: bool = False) -> Path:
    """The pick-up (or ``silent_bot``) corpus of ``split``, derived from its round-2 corpus
    if it is not yet (or older than it)."""
    root = out_dir(split).with_name(f"vad_{split}_{'silentbot' if silent_bot else 'pickup'}")
    derive(out_dir(split), root, cut_to_caller=not silent_bot)
    return root


def run(
    split: str, params: dict, jobs: int, silent_bot: bool = False
) -> tuple[dict[str, Any], dict]:
    root = derived_corpus(split, silent_bot)
    corpus = load_corpus(root)
    before, after = guards(corpus.meta)
    tasks = [(v, c, root, params, None) for v in VADS for c in corpus.meta["cells"]]
    tasks.sort(key=lambda t: t[0] != "pipecat")  # slowest first
    out: dict[str, Any] = {v: {} for v in VADS}
    for vad, cell, events, _cpu, _s in pooled(_task, tasks, jobs, f"pickup/{split}"):
        firsts = [first_turn(c, ev, before) for c, ev in zip(corpus.calls, events, strict=True)]
        found = [f for f in firsts if f is not None]
        total = Score()
        for c, ev in zip(corpus.calls, events, strict=True):
            total = total.add(score_call(c, ev, 100, before, after))
        out[vad][cell] = {
            "first_missed": len(firsts) - len(found),
            "first_p50_ms": _pct(found, 50),
            "first_max_ms": _pct(found, 100),
            "first_late": sum(f > 1.0 for f in found),
            "missed_pct": total.missed_pct,
            "fs_per_min": total.fs_per_min,
            "false_starts": total.false_starts,
            "calls": len(firsts),
        }
    return out, corpus.meta


def _f(x: float) -> str:
    return "–" if x != x else f"{x:.0f}"


def render(
    split: str, res: dict[str, Any], meta: dict, command: str, silent_bot: bool = False
) -> str:
    pc, ours = res["pipecat"], res["ours"]
    n = len(meta["calls"])
    how = (
        "Each call as round 2 has it, only the bot's greeting dropped: the bot waits, the "
        "line's background from pick-up, the caller's first words after 3 s or more."
        if silent_bot
        else f"Each call starts {', '.join(map(str, LEADS))} s (cycled) before the caller's "
        "first word, the bot silent until then."
    )
    title = "A bot that waits" if silent_bot else "Callers who speak at once"
    lines = [
        f"# {title}: {split} corpus ({n} calls per cell)",
        "",
        f"Command: `{command}`. {how} First turn: missed (no start "
        "inside it), late (found more than 1 s after its first word), and the start's delay "
        "after the first word (p50 / max, found turns). All turns and false starts as round 2 "
        "scores them.",
        "",
        "| cell | first missed pipecat | first missed ours | first late ours "
        "| first p50 / max ms pipecat | first p50 / max ms ours | missed % pipecat "
        "| missed % ours | FS/min pipecat | FS/min ours |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for cell in ours:
        a, b = pc[cell], ours[cell]
        lines.append(
            f"| {cell} | {a['first_missed']}/{n} | {b['first_missed']}/{n} | {b['first_late']}/{n} "
            f"| {_f(a['first_p50_ms'])} / {_f(a['first_max_ms'])} "
            f"| {_f(b['first_p50_ms'])} / {_f(b['first_max_ms'])} "
            f"| {a['missed_pct']:.1f} | {b['missed_pct']:.1f} "
            f"| {a['fs_per_min']:.2f} | {b['fs_per_min']:.2f} |"
        )
    tot = {v: sum(r[c]["first_missed"] for c in r) for v, r in res.items()}
    late = sum(ours[c]["first_late"] for c in ours)
    cells = len(ours)
    lines += [
        "",
        f"First turns missed in all: pipecat {tot['pipecat']}/{n * cells}, "
        f"ours {tot['ours']}/{n * cells}; ours found late (> 1 s): {late}/{n * cells}.",
    ]
    return "\n".join(lines)


def plot(res: dict[str, Any], path: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    cells = list(res["ours"])
    x = np.arange(len(cells))
    fig, ax = plt.subplots(figsize=(12, 4))
    for i, v in enumerate(VADS):
        vals = [res[v][c]["first_missed"] for c in cells]
        ax.bar(x + (i - 0.5) * 0.4, vals, 0.4, label=v)
    ax.set_xticks(x, cells, rotation=60, ha="right", fontsize=8)
    ax.set_ylabel("first turns missed")
    ax.set_title(title)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="tune", choices=BUILDABLE_SPLITS)
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--set", action="append", default=[], help="ours param override k=v")
    ap.add_argument(
        "--silent-bot",
        action="store_true",
        help="calls not cut, only the greeting dropped: the line's background at pick-up "
        "meets a bot that waits (false starts), the caller's first words when they came",
    )
    ap.add_argument(
        "--out", type=Path, default=None, help="default results/pickup/<split>[_silent_bot]"
    )
    args = ap.parse_args(argv)
    if not (out_dir(args.split) / "corpus.json").exists():
        ap.error(f"no {args.split} corpus: python -m bench.vad.corpus_split --split {args.split}")
    params = {"ours": param_overrides(ap, args.set)}
    res, meta = run(args.split, params, args.jobs, args.silent_bot)
    command = ".venv/bin/python -m bench.vad.pickup " + " ".join(
        argv if argv is not None else sys.argv[1:]
    )
    md = render(args.split, res, meta, command.strip(), args.silent_bot)
    print(md)
    out = args.out or OUT / (args.split + ("_silent_bot" if args.silent_bot else ""))
    out.mkdir(parents=True, exist_ok=True)
    stamp = provenance.stamp("bench.vad.pickup", argv)
    (out / "pickup.md").write_text(md + "\n" + provenance.markdown(stamp))
    (out / "pickup.json").write_text(json.dumps(res, indent=1))
    plot(res, out / "pickup.png", f"first turns missed, callers who speak at once ({args.split})")
    print(f"wrote {out / 'pickup.md'}, pickup.json, pickup.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
