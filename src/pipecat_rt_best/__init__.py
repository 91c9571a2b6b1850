"""pipecat_rt_best: field-tested practices for GPT-4o Realtime phone bots, as Pipecat components.

Public names are imported lazily, so ``import pipecat_rt_best`` stays cheap and a
pipeline that only needs the number normalizer never loads onnxruntime. Test doubles
(the realtime emulator, the media-stream simulator) live in :mod:`pipecat_rt_best.testing`.

Layers: :mod:`.base` (frames, audio formats, G.711) ← the practices
(:mod:`.noise_robust_vad`, :mod:`.interruption_truncation`, :mod:`.indic_numbers`,
:mod:`.g711_passthrough`, :mod:`.session_pool`, and :mod:`.realtime`, the service that
composes truncation and the session pool) ←
:mod:`.call_pipeline` (all of them in one call) ← :mod:`.testing` and :mod:`.cli`.

Importing the package first tidies loguru's ``LOGURU_*`` variables (an empty one is unset, a
level in any case is that level: :mod:`.base.loguru_env`), so an env file copied from
``.env.example`` does not stop loguru from loading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipecat_rt_best._lazy import lazy_face
from pipecat_rt_best.base.loguru_env import tidy_loguru_env

tidy_loguru_env()  # before anything here loads loguru

__version__ = "0.1.0"

if TYPE_CHECKING:  # the public names; lazy_face() reads this block
    # the base layer
    from pipecat_rt_best.base.frames import (
        PlayoutConfirmedFrame as PlayoutConfirmedFrame,
        SpokenTextHeardFrame as SpokenTextHeardFrame,
    )
    from pipecat_rt_best.base.word_timing import WordTiming as WordTiming

    # the pieces composed
    from pipecat_rt_best.call_pipeline.pipeline import (
        realtime_call_processors as realtime_call_processors,
        realtime_call_worker as realtime_call_worker,
    )

    # practice 6: G.711 straight through
    from pipecat_rt_best.g711_passthrough.serializer import (
        ExotelPassthroughSerializer as ExotelPassthroughSerializer,
        PlivoPassthroughSerializer as PlivoPassthroughSerializer,
        TelnyxPassthroughSerializer as TelnyxPassthroughSerializer,
        TwilioPassthroughSerializer as TwilioPassthroughSerializer,
    )
    from pipecat_rt_best.g711_passthrough.server import create_telephony_app as create_telephony_app
    from pipecat_rt_best.g711_passthrough.transport import (
        G711PassthroughTransport as G711PassthroughTransport,
    )

    # practice 5: Indic number normalization
    from pipecat_rt_best.indic_numbers.normalizer import normalize_numbers as normalize_numbers

    # practice 2: interruption-aware truncation
    from pipecat_rt_best.interruption_truncation.clock import TruncationEvent as TruncationEvent
    from pipecat_rt_best.interruption_truncation.frames import TruncationFrame as TruncationFrame
    from pipecat_rt_best.interruption_truncation.processors import PlayoutTracker as PlayoutTracker
    from pipecat_rt_best.interruption_truncation.service import TruncationParams as TruncationParams

    # practice 1: noise-robust VAD
    from pipecat_rt_best.noise_robust_vad.analyzer import (
        NoiseRobustVADAnalyzer as NoiseRobustVADAnalyzer,
    )
    from pipecat_rt_best.noise_robust_vad.mixer import BargeInDuckingMixer as BargeInDuckingMixer
    from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams as NoiseRobustVADParams
    from pipecat_rt_best.noise_robust_vad.processors import BargeInGuard as BargeInGuard
    from pipecat_rt_best.noise_robust_vad.turns import (
        manual_turn_user_params as manual_turn_user_params,
    )

    # the realtime service (OpenAI / Azure), with practice 3's mid-call reconnect
    from pipecat_rt_best.realtime.env import realtime_service_from_env as realtime_service_from_env
    from pipecat_rt_best.realtime.reconnect import ReconnectParams as ReconnectParams
    from pipecat_rt_best.realtime.service import (
        AzureRealtimeLLMService as AzureRealtimeLLMService,
        RealtimeLLMService as RealtimeLLMService,
    )
    from pipecat_rt_best.realtime.session import realtime_session as realtime_session

    # practice 3: pre-warmed realtime sessions
    from pipecat_rt_best.session_pool.pool import (
        PoolConfig as PoolConfig,
        RealtimeSessionPool as RealtimeSessionPool,
        SessionBackend as SessionBackend,
    )

if not TYPE_CHECKING:  # hidden from type checkers: they read the names above, and flag others
    __getattr__, __dir__ = lazy_face(__name__, __file__, also=("__version__",))
