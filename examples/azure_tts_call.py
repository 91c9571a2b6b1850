"""A text-modality realtime bot spoken sentence by sentence by an Azure voice, with a barge-in.

    python examples/azure_tts_call.py --offline                   # both emulators, the real Speech SDK
    python examples/azure_tts_call.py --offline --barge-in-ms 0   # let the whole reply play
    python examples/azure_tts_call.py                             # Azure Speech from the environment

The realtime model writes its reply as text; `AzureSpeechTTSService` speaks each sentence as soon as
it ends (numbers spelled out, 8 kHz μ-law straight through); the caller talks over the bot after
``--barge-in-ms`` of audio, the TTS stops at once, and the model's copy of the reply is cut to the
words the caller heard. With ``AZURE_SPEECH_API_KEY`` + ``AZURE_SPEECH_REGION`` (or ``AZURE_SPEECH_HOST``;
see README) the real Azure Speech service speaks; with ``--offline`` and none set, the Speech
emulator does. With neither, the script refuses to start with one line saying what to set. The
realtime side stays on the offline emulator so the run is repeatable.
"""

from __future__ import annotations

import os

from pipecat_rt_best.base.loguru_env import loguru_env

# set before loguru loads: no import banner (an empty LOGURU_LEVEL counts as unset)
os.environ.update(loguru_env(LOGURU_LEVEL="WARNING"))

import argparse
import asyncio
import sys
import time

from pipecat_rt_best.base.env_file import load_env_file
from pipecat_rt_best.base.extras import exit_on_missing_extra

with exit_on_missing_extra():  # an install without the azure extra: one line naming it
    from loguru import logger
    from pipecat.frames.frames import EndFrame, InterruptionFrame, LLMContextFrame, TTSAudioRawFrame
    from pipecat.pipeline.pipeline import Pipeline
    from pipecat.pipeline.worker import PipelineParams, PipelineWorker
    from pipecat.processors.aggregators.llm_context import LLMContext
    from pipecat.processors.frame_processor import FrameDirection, FrameProcessor

    from pipecat_rt_best.azure_tts import AzureSpeechConfig, AzureSpeechConfigError
    from pipecat_rt_best.base.audio_format import duration_ms
    from pipecat_rt_best.base.frames import SpokenTextHeardFrame
    from pipecat_rt_best.base.word_timing import heard_text
    from pipecat_rt_best.call_pipeline.azure_tts import azure_tts_for_calls
    from pipecat_rt_best.call_pipeline.pipeline import worker_running
    from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
    from pipecat_rt_best.testing.azure_speech_emulator import AzureSpeechEmulator, SpeechFaults
    from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, Faults, RealtimeEmulator

REPLY = (
    "Your loan of ₹4,50,000 has been approved. The first EMI of ₹8,500 is due on 5 May. "
    "You can pay it from the app, or at any branch. Shall I send the schedule to your phone?"
)


class Watch(FrameProcessor):
    """Stands where the output transport would: notes when audio arrives, how much, and
    when the interruption got past the TTS."""

    def __init__(self) -> None:
        super().__init__()
        self.first_audio: float | None = None
        self.audio_ms = 0.0
        self.interrupted = False

    async def process_frame(self, frame, direction):  # type: ignore[no-untyped-def]
        await super().process_frame(frame, direction)
        if isinstance(frame, TTSAudioRawFrame):
            self.first_audio = self.first_audio or time.monotonic()
            self.audio_ms += duration_ms(len(frame.audio), frame.sample_rate)
        elif isinstance(frame, InterruptionFrame):
            self.interrupted = True
        await self.push_frame(frame, direction)


async def main(barge_in_ms: float) -> int:
    async with (
        # the model writes a word every 40 ms; Azure's first byte takes 150 ms
        RealtimeEmulator(
            api_key="offline",
            script=EmulatorScript(replies=[REPLY]),
            faults=Faults(delta_interval_s=0.04),
        ) as rt,
        AzureSpeechEmulator(faults=SpeechFaults(first_byte_delay_s=0.15)) as az,
    ):
        try:
            config = AzureSpeechConfig.from_env(voice="en-IN-NeerjaNeural")
            where = "Azure Speech (from the environment)"
        except AzureSpeechConfigError:
            config = AzureSpeechConfig(api_key="test-key", host=az.host, voice="en-IN-NeerjaNeural")
            where = f"the Azure Speech emulator at {az.host}"
        llm = RealtimeLLMService(
            api_key="offline",
            base_url=rt.url,
            settings=RealtimeLLMService.Settings(
                session_properties=realtime_session(output_modality="text")
            ),
        )
        tts = azure_tts_for_calls(config=config, numbers_lang="en-IN")
        watch = Watch()
        reports: list[SpokenTextHeardFrame] = []
        original_push = tts.push_frame

        async def push(frame, direction=FrameDirection.DOWNSTREAM):  # type: ignore[no-untyped-def]
            if isinstance(frame, SpokenTextHeardFrame):
                reports.append(frame)
            await original_push(frame, direction)

        tts.push_frame = push  # type: ignore[method-assign]
        worker = PipelineWorker(
            Pipeline([llm, tts, watch]),
            params=PipelineParams(audio_out_sample_rate=8000),
            enable_rtvi=False,
            idle_timeout_secs=None,
        )
        async with worker_running(worker) as run:
            print(f"speaking with {where}")
            await rt.wait_for(lambda: rt.last_session is not None)
            await asyncio.sleep(0.3)
            await worker.queue_frame(
                LLMContextFrame(
                    LLMContext(messages=[{"role": "user", "content": "Is my loan approved?"}])
                )
            )
            session = rt.last_session
            assert session is not None
            await rt.wait_for(lambda: watch.first_audio is not None, 20)
            deltas = [
                t
                for e, t in zip(session.sent, session.sent_times, strict=True)
                if e.get("type") == "response.output_text.delta"
            ]
            assert watch.first_audio is not None
            print(
                f"first audio {1000 * (watch.first_audio - deltas[0]):.0f} ms after the model's first word"
            )
            if barge_in_ms > 0:
                await asyncio.sleep(barge_in_ms / 1000)
                await worker.queue_frame(InterruptionFrame())
                # the TTS reports what was heard before it passes the interruption on
                await rt.wait_for(lambda: watch.interrupted, 10)
            else:
                await rt.wait_for(
                    lambda: session.responses and session.responses[-1]["status"] == "completed", 20
                )
                await asyncio.sleep(2.0)
            for r in az.requests:
                print(f"  sentence sent to Azure ({r.status}): {r.spoken_text}")
            if reports:
                report = reports[0]
                print(f"barge-in after {report.heard_ms:.0f} ms of audio; the caller heard:")
                print(f"  {heard_text(report.text, report.words, report.heard_ms)!r}")
                await asyncio.sleep(0.5)
                items = [
                    p.get("text", "")
                    for i in session.conversation
                    if i.get("role") == "assistant"
                    for p in i.get("content", [])
                ]
                print(f"the model now remembers saying: {items!r}")
            await worker.queue_frame(EndFrame())
            await asyncio.wait_for(run, 15)
    if barge_in_ms > 0 and not reports:  # nothing was playing any more: no barge-in
        print(
            f"azure_tts_call.py: error: the reply ended before the barge-in (its audio lasted "
            f"{watch.audio_ms:.0f} ms, --barge-in-ms {barge_in_ms:g}): pass a smaller "
            "--barge-in-ms, or 0 to let the whole reply play",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    load_env_file()  # .env (README: copy .env.example), as the CLI and the sample bots read it
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--barge-in-ms", type=float, default=1500.0, metavar="MS")
    parser.add_argument(
        "--offline", action="store_true", help="no AZURE_SPEECH_* set: speak with the emulator"
    )
    args = parser.parse_args()
    if args.barge_in_ms < 0:
        print("azure_tts_call.py: error: --barge-in-ms must be >= 0", file=sys.stderr)
        sys.exit(2)
    try:
        AzureSpeechConfig.from_env(voice="en-IN-NeerjaNeural")
    except AzureSpeechConfigError as exc:
        if not args.offline:
            parser.exit(2, f"{parser.prog}: error: {exc} — or pass --offline\n")
    logger.remove()
    logger.add(sys.stderr, level="CRITICAL", diagnose=False, backtrace=False)
    try:
        sys.exit(asyncio.run(main(args.barge_in_ms)))
    except KeyboardInterrupt:  # Ctrl-C: the worker was cancelled on the way out
        sys.exit(130)
