"""bench.prompt: practice 7's costs are measured by a bench that writes a results file (the
README's figures were a hand-run timeit nobody re-ran), against plain string formatting."""

from __future__ import annotations

import json
from pathlib import Path

from bench.prompt import run
from pipecat_rt_best.realtime_prompt import load_prompt, render_prompt

SECTIONS = (
    "Personality and Tone",
    "Context",
    "Reference Pronunciations",
    "Overall Instructions",
    "Conversation States",
)


def test_the_baseline_renders_the_same_five_sections_from_the_same_file() -> None:
    plain = run.plain_render(run.TECHNEST)
    pack = render_prompt(load_prompt(run.TECHNEST).prompt)
    for title in SECTIONS:
        assert f"# {title}" in plain and title in pack
    assert plain.index("# Context") < plain.index("# Conversation States")
    assert "1_greeting" in plain and "Tek Nest" in plain


def test_every_measure_runs_and_the_sentences_name_lexicon_terms() -> None:
    measures = run.measures()  # asserts each sentence names a term
    assert {"load_validate_render", "plain_render", "lexicon_en", "lexicon_hi", "tracker_move"} <= set(measures)  # fmt: skip
    for fn, what in measures.values():
        fn()
        fn()  # the tracker move repeats from its reset
        assert what


def test_a_run_writes_its_results_with_provenance(tmp_path: Path) -> None:
    assert run.main(["--repeats", "1", "--out", str(tmp_path)]) == 0
    data = json.loads((tmp_path / "results.json").read_text())
    m = data["measures"]
    assert all(0 < v["best_s"] <= v["median_s"] for v in m.values())
    assert data["provenance"]["command"] == f"python -m bench.prompt --repeats 1 --out {tmp_path}"
    md = (tmp_path / "results.md").read_text()
    assert "load + validate + render, TechNest" in md and "## Provenance" in md
