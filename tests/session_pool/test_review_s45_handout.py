"""Review s45: a session that closes between its delivery and the checkout's return is not
handed to the call.

A new session reaches a waiting checkout through a future; the checkout resumes a loop turn
or more later (longer on a busy loop), and a drop in between — read by the session's socket
reader — was handed out anyway: the chaos test (`test_faults.py`, 30 % drops every 20 ms)
failed 4 times in 40 beside four busy loops ("assert not session.closed"), and a call would
have started on a dead socket, reconnecting at once.
"""

from __future__ import annotations

import pytest
from websockets.protocol import State

from pipecat_rt_best.session_pool.pool import PooledSession, RealtimeSessionPool
from pipecat_rt_best.testing.realtime_emulator import RealtimeEmulator

from .helpers import KEY, backend, fast_config


async def test_a_session_closed_before_its_checkout_resumes_is_not_handed_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async with RealtimeEmulator(api_key=KEY) as emu:
        async with RealtimeSessionPool(backend(emu), fast_config(min_idle=1)) as pool:
            await pool.wait_ready(5)
            first = await pool.checkout()  # the idle one: the next checkout waits for a new one
            deliver = pool._deliver
            dropped: list[PooledSession] = []

            def deliver_then_drop(session: PooledSession) -> None:
                deliver(session)
                if not dropped and session in pool._in_use:  # handed to the waiting checkout
                    dropped.append(session)
                    # as its reader marks a drop it read before the checkout resumed
                    session.websocket.protocol.state = State.CLOSED

            monkeypatch.setattr(pool, "_deliver", deliver_then_drop)
            second = await pool.checkout()
            assert dropped, "the checkout did not wait for a new session"
            assert second is not dropped[0] and not second.closed
            for session in (first, second):
                await session.aclose()
            dropped[0].websocket.transport.abort()
