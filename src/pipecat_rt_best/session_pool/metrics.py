"""The pool's counters and gauges (pure: plain numbers, no asyncio, no exporter).

Gauges: ``idle`` (open, ``session.created`` confirmed, waiting for a call), ``in_use`` (handed
to a call and not yet closed), ``opening`` (handshakes in flight), ``waiting`` (checkouts
waiting for a session), ``target_idle`` (what the pool keeps warm now: ``min_idle`` or more
under load). Counters: ``created``, ``failed`` (connects that did not reach
``session.created``), ``retired_by_age``, ``retired_unhealthy`` (a ping went unanswered, or the
session spoke or closed while idle; one closed because the checkout pinging it was cancelled
counts in neither), ``checkouts_warm`` (served by a pre-warmed session — the
"reused" of the pool's brief: a *pool* slot is reused, a socket never is), ``checkouts_cold``
(the call waited for a connect), ``checkout_failures``, ``breaker_opens``. The checkout wait is
kept as a sum, a count, fixed histogram buckets (for a Prometheus exporter) and the recent
values (for percentiles). Nothing here ever holds a credential.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import deque
from dataclasses import dataclass, field
from typing import Any

__all__ = ["WAIT_BUCKETS_S", "PoolMetrics", "percentile"]

# seconds; upper bounds of the checkout-wait histogram (Prometheus style, +Inf implied)
WAIT_BUCKETS_S: tuple[float, ...] = (
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
)  # fmt: skip


def percentile(values: list[float], q: float) -> float:
    """The ``q``-quantile (0..1) of ``values`` by linear interpolation; NaN when empty."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    pos = q * (len(ordered) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


@dataclass
class PoolMetrics:
    idle: int = 0
    in_use: int = 0
    opening: int = 0
    waiting: int = 0
    target_idle: int = 0
    created: int = 0
    failed: int = 0
    retired_by_age: int = 0
    retired_unhealthy: int = 0
    checkouts_warm: int = 0
    checkouts_cold: int = 0
    checkout_failures: int = 0
    breaker_opens: int = 0
    checkout_wait_sum_s: float = 0.0
    checkout_wait_count: int = 0
    # the raw waits behind the count and sum stay out of the repr (up to 10,000 floats there)
    checkout_wait_buckets: list[int] = field(
        default_factory=lambda: [0] * len(WAIT_BUCKETS_S), repr=False
    )
    recent_waits_s: deque[float] = field(default_factory=lambda: deque(maxlen=10_000), repr=False)

    def observe_checkout(self, wait_s: float, *, warm: bool) -> None:
        if warm:
            self.checkouts_warm += 1
        else:
            self.checkouts_cold += 1
        self.checkout_wait_sum_s += wait_s
        self.checkout_wait_count += 1
        index = bisect_left(WAIT_BUCKETS_S, wait_s)
        if index < len(WAIT_BUCKETS_S):
            self.checkout_wait_buckets[index] += 1
        self.recent_waits_s.append(wait_s)

    def wait_percentile(self, q: float) -> float:
        return percentile(list(self.recent_waits_s), q)

    def snapshot(self) -> dict[str, Any]:
        """Plain numbers, for logs, tests and exporters."""
        return {
            "idle": self.idle,
            "in_use": self.in_use,
            "opening": self.opening,
            "waiting": self.waiting,
            "target_idle": self.target_idle,
            "created": self.created,
            "failed": self.failed,
            "retired_by_age": self.retired_by_age,
            "retired_unhealthy": self.retired_unhealthy,
            "checkouts_warm": self.checkouts_warm,
            "checkouts_cold": self.checkouts_cold,
            "checkout_failures": self.checkout_failures,
            "breaker_opens": self.breaker_opens,
            "checkout_wait_count": self.checkout_wait_count,
            "checkout_wait_sum_s": self.checkout_wait_sum_s,
            "checkout_wait_p50_s": self.wait_percentile(0.5),
            "checkout_wait_p99_s": self.wait_percentile(0.99),
        }
