"""What the server streams after a barge-in, before it reads the cancel (a network round
trip: more deltas, even a new item), is never sent on: not spoken by a TTS, not written
to the context as said, and no new reply is opened for it."""

from __future__ import annotations

import asyncio

import pytest
from pipecat.frames.frames import (
    InterruptionFrame,
    LLMContextFrame,
    LLMFullResponseEndFrame,
    LLMFullResponseStartFrame,
    LLMTextFrame,
    TTSTextFrame,
)

from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    Faults,
    RealtimeEmulator,
    Reply,
)

from ..realtime.harness import RealtimePipeline, wait_until

KEY = "sk-test-late-deltas"
REPLY = Reply(
    text="Your loan of four lakh rupees was approved. Shall I block the card now?",
    split_items=2,
)


@pytest.mark.parametrize("modality", ["audio", "text"])
async def test_what_streams_after_a_barge_in_is_dropped(modality: str) -> None:
    # the emulator reads the cancel 0.6 s late and streams on meanwhile (paced as a real
    # server: audio in real time, text a word per 50 ms)
    faults = Faults(cancel_delay_s=0.6, realtime_pacing=True, delta_interval_s=0.05)
    async with RealtimeEmulator(
        api_key=KEY, script=EmulatorScript(replies=[REPLY]), faults=faults
    ) as emu:
        llm = RealtimeLLMService(
            api_key=KEY,
            base_url=emu.url,
            settings=RealtimeLLMService.Settings(
                model="gpt-realtime",
                session_properties=realtime_session(audio_format="pcm", output_modality=modality),
            ),
        )
        words = TTSTextFrame if modality == "audio" else LLMTextFrame
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: len(p.sink.of(words)) >= 2, what="the first words")
            await p.send(InterruptionFrame())  # the caller cuts in
            await wait_until(lambda: p.sink.of(InterruptionFrame), what="the interruption")
            cut = len(p.sink.frames)
            await wait_until(
                lambda: any(e["type"] == "response.done" for e in emu.sessions[0].sent),
                timeout=10,
                what="the cancelled response's end",
            )
            await asyncio.sleep(0.2)
            after = [f for _, f in p.sink.frames[cut:]]
            # the server did stream more after the cut: the test would show nothing otherwise
            late = [
                e
                for e in emu.sessions[0].sent
                if e["type"].endswith(("transcript.delta", "text.delta"))
            ]
            assert len(late) > 2
            assert not [f for f in after if isinstance(f, (TTSTextFrame, LLMTextFrame))], after
            assert not [f for f in after if isinstance(f, LLMFullResponseStartFrame)], after
            assert p.sink.of(LLMFullResponseEndFrame)  # the reply still ended downstream
            said = " ".join(str(m.get("content")) for m in p.context.get_messages())
            assert "block the card" not in said, said
