"""Server errors are reported, not fatal; the receive loop survives what it cannot read.

pipecat stops reading the socket after the first ``error`` event, which leaves the call
silent. Here each error becomes a non-fatal ``ErrorFrame`` (category ``SERVER`` for a
``server_error``, else ``APPLICATION``) plus an ``on_server_error`` event, and reading goes
on. A server event that cannot be handled is logged and skipped — unless that happens
so often that the loop clearly cannot read at all. When the loop ends for good, the end is
reported as a lost connection (:mod:`.connection_loss`).
"""

from __future__ import annotations

import time
from collections import deque
from typing import Any

from loguru import logger
from pipecat.services.openai.realtime import events
from pipecat.utils.errors import ErrorCategory
from websockets.exceptions import ConnectionClosed

from pipecat_rt_best.realtime.connection_loss import ConnectionLossMixin

# this many unreadable server events within a second: the receive loop is broken, not an event
_MAX_RECEIVE_FAILURES_PER_S = 20


class ServerErrorMixin(ConnectionLossMixin):
    """Keeps the receive loop going through server errors. Must precede pipecat's class."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._keep_receiving = False
        self._register_event_handler("on_server_error")  # type: ignore[attr-defined]

    async def _handle_evt_error(self, evt: events.ErrorEvent) -> None:
        error = evt.error
        category = (
            ErrorCategory.SERVER if error.type == "server_error" else ErrorCategory.APPLICATION
        )
        label = error.code or error.type
        await self.push_error(  # type: ignore[attr-defined]
            error_msg=f"Realtime server error [{label}]: {error.message}", category=category
        )
        await self._call_event_handler("on_server_error", error)  # type: ignore[attr-defined]
        self._keep_receiving = True  # pipecat stops reading after an error; we go on

    async def _receive_task_handler(self) -> None:
        failures: deque[float] = deque(maxlen=_MAX_RECEIVE_FAILURES_PER_S)
        while True:
            self._keep_receiving = False
            try:
                await super()._receive_task_handler()  # type: ignore[misc]
            except ConnectionClosed as exc:
                await self._connection_lost(
                    f"closed by server ({exc.rcvd.code if exc.rcvd else 'no close frame'})"
                )
                return
            except Exception as exc:
                if self._websocket is None or self._disconnecting:
                    return
                logger.opt(exception=exc).warning(
                    f"{self}: skipped a server event it could not handle"
                )
                failures.append(time.monotonic())
                if len(failures) == failures.maxlen and failures[-1] - failures[0] < 1.0:
                    # not one bad event but a receive loop that cannot read at all
                    await self._connection_lost(f"receive loop failing ({type(exc).__name__})")
                    return
                continue
            if not self._keep_receiving:
                break
        if not self._disconnecting and self._websocket is not None:
            await self._connection_lost("closed by server")
