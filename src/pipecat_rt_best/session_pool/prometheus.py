"""Prometheus export of the pools' metrics (``prometheus-client``, the ``telephony`` extra).

A custom collector: nothing is double-booked, each scrape reads the pools' own counters::

    from prometheus_client import REGISTRY, generate_latest
    register_pool_metrics([pool])                 # or a callable returning the pools
    generate_latest(REGISTRY)                     # what /metrics serves

Series (label ``backend`` = :attr:`SessionBackend.name`, never a URL or a credential):
``pipecat_rt_best_pool_sessions{state=idle|in_use|opening}``, ``…_pool_waiting_checkouts``,
``…_pool_target_idle``, ``…_pool_ready``, ``…_pool_breaker_open``,
``…_pool_sessions_created_total``, ``…_pool_connect_failures_total``,
``…_pool_sessions_retired_total{reason=age|unhealthy}``, ``…_pool_checkouts_total{kind=warm|cold}``,
``…_pool_checkout_failures_total``, ``…_pool_breaker_opens_total``,
``…_pool_checkout_wait_seconds`` (histogram).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate

from prometheus_client.core import (
    REGISTRY,
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.registry import Collector, CollectorRegistry

from pipecat_rt_best.session_pool.breaker import BreakerState
from pipecat_rt_best.session_pool.metrics import WAIT_BUCKETS_S
from pipecat_rt_best.session_pool.pool import RealtimeSessionPool

__all__ = ["PoolCollector", "register_pool_metrics"]

PREFIX = "pipecat_rt_best_pool"


class PoolCollector(Collector):
    def __init__(
        self, pools: Iterable[RealtimeSessionPool] | Callable[[], Iterable[RealtimeSessionPool]]
    ) -> None:
        self._pools = pools

    def _current(self) -> list[RealtimeSessionPool]:
        pools = self._pools() if callable(self._pools) else self._pools
        return list(pools)

    def collect(self) -> Iterator[Metric]:
        pools = self._current()
        sessions = GaugeMetricFamily(
            f"{PREFIX}_sessions", "Realtime sessions by state", labels=["backend", "state"]
        )
        waiting = GaugeMetricFamily(
            f"{PREFIX}_waiting_checkouts", "Calls waiting for a session", labels=["backend"]
        )
        target = GaugeMetricFamily(
            f"{PREFIX}_target_idle", "Idle sessions the pool keeps now", labels=["backend"]
        )
        ready = GaugeMetricFamily(
            f"{PREFIX}_ready", "1 when warm and the breaker is closed", labels=["backend"]
        )
        breaker = GaugeMetricFamily(
            f"{PREFIX}_breaker_open",
            "1 while the circuit breaker is not closed",
            labels=["backend"],
        )
        created = CounterMetricFamily(
            f"{PREFIX}_sessions_created", "Sessions opened", labels=["backend"]
        )
        failed = CounterMetricFamily(
            f"{PREFIX}_connect_failures", "Connects that failed", labels=["backend"]
        )
        retired = CounterMetricFamily(
            f"{PREFIX}_sessions_retired", "Idle sessions retired", labels=["backend", "reason"]
        )
        checkouts = CounterMetricFamily(
            f"{PREFIX}_checkouts", "Sessions handed to calls", labels=["backend", "kind"]
        )
        checkout_failures = CounterMetricFamily(
            f"{PREFIX}_checkout_failures", "Checkouts that failed", labels=["backend"]
        )
        opens = CounterMetricFamily(
            f"{PREFIX}_breaker_opens", "Times the circuit breaker opened", labels=["backend"]
        )
        wait = HistogramMetricFamily(
            f"{PREFIX}_checkout_wait_seconds", "Call start to session in hand", labels=["backend"]
        )
        for pool in pools:
            name = pool.backend.name
            m = pool.metrics
            for state, value in (("idle", m.idle), ("in_use", m.in_use), ("opening", m.opening)):
                sessions.add_metric([name, state], value)
            waiting.add_metric([name], m.waiting)
            target.add_metric([name], m.target_idle)
            ready.add_metric([name], 1.0 if pool.ready else 0.0)
            breaker.add_metric([name], 0.0 if pool.breaker.state is BreakerState.CLOSED else 1.0)
            created.add_metric([name], m.created)
            failed.add_metric([name], m.failed)
            retired.add_metric([name, "age"], m.retired_by_age)
            retired.add_metric([name, "unhealthy"], m.retired_unhealthy)
            checkouts.add_metric([name, "warm"], m.checkouts_warm)
            checkouts.add_metric([name, "cold"], m.checkouts_cold)
            checkout_failures.add_metric([name], m.checkout_failures)
            opens.add_metric([name], m.breaker_opens)
            cumulative = list(accumulate(m.checkout_wait_buckets))
            buckets = [(repr(b), float(c)) for b, c in zip(WAIT_BUCKETS_S, cumulative, strict=True)]
            buckets.append(("+Inf", float(m.checkout_wait_count)))
            wait.add_metric([name], buckets, m.checkout_wait_sum_s)
        yield from (sessions, waiting, target, ready, breaker, created, failed, retired)
        yield from (checkouts, checkout_failures, opens, wait)


def register_pool_metrics(
    pools: Iterable[RealtimeSessionPool] | Callable[[], Iterable[RealtimeSessionPool]],
    registry: CollectorRegistry = REGISTRY,
) -> PoolCollector:
    """Register a :class:`PoolCollector` for ``pools`` on ``registry``; returns it (to
    ``registry.unregister`` later)."""
    collector = PoolCollector(pools)
    registry.register(collector)
    return collector
