"""A simulated phone line with a background-babble bed, for the end-to-end VAD test.

Reuses the simulate package's listening caller and handset; the caller's line additionally
carries continuous background babble (several synthetic talkers) under everything.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from pipecat_rt_best.testing.simulated_call.caller_audio import synth_utterance
from pipecat_rt_best.testing.simulated_call.transport import (
    CallerInput,
    CallerTurn,
    SimulatedCallTransport,
)


def babble(
    seconds: float, rate: int = 8000, talkers: int = 5, level_dbfs: float = -32.0, seed: int = 11
) -> npt.NDArray[np.float64]:
    """Several synthetic talkers at once, scaled to ``level_dbfs`` RMS (float, int16 scale)."""
    n = int(seconds * rate)
    out = np.zeros(n)
    rng = np.random.default_rng(seed)
    for _ in range(talkers):
        pos = -int(rng.uniform(0, 1.0) * rate)
        while pos < n:
            u = synth_utterance(
                float(rng.uniform(0.8, 2.0)),
                rate,
                seed=int(rng.integers(1_000_000)),
                f0=float(rng.uniform(95, 220)),
            ).astype(float)
            a, b = max(0, pos), min(n, pos + len(u))
            if b > a:
                out[a:b] += u[a - pos : b - pos]
            pos += len(u) + int(rng.uniform(0.05, 0.3) * rate)
    rms = float(np.sqrt(np.mean(out**2))) or 1.0
    return out / rms * (10 ** (level_dbfs / 20) * 32767)


class BabbleCallerInput(CallerInput):
    """The listening caller, with background babble mixed under every chunk of the line."""

    def __init__(self, *args: object, bed: npt.NDArray[np.float64], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._bed = bed
        self._bed_pos = 0

    def _next_chunk(self, step: int, now: float) -> npt.NDArray[np.int16]:
        chunk = super()._next_chunk(step, now).astype(float)
        idx = (self._bed_pos + np.arange(step)) % len(self._bed)
        self._bed_pos += step
        return np.clip(np.rint(chunk + self._bed[idx]), -32768, 32767).astype(np.int16)


class BabbleCallTransport(SimulatedCallTransport):
    """SimulatedCallTransport whose caller line carries a babble bed."""

    def __init__(
        self, turns: list[CallerTurn], bed: npt.NDArray[np.float64], **kwargs: object
    ) -> None:
        super().__init__(turns, **kwargs)  # type: ignore[arg-type]
        old = self._input
        self._input = BabbleCallerInput(
            turns,
            old._rate,
            self.params,
            g711_law=old._law,
            spoken=self.caller_spoke,
            finished=self.caller_finished,
            bed=bed,
        )
