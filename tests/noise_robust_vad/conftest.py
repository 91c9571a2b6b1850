"""Fixtures for the noise-robust VAD tests."""

from __future__ import annotations

import numpy as np
import pytest

from pipecat_rt_best.testing.simulated_call.caller_audio import synth_utterance


def speechlike(
    sample_rate: int, seconds: float = 1.5, seed: int = 3, lead: float = 0.5
) -> np.ndarray:
    """Silence, a synthetic utterance Silero scores as speech, silence (int16)."""
    pad = np.zeros(int(lead * sample_rate), dtype=np.int16)
    return np.concatenate([pad, synth_utterance(seconds, sample_rate, seed=seed), pad])


@pytest.fixture
def speech8k() -> np.ndarray:
    return speechlike(8000)


@pytest.fixture
def speech16k() -> np.ndarray:
    return speechlike(16000)
