"""The pure cores: backoff delays and the circuit breaker's state machine."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from pipecat_rt_best.session_pool.backoff import Backoff
from pipecat_rt_best.session_pool.breaker import BreakerState, CircuitBreaker


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_first_retry_is_fast_and_later_ones_grow_to_the_cap() -> None:
    b = Backoff(first_s=0.05, base_s=0.25, factor=2.0, max_s=10.0, jitter=0.5)
    ceilings = [b.ceiling(n) for n in range(1, 12)]
    assert ceilings[:5] == [0.05, 0.25, 0.5, 1.0, 2.0]
    assert ceilings[-1] == 10.0
    assert ceilings == sorted(ceilings[:1]) + sorted(ceilings[1:])  # non-decreasing after the first
    assert b.delay(1, rand=lambda: 0.0) == 0.05  # no multi-second first delay
    assert b.delay(1, rand=lambda: 0.999) >= 0.025


@given(attempt=st.integers(1, 10_000), r=st.floats(0, 1, exclude_max=True))
def test_jittered_delays_stay_within_their_band(attempt: int, r: float) -> None:
    b = Backoff(jitter=0.3)
    d = b.delay(attempt, rand=lambda: r)
    assert 0.7 * b.ceiling(attempt) - 1e-12 <= d <= b.ceiling(attempt) <= b.max_s


def test_jitter_spreads_retries() -> None:
    import random

    rng = random.Random(7)
    delays = {round(Backoff().delay(3, rng.random), 6) for _ in range(50)}
    assert len(delays) > 40


@pytest.mark.parametrize(
    "kwargs",
    [{"first_s": -1}, {"base_s": 0}, {"factor": 0.5}, {"jitter": 1.5}, {"first_s": 20.0}],
)
def test_backoff_rejects_nonsense(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        Backoff(**kwargs)
    with pytest.raises(ValueError):
        Backoff().ceiling(0)


def test_breaker_opens_after_consecutive_failures_only() -> None:
    clock = FakeClock()
    br = CircuitBreaker(failure_threshold=3, reset_timeout_s=5.0, clock=clock)
    assert br.record_failure() is False
    assert br.record_failure() is False
    br.record_success()  # resets the streak
    assert br.record_failure() is False
    assert br.record_failure() is False
    assert br.state is BreakerState.CLOSED and br.allow()
    assert br.record_failure() is True
    assert br.state is BreakerState.OPEN and br.times_opened == 1
    assert not br.allow()
    assert br.retry_in() == pytest.approx(5.0)


def test_breaker_half_opens_for_one_probe_then_closes_on_success() -> None:
    clock = FakeClock()
    br = CircuitBreaker(failure_threshold=1, reset_timeout_s=5.0, clock=clock)
    br.record_failure()
    clock.now += 4.9
    assert not br.allow()
    clock.now += 0.2
    assert br.state is BreakerState.HALF_OPEN
    assert br.allow() is True  # the probe
    assert br.allow() is False  # only one
    br.record_success()
    assert br.state is BreakerState.CLOSED and br.allow() and br.consecutive_failures == 0


def test_a_failed_probe_reopens_for_longer_up_to_the_cap() -> None:
    clock = FakeClock()
    br = CircuitBreaker(
        failure_threshold=1, reset_timeout_s=1.0, max_reset_timeout_s=3.0, clock=clock
    )
    br.record_failure()
    waits = []
    for _ in range(4):
        waits.append(br.retry_in())
        clock.now += br.retry_in()
        assert br.allow()
        assert br.record_failure() is True
    waits.append(br.retry_in())
    assert waits == [1.0, 2.0, 3.0, 3.0, 3.0]
    assert br.times_opened == 5
    br.record_success()
    br.record_failure()
    assert br.retry_in() == 1.0  # success resets the wait


def test_breaker_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        CircuitBreaker(failure_threshold=0)
    with pytest.raises(ValueError):
        CircuitBreaker(reset_timeout_s=10, max_reset_timeout_s=5)


def test_demand_keeps_what_the_call_rate_needs_within_bounds() -> None:
    from pipecat_rt_best.session_pool.demand import DemandEstimator

    clock = FakeClock()
    d = DemandEstimator(window_s=10.0, headroom=1.5, clock=clock)
    assert d.target(3, 16) == 3  # nothing measured yet: the floor
    d.record_connect(0.3)
    for _ in range(100):  # 20 calls/s for 5 s
        d.record_checkout()
        clock.now += 0.05
    assert d.rate() == pytest.approx(20.0, rel=0.01)
    assert d.target(3, 16) == 9  # ceil(20 × 0.3 × 1.5)
    assert d.target(3, 5) == 5  # capped
    assert d.target(12, 16) == 12  # never below the floor
    clock.now += 11.0  # the calls stop: back to the floor
    assert d.rate() == 0.0 and d.target(3, 16) == 3
    d.record_connect(1.3)
    assert d.connect_s == pytest.approx(0.5)  # EWMA, alpha 0.2
    with pytest.raises(ValueError):
        DemandEstimator(headroom=0.5)
