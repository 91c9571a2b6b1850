"""A test a hand mutation run (session 22) found missing: it kills mutant P45."""

from pipecat_rt_best.session_pool.pool import PoolConfig, RealtimeSessionPool, SessionBackend


def test_ready_needs_min_idle_sessions_and_a_closed_breaker():
    cold = RealtimeSessionPool(SessionBackend("ws://127.0.0.1:9/v1"), PoolConfig(min_idle=2))
    assert not cold.ready  # nothing warm yet (P5)
    pool = RealtimeSessionPool(SessionBackend("ws://127.0.0.1:9/v1"), PoolConfig(min_idle=0))
    assert pool.ready
    for _ in range(pool.config.breaker_failures):
        pool.breaker.record_failure()
    assert not pool.ready  # endpoint failing: not fit for calls (P4)
