"""The session's own tools are merged into the context's (realtime/session_tools.py)."""

from __future__ import annotations

from pipecat.adapters.llm.schemas.function_schema import FunctionSchema
from pipecat.adapters.llm.schemas.tools_schema import ToolsSchema
from pipecat.processors.aggregators.llm_context import LLMContext

from pipecat_rt_best.realtime import RealtimeLLMService
from pipecat_rt_best.realtime.session_tools import SessionToolsAdapter, merge_tools


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
