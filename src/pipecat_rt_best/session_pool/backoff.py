"""Jittered exponential backoff with a fast first retry (pure: no asyncio, no I/O).

websockets' own reconnect loop waits a random 0–5 s before its first retry; on a phone line
that is a caller listening to silence. Here the first retry comes after ``first_s`` (tens of
milliseconds: most handshake failures are one-offs), later ones grow ``factor``-fold from
``base_s`` up to ``max_s``. Every delay is drawn uniformly from ``[(1 - jitter) * d, d]`` so a
fleet of pools that failed together does not retry together.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Backoff"]


@dataclass(frozen=True)
class Backoff:
    """Delays before retry number ``attempt`` (1 = the first retry after a failure)."""

    first_s: float = 0.05
    base_s: float = 0.25
    factor: float = 2.0
    max_s: float = 10.0
    jitter: float = 0.5

    def __post_init__(self) -> None:
        if not 0 <= self.first_s <= self.max_s:
            raise ValueError(f"Backoff.first_s must be within [0, max_s], not {self.first_s}")
        if not 0 < self.base_s <= self.max_s:
            raise ValueError(f"Backoff.base_s must be within (0, max_s], not {self.base_s}")
        if self.factor < 1:
            raise ValueError(f"Backoff.factor must be >= 1, not {self.factor}")
        if not 0 <= self.jitter <= 1:
            raise ValueError(f"Backoff.jitter must be within [0, 1], not {self.jitter}")

    def ceiling(self, attempt: int) -> float:
        """The un-jittered delay before retry ``attempt`` (>= 1)."""
        if attempt < 1:
            raise ValueError(f"attempt counts from 1, not {attempt}")
        if attempt == 1:
            return self.first_s
        # capped before exponentiating far: factor ** 1000 would overflow a float
        exponent = min(attempt - 2, 64)
        return min(self.max_s, self.base_s * self.factor**exponent)

    def delay(self, attempt: int, rand: Callable[[], float] = random.random) -> float:
        """A jittered delay before retry ``attempt``; ``rand`` returns floats in [0, 1)."""
        ceiling = self.ceiling(attempt)
        return ceiling * (1.0 - self.jitter * rand())
