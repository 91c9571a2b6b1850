"""Tuning the noise-robust VAD on recordings: replay, score, sweep, recommend, trace.

Pure (numpy + the state machine; no pipecat, no model): the acoustic model's per-window
probabilities and levels are computed once per recording (``tune-vad`` does it with
:class:`.silero_model.SileroModel`; ``bench/vad/sweep.py`` caches them per corpus cell), then
:func:`replay` runs :class:`.state_machine.VADStateMachine` over them for each parameter set, which
takes milliseconds. The benchmark (its sweeps, and the scoring of every run: :func:`count_turns`)
and the ``pipecat-rt-best tune-vad`` command share this code. :func:`trace` replays one recording
keeping what the machine knew and decided at each window: what a time line of it shows
(``tune-vad --timelines``, ``bench/vad/timeline.py``).

Scoring is the one a pipecat pipeline feels: every start outside
[onset − ``guard_before``, offset + ``guard_after``] of a labelled turn is a false start (rapid
re-starts each count); a turn is missed when no start falls in [onset − ``guard_before``,
offset] and the VAD was not already in a turn at its onset (if it was, the turn is "caught
busy": heard by the pipeline, not detected). A turn with two starts in that span is split
(committed mid-utterance); its end latency is from its offset to the stop that ends it
(none when the VAD stopped before the last word and the next stop belongs to a later start).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Self

import numpy as np

from pipecat_rt_best.noise_robust_vad.background_voice import SpanEmbedder
from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams
from pipecat_rt_best.noise_robust_vad.state_machine import (
    WINDOW_MS,
    Decision,
    Event,
    Phase,
    VADStateMachine,
)

GUARD_BEFORE_S = 0.1
GUARD_AFTER_S = 0.5
CHUNK_S = 0.02  # events are reported at the end of the 20 ms transport chunk that carried them

Events = list[tuple[float, int]]  # (seconds, +1 start / -1 stop)

Watch = Callable[[int, Decision, VADStateMachine, bool], None]
"""Called by :func:`replay` after each window: its index, the decision, the machine (its state
after the window) and whether the bot spoke in it."""

DEFAULT_GRID: dict[str, tuple[float, ...]] = {
    "floor_margin_db": (2.75, 3.25, 3.75, 4.25),
    "caller_gate_db": (4.0, 6.0),
    "min_speech_ms": (160.0, 192.0, 256.0),
}
"""What ``tune-vad`` sweeps by default: the main background-talk margin, the caller-level gate
and the minimum speech (24 combinations)."""

BARGE_IN_FIELDS = frozenset(
    {
        "bot_start_threshold",
        "bot_min_speech_ms",
        "bot_extra_margin_db",
        "duck_after_ms",
        "dominant_barge_in_relief_db",
        "voice_bonus_db",
    }
)
"""The fields that act only while the bot speaks (a barge-in): replayed over recordings without
the bot's speech (``Recording.bot``), every value of one scores the same."""


def unmeasured(names: Iterable[str], recordings: Sequence[Recording]) -> list[str]:
    """The fields among ``names`` (a grid's) that ``recordings`` cannot measure: the barge-in
    fields when no recording carries the bot's speech. Swept, such a field gives identical
    rows, and :func:`recommend`'s last tie-break (the value nearest the default) would pick one
    of its values as if it had been measured."""
    if any(r.bot is not None and bool(np.any(r.bot)) for r in recordings):
        return []
    return [n for n in names if n in BARGE_IN_FIELDS]


def chunk_end(t: float) -> float:
    """Round an event time up to the end of the 20 ms chunk that carried it."""
    return round(math.ceil(t / CHUNK_S - 1e-9) * CHUNK_S, 6)


@dataclass
class Recording:
    """One recording's model output (one value per 32 ms window) and its labels."""

    name: str
    probs: np.ndarray
    levels_db: np.ndarray
    turns: list[tuple[float, float]] = field(default_factory=list)
    """Labelled caller turns (onset, offset) in seconds; empty for a noise-only recording."""
    bot: np.ndarray | None = None
    """Optional per-window bool: the bot's planned speech. A confirmed start while the bot
    speaks interrupts it: the rest of that stretch of bot speech is dropped, as in a call."""
    shapes: np.ndarray | None = None
    """Optional per-window spectral shapes (the voice cue's input, see ``voice_profile``)."""
    clarity: np.ndarray | None = None
    """Optional per-window clarity values (the distance cue's input, see ``clarity``)."""
    embedder: SpanEmbedder | None = None
    """Optional voice embeddings of its windows (the speaker cue's input, see
    ``speaker_embedding.WindowEmbedder.over``)."""

    @property
    def duration_s(self) -> float:
        return len(self.probs) * WINDOW_MS / 1000.0


@dataclass
class TuneScore:
    """False starts, misses and latencies of a VAD's events against labels; ``add`` sums two
    (field by field, so a subclass with more counters adds them too: ``bench/vad``'s ``Score``)."""

    false_starts: int = 0
    noise_minutes: float = 0.0
    turns: int = 0
    missed: int = 0
    start_latencies: list[float] = field(default_factory=list)
    split: int = 0
    end_latencies: list[float] = field(default_factory=list)
    caught_busy: int = 0
    """Turns not missed only because the VAD was already in a turn (:class:`TurnCount`)."""

    def add(self, other: Self) -> Self:
        return type(self)(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
        )

    @property
    def fs_per_min(self) -> float:
        return self.false_starts / self.noise_minutes if self.noise_minutes else 0.0

    @property
    def missed_pct(self) -> float:
        return 100.0 * self.missed / self.turns if self.turns else 0.0

    @property
    def split_pct(self) -> float:
        return 100.0 * self.split / self.turns if self.turns else 0.0

    @property
    def caught_busy_pct(self) -> float:
        return 100.0 * self.caught_busy / self.turns if self.turns else 0.0

    def start_ms(self, q: float) -> float:
        """Start latency percentile ``q`` in ms (NaN without detected turns)."""
        return _percentile_ms(self.start_latencies, q)

    @property
    def start_p50_ms(self) -> float:
        return self.start_ms(50)

    def end_ms(self, q: float) -> float:
        """End-of-turn latency percentile ``q`` in ms (NaN without labelled turns)."""
        return _percentile_ms(self.end_latencies, q)


def _percentile_ms(xs: Sequence[float], q: float) -> float:
    return 1000.0 * float(np.percentile(xs, q)) if xs else float("nan")


def replay(
    rec: Recording, params: NoiseRobustVADParams | None = None, watch: Watch | None = None
) -> Events:
    """Run the state machine over a recording's windows; start/stop events in seconds.
    ``watch``, if given, sees every window (:func:`trace` draws on it)."""
    m = VADStateMachine(params, rec.embedder)
    out: Events = []
    win_s = WINDOW_MS / 1000.0
    probs = rec.probs.tolist()
    levels = rec.levels_db.tolist()
    bot = [False] * len(probs) if rec.bot is None else [bool(b) for b in rec.bot]
    cut = False  # the bot was interrupted: silent until its planned stretch ends
    for k, (p, lv) in enumerate(zip(probs, levels, strict=True)):
        cut = cut and bot[k]
        speaking = bot[k] and not cut
        m.set_bot_speaking(speaking)
        d = m.step(
            p,
            lv,
            None if rec.shapes is None else rec.shapes[k],
            None if rec.clarity is None else float(rec.clarity[k]),
        )
        if watch is not None:
            watch(k, d, m, speaking)
        if d.event is Event.START:
            out.append((chunk_end((k + 1) * win_s), 1))
            cut = cut or speaking
        elif d.event is Event.STOP:
            out.append((chunk_end((k + 1) * win_s), -1))
    return out


@dataclass(frozen=True)
class TurnCount:
    """What a VAD's events did to one recording's labelled turns (:func:`count_turns`)."""

    false_starts: list[float]
    """Start times outside every turn's guards."""
    busy: np.ndarray
    """Per ``rate`` tick: the VAD was in a turn."""
    missed_turns: list[int]
    """The indices of the missed turns."""
    caught_busy: int
    """Turns with no start of their own, not missed only because the VAD was already in a turn
    when they began (one started before the caller spoke: usually by background talk)."""
    split: int
    start_latencies: list[float]
    end_latencies: list[float]

    @property
    def missed(self) -> int:
        return len(self.missed_turns)


def turns_mask(
    turns: Iterable[tuple[float, float]],
    duration_s: float,
    rate: int,
    guard_before: float = GUARD_BEFORE_S,
    guard_after: float = GUARD_AFTER_S,
) -> np.ndarray:
    """Boolean mask at ``rate`` Hz: True where no turn (with its guards) is present."""
    n = max(1, round(duration_s * rate))
    mask = np.ones(n, dtype=bool)
    for a, b in turns:
        mask[
            max(0, int((a - guard_before) * rate)) : min(n, math.ceil((b + guard_after) * rate))
        ] = False
    return mask


def count_turns(
    turns: Sequence[tuple[float, float]],
    events: Events,
    mask: np.ndarray,
    rate: int = 100,
    guard_before: float = GUARD_BEFORE_S,
) -> TurnCount:
    """Score ``events`` against labelled ``(onset, offset)`` turns (the module docstring's
    rules); ``mask`` from :func:`turns_mask`. The benchmark and ``tune-vad`` both score with
    this."""
    n = len(mask)
    busy = np.zeros(n, dtype=bool)
    cur: float | None = None
    for t, e in events:
        if e > 0 and cur is None:
            cur = t
        elif e < 0 and cur is not None:
            busy[int(cur * rate) : int(t * rate)] = True
            cur = None
    if cur is not None:
        busy[int(cur * rate) :] = True
    starts = [t for t, e in events if e > 0]
    fs = [t for t in starts if mask[min(n - 1, int(t * rate))]]
    missed: list[int] = []
    caught_busy, split = 0, 0
    lat: list[float] = []
    end_lat: list[float] = []
    for i, (a, b) in enumerate(turns):
        hit = [t for t in starts if a - guard_before <= t <= b]
        split += len(hit) > 1  # the turn was cut in two: a commit mid-utterance
        if hit:
            lat.append(hit[0] - a)
        elif busy[min(n - 1, int(a * rate))]:
            caught_busy += 1
        else:
            missed.append(i)
            continue
        # the stop that ends this turn: the first after its last word, unless the VAD had
        # already stopped before it and what stops next is a later start (then the turn
        # ended early: not an end latency)
        stops = [t for t, e in events if e < 0 and t >= b]
        if stops and not any(b < t < stops[0] for t in starts):
            end_lat.append(stops[0] - b)
    return TurnCount(fs, busy, missed, caught_busy, split, lat, end_lat)


def score(
    rec: Recording,
    events: Events,
    guard_before: float = GUARD_BEFORE_S,
    guard_after: float = GUARD_AFTER_S,
) -> TuneScore:
    """False starts, noise-only minutes, missed turns and start latencies of one recording."""
    rate = 100
    mask = turns_mask(rec.turns, rec.duration_s, rate, guard_before, guard_after)
    c = count_turns(rec.turns, events, mask, rate, guard_before)
    return TuneScore(
        len(c.false_starts),
        float(mask.sum()) / rate / 60.0,
        len(rec.turns),
        c.missed,
        c.start_latencies,
        c.split,
        c.end_latencies,
        c.caught_busy,
    )


@dataclass
class Judged:
    """A candidate the machine judged: started (on a caller turn, or a false start) or
    rejected, at ``t`` seconds, with the level it reached and the gate it faced."""

    t: float
    kind: str  # "start", "false start" or "reject"
    level_db: float | None
    gate_db: float | None


@dataclass
class Trace:
    """A recording replayed window by window (:func:`trace`): what a timeline of it shows."""

    t: np.ndarray
    """Each window's event time (s): the end of the 20 ms chunk that carried its end."""
    level_db: np.ndarray
    prob: np.ndarray
    bot: np.ndarray
    """The bot spoke (its planned speech, cut where a barge-in was confirmed)."""
    in_turn: np.ndarray
    """The VAD was in a caller turn after the window."""
    ambient_db: np.ndarray
    """What the machine had learned after each window (NaN while it knew nothing): the whole
    ambient's level, the background talk's, the caller's; and the speech weight."""
    talk_db: np.ndarray
    caller_db: np.ndarray
    speech_weight: np.ndarray
    judged: list[Judged]
    missed: list[int]
    """The indices of the missed labelled turns (scored as :func:`score` scores)."""

    @property
    def false_starts(self) -> int:
        return sum(j.kind == "false start" for j in self.judged)


def trace(
    rec: Recording,
    params: NoiseRobustVADParams | None = None,
    guard_before: float = GUARD_BEFORE_S,
    guard_after: float = GUARD_AFTER_S,
) -> Trace:
    """Replay ``rec`` keeping, per window, what the machine knew and decided; starts and
    turns are scored as :func:`score` scores them."""
    n = len(rec.probs)
    learned = np.full((4, n), np.nan)  # ambient, talk, caller (dBFS), speech weight
    bot = np.zeros(n, dtype=bool)
    in_turn = np.zeros(n, dtype=bool)
    judged: list[tuple[int, Decision]] = []

    def watch(k: int, d: Decision, m: VADStateMachine, speaking: bool) -> None:
        bot[k] = speaking
        in_turn[k] = d.phase in (Phase.SPEAKING, Phase.STOPPING)
        for row, value in enumerate(
            (m.ambient_level_db, m.background_speech_level_db, m.caller_level_db)
        ):
            if value is not None:
                learned[row, k] = value
        learned[3, k] = m.ambient.speech_weight()
        if d.event in (Event.START, Event.REJECT):
            judged.append((k, d))

    events = replay(rec, params, watch)
    mask = turns_mask(rec.turns, rec.duration_s, 100, guard_before, guard_after)
    counted = count_turns(rec.turns, events, mask, 100, guard_before)
    false = set(counted.false_starts)
    win_s = WINDOW_MS / 1000.0
    t = np.array([chunk_end((k + 1) * win_s) for k in range(n)])
    shown = []
    for k, d in judged:
        kind = "reject" if d.event is Event.REJECT else "start"
        if kind == "start" and float(t[k]) in false:
            kind = "false start"
        shown.append(Judged(float(t[k]), kind, d.level_db, d.gate_db))
    return Trace(
        t,
        np.asarray(rec.levels_db, dtype=float),
        np.asarray(rec.probs, dtype=float),
        bot,
        in_turn,
        learned[0],
        learned[1],
        learned[2],
        learned[3],
        shown,
        counted.missed_turns,
    )


def grid_configs(grid: Mapping[str, Sequence[float]]) -> list[dict[str, float]]:
    """The cartesian product of a parameter grid, as ``with_changes`` keyword dicts."""
    for name in grid:
        if name not in NoiseRobustVADParams.__dataclass_fields__:
            raise ValueError(f"unknown NoiseRobustVADParams field {name!r}")
    names = list(grid)
    return [dict(zip(names, combo, strict=True)) for combo in itertools.product(*grid.values())]


def sweep(
    recordings: Sequence[Recording],
    configs: Iterable[Mapping[str, float]],
    base: NoiseRobustVADParams | None = None,
) -> list[tuple[dict[str, float], TuneScore]]:
    """Score every config (changes to ``base``) over all recordings."""
    base = base or NoiseRobustVADParams()
    rows = []
    for cfg in configs:
        p = base.with_changes(**cfg)
        total = TuneScore()
        for rec in recordings:
            total = total.add(score(rec, replay(rec, p)))
        rows.append((dict(cfg), total))
    return rows


_Stray = tuple[int, tuple[float, ...], tuple[float, ...]]


def _off_defaults(cfg: Mapping[str, float], defaults: NoiseRobustVADParams) -> _Stray:
    """How far ``cfg`` strays from ``defaults``: how many fields it changes, then by how much
    (field by field, in name order), then its values: a total order, so the last tie-break
    never depends on the order the grid was typed in."""
    names = sorted(cfg)
    dist = tuple(abs(cfg[n] - getattr(defaults, n)) for n in names)
    return sum(d > 0 for d in dist), dist, tuple(cfg[n] for n in names)


def within_budget(score: TuneScore, max_missed_pct: float) -> bool:
    """Whether ``score`` misses at most ``max_missed_pct`` of its labelled turns (exactly, not
    as a rounded percentage shows it): the rule :func:`recommend` chooses by, for a table to
    mark the rows it left out."""
    return score.missed_pct <= max_missed_pct


def recommend(
    rows: Sequence[tuple[dict[str, float], TuneScore]],
    max_missed_pct: float = 3.0,
    base: NoiseRobustVADParams | None = None,
) -> tuple[dict[str, float], TuneScore]:
    """The config with the fewest false starts among those missing at most ``max_missed_pct``
    of the labelled turns. Ties: fewer misses, then fewer split turns, then the lower start p50
    + end p50 latency, then the config closest to ``base`` (the pack's defaults; the configs
    are changes to it, as :func:`sweep` takes them). So a setting that splits more turns is
    never taken for speed alone, a value the grid lists never replaces the default without a
    measured gain, and the order the grid lists its values in never decides. Without labelled
    turns every config qualifies and only false starts count. When none qualifies, the one
    that misses fewest (ties: fewer false starts, then as above) — not the strictest, which
    would miss most."""
    if not rows:
        raise ValueError("no configurations to choose from")
    defaults = base or NoiseRobustVADParams()

    def after_misses(r: tuple[dict[str, float], TuneScore]) -> tuple[int, float, _Stray]:
        s = r[1]
        latency = s.start_p50_ms + s.end_ms(50)  # NaN without detected turns
        return s.split, latency if latency == latency else math.inf, _off_defaults(r[0], defaults)

    ok = [r for r in rows if within_budget(r[1], max_missed_pct)]
    if ok:
        return min(ok, key=lambda r: (r[1].false_starts, r[1].missed, *after_misses(r)))
    return min(rows, key=lambda r: (r[1].missed, r[1].false_starts, *after_misses(r)))
