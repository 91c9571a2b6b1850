"""Fault knobs, seen through the real SDK; the synthesizer keeps working after each."""

from __future__ import annotations

import asyncio
import time

import azure.cognitiveservices.speech as speechsdk
import pytest

from pipecat_rt_best.testing.azure_speech_emulator import AzureSpeechEmulator

from .helpers import Sdk, ssml_doc

Err = speechsdk.CancellationErrorCode
LONG = "This reply is long enough to need several audio messages from the server."


async def test_wrong_key_is_refused_with_401(emu: AzureSpeechEmulator) -> None:
    out = await Sdk(emu.host, key="wrong").assr(ssml_doc("Hi."))
    assert out.error_code == Err.AuthenticationFailure and "401" in out.error_details
    assert emu.handshakes[-1]["status"] == 401 and not emu.requests


async def test_throttling_429_then_recovery(emu: AzureSpeechEmulator) -> None:
    sdk = Sdk(emu.host)
    emu.faults.refuse_handshake = 429
    out = await sdk.assr(ssml_doc("Hi."))
    assert out.error_code == Err.TooManyRequests and "429" in out.error_details
    emu.faults.refuse_handshake = None
    assert (await sdk.assr(ssml_doc("Hi again."))).completed


async def test_connect_delay_holds_the_handshake(emu: AzureSpeechEmulator) -> None:
    emu.faults.connect_delay_s = 0.3
    t0 = time.monotonic()
    out = await Sdk(emu.host).assr(ssml_doc("Hi."))
    assert out.completed and time.monotonic() - t0 >= 0.3


async def test_first_byte_delay_holds_the_first_audio(emu: AzureSpeechEmulator) -> None:
    emu.faults.first_byte_delay_s = 0.25
    out = await Sdk(emu.host).assr(ssml_doc("Hi."))
    rec = emu.last_request
    assert out.completed and rec is not None and rec.first_audio_at is not None
    assert rec.first_audio_at - rec.received_at >= 0.25


@pytest.mark.parametrize("close_code", [None, 1011])
async def test_mid_stream_close_cancels_with_the_audio_so_far(
    emu: AzureSpeechEmulator, close_code: int | None
) -> None:
    sdk = Sdk(emu.host)
    emu.faults.close_after_audio_chunks = 2
    emu.faults.close_code = close_code
    emu.faults.close_reason = "Backend failure."
    out = await sdk.assr(ssml_doc(LONG))
    assert not out.completed and out.cancel_reason == speechsdk.CancellationReason.Error
    assert len(out.audio) == 2 * 100 * 8  # two 100 ms μ-law messages arrived
    rec = emu.last_request
    assert rec is not None
    if close_code is None:
        assert out.error_code == Err.ConnectionFailure and rec.status == "dropped"
    else:
        assert "1011" in out.error_details and "Backend failure." in out.error_details
        assert rec.status == "failed"
    emu.faults.close_after_audio_chunks = None
    assert (await sdk.assr(ssml_doc("Still here."))).completed  # the SDK reconnects


async def test_a_cancellation_with_error_details(emu: AzureSpeechEmulator) -> None:
    sdk = Sdk(emu.host)
    emu.faults.fail_request = (1007, "Unsupported voice en-US-NobodyNeural.")
    out = await sdk.assr(ssml_doc("Hi."))
    assert out.error_code == Err.BadRequest
    assert "Unsupported voice en-US-NobodyNeural." in out.error_details
    emu.faults.fail_request = None
    assert (await sdk.assr(ssml_doc("Hi."))).completed


async def test_stop_speaking_cancels_the_request(emu: AzureSpeechEmulator) -> None:
    sdk = Sdk(emu.host)
    emu.faults.realtime_factor = 1.0  # a 5 s reply streamed at real time
    future = sdk.synth.speak_ssml_async(ssml_doc(LONG))
    await emu.wait_for(lambda: emu.last_request is not None and emu.last_request.audio)
    await asyncio.to_thread(lambda: sdk.synth.stop_speaking_async().get())
    result = await asyncio.to_thread(future.get)
    assert result.cancellation_details.reason == speechsdk.CancellationReason.CancelledByUser
    await emu.wait_for(lambda: emu.requests[-1].status == "cancelled")
    rec = emu.requests[-1]
    assert len(rec.audio) < len(LONG) * 65 * 8 / 2
