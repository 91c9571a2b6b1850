"""CPU per stream, paired: pipecat's ``SileroVADAnalyzer`` and this pack's analyzer on the same
audio, alternating, repeated.

One timing of each VAD after the other (what ``round2`` prints beside its tables) moves by 10–25 %
between runs on a shared 2-vCPU VM, more than the two analyzers differ; the machine has no
hardware counters (``perf stat`` says "not supported"). So this runs both on the same call back
to back, in alternating order (pipecat then ours, ours then pipecat, …: a drift in machine
speed hits both alike), for ``--calls`` calls ``--reps`` times, and reports the median over
the repeats of ours / pipecat (each repeat's CPU over all its calls) with its range. Only
the analysis is timed, not making the analyzer (pipecat's loads its ONNX model for each call,
~30 ms, which ``round2``'s timing includes): the steady cost of a stream.

``--drive analyze_audio`` runs both through ``await analyze_audio`` on an event loop, as pipecat's
VAD controller drives an analyzer: pipecat's then runs every chunk on its executor thread (the
hop's CPU counted: ``process_time`` is every thread's), this pack's runs on the loop except a
chunk that embeds a batch of held background voices (its ``run_inline`` batch hop). The default,
``--drive process``, times the analysis alone (pipecat's ``_run_analyzer``, this pack's
``process``).

Run:  .venv/bin/python -m bench.vad.cpu                         (≈ 3 min; three corpora, 3 cells)
      .venv/bin/python -m bench.vad.cpu --splits heldout2 --cells tv_5dB --reps 9
      .venv/bin/python -m bench.vad.cpu --drive analyze_audio   (→ results/cpu_analyze_audio/)
      → bench/vad/results/cpu/{results.md, results.json, cpu.png}

``heldout3`` to ``heldout13`` are not in the default ``--splits`` (only when named; their results
then go to ``bench/vad/results/cpu_heldout3/`` … ``cpu_heldout13/`` unless ``--out`` says
otherwise).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from tqdm import tqdm

from bench import provenance
from bench.vad.corpus import RATE, load_corpus
from bench.vad.corpus_split import ALL_SPLITS, out_dir, results_dir, unbuilt_error
from bench.vad.run import (
    RESULTS,
    new_ours_analyzer,
    new_pipecat_analyzer,
    ours_awaited_events,
    ours_streaming_events,
    param_overrides,
    pipecat_awaited_events,
    pipecat_events,
)

OUT = RESULTS / "cpu"
# per drive: (make an analyzer for a new call, run one call through it); only the second is timed
DRIVES = {
    "process": {
        "pipecat": (new_pipecat_analyzer, pipecat_events),
        "ours": (new_ours_analyzer, ours_streaming_events),
    },
    "analyze_audio": {
        "pipecat": (new_pipecat_analyzer, pipecat_awaited_events),
        "ours": (new_ours_analyzer, ours_awaited_events),
    },
}
RUNNERS = DRIVES["process"]
CELLS = ("clean", "babble_10dB", "tv_5dB")  # round2's CPU-per-stream cells


def paired_calls(
    audio: list, calls: list, reps: int, params: dict, bar: tqdm, runners: dict = RUNNERS
) -> dict[str, list[list[float]]]:
    """CPU seconds of each VAD on each call, ``reps`` times: ``times[vad][rep][call]``. The two
    VADs run the same call back to back (a pair), in alternating order (AB, BA, …), so a
    drift in machine speed hits both alike."""
    times: dict[str, list[list[float]]] = {name: [] for name in runners}
    pair = 0
    for _ in range(reps):
        for name in runners:
            times[name].append([])
        for pcm, call in zip(audio, calls, strict=True):
            order = list(runners) if pair % 2 == 0 else list(reversed(runners))
            pair += 1
            for name in order:
                new, run = runners[name]
                vad = new(params)  # pipecat's loads its model here: ~30 ms, not timed
                t = time.process_time()
                run(vad, pcm, call)
                times[name][-1].append(time.process_time() - t)
                bar.update()
    return times


def render_plot(rows: list[dict], path: Path, title: str = "") -> None:
    """ours / pipecat per cell (median and range over the repeats), one group per corpus."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = [f"{r['split']}\n{r['cell']}" for r in rows]
    med = [r["ratio_median"] for r in rows]
    lo = [r["ratio_median"] - r["ratio_min"] for r in rows]
    hi = [r["ratio_max"] - r["ratio_median"] for r in rows]
    fig, ax = plt.subplots(figsize=(max(5.0, 1.0 * len(rows)), 3.6))
    colors = ["tab:green" if m <= 1.0 else "tab:red" for m in med]
    ax.bar(range(len(rows)), med, yerr=[lo, hi], color=colors, capsize=3)
    ax.axhline(1.0, color="black", linewidth=0.8)
    ax.set_xticks(range(len(rows)), labels, fontsize=7)
    ax.set_ylabel("CPU ours / pipecat")
    ax.set_title(title or "CPU per stream, paired (≤ 1: no more than pipecat's analyzer)")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--splits",
        default=",".join(ALL_SPLITS),
        help=f"comma list (default {','.join(ALL_SPLITS)}; heldout3 to heldout13 only when named)",
    )
    ap.add_argument("--cells", default=",".join(CELLS))
    ap.add_argument("--calls", type=int, default=3, help="calls per cell (≈ 75 s of audio each)")
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--set", action="append", default=[], help="ours param override k=v")
    ap.add_argument(
        "--drive",
        choices=sorted(DRIVES),
        default="process",
        help="process: the analysis alone (default); analyze_audio: awaited on an event loop, "
        "as pipecat drives an analyzer (results in cpu_analyze_audio/ unless --out)",
    )
    ap.add_argument(
        "--out",
        type=Path,
        default=None,
        help="results folder (default bench/vad/results/cpu; cpu_<split> beside it for a run "
        "naming heldout3 to heldout13)",
    )
    ap.add_argument(
        "--replot", action="store_true", help="only redraw cpu.png from --out's results.json"
    )
    args = ap.parse_args(argv)
    splits = [s for s in args.splits.split(",") if s]
    base = OUT if args.drive == "process" else OUT.with_name(f"cpu_{args.drive}")
    out = args.out or results_dir(base, splits)
    if args.replot:
        saved = out / "results.json"
        if not saved.exists():
            print(f"error: {saved} not found: run without --replot first", file=sys.stderr)
            return 2
        render_plot(json.loads(saved.read_text()), out / "cpu.png")
        print(f"wrote {out / 'cpu.png'}", file=sys.stderr)
        return 0
    error = unbuilt_error(splits)
    cells = [c for c in args.cells.split(",") if c]
    if error is None and (args.reps < 1 or args.calls < 1):
        error = "error: --reps and --calls must be at least 1"
    if error is None:
        known = set.intersection(*(set(load_corpus(out_dir(s)).meta["cells"]) for s in splits))
        unknown = [c for c in cells if c not in known]
        if unknown or not cells:
            error = f"error: --cells {','.join(unknown) or '(none)'}: choose from {sorted(known)}"
    if error:
        print(error, file=sys.stderr)
        return 2
    params = {"ours": param_overrides(ap, args.set)}
    rows = []
    bar = tqdm(total=len(splits) * len(cells) * args.reps * args.calls * 2, desc="cpu", unit="call")
    for split in splits:
        corpus = load_corpus(out_dir(split))
        calls = corpus.calls[: args.calls]
        for cell in cells:
            audio = corpus.cell_audio(cell)[: args.calls]
            seconds = sum(len(a) for a in audio) / RATE
            runners = DRIVES[args.drive]
            for new, run in runners.values():  # warm: model sessions, imports, caches
                run(new(params), audio[0], calls[0])
            times = paired_calls(audio, calls, args.reps, params, bar, runners)
            per_rep = {name: [sum(rep) for rep in t] for name, t in times.items()}
            ratios = [o / p for o, p in zip(per_rep["ours"], per_rep["pipecat"], strict=True)]
            rows.append(
                {
                    "split": split,
                    "cell": cell,
                    "audio_s": seconds,
                    "pipecat_ms_per_s": 1000 * statistics.median(per_rep["pipecat"]) / seconds,
                    "ours_ms_per_s": 1000 * statistics.median(per_rep["ours"]) / seconds,
                    "ratio_median": statistics.median(ratios),
                    "ratio_min": min(ratios),
                    "ratio_max": max(ratios),
                }
            )
    bar.close()
    worst = max(rows, key=lambda r: r["ratio_median"])
    sets = "".join(f" --set {kv}" for kv in args.set)
    if args.drive != "process":
        sets += f" --drive {args.drive}"
    how = {
        "process": "the analysis alone (pipecat's `_run_analyzer`, this pack's `process`)",
        "analyze_audio": "both through `await analyze_audio` on an event loop, as pipecat's VAD "
        "controller drives an analyzer (pipecat's runs each chunk on its executor thread; "
        "every thread's CPU counted)",
    }[args.drive]
    lines = [
        "# CPU per stream, paired (pipecat `SileroVADAnalyzer` vs this pack's analyzer)",
        "",
        f"Command: `.venv/bin/python -m bench.vad.cpu --splits {','.join(splits)} --cells "
        f"{','.join(cells)} --calls {args.calls} --reps {args.reps}{sets}`. One stream, 20 ms "
        f"chunks, {how}; each analyzer made before the clock starts; both VADs run "
        "each call back to back, in alternating order; ms of process CPU per audio second "
        "and ours / pipecat per repeat of all the calls (median and range over the repeats).",
        "",
        "| corpus | cell | pipecat ms/s | ours ms/s | ours / pipecat (median) | range |",
        "|---|---|---:|---:|---:|---|",
        *(
            f"| {r['split']} | {r['cell']} | {r['pipecat_ms_per_s']:.2f} | "
            f"{r['ours_ms_per_s']:.2f} | {r['ratio_median']:.2f} | "
            f"{r['ratio_min']:.2f}–{r['ratio_max']:.2f} |"
            for r in rows
        ),
        "",
        f"CPU ≤ pipecat (median ratio ≤ 1.00) in {sum(r['ratio_median'] <= 1.0 for r in rows)} / "
        f"{len(rows)} cells; the most expensive: {worst['split']} {worst['cell']}, "
        f"{worst['ratio_median']:.2f}× pipecat.",
    ]
    md = "\n".join(lines) + "\n"
    print(md)
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.md").write_text(
        md + "\n" + provenance.markdown(provenance.stamp("bench.vad.cpu", argv))
    )
    (out / "results.json").write_text(json.dumps(rows, indent=1))
    render_plot(rows, out / "cpu.png")
    print(f"wrote {out / 'results.md'}, cpu.png", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
