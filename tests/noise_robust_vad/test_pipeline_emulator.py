"""End to end on the offline realtime emulator, in real time (~13 s): 8 kHz μ-law caller audio
with background babble under the whole call, the pack's realtime service in manual turn mode,
this VAD driving turns and the barge-in guard ducking the bot.

* babble during the bot's reply → no interruption (no cancel, no clear);
* the caller's real barge-in → one interruption: clear + response.cancel (+ truncate);
* each caller stop → input_audio_buffer.commit + response.create.
"""

from __future__ import annotations

import asyncio

import numpy as np
from pipecat.audio.vad.silero import SileroVADAnalyzer
from pipecat.audio.vad.vad_analyzer import VADState
from pipecat.frames.frames import EndFrame, LLMRunFrame
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineParams, PipelineWorker
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.aggregators.llm_response_universal import (
    LLMContextAggregatorPair,
    LLMUserAggregatorParams,
)
from pipecat.transports.base_transport import TransportParams
from pipecat.workers.runner import WorkerRunner

from pipecat_rt_best.noise_robust_vad import BargeInGuard, NoiseRobustVADAnalyzer
from pipecat_rt_best.noise_robust_vad.turns import manual_turn_strategies
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, Faults, RealtimeEmulator
from pipecat_rt_best.testing.simulated_call.call import quiet_logs
from pipecat_rt_best.testing.simulated_call.caller_audio import synth_utterance
from pipecat_rt_best.testing.simulated_call.timeline import CallTimeline
from pipecat_rt_best.testing.simulated_call.transport import CallerTurn
from tests.noise_robust_vad.phone import BabbleCallTransport, babble

RATE = 8000
REPLIES = [
    "Hello, this is Asha from City Bank. How can I help?",
    "Your loan was approved yesterday, and the money reaches your account within two "
    "working days. The first instalment is due next month.",
    "Sure, I can do that.",
]


def test_the_babble_bed_fools_pipecats_analyzer_but_not_ours() -> None:
    """Offline check that the end-to-end scenario below is not vacuous."""
    line = babble(12.0).copy()
    turn = synth_utterance(1.2, RATE, seed=1).astype(float)
    line[4 * RATE : 4 * RATE + len(turn)] += turn
    pcm = np.clip(line, -32768, 32767).astype(np.int16)
    step = RATE // 50

    def starts(process) -> list[float]:  # type: ignore[no-untyped-def]
        out, speaking = [], False
        for i in range(0, len(pcm) - step + 1, step):
            state = process(pcm[i : i + step].tobytes())
            if state == VADState.SPEAKING and not speaking:
                out.append(i / RATE)
            speaking = state in (VADState.SPEAKING, VADState.STOPPING)
        return out

    theirs = SileroVADAnalyzer(sample_rate=RATE)
    theirs.set_sample_rate(RATE)
    ours = NoiseRobustVADAnalyzer(sample_rate=RATE)
    ours.set_sample_rate(RATE)
    caller = (4.0, 4.0 + len(turn) / RATE)
    theirs_on_babble = [t for t in starts(theirs._run_analyzer) if not caller[0] <= t <= caller[1]]
    assert theirs_on_babble  # pipecat's analyzer starts on the babble alone
    got = starts(ours.process)
    assert len(got) == 1 and 4.0 <= got[0] < 4.5  # ours only on the caller


async def test_babble_barge_in_and_manual_turns_on_the_emulator() -> None:
    quiet_logs()
    vad = NoiseRobustVADAnalyzer()
    guard = BargeInGuard(vad)
    turns = [
        CallerTurn(synth_utterance(1.2, RATE, seed=1), delay_s=0.6),
        CallerTurn(synth_utterance(1.4, RATE, seed=2), delay_s=3.0, barge_in=True),
    ]
    transport = BabbleCallTransport(
        turns,
        babble(60.0),
        sample_rate=RATE,
        g711_law="ulaw",
        params=TransportParams(
            audio_in_enabled=True,
            audio_in_sample_rate=RATE,
            audio_out_enabled=True,
            audio_out_sample_rate=RATE,
            audio_out_mixer=guard.mixer,
        ),
    )
    timeline = CallTimeline()
    # the model streams its audio in real time, so a reply is still in progress at the barge-in
    async with RealtimeEmulator(
        api_key="k", script=EmulatorScript(replies=REPLIES), faults=Faults(realtime_pacing=True)
    ) as emu:
        llm = RealtimeLLMService(
            api_key="k",
            base_url=emu.url,
            settings=RealtimeLLMService.Settings(
                model="gpt-realtime",
                session_properties=realtime_session(audio_format="pcmu", manual_turns=True),
            ),
        )
        pair = LLMContextAggregatorPair(
            LLMContext(),
            user_params=LLMUserAggregatorParams(
                vad_analyzer=vad, user_turn_strategies=manual_turn_strategies()
            ),
        )
        pipeline = Pipeline(
            [transport.input(), pair.user(), llm, guard, transport.output(), pair.assistant()]
        )
        worker = PipelineWorker(
            pipeline,
            params=PipelineParams(audio_in_sample_rate=RATE, audio_out_sample_rate=RATE),
            enable_rtvi=False,
            idle_timeout_secs=None,
            observers=[timeline],
        )
        await worker.queue_frames([LLMRunFrame()])  # the bot greets first

        async def hang_up() -> None:
            await asyncio.wait_for(transport.caller_finished.wait(), timeout=30)
            await asyncio.sleep(2.5)  # the caller's stop, the commit and the last reply
            await worker.queue_frame(EndFrame())

        runner = WorkerRunner(handle_sigint=False)
        await runner.add_workers(worker)
        task = asyncio.create_task(hang_up())
        try:
            await asyncio.wait_for(runner.run(), timeout=45)
        finally:
            task.cancel()
        session = emu.last_session

    assert session is not None
    kinds = [e.get("type") for e in session.received]
    # each caller stop: commit + response.create (plus the greeting's response.create)
    assert len(session.commits) == 2
    assert kinds.count("response.create") == 3
    # exactly one interruption — the real barge-in — never the babble
    assert kinds.count("response.cancel") == 1
    # pipecat interrupts at every user turn start: one clear per caller turn, none for babble
    assert kinds.count("input_audio_buffer.clear") == 2
    first_commit = kinds.index("input_audio_buffer.commit")
    last_commit = len(kinds) - 1 - kinds[::-1].index("input_audio_buffer.commit")
    assert first_commit < kinds.index("response.cancel") < last_commit
    assert len(session.cancels) == 1 and session.cancels[0]["accepted"]
    assert session.truncations and session.truncations[0]["accepted"]
    # and it happened while the caller was barging in
    barge_in_at = transport.caller_spoke[1][0] - timeline.t0
    interruptions = [e.t for e in timeline.events if e.kind == "barge-in"]
    assert len(interruptions) == 1
    assert barge_in_at < interruptions[0] < barge_in_at + 1.0
    assert vad.starts == 2 and vad.stops == 2
