"""A lost realtime connection is reported once, and sends on the dead socket are dropped.

pipecat would fail — and report — every send on a socket the server closed: 50 caller
packets a second. Here the loss is reported once, as a connectivity ``ErrorFrame`` plus an
``on_connection_lost`` event, and client events on that socket are dropped quietly until a
reconnect replaces it.
"""

from __future__ import annotations

from typing import Any

from loguru import logger
from pipecat.utils.errors import ErrorCategory


class ConnectionLossMixin:
    """Reports a lost connection once; drops the sends on it. Must precede pipecat's class."""

    # These attributes come from OpenAIRealtimeLLMService; declared for type checkers.
    _websocket: Any
    _disconnecting: bool
    _api_session_ready: bool

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._dead_websocket: Any = None  # the socket the connection was lost on
        self._dropped_sends = 0
        self._register_event_handler("on_connection_lost")  # type: ignore[attr-defined]

    async def _connection_lost(self, reason: str) -> None:
        if self._disconnecting:
            return
        self._api_session_ready = False
        self._dead_websocket = self._websocket
        self._dropped_sends = 0
        await self.push_error(  # type: ignore[attr-defined]
            error_msg=f"Realtime connection lost: {reason}", category=ErrorCategory.CONNECTIVITY
        )
        await self._call_event_handler("on_connection_lost", reason)  # type: ignore[attr-defined]

    def _connection_is_lost(self) -> bool:
        """The socket is the one the connection was lost on (a reconnect replaces it)."""
        dead = self._dead_websocket
        if dead is None or self._websocket is not dead:
            return False
        self._dropped_sends += 1
        if self._dropped_sends == 1:
            logger.warning(f"{self}: the realtime connection is lost; not sending client events")
        return True

    async def _ws_send(self, realtime_message: dict[str, Any]) -> None:
        if self._connection_is_lost():
            return
        await super()._ws_send(realtime_message)  # type: ignore[misc]
