"""Function calls: unusable arguments still get an answer; one reply per response's calls.

**Arguments that are not a JSON object.**
pipecat's realtime service parses a call's arguments and, when that fails, logs the error and
drops the call: no ``function_call_output`` goes back, no response follows, and the model
waits in silence. Here such a call runs all the same, with
``{"__invalid_arguments__": "<the text the model sent>"}`` as its arguments: the handler
answers (a refusal that says what was expected; the state tool does), or, if it raises,
pipecat answers that the function failed. Either way the model hears back and goes on.

**The calls of one response get one reply, once all of them are answered.** pipecat's
realtime service runs each call as its own ``run_function_calls([call])`` when its
``response.function_call_arguments.done`` arrives, so every call is its own group and the
assistant aggregator asks for a reply after each result. A response with two calls (the
state tool and the action it leads to, say) was answered twice: first on the one result
that was in (the model saying "I've sent the link" while the link tool was still running),
then again. Here a ``response.create`` is held while a call of a response that already has
an output sent is still waiting for its own; the sibling's result, when it comes, asks
again (the aggregator pushes the context after every result) and that reply has them all:
what pipecat does for a text LLM's parallel calls, which share one ``group_id``. A call
settled by a cancellation (``CANCELLED``) counts as answered. Calls still run as soon as
their arguments are complete; only the reply waits.
"""

from __future__ import annotations

import json
from typing import Any

from loguru import logger

INVALID_ARGUMENTS = "__invalid_arguments__"
"""The key under which a call's unusable arguments (not a JSON object) reach its handler."""

__all__ = ["INVALID_ARGUMENTS", "FunctionCallArgumentsMixin", "ResponseCallsMixin"]


class FunctionCallArgumentsMixin:
    """Must precede pipecat's class."""

    async def _handle_evt_function_call_arguments_done(self, evt: Any) -> None:
        try:
            usable = isinstance(json.loads(evt.arguments), dict)
        except (TypeError, ValueError):
            usable = False
        if not usable:
            evt = evt.model_copy(
                update={"arguments": json.dumps({INVALID_ARGUMENTS: str(evt.arguments)})}
            )
        await super()._handle_evt_function_call_arguments_done(evt)  # type: ignore[misc]


class ResponseCallsMixin:
    """Holds the reply to a response's calls until every one of them is answered.

    Must precede pipecat's class."""

    # pipecat's state used here (declared for mypy): the calls the API waits an output for
    _open_function_calls: set[str]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # response id -> {call id: answered}, until the response is done and all are answered
        self._response_calls: dict[str, dict[str, bool]] = {}
        self._calls_responses_done: set[str] = set()  # those of them whose response.done came

    async def _handle_evt_function_call_arguments_done(self, evt: Any) -> None:
        if evt.response_id:
            self._response_calls.setdefault(evt.response_id, {})[evt.call_id] = False
        await super()._handle_evt_function_call_arguments_done(evt)  # type: ignore[misc]

    async def _handle_evt_response_done(self, evt: Any) -> None:
        if evt.response.id in self._response_calls:
            self._calls_responses_done.add(evt.response.id)
        await super()._handle_evt_response_done(evt)  # type: ignore[misc]

    async def _send_tool_result(self, tool_call_id: str, result: str | None) -> None:
        for calls in self._response_calls.values():
            if tool_call_id in calls:
                calls[tool_call_id] = True
        await super()._send_tool_result(tool_call_id, result)  # type: ignore[misc]

    def _calls_half_answered(self) -> list[str]:
        """The calls still running whose response already has another call answered."""
        waiting: list[str] = []
        for rid, calls in list(self._response_calls.items()):
            # a call the API no longer waits on (answered, or its session is gone) is done
            running = [
                c for c, done in calls.items() if not done and c in self._open_function_calls
            ]
            if not running:
                if rid in self._calls_responses_done:  # (else more calls of it may come)
                    del self._response_calls[rid]
                    self._calls_responses_done.discard(rid)
            elif any(calls.values()):
                waiting.extend(running)
        return waiting

    async def _create_response(self) -> None:
        running = self._calls_half_answered()
        if running:
            # the sibling's result asks again, and that reply has every output of the response
            logger.debug(
                f"{self}: not replying yet: {len(running)} call(s) of the same response "
                "still running"
            )
            return
        await super()._create_response()  # type: ignore[misc]
