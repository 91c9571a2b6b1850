"""bench.vad.pickup: the cut corpus puts each caller's first words 0.1-1.2 s after the line
opens (μ-law bytes kept as they were), every call as long as the shortest, the greeting gone;
the first turn is scored on its own."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bench.vad.corpus import RATE, Call, Turn, load_corpus
from bench.vad.pickup import LEADS, derive, first_turn


def _source(root: Path) -> Path:
    calls = []
    for i, onset in enumerate((3.0, 4.0, 5.0)):
        calls.append(
            {
                "index": i,
                "caller": "x",
                "duration": 10.0,
                "level_db": -25.0,
                "turns": [
                    {"onset": onset, "offset": onset + 1.0, "barge_in": True, "level_db": -25.0},
                    {"onset": 8.0, "offset": 9.0, "barge_in": False, "level_db": -25.0},
                ],
                "bot": [[0.5, onset + 0.4], [6.0, 7.5]],
                "bot_planned": [[0.5, onset + 2.0], [6.0, 7.5]],
            }
        )
    root.mkdir()
    meta = {"cells": ["clean"], "calls": calls, "guard_before": 0.1, "guard_after": 0.5}
    (root / "corpus.json").write_text(json.dumps(meta))
    # each sample's byte says which call and second it came from
    data = np.concatenate([(np.arange(10 * RATE) // RATE + 16 * i) for i in range(3)])
    np.save(root / "clean.npy", data.astype(np.uint8))
    return root


def test_the_cut_corpus_starts_each_call_just_before_its_first_words(tmp_path: Path) -> None:
    src = _source(tmp_path / "src")
    derive(src, tmp_path / "cut")
    cut = load_corpus(tmp_path / "cut")
    audio = np.load(tmp_path / "cut" / "clean.npy")
    # the shortest call (first words at 5 s, lead 0.3 s) sets every call's length
    length = round((10.0 - (5.0 - LEADS[2])) * RATE)
    assert len(audio) == 3 * length
    for i, (call, onset) in enumerate(zip(cut.calls, (3.0, 4.0, 5.0), strict=True)):
        assert call.duration == length / RATE
        assert call.turns[0].onset == pytest.approx(LEADS[i])
        assert not call.turns[0].barge_in  # the greeting it barged into is gone
        assert [round(a + onset - LEADS[i], 6) for a, _ in call.bot_planned] == [6.0]
        first = audio[i * length]  # the bytes are the source's, from the cut on
        assert first == int(onset - LEADS[i]) + 16 * i


def test_the_first_turn_is_found_late_or_missed() -> None:
    call = Call(0, "x", 10.0, -25.0, [Turn(1.0, 3.0, False, -25.0)], bot=[], bot_planned=[])
    assert first_turn(call, [(1.25, 1), (3.5, -1)], 0.1) == 0.25
    assert first_turn(call, [(0.5, 1), (0.8, -1), (2.0, 1)], 0.1) == 1.0
    assert first_turn(call, [(3.5, 1)], 0.1) is None
