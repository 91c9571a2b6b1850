"""Event-loop lag: how late the server's asyncio loop runs a timer that was due.

Every call on a telephony worker shares one event loop: the 20 ms media packets in, the
paced bot audio out, the realtime socket. When the loop is busy (too many calls on the
worker, or something blocking inside a handler) every timer fires late, and the bot's
audio reaches the caller late. :class:`LoopLagMonitor` measures that directly: a task
sleeps ``interval_s``, and each time it wakes it records how much later than scheduled it
ran. That costs one wake-up per interval (20 per second at the default), nothing per call.

The samples go to ``on_sample(lag_s)`` — the telephony server feeds a Prometheus histogram
with it (``pipecat_rt_best_event_loop_lag_seconds``, see
:meth:`~pipecat_rt_best.call_pipeline.telephony_server.ServerMetrics.watch_event_loop`) —
and to running totals (:attr:`LoopLagMonitor.samples`, :attr:`max_s`, :attr:`total_s`).

Hand-written rather than taken from a library: what it needs is a dozen lines on
``loop.time()``, and the libraries that offer it (aiomonitor, aiodebug) bring a console or
patch the loop.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from types import TracebackType

__all__ = ["DEFAULT_LOOP_LAG_INTERVAL_S", "LOOP_LAG_BUCKETS_S", "LoopLagMonitor"]

DEFAULT_LOOP_LAG_INTERVAL_S = 0.05
# fine around the 20 ms that matter for a 20 ms media cadence, coarse beyond
LOOP_LAG_BUCKETS_S = (
    0.001,
    0.002,
    0.005,
    0.01,
    0.015,
    0.02,
    0.03,
    0.05,
    0.1,
    0.25,
    0.5,
    1.0,
    2.5,
)


class LoopLagMonitor:
    """Samples the running loop's lag every ``interval_s`` while started.

    Use as ``async with LoopLagMonitor(...):`` or :meth:`start` / :meth:`stop` inside the
    loop to watch. A sample is ``woke - due`` in seconds (never negative).
    """

    def __init__(
        self,
        interval_s: float = DEFAULT_LOOP_LAG_INTERVAL_S,
        on_sample: Callable[[float], None] | None = None,
    ) -> None:
        if not interval_s > 0:
            raise ValueError(f"interval_s must be > 0, not {interval_s}")
        self.interval_s = interval_s
        self.on_sample = on_sample
        self.samples = 0
        self.total_s = 0.0
        self.max_s = 0.0
        self._task: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        """Start sampling the running loop (idempotent)."""
        if not self.running:
            self._task = asyncio.get_running_loop().create_task(
                self._run(), name="event-loop-lag-monitor"
            )

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def __aenter__(self) -> LoopLagMonitor:
        self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    def record(self, lag_s: float) -> None:
        """Count one sample (the monitor's own wake-ups call this)."""
        lag_s = max(0.0, lag_s)
        self.samples += 1
        self.total_s += lag_s
        self.max_s = max(self.max_s, lag_s)
        if self.on_sample is not None:
            self.on_sample(lag_s)

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            due = loop.time() + self.interval_s
            await asyncio.sleep(self.interval_s)
            self.record(loop.time() - due)
