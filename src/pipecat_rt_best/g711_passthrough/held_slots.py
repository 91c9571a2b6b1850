"""Slots held for calls whose webhook was answered, until their stream starts (pure logic).

At ``max_calls`` a webhook answers 503 so the provider fails over to another worker instead
of streaming to a full one. But a call takes its slot only when its stream starts, a second
or so after its webhook: in a burst every webhook saw room and answered 200, and the streams
that came after the cap were refused — those callers dropped instead of failing over. So a
webhook that answers 200 holds a slot; the stream that starts takes it (any held slot: the
webhook and the stream are not matched up), and a slot whose stream never comes is let go
after ``hold_s``.
"""

from __future__ import annotations

from collections import deque

__all__ = ["HeldSlots"]


class HeldSlots:
    """Slots held by answered webhooks. Times are monotonic seconds, passed in."""

    def __init__(self, hold_s: float = 15.0) -> None:
        if hold_s <= 0:
            raise ValueError(f"hold_s must be > 0, not {hold_s}")
        self.hold_s = hold_s
        self._until: deque[float] = deque()  # expiry of each held slot, oldest first

    def count(self, now: float) -> int:
        """Slots held now (expired ones let go)."""
        while self._until and self._until[0] <= now:
            self._until.popleft()
        return len(self._until)

    def hold(self, now: float) -> None:
        """A webhook answered 200: hold a slot for its stream."""
        self._until.append(now + self.hold_s)

    def take(self, now: float) -> bool:
        """A stream started: it takes a held slot, if there is one."""
        if self.count(now) == 0:
            return False
        self._until.popleft()
        return True
