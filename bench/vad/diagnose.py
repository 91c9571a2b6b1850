"""Explain ``ours`` on one cell, call by call: every false start (with the time since the
previous stop, to see chatter) and every missed turn (with the level the candidate reached and
the gate it had to clear, the learned caller level and the background-talk estimate).

Run (cached Silero, like ``bench.vad.sweep``):
  .venv/bin/python -m bench.vad.diagnose --root bench/.corpus/vad_tune --cell tv_5dB
  .venv/bin/python -m bench.vad.diagnose --root bench/.corpus/vad_tune --cell tv_5dB --set floor_margin_db=4
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from bench.vad.corpus import load_corpus, noise_only_mask
from bench.vad.run import WIN_S, _chunk_end, _planned_bot, guards
from bench.vad.sweep import compute_cache, compute_shapes


def explain(root: Path, cell: str, params: dict[str, float], only_call: int | None = None) -> None:
    from pipecat_rt_best.noise_robust_vad.state_machine import (
        Event,
        NoiseRobustVADParams,
        Phase,
        VADStateMachine,
    )

    corpus = load_corpus(root)
    before, after = guards(corpus.meta)
    info = corpus.meta.get("call_info", [{} for _ in corpus.calls])
    data = np.load(compute_cache(root, cell))
    probs, levels = data["probs"].astype(float), data["levels"]
    shapes = np.load(compute_shapes(root, cell)).astype(np.float64)
    p = NoiseRobustVADParams(**params)
    b, n = probs.shape
    for i in range(b):
        if only_call is not None and i != only_call:
            continue
        call = corpus.calls[i]
        m = VADStateMachine(p)
        planned = _planned_bot(call, n)
        interval_id = np.cumsum(np.diff(np.concatenate(([0], planned.astype(np.int8)))) > 0)
        cut = -1
        log: list[tuple] = []
        busy = np.zeros(n, dtype=bool)  # in a turn after this window (the scorer's "busy")
        for k in range(n):
            bot = bool(planned[k]) and cut != interval_id[k]
            m.set_bot_speaking(bot)
            d = m.step(probs[i, k], levels[i, k], shapes[i, k])
            busy[k] = d.phase in (Phase.SPEAKING, Phase.STOPPING)
            t = _chunk_end((k + 1) * WIN_S)
            if d.event in (Event.START, Event.STOP, Event.REJECT):
                log.append(
                    (
                        t,
                        d.event.name,
                        d.level_db,
                        d.gate_db,
                        m.caller_level_db,
                        m.background_speech_level_db,
                        bot,
                        m.ambient_speechiness,
                        m.ambient_level_db,
                    )
                )
                if d.event is Event.START and bot:
                    cut = int(interval_id[k])
        mask = noise_only_mask(call, 100, before, after)
        ci = info[i] if i < len(info) else {}
        print(
            f"\n# call {i} caller={call.caller} level={call.level_db:.1f} "
            + " ".join(f"{k}={v}" for k, v in ci.items() if k not in ("caller", "level_db"))
        )
        last_stop = None
        for t, ev, lv, gate, cdb, bdb, bot, sp, amb in log:
            if ev == "STOP":
                last_stop = t
                continue
            fs = ev == "START" and mask[min(len(mask) - 1, int(t * 100))]
            if ev == "START" and not fs:
                continue
            since = f"{t - last_stop:5.2f}s after stop" if last_stop is not None else ""
            tag = "FALSE START" if fs else "reject"
            near = [
                u
                for u in call.turns
                if u.onset - before <= t <= u.offset + after
                or (fs is False and u.onset - 1 <= t <= u.offset)
            ]
            if tag == "reject" and not near:
                continue
            lvl = f"level {lv:6.1f} gate {gate:6.1f}" if lv is not None and gate is not None else ""
            print(
                f"  {t:6.2f} {tag:11s} {lvl} caller {cdb if cdb is None else round(cdb, 1)} "
                f"talk {bdb if bdb is None else round(bdb, 1)} amb {amb if amb is None else round(amb, 1)} "
                f"sp {sp:.2f} bot={int(bot)} {since}"
            )
        starts = [t for t, ev, *_ in log if ev == "START"]
        for u in call.turns:
            if not any(u.onset - before <= s <= u.offset for s in starts):
                # the scorer does not count a turn that begins while the VAD is in a turn
                tag = "busy (not a miss)" if busy[min(n - 1, int(u.onset / WIN_S))] else "MISSED"
                print(
                    f"  {tag} turn {u.onset:6.2f}-{u.offset:6.2f} level {u.level_db:.1f} "
                    f"barge_in={u.barge_in}"
                )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="explain ours' false starts and misses on one cell")
    ap.add_argument("--root", type=Path, required=True)
    ap.add_argument("--cell", required=True)
    ap.add_argument("--call", type=int, default=None)
    ap.add_argument("--set", action="append", default=[], help="param override k=v")
    args = ap.parse_args(argv)
    params = {k: float(v) for k, v in (kv.split("=", 1) for kv in args.set)}
    explain(args.root, args.cell, params, args.call)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
