"""Callers who backchannel: how often a short "haan ji" / "achha" / "ok" said over the bot cuts
it, and what a longer ``bot_min_speech_ms`` costs genuine barge-ins.

The **tuning** corpus only (``bench/.corpus/vad_tune``, the side the defaults were tuned on; a
held-out corpus is refused, so this study spends none of them). Its calls are replayed as they
are (the ``clean`` cell by default) on a line with white noise at −60 dBFS (through G.711 μ-law,
the same noise for every run), with the caller's own speech added into each of the bot's turns
the caller lets finish (2–7 s long), at one seeded point 1 s or more into it (the same points
for every length and setting). The line noise matters: the clean cell is digital silence between
turns, which the VAD never counts as speech (``min_level_dbfs``), so there Silero's ~100 ms of
hangover after a word does not count toward a barge-in as it does on a real line
(``--floor-dbfs none`` measures the cell as it is). What is added, per run:

* a **backchannel** of 250, 300, 350, 400, 500 or 600 ms: the first that much of another of
  the same caller's turns (real speech from the clean cell, 10 ms fades), ending at least
  0.3 s before the bot does; it *cut the bot* when a start falls in
  [onset − 0.1 s, offset + 0.5 s];
* or a **genuine barge-in**: another of the same caller's turns cut to 1–2 s (ending 0.8 s
  before the caller's answer; a slot with less room gets none), counted together with the
  corpus's own barge-in turns in a run with nothing added: missed when no start falls in
  [onset − 0.1 s, offset], latency from its onset to that start (20 ms chunks, as a pipeline
  sees it).

Only what was said while the bot still spoke counts: a start of the VAD under test earlier in
that bot turn had cut the bot already. The corpus's own turns are also scored with and without
the backchannels (a turn missed only with them is an answer lost to them). Each setting of this
pack's analyzer (``bot_min_speech_ms`` 384 = the default, 512, 640) runs batched and bot-aware
as in the bench (a confirmed start while the bot talks cuts the rest of that bot turn); pipecat's
stock ``SileroVADAnalyzer`` is the baseline row (it does not know the bot talks: with pipecat's
default interruption strategy every start over the bot is a barge-in).

Run (after ``python -m bench.vad.corpus_split``; ~1 min of CPU on each of 2 cores):

  .venv/bin/python -m bench.vad.backchannels     -> bench/vad/results/backchannels/results.md
  .venv/bin/python -m bench.vad.backchannels --values 384,768 --floor-dbfs -50 --out /tmp/bc
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from bench import provenance
from bench.vad.corpus import CACHE, RATE, Call, Turn, chosen_call, chosen_cells, load_corpus
from bench.vad.run import RESULTS, WIN_S, pooled, run_ours, run_pipecat
from pipecat_rt_best.base.g711 import ulaw_decode, ulaw_encode
from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams
from pipecat_rt_best.noise_robust_vad.tuning import Events

ROOT = CACHE / "vad_tune"
OUT = RESULTS / "backchannels"
LENGTHS_MS = (250, 300, 350, 400, 500, 600)
VALUES_MS = (384.0, 512.0, 640.0)
BARGE_IN = "barge-in"
NONE = "none"
SEED = 29
GUARD_S = 0.1  # the tuning corpus's guard before a turn's onset
CUT_AFTER_S = 0.5  # a start this long after a backchannel's end still came from it
SLOT_LEAD_S = 1.0  # a slot is at least this far into the bot's turn
SLOT_TAIL_S = 0.3  # a backchannel ends at least this long before the bot does
BARGE_MIN_S, BARGE_MAX_S = 1.0, 2.0
ANSWER_GAP_S = 0.8  # a genuine barge-in ends this long before the caller's answer
FADE_S = 0.01
FLOOR_DBFS = -60.0  # a quiet phone line's idle noise; the clean cell is digital silence


@dataclass(frozen=True)
class Slot:
    """Where the caller's added speech goes: a point in one of the bot's turns."""

    onset: float
    bot_start: float
    next_onset: float | None
    """The caller's next turn after this bot turn (None: none in the call)."""


@dataclass(frozen=True)
class Said:
    """Caller speech over the bot (added, or the corpus's own barge-in turn), in seconds."""

    onset: float
    offset: float
    bot_start: float
    """Where the bot's turn it falls in began: a start since then had cut the bot already."""


def bot_turns(call: Call) -> list[tuple[float, float]]:
    """The bot's planned turns as the bench plays them: turns that overlap or touch (a reply
    planned before a barge-in's nominal cut ended) are one, cut as one."""
    out: list[list[float]] = []
    for s, e in sorted(call.bot_planned):
        if out and s <= out[-1][1] + WIN_S:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def slots(call: Call, seed: int = SEED) -> list[Slot]:
    """One point per bot turn the caller lets finish (no caller turn inside it) that can take
    the longest backchannel: seeded by the call, so the same for every run."""
    rng = np.random.default_rng([seed, call.index])
    longest = max(LENGTHS_MS) / 1000.0
    out = []
    for s, e in bot_turns(call):
        u = float(rng.uniform())  # drawn for every bot turn: a turn left out moves no other
        room = e - SLOT_TAIL_S - longest - (s + SLOT_LEAD_S)
        if room < 0 or any(t.onset <= e + GUARD_S and t.offset >= s - GUARD_S for t in call.turns):
            continue
        after = [t.onset for t in call.turns if t.onset > e]
        out.append(Slot(s + SLOT_LEAD_S + u * room, s, min(after) if after else None))
    return out


def own_barge_ins(call: Call) -> list[Said]:
    """The corpus's barge-in turns that start while the bot's planned turn plays."""
    spans = bot_turns(call)
    return [
        Said(t.onset, t.offset, s)
        for t in call.turns
        if t.barge_in
        for s, e in spans
        if s <= t.onset < e
    ]


def source_turn(turns: Sequence[Turn], k: int, need_s: float) -> Turn | None:
    """The ``k``-th slot's source: the first turn from ``k`` on (cyclically) at least
    ``need_s`` long."""
    for j in range(len(turns)):
        t = turns[(k + j) % len(turns)]
        if t.offset - t.onset >= need_s:
            return t
    return None


def piece(clean: np.ndarray, turn: Turn, seconds: float) -> np.ndarray:
    """The first ``seconds`` of ``turn`` in the clean PCM16 call, faded in and out (int32)."""
    a = round(turn.onset * RATE)
    x = clean[a : a + round(seconds * RATE)].astype(np.float64)
    n = min(len(x) // 2, round(FADE_S * RATE))
    if n:
        ramp = np.linspace(0.0, 1.0, n)
        x[:n] *= ramp
        x[-n:] *= ramp[::-1]
    return np.round(x).astype(np.int32)


def add_speech(
    pcm: np.ndarray, clean: np.ndarray, call: Call, what: str, seed: int = SEED
) -> tuple[np.ndarray, list[Said]]:
    """``pcm`` (the call on its cell) as int32 with the caller's speech added at every slot: a
    backchannel of ``what`` ms, a genuine barge-in (``BARGE_IN``), or nothing (``NONE``); and
    what was added where."""
    out = pcm.astype(np.int32)
    added: list[Said] = []
    if what == NONE:
        return out, added
    for k, slot in enumerate(slots(call, seed)):
        if what == BARGE_IN:
            room = (slot.next_onset or call.duration) - ANSWER_GAP_S - slot.onset
            length = min(BARGE_MAX_S, room)
        else:
            length = int(what) / 1000.0
        src = source_turn(call.turns, k + 1, length)
        if length < (BARGE_MIN_S if what == BARGE_IN else 0.0) or src is None:
            continue
        x = piece(clean, src, length)
        a = round(slot.onset * RATE)
        out[a : a + len(x)] += x
        added.append(Said(slot.onset, slot.onset + len(x) / RATE, slot.bot_start))
    return out, added


def on_line(x: np.ndarray, call: Call, floor_dbfs: float | None, seed: int = SEED) -> np.ndarray:
    """``x`` (int32 samples) on a phone line: plus white noise at ``floor_dbfs`` RMS (None:
    none; the same noise for every run of a call), clipped, through G.711 μ-law."""
    if floor_dbfs is not None:
        rng = np.random.default_rng([seed, call.index, 1])
        x = x + np.round(rng.standard_normal(len(x)) * 32768.0 * 10 ** (floor_dbfs / 20))
    pcm = np.clip(x, -32768, 32767).astype(np.int16)
    return ulaw_decode(ulaw_encode(pcm))


def starts(events: Events) -> list[float]:
    """The start times in ``events``, in order."""
    return sorted(t for t, kind in events if kind > 0)


def over_bot(events: Events, said: Sequence[Said]) -> list[Said]:
    """What was said while the bot still spoke: no start of the VAD under test in the bot's
    turn before it (one would have cut the bot already)."""
    s = starts(events)
    return [x for x in said if not any(x.bot_start <= t < x.onset - GUARD_S for t in s)]


def cut_bot(events: Events, said: Sequence[Said]) -> int:
    """How many of ``said`` a start came from: one in [onset − 0.1 s, offset + 0.5 s]."""
    s = starts(events)
    return sum(any(x.onset - GUARD_S <= t <= x.offset + CUT_AFTER_S for t in s) for x in said)


def latencies(events: Events, spans: Sequence[tuple[float, float]]) -> list[float | None]:
    """Per (onset, offset): seconds from the onset to the first start in
    [onset − 0.1 s, offset], or None (missed)."""
    s = starts(events)
    out: list[float | None] = []
    for a, b in spans:
        hit = [t for t in s if a - GUARD_S <= t <= b]
        out.append(hit[0] - a if hit else None)
    return out


def turns_missed(events: Events, call: Call) -> int:
    """The corpus's own turns with no start in [onset − 0.1 s, offset]."""
    return sum(x is None for x in latencies(events, [(t.onset, t.offset) for t in call.turns]))


@dataclass
class Row:
    """One VAD setting's counts over every run."""

    cut: dict[str, int] = field(default_factory=dict)
    """Backchannels that cut the bot, by length (ms, as text)."""
    said: dict[str, int] = field(default_factory=dict)
    """Backchannels said while the bot spoke, by length."""
    latencies_s: list[float] = field(default_factory=list)
    """Genuine barge-ins: onset to start."""
    barge_ins: int = 0
    barge_missed: int = 0
    turns_missed: dict[str, int] = field(default_factory=dict)
    """The corpus's own turns missed, by run (``NONE`` or a backchannel length)."""
    turns: int = 0

    def add_run(
        self,
        what: str,
        calls: Sequence[Call],
        per_call: Sequence[Events],
        said: Sequence[Sequence[Said]],
    ) -> None:
        """Count one run: ``what`` was added to every call (``said`` per call)."""
        if what == NONE:
            said = [own_barge_ins(c) for c in calls]
        heard = [over_bot(e, x) for e, x in zip(per_call, said, strict=True)]
        if what in (NONE, BARGE_IN):
            for e, xs in zip(per_call, heard, strict=True):
                for lat in latencies(e, [(x.onset, x.offset) for x in xs]):
                    self.barge_ins += 1
                    if lat is None:
                        self.barge_missed += 1
                    else:
                        self.latencies_s.append(lat)
        else:
            self.cut[what] = sum(cut_bot(e, xs) for e, xs in zip(per_call, heard, strict=True))
            self.said[what] = sum(len(xs) for xs in heard)
        if what != BARGE_IN:
            self.turns_missed[what] = sum(
                turns_missed(e, c) for c, e in zip(calls, per_call, strict=True)
            )
            self.turns = sum(len(c.turns) for c in calls)

    def latency_ms(self, q: float) -> float:
        if not self.latencies_s:
            return float("nan")
        return float(np.percentile(self.latencies_s, q)) * 1000.0


def _ms(x: float) -> str:
    return "–" if x != x else f"{x:.0f}"


def render(rows: dict[str, Row], lengths: Sequence[str], meta: str) -> list[str]:
    """The report's two tables, the baseline row first."""
    names = list(rows)
    lines = [
        meta,
        "",
        "Backchannels said over the bot that cut it (a start came from them), by length:",
        "",
        "| VAD | " + " | ".join(f"{x} ms" for x in lengths) + " |",
        "|---|" + "---|" * len(lengths),
    ]
    for n in names:
        r = rows[n]
        lines.append(f"| {n} | " + " | ".join(f"{r.cut[x]}/{r.said[x]}" for x in lengths) + " |")
    lines += [
        "",
        "What it costs: genuine barge-ins (1–2 s over the bot, and the corpus's own) missed and their "
        "latency (onset → start); the corpus's own turns missed without backchannels and with them "
        "(summed over the lengths):",
        "",
        "| VAD | barge-ins missed | latency p50 ms | latency p90 ms | turns missed: none / with backchannels |",
        "|---|---|---|---|---|",
    ]
    for n in names:
        r = rows[n]
        with_bc = sum(r.turns_missed[x] for x in lengths)
        lines.append(
            f"| {n} | {r.barge_missed}/{r.barge_ins} | {_ms(r.latency_ms(50))} | "
            f"{_ms(r.latency_ms(90))} | {r.turns_missed[NONE]}/{r.turns} / "
            f"{with_bc}/{r.turns * len(lengths)} |"
        )
    return lines


# -- running ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """The calls a run replays: the corpus at ``root``, its ``cell``, a line floor."""

    root: Path
    cell: str
    floor_dbfs: float | None


def _task(
    args: tuple[float | None, str, Line],
) -> tuple[float | None, str, list[Events], list[list[Said]]]:
    """One run: pipecat's analyzer (``value`` None) or ours with ``bot_min_speech_ms=value``
    over every call with ``what`` added."""
    value, what, line = args
    from loguru import logger

    logger.remove()
    logger.add(sys.stderr, level="WARNING", diagnose=False, backtrace=False)
    corpus = load_corpus(line.root)
    clean = corpus.cell_audio("clean")
    audio, added = [], []
    for pcm, cl, call in zip(corpus.cell_audio(line.cell), clean, corpus.calls, strict=True):
        x, a = add_speech(pcm, cl, call, what)
        audio.append(on_line(x, call, line.floor_dbfs))
        added.append(a)
    if value is None:
        events = run_pipecat(audio, corpus.calls, {})
    else:
        events = run_ours(audio, corpus.calls, {"ours": {"bot_min_speech_ms": value}})
    return value, what, events, added


def label(value: float | None, default: float) -> str:
    if value is None:
        return "pipecat `SileroVADAnalyzer`"
    return f"ours `bot_min_speech_ms={value:g}`" + (" (default)" if value == default else "")


def parse_values(ap: argparse.ArgumentParser, text: str) -> list[float]:
    """``--values``: bot_min_speech_ms values, each one ``NoiseRobustVADParams`` takes; a
    mistake is one line and exit 2."""
    try:
        values = [float(v) for v in text.split(",") if v.strip()]
        for v in values:
            NoiseRobustVADParams(bot_min_speech_ms=v)
    except ValueError as e:
        ap.error(f"--values {text!r}: {e}")
    if not values:
        ap.error("--values: give at least one bot_min_speech_ms")
    return values


def parse_floor(ap: argparse.ArgumentParser, text: str) -> float | None:
    """``--floor-dbfs``: a level below 0 dBFS, or ``none``."""
    if text.strip().lower() == "none":
        return None
    try:
        floor = float(text)
    except ValueError:
        floor = 0.0
    if not floor < 0:
        ap.error(f"--floor-dbfs {text!r}: a level in dBFS below 0 (e.g. -60), or none")
    return floor


def write_study(
    out: Path, title: str, module: str, argv: Sequence[str] | None, table: list[str], raw: object
) -> None:
    """A study's ``results.md`` (``title``, the command that ran ``bench.vad.<module>``, the
    table) and ``results.json`` (``raw``) in ``out``; the table printed."""
    out.mkdir(parents=True, exist_ok=True)
    command = f"python -m bench.vad.{module}" + " ".join(["", *(argv or sys.argv[1:])])
    text = "\n".join(
        [
            f"# {title} (`python -m bench.vad.{module}`)",
            "",
            f"Command: `{command}`; see the module docstring for what is counted.",
            "",
            *table,
            "",
            provenance.markdown(provenance.stamp(f"bench.vad.{module}", argv)),
        ]
    )
    (out / "results.md").write_text(text, encoding="utf-8")
    (out / "results.json").write_text(json.dumps(raw, indent=1) + "\n", encoding="utf-8")
    print("\n".join(table))
    print(f"wrote {out / 'results.md'}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.vad.backchannels", description=__doc__.splitlines()[0]
    )
    ap.add_argument("--root", type=Path, default=ROOT, help=f"a tuning corpus (default {ROOT})")
    ap.add_argument("--cell", default="clean", help="the calls' line (default clean)")
    ap.add_argument(
        "--floor-dbfs",
        default=f"{FLOOR_DBFS:g}",
        help=f"white line noise added to the cell (default {FLOOR_DBFS:g}; none: the cell as it is)",
    )
    ap.add_argument(
        "--values",
        default=",".join(f"{v:g}" for v in VALUES_MS),
        help="bot_min_speech_ms values, a comma list (default %(default)s)",
    )
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", type=Path, default=OUT, help=f"results folder (default {OUT})")
    args = ap.parse_args(argv)
    values = parse_values(ap, args.values)
    floor = parse_floor(ap, args.floor_dbfs)
    chosen_cells(ap, args.root, "clean")  # the backchannels are cut from it
    cell, corpus = chosen_call(ap, args.root, args.cell, None)
    if corpus.meta.get("split") != "tune":
        ap.error(
            f"{args.root} is a {corpus.meta.get('split')!r} corpus: this study runs on the "
            "tuning corpus only (bench/.corpus/vad_tune)"
        )
    line = Line(args.root, cell, floor)
    runs = [NONE, *map(str, LENGTHS_MS), BARGE_IN]
    tasks = [(v, w, line) for v in [None, *values] for w in runs]
    default = NoiseRobustVADParams().bot_min_speech_ms
    rows = {label(v, default): Row() for v in [None, *values]}
    for value, what, events, added in pooled(_task, tasks, args.jobs, "backchannels"):
        rows[label(value, default)].add_run(what, corpus.calls, events, added)
    on = "digital silence between turns" if floor is None else f"white noise at {floor:g} dBFS"
    meta = (
        f"Tuning corpus `{args.root.name}`, cell `{cell}`, line floor: {on}. "
        f"{len(corpus.calls)} calls, {sum(len(slots(c)) for c in corpus.calls)} bot turns the "
        "caller lets finish, one backchannel (or genuine barge-in) said in each."
    )
    table = render(rows, [str(x) for x in LENGTHS_MS], meta)
    raw = {n: asdict(r) for n, r in rows.items()}
    write_study(args.out, "Callers who backchannel", "backchannels", argv, table, raw)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
