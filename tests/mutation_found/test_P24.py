"""A test a hand mutation run (session 22) found missing: it kills mutant P24."""

import asyncio

from websockets.asyncio.server import serve
from websockets.datastructures import Headers
from websockets.http11 import Response

from pipecat_rt_best.session_pool.pool import RealtimeSessionPool, SessionBackend
from tests.session_pool.helpers import fast_config


async def scenario():
    attempts = 0

    def refuse(_c, _r):
        nonlocal attempts
        attempts += 1
        return Response(429, "Too Many Requests", Headers({"Retry-After": "3600"}), b"")

    async def never(_ws):
        return None

    async with serve(never, "127.0.0.1", 0, process_request=refuse) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        # the longest wait this pool accepts: max(backoff.max_s 0.1, breaker_max_reset_s 0.4)
        config = fast_config(min_idle=1, breaker_failures=100)
        async with RealtimeSessionPool(SessionBackend(url=f"ws://127.0.0.1:{port}/v1"), config):
            await asyncio.sleep(1.5)
    assert attempts >= 3, f"an hour-long Retry-After stopped the pool: {attempts} attempt(s)"


def test_a_huge_retry_after_is_capped_at_the_breakers_longest_wait():
    asyncio.run(scenario())
