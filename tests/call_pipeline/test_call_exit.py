"""The model's exit (``end``, a transfer target) ends the call once its last words played.

Whole calls in pipecat's runner shape (``phone_call`` + ``run_call_worker``, as
``pipelines/phone_bot.py``): a Twilio media-stream simulator that would wait 14 s in
silence → the TechNest prompt → the realtime emulator walking the prompt's legal path.
"""

from __future__ import annotations

from typing import Any

import pytest
from loguru import logger
from pipecat.runner.types import WebSocketRunnerArguments
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute

from pipecat_rt_best.call_pipeline import (
    call_exit as call_exit_module,
    passthrough_transport,
    run_call_worker,
    serve_in_background,
)
from pipecat_rt_best.call_pipeline.assembly import phone_call, unavailable_tool_handlers
from pipecat_rt_best.call_pipeline.call_exit import call_ending_exits
from pipecat_rt_best.realtime_prompt import ConversationStateFrame, load_prompt
from pipecat_rt_best.realtime_prompt.loader import EXAMPLES
from pipecat_rt_best.testing.media_stream_simulator import MediaStreamSimulator, SimulatorRecord
from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    RealtimeEmulator,
    Reply,
    SessionRecord,
    ToolCall,
)

PROMPT = load_prompt(EXAMPLES / "tech_support_technest.yaml").prompt
HANDOFF = "I am transferring you to an engineer now, please hold."
GOODBYE = "Thank you for calling TechNest. Goodbye."


def _move(step: str, text: str = "") -> Reply:
    return Reply(text=text, tool_calls=[ToolCall("set_conversation_state", {"next_step": step})])


WALKS = {
    "human_agent": [
        _move("2_get_name", "Hello, TechNest support."),
        _move("3_verify_phone"),
        _move("6_escalate"),
        _move("human_agent", HANDOFF),
    ],
    "end": [
        _move("2_get_name", "Hello, TechNest support."),
        _move("3_verify_phone"),
        _move("4_collect_issue"),
        _move("5_troubleshoot"),
        _move("7_confirm_resolution"),
        _move("8_close"),
        _move("end", GOODBYE),
    ],
}


async def _call(
    exit_to: str, **call_kwargs: Any
) -> tuple[SimulatorRecord, SessionRecord, list[str]]:
    """One call walking to ``exit_to``; the caller stays silent up to 14 s."""
    script = EmulatorScript(
        replies=WALKS[exit_to], default_reply="Is there anything else?", ms_per_char=10
    )
    ended_by: list[str] = []
    async with RealtimeEmulator(api_key="k", script=script) as emu:
        env = {"OPENAI_API_KEY": "k", "OPENAI_REALTIME_URL": emu.url}

        async def route(ws: Any) -> None:
            await ws.accept()
            line = await passthrough_transport(WebSocketRunnerArguments(websocket=ws))
            assert line is not None
            transport, info = line
            call = await phone_call(
                transport,
                PROMPT,
                audio_format=info.session_audio_format,
                env=env,
                duck=False,
                tool_handlers=unavailable_tool_handlers(PROMPT),
                **call_kwargs,
            )
            await run_call_worker(call.worker, transport, info=info, parts=call)
            assert call.exits is not None
            ended_by.append(str(call.exits.ended_by))

        app = Starlette(routes=[WebSocketRoute("/ws", route)])
        async with serve_in_background(app) as base:
            sim = MediaStreamSimulator(
                base.replace("http://", "ws://") + "/ws", "twilio", max_duration_s=14
            )
            record = await sim.run()
        session = emu.last_session
        assert session is not None
    return record, session, ended_by


def _last_words_played(record: SimulatorRecord, session: SessionRecord) -> bool:
    """The caller got all of the bot's audio, the last reply's to its end."""
    last = list(session.output_audio.values())[-1]
    got = bytes(record.received_media)
    return last in got  # then padded with line silence to whole chunks


async def test_end_hangs_up_once_the_goodbye_has_played() -> None:
    record, session, ended_by = await _call("end")
    assert record.closed_by == "server"  # not the caller giving up after 14 s
    assert len(record.sent_media) < 8000 * 8  # well before that
    assert len(session.responses) == len(WALKS["end"])  # no reply after the exit's result
    assert _last_words_played(record, session)
    assert session.closed and ended_by == ["end"]


async def test_a_transfer_target_runs_its_handler_after_the_bots_words_then_ends() -> None:
    handed: list[ConversationStateFrame] = []

    async def transfer(frame: ConversationStateFrame) -> None:
        # a Twilio app would update the call with <Dial> TwiML here
        handed.append(frame)

    record, session, ended_by = await _call(
        "human_agent", transfer_handlers={"human_agent": transfer}
    )
    (frame,) = handed
    assert frame.exit == "human_agent" and frame.current == "6_escalate"
    assert record.closed_by == "server" and len(record.sent_media) < 8000 * 8
    assert len(session.responses) == len(WALKS["human_agent"])  # the bot talks on no more
    assert _last_words_played(record, session)
    assert session.closed and ended_by == ["human_agent"]


async def test_a_transfer_target_with_no_handler_is_warned_about_and_ends_the_call(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(call_exit_module, "_warned_targets", set())
    lines: list[str] = []
    sink = logger.add(lambda m: lines.append(str(m)), level="WARNING")
    try:
        record, session, ended_by = await _call("human_agent")
    finally:
        logger.remove(sink)
    assert sum("no transfer handler" in line and "'human_agent'" in line for line in lines) == 1
    assert record.closed_by == "server" and _last_words_played(record, session)
    assert len(session.responses) == len(WALKS["human_agent"]) and ended_by == ["human_agent"]


def test_the_exits_that_end_a_call_and_handlers_for_no_target(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(call_exit_module, "_warned_targets", set())

    async def handler(frame: ConversationStateFrame) -> None: ...

    targets = ("human_agent",)
    assert call_ending_exits(targets, {"human_agent": handler}) == {"end", "human_agent"}
    with pytest.raises(ValueError, match="'human_agnet': not a transfer target"):
        call_ending_exits(targets, {"human_agnet": handler})
