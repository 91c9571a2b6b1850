"""Practice 1: noise-robust client-side VAD for realtime phone bots.

* :class:`SileroModel` — torch-free streaming Silero (onnxruntime + numpy), 8/16 kHz, batched.
* :class:`VADStateMachine` / :class:`NoiseRobustVADParams` — the pure decision logic.
* :class:`NoiseRobustVADAnalyzer` — the pipecat ``VADAnalyzer``.
* :class:`BargeInGuard` / :class:`BargeInDuckingMixer` — bot-aware barge-in and ducking.
"""

from pipecat_rt_best.noise_robust_vad.analyzer import NoiseRobustVADAnalyzer, window_level_db
from pipecat_rt_best.noise_robust_vad.barge_in import (
    BargeInDuckingMixer,
    BargeInGuard,
    apply_gain_ramp,
)
from pipecat_rt_best.noise_robust_vad.silero_model import (
    SileroModel,
    pipecat_model_path,
    score_streams,
    silero_package_model_path,
)
from pipecat_rt_best.noise_robust_vad.state_machine import (
    Decision,
    Event,
    ModelResetPolicy,
    NoiseRobustVADParams,
    Phase,
    VADStateMachine,
)

__all__ = [
    "BargeInDuckingMixer",
    "BargeInGuard",
    "Decision",
    "Event",
    "ModelResetPolicy",
    "NoiseRobustVADAnalyzer",
    "NoiseRobustVADParams",
    "Phase",
    "SileroModel",
    "VADStateMachine",
    "apply_gain_ramp",
    "pipecat_model_path",
    "score_streams",
    "silero_package_model_path",
    "window_level_db",
]
