"""bench.vad.backchannels: backchannels go only where the bot talks and the caller lets it finish,
are cut from the caller's own speech, count only while the bot still spoke, and a mistake on the
command line is one line and exit 2 (a held-out corpus is refused)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bench.vad.backchannels import (
    BARGE_IN,
    NONE,
    Row,
    Said,
    add_speech,
    bot_turns,
    cut_bot,
    latencies,
    main,
    on_line,
    over_bot,
    own_barge_ins,
    render,
    slots,
)
from bench.vad.corpus import RATE, Call, Turn

SECONDS = 30.0


def _call() -> Call:
    """Bot turns: 0.5–4 s (the caller answers at 5 s), 8–13 s (the caller barges in at 10 s;
    the next reply, planned from 11 s, overlaps it), 16–22 s (the caller lets it finish and
    answers at 23 s), 27–28 s (too short for a backchannel)."""
    turns = [
        Turn(5.0, 6.5, False, -25.0),
        Turn(10.0, 10.8, True, -25.0),
        Turn(23.0, 25.5, False, -25.0),
    ]
    planned = [(0.5, 4.0), (8.0, 13.0), (11.0, 15.0), (16.0, 22.0), (27.0, 28.0)]
    return Call(0, "synthetic", SECONDS, -25.0, turns, bot=[], bot_planned=planned)


def _clean(call: Call) -> np.ndarray:
    """Each turn a tone at its own amplitude, digital silence between."""
    x = np.zeros(int(SECONDS * RATE), dtype=np.int16)
    for k, t in enumerate(call.turns):
        a, b = int(t.onset * RATE), int(t.offset * RATE)
        x[a:b] = 1000 * (k + 1)
    return x


def test_slots_are_in_bot_turns_the_caller_lets_finish_and_fixed_by_the_seed() -> None:
    call = _call()
    assert bot_turns(call) == [(0.5, 4.0), (8.0, 15.0), (16.0, 22.0), (27.0, 28.0)]
    got = slots(call)
    # the greeting and the 16–22 s reply; not the one barged into, nor the 1 s one
    assert [s.bot_start for s in got] == [0.5, 16.0]
    for s, end in zip(got, (4.0, 22.0), strict=True):
        assert s.bot_start + 1.0 <= s.onset <= end - 0.3 - 0.6
    assert [s.next_onset for s in got] == [5.0, 23.0]
    assert slots(call) == got
    assert own_barge_ins(call) == [Said(10.0, 10.8, 8.0)]


def test_a_backchannel_is_the_start_of_another_of_the_callers_turns() -> None:
    call = _call()
    clean = _clean(call)
    same, none = add_speech(clean, clean, call, NONE)
    assert none == [] and np.array_equal(same, clean)
    x, said = add_speech(clean, clean, call, "350")
    assert [s.bot_start for s in said] == [0.5, 16.0]
    for s in said:
        assert s.offset - s.onset == pytest.approx(0.35)
    diff = x - clean.astype(np.int32)
    a = round(said[0].onset * RATE)
    piece = diff[a : a + round(0.35 * RATE)]
    assert piece.max() == 2000  # the slot after the greeting takes the next turn (the second)
    assert piece[0] == 0 and piece[-1] == 0  # faded in and out
    rest = diff.copy()
    for s in said:
        rest[round(s.onset * RATE) : round(s.offset * RATE)] = 0
    assert not rest.any()  # nothing else changed


def test_a_genuine_barge_in_lasts_1_to_2_s_and_ends_before_the_answer() -> None:
    call = _call()
    clean = _clean(call)
    _, said = add_speech(clean, clean, call, BARGE_IN)
    assert len(said) == 2
    for s, answer in zip(said, (5.0, 23.0), strict=True):
        assert 1.0 <= s.offset - s.onset <= 2.0
        assert s.offset <= answer - 0.8 + 1e-9


def test_the_line_floor_is_the_same_noise_for_every_run_and_none_leaves_it_silent() -> None:
    call = _call()
    x = np.zeros(RATE, dtype=np.int32)
    a, b = on_line(x, call, -60.0), on_line(x, call, -60.0)
    assert np.array_equal(a, b)
    rms_db = 10 * np.log10(np.mean((a / 32768.0) ** 2))
    assert -61.5 < rms_db < -58.5
    assert not on_line(x, call, None).any()


def test_only_what_was_said_over_the_bot_counts_and_a_start_from_it_cut_the_bot() -> None:
    said = [Said(2.0, 2.35, 0.5), Said(18.0, 18.35, 16.0)]
    # a false start at 17 s had cut the bot before the second backchannel
    events = [(2.5, 1), (3.3, -1), (17.0, 1), (17.7, -1), (18.4, 1), (19.2, -1)]
    heard = over_bot(events, said)
    assert heard == said[:1]
    assert cut_bot(events, heard) == 1
    assert cut_bot([(3.0, 1)], heard) == 0  # after offset + 0.5 s: not from it
    assert latencies(events, [(2.0, 4.0), (9.0, 10.0)]) == [pytest.approx(0.5), None]


def test_the_table_puts_the_baseline_first_and_counts_what_was_heard() -> None:
    call = _call()
    rows = {"pipecat": Row(), "ours": Row()}
    starts_at = {"pipecat": 0.25, "ours": 0.45}
    for name, row in rows.items():
        d = starts_at[name]
        own = [(t.onset + d, 1) for t in call.turns]
        row.add_run(NONE, [call], [own], [[]])
        bc = [Said(2.0, 2.35, 0.5), Said(18.0, 18.35, 16.0)]
        row.add_run("350", [call], [[*own, (2.3, 1)] if name == "pipecat" else own], [bc])
        row.add_run(BARGE_IN, [call], [own], [[]])
    lines = render(rows, ["350"], "meta")
    first = next(i for i, s in enumerate(lines) if s.startswith("| pipecat"))
    assert lines[first] == "| pipecat | 1/2 |"
    assert lines[first + 1] == "| ours | 0/2 |"
    cost = [s for s in lines if s.startswith("| ours |")][1]
    assert cost.startswith("| ours | 0/1 | 450 | 450 | 0/3 / 0/3 |")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--values", "384,nope"], "--values"),
        (["--values", "-5"], "--values"),
        (["--floor-dbfs", "3"], "--floor-dbfs"),
        (["--cell", "tv_5dB"], "no cell tv_5dB in"),
        (["--cell", "clean,tv_5dB"], "one cell"),
    ],
)
def test_a_mistake_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    (tmp_path / "corpus.json").write_text(
        json.dumps({"calls": [], "cells": ["clean"], "split": "tune"})
    )
    (tmp_path / "clean.npy").write_bytes(b"")
    with pytest.raises(SystemExit) as e:
        main(["--root", str(tmp_path), "--out", str(tmp_path / "out"), *args])
    assert e.value.code == 2
    assert message in capsys.readouterr().err.strip().splitlines()[-1]


def test_a_held_out_corpus_or_none_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "corpus.json").write_text(
        json.dumps({"calls": [], "cells": ["clean"], "split": "heldout"})
    )
    (tmp_path / "clean.npy").write_bytes(b"")
    for root, message in ((tmp_path, "tuning corpus only"), (tmp_path / "none", "no corpus at")):
        with pytest.raises(SystemExit) as e:
            main(["--root", str(root), "--out", str(tmp_path / "out")])
        assert e.value.code == 2
        assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
