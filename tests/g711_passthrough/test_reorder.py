"""The reorder window: numbered caller packets back in order, duplicates dropped, gaps
given up within a bounded amount of held audio (pure logic)."""

from __future__ import annotations

import random

import pytest

from pipecat_rt_best.g711_passthrough.reorder import ReorderWindow

MS = 20.0  # one packet


def _run(window: ReorderWindow[int], keys: list[int | None]) -> list[list[int | None]]:
    """What each push passes on (the items are the keys themselves)."""
    return [window.push(key, key, MS) for key in keys]  # type: ignore[arg-type]


def test_an_in_order_stream_is_never_held() -> None:
    window: ReorderWindow[int] = ReorderWindow()
    assert _run(window, [1, 2, 3, 4, 5]) == [[1], [2], [3], [4], [5]]
    assert window.held == 0 and window.stats.waited == 0


def test_swapped_pairs_come_out_in_order() -> None:
    window: ReorderWindow[int] = ReorderWindow()
    out = _run(window, [2, 1, 4, 3, 6, 5])  # the very first pair swapped too
    assert out == [[], [1, 2], [], [3, 4], [], [5, 6]]
    assert window.stats.waited == 3 and window.stats.missing == 0


def test_a_shuffled_stream_within_the_window_comes_out_whole_and_in_order() -> None:
    rng = random.Random(7)
    keys = list(range(1, 501))
    for i in range(0, 500, 4):  # shuffle within blocks of 4 packets (80 ms)
        block = keys[i : i + 4]
        rng.shuffle(block)
        keys[i : i + 4] = block
    window: ReorderWindow[int] = ReorderWindow()
    passed = [k for out in _run(window, keys) for k in out]  # type: ignore[misc]
    assert passed == list(range(1, 501))
    assert window.stats.missing == 0 and window.held == 0


def test_duplicates_are_dropped() -> None:
    window: ReorderWindow[int] = ReorderWindow()
    out = _run(window, [1, 2, 2, 4, 4, 3, 1])
    assert [k for o in out for k in o] == [1, 2, 3, 4]  # type: ignore[misc]
    assert window.stats.duplicates == 3


def test_a_lost_packet_is_given_up_after_at_most_the_window_of_held_audio() -> None:
    window: ReorderWindow[int] = ReorderWindow(max_held_ms=100.0)
    out = _run(window, [1, 3, 4, 5, 6, 7])  # 2 never comes: 5 packets = 100 ms held
    assert out == [[1], [], [], [], [], []]
    assert window.held == 5
    assert _run(window, [8]) == [[3, 4, 5, 6, 7, 8]]  # 120 ms would wait: 2 is given up
    assert window.stats.missing == 1 and window.held == 0
    assert _run(window, [2, 9]) == [[], [9]]  # 2 after all: too late, dropped
    assert window.stats.late == 1


def test_nothing_waits_with_a_zero_window() -> None:
    window: ReorderWindow[int] = ReorderWindow(max_held_ms=0.0)
    assert _run(window, [1, 3, 2, 4]) == [[1], [3], [], [4]]
    assert window.stats.missing == 1 and window.stats.late == 1


def test_numbers_far_behind_are_a_fresh_numbering_not_late_packets() -> None:
    window: ReorderWindow[int] = ReorderWindow()
    _run(window, list(range(1, 200)))
    assert _run(window, [1, 2, 3]) == [[1], [2], [3]]
    assert window.stats.restarts == 1 and window.stats.late == 0


@pytest.mark.parametrize("ahead", [10_000, 10**17])
def test_a_jump_ahead_waits_at_most_the_window(ahead: int) -> None:
    window: ReorderWindow[int] = ReorderWindow(max_held_ms=100.0)
    _run(window, [1, 2])
    out = _run(window, list(range(ahead, ahead + 6)))
    assert out[-1] == list(range(ahead, ahead + 6)) and window.held == 0
    assert _run(window, [ahead + 6]) == [[ahead + 6]]


def test_numbers_that_are_not_consecutive_turn_the_window_off() -> None:
    # e.g. a counter shared with another track: every other number never comes
    window: ReorderWindow[int] = ReorderWindow(max_held_ms=40.0, max_unfilled_gaps=3)
    passed = [k for out in _run(window, list(range(1, 60, 2))) for k in out]  # type: ignore[misc]
    assert window.off
    assert passed == list(range(1, 60, 2))  # nothing lost, in order
    assert _run(window, [61]) == [[61]] and window.held == 0  # and nothing waits any more


def test_a_filled_gap_keeps_the_window_on() -> None:
    window: ReorderWindow[int] = ReorderWindow(max_held_ms=40.0, max_unfilled_gaps=2)
    _run(window, [1, 3, 4, 5])  # 2 given up
    _run(window, [7, 6])  # a gap that fills
    _run(window, [9, 10, 11])  # 8 given up: not two in a row
    assert not window.off and window.stats.missing == 2


def test_packets_without_a_number_go_on_as_they_come() -> None:
    window: ReorderWindow[int] = ReorderWindow()
    assert _run(window, [None, 2, None, 1]) == [[None], [], [None], [1, 2]]


def test_reset_forgets_the_numbering() -> None:
    window: ReorderWindow[int] = ReorderWindow()
    _run(window, [1, 2, 3, 5])
    window.reset()
    assert window.held == 0
    assert _run(window, [1]) == [[1]]


@pytest.mark.parametrize(
    "bad", [{"max_held_ms": -1.0}, {"max_held_ms": float("nan")}, {"max_unfilled_gaps": 0}]
)
def test_bad_settings_are_refused(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        ReorderWindow(**bad)  # type: ignore[arg-type]
