"""Conversation-state tracking on a realtime LLM service (the pipecat adapter).

What pipecat-flows does for text LLMs, for a realtime speech-to-speech session: the model
gets a ``set_conversation_state`` tool, the :class:`~.state_tracker.ConversationStateTracker`
accepts only the moves the prompt's graph allows (an illegal one is answered with the
moves that are allowed), and on each accepted move the session's instructions can be
narrowed to the new state with ``session.update``::

    prompt = load_prompt(example_prompt_path("tech_support_technest.yaml")).prompt
    states = ConversationStateController(prompt, narrow_instructions=True)
    llm = RealtimeLLMService(api_key=..., settings=RealtimeLLMService.Settings(
        session_properties=realtime_session(
            instructions=states.instructions(), tools=states.session_tools())))
    states.register(llm)

    @states.event_handler("on_state_changed")
    async def on_state_changed(controller, frame): ...   # a ConversationStateFrame

Each accepted change is also pushed downstream by the service as a
:class:`~.frames.ConversationStateFrame`; each refusal fires ``on_transition_refused``
with the :class:`~.state_tracker.TransitionResult`. Event handlers run before the model
gets its tool result: keep them quick. A move to ``end`` or a transfer target is the
conversation's last. If the response that carried it had already spoken (the pack's
realtime service tells: ``words_before_call``), those words were the goodbye: the
result asks for no further reply. If it had not (the model called the tool first, as its
description asks), the result asks for one closing reply, telling the model to say goodbye
(or that it connects the caller) and call no tool; the frame's ``closing_reply`` says
which (:func:`~.state_tracker.exit_tool_result`). Should that response speak on after the
call, those words are the goodbye: the pack's realtime service then creates no reply to the
result (:meth:`~pipecat_rt_best.realtime.closing_turn.ClosingTurnMixin.last_replies`). Ending the call is the app's:
:func:`~pipecat_rt_best.call_pipeline.phone_call` does.

A process builds one controller per call, usually from the same prompt object. The prompt is
frozen, so its validation report and its rendered instructions are kept per prompt object
(while it lives): a second call with the same prompt neither validates nor renders it again.
Change a prompt with :func:`dataclasses.replace` (a new object), not its Context dict in place.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Collection, Hashable, Mapping
from typing import Any, TypeVar

from loguru import logger
from pipecat.adapters.llm.schemas.function_schema import FunctionSchema
from pipecat.frames.frames import FunctionCallResultProperties, LLMUpdateSettingsFrame
from pipecat.services.llm_service import FunctionCallParams, LLMService
from pipecat.services.settings import LLMSettings
from pipecat.utils.base_object import BaseObject

from pipecat_rt_best.base.pipecat_names import require_pipecat_names
from pipecat_rt_best.realtime_prompt.frames import ConversationStateFrame
from pipecat_rt_best.realtime_prompt.model import END, LoadedPrompt, RealtimePrompt, as_prompt
from pipecat_rt_best.realtime_prompt.render import (
    STATE_TOOL_NAME,
    render_prompt,
    render_state_prompt,
)
from pipecat_rt_best.realtime_prompt.state_tracker import (
    ConversationStateTracker,
    TransitionResult,
    closing_reply_needed,
    exit_tool_result,
    state_tool_definition,
)
from pipecat_rt_best.realtime_prompt.validation import PromptValidationError, validate_prompt

__all__ = ["ConversationStateController"]

_T = TypeVar("_T")


class _PerPrompt:
    """Values computed from a prompt object, kept while that object lives.

    Keyed by the object's identity: a prompt is frozen (its Context too, so a value computed
    from it stays right), and its dataclass hash would hash its
    Context mapping. An entry goes when its prompt is collected, so a process that reloads an
    edited prompt file does not keep the old versions' values.
    """

    def __init__(self) -> None:
        self._by_id: dict[int, tuple[weakref.ref[object], dict[Hashable, Any]]] = {}

    def get(self, prompt: object, key: Hashable, compute: Callable[[], _T]) -> _T:
        """The value for ``(prompt, key)``, computed by ``compute()`` the first time."""
        entry = self._by_id.get(id(prompt))
        if entry is None or entry[0]() is not prompt:
            entry = (weakref.ref(prompt, self._forget(id(prompt))), {})
            self._by_id[id(prompt)] = entry
        values = entry[1]
        if key not in values:
            values[key] = compute()
        value: _T = values[key]
        return value

    def _forget(self, ident: int) -> Callable[[weakref.ref[object]], None]:
        def forget(ref: weakref.ref[object]) -> None:
            entry = self._by_id.get(ident)
            if entry is not None and entry[0] is ref:  # not a newer object with the same id
                del self._by_id[ident]

        return forget


# validation reports and rendered instructions of the prompts controllers were built from
_per_prompt = _PerPrompt()


class ConversationStateController(BaseObject):
    """Tracks one call's conversation state through the model's tool calls.

    ``prompt``: a :class:`~.model.RealtimePrompt` or what :func:`~.loader.load_prompt`
    returns. It must pass :func:`~.validation.validate_prompt` (warnings allowed): a prompt
    with errors — a ``next_step`` naming no state (a typo would sit in the tool's enum and,
    picked, end the call), an unreachable or trap state, a missing section — raises
    :class:`~.validation.PromptValidationError` listing them (with file lines for a loaded
    prompt). ``extra_tools``: names of session tools the prompt does not declare that a
    transition may hand off to (the seed's ``transferAgents``; you register them).

    ``narrow_instructions``: the session's instructions are the prompt narrowed to the
    current state (:func:`~.render.render_state_prompt`), updated on every accepted move;
    otherwise they are the whole prompt and stay so. Use one controller per call.
    """

    def __init__(
        self,
        prompt: RealtimePrompt | LoadedPrompt,
        *,
        narrow_instructions: bool = False,
        tool_name: str = STATE_TOOL_NAME,
        initial_state: str | None = None,
        extra_tools: Collection[str] = (),
    ) -> None:
        super().__init__()
        self.prompt = as_prompt(prompt, "ConversationStateController()")
        if isinstance(extra_tools, str):
            raise TypeError(f"extra_tools is a collection of tool names, not {extra_tools!r}")
        session_tools = (*self.prompt.tool_names, *extra_tools) if extra_tools else None
        report = _per_prompt.get(
            prompt,
            ("validate", session_tools, tool_name),
            lambda: validate_prompt(prompt, session_tools=session_tools, state_tool=tool_name),
        )
        if not report.ok:
            raise PromptValidationError(report, "ConversationStateController")
        self.narrow_instructions = narrow_instructions
        self.tool_name = tool_name
        self.tracker = ConversationStateTracker.from_prompt(
            self.prompt, initial_state, extra_exits=extra_tools
        )
        self._register_event_handler("on_state_changed", sync=True)
        self._register_event_handler("on_transition_refused", sync=True)

    @property
    def current_state(self) -> str:
        return self.tracker.current

    def instructions(self) -> str:
        """The session instructions for where the call is now (rendered once per prompt object,
        state tool and state)."""
        prompt, tool, state = self.prompt, self.tool_name, self.tracker.current
        if self.narrow_instructions:
            return _per_prompt.get(
                prompt,
                ("state", tool, state),
                lambda: render_state_prompt(prompt, state, state_tool=tool),
            )
        return _per_prompt.get(
            prompt, ("whole", tool), lambda: render_prompt(prompt, state_tool=tool)
        )

    def tool_definition(self) -> dict[str, Any]:
        """The state tool as a GA ``session.tools`` entry."""
        return state_tool_definition(self.tracker.targets, self.tool_name)

    def function_schema(self) -> FunctionSchema:
        """The state tool as a pipecat ``FunctionSchema`` (for a ``ToolsSchema``)."""
        params = self.tool_definition()["parameters"]
        return FunctionSchema(
            name=self.tool_name,
            description=self.tool_definition()["description"],
            properties=params["properties"],
            required=params["required"],
        )

    def session_tools(self) -> list[dict[str, Any]]:
        """The prompt's tools plus the state tool, as GA ``session.tools`` entries."""
        return [*self.prompt.session_tools(), self.tool_definition()]

    def register(self, llm: LLMService[Any]) -> None:
        """Handle the model's state-tool calls on ``llm``.

        On the pack's realtime service, the state tool is also declared expected: a
        ``session.update`` sent without it (in neither ``session_properties.tools`` nor the
        ``LLMContext``'s tools) logs a warning, since the state could then never move.
        """
        llm.register_function(self.tool_name, self._on_call)
        expect = getattr(llm, "expect_session_tool", None)  # the pack's realtime service
        if callable(expect):
            expect(self.tool_name, f"{self} (the conversation-state tool)")

    async def _on_call(self, params: FunctionCallParams) -> None:
        # arguments that were not a JSON object come as a non-dict, or (the pack's realtime
        # service) as {"__invalid_arguments__": text}: refused like a missing next_step
        args = params.arguments if isinstance(params.arguments, Mapping) else {}
        next_step = args.get("next_step")
        usable = isinstance(next_step, str) and bool(next_step)
        if not isinstance(next_step, str) or not next_step:
            result = TransitionResult(
                False,
                str(next_step),
                self.tracker.current,
                self.tracker.current,
                'next_step must be the name of a state (arguments: {"next_step": "<state>"})',
                self.tracker.allowed(),
            )
        else:
            result = self.tracker.request(next_step)
        ends_call = result.accepted and result.exit in (END, *self.prompt.transfer_targets)
        closing_reply = ends_call and closing_reply_needed(_words_before_call(params))
        if not result.accepted:
            # the requested name only if the prompt wrote it: the model's argument is free
            # text, which may carry what the caller said (tool arguments are logged at DEBUG)
            if not usable:
                asked = "no next_step (the arguments named no state)"
            elif self.tracker.knows(result.requested):
                asked = repr(result.requested)
            else:
                asked = f"no state of this conversation ({len(result.requested)} characters)"
            logger.info(f"{self}: refused move {result.previous!r} → {asked}")
            await self._call_event_handler("on_transition_refused", result)
        elif result.changed:
            logger.info(f"{self}: {result.previous!r} → {result.exit or result.current!r}")
            if self.narrow_instructions and result.exit is None:
                # queued before the result, so the session.update reaches the server before
                # the response that follows the tool result
                settings_cls = getattr(type(params.llm), "Settings", LLMSettings)
                await params.llm.queue_frame(
                    LLMUpdateSettingsFrame(
                        delta=settings_cls(system_instruction=self.instructions()),
                        service=params.llm,
                    )
                )
            frame = ConversationStateFrame(
                previous=result.previous,
                current=result.current,
                exit=result.exit,
                tool_call_id=params.tool_call_id,
                closing_reply=closing_reply,
            )
            await params.llm.push_frame(frame)
            await self._call_event_handler("on_state_changed", frame)
        if ends_call:
            # the conversation is over: one closing reply if the model has not spoken yet,
            # else none (it would talk on past its goodbye, or over the agent the caller is
            # handed to)
            await params.result_callback(
                exit_tool_result(result, closing_reply=closing_reply),
                properties=FunctionCallResultProperties(run_llm=closing_reply),
            )
            return
        await params.result_callback(result.as_tool_result())


def _words_before_call(params: FunctionCallParams) -> bool | None:
    """Whether the response that carried this call had spoken before it: the pack's realtime
    service tells (:meth:`~pipecat_rt_best.realtime.closing_turn.ClosingTurnMixin.words_before_call`);
    None from another service."""
    tell = getattr(params.llm, "words_before_call", None)
    if not callable(tell):
        return None
    spoke = tell(params.tool_call_id)
    return spoke if isinstance(spoke, bool) else None


# a pipecat that renamed a private name this module overrides or calls fails here, in one line
require_pipecat_names(__name__)
