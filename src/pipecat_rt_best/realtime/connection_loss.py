"""A lost realtime connection is reported once, and sends on the dead socket are dropped.

pipecat would fail — and report — every send on a socket the server closed: 50 caller
packets a second. Here the loss is reported once, as a connectivity ``ErrorFrame`` plus an
``on_connection_lost`` event, and client events on that socket are dropped quietly until a
reconnect replaces it.

A direct connect (pipecat's own, without a pool) whose server accepts the socket but sends
no ``session.created`` within :meth:`ConnectionLossMixin._session_created_timeout_s`
(:data:`DEFAULT_SESSION_CREATED_TIMEOUT_S`; ``ReconnectParams.session_created_timeout_s``
with ``reconnect=``) is a lost connection too: logged, its socket closed, and then replaced
by the reconnect when it is on, else reported as above — never a call that waits in silence
for a greeting that cannot come. (A pooled session's ``session.created`` came before the
call took it, and a reconnect's new session has its own ``open_timeout_s``.) The watch is
for the socket it was started on: it stands down once that socket is replaced, or while a
reconnect or a planned move is replacing it (:meth:`ConnectionLossMixin._replacing_session`).

The socket a loss is marked on is the session's own (:meth:`ConnectionLossMixin._session_socket`:
with ``reconnect=`` the real socket behind the long-lived guard), so a socket that replaced it
is never treated as lost.
"""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

from loguru import logger
from pipecat.utils.errors import ErrorCategory

DEFAULT_SESSION_CREATED_TIMEOUT_S = 10.0
"""How long a direct connect waits for ``session.created`` before the session counts as lost."""


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
        self._connects = itertools.count(1)
        self._connect_number = 0  # the direct connect the session.created watch is for
        self._session_created = False
        self._session_created_watch: Any = None
        self._register_event_handler("on_connection_lost")  # type: ignore[attr-defined]

    def _session_created_timeout_s(self) -> float:
        """How long a direct connect waits for ``session.created`` (the reconnect mixin
        gives its params' value)."""
        return DEFAULT_SESSION_CREATED_TIMEOUT_S

    async def _connect(self) -> None:
        # reached for a direct connect only: a pooled session is adopted without calling on
        had = self._websocket
        await super()._connect()  # type: ignore[misc]
        if self._websocket and self._websocket is not had:
            self._session_created = False
            self._connect_number = number = next(self._connects)
            self._session_created_watch = self.create_task(  # type: ignore[attr-defined]
                self._watch_session_created(
                    number, self._session_created_timeout_s(), self._session_socket()
                ),
                name="realtime-session-created-watch",
            )

    def _session_socket(self) -> Any:
        """The socket the session is on (the reconnect mixin gives the real one behind its
        guard, which outlives the sockets it stands for)."""
        return self._websocket

    def _replacing_session(self) -> bool:
        """A reconnect or a planned move is replacing the session (the reconnect mixin's)."""
        return False

    def _restoring_session(self) -> bool:
        """True while a reconnect restores a new session (its setup goes first there; what
        is held goes after it). :class:`~.reconnect.ReconnectMixin` overrides this."""
        return False

    async def _handle_evt_session_created(self, evt: Any) -> None:
        self._session_created = True
        await super()._handle_evt_session_created(evt)  # type: ignore[misc]

    async def _watch_session_created(self, number: int, timeout_s: float, socket: Any) -> None:
        """No ``session.created`` within ``timeout_s`` of direct connect ``number`` (on
        ``socket``): the session is lost (closed here, then reconnected or reported). Stands
        down if ``socket`` is no longer the session's, or a reconnect or move is replacing it
        (the new session has its own deadline)."""
        await asyncio.sleep(timeout_s)
        self._session_created_watch = None
        if (
            self._session_created
            or number != self._connect_number
            or self._disconnecting
            or not self._websocket
            or self._session_socket() is not socket
            or self._replacing_session()
        ):
            return
        logger.error(
            f"{self}: the realtime server accepted the connection but sent no session.created "
            f"within {timeout_s:g} s; treating the session as lost"
        )
        receive = getattr(self, "_receive_task", None)
        if receive is not None:  # its end would report the loss again
            await self.cancel_task(receive, timeout=1.0)  # type: ignore[attr-defined]
        transport = getattr(self._websocket, "transport", None)
        if transport is not None:
            transport.abort()
        await self._connection_lost(f"no session.created within {timeout_s:g} s")

    async def _disconnect(self) -> None:
        watch, self._session_created_watch = self._session_created_watch, None
        if watch is not None and not watch.done() and watch is not asyncio.current_task():
            await self.cancel_task(watch, timeout=1.0)  # type: ignore[attr-defined]
        await super()._disconnect()  # type: ignore[misc]

    async def _connection_lost(self, reason: str) -> None:
        if self._disconnecting:
            return
        self._api_session_ready = False
        self._dead_websocket = self._session_socket()
        self._dropped_sends = 0
        await self.push_error(  # type: ignore[attr-defined]
            error_msg=f"Realtime connection lost: {reason}", category=ErrorCategory.CONNECTIVITY
        )
        await self._call_event_handler("on_connection_lost", reason)  # type: ignore[attr-defined]

    @property
    def connection_lost_reported(self) -> bool:
        """Whether the loss of the current socket was reported (nothing replaced it)."""
        dead = self._dead_websocket
        return dead is not None and self._session_socket() is dead

    def _connection_is_lost(self) -> bool:
        """The socket is the one the connection was lost on (a reconnect replaces it). The
        sends dropped on it are logged at DEBUG: the loss itself was reported (an ERROR),
        and a WARNING after it, as the call ends, read as trouble still going on."""
        if not self.connection_lost_reported:
            return False
        self._dropped_sends += 1
        if self._dropped_sends == 1:
            logger.debug(f"{self}: the realtime connection is lost; not sending client events")
        return True

    async def _ws_send(self, realtime_message: dict[str, Any]) -> None:
        if self._connection_is_lost():
            return
        await super()._ws_send(realtime_message)  # type: ignore[misc]
