"""Every log line a call's components write names the call: loguru's context, and a format
that shows it.

A call's realtime service, voice, exit and pipecat's own processors log under their object
names (``RealtimeLLMService#3``, ``PipelineWorker#1``), which say nothing of the caller. Run
the call inside :func:`call_log_context` and every line logged there, and in the tasks
started there (pipecat's processors start theirs when the call's worker runs), carries the
call's ids in loguru's ``extra`` (``call``, ``stream``); :func:`log_line_format` (the format
of :func:`~pipecat_rt_best.base.redaction.log_to_stderr`) puts them before the message::

    2026-01-01 12:00:00.000 | ERROR    | pipecat.processors.frame_processor:push_error_frame:1023
    - [call CA… stream MZ…] RealtimeLLMService#2 error: …

A line that already names its stream (the telephony server's start and end lines) is left
as it is. A JSON sink (``serialize=True``) has the ids in ``record.extra``.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from typing import Any

from loguru import logger

__all__ = ["CALL_LOG_FIELDS", "call_log_context", "log_line_format", "outside_any_call"]

CALL_LOG_FIELDS = ("call", "stream")
"""The keys of loguru's ``extra`` that :func:`call_log_context` sets."""

_HEAD = (
    "<green>{time:YYYY-MM-DD HH:mm:ss.SSS}</green> | <level>{level: <8}</level> | "
    "<cyan>{name}</cyan>:<cyan>{function}</cyan>:<cyan>{line}</cyan> - "
)  # loguru's default format, up to the message
_TAG = "[call {extra[call]} stream {extra[stream]}] "
_TAIL = "<level>{message}</level>\n{exception}"


@contextlib.contextmanager
def call_log_context(call_id: str | None, stream_id: str | None) -> Iterator[None]:
    """Within it (and in the asyncio tasks created within it), loguru's records carry
    ``extra["call"]`` and ``extra["stream"]`` (``?`` for an id the provider did not give)."""
    with logger.contextualize(call=call_id or "?", stream=stream_id or "?"):
        yield


def outside_any_call() -> contextvars.Context:
    """A copy of the current context without a call's ids in loguru's context, for a task that
    serves every call (a session pool's upkeep, started by whichever call came first): its
    lines name no call, and keep the application's own fields (``logger.contextualize(
    deployment=...)``)."""
    ctx = contextvars.copy_context()
    ctx.run(_forget_call_ids)
    return ctx


def _forget_call_ids() -> None:
    # loguru keeps contextualize()'s fields in this ContextVar and offers no public way to drop
    # one (tests/test_call_log.py fails if that changes)
    from loguru._logger import context as loguru_context

    fields = loguru_context.get()
    if any(key in fields for key in CALL_LOG_FIELDS):
        loguru_context.set({k: v for k, v in fields.items() if k not in CALL_LOG_FIELDS})


def log_line_format(record: Any) -> str:
    """loguru's default line, with ``[call … stream …]`` before the message of a record
    logged in a :func:`call_log_context` (unless the message names the stream already)."""
    extra = record["extra"]
    if "stream" not in extra or "call" not in extra:
        return _HEAD + _TAIL
    # the id that names the call in its own lines: the stream's, else the call's ("?" is no
    # id: a message with a question mark does not name the call)
    own = next((str(extra[k]) for k in ("stream", "call") if str(extra[k]) != "?"), None)
    named = own is not None and own in record["message"]
    return _HEAD + ("" if named else _TAG) + _TAIL
