"""bench/prompt: what the structured realtime prompt (practice 7) costs, against plain formatting.

    python -m bench.prompt [--repeats 7] [--out bench/prompt/results]

Timed with ``timeit`` (each measure: ``--repeats`` runs of an automatically sized loop; the
best and the median per call are reported), one thread, on the shipped example prompts:

* **load + validate + render** the TechNest prompt (``load_prompt`` → ``validate_prompt`` →
  ``render_prompt``, a fresh load each time, so no cached report or rendering), and the three
  steps apart; **baseline**: the same YAML file read with ``yaml.safe_load`` (libyaml's loader
  when PyYAML has it, as the pack's) and its five sections written out with plain string
  formatting and ``json.dumps`` — what a prompt kept in a file costs with no checks, no
  numbers spelled out and no field locations;
* the **pronunciation lexicon** on one TTS sentence that names the prompt's terms
  (``PronunciationLexicon.to_ssml``), English (TechNest) and Hindi (the loan-collection prompt);
* a **tracker move**: ``ConversationStateTracker.reset()`` + one accepted ``request()``.

Writes ``results.json`` and ``results.md`` (with the run's provenance) to ``--out``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from bench import provenance
from pipecat_rt_best.realtime_prompt import (
    ConversationStateTracker,
    PronunciationLexicon,
    example_prompt_path,
    load_prompt,
    render_prompt,
    validate_prompt,
)

HERE = Path(__file__).resolve().parent
TECHNEST = example_prompt_path("tech_support_technest.yaml")
HINDI = example_prompt_path("hindi_loan_collection.yaml")
SENTENCE_EN = "Please restart your NestBox router, then reconnect to the TechNest Wi-Fi network."
SENTENCE_HI = "सहयोग फ़ाइनेंस की आपकी EMI आज देय है, आप UPI से भुगतान कर सकते हैं।"
SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def plain_render(path: Path) -> str:
    """The baseline: ``path`` read with ``yaml`` and its five sections formatted by hand."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)

    def value(v: Any) -> str:
        return ", ".join(map(str, v)) if isinstance(v, list) else str(v)

    personality = "\n".join(
        f"- {k.replace('_', ' ').capitalize()}: {v}" for k, v in data["personality"].items()
    )
    context = "\n".join(f"- {k}: {value(v)}" for k, v in data["context"].items())
    pronunciations = "\n".join(f'- {k}: say "{v}"' for k, v in data["pronunciations"].items())
    instructions = "\n".join(f"- {line}" for line in data["instructions"])
    states = json.dumps(data["states"], indent=2, ensure_ascii=False)
    return (
        f"# Personality and Tone\n{personality}\n\n# Context\n{context}\n\n"
        f"# Reference Pronunciations\n{pronunciations}\n\n# Overall Instructions\n"
        f"{instructions}\n\n# Conversation States\n{states}\n"
    )


def _load_validate_render() -> str:
    p = load_prompt(TECHNEST)
    validate_prompt(p)
    return render_prompt(p.prompt)


def _load_validate() -> None:
    validate_prompt(load_prompt(TECHNEST))


def measures() -> dict[str, tuple[Callable[[], object], str]]:
    """Each measure's callable and what it is, in report order."""
    en = PronunciationLexicon(load_prompt(TECHNEST))
    hi = PronunciationLexicon(load_prompt(HINDI))
    assert en.terms_in(SENTENCE_EN) and hi.terms_in(SENTENCE_HI), "the sentences name no term"
    tracker = ConversationStateTracker.from_prompt(load_prompt(TECHNEST))
    first = tracker.state.id
    step = tracker.allowed()[0].next_step

    def move() -> None:
        tracker.reset(first)
        assert tracker.request(step).accepted

    return {
        "load_validate_render": (_load_validate_render, "load + validate + render, TechNest"),
        "load": (lambda: load_prompt(TECHNEST), "… load alone"),
        "load_validate": (_load_validate, "… load + validate"),
        "plain_render": (
            lambda: plain_render(TECHNEST),
            "baseline: yaml.safe_load + plain string formatting, same file",
        ),
        "lexicon_en": (lambda: en.to_ssml(SENTENCE_EN), "lexicon, one English sentence (3 terms)"),
        "lexicon_hi": (lambda: hi.to_ssml(SENTENCE_HI), "lexicon, one Hindi sentence (3 terms)"),
        "tracker_move": (move, "tracker: reset + one accepted request"),
    }


def time_call(fn: Callable[[], object], repeats: int) -> dict[str, float]:
    """Seconds per call of ``fn``: the best and the median of ``repeats`` timeit runs (each
    loop sized by ``Timer.autorange``, about 0.2 s)."""
    timer = timeit.Timer(fn)
    number, _ = timer.autorange()
    per = [t / number for t in timer.repeat(repeat=repeats, number=number)]
    return {"best_s": min(per), "median_s": statistics.median(per), "loops": number}


def _shown(seconds: float) -> str:
    return f"{seconds * 1e3:.2f} ms" if seconds >= 1e-3 else f"{seconds * 1e6:.1f} µs"


def report(results: dict[str, Any]) -> str:
    m = results["measures"]
    lines = [
        "# bench/prompt — the structured realtime prompt's costs",
        "",
        f"`timeit`, {results['repeats']} runs per measure, one thread; the TechNest prompt is "
        "`src/pipecat_rt_best/realtime_prompt/examples/tech_support_technest.yaml`.",
        "",
        "| measure | best | median |",
        "|---|---:|---:|",
        *(f"| {r['what']} | {_shown(r['best_s'])} | {_shown(r['median_s'])} |" for r in m.values()),
        "",
        f"load + validate + render vs the plain baseline: "
        f"{m['load_validate_render']['median_s'] / m['plain_render']['median_s']:.1f}× its time "
        "(medians); the baseline checks nothing, spells no number and records no location.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.prompt", description=__doc__)
    parser.add_argument("--repeats", type=int, default=7, help="timeit runs per measure")
    parser.add_argument("--out", type=Path, default=HERE / "results")
    args = parser.parse_args(argv)
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")
    from loguru import logger

    logger.remove()
    results: dict[str, Any] = {"repeats": args.repeats, "measures": {}}
    for key, (fn, what) in measures().items():
        results["measures"][key] = {"what": what, **time_call(fn, args.repeats)}
        print(f"  {what}: {_shown(results['measures'][key]['median_s'])}", file=sys.stderr)
    results["provenance"] = provenance.stamp("bench.prompt", argv)
    text = report(results)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    (args.out / "results.md").write_text(text + "\n" + provenance.markdown(results["provenance"]))
    print(text)
    print(f"(written to {args.out})")
    return 0
