"""Azure OpenAI realtime with Microsoft Entra ID from the environment, ``AZURE_OPENAI_AUTH=entra``
(session 42).

WRONG: the bots and ``pipecat-rt-best`` could authenticate with ``AZURE_OPENAI_API_KEY`` only
(``token_provider=`` existed in code, with no way to pass one from the environment), so an
Entra-only resource (key auth disabled) could not be served. EXPECTED: the variable makes the
env builders get a token provider from ``azure.identity`` themselves; every new session — the
pool's, the call's first, a reconnected one — sends ``Authorization: Bearer <token>`` with the
provider's current token; no key is needed.
"""

from __future__ import annotations

from typing import Any

import pytest
from pipecat.frames.frames import (
    ErrorFrame,
    LLMContextFrame,
    LLMFullResponseEndFrame,
    LLMMessagesAppendFrame,
)

from pipecat_rt_best.realtime import AzureRealtimeLLMService, realtime_session
from pipecat_rt_best.realtime.env import (
    RealtimeConfigError,
    backend_config_from_env,
    realtime_service_from_env,
)
from pipecat_rt_best.realtime.pooled import realtime_pool_from_env, session_backend_from_env
from pipecat_rt_best.realtime.reconnect import ReconnectParams
from pipecat_rt_best.session_pool.backoff import Backoff
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator
from tests.entra_helpers import entra_jwt, fake_entra_provider

from ..session_pool.helpers import fast_config
from .harness import RealtimePipeline, wait_until

ENDPOINT = "https://sahyog.openai.azure.com"
FAST = ReconnectParams(give_up_after_s=2.0, backoff=Backoff(first_s=0.01, base_s=0.02, max_s=0.05))


def test_entra_needs_no_key_and_is_said_in_the_start_line(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_entra_provider(monkeypatch, "unused")
    env = {"AZURE_OPENAI_REALTIME_ENDPOINT": ENDPOINT, "AZURE_OPENAI_AUTH": "Entra"}
    config = backend_config_from_env(env)
    assert config.backend == "azure" and config.entra and config.api_key == ""
    assert config.describe() == (
        "Azure OpenAI at sahyog.openai.azure.com, deployment 'gpt-realtime' (Microsoft Entra ID)"
    )
    assert "entra=True" in repr(config)
    # with a key set too, the switch decides (the key is neither read nor sent)
    config = backend_config_from_env({**env, "AZURE_OPENAI_API_KEY": "resource-key"})
    assert config.entra and config.api_key == ""
    # key, or unset: the key as before
    for auth in ("key", ""):
        config = backend_config_from_env(
            {**env, "AZURE_OPENAI_AUTH": auth, "AZURE_OPENAI_API_KEY": "resource-key"}
        )
        assert not config.entra and config.api_key == "resource-key"


def test_a_mistake_in_the_switch_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_entra_provider(monkeypatch, "unused")
    env = {"AZURE_OPENAI_REALTIME_ENDPOINT": ENDPOINT}
    with pytest.raises(RealtimeConfigError) as info:
        backend_config_from_env({**env, "AZURE_OPENAI_AUTH": "aad"})
    assert str(info.value) == (
        "AZURE_OPENAI_AUTH must be 'entra' (Microsoft Entra ID, from azure.identity) or 'key' "
        "(AZURE_OPENAI_API_KEY) (it is set to 'aad')"
    )
    with pytest.raises(RealtimeConfigError) as info:
        backend_config_from_env({**env, "AZURE_OPENAI_AUTH": entra_jwt("PASTED")})
    assert "PASTED" not in str(info.value) and "not shown" in str(info.value)
    # no key and no switch: the switch is named (and the openai SDK's fixed token is not read)
    with pytest.raises(RealtimeConfigError) as info:
        backend_config_from_env({**env, "AZURE_OPENAI_AD_TOKEN": entra_jwt()})
    line = str(info.value)
    assert "set AZURE_OPENAI_AUTH=entra" in line and "AZURE_OPENAI_AD_TOKEN" in line
    # the switch alone: what Azure still needs is the endpoint, not the key
    with pytest.raises(RealtimeConfigError) as info:
        backend_config_from_env({"AZURE_OPENAI_AUTH": "entra"})
    assert "Azure OpenAI also needs AZURE_OPENAI_REALTIME_ENDPOINT (or" in str(info.value)
    # it only refines Azure: OpenAI selected, it is not read
    config = backend_config_from_env({"OPENAI_API_KEY": "sk-x", "AZURE_OPENAI_AUTH": "entra"})
    assert config.backend == "openai" and not config.entra


def test_the_pools_backend_takes_its_headers_from_the_provider(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_entra_provider(monkeypatch, "tok")
    backend = session_backend_from_env(
        {"AZURE_OPENAI_REALTIME_ENDPOINT": ENDPOINT, "AZURE_OPENAI_AUTH": "entra"}
    )
    assert callable(backend.headers)  # asked for every new connection, not a fixed mapping


def _service(env: dict[str, str], **kw: Any) -> Any:
    return realtime_service_from_env(
        env=env,
        settings=AzureRealtimeLLMService.Settings(
            system_instruction="Be brief.",
            session_properties=realtime_session(audio_format="pcm", voice="marin"),
        ),
        **kw,
    )


def _done(p: RealtimePipeline) -> int:
    return len(p.sink.of(LLMFullResponseEndFrame))


async def test_every_new_session_sends_the_providers_current_token(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, renewed = entra_jwt("FIRST"), entra_jwt("RENEWED")
    fake = fake_entra_provider(monkeypatch, first)
    script = EmulatorScript(exhausted="cycle", replies=["Namaste.", "Still here."])
    # the emulator's Azure path takes this token as a Bearer (and no key at all)
    async with RealtimeEmulator(api_key="no-key-auth", azure_token=first, script=script) as emu:
        env = {"AZURE_OPENAI_REALTIME_ENDPOINT": emu.azure_url, "AZURE_OPENAI_AUTH": "entra"}
        async with realtime_pool_from_env(fast_config(min_idle=1), env=env) as pool:
            await pool.wait_ready(5)
            llm = _service(env, session_pool=pool, reconnect=FAST)
            assert isinstance(llm, AzureRealtimeLLMService)
            async with RealtimePipeline(llm) as p:
                await wait_until(lambda: llm.pooled_session is not None, what="adoption")
                await p.send(LLMContextFrame(p.context))
                await wait_until(lambda: _done(p) >= 1, what="the first reply")
                # the spare opened after the adoption is in first (its handshake, with the
                # first token, would meet the renewed one: a 401 a real token, still valid
                # until it expires, never gets; once seen in a loaded CI run)
                await wait_until(lambda: pool.ready, what="the pool refilled")
                before = len(emu.handshakes)
                # the token expires; the provider renewed it: the next sessions must send it
                emu.azure_token, fake.token = renewed, renewed
                for conn in list(emu._connections):  # the emulator's TCP abort
                    conn.drop("test")
                await wait_until(lambda: llm.reconnects == 1, what="the reconnect")
                await llm.queue_frame(
                    LLMMessagesAppendFrame(
                        messages=[{"role": "user", "content": "Are you there?"}], run_llm=True
                    )
                )
                await wait_until(lambda: _done(p) >= 2, what="the reply on the new session")
                await wait_until(lambda: pool.ready, what="the pool refilled")
            assert not p.source.of(ErrorFrame) and not p.sink.of(ErrorFrame)
        after = emu.handshakes[before:]
    assert emu.handshakes and all(
        h["status"] == 101 and h["auth"] == "bearer" for h in emu.handshakes
    ), emu.handshakes
    assert len(after) >= 2  # the call's reconnected session and the pool's new spare
    assert fake.calls >= 3


async def test_the_old_token_on_a_new_session_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # the check above is a real one: a provider that did not renew is refused (as Azure does)
    fake = fake_entra_provider(monkeypatch, entra_jwt("FIRST"))
    async with RealtimeEmulator(api_key="no-key-auth", azure_token=entra_jwt("RENEWED")) as emu:
        env = {"AZURE_OPENAI_REALTIME_ENDPOINT": emu.azure_url, "AZURE_OPENAI_AUTH": "entra"}
        llm = _service(env)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(
                lambda: p.source.of(ErrorFrame) or p.sink.of(ErrorFrame), what="the refusal"
            )
    assert [h["status"] for h in emu.handshakes][:1] == [401] and fake.calls >= 1


def test_a_token_provider_passed_in_code_wins_over_the_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = fake_entra_provider(monkeypatch, "from-env")

    async def mine() -> str:
        return "mine"

    env = {"AZURE_OPENAI_REALTIME_ENDPOINT": ENDPOINT, "AZURE_OPENAI_AUTH": "entra"}
    assert isinstance(_service(env), AzureRealtimeLLMService)  # no key: the variable's provider
    llm = _service(env, token_provider=mine)
    assert isinstance(llm, AzureRealtimeLLMService) and fake.calls == 0
    backend = session_backend_from_env(env, token_provider=mine)
    assert callable(backend.headers) and fake.calls == 0
