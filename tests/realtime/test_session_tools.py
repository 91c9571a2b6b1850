"""The session's own tools are merged into the context's, handlers included
(realtime/session_tools.py)."""

from __future__ import annotations

from typing import Any

from loguru import logger
from pipecat.adapters.llm.schemas.function_schema import FunctionSchema
from pipecat.adapters.llm.schemas.tools_schema import ToolsSchema
from pipecat.frames.frames import (
    LLMContextFrame,
    LLMSetToolsFrame,
    LLMTextFrame,
    LLMUpdateSettingsFrame,
)
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.services.llm_service import FunctionCallParams

from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.realtime.session_tools import (
    SessionToolsAdapter,
    merge_tools,
    tool_names,
    with_session_tools,
)
from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    RealtimeEmulator,
    Reply,
    ToolCall,
)

from .harness import RealtimePipeline, wait_until

KEY = "test-key-123"


def _tool(name: str, description: str = "") -> dict[str, object]:
    return {"type": "function", "name": name, "description": description, "parameters": {}}


def test_merge_keeps_the_first_list_and_adds_what_it_lacks() -> None:
    mcp = {"type": "mcp", "server_label": "kb", "server_url": "https://kb.example"}
    first = [_tool("get_weather"), _tool("set_state", "the context's")]
    standing = [_tool("set_state", "the session's"), _tool("verify"), mcp, dict(mcp)]
    merged = merge_tools(first, standing)
    assert merged == [*first, _tool("verify"), mcp]  # a name in both: the first list's entry
    assert merge_tools(first, []) == first and merge_tools(first, []) is not first


async def test_the_service_adapter_merges_a_tools_schema_or_a_tool_list() -> None:
    llm = RealtimeLLMService(api_key="k", base_url="ws://127.0.0.1:1/v1/realtime")
    adapter = llm.get_llm_adapter()
    assert isinstance(adapter, SessionToolsAdapter)
    weather = FunctionSchema(name="get_weather", description="w", properties={}, required=[])
    context = LLMContext(tools=ToolsSchema(standard_tools=[weather]))
    state = FunctionSchema(name="set_state", description="s", properties={}, required=[])
    for service_tools in (ToolsSchema(standard_tools=[state]), [_tool("set_state", "s")]):
        params = await adapter.get_llm_invocation_params(context, service_tools=service_tools)
        assert [t["name"] for t in params["tools"]] == ["get_weather", "set_state"]
    # without a context's tools, pipecat's choice (the service's) is left as it was
    params = await adapter.get_llm_invocation_params(LLMContext(), service_tools=[_tool("a")])
    assert params["tools"] == [_tool("a")]


def _schema(name: str, handler: Any = None) -> FunctionSchema:
    return FunctionSchema(name=name, description=name, properties={}, required=[], handler=handler)


async def test_a_session_tool_s_handler_answers_its_call_when_the_context_has_tools() -> None:
    # the session.update offers the session's tools next to the context's (the adapter), but
    # pipecat registered a FunctionSchema's handler from the context's tools alone, pruning
    # the session's on the first context frame: the model's call found no handler
    script = EmulatorScript(
        replies=[Reply(tool_calls=[ToolCall(name="get_balance", arguments={})]), "Done."]
    )
    calls: list[str] = []

    async def get_balance(params: FunctionCallParams) -> None:
        calls.append(params.function_name)
        await params.result_callback({"balance_inr": 4000})

    async with RealtimeEmulator(api_key=KEY, script=script) as emu:
        session = realtime_session(output_modality="text").model_copy(
            update={"tools": ToolsSchema(standard_tools=[_schema("get_balance", get_balance)])}
        )
        llm = RealtimeLLMService(
            api_key=KEY,
            base_url=emu.url,
            settings=RealtimeLLMService.Settings(session_properties=session),
        )
        context = LLMContext(tools=ToolsSchema(standard_tools=[_schema("get_weather")]))
        async with RealtimePipeline(llm, context) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(
                lambda: "Done." in "".join(f.text for f in p.sink.of(LLMTextFrame)),
                timeout=8,
                what="the reply after the tool",
            )
            assert emu.last_session is not None
            assert tool_names(emu.last_session.config["tools"]) == {"get_weather", "get_balance"}
        assert calls == ["get_balance"]


def test_the_handler_sync_sees_the_context_s_tools_then_the_session_s_it_lacks() -> None:
    async def mine(params: FunctionCallParams) -> None: ...

    async def theirs(params: FunctionCallParams) -> None: ...

    context = ToolsSchema(standard_tools=[_schema("lookup", mine)])
    session = ToolsSchema(standard_tools=[_schema("lookup", theirs), _schema("verify", theirs)])
    merged = with_session_tools(context, session)
    assert [(s.name, s.handler) for s in merged.standard_tools] == [
        ("lookup", mine),  # a name in both: the context's tool and handler, as sent
        ("verify", theirs),
    ]
    # no context tools (pipecat takes the session's itself) or nothing to add: left as given
    for tools, standing in ((None, session), ([], session), (context, [_tool("verify")])):
        assert with_session_tools(tools, standing) is tools


def test_a_session_tool_called_with_no_handler_is_the_apps_error_not_the_models() -> None:
    # pipecat read the advertised tools from the context alone: a prompt tool (a session
    # tool) with no handler was logged as the model calling a tool it was never given
    lines: list[tuple[str, str]] = []
    for tools in ([_tool("check_balance")], ToolsSchema(standard_tools=[_schema("check_balance")])):
        session = realtime_session(output_modality="text").model_copy(update={"tools": tools})
        llm = RealtimeLLMService(
            api_key=KEY,
            base_url="ws://127.0.0.1:1/v1/realtime",
            settings=RealtimeLLMService.Settings(session_properties=session),
        )
        context = LLMContext(tools=ToolsSchema(standard_tools=[_schema("get_weather")]))
        assert llm._advertised_tool_names(context) == {"get_weather", "check_balance"}
        assert llm._advertised_tool_names(None) == {"check_balance"}
        lines.clear()
        sink = logger.add(lambda m: lines.append((m.record["level"].name, str(m))), level="WARNING")
        try:
            llm._log_missing_function_call("check_balance", context)
            llm._log_missing_function_call("chek_balance", context)
        finally:
            logger.remove(sink)
        assert [level for level, _ in lines] == ["ERROR", "WARNING"]
        assert "'check_balance' is advertised to the LLM but has no handler" in lines[0][1]


async def test_set_tools_narrows_the_context_s_tools_a_settings_delta_the_session_s() -> None:
    # a session tool stays through an LLMSetToolsFrame (offered and handled); a bot drops it
    # with the session's own settings
    async def handler(params: FunctionCallParams) -> None: ...

    def sent(emu: RealtimeEmulator) -> set[str]:
        return tool_names(emu.last_session.config.get("tools")) if emu.last_session else set()

    async with RealtimeEmulator(api_key=KEY, script=EmulatorScript(replies=["Hi."])) as emu:
        session = realtime_session(output_modality="text").model_copy(
            update={"tools": ToolsSchema(standard_tools=[_schema("set_state", handler)])}
        )
        llm = RealtimeLLMService(
            api_key=KEY,
            base_url=emu.url,
            settings=RealtimeLLMService.Settings(session_properties=session),
        )
        both = ToolsSchema(standard_tools=[_schema("a", handler), _schema("b", handler)])
        async with RealtimePipeline(llm, LLMContext(tools=both)) as p:
            await p.send(LLMContextFrame(p.context))
            await wait_until(lambda: sent(emu) == {"a", "b", "set_state"}, what="all three")
            only_a = ToolsSchema(standard_tools=[_schema("a", handler)])
            await p.send(LLMSetToolsFrame(tools=only_a))
            await wait_until(lambda: sent(emu) == {"a", "set_state"}, what="the context narrowed")
            assert {"a", "set_state"} == {name for name in llm._functions if name}
            delta = RealtimeLLMService.Settings(session_properties=realtime_session(tools=[]))
            await p.send(LLMUpdateSettingsFrame(delta=delta), LLMSetToolsFrame(tools=only_a))
            await wait_until(lambda: sent(emu) == {"a"}, what="the session's tools dropped")
            assert {"a"} == {name for name in llm._functions if name}
