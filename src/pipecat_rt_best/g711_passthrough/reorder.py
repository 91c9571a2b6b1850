"""Caller media back in order: a small reorder window keyed by the provider's chunk number.

Every provider here numbers the caller's media messages (``media.chunk``: 1, 2, 3, … on
Twilio, Telnyx, Plivo and Exotel), and Telnyx documents that the frames may arrive out of
order. :class:`ReorderWindow` (pure logic: no asyncio, no pipecat) takes each packet with
its number and says which packets to pass on now, in order:

* the packet expected next goes on at once, with any held packets that follow it: an
  in-order stream is never held (zero added latency);
* a packet ahead of a gap is held until the gap fills — but never more than
  ``max_held_ms`` of audio: past that the missing packets are given up for lost
  (:attr:`ReorderStats.missing`) and the held ones go on. Providers send 50 packets a
  second, silence included, so a gap is given up within about ``max_held_ms``;
* a packet behind the expected one is dropped: a duplicate
  (:attr:`ReorderStats.duplicates`), or one that arrives after its gap was given up
  (:attr:`ReorderStats.late`: passing it on then would put it out of order again);
* a number far behind the expected one (more than :data:`RESTART_BEHIND`) is a stream
  that numbers afresh, not a late packet: the window starts over from it;
* packets without a number go on as they come.

A stream whose numbers are not consecutive (a provider counting something else) would
have every packet held to the limit; after ``max_unfilled_gaps`` gaps in a row given up
without one ever filling, the window turns itself off (:attr:`ReorderWindow.off`) and
passes every packet on as it comes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

__all__ = ["RESTART_BEHIND", "ReorderStats", "ReorderWindow"]

T = TypeVar("T")

# A number this far behind the expected one is a stream numbering afresh (1 s of 20 ms
# packets), not a packet arriving late.
RESTART_BEHIND = 50
# Given-up numbers remembered, to tell a late packet from a duplicate.
_REMEMBERED_GAPS = 64


@dataclass
class ReorderStats:
    """What the window did to one call's caller media (counters)."""

    waited: int = 0  # packets held for a gap before them (filled or given up)
    duplicates: int = 0  # dropped: that number was already passed on (or is held)
    late: int = 0  # dropped: arrived after its gap was given up
    missing: int = 0  # numbers given up for lost
    restarts: int = 0  # the numbering started over


@dataclass
class ReorderWindow(Generic[T]):
    """Puts numbered packets back in order within ``max_held_ms`` of held audio."""

    max_held_ms: float = 100.0
    max_unfilled_gaps: int = 8
    stats: ReorderStats = field(default_factory=ReorderStats)
    off: bool = False  # turned off: the numbers are not consecutive
    _next: int | None = None  # the number expected next
    _held: dict[int, tuple[T, float]] = field(default_factory=dict)
    _held_ms: float = 0.0
    _given_up: dict[int, None] = field(default_factory=dict)  # recent, insertion-ordered
    _unfilled: int = 0  # gaps given up in a row

    def __post_init__(self) -> None:
        if not self.max_held_ms >= 0:  # NaN too
            raise ValueError(f"max_held_ms must be >= 0, not {self.max_held_ms}")
        if self.max_unfilled_gaps < 1:
            raise ValueError(f"max_unfilled_gaps must be >= 1, not {self.max_unfilled_gaps}")

    @property
    def held(self) -> int:
        """How many packets wait for a gap to fill."""
        return len(self._held)

    def push(self, key: int | None, item: T, ms: float) -> list[T]:
        """Packet ``item`` (``ms`` of audio) numbered ``key``: the packets to pass on now,
        in order (none while it waits for a gap; empty also when it is dropped)."""
        expected = self._next
        if key is None or self.off:
            return [item]
        if expected is None:  # the first numbered packet: numbers start at 1
            expected = self._next = min(key, 1)
        if key == expected:
            if not self._held:  # in order: the common case
                self._next = key + 1
                return [item]
            self._unfilled = 0  # a gap filled: reordering does its job
            return [item, *self._release_from(key + 1)]
        if key < expected:
            if expected - key > RESTART_BEHIND:
                return self._restart(key, item)
            if key in self._given_up:
                del self._given_up[key]
                self.stats.late += 1
            else:
                self.stats.duplicates += 1
            return []
        if key in self._held:
            self.stats.duplicates += 1
            return []
        self._held[key] = (item, ms)
        self._held_ms += ms
        self.stats.waited += 1
        if self._held_ms <= self.max_held_ms:
            return []
        return self._give_up_gap()

    def flush(self) -> list[T]:
        """Everything held, in order (the stream is ending or starting over)."""
        out = [item for _, (item, _ms) in sorted(self._held.items())]
        if self._held:
            self._next = max(self._held) + 1
        self._held.clear()
        self._held_ms = 0.0
        return out

    def reset(self) -> None:
        """Forget the numbering (a new ``start``); held packets are dropped."""
        self._held.clear()
        self._held_ms = 0.0
        self._next = None
        self._given_up.clear()

    def _release_from(self, key: int) -> list[T]:
        """The held run starting at ``key``; the expected number moves past it."""
        out: list[T] = []
        while key in self._held:
            item, ms = self._held.pop(key)
            self._held_ms -= ms
            out.append(item)
            key += 1
        self._next = key
        if not self._held:
            self._held_ms = 0.0  # no float residue
        return out

    def _give_up_gap(self) -> list[T]:
        assert self._next is not None and self._held
        first = min(self._held)
        # the last few lost numbers only: a hostile jump (chunk 10**17) must not loop
        for lost in range(max(self._next, first - _REMEMBERED_GAPS), first):
            self._given_up[lost] = None
        while len(self._given_up) > _REMEMBERED_GAPS:
            del self._given_up[next(iter(self._given_up))]
        self.stats.missing += first - self._next
        self._unfilled += 1
        if self._unfilled >= self.max_unfilled_gaps:
            self.off = True
            return self.flush()
        out = self._release_from(first)
        if self._held_ms > self.max_held_ms:  # still over: the next gap goes too
            out += self._give_up_gap()
        return out

    def _restart(self, key: int, item: T) -> list[T]:
        self.stats.restarts += 1
        out = self.flush()
        self._given_up.clear()
        self._next = key + 1
        return [*out, item]
