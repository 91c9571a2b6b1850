"""How many idle sessions to keep: the floor, or what the recent call rate needs (pure).

A refill takes one connect time; calls arriving faster than ``idle / connect time`` drain the
pool and wait. So the pool keeps ``ceil(rate × connect time × headroom)`` idle, never fewer
than ``min_idle`` nor more than ``max_idle``: 20 calls/s against a 300 ms handshake needs 9
warm sessions, whatever ``min_idle`` says. The rate is the checkouts of the last
``window_s`` over the time they span (at least 1 s); the connect time is an EWMA.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable

__all__ = ["DemandEstimator"]


class DemandEstimator:
    def __init__(
        self,
        window_s: float = 10.0,
        headroom: float = 1.5,
        alpha: float = 0.2,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if window_s <= 0 or headroom < 1 or not 0 < alpha <= 1:
            raise ValueError("window_s must be > 0, headroom >= 1 and alpha within (0, 1]")
        self.window_s = window_s
        self.headroom = headroom
        self.alpha = alpha
        self._clock = clock
        self._checkouts: deque[float] = deque()
        self.connect_s: float | None = None

    def record_checkout(self) -> None:
        self._checkouts.append(self._clock())

    def record_connect(self, duration_s: float) -> None:
        if self.connect_s is None:
            self.connect_s = duration_s
        else:
            self.connect_s += self.alpha * (duration_s - self.connect_s)

    def rate(self) -> float:
        """Checkouts per second over the window."""
        now = self._clock()
        while self._checkouts and self._checkouts[0] < now - self.window_s:
            self._checkouts.popleft()
        if not self._checkouts:
            return 0.0
        span = min(max(now - self._checkouts[0], 1.0), self.window_s)
        return len(self._checkouts) / span

    def target(self, min_idle: int, max_idle: int) -> int:
        """Idle sessions to keep now."""
        if self.connect_s is None:
            return min_idle
        need = math.ceil(self.rate() * self.connect_s * self.headroom - 1e-9)
        return max(min_idle, min(need, max_idle))
