"""A realtime bot driven by a structured prompt file, with its conversation state tracked.

    python examples/structured_prompt.py --offline                    # TechNest, on the emulator
    python examples/structured_prompt.py --offline --prompt src/pipecat_rt_best/realtime_prompt/examples/hindi_loan_collection.yaml
    python examples/structured_prompt.py --offline --narrow  # instructions narrowed to each state
    python examples/structured_prompt.py                     # the backend from the environment

The prompt file is validated first (a file with errors is refused, as `pipecat-rt-best
prompt validate` would). Its rendered markdown becomes the session's instructions, and a
`ConversationStateController` gives the model a `set_conversation_state` tool: moves the
state graph allows are accepted (a `ConversationStateFrame` goes down the pipeline), any
other move is answered with the moves that are allowed. Offline, the embedded emulator
plays a model that first tries an illegal jump, then walks the graph along each state's
first transition, saying each state's first example. With a backend configured (see
README) the real model greets and the script prints what it does.
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
from pathlib import Path
from typing import Any

from loguru import logger
from pipecat.frames.frames import (
    EndFrame,
    ErrorFrame,
    Frame,
    LLMContextFrame,
    LLMFullResponseEndFrame,
    LLMMessagesAppendFrame,
    TextFrame,
)
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineWorker
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.aggregators.llm_response_universal import LLMContextAggregatorPair
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.services.openai.realtime.llm import OpenAIRealtimeLLMSettings

from pipecat_rt_best.base.env_file import load_env_file
from pipecat_rt_best.base.redaction import redact
from pipecat_rt_best.call_pipeline.pipeline import worker_running
from pipecat_rt_best.g711_passthrough.observer import bot_failure
from pipecat_rt_best.realtime import (
    RealtimeConfigError,
    RealtimeLLMService,
    backend_config_from_env,
    configured_backend,
    model_refusal,
    realtime_service_from_env,
    realtime_session,
)
from pipecat_rt_best.realtime_prompt import (
    PromptFileError,
    example_prompt_path,
    load_prompt,
    validate_prompt,
)
from pipecat_rt_best.realtime_prompt.frames import ConversationStateFrame
from pipecat_rt_best.realtime_prompt.service import ConversationStateController
from pipecat_rt_best.realtime_prompt.state_tracker import TransitionResult
from pipecat_rt_best.testing.prompt_walk import Turn, scripted_walk

DEFAULT_PROMPT = example_prompt_path("tech_support_technest.yaml")


class Printer(FrameProcessor):
    """Prints the bot's text and the state changes as they go by."""

    def __init__(self, responses: asyncio.Queue[None]) -> None:
        super().__init__()
        self._responses = responses
        self._line = ""

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if isinstance(frame, TextFrame):
            self._line += frame.text
        elif isinstance(frame, LLMFullResponseEndFrame):
            if self._line.strip():
                print(f"bot:   {self._line.strip()}", flush=True)
            self._line = ""
            self._responses.put_nowait(None)
        elif isinstance(frame, ConversationStateFrame):
            target = frame.exit if frame.exit is not None else frame.current
            print(f"state: {frame.previous} → {target}", flush=True)
        await self.push_frame(frame, direction)


@contextlib.asynccontextmanager
async def realtime_llm(
    settings: OpenAIRealtimeLLMSettings, script: list[Turn]
) -> AsyncIterator[tuple[RealtimeLLMService, bool]]:
    if configured_backend() is None:  # nothing selects a backend: the emulator
        # lazy: the offline harness loads only for a run on the emulator
        from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator

        async with RealtimeEmulator(
            api_key="offline", script=EmulatorScript(replies=[t.reply for t in script])
        ) as emu:
            settings.model = "gpt-realtime"
            yield RealtimeLLMService(api_key="offline", base_url=emu.url, settings=settings), True
        return
    yield realtime_service_from_env(settings=settings), False  # type: ignore[misc]


async def run(path: Path, narrow: bool) -> int:
    try:
        loaded = load_prompt(path)
    except PromptFileError as exc:
        print(f"structured_prompt.py: error: {exc}", file=sys.stderr)
        return 1
    report = validate_prompt(loaded)
    if not report.ok:
        print(report.format(), file=sys.stderr)
        return 1
    prompt = loaded.prompt
    print(
        f"prompt: {prompt.name or path.name}: valid ({len(report.warnings)} warning(s), "
        f"~{report.token_estimate} tokens, {len(prompt.states)} states)"
    )
    controller = ConversationStateController(prompt, narrow_instructions=narrow)

    @controller.event_handler("on_transition_refused")
    async def on_refused(_c: Any, result: TransitionResult) -> None:
        allowed = ", ".join(t.next_step for t in result.allowed) or "none"
        print(f"state: refused {result.previous} → {result.requested} (allowed: {allowed})")

    settings = RealtimeLLMService.Settings(
        session_properties=realtime_session(
            instructions=controller.instructions(),
            tools=controller.session_tools(),
            output_modality="text",
        )
    )
    script = scripted_walk(prompt, controller.tool_name)
    responses: asyncio.Queue[None] = asyncio.Queue()
    failures: list[str] = []
    async with realtime_llm(settings, script) as (llm, offline):
        controller.register(llm)
        context = LLMContext()
        pair = LLMContextAggregatorPair(context)
        worker = PipelineWorker(
            Pipeline([pair.user(), llm, Printer(responses), pair.assistant()]),
            enable_rtvi=False,
            idle_timeout_secs=None,
        )

        @worker.event_handler("on_pipeline_error")
        async def _on_error(_worker: PipelineWorker, frame: ErrorFrame) -> None:
            reason = bot_failure(frame)  # no backend, a rejected key: no answer will come
            if reason is not None and not failures:
                failures.append(f"{reason}: {redact(frame.error)}")
                responses.put_nowait(None)

        async with worker_running(worker) as task:
            await worker.queue_frame(LLMContextFrame(context))
            for turn in script if offline else script[:1]:
                await asyncio.wait_for(responses.get(), timeout=60)
                if failures:
                    await worker.cancel()
                    await task
                    refused = model_refusal(failures[0])  # HTTP 404/400: not the key
                    why = (
                        f"{refused} ({failures[0]})"
                        if refused
                        else f"{failures[0]} — check the key and endpoint (see README)"
                    )
                    print(
                        f"structured_prompt.py: error: the realtime backend failed: {why}",
                        file=sys.stderr,
                    )
                    return 1
                if turn.caller is not None and offline:
                    # the caller does what the transition's condition says
                    print(f"caller: ({turn.caller})", flush=True)
                    # (a text message into the model's conversation stands in for their speech)
                    await llm.queue_frame(
                        LLMMessagesAppendFrame(
                            messages=[{"role": "user", "content": turn.caller}], run_llm=True
                        )
                    )
            await worker.queue_frame(EndFrame())
            await task
    where = controller.tracker.exit or controller.current_state
    print(f"done:  {' → '.join(controller.tracker.history)} (ended: {where})")
    return 0


if __name__ == "__main__":
    load_env_file()  # .env (README: copy .env.example), as the CLI and the sample bots read it
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--prompt", type=Path, default=DEFAULT_PROMPT, help="prompt file (YAML/JSON)"
    )
    parser.add_argument(
        "--narrow", action="store_true", help="narrow the instructions to each state"
    )
    parser.add_argument(
        "--offline", action="store_true", help="no backend set: walk the graph on the emulator"
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
    # the printed conversation is the output
    logger.add(sys.stderr, level="CRITICAL", diagnose=False, backtrace=False)
    try:
        sys.exit(asyncio.run(run(args.prompt, args.narrow)))
    except KeyboardInterrupt:  # Ctrl-C: the worker was cancelled on the way out
        sys.exit(130)
