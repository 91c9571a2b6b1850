"""The telephony server fit for production: pools, probes, metrics, graceful drain.

The G.711 server (:func:`~pipecat_rt_best.g711_passthrough.server.create_telephony_app`)
knows nothing of pools; it offers generic hooks (``app.state.readiness_checks``,
``app.state.draining``). This module composes them with practice 3's session pools:

* :func:`production_telephony_app` — the app plus ``/readyz`` checks on the pools (warm,
  breaker closed) and a Prometheus ``/metrics`` (calls active/total, pool gauges and the
  checkout wait histogram, truncations, reconnects, model errors, tokens, TTS characters) on its own
  registry;
* :class:`ServerMetrics` — the per-server registry; :meth:`ServerMetrics.watch` counts a
  call's truncations and reconnects from the service's events, and the usage it reports
  (the model's tokens by kind, a TTS's characters; labelled by backend and model only);
  :meth:`ServerMetrics.watch_event_loop` (opt-in, ``--loop-lag-interval``) adds the
  event-loop lag histogram (:mod:`~pipecat_rt_best.call_pipeline.loop_lag`);
* :class:`DrainingServer` — ``uvicorn.Server`` whose SIGTERM drains: new calls are refused
  (webhooks 503, media sockets HTTP 403 before the upgrade, 1013 after their start),
  ``/readyz`` fails, live calls go on until they end or
  ``drain_timeout_s`` passes, then uvicorn shuts down (closing what is left within
  ``SHUTDOWN_GRACE_S``) and the process exits 0.

The server owns the pools for its lifetime (the CLI opens them before serving and closes
them after); pool size comes from ``--pool-size`` / ``PIPECAT_RT_BEST_POOL_SIZE``.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import signal
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from types import FrameType
from typing import Any

import uvicorn
from fastapi import FastAPI
from fastapi.responses import Response
from loguru import logger
from pipecat.frames.frames import ErrorFrame, Frame, MetricsFrame
from pipecat.metrics.metrics import LLMUsageMetricsData, TTSUsageMetricsData
from pipecat.services.azure.realtime.llm import AzureRealtimeLLMService
from pipecat.services.openai.realtime.llm import OpenAIRealtimeLLMService
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from pipecat_rt_best.base.frames import MODEL_ERROR_CODES, ModelErrorFrame
from pipecat_rt_best.base.usage import TOKEN_KINDS
from pipecat_rt_best.base.usage_observer import token_counts
from pipecat_rt_best.call_pipeline.header_timeout import header_timeout_protocol
from pipecat_rt_best.call_pipeline.loop_lag import (
    DEFAULT_LOOP_LAG_INTERVAL_S,
    LOOP_LAG_BUCKETS_S,
    LoopLagMonitor,
)
from pipecat_rt_best.g711_passthrough.server import (
    PipelineFactory,
    TelephonyServerConfig,
    create_telephony_app,
)
from pipecat_rt_best.interruption_truncation.service import TruncationMixin
from pipecat_rt_best.realtime.reconnect import ReconnectMixin
from pipecat_rt_best.session_pool.breaker import BreakerState
from pipecat_rt_best.session_pool.pool import PoolConfig, RealtimeSessionPool
from pipecat_rt_best.session_pool.prometheus import register_pool_metrics

__all__ = [
    "DEFAULT_DRAIN_TIMEOUT_S",
    "DEFAULT_POOL_SIZE",
    "POOL_SIZE_ENV",
    "SHUTDOWN_GRACE_S",
    "DrainingServer",
    "ServerMetrics",
    "call_pool_config",
    "pool_size_from_env",
    "production_telephony_app",
]

POOL_SIZE_ENV = "PIPECAT_RT_BEST_POOL_SIZE"
DEFAULT_POOL_SIZE = 4
DEFAULT_DRAIN_TIMEOUT_S = 30.0
SHUTDOWN_GRACE_S = 5  # whole seconds: uvicorn.Config.timeout_graceful_shutdown is an int
"""Once a drain is over (no calls left, or its deadline passed), how long uvicorn's shutdown
waits for the connections still open (the calls the deadline cut, a webhook whose body never
arrives) before it cancels what is left: uvicorn alone waits for ever."""
PREFIX = "pipecat_rt_best"


def pool_size_from_env(env: Mapping[str, str] | None = None) -> int:
    """``PIPECAT_RT_BEST_POOL_SIZE`` (warm sessions per backend; 0 = no pool), default 4."""
    text = (os.environ if env is None else env).get("PIPECAT_RT_BEST_POOL_SIZE", "").strip()
    if not text:
        return DEFAULT_POOL_SIZE
    try:
        size = int(text)
    except ValueError:
        size = -1
    if size < 0:
        raise ValueError(f"{POOL_SIZE_ENV} must be a whole number >= 0 (0 = no pool), not {text!r}")
    return size


UNCAPPED_CALLS = 10_000
"""The call cap of a pool whose caller sets none (a bot process: pipecat's runner takes every
connection)."""


def call_pool_config(
    size: int, *, max_calls: int | None = None, breaker_failures: int | None = None
) -> PoolConfig:
    """The pool of a process that serves calls: ``size`` warm sessions (at least 16 may stay
    idle after a burst). ``max_total`` counts the sockets calls hold too (each live call holds
    one), so it is the idle allowance plus ``max_calls``: ``PoolConfig``'s default 64 would
    refuse the 65th concurrent call. No per-message compression: base64 audio barely
    deflates, and compressing every 20 ms append cost more CPU than anything else per call
    (``bench/load``)."""
    max_idle = max(16, size)
    config = PoolConfig(
        min_idle=size,
        max_idle=max_idle,
        max_total=max_idle + (max_calls or UNCAPPED_CALLS),
        connect_options={"compression": None},
    )
    if breaker_failures is not None:
        config = dataclasses.replace(config, breaker_failures=breaker_failures)
    return config


class _CallCollector(Collector):
    """Calls active/total/ended by reason (and, of those, the calls without bot speech),
    streams refused and webhooks rejected by reason, read from the app's own state at scrape
    time."""

    def __init__(self, app: FastAPI) -> None:
        self._app = app

    def collect(self) -> Iterator[Metric]:
        state = self._app.state
        active = GaugeMetricFamily(f"{PREFIX}_calls_active", "Calls in progress")
        active.add_metric([], state.active_calls)
        total = CounterMetricFamily(f"{PREFIX}_calls", "Calls accepted since start")
        total.add_metric([], state.calls_total)
        draining = GaugeMetricFamily(f"{PREFIX}_draining", "1 while the server drains")
        draining.add_metric([], 1 if state.draining else 0)
        ended = CounterMetricFamily(
            f"{PREFIX}_calls_ended", "Calls ended, by reason", labels=["reason"]
        )
        for reason, n in sorted(state.calls_ended.items()):
            ended.add_metric([reason], n)
        mute = CounterMetricFamily(
            f"{PREFIX}_calls_without_bot_audio",
            "Calls ended without the caller hearing any bot speech (dead air), by end reason",
            labels=["reason"],
        )
        for reason, n in sorted(state.calls_without_bot_audio.items()):
            mute.add_metric([reason], n)
        refused = CounterMetricFamily(
            f"{PREFIX}_streams_refused",
            "Media sockets refused before a call started, by reason",
            labels=["reason"],
        )
        for reason, n in sorted(state.streams_refused.items()):
            refused.add_metric([reason], n)
        rejected = CounterMetricFamily(
            f"{PREFIX}_webhooks_rejected",
            "Webhooks not answered 200 (bad signature 403, draining or full 503, body timeout 408)",
            labels=["provider", "reason"],
        )
        for (provider, reason), n in sorted(state.webhooks_rejected.items()):
            rejected.add_metric([provider, reason], n)
        yield from (active, total, draining, ended, mute, refused, rejected)


class ServerMetrics:
    """One server's Prometheus registry (not the global one: tests and apps stay apart)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.truncations = Counter(
            f"{PREFIX}_truncations",
            "Assistant replies truncated at the point the caller heard (barge-in)",
            registry=self.registry,
        )
        self.reconnects = Counter(
            f"{PREFIX}_reconnects",
            "Mid-call realtime session reconnects",
            ["outcome"],
            registry=self.registry,
        )
        # both series from the start, at 0: a labelled counter has no sample until its first
        # increment, and rate()/increase() over a series that appears at 1 miss that reconnect
        for outcome in ("attempted", "restored"):
            self.reconnects.labels(outcome)
        self.llm_tokens = Counter(
            f"{PREFIX}_llm_tokens",
            "Tokens the realtime model reported in response.done's usage, by kind "
            f"({', '.join(TOKEN_KINDS)}; input_cached is part of input_text + input_audio)",
            ["backend", "model", "kind"],
            registry=self.registry,
        )
        self.model_errors = Counter(
            f"{PREFIX}_model_errors",
            "Errors the realtime model reported (error events, failed responses), by backend "
            f"and code ({', '.join(MODEL_ERROR_CODES)})",
            ["backend", "code"],
            registry=self.registry,
        )
        self.tts_characters = Counter(
            f"{PREFIX}_tts_characters",
            "Characters sent to a TTS service to be synthesised",
            ["backend", "model"],
            registry=self.registry,
        )

        self.loop_lag: Histogram | None = None

    def watch_event_loop(self, interval_s: float = DEFAULT_LOOP_LAG_INTERVAL_S) -> LoopLagMonitor:
        """Add ``pipecat_rt_best_event_loop_lag_seconds`` (a histogram: how late the
        server's event loop ran a timer, sampled every ``interval_s``) and return the
        monitor feeding it; start it inside the server's loop (``async with monitor:``)."""
        if self.loop_lag is None:
            self.loop_lag = Histogram(
                f"{PREFIX}_event_loop_lag_seconds",
                f"How late the event loop ran a timer that was due (sampled every "
                f"{interval_s:g} s); the 20 ms media cadence suffers above ~0.02",
                buckets=LOOP_LAG_BUCKETS_S,
                registry=self.registry,
            )
        return LoopLagMonitor(interval_s, on_sample=self.loop_lag.observe)

    def watch(self, llm: Any) -> Any:
        """Count ``llm``'s truncations and reconnects, and the usage it reports; returns
        ``llm``.

        The events are the pack's own (registered by :class:`TruncationMixin` and
        :class:`ReconnectMixin`), so which to count follows from ``llm``'s class, with pipecat's
        public ``add_event_handler``; an ``llm`` with neither mixin has nothing to count.
        The model's errors (its :class:`~pipecat_rt_best.base.frames.ModelErrorFrame`:
        error events, failed responses, read from pipecat's public ``on_error`` event) are
        counted by backend and code in ``pipecat_rt_best_model_errors_total``.
        Usage is read from the metrics frames ``llm`` itself pushes (pipecat's public
        ``on_after_push_frame``): each response's tokens by kind into
        ``pipecat_rt_best_llm_tokens_total``, a TTS's characters into
        ``pipecat_rt_best_tts_characters_total``, labelled by backend (``openai``,
        ``azure``, else the service's class) and model; none without pipecat's usage
        metrics on (the pack's ``call_worker`` turns them on)."""
        events: list[str] = []
        if isinstance(llm, TruncationMixin):
            events.append("on_truncation")
        if isinstance(llm, ReconnectMixin):
            events += ["on_reconnecting", "on_reconnected"]

        async def on_truncation(_service: Any, _event: Any) -> None:
            self.truncations.inc()

        async def on_reconnecting(_service: Any, *_args: Any) -> None:
            self.reconnects.labels("attempted").inc()

        async def on_reconnected(_service: Any, *_args: Any) -> None:
            self.reconnects.labels("restored").inc()

        handlers = {
            "on_truncation": on_truncation,
            "on_reconnecting": on_reconnecting,
            "on_reconnected": on_reconnected,
        }
        for name in events:
            llm.add_event_handler(name, handlers[name])
        backend = _backend_label(llm)

        async def on_after_push_frame(processor: Any, frame: Frame) -> None:
            if isinstance(frame, MetricsFrame):
                self._count_usage(processor, frame, backend)

        llm.add_event_handler("on_after_push_frame", on_after_push_frame)
        for code in MODEL_ERROR_CODES:  # every series from the start, at 0
            self.model_errors.labels(backend, code)

        async def on_error(_processor: Any, frame: ErrorFrame) -> None:
            if isinstance(frame, ModelErrorFrame):
                self.model_errors.labels(backend, frame.code).inc()

        llm.add_event_handler("on_error", on_error)
        return llm

    def _count_usage(self, processor: Any, frame: MetricsFrame, backend: str) -> None:
        """Count the usage reports ``processor`` made itself in ``frame`` (one it only
        passes on, from a processor before it, is not its own)."""
        for data in frame.data:
            if data.processor != getattr(processor, "name", data.processor):
                continue
            model = data.model or "unknown"
            if isinstance(data, LLMUsageMetricsData):
                # every kind, 0 too: a series that appears at its first non-zero count
                # hides that count from rate()/increase()
                for kind, n in token_counts(data.value).as_dict().items():
                    self.llm_tokens.labels(backend, model, kind).inc(n)
            elif isinstance(data, TTSUsageMetricsData):
                self.tts_characters.labels(backend, model).inc(max(0, data.value))

    def scrape(self) -> bytes:
        return generate_latest(self.registry)


def _backend_label(service: Any) -> str:
    """The ``backend`` label of a service's usage: ``azure`` or ``openai`` for a realtime
    service, else its class name."""
    if isinstance(service, AzureRealtimeLLMService):
        return "azure"
    if isinstance(service, OpenAIRealtimeLLMService):
        return "openai"
    return type(service).__name__


def _pool_check(pools: Sequence[RealtimeSessionPool]) -> tuple[bool, Any]:
    """Fit for new calls: every pool open, its breaker closed and warmed once since start.
    Not "``min_idle`` idle at this moment": under ordinary load the idle sessions are handed
    out faster than they are replaced for a moment, and a probe that asked for them took busy
    pods out of service (26 % of probes at one call a second, 72 % at three)."""
    details = [
        {
            "backend": pool.backend.name,
            "ready": (
                not pool.closed
                and pool.breaker.state is BreakerState.CLOSED
                and (pool.metrics.created > 0 or pool.config.min_idle == 0)
            ),
            "warm": pool.ready,
            "breaker": pool.breaker.state.value,
            "idle": pool.metrics.idle,
        }
        for pool in pools
    ]
    return all(d["ready"] for d in details), {"pools": details}


def production_telephony_app(
    pipeline_factory: PipelineFactory,
    config: TelephonyServerConfig | None = None,
    *,
    pools: Sequence[RealtimeSessionPool] = (),
    metrics: ServerMetrics | None = None,
) -> FastAPI:
    """:func:`create_telephony_app` + ``/readyz`` on ``pools`` + ``/metrics``.

    ``app.state.metrics`` is the :class:`ServerMetrics` (pass your own to
    :meth:`~ServerMetrics.watch` the services your ``pipeline_factory`` builds).
    """
    app = create_telephony_app(pipeline_factory, config)
    metrics = metrics or ServerMetrics()
    app.state.metrics = metrics
    app.state.pools = list(pools)
    if pools:
        app.state.readiness_checks.append(lambda: _pool_check(pools))
    register_pool_metrics(list(pools), metrics.registry)
    metrics.registry.register(_CallCollector(app))

    @app.get("/metrics")
    async def prometheus_metrics() -> Response:
        return Response(metrics.scrape(), media_type=CONTENT_TYPE_LATEST)

    return app


class DrainingServer(uvicorn.Server):
    """``uvicorn.Server`` whose first SIGTERM drains before shutting down.

    uvicorn's own shutdown closes every WebSocket at once (close 1012): a phone call would
    drop. Here SIGTERM sets ``app.state.draining`` (new calls refused, ``/readyz`` 503), waits
    for ``app.state.active_calls`` to reach 0 or ``drain_timeout_s``, then lets uvicorn shut
    down. SIGINT (Ctrl+C) stops at once, as before, also during a drain: the live calls are
    cut, each logged as ended by "server stopped (SIGINT)" (not as the provider's hang-up),
    with one line saying how many were cut, and no "drained" line. A second SIGTERM is
    ignored (drain goes on; Kubernetes sends SIGKILL after ``terminationGracePeriodSeconds``).
    The SIGTERM is not re-raised after the drain, so the process exits 0. Unless ``config``
    sets its own ``timeout_graceful_shutdown``, uvicorn's shutdown after the drain waits at
    most :data:`SHUTDOWN_GRACE_S` for open connections: one client that never finishes a
    request cannot keep the process up past the drain's deadline. Unless ``config`` names its
    own ``http`` protocol, a connection whose request headers are not complete in
    ``DEFAULT_HEADER_TIMEOUT_S`` is closed (:mod:`.header_timeout`: uvicorn has no such
    deadline, and a client sending nothing held its socket for ever).
    """

    def __init__(self, config: uvicorn.Config, app: FastAPI, *, drain_timeout_s: float) -> None:
        super().__init__(config)
        if not drain_timeout_s >= 0:  # NaN too: its deadline would cut every call at once
            raise ValueError(f"drain_timeout_s must be >= 0, not {drain_timeout_s}")
        self.app = app
        self.drain_timeout_s = drain_timeout_s
        if self.config.timeout_graceful_shutdown is None:
            self.config.timeout_graceful_shutdown = SHUTDOWN_GRACE_S
        if self.config.http == "auto":  # uvicorn's own has no deadline on request headers
            self.config.http = header_timeout_protocol()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._drain_task: asyncio.Task[None] | None = None
        self._stopped_by: str | None = None  # the signal that stopped the server at once

    async def serve(self, sockets: Any = None) -> None:
        self._loop = asyncio.get_running_loop()
        await super().serve(sockets)

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        if sig == signal.SIGTERM and not self.should_exit and self._loop is not None:
            if self._drain_task is None:
                self._loop.call_soon_threadsafe(self.begin_drain)
            return
        if self._stopped_by is None and not self.should_exit:
            self._stop_at_once(sig)
        super().handle_exit(sig, frame)

    def _stop_at_once(self, sig: int) -> None:
        """A signal that stops the server without a drain (SIGINT, also during one): the
        live calls get it as their end reason before uvicorn closes their sockets (else each
        reads as the provider's hang-up), and one line says how many were cut."""
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = f"signal {sig}"
        self._stopped_by = name
        cut = 0
        for call in list(self.app.state.calls):
            if call.end_reason is None:
                call.end_reason = f"server stopped ({name})"
                cut += 1
        # a signal handler must not take the log's lock: log from the loop
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._log_stop, name, cut)
        else:
            self._log_stop(name, cut)

    @staticmethod
    def _log_stop(name: str, cut: int) -> None:
        if cut:
            logger.warning(f"telephony-server: stopped by {name}: cut {cut} active call(s)")
        else:
            logger.info(f"telephony-server: stopped by {name}: no active calls")

    def begin_drain(self) -> None:
        """Start draining (what SIGTERM does); idempotent."""
        if self._drain_task is None:
            self._drain_task = asyncio.get_running_loop().create_task(self.drain())

    async def drain(self) -> None:
        """Refuse new calls, then wait (up to the drain timeout) until no call is live and no
        slot is held for a webhook answered 200 before the drain began (its stream is still
        admitted; a hold whose stream never comes lapses after the server's
        ``webhook_hold_s``), then stop."""
        state = self.app.state
        state.draining = True
        held: Callable[[], int] = getattr(state, "held_calls", lambda: 0)
        logger.info(
            f"telephony-server: draining: refusing new calls, waiting up to "
            f"{self.drain_timeout_s:g}s for {state.active_calls} active call(s)"
            + (f" and {n} answered call(s) whose streams are on their way" if (n := held()) else "")
        )
        deadline = time.monotonic() + self.drain_timeout_s
        while (
            (state.active_calls > 0 or held() > 0)
            and time.monotonic() < deadline
            and self._stopped_by is None
        ):
            await asyncio.sleep(0.05)
        if self._stopped_by is not None:
            return  # stopped at once (SIGINT) during the drain: the calls were cut, not drained
        if state.active_calls > 0:
            logger.warning(
                f"telephony-server: drain timeout: closing {state.active_calls} active call(s)"
            )
            for call in list(state.calls):  # so their logs do not read as the caller's hang-up
                call.end_reason = call.end_reason or "drain timeout (server shutdown)"
        else:
            logger.info("telephony-server: drained: no active calls")
        self.should_exit = True
