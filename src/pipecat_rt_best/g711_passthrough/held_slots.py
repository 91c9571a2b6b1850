"""Call slots held for webhooks answered 200 whose streams have not started (pure logic).

At ``max_calls`` a webhook answers 503 so the provider fails over to another worker instead
of streaming to a full one. But a call counts only once its stream starts, a second or so
after its webhook: in a burst every webhook saw room and answered 200, and the streams past
the cap were refused — those callers dropped instead of failing over. So a webhook takes a
slot before it answers (freed if it does not answer 200); the stream that then starts claims
it, matched by its stream token or call id, else the oldest hold without a key; a hold whose
stream never comes lapses after ``ttl_s``. Times are monotonic seconds, passed in.
"""

from __future__ import annotations

import collections
import contextlib
from dataclasses import dataclass

__all__ = ["HeldSlots", "Hold"]


@dataclass(eq=False)
class Hold:
    """A call slot held for the stream a webhook answer announced."""

    expires: float
    key: str | None = None  # a signed webhook's CallSid, else the answer's stream token, or
    # (no tokens) Twilio's CallSid


class HeldSlots:
    """Call slots held for webhooks answered 200 whose streams have not started yet.

    A webhook takes one before it answers; the stream that then starts frees it (and counts
    as a live call instead), matched by its token or call id, else the oldest hold without
    a key; a hold whose stream never comes lapses after ``ttl_s``. Only taken while there
    is room, so there are at most ``max_calls`` of them.
    """

    def __init__(self, ttl_s: float) -> None:
        self.ttl_s = ttl_s
        self._holds: collections.deque[Hold] = collections.deque()  # oldest first

    def count(self, now: float) -> int:
        self._expire(now)
        return len(self._holds)

    def take(self, now: float) -> Hold:
        hold = Hold(now + self.ttl_s)
        self._holds.append(hold)
        return hold

    def held_for(self, now: float, key: str) -> bool:
        """Whether a slot is held under ``key`` (a signed webhook's ``CallSid``): a webhook
        for that call was answered and its stream has not started. A further webhook for the
        call (a retry, or a replay of a captured one) then takes no second slot."""
        self._expire(now)
        return any(hold.key == key for hold in self._holds)

    def release(self, hold: Hold) -> None:
        with contextlib.suppress(ValueError):
            self._holds.remove(hold)

    def claim(self, now: float, keys: tuple[str | None, ...]) -> bool:
        """Free the hold of a stream that has started (its token or call id among ``keys``,
        else the oldest without a key); False if none is held for it."""
        self._expire(now)
        wanted = {key for key in keys if key}
        found = next((h for h in self._holds if h.key is not None and h.key in wanted), None)
        if found is None:
            found = next((h for h in self._holds if h.key is None), None)
        if found is None:
            return False
        self._holds.remove(found)
        return True

    def _expire(self, now: float) -> None:
        while self._holds and self._holds[0].expires <= now:
            self._holds.popleft()
