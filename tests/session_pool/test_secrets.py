"""Keys never appear in logs, reprs, metrics or exceptions (a distinctive key, hunted for)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Iterator

import pytest
from loguru import logger
from pipecat.frames.frames import LLMContextFrame, LLMFullResponseEndFrame

from pipecat_rt_best.base.redaction import redact_url
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.session_pool.breaker import BreakerState
from pipecat_rt_best.session_pool.pool import (
    PoolError,
    PoolUnavailableError,
    RealtimeSessionPool,
    SessionBackend,
)
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, Faults, RealtimeEmulator

from ..realtime.harness import RealtimePipeline, wait_until
from .helpers import fast_config

SECRET = "sk-DISTINCTIVE-7f3a9c1e55d24b08"


async def test_the_key_never_shows_up() -> None:
    lines: list[str] = []
    sink = logger.add(lambda m: lines.append(str(m)), level="TRACE", format="{message}")
    texts: list[str] = []
    try:
        async with RealtimeEmulator(api_key=SECRET, faults=Faults(max_session_s=0.15)) as emu:
            # Azure-style auth, plus a key smuggled into the query string
            be = SessionBackend(
                url=f"{emu.azure_url}?model=gpt-realtime&api-key={SECRET}",
                headers={"api-key": SECRET},
                name="azure-eastus",
            )
            config = fast_config(min_idle=2, breaker_failures=2, ping_interval_s=0.05)
            async with RealtimeSessionPool(be, config) as pool:
                await pool.wait_ready(5)
                session = await pool.checkout()
                texts += [repr(session), repr(pool), repr(be), str(be), be.safe_url]
                # generous waits: on two busy cores (CI beside other work) 5 s ran out
                await emu.wait_for(lambda: pool.metrics.retired_unhealthy >= 2, 20)
                # failures, breaker, fast-fail errors: the sessions go on expiring, so the pool
                # must reconnect into the 500s (with expiry stopped first, a pool that had
                # already refilled made no connect at all on a busy machine: no 500, no breaker)
                emu.faults.refuse_handshake = 500
                await emu.wait_for(
                    lambda: (
                        "HTTP 500" in (pool.last_error or "")
                        and pool.breaker.state is BreakerState.OPEN
                    ),
                    20,
                )
                emu.faults.max_session_s = None
                with pytest.raises(PoolError) as err:
                    for _ in range(5):  # the idle ones still serve; then the fast failure
                        await (await pool.checkout(timeout=1)).aclose()
                assert isinstance(err.value, PoolUnavailableError)
                texts += [str(err.value), repr(err.value), repr(pool)]
                texts.append(json.dumps(pool.metrics.snapshot()))
                await session.aclose()
            # a wrong key (a 401) must not echo the one we sent either
            wrong = SessionBackend(url=emu.url, headers={"Authorization": f"Bearer {SECRET}x"})
            emu.faults.refuse_handshake = None
            async with RealtimeSessionPool(wrong, fast_config(min_idle=1)) as pool:
                await emu.wait_for(lambda: pool.metrics.failed >= 2, 5)
                texts += [repr(pool), str(pool.last_error)]
                await asyncio.sleep(0.05)
    finally:
        logger.remove(sink)
    assert lines, "the pool logged nothing — the test would prove nothing"
    assert any("HTTP 500" in line for line in lines) and any("HTTP 401" in line for line in lines)
    for text in texts + lines:
        assert SECRET not in text, text


@contextlib.contextmanager
def _websockets_debug_lines() -> Iterator[list[str]]:
    """What a library user with stdlib DEBUG logging sees from websockets' client, in a
    process where nothing called install_redaction (the emulator does: undone here) and no
    earlier connect of this process installed the pack's filter (taken off here)."""
    lines: list[str] = []
    handler = logging.Handler(logging.DEBUG)
    handler.emit = lambda record: lines.append(record.getMessage())  # type: ignore[method-assign]
    client = logging.getLogger("websockets.client")
    level, factory, filters = client.level, logging.getLogRecordFactory(), client.filters
    logging.setLogRecordFactory(logging.LogRecord)
    client.filters = []
    client.setLevel(logging.DEBUG)
    client.addHandler(handler)
    try:
        yield lines
    finally:
        client.removeHandler(handler)
        client.setLevel(level)
        client.filters = filters
        logging.setLogRecordFactory(factory)


async def test_websockets_debug_lines_of_the_pools_connects_hide_the_key() -> None:
    # websockets logs the request headers at DEBUG; only the CLI, the telephony app and the
    # emulator redacted them, so the pool used as a library printed "Authorization: Bearer <key>"
    async with RealtimeEmulator(api_key=SECRET) as emu:
        be = SessionBackend(
            url=f"{emu.azure_url}?model=gpt-realtime&api-key={SECRET}", headers={"api-key": SECRET}
        )
        with _websockets_debug_lines() as lines:
            async with RealtimeSessionPool(be, fast_config(min_idle=1)) as pool:
                await pool.wait_ready(5)
    assert any("api-key" in line for line in lines), "no header logged: the test proves nothing"
    assert not [line for line in lines if SECRET in line]


async def test_websockets_debug_lines_of_the_services_connect_hide_the_key() -> None:
    async with RealtimeEmulator(api_key=SECRET, script=EmulatorScript(replies=["Hi."])) as emu:
        llm = RealtimeLLMService(
            api_key=SECRET,
            base_url=emu.url,
            settings=RealtimeLLMService.Settings(
                model="gpt-realtime", session_properties=realtime_session(audio_format="pcm")
            ),
        )
        with _websockets_debug_lines() as lines:
            async with RealtimePipeline(llm) as p:
                await p.send(LLMContextFrame(p.context))
                await wait_until(lambda: bool(p.sink.of(LLMFullResponseEndFrame)), what="reply")
    assert any("Authorization" in line for line in lines), "no header logged: proves nothing"
    assert not [line for line in lines if SECRET in line]


def test_redact_url_masks_query_credentials_and_userinfo() -> None:
    url = f"wss://user:{SECRET}@res.openai.azure.com/openai/v1/realtime?model=m&api-key={SECRET}"
    safe = redact_url(url)
    assert SECRET not in safe
    assert "model=m" in safe and "api-key=<redacted>" in safe
    assert safe.startswith("wss://res.openai.azure.com/openai/v1/realtime")
    # a mistyped port names the URL all the same (it is what the logs and the repr show)
    assert (
        redact_url("ws://127.0.0.1:87650/v1?model=m") == "ws://127.0.0.1:<invalid port>/v1?model=m"
    )


def test_failures_are_described_without_their_details() -> None:
    from websockets.datastructures import Headers
    from websockets.exceptions import InvalidStatus
    from websockets.http11 import Response

    from pipecat_rt_best.session_pool.pool import _retry_after_s, describe_failure

    body = f'{{"error": {{"message": "Incorrect API key provided: {SECRET}"}}}}'.encode()
    exc = InvalidStatus(Response(429, "Too Many Requests", Headers({"Retry-After": "2"}), body))
    assert describe_failure(exc) == "HTTP 429"
    assert _retry_after_s(exc) == 2.0
    assert describe_failure(TimeoutError()) == "timeout"
    assert (
        describe_failure(ConnectionRefusedError(111, SECRET))
        == "ConnectionRefusedError (errno 111)"
    )
    assert describe_failure(ValueError(SECRET)) == "ValueError"


def test_redact_url_keeps_an_ipv6_host_a_url() -> None:
    assert redact_url("wss://[::1]:8080/twilio/media?pcrb_token=x") == (
        "wss://[::1]:8080/twilio/media?pcrb_token=<redacted>"
    )


def test_redact_url_names_a_url_it_cannot_read_without_raising() -> None:
    # urlsplit raises on an unclosed "[": the URL's name in an error raised in its turn
    assert redact_url(f"wss://bot:{SECRET}@[::1/twilio/media") == "wss://<unreadable URL>"
    assert redact_url(f"//bot:{SECRET}@[::1") == "<unreadable URL>"
