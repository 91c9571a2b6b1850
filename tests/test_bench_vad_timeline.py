"""bench.vad.timeline: one call traced through the state machine, scored as the bench scores it,
and drawn."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bench.vad.corpus import Call, Turn
from bench.vad.run import WIN_S, BotTurns
from bench.vad.sweep import CachedCall
from bench.vad.timeline import main, plot, trace
from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams
from pipecat_rt_best.noise_robust_vad.state_machine import VADStateMachine

SECONDS = 24.0


def _call() -> CachedCall:
    """Quiet non-speech noise; two caller turns, a loud speech-like burst between them (a
    false start), and a last turn Silero barely hears (missed); the bot talks over none."""
    turns = [
        Turn(3.0, 4.5, False, -25.0),
        Turn(8.0, 9.5, False, -25.0),
        Turn(19.0, 20.5, False, -25.0),
    ]
    call = Call(0, "synthetic", SECONDS, -25.0, turns, bot=[(5.0, 7.0)], bot_planned=[(5.0, 7.0)])
    n = int(SECONDS / WIN_S)
    t = np.arange(n) * WIN_S
    probs = np.full(n, 0.02, dtype=np.float32)
    levels = np.full(n, -50.0, dtype=np.float32)
    for a, b, p in ((3.0, 4.5, 0.95), (8.0, 9.5, 0.95), (13.0, 14.5, 0.95), (19.0, 20.5, 0.3)):
        on = (t >= a) & (t < b)
        probs[on], levels[on] = p, -25.0
    params = NoiseRobustVADParams(speaker_penalty_db=0.0)
    return CachedCall(
        0, call, VADStateMachine(params), probs, levels, None, None, BotTurns(call, n)
    )


def test_a_trace_scores_starts_and_misses_as_the_bench_does() -> None:
    tr = trace(_call(), before=0.1, after=0.5)
    kinds = [j.kind for j in tr.judged]
    assert kinds == ["start", "start", "false start"]
    assert tr.false_starts == 1 and tr.missed == [2]
    false = tr.judged[2]
    assert 13.0 < false.t < 14.5 and false.level_db is not None and false.gate_db is not None
    assert false.level_db >= false.gate_db  # it cleared its gate: that is why it started
    assert tr.bot[int(6.0 / WIN_S)] and not tr.bot[int(10.0 / WIN_S)]
    assert tr.in_turn[int(4.0 / WIN_S)] and not tr.in_turn[int(11.0 / WIN_S)]
    known = tr.ambient_db[~np.isnan(tr.ambient_db)]
    assert known.size and abs(float(np.median(known)) + 50.0) < 1.0
    assert np.isnan(tr.caller_db[0]) and abs(tr.caller_db[-1] + 25.0) < 3.0


def test_the_timeline_is_drawn(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    cc = _call()
    tr = trace(cc, before=0.1, after=0.5)
    path = plot(tr, cc.call, "synthetic", tmp_path / "t.png", (0.0, SECONDS))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def _corpus(root: Path) -> Path:
    root.mkdir(parents=True)
    call = {"index": 0, "caller": "x", "duration": 10.0, "level_db": -25.0, "turns": []}
    call |= {"bot": [], "bot_planned": []}
    (root / "corpus.json").write_text(json.dumps({"calls": [call], "cells": ["clean"]}))
    (root / "clean.npy").write_bytes(b"")
    return root


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--cell", "clean", "--call", "1"], "--call 1: the corpus has calls 0 to 0"),
        (["--cell", "clean,tv_5dB", "--call", "0"], "one cell"),
        (["--cell", "clean", "--call", "0", "--from", "5", "--to", "4"], "need 0 <= from < to"),
        (["--cell", "clean", "--call", "0", "--to", "11"], "<= 10.0 (the call's length)"),
    ],
)
def test_a_mistake_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    root = _corpus(tmp_path / "c")
    with pytest.raises(SystemExit) as e:
        main(["--root", str(root), "--out", str(tmp_path / "out"), *args])
    assert e.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert "error:" in err and message in err
    assert not (tmp_path / "out").exists()
