"""How much could the VAD gain if it knew which of its own rejections and unlearned turns
were the caller? An upper bound, from the corpus's labels (cached Silero, like
``bench.vad.sweep``).

The state machine counts two things as background talk that are sometimes the caller's own
speech: a rejected candidate's speech-like windows (they join the ambient) and the voiced
windows of a turn too short or too quiet to learn from (``unlearned_turn_talk_weight``). On a
quiet line that makes the line look like babble, and the caller's next quiet turn then faces
babble's gates. This tool replays each cell with a labels oracle that keeps the caller's share
out of that bookkeeping:

- ``rejected``: a rejected candidate that starts inside a caller turn (with the scorer's
  guards: onset − 0.1 s to offset + 0.5 s on a round-2 corpus) is withheld from the
  ambient's speech and from the background voice profile;
- ``unlearned``: an unlearned turn that starts inside a caller turn does not count as talk;
- ``both``.

It patches the machine's private methods on purpose (an oracle needs what no real cue has);
nothing outside this process changes. Run:
  .venv/bin/python -m bench.vad.bookkeeping_oracle --root bench/.corpus/vad_tune_seed7
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from bench.vad.corpus import chosen_cells, load_corpus
from bench.vad.run import WIN_S, Events, Score, chunk_end, guards, score_events
from bench.vad.sweep import cached_calls, corpus_cells

MODES = ("rejected", "unlearned", "both")


@contextmanager
def oracle(mode: str) -> Iterator[None]:
    """Patch :class:`VADStateMachine` so that a machine with a ``_caller_mask`` (bool per
    window: inside a labelled caller turn) keeps the caller's share out of the bookkeeping."""
    from pipecat_rt_best.noise_robust_vad.state_machine import VADStateMachine as V

    def caller_at(m: Any, index: int) -> bool:
        mask = getattr(m, "_caller_mask", None)
        return mask is not None and 0 <= index < len(mask) and bool(mask[index])

    saved: dict[str, Callable[..., Any]] = {
        name: getattr(V, name)
        for name in ("_learn_rejected_voice", "_dominant_turn", "_begin_turn")
    }

    def learn_rejected_voice(m: Any, c: Any) -> None:
        if mode in ("rejected", "both") and caller_at(m, c.start_index):
            m._withhold(c)
            return
        saved["_learn_rejected_voice"](m, c)

    def dominant_turn(m: Any, caller_turn_db: float, long_enough: bool) -> bool:
        if mode in ("unlearned", "both") and caller_at(m, getattr(m, "_oracle_turn", -1)):
            return True  # "the caller's quiet turn": not counted as talk
        return bool(saved["_dominant_turn"](m, caller_turn_db, long_enough))

    def begin_turn(m: Any, c: Any) -> None:
        m._oracle_turn = c.start_index
        saved["_begin_turn"](m, c)

    patched = {
        "_learn_rejected_voice": learn_rejected_voice,
        "_dominant_turn": dominant_turn,
        "_begin_turn": begin_turn,
    }
    try:
        for name, f in patched.items():
            setattr(V, name, f)
        yield
    finally:
        for name, f in saved.items():
            setattr(V, name, f)


def run_cell(root: Path, cell: str, mode: str | None) -> Score:
    """One cell replayed with the oracle ``mode`` (None: the machine as it is)."""
    from pipecat_rt_best.noise_robust_vad.state_machine import Event

    corpus = load_corpus(root)
    before, after = guards(corpus.meta)  # the scorer's: a caller turn is what it calls one
    per_call: list[Events] = []
    with oracle(mode) if mode else nullcontext():
        for cc in cached_calls(root, cell, {}, corpus):
            n = len(cc.probs)
            t = (np.arange(n) + 1) * WIN_S
            mask = np.zeros(n, dtype=bool)
            for u in cc.call.turns:
                mask |= (t >= u.onset - before) & (t <= u.offset + after)
            cc.machine._caller_mask = mask  # type: ignore[attr-defined]
            events: Events = []
            for k in range(n):
                d = cc.step(k)
                if d.event is Event.START:
                    events.append((chunk_end((k + 1) * WIN_S), 1))
                elif d.event is Event.STOP:
                    events.append((chunk_end((k + 1) * WIN_S), -1))
            per_call.append(events)
    return score_events(corpus.calls, per_call, before, after)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.vad.bookkeeping_oracle",
        description="upper bound: the caller's own speech kept out of the background-talk "
        "bookkeeping by a labels oracle",
    )
    ap.add_argument("--root", type=Path, required=True, help="a round-2 corpus folder")
    ap.add_argument("--cells", default="", help="comma-separated cells (default: all)")
    ap.add_argument("--modes", default=",".join(MODES), help=f"from {', '.join(MODES)}")
    args = ap.parse_args(argv)
    modes = [m for m in args.modes.split(",") if m]
    for m in modes:
        if m not in MODES:
            ap.error(f"unknown mode {m!r}; choose from {', '.join(MODES)}")
    cells = chosen_cells(ap, args.root, args.cells, default=corpus_cells)
    rows = [(cell, m) for cell in cells for m in [None, *modes]]
    scores = {key: run_cell(args.root, *key) for key in tqdm(rows, desc="cells × modes")}
    print("| cell | " + " | ".join(["as is", *modes]) + " |")
    print("|---" * (len(modes) + 2) + "|")
    for cell in cells:
        parts = []
        for m in [None, *modes]:
            s = scores[(cell, m)]
            parts.append(f"{s.fs_per_min:.2f} / {s.missed_pct:.1f} % / {s.locked_out}")
        print(f"| {cell} | " + " | ".join(parts) + " |")
    print("(false starts per noise-minute / missed turns / locked-out calls)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
