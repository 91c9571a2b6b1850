"""One call's VAD decisions on a time line: a picture of why a false start got in, or a turn was
missed, where ``diagnose.py`` gives a listing.

Top: each window's level, with what the state machine had learned at that moment (the whole
ambient, the background talk, the caller), the caller's labelled turns (blue; orange when
missed), the bot's speech (grey), and every candidate the machine judged: a rejection (×, with a
line up to the gate it missed), a start (▲ on a caller turn, red ▼ outside one: a false start).
Bottom: Silero's probability and the speech weight (0: non-speech ambient, 1: talk), with the
green band where the VAD was in a turn.

Run (cached Silero, like ``bench.vad.sweep`` and ``diagnose``):
  .venv/bin/python -m bench.vad.timeline --root bench/.corpus/vad_tune --cell tv_5dB --call 10
  .venv/bin/python -m bench.vad.timeline --root bench/.corpus/vad_tune --cell tv_5dB --call 10 \\
      --from 20 --to 50 --set floor_margin_db=4
Writes ``<out>/<corpus>_<cell>_call<N>.png`` (default out: ``bench-out/vad_timeline``).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from bench.vad.corpus import Call, chosen_cells, load_corpus, noise_only_mask
from bench.vad.run import WIN_S, chunk_end, guards, param_overrides
from bench.vad.sweep import cached_calls

if TYPE_CHECKING:
    from bench.vad.sweep import CachedCall

OUT = Path("bench-out/vad_timeline")


@dataclass
class Judged:
    """A candidate the machine judged: started (a caller turn or a false start) or rejected."""

    t: float
    kind: str  # "start", "false start" or "reject"
    level_db: float | None
    gate_db: float | None


@dataclass
class Trace:
    """One call stepped through the state machine, window by window."""

    t: np.ndarray  # each window's end (s)
    level_db: np.ndarray
    prob: np.ndarray
    bot: np.ndarray  # the bot spoke
    in_turn: np.ndarray  # the VAD was in a caller turn after the window
    ambient_db: np.ndarray  # NaN until known
    talk_db: np.ndarray
    caller_db: np.ndarray
    speech_weight: np.ndarray
    judged: list[Judged] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)
    """Indices into the call's turns of those the VAD missed (as the bench scores them)."""

    @property
    def false_starts(self) -> int:
        return sum(j.kind == "false start" for j in self.judged)


def trace(cc: CachedCall, before: float, after: float) -> Trace:
    """Step ``cc`` through its fresh state machine and keep what a timeline shows; starts are
    scored as the bench scores them (``before`` / ``after``: the corpus' guards)."""
    from pipecat_rt_best.noise_robust_vad.state_machine import Event, Phase

    m, n = cc.machine, len(cc.probs)
    nan = np.full(n, np.nan)
    tr = Trace(
        t=np.array([chunk_end((k + 1) * WIN_S) for k in range(n)]),
        level_db=np.asarray(cc.levels, dtype=float),
        prob=np.asarray(cc.probs, dtype=float),
        bot=np.zeros(n, dtype=bool),
        in_turn=np.zeros(n, dtype=bool),
        ambient_db=nan.copy(),
        talk_db=nan.copy(),
        caller_db=nan.copy(),
        speech_weight=nan.copy(),
    )
    noise_only = noise_only_mask(cc.call, 100, before, after)
    starts: list[float] = []
    for k in range(n):
        d = cc.step(k)
        t = float(tr.t[k])
        tr.bot[k] = cc.bot
        tr.in_turn[k] = d.phase in (Phase.SPEAKING, Phase.STOPPING)
        for arr, value in (
            (tr.ambient_db, m.ambient_level_db),
            (tr.talk_db, m.background_speech_level_db),
            (tr.caller_db, m.caller_level_db),
        ):
            if value is not None:
                arr[k] = value
        tr.speech_weight[k] = m.ambient.speech_weight()
        if d.event is Event.START:
            starts.append(t)
            false = bool(noise_only[min(len(noise_only) - 1, int(t * 100))])
            tr.judged.append(Judged(t, "false start" if false else "start", d.level_db, d.gate_db))
        elif d.event is Event.REJECT:
            tr.judged.append(Judged(t, "reject", d.level_db, d.gate_db))
    for i, u in enumerate(cc.call.turns):
        busy = tr.in_turn[min(n - 1, int(u.onset / WIN_S))]
        if not busy and not any(u.onset - before <= s <= u.offset for s in starts):
            tr.missed.append(i)
    return tr


def _spans(mask: np.ndarray, t: np.ndarray) -> list[tuple[float, float]]:
    """The (start, end) times of each run of True in ``mask``."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
    return [
        (float(t[a] - WIN_S), float(t[b - 1])) for a, b in zip(edges[::2], edges[1::2], strict=True)
    ]


def plot(tr: Trace, call: Call, title: str, path: Path, span: tuple[float, float]) -> Path:
    """Draw ``tr`` between ``span`` seconds into ``path`` (PNG)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (top, bottom) = plt.subplots(
        2, 1, figsize=(15, 7), sharex=True, gridspec_kw={"height_ratios": [3, 1]}
    )
    for i, u in enumerate(call.turns):
        missed = i in tr.missed
        top.axvspan(u.onset, u.offset, color="tab:orange" if missed else "tab:blue", alpha=0.15)
    for a, b in _spans(tr.bot, tr.t):
        top.axvspan(a, b, ymin=0.0, ymax=0.04, color="0.45")
    top.plot(tr.t, tr.level_db, color="0.6", lw=0.5, label="window level")
    top.plot(tr.t, tr.ambient_db, color="tab:brown", ls="--", lw=1.2, label="ambient")
    top.plot(tr.t, tr.talk_db, color="tab:purple", lw=1.2, label="background talk")
    top.plot(tr.t, tr.caller_db, color="tab:blue", lw=1.5, label="caller (learned)")
    styles = {
        "reject": ("x", "black", 30),
        "start": ("^", "tab:green", 60),
        "false start": ("v", "tab:red", 80),
    }
    for kind, (marker, color, size) in styles.items():
        shown = [j for j in tr.judged if j.kind == kind and j.level_db is not None]
        if not shown:
            continue
        ts = [j.t for j in shown]
        top.scatter(
            ts,
            [j.level_db for j in shown],
            marker=marker,
            color=color,
            s=size,
            zorder=3,
            label=f"{kind} ({len(shown)})",
        )
        gates = [(j.t, j.level_db, j.gate_db) for j in shown if j.gate_db is not None]
        top.vlines(
            [g[0] for g in gates],
            [g[1] for g in gates],
            [g[2] for g in gates],
            color=color,
            lw=0.8,
            alpha=0.7,
        )
    lo = np.nanpercentile(tr.level_db, 2) - 3
    top.set_ylim(max(lo, -100), np.nanmax(tr.level_db) + 3)
    top.set_ylabel("dBFS")
    top.set_title(title, fontsize=10)
    top.legend(loc="upper right", fontsize=7, ncol=4)
    bottom.plot(tr.t, tr.prob, color="black", lw=0.6, label="Silero probability")
    bottom.plot(tr.t, tr.speech_weight, color="tab:purple", lw=1.2, label="speech weight")
    bottom.fill_between(
        tr.t, 0, 1, where=tr.in_turn, color="tab:green", alpha=0.2, step="pre", label="in a turn"
    )
    bottom.set_ylim(0, 1.02)
    bottom.set_xlabel("seconds into the call")
    bottom.legend(loc="upper right", fontsize=7, ncol=3)
    bottom.set_xlim(*span)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.vad.timeline", description="one call's VAD decisions as a picture"
    )
    ap.add_argument("--root", type=Path, required=True, help="corpus folder")
    ap.add_argument("--cell", required=True, help="one cell, e.g. tv_5dB")
    ap.add_argument("--call", type=int, required=True, help="the call's index in the corpus")
    ap.add_argument("--set", action="append", default=[], help="param override k=v")
    ap.add_argument("--from", dest="t0", type=float, default=0.0, help="seconds (default 0)")
    ap.add_argument("--to", dest="t1", type=float, default=None, help="seconds (default: end)")
    ap.add_argument("--out", type=Path, default=OUT, help=f"folder for the PNG (default {OUT})")
    args = ap.parse_args(argv)
    params = param_overrides(ap, args.set)
    if "," in args.cell:
        ap.error(f"--cell {args.cell!r}: one cell, e.g. tv_5dB")
    (cell,) = chosen_cells(ap, args.root, args.cell)
    corpus = load_corpus(args.root)
    if not 0 <= args.call < len(corpus.calls):
        ap.error(f"--call {args.call}: the corpus has calls 0 to {len(corpus.calls) - 1}")
    duration = corpus.calls[args.call].duration
    t1 = duration if args.t1 is None else args.t1
    if not 0 <= args.t0 < t1 <= duration:
        ap.error(f"--from/--to: need 0 <= from < to <= {duration:.1f} (the call's length)")
    if args.out.exists() and not args.out.is_dir():
        ap.error(f"--out {args.out} is a file, not a folder")
    before, after = guards(corpus.meta)
    (cc,) = cached_calls(args.root, cell, params, corpus, args.call)
    tr = trace(cc, before, after)
    call = cc.call
    changed = " ".join(f"{k}={v:g}" for k, v in params.items())
    title = (
        f"{args.root.name} {cell} call {args.call}: caller {call.caller} at {call.level_db:.1f} "
        f"dBFS; {tr.false_starts} false starts, {len(tr.missed)} of {len(call.turns)} turns "
        f"missed" + (f"  [{changed}]" if changed else "")
    )
    path = plot(
        tr, call, title, args.out / f"{args.root.name}_{cell}_call{args.call}.png", (args.t0, t1)
    )
    print(title)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
