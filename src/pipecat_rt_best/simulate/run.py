"""The main job: a short scripted call through a real pipecat pipeline, offline.

caller track (generated here) → simulated phone line → pipecat pipeline
(VAD-driven manual turns → the pack's realtime service) → the embedded realtime
emulator → the bot's audio back to a simulated handset, with a turn timeline.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from loguru import logger
from pipecat.audio.vad.vad_analyzer import VADAnalyzer
from pipecat.frames.frames import EndFrame, LLMRunFrame
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineParams, PipelineWorker
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.aggregators.llm_response_universal import (
    LLMContextAggregatorPair,
    LLMUserAggregatorParams,
)
from pipecat.turns.user_start.vad_user_turn_start_strategy import VADUserTurnStartStrategy
from pipecat.turns.user_stop.speech_timeout_user_turn_stop_strategy import (
    SpeechTimeoutUserTurnStopStrategy,
)
from pipecat.turns.user_turn_strategies import UserTurnStrategies
from pipecat.workers.runner import WorkerRunner
from pipecat_rt_best.emulator import EmulatorScript, RealtimeEmulator

from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.simulate.caller_audio import Utterance, synth_call, wav_bytes
from pipecat_rt_best.simulate.timeline import CallTimeline
from pipecat_rt_best.simulate.transport import PlayedAudio, SimulatedCallTransport

DEFAULT_REPLIES = (
    "Namaste! This is Asha from City Bank. How can I help you today?",
    "Your loan of four lakh fifty thousand rupees was approved yesterday.",
    "The first instalment is due on the fifth of next month. Anything else?",
)

SYSTEM_PROMPT = "You are Asha, a concise and warm phone agent for City Bank."


@dataclass
class SimulationResult:
    timeline: CallTimeline
    played: PlayedAudio
    utterances: list[Utterance]
    caller_wav: Path | None
    emulator_commits: int
    emulator_responses: int
    emulator_turn_bytes: list[int] = field(default_factory=list)


def default_vad() -> VADAnalyzer:
    """The pack's noise-robust analyzer when present, else pipecat's Silero analyzer."""
    try:
        from pipecat_rt_best.noise_robust_vad import NoiseRobustVADAnalyzer  # type: ignore[attr-defined]

        return NoiseRobustVADAnalyzer()  # type: ignore[no-any-return]
    except ImportError:
        from pipecat.audio.vad.silero import SileroVADAnalyzer

        return SileroVADAnalyzer()


def manual_turn_strategies() -> UserTurnStrategies:
    """VAD start, VAD stop: the caller's turn ends when the VAD hears them stop."""
    return UserTurnStrategies(
        start=[VADUserTurnStartStrategy()],
        stop=[
            SpeechTimeoutUserTurnStopStrategy(user_speech_timeout=0.0, wait_for_transcript=False)
        ],
    )


async def simulate_call(
    *,
    utterances_s: tuple[float, ...] = (1.6, 2.0),
    replies: tuple[str, ...] = DEFAULT_REPLIES,
    audio_format: Literal["pcm", "pcmu", "pcma"] = "pcmu",
    out_dir: Path | None = None,
    vad: VADAnalyzer | None = None,
) -> SimulationResult:
    """Run one simulated call and return what happened."""
    sample_rate = 8000
    samples, utterances = synth_call(
        list(utterances_s), gaps_s=[5.5] * len(utterances_s), sample_rate=sample_rate
    )
    caller_wav = None
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        caller_wav = out_dir / "caller.wav"
        caller_wav.write_bytes(wav_bytes(samples, sample_rate))

    law = {"pcmu": "ulaw", "pcma": "alaw"}.get(audio_format)
    transport = SimulatedCallTransport(samples, sample_rate=sample_rate, g711_law=law)  # type: ignore[arg-type]
    timeline = CallTimeline()

    async with RealtimeEmulator(
        api_key="sim-key", script=EmulatorScript(replies=list(replies))
    ) as emu:
        llm = RealtimeLLMService(
            api_key="sim-key",
            base_url=emu.url,
            settings=RealtimeLLMService.Settings(
                model="gpt-realtime",
                system_instruction=SYSTEM_PROMPT,
                session_properties=realtime_session(audio_format=audio_format, manual_turns=True),
            ),
        )
        context = LLMContext()
        aggregators = LLMContextAggregatorPair(
            context,
            user_params=LLMUserAggregatorParams(
                vad_analyzer=vad or default_vad(), user_turn_strategies=manual_turn_strategies()
            ),
        )
        pipeline = Pipeline(
            [
                transport.input(),
                aggregators.user(),
                llm,
                transport.output(),
                aggregators.assistant(),
            ]
        )
        worker = PipelineWorker(
            pipeline,
            params=PipelineParams(
                enable_metrics=True,
                audio_in_sample_rate=sample_rate,
                audio_out_sample_rate=sample_rate,
            ),
            enable_rtvi=False,
            idle_timeout_secs=None,
            observers=[timeline],
        )
        await worker.queue_frames([LLMRunFrame()])  # the bot greets first
        runner = WorkerRunner(handle_sigint=False)

        async def hang_up() -> None:
            await transport.caller_finished.wait()
            # let the last reply play out before hanging up
            deadline = time.monotonic() + 8.0
            while time.monotonic() < deadline:
                await asyncio.sleep(0.25)
                if timeline.events and timeline.events[-1].kind == "bot stops":
                    break
            timeline.mark("hang up")
            await worker.queue_frame(EndFrame())

        await runner.add_workers(worker)
        hang_up_task = asyncio.create_task(hang_up())
        try:
            await runner.run()
        finally:
            hang_up_task.cancel()
        session = emu.last_session
        return SimulationResult(
            timeline=timeline,
            played=transport.played,
            utterances=utterances,
            caller_wav=caller_wav,
            emulator_commits=len(session.commits) if session else 0,
            emulator_responses=sum(
                1
                for e in (session.received if session else [])
                if e.get("type") == "response.create"
            ),
            emulator_turn_bytes=[len(b) for b in (session.input_audio_turns if session else [])],
        )


def quiet_logs(level: str = "WARNING") -> None:
    import sys

    logger.remove()
    logger.add(sys.stderr, level=level)
