"""A circuit breaker for the realtime endpoint (pure: no asyncio, no I/O; injectable clock).

``closed`` — connects go through; ``failure_threshold`` consecutive failures open it.
``open`` — nothing is attempted until ``reset_timeout_s`` has passed; calls fail fast (or fall
back). ``half_open`` — exactly one probe connect is let through: its success closes the
breaker, its failure opens it again for a longer wait (``reset_timeout_s`` doubling per
failed probe, up to ``max_reset_timeout_s``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import StrEnum

__all__ = ["BreakerState", "CircuitBreaker"]


class BreakerState(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitBreaker:
    """Consecutive-failure circuit breaker with half-open probing."""

    def __init__(
        self,
        failure_threshold: int = 5,
        reset_timeout_s: float = 5.0,
        max_reset_timeout_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if failure_threshold < 1:
            raise ValueError(f"failure_threshold must be >= 1, not {failure_threshold}")
        if not 0 < reset_timeout_s <= max_reset_timeout_s:
            raise ValueError("reset_timeout_s must be > 0 and <= max_reset_timeout_s")
        self.failure_threshold = failure_threshold
        self.reset_timeout_s = reset_timeout_s
        self.max_reset_timeout_s = max_reset_timeout_s
        self._clock = clock
        self._state = BreakerState.CLOSED
        self._failures = 0  # consecutive
        self._opened_at = 0.0
        self._timeout = reset_timeout_s
        self._probe_in_flight = False
        self.times_opened = 0

    def __repr__(self) -> str:
        return (
            f"CircuitBreaker(state={self.state.value}, failures={self._failures}/"
            f"{self.failure_threshold})"
        )

    @property
    def state(self) -> BreakerState:
        """The state now (an open breaker whose wait is over reads as half-open)."""
        if self._state is BreakerState.OPEN and self._clock() >= self._opened_at + self._timeout:
            return BreakerState.HALF_OPEN
        return self._state

    @property
    def consecutive_failures(self) -> int:
        return self._failures

    def retry_in(self) -> float:
        """Seconds until an open breaker lets a probe through (0 when not open)."""
        if self._state is not BreakerState.OPEN:
            return 0.0
        return max(0.0, self._opened_at + self._timeout - self._clock())

    def allow(self) -> bool:
        """May a connect start now? In half-open, True once (the probe) until it reports."""
        state = self.state
        if state is BreakerState.CLOSED:
            return True
        if state is BreakerState.OPEN:
            return False
        if self._probe_in_flight:
            return False
        self._state = BreakerState.HALF_OPEN
        self._probe_in_flight = True
        return True

    def record_success(self) -> None:
        """A connect succeeded: whatever the state, the endpoint works — close."""
        self._state = BreakerState.CLOSED
        self._failures = 0
        self._timeout = self.reset_timeout_s
        self._probe_in_flight = False

    def record_failure(self, *, trip: bool = False) -> bool:
        """A connect failed. Returns True when this failure opened the breaker. ``trip``: open
        it now, whatever the count (a failure that retrying will not fix)."""
        self._failures += 1
        if self._state is BreakerState.HALF_OPEN and self._probe_in_flight:
            self._probe_in_flight = False
            self._timeout = min(self._timeout * 2, self.max_reset_timeout_s)
            self._open()
            return True
        if self._state is BreakerState.CLOSED and (
            trip or self._failures >= self.failure_threshold
        ):
            self._open()
            return True
        return False

    def _open(self) -> None:
        self._state = BreakerState.OPEN
        self._opened_at = self._clock()
        self.times_opened += 1
