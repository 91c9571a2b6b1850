"""Barge-in: synthesis stops at once, queued sentences are dropped, the heard words go upstream."""

from __future__ import annotations

import asyncio
import time

import numpy as np
import pytest
import soxr

pytest.importorskip("azure.cognitiveservices.speech")

from pipecat.frames.frames import (
    BotStartedSpeakingFrame,
    Frame,
    InterruptionFrame,
    TTSAudioRawFrame,
)
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor

from pipecat_rt_best.azure_tts import AzureSpeechTTSService
from pipecat_rt_best.base.frames import SpokenTextHeardFrame
from pipecat_rt_best.base.word_timing import heard_text
from pipecat_rt_best.testing.azure_speech_emulator import MS_PER_CHAR, AzureSpeechEmulator

from .harness import reply_frames, running, wait_until

THREE = "Your loan of four lakh rupees is approved. The first EMI is due in May. Shall I send the schedule?"


def _audio_ms(frames: list[TTSAudioRawFrame]) -> float:
    return sum(len(f.audio) / 16 for f in frames)  # PCM16 8 kHz: 16 bytes per ms


async def test_no_audio_from_later_sentences_reaches_the_transport(
    emu: AzureSpeechEmulator,
) -> None:
    emu.faults.realtime_factor = 1.0  # the service streams the first sentence at real time
    tts = AzureSpeechTTSService(api_key="test-key", host=emu.host, output="ulaw")
    async with running(tts) as (worker, _up, down):
        await worker.queue_frames(reply_frames(THREE))
        await wait_until(lambda: _audio_ms(down.audio()) >= 400, "some audio")
        await worker.queue_frame(InterruptionFrame())
        await wait_until(lambda: down.of(InterruptionFrame), "the interruption")
        await wait_until(lambda: emu.requests[0].status != "pending", "the request's end")
        await asyncio.sleep(0.5)
        cut = next(i for i, (_, f) in enumerate(down.frames) if isinstance(f, InterruptionFrame))
        after = [f for _, f in down.frames[cut:] if isinstance(f, TTSAudioRawFrame)]
        assert after == []
        # one request only (sentences 2 and 3 were never sent), stopped by the client
        assert [r.spoken_text for r in emu.requests] == [
            "Your loan of four lakh rupees is approved."
        ]
        assert emu.requests[0].status == "cancelled"
        played = b"".join(f.g711 for f in down.audio())  # type: ignore[attr-defined]
        assert played and emu.requests[0].audio.startswith(played)
        assert len(played) < len(THREE.split(".")[0]) * MS_PER_CHAR * 8

        # the call goes on: the next reply is spoken in full
        emu.faults.realtime_factor = None
        before = len(down.audio())
        await worker.queue_frames(reply_frames("Okay, tell me."))
        await wait_until(lambda: emu.requests[-1].status == "completed", "the next reply")
        await wait_until(
            lambda: b"".join(f.g711 for f in down.audio()[before:]) == emu.requests[-1].audio,  # type: ignore[attr-defined]
            "its audio",
        )


async def test_the_heard_words_go_upstream_with_reply_level_timings(
    emu: AzureSpeechEmulator,
) -> None:
    tts = AzureSpeechTTSService(api_key="test-key", host=emu.host, output="ulaw")
    async with running(tts) as (worker, up, down):
        await worker.queue_frames(
            reply_frames("Your loan is approved.", " Shall I send the details?")
        )
        await wait_until(
            lambda: len(emu.requests) == 2 and emu.requests[1].status == "completed",
            "both sentences",
        )
        await wait_until(lambda: down.audio(), "audio out")
        await asyncio.sleep(1.5)  # the caller hears at least 1.5 s, then barges in
        await worker.queue_frame(InterruptionFrame())
        await wait_until(lambda: up.of(SpokenTextHeardFrame), "the heard-text report")
    [report] = up.of(SpokenTextHeardFrame)
    assert report.text == "Your loan is approved. Shall I send the details?"
    first_ms = len(emu.requests[0].audio) / 8
    expected = [(b.text, b.offset_ms, b.duration_ms) for b in emu.requests[0].words] + [
        (b.text, first_ms + b.offset_ms, b.duration_ms) for b in emu.requests[1].words
    ]
    got = [(w.word, w.offset_ms, w.duration_ms) for w in report.words]
    assert [w for w, _, _ in got] == [w for w, _, _ in expected]
    assert all(
        abs(a[1] - b[1]) < 0.5 and abs(a[2] - b[2]) < 0.5
        for a, b in zip(got, expected, strict=True)
    )
    total_ms = first_ms + len(emu.requests[1].audio) / 8
    assert 1500 <= report.heard_ms <= total_ms
    heard = heard_text(report.text, report.words, report.heard_ms)
    assert heard.startswith("Your loan is approved.") and heard != report.text


async def test_an_interruption_before_any_audio_reports_nothing_heard(
    emu: AzureSpeechEmulator,
) -> None:
    emu.faults.first_byte_delay_s = 0.5
    tts = AzureSpeechTTSService(api_key="test-key", host=emu.host, output="ulaw")
    async with running(tts) as (worker, up, down):
        await worker.queue_frames(reply_frames("Your loan is approved. Anything else?"))
        await wait_until(lambda: emu.requests, "the request")
        await worker.queue_frame(InterruptionFrame())
        await wait_until(lambda: up.of(SpokenTextHeardFrame), "the heard-text report")
        await asyncio.sleep(0.7)
        assert down.audio() == []
    [report] = up.of(SpokenTextHeardFrame)
    assert report.heard_ms == 0 and heard_text(report.text, report.words, 0) == ""


async def test_an_interruption_while_the_connection_opens_reports_nothing_heard(
    emu: AzureSpeechEmulator,
) -> None:
    # the first sentence waits for the pre-connect (a slow handshake); the caller barges in
    # then: the model must learn that nothing of the reply was heard
    emu.faults.connect_delay_s = 1.0
    tts = AzureSpeechTTSService(api_key="test-key", host=emu.host, output="ulaw")
    async with running(tts) as (worker, up, down):
        await worker.queue_frames(reply_frames("Your loan is approved. Anything else?"))
        await wait_until(lambda: tts._connecting_context is not None, "the sentence waiting")
        await worker.queue_frame(InterruptionFrame())
        await wait_until(lambda: up.of(SpokenTextHeardFrame), "the heard-text report")
        await asyncio.sleep(1.5)
        assert down.audio() == [] and emu.requests == []
    [report] = up.of(SpokenTextHeardFrame)
    assert report.heard_ms == 0 and report.text.startswith("Your loan is approved.")
    assert heard_text(report.text, report.words, 0) == ""


async def test_a_resampled_reply_starts_clean_after_an_interruption(
    emu: AzureSpeechEmulator,
) -> None:
    # 44.1 kHz out: Azure's 24 kHz is resampled by a stream resampler that holds a few ms
    # back; after a barge-in that tail belongs to the cut reply, not to the next one
    tts = AzureSpeechTTSService(api_key="test-key", host=emu.host, output="pcm")
    async with running(tts, sample_rate=44100) as (worker, _up, down):
        emu.faults.realtime_factor = 1.0
        await worker.queue_frames(reply_frames("This first reply is long enough to be cut off."))
        await wait_until(lambda: sum(len(f.audio) for f in down.audio()) > 44100, "0.5 s")
        await worker.queue_frame(InterruptionFrame())
        await wait_until(lambda: down.of(InterruptionFrame), "the interruption")
        emu.faults.realtime_factor = None
        before = len(down.audio())
        await worker.queue_frames(reply_frames("Second reply."))
        await wait_until(lambda: emu.requests[-1].status == "completed", "the next reply")
        await asyncio.sleep(0.5)
        out = np.frombuffer(b"".join(f.audio for f in down.audio()[before:]), dtype=np.int16)
    clean = soxr.ResampleStream(24000, 44100, 1, dtype="int16", quality="VHQ")
    ref = clean.resample_chunk(np.frombuffer(emu.requests[-1].audio, dtype=np.int16))
    n = min(len(ref), len(out), 2000)
    # the same samples from the first one on (but for rounding: the stream is fed in chunks);
    # without the reset the first ~8 ms are the cut reply's tail
    assert n > 1000 and np.abs(out[:n].astype(int) - ref[:n]).max() <= 8


class _InstantOutput(FrameProcessor):
    """An output that writes everything at once: like pipecat's output transport, it says
    the bot started speaking (downstream) before the first chunk it passes on."""

    def __init__(self) -> None:
        super().__init__()
        self._speaking = False
        self.last_write = 0.0  # when it passed the last chunk on (time.monotonic)

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if isinstance(frame, TTSAudioRawFrame) and not self._speaking:
            self._speaking = True
            await self.push_frame(BotStartedSpeakingFrame())
        if isinstance(frame, TTSAudioRawFrame):
            self.last_write = time.monotonic()
        await self.push_frame(frame, direction)


async def test_with_a_playout_tracker_the_heard_position_follows_the_written_timeline(
    emu: AzureSpeechEmulator,
) -> None:
    from pipecat_rt_best.interruption_truncation.processors import PlayoutTracker

    tts = AzureSpeechTTSService(
        api_key="test-key", host=emu.host, output="ulaw", playout_delay_ms=300.0
    )
    output = _InstantOutput()
    async with running(tts, after_tts=[output, PlayoutTracker()]) as (worker, up, down):
        await worker.queue_frames(
            reply_frames("Your loan is approved.", " Shall I send the details?")
        )
        await wait_until(
            lambda: len(emu.requests) == 2 and emu.requests[1].status == "completed",
            "both sentences",
        )
        total_ms = sum(len(r.audio) for r in emu.requests) / 8
        await wait_until(lambda: _audio_ms(down.audio()) >= total_ms - 0.5, "all audio written")
        # the sink wrote everything at once (no real-time transport here): by the timeline the
        # caller has heard it all but the chunk written last (a websocket transport reports a
        # chunk as it starts playing) and the far end's 300 ms; by the wall clock, almost nothing
        last_chunk_ms = _audio_ms(down.audio()[-1:])
        await worker.queue_frame(InterruptionFrame())
        await wait_until(lambda: up.of(SpokenTextHeardFrame), "the heard-text report")
        # the last chunk plays on from its write: a loaded machine reads the cut later (a run
        # under load read 2 ms more than the whole timeline less the 300)
        since_ms = (time.monotonic() - output.last_write) * 1000.0
    [report] = up.of(SpokenTextHeardFrame)
    assert last_chunk_ms > 0
    upper = total_ms - max(0.0, last_chunk_ms + 300.0 - since_ms)
    assert total_ms - last_chunk_ms - 300.0 - 1.0 <= report.heard_ms <= upper


async def test_no_stale_audio_leaks_into_the_next_reply(emu: AzureSpeechEmulator) -> None:
    emu.faults.realtime_factor = 2.0  # the first reply is still streaming when the caller barges in
    tts = AzureSpeechTTSService(api_key="test-key", host=emu.host, output="ulaw")
    async with running(tts) as (worker, _up, down):
        for round_ in range(3):
            before = len(down.audio())
            await worker.queue_frames(reply_frames(THREE))
            await wait_until(lambda b=before: _audio_ms(down.audio()[b:]) >= 150, "some audio")
            await worker.queue_frame(InterruptionFrame())
            await wait_until(
                lambda r=round_: len(down.of(InterruptionFrame)) > r, "the interruption"
            )
        emu.faults.realtime_factor = None
        before = len(down.audio())
        await worker.queue_frames(reply_frames("Fresh start."))
        await wait_until(
            lambda: (
                emu.requests[-1].spoken_text == "Fresh start."
                and emu.requests[-1].status == "completed"
            ),
            "the last reply",
        )
        await wait_until(
            lambda: (
                len(b"".join(f.g711 for f in down.audio()[before:])) >= len(emu.requests[-1].audio)
            ),  # type: ignore[attr-defined]
            "its audio",
        )
        await asyncio.sleep(0.2)
        tail = b"".join(f.g711 for f in down.audio()[before:])  # type: ignore[attr-defined]
        assert tail == emu.requests[-1].audio
    assert [r.status for r in emu.requests[:-1]] == ["cancelled"] * 3


async def test_uninterruptible_speech_is_spoken_to_its_end_through_an_interruption(
    emu: AzureSpeechEmulator,
) -> None:
    # pipecat keeps an uninterruptible TTSSpeakFrame ("this call is recorded") through a
    # barge-in: its synthesis must not be stopped, nor reported as cut short
    from pipecat.frames.frames import TTSSpeakFrame

    emu.faults.realtime_factor = 1.0
    notice = "This call may be recorded for quality and training purposes."
    tts = AzureSpeechTTSService(api_key="test-key", host=emu.host, output="ulaw")
    async with running(tts) as (worker, up, down):
        speak = TTSSpeakFrame(notice)
        speak.interruptible = False
        await worker.queue_frame(speak)
        await wait_until(lambda: _audio_ms(down.audio()) >= 300, "some audio")
        await worker.queue_frame(InterruptionFrame())
        await wait_until(lambda: emu.requests[0].status != "pending", "the request's end")
        assert emu.requests[0].status == "completed"
        await wait_until(
            lambda: b"".join(f.g711 for f in down.audio()) == emu.requests[0].audio,  # type: ignore[attr-defined]
            "all of its audio",
        )
        assert not up.of(SpokenTextHeardFrame)


async def test_an_output_mixer_s_silence_between_sentences_is_not_reported_heard(
    emu: AzureSpeechEmulator,
) -> None:
    # with the barge-in guard's ducking mixer (the pack's default, duck=True) pipecat's output
    # transport writes the mixer's silence while the next sentence's audio is on its way:
    # the caller heard none of the reply in that gap
    from pipecat.transports.base_transport import TransportParams

    from pipecat_rt_best.interruption_truncation.processors import PlayoutTracker
    from pipecat_rt_best.noise_robust_vad import BargeInGuard, NoiseRobustVADAnalyzer
    from pipecat_rt_best.testing.simulated_call.transport import SimulatedCallTransport

    emu.faults.first_byte_delay_s = 0.8  # every sentence: a gap the mixer fills with silence
    guard = BargeInGuard(NoiseRobustVADAnalyzer())
    params = TransportParams(
        audio_out_enabled=True, audio_out_sample_rate=8000, audio_out_mixer=guard.mixer
    )
    transport = SimulatedCallTransport([], sample_rate=8000, params=params)
    tts = AzureSpeechTTSService(api_key="test-key", host=emu.host, output="pcm")
    played = transport.played

    def speech_ms(before: float) -> float:  # reply audio the handset played (the rest is zeros)
        return sum(len(c) / 16 for t, c in played.chunks if t < before and any(c))

    async with running(tts, after_tts=[transport.output(), PlayoutTracker()]) as (worker, up, _):
        await worker.queue_frames(
            reply_frames("Hello there. Your loan of four lakh rupees is approved.")
        )
        await wait_until(
            lambda: len(emu.requests) == 2 and emu.requests[1].status == "completed",
            "the second sentence",
        )
        first_ms = len(emu.requests[0].audio) / 16
        await wait_until(
            lambda: speech_ms(float("inf")) > first_ms + 200, "the second sentence playing"
        )
        await worker.queue_frame(InterruptionFrame())
        await wait_until(lambda: up.of(SpokenTextHeardFrame), "the heard-text report")
    [(reported_at, report)] = [(t, f) for t, f in up.frames if isinstance(f, SpokenTextHeardFrame)]
    # everything the tracker counted had been written before the report went up
    assert report.heard_ms <= speech_ms(reported_at) + 0.5


async def test_a_barge_in_on_speech_the_model_did_not_write_reports_nothing(
    emu: AzureSpeechEmulator,
) -> None:
    # the model's reply played in full, then the app said a hold message (an interruptible
    # TTSSpeakFrame, or a plain TextFrame) and the caller barged in on it: a review found the
    # hold message reported as heard text, and the realtime service replaced the model's
    # real reply with "Please hold while"
    from pipecat.frames.frames import TextFrame, TTSSpeakFrame

    tts = AzureSpeechTTSService(api_key="test-key", host=emu.host, output="ulaw")
    async with running(tts) as (worker, up, _down):
        await worker.queue_frames(reply_frames("Your balance is five thousand rupees."))
        await wait_until(lambda: emu.requests and emu.requests[0].status == "completed", "reply")
        reply_ms = len(emu.requests[0].audio) / 8
        await asyncio.sleep(reply_ms / 1000 + 0.3)  # played in full
        emu.faults.realtime_factor = 1.0
        for n, speech in enumerate(
            (
                TTSSpeakFrame("Please hold while I connect you to a loan officer."),
                TextFrame("Please hold while I connect you. It may take a minute."),
            ),
            start=2,
        ):
            await worker.queue_frame(speech)
            await wait_until(lambda n=n: len(emu.requests) == n, "the hold message")
            await asyncio.sleep(0.6)
            await worker.queue_frame(InterruptionFrame())
            await wait_until(lambda n=n: emu.requests[n - 1].status != "pending", "its end")
            await asyncio.sleep(0.2)
        assert [r.status for r in emu.requests] == ["completed", "cancelled", "cancelled"]
        assert not up.of(SpokenTextHeardFrame)


async def test_a_barge_in_while_the_model_still_writes_reports_what_was_heard(
    emu: AzureSpeechEmulator,
) -> None:
    # sentence 1 was synthesized and played in full; the model is still writing sentence 2
    # (nothing being synthesized) when the caller barges in: a review found no report, so
    # the model kept "Namaste. Your loan account shows an overdue amount and a"
    from pipecat.frames.frames import LLMFullResponseStartFrame, LLMTextFrame

    tts = AzureSpeechTTSService(api_key="test-key", host=emu.host, output="ulaw")
    async with running(tts) as (worker, up, _down):
        await worker.queue_frames(
            [
                LLMFullResponseStartFrame(),
                LLMTextFrame("Namaste. "),
                LLMTextFrame("Your loan account shows an overdue"),
            ]
        )
        await wait_until(lambda: emu.requests and emu.requests[0].status == "completed", "s1")
        await asyncio.sleep(len(emu.requests[0].audio) / 8000 + 0.3)  # played in full
        await worker.queue_frame(InterruptionFrame())
        await wait_until(lambda: up.of(SpokenTextHeardFrame), "the heard-text report")
        assert [r.spoken_text for r in emu.requests] == ["Namaste."]
    [report] = up.of(SpokenTextHeardFrame)
    assert report.text == "Namaste. Your loan account shows an overdue"
    assert heard_text(report.text, report.words, report.heard_ms) == "Namaste."


async def test_a_barge_in_before_the_first_sentence_is_complete_reports_nothing_heard(
    emu: AzureSpeechEmulator,
) -> None:
    from pipecat.frames.frames import LLMFullResponseStartFrame, LLMTextFrame

    tts = AzureSpeechTTSService(api_key="test-key", host=emu.host, output="ulaw")
    async with running(tts) as (worker, up, down):
        await worker.queue_frames(
            [LLMFullResponseStartFrame(), LLMTextFrame("Your loan account shows an")]
        )
        await asyncio.sleep(0.3)
        await worker.queue_frame(InterruptionFrame())
        await wait_until(lambda: up.of(SpokenTextHeardFrame), "the heard-text report")
        assert emu.requests == [] and down.audio() == []
    [report] = up.of(SpokenTextHeardFrame)
    assert report.text == "Your loan account shows an"
    assert heard_text(report.text, report.words, report.heard_ms) == ""


async def test_a_reply_queued_behind_other_speech_is_not_heard_before_its_marker(
    emu: AzureSpeechEmulator,
) -> None:
    # an uninterruptible notice plays; the model's greeting is synthesized and waits behind it
    # in the output transport's queue; the caller talks over the notice. A review found the
    # greeting reported heard by the wall clock since its audio left the TTS (the model kept
    # "Namaste, this is"), while its segment marker, queued ahead of its audio, had not
    # come out of the transport: not one byte of it had been written
    from pipecat.frames.frames import TTSSpeakFrame
    from pipecat.transports.base_transport import TransportParams

    from pipecat_rt_best.interruption_truncation.processors import PlayoutTracker
    from pipecat_rt_best.testing.simulated_call.transport import SimulatedCallTransport

    params = TransportParams(audio_out_enabled=True, audio_out_sample_rate=8000)
    transport = SimulatedCallTransport([], sample_rate=8000, params=params)
    tts = AzureSpeechTTSService(api_key="test-key", host=emu.host, output="ulaw")
    notice = TTSSpeakFrame("This call may be recorded for quality and training purposes.")
    notice.interruptible = False
    async with running(tts, after_tts=[transport.output(), PlayoutTracker()]) as (worker, up, _):
        await worker.queue_frame(notice)
        await worker.queue_frames(reply_frames("Namaste, this is Asha from City Bank."))
        await wait_until(
            lambda: len(emu.requests) == 2 and emu.requests[1].status == "completed",
            "the notice and the greeting synthesized",
        )
        notice_ms = len(emu.requests[0].audio) / 8
        await asyncio.sleep(0.6)  # the greeting's audio waits: the handset plays the notice
        assert transport.played.speech_seconds * 1000 < notice_ms - 500
        await worker.queue_frame(InterruptionFrame())
        await wait_until(lambda: up.of(SpokenTextHeardFrame), "the heard-text report")
    [report] = up.of(SpokenTextHeardFrame)
    assert report.heard_ms == 0.0
    assert heard_text(report.text, report.words, report.heard_ms) == ""


S1 = "Thank you for holding, Mr Sharma."
S2 = "Your outstanding amount is twenty five thousand rupees."
S3 = "You can pay it online through the link I am sending you now."


def _refuse(tts: AzureSpeechTTSService, marker: str) -> None:
    """Make the SDK refuse (raise on) the request whose SSML holds ``marker``: the service's
    'Azure TTS refused a request' path."""
    synth = tts._synth
    assert synth is not None
    speak = synth.speak_ssml_async

    def refusing(ssml: str):  # type: ignore[no-untyped-def]
        if marker in ssml:
            raise RuntimeError("SPXERR_UNEXPECTED_CREATE_OBJECT_FAILURE")
        return speak(ssml)

    synth.speak_ssml_async = refusing  # type: ignore[method-assign]


async def test_a_sentence_azure_refused_is_not_heard_at_a_barge_in_after_it(
    emu: AzureSpeechEmulator,
) -> None:
    # a review found the refused sentence inside the "heard" text of a barge-in during the
    # next one: the model believed it had told the caller the amount due
    from pipecat.transports.base_transport import TransportParams

    from pipecat_rt_best.interruption_truncation.processors import PlayoutTracker
    from pipecat_rt_best.testing.simulated_call.transport import SimulatedCallTransport

    params = TransportParams(audio_out_enabled=True, audio_out_sample_rate=8000)
    transport = SimulatedCallTransport([], sample_rate=8000, params=params)
    tts = AzureSpeechTTSService(api_key="test-key", host=emu.host, output="ulaw")
    async with running(tts, after_tts=[transport.output(), PlayoutTracker()]) as (worker, up, _):
        await wait_until(lambda: tts._synth is not None, "the synthesizer")
        _refuse(tts, "outstanding")
        await worker.queue_frames(reply_frames(f"{S1} {S2} {S3}"))
        await wait_until(
            lambda: len(emu.requests) == 2 and emu.requests[1].status == "completed", "s1, s3"
        )
        s1_ms = len(emu.requests[0].audio) / 8
        await wait_until(
            lambda: transport.played.speech_seconds * 1000 >= s1_ms + 1000, "1 s of s3 played"
        )
        await worker.queue_frame(InterruptionFrame())
        await wait_until(lambda: up.of(SpokenTextHeardFrame), "the heard-text report")
    [report] = up.of(SpokenTextHeardFrame)
    assert report.text == f"{S1} {S2} {S3}"  # the item's text, so the service finds the item
    said = heard_text(report.text, report.words, report.heard_ms, unspoken=report.unspoken)
    assert said.startswith(f"{S1} You can") and "outstanding" not in said


async def test_a_reply_with_a_refused_sentence_is_reported_once_it_has_played(
    emu: AzureSpeechEmulator,
) -> None:
    # no barge-in: nothing reported, so the model's item kept the sentence nobody heard
    from pipecat_rt_best.interruption_truncation.processors import PlayoutTracker

    tts = AzureSpeechTTSService(api_key="test-key", host=emu.host, output="ulaw")
    async with running(tts, after_tts=[PlayoutTracker()]) as (worker, up, _down):
        await wait_until(lambda: tts._synth is not None, "the synthesizer")
        _refuse(tts, "outstanding")
        await worker.queue_frames(reply_frames(f"{S1} {S2} {S3}"))
        await wait_until(lambda: up.of(SpokenTextHeardFrame), "the heard-text report")
    [report] = up.of(SpokenTextHeardFrame)
    assert report.heard_ms == sum(len(r.audio) for r in emu.requests) / 8  # all of it
    said = heard_text(report.text, report.words, report.heard_ms, unspoken=report.unspoken)
    assert said == f"{S1} {S3}"


async def test_a_sentence_whose_connection_dropped_keeps_only_the_words_said(
    emu: AzureSpeechEmulator,
) -> None:
    # the connection drops after 1 s of the sentence's audio (the SDK cancels it with an
    # error): the rest of it was never said, though the reply "ended" and no one barged in
    from pipecat_rt_best.interruption_truncation.processors import PlayoutTracker

    emu.faults.close_after_audio_chunks = 10  # 100 ms each
    tts = AzureSpeechTTSService(api_key="test-key", host=emu.host, output="ulaw")
    async with running(tts, after_tts=[PlayoutTracker()]) as (worker, up, _down):
        await worker.queue_frames(reply_frames(S3))
        await wait_until(lambda: up.of(SpokenTextHeardFrame), "the heard-text report")
    [report] = up.of(SpokenTextHeardFrame)
    sent_ms = len(emu.requests[0].audio) / 8
    said = heard_text(report.text, report.words, report.heard_ms, unspoken=report.unspoken)
    assert said and S3.startswith(said) and len(said) < len(S3)
    last = [w for w in report.words if said.endswith(w.word)][-1]
    assert last.end_ms <= sent_ms  # the last word kept was said to its end


async def test_word_boundaries_called_back_after_a_cancel_stay_with_their_request() -> None:
    # the real SDK, under load, calls back a failed request's word boundaries after its
    # `canceled` event (seen: 10 audio chunks, canceled, then 5 words): they were filed
    # under the next request (dropped, or given to the next sentence), and the sentence
    # was reported unheard though a second of it had played
    import datetime
    from types import SimpleNamespace

    import azure.cognitiveservices.speech as speechsdk

    from pipecat_rt_best.azure_tts.service import _Request

    tts = AzureSpeechTTSService(api_key="test-key", host="ws://127.0.0.1:1", output="ulaw")
    loop = asyncio.get_running_loop()
    first, second = _Request(loop, 1), _Request(loop, 2)
    tts._requests = {1: first, 2: second}
    canceled = SimpleNamespace(
        result=SimpleNamespace(
            cancellation_details=SimpleNamespace(
                reason=speechsdk.CancellationReason.Error,
                error_code=speechsdk.CancellationErrorCode.ConnectionFailure,
                error_details="dropped",
            )
        )
    )

    def word(text: str, at_ms: float) -> SimpleNamespace:
        return SimpleNamespace(
            boundary_type=speechsdk.SpeechSynthesisBoundaryType.Word,
            text=text,
            text_offset=0,
            word_length=len(text),
            audio_offset=int(at_ms * 10_000),
            duration=datetime.timedelta(milliseconds=200),
        )

    tts._on_event("started", SimpleNamespace(result=None))
    tts._on_event("canceled", canceled)
    tts._on_event("word", word("You", 50))  # late: the first request's
    tts._on_event("word", word("can", 300))
    tts._on_event("started", SimpleNamespace(result=None))  # the second request begins
    tts._on_event("word", word("Next", 20))
    await asyncio.sleep(0)  # the SDK thread's call_soon_threadsafe hand-offs
    kinds = [first.queue.get_nowait() for _ in range(first.queue.qsize())]
    assert [k for k, _ in kinds] == ["canceled", "word", "word"]
    assert [second.queue.get_nowait()[1][0] for _ in range(second.queue.qsize())] == ["Next"]
