"""pipecat's development runner, meeting the pack: thin adapters for ``bot(runner_args)``.

pipecat's runner (``python bot.py -t twilio``) accepts a provider's media WebSocket on
``/ws`` (``-t webrtc``: a browser's SDP offer on ``/api/offer``) and calls the script's
``bot(runner_args)`` once per connection, all in one process and one event loop. What a
bot then needs from the pack:

* :func:`passthrough_transport` — the provider's ``connected``/``start`` messages read with
  the pack's dialects (the provider recognised from the ``start``, or taken from ``-t``),
  and a :class:`~pipecat_rt_best.g711_passthrough.G711PassthroughTransport` with that
  provider's passthrough serializer: G.711 straight through (practice 6);
* :func:`shared_session_pool` — one pre-warmed :class:`RealtimeSessionPool` per backend
  for the whole process, which every call's realtime service starts on (practice 3);
* :func:`run_call_worker` — runs a call's worker until the call ends: the caller hanging
  up (or closing the browser tab) cancels it (without that handler the worker outlives
  the call and the server hangs at shutdown), and a failure that leaves the bot unable to
  serve (a rejected key, no connection) ends it with one clear log line instead of a
  silent line; each call ends with one summary line (turns, replies, truncations, states,
  the model's tokens and the TTS's characters);
* :func:`load_bot_prompt` — the bot's structured prompt (``--prompt`` on the command
  line, else the bot's own), validated once per version of the file.

:func:`add_call_listener` lets a harness (the ``--offline`` mode of the sample bots) see
each call the runner starts.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import hashlib
import os
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from loguru import logger
from pipecat.frames.frames import BotStartedSpeakingFrame, ErrorFrame, UserStoppedSpeakingFrame
from pipecat.observers.base_observer import BaseObserver, FramePushed
from pipecat.pipeline.worker import PipelineWorker
from pipecat.processors.frame_processor import FrameDirection
from pipecat.runner.types import RunnerArguments, WebSocketRunnerArguments
from pipecat.transports.base_transport import BaseTransport
from pipecat.workers.runner import WorkerRunner

from pipecat_rt_best.base.call_log import call_log_context
from pipecat_rt_best.base.frames import ModelErrorFrame
from pipecat_rt_best.base.g711 import G711Law
from pipecat_rt_best.base.redaction import log_only_to_stderr
from pipecat_rt_best.base.usage import CallUsage
from pipecat_rt_best.base.usage_observer import UsageObserver
from pipecat_rt_best.call_pipeline.assembly import PhoneCall
from pipecat_rt_best.call_pipeline.pipeline import worker_running
from pipecat_rt_best.call_pipeline.telephony_server import (
    POOL_SIZE_ENV,
    call_pool_config,
    pool_size_from_env,
)
from pipecat_rt_best.g711_passthrough.call_deadlines import CallDeadlines, DeadlineConfig
from pipecat_rt_best.g711_passthrough.dialects import PROVIDERS, Provider
from pipecat_rt_best.g711_passthrough.observer import CallGuardObserver, bot_failure
from pipecat_rt_best.g711_passthrough.serializer import serializer_for
from pipecat_rt_best.g711_passthrough.server import CallInfo
from pipecat_rt_best.g711_passthrough.stream_start import (
    UnsupportedStreamError,
    line_law,
    read_stream_start,
)
from pipecat_rt_best.g711_passthrough.transport import (
    G711PassthroughTransport,
    g711_transport_params,
)
from pipecat_rt_best.interruption_truncation.clock import TruncationEvent
from pipecat_rt_best.realtime.env import backend_config_from_env
from pipecat_rt_best.realtime.pooled import realtime_pool_from_env, realtime_url
from pipecat_rt_best.realtime_prompt.loader import PromptFileError, load_prompt
from pipecat_rt_best.realtime_prompt.model import RealtimePrompt
from pipecat_rt_best.realtime_prompt.validation import validate_prompt
from pipecat_rt_best.session_pool.breaker import BreakerState
from pipecat_rt_best.session_pool.pool import PoolConfig, RealtimeSessionPool

__all__ = [
    "CALLER_SILENCE_TIMEOUT_S",
    "BotConfigError",
    "RunnerCall",
    "add_call_listener",
    "bot_pool_config",
    "close_shared_session_pools",
    "load_bot_prompt",
    "log_at_level_while_serving",
    "passthrough_transport",
    "remove_call_listener",
    "run_call_worker",
    "shared_session_pool",
    "warm_pool_while_serving",
    "warm_shared_session_pool",
    "worker_running",
]

CallListener = Callable[["RunnerCall"], None]
_listeners: list[CallListener] = []
# (event loop, endpoint, key digest) -> pool: a pool lives and dies with its loop
_pools: dict[tuple[asyncio.AbstractEventLoop, str, str], RealtimeSessionPool] = {}


@dataclass
class RunnerCall:
    """One call the runner runs: what the bot built, what the call did, how it ended."""

    worker: PipelineWorker
    transport: BaseTransport
    info: CallInfo | None = None
    parts: Any = None  # what the bot wants a harness to see (e.g. its PhoneCall)
    ended_by: str | None = None  # "caller hung up" | "pipeline ended" | the failure |
    # "conversation exit 'end'" (the model's exit: 'end' or a transfer target, PhoneCall)
    failure: str | None = None
    done: asyncio.Event = field(default_factory=asyncio.Event)
    turns_ended: int = 0  # caller turns the VAD ended: each one committed + response.create
    bot_replies: int = 0
    truncations: list[TruncationEvent] = field(default_factory=list)  # with a PhoneCall
    states: list[str] = field(default_factory=list)  # the prompt's states, with a PhoneCall
    usage: CallUsage = field(default_factory=CallUsage)  # tokens and TTS characters reported
    started_at: float = field(default_factory=time.monotonic)  # when the runner took the call
    failed_after_s: float | None = None  # how far into the call the failure came
    model_errors: Counter[str] = field(default_factory=Counter)  # error events, failed
    # responses, by code (ModelErrorFrame)

    @property
    def caller_hung_up(self) -> bool:
        return self.ended_by == "caller hung up"

    def summary(self) -> str:
        """One line: what the call did, what it used (counts only) and how it ended."""
        cuts = ", ".join(f"{t.action} at {t.audio_end_ms} ms" for t in self.truncations)
        return (
            f"call ended: {self.turns_ended} caller turn(s), {self.bot_replies} bot "
            f"repl(ies), truncations: {cuts or 'none'}, states: {' → '.join(self.states) or '-'}, "
            f"{self.usage.describe()}"
            + (
                f", model errors: {', '.join(f'{c} {n}' for c, n in self.model_errors.items())}"
                if self.model_errors
                else ""
            )
            + f" ({self.ended_by})"
        )

    def summary_level(self) -> str:
        """The summary line's level: WARNING for a call that failed or in which the caller
        heard no bot reply (the sample bots log at WARNING: an operator sees those calls), as
        the telephony server's end line; INFO for a call that worked."""
        return "WARNING" if self.failure is not None or self.bot_replies == 0 else "INFO"


class _CallCounter(BaseObserver):
    """Counts a call's caller turns and bot replies (each frame once, at its first push,
    which pipecat marks: no set of the ids seen, which grew with every turn of a long call)."""

    def __init__(self, call: RunnerCall) -> None:
        super().__init__(observe_every_push=False)
        self._call = call

    async def on_push_frame(self, data: FramePushed) -> None:
        frame = data.frame
        # some of these frames are pushed both ways (the output transport pushes
        # BotStartedSpeakingFrame up and down, two frames): count the downstream one
        if not data.first_push or data.direction != FrameDirection.DOWNSTREAM:
            return
        if isinstance(frame, UserStoppedSpeakingFrame):
            self._call.turns_ended += 1
        elif isinstance(frame, BotStartedSpeakingFrame):
            self._call.bot_replies += 1


class BotConfigError(Exception):
    """A bot's configuration is unusable; ``str()`` is one line saying what to fix."""


@functools.lru_cache(maxsize=32)
def _load_prompt(path: Path, stamp: tuple[int, int] | None) -> RealtimePrompt:
    """The prompt at ``path``, validated; cached per ``stamp`` (the file's modification time
    and size), so an edited file is read again. A failure is not cached."""
    try:
        loaded = load_prompt(path)
    except PromptFileError as exc:
        raise BotConfigError(str(exc)) from None
    except OSError as exc:
        raise BotConfigError(f"{path}: {exc.strerror or exc}") from None
    report = validate_prompt(loaded)
    if not report.ok:
        first = report.errors[0].format(str(path))
        more = len(report.errors) - 1
        raise BotConfigError(first + (f" (and {more} more error(s))" if more else ""))
    return loaded.prompt


def load_bot_prompt(path: str | Path, runner_args: RunnerArguments | None = None) -> RealtimePrompt:
    """The structured prompt at ``path``, loaded and validated once per version of the file.

    Every call of a bot process asks for it, and gets the same object while the file stays
    as it was (read-only, its Context too: a call's own details go in a copy,
    ``prompt.with_context({"Customer Name": ...})``); once the file changes (its modification time or size: edited, say, in the
    notebook that runs the bot) it is loaded and validated again. With ``runner_args``, a
    ``--prompt`` on the runner's command line (``runner_args.cli_args.prompt``) takes the
    place of ``path``. Raises :class:`BotConfigError` (one line: the file, the line, the
    problem) for a file that cannot be read or does not validate.
    """
    cli_args: argparse.Namespace | None = getattr(runner_args, "cli_args", None)
    chosen = getattr(cli_args, "prompt", None)
    resolved = Path(chosen or path).resolve()
    try:
        info = resolved.stat()
        stamp: tuple[int, int] | None = (info.st_mtime_ns, info.st_size)
    except OSError:
        stamp = None  # loading it says what is wrong
    return _load_prompt(resolved, stamp)


def add_call_listener(listener: CallListener) -> None:
    """Call ``listener(call)`` as each call starts (in this process)."""
    _listeners.append(listener)


def remove_call_listener(listener: CallListener) -> None:
    with contextlib.suppress(ValueError):
        _listeners.remove(listener)


async def passthrough_transport(
    runner_args: WebSocketRunnerArguments,
    *,
    providers: tuple[Provider, ...] | None = None,
    start_timeout_s: float = 10.0,
    telnyx_codec: str = "PCMU",
    exotel_law: G711Law = "ulaw",
    **transport_overrides: Any,
) -> tuple[G711PassthroughTransport, CallInfo] | None:
    """A G.711 passthrough transport for the media socket pipecat's runner accepted.

    The provider is the runner's ``-t`` when it names one, else recognised from the
    ``start`` among ``providers`` (default: all four). Returns None — and closes the
    socket — when no usable ``start`` arrives (closed, ``stop``, ``start_timeout_s``,
    a format passthrough cannot carry). ``telnyx_codec``: the ``bidirectionalCodec`` your
    TeXML opened the stream with; ``exotel_law``: the law the model speaks on an Exotel
    PCM16 line (a μ-law Exotel line is passed through: the model speaks μ-law). ``transport_overrides`` go to
    :func:`~pipecat_rt_best.g711_passthrough.g711_transport_params`.
    """
    websocket = runner_args.websocket
    chosen = getattr(getattr(runner_args, "cli_args", None), "transport", None)
    candidates: tuple[Provider, ...] = (
        (chosen,) if chosen in PROVIDERS else tuple(providers or PROVIDERS)  # type: ignore[assignment]
    )
    try:
        found = await read_stream_start(websocket.receive, candidates, timeout_s=start_timeout_s)
    except UnsupportedStreamError:
        with contextlib.suppress(Exception):
            await websocket.close(code=1003)
        return None
    if found is None:
        with contextlib.suppress(Exception):
            await websocket.close()
        return None
    provider, start = found
    law = line_law(provider, start, telnyx_codec=telnyx_codec, exotel_law=exotel_law)
    if law is None:
        with contextlib.suppress(Exception):
            await websocket.close(code=1003)
        return None
    serializer = serializer_for(provider).from_start(start, law=law)
    transport = G711PassthroughTransport(
        websocket, g711_transport_params(serializer, **transport_overrides)
    )
    logger.info(f"runner: {provider} call {start.call_id or '?'} stream {start.stream_id} ({law})")
    return transport, CallInfo(provider=provider, start=start, law=law)


def bot_pool_config(
    env: Mapping[str, str] | None = None, *, default_size: int | None = None
) -> PoolConfig | None:
    """The pool a bot process keeps: ``PIPECAT_RT_BEST_POOL_SIZE`` warm sessions (unset:
    ``default_size``, else 4 as ``telephony-server``; 0: None, no pool). Two refusals of the
    key in a row (HTTP 401/403, ``breaker_auth_failures``), or of the deployment/model (HTTP
    404/400), open its breaker, so a rejected key or a wrong deployment fails calls at once
    instead of after the checkout timeout; a rate limit or a 5xx gets the
    pool's usual ``breaker_failures`` (5), so a brief 429 blip fails no call."""
    source = os.environ if env is None else env
    if default_size is not None and not source.get(POOL_SIZE_ENV, "").strip():
        size = default_size
    else:
        size = pool_size_from_env(env)
    if size == 0:
        return None
    return call_pool_config(size)


async def shared_session_pool(
    env: Mapping[str, str] | None = None,
    config: PoolConfig | None = None,
    *,
    default_size: int | None = None,
) -> RealtimeSessionPool | None:
    """This process's pool for the backend ``env`` selects (started on first use).

    Every call of the process shares it: pipecat's runner calls ``bot()`` per connection
    in one event loop. ``config`` defaults to :func:`bot_pool_config` (None when
    ``PIPECAT_RT_BEST_POOL_SIZE`` is 0: no pool; ``default_size`` when it is unset). Raises
    :class:`~pipecat_rt_best.realtime.RealtimeConfigError` without a configured backend.
    :func:`close_shared_session_pools` closes them.

    A pool belongs to the event loop it started on (its task and sockets die with it), so
    each loop gets its own: a second ``asyncio.run()`` (a script or a REPL running a
    coroutine again) gets a new pool, and the pools of loops that have closed are forgotten.
    """
    config = config if config is not None else bot_pool_config(env, default_size=default_size)
    if config is None:
        return None
    # one pool per endpoint and credential: another key on the same URL (another tenant, a
    # rotated key) gets its own pool, not the first one's sockets (kept as a digest only)
    backend = backend_config_from_env(env)
    _forget_pools_of_closed_loops()
    key = (
        asyncio.get_running_loop(),
        realtime_url(backend.url, backend.model),
        hashlib.sha256(
            ("entra" if backend.entra else f"key:{backend.api_key}").encode()
        ).hexdigest(),
    )
    pool = _pools.get(key)
    if pool is None or pool.closed:
        pool = realtime_pool_from_env(config, env=env)
        _pools[key] = pool
    return await pool.start()


async def warm_shared_session_pool(
    env: Mapping[str, str] | None = None, *, timeout_s: float = 3.0
) -> None:
    """Start the process's pool and wait (up to ``timeout_s``) until it is warm; returns
    early when its breaker opens (the backend refuses connections)."""
    pool = await shared_session_pool(env)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while pool is not None and not pool.ready and loop.time() < deadline:
        if pool.breaker.state is not BreakerState.CLOSED:
            return
        await asyncio.sleep(0.05)


def log_at_level_while_serving(app: Any, level: str, *, started: str | None = None) -> None:
    """Log at ``level`` while pipecat's runner serves ``app``, each line redacted.

    pipecat's runner removes loguru's sinks (the one ``LOGURU_LEVEL`` set) and adds its own
    on stderr at DEBUG (TRACE with ``-v``) before it serves, and pipecat logs a call's
    content at DEBUG: the system instruction, each tool call's arguments, every sentence
    spoken. This adds to the app's lifespan, as :func:`warm_pool_while_serving` does: when
    the server starts, before it accepts a call, loguru's sinks are replaced by one on stderr
    at ``level`` (:func:`~pipecat_rt_best.base.redaction.log_to_stderr`: each line redacted,
    no variable values under a traceback) and the redaction is installed; at DEBUG or TRACE
    a warning line says the calls' content will be logged. What the runner logs while it
    sets up, before that, is at its own level. ``started``: a line then logged at INFO (the
    bots: which backend the calls go to).
    """
    previous = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(served: Any) -> Any:
        log_only_to_stderr(level)
        if started is not None:
            logger.info(started)
        async with previous(served) as state:
            yield state

    app.router.lifespan_context = lifespan


def warm_pool_while_serving(app: Any, env: Mapping[str, str] | None = None) -> None:
    """Warm the process's pool as soon as pipecat's runner starts serving ``app``, and close
    it when the server stops.

    pipecat's runner builds its FastAPI ``app`` at import and only calls ``bot()`` once a
    call connects, so a pool first asked for there makes that first call connect cold.
    This adds to the app's lifespan (Starlette's ``router.lifespan_context``, which
    pipecat's runner extends the same way for its own transports), keeping whatever is
    there. Warming runs beside the startup, not before it: the server listens at once, and
    a call that comes in meanwhile waits for the pool like any other checkout.
    """
    previous = app.router.lifespan_context

    async def warm() -> None:
        try:
            await warm_shared_session_pool(env)
        except Exception as exc:  # the call that needs the pool reports the backend's problem
            logger.warning(f"session pool: could not warm up at startup: {exc}")

    @contextlib.asynccontextmanager
    async def lifespan(served: Any) -> Any:
        task = asyncio.create_task(warm(), name="warm-session-pool")
        try:
            async with previous(served) as state:
                yield state
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            await close_shared_session_pools()

    app.router.lifespan_context = lifespan


def _forget_pools_of_closed_loops() -> None:
    """Drop the pools whose event loop has closed (an earlier ``asyncio.run()``): their task
    and sockets ended with that loop, and closing them would need it."""
    for key in [key for key in _pools if key[0].is_closed()]:
        del _pools[key]


async def close_shared_session_pools() -> None:
    """Close the pools :func:`shared_session_pool` opened on this event loop (idle sessions
    included). Pools of loops that have closed are forgotten, not closed (that would need
    their loop); a pool of another loop that still runs is left to that loop to close."""
    _forget_pools_of_closed_loops()
    loop = asyncio.get_running_loop()
    pools = [_pools.pop(key) for key in [key for key in _pools if key[0] is loop]]
    for pool in pools:
        await pool.aclose()


CALLER_SILENCE_TIMEOUT_S = 60.0
""":func:`run_call_worker` ends a call where nobody spoke (and no key was pressed) this long."""
_SILENCE_CHECK_S = 0.5


async def _end_when_nobody_speaks(call: RunnerCall, deadlines: CallDeadlines) -> None:
    """Ends ``call`` once its caller-silence deadline passes (the worker is cancelled)."""
    while deadlines.check(time.monotonic()) is None:
        await asyncio.sleep(_SILENCE_CHECK_S)
    call.ended_by = call.ended_by or deadlines.detail
    logger.info(f"call ended: {deadlines.detail}")
    await call.worker.cancel(reason=deadlines.detail)


async def run_call_worker(
    worker: PipelineWorker,
    transport: BaseTransport,
    *,
    info: CallInfo | None = None,
    parts: Any = None,
    caller_silence_timeout_s: float | None = CALLER_SILENCE_TIMEOUT_S,
) -> RunnerCall:
    """Run one call's ``worker`` until the call ends; returns how it ended.

    The caller hanging up (``on_client_disconnected``: the provider's stream ending, the
    browser's peer connection closing) cancels the worker. An error that leaves the bot
    unable to serve the call (a rejected key, a lost connection — see
    :func:`~pipecat_rt_best.g711_passthrough.observer.bot_failure`) is logged as one
    line and ends the call at once; the socket then closes and the provider hangs up.
    The call's caller turns and bot replies are counted, and with a
    :class:`~.assembly.PhoneCall` as ``parts`` its truncations and prompt states are
    kept too; the usage pipecat reports (each response's tokens, the TTS's characters: on
    with the pack's ``call_worker``) is summed; one summary line is logged (info) when the
    call ends, with how it ended (a call its model ended, by ``end`` or a transfer target, as
    ``conversation exit 'human_agent'``: also when the provider ends the stream as the
    transfer moves the caller, which is no hang-up). A line where nobody spoke and no key was pressed for
    ``caller_silence_timeout_s`` (60 s, as the telephony server's; ``None``: never) is ended:
    a handset left off the hook or a caller gone away would otherwise hold the telephony
    minutes and a realtime session, rotating, until the provider's own limit. With ``info``
    the call runs in its :func:`~pipecat_rt_best.base.call_log.call_log_context`: every line
    its components log (pipecat's processors' too) names its call and stream ids.
    """
    call = RunnerCall(worker=worker, transport=transport, info=info, parts=parts)
    worker.add_observer(_CallCounter(call))
    worker.add_observer(UsageObserver(call.usage))
    if isinstance(parts, PhoneCall):

        @parts.llm.event_handler("on_truncation")
        async def _on_truncation(_llm: Any, event: TruncationEvent) -> None:
            call.truncations.append(event)

    @transport.event_handler("on_client_disconnected")
    async def _on_disconnected(_transport: Any, _client: Any) -> None:
        # after the model's exit the stream's end is that exit's (a transfer moves the
        # caller, and the provider ends the stream as it does), not the caller hanging up
        call.ended_by = call.ended_by or _exit_taken(parts) or "caller hung up"
        await worker.cancel(reason="caller hung up")

    @worker.event_handler("on_pipeline_error")
    async def _on_error(_worker: Any, frame: ErrorFrame) -> None:
        if isinstance(frame, ModelErrorFrame):
            call.model_errors[frame.code] += 1
        reason = bot_failure(frame)
        if reason is None or call.failure is not None:
            return
        call.failure = f"{reason}: {frame.error}"
        call.failed_after_s = time.monotonic() - call.started_at
        call.ended_by = call.failure
        logger.error(f"call ended: {call.failure}")
        await worker.cancel()

    if info is None:  # a browser's call: no provider ids to name it by
        return await _run(call, caller_silence_timeout_s)
    # every line the call's components log from here on (pipecat's too) names the call
    with call_log_context(info.start.call_id, info.start.stream_id):
        return await _run(call, caller_silence_timeout_s)


def _exit_taken(parts: Any) -> str | None:
    """How a :class:`~.assembly.PhoneCall` whose model took an exit (``end``, a transfer
    target) ended: ``conversation exit 'human_agent'`` (None: no exit taken)."""
    exits = parts.exits if isinstance(parts, PhoneCall) else None
    if exits is None or exits.ended_by is None:
        return None
    return f"conversation exit {exits.ended_by!r}"


async def _run(call: RunnerCall, caller_silence_timeout_s: float | None) -> RunnerCall:
    """:func:`run_call_worker`'s run of ``call``, its deadline and its summary line."""
    worker, parts = call.worker, call.parts
    silence: asyncio.Task[None] | None = None
    if caller_silence_timeout_s is not None:
        deadlines = CallDeadlines(
            DeadlineConfig(
                bot_timeout_s=None,
                media_timeout_s=None,
                caller_silence_timeout_s=caller_silence_timeout_s,
            ),
            time.monotonic(),
        )
        worker.add_observer(CallGuardObserver(deadlines))
        silence = asyncio.create_task(_end_when_nobody_speaks(call, deadlines))

    for listener in list(_listeners):
        listener(call)
    try:
        runner = WorkerRunner(handle_sigint=False)
        await runner.add_workers(worker)
        await runner.run()
    finally:
        if silence is not None:
            silence.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await silence
        call.ended_by = call.ended_by or _exit_taken(parts) or "pipeline ended"
        if isinstance(parts, PhoneCall):
            call.states = list(parts.states.tracker.history)
        logger.log(call.summary_level(), call.summary())
        call.done.set()
    return call
