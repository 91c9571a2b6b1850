"""What stops the turns the VAD misses (the twentieth pass's study; cached Silero, like
``bench.vad.sweep``).

A missed turn is a labelled caller turn with no start inside [onset − guard, offset + guard]
(the scorer's guards) that did not begin while the VAD was already in a turn ("caught busy").
Each is put in one of three kinds, by the evaluation inside its span that came closest to
passing:

- ``not voiced``: Silero never gave it a candidate long enough to be judged;
- ``background gate``: the background-talk gate was the higher floor at that evaluation;
- ``caller gate``: the learned caller level less its slack was the higher floor.

The floors compared are the machine's shared gate terms (the ambient's gate plus the bot's
margin, against the caller level less ``caller_gate_db``); the per-candidate margins (quick
path, cues, dominant-talker relief) are left out, so a turn near the boundary can land on either
side. Also reported: the level of that closest evaluation over the background-talk estimate
(p25 / p50 / p75 over the gate-bound misses), and what the machine could know of a call's SNR:
the learned caller level over the background-talk estimate, sampled every ``SNR_EVERY_S`` after
the first ``SNR_FROM_S`` of the call, its median per call (p10 / p50 / p90 over the calls).

  .venv/bin/python -m bench.vad.miss_anatomy          # the tuning side and both held-out corpora
  .venv/bin/python -m bench.vad.miss_anatomy --group tune=bench/.corpus/vad_tune --cells tv_5dB
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from tqdm import tqdm

from bench.vad.corpus import Corpus, load_corpus
from bench.vad.groups import group_replay_args, write_summary
from bench.vad.run import WIN_S, guards
from bench.vad.sweep import CachedCall, cached_calls

OUT = Path("bench/vad/results/miss_anatomy")
CELLS = "babble_10dB,babble_5dB,babble_0dB,tv_10dB,tv_5dB,tv_0dB"
KINDS = ("not voiced", "background gate", "caller gate")
SNR_FROM_S = 20.0
SNR_EVERY_S = 1.6


@dataclass(frozen=True)
class Miss:
    cell: str
    kind: str
    over_talk_db: float
    """The closest evaluation's level over the background-talk estimate (NaN: none)."""


@dataclass(frozen=True)
class _Evaluation:
    t: float
    margin_db: float  # level − gate: how close it came
    kind: str
    over_talk_db: float


@dataclass
class Anatomy:
    """Labelled turns, the misses among them, and each call's SNR estimate (median, dB)."""

    turns: int = 0
    misses: list[Miss] = field(default_factory=list)
    snr_estimates: list[float] = field(default_factory=list)

    def add(self, other: Anatomy) -> None:
        self.turns += other.turns
        self.misses += other.misses
        self.snr_estimates += other.snr_estimates


def call_misses(cc: CachedCall, cell: str, before: float, after: float) -> Anatomy:
    """One cached call's labelled turns, the ones the machine missed (with their kind), and
    its SNR estimate."""
    from pipecat_rt_best.noise_robust_vad.state_machine import Event, Phase

    m = cc.machine
    starts: list[float] = []
    evaluations: list[_Evaluation] = []
    busy: list[tuple[float, float]] = []
    turn_from: float | None = None
    snr: list[float] = []
    every = max(1, round(SNR_EVERY_S / WIN_S))
    for k in range(len(cc.probs)):
        talk = m.background_speech_level_db  # before the window: what the gate faced
        caller = m.caller_level_db
        if k % every == 0 and k * WIN_S >= SNR_FROM_S and caller is not None and talk is not None:
            snr.append(caller - talk)
        d = cc.step(k)
        t = (k + 1) * WIN_S
        if d.event is Event.START:
            starts.append(t)
        elif d.level_db is not None and d.gate_db is not None:
            _, background, extra, _, caller = m._gate_terms()
            kind = (
                "caller gate"
                if caller is not None and caller > background + extra
                else "background gate"
            )
            over = d.level_db - talk if talk is not None else float("nan")
            evaluations.append(_Evaluation(t, d.level_db - d.gate_db, kind, over))
        in_turn = d.phase in (Phase.SPEAKING, Phase.STOPPING)
        if in_turn and turn_from is None:
            turn_from = t
        elif not in_turn and turn_from is not None:
            busy.append((turn_from, t))
            turn_from = None
    if turn_from is not None:
        busy.append((turn_from, float("inf")))
    misses = []
    for u in cc.call.turns:
        lo, hi = u.onset - before, u.offset + after
        if any(lo <= s <= hi for s in starts) or any(a <= u.onset <= b for a, b in busy):
            continue
        inside = [e for e in evaluations if lo <= e.t <= hi]
        if not inside:
            misses.append(Miss(cell, "not voiced", float("nan")))
            continue
        best = max(inside, key=lambda e: e.margin_db)
        misses.append(Miss(cell, best.kind, best.over_talk_db))
    return Anatomy(len(cc.call.turns), misses, [float(np.median(snr))] if snr else [])


def cell_misses(
    root: Path, cell: str, params: dict[str, float], corpus: Corpus | None = None
) -> Anatomy:
    """Labelled turns, misses and SNR estimates over one cached cell (``corpus``: ``root``'s,
    if loaded)."""
    corpus = corpus or load_corpus(root)
    before, after = guards(corpus.meta)
    out = Anatomy()
    for cc in cached_calls(root, cell, params, corpus):
        out.add(call_misses(cc, cell, before, after))
    return out


def _quantiles(xs: list[float], qs: tuple[int, ...]) -> str:
    return " / ".join(f"{v:.1f}" for v in np.percentile(xs, qs)) if xs else "–"


def anatomy_table(results: dict[str, dict[str, Anatomy]]) -> list[str]:
    """One row per corpus group and cell: turns, misses by kind, level over the talk, and the
    calls' SNR estimates."""
    lines = [
        "| corpus | cell | turns | missed | "
        + " | ".join(KINDS)
        + " | over talk p25 / p50 / p75 dB | SNR estimate p10 / p50 / p90 dB |",
        "|---" * (len(KINDS) + 6) + "|",
    ]
    for name, cells in results.items():
        for cell, a in cells.items():
            kinds = Counter(m.kind for m in a.misses)
            over = [m.over_talk_db for m in a.misses if not np.isnan(m.over_talk_db)]
            counts = " | ".join(str(kinds[k]) for k in KINDS)
            lines.append(
                f"| {name} | {cell} | {a.turns} | {len(a.misses)} | {counts} | "
                f"{_quantiles(over, (25, 50, 75))} | {_quantiles(a.snr_estimates, (10, 50, 90))} |"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    args, params, groups, cells = group_replay_args(
        "python -m bench.vad.miss_anatomy",
        "what stops the turns the VAD misses",
        cells=CELLS,
        out=OUT,
        argv=argv,
    )
    corpora = {Path(r): load_corpus(Path(r)) for roots in groups.values() for r in roots}
    results: dict[str, dict[str, Anatomy]] = {n: {c: Anatomy() for c in cells} for n in groups}
    jobs = [(name, Path(r), c) for name, roots in groups.items() for c in cells for r in roots]
    for name, root, cell in tqdm(jobs, desc="corpus × cell"):
        results[name][cell].add(cell_misses(root, cell, params, corpora[root]))
    write_summary(
        args.out,
        "bench.vad.miss_anatomy",
        "What stops the turns the VAD misses (`bench.vad.miss_anatomy`)",
        argv,
        [
            "Missed turns (no start of their own, not caught busy) by what held the closest "
            "evaluation inside the turn under its gate; the floors compared leave out the "
            "per-candidate margins, so a turn near the boundary can land on either side. The "
            "SNR estimate: the learned caller level over the background-talk estimate, each "
            "call's median:",
            "",
            *anatomy_table(results),
        ],
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
