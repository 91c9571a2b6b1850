"""A flood of one kind of event logs the first few, then every 100th, not every one.

Anyone who reaches the telephony server can make it log: a refused media socket, an unsigned
webhook, a garbage message before a stream's ``start``, a connection whose headers never
come. Logged once each, one client could write a thousand WARNING lines a second. So, as the
server has always done for refused sockets, each kind of event logs its first
:data:`FIRST_LOGGED` occurrences and then every :data:`THEN_EVERY`-th, at the level asked,
with its running count (``… (#200)``): the log still shows that it goes on, and how much;
the rest go to DEBUG.
"""

from __future__ import annotations

from collections import Counter

from loguru import logger

__all__ = ["FIRST_LOGGED", "THEN_EVERY", "LogThrottle", "loud"]

FIRST_LOGGED = 3
THEN_EVERY = 100
_OTHER = "(other kinds)"


def loud(n: int) -> bool:
    """Whether the ``n``-th (from 1) event of a kind is logged at its level."""
    return n <= FIRST_LOGGED or n % THEN_EVERY == 0


class LogThrottle:
    """Counts events by kind and logs them as :func:`loud` says.

    Kinds are fixed strings chosen by the code (a reason, never what a peer sent); past
    ``max_kinds`` distinct ones the rest count together, so the counter stays bounded."""

    def __init__(self, max_kinds: int = 256) -> None:
        self._counts: Counter[str] = Counter()
        self._max_kinds = max_kinds

    def count(self, kind: str) -> int:
        """Count one event of ``kind``; how many there have been."""
        if kind not in self._counts and len(self._counts) >= self._max_kinds:
            kind = _OTHER
        self._counts[kind] += 1
        return self._counts[kind]

    def log(
        self,
        kind: str,
        message: str,
        *,
        level: str = "WARNING",
        exception: BaseException | None = None,
        quiet: bool = False,
    ) -> None:
        """Count one event of ``kind`` and log ``message`` with its count: at ``level`` if
        it is among the first few or every 100th, else at DEBUG. ``quiet``: at DEBUG
        regardless (counted all the same), where the caller caps a source of its own, such
        as one socket's messages."""
        n = self.count(kind)
        line = f"{message} (#{n})"
        if loud(n) and not quiet:
            logger.opt(exception=exception, depth=1).log(level, line)
        else:
            logger.opt(depth=1).debug(line)
