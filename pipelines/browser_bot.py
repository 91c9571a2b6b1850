"""Talk to the realtime call pipeline from a laptop browser (pipecat's ``-t webrtc`` runner).

    python pipelines/browser_bot.py -t webrtc          # then open http://localhost:7860/client
                                                       # (-t webrtc is also the default)
    python pipelines/browser_bot.py --offline          # one simulated browser call, no keys

The bot is Riya, TechNest's support agent, from the structured prompt
``pipelines/prompts/tech_support_technest.yaml`` (its conversation state is tracked through
the model's ``set_conversation_state`` tool). The pipeline is the pack's realtime call:
browser audio (Opus, decoded by the SmallWebRTC transport to 16 kHz PCM) → the pack's
noise-robust VAD deciding manual turns → the realtime model (PCM16 24 kHz session, on a
pre-warmed pooled session after the first call) → the browser, with interruption-aware
truncation (the model is told how much of a cut-off reply the caller really heard).
Closing the browser tab ends the call (``on_client_disconnected`` cancels the worker).

``--offline`` runs one complete call without a browser or keys: an in-process aiortc peer
(:mod:`pipecat_rt_best.testing.webrtc_caller`) makes the SDP offer the way the browser
does, speaks two synthetic caller turns (the second cuts into the bot's reply), hears the
bot, hangs up, and a report is printed; exit 0 only if the call worked. WebRTC stays on
127.0.0.1. The model is the embedded realtime emulator unless a backend is configured
below, in which case the same call goes to the real service.

Environment (one backend is required without ``--offline``):
    AZURE_OPENAI_REALTIME_ENDPOINT, AZURE_OPENAI_API_KEY, AZURE_OPENAI_REALTIME_DEPLOYMENT
                                  Azure OpenAI (GA ``/openai/v1/realtime``)
    OPENAI_API_KEY, OPENAI_REALTIME_MODEL, OPENAI_REALTIME_URL
                                  OpenAI, or any GA-compatible endpoint
    PIPECAT_RT_BEST_BACKEND       ``azure`` | ``openai`` to force the choice
    PIPECAT_ICE_SERVERS           STUN/TURN for the runner when the browser is not local
"""

# ruff: noqa: E402  (the logger is quietened before pipecat's imports log their banner)
from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from loguru import logger

logger.remove()  # pipecat logs while importing; --offline and the runner set their own level
logger.add(sys.stderr, level="WARNING")

from pipecat.frames.frames import BotStartedSpeakingFrame, LLMRunFrame, UserStoppedSpeakingFrame
from pipecat.observers.base_observer import BaseObserver, FramePushed
from pipecat.processors.frame_processor import FrameDirection
from pipecat.runner.types import RunnerArguments, SmallWebRTCRunnerArguments
from pipecat.services.llm_service import FunctionCallParams, LLMService
from pipecat.transports.base_transport import TransportParams
from pipecat.transports.smallwebrtc.transport import SmallWebRTCTransport
from pipecat.workers.runner import WorkerRunner

from pipecat_rt_best.call_pipeline import realtime_call_worker
from pipecat_rt_best.interruption_truncation import TruncationEvent
from pipecat_rt_best.realtime import (
    RealtimeConfigError,
    RealtimeLLMService,
    backend_config_from_env,
    realtime_service_from_env,
    realtime_session,
)
from pipecat_rt_best.realtime.pooled import realtime_pool_from_env
from pipecat_rt_best.realtime_prompt import RealtimePrompt, load_prompt
from pipecat_rt_best.realtime_prompt.service import ConversationStateController
from pipecat_rt_best.session_pool import PoolConfig, RealtimeSessionPool

PROMPT = Path(__file__).resolve().parent / "prompts" / "tech_support_technest.yaml"
IN_RATE = 16000  # what the transport decodes the browser's Opus to; the VAD's rate
OUT_RATE = 24000  # the realtime session's PCM rate: no resampling on the way out

# Where bot() finds its backend: None reads os.environ; --offline points it at the emulator.
BACKEND_ENV: Mapping[str, str] | None = None
_pool: RealtimeSessionPool | None = None
_pool_lock = asyncio.Lock()


# --- the backend check and the pool (small on purpose: a shared runner helper can take them)


def backend_problem(env: Mapping[str, str] | None = None) -> str | None:
    """Why no realtime backend is configured, or None when one is."""
    try:
        backend_config_from_env(env)
    except RealtimeConfigError as exc:
        return str(exc)
    return None


async def session_pool() -> RealtimeSessionPool:
    """The process's pool of pre-warmed realtime sessions (one kept idle), started on
    first use inside the running event loop. Calls after the first start warm."""
    global _pool
    async with _pool_lock:  # two first calls at once still make one pool
        if _pool is None or _pool.closed:
            _pool = await realtime_pool_from_env(PoolConfig(min_idle=1), env=BACKEND_ENV).start()
        return _pool


async def close_session_pool() -> None:
    global _pool
    if _pool is not None:
        await _pool.aclose(close_in_use=True)
        _pool = None


# --- the bot


@dataclass
class CallSummary:
    """What one call did, as the bot saw it (logged at the end of every call)."""

    turns_ended: int = 0  # caller turns the VAD ended: each one committed + response.create
    bot_replies: int = 0
    truncations: list[TruncationEvent] = field(default_factory=list)
    states: list[str] = field(default_factory=list)
    client_disconnected: bool = False

    def line(self) -> str:
        cuts = ", ".join(f"{t.action} at {t.audio_end_ms} ms" for t in self.truncations)
        return (
            f"call ended: {self.turns_ended} caller turn(s), {self.bot_replies} bot "
            f"repl(ies), truncations: {cuts or 'none'}, states: {' → '.join(self.states)}"
        )


class CallLog(BaseObserver):
    """Counts a call's turns and replies (each frame once, wherever it is seen)."""

    def __init__(self, summary: CallSummary) -> None:
        super().__init__()
        self._summary = summary
        self._seen: set[int] = set()

    async def on_push_frame(self, data: FramePushed) -> None:
        frame = data.frame
        if frame.id in self._seen:
            return
        if data.direction != FrameDirection.DOWNSTREAM:
            return  # some of these frames are pushed both ways
        if isinstance(frame, UserStoppedSpeakingFrame):
            self._seen.add(frame.id)
            self._summary.turns_ended += 1
        elif (
            isinstance(frame, BotStartedSpeakingFrame)
            and data.direction == FrameDirection.DOWNSTREAM
        ):
            self._seen.add(frame.id)  # (the output transport pushes one each way)
            self._summary.bot_replies += 1


def register_prompt_tools(llm: LLMService[Any], prompt: RealtimePrompt) -> None:
    """Answer the prompt's own tools (account lookup, outage check, tickets) honestly:
    this demo has no back office, and the model is told so instead of waiting forever."""

    async def unavailable(params: FunctionCallParams) -> None:
        await params.result_callback(
            {"error": "not available in this demo: no account system is connected"}
        )

    for tool in prompt.session_tools():
        llm.register_function(tool["name"], unavailable)


async def bot(runner_args: RunnerArguments) -> CallSummary:
    """One browser call (pipecat's runner calls this for each ``/api/offer``)."""
    if not isinstance(runner_args, SmallWebRTCRunnerArguments):
        raise TypeError("browser_bot serves the webrtc transport only: run it with -t webrtc")
    transport = SmallWebRTCTransport(
        runner_args.webrtc_connection,
        TransportParams(
            audio_in_enabled=True,
            audio_in_sample_rate=IN_RATE,
            audio_out_enabled=True,
            audio_out_sample_rate=OUT_RATE,
        ),
    )
    prompt = load_prompt(PROMPT).prompt
    states = ConversationStateController(prompt)
    settings = RealtimeLLMService.Settings(
        session_properties=realtime_session(
            instructions=states.instructions(), tools=states.session_tools(), audio_format="pcm"
        )
    )
    llm = realtime_service_from_env(
        env=BACKEND_ENV, settings=settings, session_pool=await session_pool()
    )
    states.register(llm)
    register_prompt_tools(llm, prompt)
    summary = CallSummary()

    @llm.event_handler("on_truncation")
    async def on_truncation(_llm: Any, event: TruncationEvent) -> None:
        summary.truncations.append(event)

    worker, _ = await realtime_call_worker(
        transport, llm, sample_rate=IN_RATE, observers=[CallLog(summary)], greet=False
    )

    @transport.event_handler("on_client_connected")
    async def on_client_connected(_transport: Any, _client: Any) -> None:
        await worker.queue_frames([LLMRunFrame()])  # Riya greets once the browser hears her

    @transport.event_handler("on_client_disconnected")
    async def on_client_disconnected(_transport: Any, _client: Any) -> None:
        # without this the worker outlives the call and the server hangs at shutdown
        summary.client_disconnected = True
        await worker.cancel(reason="client disconnected")

    runner = WorkerRunner(handle_sigint=runner_args.handle_sigint)
    await runner.add_workers(worker)
    await runner.run()
    summary.states = list(states.tracker.history)
    logger.info(summary.line())
    return summary


# --- --offline: one simulated browser call


def emulated_model(prompt: RealtimePrompt, tool: str) -> Any:
    """The emulator's side of the offline call: greet; after each caller turn move the
    state along its first transition (a tool call), then say the new state's example —
    after the first turn at length, so the caller can cut in."""
    # lazy: --offline only; the bot itself never loads the emulator
    from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, Reply, ToolCall

    by_id = {s.id: s for s in prompt.states}
    walk = [prompt.states[0].id]
    while (nxt := by_id[walk[-1]].transitions) and nxt[0].next_step in by_id:
        if nxt[0].next_step in walk:
            break
        walk.append(nxt[0].next_step)

    def say(state_id: str) -> str:
        examples = by_id[state_id].examples
        return examples[0] if examples else "Alright."

    def respond(conversation: list[dict[str, Any]]) -> Any:
        turns = sum(
            1 for i in conversation if i.get("type") == "message" and i.get("role") == "user"
        )
        target = walk[min(turns, len(walk) - 1)]
        if conversation and conversation[-1].get("type") == "function_call_output":
            if turns == 1:  # a long answer: the caller will barge in
                return Reply(
                    text="I'm sorry to hear you're having trouble, and I'll help you get "
                    "back online. Before we look at your connection, I need a couple of "
                    f"details so I can find your account. {say(target)}"
                )
            return Reply(text=say(target))
        if turns == 0:
            return Reply(text=say(walk[0]))
        return Reply(tool_calls=[ToolCall(tool, {"next_step": target})])

    return EmulatorScript(responder=respond)


@contextlib.asynccontextmanager
async def offline_backend() -> AsyncIterator[tuple[str, Any]]:
    """Point :data:`BACKEND_ENV` at the realtime emulator unless the environment
    configures a backend; yields a description of the model and the emulator (or None)."""
    global BACKEND_ENV
    if backend_problem() is None:
        yield f"{backend_config_from_env().backend} (from the environment)", None
        return
    # lazy: --offline only
    from pipecat_rt_best.testing.realtime_emulator import RealtimeEmulator

    prompt = load_prompt(PROMPT).prompt
    script = emulated_model(prompt, ConversationStateController(prompt).tool_name)
    async with RealtimeEmulator(api_key="offline", script=script) as emu:
        BACKEND_ENV = {"OPENAI_API_KEY": "offline", "OPENAI_REALTIME_URL": emu.url}
        try:
            yield "the embedded realtime emulator", emu
        finally:
            BACKEND_ENV = None


async def offline_call() -> int:
    """One call from an in-process aiortc browser; prints a report; 0 if it worked."""
    # lazy: --offline only; the runner path never loads the harness
    from pipecat_rt_best.testing.simulated_call.caller_audio import synth_utterance
    from pipecat_rt_best.testing.simulated_call.transport import CallerTurn
    from pipecat_rt_best.testing.webrtc_caller import (
        BotDidNotEndError,
        WebRTCCaller,
        call_webrtc_bot,
        loopback_ice,
    )

    turns = [
        CallerTurn(synth_utterance(1.6, IN_RATE, seed=1), delay_s=0.6),
        CallerTurn(synth_utterance(1.4, IN_RATE, seed=2), delay_s=1.5, barge_in=True),
    ]
    async with offline_backend() as (model, emulator):
        print(f"offline call: aiortc browser ⇄ SmallWebRTC bot on 127.0.0.1, model: {model}")
        caller = WebRTCCaller(turns, sample_rate=IN_RATE, log=lambda line: print(f"  {line}"))
        try:
            with loopback_ice():
                call = await call_webrtc_bot(bot, caller, max_call_s=60, hang_up_after_s=15)
        except BotDidNotEndError as exc:
            print(f"FAILED: {exc}", file=sys.stderr)
            return 1
        except Exception as exc:  # the bot failed: one line, not a traceback
            print(f"FAILED: the bot raised {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
        finally:
            await close_session_pool()
    heard, summary = call.caller, call.bot_result
    print("report:")
    commits = (
        str(sum(len(session.commits) for session in emulator.sessions))
        if emulator is not None
        else "not visible (a real backend)"
    )
    print(
        f"  caller turns spoken: {len(heard.turns_spoken)}; ended by the VAD: "
        f"{summary.turns_ended}; committed at the model: {commits}"
    )
    print(
        f"  bot replies heard by the caller: {heard.bot_replies_heard} "
        f"({heard.voiced_s:.1f} s of bot audio over WebRTC)"
    )
    for t in summary.truncations:
        print(
            f"  barge-in: {t.action} {t.item_id} at audio_end_ms={t.audio_end_ms} "
            f"(heard_ms={t.heard_ms:.0f} of {t.received_ms:.0f} ms received, {t.method})"
        )
    print(f"  prompt states: {' → '.join(summary.states)}")
    print(
        f"  hung up: {heard.hung_up_because}; bot ended on disconnect: {summary.client_disconnected}"
    )
    problems = []
    if not heard.connected:
        problems.append("the WebRTC connection never came up")
    if heard.voiced_s <= 0:
        problems.append("the caller heard no bot audio")
    if len(heard.turns_spoken) < len(turns):
        problems.append(f"only {len(heard.turns_spoken)} of {len(turns)} caller turns were spoken")
    if summary.turns_ended < len(heard.turns_spoken) or summary.turns_ended == 0:
        problems.append(f"{summary.turns_ended} caller turn(s) ended by the VAD")
    if emulator is not None and commits != str(len(heard.turns_spoken)):
        problems.append(f"{commits} caller turn(s) committed at the model")
    if emulator is not None and not any(t.audio_end_ms > 0 for t in summary.truncations):
        problems.append("the barge-in truncated nothing")
    if not summary.client_disconnected:
        problems.append("the bot did not see the caller hang up")
    if problems:
        print(f"FAILED: {'; '.join(problems)}", file=sys.stderr)
        return 1
    print("OK")
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--offline",
        action="store_true",
        help="run one simulated browser call (aiortc peer, emulator unless a backend is set)",
    )
    if "--offline" in sys.argv[1:]:
        parser.parse_args()  # --offline takes none of the runner's options
        logger.remove()
        logger.add(sys.stderr, level="ERROR")
        sys.exit(asyncio.run(offline_call()))
    wants_help = any(a in ("-h", "--help") for a in sys.argv[1:])
    transport = argparse.ArgumentParser(add_help=False)
    transport.add_argument("-t", "--transport")
    chosen = transport.parse_known_args()[0].transport
    if chosen is None:
        sys.argv += ["-t", "webrtc"]  # the runner would otherwise offer every transport
    elif chosen != "webrtc" and not wants_help:
        print(f"browser_bot: serves -t webrtc only, not -t {chosen}", file=sys.stderr)
        sys.exit(2)
    problem = backend_problem()
    if problem is not None and not wants_help:
        print(f"browser_bot: {problem}; or run with --offline", file=sys.stderr)
        sys.exit(2)
    # lazy: the runner brings FastAPI/uvicorn; --offline and the refusal above don't need it
    from pipecat.runner.run import main as runner_main

    runner_main(parser)  # adds the runner's options (-t webrtc, --host, --port, ...)


if __name__ == "__main__":
    main()
