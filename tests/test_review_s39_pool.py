"""Review s39: defects found in the session pool / reconnect (each test fails on HEAD)."""

from __future__ import annotations

import asyncio

import pytest

from pipecat_rt_best.session_pool.pool import (
    PoolConfig,
    PoolError,
    PoolTimeoutError,
    RealtimeSessionPool,
)
from pipecat_rt_best.testing.realtime_emulator import RealtimeEmulator
from tests.session_pool.helpers import KEY, backend, fast_config


async def test_a_checkout_whose_deadline_runs_out_does_not_retire_healthy_idle_sessions() -> None:
    # WRONG: once a checkout's deadline has passed (one silent session ate it), every other idle
    # session gets a ping budget <= 0 and is retired as dead ("no pong at checkout") unpinged:
    # one short checkout wipes the warm pool. EXPECTED: only the silent session is retired.
    async with RealtimeEmulator(api_key=KEY) as emu:
        config = fast_config(
            min_idle=3, max_idle=3, ping_interval_s=60, fresh_for_s=0,
            checkout_ping_timeout_s=1.0, healthy_after_s=0,
        )  # fmt: skip
        async with RealtimeSessionPool(backend(emu), config) as pool:
            await pool.wait_ready(5)
            silent = pool._idle[0]

            async def never_ponged(*_: object) -> asyncio.Future[float]:
                return asyncio.get_running_loop().create_future()

            silent.websocket.ping = never_ponged  # type: ignore[method-assign]
            healthy = [s for s in pool._idle if s is not silent]
            try:
                session = await pool.checkout(timeout=0.2)
            except PoolTimeoutError:
                session = None
            retired_healthy = [s for s in healthy if s.closed or s._watcher is None]
            if session is not None:
                retired_healthy = [s for s in retired_healthy if s is not session]
                await session.aclose()
            assert pool.metrics.retired_unhealthy == 1, pool.metrics
            assert retired_healthy == []


def test_a_connect_option_the_pool_sets_itself_is_refused_at_config_time() -> None:
    # WRONG: connect_options={"open_timeout": ...} collides with the open_timeout=None the pool
    # passes to websockets' connect(): every connect fails with a bare "TypeError", the breaker
    # opens as for an outage ("last: TypeError") and wait_ready() waits for ever. EXPECTED: a
    # clear ValueError when the config is built, as for "additional_headers".
    with pytest.raises(ValueError, match="open_timeout"):
        PoolConfig(connect_options={"open_timeout": 3})


async def test_fallback_direct_connect_keeps_to_the_checkout_timeout() -> None:
    # WRONG: with fallback_direct=True and the breaker open, checkout(timeout=0.2) connects
    # directly for up to open_timeout_s (10 s here; the endpoint answers in 2 s), ignoring its own timeout (and a reconnect's
    # give-up budget, which it passes as that timeout). EXPECTED: PoolTimeoutError after ~0.2 s.
    from pipecat_rt_best.session_pool.breaker import BreakerState
    from pipecat_rt_best.testing.realtime_emulator import Faults

    async with RealtimeEmulator(api_key=KEY, faults=Faults(refuse_handshake=500)) as emu:
        config = fast_config(
            min_idle=1, breaker_failures=2, breaker_reset_s=30.0, breaker_max_reset_s=30.0,
            fallback_direct=True, open_timeout_s=10.0,
        )  # fmt: skip
        async with RealtimeSessionPool(backend(emu), config) as pool:
            await emu.wait_for(lambda: pool.breaker.state is BreakerState.OPEN, 5)
            emu.faults.refuse_handshake = None
            emu.faults.handshake_delay_s = 2.0  # the endpoint is slow now
            with pytest.raises(PoolTimeoutError):
                # the outer 1 s only bounds the test: a PoolTimeoutError must come long before
                await asyncio.wait_for(pool.checkout(timeout=0.2), 1.0)
            emu.faults.handshake_delay_s = 0.0


async def test_wait_ready_on_a_pool_not_yet_started_does_not_wait_for_nothing() -> None:
    # WRONG: checkout() starts a pool that was not started, wait_ready() does not: on a pool
    # from realtime_pool_from_env() ("not yet started") it opens nothing and times out (with no
    # timeout, hangs for ever). EXPECTED: it starts the pool (or says to start it: a PoolError).
    async with RealtimeEmulator(api_key=KEY) as emu:
        pool = RealtimeSessionPool(backend(emu), fast_config(min_idle=1))
        try:
            try:
                await pool.wait_ready(timeout=2.0)
            except PoolError:
                pass  # a clear "start it first" would do too
            else:
                assert pool.ready
        finally:
            await pool.aclose()
