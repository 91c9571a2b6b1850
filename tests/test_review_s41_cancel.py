"""Review (session 41, helper 'cancel'): a call that ends abruptly — the caller hangs up, the
pipeline is cancelled — at await points of the pack's components leaves nothing behind."""

from __future__ import annotations

import asyncio
from typing import Any

from pipecat.frames.frames import LLMContextFrame
from pipecat.services.llm_service import FunctionCallParams

from pipecat_rt_best.realtime.reconnect import ReconnectParams
from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    Faults,
    RealtimeEmulator,
    Reply,
)

from .realtime.harness import RealtimePipeline, wait_until
from .realtime.test_function_calls import KEY, _service, _set_state, _state_and
from .session_pool.helpers import KEY as POOL_KEY, open_sockets
from .session_pool.test_reconnect import GREETING, _done, _service as _reconnecting_service


def _pending(name: str) -> list[asyncio.Task[Any]]:
    return [t for t in asyncio.all_tasks() if name in t.get_name() and not t.done()]


async def test_a_reply_held_for_a_sibling_call_ends_with_the_call() -> None:
    # WRONG: the state tool answered, its sibling still ran (a slow back office), so the reply
    # was held in a 'realtime-held-reply' task; the caller hung up and the call's pipeline
    # ended, but that task lived on past the call (nothing cancelled it: pipecat cancels only
    # a processor's own input/process tasks) and, reply_hold_max_s later, asked the closed
    # service for a response. EXPECTED: the call's end cancels it, as the retry and the
    # reconnect tasks are.
    def model(conversation: list[dict[str, Any]]) -> Reply | str:
        if not any(i.get("type") == "function_call" for i in conversation):
            return _state_and("raise_complaint", "complaint", "One moment.")
        return "Still working on it."

    async def hangs(params: FunctionCallParams) -> None:
        await asyncio.Event().wait()

    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(responder=model)) as emu:
        llm = _service(emu.url, "set_conversation_state", "raise_complaint")
        llm.reply_hold_max_s = 30.0
        llm.register_function("set_conversation_state", _set_state)
        llm.register_function("raise_complaint", hangs, cancel_on_interruption=False)
        p = RealtimePipeline(llm)
        await p.__aenter__()
        await p.send(LLMContextFrame(p.context))
        await wait_until(lambda: bool(_pending("realtime-held-reply")), what="the held reply")
        await p.worker.cancel()  # the caller hung up
        assert p._runner_task is not None
        await asyncio.wait_for(p._runner_task, 5)
        try:
            assert not _pending("realtime-held-reply")
        finally:
            for task in _pending("realtime-held-reply"):
                task.cancel()


async def test_a_call_that_ends_as_its_old_session_dies_during_a_move_opens_no_session() -> None:
    # WRONG: a move had its fresh session and waited for a quiet moment; the old session died
    # (noted for the move to act on at its next poll) and the call ended before that poll (the
    # caller hung up). Cancelled, the move handed the loss to a reconnect in its `finally`: a
    # new 'realtime-reconnect' task, started after the call's teardown had cancelled the
    # service's tasks, opened a model session for the ended call, restored the conversation on
    # it and started a receive task on it: a billed session and tasks nothing would close.
    # EXPECTED: a move cancelled by the call's end hands nothing over.
    params = ReconnectParams(
        rotate_after_s=0.5, quiet_poll_s=5.0, move_quiet_s=30.0, give_up_after_s=5.0
    )
    async with RealtimeEmulator(
        api_key=POOL_KEY, script=EmulatorScript(replies=[GREETING, "Sure."]), faults=Faults()
    ) as emu:
        llm = _reconnecting_service(emu.url, reconnect=params)
        p = RealtimePipeline(llm)
        await p.__aenter__()
        await p.send(LLMContextFrame(p.context))
        await wait_until(lambda: _done(p) >= 1, what="the greeting")
        await wait_until(lambda: len(emu.sessions) == 2, what="the move's fresh session")
        await wait_until(lambda: llm._rotation_search is None, what="the move to hold it")
        old = emu.sessions[0]
        for conn in list(emu._connections):
            if conn.record is old:
                conn.drop("the session's limit")
        await wait_until(lambda: llm._lost_while_rotating is not None, what="the loss noted")
        await p.worker.cancel()  # the caller hung up
        assert p._runner_task is not None
        await asyncio.wait_for(p._runner_task, 5)
        await asyncio.sleep(0.3)  # what a reconnect would take to open and restore
        try:
            assert not _pending("realtime-reconnect")
            # the call's session and the move's fresh one, none opened after, none left open
            assert len(emu.sessions) == 2, f"{len(emu.sessions)} sessions"
            await emu.wait_for(lambda: open_sockets(emu) == 0, 2.0)
        finally:
            for task in _pending("realtime-reconnect"):
                task.cancel()


async def test_a_checkout_cancelled_while_it_pings_does_not_count_an_unhealthy_session() -> None:
    # WRONG: the caller hung up while its checkout pinged a warm session (any session idle
    # over fresh_for_s is pinged first); the session, closed for want of an owner, was
    # counted in retired_unhealthy (pipecat_rt_best_pool_sessions_retired_total{reason=
    # "unhealthy"}), which says "a ping went unanswered, or the session spoke or closed while
    # idle": hang-ups at a call's start read on the dashboard as a sick endpoint.
    # EXPECTED: the session still goes (nothing else would close it), counted as neither.
    from pipecat_rt_best.session_pool.pool import RealtimeSessionPool

    from .session_pool.helpers import backend, fast_config, settle

    async with RealtimeEmulator(api_key=POOL_KEY) as emu:
        config = fast_config(
            min_idle=1, max_idle=1, ping_interval_s=60, fresh_for_s=0, checkout_ping_timeout_s=5
        )
        async with RealtimeSessionPool(backend(emu), config) as pool:
            await pool.wait_ready(5)
            emu.faults.ignore_pings = True  # the pong is on its way when the caller hangs up
            checkout = asyncio.create_task(pool.checkout())
            await emu.wait_for(lambda: bool(pool._checking), 5)  # inside its ping
            checkout.cancel()  # the caller hung up
            await asyncio.gather(checkout, return_exceptions=True)
            emu.faults.ignore_pings = False
            assert pool.metrics.retired_unhealthy == 0
            assert pool.metrics.retired_by_age == 0
        await settle(emu, 0)
