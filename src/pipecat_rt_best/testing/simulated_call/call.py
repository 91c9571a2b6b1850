"""The main job: a short scripted call through a real pipecat pipeline, offline.

synthetic caller (generated here) → simulated phone line → pipecat pipeline
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
from pipecat.frames.frames import EndFrame
from pipecat.workers.runner import WorkerRunner

from pipecat_rt_best.call_pipeline.pipeline import realtime_call_worker
from pipecat_rt_best.noise_robust_vad.turns import manual_turn_user_params
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator
from pipecat_rt_best.testing.simulated_call.caller_audio import synth_utterance, wav_bytes
from pipecat_rt_best.testing.simulated_call.timeline import CallTimeline, TimelineEvent
from pipecat_rt_best.testing.simulated_call.transport import (
    CallerTurn,
    PlayedAudio,
    SimulatedCallTransport,
)

DEFAULT_REPLIES = (
    "Namaste! This is Asha from City Bank. How can I help you today?",
    "Your loan of four lakh fifty thousand rupees was approved yesterday, and the money "
    "reaches your account within two working days. The first instalment is due on the "
    "fifth of next month.",
    "Of course. The instalment is eleven thousand two hundred rupees. Anything else?",
)

SYSTEM_PROMPT = "You are Asha, a concise and warm phone agent for City Bank."


@dataclass
class SimulationResult:
    timeline: CallTimeline
    played: PlayedAudio
    caller_spoke: list[tuple[float, float]]  # seconds since the call started
    caller_wav: Path | None
    emulator_commits: int
    emulator_responses: int
    emulator_turn_bytes: list[int] = field(default_factory=list)


def default_caller(sample_rate: int = 8000) -> list[CallerTurn]:
    """Two caller turns: one after the greeting, one cutting into the bot's long reply."""
    return [
        CallerTurn(synth_utterance(1.6, sample_rate, seed=1), delay_s=0.8),
        CallerTurn(synth_utterance(1.4, sample_rate, seed=2), delay_s=2.0, barge_in=True),
    ]


async def simulate_call(
    *,
    caller: list[CallerTurn] | None = None,
    replies: tuple[str, ...] = DEFAULT_REPLIES,
    audio_format: Literal["pcm", "pcmu", "pcma"] = "pcmu",
    out_dir: Path | None = None,
    vad: VADAnalyzer | None = None,
    hang_up_after_s: float = 12.0,
    max_call_s: float = 120.0,
) -> SimulationResult:
    """Run one simulated call and return what happened.

    The caller waits for the greeting, asks something, then barges into the bot's
    (long) answer; the call hangs up once the bot's last reply has played, or
    ``hang_up_after_s`` after the caller's last turn — and at ``max_call_s`` whatever
    happens (a caller waiting for a cue that never comes).
    """
    sample_rate = 8000
    law = {"pcmu": "ulaw", "pcma": "alaw"}.get(audio_format)
    turns = caller if caller is not None else default_caller(sample_rate)
    transport = SimulatedCallTransport(turns, sample_rate=sample_rate, g711_law=law)  # type: ignore[arg-type]
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
        worker, _ = await realtime_call_worker(
            transport,
            llm,
            sample_rate=sample_rate,
            user_params=manual_turn_user_params(vad),
            observers=[timeline],
        )  # the bot greets first
        runner = WorkerRunner(handle_sigint=False)

        async def hang_up() -> None:
            try:  # a call whose cues never come (no greeting, a turn never heard) still ends
                await asyncio.wait_for(transport.caller_finished.wait(), max_call_s)
            except TimeoutError:
                logger.warning(f"simulate: the caller's turns did not finish in {max_call_s:.0f} s")
                timeline.mark("hang up", "call deadline")
                await worker.queue_frame(EndFrame())
                return
            last_word = time.monotonic() - timeline.t0
            deadline = time.monotonic() + hang_up_after_s
            while time.monotonic() < deadline:  # let the last reply play out
                await asyncio.sleep(0.1)
                if any(e.kind == "bot stops" and e.t > last_word + 0.5 for e in timeline.events):
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
        for start, end in transport.caller_spoke:
            timeline.events.append(
                TimelineEvent(
                    start - timeline.t0, "caller audio", f"{end - start:.1f} s of speech begins"
                )
            )
        if session is not None:  # what the model remembers of each reply it was cut off in
            for trunc in session.truncations:
                if trunc["accepted"]:
                    timeline.model_memory.append(trunc["transcript"])
        timeline.events.sort(key=lambda e: e.t)
        caller_wav = None
        if out_dir is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
            caller_wav = out_dir / "caller.wav"
            caller_wav.write_bytes(wav_bytes(transport.caller_line, sample_rate))
        session = emu.last_session
        return SimulationResult(
            timeline=timeline,
            played=transport.played,
            caller_spoke=[(a - timeline.t0, b - timeline.t0) for a, b in transport.caller_spoke],
            caller_wav=caller_wav,
            emulator_commits=len(session.commits) if session else 0,
            emulator_responses=sum(
                1
                for e in (session.received if session else [])
                if e.get("type") == "response.create"
            ),
            emulator_turn_bytes=[len(b) for b in (session.input_audio_turns if session else [])],
        )


# pipecat warnings that don't apply to a pipeline whose local VAD drives manual turns
_EXPECTED_WARNINGS = ("is not emitting turn frames", "differs from the recommended default")


def quiet_logs(level: str = "WARNING") -> None:
    import sys

    logger.remove()
    logger.add(
        sys.stderr,
        level=level,
        filter=lambda record: not any(w in record["message"] for w in _EXPECTED_WARNINGS),
    )
