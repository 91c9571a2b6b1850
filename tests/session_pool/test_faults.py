"""The pool under the emulator's fault knobs: random drops, refused handshakes (429/500),
unanswered pings, sessions expiring. The pool keeps serving, the socket count returns to the
pool size, and the circuit breaker opens and closes."""

from __future__ import annotations

import asyncio
import contextlib
import json
import random

import pytest
from loguru import logger

from pipecat_rt_best.realtime.pooled import realtime_pool_from_env
from pipecat_rt_best.session_pool.backoff import Backoff
from pipecat_rt_best.session_pool.breaker import BreakerState
from pipecat_rt_best.session_pool.pool import (
    PoolClosedError,
    PoolUnavailableError,
    RealtimeSessionPool,
    SessionBackend,
    describe_failure,
    open_session,
)
from pipecat_rt_best.testing.realtime_emulator import Faults, RealtimeEmulator

from .helpers import KEY, backend, configure, fast_config, settle


async def test_random_drops_of_30_percent_the_pool_keeps_serving() -> None:
    rng = random.Random(1234)
    async with RealtimeEmulator(api_key=KEY) as emu:
        # a connection lives ~60 ms under this chaos: by healthy_after_s every new session
        # dies young and the pool backs off like from a failing endpoint (its own tests);
        # here the serving mechanics under drops are tested, so that accounting is off
        config = fast_config(min_idle=4, healthy_after_s=0)
        async with RealtimeSessionPool(backend(emu), config) as pool:
            await pool.wait_ready(5)
            stop = asyncio.Event()
            dropped = 0

            async def chaos() -> None:
                # every 20 ms, each open connection has a 30 % chance of being cut (TCP abort,
                # no close frame) — the emulator's drop, picked at random per connection
                nonlocal dropped
                while not stop.is_set():
                    for conn in list(emu._connections):
                        if not conn.dropped and rng.random() < 0.3:
                            conn.drop("chaos")
                            dropped += 1
                    await asyncio.sleep(0.02)

            chaos_task = asyncio.create_task(chaos())
            served = 0
            for _ in range(30):
                session = await pool.checkout()
                # alive when handed out (the chaos may cut it a moment later: that is the
                # call's problem — mid-call reconnect — not the pool's)
                assert not session.closed
                served += 1
                await session.aclose()
                await asyncio.sleep(0.01)
            stop.set()
            await chaos_task
            assert served == 30 and dropped >= 10
            assert pool.metrics.retired_unhealthy > 0  # idle victims were noticed and replaced
            await settle(emu, 4)  # back to the pool size
            # the server counts a socket when it accepts it, the pool when its session.created
            # arrives: on a busy machine the last ones are still "opening" for a moment
            with contextlib.suppress(TimeoutError):
                await emu.wait_for(lambda: pool.metrics.idle == 4, 5.0)
            assert pool.metrics.idle == 4 and pool.breaker.state is BreakerState.CLOSED
        await settle(emu, 0)


@pytest.mark.parametrize("status", [429, 500])
async def test_refused_handshakes_open_the_breaker_then_a_probe_closes_it(status: int) -> None:
    async with RealtimeEmulator(api_key=KEY, faults=Faults(refuse_handshake=status)) as emu:
        # the probe closes the breaker once it lived healthy_after_s (or a call took it)
        config = fast_config(
            min_idle=2, breaker_failures=3, breaker_reset_s=0.2, healthy_after_s=0.2
        )
        async with RealtimeSessionPool(backend(emu), config) as pool:
            await emu.wait_for(lambda: pool.breaker.state is not BreakerState.CLOSED, 5)
            assert pool.metrics.breaker_opens == 1 and pool.metrics.failed == 3
            assert not pool.ready
            # calls fail fast with a clear error while it is open
            with pytest.raises(PoolUnavailableError, match=f"HTTP {status}") as err:
                await pool.checkout(timeout=5)
            assert "circuit breaker" in str(err.value)
            # it half-opens to probe; the probe fails, it opens again
            await emu.wait_for(lambda: pool.metrics.breaker_opens >= 2, 5)
            refused = sum(1 for h in emu.handshakes if h["status"] == status)
            assert refused == pool.metrics.failed  # nothing beyond the probes was attempted
            emu.faults.refuse_handshake = None  # the endpoint recovers
            await pool.wait_ready(5)
            assert pool.breaker.state is BreakerState.CLOSED and pool.ready
            session = await pool.checkout()
            assert (await configure(session))["type"] == "session.updated"
            await session.aclose()
            await settle(emu, 2)
        await settle(emu, 0)


@pytest.mark.parametrize(
    ("status", "opens_after"), [(401, 2), (403, 2), (404, 2), (400, 2), (429, 5), (503, 5)]
)
async def test_a_refused_key_opens_the_breaker_sooner_than_a_rate_limit(
    status: int, opens_after: int
) -> None:
    # a review (session 26): the bots opened the breaker after any two failed connects, so a
    # 0.2 s blip of 429s failed 10 of 16 calls in the next 8 s; a rejected key (401/403) is
    # what should fail calls at once, and retrying will not fix it
    async with RealtimeEmulator(api_key=KEY, faults=Faults(refuse_handshake=status)) as emu:
        config = fast_config(min_idle=1, breaker_failures=5, breaker_reset_s=30.0)
        async with RealtimeSessionPool(backend(emu), config) as pool:
            await emu.wait_for(lambda: pool.breaker.state is not BreakerState.CLOSED, 10)
            assert pool.metrics.failed == opens_after and pool.metrics.breaker_opens == 1


async def test_wait_ready_fails_like_checkout_once_a_rejected_key_opens_the_breaker() -> None:
    # a notebook's `await pool.wait_ready()` with a wrong key waited for ever (the breaker
    # open, its probes refused again) while checkout() failed at once; through an outage it
    # still waits for the probe (test_refused_handshakes_open_the_breaker_then_a_probe_closes_it),
    # and through a header provider's refusals too (the next test)
    async with RealtimeEmulator(api_key=KEY) as emu:
        async with RealtimeSessionPool(
            backend(emu, "wrong"), fast_config(min_idle=1, breaker_reset_s=30.0)
        ) as pool:
            with pytest.raises(PoolUnavailableError) as waited:
                await pool.wait_ready(5)
            with pytest.raises(PoolUnavailableError) as checked:
                await pool.checkout(timeout=5)
        for err in (waited, checked):
            assert "circuit breaker open" in str(err.value)
            assert "(last: HTTP 401)" in str(err.value)
        await settle(emu, 0)


@pytest.mark.parametrize("backend_name", ["azure", "openai"])
async def test_the_environments_pool_fails_fast_on_a_refused_key(backend_name: str) -> None:
    # the pool every bot, telephony-server and the examples build from the environment wrapped
    # the static key in a header provider: a wrong key was retried as a token that may be
    # fresh (5 failures, wait_ready waited, an ERROR every 5/10/20 s), not the documented 2
    # refusals and PoolUnavailableError (the backends review)
    async with RealtimeEmulator(api_key=KEY) as emu:
        env = (
            {"AZURE_OPENAI_REALTIME_ENDPOINT": emu.azure_url, "AZURE_OPENAI_API_KEY": "wrong-0042"}
            if backend_name == "azure"
            else {"OPENAI_API_KEY": "wrong-0042", "OPENAI_REALTIME_URL": emu.url}
        )
        config = fast_config(min_idle=1, breaker_failures=5, breaker_reset_s=30.0)
        async with realtime_pool_from_env(config, env=env) as pool:
            with pytest.raises(PoolUnavailableError, match="last: HTTP 401"):
                await pool.wait_ready(5)
            assert pool.metrics.failed == 2 and pool.metrics.breaker_opens == 1
        await settle(emu, 0)


@pytest.mark.parametrize("status", [404, 400])
async def test_no_such_deployment_is_a_configuration_error_whatever_the_auth(status: int) -> None:
    # a wrong deployment (Azure's 404 DeploymentNotFound, 400 for a model that is not a
    # realtime one) was retried as an outage: 5 failures, then an ERROR "circuit breaker
    # opened" every 5/10/20 s, and wait_ready waited (the backends review). The next connect
    # asks for the same deployment, also with a header provider's fresh token
    async def token() -> dict[str, str]:
        return {"Authorization": f"Bearer {KEY}"}

    async with RealtimeEmulator(api_key=KEY, faults=Faults(refuse_handshake=status)) as emu:
        be = SessionBackend(url=emu.url, headers=token)
        config = fast_config(min_idle=1, breaker_failures=5, breaker_reset_s=30.0)
        errors: list[str] = []
        sink = logger.add(errors.append, level="ERROR", format="{message}")
        try:
            async with RealtimeSessionPool(be, config) as pool:
                with pytest.raises(PoolUnavailableError, match=f"last: HTTP {status}"):
                    await pool.wait_ready(5)
                assert pool.metrics.failed == 2 and pool.metrics.breaker_opens == 1
        finally:
            logger.remove(sink)
    (opened,) = [line for line in errors if "circuit breaker opened" in line]
    assert "the backend refuses the deployment/model in the URL" in opened
    assert "a configuration error, not an outage" in opened


async def test_wait_ready_waits_through_a_header_providers_refusals_until_its_token_is_good() -> (
    None
):
    # a header provider's token refused for a while (an Azure role assignment still
    # propagating, a token refreshed late) is retried, as its next token may be fresh:
    # wait_ready raised at the breaker's first opening as if a static key had been refused
    async with RealtimeEmulator(api_key=KEY) as emu:
        asked = 0

        async def token() -> dict[str, str]:  # refused 6 times (the breaker opens), then good
            nonlocal asked
            asked += 1
            return {"Authorization": f"Bearer {'not-yet' if asked <= 6 else KEY}"}

        be = SessionBackend(url=emu.url, headers=token)
        async with RealtimeSessionPool(be, fast_config(min_idle=1)) as pool:
            await pool.wait_ready(10)
            assert pool.metrics.breaker_opens >= 1 and asked > 6
            assert len(pool._idle) == 1


async def test_an_open_breaker_is_probed_even_when_no_session_is_wanted() -> None:
    # the only probe was a connect the demand wanted: with idle sessions meeting the target
    # (here min_idle=0 and no call waiting) the breaker never half-opened its way closed, and
    # the pool read as not ready after the endpoint recovered — for good at min_idle=0
    async with RealtimeEmulator(api_key=KEY, faults=Faults(refuse_handshake=429)) as emu:
        config = fast_config(
            min_idle=0, breaker_failures=2, breaker_reset_s=0.05, breaker_max_reset_s=0.1,
            healthy_after_s=0,
        )  # fmt: skip
        async with RealtimeSessionPool(backend(emu), config) as pool:
            with pytest.raises(PoolUnavailableError):
                await pool.checkout()  # its connects are refused: the breaker opens
            emu.faults.refuse_handshake = None  # the endpoint recovers; no call comes
            await emu.wait_for(lambda: pool.breaker.state is BreakerState.CLOSED, 5)
            assert pool.ready and pool.metrics.idle == 1  # the probe's session
        await settle(emu, 0)


async def test_waiting_calls_fail_fast_when_the_breaker_opens() -> None:
    async with RealtimeEmulator(api_key=KEY) as emu:
        config = fast_config(min_idle=1, breaker_failures=3, breaker_reset_s=5.0)
        async with RealtimeSessionPool(backend(emu), config) as pool:
            await pool.wait_ready(5)
            emu.faults.refuse_handshake = 500
            first = await pool.checkout()  # the warm one
            waiting = asyncio.gather(
                *(pool.checkout(timeout=30) for _ in range(3)), return_exceptions=True
            )
            results = await asyncio.wait_for(waiting, 10)  # long before the 30 s timeout
            assert all(isinstance(r, PoolUnavailableError) for r in results)
            await first.aclose()


async def test_sessions_opened_before_an_outage_do_not_close_its_breaker() -> None:
    # a call taking a warm session still on probation, or one living out its probation,
    # closed the breaker and zeroed the backoff although it opened before the outage: the
    # pool then sent bursts of parallel connects into an endpoint answering 429
    async with RealtimeEmulator(api_key=KEY) as emu:
        config = fast_config(
            min_idle=3, breaker_failures=2, breaker_reset_s=30.0, breaker_max_reset_s=30.0,
            healthy_after_s=0.5,
        )  # fmt: skip
        async with RealtimeSessionPool(backend(emu), config) as pool:
            await pool.wait_ready(5)
            emu.faults.refuse_handshake = 429  # the outage starts
            first = await pool.checkout()  # warm, opened before it; its refill is refused
            await emu.wait_for(lambda: pool.breaker.state is BreakerState.OPEN, 5)
            second = await pool.checkout()  # a call takes another pre-outage session
            assert pool.breaker.state is BreakerState.OPEN
            await asyncio.sleep(0.6)  # the third one lives out its probation
            assert pool.breaker.state is BreakerState.OPEN and not pool.ready
            refused = sum(1 for h in emu.handshakes if h["status"] == 429)
            assert refused == pool.metrics.failed == 2  # nothing past the breaker
            await first.aclose()
            await second.aclose()
        await settle(emu, 0)


async def test_fallback_connects_directly_while_the_breaker_is_open() -> None:
    async with RealtimeEmulator(api_key=KEY, faults=Faults(refuse_handshake=500)) as emu:
        config = fast_config(
            min_idle=1, breaker_failures=2, breaker_reset_s=30.0, fallback_direct=True
        )
        async with RealtimeSessionPool(backend(emu), config) as pool:
            await emu.wait_for(lambda: pool.breaker.state is BreakerState.OPEN, 5)
            with pytest.raises(PoolUnavailableError, match="direct connect failed"):
                await pool.checkout()
            emu.faults.refuse_handshake = None
            session = await pool.checkout()  # long before the breaker would probe
            assert not session.warm and not session.closed
            assert pool.breaker.state is BreakerState.CLOSED  # the success closed it
            await session.aclose()
            await settle(emu, 1)


async def test_unanswered_pings_get_idle_sessions_replaced() -> None:
    async with RealtimeEmulator(api_key=KEY) as emu:
        config = fast_config(min_idle=2, ping_interval_s=0.05, ping_timeout_s=0.1)
        async with RealtimeSessionPool(backend(emu), config) as pool:
            await pool.wait_ready(5)
            emu.faults.ignore_pings = True
            await emu.wait_for(lambda: pool.metrics.retired_unhealthy >= 4, 5)
            emu.faults.ignore_pings = False
            await asyncio.sleep(0.3)
            settled = pool.metrics.retired_unhealthy
            await settle(emu, 2)
            await asyncio.sleep(0.3)
            assert pool.metrics.retired_unhealthy <= settled + 2  # pongs again: churn stops
            session = await pool.checkout()
            assert (await configure(session))["type"] == "session.updated"
            await session.aclose()
        await settle(emu, 0)


async def test_a_stale_session_is_pinged_at_checkout_and_skipped_when_silent() -> None:
    async with RealtimeEmulator(api_key=KEY) as emu:
        # no background pings; anything idle for 50 ms is pinged before it is handed out
        config = fast_config(
            min_idle=2, ping_interval_s=60, fresh_for_s=0.05, checkout_ping_timeout_s=0.1
        )
        async with RealtimeSessionPool(backend(emu), config) as pool:
            await pool.wait_ready(5)
            await asyncio.sleep(0.1)
            fine = await pool.checkout()  # pinged, answered
            assert fine.warm and pool.metrics.retired_unhealthy == 0
            await fine.aclose()
            await settle(emu, 2)
            await asyncio.sleep(0.1)
            emu.faults.ignore_pings = True
            session = await pool.checkout()
            # both stale idle sessions failed their ping; the call got a fresh connection
            assert not session.warm and pool.metrics.retired_unhealthy == 2
            assert not session.closed
            await session.aclose()
            emu.faults.ignore_pings = False
            await settle(emu, 2)
        await settle(emu, 0)


async def test_a_warm_session_whose_path_died_silently_is_not_handed_to_a_call() -> None:
    # a session that answered its last ping 2 s ago was handed out unpinged (fresh_for_s was
    # 10 s, the background pings every 5 s: no checkout ever pinged); when its path had died
    # without a RST or FIN, the call talked into the void until websockets' keepalive gave
    # up, ~40 s later. The default fresh_for_s is under test here.
    async with RealtimeEmulator(api_key=KEY) as emu:
        config = fast_config(
            min_idle=1, max_idle=1, ping_interval_s=60, checkout_ping_timeout_s=0.2
        )
        async with RealtimeSessionPool(backend(emu), config) as pool:
            await pool.wait_ready(5)
            (idle,) = list(pool._idle)
            idle.last_alive -= 2.0  # its last pong came 2 s ago
            # then its path went dead silently: no pong ever comes back (on the client's side:
            # a paused server transport and a mute emulator still let a pong through now and
            # then on busy cores, 1 run in 25 with three busy loops beside it)

            async def never_ponged(*_: object) -> asyncio.Future[float]:
                return asyncio.get_running_loop().create_future()

            idle.websocket.ping = never_ponged  # type: ignore[method-assign]
            session = await pool.checkout()
            # the call got another session: a fresh connection, or (on busy cores) the refill's
            # new idle one, opened while the dead one's ping waited — warm, and as good
            assert session is not idle and pool.metrics.retired_unhealthy == 1
            assert (await configure(session))["type"] == "session.updated"
            await session.aclose()
            for conn in list(emu._connections):
                conn.ws.transport.resume_reading()
        await settle(emu, 0)


async def test_a_checkout_cancelled_while_it_pings_leaves_no_socket_open() -> None:
    async with RealtimeEmulator(api_key=KEY) as emu:
        config = fast_config(
            min_idle=1, max_idle=1, ping_interval_s=60, fresh_for_s=0.01, checkout_ping_timeout_s=5
        )
        pool = RealtimeSessionPool(backend(emu), config)
        await pool.start()
        await pool.wait_ready(5)
        await asyncio.sleep(0.05)  # stale: the checkout pings it first
        emu.faults.ignore_pings = True
        checkout = asyncio.create_task(pool.checkout())
        await asyncio.sleep(0.2)  # inside the ping
        checkout.cancel()  # the caller hung up
        await asyncio.gather(checkout, return_exceptions=True)
        emu.faults.ignore_pings = False
        await pool.aclose()
        # it was in neither the idle queue nor in use: aclose never closed it before
        await settle(emu, 0)


async def test_closing_the_pool_during_a_checkout_ping_fails_that_checkout_at_once() -> None:
    # the checkout went on to wait for a new session on the closed pool (nothing would ever
    # deliver one) and failed only after its timeout, with PoolTimeoutError blaming the
    # backend — which the service answers by failing the call, not by connecting directly
    async with RealtimeEmulator(api_key=KEY) as emu:
        config = fast_config(
            min_idle=1, max_idle=1, ping_interval_s=60, fresh_for_s=0,
            checkout_ping_timeout_s=30, checkout_timeout_s=30,
        )  # fmt: skip
        pool = RealtimeSessionPool(backend(emu), config)
        await pool.start()
        await pool.wait_ready(5)
        for conn in list(emu._connections):
            conn.ws.transport.pause_reading()  # the idle session's path is dead: no pong
        checkout = asyncio.create_task(pool.checkout())
        await emu.wait_for(lambda: bool(pool._checking), 5)  # inside its ping
        await pool.aclose()  # shutdown
        with pytest.raises(PoolClosedError):
            await asyncio.wait_for(checkout, 5)  # not after the 30 s ping or checkout timeout
        assert pool.metrics.failed == 0  # the pool closed it: no failed connect
        for conn in list(emu._connections):
            conn.ws.transport.resume_reading()  # the server sees the client's socket gone
        await settle(emu, 0)


async def test_sessions_expiring_young_back_the_pool_off_then_it_recovers() -> None:
    # an endpoint whose sessions die 0.2 s after opening: each was replaced at once, the
    # connect counted a success (no backoff, the breaker never opened): ~15 sessions a
    # second for a pool of 3. A session dying young is a failed connect now.
    async with RealtimeEmulator(api_key=KEY, faults=Faults(max_session_s=0.2)) as emu:
        config = fast_config(
            min_idle=3, backoff=Backoff(first_s=0.05, base_s=0.2, max_s=1.0),
            breaker_reset_s=0.5, breaker_max_reset_s=2.0,
        )  # fmt: skip
        async with RealtimeSessionPool(backend(emu), config) as pool:
            await emu.wait_for(lambda: pool.breaker.state is not BreakerState.CLOSED, 5)
            assert any(r.close_reason == "max_session_s" for r in emu.sessions)
            assert "after it opened" in (pool.last_error or "")
            before = len(emu.sessions)
            await asyncio.sleep(1.0)
            assert len(emu.sessions) - before <= 4  # a probe at a time, backing off
            emu.faults.max_session_s = None  # the endpoint recovers
            await emu.wait_for(lambda: pool.metrics.idle == 3 and pool.metrics.opening == 0, 10)
            session = await pool.checkout()
            assert not session.closed
            await session.aclose()
            await settle(emu, 3)
        await settle(emu, 0)


async def test_a_soak_of_mixed_faults_keeps_the_invariants_and_leaks_nothing() -> None:
    rng = random.Random(99)
    async with RealtimeEmulator(api_key=KEY) as emu:
        config = fast_config(
            min_idle=3, max_total=10, max_opening=4, ping_interval_s=0.05, ping_timeout_s=0.1,
            checkout_timeout_s=0.5, max_age_s=0.4,
        )  # fmt: skip
        pool = RealtimeSessionPool(backend(emu), config)
        await pool.start()
        stop = asyncio.Event()
        outcomes: list[str] = []
        violations: list[str] = []

        async def caller() -> None:
            while not stop.is_set():
                try:
                    session = await pool.checkout()
                except (PoolUnavailableError, TimeoutError) as exc:
                    outcomes.append(type(exc).__name__)
                    await asyncio.sleep(0.02)
                    continue
                outcomes.append("ok")
                await asyncio.sleep(rng.uniform(0, 0.05))
                await session.aclose()

        async def chaos() -> None:
            faults = emu.faults
            while not stop.is_set():
                faults.refuse_handshake = rng.choice([None, None, None, 429, 500])
                faults.ignore_pings = rng.random() < 0.2
                faults.max_session_s = rng.choice([None, None, 0.15])
                for conn in list(emu._connections):
                    if rng.random() < 0.1:
                        conn.drop("chaos")
                await asyncio.sleep(0.1)

        async def check() -> None:
            while not stop.is_set():
                m = pool.metrics
                if m.idle + m.opening + m.in_use > 10 or m.opening > 4:
                    violations.append(repr(m))
                await asyncio.sleep(0.002)

        tasks = [asyncio.create_task(c()) for c in (caller, caller, caller, chaos, check)]
        await asyncio.sleep(2.0)
        # and on until the pool has served 21 calls through the chaos: a count in 2 s of wall
        # time (18 on a machine at load 8) measured the machine, not the pool
        async with asyncio.timeout(20):
            while outcomes.count("ok") <= 20:
                await asyncio.sleep(0.05)
        stop.set()
        await asyncio.gather(*tasks)
        assert not violations
        assert outcomes.count("ok") > 20
        assert pool.metrics.failed > 0 and pool.metrics.breaker_opens >= 1  # the faults bit
        emu.faults.refuse_handshake = None
        emu.faults.ignore_pings = False
        emu.faults.max_session_s = None
        await pool.wait_ready(10)
        await emu.wait_for(lambda: pool.metrics.in_use == 0 and pool.metrics.opening == 0, 5)
        await settle(emu, pool.metrics.idle)
        await pool.aclose()
        await settle(emu, 0)
        assert not pool._tasks


async def test_a_429_retry_after_is_honoured() -> None:
    from websockets.asyncio.server import serve
    from websockets.datastructures import Headers
    from websockets.http11 import Response

    attempts = 0

    def refuse(_conn: object, _request: object) -> Response:
        nonlocal attempts
        attempts += 1
        return Response(429, "Too Many Requests", Headers({"Retry-After": "0.4"}), b"")

    async def never(_ws: object) -> None:  # pragma: no cover - every upgrade is refused
        return None

    async with serve(never, "127.0.0.1", 0, process_request=refuse) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        backend = SessionBackend(url=f"ws://127.0.0.1:{port}/v1/realtime")
        config = fast_config(min_idle=1, breaker_failures=100)  # backoff alone: 10–100 ms
        async with RealtimeSessionPool(backend, config) as pool:
            await asyncio.sleep(1.0)
            assert pool.last_error == "HTTP 429"
    # without Retry-After the fast backoff would have tried ~15 times in that second
    assert 2 <= attempts <= 4


async def test_one_reset_of_every_young_idle_socket_is_one_failed_connect() -> None:
    # a proxy blip reset the four young idle sockets at once: four consecutive failed
    # connects, so a breaker of two opened and the next calls failed at once although the
    # endpoint accepted every connect
    async with RealtimeEmulator(api_key=KEY) as emu:
        config = fast_config(min_idle=4, breaker_failures=2, breaker_reset_s=30.0)
        async with RealtimeSessionPool(backend(emu), config) as pool:
            await pool.wait_ready(5)  # four young sessions (healthy_after_s 5 s)
            _drop_all(emu)  # one blip; the endpoint itself is fine
            await emu.wait_for(lambda: pool.metrics.retired_unhealthy == 4, 5)
            assert pool.metrics.failed == 1 and pool.breaker.state is BreakerState.CLOSED
            session = await pool.checkout()  # the next call is served
            assert (await configure(session))["type"] == "session.updated"
            await session.aclose()
            await pool.wait_ready(5)
            assert pool.breaker.state is BreakerState.CLOSED
        await settle(emu, 0)


async def test_a_session_that_lives_past_healthy_after_s_resets_the_backoff() -> None:
    # after young deaths, the failure count (and so the next backoff) must go back to zero
    # once a new session proves itself, or every later hiccup waits the grown backoff
    async with RealtimeEmulator(api_key=KEY, faults=Faults(max_session_s=0.1)) as emu:
        config = fast_config(min_idle=1, healthy_after_s=0.3, breaker_failures=10)
        async with RealtimeSessionPool(backend(emu), config) as pool:
            await emu.wait_for(lambda: pool._failures >= 2, 5)
            emu.faults.max_session_s = None
            await emu.wait_for(lambda: pool._failures == 0 and pool.metrics.idle == 1, 5)
            assert pool._next_attempt_at == 0.0


async def test_a_token_provider_that_hangs_is_a_failed_connect_not_a_stall() -> None:
    # the headers were fetched before open_timeout_s started: an Entra ID token endpoint that
    # stopped answering stalled every connect for good (never a failure, the breaker never
    # opened, the pool still read as healthy while calls waited for nothing)
    async with RealtimeEmulator(api_key=KEY) as emu:
        hanging = False

        async def token_provider() -> dict[str, str]:
            if hanging:
                await asyncio.Event().wait()  # the token endpoint does not answer
            return {"Authorization": f"Bearer {KEY}"}

        be = SessionBackend(url=emu.url, headers=token_provider)
        config = fast_config(
            min_idle=1, open_timeout_s=0.1, breaker_failures=2, breaker_reset_s=30.0
        )
        async with RealtimeSessionPool(be, config) as pool:
            await pool.wait_ready(5)
            # a loaded machine can time out the warm-up connect itself (0.1 s): count from here
            failed_before = pool.metrics.failed
            hanging = True
            with pytest.raises(TimeoutError):  # the outer bound only stops a stall
                await asyncio.wait_for(open_session(be, open_timeout_s=0.1), 5)
            call = await pool.checkout()  # the warm one; its refill fetches a token
            await emu.wait_for(lambda: pool.breaker.state is BreakerState.OPEN, 5)
            assert pool.metrics.failed - failed_before == 2
            assert pool.last_error == "timeout fetching the auth headers"
            with pytest.raises(PoolUnavailableError, match="timeout fetching the auth headers"):
                await pool.checkout()
            await call.aclose()
        await settle(emu, 0)


async def test_a_probe_that_dies_young_is_a_failed_probe_and_the_wait_doubles() -> None:
    # the half-open probe closed the breaker as soon as its handshake completed: against an
    # endpoint whose sessions all die young the pool read as ready between deaths, and the
    # breaker's wait went back to breaker_reset_s every time instead of doubling
    async with RealtimeEmulator(api_key=KEY, faults=Faults(max_session_s=0.05)) as emu:
        config = fast_config(
            min_idle=2, healthy_after_s=0.3, breaker_failures=2, breaker_reset_s=0.05,
            breaker_max_reset_s=0.4,
        )  # fmt: skip
        async with RealtimeSessionPool(backend(emu), config) as pool:
            await emu.wait_for(lambda: pool.breaker.state is not BreakerState.CLOSED, 5)
            states: set[BreakerState] = set()
            ready: set[bool] = set()
            async with asyncio.timeout(10):
                while pool.metrics.breaker_opens < 5:  # the first open, four failed probes
                    states.add(pool.breaker.state)
                    ready.add(pool.ready)
                    await asyncio.sleep(0.002)
            assert BreakerState.CLOSED not in states and ready == {False}
            assert "after it opened" in (pool.last_error or "")
            assert pool.breaker._timeout == 0.4  # 0.05 doubled per failed probe, to the cap
            emu.faults.max_session_s = None  # the endpoint recovers: a probe that lives
            await pool.wait_ready(10)
            await emu.wait_for(lambda: pool.ready, 5)
            assert pool.breaker.state is BreakerState.CLOSED and pool.breaker._timeout == 0.05
        await settle(emu, 0)


async def test_a_probe_retired_by_age_on_probation_does_not_leave_the_breaker_half_open() -> None:
    # a probe that neither died young nor lived healthy_after_s (retired by age first) must
    # still settle the breaker, or half-open lets no connect through ever again
    async with RealtimeEmulator(api_key=KEY, faults=Faults(refuse_handshake=500)) as emu:
        config = fast_config(
            min_idle=1, breaker_failures=2, breaker_reset_s=0.05, max_age_s=0.1,
            healthy_after_s=1.0,
        )  # fmt: skip
        async with RealtimeSessionPool(backend(emu), config) as pool:
            await emu.wait_for(lambda: pool.breaker.state is not BreakerState.CLOSED, 5)
            emu.faults.refuse_handshake = None
            await emu.wait_for(lambda: pool.metrics.retired_by_age >= 1, 5)
            await emu.wait_for(lambda: pool.breaker.state is BreakerState.CLOSED, 5)
        await settle(emu, 0)


@pytest.mark.parametrize(
    ("error", "words"),
    [
        ("boom", "first event 'error'"),  # a bare string: was reported as 'AttributeError'
        (None, "first event 'error'"),
        ({"code": "invalid_api_key", "message": "no"}, "first event 'error' (invalid_api_key)"),
    ],
)
async def test_a_first_event_error_is_named_whatever_its_error_field_holds(
    error: object, words: str
) -> None:
    from websockets.asyncio.server import ServerConnection, serve

    async def handler(ws: ServerConnection) -> None:
        await ws.send(json.dumps({"type": "error", "error": error}))
        await ws.wait_closed()

    async with serve(handler, "127.0.0.1", 0) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        be = SessionBackend(url=f"ws://127.0.0.1:{port}/v1/realtime")
        with pytest.raises(Exception) as err:  # which one, describe_failure words
            await open_session(be, open_timeout_s=2.0)
        assert describe_failure(err.value) == words


def _drop_all(emu: RealtimeEmulator) -> None:
    for conn in list(emu._connections):  # the emulator's TCP abort, no close frame
        conn.drop("test")


async def test_informational_events_after_session_created_leave_idle_sessions_in_the_pool() -> None:
    # the GA reference emits conversation.created right after session.created (the emulator
    # sent nothing more): the idle watcher retired every warm session as one that "spoke",
    # counted each as a failed connect, and after five the breaker opened: no checkout served
    after = ("conversation.created", "rate_limits.updated")
    async with RealtimeEmulator(api_key=KEY, faults=Faults(after_created=after)) as emu:
        async with RealtimeSessionPool(backend(emu), fast_config(min_idle=2)) as pool:
            await pool.wait_ready(5)
            await asyncio.sleep(0.3)  # the informational events have come and gone
            opened = len(emu.sessions)
            session = await pool.checkout()
            assert not session.closed
            await session.aclose()
            assert pool.breaker.state is BreakerState.CLOSED
            assert opened == 2, opened  # none retired and replaced
