"""The realtime service starts on a pooled session: a real pipecat pipeline against the
emulator. Adopting skips the connect, sends the call's own session.update, audio flows after
session.updated; without a pool (or with a pool it cannot use) it connects as before."""

from __future__ import annotations

from typing import Any

import pytest
from loguru import logger
from pipecat.frames.frames import (
    ErrorFrame,
    InputAudioRawFrame,
    LLMContextFrame,
    LLMFullResponseEndFrame,
    TTSAudioRawFrame,
    UserStoppedSpeakingFrame,
)

from pipecat_rt_best.realtime import AzureRealtimeLLMService, RealtimeLLMService, realtime_session
from pipecat_rt_best.realtime.pooled import session_backend_from_env
from pipecat_rt_best.session_pool.pool import RealtimeSessionPool, SessionBackend
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, Faults, RealtimeEmulator

from ..realtime.harness import RealtimePipeline, newer_session_events, wait_until
from .helpers import KEY, fast_config, open_sockets, settle

GREETING = "Hello, this is Asha from City Bank."


def _service(url: str, **kw: Any) -> RealtimeLLMService:
    return RealtimeLLMService(
        api_key=KEY,
        base_url=url,
        settings=RealtimeLLMService.Settings(
            model="gpt-realtime",
            system_instruction="Be brief.",
            session_properties=realtime_session(audio_format="pcm", voice="marin"),
        ),
        **kw,
    )


def _done(p: RealtimePipeline) -> int:
    return len(p.sink.of(LLMFullResponseEndFrame))


def _updates(emu: RealtimeEmulator) -> list[tuple[int, dict[str, Any]]]:
    return [
        (i, ev) for i, r in enumerate(emu.sessions) for ev in r.received
        if ev.get("type") == "session.update"
    ]  # fmt: skip


async def test_the_calls_session_is_found_among_the_pools_spares() -> None:
    # the README's emu.last_session was, with a pool, a spare opened after the call took its
    # own: its truncations empty, the call's record another entry with no public way to it
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        backend = SessionBackend(
            url=f"{emu.url}?model=gpt-realtime", headers={"Authorization": f"Bearer {KEY}"}
        )
        async with RealtimeSessionPool(backend, fast_config(min_idle=2)) as pool:
            await pool.wait_ready(5)
            llm = _service(emu.url, session_pool=pool)
            async with RealtimePipeline(llm) as p:
                await wait_until(lambda: llm.pooled_session is not None, what="adoption")
                await p.send(LLMContextFrame(p.context))
                await wait_until(lambda: _done(p) >= 1, what="the greeting")
                await wait_until(lambda: len(emu.sessions) == 3, what="the pool's refill")
                pooled = llm.pooled_session
                assert pooled is not None and pooled.session_id is not None
                call = emu.session(pooled.session_id)
                assert call.id == pooled.session_id and call.responses
                assert emu.used_sessions == [call]
                spare = emu.last_session
                assert spare is not None and spare is not call and not spare.used
        with pytest.raises(KeyError, match="no session 'sess_nope'"):
            emu.session("sess_nope")
        await settle(emu, 0)


async def test_the_call_starts_on_a_pooled_session_and_audio_flows() -> None:
    script = EmulatorScript(replies=[GREETING, "Sure."])
    # a slow handshake: a direct connect would be visible as a 4th session opened late
    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        backend = SessionBackend(
            url=f"{emu.url}?model=gpt-realtime", headers={"Authorization": f"Bearer {KEY}"}
        )
        async with RealtimeSessionPool(backend, fast_config(min_idle=2)) as pool:
            await pool.wait_ready(5)
            emu.faults.handshake_delay_s = 0.3
            llm = _service(emu.url, session_pool=pool)
            async with RealtimePipeline(llm) as p:
                await wait_until(lambda: llm.pooled_session is not None, what="adoption")
                session = llm.pooled_session
                assert session is not None and session.warm
                assert llm._websocket is session.websocket
                await p.send(LLMContextFrame(p.context))
                await wait_until(lambda: _done(p) >= 1, what="the greeting")
                # the call's configuration went to the pooled session, once
                updates = _updates(emu)
                # pipecat sends it on session.created (replayed here) and again when the
                # conversation is set up — the same two as on a fresh connect, same session
                assert len(updates) == 2 and {i for i, _ in updates} == {0}
                index = 0
                record = emu.sessions[index]
                assert record.sent[0]["session"]["id"] == session.session_id
                assert record.config["instructions"] == "Be brief."
                assert record.config["audio"]["output"]["voice"] == "marin"
                audio = b"".join(f.audio for f in p.sink.of(TTSAudioRawFrame))
                assert audio and audio == next(iter(record.output_audio.values()))
                # caller audio reaches the same session
                pcm = b"\x01\x02" * 8000  # 1 s at 8 kHz
                frames = [
                    InputAudioRawFrame(audio=pcm[i : i + 320], sample_rate=8000, num_channels=1)
                    for i in range(0, len(pcm), 320)
                ]
                await p.send(*frames, UserStoppedSpeakingFrame())
                await wait_until(lambda: _done(p) >= 2, what="the reply")
                assert len(record.input_audio_turns) == 1 and record.input_audio_turns[0]
                assert not p.sink.of(ErrorFrame)
            # the call ended: its socket is closed, the pool keeps its own
            await wait_until(lambda: record.closed, what="the call's session closing")
            await wait_until(lambda: pool.metrics.in_use == 0, what="in-use gauge")
            assert pool.metrics.checkouts_warm == 1
        await settle(emu, 0)


async def test_without_a_pool_it_connects_as_before() -> None:
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        llm = _service(emu.url)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _done(p) >= 1, what="the greeting")
            assert llm.pooled_session is None
            assert len(emu.sessions) == 1 and len(_updates(emu)) == 2
        await settle(emu, 0)


async def test_a_pool_for_another_model_is_not_used() -> None:
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        other = SessionBackend(
            url=f"{emu.url}?model=other-model", headers={"Authorization": f"Bearer {KEY}"}
        )
        async with RealtimeSessionPool(other, fast_config(min_idle=1)) as pool:
            await pool.wait_ready(5)
            llm = _service(emu.url, session_pool=pool)
            async with RealtimePipeline(llm) as p:
                await p.send(LLMContextFrame(p.context))
                await wait_until(lambda: _done(p) >= 1, what="the greeting")
                assert llm.pooled_session is None and pool.metrics.checkout_wait_count == 0
                assert emu.last_session is not None
                assert emu.last_session.model == "gpt-realtime"


async def test_an_unavailable_pool_fails_the_call_fast_with_a_clear_error() -> None:
    async with RealtimeEmulator(api_key=KEY, faults=Faults(refuse_handshake=503)) as emu:
        backend = SessionBackend(
            url=f"{emu.url}?model=gpt-realtime", headers={"Authorization": f"Bearer {KEY}"}
        )
        config = fast_config(min_idle=1, breaker_failures=2, breaker_reset_s=30)
        async with RealtimeSessionPool(backend, config) as pool:
            await emu.wait_for(lambda: pool.metrics.breaker_opens == 1, 5)
            llm = _service(emu.url, session_pool=pool)
            async with RealtimePipeline(llm) as p:
                await wait_until(lambda: bool(p.source.of(ErrorFrame)), what="the error")
                error = p.source.of(ErrorFrame)[0]
                assert "circuit breaker" in error.error and "HTTP 503" in error.error
                assert llm._websocket is None
            assert open_sockets(emu) == 0


@pytest.mark.parametrize("flavour", ["openai", "azure", "azure-token"])
async def test_the_env_backend_matches_the_service_built_from_the_same_env(flavour: str) -> None:
    from pipecat_rt_best.realtime.env import realtime_service_from_env

    if flavour == "openai":
        env = {"OPENAI_API_KEY": "sk-x", "OPENAI_REALTIME_URL": "ws://127.0.0.1:9/v1/realtime"}
    else:
        env = {
            "AZURE_OPENAI_REALTIME_ENDPOINT": "https://res.openai.azure.com",
            "AZURE_OPENAI_REALTIME_DEPLOYMENT": "my-dep",
        }
        if flavour == "azure":  # Entra ID only: no key at all (key auth may be disabled)
            env["AZURE_OPENAI_API_KEY"] = "az-key"

    async def token() -> str:
        return "entra-token"

    provider = token if flavour == "azure-token" else None
    backend = session_backend_from_env(env, token_provider=provider)
    extra = {"token_provider": provider} if provider is not None else {}
    service = realtime_service_from_env(env=env, **extra)
    assert backend.url == service.base_url
    assert await backend.auth_headers() == await service._auth_headers()
    if provider is not None:
        assert isinstance(service, AzureRealtimeLLMService)
        assert await service._auth_headers() == {"Authorization": "Bearer entra-token"}
    assert "x" not in repr(backend).split("url=")[0] and "az-key" not in repr(backend)


async def test_a_pooled_session_created_event_the_models_refuse_is_still_adopted() -> None:
    # the pool keeps session.created as the server sent it; a field pipecat's models do not
    # know (a newer API) made the adoption raise, and the call never started
    async with RealtimeEmulator(
        api_key=KEY,
        script=EmulatorScript(replies=[GREETING]),
        faults=Faults(rewrite_event=newer_session_events),
    ) as emu:
        backend = SessionBackend(
            url=f"{emu.url}?model=gpt-realtime", headers={"Authorization": f"Bearer {KEY}"}
        )
        async with RealtimeSessionPool(backend, fast_config(min_idle=1)) as pool:
            await pool.wait_ready(5)
            llm = _service(emu.url, session_pool=pool)
            async with RealtimePipeline(llm) as p:
                await wait_until(lambda: llm.pooled_session is not None, what="adoption")
                await p.send(LLMContextFrame(p.context))
                await wait_until(lambda: _done(p) >= 1, what="the greeting")


async def test_a_pool_for_another_model_is_named_with_the_services_url_and_bypassed() -> None:
    # the model is part of the URL: a pool warmed for one model cannot serve a service of
    # another, and the warning must show both so the difference is visible
    lines: list[str] = []
    sink = logger.add(lines.append, level="WARNING", format="{message}")
    try:
        async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
            backend = SessionBackend(
                url=f"{emu.url}?model=gpt-realtime", headers={"Authorization": f"Bearer {KEY}"}
            )
            async with RealtimeSessionPool(backend, fast_config(min_idle=1)) as pool:
                await pool.wait_ready(5)
                llm = RealtimeLLMService(
                    api_key=KEY,
                    base_url=emu.url,
                    settings=RealtimeLLMService.Settings(model="gpt-realtime-mini"),
                    session_pool=pool,
                )
                async with RealtimePipeline(llm) as p:
                    await p.send(LLMContextFrame(p.context))
                    await wait_until(lambda: _done(p) >= 1, what="the greeting")
                assert llm.pooled_session is None  # connected directly
    finally:
        logger.remove(sink)
    [warning] = [line for line in lines if "session pool serves" in line]
    assert "model=gpt-realtime'" in warning and "model=gpt-realtime-mini" in warning


async def test_azure_with_entra_id_only_runs_a_pooled_call_from_the_env_helpers() -> None:
    # key auth disabled: no AZURE_OPENAI_API_KEY, a token provider for the pool and the
    # service; the emulator's Azure path takes the token as Authorization: Bearer
    from pipecat_rt_best.realtime.env import realtime_service_from_env
    from pipecat_rt_best.realtime.pooled import realtime_pool_from_env

    tokens: list[str] = []

    async def token() -> str:
        tokens.append("entra-token")
        return "entra-token"

    script = EmulatorScript(replies=[GREETING])
    async with RealtimeEmulator(
        api_key="resource-key", azure_token="entra-token", script=script
    ) as emu:
        env = {
            "AZURE_OPENAI_REALTIME_ENDPOINT": emu.azure_url,
            "AZURE_OPENAI_REALTIME_DEPLOYMENT": "gpt-realtime",
        }
        async with realtime_pool_from_env(
            fast_config(min_idle=1), env=env, token_provider=token
        ) as pool:
            await pool.wait_ready(5)
            llm = realtime_service_from_env(
                env=env,
                token_provider=token,
                session_pool=pool,
                settings=AzureRealtimeLLMService.Settings(
                    system_instruction="Be brief.",
                    session_properties=realtime_session(audio_format="pcm", voice="marin"),
                ),
            )
            assert isinstance(llm, AzureRealtimeLLMService)
            async with RealtimePipeline(llm) as p:
                await wait_until(lambda: llm.pooled_session is not None, what="adoption")
                await p.send(LLMContextFrame(p.context))
                await wait_until(lambda: _done(p) >= 1, what="the greeting")
            assert not p.source.of(ErrorFrame) and not p.sink.of(ErrorFrame)
        assert emu.handshakes and all(
            h["status"] == 101 and h["auth"] == "bearer" and h["path"] == "/openai/v1/realtime"
            for h in emu.handshakes
        )
        assert tokens  # fetched for each new connection
