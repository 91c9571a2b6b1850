"""What the server streams after a barge-in, before it reads the cancel (a network round
trip: more deltas, even a new item), is never sent on: not spoken by a TTS, not written
to the context as said, and no new reply is opened for it."""

from __future__ import annotations

import asyncio

import pytest
from pipecat.frames.frames import (
    InputAudioRawFrame,
    InterruptionFrame,
    LLMContextFrame,
    LLMFullResponseEndFrame,
    LLMFullResponseStartFrame,
    LLMTextFrame,
    TTSTextFrame,
    UserStartedSpeakingFrame,
    UserStoppedSpeakingFrame,
)
from pipecat.services.llm_service import FunctionCallParams

from pipecat_rt_best.interruption_truncation.frames import TruncationFrame
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    Faults,
    RealtimeEmulator,
    Reply,
    ToolCall,
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


@pytest.mark.parametrize("modality", ["audio", "text"])
async def test_a_call_the_cancelled_response_makes_after_the_barge_in_is_not_run(
    modality: str,
) -> None:
    # "Sure, I will transfer you now." + transfer_call; the caller cuts in ("no wait") at the
    # first words, and the server, reading the cancel 0.6 s late, completes the call meanwhile:
    # it ran (the transfer went through) and its result asked for one more reply
    reply = Reply(
        text="Sure, I will transfer you now.",
        tool_calls=[ToolCall("transfer_call", {"to": "agent"})],
    )
    transfers: list[str] = []

    async def transfer_call(params: FunctionCallParams) -> None:
        transfers.append(params.tool_call_id)
        await params.result_callback({"transferred": True})

    faults = Faults(cancel_delay_s=0.6, delta_interval_s=0.02)
    script = EmulatorScript(replies=[reply, "Okay, I will not transfer you."])
    async with RealtimeEmulator(api_key=KEY, script=script, faults=faults) as emu:
        llm = RealtimeLLMService(
            api_key=KEY,
            base_url=emu.url,
            settings=RealtimeLLMService.Settings(
                model="gpt-realtime",
                session_properties=realtime_session(
                    audio_format="pcm",
                    output_modality=modality,
                    tools=[
                        {
                            "type": "function",
                            "name": "transfer_call",
                            "description": "Transfer the call to an agent.",
                            "parameters": {"type": "object", "properties": {}},
                        }
                    ],
                ),
            ),
        )
        llm.register_function("transfer_call", transfer_call)
        words = TTSTextFrame if modality == "audio" else LLMTextFrame
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: p.sink.of(words), what="the first words")
            await p.send(InterruptionFrame())  # the caller cuts in
            session = emu.sessions[0]
            await wait_until(
                lambda: any(e["type"] == "response.done" for e in session.sent),
                timeout=10,
                what="the cancelled response's end",
            )
            # the call was made after the cut (the test would show nothing otherwise)
            assert any(e["type"] == "response.function_call_arguments.done" for e in session.sent)
            await wait_until(
                lambda: not any(i["type"] == "function_call" for i in session.conversation),
                timeout=5,
                what="the call's item deleted",
            )
            # the caller's turn gets its reply, on a conversation with no call left unanswered
            await p.send(UserStartedSpeakingFrame())
            await p.send(InputAudioRawFrame(audio=bytes(9600), sample_rate=24000, num_channels=1))
            await p.send(UserStoppedSpeakingFrame())
            await wait_until(
                lambda: sum(e["type"] == "response.done" for e in session.sent) >= 2,
                timeout=5,
                what="the reply to the caller",
            )
            await asyncio.sleep(0.5)  # a reply to a result would have been asked for by now
            assert transfers == []
            creates = [e for e in session.received if e["type"] == "response.create"]
            assert len(creates) == 2, [e["type"] for e in session.received]
            assert not [
                e
                for e in session.sent
                if e["type"] == "error" and e["error"]["code"] != "response_cancel_not_active"
            ]
            truncations = [ev for f in p.sink.of(TruncationFrame) for ev in f.events]
            assert any(ev.action == "delete" and ev.method == "late" for ev in truncations)
