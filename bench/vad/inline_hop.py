"""CPU of the pack's analyzer driven as pipecat drives it (``analyze_audio``, 20 ms chunks, on an
event loop), with ``run_inline``'s batch hop (a chunk that embeds a batch of held background
voices runs on the worker thread, the batch embedded there first) against everything on the loop
(the baseline: the hop off), and against the first form of the hop (every chunk of an open
candidate on a line with background talk sent to the thread). Paired: each call runs under the
three forms back to back, in rotating order, ``--reps`` times; the ratio to the baseline is the
median over the repeats of each repeat's CPU sum (``time.process_time``: every thread).

Run:  .venv/bin/python -m bench.vad.inline_hop               (tuning corpus, TV 5 dB; ≈ 30 s)
      .venv/bin/python -m bench.vad.inline_hop --cell babble_10dB --calls 6 --reps 5
      → bench/vad/results/inline_hop/{results.md, results.json}
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from tqdm import tqdm

from bench import provenance
from bench.vad.corpus import load_corpus
from bench.vad.corpus_split import out_dir, unbuilt_error
from bench.vad.run import CHUNK, RESULTS, new_ours_analyzer

OUT = RESULTS / "inline_hop"
FORMS = ("inline", "batch hop", "every-candidate hop")


@contextmanager
def _hop_form(form: str) -> Iterator[None]:
    """The state machine's ``may_embed`` as ``form`` wants it, for the duration."""
    from pipecat_rt_best.noise_robust_vad import state_machine as sm

    kept = sm.VADStateMachine.may_embed
    if form == "inline":
        sm.VADStateMachine.may_embed = property(lambda self: False)  # type: ignore[method-assign]
    elif form == "every-candidate hop":  # the first form: held samples not required
        sm.VADStateMachine.may_embed = property(  # type: ignore[method-assign]
            lambda self: (
                self._candidate is not None
                and self.params.uses_speaker
                and self.embedder is not None
                and self._background_voice.samples >= sm.MIN_SAMPLES
            )
        )
    try:
        yield
    finally:
        sm.VADStateMachine.may_embed = kept  # type: ignore[method-assign]


async def _one_call(pcm: np.ndarray) -> float:
    """CPU seconds (all threads) of one call through a fresh analyzer's ``analyze_audio``."""
    vad = new_ours_analyzer({})
    data = pcm.astype("<i2").tobytes()
    step = 2 * CHUNK  # bytes of 20 ms
    t = time.process_time()
    for i in range(0, len(data) - step + 1, step):
        await vad.analyze_audio(data[i : i + step])
    spent = time.process_time() - t
    await vad.cleanup()
    return spent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.vad.inline_hop", description=__doc__.split("\n")[0]
    )
    ap.add_argument("--split", default="tune", help="a built round-2 corpus (default tune)")
    ap.add_argument("--cell", default="tv_5dB", help="one cell (default tv_5dB)")
    ap.add_argument("--calls", type=int, default=4, help="calls of the cell (default 4)")
    ap.add_argument("--reps", type=int, default=3, help="repeats (default 3)")
    ap.add_argument("--out", type=Path, default=OUT, help=f"results folder (default {OUT})")
    args = ap.parse_args(argv)
    if args.calls < 1 or args.reps < 1:
        ap.error("--calls and --reps must be at least 1")
    unbuilt = unbuilt_error([args.split])
    if unbuilt is not None:
        print(f"inline_hop: error: {unbuilt}", file=sys.stderr)
        return 2
    corpus = load_corpus(out_dir(args.split))
    if args.cell not in corpus.meta["cells"]:
        ap.error(
            f"--cell {args.cell}: not a cell of {args.split} ({', '.join(corpus.meta['cells'])})"
        )
    audio = corpus.cell_audio(args.cell)[: args.calls]
    sums: dict[str, list[float]] = {form: [] for form in FORMS}
    with tqdm(total=args.reps * len(audio) * len(FORMS), desc="inline_hop", unit="call") as bar:
        for rep in range(args.reps):
            for form in FORMS:
                sums[form].append(0.0)
            for k, pcm in enumerate(audio):
                turn = (rep * len(audio) + k) % len(FORMS)  # rotating order: drift hits all
                for form in FORMS[turn:] + FORMS[:turn]:
                    with _hop_form(form):
                        sums[form][-1] += asyncio.run(_one_call(pcm))
                    bar.update()
    ratios = {
        form: statistics.median(a / b for a, b in zip(sums[form], sums["inline"], strict=True))
        for form in FORMS
    }
    command = "python -m bench.vad.inline_hop " + " ".join(
        argv if argv is not None else sys.argv[1:]
    )
    lines = [
        f"# The analyzer's batch hop, CPU: {args.split} {args.cell}, {len(audio)} calls × {args.reps}",
        "",
        f"Command: `{command.strip()}`. CPU seconds (all threads) per repeat, and the median ratio"
        " to everything on the loop (the baseline).",
        "",
        "| form | CPU s per repeat | × inline (median) |",
        "|---|---|---|",
        *(
            f"| {form} | {', '.join(f'{s:.2f}' for s in sums[form])} | {ratios[form]:.3f} |"
            for form in FORMS
        ),
        "",
        provenance.markdown(provenance.stamp("bench.vad.inline_hop", argv)),
    ]
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (args.out / "results.json").write_text(
        json.dumps(
            {"split": args.split, "cell": args.cell, "cpu_s": sums, "ratio": ratios}, indent=1
        )
    )
    print("\n".join(lines[4 : 4 + 2 + len(FORMS)]))
    print(f"wrote {args.out / 'results.md'}, results.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
