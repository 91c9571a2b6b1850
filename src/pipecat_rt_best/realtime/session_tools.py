"""The session keeps its own tools when the ``LLMContext`` has tools too.

pipecat's realtime service settles a ``session.update``'s tools with its LLM adapter: the
context's own tools when it has any, *else* the ones in ``session_properties.tools``. A bot
whose context declares its tools the ordinary pipecat way (``LLMContext(tools=ToolsSchema(
...))``) and that also gives the session tools — the structured prompt's
``set_conversation_state`` and the prompt's own tools (practice 7:
``realtime_session(tools=states.session_tools())``) — lost the session's tools without a
word: the model could never move the conversation state.

Here the session's tools are standing tools: every ``session.update`` carries the context's
tools **and** those of ``session_properties.tools`` whose name the context does not use (on
a name in both, the context's definition is the one sent). The merge is
:func:`merge_tools`, done in :class:`SessionToolsAdapter` — pipecat's own adapter, whose
``get_llm_invocation_params`` pipecat's ``_send_session_update`` asks for the session's
tools — which the pack's services install as their ``adapter_class``.

The handlers follow the same set: pipecat registers the handler a tool carries (a
``FunctionSchema(handler=...)``, a direct function) from the context's tools, and from
``session_properties.tools`` only while the context has none, pruning the rest on every
context frame and ``LLMSetToolsFrame``. :class:`SessionToolsMixin` gives that sync the
context's tools plus the session's (:func:`with_session_tools`), so a session tool offered to
the model keeps its handler; and pipecat's diagnosis of a tool called with no handler counts
the session's tools as advertised, so a session tool without a handler is logged as the
app's error, not as the model calling a tool it was not given.

A tool some part of the bot cannot work without can be declared with
:meth:`SessionToolsMixin.expect_session_tool` (the conversation-state controller declares its
state tool when it registers it): a ``session.update`` sent without it logs one warning per
tool, naming who needs it and where it goes.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any

from loguru import logger
from pipecat.adapters.llm.schemas.tools_schema import ToolsSchema
from pipecat.adapters.llm.services.open_ai_realtime_adapter import (
    OpenAIRealtimeLLMAdapter,
    OpenAIRealtimeLLMInvocationParams,
)
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.services.openai.realtime import events

__all__ = [
    "SessionToolsAdapter",
    "SessionToolsMixin",
    "merge_tools",
    "tool_names",
    "with_session_tools",
]


def tool_names(tools: Iterable[Any] | None) -> set[str]:
    """The names of the named tools among GA ``session.tools`` entries (dicts)."""
    return {
        name
        for tool in tools or ()
        if isinstance(tool, dict) and isinstance(name := tool.get("name"), str)
    }


def merge_tools(first: Sequence[Any], standing: Sequence[Any]) -> list[Any]:
    """``first``, then each of ``standing`` it does not have: a named tool whose name is not
    in ``first``, an unnamed one (e.g. an MCP server entry) not equal to one in ``first``.

    Both are GA ``session.tools`` lists; nothing is copied or changed, ``first`` is returned
    as a new list even when nothing is added.
    """
    merged = list(first)
    names = tool_names(first)
    for tool in standing:
        name = tool.get("name") if isinstance(tool, dict) else None
        if (name in names) if isinstance(name, str) else (tool in merged):
            continue
        merged.append(tool)
        if isinstance(name, str):
            names.add(name)
    return merged


def _standard_entries(tools: ToolsSchema, leave_out: Collection[str] = ()) -> list[Any]:
    """``tools``' standard tools not named in ``leave_out``, as a :class:`ToolsSchema` takes
    them: a direct function as its function (its handler), any other as its ``FunctionSchema``."""
    direct = {wrapper.name: wrapper.function for wrapper in tools.direct_functions}
    return [
        direct.get(schema.name, schema)
        for schema in tools.standard_tools
        if schema.name not in leave_out
    ]


def with_session_tools(tools: Any, session_tools: Any) -> Any:
    """The tool set whose handlers pipecat should keep registered: ``tools`` (a context's or
    an ``LLMSetToolsFrame``'s) plus the standard tools of ``session_tools`` (the service's
    ``session_properties.tools``) whose name ``tools`` does not use, as
    :class:`SessionToolsAdapter` offers them to the model.

    ``tools`` itself when it has no tools (pipecat then falls back to the session's own) or
    when ``session_tools`` adds no standard tool (a GA tool list carries no handlers).
    """
    given = LLMContext._normalize_and_validate_tools(tools) if tools is not None else None
    if not isinstance(given, ToolsSchema) or session_tools is None:
        return tools
    standing = LLMContext._normalize_and_validate_tools(session_tools, allow_provider_tools=True)
    if not isinstance(standing, ToolsSchema):
        return tools
    extra = _standard_entries(standing, {schema.name for schema in given.standard_tools})
    if not extra:
        return tools
    return ToolsSchema(
        standard_tools=[*_standard_entries(given), *extra], custom_tools=given.custom_tools
    )


class SessionToolsAdapter(OpenAIRealtimeLLMAdapter):
    """pipecat's realtime adapter, with the service's own tools kept next to the context's."""

    async def get_llm_invocation_params(  # type: ignore[override]  # pipecat's own signature
        self,
        context: LLMContext,
        *,
        system_instruction: str | None = None,
        service_tools: Any = None,
    ) -> OpenAIRealtimeLLMInvocationParams:
        """pipecat's parameters, whose ``tools`` are the context's (or, without any, the
        service's) plus the service's ``session_properties.tools`` not already there."""
        params = await super().get_llm_invocation_params(
            context, system_instruction=system_instruction, service_tools=service_tools
        )
        if isinstance(service_tools, ToolsSchema):
            standing: Any = self.to_provider_tools_format(service_tools)
        else:
            standing = service_tools  # a GA tool list, or None
        if standing:
            params["tools"] = merge_tools(params["tools"], standing)
        return params


class SessionToolsMixin:
    """Keeps the handlers of the session's tools registered next to the context's, and warns
    when a ``session.update`` is sent without an expected tool. Must precede pipecat's class;
    the service sets ``adapter_class = SessionToolsAdapter`` itself (a mixin's would not
    type-check against pipecat's declaration)."""

    _service_tools: Callable[[], Any]  # pipecat's: the session_properties.tools, as given

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._expected_session_tools: dict[str, str] = {}  # name -> who needs it
        self._missing_session_tools_warned: set[str] = set()

    def expect_session_tool(self, name: str, needed_by: str) -> None:
        """Warn (once) if a ``session.update`` is sent without the tool ``name``.

        ``needed_by`` says who cannot work without it, for the warning.
        """
        self._expected_session_tools[name] = needed_by

    def _sync_registered_tool_handlers(self, tools: Any) -> None:
        """pipecat's sync of the registered handlers with the advertised ``tools``, the
        session's own tools counted as advertised next to them (:func:`with_session_tools`):
        pipecat's alone pruned their handlers once the context had tools."""
        merged = with_session_tools(tools, self._service_tools())
        super()._sync_registered_tool_handlers(merged)  # type: ignore[misc]

    def _advertised_tool_names(self, context: Any) -> set[str]:
        """pipecat's names of the tools advertised to the model (the context's), plus the
        session's own: a session tool the model calls with no handler registered is then
        logged as pipecat's error ("advertised to the LLM but has no handler"), the app's
        mistake, not as its warning that the model called a tool it was never given."""
        names: set[str] = super()._advertised_tool_names(context)  # type: ignore[misc]
        standing = self._service_tools()
        if isinstance(standing, ToolsSchema):
            return names | {schema.name for schema in standing.standard_tools}
        return names | tool_names(standing if isinstance(standing, list) else None)

    async def send_client_event(self, event: Any) -> None:
        if isinstance(event, events.SessionUpdateEvent) and self._expected_session_tools:
            self._warn_missing_session_tools(event.session.tools)
        await super().send_client_event(event)  # type: ignore[misc]

    def _warn_missing_session_tools(self, tools: Any) -> None:
        sent = tool_names(tools if isinstance(tools, list) else None)
        for name, needed_by in self._expected_session_tools.items():
            if name in sent or name in self._missing_session_tools_warned:
                continue
            self._missing_session_tools_warned.add(name)
            logger.warning(
                f"{self}: the session.update sent has no {name!r} tool, which {needed_by} "
                "needs: the model cannot call it. Put it in the session's tools "
                "(realtime_session(tools=...)) or in the LLMContext's tools."
            )
