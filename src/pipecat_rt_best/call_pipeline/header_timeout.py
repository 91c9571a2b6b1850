"""A deadline on an HTTP request's headers for uvicorn (``uvicorn.Config(http=...)``).

uvicorn has no header timeout: a client that opens a connection and sends nothing, or sends
its request line and headers a byte at a time, holds the connection (and a file descriptor)
for as long as it likes; a few thousand such clients exhaust the server (slowloris). Its
``timeout_keep_alive`` only covers the gap between requests on a kept-alive connection. A
phone provider's webhook or media socket sends its headers in one packet, so here a
connection whose request headers are not complete ``header_timeout_s`` after the connection
opened (or after the previous response, on a kept-alive connection) is closed.

:func:`header_timeout_protocol` subclasses the HTTP protocol uvicorn would pick itself
(httptools if installed, else h11) and hooks where each parser finishes the headers; the
contract test pins those hooks.
"""

from __future__ import annotations

import asyncio
from typing import Any

from loguru import logger

from pipecat_rt_best.base.log_throttle import loud

DEFAULT_HEADER_TIMEOUT_S = 10.0


class _HeaderDeadline:
    """The timer side, shared by both parsers' subclasses (mixed in before the protocol)."""

    header_timeout_s = DEFAULT_HEADER_TIMEOUT_S
    closed_for_slow_headers = 0
    """Connections this server closed for slow headers (class-wide, for tests and logs: the
    first few are logged as warnings, then every 100th, the rest at debug)."""

    loop: asyncio.AbstractEventLoop
    transport: asyncio.Transport
    _header_timer: asyncio.TimerHandle | None = None

    def _arm(self) -> None:
        if self._header_timer is None:
            self._header_timer = self.loop.call_later(self.header_timeout_s, self._expire)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _expire(self) -> None:
        self._header_timer = None
        if self.transport.is_closing():
            return
        type(self).closed_for_slow_headers += 1
        n = type(self).closed_for_slow_headers
        peer = self.transport.get_extra_info("peername")
        # anyone can open connections: the first few, then every 100th (base.log_throttle)
        logger.log(
            "WARNING" if loud(n) else "DEBUG",
            f"telephony-server: closed a connection from {peer[0] if peer else '?'}: no "
            f"complete request headers within {self.header_timeout_s:g}s (#{n})",
        )
        self.transport.close()

    def _idle(self) -> bool:
        cycle: Any = getattr(self, "cycle", None)
        return cycle is None or cycle.response_complete

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)  # type: ignore[misc]
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)  # type: ignore[misc]

    def data_received(self, data: bytes) -> None:
        if self._idle():  # a new request begins (kept-alive connection): its own deadline
            self._arm()
        super().data_received(data)  # type: ignore[misc]


def header_timeout_protocol(header_timeout_s: float = DEFAULT_HEADER_TIMEOUT_S) -> type:
    """uvicorn's HTTP protocol class (httptools, else h11) with the header deadline."""
    if header_timeout_s <= 0:
        raise ValueError(f"header_timeout_s must be > 0, not {header_timeout_s}")
    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    except ImportError:  # httptools not installed: uvicorn's own fallback
        return _h11_protocol(header_timeout_s)

    class HttpToolsWithHeaderTimeout(_HeaderDeadline, HttpToolsProtocol):
        def on_headers_complete(self) -> None:
            self._disarm()  # before an upgrade hands the socket to the WebSocket protocol
            super().on_headers_complete()

    HttpToolsWithHeaderTimeout.header_timeout_s = header_timeout_s
    return HttpToolsWithHeaderTimeout


def _h11_protocol(header_timeout_s: float) -> type:
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class H11WithHeaderTimeout(_HeaderDeadline, H11Protocol):
        def handle_events(self) -> None:
            before = self.cycle
            try:
                super().handle_events()
            finally:  # a new request cycle, or an upgrade: the headers were complete
                if self.cycle is not before or self.transport.is_closing():
                    self._disarm()

        def handle_websocket_upgrade(self, event: Any) -> None:
            self._disarm()
            super().handle_websocket_upgrade(event)

    H11WithHeaderTimeout.header_timeout_s = header_timeout_s
    return H11WithHeaderTimeout
