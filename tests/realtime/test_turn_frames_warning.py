"""In manual-turn mode pipecat's "is not emitting turn frames" warning gives way to one INFO
line — and to a warning when the caller's audio flows with nothing deciding turns."""

from __future__ import annotations

import asyncio

from loguru import logger
from pipecat.frames.frames import (
    InputAudioRawFrame,
    LLMContextFrame,
    LLMFullResponseEndFrame,
    UserStartedSpeakingFrame,
)

from pipecat_rt_best.noise_robust_vad.turns import manual_turn_user_params
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator

from .harness import RealtimePipeline, wait_until


def _messages(manual_turns: bool) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    sink = logger.add(lambda m: seen.append((m.record["level"].name, m.record["message"])))
    try:
        llm = RealtimeLLMService(
            api_key="k",
            settings=RealtimeLLMService.Settings(
                session_properties=realtime_session(manual_turns=manual_turns)
            ),
        )
        llm.service_metadata_frame()
        llm.service_metadata_frame()  # said once, not per call
    finally:
        logger.remove(sink)
    return seen


def test_manual_turns_explain_themselves_once_instead_of_warning() -> None:
    seen = _messages(manual_turns=True)
    assert not any("is not emitting turn frames" in m for _, m in seen)
    explained = [m for level, m in seen if "manual turns" in m and level == "INFO"]
    assert len(explained) == 1


def test_server_turns_keep_pipecats_behaviour() -> None:
    seen = _messages(manual_turns=False)
    assert not any("manual turns — the pipeline's VAD" in m for _, m in seen)


async def _warnings_after_audio(
    seconds: float, *, with_turn: bool, with_vad: bool = False
) -> list[str]:
    """The no-turn warnings after ``seconds`` of line silence (``with_vad``: the pack's VAD
    in the user aggregator, as every call the pack builds has it)."""
    seen: list[str] = []
    sink = logger.add(lambda m: seen.append(m.record["message"]), level="WARNING")
    try:
        async with RealtimeEmulator(api_key="k", script=EmulatorScript(replies=["Hello."])) as emu:
            llm = RealtimeLLMService(
                api_key="k",
                base_url=emu.url,
                settings=RealtimeLLMService.Settings(
                    model="gpt-realtime", session_properties=realtime_session(audio_format="pcm")
                ),
            )
            user_params = manual_turn_user_params() if with_vad else None
            async with RealtimePipeline(llm, user_params=user_params) as p:
                await p.send(LLMContextFrame(p.context))
                await wait_until(lambda: bool(p.sink.of(LLMFullResponseEndFrame)), what="hello")
                if with_turn:
                    await p.send(UserStartedSpeakingFrame())
                rate = 8000 if with_vad else 24000  # the VAD reads the line's rate
                chunk = bytes(2 * rate)  # 1 s
                for _ in range(int(seconds)):
                    await p.send(InputAudioRawFrame(audio=chunk, sample_rate=rate, num_channels=1))
                await asyncio.sleep(0.3)
    finally:
        logger.remove(sink)
    return [m for m in seen if "no turn from the pipeline" in m]


async def test_manual_turns_with_nothing_deciding_turns_are_warned_about_once() -> None:
    # the default session turns server VAD off; with no VAD in the pipeline the caller's
    # audio is never committed and the bot never answers: say so, once
    assert len(await _warnings_after_audio(45, with_turn=False)) == 1
    assert not await _warnings_after_audio(10, with_turn=False)
    assert not await _warnings_after_audio(45, with_turn=True)


async def test_a_silent_caller_with_a_vad_in_the_pipeline_is_no_misconfiguration() -> None:
    # the warning told a caller who just stayed silent for 20 s to "put a VAD in the user
    # aggregator" although the pack's VAD was there: a VAD that has told the service its
    # params (at the pipeline's start) decides the turns, silence or not
    assert not await _warnings_after_audio(45, with_turn=False, with_vad=True)
