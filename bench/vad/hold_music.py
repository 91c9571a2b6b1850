"""Hold music on a long call: are the caller's first words after minutes of loud music heard?

A review of 40-minute calls (session 30) found the noise-robust VAD deaf for 15–20 s after hold
music louder than the caller: its ambient level sank from the music's at ~0.7 dB a second
(``floor_time_constant_s``), and the caller's "Hello, I'm back?" faced the music's gate. Since
then the ambient falls to a line that has gone quiet at once (``ambient_fall_ms``). This study
measures that on real speech and music, with pipecat's stock ``SileroVADAnalyzer`` beside it.

Each call of a corpus's ``clean`` cell is cut between two of its caller turns, in the middle of
the call, and ``--hold-s`` of that corpus's own music is put in the cut (the music noise of its
``music_0dB`` cell, as loud as the caller's speech there, raised by each ``--music-db``); the
turns after it come that much later. A white line floor (``--floor-dbfs``) runs under the whole
call, through G.711 μ-law (the clean cell is digital silence, which no VAD hears). Counted per
VAD and music level:

* the caller's turns after the hold that start (a start in [onset − 0.1 s, offset]), the first
  turn after it on its own, and its onset-to-start latency;
* starts during the hold (the caller is not there: each one cuts in on the music);
* the turns before the hold, as a control.

This pack's analyzer runs as the bench runs it (batched, bot-aware), at its defaults and with
``ambient_fall_ms=0`` (the ambient as it was before the fall: a plain 6 s average).

Run (after ``python -m bench.vad.corpus_split``; ~1 min of CPU per corpus on each of 2 cores):

  .venv/bin/python -m bench.vad.hold_music                 -> bench/vad/results/hold_music/
  .venv/bin/python -m bench.vad.hold_music --split heldout5 --out bench/vad/results/hold_music_heldout5
"""

from __future__ import annotations

import argparse
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np

from bench.vad.backchannels import latencies, on_line, starts, write_study
from bench.vad.corpus import CACHE, RATE, Call, chosen_cells, load_corpus
from bench.vad.run import RESULTS, pooled, run_ours, run_pipecat
from pipecat_rt_best.noise_robust_vad.tuning import Events

OUT = RESULTS / "hold_music"
HOLD_S = 120.0
MUSIC_DB = (0.0, 10.0)
FLOOR_DBFS = -60.0
VADS = ("pipecat", "ours", "ours, ambient_fall_ms=0")


def cut_point(call: Call) -> float:
    """Where the hold goes: halfway between the middle turn's end and the next turn's onset."""
    k = len(call.turns) // 2
    return (call.turns[k - 1].offset + call.turns[k].onset) / 2.0


def with_hold(call: Call, at: float, hold_s: float) -> Call:
    """``call`` with ``hold_s`` of hold inserted at ``at``: what came after comes later."""

    def moved(t: float) -> float:
        return t + hold_s if t >= at else t

    def spans(xs: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
        return [(moved(a), moved(b) if a >= at else min(b, at)) for a, b in xs]

    return replace(
        call,
        duration=call.duration + hold_s,
        turns=[replace(t, onset=moved(t.onset), offset=moved(t.offset)) for t in call.turns],
        bot=spans(call.bot),
        bot_planned=spans(call.bot_planned),
    )


def hold_audio(
    clean: np.ndarray, music: np.ndarray, at: float, hold_s: float, gain_db: float
) -> np.ndarray:
    """The clean call (int32) with ``hold_s`` of ``music`` (tiled, raised by ``gain_db``) at
    ``at``."""
    n = round(hold_s * RATE)
    reps = -(-n // len(music))
    hold = np.round(np.tile(music, reps)[:n] * 10 ** (gain_db / 20)).astype(np.int32)
    a = round(at * RATE)
    return np.concatenate([clean[:a].astype(np.int32), hold, clean[a:].astype(np.int32)])


@dataclass
class Row:
    """One VAD at one music level, over every call."""

    before: int = 0
    before_found: int = 0
    after: int = 0
    after_found: int = 0
    first: int = 0
    first_found: int = 0
    first_latency_s: list[float] = field(default_factory=list)
    hold_starts: int = 0
    hold_minutes: float = 0.0

    def add(self, events: Events, call: Call, at: float, hold_s: float) -> None:
        turns = [(t.onset, t.offset) for t in call.turns]
        lat = latencies(events, turns)
        before = [x for x, t in zip(lat, call.turns, strict=True) if t.onset < at]
        after = [x for x, t in zip(lat, call.turns, strict=True) if t.onset >= at + hold_s]
        self.before += len(before)
        self.before_found += sum(x is not None for x in before)
        self.after += len(after)
        self.after_found += sum(x is not None for x in after)
        self.first += bool(after)
        if after and after[0] is not None:
            self.first_found += 1
            self.first_latency_s.append(after[0])
        self.hold_starts += sum(at <= t < at + hold_s for t in starts(events))
        self.hold_minutes += hold_s / 60.0


def _task(
    args: tuple[str, float, Path, float, float | None],
) -> tuple[str, float, list[Events], list[Call], list[float]]:
    vad, gain_db, root, hold_s, floor = args
    corpus = load_corpus(root)
    clean = corpus.cell_audio("clean")
    noisy = corpus.cell_audio("music_0dB")
    audio, calls, cuts = [], [], []
    for call, c, m in zip(corpus.calls, clean, noisy, strict=True):
        music = m.astype(np.int32) - c.astype(np.int32)  # the music alone, at the caller's level
        at = cut_point(call)
        held = with_hold(call, at, hold_s)
        audio.append(on_line(hold_audio(c, music, at, hold_s, gain_db), held, floor))
        calls.append(held)
        cuts.append(at)
    if vad == "pipecat":
        events = run_pipecat(audio, calls, {})
    else:
        ours = {} if vad == "ours" else {"ambient_fall_ms": 0.0}
        events = run_ours(audio, calls, {"ours": ours})
    return vad, gain_db, events, calls, cuts


def render(rows: dict[tuple[str, float], Row], meta: str) -> list[str]:
    out = [
        meta,
        "",
        "| music over the caller | VAD | turns after the hold found | first turn after it found | "
        "its latency p50 ms | starts during the hold per minute | turns before it found |",
        "|---|---|---|---|---|---|---|",
    ]
    for (vad, gain), r in rows.items():
        p50 = f"{statistics.median(r.first_latency_s) * 1000:.0f}" if r.first_latency_s else "–"
        out.append(
            f"| {gain:+g} dB | {vad} | {r.after_found}/{r.after} | {r.first_found}/{r.first} | {p50} | "
            f"{r.hold_starts / r.hold_minutes:.2f} | {r.before_found}/{r.before} |"
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.vad.hold_music", description=__doc__.splitlines()[0]
    )
    ap.add_argument(
        "--split", default="tune", help="the corpus, bench/.corpus/vad_<split> (default tune)"
    )
    ap.add_argument(
        "--hold-s", type=float, default=HOLD_S, help=f"seconds of hold (default {HOLD_S:g})"
    )
    ap.add_argument(
        "--music-db",
        default=",".join(f"{g:g}" for g in MUSIC_DB),
        help="the music's level over the caller's, dB, a comma list (default %(default)s)",
    )
    ap.add_argument(
        "--floor-dbfs", type=float, default=FLOOR_DBFS, help=f"line floor (default {FLOOR_DBFS:g})"
    )
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", type=Path, default=OUT, help=f"results folder (default {OUT})")
    args = ap.parse_args(argv)
    try:
        gains = [float(g) for g in args.music_db.split(",") if g.strip()]
    except ValueError:
        ap.error(f"--music-db {args.music_db!r}: a comma list of dB values, e.g. 0,10")
    if not gains:
        ap.error("--music-db: at least one value")
    if not 0 < args.hold_s <= 1800:
        ap.error(f"--hold-s {args.hold_s:g}: between 0 and 1800 seconds")
    root = CACHE / f"vad_{args.split}"
    chosen_cells(ap, root, "clean,music_0dB")
    corpus = load_corpus(root)
    tasks = [(vad, g, root, args.hold_s, args.floor_dbfs) for g in gains for vad in VADS]
    rows = {(vad, g): Row() for g in gains for vad in VADS}
    for vad, g, events, calls, cuts in pooled(_task, tasks, args.jobs, "hold music"):
        for e, call, at in zip(events, calls, cuts, strict=True):
            rows[(vad, g)].add(e, call, at, args.hold_s)
    meta = (
        f"Corpus `{root.name}` ({corpus.meta.get('split')}): {len(corpus.calls)} calls, each with "
        f"{args.hold_s:g} s of its music between two caller turns; line floor {args.floor_dbfs:g} dBFS."
    )
    table = render(rows, meta)
    raw = {f"{vad} {g:+g} dB": asdict(r) for (vad, g), r in rows.items()}
    write_study(args.out, "Hold music", "hold_music", argv, table, raw)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
