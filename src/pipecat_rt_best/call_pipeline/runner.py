"""pipecat's development runner, meeting the pack: thin adapters for ``bot(runner_args)``.

pipecat's runner (``python bot.py -t twilio``) accepts a provider's media WebSocket on
``/ws`` and calls the script's ``bot(runner_args)`` once per connection, all in one process
and one event loop. Three things a phone bot then needs from the pack:

* :func:`passthrough_transport` — the provider's ``connected``/``start`` messages read with
  the pack's dialects (the provider recognised from the ``start``, or taken from ``-t``),
  and a :class:`~pipecat_rt_best.g711_passthrough.G711PassthroughTransport` with that
  provider's passthrough serializer: G.711 straight through (practice 6);
* :func:`shared_session_pool` — one pre-warmed :class:`RealtimeSessionPool` per backend
  for the whole process, which every call's realtime service starts on (practice 3);
* :func:`run_call_worker` — runs a call's worker until the call ends: the caller hanging
  up cancels it (without that handler the worker outlives the call and the server hangs
  at shutdown), and a failure that leaves the bot unable to serve (a rejected key, no
  connection) ends it with one clear log line instead of a silent line.

:func:`add_call_listener` lets a harness (the ``--offline`` mode of the sample bots) see
each call the runner starts.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from loguru import logger
from pipecat.frames.frames import ErrorFrame
from pipecat.pipeline.worker import PipelineWorker
from pipecat.runner.types import WebSocketRunnerArguments
from pipecat.transports.base_transport import BaseTransport
from pipecat.workers.runner import WorkerRunner

from pipecat_rt_best.base.g711 import G711Law
from pipecat_rt_best.call_pipeline.telephony_server import pool_size_from_env
from pipecat_rt_best.g711_passthrough.dialects import PROVIDERS, Provider
from pipecat_rt_best.g711_passthrough.observer import bot_failure
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
from pipecat_rt_best.realtime.pooled import realtime_pool_from_env, session_backend_from_env
from pipecat_rt_best.realtime_prompt.loader import PromptFileError, load_prompt
from pipecat_rt_best.realtime_prompt.model import RealtimePrompt
from pipecat_rt_best.realtime_prompt.validation import validate_prompt
from pipecat_rt_best.session_pool.breaker import BreakerState
from pipecat_rt_best.session_pool.pool import PoolConfig, RealtimeSessionPool

__all__ = [
    "BotConfigError",
    "RunnerCall",
    "add_call_listener",
    "bot_pool_config",
    "close_shared_session_pools",
    "load_bot_prompt",
    "passthrough_transport",
    "remove_call_listener",
    "run_call_worker",
    "shared_session_pool",
    "warm_shared_session_pool",
]

CallListener = Callable[["RunnerCall"], None]
_listeners: list[CallListener] = []
_pools: dict[str, RealtimeSessionPool] = {}


@dataclass
class RunnerCall:
    """One call the runner runs: what the bot built, and how the call ended."""

    worker: PipelineWorker
    transport: BaseTransport
    info: CallInfo | None = None
    parts: Any = None  # what the bot wants a harness to see (e.g. its PhoneCall)
    ended_by: str | None = None  # "caller hung up" | "pipeline ended" | the failure
    failure: str | None = None
    done: asyncio.Event = field(default_factory=asyncio.Event)


class BotConfigError(Exception):
    """A bot's configuration is unusable; ``str()`` is one line saying what to fix."""


@functools.cache
def _load_prompt(path: Path) -> RealtimePrompt:
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


def load_bot_prompt(path: str | Path) -> RealtimePrompt:
    """The structured prompt at ``path``, loaded and validated once per process.

    Raises :class:`BotConfigError` (one line: the file, the line, the problem) for a file
    that cannot be read or does not validate.
    """
    return _load_prompt(Path(path).resolve())


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
    TeXML opened the stream with; ``exotel_law``: the law the model speaks on Exotel's
    PCM16 line. ``transport_overrides`` go to
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


def bot_pool_config(env: Mapping[str, str] | None = None) -> PoolConfig | None:
    """The pool a bot process keeps: ``PIPECAT_RT_BEST_POOL_SIZE`` warm sessions (default 4,
    as ``telephony-server``; 0: None, no pool). Two failed connects in a row open its
    breaker, so a rejected key fails calls at once instead of after the checkout timeout."""
    size = pool_size_from_env(env)
    if size == 0:
        return None
    return PoolConfig(min_idle=size, max_idle=max(size, 16), breaker_failures=2)


async def shared_session_pool(
    env: Mapping[str, str] | None = None, config: PoolConfig | None = None
) -> RealtimeSessionPool | None:
    """This process's pool for the backend ``env`` selects (started on first use).

    Every call of the process shares it: pipecat's runner calls ``bot()`` per connection
    in one event loop. ``config`` defaults to :func:`bot_pool_config` (None when
    ``PIPECAT_RT_BEST_POOL_SIZE`` is 0: no pool). Raises
    :class:`~pipecat_rt_best.realtime.RealtimeConfigError` without a configured backend.
    :func:`close_shared_session_pools` closes them.
    """
    config = config if config is not None else bot_pool_config(env)
    if config is None:
        return None
    key = session_backend_from_env(env).url
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


async def close_shared_session_pools() -> None:
    """Close the pools :func:`shared_session_pool` opened (idle sessions included)."""
    pools = list(_pools.values())
    _pools.clear()
    for pool in pools:
        await pool.aclose()


async def run_call_worker(
    worker: PipelineWorker,
    transport: BaseTransport,
    *,
    info: CallInfo | None = None,
    parts: Any = None,
) -> RunnerCall:
    """Run one call's ``worker`` until the call ends; returns how it ended.

    The caller hanging up (``on_client_disconnected``) cancels the worker. An error that
    leaves the bot unable to serve the call (a rejected key, a lost connection — see
    :func:`~pipecat_rt_best.g711_passthrough.observer.bot_failure`) is logged as one
    line and ends the call at once; the socket then closes and the provider hangs up.
    """
    call = RunnerCall(worker=worker, transport=transport, info=info, parts=parts)

    @transport.event_handler("on_client_disconnected")
    async def _on_disconnected(_transport: Any, _client: Any) -> None:
        call.ended_by = call.ended_by or "caller hung up"
        await worker.cancel()

    @worker.event_handler("on_pipeline_error")
    async def _on_error(_worker: Any, frame: ErrorFrame) -> None:
        reason = bot_failure(frame)
        if reason is None or call.failure is not None:
            return
        call.failure = f"{reason}: {frame.error}"
        call.ended_by = call.failure
        logger.error(f"call ended: {call.failure}")
        await worker.cancel()

    for listener in list(_listeners):
        listener(call)
    try:
        runner = WorkerRunner(handle_sigint=False)
        await runner.add_workers(worker)
        await runner.run()
    finally:
        call.ended_by = call.ended_by or "pipeline ended"
        call.done.set()
    return call
