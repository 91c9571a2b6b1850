"""What the loopback emulators share: their WebSocket server's lifecycle.

:class:`~.realtime_emulator.RealtimeEmulator` and
:class:`~.azure_speech_emulator.AzureSpeechEmulator` build on :class:`LoopbackServer`: each
vets upgrades in ``_process_request``, answers connections in ``_handle`` and names the
tasks a stop cancels in ``_open_tasks``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any, ClassVar, Self

from loguru import logger
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.http11 import Request, Response
from websockets.typing import Subprotocol

from pipecat_rt_best.base.redaction import install_redaction

__all__ = ["LoopbackServer"]


_STOP_TIMEOUT_S = 5.0  # how long a stop waits for connections to finish closing


class LoopbackServer:
    """The start/stop/serve scaffolding of a loopback WebSocket emulator on ``host:port``.

    ``port=0`` picks a free port at the first start. The server sends no keepalive pings;
    a close waits at most a second for the client's answer.
    """

    #: the WebSocket subprotocols the server accepts (none: any client is accepted)
    _subprotocols: ClassVar[Sequence[str]] = ()
    #: the largest message the server reads, in bytes
    _max_message_bytes: ClassVar[int] = 16 * 1024 * 1024

    def __init__(self, host: str, port: int) -> None:
        self._bind_host = host
        self._requested_port = port
        self._server: Server | None = None
        self._loop: asyncio.AbstractEventLoop | None = None  # the loop _server serves on
        self._port: int | None = None

    # -- what an emulator provides -----------------------------------------------------

    async def _handle(self, ws: ServerConnection) -> None:
        raise NotImplementedError

    async def _process_request(
        self, connection: ServerConnection, request: Request
    ) -> Response | None:
        """Answer an upgrade request yourself (a Response), or accept it (None)."""
        return None

    def _open_tasks(self) -> Iterable[asyncio.Task[None]]:
        """The tasks still serving connections; a stop cancels them."""
        return ()

    # -- lifecycle ---------------------------------------------------------------------

    def _check_loop(self) -> None:
        """A server lives on the event loop it was started on, and dies with it (each
        ``asyncio.run`` makes a new one): started again elsewhere it would look alive while
        no one answers its clients, and its port would stay bound."""
        if self._server is not None and self._loop is not asyncio.get_running_loop():
            raise RuntimeError(
                f"this {type(self).__name__} was started on another event loop (each "
                "asyncio.run() has its own); make and start it in the loop that uses it, or "
                "await stop() once that loop has closed to free its port"
            )

    async def start(self) -> Self:
        self._check_loop()
        if self._server is not None:
            return self
        install_redaction()  # the keys and tokens clients present stay out of every log line
        # a restart binds the port of the first start, so clients can reconnect
        self._server = await serve(
            self._handle,
            self._bind_host,
            self._port if self._port is not None else self._requested_port,
            subprotocols=[Subprotocol(p) for p in self._subprotocols] or None,
            process_request=self._process_request,
            ping_interval=None,
            ping_timeout=None,
            max_size=self._max_message_bytes,
            close_timeout=1,
        )
        self._loop = asyncio.get_running_loop()
        self._port = int(next(iter(self._server.sockets)).getsockname()[1])
        logger.debug(f"{type(self).__name__} listening on {self._bind_host}:{self._port}")
        return self

    async def stop(self) -> None:
        if self._server is not None and self._loop is not None and self._loop.is_closed():
            # started under an asyncio.run() that has ended: its connections died with that
            # loop; only the listening socket is left, which asyncio's own close releases
            # (websockets' close would schedule a task on the closed loop)
            dead, self._server = self._server, None
            dead.server.close()
            return
        self._check_loop()
        server, self._server = self._server, None
        if server is None:
            return
        for task in list(self._open_tasks()):
            task.cancel()
        server.close()
        try:
            # a client that never answers the closing handshake must not hold the stop up
            await asyncio.wait_for(server.wait_closed(), _STOP_TIMEOUT_S)
        except TimeoutError:
            logger.warning(
                f"{type(self).__name__}: connections still open after {_STOP_TIMEOUT_S} s; stopped anyway"
            )

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def serve_forever(self) -> None:
        await self.start()
        assert self._server is not None
        await self._server.serve_forever()

    # -- address and records -----------------------------------------------------------

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the emulator is not running; use `async with` or `await start()`")
        return self._port

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 5.0) -> None:
        """Wait until ``predicate()`` is truthy; ``TimeoutError`` after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError(f"emulator condition not met within {timeout}s")
            await asyncio.sleep(0.005)
