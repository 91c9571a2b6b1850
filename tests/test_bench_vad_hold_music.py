"""bench.vad.hold_music: the hold goes between two caller turns and moves what comes after it,
the music is placed and raised as asked, the counts read the right turns, and a mistake on the
command line is one line and exit 2."""

from __future__ import annotations

import numpy as np
import pytest

from bench.vad.corpus import RATE, Call, Turn
from bench.vad.hold_music import Row, cut_point, hold_audio, main, with_hold


def _call() -> Call:
    turns = [
        Turn(2.0, 3.0, False, -25.0),
        Turn(6.0, 7.0, False, -25.0),
        Turn(10.0, 11.0, True, -25.0),
    ]
    planned = [(0.2, 1.5), (3.5, 5.5), (7.5, 12.0)]
    return Call(0, "synthetic", 14.0, -25.0, turns, bot=[], bot_planned=planned)


def test_the_hold_goes_between_the_middle_turns_and_moves_what_comes_after() -> None:
    call = _call()
    at = cut_point(call)
    assert at == pytest.approx((3.0 + 6.0) / 2)
    held = with_hold(call, at, 60.0)
    assert held.duration == pytest.approx(74.0)
    assert [(t.onset, t.offset) for t in held.turns] == [(2.0, 3.0), (66.0, 67.0), (70.0, 71.0)]
    # a bot turn the cut falls in ends at the cut; the ones after move with the turns
    assert held.bot_planned == [(0.2, 1.5), (3.5, 4.5), (67.5, 72.0)]


def test_the_music_fills_the_hold_raised_by_the_gain() -> None:
    clean = np.arange(10 * RATE, dtype=np.int16) % 100
    music = np.full(RATE, 10, dtype=np.int32)  # one second, tiled
    x = hold_audio(clean, music, 4.0, 3.0, 20.0)
    assert len(x) == 13 * RATE
    np.testing.assert_array_equal(x[: 4 * RATE], clean[: 4 * RATE])
    assert set(np.unique(x[4 * RATE : 7 * RATE])) == {100}  # +20 dB: ten times
    np.testing.assert_array_equal(x[7 * RATE :], clean[4 * RATE :])


def test_the_counts_read_the_turns_before_and_after_the_hold_and_the_starts_in_it() -> None:
    call = _call()
    at = cut_point(call)
    held = with_hold(call, at, 60.0)
    events = [(2.3, 1), (2.9, -1), (30.0, 1), (31.0, -1), (70.4, 1), (71.2, -1)]
    row = Row()
    row.add(events, held, at, 60.0)
    assert (row.before, row.before_found) == (1, 1)
    assert (row.after, row.after_found) == (2, 1)  # the first after the hold (66 s) missed
    assert (row.first, row.first_found) == (1, 0)
    assert row.hold_starts == 1 and row.hold_minutes == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--music-db", "loud"], "--music-db"),
        (["--music-db", ","], "at least one"),
        (["--hold-s", "0"], "--hold-s"),
        (["--split", "nosuch"], "no corpus"),
    ],
)
def test_a_mistake_on_the_command_line_is_one_line_and_exit_2(
    argv: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert says in err[-1] and "Traceback" not in "".join(err)
