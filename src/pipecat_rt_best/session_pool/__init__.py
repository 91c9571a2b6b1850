"""Practice 3: calls start on a pre-warmed realtime session.

:class:`RealtimeSessionPool` (plain asyncio + websockets, no pipecat) keeps ``min_idle``
open, ``session.created``-confirmed GA Realtime sessions per backend, hands one to each call
(never a socket to two calls), refills in the background, retires sessions before the
server's lifetime limit, pings idle ones, backs off and opens a circuit breaker when the
endpoint keeps failing::

    backend = SessionBackend(url="wss://api.openai.com/v1/realtime?model=gpt-realtime",
                             headers={"Authorization": f"Bearer {key}"})   # or a token callable
    async with RealtimeSessionPool(backend, PoolConfig(min_idle=4)) as pool:
        session = await pool.checkout()      # ~0.1 ms when warm; the call owns it now
        ws = session.websocket               # send this call's session.update, then audio

* :mod:`.backoff`, :mod:`.breaker`, :mod:`.metrics` — pure cores (no asyncio).
* :mod:`.pool` — the pool (asyncio + websockets); :mod:`.demand` — how many to keep warm.
* :mod:`.prometheus` — a ``prometheus-client`` collector over the pools' metrics.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipecat_rt_best._lazy import lazy_face

if TYPE_CHECKING:  # the public names; lazy_face() reads this block
    from pipecat_rt_best.session_pool.backoff import Backoff as Backoff
    from pipecat_rt_best.session_pool.breaker import (
        BreakerState as BreakerState,
        CircuitBreaker as CircuitBreaker,
    )
    from pipecat_rt_best.session_pool.metrics import PoolMetrics as PoolMetrics
    from pipecat_rt_best.session_pool.pool import (
        PoolClosedError as PoolClosedError,
        PoolConfig as PoolConfig,
        PooledSession as PooledSession,
        PoolError as PoolError,
        PoolTimeoutError as PoolTimeoutError,
        PoolUnavailableError as PoolUnavailableError,
        RealtimeSessionPool as RealtimeSessionPool,
        SessionBackend as SessionBackend,
    )
    from pipecat_rt_best.session_pool.prometheus import (
        PoolCollector as PoolCollector,
        register_pool_metrics as register_pool_metrics,
    )

if not TYPE_CHECKING:  # hidden from type checkers: they read the names above, and flag others
    __getattr__, __dir__ = lazy_face(__name__, __file__)
