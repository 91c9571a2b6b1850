"""A test a hand mutation run (session 22) found missing: it kills mutant D9."""

from pipecat_rt_best.session_pool.demand import DemandEstimator


class Clock:
    now = 100.0

    def __call__(self):
        return self.now


def test_the_target_rounds_up_what_the_call_rate_needs():
    c = Clock()
    d = DemandEstimator(window_s=10.0, headroom=1.5, clock=c)
    d.record_connect(0.31)
    for _ in range(100):  # 20 calls/s
        d.record_checkout()
        c.now += 0.05
    assert d.target(3, 16) == 10  # ceil(20 x 0.31 x 1.5 = 9.3): 9 warm sessions would run dry
