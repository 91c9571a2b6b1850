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
their arguments are complete; only the reply waits. Only the latest response's calls hold
a reply: once a later response has been created (the caller took a turn), an earlier one's
call still running holds nothing (its result, when it comes, asks for its own reply). And a
held reply is asked for after :data:`REPLY_HOLD_MAX_S` all the same: a sibling that never
answers (a hung back office, no ``function_call_timeout_secs``) must not silence the call;
asked for as any reply is, so none comes once the call's last words were said meanwhile (an
exit taken in the same response: :mod:`.closing_turn`).

**A call given up on at its timeout gets a reply.** pipecat settles a call that ran past its
``timeout_secs`` (``@tool_options`` or ``function_call_timeout_secs``) with ``CANCELLED``
and has the aggregator ask for a reply (the cancellation's ``run_llm``), but its realtime
service creates that reply only after a *result*: the caller, told "one moment", heard
silence until they spoke again. Here a timed-out call's ``CANCELLED`` counts as a result
awaiting a reply, so the model hears it and can say the system is not answering.

**A result too long to give whole is cut.** The server echoes each item it is given
(``conversation.item.added`` and ``.done``, the output whole), and a client reads at most
1 MiB in one message (pipecat's socket's default): a tool result of about a megabyte (a
year's statement) closed the connection and the call was lost (with a reconnect, restored
with the same result, lost again). A result whose JSON is over :data:`MAX_TOOL_RESULT_CHARS`
characters goes to the model (and the context) as its first that many characters and a note
that it was cut, with a warning naming the tool and the sizes (not the content). At up to 6
bytes a character once the echo escapes it, that stays under the limit; and it is already
more than a realtime model's context holds.

**A falsy result is sent as itself.** pipecat's realtime service (and its context aggregator)
send ``json.dumps(result) if result else "COMPLETED"``: an eligibility check answering
``False``, a balance of ``0`` or no free slots (``[]``) reached the model as "COMPLETED",
read as success, and the aggregator, which asks for a reply only after a truthy result, asked
for none: the caller waited in silence. Here every result but ``None`` (a handler with nothing
to say: "COMPLETED" and no reply, as pipecat does) goes as its JSON and is answered: ``0``,
``""``, ``[]``, ``{}`` as themselves (carried by a subclass that is truthy and encodes the
same), ``False``, which no truthy value encodes as, as ``{"result": false}``.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from loguru import logger
from pipecat.frames.frames import Frame, FunctionCallResultFrame
from pipecat.processors.frame_processor import FrameDirection

INVALID_ARGUMENTS = "__invalid_arguments__"
"""The key under which a call's unusable arguments (not a JSON object) reach its handler."""

MAX_TOOL_RESULT_CHARS = 100_000
"""The longest tool result (its JSON, as pipecat sends it) given to the model whole; a longer
one is cut to this many characters, with a note saying so."""

REPLY_HOLD_MAX_S = 10.0
"""The longest a reply waits for the rest of its response's calls before it is asked for
anyway (with the outputs that are in)."""

__all__ = [
    "INVALID_ARGUMENTS",
    "MAX_TOOL_RESULT_CHARS",
    "REPLY_HOLD_MAX_S",
    "FunctionCallArgumentsMixin",
    "ResponseCallsMixin",
    "ToolResultMixin",
]


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


def _truthy(base: type) -> type:
    """``base`` with every value true, its JSON unchanged (``json`` encodes a subclass of
    ``int``, ``float``, ``str``, ``dict``, ``list`` as the base)."""
    return type(f"_Truthy{base.__name__.title()}", (base,), {"__bool__": lambda self: True})


_TRUTHY = {base: _truthy(base) for base in (int, float, str, dict, list)}


def sendable_result(result: Any) -> Any:
    """``result`` as pipecat will send it as itself: a falsy one but ``None`` made truthy,
    its JSON unchanged (``False`` as ``{"result": false}``); anything else as it is."""
    if result is None or result:
        return result
    if result is False:
        return _TRUTHY[dict](result=False)
    if isinstance(result, tuple):
        result = list(result)  # json encodes a tuple as a list
    for base, truthy in _TRUTHY.items():
        if isinstance(result, base):
            return truthy(result)
    return result  # a falsy object of the app's own: pipecat's json.dumps decides


class ToolResultMixin:
    """A falsy result sent as itself, one too long to send whole cut (module doc). Must
    precede pipecat's class."""

    max_tool_result_chars = MAX_TOOL_RESULT_CHARS

    async def push_frame(
        self, frame: Frame, direction: FrameDirection = FrameDirection.DOWNSTREAM
    ) -> None:
        # the downstream copy is the one pipecat sends to the API and the context records
        if direction == FrameDirection.DOWNSTREAM and isinstance(frame, FunctionCallResultFrame):
            frame.result = sendable_result(frame.result)
            self._cut_long_result(frame)
        await super().push_frame(frame, direction)  # type: ignore[misc]

    def _cut_long_result(self, frame: FunctionCallResultFrame) -> None:
        if not frame.result:  # pipecat sends "COMPLETED"
            return
        try:
            text = json.dumps(frame.result, ensure_ascii=False)
        except (TypeError, ValueError):
            return  # pipecat's own send reports it
        cap = self.max_tool_result_chars
        if len(text) <= cap:
            return
        logger.warning(
            f"{self}: the result of {frame.function_name} ({frame.tool_call_id}) is "
            f"{len(text)} characters; the model gets its first {cap}"
        )
        frame.result = (
            f"{text[:cap]} … [cut: the result was {len(text)} characters, too long to give "
            f"whole; these are its first {cap}]"
        )


class ResponseCallsMixin:
    """Holds the reply to a response's calls until every one of them is answered.

    Must precede pipecat's class."""

    # pipecat's state used here (declared for mypy): the calls the API waits an output for,
    # and whether an output sent still awaits a response
    _open_function_calls: set[str]
    _results_awaiting_response: bool

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # response id -> {call id: answered}, until the response is done and all are answered
        self._response_calls: dict[str, dict[str, bool]] = {}
        self._calls_responses_done: set[str] = set()  # those of them whose response.done came
        self._held_reply: asyncio.Task[None] | None = None  # asks after REPLY_HOLD_MAX_S
        self._hold_expired = False  # that ask is being made
        self.reply_hold_max_s = REPLY_HOLD_MAX_S

    async def _handle_evt_response_created(self, evt: Any) -> None:
        # the conversation moved on: an earlier response's calls hold no reply any more
        rid = evt.response.id
        for other in [r for r in self._response_calls if r != rid]:
            del self._response_calls[other]
            self._calls_responses_done.discard(other)
        await self._release_hold()
        await super()._handle_evt_response_created(evt)  # type: ignore[misc]

    async def _release_hold(self) -> None:
        task, self._held_reply = self._held_reply, None
        if task is not None and task is not asyncio.current_task():
            await self.cancel_task(task)  # type: ignore[attr-defined]

    async def _ask_after_hold(self) -> None:
        await asyncio.sleep(self.reply_hold_max_s)
        self._held_reply = None
        logger.warning(
            f"{self}: replying after {self.reply_hold_max_s:g} s without the output of "
            f"{len(self._calls_half_answered())} call(s) of the same response"
        )
        # through the service's whole _create_response (a call whose last words were said
        # meanwhile creates none: .closing_turn), not held again
        self._hold_expired = True
        try:
            await self._create_response()
        finally:
            self._hold_expired = False

    async def _handle_evt_function_call_arguments_done(self, evt: Any) -> None:
        if evt.response_id:
            self._response_calls.setdefault(evt.response_id, {})[evt.call_id] = False
        await super()._handle_evt_function_call_arguments_done(evt)  # type: ignore[misc]

    async def _handle_evt_response_done(self, evt: Any) -> None:
        if evt.response.id in self._response_calls:
            self._calls_responses_done.add(evt.response.id)
        await super()._handle_evt_response_done(evt)  # type: ignore[misc]

    async def _handle_function_call_cancel(self, frame: Any) -> None:
        answered = frame.tool_call_id in self._open_function_calls
        await super()._handle_function_call_cancel(frame)  # type: ignore[misc]
        if answered and frame.run_llm:
            # a timeout (the only cancellation that asks for inference): the reply the
            # aggregator asks for next is created, as after a result (module doc)
            self._results_awaiting_response = True

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
        running = [] if self._hold_expired else self._calls_half_answered()
        if running:
            # the sibling's result asks again, and that reply has every output of the response
            logger.debug(
                f"{self}: not replying yet: {len(running)} call(s) of the same response "
                "still running"
            )
            if self._held_reply is None:
                self._held_reply = self.create_task(  # type: ignore[attr-defined]
                    self._ask_after_hold(), name="realtime-held-reply"
                )
            return
        await self._release_hold()
        await super()._create_response()  # type: ignore[misc]

    async def _disconnect(self) -> None:
        # the call ends (or its conversation is reset): a held reply is nobody's any more, and
        # pipecat cancels only a processor's own tasks (it would ask a closed service later)
        await self._release_hold()
        await super()._disconnect()  # type: ignore[misc]
