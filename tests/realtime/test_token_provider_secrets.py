"""A Microsoft Entra ID ``token_provider`` never puts its token into a log line or an
ErrorFrame (a review, session 25): what it raises may quote the token, and a slip
(``cred.get_token(scope)`` without ``.token``) gives an object whose repr holds it."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from loguru import logger
from pipecat.frames.frames import ErrorFrame, LLMContextFrame

from pipecat_rt_best.base.token_source import TokenProviderError, safe_token_provider
from pipecat_rt_best.realtime.env import realtime_service_from_env
from pipecat_rt_best.testing.azure_speech_emulator import AzureSpeechEmulator
from pipecat_rt_best.testing.realtime_emulator import RealtimeEmulator

from .harness import RealtimePipeline, wait_until

SECRET = "eyJ0eXAiOiJKV1QiSECRET"


class AccessToken:  # the shape of azure.core.credentials.AccessToken
    def __init__(self, token: str) -> None:
        self.token = token

    def __repr__(self) -> str:
        return f"AccessToken(token={self.token!r}, expires_on=1767225600)"


async def _raises() -> str:
    raise RuntimeError(f"AADSTS700024: client assertion {SECRET} is not valid")


@pytest.mark.parametrize(
    "provider",
    [_raises, lambda: AccessToken(SECRET), lambda: f"part {SECRET}", lambda: ""],
    ids=["raises", "an object", "a space inside", "empty"],
)
async def test_a_bad_provider_is_reported_by_type_only(provider: Any) -> None:
    with pytest.raises(TokenProviderError) as err:
        await safe_token_provider(provider)()
    assert SECRET not in str(err.value) and err.value.__cause__ is None


async def test_a_token_is_stripped_and_a_sync_provider_works() -> None:
    assert await safe_token_provider(lambda: f" {SECRET}\n")() == SECRET


async def test_a_failing_provider_on_a_direct_connect_leaks_nothing() -> None:
    lines: list[str] = []
    sink = logger.add(lambda m: lines.append(str(m)), level="TRACE", diagnose=False)
    try:
        async with RealtimeEmulator(api_key="k", azure_token=SECRET) as emu:
            env = {"AZURE_OPENAI_REALTIME_ENDPOINT": emu.azure_url}
            llm = realtime_service_from_env(env=env, token_provider=_raises)
            async with RealtimePipeline(llm) as p:
                await p.send(LLMContextFrame(p.context))
                await wait_until(lambda: p.source.of(ErrorFrame), what="the connect error")
            errors = [e.error for e in p.source.of(ErrorFrame)]
    finally:
        logger.remove(sink)
    assert any("token provider failed (RuntimeError)" in e for e in errors), errors
    assert not any(SECRET in e for e in errors)
    assert not any(SECRET in line for line in lines)


async def test_the_speech_emulator_keeps_the_tokens_clients_present_out_of_the_logs() -> None:
    records: list[str] = []

    class Capture(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record.getMessage())

    handler = Capture(level=logging.DEBUG)
    log = logging.getLogger("websockets.server")
    level = log.level
    log.setLevel(logging.DEBUG)
    log.addHandler(handler)
    try:
        async with AzureSpeechEmulator(tokens={SECRET}):
            log.debug("< Authorization: Bearer %s", SECRET)  # what websockets logs at DEBUG
    finally:
        log.removeHandler(handler)
        log.setLevel(level)
    assert records and not any(SECRET in r for r in records)


async def test_a_provider_that_does_not_answer_in_time_is_an_error() -> None:
    async def stalls() -> str:
        await asyncio.Event().wait()
        return "never"

    with pytest.raises(TokenProviderError, match=r"did not answer within 0\.05 s"):
        await safe_token_provider(stalls, timeout_s=0.05)()
