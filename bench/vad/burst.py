"""A burst of loud noise on a clean line: does the caller get locked out? (session 24's review
finding; ``reject_talk_min_weight``, and since session 30 ``ambient_fall_ms``).

A clean single-caller call built from the corpus's own caller source (asterisk's en_US Allison
prompts, six turns at -20 dBFS RMS, 1.5-3 s apart, the line 20 dB under), played three times
(18 turns), with a burst of white noise added: none, 1 s at -10 dBFS at pick-up, 1 s at -5 dBFS
at pick-up under the bot's 2 s greeting, 5 s at -5 dBFS after the first six turns. Each call goes
through pipecat's ``SileroVADAnalyzer`` and this pack's analyzer as pipecat drives them (20 ms
chunks, the bot's speaking state told to the pack's), the pack's at its defaults and with each
of the two rules off: a turn the burst's floor rejected is not background talk
(``reject_talk_min_weight=0``: off), and the ambient falls to the line once it is quiet again
(``ambient_fall_ms=0``: off); both off is the code before session 24. A turn counts as found
when a start falls in [onset - 0.1 s, offset + 0.5 s].

Run:  .venv/bin/python -m bench.vad.burst      (~40 s; needs the corpus sources:
      .venv/bin/python -m bench.vad.corpus_split fetches them)
      -> bench/vad/results/burst/results.md
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from tqdm import tqdm

from bench import provenance
from bench.vad.corpus import RATE
from bench.vad.run import CHUNK, RESULTS, new_pipecat_analyzer, pipecat_events
from pipecat_rt_best.noise_robust_vad.baseline import Edges
from pipecat_rt_best.noise_robust_vad.tuning import Events

OUT = RESULTS / "burst"
PROMPTS = Path(
    "bench/.corpus/src/asterisk-core-sounds-en-wav/usr/share/asterisk/sounds/en_US_f_Allison"
)
TURN_DBFS, LINE_DB_UNDER = -20.0, 20.0


def _call(seed: int = 8000) -> tuple[np.ndarray, list[tuple[float, float]]]:
    """Six prompts at ``TURN_DBFS`` with gaps on a line ``LINE_DB_UNDER`` under, float32."""
    import soundfile as sf
    import soxr

    rng = np.random.default_rng(seed)
    files = sorted(PROMPTS.glob("*.wav"))
    parts, turns, t = [np.zeros(int(2.5 * RATE), np.float32)], [], 2.5
    for _ in range(6):
        x, sr = sf.read(files[int(rng.integers(len(files)))], dtype="float32")
        x = x.mean(axis=1) if x.ndim > 1 else x
        x = soxr.resample(x, sr, RATE) if sr != RATE else x
        x = x / (np.sqrt(np.mean(x**2)) + 1e-9) * 10 ** (TURN_DBFS / 20)
        turns.append((t, t + len(x) / RATE))
        gap = np.zeros(int(rng.uniform(1.5, 3.0) * RATE), np.float32)
        parts += [x.astype(np.float32), gap]
        t += (len(x) + len(gap)) / RATE
    y = np.concatenate(parts)
    line = 10 ** ((TURN_DBFS - LINE_DB_UNDER) / 20)
    return y + rng.normal(0, line, y.size).astype(np.float32), turns


def _noise(dbfs: float, seconds: float, rng: np.random.Generator) -> np.ndarray:
    return rng.normal(0, 10 ** (dbfs / 20), int(RATE * seconds)).astype(np.float32)


def cases() -> dict[str, tuple[np.ndarray, list[tuple[float, float]], float]]:
    """{name: (PCM16 call, labelled turns, seconds of bot greeting at the start)}."""
    x, turns = _call()
    rng = np.random.default_rng(0)
    period = len(x) / RATE

    def thrice(before: np.ndarray, middle: np.ndarray | None = None) -> tuple:
        parts = [before, x, *([middle] if middle is not None else []), x, x]
        offsets = [len(before) / RATE + k * period for k in range(3)]
        if middle is not None:
            offsets[1:] = [o + len(middle) / RATE for o in offsets[1:]]
        pcm = np.clip(np.concatenate(parts) * 32768, -32768, 32767).astype(np.int16)
        return pcm, [(a + o, b + o) for o in offsets for a, b in turns]

    none = np.zeros(0, np.float32)
    return {
        "no burst": (*thrice(none), 0.0),
        "1 s at -10 dBFS at pick-up": (*thrice(_noise(-10, 1, rng)), 0.0),
        "1 s at -5 dBFS at pick-up, under a 2 s greeting": (*thrice(_noise(-5, 1, rng)), 2.0),
        "5 s at -5 dBFS after six turns": (*thrice(none, _noise(-5, 5, rng)), 0.0),
    }


def ours_events(pcm: np.ndarray, bot_until: float, **changes: float) -> Events:
    from pipecat_rt_best.noise_robust_vad import NoiseRobustVADAnalyzer, NoiseRobustVADParams

    params = NoiseRobustVADParams(**changes)
    vad = NoiseRobustVADAnalyzer(sample_rate=RATE, params=params)
    vad.set_sample_rate(RATE)
    data, edges = pcm.tobytes(), Edges()
    for i in range(0, len(pcm) - CHUNK + 1, CHUNK):
        t = round((i + CHUNK) / RATE, 6)
        vad.set_bot_speaking(t <= bot_until)
        edges.feed(vad.process(data[2 * i : 2 * (i + CHUNK)]), t)
    return edges.events


def found(events: Events, turns: list[tuple[float, float]]) -> int:
    starts = [t for t, kind in events if kind > 0]
    return sum(any(a - 0.1 <= s <= b + 0.5 for s in starts) for a, b in turns)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.vad.burst", description=__doc__)
    ap.add_argument("--out", type=Path, default=OUT, help=f"results folder (default {OUT})")
    args = ap.parse_args(argv)
    if not PROMPTS.is_dir():
        print(f"no {PROMPTS}: run .venv/bin/python -m bench.vad.corpus_split", file=sys.stderr)
        return 2
    rows = []
    for name, (pcm, turns, bot) in tqdm(cases().items(), desc="calls", unit="call"):
        pipecat = found(pipecat_events(new_pipecat_analyzer({}), pcm), turns)
        on = found(ours_events(pcm, bot), turns)
        no_rule = found(ours_events(pcm, bot, reject_talk_min_weight=0.0), turns)
        no_fall = found(ours_events(pcm, bot, ambient_fall_ms=0.0), turns)
        both = found(ours_events(pcm, bot, reject_talk_min_weight=0.0, ambient_fall_ms=0.0), turns)
        rows.append(
            f"| {name} | {len(turns)} | {pipecat} | {both} | {no_fall} | {no_rule} | **{on}** |"
        )
    table = [
        "| call | turns | pipecat `SileroVADAnalyzer` | pack, both off (before session 24) | "
        "pack, no fall (before session 30) | pack, no rejection rule | pack (default) |",
        "|---|---|---|---|---|---|---|",
        *rows,
    ]
    args.out.mkdir(parents=True, exist_ok=True)
    text = "\n".join(
        [
            "# A burst of noise on a clean line (`python -m bench.vad.burst`)",
            "",
            "Turns found (a start in [onset - 0.1 s, offset + 0.5 s]); see the module docstring.",
            "",
            *table,
            "",
            provenance.markdown(provenance.stamp("bench.vad.burst", argv)),
        ]
    )
    (args.out / "results.md").write_text(text, encoding="utf-8")
    print("\n".join(table))
    print(f"wrote {args.out / 'results.md'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
