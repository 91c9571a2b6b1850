"""Turns decided by the pipeline's own VAD, for the realtime service in manual mode.

With ``turn_detection`` null the server never decides a turn; the user aggregator's VAD does:
its start interrupts the bot (the service clears, cancels and truncates), its stop commits the
caller's audio and asks for a response. pipecat's default stop strategy waits for a smart-turn
model and a transcript, neither of which a realtime call has, so the stop here is the VAD's own.

pipecat's stop strategy warns, once per instance (so once per call), that the VAD's ``stop_secs``
differs from its recommended 0.2 s, and to re-run its STT benchmark. The pack's 0.64 s is on purpose
(the analyzer says why, once, at INFO) and a realtime call has no STT to benchmark, so the strategy
here says that warning once per process.
"""

from __future__ import annotations

from typing import Any

from pipecat.audio.vad.vad_analyzer import VAD_STOP_SECS, VADAnalyzer
from pipecat.frames.frames import Frame, VADUserStoppedSpeakingFrame
from pipecat.processors.aggregators.llm_response_universal import LLMUserAggregatorParams
from pipecat.turns.types import ProcessFrameResult
from pipecat.turns.user_start.vad_user_turn_start_strategy import VADUserTurnStartStrategy
from pipecat.turns.user_stop.speech_timeout_user_turn_stop_strategy import (
    SpeechTimeoutUserTurnStopStrategy,
)
from pipecat.turns.user_turn_strategies import UserTurnStrategies

__all__ = ["manual_turn_strategies", "manual_turn_user_params"]

# set once any VADStopStrategy in this process has said pipecat's "stop_secs differs" warning
_warned_stop_secs = False


class VADStopStrategy(SpeechTimeoutUserTurnStopStrategy):
    """pipecat's speech-timeout stop strategy, its "stop_secs differs" warning said once per process.

    Before pipecat reads a VAD stop, the strategy is marked as having warned when another
    instance in this process already warned, unless pipecat would warn that ``stop_secs`` reaches
    an STT's p99 latency (only after an ``STTMetadataFrame``: that one stays per call).
    """

    async def process_frame(self, frame: Frame) -> ProcessFrameResult:
        """Mark the warning as said when the process said it; then pipecat's own handling."""
        global _warned_stop_secs
        stop_secs = frame.stop_secs if isinstance(frame, VADUserStoppedSpeakingFrame) else 0.0
        stop = isinstance(frame, VADUserStoppedSpeakingFrame) and stop_secs != VAD_STOP_SECS
        if stop and _warned_stop_secs:
            stt_p99 = self._stt_timeout
            if not (stt_p99 > 0 and stop_secs >= stt_p99):
                self._stop_secs_warned = True
        result = await super().process_frame(frame)
        if stop and self._stop_secs_warned:
            _warned_stop_secs = True
        return result


def manual_turn_strategies() -> UserTurnStrategies:
    """VAD start, VAD stop: the caller's turn ends when the VAD hears them stop."""
    return UserTurnStrategies(
        start=[VADUserTurnStartStrategy()],
        stop=[VADStopStrategy(user_speech_timeout=0.0, wait_for_transcript=False)],
    )


def manual_turn_user_params(
    vad: VADAnalyzer | None = None, **params: Any
) -> LLMUserAggregatorParams:
    """User-aggregator params for manual turns, with the pack's noise-robust VAD by default.

    ``params``: pipecat's other ``LLMUserAggregatorParams`` fields (``user_idle_timeout=``,
    ``user_mute_strategies=``, …); the turn strategies are the manual ones
    (:func:`manual_turn_strategies`), so ``user_turn_strategies`` is not one of them.
    """
    if "user_turn_strategies" in params or "vad_analyzer" in params:
        raise TypeError(
            "manual_turn_user_params sets user_turn_strategies (the manual turns) and takes the "
            "analyzer as its first argument: pass neither as a keyword"
        )
    if vad is None:
        # lazy: a caller who brings their own analyzer never loads Silero / onnxruntime
        from pipecat_rt_best.noise_robust_vad.analyzer import NoiseRobustVADAnalyzer

        vad = NoiseRobustVADAnalyzer()
    return LLMUserAggregatorParams(
        vad_analyzer=vad, user_turn_strategies=manual_turn_strategies(), **params
    )
