"""Where a start's latency goes, per cell: Silero's rise vs the state machine's windows and gates.

For every caller turn (answers and barge-ins reported apart), on cached Silero like
``bench.vad.sweep``:

* ``rise``: onset → end of the first window scored ≥ ``--conf`` (Silero's rise to pipecat's
  confidence, 0.7);
* ``pipecat rule``: onset → end of the first run of 6 consecutive windows ≥ ``--conf`` (pipecat's
  ``start_secs`` 0.2 s at 32 ms windows; its volume gate is ignored, so this is a lower bound);
* ``ours``: onset → our START, with the speech weight at the start (0 = established non-speech
  ambient) and how far the candidate's level was above the ambient.

Run:
  .venv/bin/python -m bench.vad.latency --root bench/.corpus/vad_tune --cells clean,music_10dB
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from bench.vad.corpus import chosen_cells
from bench.vad.run import WIN_S, chunk_end, param_overrides
from bench.vad.sweep import cached_calls


def _first_run(probs: np.ndarray, k0: int, k1: int, conf: float, run: int) -> int | None:
    """End window of the first run of ``run`` windows ≥ ``conf`` starting in [k0, k1)."""
    count = 0
    for k in range(k0, min(k1, len(probs))):
        count = count + 1 if probs[k] >= conf else 0
        if count >= run:
            return k
    return None


def measure(
    root: Path, cell: str, params: dict[str, float], conf: float = 0.7
) -> dict[str, list[tuple[float, ...]]]:
    """Per turn kind ("answer", "barge-in"): (rise, pipecat rule, ours, weight, level − ambient)
    in seconds / dB; NaN where the event never happened inside the turn."""
    from pipecat_rt_best.noise_robust_vad.state_machine import Event

    out: dict[str, list[tuple[float, ...]]] = {"answer": [], "barge-in": []}
    for cc in cached_calls(root, cell, params):
        call, m = cc.call, cc.machine
        starts: list[tuple[float, float, float]] = []
        for k in range(len(cc.probs)):
            weight = m.ambient.speech_weight()
            ambient = m.ambient_level_db
            d = cc.step(k)
            if d.event is Event.START:
                margin = (d.level_db or 0.0) - (ambient if ambient is not None else 0.0)
                starts.append((chunk_end((k + 1) * WIN_S), weight, margin))
        for turn in call.turns:
            k0 = max(0, int((turn.onset - 0.1) / WIN_S))
            k1 = int(turn.offset / WIN_S) + 1
            nan = float("nan")
            kr = _first_run(cc.probs, k0, k1, conf, 1)
            kp = _first_run(cc.probs, k0, k1, conf, 6)
            rise = nan if kr is None else (kr + 1) * WIN_S - turn.onset
            rule = nan if kp is None else (kp + 1) * WIN_S - turn.onset
            hit = [s for s in starts if turn.onset - 0.1 <= s[0] <= turn.offset]
            ours, w, margin = (hit[0][0] - turn.onset, hit[0][1], hit[0][2]) if hit else (nan,) * 3
            out["barge-in" if turn.barge_in else "answer"].append((rise, rule, ours, w, margin))
    return out


def _p50(xs: list[float]) -> float:
    a = np.array([x for x in xs if np.isfinite(x)])
    return float(np.median(a)) * 1000.0 if len(a) else float("nan")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="split start latency into Silero's rise and the gates")
    ap.add_argument("--root", type=Path, required=True)
    ap.add_argument("--cells", required=True)
    ap.add_argument("--set", action="append", default=[], help="param override k=v")
    ap.add_argument("--conf", type=float, default=0.7)
    args = ap.parse_args(argv)
    params = param_overrides(ap, args.set)
    print(
        "cell kind n | p50 ms: rise≥conf, pipecat rule (6×≥conf), ours | ours at weight<0.5 "
        "(n, p50) | ours−rule p50 | level−ambient p50 dB"
    )
    for cell in chosen_cells(ap, args.root, args.cells):
        try:
            res = measure(args.root, cell, params, args.conf)
        except (TypeError, ValueError) as e:  # an unknown or invalid parameter in --set
            ap.error(f"--set: {e}")
        for kind, rows in res.items():
            if not rows:
                continue
            rise, rule, ours, w, margin = (list(c) for c in zip(*rows, strict=True))
            ns = [o for o, ww in zip(ours, w, strict=True) if np.isfinite(o) and ww < 0.5]
            diff = [o - r for o, r in zip(ours, rule, strict=True)]
            print(
                f"{cell} {kind} {len(rows)} | {_p50(rise):.0f}, {_p50(rule):.0f}, {_p50(ours):.0f}"
                f" | {len(ns)}, {_p50(ns):.0f} | {_p50(diff):.0f} | {_p50(margin) / 1000:.1f}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
