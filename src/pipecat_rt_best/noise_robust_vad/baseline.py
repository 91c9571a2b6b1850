"""Pipecat's own ``SileroVADAnalyzer`` over a recording: the baseline the pack's VAD is measured
against. ``bench/vad`` scores every cell against it; ``tune-vad`` prints it beside the grid, so
a user sees on their own audio what the pack changes.

Pure at import (numpy only): pipecat is loaded when an analyzer is made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from pipecat_rt_best.base.pipecat_names import require_pipecat_names
from pipecat_rt_best.noise_robust_vad.tuning import Events

CHUNK_MS = 20
"""The audio a telephony transport hands the analyzer at a time."""


def stock_analyzer(sample_rate: int) -> Any:
    """pipecat's ``SileroVADAnalyzer`` with its defaults, at ``sample_rate`` (8000 or 16000;
    ~30 ms: it loads its ONNX model each time). A pipecat without the analyzer's
    ``_run_analyzer`` (run directly below) fails here, in one line."""
    from pipecat.audio.vad.silero import SileroVADAnalyzer

    require_pipecat_names(__name__)
    vad = SileroVADAnalyzer()
    vad.set_sample_rate(sample_rate)
    return vad


class Edges:
    """A stream of pipecat ``VADState`` values as start (+1) and stop (-1) events: SPEAKING after
    not speaking starts, QUIET after speaking stops (STARTING/STOPPING change nothing)."""

    def __init__(self) -> None:
        from pipecat.audio.vad.vad_analyzer import VADState

        self.speaking_state, self.quiet_state = VADState.SPEAKING, VADState.QUIET
        self.events: Events = []
        self.speaking = False

    def feed(self, state: Any, t: float) -> bool:
        """Take the state at time ``t``; True if it starts speech."""
        if state == self.speaking_state and not self.speaking:
            self.speaking = True
            self.events.append((t, 1))
            return True
        if state == self.quiet_state and self.speaking:
            self.speaking = False
            self.events.append((t, -1))
        return False


PROGRESS_S = 10
"""How often (seconds of audio) :func:`stock_events` reports its progress."""


def stock_events(
    vad: Any,
    pcm: np.ndarray,
    sample_rate: int,
    progress: Callable[[float], object] | None = None,
) -> Events:
    """int16 ``pcm`` through ``vad`` (:func:`stock_analyzer`) in 20 ms chunks; each event at the
    end of the chunk that carried it. ``progress``, if given, is called every ``PROGRESS_S``
    of audio with the seconds done so far."""
    chunk = sample_rate * CHUNK_MS // 1000
    data = np.asarray(pcm, dtype=np.int16).tobytes()
    edges = Edges()
    every = PROGRESS_S * sample_rate
    for i in range(0, len(pcm) - chunk + 1, chunk):
        # _run_analyzer is what analyze_audio runs in its executor thread; calling it
        # directly measures the analysis without the thread hop (the bench times it)
        edges.feed(vad._run_analyzer(data[2 * i : 2 * (i + chunk)]), (i + chunk) / sample_rate)
        if progress is not None and (i + chunk) % every == 0:
            progress((i + chunk) / sample_rate)
    return edges.events
