"""Session 40 review: Azure sentence TTS (practice 4)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

pytest.importorskip("azure.cognitiveservices.speech")

from pipecat.frames.frames import InterruptionFrame
from pipecat.transports.base_transport import TransportParams

from pipecat_rt_best.azure_tts import AzureSpeechTTSService
from pipecat_rt_best.base.frames import SpokenTextHeardFrame
from pipecat_rt_best.base.word_timing import heard_text
from pipecat_rt_best.interruption_truncation.processors import PlayoutTracker
from pipecat_rt_best.testing.azure_speech_emulator import AzureSpeechEmulator
from pipecat_rt_best.testing.simulated_call.transport import SimulatedCallTransport
from tests.azure_tts.harness import reply_frames, running, wait_until

LET_ME_CHECK = "Let me check your account for you, it will take a moment."
BALANCE = "Your balance is five thousand rupees."


@pytest.fixture
async def emu() -> AsyncIterator[AzureSpeechEmulator]:
    async with AzureSpeechEmulator() as server:
        yield server


# -- MEDIUM: a barge-in reports one model reply only; a reply cut short behind another is kept --
# The realtime model often writes a second response while the first is still playing (a tool
# call: "Let me check ..." then the result). Both are synthesized at once and queue in the
# output transport; pipecat's audio context moves on to the second as soon as the first's
# audio has left the TTS. The caller barges in 1 s into the first: the interruption reported
# only get_active_audio_context_id()'s reply (the second, nothing heard), and the first, cut
# after a few words, was never reported, so the model's item kept "Let me check your account
# for you, it will take a moment." as said in full.
# WRONG: one SpokenTextHeardFrame (the second reply). EXPECTED: one per model reply in play, in
# order: the first with the words heard, the second with nothing heard.
async def test_review_a_barge_in_reports_every_model_reply_in_play(
    emu: AzureSpeechEmulator,
) -> None:
    params = TransportParams(audio_out_enabled=True, audio_out_sample_rate=8000)
    transport = SimulatedCallTransport([], sample_rate=8000, params=params)
    tts = AzureSpeechTTSService(api_key="test-key", host=emu.host, output="ulaw")
    async with running(tts, after_tts=[transport.output(), PlayoutTracker()]) as (worker, up, _):
        await worker.queue_frames(reply_frames(LET_ME_CHECK))
        await worker.queue_frames(reply_frames(BALANCE))
        await wait_until(
            lambda: len(emu.requests) == 2 and emu.requests[1].status == "completed", "both"
        )
        first_ms = len(emu.requests[0].audio) / 8
        await wait_until(lambda: transport.played.speech_seconds >= 1.0, "1 s of the first")
        assert transport.played.speech_seconds * 1000 < first_ms - 500
        await worker.queue_frame(InterruptionFrame())
        await wait_until(lambda: up.of(SpokenTextHeardFrame), "the heard-text report")
        await asyncio.sleep(0.3)
    reports = up.of(SpokenTextHeardFrame)
    assert [r.text for r in reports] == [LET_ME_CHECK, BALANCE]
    first, second = (heard_text(r.text, r.words, r.heard_ms, unspoken=r.unspoken) for r in reports)
    assert first and LET_ME_CHECK.startswith(first) and first != LET_ME_CHECK
    assert second == ""


# -- LOW: without a PlayoutTracker, a reply queued behind another counted as heard from its push -
# The wall-clock model (no tracker) played each reply's audio from the moment it left the TTS,
# as if nothing were ahead of it: the second reply's audio, pushed right behind the first's,
# counted as heard while the caller still heard the first ("Your" of "Your balance is ..."
# reported heard after 0.5 s of "Let me check ...").
# WRONG: the second reply reported heard from its push. EXPECTED: it plays after the first, so
# at a barge-in 0.5 s in nothing of it was heard, and the first is reported cut short.
async def test_review_without_a_tracker_a_queued_reply_plays_after_the_one_ahead(
    emu: AzureSpeechEmulator,
) -> None:
    tts = AzureSpeechTTSService(api_key="test-key", host=emu.host, output="ulaw")
    async with running(tts) as (worker, up, _down):
        await worker.queue_frames(reply_frames(LET_ME_CHECK))
        await worker.queue_frames(reply_frames(BALANCE))
        await wait_until(
            lambda: len(emu.requests) == 2 and emu.requests[1].status == "completed", "both"
        )
        assert len(emu.requests[0].audio) / 8 > 1500  # the first plays well past the barge-in
        await asyncio.sleep(0.5)
        await worker.queue_frame(InterruptionFrame())
        await wait_until(lambda: up.of(SpokenTextHeardFrame), "the heard-text report")
        await asyncio.sleep(0.3)
    reports = {r.text: r for r in up.of(SpokenTextHeardFrame)}
    assert BALANCE in reports and reports[BALANCE].heard_ms == 0.0
    assert LET_ME_CHECK in reports and 0.0 < reports[LET_ME_CHECK].heard_ms < 1500


# -- MEDIUM: a number given for rate / style_degree / pitch / volume is silently dropped ---------
# pipecat's AzureTTSService writes its settings into the SSML as they are (f-strings), so
# Settings(rate=1.2, style_degree=1.5) works there (its docstring's own examples are "1.25" and
# 0.01 to 2.0), and the pack says settings are taken as pipecat's AzureTTSService takes them.
# voice_settings() kept only str values: a number vanished from the SSML, at construction and
# in a mid-call TTSUpdateSettingsFrame, with no word: the caller heard the default speed.
# WRONG: no <prosody>, no styledegree. EXPECTED: rate="1.2", styledegree="1.5", then rate="0.8".
async def test_review_numeric_voice_settings_reach_azure(emu: AzureSpeechEmulator) -> None:
    from pipecat.frames.frames import TTSUpdateSettingsFrame

    settings = AzureSpeechTTSService.Settings(rate=1.2, style="cheerful", style_degree=1.5)  # type: ignore[arg-type]
    tts = AzureSpeechTTSService(api_key="test-key", host=emu.host, output="ulaw", settings=settings)
    async with running(tts) as (worker, _up, _down):
        await worker.queue_frames(reply_frames("Hello there."))
        await wait_until(lambda: emu.requests and emu.requests[0].status != "pending", "s1")
        delta = AzureSpeechTTSService.Settings(rate=0.8)  # type: ignore[arg-type]
        await worker.queue_frame(TTSUpdateSettingsFrame(delta=delta))
        await worker.queue_frames(reply_frames("Goodbye now."))
        await wait_until(
            lambda: len(emu.requests) == 2 and emu.requests[1].status != "pending", "s2"
        )
    first, second = (r.ssml or "" for r in emu.requests)
    assert 'rate="1.2"' in first and 'styledegree="1.5"' in first
    assert 'rate="0.8"' in second and 'styledegree="1.5"' in second
    assert [r.status for r in emu.requests] == ["completed", "completed"]
