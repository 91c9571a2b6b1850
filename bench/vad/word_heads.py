"""How long a caller's first word opens unvoiced: the loud run before its first voiced window.

Run:  .venv/bin/python -m bench.vad.word_heads      (≈ 1 min; on the pick-up corpora of tune,
      heldout and heldout2, derived as ``bench.vad.pickup`` does) → results/word_heads/summary.md

For each call of the clean and 20 dB cells: the line's median level before the first turn's
labelled onset, the first window at or after it (from 0.1 s before) that Silero scores ≥ 0.5, and
the run of windows just before that one which are 6 dB over the median and scored under 0.5 — the
word's unvoiced head as the state machine's line level sees it (``WORD_HEAD_MS``, 480 ms, must
cover it; its review asked how long such heads are in real calls).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

import numpy as np
from tqdm import tqdm

from bench import provenance
from bench.vad.corpus import load_corpus
from bench.vad.corpus_split import out_dir
from bench.vad.pickup import derived_corpus
from pipecat_rt_best.noise_robust_vad import NoiseRobustVADAnalyzer, state_machine as sm_module

CELLS = ("clean", "white_20dB", "keyboard_20dB", "music_20dB")
WINDOW_S = sm_module.WINDOW_MS / 1000.0
OUT = Path(__file__).parent / "results" / "word_heads"


def head_ms(pcm: np.ndarray, onset_s: float) -> int | None:
    """The unvoiced head of the word at ``onset_s``, in ms (None: no voiced window follows)."""
    rows: list[tuple[float, float]] = []
    step = sm_module.VADStateMachine.step

    def record(self: sm_module.VADStateMachine, prob: float, level: float, *a, **k):  # type: ignore[no-untyped-def]
        rows.append((prob, level))
        return step(self, prob, level, *a, **k)

    vad = NoiseRobustVADAnalyzer(sample_rate=8000)
    vad.set_sample_rate(8000)
    sm_module.VADStateMachine.step = record  # type: ignore[method-assign]
    try:
        for k in range(0, min(len(pcm), int((onset_s + 2.0) * 8000)) - 159, 160):
            vad.process(pcm[k : k + 160].tobytes())
    finally:
        sm_module.VADStateMachine.step = step  # type: ignore[method-assign]
    w0 = int(onset_s / WINDOW_S)
    before = [lv for _, lv in rows[: max(1, w0 - 2)]]
    median = statistics.median(before)
    first = next((i for i in range(max(0, w0 - 3), len(rows)) if rows[i][0] >= 0.5), None)
    if first is None:
        return None
    n = 0
    while (
        first - n - 1 >= 0 and rows[first - n - 1][1] > median + 6 and rows[first - n - 1][0] < 0.5
    ):
        n += 1
    return round(n * sm_module.WINDOW_MS)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--splits", default="tune,heldout,heldout2")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    lines = ["# Unvoiced heads of callers' first words (`bench.vad.word_heads`)", ""]
    lines += [
        "| corpus | calls | p50 ms | p90 ms | p95 ms | max ms | over 480 ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for split in args.splits.split(","):
        if not (out_dir(split) / "corpus.json").exists():
            print(
                f"no {split} corpus: python -m bench.vad.corpus_split --split {split}",
                file=sys.stderr,
            )
            return 2
        corpus = load_corpus(derived_corpus(split))
        heads = []
        for cell in tqdm(CELLS, desc=split, unit="cell"):
            for pcm, call in zip(corpus.cell_audio(cell), corpus.calls, strict=True):
                h = head_ms(pcm, call.turns[0].onset)
                if h is not None:
                    heads.append(h)
        q = np.percentile(heads, [50, 90, 95])
        lines.append(
            f"| {split} | {len(heads)} | {q[0]:.0f} | {q[1]:.0f} | {q[2]:.0f} | {max(heads)} "
            f"| {sum(h > 480 for h in heads)} |"
        )
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = provenance.stamp("bench.vad.word_heads", argv)
    (args.out / "summary.md").write_text("\n".join(lines) + "\n\n" + provenance.markdown(stamp))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
