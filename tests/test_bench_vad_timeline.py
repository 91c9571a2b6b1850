"""bench.vad.timeline: a cached call replays as tune-vad replays a recording (so its time line
is tune-vad's), and a mistake on its command line is one line."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bench.vad.corpus import Call, Turn
from bench.vad.run import WIN_S, BotTurns, chunk_end
from bench.vad.sweep import CachedCall
from bench.vad.timeline import main
from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams
from pipecat_rt_best.noise_robust_vad.state_machine import Event, VADStateMachine
from pipecat_rt_best.noise_robust_vad.tuning import replay

SECONDS = 24.0


def _cached_call(params: NoiseRobustVADParams) -> CachedCall:
    """Quiet noise, three caller turns (the second a barge-in: the bot talks 7.5–11 s), a
    loud speech-like burst at 13 s."""
    turns = [
        Turn(3.0, 4.5, False, -25.0),
        Turn(8.0, 9.5, True, -25.0),
        Turn(19.0, 20.5, False, -25.0),
    ]
    call = Call(0, "synthetic", SECONDS, -25.0, turns, bot=[(7.5, 8.4)], bot_planned=[(7.5, 11.0)])
    n = int(SECONDS / WIN_S)
    t = np.arange(n) * WIN_S
    probs = np.full(n, 0.02)
    levels = np.full(n, -50.0)
    for a, b in ((3.0, 4.5), (8.0, 9.5), (13.0, 14.5), (19.0, 20.5)):
        on = (t >= a) & (t < b)
        probs[on], levels[on] = 0.95, -25.0
    return CachedCall(
        0, call, VADStateMachine(params), probs, levels, None, None, BotTurns(call, n)
    )


def test_a_cached_call_replays_as_the_bench_steps_it() -> None:
    params = NoiseRobustVADParams(speaker_penalty_db=0.0)
    stepped = _cached_call(params)
    events, bot = [], []
    for k in range(len(stepped.probs)):
        d = stepped.step(k)
        bot.append(stepped.bot)
        if d.event in (Event.START, Event.STOP):
            events.append((chunk_end((k + 1) * WIN_S), 1 if d.event is Event.START else -1))
    assert sum(e > 0 for _, e in events) == 4
    assert bot[int(7.7 / WIN_S)] and not bot[int(10.0 / WIN_S)]  # the barge-in cut the bot
    assert replay(_cached_call(params).recording(), params) == events


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


def test_an_out_that_is_a_file_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, out = _corpus(tmp_path / "c"), tmp_path / "out"
    out.write_text("not a folder")
    with pytest.raises(SystemExit) as e:
        main(["--root", str(root), "--cell", "clean", "--call", "0", "--out", str(out)])
    assert e.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert "error:" in err and f"--out {out} is a file, not a folder" in err
