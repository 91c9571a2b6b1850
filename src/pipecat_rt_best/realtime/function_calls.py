"""Function calls whose arguments are not a JSON object still get an answer.

pipecat's realtime service parses a call's arguments and, when that fails, logs the error and
drops the call: no ``function_call_output`` goes back, no response follows, and the model
waits in silence. Here such a call runs all the same, with
``{"__invalid_arguments__": "<the text the model sent>"}`` as its arguments: the handler
answers (a refusal that says what was expected; the state tool does), or, if it raises,
pipecat answers that the function failed. Either way the model hears back and goes on.
"""

from __future__ import annotations

import json
from typing import Any

INVALID_ARGUMENTS = "__invalid_arguments__"
"""The key under which a call's unusable arguments (not a JSON object) reach its handler."""

__all__ = ["INVALID_ARGUMENTS", "FunctionCallArgumentsMixin"]


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
