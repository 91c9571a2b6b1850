"""A token provider's token: where the provider runs and how long it may take (pure asyncio)."""

from __future__ import annotations

import asyncio
import contextvars
import threading

import pytest

from pipecat_rt_best.base.token_source import TokenProviderError, safe_token_provider

SECRET = "eyJ0eXAiOiJKV1QiSECRET"
CALL_ID: contextvars.ContextVar[str] = contextvars.ContextVar("CALL_ID", default="")


async def test_a_sync_provider_stalling_holds_neither_the_loop_nor_the_call() -> None:
    """A review: a sync provider (an ``azure.identity`` sync credential refreshing over HTTP)
    was called on the event loop, so every call on it froze while it worked, and the timeout
    around it could not fire. It now runs off the loop: the loop runs on, and a provider past
    ``timeout_s`` is reported as one that did not answer."""
    started, loop_ran, release = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def provider() -> str:  # sync: its refresh hangs (until the test ends)
        started.set()
        seen.append(loop_ran.wait(5.0))  # the loop runs while the provider works
        if seen[-1]:
            release.wait(10.0)
        return SECRET

    async def tick() -> None:  # another call on the same loop
        while True:
            await asyncio.sleep(0.01)
            if started.is_set():
                loop_ran.set()

    ticker = asyncio.create_task(tick())
    try:
        with pytest.raises(TokenProviderError, match=r"did not answer within 0\.3 s"):
            await safe_token_provider(provider, timeout_s=0.3)()
        assert not release.is_set()  # given up on while the provider was still working
    finally:
        release.set()
        ticker.cancel()
    assert seen == [True]


async def test_an_async_provider_runs_on_the_loop_and_a_sync_one_off_it() -> None:
    threads: dict[str, int] = {}

    async def async_provider() -> str:
        threads["async"] = threading.get_ident()
        return SECRET

    def sync_provider() -> str:
        threads["sync"] = threading.get_ident()
        assert CALL_ID.get() == "call-7"  # the caller's context (tracing spans, say)
        return f" {SECRET}\n"

    CALL_ID.set("call-7")
    assert await safe_token_provider(async_provider)() == SECRET
    assert await safe_token_provider(sync_provider)() == SECRET  # stripped
    assert threads["async"] == threading.get_ident() != threads["sync"]


async def test_a_sync_provider_that_raises_is_reported_by_type_only() -> None:
    def provider() -> str:
        raise RuntimeError(f"AADSTS700024: client assertion {SECRET} is not valid")

    with pytest.raises(TokenProviderError, match="failed \\(RuntimeError\\)") as err:
        await safe_token_provider(provider)()
    assert SECRET not in str(err.value) and err.value.__cause__ is None
