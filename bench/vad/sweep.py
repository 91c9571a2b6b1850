"""Fast tuning loop for ``ours``: cache Silero per cell once, then sweep state-machine params.

Silero's probabilities don't depend on the state machine's parameters, except through the model
resets (``ModelResetPolicy`` resets only while the VAD is quiet). The cache is computed with the
reset policy treating every window as quiet, so a sweep approximates
``python -m bench.vad --vads ours``: misses and latencies match, false starts can differ by
several in a noisy cell (tv_5dB of the tuning corpus at the defaults: 12 in the sweep, 9 in
the full bench). There is no built-in check: run both on a cell (``--cells tv_5dB``) to
compare. Final numbers always come from the full bench.

Run:
  .venv/bin/python -m bench.vad.sweep --cells tv_10dB,tv_5dB --set floor_margin_db=3.5
  .venv/bin/python -m bench.vad.sweep --grid floor_margin_db=3,3.5,4 --grid quick_margin_db=2,3

The cache lives next to the corpus (``<corpus>/probs/<cell>.npz``, and the voice cue's
per-window spectral shapes in ``<cell>.shapes.npy``; git-ignored).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from bench.vad.corpus import OUT, Call, Corpus, built_cells, chosen_cells, load_corpus
from bench.vad.run import (
    WIN,
    WIN_S,
    BotTurns,
    Events,
    Score,
    _planned_bot,
    guards,
    param_overrides,
    parse_assignment,
    score_events,
)

if TYPE_CHECKING:
    from pipecat_rt_best.noise_robust_vad.speaker_embedding import WindowEmbedder
    from pipecat_rt_best.noise_robust_vad.state_machine import Decision, VADStateMachine
    from pipecat_rt_best.noise_robust_vad.tuning import Recording

ROUND1_CELLS = (
    "clean",
    "babble_10dB",
    "babble_5dB",
    "tv_20dB",
    "tv_10dB",
    "tv_5dB",
    "music_5dB",
    "music_0dB",
    "ambience_10dB",
    "ambience_5dB",
    "ambience_0dB",
    "keyboard_0dB",
    "pink_0dB",
)
"""The default cells on a round-1 corpus (which has more cells than a sweep needs); other
corpora sweep every cell they have."""


def corpus_cells(root: Path) -> list[str]:
    """The cells a sweep of ``root`` runs by default."""
    have = built_cells(root)
    if all(c in have for c in ROUND1_CELLS):
        return list(ROUND1_CELLS)
    return have


def cache_path(root: Path, cell: str) -> Path:
    return root / "probs" / f"{cell}.npz"


def compute_cache(root: Path, cell: str, reset_interval_s: float = 2.0) -> Path:
    from pipecat_rt_best.noise_robust_vad.silero_model import SileroModel
    from pipecat_rt_best.noise_robust_vad.state_machine import ModelResetPolicy

    path = cache_path(root, cell)
    if path.exists() and path.stat().st_mtime >= (root / f"{cell}.npy").stat().st_mtime:
        return path
    corpus = load_corpus(root)
    audio = corpus.cell_audio(cell)
    b = len(audio)
    n = min(len(x) for x in audio) // WIN
    x = np.stack([a[: n * WIN] for a in audio]).astype(np.float32) / 32768.0
    x = x.reshape(b, n, WIN)
    levels = 10 * np.log10(np.mean(np.square(x, dtype=np.float64), axis=2) + 1e-12)
    model = SileroModel(sample_rate=8000, batch_size=b)
    policies = [ModelResetPolicy(round(reset_interval_s / WIN_S)) for _ in range(b)]
    probs = np.zeros((b, n), dtype=np.float32)
    for k in range(n):
        pr = model.step(x[:, k, :])
        probs[:, k] = pr
        for i in range(b):
            if policies[i].update(float(pr[i]), quiet=True):
                model.reset(i)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, probs=probs, levels=levels)
    return path


def _cached_windows(
    root: Path, cell: str, name: str, compute: Callable[[np.ndarray], np.ndarray]
) -> Path:
    """``compute`` over a cell's windows (calls × windows × samples), cached next to the
    probabilities as ``<cell>.<name>.npy`` until the cell's audio changes."""
    path = root / "probs" / f"{cell}.{name}.npy"
    if path.exists() and path.stat().st_mtime >= (root / f"{cell}.npy").stat().st_mtime:
        return path
    audio = load_corpus(root).cell_audio(cell)
    n = min(len(x) for x in audio) // WIN
    x = np.stack([a[: n * WIN] for a in audio]).astype(np.float32) / 32768.0
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(path, compute(x.reshape(len(audio), n, WIN)).astype(np.float32))
    return path


def compute_shapes(root: Path, cell: str) -> Path:
    """Per-window spectral shapes (the voice cue's input), cached like the probabilities."""
    from pipecat_rt_best.noise_robust_vad.voice_profile import spectral_shape

    return _cached_windows(root, cell, "shapes", spectral_shape)


def compute_clarity(root: Path, cell: str) -> Path:
    """Per-window clarity (LPC-residual kurtosis, the distance cue's input), cached too."""
    from pipecat_rt_best.noise_robust_vad.clarity import residual_kurtosis

    return _cached_windows(root, cell, "clarity", residual_kurtosis)


def speaker_caches(root: Path, cell: str, calls: int) -> list[dict[tuple[int, int], np.ndarray]]:
    """Per call, the voice embeddings of window spans computed in earlier runs of this cell
    (``<cell>.speaker.npz``; the speaker cue asks for spans that depend on its decisions, so
    they are memoised as asked rather than computed ahead)."""
    out: list[dict[tuple[int, int], np.ndarray]] = [{} for _ in range(calls)]
    path = root / "probs" / f"{cell}.speaker.npz"
    if path.exists() and path.stat().st_mtime >= (root / f"{cell}.npy").stat().st_mtime:
        with np.load(path) as z:
            for key in z.files:
                i, a, b = (int(v) for v in key.split("_"))
                if i < calls:
                    out[i][(a, b)] = z[key]
    return out


def save_speaker_caches(
    root: Path, cell: str, caches: list[dict[tuple[int, int], np.ndarray]]
) -> None:
    """Merge new embeddings into the cell's file (atomically: parallel jobs may race, and a
    lost entry is only computed again)."""
    merged = speaker_caches(root, cell, len(caches))
    if all(c.keys() <= m.keys() for c, m in zip(caches, merged, strict=True)):
        return
    arrays = {
        f"{i}_{a}_{b}": e
        for i, (old, new) in enumerate(zip(merged, caches, strict=True))
        for (a, b), e in {**old, **new}.items()
    }
    path = root / "probs" / f"{cell}.speaker.npz"
    tmp = path.with_suffix(f".{os.getpid()}.tmp.npz")
    np.savez(tmp, **arrays)
    os.replace(tmp, path)


def embedders(root: Path, cell: str, corpus: Corpus, calls: int) -> list[WindowEmbedder]:
    """One memoising voice embedder per call of the cell (the speaker cue's input)."""
    from pipecat_rt_best.noise_robust_vad.speaker_embedding import WindowEmbedder

    audio = corpus.cell_audio(cell)
    caches = speaker_caches(root, cell, calls)
    return [
        WindowEmbedder.over(audio[i].astype(np.float32) / 32768.0, WIN, cache=caches[i])
        for i in range(calls)
    ]


def load_cached(
    root: Path, cell: str, shapes: bool = True, clarity: bool = True
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, np.ndarray | None]:
    """A cell's cached Silero probabilities and window levels (calls × windows), and its
    spectral shapes and clarity values (each None when not asked for): everything the state
    machine takes per window, computed first if the cache is stale."""
    data = np.load(compute_cache(root, cell))
    shape = np.load(compute_shapes(root, cell)).astype(np.float64) if shapes else None
    clar = np.load(compute_clarity(root, cell)).astype(np.float64) if clarity else None
    return data["probs"].astype(float), data["levels"], shape, clar


@dataclass
class CachedCall:
    """One call of a cached cell, for replaying window by window through a fresh state
    machine as the bench runs it: the bot's planned turns, cut where a barge-in is confirmed.
    Read the machine's state between :meth:`step` calls."""

    index: int
    call: Call
    machine: VADStateMachine
    probs: np.ndarray
    levels: np.ndarray
    shapes: np.ndarray | None
    clarity: np.ndarray | None
    bots: BotTurns
    bot: bool = False
    """Whether the bot spoke in the window last stepped."""

    def step(self, k: int) -> Decision:
        """Window ``k``: the bot's state, the machine's decision, the barge-in cut."""
        from pipecat_rt_best.noise_robust_vad.state_machine import Event

        self.bot = self.bots.speaking(k)
        self.machine.set_bot_speaking(self.bot)
        d = self.machine.step(
            self.probs[k],
            self.levels[k],
            None if self.shapes is None else self.shapes[k],
            None if self.clarity is None else self.clarity[k],
        )
        if d.event is Event.START and self.bot:
            self.bots.barge_in(k)
        return d

    def recording(self) -> Recording:
        """This call as ``tune-vad`` sees a recording (``run_cached`` replays the same way):
        for :func:`.tuning.trace` and the time line of ``bench.vad.timeline``."""
        from pipecat_rt_best.noise_robust_vad.tuning import Recording

        return Recording(
            f"call {self.index}",
            self.probs,
            self.levels,
            [(u.onset, u.offset) for u in self.call.turns],
            bot=_planned_bot(self.call, len(self.probs)),
            shapes=self.shapes,
            clarity=self.clarity,
            embedder=self.machine.embedder,
        )


def cached_calls(
    root: Path,
    cell: str,
    params: dict[str, float],
    corpus: Corpus | None = None,
    only_call: int | None = None,
) -> Iterator[CachedCall]:
    """Each call of a cached cell (or only ``only_call``) with a fresh state machine."""
    from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams
    from pipecat_rt_best.noise_robust_vad.state_machine import VADStateMachine

    corpus = corpus or load_corpus(root)
    probs, levels, shapes, clarity = load_cached(root, cell)
    p = NoiseRobustVADParams(**params)
    n = probs.shape[1]
    embs = embedders(root, cell, corpus, probs.shape[0]) if p.uses_speaker else None
    for i, call in enumerate(corpus.calls[: probs.shape[0]]):
        if only_call is None or i == only_call:
            yield CachedCall(
                i,
                call,
                VADStateMachine(p, None if embs is None else embs[i]),
                probs[i],
                levels[i],
                None if shapes is None else shapes[i],
                None if clarity is None else clarity[i],
                BotTurns(call, n),
            )


def run_cached(root: Path, cell: str, params: dict[str, float]) -> list[Events]:
    """The ``run_ours`` loop over cached probabilities (no model)."""
    from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams
    from pipecat_rt_best.noise_robust_vad.tuning import Recording, replay

    p = NoiseRobustVADParams(**params)
    probs, levels, shapes, clarity = load_cached(
        root, cell, shapes=p.voice_bonus_db > 0, clarity=p.uses_clarity
    )
    corpus = load_corpus(root)
    calls = corpus.calls
    b, n = probs.shape
    embs = embedders(root, cell, corpus, b) if p.uses_speaker else None
    events = [
        replay(
            Recording(
                f"{cell}/{i}",
                probs[i],
                levels[i],
                bot=_planned_bot(calls[i], n),
                shapes=None if shapes is None else shapes[i],
                clarity=None if clarity is None else clarity[i],
                embedder=None if embs is None else embs[i],
            ),
            p,
        )
        for i in range(b)
    ]
    if embs is not None:
        save_speaker_caches(root, cell, [e.cache or {} for e in embs])
    return events


def _job(args: tuple[Path, str, dict[str, float]]) -> tuple[str, Score]:
    root, cell, params = args
    corpus = load_corpus(root)
    return cell, score_events(corpus.calls, run_cached(root, cell, params), *guards(corpus.meta))


def sweep(
    root: Path, cells: Sequence[str], configs: Sequence[dict[str, float]], jobs: int = 2
) -> list[dict[str, Score]]:
    from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(compute_cache, [root] * len(cells), cells))
        list(pool.map(compute_shapes, [root] * len(cells), cells))
        # (the distance cue is on by default: an empty config wants clarity too)
        if any(NoiseRobustVADParams(**c).uses_clarity for c in configs):
            list(pool.map(compute_clarity, [root] * len(cells), cells))
        tasks = [(root, c, cfg) for cfg in configs for c in cells]
        res = list(pool.map(_job, tasks))
    out: list[dict[str, Score]] = []
    for j in range(len(configs)):
        out.append(dict(res[j * len(cells) : (j + 1) * len(cells)]))
    return out


def _row(cfg: dict[str, Any], scores: dict[str, Score]) -> str:
    cells = " ".join(
        f"{c}={s.fs_per_min:.2f}(bot {s.false_starts_bot})/{s.missed_pct:.1f}%/{s.start_ms(50):.0f}"
        f"/{s.locked_out}"
        f"|end {s.end_ms(50):.0f}/{s.end_ms(90):.0f}/split {s.split_pct:.1f}%"
        for c, s in scores.items()
    )
    return f"{cfg} :: {cells}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.vad.sweep",
        description="sweep ours' state-machine params on cached Silero",
    )
    ap.add_argument("--root", type=Path, default=OUT)
    ap.add_argument("--cells", help="comma-separated; default: the corpus's cells")
    ap.add_argument("--set", action="append", default=[], help="fixed override k=v")
    ap.add_argument("--grid", action="append", default=[], help="k=v1,v2,... (cartesian)")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    cells = chosen_cells(ap, args.root, args.cells, default=corpus_cells)
    from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams
    from pipecat_rt_best.noise_robust_vad.tuning import grid_configs

    grid = {k: (v,) for k, v in param_overrides(ap, args.set).items()}
    for kv in args.grid:
        key, values = parse_assignment(ap, kv, "--grid")
        if key in grid:  # a later --grid (or one after --set) replaced it without a word
            both = ",".join(f"{v:g}" for v in (*grid[key], *values))
            ap.error(f"{key} given twice (--set/--grid): list its values once, --grid {key}={both}")
        grid[key] = values
    try:
        configs = grid_configs(grid)
    except ValueError as e:
        ap.error(f"{e}: expected k=v with k a NoiseRobustVADParams field")
    for cfg in configs:
        try:
            NoiseRobustVADParams().with_changes(**cfg)
        except ValueError as e:
            ap.error(f"{cfg}: {e}")
    for cfg, scores in zip(configs, sweep(args.root, cells, configs, args.jobs), strict=True):
        print(
            "cell=FS per min(false starts while the bot talks)/missed %/start p50 ms"
            "/locked-out calls|end p50/p90 ms/split %"
        )
        print(_row(cfg, scores), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
