"""The envelope of the emulator's server events: ids, error events, and :class:`Outcome`.

Error events follow the real server's shape::

    {"type": "error", "event_id": "event_…",
     "error": {"type": "invalid_request_error", "code": "…", "message": "…",
               "param": "…" | None, "event_id": <client event_id> | None}}
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipecat_rt_best.testing.realtime_emulator.response_stream import PendingResponse


def new_id(prefix: str) -> str:
    """A server-style id: ``event_…``, ``item_…``, ``resp_…`` (prefix + 21 hex digits)."""
    return f"{prefix}_{uuid.uuid4().hex[:21]}"


def server_event(etype: str, **fields: Any) -> dict[str, Any]:
    """A server event of type ``etype`` with a fresh ``event_id``."""
    return {"type": etype, "event_id": new_id("event"), **fields}


@dataclass
class ProtocolError(Exception):
    """A client mistake, reported as an ``error`` event."""

    code: str
    message: str
    param: str | None = None
    type: str = "invalid_request_error"

    def __str__(self) -> str:
        return self.message


def error_event(err: ProtocolError, client_event_id: str | None = None) -> dict[str, Any]:
    """The ``error`` server event for ``err``, echoing the client's ``event_id`` when it had one."""
    return {
        "type": "error",
        "event_id": new_id("event"),
        "error": {
            "type": err.type,
            "code": err.code,
            "message": err.message,
            "param": err.param,
            "event_id": client_event_id,
        },
    }


@dataclass
class Outcome:
    """What handling one client message produced.

    ``events`` to send now; responses to ``start`` streaming; responses to ``wake`` (they
    were cancelled and must notice it without waiting out their pacing).
    """

    events: list[dict[str, Any]] = field(default_factory=list)
    start: list[PendingResponse] = field(default_factory=list)
    wake: list[PendingResponse] = field(default_factory=list)
