"""Turns decided by the pipeline's own VAD, for the realtime service in manual mode.

With ``turn_detection`` null the server never decides a turn; the user aggregator's VAD does:
its start interrupts the bot (the service clears, cancels and truncates), its stop commits the
caller's audio and asks for a response. pipecat's default stop strategy waits for a smart-turn
model and a transcript, neither of which a realtime call has, so the stop here is the VAD's own.
"""

from __future__ import annotations

from pipecat.audio.vad.vad_analyzer import VADAnalyzer
from pipecat.processors.aggregators.llm_response_universal import LLMUserAggregatorParams
from pipecat.turns.user_start.vad_user_turn_start_strategy import VADUserTurnStartStrategy
from pipecat.turns.user_stop.speech_timeout_user_turn_stop_strategy import (
    SpeechTimeoutUserTurnStopStrategy,
)
from pipecat.turns.user_turn_strategies import UserTurnStrategies

__all__ = ["manual_turn_strategies", "manual_turn_user_params"]


def manual_turn_strategies() -> UserTurnStrategies:
    """VAD start, VAD stop: the caller's turn ends when the VAD hears them stop."""
    return UserTurnStrategies(
        start=[VADUserTurnStartStrategy()],
        stop=[
            SpeechTimeoutUserTurnStopStrategy(user_speech_timeout=0.0, wait_for_transcript=False)
        ],
    )


def manual_turn_user_params(vad: VADAnalyzer | None = None) -> LLMUserAggregatorParams:
    """User-aggregator params for manual turns, with the pack's noise-robust VAD by default."""
    if vad is None:
        # lazy: a caller who brings their own analyzer never loads Silero / onnxruntime
        from pipecat_rt_best.noise_robust_vad.analyzer import NoiseRobustVADAnalyzer

        vad = NoiseRobustVADAnalyzer()
    return LLMUserAggregatorParams(vad_analyzer=vad, user_turn_strategies=manual_turn_strategies())
