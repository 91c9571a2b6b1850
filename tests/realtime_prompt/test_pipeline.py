"""The structured prompt in a real pipecat pipeline (PipelineWorker + WorkerRunner), the
pack's realtime service against the emulator: the server receives the rendered prompt as
the session's instructions; an illegal ``set_conversation_state`` call gets the refusal
result; a legal one moves the state (frame + event) and, when narrowing, updates the
session's instructions before the model answers again."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from pipecat.frames.frames import LLMContextFrame, LLMTextFrame

from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.realtime_prompt.frames import ConversationStateFrame
from pipecat_rt_best.realtime_prompt.loader import load_prompt
from pipecat_rt_best.realtime_prompt.render import (
    STATE_TOOL_NAME,
    render_prompt,
    render_state_prompt,
)
from pipecat_rt_best.realtime_prompt.service import ConversationStateController
from pipecat_rt_best.realtime_prompt.state_tracker import TransitionResult
from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    RealtimeEmulator,
    Reply,
    SessionRecord,
    ToolCall,
)

from ..realtime.harness import RealtimePipeline, wait_until
from .helpers import TECHNEST

KEY = "test-key-123"
GREETING = "Hello, you've reached TechNest support, this is Riya. How can I help you today?"


def _script() -> EmulatorScript:
    return EmulatorScript(
        replies=[
            # greets, then jumps ahead to the close: not a move 1_greeting allows
            Reply(text=GREETING, tool_calls=[ToolCall(STATE_TOOL_NAME, {"next_step": "8_close"})]),
            # corrected by the refusal, the legal move
            Reply(tool_calls=[ToolCall(STATE_TOOL_NAME, {"next_step": "2_get_name"})]),
            "May I know who I'm speaking with?",
        ]
    )


def _service(url: str, controller: ConversationStateController, **kw: Any) -> RealtimeLLMService:
    llm = RealtimeLLMService(
        api_key=KEY,
        base_url=url,
        settings=RealtimeLLMService.Settings(
            session_properties=realtime_session(
                instructions=controller.instructions(),
                tools=controller.session_tools(),
                output_modality="text",
            )
        ),
        **kw,
    )
    controller.register(llm)
    return llm


def _outputs(conversation: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        json.loads(i["output"]) for i in conversation if i.get("type") == "function_call_output"
    ]


def _kinds(received: list[dict[str, Any]]) -> list[str]:
    """The session updates, response requests and items the client sent, in order."""
    return [
        e["item"]["type"] if e["type"] == "conversation.item.create" else e["type"]
        for e in received
        if e.get("type") in ("session.update", "response.create", "conversation.item.create")
    ]


def _text(p: RealtimePipeline) -> str:
    return "".join(f.text for f in p.sink.of(LLMTextFrame))


@asynccontextmanager
async def _scripted_call(
    controller: ConversationStateController,
) -> AsyncIterator[tuple[RealtimePipeline, SessionRecord]]:
    """The scripted call, run until the third reply: the pipeline and the server's session."""
    async with RealtimeEmulator(api_key=KEY, script=_script()) as emu:
        async with RealtimePipeline(_service(emu.url, controller)) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(
                lambda: "who I'm speaking with" in _text(p), timeout=10, what="the third reply"
            )
            session = emu.last_session
            assert session is not None
            yield p, session


async def test_rendered_prompt_refusal_and_legal_move() -> None:
    prompt = load_prompt(TECHNEST).prompt
    controller = ConversationStateController(prompt)
    changes: list[ConversationStateFrame] = []
    refusals: list[TransitionResult] = []

    @controller.event_handler("on_state_changed")
    async def on_changed(_c: Any, frame: ConversationStateFrame) -> None:
        changes.append(frame)

    @controller.event_handler("on_transition_refused")
    async def on_refused(_c: Any, result: TransitionResult) -> None:
        refusals.append(result)

    async with _scripted_call(controller) as (p, session):
        # the instructions the server has are the rendered prompt, exactly
        assert session.config["instructions"] == render_prompt(prompt, state_tool=STATE_TOOL_NAME)
        tools = {t["name"]: t for t in session.config["tools"]}
        assert set(tools) == {
            "verify_customer",
            "check_outage",
            "create_ticket",
            STATE_TOOL_NAME,
        }
        enum = tools[STATE_TOOL_NAME]["parameters"]["properties"]["next_step"]["enum"]
        assert enum[:8] == prompt.state_ids and "human_agent" in enum and "end" in enum

        refused, accepted = _outputs(session.conversation)
        assert refused["accepted"] is False and refused["current_state"] == "1_greeting"
        assert "'8_close' is not allowed from '1_greeting'" in refused["message"]
        assert refused["allowed_next_steps"] == [
            {"next_step": "2_get_name", "condition": "Once the greeting is done."}
        ]
        assert accepted["accepted"] is True and accepted["current_state"] == "2_get_name"
        assert [t["next_step"] for t in accepted["allowed_next_steps"]] == ["3_verify_phone"]

        assert controller.current_state == "2_get_name"
        assert [r.requested for r in refusals] == ["8_close"]
        assert [(c.previous, c.current) for c in changes] == [("1_greeting", "2_get_name")]
        pushed = p.sink.of(ConversationStateFrame)
        assert [(f.previous, f.current, f.exit) for f in pushed] == [
            ("1_greeting", "2_get_name", None)
        ]
        # without narrowing, the session's instructions never change
        updates = session.received_of("session.update")
        assert {u["session"]["instructions"] for u in updates} == {session.config["instructions"]}
        assert _kinds(session.received) == [
            "session.update",
            "session.update",
            "response.create",
            "function_call_output",  # the refusal
            "response.create",
            "function_call_output",  # the acceptance
            "response.create",
        ]


async def test_narrowing_updates_the_session_before_the_next_response() -> None:
    prompt = load_prompt(TECHNEST).prompt
    controller = ConversationStateController(prompt, narrow_instructions=True)
    async with _scripted_call(controller) as (_, session):
        first = render_state_prompt(prompt, "1_greeting", state_tool=STATE_TOOL_NAME)
        second = render_state_prompt(prompt, "2_get_name", state_tool=STATE_TOOL_NAME)
        # pipecat configures the session on session.created and again before its first
        # response; the refused move changed nothing; the legal one narrowed it to 2_get_name
        instructions = [u["session"]["instructions"] for u in session.received_of("session.update")]
        assert instructions == [first, first, second]
        assert session.config["instructions"] == second
        assert session.config["tools"][-1]["name"] == STATE_TOOL_NAME  # tools kept
        # order on the wire: the accepted result, the session.update, then the next response
        assert _kinds(session.received) == [
            "session.update",  # the initial configuration
            "session.update",
            "response.create",  # greeting + illegal call
            "function_call_output",  # the refusal
            "response.create",
            "function_call_output",  # the acceptance
            "session.update",  # narrowed to 2_get_name
            "response.create",  # "May I know who I'm speaking with?"
        ]


async def test_arguments_that_are_not_a_json_object_get_a_refusal_and_the_model_goes_on() -> None:
    # pipecat's service dropped a call whose arguments did not parse: no result, no next
    # response, the model silent; valid JSON that is not an object crashed the handler
    for arguments in ('{"next_step": "2_get_name"', '"2_get_name"'):
        controller = ConversationStateController(load_prompt(TECHNEST).prompt)
        script = EmulatorScript(
            replies=[
                Reply(text="Hello.", tool_calls=[ToolCall(STATE_TOOL_NAME, arguments)]),
                "Again.",
            ]
        )
        async with RealtimeEmulator(api_key=KEY, script=script) as emu:
            async with RealtimePipeline(_service(emu.url, controller)) as p:
                await p.send(LLMContextFrame(p.context))
                await wait_until(
                    lambda p=p: "Again." in "".join(f.text for f in p.sink.of(LLMTextFrame)),
                    timeout=5,
                    what="the model's next reply",
                )
                session = emu.last_session
                assert session is not None
                [refusal] = _outputs(session.conversation)
                assert not refusal["accepted"] and refusal["allowed_next_steps"]
                assert controller.current_state == "1_greeting"


async def test_a_state_result_after_a_reconnect_goes_to_the_new_session_as_a_message() -> None:
    # the new session never had the old one's call: a function_call_output naming it is
    # refused by the server (invalid_tool_call_id), and the model never heard the result
    import asyncio

    def responder(conversation: list[dict[str, Any]]) -> Reply | str:
        if not any(i.get("type") == "message" and i.get("role") == "user" for i in conversation):
            call = ToolCall(STATE_TOOL_NAME, {"next_step": "2_get_name"}, call_id="call_OLD_1")
            return Reply(text="Hello.", tool_calls=[call])
        return "After the move."

    controller = ConversationStateController(load_prompt(TECHNEST).prompt)
    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(responder=responder)) as emu:
        llm = _service(emu.url, controller, reconnect=True)

        @controller.event_handler("on_state_changed")
        async def _slow(_c: Any, _frame: Any) -> None:
            for conn in list(emu._connections):
                conn.drop("network blip")  # the socket dies while the handler works
            await asyncio.sleep(0.5)

        async with RealtimePipeline(llm) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: llm.reconnects >= 1, timeout=10, what="the reconnect")
            await asyncio.sleep(1.0)
            new = emu.sessions[-1]
            assert not new.errors_sent, new.errors_sent
            sent = [
                e["item"]["type"] for e in new.received if e["type"] == "conversation.item.create"
            ]
            assert "function_call_output" not in sent
            assert controller.current_state == "2_get_name"


def _weather_context() -> Any:
    """The bot's own tool, declared the ordinary pipecat way: in its LLMContext."""
    from pipecat.adapters.llm.schemas.function_schema import FunctionSchema
    from pipecat.adapters.llm.schemas.tools_schema import ToolsSchema
    from pipecat.processors.aggregators.llm_context import LLMContext

    weather = FunctionSchema(name="get_weather", description="w", properties={}, required=[])
    return LLMContext(tools=ToolsSchema(standard_tools=[weather]))


async def test_the_state_tool_and_the_prompts_tools_survive_a_context_that_has_tools() -> None:
    # pipecat sends the context's tools when it has any, else the session's: the state tool
    # (and the prompt's own tools) were dropped, and the model could never move the state
    controller = ConversationStateController(load_prompt(TECHNEST).prompt)
    async with RealtimeEmulator(api_key=KEY, script=_script()) as emu:
        async with RealtimePipeline(_service(emu.url, controller), _weather_context()) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(
                lambda: "who I'm speaking with" in _text(p), timeout=10, what="the third reply"
            )
            session = emu.last_session
            assert session is not None
            # the update sent once the context is there (the one on session.created has
            # only the session's tools)
            assert [t["name"] for t in session.config["tools"]] == [
                "get_weather",  # the context's first, then the session's own
                "verify_customer",
                "check_outage",
                "create_ticket",
                STATE_TOOL_NAME,
            ]
            assert controller.current_state == "2_get_name"  # the model moved it


async def test_a_state_tool_that_reaches_no_session_update_is_warned_about() -> None:
    from loguru import logger

    controller = ConversationStateController(load_prompt(TECHNEST).prompt)
    warnings: list[str] = []
    sink = logger.add(lambda m: warnings.append(str(m)), level="WARNING", format="{message}")
    try:
        async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=["Hi."])) as emu:
            llm = RealtimeLLMService(  # the session's tools forgotten: the state tool nowhere
                api_key=KEY,
                base_url=emu.url,
                settings=RealtimeLLMService.Settings(
                    session_properties=realtime_session(
                        instructions=controller.instructions(), output_modality="text"
                    )
                ),
            )
            controller.register(llm)
            async with RealtimePipeline(llm, _weather_context()) as p:
                await p.send(LLMContextFrame(p.context))
                await wait_until(lambda: "Hi." in _text(p), timeout=10, what="the reply")
                session = emu.last_session
                assert session is not None and len(session.received_of("session.update")) == 2
    finally:
        logger.remove(sink)
    missing = [w for w in warnings if f"no {STATE_TOOL_NAME!r} tool" in w]
    assert len(missing) == 1, warnings  # once, not once per session.update
    assert "conversation-state tool" in missing[0] and "realtime_session(tools=" in missing[0]
