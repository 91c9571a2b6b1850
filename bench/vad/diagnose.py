"""Explain ``ours`` on one cell, call by call: every false start (with the time since the
previous stop, to see chatter) and every missed turn (with the level the candidate reached and
the gate it had to clear, the learned caller level and the background-talk estimate).

Run (cached Silero, like ``bench.vad.sweep``):
  .venv/bin/python -m bench.vad.diagnose --root bench/.corpus/vad_tune --cell tv_5dB
  .venv/bin/python -m bench.vad.diagnose --root bench/.corpus/vad_tune --cell tv_5dB --set floor_margin_db=4
  .venv/bin/python -m bench.vad.diagnose --root bench/.corpus/vad_tune --cell tv_10dB --ends
(``--ends``: for each turn, how long after its last word the STOP came and what held it open.)
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from bench.vad.corpus import Corpus, chosen_call, load_corpus, noise_only_mask
from bench.vad.run import WIN_S, chunk_end, guards, param_overrides
from bench.vad.sweep import cached_calls


def explain(
    root: Path,
    cell: str,
    params: dict[str, float],
    only_call: int | None = None,
    corpus: Corpus | None = None,
) -> None:
    from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams
    from pipecat_rt_best.noise_robust_vad.state_machine import Event, Phase

    corpus = corpus or load_corpus(root)
    before, after = guards(corpus.meta)
    info = corpus.meta.get("call_info", [{} for _ in corpus.calls])
    padding_s = NoiseRobustVADParams(**params).prefix_padding_ms / 1000.0
    for cc in cached_calls(root, cell, params, corpus, only_call):
        i, call, m, n = cc.index, cc.call, cc.machine, len(cc.probs)
        log: list[tuple] = []
        busy = np.zeros(n, dtype=bool)  # in a turn after this window (the scorer's "busy")
        for k in range(n):
            d = cc.step(k)
            bot = cc.bot
            busy[k] = d.phase in (Phase.SPEAKING, Phase.STOPPING)
            t = chunk_end((k + 1) * WIN_S)
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
                        d.onset_windows_ago * WIN_S - padding_s,  # START: the candidate's age
                    )
                )
        mask = noise_only_mask(call, 100, before, after)
        ci = info[i] if i < len(info) else {}
        print(
            f"\n# call {i} caller={call.caller} level={call.level_db:.1f} "
            + " ".join(f"{k}={v}" for k, v in ci.items() if k not in ("caller", "level_db"))
        )
        last_stop = None
        for t, ev, lv, gate, cdb, bdb, bot, sp, amb, age in log:
            if ev == "STOP":
                last_stop = t
                continue
            fs = ev == "START" and mask[min(len(mask) - 1, int(t * 100))]
            if ev == "START" and not fs:
                continue
            since = f"{t - last_stop:5.2f}s after stop" if last_stop is not None else ""
            tag = "FALSE START" if fs else "reject"
            aged = f" (a {age:.2f}s candidate)" if fs else ""
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
                f"sp {sp:.2f} bot={int(bot)} {since}{aged}"
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


def _db(powers: list[float]) -> float:
    return float(10 * np.log10(np.mean(powers))) if powers else float("nan")


def explain_ends(
    root: Path,
    cell: str,
    params: dict[str, float],
    only_call: int | None = None,
    corpus: Corpus | None = None,
) -> list[dict]:
    """For each caller turn: how long after its labelled offset the STOP came, and what held
    the turn open after the caller's last word: the windows that kept continuing it (level
    vs the turn's level, its recent level, the background talk and the continuation gate)."""
    from pipecat_rt_best.noise_robust_vad.state_machine import Event, Phase

    rows: list[dict] = []
    for cc in cached_calls(root, cell, params, corpus, only_call):
        i, call, m, n = cc.index, cc.call, cc.machine, len(cc.probs)
        # per window: in a turn, continuing (silence count did not grow), resumed (a silence
        # count was cancelled), the turn's level and the continuation gate, the talk level
        inturn = np.zeros(n, dtype=bool)
        cont = np.zeros(n, dtype=bool)
        resumed = np.zeros(n, dtype=bool)
        turn_db = np.full(n, np.nan)
        gate_db = np.full(n, np.nan)
        talk_db = np.full(n, np.nan)
        stops: list[float] = []
        starts: list[float] = []
        for k in range(n):
            was = m.phase in (Phase.SPEAKING, Phase.STOPPING)
            silence_before = m._silence
            d = cc.step(k)
            t = chunk_end((k + 1) * WIN_S)
            if was and d.event is not Event.STOP:
                inturn[k] = True
                cont[k] = m._silence == 0 or m._silence == silence_before
                resumed[k] = silence_before > 0 and m._silence == 0
                tdb = 10 * np.log10(max(1e-30, m._turn_power_sum / max(1, m._turn_voiced)))
                turn_db[k] = tdb
                gate_db[k] = m._continue_gate(tdb)
            talk_db[k] = m.background_speech_level_db or np.nan
            if d.event is Event.START:
                starts.append(t)
            elif d.event is Event.STOP:
                stops.append(t)
        for u in call.turns:
            hit = [s for s in starts if u.onset - 0.1 <= s <= u.offset]
            after = [s for s in stops if s >= u.offset]
            if after and any(u.offset < s < after[0] for s in starts):
                after = []  # stopped before the last word; the next stop is a later turn's (as run.py)
            if not hit and not inturn[min(n - 1, int(u.onset / WIN_S))]:
                continue  # missed
            k0 = int(u.offset / WIN_S)
            k1 = int(after[0] / WIN_S) if after else n
            held = [k for k in range(k0, min(k1, n)) if inturn[k] and cont[k]]
            recent = [
                k
                for k in range(max(0, k0 - round(0.75 / WIN_S)), k0)
                if inturn[k] and cc.probs[k] >= m.params.start_threshold
            ]
            pw = 10 ** (cc.levels / 10)
            rows.append(
                {
                    "call": i,
                    "onset": u.onset,
                    "offset": u.offset,
                    "label_db": u.level_db,
                    "split": len(hit) > 1,
                    "end_ms": 1000 * (after[0] - u.offset) if after else float("nan"),
                    "held": len(held),
                    "resumes": int(resumed[k0:k1].sum()),
                    "held_db": _db([pw[k] for k in held]),
                    "held_prob": float(np.median(cc.probs[held])) if held else float("nan"),
                    "turn_db": float(turn_db[k0]) if k0 < n else float("nan"),
                    "gate_db": float(gate_db[k0]) if k0 < n else float("nan"),
                    "recent_db": _db([pw[k] for k in recent]),
                    "talk_db": float(talk_db[k0]) if k0 < n else float("nan"),
                    "caller_db": call.level_db,
                }
            )
    return rows


def print_ends(rows: list[dict]) -> None:
    print(
        "call  turn(s)         end ms split held(win) resumes  held dB  prob | turn  recent"
        "  gate  talk (dB)"
    )
    for r in rows:
        print(
            f"{r['call']:4d} {r['onset']:6.2f}-{r['offset']:6.2f} {r['end_ms']:7.0f} "
            f"{'S' if r['split'] else ' ':>5} {r['held']:9d} {r['resumes']:7d} "
            f"{r['held_db']:7.1f} {r['held_prob']:5.2f} | {r['turn_db']:5.1f} {r['recent_db']:6.1f}"
            f" {r['gate_db']:5.1f} {r['talk_db']:5.1f}"
        )
    ends = np.array([r["end_ms"] for r in rows if r["end_ms"] == r["end_ms"]])
    late = [r for r in rows if r["end_ms"] > 1000]
    print(
        f"turns {len(rows)}, end p50 {np.percentile(ends, 50):.0f} p90 "
        f"{np.percentile(ends, 90):.0f} ms, split {sum(r['split'] for r in rows)}; "
        f"{len(late)} ended > 1 s late"
    )
    if late:
        held = [r for r in late if r["held"]]
        d_turn = [r["held_db"] - r["turn_db"] for r in held]
        d_recent = [r["held_db"] - r["recent_db"] for r in held if r["recent_db"] == r["recent_db"]]
        d_talk = [r["held_db"] - r["talk_db"] for r in held if r["talk_db"] == r["talk_db"]]
        for name, xs in (("turn", d_turn), ("recent", d_recent), ("talk", d_talk)):
            if xs:
                print(
                    f"  late turns: held windows vs {name} level: median {np.median(xs):+.1f} dB "
                    f"(range {min(xs):+.1f} … {max(xs):+.1f})"
                )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="explain ours' false starts and misses on one cell")
    ap.add_argument("--root", type=Path, required=True)
    ap.add_argument("--cell", required=True)
    ap.add_argument("--call", type=int, default=None)
    ap.add_argument("--set", action="append", default=[], help="param override k=v")
    ap.add_argument(
        "--ends", action="store_true", help="explain each turn's end (what held it open)"
    )
    args = ap.parse_args(argv)
    params = param_overrides(ap, args.set)
    cell, corpus = chosen_call(ap, args.root, args.cell, args.call)
    if args.ends:
        print_ends(explain_ends(args.root, cell, params, args.call, corpus))
    else:
        explain(args.root, cell, params, args.call, corpus)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
