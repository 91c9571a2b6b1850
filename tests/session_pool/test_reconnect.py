"""Mid-call reconnect against the emulator: a dropped or expired session is replaced, the
conversation is restored on the new one, the caller's audio reaches the model exactly once
across the two sessions, and the pipeline sees no error."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import numpy as np
import pytest
from loguru import logger
from pipecat.frames.frames import (
    ErrorFrame,
    InterruptionFrame,
    LLMContextFrame,
    LLMFullResponseEndFrame,
    TTSStoppedFrame,
    UserStartedSpeakingFrame,
    UserStoppedSpeakingFrame,
)

from pipecat_rt_best.base import G711InputAudioFrame
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.realtime.reconnect import ReconnectParams
from pipecat_rt_best.session_pool.backoff import Backoff
from pipecat_rt_best.session_pool.breaker import BreakerState
from pipecat_rt_best.session_pool.pool import RealtimeSessionPool, SessionBackend
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, Faults, RealtimeEmulator

from ..realtime.harness import RealtimePipeline, wait_until
from .helpers import KEY, fast_config, settle

GREETING = "Namaste, this is Asha from City Bank."
FAST = ReconnectParams(give_up_after_s=1.0, backoff=Backoff(first_s=0.01, base_s=0.02, max_s=0.05))


def _service(url: str, *, transcribe: bool = False, **kw: Any) -> RealtimeLLMService:
    """The call's service on the emulator (``transcribe``: the server transcribes the caller)."""
    return RealtimeLLMService(
        api_key=KEY,
        base_url=url,
        settings=RealtimeLLMService.Settings(
            model="gpt-realtime",
            system_instruction="Be brief.",
            session_properties=realtime_session(audio_format="pcmu", transcribe_input=transcribe),
        ),
        **kw,
    )


def _done(p: RealtimePipeline) -> int:
    return len(p.sink.of(LLMFullResponseEndFrame))


def _line(seconds: float, seed: int = 5) -> bytes:
    rng = np.random.default_rng(seed)
    return rng.integers(0, 256, size=int(8000 * seconds), dtype=np.uint8).tobytes()


def _drop_all(emu: RealtimeEmulator) -> None:
    for conn in list(emu._connections):  # the emulator's TCP abort, no close frame
        conn.drop("test")


async def _speak(p: RealtimePipeline, line: bytes, during: Any = None) -> None:
    """The caller's audio in 20 ms packets, paced; ``during`` runs after the 10th packet."""
    for i, start in enumerate(range(0, len(line), 160)):
        await p.send(G711InputAudioFrame.from_line(line[start : start + 160]))
        if i == 10 and during is not None:
            during()
        await asyncio.sleep(0.005)


async def test_a_drop_mid_turn_the_call_goes_on_and_every_caller_byte_arrives_once() -> None:
    script = EmulatorScript(replies=[GREETING, "Your balance is fine."])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        llm = _service(emu.url, reconnect=FAST)
        events: list[str] = []

        @llm.event_handler("on_reconnected")
        async def _on(_svc: Any, took_ms: float) -> None:
            events.append(f"reconnected {took_ms:.0f} ms")

        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            line = _line(1.0)
            await _speak(p, line, during=lambda: _drop_all(emu))

            await p.send(UserStoppedSpeakingFrame())
            await wait_until(lambda: _done(p) >= 2, what="the reply on the new session")
            assert llm.reconnects == 1 and len(emu.sessions) == 2 and events
            old, new = emu.sessions
            # the turn the new session answers holds every caller byte, exactly once: what the
            # lost session was sent of it too (it had only the tail: the model answered that)
            assert old.appended_audio and line.startswith(old.appended_audio)
            assert new.input_audio_turns == [line] and new.appended_audio == line
            # the new session was configured and holds the conversation so far
            assert new.config["instructions"] == "Be brief."
            assert new.config["audio"]["input"]["format"]["type"] == "audio/pcmu"
            assert GREETING in json.dumps(new.conversation)
            # the pipeline saw no error
            assert not p.source.of(ErrorFrame) and not p.sink.of(ErrorFrame)


async def test_a_drop_after_the_last_append_sends_no_empty_commit() -> None:
    # the caller had finished (every packet appended to the old session) when the socket
    # dropped; the stop came after the reconnect: the commit went to a new session that had
    # none of the turn (input_audio_buffer_commit_empty), and the model answered nothing
    script = EmulatorScript(replies=[GREETING, "Your balance is fine."])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        llm = _service(emu.url, reconnect=FAST)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            line = _line(1.0)
            await p.send(UserStartedSpeakingFrame())
            await _speak(p, line)
            old = emu.sessions[0]
            await emu.wait_for(lambda: len(old.appended_audio) == len(line))
            _drop_all(emu)
            await wait_until(lambda: llm.reconnects == 1, what="the reconnect")
            await p.send(UserStoppedSpeakingFrame())
            await wait_until(lambda: _done(p) >= 2, what="the reply")
            new = emu.sessions[1]
            assert new.input_audio_turns == [line]  # the bytes the new session received
            assert not new.errors_sent and not p.source.of(ErrorFrame)


async def test_a_reply_lost_before_any_of_it_came_is_asked_for_again() -> None:
    # the caller's turn was committed and its response.create taken by the old session; the
    # socket dropped before the reply's first delta: the reply was closed out downstream and
    # never asked again (dead air, then the telephony server's bot_silent hang-up)
    script = EmulatorScript(replies=[GREETING, "Your balance is fine."])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        llm = _service(emu.url, reconnect=FAST)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            emu.faults.first_delta_delay_s = 1.0  # the model takes a moment to answer
            line = _line(1.0)
            await p.send(UserStartedSpeakingFrame())
            await _speak(p, line)
            await p.send(UserStoppedSpeakingFrame())
            old = emu.sessions[0]
            await emu.wait_for(lambda: len(old.sent_of("response.created")) == 2)
            _drop_all(emu)  # before the reply's first delta
            emu.faults.first_delta_delay_s = 0.0
            await wait_until(lambda: _done(p) >= 2, what="the reply on the new session")
            new = emu.sessions[1]
            # the turn, whole, then the request, after the conversation was restored
            assert new.input_audio_turns == [line] and len(new.responses) == 1
            kinds = [e["type"] for e in new.received]
            assert kinds.index("conversation.item.create") < kinds.index("response.create")
            await asyncio.sleep(0.2)
            assert _done(p) == 2  # ended once, by its response.done: no close-out besides
            assert not new.errors_sent and not p.source.of(ErrorFrame)


async def test_a_greeting_lost_before_it_started_is_asked_for_again() -> None:
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        emu.faults.first_delta_delay_s = 1.0
        llm = _service(emu.url, reconnect=FAST)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await emu.wait_for(lambda: emu.sessions and emu.sessions[0].sent_of("response.created"))
            _drop_all(emu)
            emu.faults.first_delta_delay_s = 0.0
            await wait_until(lambda: _done(p) >= 1, what="the greeting on the new session")
            assert llm.reconnects == 1 and len(emu.sessions[1].responses) == 1
            assert GREETING in json.dumps(emu.sessions[1].sent)


async def test_a_reply_owed_behind_a_lost_one_is_asked_for_on_the_new_session() -> None:
    # the caller's turn was committed while the greeting played (no barge-in): its reply was
    # owed for the greeting's response.done, which the drop took away with the session
    long_reply = "Your loan of four lakh fifty thousand rupees is approved for sixty months."
    script = EmulatorScript(replies=[long_reply, "Sure."])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        emu.faults.realtime_pacing = True  # the greeting streams for seconds
        llm = _service(emu.url, reconnect=FAST)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            old = await _first_session(emu)
            await emu.wait_for(lambda: old.sent_of("response.output_audio.delta"))
            line = _line(0.5)
            await p.send(UserStartedSpeakingFrame())
            await _speak(p, line)
            await p.send(UserStoppedSpeakingFrame())
            await emu.wait_for(lambda: old.commits)
            _drop_all(emu)  # mid-greeting: heard in part, closed out
            emu.faults.realtime_pacing = False
            await wait_until(lambda: _done(p) >= 2, what="the owed reply on the new session")
            new = emu.sessions[1]
            assert new.input_audio_turns == [line] and len(new.responses) == 1
            assert not p.source.of(ErrorFrame)


async def test_a_lost_reply_the_caller_cut_in_on_is_not_asked_again() -> None:
    script = EmulatorScript(replies=[GREETING, "Sure.", "Okay."])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        llm = _service(emu.url, reconnect=FAST)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            emu.faults.first_delta_delay_s = 1.0
            await p.send(UserStartedSpeakingFrame())
            await _speak(p, _line(0.5))
            await p.send(UserStoppedSpeakingFrame())
            old = emu.sessions[0]
            await emu.wait_for(lambda: len(old.sent_of("response.created")) == 2)
            emu.faults.handshake_delay_s = 0.3  # the caller cuts in during the gap
            _drop_all(emu)
            await wait_until(lambda: llm.reconnecting, what="the reconnect to start")
            await p.send(InterruptionFrame())
            await wait_until(lambda: llm.reconnects == 1, what="the reconnect")
            emu.faults.first_delta_delay_s = 0.0
            await asyncio.sleep(0.3)
            new = emu.sessions[1]
            assert not new.received_of("response.create")  # the cut-in request is not asked
            # nothing left running: the caller's next turn gets its reply
            await p.send(UserStartedSpeakingFrame())
            await _speak(p, _line(0.3, seed=9))
            await p.send(UserStoppedSpeakingFrame())
            await wait_until(lambda: len(new.responses) == 1, what="the next reply")


async def _first_session(emu: RealtimeEmulator) -> Any:
    await emu.wait_for(lambda: bool(emu.sessions))
    return emu.sessions[0]


async def test_a_direct_connect_with_no_session_created_is_reconnected() -> None:
    # the server accepted the socket and never said session.created: pipecat's connect has
    # no deadline for it, so the greeting waited forever — no error, no warning, no reconnect
    script = EmulatorScript(replies=[GREETING])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        emu.faults.session_created_delay_s = 3.0  # the first session only (reset below)
        params = ReconnectParams(
            session_created_timeout_s=0.3, give_up_after_s=2.0,
            backoff=Backoff(first_s=0.01, base_s=0.02, max_s=0.05),
        )  # fmt: skip
        llm = _service(emu.url, reconnect=params)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await emu.wait_for(lambda: bool(emu.handshakes))
            emu.faults.session_created_delay_s = 0.0
            await wait_until(lambda: _done(p) >= 1, timeout=5, what="the greeting")
            assert llm.reconnects == 1 and len(emu.sessions) == 2
            assert not p.source.of(ErrorFrame)


async def test_the_session_created_watch_stands_down_while_a_reconnect_replaces_its_socket() -> (
    None
):
    # the first socket drops before its session.created and the replacement takes longer
    # than what is left of the watch's deadline: the watch fired mid-reconnect, reported a
    # false loss and marked the long-lived guard dead, so the reconnected call sent nothing
    # (no session.update, no greeting, none of the caller's audio)
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        emu.faults.session_created_delay_s = 2.0  # the first session is slow to say created
        params = ReconnectParams(
            session_created_timeout_s=0.5, give_up_after_s=5.0,
            backoff=Backoff(first_s=0.01, base_s=0.02, max_s=0.05),
        )  # fmt: skip
        llm = _service(emu.url, reconnect=params)
        lost: list[Any] = []

        @llm.event_handler("on_connection_lost")
        async def _lost(*args: Any) -> None:
            lost.append(args)

        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await emu.wait_for(lambda: bool(emu.handshakes))
            emu.faults.session_created_delay_s = 0.0
            emu.faults.handshake_delay_s = 1.0  # the replacement opens after the deadline
            _drop_all(emu)  # the first session drops before its session.created
            await wait_until(lambda: llm.reconnecting, what="the reconnect to start")
            await wait_until(lambda: llm.reconnects == 1, timeout=5, what="the reconnect")
            emu.faults.handshake_delay_s = 0.0
            await wait_until(lambda: _done(p) >= 1, timeout=5, what="the greeting")
            line = _line(0.3)
            await p.send(UserStartedSpeakingFrame())
            await _speak(p, line)
            await p.send(UserStoppedSpeakingFrame())
            new = emu.sessions[-1]
            await emu.wait_for(lambda: new.appended_audio == line, 5)
            assert not lost and not p.source.of(ErrorFrame)


async def test_without_reconnect_a_direct_connect_with_no_session_created_is_reported() -> None:
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        emu.faults.session_created_delay_s = 2.0
        llm = _service(emu.url)
        llm._session_created_timeout_s = lambda: 0.3  # type: ignore[method-assign]  # default 10 s
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: bool(p.source.of(ErrorFrame)), timeout=5, what="the report")
            (error,) = p.source.of(ErrorFrame)
            assert "no session.created within 0.3 s" in error.error
            assert _done(p) == 0


async def test_an_expired_session_is_replaced_without_an_error() -> None:
    script = EmulatorScript(replies=[GREETING, "Sure."])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        llm = _service(emu.url, reconnect=FAST)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            emu.faults.max_session_s = 0.05  # the server ends the session now...
            await wait_until(lambda: llm.reconnecting or llm.reconnects, what="the expiry")
            emu.faults.max_session_s = None  # ...and not the next one
            await wait_until(lambda: llm.reconnects == 1, what="the reconnect")
            assert emu.sessions[0].close_reason == "max_session_s"
            await _speak(p, _line(0.5))

            await p.send(UserStoppedSpeakingFrame())
            await wait_until(lambda: _done(p) >= 2, what="the reply")
            assert not p.source.of(ErrorFrame)


async def test_the_new_session_comes_from_the_pool_when_there_is_one() -> None:
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        backend = SessionBackend(
            url=f"{emu.url}?model=gpt-realtime", headers={"Authorization": f"Bearer {KEY}"}
        )
        async with RealtimeSessionPool(backend, fast_config(min_idle=1)) as pool:
            await pool.wait_ready(5)
            llm = _service(emu.url, reconnect=FAST, session_pool=pool)
            async with RealtimePipeline(llm) as p:
                await p.send(LLMContextFrame(p.context))
                await wait_until(lambda: _done(p) >= 1, what="the greeting")
                await emu.wait_for(lambda: pool.metrics.idle == 1)
                _drop_all(emu)  # the call's socket and the idle one
                await wait_until(lambda: llm.reconnects == 1, what="the reconnect")
                assert pool.metrics.checkouts_warm + pool.metrics.checkouts_cold == 2
            await wait_until(lambda: pool.metrics.in_use == 0, what="the call's session closed")
        await settle(emu, 0)


async def test_a_pooled_session_dropped_as_the_call_takes_it_is_a_reconnect_not_an_error() -> None:
    # the pooled session.update went out on the bare socket before the reconnect guarded it:
    # a reset in that instant reached the pipeline as an ErrorFrame ("Error sending client
    # event") although the call then recovered (a pool review)
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        backend = SessionBackend(
            url=f"{emu.url}?model=gpt-realtime", headers={"Authorization": f"Bearer {KEY}"}
        )
        async with RealtimeSessionPool(backend, fast_config(min_idle=1)) as pool:
            await pool.wait_ready(5)
            checkout = pool.checkout

            async def checkout_then_reset(timeout: float | None = None) -> Any:
                session = await checkout(timeout)
                if emu.handshakes and len(emu.handshakes) == 1:  # the first checkout only
                    _drop_all(emu)
                    await asyncio.sleep(0.05)  # the reset reaches the client
                return session

            pool.checkout = checkout_then_reset  # type: ignore[method-assign]
            llm = _service(emu.url, reconnect=FAST, session_pool=pool)
            async with RealtimePipeline(llm) as p:
                await p.send(LLMContextFrame(p.context))
                await wait_until(lambda: _done(p) >= 1, what="the greeting")
                assert [f.error for f in p.source.of(ErrorFrame)] == []
                assert llm.reconnects == 1
        await settle(emu, 0)


async def test_a_pooled_call_reconnects_through_the_pool_breaker_and_all() -> None:
    # at the pool's first PoolError (its breaker open) the reconnect dropped the pool and
    # connected directly at its own backoff: ten calls dropped together made ~100 handshakes
    # in 12 s into an endpoint answering 429, past the pool's breaker and single probe
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        backend = SessionBackend(
            url=f"{emu.url}?model=gpt-realtime", headers={"Authorization": f"Bearer {KEY}"}
        )
        config = fast_config(
            min_idle=1, breaker_failures=2, breaker_reset_s=30.0, breaker_max_reset_s=30.0,
            healthy_after_s=0,
        )  # fmt: skip
        async with RealtimeSessionPool(backend, config) as pool:
            await pool.wait_ready(5)
            llm = _service(emu.url, reconnect=FAST, session_pool=pool)
            lost: list[Any] = []

            @llm.event_handler("on_connection_lost")
            async def _lost(*args: Any) -> None:
                lost.append(args)

            async with RealtimePipeline(llm) as p:
                await p.send(LLMContextFrame(p.context))
                await wait_until(lambda: _done(p) >= 1, what="the greeting")
                emu.faults.refuse_handshake = 429
                _drop_all(emu)  # the call's socket and the idle one
                await wait_until(lambda: bool(lost), timeout=5, what="the give-up")
                refused = sum(1 for h in emu.handshakes if h["status"] == 429)
                # every connect was the pool's, under its breaker: none of the call's own
                assert refused == pool.metrics.failed
                assert pool.breaker.state is BreakerState.OPEN
        await settle(emu, 0)


async def test_the_give_up_line_says_the_open_breaker_ended_it_early() -> None:
    # it said "no new realtime session within 15s" when the pool's open breaker had made it
    # give up at once (its next probe past the budget): the operator tuned the wrong knob
    lines: list[str] = []
    sink = logger.add(lambda m: lines.append(str(m)), level="ERROR", format="{message}")
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        backend = SessionBackend(
            url=f"{emu.url}?model=gpt-realtime", headers={"Authorization": f"Bearer {KEY}"}
        )
        config = fast_config(
            min_idle=1, breaker_failures=2, breaker_reset_s=30.0, breaker_max_reset_s=30.0,
            healthy_after_s=0,
        )  # fmt: skip
        try:
            async with RealtimeSessionPool(backend, config) as pool:
                await pool.wait_ready(5)
                params = ReconnectParams(give_up_after_s=10.0, backoff=FAST.backoff)
                llm = _service(emu.url, reconnect=params, session_pool=pool)
                async with RealtimePipeline(llm) as p:
                    await p.send(LLMContextFrame(p.context))
                    await wait_until(lambda: _done(p) >= 1, what="the greeting")
                    emu.faults.refuse_handshake = 429
                    _drop_all(emu)
                    await wait_until(
                        lambda: any("giving up" in line for line in lines),
                        timeout=8,  # well before the 10 s budget: the breaker's 30 s decide
                        what="the give-up",
                    )
        finally:
            logger.remove(sink)
        await settle(emu, 0)
    (line,) = [line for line in lines if "giving up" in line]
    assert "within 10s" not in line
    assert "(the pool's breaker is open), past the 10 s budget" in line, line
    assert "(last attempt: " in line


async def test_a_direct_reconnect_waits_out_the_servers_retry_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from websockets.datastructures import Headers
    from websockets.exceptions import InvalidStatus
    from websockets.http11 import Response

    from pipecat_rt_best.realtime import reconnect

    attempts = 0

    async def refused(*_args: Any, **_kwargs: Any) -> Any:
        nonlocal attempts
        attempts += 1
        headers = Headers({"Retry-After": "0.4"})
        raise InvalidStatus(Response(429, "Too Many Requests", headers, b""))

    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        llm = _service(emu.url, reconnect=FAST)  # give up after 1 s; backoff 10-50 ms
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            monkeypatch.setattr(reconnect, "open_session", refused)
            _drop_all(emu)
            await wait_until(lambda: bool(p.source.of(ErrorFrame)), timeout=5, what="the report")
    # the backoff alone would have tried ~25 times within the 1 s give-up
    assert 1 <= attempts <= 3


async def test_without_reconnect_a_drop_is_reported_as_before() -> None:
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        llm = _service(emu.url)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            _drop_all(emu)
            await wait_until(lambda: bool(p.source.of(ErrorFrame)), what="the loss report")
            assert "connection lost" in p.source.of(ErrorFrame)[0].error
            assert llm.reconnects == 0 and len(emu.sessions) == 1


async def test_it_gives_up_and_reports_the_loss_when_no_session_comes() -> None:
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        llm = _service(emu.url, reconnect=FAST)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            emu.faults.refuse_handshake = 503
            _drop_all(emu)
            await wait_until(lambda: bool(p.source.of(ErrorFrame)), timeout=5, what="the report")
            assert "connection lost" in p.source.of(ErrorFrame)[0].error
            assert llm.reconnects == 0 and not llm.reconnecting
            assert sum(h["status"] == 503 for h in emu.handshakes) >= 2  # it did retry


@contextlib.asynccontextmanager
async def _losing_every_new_session(
    fault: str, value: float, give_up_after_s: float
) -> AsyncIterator[tuple[RealtimeEmulator, RealtimeLLMService, RealtimePipeline, list[Any]]]:
    """A greeted call whose session drops; every new one then dies by ``fault`` (an emulator
    fault set to ``value``). Yields once the service gave up (``on_connection_lost``)."""
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        llm = _service(emu.url, reconnect=ReconnectParams(give_up_after_s=give_up_after_s))
        lost: list[Any] = []

        @llm.event_handler("on_connection_lost")
        async def _lost(*args: Any) -> None:
            lost.append(args)

        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            setattr(emu.faults, fault, value)
            _drop_all(emu)
            await wait_until(lambda: bool(lost), timeout=6, what="the give-up")
            await asyncio.sleep(0.5)
            setattr(emu.faults, fault, None)
            yield emu, llm, p, lost


async def test_sessions_that_die_at_once_are_failed_attempts_not_a_storm() -> None:
    # every new session drops right after session.created: the restore's sends fail. They
    # were swallowed (pipecat's _ws_send: an ErrorFrame each) and counted as a reconnect,
    # whose dead socket started the next one at once: ~1400 handshakes and 2800 errors in 3 s
    async with _losing_every_new_session("drop_after_events", 1, 1.0) as (emu, llm, p, lost):
        # the default backoff (50 ms, then 0.2 s doubling) within the 1 s give-up
        assert 2 <= len(emu.sessions) - 1 <= 8
        assert len(lost) == 1 and llm.reconnects == 0
        errors = [e.error for e in p.source.of(ErrorFrame)]
        assert len(errors) == 1 and "connection lost" in errors[0], errors


async def test_sessions_that_die_young_after_the_move_are_one_outage() -> None:
    # each new session lives 0.2 s: the move itself works, but the outage goes on, with its
    # backoff and its give-up deadline, instead of starting afresh at every drop
    async with _losing_every_new_session("max_session_s", 0.2, 1.5) as (emu, llm, _, lost):
        assert llm.reconnects >= 1  # it did move, more than once perhaps
        assert len(emu.sessions) - 1 <= 10 and len(lost) == 1


async def test_sessions_that_die_young_are_retried_at_the_backoffs_pace() -> None:
    # every new session drops 0.1 s after its handshake; with the default backoff (first
    # 0.05 s, then 0.2 s doubling up to 2 s) the gaps between new sessions must grow — they
    # were a reconnect every ~0.1 s until the give-up
    async with _losing_every_new_session("drop_after_s", 0.1, 4.0) as (emu, *_):
        opened = [s.sent_times[0] for s in emu.sessions[1:] if s.sent_times]
        gaps = [b - a for a, b in itertools.pairwise(opened)]
        assert len(opened) <= 9, gaps  # at most ~8 attempts fit the backoff in 4 s
        assert max(gaps) >= 0.5, gaps


async def test_an_old_session_is_swapped_for_a_fresh_one_at_a_quiet_moment() -> None:
    long_reply = "Your loan is approved."  # ~1.4 s of audio, streamed in real time
    script = EmulatorScript(replies=[long_reply, "Sure."])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        emu.faults.realtime_pacing = True  # the greeting takes its real duration
        params = ReconnectParams(rotate_after_s=0.2, quiet_poll_s=0.02)
        llm = _service(emu.url, reconnect=params)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: llm.rotations >= 1, timeout=15, what="the rotation")
            emu.faults.realtime_pacing = False
            old, new = emu.sessions[0], emu.sessions[1]
            # not while the bot was speaking: the new session opened after the reply was done
            done_at = old.sent_times[[e["type"] for e in old.sent].index("response.done")]
            assert new.sent_times[0] > done_at
            assert _done(p) == 1
            await wait_until(lambda: old.closed, what="the old session closing")
            assert old.close_reason == "client closed"
            assert long_reply in json.dumps(new.conversation)  # the conversation came along
            line = _line(0.5)

            await p.send(UserStartedSpeakingFrame())  # no move while the caller speaks
            await _speak(p, line)
            await p.send(UserStoppedSpeakingFrame())
            await wait_until(lambda: _done(p) >= 2, what="the reply on a fresh session")
            # the caller's turn went, whole, to one fresh session
            assert [r.appended_audio for r in emu.sessions[1:]].count(line) == 1
            assert not p.source.of(ErrorFrame) and llm.reconnects == 0


async def test_a_drop_mid_reply_ends_that_reply_downstream_and_the_call_goes_on() -> None:
    long_reply = "Your loan of four lakh fifty thousand rupees is approved for sixty months."
    script = EmulatorScript(replies=[long_reply, "Sure."])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        emu.faults.realtime_pacing = True  # the reply streams for seconds
        llm = _service(emu.url, reconnect=FAST)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await emu.wait_for(lambda: emu.sessions and emu.sessions[0].sent_of(
                "response.output_audio.delta"))  # fmt: skip
            _drop_all(emu)
            # the lost reply is closed out for the aggregators; the call is on a new session
            await wait_until(lambda: _done(p) >= 1 and llm.reconnects == 1, what="the close-out")
            # the caller cuts in before any new reply: the lost one was already ended, once
            await p.send(InterruptionFrame())
            await wait_until(lambda: p.sink.of(InterruptionFrame), what="the interruption")
            await asyncio.sleep(0.3)
            assert len(p.sink.of(LLMFullResponseEndFrame)) == 1
            assert len(p.sink.of(TTSStoppedFrame)) == 1
            emu.faults.realtime_pacing = False
            await p.send(UserStartedSpeakingFrame())
            await _speak(p, _line(0.3))
            await p.send(UserStoppedSpeakingFrame())
            await wait_until(lambda: _done(p) >= 2, what="the next reply")
            assert emu.sessions[1].responses and not p.source.of(ErrorFrame)


async def test_a_call_ending_mid_reconnect_leaves_no_socket() -> None:
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        llm = _service(emu.url, reconnect=FAST)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            emu.faults.handshake_delay_s = 0.5
            _drop_all(emu)
            await wait_until(lambda: llm.reconnecting, what="the reconnect to start")
        # the pipeline ended while the new session was still connecting
        assert llm.reconnects == 0
        await asyncio.sleep(0.6)  # past the handshake delay: nothing completes late
        await settle(emu, 0)


async def test_a_move_that_finds_no_fresh_session_keeps_the_old_one_and_loses_nothing() -> None:
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        params = ReconnectParams(
            rotate_after_s=0.3, quiet_poll_s=0.02, give_up_after_s=0.5,
            backoff=Backoff(first_s=0.01, base_s=0.02, max_s=0.05),
        )  # fmt: skip
        llm = _service(emu.url, reconnect=params)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            emu.faults.refuse_handshake = 503  # no fresh session to be had
            await wait_until(lambda: llm._rotating, what="the move to start")
            line = _line(1.0)
            await _speak(p, line)  # sent on the old session while the move is tried
            await wait_until(lambda: not llm._rotating, what="the move to give up")
            await wait_until(lambda: len(emu.sessions[0].appended_audio) == len(line))
            assert emu.sessions[0].appended_audio == line
            assert llm.rotations == 0 and len(emu.sessions) == 1
            assert not p.source.of(ErrorFrame)


async def test_a_move_waits_for_the_end_of_the_callers_turn_not_for_a_breath_in_it() -> None:
    # the move read "the caller's turn is open" from _user_speaking, which pipecat's
    # UserTurnCompletionLLMServiceMixin (in the service's MRO) also owns and clears on every
    # VAD stop: a move falling due during a breath inside one turn happened there (three
    # moves in the turn, each replaying the turn's audio to a new session)
    from pipecat.frames.frames import VADUserStartedSpeakingFrame, VADUserStoppedSpeakingFrame
    from pipecat.processors.aggregators.llm_response_universal import LLMUserAggregatorParams
    from pipecat.turns.user_start.vad_user_turn_start_strategy import VADUserTurnStartStrategy
    from pipecat.turns.user_stop.speech_timeout_user_turn_stop_strategy import (
        SpeechTimeoutUserTurnStopStrategy,
    )
    from pipecat.turns.user_turn_strategies import UserTurnStrategies

    # the turn ends 2 s after the caller's last VAD stop: a 1.2 s breath stays inside it
    strategies = UserTurnStrategies(
        start=[VADUserTurnStartStrategy()],
        stop=[SpeechTimeoutUserTurnStopStrategy(user_speech_timeout=2.0)],
    )
    script = EmulatorScript(replies=[GREETING, "Sure."])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        llm = _service(emu.url, reconnect=ReconnectParams(rotate_after_s=1.0, quiet_poll_s=0.02))
        user_params = LLMUserAggregatorParams(user_turn_strategies=strategies)
        async with RealtimePipeline(llm, user_params=user_params) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            first, second = _line(0.3, seed=1), _line(0.3, seed=2)
            await p.send(VADUserStartedSpeakingFrame(start_secs=0.2))
            await _speak(p, first)
            await p.send(VADUserStoppedSpeakingFrame(stop_secs=0.64))
            await asyncio.sleep(1.2)  # a breath; the session falls due to move meanwhile
            assert llm.rotations == 0, "the session moved while the caller's turn was open"
            await p.send(VADUserStartedSpeakingFrame(start_secs=0.2))
            await _speak(p, second)
            await p.send(VADUserStoppedSpeakingFrame(stop_secs=0.64))
            await wait_until(lambda: _done(p) >= 2, timeout=10, what="the reply")
            # the move happens once the turn is over and answered, with nothing of it replayed
            await wait_until(lambda: llm.rotations >= 1, what="the move after the turn")
            assert len(p.sink.of(UserStartedSpeakingFrame)) == 1
            assert len(p.sink.of(UserStoppedSpeakingFrame)) == 1
            assert emu.sessions[0].input_audio_turns == [first + second]
            assert llm.rotations == 1 and not emu.sessions[1].appended_audio


async def test_a_move_that_finds_no_fresh_session_never_pauses_the_call() -> None:
    # the move queued every send (the caller's audio, the commit, the response request)
    # while it retried for a new session: with the endpoint answering 429 a healthy call
    # went silent until the give-up (15 s by default; the telephony server hangs up at 8 s)
    script = EmulatorScript(replies=[GREETING, "Sure, here it is."])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        llm = _service(emu.url, reconnect=ReconnectParams(rotate_after_s=0.5))
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            emu.faults.refuse_handshake = 429  # new sessions refused; the call's own is fine
            await wait_until(lambda: llm._rotating, what="the move to start")
            line = _line(1.0)
            await p.send(UserStartedSpeakingFrame())
            await _speak(p, line)
            await p.send(UserStoppedSpeakingFrame())
            await wait_until(lambda: _done(p) >= 2, timeout=5, what="the reply")
            assert llm._rotating  # answered on the old session while the move still tried
            assert emu.sessions[0].input_audio_turns == [line] and len(emu.sessions) == 1
            assert not p.source.of(ErrorFrame)


async def test_a_move_waits_for_the_new_session_before_it_pauses_the_call() -> None:
    # the new session takes its time to open: the caller's turn goes on on the old one
    # meanwhile, and the move happens after it, at the next quiet moment
    script = EmulatorScript(replies=[GREETING, "Sure.", "Okay."])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        params = ReconnectParams(rotate_after_s=0.3, quiet_poll_s=0.02)
        llm = _service(emu.url, reconnect=params)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            emu.faults.handshake_delay_s = 2.0
            await wait_until(lambda: llm._rotating, what="the move to start")
            line = _line(0.5)
            await p.send(UserStartedSpeakingFrame())
            await _speak(p, line)
            await p.send(UserStoppedSpeakingFrame())
            await wait_until(lambda: _done(p) >= 2, timeout=5, what="the reply")
            assert llm.rotations == 0  # answered on the old session, before the move
            assert emu.sessions[0].input_audio_turns == [line]
            await wait_until(lambda: llm.rotations == 1, timeout=5, what="the move")
            line2 = _line(0.3, seed=2)
            await p.send(UserStartedSpeakingFrame())
            await _speak(p, line2)
            await p.send(UserStoppedSpeakingFrame())
            await wait_until(lambda: _done(p) >= 3, what="the reply on the fresh session")
            assert emu.sessions[1].input_audio_turns == [line2]
            assert not p.source.of(ErrorFrame)


async def test_a_conversation_with_drops_in_random_turns_loses_no_caller_byte() -> None:
    import random

    rng = random.Random(11)
    script = EmulatorScript(replies=[GREETING] + [f"Answer {i}." for i in range(1, 7)])
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        llm = _service(emu.url, reconnect=FAST)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            said = b""
            drops = 0
            for turn in range(1, 7):
                line = _line(0.3, seed=turn)
                drop = rng.random() < 0.5
                drops += drop
                await p.send(UserStartedSpeakingFrame())
                await _speak(p, line, during=(lambda: _drop_all(emu)) if drop else None)
                await p.send(UserStoppedSpeakingFrame())
                said += line
                await wait_until(lambda t=turn: _done(p) >= t + 1, what=f"reply {turn}")
            assert drops >= 2 and llm.reconnects == drops
            # the turns the model answered, across the sessions: every caller byte, once
            assert b"".join(t for r in emu.sessions for t in r.input_audio_turns) == said
            assert not p.source.of(ErrorFrame)


async def test_the_azure_flavour_reconnects_with_its_own_auth() -> None:
    from pipecat_rt_best.realtime import AzureRealtimeLLMService

    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        llm = AzureRealtimeLLMService(
            api_key=KEY,
            base_url=emu.azure_url,
            settings=AzureRealtimeLLMService.Settings(
                model="my-deployment", session_properties=realtime_session(audio_format="pcmu")
            ),
            reconnect=FAST,
        )
        async with RealtimePipeline(llm) as p:  # type: ignore[arg-type]
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            _drop_all(emu)
            await wait_until(lambda: llm.reconnects == 1, what="the reconnect")
            assert [h["path"] for h in emu.handshakes] == ["/openai/v1/realtime"] * 2
            assert [h["status"] for h in emu.handshakes] == [101, 101]  # api-key accepted
            assert emu.sessions[1].model == "my-deployment"


async def test_a_reconnect_restores_a_late_transcript_before_the_reply_it_led_to() -> None:
    # the server may transcribe the caller after a short reply has ended; the conversation
    # a reconnect restores comes from the context, so the turn must be in its place there
    script = EmulatorScript(
        replies=[GREETING, "Okay.", "Sure."], user_transcripts=["first", "second"]
    )
    faults = Faults(transcription_delay_s=1.0, realtime_pacing=True)
    async with RealtimeEmulator(api_key=KEY, script=script, faults=faults) as emu:
        llm = _service(emu.url, transcribe=True, reconnect=FAST)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, timeout=10, what="the greeting")
            for turn in (2, 3):
                await p.send(UserStartedSpeakingFrame())
                await _speak(p, _line(0.3, seed=turn))
                await p.send(UserStoppedSpeakingFrame())
                await wait_until(lambda n=turn: _done(p) >= n, timeout=10, what="the reply")  # type: ignore[misc]
            await asyncio.sleep(1.5)  # both transcripts have come, after their replies
            _drop_all(emu)
            await wait_until(lambda: llm.reconnects == 1, what="the reconnect")
            # the restore is written on the new socket just before the count: wait for it to
            # arrive (on two busy cores the check ran before the emulator had read it)
            await emu.wait_for(lambda: len(emu.sessions) > 1 and bool(emu.sessions[1].conversation))
            # pipecat's adapter restores the history as one message holding it as JSON
            (restored,) = emu.sessions[1].conversation
            text = restored["content"][0]["text"]
            history = json.loads(text[text.index("\n[") : text.rindex("]") + 1])
            assert [(m["role"], m["content"]) for m in history] == [
                ("assistant", GREETING),
                ("user", "first"),
                ("assistant", "Okay."),
                ("user", "second"),
                ("assistant", "Sure."),
            ], history


async def test_a_move_waits_for_the_callers_transcript_the_old_session_owes() -> None:
    # the server transcribes the caller after a short reply has ended: the call is quiet, but
    # a move then cancelled the old session's receive task before the transcript came, and the
    # caller's turn never reached the context (nor any later restore)
    script = EmulatorScript(replies=[GREETING, "Okay."], user_transcripts=["my account is 1234"])
    faults = Faults(transcription_delay_s=0.8)
    async with RealtimeEmulator(api_key=KEY, script=script, faults=faults) as emu:
        llm = _service(
            emu.url,
            transcribe=True,
            reconnect=ReconnectParams(rotate_after_s=0.6, quiet_poll_s=0.02),
        )
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            await wait_until(lambda: llm.rotations >= 1, timeout=5, what="the first move")
            # the next move is due 0.6 s after the fresh session opened: during this turn
            await p.send(UserStartedSpeakingFrame())
            await _speak(p, _line(0.5))
            await p.send(UserStoppedSpeakingFrame())
            await wait_until(lambda: _done(p) >= 2, what="the reply")
            await wait_until(lambda: llm.rotations >= 2, timeout=5, what="the next move")

            def users() -> list[Any]:
                return [m["content"] for m in p.context.get_messages() if m["role"] == "user"]

            # the move waited for the transcript: it is there (on the old code it never came)
            await wait_until(lambda: bool(users()), timeout=2, what="the caller's turn")
            assert users() == ["my account is 1234"]


async def test_a_move_gives_up_waiting_for_a_transcript_that_does_not_come() -> None:
    script = EmulatorScript(replies=[GREETING, "Okay."], user_transcripts=["hello"])
    faults = Faults(transcription_delay_s=30.0)  # owed for the rest of the test
    async with RealtimeEmulator(api_key=KEY, script=script, faults=faults) as emu:
        llm = _service(
            emu.url,
            transcribe=True,
            reconnect=ReconnectParams(rotate_after_s=0.5, quiet_poll_s=0.02, give_up_after_s=0.5),
        )
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            await p.send(UserStartedSpeakingFrame())
            await _speak(p, _line(0.3))
            await p.send(UserStoppedSpeakingFrame())
            await wait_until(lambda: _done(p) >= 2, what="the reply")
            assert llm._input_transcript_owed()
            moved = llm.rotations
            await wait_until(lambda: llm.rotations > moved, timeout=5, what="the move")
            assert not llm._input_transcript_owed()  # the old session's can no longer come
            assert not p.source.of(ErrorFrame)


async def test_a_move_does_not_wait_for_a_transcript_the_server_could_not_make() -> None:
    # the server answers the commit with input_audio_transcription.failed; pipecat's receive
    # loop drops that event, so the item stayed owed and a move waited for it until its
    # give-up (here 30 s)
    def fail_transcription(event: dict[str, Any]) -> dict[str, Any]:
        if event["type"] != "conversation.item.input_audio_transcription.completed":
            return event
        return {
            "type": "conversation.item.input_audio_transcription.failed",
            "event_id": event.get("event_id", "evt_failed"),
            "item_id": event["item_id"],
            "content_index": 0,
            "error": {"type": "transcription_error", "code": "audio_unintelligible"},
        }

    script = EmulatorScript(replies=[GREETING, "Okay."], user_transcripts=["hello"])
    faults = Faults(rewrite_event=fail_transcription)
    async with RealtimeEmulator(api_key=KEY, script=script, faults=faults) as emu:
        llm = _service(
            emu.url,
            transcribe=True,
            reconnect=ReconnectParams(rotate_after_s=0.5, quiet_poll_s=0.02, give_up_after_s=30),
        )
        warnings: list[str] = []
        sink = logger.add(lambda m: warnings.append(str(m)), level="WARNING")
        try:
            async with RealtimePipeline(llm) as p:
                await p.send(LLMContextFrame(p.context))
                await wait_until(lambda: _done(p) >= 1, what="the greeting")
                moved = llm.rotations
                await p.send(UserStartedSpeakingFrame())
                await _speak(p, _line(0.3))
                await p.send(UserStoppedSpeakingFrame())
                await wait_until(lambda: _done(p) >= 2, what="the reply")
                await wait_until(
                    lambda: not llm._input_transcript_owed(), timeout=3, what="nothing owed"
                )
                await wait_until(lambda: llm.rotations > moved, timeout=5, what="the move")
                assert not p.source.of(ErrorFrame)
        finally:
            logger.remove(sink)
        assert any("could not transcribe" in w and "audio_unintelligible" in w for w in warnings)


async def test_a_turn_transcribed_before_a_drop_reaches_the_new_session_as_text_once() -> None:
    # the drop comes after the old session's transcript of the turn and before the reply's
    # first delta: the turn's audio was replayed and transcribed again on the new session,
    # so the context held the caller's words twice
    question = "what is my loan balance"
    script = EmulatorScript(
        replies=[GREETING, "Your balance is fine."], user_transcripts=[question, question]
    )
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        llm = _service(emu.url, transcribe=True, reconnect=FAST)
        transcripts_handled: list[str] = []

        @llm.event_handler("on_conversation_item_updated")
        async def _updated(_llm: Any, item_id: str, item: Any) -> None:
            if item is None:  # pipecat's call as it handles a caller transcript
                transcripts_handled.append(item_id)

        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            emu.faults.first_delta_delay_s = 1.0
            await p.send(UserStartedSpeakingFrame())
            await _speak(p, _line(1.0))
            await p.send(UserStoppedSpeakingFrame())
            old = emu.sessions[0]
            transcribed = "conversation.item.input_audio_transcription.completed"
            await emu.wait_for(
                lambda: len(old.sent_of("response.created")) == 2 and old.sent_of(transcribed)
            )
            await wait_until(lambda: bool(transcripts_handled), what="the transcript")
            _drop_all(emu)
            emu.faults.first_delta_delay_s = 0.0
            await wait_until(lambda: _done(p) >= 2, what="the reply on the new session")
            new = emu.sessions[1]
            assert new.input_audio_turns == []  # not as audio: the model gets the words once
            assert json.dumps(new.conversation).count(question) == 1
            await asyncio.sleep(0.3)  # a second transcript would have come by now
            users = [m["content"] for m in p.context.get_messages() if m["role"] == "user"]
            assert users == [question]
            assert not p.source.of(ErrorFrame)


def test_a_transcribed_turn_the_restored_context_ends_with_is_not_sent_again() -> None:
    # pipecat's aggregator writes the caller's turn when the reply starts: then the restored
    # conversation has it, and the turn's text item is not replayed after it
    llm = _service("ws://127.0.0.1:9", reconnect=FAST)
    llm._restored_messages = [{"role": "assistant", "content": "Hello."}]
    assert not llm._restored_ends_with_caller("what is my balance")
    llm._restored_messages.append({"role": "user", "content": "uh, what is my balance"})
    assert llm._restored_ends_with_caller("what is my balance")
    assert not llm._restored_ends_with_caller("something else")


async def test_a_drop_while_a_move_seeks_its_session_is_a_reconnect_at_once() -> None:
    # the old socket died while the move was still retrying for a fresh session (429s): the
    # move went on for its own give_up_after_s with the call's sends queued, and only then
    # handed the loss to a reconnect with a fresh give_up_after_s (~2x before the report, and
    # no on_reconnecting meanwhile)
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        params = ReconnectParams(
            rotate_after_s=0.5, quiet_poll_s=0.02, give_up_after_s=1.0,
            backoff=Backoff(first_s=0.05, base_s=0.1, max_s=0.2),
        )  # fmt: skip
        llm = _service(emu.url, reconnect=params)
        seen: list[str] = []
        outages: list[Any] = []
        rotate_later = llm._rotate_later
        new_session = llm._new_session

        def _rotate_later(*args: Any) -> None:
            seen.append("move gave up")
            rotate_later(*args)

        async def _new_session(params: ReconnectParams, outage: Any) -> Any:
            outages.append(outage)
            return await new_session(params, outage)

        llm._rotate_later = _rotate_later  # type: ignore[method-assign]
        llm._new_session = _new_session  # type: ignore[method-assign]

        @llm.event_handler("on_reconnecting")
        async def _reconnecting(*_a: Any) -> None:
            seen.append("reconnecting")
            await asyncio.sleep(0.2)  # an app's handler takes its time: no new move meanwhile

        @llm.event_handler("on_connection_lost")
        async def _lost(*_a: Any) -> None:
            seen.append("lost")

        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            emu.faults.refuse_handshake = 429
            await wait_until(lambda: llm._rotating, timeout=5, what="the move to start")
            dropped_at = time.monotonic()
            _drop_all(emu)
            await wait_until(lambda: "lost" in seen, timeout=10, what="the loss report")
            # the move's attempt stopped at the drop: the reconnect's outage (the last one
            # sought with) began after the drop, and the move never ran out its own give-up
            assert seen[: seen.index("lost") + 1] == ["reconnecting", "lost"], seen
            after_drop = {id(o) for o in outages if o.started >= dropped_at}
            assert outages[-1].started >= dropped_at and len(after_drop) == 1  # the reconnect's
            assert len(emu.sessions) == 1  # no session was had meanwhile


async def test_no_reconnect_attempt_outlasts_the_give_up(monkeypatch: pytest.MonkeyPatch) -> None:
    # each attempt was given the whole open_timeout_s (5 s) whatever was left of the outage:
    # with give_up_after_s 1 s, a server that never answers was reported ~5 s after the drop
    import pipecat_rt_best.realtime.reconnect as reconnect

    asked: list[float] = []

    async def never_answers(backend: Any, *, open_timeout_s: float) -> Any:
        asked.append(open_timeout_s)
        raise TimeoutError("no answer")  # as the handshake's own timeout would

    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        params = ReconnectParams(
            give_up_after_s=1.0, open_timeout_s=5.0,
            backoff=Backoff(first_s=0.01, base_s=0.02, max_s=0.05),
        )  # fmt: skip
        llm = _service(emu.url, reconnect=params)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            monkeypatch.setattr(reconnect, "open_session", never_answers)
            _drop_all(emu)
            await wait_until(lambda: bool(p.source.of(ErrorFrame)), timeout=10, what="the report")
    assert asked and all(0 < t <= params.give_up_after_s for t in asked), asked


@pytest.mark.parametrize(
    "renamed",
    [
        "_auth_headers",  # read before any new session is opened
        "_handle_evt_session_created",  # called on the new session, before the call moves
        "_open_function_calls",  # pipecat's state, cleared once the call has moved
    ],
)
async def test_a_reconnect_that_raises_ends_the_call_as_a_give_up_does(
    monkeypatch: pytest.MonkeyPatch, renamed: str
) -> None:
    # a pipecat upgrade renamed a name only the reconnect path uses (removed here once the
    # call is up): the reconnect task died with an AttributeError that pipecat's task manager
    # only logged; the call queued its sends for ever, no ErrorFrame, no on_connection_lost,
    # and give_up_after_s never fired (a silent call until the caller hung up)
    from importlib.metadata import version

    from pipecat.services.openai.realtime.llm import OpenAIRealtimeLLMService
    from pipecat.utils.errors import ErrorCategory

    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        emu.faults.first_delta_delay_s = 1.0
        llm = _service(emu.url, reconnect=FAST)
        lost: list[str] = []

        @llm.event_handler("on_connection_lost")
        async def _lost(_svc: Any, reason: str) -> None:
            lost.append(reason)

        errors: list[str] = []
        sink = logger.add(lambda m: errors.append(str(m)), level="ERROR")
        try:
            async with RealtimePipeline(llm) as p:
                await p.send(LLMContextFrame(p.context))
                await emu.wait_for(
                    lambda: emu.sessions and emu.sessions[0].sent_of("response.created")
                )
                owner = llm if renamed in vars(llm) else OpenAIRealtimeLLMService
                monkeypatch.delattr(owner, renamed)  # "the next pipecat"
                _drop_all(emu)  # before the greeting's first delta
                await wait_until(lambda: bool(lost), timeout=3 * FAST.give_up_after_s,
                                 what="the loss reported")  # fmt: skip
                # the greeting, asked for and lost, is ended downstream (as a give-up does)
                await wait_until(lambda: _done(p) == 1, what="the lost reply closed out")
                assert not llm.reconnecting and llm.reconnects == 0
                # no socket is left open: a new session the call had moved to is closed too
                await settle(emu, 0)
                sessions = len(emu.sessions)
                # the caller goes on talking: nothing queues up, nothing reaches a session
                await p.send(UserStartedSpeakingFrame())
                await _speak(p, _line(0.3))
                await p.send(UserStoppedSpeakingFrame())
                await asyncio.sleep(0.2)
                assert not llm._websocket.queue and len(emu.sessions) == sessions
                frames = p.source.of(ErrorFrame) + p.sink.of(ErrorFrame)
        finally:
            logger.remove(sink)
        assert len(lost) == 1 and renamed in lost[0] and "reconnect failed" in lost[0]
        assert len(frames) == 1 and frames[0].category == ErrorCategory.CONNECTIVITY
        failed = [e for e in errors if "the reconnect failed" in e]
        assert len(failed) == 1 and f"pipecat-ai {version('pipecat-ai')}" in failed[0]
        assert _done(p) == 1


@pytest.mark.parametrize(
    "renamed",
    [
        "_auth_headers",
        "_send_session_update",  # the pack overrides it: pipecat's must be there all the same
        "_current_assistant_response",  # an attribute pipecat's __init__ sets
    ],
)
def test_a_pipecat_without_a_name_the_reconnect_needs_fails_at_construction(
    monkeypatch: pytest.MonkeyPatch, renamed: str
) -> None:
    from importlib.metadata import version

    from pipecat.services.openai.realtime.llm import OpenAIRealtimeLLMService

    if renamed.startswith("_current"):
        init = OpenAIRealtimeLLMService.__init__

        def without(self: Any, *args: Any, **kwargs: Any) -> None:
            init(self, *args, **kwargs)
            delattr(self, renamed)

        monkeypatch.setattr(OpenAIRealtimeLLMService, "__init__", without)
    else:
        monkeypatch.delattr(OpenAIRealtimeLLMService, renamed)
    _service("ws://127.0.0.1:9/v1/realtime")  # without reconnect= nothing asks for it
    with pytest.raises(RuntimeError, match=renamed) as raised:
        _service("ws://127.0.0.1:9/v1/realtime", reconnect=True)
    assert f"pipecat-ai {version('pipecat-ai')}" in str(raised.value)


async def test_a_move_that_raises_hands_the_call_to_the_reconnect_not_to_silence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the planned move failed unexpectedly (a renamed pipecat name) after it had paused the
    # call's sends and stopped the old session's receive loop: its task died, and the call
    # queued every send for ever, with nothing reported
    from pipecat.services.openai.realtime.llm import OpenAIRealtimeLLMService

    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        params = ReconnectParams(
            rotate_after_s=0.3, quiet_poll_s=0.02, give_up_after_s=0.5,
            backoff=Backoff(first_s=0.01, base_s=0.02, max_s=0.05),
        )  # fmt: skip
        llm = _service(emu.url, reconnect=params)
        lost: list[str] = []

        @llm.event_handler("on_connection_lost")
        async def _lost(_svc: Any, reason: str) -> None:
            lost.append(reason)

        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: llm._api_session_ready, what="the session")
            # "the next pipecat", before the move is due: only a move or a reconnect calls it
            monkeypatch.delattr(OpenAIRealtimeLLMService, "_handle_evt_session_created")
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            await wait_until(lambda: bool(lost), timeout=5, what="the loss reported")
            # the move handed the call to a reconnect, which failed the same way: reported
            assert len(lost) == 1 and "_handle_evt_session_created" in lost[0]
            assert llm.rotations == 0 and not llm.reconnecting and not llm._rotating
            await settle(emu, 0)
            assert len(p.source.of(ErrorFrame) + p.sink.of(ErrorFrame)) == 1
