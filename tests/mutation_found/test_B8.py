"""A test a hand mutation run (session 22) found missing: it kills mutant B8."""

from pipecat_rt_best.session_pool.breaker import BreakerState, CircuitBreaker


class Clock:
    now = 100.0

    def __call__(self):
        return self.now


def test_a_late_failure_while_open_does_not_reopen_or_push_the_probe_back():
    c = Clock()
    br = CircuitBreaker(failure_threshold=2, reset_timeout_s=5.0, clock=c)
    br.record_failure()
    assert br.record_failure() is True
    c.now += 3.0
    # a connect started before the breaker opened fails now (in flight, or fallback_direct)
    assert br.record_failure() is False
    assert br.times_opened == 1 and br.retry_in() == 2.0
    c.now += 2.0
    assert br.state is BreakerState.HALF_OPEN
