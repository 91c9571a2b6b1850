"""Can a voice embedding tell the caller from the background talk? (the seventh pass's study)

On labelled examples of a cell: 0.32 s from the onset of each caller turn after the first two,
against 0.32 s stretches of noise-only time that Silero scores as speech (one every 0.5 s).
Two scores, each an AUC (1 = every caller stretch scores above every background one):

* ``background``: minus the cosine with the mean embedding of the background stretches heard
  *before* it (what the state machine's background-voice cue uses: no caller profile needed);
* ``caller vs background``: the cosine with the mean of the first two turns' stretches minus
  the cosine with that background mean (needs the caller's voice learned, and learned right).

  .venv/bin/python -m bench.vad.speaker_feasibility --root bench/.corpus/vad_tune --cells tv_10dB,tv_5dB
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from tqdm import tqdm

from bench.vad.corpus import RATE, load_corpus, noise_only_mask
from bench.vad.run import WIN
from bench.vad.sweep import load_cached

SPAN_S = 0.32


def auc(pos: list[float], neg: list[float]) -> float:
    p, n = np.asarray(pos)[:, None], np.asarray(neg)[None, :]
    if not p.size or not n.size:
        return float("nan")
    return float((p > n).mean() + 0.5 * (p == n).mean())


def study(root: Path, cell: str) -> dict[str, float]:
    from pipecat_rt_best.noise_robust_vad.speaker_embedding import embed

    corpus = load_corpus(root)
    audio = corpus.cell_audio(cell)
    probs = load_cached(root, cell, shapes=False, clarity=False)[0]
    n = int(SPAN_S * RATE)
    scores: dict[str, tuple[list[float], list[float]]] = {
        "background": ([], []),
        "caller": ([], []),
    }
    for i, call in enumerate(corpus.calls):
        x = audio[i].astype(np.float32) / 32768.0
        first_two = [
            embed(x[int((t.onset + k * SPAN_S) * RATE) :][:n])
            for t in call.turns[:2]
            for k in range(3)
            if t.onset + (k + 1) * SPAN_S <= t.offset + 0.1
        ]
        if not first_two:
            continue
        caller = np.mean(first_two, axis=0)
        caller /= np.linalg.norm(caller)
        mask = noise_only_mask(call, RATE, 0.1, 0.5)
        bg: list[tuple[float, np.ndarray]] = []
        k = 0
        while k < len(probs[i]):
            a = k * WIN
            if probs[i][k] > 0.7 and a + n <= len(x) and mask[a : a + n].all():
                bg.append((a / RATE, embed(x[a : a + n])))
                k += int(0.5 * RATE / WIN)
            else:
                k += 1
        times = np.array([t for t, _ in bg])
        vecs = np.array([e for _, e in bg])
        caller_stretches = [(t.onset, embed(x[int(t.onset * RATE) :][:n])) for t in call.turns[2:]]
        for label, items in (("pos", caller_stretches), ("neg", bg)):
            for t, e in items:
                before = times < t - 0.5
                if before.sum() < 4:
                    continue
                mean = vecs[before].mean(axis=0)
                near = float(e @ mean / np.linalg.norm(mean))
                side = 0 if label == "pos" else 1
                scores["background"][side].append(-near)
                scores["caller"][side].append(float(e @ caller) - near)
    return {k: auc(*v) for k, v in scores.items()} | {
        "caller stretches": len(scores["background"][0]),
        "background stretches": len(scores["background"][1]),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=Path("bench/.corpus/vad_tune"))
    ap.add_argument("--cells", default="babble_10dB,babble_5dB,babble_0dB,tv_10dB,tv_5dB,tv_0dB")
    args = ap.parse_args(argv)
    print("| cell | AUC background | AUC caller vs background | caller / background stretches |")
    print("|---|---|---|---|")
    for cell in tqdm(args.cells.split(","), desc="cells", unit="cell"):
        r = study(args.root, cell)
        tqdm.write(
            f"| {cell} | {r['background']:.3f} | {r['caller']:.3f} | "
            f"{r['caller stretches']} / {r['background stretches']} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
