"""A test a hand mutation run (session 22) found missing: it kills mutant K17."""

from pipecat_rt_best.g711_passthrough.stream_token import RateLimiter


def test_the_limiter_remembers_at_most_max_keys_addresses():
    limit = RateLimiter(per_minute=1, max_keys=2)
    assert limit.allow("a", 0) and not limit.allow("a", 1)
    assert limit.allow("b", 2) and limit.allow("c", 3)  # a flood of new addresses
    assert len(limit._events) <= 2  # memory stays bounded
    assert limit.allow("a", 4)  # the oldest was forgotten
