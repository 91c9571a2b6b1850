"""The pack's realtime LLM service (OpenAI / Azure OpenAI GA Realtime), and its helpers."""

from pipecat_rt_best.realtime.env import (
    RealtimeBackendConfig,
    RealtimeConfigError,
    backend_config_from_env,
    realtime_service_from_env,
)
from pipecat_rt_best.realtime.formats import PCM24, PCMA, PCMU, RealtimeAudioFormat
from pipecat_rt_best.realtime.frames import G711InputAudioFrame, G711TTSAudioFrame
from pipecat_rt_best.realtime.service import (
    AzureRealtimeLLMService,
    RealtimeLLMService,
    RealtimeServiceMixin,
)
from pipecat_rt_best.realtime.session import realtime_session
from pipecat_rt_best.realtime.turns import manual_turn_strategies, manual_turn_user_params

__all__ = [
    "PCM24",
    "PCMA",
    "PCMU",
    "AzureRealtimeLLMService",
    "G711InputAudioFrame",
    "G711TTSAudioFrame",
    "RealtimeAudioFormat",
    "RealtimeBackendConfig",
    "RealtimeConfigError",
    "RealtimeLLMService",
    "RealtimeServiceMixin",
    "backend_config_from_env",
    "manual_turn_strategies",
    "manual_turn_user_params",
    "realtime_service_from_env",
    "realtime_session",
]
