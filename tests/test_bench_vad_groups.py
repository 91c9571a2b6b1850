"""bench.vad.groups: the command line the cached-replay studies share (start_features,
miss_anatomy): a mistake on it is one line and exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.vad import miss_anatomy, start_features


@pytest.mark.parametrize("tool", [start_features.main, miss_anatomy.main])
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--group", "tune"], "expected NAME=ROOT[,ROOT]"),
        (["--set", "nope=1"], "--set"),
        (["--cells", "ambience_5dB"], "has no cell ambience_5dB"),
    ],
)
def test_a_mistake_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], tool: object, args: list[str], message: str
) -> None:
    (tmp_path / "corpus.json").write_text(json.dumps({"calls": [], "cells": ["clean"]}))
    (tmp_path / "clean.npy").write_bytes(b"")
    given = ["--out", str(tmp_path / "out"), "--group", f"g={tmp_path}", "--cells", "clean", *args]
    with pytest.raises(SystemExit) as e:
        tool(given)  # type: ignore[operator]
    assert e.value.code == 2
    assert message in capsys.readouterr().err.strip().splitlines()[-1]


@pytest.mark.parametrize("tool", [start_features.main, miss_anatomy.main])
def test_no_corpus_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], tool: object
) -> None:
    with pytest.raises(SystemExit) as e:
        tool(["--out", str(tmp_path / "out"), "--group", f"g={tmp_path / 'none'}"])  # type: ignore[operator]
    assert e.value.code == 2
    assert "no corpus at" in capsys.readouterr().err
