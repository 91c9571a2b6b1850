"""A Hindi text-modality bot whose numbers are spelled out before anything speaks them.

    python examples/hindi_numbers_text.py --offline       # the embedded emulator, no keys
    python examples/hindi_numbers_text.py "मेरी EMI कितनी है?"   # the backend from the environment

The realtime model answers in text (the path a sentence-streamed neural TTS voice reads);
`IndicNumberNormalizer` turns "₹12,500" into "बारह हज़ार पाँच सौ रुपये" as the text streams —
numbers split across streamed chunks included — and the printer stands where the TTS
service would (`AzureTTSService(..., text_transforms=[("*", number_text_transform("hi"))])`
is the other way to plug it in). The backend comes from the environment (see README:
``AZURE_OPENAI_REALTIME_ENDPOINT`` + ``AZURE_OPENAI_API_KEY``, or ``OPENAI_API_KEY``); with
``--offline`` and no backend set, the embedded emulator answers with a scripted reply. With
neither, the script refuses to start with one line saying what to set.
"""

from __future__ import annotations

import os

from pipecat_rt_best.base.loguru_env import loguru_env

# set before loguru loads: no import banner (an empty LOGURU_LEVEL counts as unset)
os.environ.update(loguru_env(LOGURU_LEVEL="WARNING"))

import argparse
import asyncio
import contextlib
import sys
from collections.abc import AsyncIterator

from loguru import logger
from pipecat.frames.frames import (
    EndFrame,
    ErrorFrame,
    Frame,
    LLMContextFrame,
    LLMFullResponseEndFrame,
    TextFrame,
)
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineWorker, ProcessorUnusablePolicy
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor

from pipecat_rt_best.base.env_file import load_env_file
from pipecat_rt_best.base.redaction import redact
from pipecat_rt_best.call_pipeline.pipeline import worker_running
from pipecat_rt_best.g711_passthrough.observer import bot_failure
from pipecat_rt_best.indic_numbers import IndicNumberNormalizer
from pipecat_rt_best.realtime import (
    RealtimeConfigError,
    RealtimeLLMService,
    backend_config_from_env,
    configured_backend,
    model_refusal,
    realtime_service_from_env,
    realtime_session,
)

INSTRUCTIONS = "आप सिटी बैंक की आशा हैं। छोटे, साफ़ जवाब दें।"
SCRIPTED_REPLY = (
    "आपकी EMI ₹12,500 है और अगली किस्त 05/12/2026 को है। "
    "बकाया ₹1,25,000.50 है; OTP 4567 किसी को न बताएँ।"
)


class Printer(FrameProcessor):
    """Stands where the TTS service would: prints the text it would be given."""

    def __init__(self, done: asyncio.Event) -> None:
        super().__init__()
        self._done = done

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if isinstance(frame, TextFrame):
            print(frame.text, end="", flush=True)
        elif isinstance(frame, LLMFullResponseEndFrame):
            print(flush=True)
            self._done.set()
        await self.push_frame(frame, direction)


@contextlib.asynccontextmanager
async def text_llm() -> AsyncIterator[RealtimeLLMService]:
    settings = RealtimeLLMService.Settings(
        session_properties=realtime_session(instructions=INSTRUCTIONS, output_modality="text")
    )
    if configured_backend() is None:  # nothing selects a backend: the emulator
        # lazy: the offline harness loads only for a run on the emulator
        from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator

        async with RealtimeEmulator(
            api_key="offline", script=EmulatorScript(replies=[SCRIPTED_REPLY])
        ) as emu:
            settings.model = "gpt-realtime"
            yield RealtimeLLMService(api_key="offline", base_url=emu.url, settings=settings)
        return
    yield realtime_service_from_env(settings=settings)  # type: ignore[misc]


ANSWER_TIMEOUT_S = 60.0


async def main(question: str) -> int:
    """Ask, print the spoken-form answer; 0 when it came, 1 (with one line on stderr) if not."""
    done = asyncio.Event()
    failed = asyncio.Event()
    failures: list[ErrorFrame] = []
    async with text_llm() as llm:
        worker = PipelineWorker(
            Pipeline([llm, IndicNumberNormalizer(lang="hi"), Printer(done)]),
            enable_rtvi=False,
            idle_timeout_secs=None,
            # a rejected key or an unreachable backend leaves the service unable to work:
            # end at once rather than wait for an answer that cannot come
            processor_unusable_policy=ProcessorUnusablePolicy.CANCEL,
        )

        @worker.event_handler("on_pipeline_error")
        async def _on_error(_worker: PipelineWorker, frame: ErrorFrame) -> None:
            if bot_failure(frame) is not None:  # no backend, a rejected key: no answer will come
                failures.append(frame)
                failed.set()

        async with worker_running(worker) as run:
            context = LLMContext(messages=[{"role": "user", "content": question}])
            await worker.queue_frame(LLMContextFrame(context))
            answered = asyncio.create_task(done.wait())
            failing = asyncio.create_task(failed.wait())
            await asyncio.wait(
                {run, answered, failing}, timeout=ANSWER_TIMEOUT_S, return_when="FIRST_COMPLETED"
            )
            answered.cancel()
            failing.cancel()
            if done.is_set():
                await worker.queue_frame(EndFrame())
                await run
                return 0
            await worker.cancel()
            await run
    if failures:
        frame = failures[0]
        kind = frame.category.value if frame.category else "error"
        error = redact(frame.error)
        refused = model_refusal(error)  # HTTP 404/400: the deployment/model, not the key
        why = (
            f"{refused} ({error})"
            if refused
            else f"{error} — check the key and endpoint (see README)"
        )
        print(f"hindi_numbers_text.py: error: the realtime backend failed ({kind}): {why}",
              file=sys.stderr)  # fmt: skip
    else:
        print(
            f"hindi_numbers_text.py: error: no answer within {ANSWER_TIMEOUT_S:g} s",
            file=sys.stderr,
        )
    return 1


if __name__ == "__main__":
    load_env_file()  # .env (README: copy .env.example), as the CLI and the sample bots read it
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("question", nargs="?", default="मेरी EMI कितनी है?")
    parser.add_argument(
        "--offline", action="store_true", help="no backend set: answer from the embedded emulator"
    )
    args = parser.parse_args()
    try:
        if args.offline:
            configured_backend()  # one the environment selects is used: it must be usable
        else:
            backend_config_from_env()  # its error names what to set
    except RealtimeConfigError as exc:
        hint = "" if args.offline else " — or pass --offline"
        parser.exit(2, f"{parser.prog}: error: {exc}{hint}\n")
    logger.remove()
    # the printed reply is the output; a failure is one line from main()
    logger.add(sys.stderr, level="CRITICAL", diagnose=False, backtrace=False)
    try:
        sys.exit(asyncio.run(main(args.question)))
    except KeyboardInterrupt:  # Ctrl-C: the worker was cancelled on the way out
        sys.exit(130)
