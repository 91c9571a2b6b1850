"""``--offline`` for the sample bots: one complete simulated call through a ``bot(runner_args)``.

A sample bot is a pipecat runner script (``async def bot(runner_args)``, launched with
``python bot.py -t twilio``) whose ``__main__`` is
:func:`pipecat_rt_best.cli.bot_script.run_bot_script`; given ``--offline``, that imports
this module and runs :func:`offline_main` (a real start never loads it).

``--offline`` runs the bot's offline call — by default :func:`offline_call`, a phone call;
a bot on another transport has its own (the browser bot:
:func:`~.webrtc_caller.offline_webrtc_call`, :func:`offline_call_for`), which shares
:func:`offline_backends` and the report (:class:`OfflineReport`, printed by
:func:`offline_main`).

With ``--offline`` (:func:`offline_call`), in this process:

1. the emulators the environment does not replace start — the realtime emulator playing
   the prompt's graph (:func:`~.prompt_walk.phone_walk`) unless a realtime backend is
   configured (:func:`~pipecat_rt_best.realtime.env.configured_backend`), the Azure Speech
   emulator (talked to by the real Speech SDK) for a text-modality bot unless
   ``AZURE_SPEECH_*`` is configured — and the environment points the bot at them, exactly
   as it would at a real service;
2. the bot is served on ``/ws`` the way pipecat's runner does
   (``WebSocketRunnerArguments(websocket=...)``, ``cli_args`` the parsed command line);
3. a :class:`~.media_stream_simulator.MediaStreamSimulator` calls it as the provider
   would (Twilio by default, ``--provider``) with a scripted caller (:class:`ScriptedCaller`):
   it waits for the greeting to end, says something, lets the long reply play for a
   moment, barges in, waits for the answer and hangs up;
4. a short report says what each practice did; exit 0 only when the call worked.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib
import os
import sys
import time
import warnings
from collections.abc import AsyncIterator, Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipecat_rt_best.azure_tts.env import AzureSpeechConfig, AzureSpeechConfigError
from pipecat_rt_best.base.broken_pipe import stdout_closed
from pipecat_rt_best.base.redaction import log_to_stderr
from pipecat_rt_best.call_pipeline.bot_plan import Bot, BotPlan
from pipecat_rt_best.g711_passthrough.dialects import Provider
from pipecat_rt_best.realtime.env import (
    RealtimeConfigError,
    configured_backend,
    model_refusal,
)
from pipecat_rt_best.testing.media_stream_simulator import (
    MediaStreamSimulator,
    SimulatorRecord,
    line_audio,
    line_silence,
)
from pipecat_rt_best.testing.simulated_call.caller_audio import synth_utterance

__all__ = [
    "CallerTimeline",
    "OfflineBackends",
    "OfflineCall",
    "OfflineReport",
    "ScriptedCaller",
    "check_configured_backends",
    "offline_backends",
    "offline_call",
    "offline_call_for",
    "offline_main",
    "offline_session",
]

# the names a bot's __main__ took from here before session 27, kept working (with a warning) for
# bots written that way: the runner lives in cli.bot_script, the plan in call_pipeline.bot_plan
_MOVED = {
    "OfflinePlan": ("pipecat_rt_best.call_pipeline.bot_plan", "BotPlan"),
    "run_bot_script": ("pipecat_rt_best.cli.bot_script", "run_bot_script"),
}


def __getattr__(name: str) -> Any:
    if name not in _MOVED:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, new = _MOVED[name]
    warnings.warn(
        f"pipecat_rt_best.testing.offline_bot.{name} moved: import {new} from {module}",
        DeprecationWarning,
        stacklevel=2,
    )
    return getattr(importlib.import_module(module), new)


# a bot's --offline call: runs one call through the bot, returns what it showed
OfflineCall = Callable[[Bot, argparse.Namespace, "BotPlan"], Coroutine[Any, Any, "OfflineReport"]]
# the emulated model for a prompt and its state tool's name (returns an EmulatorScript)
ModelScript = Callable[[Any, str], Any]

SPEECH_VARS = (
    "AZURE_SPEECH_API_KEY",
    "AZURE_SPEECH_AUTH_TOKEN",
    "AZURE_SPEECH_REGION",
    "AZURE_SPEECH_ENDPOINT",
    "AZURE_SPEECH_HOST",
)


# -- the environment -----------------------------------------------------------------------


def _configured(env: Mapping[str, str], names: tuple[str, ...]) -> bool:
    return any(env.get(n, "").strip() for n in names)


def check_configured_backends(plan: BotPlan) -> None:
    """A backend the environment configures is used, so it must be usable: raises
    :class:`RealtimeConfigError` / :class:`AzureSpeechConfigError` (one line) if not. A
    realtime backend is configured when a variable selecting one is set
    (:func:`~pipecat_rt_best.realtime.env.configured_backend`): ``AZURE_OPENAI_API_KEY``
    alone, left from other Azure OpenAI work, is not one."""
    configured_backend()
    if plan.modality == "text" and _configured(os.environ, SPEECH_VARS):
        AzureSpeechConfig.from_env()


@dataclass
class OfflineBackends:
    """What an offline call talks to: the emulators started (None: the environment's)."""

    realtime: Any = None  # a RealtimeEmulator when emulated
    speech: Any = None  # an AzureSpeechEmulator when emulated
    env: dict[str, str] = field(default_factory=dict)
    # the emulated model moves the conversation state (not when the prompt's first state
    # leads only to 'end' or a transfer: the walk stays in it)
    moves_state: bool = True

    def describe(self, plan: BotPlan) -> str:
        """``realtime: the emulator[, speech: ...]``, for the call's first line."""
        where = [
            "realtime: "
            + ("the emulator" if self.realtime is not None else "the backend in the environment")
        ]
        if plan.modality == "text":
            where.append(
                "speech: "
                + ("the emulator" if self.speech is not None else "Azure Speech (environment)")
            )
        return ", ".join(where)


@contextlib.asynccontextmanager
async def offline_backends(
    plan: BotPlan, args: argparse.Namespace, *, model: ModelScript | None = None
) -> AsyncIterator[OfflineBackends]:
    """Emulators for what the environment does not configure; ``os.environ`` pointing at
    them while inside (the bot reads its backends from the environment, as in production).

    The emulated model plays ``model(prompt, state_tool_name)`` — an
    :class:`~.realtime_emulator.EmulatorScript` for the bot's prompt (the one
    ``plan.prompt_arg`` names on the command line); default: :func:`~.prompt_walk.phone_walk`.
    """
    # lazy: the emulators load only for --offline
    from pipecat_rt_best.realtime_prompt.render import STATE_TOOL_NAME
    from pipecat_rt_best.testing.azure_speech_emulator import AzureSpeechEmulator
    from pipecat_rt_best.testing.prompt_walk import phone_walk
    from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator

    stack = OfflineBackends()
    async with contextlib.AsyncExitStack() as exits:
        if configured_backend() is None:
            # lazy: only the emulated model needs the prompt here
            from pipecat_rt_best.call_pipeline.runner import BotConfigError, load_bot_prompt

            path = getattr(args, plan.prompt_arg, None)
            if path is None:  # run_bot_script(prompt=...) left out: no --prompt to walk
                raise BotConfigError(
                    "--offline plays the bot's prompt on the realtime emulator, and this "
                    f"script names none (no --{plan.prompt_arg.replace('_', '-')} option): "
                    "pass its prompt file to run_bot_script(..., prompt=PATH), or configure "
                    "a realtime backend"
                )
            prompt = load_bot_prompt(path)
            if model is not None:
                script = model(prompt, STATE_TOOL_NAME)
            else:
                replies = phone_walk(
                    prompt,
                    STATE_TOOL_NAME,
                    long_reply=plan.long_reply,
                    short_reply=plan.short_reply,
                    min_long_ms=LONG_REPLY_MIN_MS,
                    ms_per_char=plan.ms_per_char,
                )
                script = EmulatorScript(replies=replies, ms_per_char=plan.ms_per_char)
                stack.moves_state = any(r.tool_calls for r in replies)
            stack.realtime = await exits.enter_async_context(
                RealtimeEmulator(api_key="offline", script=script)
            )
            stack.env |= {"OPENAI_API_KEY": "offline", "OPENAI_REALTIME_URL": stack.realtime.url}
        if plan.modality == "text" and not _configured(os.environ, SPEECH_VARS):
            stack.speech = await exits.enter_async_context(
                AzureSpeechEmulator(api_key="offline", ms_per_char=plan.ms_per_char)
            )
            stack.env |= {"AZURE_SPEECH_API_KEY": "offline", "AZURE_SPEECH_HOST": stack.speech.host}
        if (
            plan.modality == "text"
            and plan.voice
            and not os.environ.get("AZURE_SPEECH_VOICE", "").strip()
        ):
            stack.env["AZURE_SPEECH_VOICE"] = plan.voice
        saved = {k: os.environ.get(k) for k in stack.env}
        os.environ.update(stack.env)  # the bot reads its backends from the environment
        try:
            yield stack
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v


@contextlib.asynccontextmanager
async def offline_session(
    plan: BotPlan, args: argparse.Namespace, *, title: str, model: ModelScript | None = None
) -> AsyncIterator[tuple[OfflineBackends, list[Any]]]:
    """What every offline call does around its caller: check the backends the environment
    configures (:func:`check_configured_backends`), start the emulators it does not
    (:func:`offline_backends`, ``model`` the emulated model), print the call's first line
    (``offline call (title): realtime: ...``), watch the calls the bot runs (the
    ``RunnerCall`` of each :func:`~pipecat_rt_best.call_pipeline.run_call_worker`, in
    order), warm the process's pool (``plan.warm_pool``) and run ``plan.prepare``. Yields
    the backends and that list; on the way out the process's shared pools are closed, before
    the emulators stop (a pool still open would refill against a dead port)."""
    # lazy: the runner's call hooks load only for --offline
    from pipecat_rt_best.call_pipeline.runner import (
        RunnerCall,
        add_call_listener,
        close_shared_session_pools,
        remove_call_listener,
        warm_shared_session_pool,
    )

    check_configured_backends(plan)
    calls: list[RunnerCall] = []
    add_call_listener(calls.append)
    try:
        async with offline_backends(plan, args, model=model) as stack:
            try:
                print(f"offline call ({title}): {stack.describe(plan)}", flush=True)
                if plan.warm_pool:
                    await warm_shared_session_pool()
                if plan.prepare is not None:
                    await plan.prepare(args)
                yield stack, calls
            finally:
                await close_shared_session_pools()
    finally:
        remove_call_listener(calls.append)


# -- the caller ---------------------------------------------------------------------------

BARGE_AFTER_MS = 1200.0
"""How much of the long reply the scripted caller hears before barging in."""
LONG_REPLY_MIN_MS = BARGE_AFTER_MS + 3000.0
"""The long reply lasts at least this long (said over when shorter): still playing 3 s after
the caller barges in, while the VAD's start and the bot-aware guard confirm the barge-in (a
0.6 s start or so), so there is audio left to cut whatever the prompt's examples are."""


@dataclass
class CallerTimeline:
    """When the scripted caller did what (simulator clock, seconds); None: it did not get there."""

    greeting_heard: float | None = None
    said_turn: float | None = None
    reply_started: float | None = None
    barged_in: float | None = None
    bot_stopped: float | None = None  # the app cleared the caller's buffer
    answer_heard: float | None = None
    stuck: str | None = None  # the step the call did not get past


class ScriptedCaller:
    """A caller reacting to what they hear: answers after the greeting, barges into the
    reply after ``barge_after_ms`` of it, hangs up after the answer to the barge-in.

    Speech is the project's synthetic speech-like audio
    (:func:`~.simulated_call.caller_audio.synth_utterance`), said by splicing it into the
    simulator's caller track at the current position.
    """

    def __init__(
        self,
        provider: Provider = "twilio",
        *,
        turn_s: float = 1.2,
        barge_after_ms: float = BARGE_AFTER_MS,
        quiet_ms: float = 700.0,
        step_timeout_s: float = 20.0,
        on_step: Callable[[str, float], None] | None = None,
    ) -> None:
        self.provider = provider
        self.on_step = on_step
        self.turn_s = turn_s
        self.barge_after_ms = barge_after_ms
        self.quiet_ms = quiet_ms
        self.step_timeout_s = step_timeout_s
        self.timeline = CallerTimeline()

    async def run(self, url: str) -> SimulatorRecord:
        """One call to ``url``; :attr:`timeline` is this call's (a new one each run)."""
        self.timeline = CallerTimeline()
        sim = MediaStreamSimulator(url, self.provider, max_duration_s=120.0)
        call = asyncio.create_task(sim.run())
        try:
            await self._drive(sim, call)
        finally:
            sim.hang_up()
            record = await asyncio.wait_for(call, timeout=10)
        return record

    async def _drive(self, sim: MediaStreamSimulator, call: asyncio.Task[SimulatorRecord]) -> None:
        record, t = sim.record, self.timeline
        bpm = sim.buffer.config.bytes_per_ms
        last_len, last_change = 0, time.monotonic()

        def quiet() -> bool:
            nonlocal last_len, last_change
            if len(record.received_media) != last_len:
                last_len, last_change = len(record.received_media), time.monotonic()
            playing = sim.buffer.buffered_bytes > 0
            return not playing and time.monotonic() - last_change >= self.quiet_ms / 1000

        async def until(step: str, ok: Callable[[], bool], timeout: float | None = None) -> bool:
            deadline = time.monotonic() + (timeout or self.step_timeout_s)
            while not ok():
                if call.done() or time.monotonic() > deadline:
                    t.stuck = t.stuck or step
                    return False
                await asyncio.sleep(0.02)
            return True

        def say(seed: int) -> float:
            speech = line_audio(synth_utterance(self.turn_s, seed=seed), sim.encoding)
            frames = record.media_messages_sent + 2  # a frame or two from now
            sim.caller_audio = line_silence(sim.encoding, frames * sim.frame_ms) + speech
            return frames * sim.frame_ms / 1000 + self.turn_s

        def mark(step: str, what: str) -> None:
            at = sim.now()
            setattr(t, step, at)
            if self.on_step is not None:
                self.on_step(what, at)

        if not await until("the greeting", lambda: record.first_played_at is not None):
            return
        if not await until("the end of the greeting", quiet):
            return
        mark("greeting_heard", "caller heard the greeting")
        spoken_until = say(seed=11)
        mark("said_turn", f"caller says something ({self.turn_s:.1f} s)")
        if not await until("saying the turn", lambda: sim.now() >= spoken_until):
            return
        heard = len(record.played)
        if not await until("the reply", lambda: len(record.played) > heard):
            return
        mark("reply_started", "caller hears the reply")
        enough = heard + self.barge_after_ms * bpm
        if not await until("enough of the reply", lambda: len(record.played) >= enough):
            return
        clears = len(record.clears)
        barge_until = say(seed=12)
        mark("barged_in", f"caller barges in after {self.barge_after_ms / 1000:.1f} s of it")
        if not await until("the bot stopping", lambda: len(record.clears) > clears, 8.0):
            return
        mark("bot_stopped", "bot stopped: the app cleared the line's buffer")
        # the answer can only begin once the caller has finished: audio before that is the cut
        # reply's tail, sent before the clear took effect (a loaded machine's hang-up on it
        # left the answer unasked)
        if not await until("finishing the barge-in", lambda: sim.now() >= barge_until):
            return
        said_at = len(record.received_media)
        answered = await until(
            "the answer", lambda: len(record.received_media) > said_at and quiet(), 10.0
        )
        if answered:
            mark("answer_heard", "caller hears the answer and hangs up")
            t.stuck = None


# -- the report ---------------------------------------------------------------------------


@dataclass
class OfflineReport:
    """What the offline call showed; ``problems`` empty means it worked."""

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def check(self, ok: bool, problem: str) -> None:
        if not ok:
            self.problems.append(problem)


def _explain(failure: str, *, after_s: float | None = None, voice_heard: bool = False) -> str:
    """A failure as a person can act on it (a rejected key says which variable, a handshake
    answered 404/400 the deployment/model: :func:`~pipecat_rt_best.realtime.env.model_refusal`), on one
    line (the Speech SDK's details carry newlines). ``after_s``: how far into the call it
    came; ``voice_heard``: the caller heard the Azure voice before it (it was reached).

    A connection that was made and then lost mid-call is said to be that, not a setting to
    check: the realtime service's "connection lost", or Azure Speech unreachable after it
    had spoken."""
    failure = " ".join(failure.split())
    into = f" {after_s:.1f} s into the call" if after_s is not None else " mid-call"
    if "AzureSpeechTTSService" in failure:  # the voice, not the model
        if failure.startswith("authentication error"):
            return (
                "Azure Speech rejected the key: check AZURE_SPEECH_API_KEY (or "
                "AZURE_SPEECH_AUTH_TOKEN; with AZURE_SPEECH_RESOURCE_ID, Microsoft Entra ID: "
                "the resource's ID and the identity's Cognitive Services User role) and its "
                f"region or endpoint ({failure})"
            )
        if failure.startswith("connectivity error") and voice_heard:
            return (
                f"the connection to Azure Speech was lost{into} and could not be made again "
                f"(it had spoken, so its settings are right: a network or service outage) ({failure})"
            )
        if failure.startswith("connectivity error"):
            return (
                "cannot reach Azure Speech: check AZURE_SPEECH_REGION, AZURE_SPEECH_ENDPOINT or "
                f"AZURE_SPEECH_HOST and the network ({failure})"
            )
        return failure
    if "Realtime connection lost" in failure and "no session.created" not in failure:
        return (
            f"the realtime connection was lost{into} (the backend was reached, so its URL and "
            f"key are right; the bot reconnects, and no new session came in time) ({failure})"
        )
    if "HTTP 401" in failure or "HTTP 403" in failure:
        return (
            "the realtime backend rejected the key (HTTP 401/403): check OPENAI_API_KEY or "
            "AZURE_OPENAI_API_KEY (with AZURE_OPENAI_AUTH=entra: the identity's Cognitive "
            f"Services OpenAI User role on the resource) ({failure})"
        )
    refused_model = model_refusal(failure)  # reached, key taken: the name sent is wrong
    if refused_model is not None:
        return f"{refused_model} ({failure})"
    if failure.startswith("connectivity error"):
        return (
            "cannot reach the realtime backend: check OPENAI_REALTIME_URL or "
            f"AZURE_OPENAI_REALTIME_ENDPOINT and the network ({failure})"
        )
    return failure


def _call_session(emu: Any) -> Any:
    """The emulator session that served the call (the pool keeps idle ones open too)."""
    sessions = [s for s in emu.sessions if s.responses or s.commits]
    return max(sessions, key=lambda s: len(s.received)) if sessions else None


def _report(
    plan: BotPlan,
    stack: OfflineBackends,
    caller: ScriptedCaller,
    record: SimulatorRecord,
    runner_call: Any,
) -> OfflineReport:
    rep = OfflineReport()
    t = caller.timeline
    bpm = record.jitter.config.bytes_per_ms if record.jitter else 8
    heard_ms = len(record.played) / bpm
    rep.lines.append(f"bot audio heard by the caller: {heard_ms / 1000:.1f} s")
    if runner_call is None:
        rep.problems.append("the bot never started a call (no usable 'start'?)")
        return rep
    if runner_call.failure:
        voice_heard = heard_ms > 0 and plan.modality == "text"  # all its bot audio is the voice
        explained = _explain(
            runner_call.failure,
            after_s=getattr(runner_call, "failed_after_s", None),
            voice_heard=voice_heard,
        )
        rep.problems.append(f"the call failed: {explained}")
        return rep
    rep.check(heard_ms > 0, "the caller heard no bot audio")
    rep.check(t.stuck is None, f"the call did not get past {t.stuck}")
    parts = runner_call.parts
    session = _call_session(stack.realtime) if stack.realtime is not None else None
    if session is not None:
        commits = [c for c in session.commits if c.get("source") == "client"]
        lengths = ", ".join(f"{c.get('ms', 0):.0f} ms" for c in commits)
        rep.lines.append(
            f"turns (VAD, manual): {len(commits)} committed by the pipeline ({lengths})"
        )
        rep.check(len(commits) >= 2, "fewer than 2 caller turns committed by the pipeline")
    if plan.modality == "audio" and session is not None:
        cuts = [c for c in session.truncations if c.get("accepted")]
        described = [
            f"item cut at heard {c['audio_end_ms']} ms of {c.get('audio_ms', 0):.0f} ms sent"
            for c in cuts
        ]
        rep.lines.append(f"truncation: {', '.join(described) or 'none'}")
        rep.check(bool(cuts), "no truncation to the heard audio after the barge-in")
    llm = getattr(parts, "llm", None)
    pooled = getattr(llm, "pooled_session", None)
    if pooled is not None:
        rep.lines.append(
            f"session pool: checkout {pooled.wait_s * 1000:.1f} ms "
            f"({'warm' if pooled.warm else 'waited for a connect'})"
        )
    else:
        rep.lines.append("session pool: not used (connected directly)")
    # a service given a pool must have started on a pooled session
    rep.check(
        pooled is not None or getattr(llm, "_session_pool", None) is None,
        "the call did not start on a pooled session",
    )
    states = getattr(parts, "states", None)
    if states is not None:
        history = list(states.tracker.history)
        rep.lines.append(f"prompt states: {' → '.join(history)}")
        if stack.realtime is not None and stack.moves_state:
            rep.check(len(history) >= 2, "the conversation state never moved")
    if plan.modality == "text" and stack.speech is not None:
        _speech_lines(rep, stack.speech, session)
    return rep


def _speech_lines(rep: OfflineReport, speech: Any, session: Any) -> None:
    requests = list(speech.requests)
    for r in requests:
        first = (
            f"{(r.first_audio_at - r.received_at) * 1000:.0f} ms"
            if r.first_audio_at is not None
            else "-"
        )
        rep.lines.append(
            f"tts ({r.output_format}, first audio {first}, {r.status}): {r.spoken_text}"
        )
    rep.check(bool(requests), "no sentence reached Azure TTS")
    spoken = " ".join(r.spoken_text for r in requests)
    rep.check(not any(ch.isdigit() for ch in spoken), "a digit reached the voice")
    rep.check(
        all("mulaw" in r.output_format.lower() for r in requests),
        "TTS was not asked for 8 kHz μ-law",
    )
    if session is not None:
        _heard_text_lines(rep, session)


def _barged_into(session: Any) -> str:
    """The reply the caller barged into: the last one with text that the model began before
    the caller's last turn was committed (that turn is the barge-in; the reply after it
    answers it). Not the longest reply: a greeting as long as it is not the one cut."""
    texts = {r.get("id"): " ".join(r.get("texts") or []) for r in session.responses}
    begun: list[str | None] = []
    before_last_turn: list[str | None] = []
    for event in session.sent:
        if event.get("type") == "response.created":
            begun.append((event.get("response") or {}).get("id"))
        elif event.get("type") == "input_audio_buffer.committed":
            before_last_turn = list(begun)
    return next((texts[r] for r in reversed(before_last_turn) if texts.get(r)), "")


def _heard_text_lines(rep: OfflineReport, session: Any) -> None:
    """The barged-into reply's item replaced with the words the caller heard."""
    texts = [
        p.get("text", "")
        for i in session.conversation
        if i.get("role") == "assistant"
        for p in i.get("content", [])
        if p.get("text")
    ]
    cut = _barged_into(session)
    # the heard words: an assistant message the client wrote in the cut reply's place
    written = {
        (e.get("item") or {}).get("id") for e in session.received_of("conversation.item.create")
    }
    heard = [
        p.get("text", "")
        for i in session.conversation
        if i.get("role") == "assistant" and i.get("id") in written
        for p in i.get("content", [])
        if p.get("text")
    ]
    kept = max((t for t in heard if cut.startswith(t[:8])), key=len, default="")
    rep.lines.append(
        f"truncation (heard text): the model's copy of its {len(cut)}-character reply "
        f"is now {len(kept)} characters: {kept!r}"
    )
    rep.check(
        bool(cut) and cut not in texts,
        "the model still remembers its whole reply after the barge-in",
    )


# -- the offline call ---------------------------------------------------------------------


async def offline_call(
    bot: Bot, args: argparse.Namespace, plan: BotPlan, *, provider: Provider = "twilio"
) -> OfflineReport:
    """Serve ``bot`` on ``/ws`` as pipecat's runner does and put one scripted call through it."""
    # lazy: FastAPI, pipecat's runner types and the server load only for --offline
    from pipecat.runner.types import WebSocketRunnerArguments
    from starlette.applications import Starlette
    from starlette.routing import WebSocketRoute

    from pipecat_rt_best.call_pipeline.telephony import serve_in_background

    failures: list[str] = []

    async def media(websocket: Any) -> None:  # a starlette WebSocket
        await websocket.accept()
        runner_args = WebSocketRunnerArguments(websocket=websocket)
        runner_args.cli_args = args
        try:
            await bot(runner_args)
        except Exception as exc:  # reported as the call's one line, not a server traceback
            failures.append(f"{type(exc).__name__}: {exc}")
            with contextlib.suppress(Exception):
                await websocket.close(code=1011)

    app = Starlette(routes=[WebSocketRoute("/ws", media)])  # pipecat's runner: /ws

    async with (
        offline_session(plan, args, title=provider) as (stack, calls),
        serve_in_background(app) as base,
    ):
        caller = ScriptedCaller(
            provider,
            on_step=lambda what, at: print(f"  {at:5.1f} s  {what}", flush=True),
        )
        try:
            record = await caller.run(base.replace("http://", "ws://") + "/ws")
        except BrokenPipeError:  # printing a step to a closed stdout (| head): not the call
            raise
        except Exception as exc:  # the simulated provider could not call the bot
            return OfflineReport(problems=[f"the call did not connect: {exc}"])
        if calls:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(calls[0].done.wait(), timeout=10)
        report = _report(plan, stack, caller, record, calls[0] if calls else None)
        if failures:
            report.problems.insert(0, f"the bot failed: {failures[0]}")
    return report


# -- the script's main ------------------------------------------------------------------


async def _phone_offline_call(bot: Bot, args: argparse.Namespace, plan: BotPlan) -> OfflineReport:
    return await offline_call(bot, args, plan, provider=args.provider)


def offline_call_for(transports: Sequence[str]) -> OfflineCall:
    """The offline call of a bot serving ``transports``: a browser's
    (:func:`~.webrtc_caller.offline_webrtc_call`) for a bot serving ``webrtc`` only, else
    a phone call (:func:`offline_call`) as ``--provider`` (the bot's own option)."""
    if list(transports) == ["webrtc"]:
        # lazy: aiortc loads only for the browser bot's offline call
        from pipecat_rt_best.testing.webrtc_caller import offline_webrtc_call

        return offline_webrtc_call
    return _phone_offline_call


def offline_main(
    prog: str, bot: Bot, args: argparse.Namespace, plan: BotPlan, offline: OfflineCall
) -> int:
    """``--offline``: the call, its report and the exit code; stdout piped into a reader that
    stopped (``| head``) ends it quietly. ``args``: the bot's parsed command line (``-v``
    counted in ``verbose``)."""
    try:
        return _offline_run(prog, bot, args, plan, offline)
    except BrokenPipeError:
        return stdout_closed()


def _offline_run(
    prog: str, bot: Bot, args: argparse.Namespace, plan: BotPlan, offline: OfflineCall
) -> int:
    # lazy: loguru is configured before the pipeline logs anything
    from loguru import logger

    from pipecat_rt_best.call_pipeline.runner import BotConfigError

    logger.remove()
    log_to_stderr(("CRITICAL", "INFO", "DEBUG")[min(args.verbose, 2)])
    args.transport = None  # as pipecat's runner without -t: the provider comes from 'start'
    began = time.monotonic()
    try:
        report = asyncio.run(offline(bot, args, plan))
    except BotConfigError as exc:
        print(f"{prog}: error: {exc}", file=sys.stderr)
        return 2
    except (RealtimeConfigError, AzureSpeechConfigError) as exc:
        print(f"{prog}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    for line in report.lines:
        print(f"  {line}")
    took = time.monotonic() - began
    if report.problems:
        # a call that failed (a rejected key, no backend): that reason, not what followed
        failed = [p for p in report.problems if p.startswith("the call failed")]
        print(
            f"{prog}: error: the call did not work: {'; '.join(failed or report.problems)}",
            file=sys.stderr,
        )
        return 1
    print(f"ok: the call worked ({took:.1f} s)")
    return 0
