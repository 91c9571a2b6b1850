"""The background talk's voice profile on its own: which stretches it samples, and when."""

from __future__ import annotations

import numpy as np

from pipecat_rt_best.noise_robust_vad.background_voice import SEED, SLOW, BackgroundVoice


class _Spans:
    """A stand-in embedder: remembers the spans asked for, gives a unit vector per span."""

    def __init__(self) -> None:
        self.asked: list[tuple[int, int]] = []

    def __call__(self, first: int, last: int) -> np.ndarray:
        self.asked.append((first, last))
        e = np.zeros(4)
        e[first % 4] = 1.0
        return e


def test_a_span_is_sampled_once_half_of_it_is_speech_like_then_the_stride_slows() -> None:
    spans = _Spans()
    voice = BackgroundVoice(spans)
    span = 10
    for k in range(span - 1):
        voice.track(True, k, span)
    assert voice.samples == 0  # not a whole span yet
    voice.track(True, span - 1, span)
    assert spans.asked == [(0, span - 1)] and voice.samples == 1
    for k in range(span, span * (SEED + 3)):
        voice.track(True, k, span)
    assert voice.samples == SEED  # young: every span; then every SLOW spans
    assert not voice.young and SLOW > 3


def test_a_mostly_quiet_stretch_and_a_caller_turn_are_not_samples() -> None:
    spans = _Spans()
    voice = BackgroundVoice(spans)
    for k in range(40):
        voice.track(k % 4 == 0, k, 10)  # a quarter speech-like
    assert spans.asked == []
    for interrupted in (False, True):
        spans = _Spans()
        voice = BackgroundVoice(spans)
        for k in range(9):
            voice.track(True, k, 10)
        if interrupted:
            voice.interrupt()  # a caller turn began: its windows split the stretch
        voice.track(True, 9, 10)
        assert spans.asked == ([] if interrupted else [(0, 9)])


def test_held_samples_are_embedded_together_and_give_the_same_mean() -> None:
    class Holding(_Spans):
        def __init__(self) -> None:
            super().__init__()
            self.batches: list[int] = []

        def hold(self, first: int, last: int) -> tuple[int, int]:
            return (first, last)

        def embed_held(self, held: list[tuple[int, int]]) -> list[np.ndarray]:
            self.batches.append(len(held))
            return [self(first, last) for first, last in held]

    plain, holding = BackgroundVoice(_Spans()), BackgroundVoice(held := Holding())
    for v in (plain, holding):
        for first in (0, 5, 9):
            assert v.add_span(first, first + 4)
    assert holding.samples == 3 and held.asked == []  # held, not embedded yet
    a, b = plain.settled(), holding.settled()
    assert held.batches == [3]
    assert a.unit is not None and b.unit is not None and np.array_equal(a.unit, b.unit)
    assert BackgroundVoice(None).add_span(0, 4) is False
