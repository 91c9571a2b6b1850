"""Reading a media stream's opening messages: which provider, which ``start``, which law.

Shared by the pack's telephony server (one route per provider) and by the adapter for
pipecat's development runner (one ``/ws`` route for every provider, so the provider is
recognised from the ``start`` itself: each dialect names its stream id differently —
Twilio ``streamSid``, Telnyx ``stream_id``, Plivo ``streamId``, Exotel ``stream_sid``).

``receive`` is an ASGI WebSocket receive (Starlette's ``websocket.receive``): it returns
``{"type": "websocket.receive", "text"|"bytes": ...}`` or ``{"type": "websocket.disconnect"}``.
"""

from __future__ import annotations

import asyncio
import json
import reprlib
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from loguru import logger

from pipecat_rt_best.base.g711 import G711Law
from pipecat_rt_best.base.log_throttle import LogThrottle
from pipecat_rt_best.g711_passthrough.dialects import (
    DEFAULT_MAX_MESSAGE_BYTES,
    MAX_ID_CHARS,
    PROVIDERS,
    UNSUPPORTED_MEDIA_FORMAT,
    UNUSABLE_ID,
    Connected,
    Ignored,
    Provider,
    ProviderMessageError,
    StreamStart,
    StreamStop,
    dialect_for,
)

__all__ = [
    "UnsupportedStreamError",
    "detect_provider",
    "line_law",
    "read_stream_start",
]

LOUD_SKIPS = 3  # warnings per socket about messages before 'start' (then debug)
_BEFORE_START = LogThrottle()
"""What sockets send before their ``start``, logged for the whole process (not per socket:
anyone may open sockets) unless the caller passes its own throttle."""
_TELNYX_CODEC = {"ulaw": "PCMU", "alaw": "PCMA", "pcm16": "L16"}

Receive = Callable[[], Awaitable[Mapping[str, Any]]]


class UnsupportedStreamError(Exception):
    """The ``start`` asks for a format G.711 passthrough cannot carry, or names the stream
    with an id that is not printable; no later start will fix it (refuse the socket with
    close code 1003 rather than wait)."""


def detect_provider(
    data: str | bytes, providers: Sequence[Provider] = PROVIDERS
) -> Provider | None:
    """The provider whose ``start`` message ``data`` is (None: not a recognisable start)."""
    try:
        message = json.loads(data)
    except (ValueError, TypeError, RecursionError):
        return None
    if not isinstance(message, dict) or message.get("event") != "start":
        return None
    start = message.get("start")
    inner = start if isinstance(start, dict) else {}
    for provider in providers:
        key = dialect_for(provider).stream_key
        if key in message or key in inner:
            return provider
    return None


def _stream_id_of(data: str | bytes, provider: Provider) -> str:
    """The stream id a refused ``start`` carried, fit for a log line (as sent if printable
    and at most :data:`MAX_ID_CHARS` long, else escaped and cut short), or ``?``."""
    try:
        message = json.loads(data)
    except (ValueError, TypeError, RecursionError):
        return "?"
    if not isinstance(message, dict):
        return "?"
    key = dialect_for(provider).stream_key
    inner = message.get("start")
    value = message.get(key) or (inner.get(key) if isinstance(inner, dict) else None)
    if not isinstance(value, str) or not value:
        return "?"
    return value if value.isprintable() and len(value) <= MAX_ID_CHARS else reprlib.repr(value)


async def read_stream_start(
    receive: Receive,
    provider: Provider | Sequence[Provider],
    *,
    timeout_s: float = 10.0,
    max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES,
    throttle: LogThrottle | None = None,
) -> tuple[Provider, StreamStart] | None:
    """Read messages until the stream's ``start``; returns the provider and the start.

    ``provider``: the provider this route serves, or the providers to recognise the start
    among (:func:`detect_provider`). Messages before the start (``connected``, odd or
    unparsable ones) are skipped with a log line (a socket's first few loud). Those lines,
    and the refusals and timeouts below, also go through ``throttle`` (by default one for
    the process), across sockets: anyone may open sockets, and each kind logs its first
    few, then every 100th (:mod:`~pipecat_rt_best.base.log_throttle`). Returns None when
    the socket closes, the provider sends ``stop`` or ``timeout_s`` passes first. Raises
    :class:`UnsupportedStreamError` for a start in a format passthrough cannot carry, or
    whose stream or call id is not printable or too long (a newline in an id that is
    logged would forge log lines; no provider sends one).
    """
    candidates: tuple[Provider, ...] = (
        (provider,) if isinstance(provider, str) else tuple(provider)  # type: ignore[assignment]
    )
    label = candidates[0] if len(candidates) == 1 else "provider"
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    log = throttle if throttle is not None else _BEFORE_START
    skipped = 0

    def skip(message: str, exc: BaseException | None = None) -> None:
        # Loud only among a socket's first few, and of those across sockets the first few,
        # then every 100th. The message names a fixed reason, never what the peer sent: it
        # is the kind too.
        nonlocal skipped
        skipped += 1
        log.log(message, message, exception=exc, quiet=skipped > LOUD_SKIPS)

    while True:
        remaining = deadline - loop.time()
        if remaining <= 0:
            log.log(f"no {label} start", f"telephony: no {label} 'start' within {timeout_s:g}s")
            return None
        try:
            message = await asyncio.wait_for(receive(), timeout=remaining)
        except TimeoutError:
            continue
        if message["type"] == "websocket.disconnect":
            return None
        data = message.get("text") if message.get("text") is not None else message.get("bytes")
        if data is None:
            continue
        which: Provider | None = candidates[0]
        if len(candidates) > 1:
            if len(data) > max_message_bytes:
                skip(f"telephony: skipped a message before 'start': over {max_message_bytes} bytes")
                continue
            which = detect_provider(data, candidates)
            if which is None:
                continue  # 'connected' and the like: every dialect ignores them
        assert which is not None
        try:
            event = dialect_for(which).parse(data, max_message_bytes)
        except ProviderMessageError as exc:
            if exc.reason == UNSUPPORTED_MEDIA_FORMAT:
                log.log(
                    f"{which}: {exc.reason}",
                    f"telephony: refused {which} stream {_stream_id_of(data, which)}: "
                    f"{exc.reason}: {exc.detail}",
                    level="ERROR",
                )
                raise UnsupportedStreamError(f"{exc.reason}: {exc.detail}") from None
            if exc.reason == UNUSABLE_ID:  # not a provider's id: refused, never logged raw
                log.log(
                    f"{which}: {exc.reason}",
                    f"telephony: refused a {which} stream: {exc.reason}: {exc.detail}",
                )
                raise UnsupportedStreamError(f"{exc.reason}: {exc.detail}") from None
            skip(f"telephony: skipped a {which} message before 'start': {exc.reason}")
            continue
        except Exception as exc:  # never let one odd message end the socket unexplained
            skip(
                f"telephony: skipped a {which} message before 'start': "
                f"internal: {type(exc).__name__}",
                exc,
            )
            continue
        if isinstance(event, StreamStart):
            return which, event
        if isinstance(event, StreamStop):
            return None
        if not isinstance(event, (Connected, Ignored)):
            skip(f"telephony: {which} sent {type(event).__name__} before 'start'; skipped")


def line_law(
    provider: Provider,
    start: StreamStart,
    *,
    telnyx_codec: str = "PCMU",
    exotel_law: G711Law = "ulaw",
) -> G711Law | None:
    """The law the model speaks and hears on this call (None: refuse the call).

    An Exotel PCM16 line: the model speaks ``exotel_law`` (a μ-law Exotel line, like any
    G.711 line, is the law the model speaks). Telnyx: the stream was opened
    with ``bidirectionalCodec=telnyx_codec``, so that is what Telnyx expects back and the
    model speaks it; a caller leg in the other law is converted to it (by the Telnyx
    serializer) so the session keeps one law both ways.
    """
    if start.encoding == "pcm16":
        return exotel_law
    if provider == "telnyx":
        declared: G711Law = "alaw" if telnyx_codec == "PCMA" else "ulaw"
        if start.encoding != declared:
            logger.warning(
                f"telephony: telnyx stream {start.stream_id}: inbound audio is "
                f"{_TELNYX_CODEC[start.encoding]} but the stream was opened with "
                f"bidirectionalCodec={telnyx_codec}; the model speaks and hears "
                f"{telnyx_codec} and the caller's audio is converted by table "
                f"lookup (not passed through untouched). Set telnyx_codec="
                f"{_TELNYX_CODEC[start.encoding]} to pass it through."
            )
        return declared
    if start.encoding not in ("ulaw", "alaw"):  # pragma: no cover - dialects refuse it
        logger.error(f"telephony: refused a {provider} stream: line {start.encoding}")
        return None
    return start.encoding  # type: ignore[return-value]
