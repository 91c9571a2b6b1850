"""Sentence splitter accuracy on the tuning table and the held-out table, vs pipecat's aggregator.

    .venv/bin/python -m bench.tts.splitter            # → bench/tts/results/splitter.md

A case counts as right when the chunks equal the hand-written ones exactly (whitespace
ignored at chunk edges). The held-out table (tests/azure_tts/splitter_held_out.py) was
written before the splitter and never tuned on; the round-3 one
(tests/azure_tts/splitter_held_out_round3.py) after round 3's fixes, by someone who never
read or ran the splitter, and never tuned on either; the round-4 one
(tests/azure_tts/splitter_held_out_round4.py) likewise, by another such person, before
round 3's misses were fixed; the round-5 one after round 4's fixes, by a third such person; the round-6 one after round
5's fixes, by a fourth; the round-7 one after round 6's fixes, by a fifth. pipecat's ``SimpleTextAggregator``
(sentence mode, fed the same text) is scored side by side.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from pipecat.utils.text.simple_text_aggregator import SimpleTextAggregator

from bench import provenance
from pipecat_rt_best.azure_tts.sentence_splitter import split_sentences

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.azure_tts.splitter_held_out import HELD_OUT  # noqa: E402
from tests.azure_tts.splitter_held_out_round3 import HELD_OUT as HELD_OUT_3  # noqa: E402
from tests.azure_tts.splitter_held_out_round4 import HELD_OUT as HELD_OUT_4  # noqa: E402
from tests.azure_tts.splitter_held_out_round5 import HELD_OUT as HELD_OUT_5  # noqa: E402
from tests.azure_tts.splitter_held_out_round6 import HELD_OUT as HELD_OUT_6  # noqa: E402
from tests.azure_tts.splitter_held_out_round7 import HELD_OUT as HELD_OUT_7  # noqa: E402
from tests.azure_tts.splitter_held_out_round8 import HELD_OUT as HELD_OUT_8  # noqa: E402
from tests.azure_tts.splitter_held_out_round9 import HELD_OUT as HELD_OUT_9  # noqa: E402
from tests.azure_tts.splitter_held_out_round10 import HELD_OUT as HELD_OUT_10  # noqa: E402
from tests.azure_tts.splitter_held_out_round11 import HELD_OUT as HELD_OUT_11  # noqa: E402
from tests.azure_tts.splitter_held_out_round12 import HELD_OUT as HELD_OUT_12  # noqa: E402
from tests.azure_tts.splitter_held_out_round13 import HELD_OUT as HELD_OUT_13  # noqa: E402
from tests.azure_tts.splitter_held_out_round14 import HELD_OUT as HELD_OUT_14  # noqa: E402
from tests.azure_tts.splitter_held_out_round15 import HELD_OUT as HELD_OUT_15  # noqa: E402
from tests.azure_tts.splitter_held_out_round16 import HELD_OUT as HELD_OUT_16  # noqa: E402
from tests.azure_tts.splitter_held_out_round17 import HELD_OUT as HELD_OUT_17  # noqa: E402
from tests.azure_tts.splitter_held_out_round18 import HELD_OUT as HELD_OUT_18  # noqa: E402
from tests.azure_tts.splitter_held_out_round19 import HELD_OUT as HELD_OUT_19  # noqa: E402
from tests.azure_tts.splitter_held_out_round20 import HELD_OUT as HELD_OUT_20  # noqa: E402
from tests.azure_tts.splitter_held_out_round21 import HELD_OUT as HELD_OUT_21  # noqa: E402
from tests.azure_tts.splitter_held_out_round22 import HELD_OUT as HELD_OUT_22  # noqa: E402
from tests.azure_tts.splitter_held_out_round23 import HELD_OUT as HELD_OUT_23  # noqa: E402
from tests.azure_tts.splitter_held_out_round24 import HELD_OUT as HELD_OUT_24  # noqa: E402
from tests.azure_tts.splitter_held_out_round25 import HELD_OUT as HELD_OUT_25  # noqa: E402
from tests.azure_tts.splitter_held_out_round26 import HELD_OUT as HELD_OUT_26  # noqa: E402
from tests.azure_tts.splitter_held_out_round27 import HELD_OUT as HELD_OUT_27  # noqa: E402
from tests.azure_tts.splitter_held_out_round28 import HELD_OUT as HELD_OUT_28  # noqa: E402
from tests.azure_tts.splitter_held_out_round29 import HELD_OUT as HELD_OUT_29  # noqa: E402
from tests.azure_tts.splitter_held_out_round30 import HELD_OUT as HELD_OUT_30  # noqa: E402
from tests.azure_tts.splitter_held_out_round31 import HELD_OUT as HELD_OUT_31  # noqa: E402
from tests.azure_tts.splitter_held_out_round32 import HELD_OUT as HELD_OUT_32  # noqa: E402
from tests.azure_tts.splitter_held_out_round33 import HELD_OUT as HELD_OUT_33  # noqa: E402
from tests.azure_tts.splitter_held_out_round34 import HELD_OUT as HELD_OUT_34  # noqa: E402
from tests.azure_tts.splitter_held_out_round35 import HELD_OUT as HELD_OUT_35  # noqa: E402
from tests.azure_tts.splitter_held_out_round36 import HELD_OUT as HELD_OUT_36  # noqa: E402
from tests.azure_tts.splitter_held_out_round37 import HELD_OUT as HELD_OUT_37  # noqa: E402
from tests.azure_tts.splitter_held_out_round38 import HELD_OUT as HELD_OUT_38  # noqa: E402
from tests.azure_tts.splitter_held_out_round39 import HELD_OUT as HELD_OUT_39  # noqa: E402
from tests.azure_tts.splitter_held_out_round40 import HELD_OUT as HELD_OUT_40  # noqa: E402
from tests.azure_tts.splitter_held_out_round41 import HELD_OUT as HELD_OUT_41  # noqa: E402
from tests.azure_tts.splitter_held_out_round42 import HELD_OUT as HELD_OUT_42  # noqa: E402
from tests.azure_tts.splitter_held_out_round43 import HELD_OUT as HELD_OUT_43  # noqa: E402
from tests.azure_tts.splitter_held_out_round44 import HELD_OUT as HELD_OUT_44  # noqa: E402
from tests.azure_tts.splitter_held_out_round45 import HELD_OUT as HELD_OUT_45  # noqa: E402
from tests.azure_tts.splitter_held_out_round46 import HELD_OUT as HELD_OUT_46  # noqa: E402
from tests.azure_tts.splitter_held_out_round47 import HELD_OUT as HELD_OUT_47  # noqa: E402
from tests.azure_tts.splitter_held_out_round48 import HELD_OUT as HELD_OUT_48  # noqa: E402
from tests.azure_tts.splitter_held_out_round49 import HELD_OUT as HELD_OUT_49  # noqa: E402
from tests.azure_tts.splitter_held_out_round50 import HELD_OUT as HELD_OUT_50  # noqa: E402
from tests.azure_tts.splitter_held_out_round51 import HELD_OUT as HELD_OUT_51  # noqa: E402
from tests.azure_tts.splitter_held_out_round52 import HELD_OUT as HELD_OUT_52  # noqa: E402
from tests.azure_tts.splitter_held_out_round53 import HELD_OUT as HELD_OUT_53  # noqa: E402
from tests.azure_tts.splitter_held_out_round54 import HELD_OUT as HELD_OUT_54  # noqa: E402
from tests.azure_tts.splitter_held_out_round55 import HELD_OUT as HELD_OUT_55  # noqa: E402
from tests.azure_tts.splitter_held_out_round56 import HELD_OUT as HELD_OUT_56  # noqa: E402
from tests.azure_tts.splitter_held_out_round57 import HELD_OUT as HELD_OUT_57  # noqa: E402
from tests.azure_tts.splitter_held_out_round58 import HELD_OUT as HELD_OUT_58  # noqa: E402
from tests.azure_tts.splitter_held_out_round59 import HELD_OUT as HELD_OUT_59  # noqa: E402
from tests.azure_tts.splitter_held_out_round60 import HELD_OUT as HELD_OUT_60  # noqa: E402
from tests.azure_tts.splitter_held_out_round61 import HELD_OUT as HELD_OUT_61  # noqa: E402
from tests.azure_tts.splitter_held_out_round62 import HELD_OUT as HELD_OUT_62  # noqa: E402
from tests.azure_tts.splitter_held_out_round63 import HELD_OUT as HELD_OUT_63  # noqa: E402
from tests.azure_tts.splitter_tuning import TUNING  # noqa: E402


async def _pipecat(text: str) -> list[str]:
    agg = SimpleTextAggregator()
    out = [a.text async for a in agg.aggregate(text)]
    rest = await agg.flush()
    return out + ([rest.text] if rest and rest.text else [])


def _norm(chunks: list[str]) -> list[str]:
    return [c.strip() for c in chunks if c.strip()]


OUT = Path("bench/tts/results")


def main(argv: list[str] | None = None) -> int:
    from loguru import logger

    from pipecat_rt_best.cli.errors import CliError, check_out_folder

    ap = argparse.ArgumentParser(prog="python -m bench.tts.splitter", description=__doc__)
    ap.add_argument("--out", type=Path, default=OUT, help=f"results folder (default {OUT})")
    args = ap.parse_args(argv)
    try:
        check_out_folder(args.out)
    except CliError as e:
        ap.error(str(e))
    logger.remove()
    rows = []
    for name, table in (
        ("tuning", TUNING),
        ("held-out", HELD_OUT),
        ("round 3", HELD_OUT_3),
        ("round 4", HELD_OUT_4),
        ("round 5", HELD_OUT_5),
        ("round 6", HELD_OUT_6),
        ("round 7", HELD_OUT_7),
        ("round 8", HELD_OUT_8),
        ("round 9", HELD_OUT_9),
        ("round 10", HELD_OUT_10),
        ("round 11", HELD_OUT_11),
        ("round 12", HELD_OUT_12),
        ("round 13", HELD_OUT_13),
        ("round 14", HELD_OUT_14),
        ("round 15", HELD_OUT_15),
        ("round 16", HELD_OUT_16),
        ("round 17", HELD_OUT_17),
        ("round 18", HELD_OUT_18),
        ("round 19", HELD_OUT_19),
        ("round 20", HELD_OUT_20),
        ("round 21", HELD_OUT_21),
        ("round 22", HELD_OUT_22),
        ("round 23", HELD_OUT_23),
        ("round 24", HELD_OUT_24),
        ("round 25", HELD_OUT_25),
        ("round 26", HELD_OUT_26),
        ("round 27", HELD_OUT_27),
        ("round 28", HELD_OUT_28),
        ("round 29", HELD_OUT_29),
        ("round 30", HELD_OUT_30),
        ("round 31", HELD_OUT_31),
        ("round 32", HELD_OUT_32),
        ("round 33", HELD_OUT_33),
        ("round 34", HELD_OUT_34),
        ("round 35", HELD_OUT_35),
        ("round 36 (held out)", HELD_OUT_36),
        ("round 37 (held out)", HELD_OUT_37),
        ("round 38", HELD_OUT_38),
        ("round 39", HELD_OUT_39),
        ("round 40", HELD_OUT_40),
        ("round 41", HELD_OUT_41),
        ("round 42 (held out)", HELD_OUT_42),
        ("round 43", HELD_OUT_43),
        ("round 44", HELD_OUT_44),
        ("round 45", HELD_OUT_45),
        ("round 46", HELD_OUT_46),
        ("round 47", HELD_OUT_47),
        ("round 48", HELD_OUT_48),
        ("round 49", HELD_OUT_49),
        ("round 50", HELD_OUT_50),
        ("round 51", HELD_OUT_51),
        ("round 52", HELD_OUT_52),
        ("round 53", HELD_OUT_53),
        ("round 54", HELD_OUT_54),
        ("round 55", HELD_OUT_55),
        ("round 56", HELD_OUT_56),
        ("round 57 (held out)", HELD_OUT_57),
        ("round 58 (held out)", HELD_OUT_58),
        ("round 59", HELD_OUT_59),
        ("round 60", HELD_OUT_60),
        ("round 61", HELD_OUT_61),
        ("round 62", HELD_OUT_62),
        ("round 63 (held out)", HELD_OUT_63),
    ):
        ours = sum(_norm(split_sentences(t)) == _norm(e) for t, e in table)
        theirs = sum(_norm(asyncio.run(_pipecat(t))) == _norm(e) for t, e in table)
        rows.append((name, len(table), ours, theirs))
        if "held out" in name:  # shown, they would be read: a held-out table's misses stay unseen
            print(f"  {len(table) - ours} misses ({name}): not shown")
            continue
        for t, e in table:
            if _norm(split_sentences(t)) != _norm(e):
                print(f"  miss ({name}): {t!r} -> {split_sentences(t)!r}")
    table = [
        "| table | cases | pack splitter | pipecat SimpleTextAggregator |",
        "|---|---:|---:|---:|",
        *(f"| {name} | {n} | {ours}/{n} | {theirs}/{n} |" for name, n, ours, theirs in rows),
    ]
    print("\n".join(table))
    prov = provenance.markdown(provenance.stamp("bench.tts.splitter", argv))
    (args.out / "splitter.md").write_text("\n".join(table) + "\n\n" + prov)
    print(f"wrote {args.out / 'splitter.md'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
