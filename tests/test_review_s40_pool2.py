"""Review s40 (pool2): defects found in the session pool (each test fails on the HEAD reviewed)."""

from __future__ import annotations

import asyncio
import threading

from pipecat_rt_best.session_pool.breaker import BreakerState
from pipecat_rt_best.session_pool.pool import RealtimeSessionPool, SessionBackend
from pipecat_rt_best.testing.realtime_emulator import Faults, RealtimeEmulator
from tests.session_pool.helpers import KEY, backend, fast_config, settle


def _count_maintenance(pool: RealtimeSessionPool) -> list[int]:
    """A one-element counter of the pool's maintenance passes (``_maintain`` calls)."""
    count = [0]
    maintain = pool._maintain

    def counting(now: float) -> None:
        count[0] += 1
        maintain(now)

    pool._maintain = counting  # type: ignore[method-assign]
    return count


async def _passes_in(count: list[int], seconds: float) -> int:
    """Maintenance passes while the loop is otherwise idle for ``seconds`` (an event-driven
    loop makes a handful: its deadlines are at most 1 s apart; a spinning one hundreds)."""
    before = count[0]
    await asyncio.sleep(seconds)
    return count[0] - before


async def test_the_maintenance_loop_does_not_spin_while_an_idle_sessions_ping_is_out() -> None:
    # WRONG: once an idle session's ping is due, _next_deadline keeps returning that (past)
    # moment until the pong comes, so the maintenance task loops every 1 ms for the whole
    # round trip — on every ping of every idle session (5 s apart), and for the full
    # ping_timeout_s (5 s) when the path went silent: ~900 passes a second of pure CPU on the
    # event loop that carries every call's audio. EXPECTED: the ping in flight is waited for
    # (its end wakes the loop), a few passes at most.
    async with RealtimeEmulator(api_key=KEY) as emu:
        config = fast_config(
            min_idle=1, max_idle=1, ping_interval_s=0.2, ping_timeout_s=5.0, healthy_after_s=0
        )
        pool = RealtimeSessionPool(backend(emu), config)
        count = _count_maintenance(pool)
        async with pool:
            await pool.wait_ready(5)
            emu.faults.ignore_pings = True  # the path went quiet: the pong never comes
            session = pool._idle[0]
            await emu.wait_for(lambda: session._pinging, 5)
            passes = await _passes_in(count, 0.3)
            assert session._pinging, "the ping should still be out"
            assert passes < 20, f"{passes} maintenance passes in 0.3 s while one ping was out"
        await settle(emu, 0)


async def test_the_maintenance_loop_does_not_spin_while_the_breaker_probe_is_out() -> None:
    # WRONG: with the breaker half-open and its probe in flight, retry_in() is 0, so
    # _next_deadline says "now + 1 ms" until the probe resolves: through its handshake (up to
    # open_timeout_s, 10 s) and its probation (healthy_after_s, 5 s) the maintenance task spins
    # at ~1 kHz after every outage. EXPECTED: the probe's end (or the probation's deadline)
    # wakes the loop; a few passes meanwhile.
    async with RealtimeEmulator(api_key=KEY, faults=Faults(refuse_handshake=500)) as emu:
        config = fast_config(
            min_idle=1, max_idle=1, breaker_failures=2, breaker_reset_s=0.05,
            breaker_max_reset_s=0.05, healthy_after_s=5.0,
        )  # fmt: skip
        pool = RealtimeSessionPool(backend(emu), config)
        count = _count_maintenance(pool)
        async with pool:
            await emu.wait_for(lambda: pool.breaker.state is BreakerState.OPEN, 5)
            emu.faults.refuse_handshake = None  # the endpoint is back: the probe succeeds
            await emu.wait_for(lambda: pool.metrics.idle == 1, 5)  # the probe, on probation
            assert pool.breaker.state is BreakerState.HALF_OPEN
            passes = await _passes_in(count, 0.3)
            assert pool.breaker.state is BreakerState.HALF_OPEN, "the probe should be on probation"
            assert passes < 20, f"{passes} maintenance passes in 0.3 s while the probe was out"
        await settle(emu, 0)


async def test_a_sync_header_provider_that_hangs_does_not_block_the_loop() -> None:
    # WRONG: SessionBackend.headers may be "a callable (sync or async)" — azure.identity's
    # sync get_bearer_token_provider refreshes with a blocking HTTP request — and the pool
    # called a sync one on the event loop: while it refreshes every call of the process is
    # frozen (no audio either way), and one that hangs is no "failed connect" within
    # open_timeout_s as the README promises: the timeout cannot fire on a blocked loop.
    # EXPECTED: a sync provider runs off the loop (as safe_token_provider runs one), so the
    # loop keeps running and the hang is "timeout fetching the auth headers".
    async with RealtimeEmulator(api_key=KEY) as emu:
        loop_thread = threading.get_ident()
        called_on_loop: list[bool] = []
        release = threading.Event()

        def token_provider() -> dict[str, str]:
            called_on_loop.append(threading.get_ident() == loop_thread)
            release.wait(3.0)  # the token endpoint does not answer
            return {"Authorization": f"Bearer {KEY}"}

        be = SessionBackend(url=f"{emu.url}?model=gpt-realtime", headers=token_provider)
        config = fast_config(min_idle=1, open_timeout_s=0.1, breaker_failures=2)
        try:
            async with RealtimeSessionPool(be, config) as pool:
                await emu.wait_for(lambda: pool.metrics.failed >= 1, 2)
                assert called_on_loop and not any(called_on_loop), "called on the event loop"
                assert pool.last_error == "timeout fetching the auth headers"
        finally:
            release.set()
        await settle(emu, 0)


async def test_a_direct_connect_after_a_pooled_one_is_not_taken_for_the_old_pooled_session() -> (
    None
):
    # WRONG: pooled_session ("None after a direct connect") kept the first connect's pooled
    # session when a later connect (pipecat's reset_conversation, once the pool was closed at
    # shutdown) went direct; the reconnect mixin then dated the new session from the old one's
    # opening, so a rotate_after_s call moved off its brand-new session at once (an extra
    # reconnect + conversation replay). EXPECTED: after a direct connect pooled_session is
    # None and the session's age counts from that connect.
    from pipecat.frames.frames import LLMContextFrame

    from pipecat_rt_best.realtime import ReconnectParams
    from tests.realtime.harness import RealtimePipeline, wait_until
    from tests.session_pool.test_service_pooled import _service

    async with RealtimeEmulator(api_key=KEY) as emu:
        pool = RealtimeSessionPool(backend(emu), fast_config(min_idle=1, max_idle=1))
        await pool.start()
        await pool.wait_ready(5)
        llm = _service(emu.url, session_pool=pool, reconnect=ReconnectParams(rotate_after_s=600))
        async with RealtimePipeline(llm) as p:
            await wait_until(lambda: llm.pooled_session is not None, what="adoption")
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: llm._context is not None, what="the context")
            first = llm.pooled_session
            assert first is not None
            await pool.aclose()  # the server shuts down; this call goes on
            await llm.reset_conversation()  # disconnect + connect: directly now
            await wait_until(lambda: llm._websocket is not None, what="the direct connect")
            assert llm.pooled_session is None
            assert llm._session_opened_at > first.opened_at
        await settle(emu, 0)
