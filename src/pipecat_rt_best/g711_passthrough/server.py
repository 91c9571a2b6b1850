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
``/healthz``           GET             200 while the process serves (liveness)
``/readyz``            GET             200 when fit for new calls, else 503 (readiness):
                                       not ``app.state.draining`` and every
                                       ``app.state.readiness_checks`` entry passes
=====================  ==============  ================================================

While ``app.state.draining`` is set (a graceful shutdown), webhooks answer 503 and media
sockets are refused before any model session opens — before the upgrade (uvicorn answers a
socket closed unaccepted with HTTP 403), or with close code 1013 once only the stream's start
could tell; live calls go on.

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

Calls end, and leave nothing behind:

* **No silent call** (:mod:`.call_deadlines`): when the model cannot serve the call (a
  rejected key, no connection, a session lost and not restored — an ``ErrorFrame`` of
  those kinds reaching the pipeline's top) or has not answered the caller's last turn
  in ``bot_timeout_s`` (or owes it for three times that of the caller's pauses), the
  caller hears the fallback prompt (``fallback_pcm``; by default the network's
  three-tone "cannot be completed" signal) and the line closes; a stream with no media
  for ``media_timeout_s`` and a call where nobody spoke (and the caller pressed no key)
  for ``caller_silence_timeout_s`` are closed too. Closing the media socket is how each provider's stream ends: Twilio
  ``<Connect><Stream>`` and Telnyx/Plivo streams with nothing after them end the call;
  Exotel moves on to the flow's next applet. Every call's end is logged with its reason
  and its counts (media, marks, keys, and the usage its pipeline reported: the model's
  tokens by kind, a TTS's characters; the model's errors, error events and failed
  responses, by code: ``model_errors``); a call whose caller heard no bot speech at all is
  logged at WARNING and counted in ``app.state.calls_without_bot_audio``, by end reason.
* **Nothing outlives a call**: ``app.state.calls`` holds the live calls only; an ended
  call leaves a :class:`CallSummary` in ``app.state.recent_calls`` (the last
  ``recent_calls``).
* **Only the provider opens media streams** (:mod:`.stream_token`): with
  ``require_stream_token`` (on by default when Twilio signatures are validated) each
  webhook answer carries a signed, single-use token valid for ``stream_token_ttl_s``
  (Twilio: a ``<Parameter>`` of the stream; Telnyx, Plivo, Exotel: the stream URL's
  query), and the media socket refuses (1008) a stream without a valid one, before any
  model session opens. Only Twilio's webhook is authenticated here (its signature);
  for the others a token proves only that someone fetched the webhook moments ago, so
  enable only the providers you use. ``max_calls`` counts live calls (a socket counts
  once its ``start`` and token are accepted) and the slots webhooks hold: a webhook
  answered 200 holds one for the stream it announces (taken only once the webhook's body is
  in and, for Twilio's, its signature checked) until that stream starts (matched
  by its token, else Twilio's ``CallSid``, else the oldest unmatched hold) or
  ``webhook_hold_s`` passes, so a burst past ``max_calls`` gets 503s at the webhook, and a
  stream whose webhook held it a slot is admitted. A signed webhook for a ``CallSid`` that
  holds a slot or got its streams (a retry, a replay) is answered but takes no further slot. ``stream_opens_per_ip_per_minute``
  caps how often one address may open media sockets without stream tokens (the sockets
  accepted: one refused before the upgrade for lack of room, or while draining, does not
  count). With tokens it counts only the sockets that fail (no usable start, a bad
  token) and refuses none for its address, which behind an ingress may be the provider's
  too: a stream whose token redeems is always admitted, and an address past the limit gets
  ``OVER_LIMIT_START_TIMEOUT_S`` (1 s) instead of ``start_timeout_s`` for its start.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import json
import os
import time
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
from starlette.requests import ClientDisconnect
from starlette.websockets import WebSocketDisconnect

from pipecat_rt_best.base import g711
from pipecat_rt_best.base.call_log import call_log_context
from pipecat_rt_best.base.env_value import env_secret
from pipecat_rt_best.base.frames import ModelErrorFrame
from pipecat_rt_best.base.g711 import G711Law
from pipecat_rt_best.base.log_throttle import LogThrottle
from pipecat_rt_best.base.redaction import hide_request_queries, install_redaction
from pipecat_rt_best.base.usage import CallUsage
from pipecat_rt_best.base.usage_observer import UsageObserver
from pipecat_rt_best.g711_passthrough.call_deadlines import (
    CallDeadlines,
    DeadlineConfig,
    EndReason,
)
from pipecat_rt_best.g711_passthrough.dialects import (
    DEFAULT_MAX_MESSAGE_BYTES,
    PROVIDERS,
    Provider,
    StreamStart,
    default_providers,
)
from pipecat_rt_best.g711_passthrough.fallback import sit_tone_pcm
from pipecat_rt_best.g711_passthrough.held_slots import HeldSlots, Hold
from pipecat_rt_best.g711_passthrough.observer import CallGuardObserver, bot_failure
from pipecat_rt_best.g711_passthrough.serializer import G711PassthroughSerializer, serializer_for
from pipecat_rt_best.g711_passthrough.signature import (
    SignatureReadings,
    twilio_auth_token,
    valid_twilio_signature,
)
from pipecat_rt_best.g711_passthrough.stream_start import (
    UnsupportedStreamError,
    line_law,
    read_stream_start,
)
from pipecat_rt_best.g711_passthrough.stream_token import (
    TOKEN_PARAMETER,
    RateLimiter,
    StreamTokens,
)
from pipecat_rt_best.g711_passthrough.transport import (
    G711PassthroughTransport,
    check_transport_overrides,
    g711_transport_params,
)

__all__ = [
    "CALL_END_LABELS",
    "STREAM_REFUSAL_LABELS",
    "WEBHOOK_REJECTION_LABELS",
    "CallInfo",
    "CallSession",
    "CallSummary",
    "PipelineFactory",
    "TelephonyServerConfig",
    "call_end_label",
    "create_telephony_app",
]

# -- the fixed label sets of the failure counters (app.state, exported by /metrics) ------

CALL_END_LABELS: tuple[str, ...] = (
    *(reason.value for reason in EndReason),  # the server's deadlines: bot_failed, bot_silent, …
    "provider_stop",  # the provider's stop message (the caller hung up)
    "socket_closed",  # the media socket closed without a stop
    "pipeline_ended",
    "error",  # the call's pipeline raised
    "drain_timeout",  # cut at the SIGTERM drain's deadline
    "server_stopped",  # cut by SIGINT
    "other",
)
"""``app.state.calls_ended``'s keys: why calls ended, a small fixed set (see
:func:`call_end_label`)."""

STREAM_REFUSAL_LABELS: tuple[str, ...] = (
    "origin",  # a disallowed Origin
    "draining",
    "full",  # at max_calls (live calls and held slots)
    "rate_limit",  # the per-address limit of stream opens
    "token",  # no, malformed, expired or foreign stream token
    "unsupported_format",  # a start the server cannot pass through
    "no_start",  # no usable start before the start timeout, or the socket went
)
"""``app.state.streams_refused``'s keys: why media sockets were refused."""

WEBHOOK_REJECTION_LABELS: tuple[str, ...] = (
    "signature",
    "draining",
    "full",
    "body_timeout",
    "too_large",
)
"""``app.state.webhooks_rejected``'s reasons (keyed ``(provider, reason)``): a bad or missing
Twilio signature (403), draining or full (503), a body that did not arrive (408), a body over
``webhook_max_body_bytes`` (413)."""

_END_PHRASES = {
    "provider stop": "provider_stop",
    "socket closed by the provider": "socket_closed",
    "pipeline ended": "pipeline_ended",
    "error": "error",
    "drain timeout": "drain_timeout",
    "server stopped": "server_stopped",
}


def call_end_label(end_reason: str | None) -> str:
    """The :data:`CALL_END_LABELS` entry of a call's logged ``end_reason`` (``"bot_silent:
    no bot audio for 8 s"`` → ``bot_silent``, ``"drain timeout (server shutdown)"`` →
    ``drain_timeout``); ``other`` for anything else."""
    head = (end_reason or "").split(":", 1)[0].split(" (", 1)[0]
    if head in CALL_END_LABELS:
        return head
    return _END_PHRASES.get(head, "other")


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


def _deadlines_for(config: TelephonyServerConfig, factory: PipelineFactory) -> DeadlineConfig:
    """The config's deadlines, a greeting owed only if the pipeline greets (a factory's
    ``greets``, as :func:`~pipecat_rt_best.call_pipeline.telephony.g711_pipeline_factory`
    sets it), unless the config says."""
    if config.deadlines.greeting_owed is not None:
        return config.deadlines
    return dataclasses.replace(
        config.deadlines, greeting_owed=bool(getattr(factory, "greets", True))
    )


@dataclass
class TelephonyServerConfig:
    """Server options. ``public_url`` (``https://host``) is where providers reach this
    server; without it, URLs are derived from each webhook request."""

    public_url: str | None = None
    providers: tuple[Provider, ...] | None = None
    """None: all, or with ``validate_twilio_signature`` Twilio alone (the others' webhooks
    are unsigned: they would hand a stream token to anyone); name others to serve them."""
    max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES
    max_audio_ahead_s: float | None = 5.0
    """Caller audio running more than this far ahead of the wall clock (since the stream's
    first media) is dropped, not sent to the model (``G711PassthroughSerializer.InputParams``);
    None: no bound."""
    validate_twilio_signature: bool = False
    twilio_auth_token_env: str = "TWILIO_AUTH_TOKEN"
    allowed_origins: tuple[str, ...] = ()
    require_origin: bool = False
    start_timeout_s: float = 10.0
    max_calls: int | None = None
    webhook_hold_s: float = 15.0
    """With ``max_calls``: how long a webhook answered 200 holds a call slot for the stream it
    announces (freed when that stream starts, or after this long without it)."""
    webhook_body_timeout_s: float = 10.0
    """How long a webhook's body may take once its headers are in (uvicorn's header deadline
    does not cover the body): a client that never sends it gets a 408 and the connection is
    closed, instead of holding it for ever. No call slot is held while the body comes (one is
    taken only once it is in and Twilio's signature checked). Providers send the whole request
    in one packet."""
    webhook_max_body_bytes: int = 64 * 1024
    """The largest webhook body read (a provider's is a few kB): a longer one, declared or
    sent, is answered 413 and its connection closed before it is buffered or parsed."""
    exotel_law: G711Law = "ulaw"  # on an Exotel PCM16 line: which G.711 law the model speaks
    telnyx_codec: Literal["PCMU", "PCMA"] = "PCMU"
    marks: bool = True
    mark_every_ms: float = 0.0
    transport_overrides: dict[str, Any] = field(default_factory=dict)
    deadlines: DeadlineConfig = field(default_factory=DeadlineConfig)
    fallback_pcm: bytes | None = None  # PCM16 8 kHz mono; None: the three-tone signal
    play_fallback: bool = True
    require_stream_token: bool | None = None  # None: as validate_twilio_signature
    stream_token_ttl_s: float = 60.0
    streams_per_call: int = 1
    """Media streams one signed call (Twilio's ``CallSid``) may open while it is remembered
    (24 h): 1 refuses a replayed webhook's second stream; a call flow that sends calls back
    to the bot (a ``<Redirect>`` after a transfer attempt or a ``<Gather>``) opens one per
    visit and needs the most visits a call makes."""
    stream_token_secret_env: str = "PIPECAT_RT_BEST_STREAM_SECRET"  # shared by processes
    stream_opens_per_ip_per_minute: int | None = 600
    recent_calls: int = 100
    keep_ended_calls: bool = False  # tests only: keep ended CallSessions (whole pipelines)

    def __repr__(self) -> str:
        # the fallback prompt by its length: its PCM (80 kB for 5 s) made a repr of 320,000
        # characters, what a notebook cell ending in the config printed
        fields = (
            f"{f.name}=<{len(value)} bytes>"
            if f.name == "fallback_pcm" and isinstance(value, bytes | bytearray)
            else f"{f.name}={value!r}"
            for f in dataclasses.fields(self)
            for value in (getattr(self, f.name),)
        )
        return f"{type(self).__name__}({', '.join(fields)})"

    @property
    def served_providers(self) -> tuple[Provider, ...]:
        """:attr:`providers`, or the default for the signature setting."""
        if self.providers is None:
            return default_providers(self.validate_twilio_signature)
        return self.providers

    @property
    def stream_token_required(self) -> bool:
        if self.require_stream_token is None:
            return self.validate_twilio_signature
        return self.require_stream_token

    def __post_init__(self) -> None:
        unknown = set(self.providers or ()) - set(PROVIDERS)
        if unknown:
            raise ValueError(f"unknown providers {sorted(unknown)}; expected some of {PROVIDERS}")
        if self.max_message_bytes <= 0:
            raise ValueError("max_message_bytes must be positive")
        if self.max_audio_ahead_s is not None and not self.max_audio_ahead_s > 0:  # NaN too
            raise ValueError(
                f"max_audio_ahead_s must be positive or None, not {self.max_audio_ahead_s}"
            )
        if self.webhook_hold_s <= 0:
            raise ValueError("webhook_hold_s must be positive")
        if self.streams_per_call < 1:
            raise ValueError(f"streams_per_call must be at least 1, not {self.streams_per_call}")
        # anything else would be accepted here and break every call of that provider: an
        # answer asking Telnyx for a codec the model does not speak, a serializer refusing
        # the law at the call's start
        if self.telnyx_codec not in ("PCMU", "PCMA"):
            raise ValueError(f"telnyx_codec must be 'PCMU' or 'PCMA', not {self.telnyx_codec!r}")
        if self.exotel_law not in ("ulaw", "alaw"):
            raise ValueError(f"exotel_law must be 'ulaw' or 'alaw', not {self.exotel_law!r}")
        check_transport_overrides(self.transport_overrides)  # not at each call's start
        if self.webhook_max_body_bytes <= 0:
            raise ValueError("webhook_max_body_bytes must be positive")
        if self.fallback_pcm is not None and (
            not isinstance(self.fallback_pcm, bytes)
            or not self.fallback_pcm
            or len(self.fallback_pcm) % 2
        ):  # played only when a call fails: caught here, not in that call
            raise ValueError(
                "fallback_pcm must be PCM16 bytes (8 kHz mono, an even number of bytes, not "
                "empty); load_prompt_wav() reads a WAV file into them"
            )
        if not self.webhook_body_timeout_s > 0:  # NaN too
            raise ValueError(
                f"webhook_body_timeout_s must be positive, not {self.webhook_body_timeout_s}"
            )


@dataclass
class CallSession:
    """One live call (in ``app.state.calls`` while it lasts)."""

    call: CallInfo
    serializer: G711PassthroughSerializer
    transport: G711PassthroughTransport
    worker: PipelineWorker | None = None
    ended: asyncio.Event = field(default_factory=asyncio.Event)
    error: str | None = None
    end_reason: str | None = None  # why the call ended (logged)


@dataclass(frozen=True)
class CallSummary:
    """What stays of an ended call (``app.state.recent_calls``): no pipeline, no audio."""

    provider: Provider
    stream_id: str
    call_id: str | None
    end_reason: str
    error: str | None
    duration_s: float
    stats: dict[str, Any]


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
    try:
        parts = urlsplit(url)  # raises on a malformed host ("[bad": "Invalid IPv6 URL")
        port = parts.port  # raises on a port that is not a number or out of range
    except ValueError:  # a garbage (X-Forwarded-)Host header: check the URL as it is
        return [url]
    host = parts.netloc.rsplit(":", 1)[0] if port else parts.netloc
    with_port = parts.netloc if port else f"{host}:{443 if parts.scheme == 'https' else 80}"
    return [urlunsplit(parts._replace(netloc=n)) for n in (host, with_port)]


_WATCH_EVERY_S = 0.1  # how often a call's deadlines are checked
_FALLBACK_SEND_TIMEOUT_S = 2.0  # how long handing the fallback prompt to the provider may take
OVER_LIMIT_START_TIMEOUT_S = 1.0
"""With stream tokens: how long a socket from an address past its limit of failed streams
has to send its start (a provider sends it at once; a stranger's idle socket is cut short)."""


class _TooLarge(Exception):
    """A webhook body over ``webhook_max_body_bytes``."""


async def _capped_body(request: Request, limit: int) -> bytes:
    """The request's body, or :class:`_TooLarge` as soon as it is declared or grows past
    ``limit`` bytes (never more than ``limit`` plus one chunk kept)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _TooLarge
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise _TooLarge
    return bytes(body)


async def _form(request: Request, body: bytes) -> list[tuple[str, str]]:
    """The form fields of ``body``, ``request``'s body already read."""

    async def replay() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async with Request(request.scope, replay).form() as form:
        return [(k, str(v)) for k, v in form.multi_items()]


class _Refused(Exception):
    """Close the media socket at once with ``code``."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _xml(body: str) -> Response:
    return Response(
        content='<?xml version="1.0" encoding="UTF-8"?>\n' + body, media_type="application/xml"
    )


def create_telephony_app(
    pipeline_factory: PipelineFactory, config: TelephonyServerConfig | None = None
) -> FastAPI:
    """The FastAPI app (see the module docs)."""
    config = config or TelephonyServerConfig()
    install_redaction()  # no key in any library's log lines (websockets logs headers at DEBUG)
    hide_request_queries()  # no caller number from a GET webhook's query in the access log
    auth_token: str | None = None
    readings: SignatureReadings | None = None  # the fields each valid signature came with
    if config.validate_twilio_signature:
        auth_token = twilio_auth_token(config.twilio_auth_token_env)
        readings = SignatureReadings()

    tokens: StreamTokens | None = None
    if config.stream_token_required:
        secret = env_secret(os.environ, config.stream_token_secret_env)
        if not secret:
            # the webhook and its media socket are two connections: behind a load balancer
            # they may reach two processes, and another process's token fails its check
            logger.warning(
                f"telephony: stream tokens are signed with a secret of this process only; set "
                f"{config.stream_token_secret_env} (the same value on every process) when more "
                "than one process serves behind a load balancer, or most calls are refused"
            )
        tokens = StreamTokens(
            secret.encode("utf-8") if secret else None,
            ttl_s=config.stream_token_ttl_s,
            streams_per_call=config.streams_per_call,
        )
    opens = (
        RateLimiter(config.stream_opens_per_ip_per_minute)
        if config.stream_opens_per_ip_per_minute
        else None
    )
    fallback_pcm = config.fallback_pcm if config.fallback_pcm is not None else sit_tone_pcm()
    # with max_calls, a webhook answered 200 holds a slot until its stream starts: else in a
    # burst every webhook passes (no stream has started yet) and the streams past the cap are
    # refused, the callers dropped, instead of the webhooks' 503 the provider fails over on
    holds = HeldSlots(config.webhook_hold_s) if config.max_calls is not None else None

    app = FastAPI(title="pipecat-rt-best telephony", docs_url=None, redoc_url=None)
    app.state.calls = []  # live CallSessions
    app.state.recent_calls = collections.deque(maxlen=max(0, config.recent_calls))
    app.state.ended_calls = []  # only with keep_ended_calls (tests)
    app.state.active_calls = 0  # live calls: start (and token) accepted
    app.state.calls_total = 0  # calls accepted since start
    # failures, by a small fixed set of reasons (exported by call_pipeline's /metrics)
    app.state.calls_ended = collections.Counter(dict.fromkeys(CALL_END_LABELS, 0))
    # of those, the calls whose caller heard no bot speech at all (dead air), by end reason
    app.state.calls_without_bot_audio = collections.Counter(dict.fromkeys(CALL_END_LABELS, 0))
    app.state.streams_refused = collections.Counter(dict.fromkeys(STREAM_REFUSAL_LABELS, 0))
    app.state.webhooks_rejected = collections.Counter(
        {(p, r): 0 for p in config.served_providers for r in WEBHOOK_REJECTION_LABELS}
    )
    app.state.config = config
    # Generic hooks for whoever serves the app (see call_pipeline.telephony_server):
    # ``draining`` refuses new calls (webhooks answer 503, media sockets HTTP 403 or 1013) and
    # fails /readyz; each ``readiness_checks`` entry returns (ready, detail) for /readyz.
    app.state.draining = False
    app.state.readiness_checks = []  # list[Callable[[], tuple[bool, Any]]]
    # What anyone who reaches the server can make it log (a refused socket, an unsigned or
    # slow webhook, garbage before a start) must not flood the log: each kind logs its first
    # few, then every 100th with its count, across sockets and requests.
    warnings = LogThrottle()

    def new_token(provider: Provider, call_id: str | None = None) -> str | None:
        return tokens.issue(provider, time.time(), call_id) if tokens is not None else None

    def with_token(url: str, provider: Provider, hold: Hold | None) -> str:
        token = new_token(provider)
        if hold is not None:
            hold.key = token
        return url if token is None else f"{url}?{TOKEN_PARAMETER}={token}"

    def held_calls() -> int:
        return holds.count(time.monotonic()) if holds is not None else 0

    # and ``held_calls()``: slots held for webhooks answered 200 whose streams have not
    # started; a drain waits for those calls too (their streams are admitted while draining)
    app.state.held_calls = held_calls

    # -- webhooks -----------------------------------------------------------------------

    async def read_params(provider: Provider, request: Request) -> list[tuple[str, str]] | Response:
        """The webhook's body, read in full within ``webhook_body_timeout_s`` and at most
        ``webhook_max_body_bytes`` before anything is decided (a signature checked, a call
        slot taken); a Twilio POST's form fields (its signature covers them besides the URL; a
        GET's are in its query, see :func:`twilio_fields`), else none. A
        :class:`Response` when the body did not come or is too large."""
        try:
            async with asyncio.timeout(config.webhook_body_timeout_s):
                body = await _capped_body(request, config.webhook_max_body_bytes)
        except _TooLarge:
            app.state.webhooks_rejected[provider, "too_large"] += 1
            warnings.log(
                f"{provider} webhook too large",
                f"telephony: refused a {provider} webhook whose body is over "
                f"{config.webhook_max_body_bytes} bytes",
            )
            return PlainTextResponse(
                "request body too large", status_code=413, headers={"Connection": "close"}
            )
        except ClientDisconnect:  # nobody left to answer (and not the server's error)
            logger.debug(
                f"telephony: a {provider} webhook's client hung up before its body arrived"
            )
            return Response(status_code=400)
        except TimeoutError:
            app.state.webhooks_rejected[provider, "body_timeout"] += 1
            warnings.log(
                f"{provider} webhook body timeout",
                f"telephony: closed a {provider} webhook whose body did not arrive within "
                f"{config.webhook_body_timeout_s:g}s",
            )
            return PlainTextResponse(
                "request body timeout", status_code=408, headers={"Connection": "close"}
            )
        if provider != "twilio" or request.method != "POST":
            return []
        return await _form(request, body)

    def unsigned(provider: Provider, request: Request, params: list[tuple[str, str]]) -> bool:
        """Whether a webhook whose signature is checked (Twilio's, with an auth token) lacks a
        valid one; counted and logged."""
        if provider != "twilio" or auth_token is None:
            return False
        signature = request.headers.get("x-twilio-signature")
        urls = _with_and_without_default_port(_request_url(config, request))
        if any(valid_twilio_signature(auth_token, u, params, signature) for u in urls):
            # the same signature with other fields: a captured webhook's bytes regrouped
            # (no CallSid, or another one), which would bind its stream token to no call
            assert signature is not None and readings is not None
            if readings.consistent(signature, params, time.monotonic()):
                return False
            app.state.webhooks_rejected["twilio", "signature"] += 1
            warnings.log(
                "twilio signature regrouped",
                "telephony: rejected a Twilio webhook whose signature came before with other "
                "fields (a captured webhook replayed, its fields regrouped)",
            )
            return True
        app.state.webhooks_rejected["twilio", "signature"] += 1
        warnings.log(
            "twilio signature",
            "telephony: rejected a Twilio webhook with a bad or missing signature",
        )
        return True

    def twilio_fields(request: Request, params: list[tuple[str, str]]) -> dict[str, str]:
        """What Twilio's webhook says of its call (``CallSid``, ``From``, ``To``): a POST's
        form fields, a GET's query. Twilio may call the voice URL either way, and its
        signature covers both (a GET's URL is signed with its query). A POST's form fields
        come first, then its query's: a signed GET replayed as a POST with no form (the same
        URL, so the same signature) still names its call, and gets no stream once the call
        got its own (else its token was bound to no call, any stream's to redeem)."""
        if request.method == "POST":
            return {**dict(request.query_params), **dict(params)}
        return dict(request.query_params)

    def signed_call_sid(
        provider: Provider, request: Request, params: list[tuple[str, str]]
    ) -> str | None:
        """The ``CallSid`` of a webhook whose signature was checked (Twilio's, with an auth
        token), else None: only a signed one may bind a stream token (and a call slot) to it."""
        if provider != "twilio" or auth_token is None:
            return None
        return twilio_fields(request, params).get("CallSid") or None

    def twilio_voice(
        request: Request, params: list[tuple[str, str]], hold: Hold | None
    ) -> Response:
        values = twilio_fields(request, params)
        # Twilio drops a stream URL's query: a <Parameter>; signed, it names its call, so the
        # token is good for that call's streams only (a replayed webhook, POST or GET, gets
        # no further stream: StreamTokens remembers the call)
        call_sid = signed_call_sid("twilio", request, params)
        token = new_token("twilio", call_sid)
        if token is not None:
            values[TOKEN_PARAMETER] = token
        if hold is not None:
            # signed: the call's slot, claimed by the stream naming it (whichever of its
            # webhooks' tokens it carries) and found by a replay; else the token its start
            # carries, or at least the CallSid
            hold.key = call_sid or token or values.get("CallSid") or None
        stream_params = "".join(
            f"<Parameter name={quoteattr(k)} value={quoteattr(values[k])}/>"
            for k in ("From", "To", TOKEN_PARAMETER)
            if values.get(k)
        )
        url = quoteattr(f"{_ws_base(config, request)}/twilio/media")
        return _xml(
            f"<Response><Connect><Stream url={url}>{stream_params}</Stream></Connect></Response>"
        )

    def telnyx_voice(
        request: Request, params: list[tuple[str, str]], hold: Hold | None
    ) -> Response:
        url = quoteattr(with_token(f"{_ws_base(config, request)}/telnyx/media", "telnyx", hold))
        codec = quoteattr(config.telnyx_codec)
        return _xml(
            f'<Response><Connect><Stream url={url} bidirectionalMode="rtp" '
            f"bidirectionalCodec={codec}/></Connect></Response>"
        )

    def plivo_voice(request: Request, params: list[tuple[str, str]], hold: Hold | None) -> Response:
        url = with_token(f"{_ws_base(config, request)}/plivo/media", "plivo", hold)
        escaped = url.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return _xml(
            '<Response><Stream bidirectional="true" keepCallAlive="true" '
            f'contentType="audio/x-mulaw;rate=8000">{escaped}</Stream></Response>'
        )

    def exotel_voice(
        request: Request, params: list[tuple[str, str]], hold: Hold | None
    ) -> Response:
        return JSONResponse(
            {"url": with_token(f"{_ws_base(config, request)}/exotel/media", "exotel", hold)}
        )

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

    async def read_start(
        websocket: WebSocket, provider: Provider, timeout_s: float
    ) -> StreamStart | None:
        try:
            found = await read_stream_start(
                websocket.receive,
                provider,
                timeout_s=timeout_s,
                max_message_bytes=config.max_message_bytes,
                throttle=warnings,
            )
        except UnsupportedStreamError:
            # A start we can't pass through: no later start will fix it; don't hold the
            # line open until the timeout.
            raise _Refused(1003) from None
        return found[1] if found is not None else None

    def log_refusal(provider: Provider, why: str, label: str) -> None:
        """Count a refused media socket under ``label`` (one of STREAM_REFUSAL_LABELS) and
        log ``why``: a flood of refused sockets must not flood the log, so the first few of
        each, then every 100th."""
        app.state.streams_refused[label] += 1
        warnings.log(why, f"telephony: refused a {provider} media socket: {why}")

    def busy_label() -> str:
        """The refusal label of a :func:`no_room` answer."""
        return "draining" if app.state.draining else "full"

    def no_room(*, counting_held: bool = True) -> str | None:
        """Why a new call cannot start now (draining, or at ``max_calls``), else None.

        Slots held for webhooks just answered count as taken unless ``counting_held`` is
        False (a stream not yet known to be another's: it may be the one a slot is held for).
        """
        if app.state.draining:
            return "draining (shutting down)"
        if config.max_calls is None:
            return None
        if app.state.active_calls >= config.max_calls:
            return f"{config.max_calls} calls active"
        if counting_held and app.state.active_calls + held_calls() >= config.max_calls:
            return f"{config.max_calls} calls active or held for streams on their way"
        return None

    async def media(websocket: WebSocket, provider: Provider) -> None:
        if not origin_allowed(websocket):
            log_refusal(provider, "disallowed origin", "origin")
            await websocket.close(code=1008)
            return
        # Capacity before the per-address limiter. A socket refused here is never upgraded:
        # no start is awaited, no model session opens, so it costs nothing the limiter
        # guards, and counting it would lock an address out after a spell at capacity (a
        # provider's edge or a proxy is one address for many calls, and providers retry).
        # (held slots don't count yet: whose stream this is shows only in its start). While
        # draining, a socket may still be the stream of a webhook answered before the drain
        # began (none is answered 200 after): it is let on to its start while slots are held.
        may_be_held = app.state.draining and held_calls() > 0
        if not may_be_held and (busy := no_room(counting_held=False)) is not None:
            log_refusal(provider, busy, busy_label())
            await websocket.close(code=1013)
            return
        # The per-address limiter. Without stream tokens any socket may start a call (and a
        # model session): every socket accepted counts, and one past the limit is refused
        # before the upgrade. With tokens only a redeemed token starts a call, and a refusal
        # before the token is read cannot tell a stranger from the provider when both reach
        # the server from one address (an ingress, a NAT): strangers' sockets would lock the
        # provider's calls out. So then only sockets that fail (no usable start, a bad
        # token) count, nothing is refused for the address, and an address past the limit
        # gets a short deadline for its start instead (a provider sends it at once).
        client = websocket.client.host if websocket.client else "?"
        start_timeout_s = config.start_timeout_s
        if opens is not None and tokens is None and not opens.allow(client, time.monotonic()):
            log_refusal(
                provider,
                f"more than {opens.per_minute} streams a minute from one address",
                "rate_limit",
            )
            await websocket.close(code=1008)
            return
        if opens is not None and tokens is not None and opens.full(client, time.monotonic()):
            start_timeout_s = min(start_timeout_s, OVER_LIMIT_START_TIMEOUT_S)

        def failed() -> None:  # with tokens: a failed socket counts against its address
            if opens is not None and tokens is not None:
                opens.allow(client, time.monotonic())

        live = False
        try:
            await websocket.accept()
            try:
                start = await read_start(websocket, provider, start_timeout_s)
            except _Refused as refused:
                failed()
                app.state.streams_refused["unsupported_format"] += 1
                await websocket.close(code=refused.code)
                return
            if start is None:
                failed()
                app.state.streams_refused["no_start"] += 1
                await websocket.close()
                return
            token = websocket.query_params.get(TOKEN_PARAMETER) or start.custom_parameters.get(
                TOKEN_PARAMETER
            )
            if tokens is not None:
                why = tokens.redeem(token, provider, time.time(), start.call_id)
                if why is not None:
                    failed()
                    log_refusal(provider, why, "token")
                    await websocket.close(code=1008)
                    return
            # A stream whose webhook held it a slot takes that slot: it is admitted, also
            # while draining (the server took that call before the drain began, and the
            # provider has connected the caller). Any other needs room beside the live calls
            # and the held slots (again: the server may have filled up or begun draining
            # while the start came in).
            if holds is not None and holds.claim(time.monotonic(), (token, start.call_id)):
                busy = None
            else:
                busy = no_room()
            if busy is not None:
                log_refusal(provider, busy, busy_label())
                await websocket.close(code=1013)
                return
            law = call_law(provider, start)
            if law is None:
                app.state.streams_refused["unsupported_format"] += 1
                await websocket.close(code=1003)
                return
            app.state.active_calls += 1
            app.state.calls_total += 1
            live = True
            # every line the call's components log (pipecat's too) names the call
            with call_log_context(start.call_id, start.stream_id):
                await run_call(websocket, provider, start, law)
        except WebSocketDisconnect:
            pass
        finally:
            if live:
                app.state.active_calls -= 1

    def call_law(provider: Provider, start: StreamStart) -> G711Law | None:
        """The law the model speaks and hears on this call (None: refuse the call)."""
        return line_law(
            provider, start, telnyx_codec=config.telnyx_codec, exotel_law=config.exotel_law
        )

    async def run_call(
        websocket: WebSocket, provider: Provider, start: StreamStart, law: G711Law
    ) -> None:
        cls = serializer_for(provider)
        params = cls.InputParams(
            max_message_bytes=config.max_message_bytes,
            marks=config.marks,
            mark_every_ms=config.mark_every_ms,
            max_audio_ahead_s=config.max_audio_ahead_s,
        )
        serializer = cls.from_start(start, law=law, params=params)
        transport = G711PassthroughTransport(
            websocket, g711_transport_params(serializer, **config.transport_overrides)
        )
        call = CallInfo(provider=provider, start=start, law=law)
        session = CallSession(call=call, serializer=serializer, transport=transport)
        app.state.calls.append(session)
        began = time.monotonic()
        label = f"{provider} call {start.call_id or '?'} stream {start.stream_id}"
        logger.info(f"telephony: {label} ({law})")
        hung_up = False
        usage = CallUsage()  # what the call's pipeline reports (UsageObserver)
        model_errors: collections.Counter[str] = collections.Counter()  # by code
        guard: asyncio.Task[None] | None = None
        try:
            worker = await pipeline_factory(transport, call)
            session.worker = worker
            deadlines = CallDeadlines(_deadlines_for(config, pipeline_factory), time.monotonic())
            worker.add_observer(CallGuardObserver(deadlines))
            worker.add_observer(UsageObserver(usage))

            @worker.event_handler("on_pipeline_error")
            async def _on_error(_worker: Any, frame: Any) -> None:
                if isinstance(frame, ModelErrorFrame):
                    model_errors[frame.code] += 1
                reason = bot_failure(frame)
                if reason is not None:
                    deadlines.on_bot_failure(reason)

            @transport.event_handler("on_client_disconnected")
            async def _on_disconnected(_transport: Any, _ws: Any) -> None:
                nonlocal hung_up
                hung_up = True
                await worker.cancel()

            guard = asyncio.create_task(watch(session, deadlines, worker, websocket))
            runner = WorkerRunner(handle_sigint=False)
            await runner.add_workers(worker)
            await runner.run()
        except Exception as exc:  # one failed call must not take the server down
            session.error = f"{type(exc).__name__}: {exc}"
            session.end_reason = session.end_reason or "error"
            logger.opt(exception=exc).error(f"telephony: {label} failed")
            with contextlib.suppress(Exception):
                await websocket.close(code=1011)
        finally:
            if guard is not None:
                guard.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await guard
            if session.end_reason is None:
                if serializer.stopped:
                    session.end_reason = "provider stop"
                elif hung_up:
                    session.end_reason = "socket closed by the provider"
                else:
                    session.end_reason = "pipeline ended"
            end_label = call_end_label(session.end_reason)
            app.state.calls_ended[end_label] += 1
            # the bot's speech, not every media message (an output mixer's silence goes out
            # all call long) nor the fallback prompt (sent past the pipeline)
            bot_spoke = serializer.ledger.samples_sent > 0
            if not bot_spoke:
                app.state.calls_without_bot_audio[end_label] += 1
            session.ended.set()
            stats = serializer.stats
            ledger = serializer.ledger
            summary = {
                "media_in": stats.media_in,
                "media_out": stats.media_out,
                "bot_audio_ms": round(ledger.sent_ms),  # the bot's speech handed to the line
                "marks_sent": ledger.marks_sent,
                "marks_confirmed": ledger.marks_confirmed,
                "marks_discarded": ledger.marks_discarded,
                "clears": stats.clears,
                "dtmf": stats.dtmf,  # keys the caller pressed (a count: the keys are secrets)
                "skipped": dict(stats.skipped),
                "provider_errors": stats.provider_errors,  # the provider's 'error' frames
                # caller media put back in order, dropped (duplicate, late) or given up
                "out_of_order": {k: v for k, v in dataclasses.asdict(stats.order).items() if v},
                "model_bytes_out": serializer.aligner.original_bytes,
                "encoded_bytes_out": serializer.aligner.encoded_bytes,
                # the model's tokens by kind and a TTS's characters (counts, no content)
                "usage": usage.as_dict(),
                # the model's errors (error events, failed responses) by code
                "model_errors": dict(model_errors),
            }
            duration_s = round(time.monotonic() - began, 3)
            # a call whose caller heard nothing from the bot is an incident whatever ended it
            # (a caller who hangs up on dead air ends it as "provider stop")
            log = logger.info if bot_spoke else logger.warning
            log(
                f"telephony: {label} ended ({session.end_reason}) after {duration_s:.1f} s"
                + ("" if bot_spoke else ", the caller heard no bot audio")
                + ": "
                + json.dumps(summary)
            )
            app.state.calls.remove(session)
            app.state.recent_calls.append(
                CallSummary(
                    provider=provider,
                    stream_id=start.stream_id,
                    call_id=start.call_id,
                    end_reason=session.end_reason,
                    error=session.error,
                    duration_s=duration_s,
                    stats=summary,
                )
            )
            if config.keep_ended_calls:
                app.state.ended_calls.append(session)
            else:
                session.worker = None

    async def watch(
        session: CallSession, deadlines: CallDeadlines, worker: PipelineWorker, websocket: WebSocket
    ) -> None:
        """Feeds the call's deadlines from its serializer; ends the call when one passes.

        Bot audio is the bot's speech only (the output timeline, ``ledger.samples_sent``),
        not every media message: with an output mixer (``duck=True``) pipecat writes the
        mixer's silence all call long, and counting that would keep the ``bot_silent`` and
        ``caller_silent`` deadlines from ever passing."""
        stats = session.serializer.stats
        ledger = session.serializer.ledger
        media_in, speech_out = stats.media_in, ledger.samples_sent
        while True:
            await asyncio.sleep(_WATCH_EVERY_S)
            now = time.monotonic()
            if stats.media_in != media_in:
                media_in = stats.media_in
                deadlines.on_media(now)
            if ledger.samples_sent != speech_out:
                speech_out = ledger.samples_sent
                deadlines.on_bot_audio(now)
            reason = deadlines.check(now)
            if reason is not None:
                break
        session.end_reason = f"{reason.value}: {deadlines.detail}"
        call = session.call
        log = logger.warning if reason.plays_fallback else logger.info
        start = call.start
        log(
            f"telephony: ending {call.provider} call {start.call_id or '?'} stream "
            f"{start.stream_id}: {session.end_reason}"
        )
        try:
            if reason.plays_fallback and config.play_fallback:
                await play_fallback(session, websocket)
        except Exception:  # the call ends all the same: no caller left in dead air
            logger.exception("telephony: the fallback prompt could not be played")
        finally:
            await worker.cancel()

    async def play_fallback(session: CallSession, websocket: WebSocket) -> None:
        """The fallback prompt, straight to the provider (the pipeline's audio muted)."""
        serializer = session.serializer
        session.transport.output().muted = True
        line = g711.encode(fallback_pcm, serializer.law)
        messages = serializer.line_messages(line)
        if not messages:
            return
        try:
            # bounded: a provider that stops reading (its TCP window full) blocks a send for
            # ever (uvicorn waits for the buffer to drain), and the call must still end
            async with asyncio.timeout(_FALLBACK_SEND_TIMEOUT_S):
                await websocket.send_text(serializer.dialect.clear_message(serializer.stream_id))
                for message in messages:
                    await websocket.send_text(message)
        except Exception as exc:  # the caller may be gone already, or not reading
            logger.info(f"telephony: fallback prompt not sent: {type(exc).__name__}")
            return
        # the provider plays it in real time: keep the line open until it has
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(session.ended.wait(), len(line) / 8000 + 0.3)

    def media_route_for(provider: Provider) -> Callable[[WebSocket], Awaitable[None]]:
        async def media_route(websocket: WebSocket) -> None:
            await media(websocket, provider)

        return media_route

    def replayed(call_sid: str | None) -> bool:
        """Whether a signed webhook is for a call that already holds a slot (Twilio retried
        it, or someone replays a captured one: its signature has no timestamp) or already got
        its streams. Such a webhook is answered but takes no further slot: else one captured
        webhook, replayed ``max_calls`` times every ``webhook_hold_s``, kept the server full
        and every real caller's webhook answered 503."""
        if call_sid is None or holds is None:
            return False
        if holds.held_for(time.monotonic(), call_sid):
            return True
        return tokens is not None and tokens.call_served(call_sid, time.time())

    def webhook_route(
        provider: Provider,
        answer: Callable[[Request, list[tuple[str, str]], Hold | None], Response],
    ) -> Callable[[Request], Awaitable[Response]]:
        def refused_for_room(busy: str) -> Response:
            # draining or at max_calls (live calls + held slots): the provider retries or
            # fails over to another worker rather than stream to a full one
            app.state.webhooks_rejected[provider, busy_label()] += 1
            return Response(busy, status_code=503, headers={"Retry-After": "1"})

        async def webhook(request: Request) -> Response:
            if (busy := no_room()) is not None:
                return refused_for_room(busy)
            params = await read_params(provider, request)
            if isinstance(params, Response):
                return params
            if unsigned(provider, request, params):
                return PlainTextResponse("forbidden", status_code=403)
            # Only now, the body in and the signature (Twilio's) checked, is a call slot
            # taken: a slow or unsigned client holds none. Room is checked again (the server
            # may have filled up while the body came) and the slot taken with no await in
            # between, so a burst of webhooks cannot all pass; freed if the answer is not 200.
            if (busy := no_room()) is not None:
                return refused_for_room(busy)
            if holds is None:  # no max_calls
                return answer(request, params, None)
            if replayed(signed_call_sid(provider, request, params)):
                return answer(request, params, None)  # its call's slot is held, or was used
            hold = holds.take(time.monotonic())
            answered = False
            try:
                response = answer(request, params, hold)
                answered = response.status_code == 200
            finally:
                if not answered:
                    holds.release(hold)
            return response

        return webhook

    for provider in config.served_providers:
        handler, methods = webhooks[provider]
        app.add_api_route(f"/{provider}/voice", webhook_route(provider, handler), methods=methods)

        app.add_api_websocket_route(f"/{provider}/media", media_route_for(provider))

    @app.get("/healthz")
    async def healthz() -> dict[str, Any]:
        return {
            "ok": True,
            "active_calls": app.state.active_calls,
            "held_calls": held_calls(),  # webhooks answered 200, their streams not started yet
            "providers": list(config.served_providers),
        }

    @app.get("/readyz")
    async def readyz() -> Response:
        """200 while fit for new calls: not draining, not at ``max_calls`` (live calls and
        slots held for webhooks just answered), and every readiness check passes."""
        checks = [check() for check in app.state.readiness_checks]
        busy = no_room()
        ready = busy is None and all(ok for ok, _ in checks)
        body = {
            "ready": ready,
            "draining": app.state.draining,
            "full": busy is not None and not app.state.draining,
            "checks": [detail for _, detail in checks],
        }
        return JSONResponse(body, status_code=200 if ready else 503)

    return app
