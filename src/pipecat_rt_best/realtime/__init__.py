"""The pack's realtime LLM service (OpenAI / Azure OpenAI GA Realtime), and its helpers.

The service composes practice 2's truncation behaviour
(:class:`~pipecat_rt_best.interruption_truncation.service.TruncationMixin`) and practice 3's
session pool (:mod:`pipecat_rt_best.session_pool`, adopted by :mod:`.pooled`, used by
:mod:`.reconnect`): the deliberate dependencies of this package on practices (one way: neither
imports this package).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipecat_rt_best._lazy import lazy_face

if TYPE_CHECKING:  # the public names; lazy_face() reads this block
    from pipecat_rt_best.realtime.env import (
        RealtimeBackendConfig as RealtimeBackendConfig,
        RealtimeConfigError as RealtimeConfigError,
        backend_config_from_env as backend_config_from_env,
        configured_backend as configured_backend,
        input_transcription_from_env as input_transcription_from_env,
        model_refusal as model_refusal,
        realtime_service_from_env as realtime_service_from_env,
        reconnect_from_env as reconnect_from_env,
    )
    from pipecat_rt_best.realtime.pooled import (
        realtime_pool_from_env as realtime_pool_from_env,
        session_backend_from_env as session_backend_from_env,
    )
    from pipecat_rt_best.realtime.reconnect import ReconnectParams as ReconnectParams
    from pipecat_rt_best.realtime.response_retry import (
        ResponseRetryParams as ResponseRetryParams,
    )
    from pipecat_rt_best.realtime.service import (
        AzureRealtimeLLMService as AzureRealtimeLLMService,
        RealtimeLLMService as RealtimeLLMService,
        RealtimeServiceMixin as RealtimeServiceMixin,
    )
    from pipecat_rt_best.realtime.session import realtime_session as realtime_session

if not TYPE_CHECKING:  # hidden from type checkers: they read the names above, and flag others
    __getattr__, __dir__ = lazy_face(__name__, __file__)
