"""Helpers for the noise-robust VAD tests: synthetic (probability, level) window sequences."""

from __future__ import annotations

from collections.abc import Iterable

from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams
from pipecat_rt_best.noise_robust_vad.state_machine import (
    WINDOW_MS,
    Decision,
    Event,
    VADStateMachine,
)

QUIET_LINE = (0.02, -75.0)  # (prob, level dBFS): an idle phone line
LINE_60 = (0.02, -60.0)  # a quiet line, -60 dBFS

FULL_MARGIN = {"talk_spread_ref_db": 0.0}
"""Background talk of one constant level is flatter than any real talk, and the machine gives
flat talk less margin (``talk_spread_ref_db``); tests of the other gates over such talk turn
that off, so they see the full ``floor_margin_db`` that talk swinging like a TV gets."""


def n(ms: float) -> int:
    """Windows in ``ms``."""
    return round(ms / WINDOW_MS)


def seg(ms: float, prob: float, level: float) -> list[tuple[float, float]]:
    return [(prob, level)] * n(ms)


def run(
    sm: VADStateMachine, windows: Iterable[tuple[float, float]], bot: bool | None = None
) -> list[Decision]:
    if bot is not None:
        sm.set_bot_speaking(bot)
    return [sm.step(p, lv) for p, lv in windows]


def events(decisions: list[Decision], kind: Event, offset: int = 0) -> list[int]:
    """Window indices (plus ``offset``) of decisions with event ``kind``."""
    return [offset + i for i, d in enumerate(decisions) if d.event is kind]


def warmed(params: NoiseRobustVADParams | None = None, ambient=QUIET_LINE) -> VADStateMachine:
    """A machine that has listened to ``warmup_ms`` + 1.5 s of ambient (warm-up complete)."""
    sm = VADStateMachine(params)
    run(sm, seg(sm.params.warmup_ms + 1500, *ambient))
    return sm
