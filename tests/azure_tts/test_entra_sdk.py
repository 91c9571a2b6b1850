"""Microsoft Entra ID from the environment, through the real Speech SDK to the Azure Speech
emulator: the token reaches the service as ``Authorization: Bearer aad#<resource id>#<token>``,
and a renewed token is used by the next connection (session 42)."""

from __future__ import annotations

import pytest

pytest.importorskip("azure.cognitiveservices.speech")

from pipecat.frames.frames import ErrorFrame

from pipecat_rt_best.azure_tts import AzureSpeechConfig, AzureSpeechTTSService
from pipecat_rt_best.testing.azure_speech_emulator import AzureSpeechEmulator
from tests.entra_helpers import RESOURCE_ID, entra_jwt, fake_entra_provider

from .harness import barge_in_then_reconnect, reply_frames, running, wait_until


def _sdk_form(token: str) -> str:
    return f"aad#{RESOURCE_ID}#{token}"


async def test_the_entra_token_reaches_the_sdk_in_its_form_and_is_renewed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, renewed = entra_jwt("FIRST"), entra_jwt("RENEWED")
    fake = fake_entra_provider(monkeypatch, first)
    # the emulator takes the SDK's form only: a bare Entra token is refused, as by the service
    async with AzureSpeechEmulator(tokens={_sdk_form(first)}) as emu:
        config = AzureSpeechConfig.from_env(
            {"AZURE_SPEECH_RESOURCE_ID": RESOURCE_ID, "AZURE_SPEECH_HOST": emu.host}
        )
        tts = AzureSpeechTTSService(config=config, output="ulaw", preconnect=False)
        async with running(tts) as (worker, up, down):
            await worker.queue_frames(reply_frames("Your loan is approved."))
            await wait_until(
                lambda: emu.requests[-1:] and emu.requests[-1].status == "completed", "1"
            )
            assert [c.token for c in emu.connections] == [_sdk_form(first)]
            assert [c.auth for c in emu.connections] == ["bearer"]
            # the token expires; the process's provider has renewed it. A barge-in closes the
            # connection, so the next sentence connects again, with the new token
            emu.tokens = {_sdk_form(renewed)}
            fake.token = renewed
            await barge_in_then_reconnect(worker, emu, up, down)
        errors = up.of(ErrorFrame)
    assert not errors, errors
    assert [h["status"] for h in emu.handshakes] == [101] * len(emu.handshakes)
    assert [c.token for c in emu.connections][-1] == _sdk_form(renewed)
    assert len(emu.connections) >= 2 and fake.calls >= 3  # asked per connection and sentence


async def test_a_bare_entra_token_is_refused_by_the_emulator_as_by_the_service() -> None:
    # what the bots did before: the raw token in AZURE_SPEECH_AUTH_TOKEN, sent as it is (the
    # config refuses it now, so the service is built from the fields directly)
    token = entra_jwt()
    async with AzureSpeechEmulator(tokens={_sdk_form(token)}) as emu:
        raw = AzureSpeechTTSService(auth_token="x", host=emu.host, output="ulaw", preconnect=False)
        object.__setattr__(raw.config, "auth_token", token)  # past the config's check
        async with running(raw) as (worker, up, _):
            await worker.queue_frames(reply_frames("Your loan is approved."))
            await wait_until(lambda: up.of(ErrorFrame), "the error", 15)
        assert [h["status"] for h in emu.handshakes][:1] == [401]
        # the same token from the environment, with the resource ID: taken
        config = AzureSpeechConfig.from_env(
            {
                "AZURE_SPEECH_AUTH_TOKEN": token,
                "AZURE_SPEECH_RESOURCE_ID": RESOURCE_ID,
                "AZURE_SPEECH_HOST": emu.host,
            }
        )
        tts = AzureSpeechTTSService(config=config, output="ulaw", preconnect=False)
        async with running(tts) as (worker, up, _):
            await worker.queue_frames(reply_frames("Your loan is approved."))
            await wait_until(
                lambda: emu.requests[-1:] and emu.requests[-1].status == "completed", "spoken"
            )
            assert not up.of(ErrorFrame)
        assert emu.connections[-1].token == _sdk_form(token)
