"""Practice 1: noise-robust client-side VAD for realtime phone bots.

Pure (no pipecat): :class:`NoiseRobustVADParams` (the tuning, :mod:`.params`) and
:class:`VADStateMachine` (the decision logic, :mod:`.state_machine`; its cues: the caller's
spectral voice profile in :mod:`.voice_profile`, the distance cue in :mod:`.clarity`, and the
background-voice cue's speaker embeddings in :mod:`.speaker_embedding`, an ONNX model run with
onnxruntime).
Model: :class:`SileroModel` — torch-free streaming Silero (onnxruntime + numpy), 8/16 kHz,
batched. pipecat adapters: :class:`NoiseRobustVADAnalyzer` (``VADAnalyzer``),
:class:`BargeInGuard` (``FrameProcessor``), :class:`BargeInDuckingMixer` (``BaseAudioMixer``),
:func:`manual_turn_user_params` (turns decided by this VAD instead of the server's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipecat_rt_best._lazy import lazy_face

if TYPE_CHECKING:  # the public names; lazy_face() reads this block
    from pipecat_rt_best.noise_robust_vad.analyzer import (
        NoiseRobustVADAnalyzer as NoiseRobustVADAnalyzer,
        params_from_vad_params as params_from_vad_params,
        window_level_db as window_level_db,
    )
    from pipecat_rt_best.noise_robust_vad.mixer import (
        BargeInDuckingMixer as BargeInDuckingMixer,
        apply_gain_ramp as apply_gain_ramp,
    )
    from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams as NoiseRobustVADParams
    from pipecat_rt_best.noise_robust_vad.processors import BargeInGuard as BargeInGuard
    from pipecat_rt_best.noise_robust_vad.silero_model import (
        SileroModel as SileroModel,
        pipecat_model_path as pipecat_model_path,
        score_streams as score_streams,
        silero_package_model_path as silero_package_model_path,
    )
    from pipecat_rt_best.noise_robust_vad.state_machine import (
        Decision as Decision,
        Event as Event,
        ModelResetPolicy as ModelResetPolicy,
        Phase as Phase,
        VADStateMachine as VADStateMachine,
    )
    from pipecat_rt_best.noise_robust_vad.turns import (
        manual_turn_strategies as manual_turn_strategies,
        manual_turn_user_params as manual_turn_user_params,
    )

if not TYPE_CHECKING:  # hidden from type checkers: they read the names above, and flag others
    __getattr__, __dir__ = lazy_face(__name__, __file__)
