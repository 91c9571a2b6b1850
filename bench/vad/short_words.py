"""One-word answers: does each VAD start a turn for a short word (a digit, "oh")?

The main corpus' turns are whole prompts (≥ 0.6 s), so it cannot show what a longer minimum
speech costs for the shortest real answers. Here 22 spoken digits and "oh" (asterisk en_US
Allison and it_IT Carlo, 0.2–0.7 s; the same Debian packages as the corpus) are placed 2.5 s
apart after 4 s of ambient, at −26 dBFS ± the corpus' level spread, in quiet and in steady
noise (car = brown noise, pink) at 10 and 5 dB SNR, through the same 8 kHz μ-law path. The bot
is silent (these are replies). A word counts as heard if a start falls in
[onset − 0.25 s, onset + 1 s].

Run (after ``python -m bench.vad.corpus``; ~1 min):

  .venv/bin/python -m bench.vad.short_words
  .venv/bin/python -m bench.vad.short_words --set nonspeech_min_speech_ms=192
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from tqdm import tqdm

from bench.vad.corpus import CACHE, RATE, _colored, load, scale_to, telephony, trim
from bench.vad.run import Events, param_overrides, run_ours_streaming, run_pipecat
from pipecat_rt_best.base.g711 import ulaw_decode

VOICES = (("en", "en_US_f_Allison"), ("it", "it_IT_m_Carlo"))
WORDS = [str(i) for i in range(10)] + ["oh"]
CONDITIONS = ((None, None), ("car", 10), ("pink", 10), ("car", 5), ("pink", 5))
GAP_S = 2.5
LEAD_S = 4.0


def load_words(src: Path = CACHE / "src") -> list[np.ndarray]:
    words = []
    for lang, voice in VOICES:
        d = src / f"asterisk-core-sounds-{lang}-wav/usr/share/asterisk/sounds/{voice}/digits"
        for w in WORDS:
            path = d / f"{w}.wav"
            if path.exists():
                words.append(trim(load(path)))
    if not words:
        raise SystemExit(f"no digit prompts under {src}: run `python -m bench.vad.corpus` first")
    return words


def make_call(
    words: list[np.ndarray], noise: str | None, snr: int | None, rng: np.random.Generator
) -> tuple[np.ndarray, list[float]]:
    """PCM16 samples (after μ-law) and the word onsets in seconds."""
    n = int((LEAD_S + GAP_S * len(words)) * RATE)
    track = np.zeros(n, dtype=np.float32)
    onsets = []
    for j, w in enumerate(words):
        pos = int((LEAD_S + GAP_S * j) * RATE)
        track[pos : pos + len(w)] += scale_to(w, -26.0 + float(rng.uniform(-6.0, 4.0)))
        onsets.append(pos / RATE)
    if noise is not None and snr is not None:
        x = _colored(rng, n, 2.0 if noise == "car" else 1.0)
        track = track + x * 10 ** ((-26.0 - snr) / 20)
    pcm = np.frombuffer(ulaw_decode(telephony(track)), dtype=np.int16)
    return pcm, onsets


def heard(events: Events, onsets: list[float]) -> int:
    starts = [t for t, e in events if e > 0]
    return sum(any(o - 0.25 <= t <= o + 1.0 for t in starts) for o in onsets)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="one-word answers: started turns per VAD")
    ap.add_argument("--set", action="append", default=[], help="ours param override k=v")
    ap.add_argument("--repeats", type=int, default=2, help="calls per condition (levels vary)")
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args(argv)
    ours = param_overrides(ap, args.set)
    words = load_words()
    rng = np.random.default_rng(args.seed)
    rows = []
    for noise, snr in tqdm(CONDITIONS, desc="short words", unit="condition"):
        calls = [make_call(words, noise, snr, rng) for _ in range(args.repeats)]
        audio = [pcm for pcm, _ in calls]
        empty = [_NoBot() for _ in calls]
        got = {}
        for name, runner, params in (
            ("pipecat", run_pipecat, {}),
            ("ours", run_ours_streaming, {"ours": ours}),
        ):
            events = runner(audio, empty, params)  # type: ignore[arg-type]
            got[name] = sum(heard(e, on) for e, (_, on) in zip(events, calls, strict=True))
        total = len(words) * args.repeats
        label = "quiet" if noise is None else f"{noise} {snr} dB"
        rows.append((label, got["pipecat"], got["ours"], total))
    print(f"\nOne-word answers that started a turn (ours: {ours or 'defaults'})\n")
    print("| condition | pipecat | ours | words |")
    print("|---|---|---|---|")
    for label, pc, us, total in rows:
        print(f"| {label} | {pc} | {us} | {total} |")
    return 0


class _NoBot:
    """A call timeline without bot speech (what ``run_ours_streaming`` reads)."""

    bot_planned: tuple[tuple[float, float], ...] = ()


if __name__ == "__main__":
    raise SystemExit(main())
