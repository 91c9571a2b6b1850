"""pipecat_rt_best: field-tested practices for GPT-4o Realtime phone bots, as Pipecat components.

Public names are imported lazily, so ``import pipecat_rt_best`` stays cheap and a
pipeline that only needs the number normalizer never loads onnxruntime.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    # foundation
    "RealtimeEmulator": "pipecat_rt_best.emulator",
    "EmulatorScript": "pipecat_rt_best.emulator",
    "Reply": "pipecat_rt_best.emulator",
    "ToolCall": "pipecat_rt_best.emulator",
    "Faults": "pipecat_rt_best.emulator",
    "RealtimeLLMService": "pipecat_rt_best.realtime",
    "AzureRealtimeLLMService": "pipecat_rt_best.realtime",
    "realtime_service_from_env": "pipecat_rt_best.realtime",
    "realtime_session": "pipecat_rt_best.realtime",
    "manual_turn_user_params": "pipecat_rt_best.realtime",
    "realtime_call_processors": "pipecat_rt_best.realtime.pipeline",
    "realtime_call_worker": "pipecat_rt_best.realtime.pipeline",
    # practice 1: noise-robust VAD
    "NoiseRobustVADAnalyzer": "pipecat_rt_best.noise_robust_vad",
    "NoiseRobustVADParams": "pipecat_rt_best.noise_robust_vad",
    "BargeInGuard": "pipecat_rt_best.noise_robust_vad",
    "BargeInDuckingMixer": "pipecat_rt_best.noise_robust_vad",
    # practice 2: interruption-aware truncation
    "PlayoutTracker": "pipecat_rt_best.interruption_truncation",
    "PlayoutConfirmedFrame": "pipecat_rt_best.interruption_truncation",
    "TruncationParams": "pipecat_rt_best.interruption_truncation",
    "TruncationEvent": "pipecat_rt_best.interruption_truncation",
    "TruncationFrame": "pipecat_rt_best.interruption_truncation",
    "SpokenTextHeardFrame": "pipecat_rt_best.interruption_truncation",
    "WordTiming": "pipecat_rt_best.interruption_truncation",
    # practice 5: Indic number normalization
    "normalize_numbers": "pipecat_rt_best.indic_numbers",
    # practice 6: G.711 straight through
    "TwilioPassthroughSerializer": "pipecat_rt_best.g711_passthrough",
    "TelnyxPassthroughSerializer": "pipecat_rt_best.g711_passthrough",
    "PlivoPassthroughSerializer": "pipecat_rt_best.g711_passthrough",
    "ExotelPassthroughSerializer": "pipecat_rt_best.g711_passthrough",
    "G711PassthroughTransport": "pipecat_rt_best.g711_passthrough",
    "create_telephony_app": "pipecat_rt_best.g711_passthrough",
    "MediaStreamSimulator": "pipecat_rt_best.g711_passthrough",
}

__all__ = [
    "AzureRealtimeLLMService",
    "BargeInDuckingMixer",
    "BargeInGuard",
    "EmulatorScript",
    "ExotelPassthroughSerializer",
    "Faults",
    "G711PassthroughTransport",
    "MediaStreamSimulator",
    "NoiseRobustVADAnalyzer",
    "NoiseRobustVADParams",
    "PlayoutConfirmedFrame",
    "PlayoutTracker",
    "PlivoPassthroughSerializer",
    "RealtimeEmulator",
    "RealtimeLLMService",
    "Reply",
    "SpokenTextHeardFrame",
    "TelnyxPassthroughSerializer",
    "ToolCall",
    "TruncationEvent",
    "TruncationFrame",
    "TruncationParams",
    "TwilioPassthroughSerializer",
    "WordTiming",
    "__version__",
    "create_telephony_app",
    "manual_turn_user_params",
    "normalize_numbers",
    "realtime_call_processors",
    "realtime_call_worker",
    "realtime_service_from_env",
    "realtime_session",
]

if TYPE_CHECKING:  # pragma: no cover
    from pipecat_rt_best.emulator import (
        EmulatorScript,
        Faults,
        RealtimeEmulator,
        Reply,
        ToolCall,
    )
    from pipecat_rt_best.g711_passthrough import (
        ExotelPassthroughSerializer,
        G711PassthroughTransport,
        MediaStreamSimulator,
        PlivoPassthroughSerializer,
        TelnyxPassthroughSerializer,
        TwilioPassthroughSerializer,
        create_telephony_app,
    )
    from pipecat_rt_best.indic_numbers import (
        normalize_numbers,
    )
    from pipecat_rt_best.interruption_truncation import (
        PlayoutConfirmedFrame,
        PlayoutTracker,
        SpokenTextHeardFrame,
        TruncationEvent,
        TruncationFrame,
        TruncationParams,
        WordTiming,
    )
    from pipecat_rt_best.noise_robust_vad import (
        BargeInDuckingMixer,
        BargeInGuard,
        NoiseRobustVADAnalyzer,
        NoiseRobustVADParams,
    )
    from pipecat_rt_best.realtime import (
        AzureRealtimeLLMService,
        RealtimeLLMService,
        manual_turn_user_params,
        realtime_service_from_env,
        realtime_session,
    )
    from pipecat_rt_best.realtime.pipeline import (
        realtime_call_processors,
        realtime_call_worker,
    )


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'pipecat_rt_best' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
