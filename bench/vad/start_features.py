"""What a start's own windows say: do Silero's probabilities over a start's evidence, or its
level against the background talk, tell the VAD's false starts from the caller's starts? And do
all the cues at hand, together, tell them apart better than the level does? (the nineteenth and
twenty-first passes' study; cached Silero, like ``bench.vad.sweep``)

Every start the state machine makes in the chosen cells (defaults, or ``--set k=v``) is a
caller start (inside [onset − 0.1 s, offset + 0.5 s] of a labelled turn, the scorer's guards) or
a false start. For each, from the evidence it started on (the confirmed onset to the start):

- ``mean_prob``, ``share_0.9``, ``min_prob``, ``top5_prob``: Silero's probabilities;
- ``evidence_windows``: how many windows that took;
- ``margin_db``: its level over the gate it cleared;
- ``over_talk_db``: its level over the background-talk estimate;

and what the machine knew around it (the twenty-first pass):

- ``under_caller_db``: the learned caller level less its level; ``over_ambient_db``: its level
  over the ambient; ``talk_over_ambient_db``: the background talk's level over the ambient;
  ``speech_weight``: how speech-like the ambient is;
- ``background_voice``: its voice's cosine with the background talk's learned voice, less how
  close the background's own samples come (the background-voice cue's score, unclipped);
  ``caller_voice``: its cosine with the mean voice of the earlier turns of 1 s or more that the
  machine made (its own caller profile, errors included);
- ``clarity_over_background``: its windows' median clarity over the background talk's (the
  distance cue's comparison);
- ``since_stop_s``, ``last_turn_s``: time since the last turn ended, and that turn's length.

Per feature, the AUC that a caller start scores above a false start (1: always; 0.5: chance;
below 0.5: the other way round), per corpus group. Then the starts a rule on the talk estimate
alone could stop: level within 2 dB of the talk estimate on a line that looks talk-free (speech
weight < 0.5), by the line's speech fraction and the kind of noise. Last, all the features in
one logistic regression fitted on the first group only (the tuning side): its AUC per group, and
the share of false starts it would stop at the threshold that stops 1 % of the first group's
caller starts, against the level over the talk estimate alone at the same rule; on the first group
cross-validated (fitted on the other corpora of the group, scored on each in turn). The fit is a
few lines of Newton's method in numpy (scikit-learn for one study is not worth a dependency).

  .venv/bin/python -m bench.vad.start_features          # the tuning side and both held-out corpora
  .venv/bin/python -m bench.vad.start_features --group tune=bench/.corpus/vad_tune --cells tv_5dB
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from tqdm import tqdm

from bench.vad.corpus import Corpus, load_corpus
from bench.vad.groups import group_replay_args, write_summary
from bench.vad.run import WIN_S, guards
from bench.vad.sweep import CachedCall, cached_calls

if TYPE_CHECKING:
    from pipecat_rt_best.noise_robust_vad.state_machine import VADStateMachine

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
    "under_caller_db",
    "over_ambient_db",
    "talk_over_ambient_db",
    "speech_weight",
    "background_voice",
    "caller_voice",
    "clarity_over_background",
    "since_stop_s",
    "last_turn_s",
)
LEVEL_ONLY = ("over_talk_db",)
STOP_CALLER_SHARE = 0.01
LONG_TURN_S = 1.0
NAN = float("nan")
NEAR_TALK_DB = 2.0
SPEECH_FRACTION_BINS = (0.0, 0.005, 0.01, 0.02, 0.05, 1.01)


@dataclass(frozen=True)
class Start:
    cell: str
    false: bool
    features: dict[str, float]
    speech_weight: float
    speech_fraction: float
    corpus: str = ""


def auc(pos: list[float], neg: list[float]) -> float:
    """P(a ``pos`` value > a ``neg`` value), ties counted half; NaN if either is empty."""
    if not pos or not neg:
        return float("nan")
    a, b = np.asarray(pos)[:, None], np.asarray(neg)[None, :]
    return float(((a > b).sum() + 0.5 * (a == b).sum()) / (a.size * b.size))


def call_starts(cc: CachedCall, cell: str, before: float, after: float) -> list[Start]:
    """Every start the machine makes in one cached call, with its features; a start outside
    [onset − ``before``, offset + ``after``] of every labelled turn is a false start."""
    from pipecat_rt_best.noise_robust_vad.state_machine import Event, _clarity_value, _windows

    m = cc.machine
    preroll = _windows(m.params.prefix_padding_ms)  # counted in onset_windows_ago
    span = _windows(m.params.speaker_span_ms)
    turn_voices: list[np.ndarray] = []  # voices of the machine's earlier long turns
    last_stop, last_turn, turn = -np.inf, NAN, None  # turn: (start window, its voice)
    out = []
    for k in range(len(cc.probs)):
        # before the window: what the gate faced
        talk, ambient, caller = m.background_speech_level_db, m.ambient_level_db, m.caller_level_db
        background_clarity = m._background_clarity.value
        d = cc.step(k)
        if d.event is Event.STOP and turn is not None:
            last_stop, last_turn = k, (k - turn[0]) * WIN_S
            if last_turn >= LONG_TURN_S and turn[1] is not None:
                turn_voices.append(turn[1])
            turn = None
        if d.event is not Event.START:
            continue
        assert d.level_db is not None and d.gate_db is not None
        t = (k + 1) * WIN_S
        false = not any(u.onset - before <= t <= u.offset + after for u in cc.call.turns)
        onset = max(0, k + 1 + preroll - d.onset_windows_ago)
        p = np.asarray(cc.probs[onset : k + 1], dtype=float)
        voice = (
            m.embedder(max(0, k - 2 * span + 1, min(onset, k - span + 1)), k)
            if m.embedder
            else None
        )
        turn = (k, voice)
        features = {
            "mean_prob": float(p.mean()),
            "share_0.9": float((p >= 0.9).mean()),
            "min_prob": float(p.min()),
            "top5_prob": float(np.sort(p)[-5:].mean()),
            "evidence_windows": float(len(p)),
            "margin_db": d.level_db - d.gate_db,
            "over_talk_db": d.level_db - talk if talk is not None else NAN,
            "under_caller_db": caller - d.level_db if caller is not None else NAN,
            "over_ambient_db": d.level_db - ambient if ambient is not None else NAN,
            "talk_over_ambient_db": (
                talk - ambient if talk is not None and ambient is not None else NAN
            ),
            "speech_weight": m.ambient.speech_weight(),
            "background_voice": _background_voice(m, voice),
            "caller_voice": _mean_cosine(voice, turn_voices),
            "clarity_over_background": NAN,
            "since_stop_s": min(30.0, (k - last_stop) * WIN_S),
            "last_turn_s": last_turn,
        }
        if cc.clarity is not None and background_clarity is not None:
            mine = np.median([_clarity_value(x) for x in cc.clarity[onset : k + 1]])
            features["clarity_over_background"] = float(mine) - background_clarity
        out.append(Start(cell, false, features, m.ambient.speech_weight(), m.ambient.speechiness))
    return out


def _background_voice(m: VADStateMachine, voice: np.ndarray | None) -> float:
    """The background-voice cue's score for ``voice``, unclipped (NaN while it has no profile)."""
    from pipecat_rt_best.noise_robust_vad.background_voice import MIN_SAMPLES

    bg = m._background_voice
    if voice is None or bg.samples < MIN_SAMPLES:
        return NAN
    mean = bg.settled()  # embeds held samples now, in the order the machine would
    return NAN if mean.unit is None else float(voice @ mean.unit) - mean.self_similarity


def _mean_cosine(voice: np.ndarray | None, voices: list[np.ndarray]) -> float:
    if voice is None or not voices:
        return NAN
    mean = np.mean(voices, axis=0)
    return float(voice @ mean) / float(np.linalg.norm(mean))


def cell_starts(
    root: Path, cell: str, params: dict[str, float], corpus: Corpus | None = None
) -> list[Start]:
    """Every start the machine makes in one cached cell (``corpus``: ``root``'s, if loaded)."""
    corpus = corpus or load_corpus(root)
    before, after = guards(corpus.meta)
    return [
        replace(s, corpus=root.name)
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


Scorer = Callable[[list[Start]], np.ndarray]


def _design(starts: list[Start], names: tuple[str, ...]) -> np.ndarray:
    """One row per start: each feature (0 where unknown) and whether it is unknown."""
    rows = []
    for s in starts:
        row = []
        for n in names:
            v = s.features[n]
            row += [0.0, 1.0] if np.isnan(v) else [v, 0.0]
        rows.append(row)
    return np.asarray(rows, dtype=float)


def fit_logistic(starts: list[Start], names: tuple[str, ...], l2: float = 1.0) -> Scorer:
    """A logistic regression of "a caller start" on ``names`` (standardised, L2-penalised,
    Newton's method): a function giving each start's score (higher: more like the caller)."""
    x = _design(starts, names)
    y = np.array([0.0 if s.false else 1.0 for s in starts])
    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = np.c_[np.ones(len(x)), (x - mu) / sd]
    penalty = l2 * np.diag(np.r_[0.0, np.ones(z.shape[1] - 1)])
    w = np.zeros(z.shape[1])
    for _ in range(30):
        p = 1.0 / (1.0 + np.exp(-z @ w))
        hessian = (z * (p * (1 - p))[:, None]).T @ z + penalty
        w -= np.linalg.solve(hessian, z.T @ (p - y) + penalty @ w)

    def score(others: list[Start]) -> np.ndarray:
        return np.c_[np.ones(len(others)), (_design(others, names) - mu) / sd] @ w

    return score


def _stopped(
    score: Scorer, fitted_on: list[Start], starts: list[Start]
) -> tuple[float, float, float]:
    """AUC on ``starts``, and the shares of its false and caller starts below the threshold that
    stops STOP_CALLER_SHARE of ``fitted_on``'s caller starts."""
    s_fit = score(fitted_on)
    caller_fit = s_fit[[not s.false for s in fitted_on]]
    threshold = np.quantile(caller_fit, STOP_CALLER_SHARE)
    s = score(starts)
    false = np.array([st.false for st in starts])
    area = auc(list(s[~false]), list(s[false]))
    return area, float(np.mean(s[false] < threshold)), float(np.mean(s[~false] < threshold))


def combined_table(groups: dict[str, list[Start]]) -> list[str]:
    """The level alone and every feature together, fitted on the first group: AUC, false starts
    stopped / caller starts stopped (first group: cross-validated by corpus)."""
    first, *_ = groups
    fit_on = groups[first]
    corpora = sorted({s.corpus for s in fit_on})
    lines = [
        "| features | "
        + " | ".join(f"{g}: AUC, FS stopped / caller stopped" for g in groups)
        + " |",
        "|---" * (len(groups) + 1) + "|",
    ]
    for label, names in (("level over talk alone", LEVEL_ONLY), ("all", FEATURES)):
        cells = []
        for g, starts in groups.items():
            if g == first and len(corpora) > 1:  # each corpus scored by a fit on the others
                parts = []
                for c in corpora:
                    rest = [s for s in fit_on if s.corpus != c]
                    parts.append(
                        _stopped(
                            fit_logistic(rest, names), rest, [s for s in fit_on if s.corpus == c]
                        )
                    )
                area, fs, caller = (float(v) for v in np.mean(parts, axis=0))
                note = " (cross-validated)"
            else:
                area, fs, caller = _stopped(fit_logistic(fit_on, names), fit_on, starts)
                note = ""
            cells.append(f"{area:.2f}, {fs:.0%} / {caller:.1%}{note}")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
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
            "",
            f"One logistic regression over the features, fitted on `{next(iter(starts))}` only; "
            f"the share of false starts and of caller starts below the threshold that stops "
            f"{STOP_CALLER_SHARE:.0%} of the fitted caller starts:",
            "",
            *combined_table(starts),
        ],
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
