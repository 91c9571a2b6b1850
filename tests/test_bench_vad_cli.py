"""bench.vad's command lines: a sweep runs the corpus's own cells by default, and a mistake is one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.vad.sweep import ROUND1_CELLS, corpus_cells, main


def _corpus(root: Path, cells: list[str], built: list[str] | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "corpus.json").write_text(json.dumps({"calls": [], "cells": cells}))
    for c in cells if built is None else built:
        (root / f"{c}.npy").write_bytes(b"")
    return root


def test_a_round2_corpus_sweeps_its_own_cells(tmp_path: Path) -> None:
    cells = ["clean", "babble_5dB", "tv_5dB", "white_0dB"]
    assert corpus_cells(_corpus(tmp_path / "r2", cells, built=cells[:3])) == cells[:3]
    round1 = [*ROUND1_CELLS, "car_0dB"]
    assert corpus_cells(_corpus(tmp_path / "r1", round1)) == list(ROUND1_CELLS)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--set", "no_such_knob=1"], "expected k=v with k a NoiseRobustVADParams field"),
        (["--set", "floor_margin_db"], "expected k=v"),
        (["--grid", "floor_margin_db=3,x"], "values must be numbers"),
        (["--set", "min_speech_ms=-1"], "min_speech_ms must be > 0"),
        (["--cells", "ambience_5dB"], "no cell ambience_5dB in"),
        # the later one replaced the earlier without a word
        (
            ["--grid", "floor_margin_db=3", "--grid", "floor_margin_db=4"],
            "floor_margin_db given twice (--set/--grid): list its values once, "
            "--grid floor_margin_db=3,4",
        ),
    ],
)
def test_a_mistake_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    root = _corpus(tmp_path / "c", ["clean"])
    with pytest.raises(SystemExit) as e:
        main(["--root", str(root), *args])
    assert e.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert err.startswith("python -m bench.vad.sweep: error:") and message in err


def test_no_corpus_says_how_to_build_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as e:
        main(["--root", str(tmp_path / "nowhere")])
    assert e.value.code == 2
    assert "python -m bench.vad.corpus_split" in capsys.readouterr().err


def test_every_bench_tool_checks_set_the_same_way(capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    from bench.vad.run import param_overrides

    ap = argparse.ArgumentParser(prog="tool")
    got = param_overrides(
        ap, ["floor_margin_db=3.5", "reset_interval_s=2"], extra=("reset_interval_s",)
    )
    assert got == {"floor_margin_db": 3.5, "reset_interval_s": 2.0}
    with pytest.raises(SystemExit) as e:
        param_overrides(ap, ["reset_interval_s=2"])  # not a field unless the tool says so
    assert e.value.code == 2
    assert "unknown NoiseRobustVADParams field 'reset_interval_s'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("tool", "args", "message"),
    [
        ("run", ["--cells", "ambience_5dB"], "no cell ambience_5dB in"),
        ("run", ["--vads", "ours,silero"], "--vads silero: choose from"),
        ("run", ["--cells", "clean", "--max-calls", "0"], "--max-calls must be at least 1"),
        ("diagnose", ["--cell", "tv_5dB"], "no cell tv_5dB in"),
        ("diagnose", ["--cell", "clean,clean"], "one cell"),
        ("diagnose", ["--cell", "clean", "--call", "3"], "--call 3: the corpus has calls 0 to -1"),
        ("latency", ["--cells", "clean,tv_5dB"], "no cell tv_5dB in"),
        ("bookkeeping_oracle", ["--cells", "tv_5dB"], "no cell tv_5dB in"),
    ],
)
def test_every_bench_tool_checks_cells_the_same_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], tool: str, args: list[str], message: str
) -> None:
    """A wrong cell, call or runner is one line and exit 2 in every bench.vad tool, before
    anything is written (the round-1 runner once wrote an empty results file for
    ``--max-calls 0``)."""
    import importlib

    root, out = _corpus(tmp_path / "c", ["clean"]), tmp_path / "out"
    argv = ["--corpus", str(root), "--out", str(out)] if tool == "run" else ["--root", str(root)]
    with pytest.raises(SystemExit) as e:
        importlib.import_module(f"bench.vad.{tool}").main([*argv, *args])
    assert e.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert "error:" in err and message in err
    assert not out.exists()


def test_round2_results_name_the_settings_they_were_run_with() -> None:
    """A run with ``--set`` says so in its summary (it once read as a run of the defaults)."""
    from bench.vad.round2 import COMMAND, summary

    assert f"Command: `{COMMAND}`." in summary({}, {})
    assert f"Command: `{COMMAND} --set talk_spread_ref_db=0`." in summary(
        {}, {}, f"{COMMAND} --set talk_spread_ref_db=0"
    )


def test_round2_summary_breaks_the_misses_down_by_caller_voice() -> None:
    """Which voices the misses come from, for both VADs, over clean and the 5-20 dB cells
    (a corpus whose voice Silero hardly hears shows it in pipecat's column too)."""
    from bench.vad.corpus import Call, Turn
    from bench.vad.round2 import summary
    from bench.vad.run import score_call

    def call(caller: str) -> Call:
        turns = [Turn(2.0 + 4 * k, 3.0 + 4 * k, False, -25.0) for k in range(4)]
        return Call(index=0, caller=caller, duration=20.0, level_db=-25.0, turns=turns)

    a, b = call("alice"), call("bob")
    hit_all = [e for t in a.turns for e in ((t.onset + 0.1, +1), (t.offset + 0.2, -1))]
    hit_one = hit_all[:2]  # bob: 3 of 4 missed
    ours = {"clean": score_call(a, hit_all).add(score_call(b, hit_one))}
    pc = {"clean": score_call(a, hit_all).add(score_call(b, hit_all))}
    meta = {
        "calls": [{}, {}],
        "sources": {"callers": ["alice", "bob"], "talkers": []},
        "speech_noises": ["babble", "tv"],
    }
    md = summary({"x": {"pipecat": pc, "ours": ours}}, {"x": meta})
    assert "| alice | 4 | 0.0 | 0.0 |" in md
    assert "| bob | 4 | 0.0 | 75.0 |" in md
