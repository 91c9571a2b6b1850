"""bench.vad.bookkeeping_oracle: the oracle patches only inside its block, changes nothing for
a machine without labels, and a mistake on its command line is one line and exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bench.vad.bookkeeping_oracle import main, oracle
from pipecat_rt_best.noise_robust_vad.state_machine import VADStateMachine


def _decisions(m: VADStateMachine) -> list[tuple[str, str]]:
    rng = np.random.default_rng(3)
    out = []
    # a line with short bursts of speech-like windows and faint talk between them (babble: the
    # bursts are background talk; without talk between, bursts from the call's first second
    # could be the caller's own words, which the machine forgets as talk since session 26)
    for k in range(600):
        burst = (k // 25) % 3 == 0
        prob = 0.95 if burst else float(rng.uniform(0.0, 0.35))
        level = (-30.0 if (k // 75) % 2 else -42.0) if burst else -55.0
        d = m.step(prob, level + float(rng.normal(0, 1)))
        out.append((d.phase.name, d.event.name))
    return out


def test_the_oracle_restores_the_machine_and_needs_labels_to_act() -> None:
    before = {n: getattr(VADStateMachine, n) for n in ("_dominant_turn", "_begin_turn")}
    plain = _decisions(VADStateMachine())
    with oracle("both"):
        assert VADStateMachine._dominant_turn is not before["_dominant_turn"]
        assert _decisions(VADStateMachine()) == plain  # no labels: nothing changes
        labelled = VADStateMachine()
        labelled._caller_mask = np.ones(600, dtype=bool)  # type: ignore[attr-defined]
        told = _decisions(labelled)
    assert {n: getattr(VADStateMachine, n) for n in before} == before
    assert _decisions(VADStateMachine()) == plain
    assert told != plain  # every burst is "the caller": the bookkeeping, and so decisions, move


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--modes", "x"], "unknown mode 'x'"),
        (["--cells", "ambience_5dB"], "no cell ambience_5dB in"),
    ],
)
def test_a_mistake_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    (tmp_path / "corpus.json").write_text(json.dumps({"calls": [], "cells": ["clean"]}))
    (tmp_path / "clean.npy").write_bytes(b"")
    with pytest.raises(SystemExit) as e:
        main(["--root", str(tmp_path), *args])
    assert e.value.code == 2
    assert message in capsys.readouterr().err.strip().splitlines()[-1]


def test_no_corpus_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["--root", str(tmp_path)])
    assert e.value.code == 2
    assert "no corpus at" in capsys.readouterr().err
