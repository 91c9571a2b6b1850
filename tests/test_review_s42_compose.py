"""Review s42, compose: the pack's processors composed with pipecat 1.14's stock ones.

Each test failed on the code before its fix (the ``# WRONG / EXPECTED`` comment says how).
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from pipecat.audio.vad.silero import SileroVADAnalyzer
from pipecat.frames.frames import (
    BotStartedSpeakingFrame,
    BotStoppedSpeakingFrame,
    Frame,
    InputAudioRawFrame,
    InputDTMFFrame,
    InterruptionFrame,
    KeypadEntry,
    LLMContextFrame,
    LLMFullResponseEndFrame,
    LLMMessagesAppendFrame,
    TTSAudioRawFrame,
    UserStartedSpeakingFrame,
    UserStoppedSpeakingFrame,
)
from pipecat.pipeline.pipeline import Pipeline
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.aggregators.llm_response_universal import (
    LLMContextAggregatorPair,
    LLMUserAggregatorParams,
    UserTurnMessageAddedMessage,
)
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.tests.utils import SleepFrame
from pipecat.turns.user_mute import AlwaysUserMuteStrategy

from pipecat_rt_best.call_pipeline.keypad import KeypadParams
from pipecat_rt_best.call_pipeline.keypad_processor import KeypadProcessor
from pipecat_rt_best.call_pipeline.pipeline import realtime_call_processors
from pipecat_rt_best.noise_robust_vad.turns import manual_turn_user_params
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, Faults, RealtimeEmulator
from tests.pipecat_run import run_test
from tests.realtime.harness import RealtimePipeline, wait_until


def _told(frames: Any) -> list[str]:
    return [
        str(m["content"])
        for f in frames
        if isinstance(f, LLMMessagesAppendFrame)
        for m in f.messages
    ]


async def test_a_key_pressed_while_the_user_is_muted_neither_stops_the_bot_nor_reaches_the_model() -> (
    None
):
    # pipecat 1.14's user_mute_strategies (STTMuteFilter's successor) mute the caller while
    # the bot speaks (AlwaysUserMuteStrategy), until its first words end (a recording notice:
    # MuteUntilFirstBotCompleteUserMuteStrategy) or during a function call. pipecat's own
    # DTMFAggregator sits before the user aggregator, so a muted caller's keys are muted with
    # the rest. The pack's KeypadProcessor sits after it, where nothing is muted.
    # WRONG: a key pressed while muted broadcast an InterruptionFrame downstream (the bot,
    # the notice, was cut) and the entry went to the model with run_llm=True.
    # EXPECTED: while the user aggregator says the user is muted (UserMuteStartedFrame), keys
    # reach no one; once unmuted (UserMuteStoppedFrame) they work as before.
    pair = LLMContextAggregatorPair(
        LLMContext(),
        user_params=LLMUserAggregatorParams(user_mute_strategies=[AlwaysUserMuteStrategy()]),
    )
    keypad = KeypadProcessor(KeypadParams(idle_timeout_s=0.1))
    down, _ = await run_test(
        Pipeline([pair.user(), keypad]),
        frames_to_send=[
            BotStartedSpeakingFrame(),  # the user is muted from here
            SleepFrame(0.05),
            InputDTMFFrame(KeypadEntry.ONE),
            SleepFrame(0.3),  # past the entry's idle timeout
            BotStoppedSpeakingFrame(),  # unmuted
            SleepFrame(0.05),
            InputDTMFFrame(KeypadEntry.TWO),
            SleepFrame(0.3),
        ],
    )
    assert not [f for f in down if isinstance(f, InterruptionFrame)]
    assert _told(down) == ["[keypad] The caller pressed: 2"]
    assert keypad.entries == 1


class _Passthrough(FrameProcessor):
    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        await self.push_frame(frame, direction)


class _Transport:
    """What ``realtime_call_processors`` reads of a transport: its input and output."""

    def __init__(self) -> None:
        self._input, self._output = _Passthrough(name="in"), _Passthrough(name="out")

    def input(self) -> FrameProcessor:
        return self._input

    def output(self) -> FrameProcessor:
        return self._output


async def test_a_caller_typing_on_the_keypad_is_not_taken_for_idle() -> None:
    # LLMUserAggregatorParams(user_idle_timeout=...) (UserIdleProcessor's successor) fires
    # on_user_turn_idle ("Are you still there?") that long after the bot stops, unless the
    # caller speaks. The bot asks for a card number, the caller types it: keys are the
    # caller's answer (the telephony server's deadlines count them as speaking), but the
    # idle timer never heard of them.
    # WRONG: on_user_turn_idle fired mid-entry, while the caller was still typing.
    # EXPECTED: each key restarts the idle timer; it fires only once the keys stop.
    user_params = LLMUserAggregatorParams(user_idle_timeout=0.8)
    procs = realtime_call_processors(
        _Transport(),  # type: ignore[arg-type]
        _Passthrough(name="llm"),
        user_params=user_params,
        keypad=KeypadParams(idle_timeout_s=30),  # the entry is not over before the end
    )
    idle: list[float] = []
    user = procs[1]

    @user.event_handler("on_user_turn_idle")
    async def on_idle(_aggregator: Any) -> None:
        idle.append(time.monotonic())

    keys = [KeypadEntry.FOUR, KeypadEntry.ONE, KeypadEntry.SEVEN, KeypadEntry.NINE]
    typing: list[Frame] = [BotStoppedSpeakingFrame()]  # the bot asked; the idle timer starts
    for key in keys:
        typing += [SleepFrame(0.4), InputDTMFFrame(key)]  # 1.6 s of typing, 0.4 s apart
    marks: list[float] = []

    class _Mark(FrameProcessor):
        async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
            await super().process_frame(frame, direction)
            if isinstance(frame, InputDTMFFrame) and frame.button == keys[-1]:
                marks.append(time.monotonic())
            await self.push_frame(frame, direction)

    await run_test(
        Pipeline([*procs[:-1], _Mark()]),  # (the assistant aggregator left out: no replies)
        frames_to_send=[*typing, SleepFrame(1.1)],  # then the caller stops typing
    )
    assert marks and not [t for t in idle if t < marks[0]], "idle fired while typing"
    assert len(idle) == 1  # and once the keys stopped, the caller is idle


async def test_a_transcript_that_comes_while_a_muted_caller_hears_the_reply_is_not_lost() -> None:
    # With input transcription on, the caller's turn reaches the context (and
    # on_user_turn_message_added, and so what a reconnect restores) as its transcript, which
    # the server sends asynchronously: often while the reply to it already plays. pipecat's
    # AlwaysUserMuteStrategy (the caller may not interrupt the bot) mutes the user aggregator
    # while the bot speaks, and a muted aggregator drops a TranscriptionFrame.
    # WRONG: the transcript, pushed up into the muted aggregator, was dropped: the context
    # went assistant, assistant, the caller's words nowhere, and no turn was reported.
    # EXPECTED: the caller's turn is in the context before the reply, and reported.
    reported: list[str] = []
    async with RealtimeEmulator(
        api_key="k",
        script=EmulatorScript(
            replies=["Hello.", "Your EMI is due on the fifth."],
            user_transcripts=["when is my emi due"],
        ),
        faults=Faults(transcription_delay_s=0.5, realtime_pacing=True),
    ) as emu:
        llm = RealtimeLLMService(
            api_key="k",
            base_url=emu.url,
            settings=RealtimeLLMService.Settings(
                model="gpt-realtime",
                session_properties=realtime_session(audio_format="pcm", transcribe_input=True),
            ),
        )
        p = RealtimePipeline(
            llm,
            user_params=LLMUserAggregatorParams(user_mute_strategies=[AlwaysUserMuteStrategy()]),
        )

        @p.aggregators.user().event_handler("on_user_turn_message_added")
        async def on_added(_agg: Any, message: UserTurnMessageAddedMessage) -> None:
            reported.append(str(message.content))

        def replies_done() -> int:
            return len(p.sink.of(LLMFullResponseEndFrame))

        async with p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: replies_done() >= 1, what="the greeting")
            heard = len(p.sink.of(TTSAudioRawFrame))
            await p.send(
                UserStartedSpeakingFrame(),
                InputAudioRawFrame(audio=bytes(9600), sample_rate=24000, num_channels=1),
                UserStoppedSpeakingFrame(),
            )
            await wait_until(lambda: len(p.sink.of(TTSAudioRawFrame)) > heard, what="the reply")
            # the output transport starts playing it: the aggregator mutes the caller
            await p.worker.queue_frame(BotStartedSpeakingFrame(), FrameDirection.UPSTREAM)
            await wait_until(lambda: replies_done() >= 2, what="the reply's end")
            await p.worker.queue_frame(BotStoppedSpeakingFrame(), FrameDirection.UPSTREAM)
            await wait_until(lambda: bool(reported), what="the caller's turn", timeout=2)
        roles = [m["role"] for m in p.context.get_messages()]  # type: ignore[index]
    assert roles == ["assistant", "user", "assistant"], roles
    assert reported == ["when is my emi due"]


def test_manual_turn_user_params_takes_pipecats_other_aggregator_params() -> None:
    # WRONG (review s42 compose, an API gap): manual_turn_user_params(vad) could not take
    # user_idle_timeout or user_mute_strategies; users needed dataclasses.replace on its result.
    # EXPECTED: pipecat's other LLMUserAggregatorParams fields pass through; the manual turn
    # strategies stay, and overriding them is a clear TypeError.
    vad = SileroVADAnalyzer()
    mute = [AlwaysUserMuteStrategy()]
    params = manual_turn_user_params(vad, user_idle_timeout=7.5, user_mute_strategies=mute)
    assert params.vad_analyzer is vad
    assert params.user_idle_timeout == 7.5 and params.user_mute_strategies == mute
    assert params.user_turn_strategies is not None
    with pytest.raises(TypeError, match="user_turn_strategies"):
        manual_turn_user_params(vad, user_turn_strategies=None)
