"""The corpus groups the cached-replay studies read (``start_features``, ``miss_anatomy``):
the tuning side and the first two held-out corpora, and the command line they share.

``heldout3`` to ``heldout13``
(:data:`bench.vad.corpus_split.ON_REQUEST_SPLITS`) are not default groups: each is read only when
named, ``--group heldout3=bench/.corpus/vad_heldout3`` (:data:`ON_REQUEST_GROUPS`)."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from bench import provenance
from bench.vad.run import param_overrides
from pipecat_rt_best.cli.errors import CliError, check_out_folder

CORPORA = Path("bench/.corpus")
GROUPS = {
    "tune": ("vad_tune", "vad_tune_seed7", "vad_tune_gsm"),
    "heldout": ("vad_heldout",),
    "heldout2": ("vad_heldout2",),
}
# groups read only when named with --group (not in the default studies' time)
ON_REQUEST_GROUPS = {
    "heldout3": ("vad_heldout3",),
    "heldout4": ("vad_heldout4",),
    "heldout5": ("vad_heldout5",),
    "heldout6": ("vad_heldout6",),
    "heldout7": ("vad_heldout7",),
    "heldout8": ("vad_heldout8",),
    "heldout9": ("vad_heldout9",),
    "heldout10": ("vad_heldout10",),
    "heldout11": ("vad_heldout11",),
    "heldout12": ("vad_heldout12",),
    "heldout13": ("vad_heldout13",),
}


def parse_groups(ap: argparse.ArgumentParser, given: list[str]) -> dict[str, tuple[str, ...]]:
    """``--group NAME=ROOT[,ROOT]`` options as {name: roots} (an argparse error if malformed)."""
    groups = {}
    for g in given:
        name, sep, roots = g.partition("=")
        if not sep or not name or not roots:
            ap.error(f"--group {g!r}: expected NAME=ROOT[,ROOT]")
        groups[name] = tuple(roots.split(","))
    return groups


def check_groups(
    ap: argparse.ArgumentParser, groups: dict[str, tuple[str, ...]], cells: list[str]
) -> None:
    """An argparse error unless every root is a built corpus with every cell."""
    for roots in groups.values():
        for r in roots:
            if not (Path(r) / "corpus.json").exists():
                ap.error(f"no corpus at {r}; build it: .venv/bin/python -m bench.vad.corpus_split")
            missing = [c for c in cells if not (Path(r) / f"{c}.npy").exists()]
            if missing:
                ap.error(f"{r} has no cell {missing[0]}")


def group_replay_args(
    prog: str, description: str, *, cells: str, out: Path, argv: list[str] | None
) -> tuple[argparse.Namespace, dict[str, float], dict[str, tuple[str, ...]], list[str]]:
    """``--group NAME=ROOT[,ROOT]`` (default: :data:`GROUPS`), ``--cells``, ``--set k=v`` and
    ``--out``, checked: (args, param overrides, groups, cells); a mistake is one line, exit 2."""
    ap = argparse.ArgumentParser(prog=prog, description=description)
    ap.add_argument(
        "--group",
        action="append",
        default=[],
        metavar="NAME=ROOT[,ROOT]",
        help="a corpus group (repeatable); default: tune, heldout, heldout2 under bench/.corpus "
        "(heldout3 to heldout13 only when named: heldout3=bench/.corpus/vad_heldout3)",
    )
    ap.add_argument("--cells", default=cells, help="comma-separated cells")
    ap.add_argument("--set", action="append", default=[], metavar="K=V")
    ap.add_argument("--out", type=Path, default=out, help=f"results folder (default {out})")
    args = ap.parse_args(argv)
    try:
        check_out_folder(args.out)
    except CliError as e:
        ap.error(str(e))
    params = param_overrides(ap, args.set)
    if args.group:
        groups = parse_groups(ap, args.group)
    else:
        groups = {k: tuple(str(CORPORA / r) for r in v) for k, v in GROUPS.items()}
    chosen = [c for c in args.cells.split(",") if c]
    check_groups(ap, groups, chosen)
    return args, params, groups, chosen


def write_summary(
    out: Path, module: str, title: str, argv: list[str] | None, body: list[str]
) -> None:
    """``# title``, the command that made it (``module`` and the arguments given) and
    ``body``, printed and written to ``out/summary.md``."""
    given = sys.argv[1:] if argv is None else argv
    command = " ".join([f".venv/bin/python -m {module}", shlex.join(given)]).strip()
    report = "\n".join([f"# {title}", "", f"Command: `{command}`", "", *body, ""])
    print(report)
    stamp = provenance.stamp(module, given)
    (out / "summary.md").write_text(report + "\n" + provenance.markdown(stamp))
    print(f"wrote {out / 'summary.md'}", file=sys.stderr)
