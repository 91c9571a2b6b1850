"""What a start's own windows say: do Silero's probabilities over a start's evidence, or its
level against the background talk, tell the VAD's false starts from the caller's starts? (the
nineteenth pass's study; cached Silero, like ``bench.vad.sweep``)

Every start the state machine makes in the chosen cells (defaults, or ``--set k=v``) is a
caller start (inside [onset − 0.1 s, offset + 0.5 s] of a labelled turn, the scorer's guards) or
a false start. For each, from the evidence it started on (the confirmed onset to the start):

- ``mean_prob``, ``share_0.9``, ``min_prob``, ``top5_prob``: Silero's probabilities;
- ``evidence_windows``: how many windows that took;
- ``margin_db``: its level over the gate it cleared;
- ``over_talk_db``: its level over the background-talk estimate.

Per feature, the AUC that a caller start scores above a false start (1: always; 0.5: chance;
below 0.5: the other way round), per corpus group. Then the starts a rule on the talk estimate
alone could stop: level within 2 dB of the talk estimate on a line that looks talk-free (speech
weight < 0.5), by the line's speech fraction and the kind of noise.

  .venv/bin/python -m bench.vad.start_features          # the tuning side and both held-out corpora
  .venv/bin/python -m bench.vad.start_features --group tune=bench/.corpus/vad_tune --cells tv_5dB
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import numpy as np
from tqdm import tqdm

from bench.vad.corpus import Corpus, load_corpus
from bench.vad.groups import group_replay_args, write_summary
from bench.vad.run import WIN_S, guards
from bench.vad.sweep import CachedCall, cached_calls

OUT = Path("bench/vad/results/start_features")
CELLS = (
    "babble_10dB,babble_5dB,tv_10dB,tv_5dB,babble_20dB,tv_20dB,babble_0dB,tv_0dB,"
    "clean,music_5dB,white_5dB"
)
FEATURES = (
    "mean_prob",
    "share_0.9",
    "min_prob",
    "top5_prob",
    "evidence_windows",
    "margin_db",
    "over_talk_db",
)
NEAR_TALK_DB = 2.0
SPEECH_FRACTION_BINS = (0.0, 0.005, 0.01, 0.02, 0.05, 1.01)


@dataclass(frozen=True)
class Start:
    cell: str
    false: bool
    features: dict[str, float]
    speech_weight: float
    speech_fraction: float


def auc(pos: list[float], neg: list[float]) -> float:
    """P(a ``pos`` value > a ``neg`` value), ties counted half; NaN if either is empty."""
    if not pos or not neg:
        return float("nan")
    a, b = np.asarray(pos)[:, None], np.asarray(neg)[None, :]
    return float(((a > b).sum() + 0.5 * (a == b).sum()) / (a.size * b.size))


def call_starts(cc: CachedCall, cell: str, before: float, after: float) -> list[Start]:
    """Every start the machine makes in one cached call, with its features; a start outside
    [onset − ``before``, offset + ``after``] of every labelled turn is a false start."""
    from pipecat_rt_best.noise_robust_vad.state_machine import Event, _windows

    m = cc.machine
    preroll = _windows(m.params.prefix_padding_ms)  # counted in onset_windows_ago
    out = []
    for k in range(len(cc.probs)):
        talk = m.background_speech_level_db  # before the window: what the gate faced
        d = cc.step(k)
        if d.event is not Event.START:
            continue
        assert d.level_db is not None and d.gate_db is not None
        t = (k + 1) * WIN_S
        false = not any(u.onset - before <= t <= u.offset + after for u in cc.call.turns)
        onset = k + 1 + preroll - d.onset_windows_ago
        p = np.asarray(cc.probs[max(0, onset) : k + 1], dtype=float)
        features = {
            "mean_prob": float(p.mean()),
            "share_0.9": float((p >= 0.9).mean()),
            "min_prob": float(p.min()),
            "top5_prob": float(np.sort(p)[-5:].mean()),
            "evidence_windows": float(len(p)),
            "margin_db": d.level_db - d.gate_db,
            "over_talk_db": d.level_db - talk if talk is not None else float("nan"),
        }
        out.append(Start(cell, false, features, m.ambient.speech_weight(), m.ambient.speechiness))
    return out


def cell_starts(
    root: Path, cell: str, params: dict[str, float], corpus: Corpus | None = None
) -> list[Start]:
    """Every start the machine makes in one cached cell (``corpus``: ``root``'s, if loaded)."""
    corpus = corpus or load_corpus(root)
    before, after = guards(corpus.meta)
    return [
        s
        for cc in cached_calls(root, cell, params, corpus)
        for s in call_starts(cc, cell, before, after)
    ]


def auc_table(groups: dict[str, list[Start]]) -> list[str]:
    lines = [
        "| feature | " + " | ".join(groups) + " |",
        "|---" * (len(groups) + 1) + "|",
    ]
    for f in FEATURES:
        cells = []
        for starts in groups.values():

            def values(false: bool, f: str = f, starts: list[Start] = starts) -> list[float]:
                xs = [s.features[f] for s in starts if s.false is false]
                return [x for x in xs if not np.isnan(x)]

            cells.append(f"{auc(values(False), values(True)):.2f}")
        lines.append(f"| `{f}` | " + " | ".join(cells) + " |")
    counts = [f"{sum(s.false for s in v)} / {sum(not s.false for s in v)}" for v in groups.values()]
    lines.append("| (false starts / caller starts) | " + " | ".join(counts) + " |")
    return lines


def near_talk_table(groups: dict[str, list[Start]]) -> list[str]:
    """False / caller starts within NEAR_TALK_DB of the talk estimate at speech weight < 0.5,
    per noise kind and speech-fraction bin."""
    bins = list(pairwise(SPEECH_FRACTION_BINS))
    head = " | ".join(f"{lo:g}–{min(hi, 1):g}" for lo, hi in bins)
    lines = [f"| corpus | noise | {head} |", "|---" * (len(bins) + 2) + "|"]
    for name, starts in groups.items():
        near = [
            s for s in starts if s.speech_weight < 0.5 and s.features["over_talk_db"] < NEAR_TALK_DB
        ]
        for kind in ("tv", "babble", "music", "white", "clean"):
            of_kind = [s for s in near if s.cell.split("_")[0] == kind]
            if not of_kind:
                continue
            row = []
            for lo, hi in bins:
                b = [s for s in of_kind if lo <= s.speech_fraction < hi]
                row.append(f"{sum(s.false for s in b)} / {sum(not s.false for s in b)}")
            lines.append(f"| {name} | {kind} | " + " | ".join(row) + " |")
    return lines


def main(argv: list[str] | None = None) -> int:
    args, params, groups, cells = group_replay_args(
        "python -m bench.vad.start_features",
        "do a start's own windows tell false starts from the caller's?",
        cells=CELLS,
        out=OUT,
        argv=argv,
    )
    jobs = [(name, Path(r), c) for name, roots in groups.items() for r in roots for c in cells]
    starts: dict[str, list[Start]] = {name: [] for name in groups}
    corpora = {root: load_corpus(root) for _, root, _ in jobs}  # once per corpus, not per cell
    for name, root, cell in tqdm(jobs, desc="corpus × cell"):
        starts[name] += cell_starts(root, cell, params, corpora[root])
    write_summary(
        args.out,
        "bench.vad.start_features",
        "What a start's own windows say (`bench.vad.start_features`)",
        argv,
        [
            "AUC that a caller start scores above a false start (0.5 = chance; below 0.5, the "
            "other way round):",
            "",
            *auc_table(starts),
            "",
            f"Starts within {NEAR_TALK_DB:g} dB of the talk estimate on a line that looks "
            "talk-free (speech weight < 0.5), false / caller, by the line's speech fraction:",
            "",
            *near_talk_table(starts),
        ],
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
