"""A test a hand mutation run (session 22) found missing: it kills mutant P36."""

import asyncio

from pipecat_rt_best.session_pool.pool import RealtimeSessionPool
from pipecat_rt_best.testing.realtime_emulator import Faults, RealtimeEmulator
from tests.session_pool.helpers import KEY, backend, fast_config


async def scenario():
    async with RealtimeEmulator(api_key=KEY, faults=Faults(handshake_delay_s=0.3)) as emu:
        config = fast_config(min_idle=1, max_idle=8)
        async with RealtimeSessionPool(backend(emu), config) as pool:
            await pool.wait_ready(5)
            for _ in range(10):  # ~10 calls/s against a 0.3 s handshake
                s = await pool.checkout()
                await s.aclose()
                await asyncio.sleep(0.1)
            await asyncio.sleep(0.05)
            # rate x connect time x 1.5 = 10 x 0.3 x 1.5 -> about 5 warm sessions, not min_idle
            assert pool.metrics.target_idle >= 3, pool.metrics.target_idle


def test_the_pool_keeps_what_the_call_rate_needs():
    asyncio.run(scenario())
