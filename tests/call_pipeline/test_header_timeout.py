"""The telephony server closes connections whose request headers do not arrive in time
(uvicorn alone keeps them open for ever: slowloris), and serves everything else as before."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from urllib.parse import urlsplit

import pytest
import websockets
from fastapi import FastAPI, WebSocket

from pipecat_rt_best.call_pipeline.header_timeout import header_timeout_protocol
from pipecat_rt_best.call_pipeline.telephony import serve_in_background

TIMEOUT_S = 0.4


def _app() -> FastAPI:
    app = FastAPI()

    @app.get("/ping")
    def ping() -> dict[str, bool]:
        return {"ok": True}

    @app.websocket("/echo")
    async def echo(ws: WebSocket) -> None:
        await ws.accept()
        await asyncio.sleep(2 * TIMEOUT_S)  # longer than the header deadline
        await ws.send_text(await ws.receive_text())
        await ws.close()

    return app


@asynccontextmanager
async def _open(base: str) -> AsyncIterator[tuple[asyncio.StreamReader, asyncio.StreamWriter]]:
    """A client connection, closed when the block ends (else its writer is left to the GC)."""
    url = urlsplit(base)
    assert url.hostname is not None and url.port is not None
    reader, writer = await asyncio.open_connection(url.hostname, url.port)
    try:
        yield reader, writer
    finally:
        writer.close()
        with suppress(ConnectionError):  # the server may have cut it off already
            await writer.wait_closed()


async def _closed_after(reader: asyncio.StreamReader, limit_s: float) -> float | None:
    """Seconds until the server closes the connection (None: still open at ``limit_s``)."""
    t0 = time.monotonic()
    try:
        while await asyncio.wait_for(reader.read(4096), limit_s):
            pass
    except TimeoutError:
        return None
    return time.monotonic() - t0


@pytest.mark.parametrize("parser", ["httptools", "h11"])
async def test_slow_or_missing_headers_are_cut_off_and_good_requests_are_served(
    parser: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if parser == "h11":  # as if httptools were not installed: uvicorn's own fallback
        monkeypatch.setitem(
            __import__("sys").modules, "uvicorn.protocols.http.httptools_impl", None
        )
    protocol = header_timeout_protocol(TIMEOUT_S)
    assert ("HttpTools" if parser == "httptools" else "H11") in protocol.__name__
    monkeypatch.setattr(
        "pipecat_rt_best.call_pipeline.telephony.header_timeout_protocol", lambda s: protocol
    )
    async with serve_in_background(_app(), header_timeout_s=TIMEOUT_S) as base:
        # a request line and half the headers, then nothing
        async with _open(base) as (reader, writer):
            writer.write(b"GET /ping HTTP/1.1\r\nHost: x\r\n")
            await writer.drain()
            closed = await _closed_after(reader, 5 * TIMEOUT_S)
            assert closed is not None and closed < 3 * TIMEOUT_S
        # a connection that sends nothing at all
        async with _open(base) as (reader, writer):
            closed = await _closed_after(reader, 5 * TIMEOUT_S)
            assert closed is not None

        # a whole request is answered, and a second one on the same connection is cut off
        # only if its own headers are late
        async with _open(base) as (reader, writer):
            writer.write(b"GET /ping HTTP/1.1\r\nHost: x\r\n\r\n")
            await writer.drain()
            head = await asyncio.wait_for(reader.readuntil(b'{"ok":true}'), 2)
            assert head.startswith(b"HTTP/1.1 200")
            writer.write(b"GET /ping HTTP/1.1\r\n")  # ... and the rest never comes
            await writer.drain()
            closed = await _closed_after(reader, 5 * TIMEOUT_S)
            assert closed is not None and closed < 3 * TIMEOUT_S

        # a WebSocket that lives longer than the deadline is not touched
        ws_url = base.replace("http://", "ws://") + "/echo"
        async with websockets.connect(ws_url) as ws:
            await ws.send("hello")
            assert await asyncio.wait_for(ws.recv(), 5) == "hello"


def test_a_deadline_must_be_positive() -> None:
    with pytest.raises(ValueError, match="header_timeout_s"):
        header_timeout_protocol(0)


def test_the_uvicorn_hooks_the_deadline_relies_on_are_there() -> None:
    """Contract: the parser callbacks and state the subclasses hook (uvicorn >= 0.29)."""
    from uvicorn.protocols.http.h11_impl import H11Protocol
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    for name in ("connection_made", "connection_lost", "data_received", "on_headers_complete"):
        assert callable(getattr(HttpToolsProtocol, name)), name
    for name in ("connection_made", "connection_lost", "data_received", "handle_events"):
        assert callable(getattr(H11Protocol, name)), name
    assert callable(H11Protocol.handle_websocket_upgrade)


def test_a_flood_of_slow_connections_logs_the_first_few_then_every_hundredth() -> None:
    # anyone can open connections that never send their headers: each logged a WARNING
    from loguru import logger

    from pipecat_rt_best.call_pipeline.header_timeout import _HeaderDeadline

    class Transport:
        def is_closing(self) -> bool:
            return False

        def get_extra_info(self, name: str) -> tuple[str, int]:
            return ("203.0.113.9", 4000)

        def close(self) -> None:
            pass

    class Protocol(_HeaderDeadline):
        transport = Transport()  # type: ignore[assignment]

    lines: list[str] = []
    sink = logger.add(lambda m: lines.append(m.record["message"]), level="WARNING")
    try:
        for _ in range(250):
            Protocol()._expire()
    finally:
        logger.remove(sink)
    assert Protocol.closed_for_slow_headers == 250
    counts = [line.rsplit(" ", 1)[-1] for line in lines]
    assert counts == ["(#1)", "(#2)", "(#3)", "(#100)", "(#200)"]
    assert "203.0.113.9" in lines[0] and "no complete request headers" in lines[0]
