"""The pool's metrics as a notebook shows them."""

from __future__ import annotations

from pipecat_rt_best.session_pool.metrics import PoolMetrics


def test_the_metrics_repr_is_counts_not_every_wait() -> None:
    # a cell ending in `pool.metrics` showed every recent checkout wait (up to 10,000 floats,
    # ~220 KB) and the histogram's buckets
    m = PoolMetrics()
    for i in range(12_000):
        m.observe_checkout(0.0001 * (i % 50), warm=i % 4 != 0)
    text = repr(m)
    assert len(text) < 400, text[:500]
    assert text.startswith("PoolMetrics(idle=0, in_use=0,")
    assert "checkouts_warm=9000, checkouts_cold=3000" in text
    assert "checkout_wait_count=12000" in text
    assert len(m.recent_waits_s) == 10_000 and m.snapshot()["checkout_wait_p99_s"] > 0
