"""A FastAPI telephony server: provider webhooks + media WebSockets, one pipeline per call.

``create_telephony_app(pipeline_factory, config)`` serves, for each enabled provider:

=====================  ==============  ================================================
route                  method          answer
=====================  ==============  ================================================
``/twilio/voice``      POST (GET)      TwiML ``<Connect><Stream url=…/twilio/media>``
``/telnyx/voice``      POST (GET)      TeXML ``<Connect><Stream url=… bidirectionalMode="rtp"
                                       bidirectionalCodec="PCMU|PCMA">``
``/plivo/voice``       POST (GET)      Plivo XML ``<Stream bidirectional="true"
                                       keepCallAlive="true" contentType="audio/x-mulaw;rate=8000">``
``/exotel/voice``      GET (POST)      JSON ``{"url": "wss://…/exotel/media"}`` (the Voicebot
                                       applet's dynamic-URL answer)
``/{provider}/media``  WebSocket       the media stream → a pipeline from ``pipeline_factory``
=====================  ==============  ================================================

The XML/JSON answers follow each provider's published media-stream docs as far as we
know them; check them against your account's current docs (Telnyx and Exotel in
particular) before going live.

Per call, the server reads the provider's ``connected``/``start`` messages, builds the
provider's passthrough serializer and a :class:`G711PassthroughTransport`, awaits
``pipeline_factory(transport, call)`` for a ``PipelineWorker`` and runs it until the call
ends (provider ``stop``, socket closed, or the pipeline ends — which closes the socket:
with ``<Connect><Stream>`` that ends the call when no TwiML follows).

Telnyx: the TeXML answer opens the stream with ``bidirectionalCodec=telnyx_codec``, so
that is the law Telnyx expects back and the law the model speaks *and* hears (one
session format both ways). If the ``start`` reports the caller's leg in the other law,
the call goes on with the caller's audio converted to ``telnyx_codec`` by a 256-byte
table (logged as a warning; not bit-exact) — set ``telnyx_codec`` to the line's codec to
pass it through untouched. A ``start`` in a format passthrough can't carry (G722, OPUS,
L16, a rate other than 8 kHz) closes the socket at once (code 1003, reason logged)
rather than waiting for ``start_timeout_s``.

Safety: provider messages over ``max_message_bytes`` are skipped (and uvicorn's
``ws_max_size`` caps frames at the socket, see the CLI); optional Twilio signature
validation of the webhook (auth token read from the environment, never logged; the
signed URL is ``public_url`` or, without it, the one ``X-Forwarded-Proto``/``-Host``
report — as for the stream URLs — accepted with or without the default port as
Twilio's own validator does); any message the serializer can't use, however odd, is
logged and skipped, never the end of the call;
optional allowed ``Origin`` list for the media socket (providers send no ``Origin``;
a browser does — with ``allowed_origins`` set, an ``Origin`` not in it is refused, and
``require_origin`` also refuses connections without one); an optional cap on
concurrent calls.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit
from xml.sax.saxutils import quoteattr

from fastapi import FastAPI, Request, WebSocket
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from loguru import logger
from pipecat.pipeline.worker import PipelineWorker
from pipecat.workers.runner import WorkerRunner
from starlette.websockets import WebSocketDisconnect

from pipecat_rt_best.base.g711 import G711Law
from pipecat_rt_best.g711_passthrough.dialects import (
    DEFAULT_MAX_MESSAGE_BYTES,
    PROVIDERS,
    UNSUPPORTED_MEDIA_FORMAT,
    Connected,
    Ignored,
    Provider,
    ProviderMessageError,
    StreamStart,
    StreamStop,
    dialect_for,
)
from pipecat_rt_best.g711_passthrough.serializer import G711PassthroughSerializer, serializer_for
from pipecat_rt_best.g711_passthrough.signature import valid_twilio_signature
from pipecat_rt_best.g711_passthrough.transport import (
    G711PassthroughTransport,
    g711_transport_params,
)

__all__ = [
    "CallInfo",
    "CallSession",
    "PipelineFactory",
    "TelephonyServerConfig",
    "create_telephony_app",
]


@dataclass(frozen=True)
class CallInfo:
    """What the pipeline factory learns about a call."""

    provider: Provider
    start: StreamStart
    law: G711Law  # the law the model must speak (session audio/pcmu or audio/pcma)

    @property
    def session_audio_format(self) -> Literal["pcmu", "pcma"]:
        """The realtime session format for this call (``realtime_session(audio_format=…)``)."""
        return "pcmu" if self.law == "ulaw" else "pcma"


PipelineFactory = Callable[[G711PassthroughTransport, CallInfo], Awaitable[PipelineWorker]]


@dataclass
class TelephonyServerConfig:
    """Server options. ``public_url`` (``https://host``) is where providers reach this
    server; without it, URLs are derived from each webhook request."""

    public_url: str | None = None
    providers: tuple[Provider, ...] = PROVIDERS
    max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES
    validate_twilio_signature: bool = False
    twilio_auth_token_env: str = "TWILIO_AUTH_TOKEN"
    allowed_origins: tuple[str, ...] = ()
    require_origin: bool = False
    start_timeout_s: float = 10.0
    max_calls: int | None = None
    exotel_law: G711Law = "ulaw"  # Exotel's line is PCM16: which G.711 law the model speaks
    telnyx_codec: Literal["PCMU", "PCMA"] = "PCMU"
    marks: bool = True
    mark_every_ms: float = 0.0
    transport_overrides: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = set(self.providers) - set(PROVIDERS)
        if unknown:
            raise ValueError(f"unknown providers {sorted(unknown)}; expected some of {PROVIDERS}")
        if self.max_message_bytes <= 0:
            raise ValueError("max_message_bytes must be positive")


@dataclass
class CallSession:
    """One call the server handled (kept in ``app.state.calls`` for inspection)."""

    call: CallInfo
    serializer: G711PassthroughSerializer
    transport: G711PassthroughTransport
    worker: PipelineWorker | None = None
    ended: asyncio.Event = field(default_factory=asyncio.Event)
    error: str | None = None


def _forwarded(request: Request, name: str) -> str | None:
    """The first (client-most) value of an ``X-Forwarded-*`` header, if any."""
    value = request.headers.get(name)
    if not value:
        return None
    return value.split(",")[0].strip() or None


def _public_base(config: TelephonyServerConfig, request: Request) -> str:
    """``scheme://host[:port]`` the provider reached: ``public_url`` if set, else the
    request's, as a reverse proxy's ``X-Forwarded-Proto``/``X-Forwarded-Host`` report it."""
    if config.public_url:
        return config.public_url.rstrip("/")
    proto = _forwarded(request, "x-forwarded-proto") or request.url.scheme
    host = _forwarded(request, "x-forwarded-host") or request.headers.get("host")
    return f"{proto}://{host or request.url.netloc}"


def _ws_base(config: TelephonyServerConfig, request: Request) -> str:
    base = _public_base(config, request)
    for http, ws in (("https://", "wss://"), ("http://", "ws://")):
        if base.startswith(http):
            return ws + base[len(http) :]
    return base


def _request_url(config: TelephonyServerConfig, request: Request) -> str:
    """The URL the provider requested (what Twilio signed): the same public base as the
    stream URLs, plus the request's path and query."""
    url = _public_base(config, request) + request.url.path
    return url + (f"?{request.url.query}" if request.url.query else "")


def _with_and_without_default_port(url: str) -> list[str]:
    """``url`` without its port and with one (the default for the scheme if it has none).

    Twilio's own ``RequestValidator.validate`` accepts a signature over either form,
    since Twilio is inconsistent about signing the port.
    """
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:  # a garbage Host header: sign the URL as it is
        return [url]
    host = parts.netloc.rsplit(":", 1)[0] if port else parts.netloc
    with_port = parts.netloc if port else f"{host}:{443 if parts.scheme == 'https' else 80}"
    return [urlunsplit(parts._replace(netloc=n)) for n in (host, with_port)]


class _Refused(Exception):
    """Close the media socket at once with ``code``."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


_TELNYX_CODEC = {"ulaw": "PCMU", "alaw": "PCMA", "pcm16": "L16"}


def _xml(body: str) -> Response:
    return Response(
        content='<?xml version="1.0" encoding="UTF-8"?>\n' + body, media_type="application/xml"
    )


def create_telephony_app(
    pipeline_factory: PipelineFactory, config: TelephonyServerConfig | None = None
) -> FastAPI:
    """The FastAPI app (see the module docs)."""
    config = config or TelephonyServerConfig()
    auth_token: str | None = None
    if config.validate_twilio_signature:
        auth_token = os.environ.get(config.twilio_auth_token_env) or None
        if auth_token is None:
            raise ValueError(
                f"Twilio signature validation needs the auth token in ${config.twilio_auth_token_env}"
            )

    app = FastAPI(title="pipecat-rt-best telephony", docs_url=None, redoc_url=None)
    app.state.calls = []
    app.state.active_calls = 0
    app.state.config = config

    # -- webhooks -----------------------------------------------------------------------

    async def twilio_voice(request: Request) -> Response:
        form = await request.form() if request.method == "POST" else None
        params = [(k, str(v)) for k, v in form.multi_items()] if form is not None else []
        if auth_token is not None:
            signature = request.headers.get("x-twilio-signature")
            urls = _with_and_without_default_port(_request_url(config, request))
            if not any(valid_twilio_signature(auth_token, u, params, signature) for u in urls):
                logger.warning(
                    "telephony: rejected a Twilio webhook with a bad or missing signature"
                )
                return PlainTextResponse("forbidden", status_code=403)
        values = dict(params)
        stream_params = "".join(
            f"<Parameter name={quoteattr(k)} value={quoteattr(values[k])}/>"
            for k in ("From", "To")
            if values.get(k)
        )
        url = quoteattr(f"{_ws_base(config, request)}/twilio/media")
        return _xml(
            f"<Response><Connect><Stream url={url}>{stream_params}</Stream></Connect></Response>"
        )

    async def telnyx_voice(request: Request) -> Response:
        url = quoteattr(f"{_ws_base(config, request)}/telnyx/media")
        codec = quoteattr(config.telnyx_codec)
        return _xml(
            f'<Response><Connect><Stream url={url} bidirectionalMode="rtp" '
            f"bidirectionalCodec={codec}/></Connect></Response>"
        )

    async def plivo_voice(request: Request) -> Response:
        url = f"{_ws_base(config, request)}/plivo/media"
        escaped = url.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return _xml(
            '<Response><Stream bidirectional="true" keepCallAlive="true" '
            f'contentType="audio/x-mulaw;rate=8000">{escaped}</Stream></Response>'
        )

    async def exotel_voice(request: Request) -> Response:
        return JSONResponse({"url": f"{_ws_base(config, request)}/exotel/media"})

    webhooks = {
        "twilio": (twilio_voice, ["POST", "GET"]),
        "telnyx": (telnyx_voice, ["POST", "GET"]),
        "plivo": (plivo_voice, ["POST", "GET"]),
        "exotel": (exotel_voice, ["GET", "POST"]),
    }

    # -- media --------------------------------------------------------------------------

    def origin_allowed(websocket: WebSocket) -> bool:
        origin = websocket.headers.get("origin")
        if not origin:
            return not config.require_origin
        if not config.allowed_origins:
            return True
        return origin.lower() in {o.lower() for o in config.allowed_origins}

    async def read_start(websocket: WebSocket, provider: Provider) -> StreamStart | None:
        dialect = dialect_for(provider)
        deadline = asyncio.get_running_loop().time() + config.start_timeout_s
        while True:
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                logger.warning(f"telephony: no {provider} 'start' within {config.start_timeout_s}s")
                return None
            try:
                message = await asyncio.wait_for(websocket.receive(), timeout=remaining)
            except TimeoutError:
                continue
            if message["type"] == "websocket.disconnect":
                return None
            data = message.get("text") if message.get("text") is not None else message.get("bytes")
            if data is None:
                continue
            try:
                event = dialect.parse(data, config.max_message_bytes)
            except ProviderMessageError as exc:
                if exc.reason == UNSUPPORTED_MEDIA_FORMAT:
                    # A start we can't pass through: no later start will fix it; don't
                    # hold the line open until the timeout.
                    logger.error(
                        f"telephony: refused a {provider} stream: {exc.reason}: {exc.detail}"
                    )
                    raise _Refused(1003) from None
                logger.warning(
                    f"telephony: skipped a {provider} message before 'start': {exc.reason}"
                )
                continue
            except Exception as exc:  # never let one odd message end the socket unexplained
                logger.opt(exception=exc).warning(
                    f"telephony: skipped a {provider} message before 'start': "
                    f"internal: {type(exc).__name__}"
                )
                continue
            if isinstance(event, StreamStart):
                return event
            if isinstance(event, StreamStop):
                return None
            if not isinstance(event, (Connected, Ignored)):
                logger.warning(
                    f"telephony: {provider} sent {type(event).__name__} before 'start'; skipped"
                )

    async def media(websocket: WebSocket, provider: Provider) -> None:
        if not origin_allowed(websocket):
            logger.warning(f"telephony: refused a {provider} media socket from a disallowed origin")
            await websocket.close(code=1008)
            return
        if config.max_calls is not None and app.state.active_calls >= config.max_calls:
            logger.warning(f"telephony: refused a {provider} call: {config.max_calls} calls active")
            await websocket.close(code=1013)
            return
        app.state.active_calls += 1
        try:
            await websocket.accept()
            try:
                start = await read_start(websocket, provider)
            except _Refused as refused:
                await websocket.close(code=refused.code)
                return
            if start is None:
                await websocket.close()
                return
            law = call_law(provider, start)
            if law is None:
                await websocket.close(code=1003)
                return
            await run_call(websocket, provider, start, law)
        except WebSocketDisconnect:
            pass
        finally:
            app.state.active_calls -= 1

    def call_law(provider: Provider, start: StreamStart) -> G711Law | None:
        """The law the model speaks and hears on this call (None: refuse the call)."""
        if start.encoding == "pcm16":
            return config.exotel_law
        if provider == "telnyx":
            # Our TeXML opened the stream with bidirectionalCodec=telnyx_codec: that is
            # what Telnyx expects back, so the model speaks it; a caller leg in the other
            # law is converted to it (TelnyxPassthroughSerializer) so the session keeps one
            # law both ways.
            declared: G711Law = "alaw" if config.telnyx_codec == "PCMA" else "ulaw"
            if start.encoding != declared:
                logger.warning(
                    f"telephony: telnyx stream {start.stream_id}: inbound audio is "
                    f"{_TELNYX_CODEC[start.encoding]} but the stream was opened with "
                    f"bidirectionalCodec={config.telnyx_codec}; the model speaks and hears "
                    f"{config.telnyx_codec} and the caller's audio is converted by table "
                    f"lookup (not passed through untouched). Set telnyx_codec="
                    f"{_TELNYX_CODEC[start.encoding]} to pass it through."
                )
            return declared
        if start.encoding not in ("ulaw", "alaw"):  # pragma: no cover - dialects refuse it
            logger.error(f"telephony: refused a {provider} stream: line {start.encoding}")
            return None
        return start.encoding  # type: ignore[return-value]

    async def run_call(
        websocket: WebSocket, provider: Provider, start: StreamStart, law: G711Law
    ) -> None:
        cls = serializer_for(provider)
        params = cls.InputParams(
            max_message_bytes=config.max_message_bytes,
            marks=config.marks,
            mark_every_ms=config.mark_every_ms,
        )
        serializer = cls.from_start(start, law=law, params=params)
        transport = G711PassthroughTransport(
            websocket, g711_transport_params(serializer, **config.transport_overrides)
        )
        call = CallInfo(provider=provider, start=start, law=law)
        session = CallSession(call=call, serializer=serializer, transport=transport)
        app.state.calls.append(session)
        logger.info(
            f"telephony: {provider} call {start.call_id or '?'} stream {start.stream_id} ({law})"
        )
        try:
            worker = await pipeline_factory(transport, call)
            session.worker = worker

            @transport.event_handler("on_client_disconnected")
            async def _on_disconnected(_transport: Any, _ws: Any) -> None:
                await worker.cancel()

            runner = WorkerRunner(handle_sigint=False)
            await runner.add_workers(worker)
            await runner.run()
        except Exception as exc:  # one failed call must not take the server down
            session.error = f"{type(exc).__name__}: {exc}"
            logger.opt(exception=exc).error(f"telephony: {provider} call {start.stream_id} failed")
            with contextlib.suppress(Exception):
                await websocket.close(code=1011)
        finally:
            session.ended.set()
            stats = serializer.stats
            ledger = serializer.ledger
            logger.info(
                f"telephony: {provider} call {start.stream_id} ended: "
                + json.dumps(
                    {
                        "media_in": stats.media_in,
                        "media_out": stats.media_out,
                        "marks_sent": ledger.marks_sent,
                        "marks_confirmed": ledger.marks_confirmed,
                        "marks_discarded": ledger.marks_discarded,
                        "clears": stats.clears,
                        "skipped": dict(stats.skipped),
                        "model_bytes_out": serializer.aligner.original_bytes,
                        "encoded_bytes_out": serializer.aligner.encoded_bytes,
                    }
                )
            )

    def media_route_for(provider: Provider) -> Callable[[WebSocket], Awaitable[None]]:
        async def media_route(websocket: WebSocket) -> None:
            await media(websocket, provider)

        return media_route

    for provider in config.providers:
        handler, methods = webhooks[provider]
        app.add_api_route(f"/{provider}/voice", handler, methods=methods)

        app.add_api_websocket_route(f"/{provider}/media", media_route_for(provider))

    @app.get("/healthz")
    async def healthz() -> dict[str, Any]:
        return {
            "ok": True,
            "active_calls": app.state.active_calls,
            "providers": list(config.providers),
        }

    return app
