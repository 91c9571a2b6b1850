"""One call of a corpus cell on a time line: a picture of why a false start got in, or a turn
was missed, where ``diagnose.py`` gives a listing. The replay, scoring and picture are
``tune-vad``'s (:func:`pipecat_rt_best.noise_robust_vad.tuning.trace`,
:func:`pipecat_rt_best.cli.vad_plots.timeline`, which says what is drawn), on the cell's cached
Silero output.

Run:
  .venv/bin/python -m bench.vad.timeline --root bench/.corpus/vad_tune --cell tv_5dB --call 10
  .venv/bin/python -m bench.vad.timeline --root bench/.corpus/vad_tune --cell tv_5dB --call 10 \\
      --from 20 --to 50 --set floor_margin_db=4
Writes ``<out>/<corpus>_<cell>_call<N>.png`` (default out: ``bench-out/vad_timeline``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from loguru import logger

from bench.vad.corpus import RATE, chosen_call
from bench.vad.run import guards, param_overrides
from bench.vad.sweep import cached_calls
from pipecat_rt_best.cli.errors import CliError, check_out_folder

OUT = Path("bench-out/vad_timeline")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.vad.timeline", description="one call's VAD decisions as a picture"
    )
    ap.add_argument("--root", type=Path, required=True, help="corpus folder")
    ap.add_argument("--cell", required=True, help="one cell, e.g. tv_5dB")
    ap.add_argument("--call", type=int, required=True, help="the call's index in the corpus")
    ap.add_argument("--set", action="append", default=[], help="param override k=v")
    ap.add_argument("--from", dest="t0", type=float, default=0.0, help="seconds (default 0)")
    ap.add_argument("--to", dest="t1", type=float, default=None, help="seconds (default: end)")
    ap.add_argument("--out", type=Path, default=OUT, help=f"folder for the PNG (default {OUT})")
    args = ap.parse_args(argv)
    params = param_overrides(ap, args.set)
    cell, corpus = chosen_call(ap, args.root, args.cell, args.call)
    duration = corpus.calls[args.call].duration
    t1 = duration if args.t1 is None else args.t1
    if not 0 <= args.t0 < t1 <= duration:
        ap.error(f"--from/--to: need 0 <= from < to <= {duration:.1f} (the call's length)")
    try:
        check_out_folder(args.out)
    except CliError as e:
        ap.error(str(e))
    before, after = guards(corpus.meta)
    from pipecat_rt_best.cli import vad_plots
    from pipecat_rt_best.noise_robust_vad.baseline import stock_analyzer, stock_events
    from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams
    from pipecat_rt_best.noise_robust_vad.tuning import trace

    logger.remove()  # pipecat's banner and model-loading lines
    logger.add(sys.stderr, level="WARNING", diagnose=False, backtrace=False)
    (cc,) = cached_calls(args.root, cell, params, corpus, args.call)
    call = cc.call
    tr = trace(cc.recording(), NoiseRobustVADParams(**params), before, after)
    pcm = corpus.cell_audio(cell)[args.call]  # pipecat's stock analyzer on the same audio
    stock = stock_events(stock_analyzer(RATE), pcm, RATE)
    changed = " ".join(f"{k}={v:g}" for k, v in params.items())
    title = (
        f"{args.root.name} {cell} call {args.call}: caller {call.caller} at {call.level_db:.1f} "
        f"dBFS; {tr.false_starts} false starts, {len(tr.missed)} of {len(call.turns)} turns "
        f"missed" + (f"  [{changed}]" if changed else "")
    )
    path = args.out / f"{args.root.name}_{cell}_call{args.call}.png"
    print(title)
    turns = [(u.onset, u.offset) for u in call.turns]
    if not vad_plots.timeline(tr, turns, title, path, (args.t0, t1), stock):
        print("no plot: pip install matplotlib")
        return 1
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
