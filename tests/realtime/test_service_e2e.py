"""The pack's realtime service in a real pipecat pipeline (PipelineWorker + WorkerRunner),
against the emulator: audio and text modality, G.711 both ways, a tool call, server errors,
a refused handshake, a dropped connection, and the Azure flavour."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import numpy as np
import pytest
from pipecat.frames.frames import (
    ErrorFrame,
    InputAudioRawFrame,
    LLMContextFrame,
    LLMContextUserTurnFrame,
    LLMFullResponseEndFrame,
    LLMFullResponseStartFrame,
    LLMTextFrame,
    MetricsFrame,
    TranscriptionFrame,
    TTSAudioRawFrame,
    TTSTextFrame,
    UserStartedSpeakingFrame,
    UserStoppedSpeakingFrame,
)
from pipecat.metrics.metrics import TTFBMetricsData
from pipecat.processors.aggregators.llm_response_universal import UserTurnMessageAddedMessage
from pipecat.processors.frame_processor import FrameDirection
from pipecat.services.llm_service import FunctionCallParams
from pipecat.services.openai.realtime import events

from pipecat_rt_best.base import G711InputAudioFrame, G711TTSAudioFrame, g711
from pipecat_rt_best.g711_passthrough.observer import bot_failure
from pipecat_rt_best.realtime import AzureRealtimeLLMService, RealtimeLLMService, realtime_session
from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    Faults,
    RealtimeEmulator,
    Reply,
    ToolCall,
)

from .harness import RealtimePipeline, newer_session_events, wait_until

KEY = "test-key-123"
GREETING = "Hello, this is Asha from City Bank."


def _service(url: str, fmt: str = "pcm", modality: str = "audio", **kw: Any) -> RealtimeLLMService:
    return RealtimeLLMService(
        api_key=KEY,
        base_url=url,
        settings=RealtimeLLMService.Settings(
            model="gpt-realtime",
            system_instruction="Be brief.",
            session_properties=realtime_session(audio_format=fmt, output_modality=modality),  # type: ignore[arg-type]
        ),
        **kw,
    )


def _responses_done(p: RealtimePipeline) -> int:
    return len(p.sink.of(LLMFullResponseEndFrame))


async def test_audio_pcm_round_trip_with_system_prompt() -> None:
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        async with RealtimePipeline(_service(emu.url)) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _responses_done(p) >= 1, what="the greeting")
            session = emu.last_session
            assert session is not None
            assert session.config["instructions"] == "Be brief."
            assert session.config["audio"]["input"]["turn_detection"] is None
            audio = b"".join(f.audio for f in p.sink.of(TTSAudioRawFrame))
            item_id = next(iter(session.output_audio))
            assert audio == session.output_audio[item_id]  # every byte the model sent, in order
            assert {f.sample_rate for f in p.sink.of(TTSAudioRawFrame)} == {24000}
            assert "".join(f.text for f in p.sink.of(TTSTextFrame)).strip() == GREETING


async def test_g711_both_ways_is_byte_exact() -> None:
    async with RealtimeEmulator(
        api_key=KEY, script=EmulatorScript(replies=[GREETING, "Sure."])
    ) as emu:
        async with RealtimePipeline(_service(emu.url, fmt="pcmu")) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _responses_done(p) >= 1, what="the greeting")
            session = emu.last_session
            assert session is not None
            assert session.config["audio"]["input"]["format"]["type"] == "audio/pcmu"
            out = p.sink.of(G711TTSAudioFrame)
            assert out and {f.sample_rate for f in out} == {8000}
            item_id = next(iter(session.output_audio))
            assert b"".join(f.g711 for f in out) == session.output_audio[item_id]
            # the decoded copy pipecat sees is the same audio
            assert b"".join(f.audio for f in out) == g711.decode_to_bytes(
                session.output_audio[item_id], "ulaw"
            )

            rng = np.random.default_rng(3)
            line = rng.integers(0, 256, size=160 * 25, dtype=np.uint8).tobytes()  # incl. 0x7F
            frames = [
                G711InputAudioFrame.from_line(line[i : i + 160]) for i in range(0, len(line), 160)
            ]
            await p.send(*frames, UserStoppedSpeakingFrame())
            await wait_until(lambda: _responses_done(p) >= 2, what="the reply")
            assert session.input_audio_turns == [line]


async def test_text_modality() -> None:
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        async with RealtimePipeline(_service(emu.url, modality="text")) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _responses_done(p) >= 1, what="the greeting")
            assert not p.sink.of(TTSAudioRawFrame)
            text = "".join(f.text for f in p.sink.of(LLMTextFrame))
            assert text.strip() == GREETING
            assert emu.last_session is not None
            assert emu.last_session.config["output_modalities"] == ["text"]


def _balance_service(url: str, get_balance: Any) -> RealtimeLLMService:
    """A text-modality service with one tool, get_balance, handled by ``get_balance``."""
    tools = [
        {
            "type": "function",
            "name": "get_balance",
            "description": "Account balance",
            "parameters": {"type": "object", "properties": {"account": {"type": "string"}}},
        }
    ]
    llm = RealtimeLLMService(
        api_key=KEY,
        base_url=url,
        settings=RealtimeLLMService.Settings(
            session_properties=realtime_session(tools=tools, output_modality="text")
        ),
    )
    llm.register_function("get_balance", get_balance)
    return llm


async def test_text_modality_reports_each_manual_turn_s_ttfb_at_its_first_text() -> None:
    # pipecat stops the LLM's TTFB on audio deltas only: in text modality a turn's TTFB ran on
    # until the next commit restarted it (the first turn's was lost, the last one reported
    # at shutdown)
    replies = ["One two three.", "Four five six."]
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=replies)) as emu:
        llm = _service(emu.url, fmt="pcmu", modality="text")
        async with RealtimePipeline(llm, metrics=True) as p:
            for turn in (1, 2):
                caller = [G711InputAudioFrame.from_line(b"\x55" * 160)] * 25  # 500 ms
                await p.send(UserStartedSpeakingFrame(), *caller, UserStoppedSpeakingFrame())
                await wait_until(lambda t=turn: _responses_done(p) >= t, what=f"reply {turn}")
            steps: list[str] = []
            for direction, frame in p.sink.frames:
                if direction != FrameDirection.DOWNSTREAM:
                    continue
                if isinstance(frame, UserStoppedSpeakingFrame):
                    steps.append("turn")
                elif isinstance(frame, LLMTextFrame) and steps[-1:] != ["text"]:
                    steps.append("text")
                elif isinstance(frame, LLMFullResponseEndFrame):
                    steps.append("end")
                elif isinstance(frame, MetricsFrame) and any(
                    isinstance(d, TTFBMetricsData) and d.processor == llm.name for d in frame.data
                ):
                    steps.append("ttfb")
        # one TTFB per turn, at its first text (pipecat's initial report comes before any turn)
        assert steps[steps.index("turn") :] == ["turn", "ttfb", "text", "end"] * 2, steps


async def test_function_call_round_trip() -> None:
    script = EmulatorScript(
        replies=[
            Reply(tool_calls=[ToolCall(name="get_balance", arguments={"account": "1234"})]),
            "Your balance is four thousand rupees.",
        ]
    )
    calls: list[dict[str, Any]] = []

    async def get_balance(params: FunctionCallParams) -> None:
        calls.append(dict(params.arguments))
        await params.result_callback({"balance_inr": 4000})

    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        llm = _balance_service(emu.url, get_balance)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(
                lambda: "four thousand" in "".join(f.text for f in p.sink.of(LLMTextFrame)),
                timeout=8,
                what="the answer after the tool",
            )
            assert calls == [{"account": "1234"}]
            session = emu.last_session
            assert session is not None
            outputs = [i for i in session.conversation if i.get("type") == "function_call_output"]
            assert len(outputs) == 1 and '"balance_inr": 4000' in outputs[0]["output"]
            assert session.config["tools"][0]["name"] == "get_balance"


async def test_a_tool_result_sent_while_a_reply_is_being_created_still_gets_its_own() -> None:
    # the caller's turn asks for a reply; the tool's result goes out one round trip before
    # that reply's response.created comes back: it is not in that reply, and pipecat took
    # it to be, so the answer owed for it was skipped and the bot fell silent
    script = EmulatorScript(
        replies=[
            Reply(tool_calls=[ToolCall(name="get_balance", arguments={"account": "1234"})]),
            "One moment please.",
            "Your balance is four thousand rupees.",
        ]
    )
    caller_done = asyncio.Event()

    async def get_balance(params: FunctionCallParams) -> None:
        await caller_done.wait()  # the result goes out right after the caller's turn
        await params.result_callback({"balance_inr": 4000})

    faults = Faults(response_created_delay_s=0.3)
    async with RealtimeEmulator(api_key=KEY, script=script, faults=faults) as emu:
        llm = _balance_service(emu.url, get_balance)
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _responses_done(p) >= 1, timeout=5, what="the tool call")
            await p.send(UserStartedSpeakingFrame())
            await p.send(InputAudioRawFrame(audio=bytes(9600), sample_rate=24000, num_channels=1))
            await p.send(UserStoppedSpeakingFrame())
            await asyncio.sleep(0.1)  # the commit and response.create are on their way
            caller_done.set()
            await wait_until(
                lambda: "four thousand" in "".join(f.text for f in p.sink.of(LLMTextFrame)),
                timeout=8,
                what="the answer to the tool result",
            )
            session = emu.last_session
            assert session is not None
            kinds = [e["type"] for e in session.received]
            create = kinds.index("response.create", kinds.index("input_audio_buffer.commit"))
            assert "conversation.item.create" in kinds[create:], kinds  # the race happened


def _no_event_id(event: dict[str, Any]) -> dict[str, Any]:
    """An error event as a server that does not echo the client's event_id sends it."""
    if event.get("type") == "error":
        event = {**event, "error": {**event["error"], "event_id": None}}
    return event


@pytest.mark.parametrize("echoes_event_id", [True, False], ids=["event-id", "no-event-id"])
async def test_a_refused_session_setup_makes_the_service_unusable_and_sends_no_turn(
    echoes_event_id: bool,
) -> None:
    # the server refuses the session.update that sets the call up (a voice it does not
    # offer): the session never becomes ready, so the greeting never comes; the call must
    # end (or fall back), not idle in silence or send turns to an unconfigured session.
    # no-event-id: a server that does not echo the refused event's id (an emulator-fidelity
    # review: the refusal was then a plain error, and the greeting waited for ever)
    faults = Faults(rewrite_event=None if echoes_event_id else _no_event_id)
    async with RealtimeEmulator(
        api_key=KEY, script=EmulatorScript(replies=[GREETING]), faults=faults
    ) as emu:
        llm = RealtimeLLMService(
            api_key=KEY,
            base_url=emu.url,
            settings=RealtimeLLMService.Settings(
                model="gpt-realtime",
                session_properties=realtime_session(audio_format="pcmu", voice="nova"),
            ),
        )
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: p.source.of(ErrorFrame), what="the refusal")
            (error,) = p.source.of(ErrorFrame)
            assert "nova" in error.error and "setup was refused" in error.error
            assert not llm.is_usable
            assert bot_failure(error) is not None  # the runner ends the call on it
            await p.send(UserStartedSpeakingFrame())
            await p.send(G711InputAudioFrame.from_line(bytes([0xFF]) * 1600))
            await p.send(UserStoppedSpeakingFrame())
            await asyncio.sleep(0.3)
            session = emu.last_session
            assert session is not None
            kinds = [e["type"] for e in session.received]
            assert "input_audio_buffer.commit" not in kinds and "response.create" not in kinds


async def test_a_refused_update_on_a_ready_session_is_reported_and_the_call_goes_on() -> None:
    async with RealtimeEmulator(
        api_key=KEY, script=EmulatorScript(replies=[GREETING, "Still here."])
    ) as emu:
        llm = _service(emu.url, modality="text")
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _responses_done(p) >= 1, what="the greeting")
            await llm.send_client_event(
                events.SessionUpdateEvent(
                    session=events.SessionProperties(
                        audio=events.AudioConfiguration(output=events.AudioOutput(voice="nova"))
                    )
                )
            )
            await wait_until(lambda: p.source.of(ErrorFrame), what="the refusal")
            assert llm.is_usable and "setup was refused" not in p.source.of(ErrorFrame)[0].error
            await llm.send_client_event(events.ResponseCreateEvent())
            await wait_until(lambda: _responses_done(p) >= 2, what="the next reply")


async def test_server_error_is_an_error_frame_and_the_session_goes_on() -> None:
    async with RealtimeEmulator(
        api_key=KEY, script=EmulatorScript(replies=[GREETING, "Still here."])
    ) as emu:
        llm = _service(emu.url, modality="text")
        seen: list[Any] = []

        @llm.event_handler("on_server_error")
        async def on_error(_svc: Any, error: Any) -> None:
            seen.append(error)

        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _responses_done(p) >= 1, what="the greeting")
            # commit on an empty input buffer: the real server answers with an error event
            await llm.send_client_event(events.InputAudioBufferCommitEvent())
            await wait_until(
                lambda: bool(p.source.of(ErrorFrame, FrameDirection.UPSTREAM)), what="an ErrorFrame"
            )
            error = p.source.of(ErrorFrame, FrameDirection.UPSTREAM)[0]
            assert "input_audio_buffer_commit_empty" in error.error
            assert not error.fatal and llm.is_usable
            assert seen and seen[0].code == "input_audio_buffer_commit_empty"
            # the socket is still read: a new response arrives
            await llm.send_client_event(events.ResponseCreateEvent())
            await wait_until(
                lambda: "Still here." in "".join(f.text for f in p.sink.of(LLMTextFrame)),
                what="a reply after the error",
            )


async def test_appended_assistant_message_has_the_ga_shape() -> None:
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        async with RealtimePipeline(_service(emu.url, modality="text")) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _responses_done(p) >= 1, what="the greeting")
            # what pipecat's service does with an appended assistant message
            await p.llm._send_message_item("I said the rate is 9%.", role="assistant")
            await p.llm._send_message_item("Caller is verified.", role="system")
            session = emu.last_session
            assert session is not None
            await wait_until(lambda: len(session.conversation) >= 3, what="the appended items")
            by_role = {i["role"]: i for i in session.conversation if i.get("type") == "message"}
            assert by_role["assistant"]["content"][0]["type"] in ("output_text", "text")
            assert any(
                c.get("text") == "I said the rate is 9%."
                for i in session.conversation
                for c in i.get("content", [])
            )
            assert session.errors_sent == []


async def test_an_appended_assistant_message_is_not_taken_for_a_model_reply() -> None:
    # the server echoes it as conversation.item.added: pipecat announced a response for it
    # and the truncation clock registered it, so the next barge-in deleted the app's message
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        async with RealtimePipeline(_service(emu.url, fmt="pcmu")) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _responses_done(p) >= 1, what="the greeting")
            starts = len(p.sink.of(LLMFullResponseStartFrame))
            await p.llm._send_message_item("I said the rate is 9%.", role="assistant")
            session = emu.last_session
            assert session is not None
            await wait_until(lambda: len(session.conversation) >= 2, what="the appended item")
            await asyncio.sleep(0.2)  # the echo has been handled
            [added] = [i["id"] for i in session.conversation if i.get("role") == "assistant"][-1:]
            plan = p.llm.playout_clock.plan(time.monotonic())
            assert added not in [d.item_id for d in plan.decisions]  # nothing to cut or delete
            assert len(p.sink.of(LLMFullResponseStartFrame)) == starts


async def test_refused_handshake_is_reported_not_a_crash() -> None:
    async with RealtimeEmulator(api_key=KEY) as emu:
        emu.faults.refuse_handshake = 429
        async with RealtimePipeline(_service(emu.url)) as p:
            await wait_until(
                lambda: bool(p.source.of(ErrorFrame, FrameDirection.UPSTREAM)), what="an ErrorFrame"
            )
            error = p.source.of(ErrorFrame, FrameDirection.UPSTREAM)[0]
            assert "429" in error.error
            assert KEY not in error.error


async def test_wrong_key_is_refused_and_the_key_is_not_in_the_error() -> None:
    async with RealtimeEmulator(api_key=KEY) as emu:
        llm = RealtimeLLMService(api_key="wrong-secret-key", base_url=emu.url)
        async with RealtimePipeline(llm) as p:
            await wait_until(
                lambda: bool(p.source.of(ErrorFrame, FrameDirection.UPSTREAM)), what="an ErrorFrame"
            )
            error = p.source.of(ErrorFrame, FrameDirection.UPSTREAM)[0]
            assert "401" in error.error and "wrong-secret-key" not in error.error


async def test_dropped_connection_is_reported() -> None:
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING * 4])) as emu:
        emu.faults.drop_after_events = 8
        llm = _service(emu.url)
        lost: list[str] = []

        @llm.event_handler("on_connection_lost")
        async def on_lost(_svc: Any, reason: str) -> None:
            lost.append(reason)

        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: bool(lost), what="on_connection_lost")
            # the handler and the upstream ErrorFrame come from the same failure, in no fixed
            # order (a loaded machine once checked between the two)
            await wait_until(
                lambda: any(
                    "connection lost" in e.error
                    for e in p.source.of(ErrorFrame, FrameDirection.UPSTREAM)
                ),
                what="the connection-lost ErrorFrame",
            )
            errors = p.source.of(ErrorFrame, FrameDirection.UPSTREAM)
            # the caller keeps talking: no error per packet on the dead socket
            before = len(errors)
            for _ in range(25):
                await p.send(
                    InputAudioRawFrame(audio=bytes(960), sample_rate=24000, num_channels=1)
                )
            await wait_until(lambda: llm._dropped_sends >= 25, what="the sends to be dropped")
            assert len(p.source.of(ErrorFrame, FrameDirection.UPSTREAM)) == before


@pytest.mark.parametrize("fmt", ["pcma"])
async def test_azure_flavour_uses_api_key_header_and_azure_path(fmt: str) -> None:
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=[GREETING])) as emu:
        llm = AzureRealtimeLLMService(
            api_key=KEY,
            base_url=emu.azure_url,
            settings=AzureRealtimeLLMService.Settings(
                model="my-deployment",
                session_properties=realtime_session(audio_format=fmt),  # type: ignore[arg-type]
            ),
        )
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _responses_done(p) >= 1, what="the greeting")
            session = emu.last_session
            assert session is not None and session.path == "/openai/v1/realtime"
            assert session.model == "my-deployment"
            out = p.sink.of(G711TTSAudioFrame)
            assert out and all(f.law == "alaw" for f in out)


def _newer_api(event: dict[str, Any]) -> dict[str, Any]:
    """A response.done as a newer API might send it: an output item type, a content part and
    a usage field pipecat's models do not know."""
    if event["type"] != "response.done":
        return event
    response = dict(event["response"])
    output = [dict(item) for item in response.get("output") or []]
    if output:
        output[0]["content"] = [*output[0].get("content", []), {"type": "refusal"}]
    output.append({"id": "item_tools", "type": "mcp_list_tools", "server_label": "crm"})
    response["output"] = output
    response["usage"] = {**(response.get("usage") or {}), "total_tokens": "n/a"}
    return {**event, "response": response}


async def test_a_response_done_the_models_refuse_still_ends_the_response() -> None:
    # skipped whole, it left the response running: every later turn's response.create was
    # held back for it and the bot never spoke again
    async with RealtimeEmulator(
        api_key=KEY,
        script=EmulatorScript(replies=[GREETING, "Still here."]),
        faults=Faults(rewrite_event=_newer_api),
    ) as emu:
        llm = _service(emu.url, modality="text")
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _responses_done(p) >= 1, what="the greeting's end")
            assert not llm._response_active
            assert not p.source.of(ErrorFrame, FrameDirection.UPSTREAM)
            # the caller's turn (manual turns: commit + response.create) gets its answer
            await p.send(InputAudioRawFrame(audio=bytes(9600), sample_rate=24000, num_channels=1))
            await p.send(UserStoppedSpeakingFrame())
            await wait_until(
                lambda: "Still here." in "".join(f.text for f in p.sink.of(LLMTextFrame)),
                what="the answer to the next turn",
            )


async def test_an_error_with_no_message_refusing_our_create_does_not_silence_the_bot() -> None:
    def no_message(event: dict[str, Any]) -> dict[str, Any]:
        if event["type"] == "error":
            return {**event, "error": {**event["error"], "message": None}}
        return event

    async with RealtimeEmulator(
        api_key=KEY, script=EmulatorScript(replies=[GREETING, "Still here."])
    ) as emu:
        llm = _service(emu.url, modality="text")
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _responses_done(p) >= 1, what="the greeting")
            emu.faults.rewrite_event = no_message
            # a create the server refuses (its response is not an object), as our own create
            llm._response_active = True
            bad = events.ResponseCreateEvent()
            llm._manual_create_id = bad.event_id
            await llm._ws_send({**bad.model_dump(exclude_none=True), "response": "nonsense"})
            await wait_until(
                lambda: bool(p.source.of(ErrorFrame, FrameDirection.UPSTREAM)), what="the error"
            )
            assert "(no message)" in p.source.of(ErrorFrame, FrameDirection.UPSTREAM)[0].error
            assert not llm._response_active  # our create was refused: nothing runs
            assert llm.is_usable


async def test_a_burst_of_events_the_models_refuse_is_not_a_lost_connection() -> None:
    # 50 audio deltas a second is what a real reply sends: had each counted as a failing
    # receive loop, 20 of them would have ended a healthy session
    bad_left = 30

    def null_deltas(event: dict[str, Any]) -> dict[str, Any]:
        nonlocal bad_left
        if event["type"] == "response.output_audio.delta" and bad_left > 0:
            bad_left -= 1
            return {**event, "delta": None}
        return event

    async with RealtimeEmulator(
        api_key=KEY,
        script=EmulatorScript(replies=[GREETING * 6]),
        faults=Faults(rewrite_event=null_deltas),
    ) as emu:
        llm = _service(emu.url)
        lost: list[str] = []

        @llm.event_handler("on_connection_lost")
        async def on_lost(_svc: Any, reason: str) -> None:
            lost.append(reason)

        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _responses_done(p) >= 1, what="the reply's end")
            assert bad_left == 0 and not lost
            assert p.sink.of(TTSAudioRawFrame)  # the deltas after the burst were played


async def _context_after_turns(
    replies: list[str],
    transcript_delay_s: float,
    transcripts: list[str] | None = None,
    reported: list[str] | None = None,
) -> tuple[list[tuple[str, str]], RealtimePipeline]:
    """Caller turns on a paced audio session whose input transcripts come this late, each
    turn once the previous reply has ended; the context's (role, text) once the last
    transcript has come, and the pipeline (stopped). ``reported`` collects the caller turns
    the user aggregator's ``on_user_turn_message_added`` reports."""
    transcripts = transcripts or [f"caller turn {i + 1}" for i in range(len(replies))]
    async with RealtimeEmulator(
        api_key=KEY,
        script=EmulatorScript(replies=["Hello.", *replies], user_transcripts=transcripts),
        faults=Faults(transcription_delay_s=transcript_delay_s, realtime_pacing=True),
    ) as emu:
        llm = RealtimeLLMService(
            api_key=KEY,
            base_url=emu.url,
            settings=RealtimeLLMService.Settings(
                model="gpt-realtime",
                session_properties=realtime_session(audio_format="pcm", transcribe_input=True),
            ),
        )
        p = RealtimePipeline(llm)

        @p.aggregators.user().event_handler("on_user_turn_message_added")
        async def on_added(_agg: Any, message: UserTurnMessageAddedMessage) -> None:
            if reported is not None:
                reported.append(message.content)

        async with p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _responses_done(p) >= 1, what="the greeting", timeout=10)
            for turn in range(2, len(replies) + 2):
                await p.send(UserStartedSpeakingFrame())
                await p.send(
                    InputAudioRawFrame(audio=bytes(9600), sample_rate=24000, num_channels=1)
                )
                await p.send(UserStoppedSpeakingFrame())
                await _replies_done(p, turn)
            await asyncio.sleep(transcript_delay_s + 0.5)  # the last transcript has come by now
            return [(m["role"], _text_of(m)) for m in p.context.get_messages()], p  # type: ignore[index]


async def _replies_done(p: RealtimePipeline, count: int) -> None:
    await wait_until(lambda: _responses_done(p) >= count, what="the reply", timeout=10)


def _text_of(message: Any) -> str:
    content = message.get("content")
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") for part in content or [])


async def test_a_transcript_that_comes_while_the_reply_plays_lands_before_it() -> None:
    # the real server transcribes asynchronously: the transcript may follow response.created
    reply = "Your EMI of twelve thousand rupees is due on the fifth of December."
    messages, _ = await _context_after_turns([reply], 0.5, ["when is my emi due"])
    assert [role for role, _ in messages] == ["assistant", "user", "assistant"], messages
    assert messages[1][1] == "when is my emi due"


async def test_a_transcript_that_comes_after_a_short_reply_ended_still_lands_before_it() -> None:
    # pipecat's user aggregator writes the caller's turn when the reply ends; a transcript
    # later than that used to wait for the next turn and land after the reply, merged
    # with the next turn's words
    reported: list[str] = []
    messages, p = await _context_after_turns(["Okay.", "Sure."], 1.5, reported=reported)
    assert messages == [
        ("assistant", "Hello."),
        ("user", "caller turn 1"),
        ("assistant", "Okay."),
        ("user", "caller turn 2"),
        ("assistant", "Sure."),
    ], messages
    # the transcripts still go out for observers, each once
    texts = [f.text for f in p.sink.of(TranscriptionFrame)]
    assert texts == ["caller turn 1", "caller turn 2"], texts
    # and pipecat's user aggregator reports each placed turn, as it reports its own writes
    assert reported == ["caller turn 1", "caller turn 2"], reported
    turns = [f.text for f in p.sink.of(LLMContextUserTurnFrame)]
    assert turns == ["caller turn 1", "caller turn 2"], turns


async def test_session_events_the_models_refuse_still_make_the_session_ready() -> None:
    # skipped whole, an unreadable session.updated left the session never ready: the bot
    # never spoke
    async with RealtimeEmulator(
        api_key=KEY,
        script=EmulatorScript(replies=[GREETING]),
        faults=Faults(rewrite_event=newer_session_events),
    ) as emu:
        llm = _service(emu.url, modality="text")
        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: _responses_done(p) >= 1, what="the greeting")
            assert GREETING in "".join(f.text for f in p.sink.of(LLMTextFrame))
