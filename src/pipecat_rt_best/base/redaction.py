"""Secrets out of every log line: one redaction rule for stdlib logging and loguru.

:func:`redact` replaces the value of ``Authorization`` (``Bearer``/``Basic`` …),
``api-key``, ``Ocp-Apim-Subscription-Key`` and ``x-api-key`` headers, key-like query
parameters (``?api-key=``, ``&api_key=``, ``key=``, ``token=``, ``sig=``, ``signature=``,
``secret=``, ``password=``, ``access_token=``, ``pcrb_token=``) and
``sk-…``-shaped keys with ``[REDACTED]``, wherever they appear in a message; also
``*_API_KEY=`` / ``*_SECRET=`` / ``*_TOKEN=`` / ``*_PASSWORD=`` assignments, header tuples
written as bytes, a URL's ``user:password@``, a bare JWT (``eyJ….….…``: an Entra ID or Speech
token quoted without its header) and the token of Azure Speech's ``aad#<resource id>#<token>``. :func:`redact_url` names a URL for logs and
reprs with only its harmless query values (model, deployment, api-version) left.

:func:`install_redaction` applies it to all log output of the process: every stdlib
``logging`` record (any library's — e.g. websockets logs request headers at DEBUG) as it
is created, and every loguru message through a patcher; the record factory and the loguru
patcher already in place (a host application's) are chained, not replaced. A websockets frame
line is cut to the frame's kind, the event its JSON names first and its size (``< TEXT
response.done [268 bytes]``): its payload is a call's content (the model's words, tool
arguments, the caller's transcript and audio). :func:`redact_websocket_client_logs`
does it for the one logger that sees the pack's own keys (``websockets.client``) and touches
nothing else: what the pack installs when it connects, also in a process that never called
``install_redaction`` (the pool or service used as a library). :func:`hide_request_queries`
cuts the query string from uvicorn's request lines (a GET webhook's query carries the
caller's and the called number). :func:`call_content_warning` is the line to log when a level
that logs the calls' content (DEBUG, TRACE) is chosen. Pure: no pipecat, no asyncio.
"""

from __future__ import annotations

import copy
import logging
import re
import sys
from collections.abc import Callable
from typing import Any, TextIO
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = [
    "CALL_CONTENT_LEVELS",
    "REDACTED",
    "RedactingStream",
    "call_content_warning",
    "hide_request_queries",
    "install_redaction",
    "log_only_to_stderr",
    "log_to_stderr",
    "redact",
    "redact_url",
    "redact_websocket_client_logs",
]

REDACTED = "[REDACTED]"

CALL_CONTENT_LEVELS = ("TRACE", "DEBUG")
"""The log levels at which pipecat logs a call's content (personal data): the system instruction
(the prompt's context included: a customer's name, an account number), each tool call's
arguments, every sentence the bot speaks."""


def call_content_warning(level: str) -> str | None:
    """The line to log when logging starts at ``level`` (any case), if that level logs the
    calls' content (:data:`CALL_CONTENT_LEVELS`); None otherwise."""
    if level.strip().upper() not in CALL_CONTENT_LEVELS:
        return None
    return (
        f"log level {level.strip().upper()}: the calls' content is logged (the system "
        "instruction with the prompt's context, tool-call arguments, the bot's sentences): "
        "personal data; use it for test calls only, never on live calls"
    )


# an auth header, also as an error quotes it ("invalid Authorization header: Bearer …"); after a
# scheme the rest of the line goes (a token with a space in it, an object's repr given as one)
_HEADER = re.compile(
    r"(?P<name>\b(?:authorization|proxy-authorization|api-key|x-api-key|"
    r"ocp-apim-subscription-key)(?:\s+header)?\b[\"']?\s*[:=,]\s*(?:b(?=[\"']))?[\"']?)"
    r"(?P<value>(?:bearer|basic|token)\s+[^\r\n\x1b]*[^\s\x1b]|[^\s\"',;}\x1b]+)",  # b'…': bytes
    re.IGNORECASE,
)
# NAME_API_KEY=…, api_key='…', TWILIO_AUTH_TOKEN: … — a value of 8 characters or more (a
# sentence that only names the variable, "set OPENAI_API_KEY, or …", is left alone). A value
# ends at an escape too: a colored line's reset code after it stays. A repr's own placeholder
# (api_key=<redacted>) is no value: it and the ")" after it stay
_ASSIGNMENT = re.compile(
    r"(?P<name>\b[A-Za-z0-9_]*(?:api_key|API_KEY|_SECRET|_secret|_TOKEN|_token|_PASSWORD|_password)"
    r"\b[\"']?\s*[:=]\s*[\"']?)(?!<redacted>)(?P<value>[^\s\"',;}\x1b]{8,})"
)
_QUERY = re.compile(
    r"(?P<name>[?&;](?:api[-_]?key|key|token|access_token|sig|signature|secret|"
    r"password|subscription-key|pcrb_token|code)=)(?P<value>[^&\s\"'#\x1b]+)",
    re.IGNORECASE,
)
# user:password@host — the password up to the last @ before the host ("p@ss@host")
_USERINFO = re.compile(r"(?P<name>\b[a-z][a-z0-9+.-]*://[^\s/:@]*:)(?P<value>[^\s/]+)@", re.I)
_KEY_SHAPED = re.compile(r"\bsk-[A-Za-z0-9_\-]{8,}")
# a JWT (an Entra ID access token, a Speech STS token): base64url JSON header, payload, signature
_JWT = re.compile(r"\beyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]*")
# the Speech SDK's Entra token, aad#<resource id>#<token>: the resource id stays
_SPEECH_ENTRA = re.compile(r"(?P<name>\baad#[^\s#]*#)(?P<value>[^\s\"',;}\x1b]+)")


def redact(text: str) -> str:
    """``text`` with anything that looks like a secret replaced by ``[REDACTED]``."""
    if not text:
        return text
    text = _HEADER.sub(lambda m: m.group("name") + REDACTED, text)
    text = _ASSIGNMENT.sub(lambda m: m.group("name") + REDACTED, text)
    text = _QUERY.sub(lambda m: m.group("name") + REDACTED, text)
    text = _USERINFO.sub(lambda m: m.group("name") + REDACTED + "@", text)
    text = _SPEECH_ENTRA.sub(lambda m: m.group("name") + REDACTED, text)
    text = _JWT.sub(REDACTED, text)
    return _KEY_SHAPED.sub(REDACTED, text)


_SAFE_QUERY_KEYS = {"model", "deployment", "api-version"}


def redact_url(url: str) -> str:
    """``url`` with credentials (userinfo, query values other than model/deployment) masked.
    Never raises: it names a URL in logs and reprs, also one that cannot be connected to
    (one :func:`~urllib.parse.urlsplit` cannot read, an unclosed ``[``, is named by its
    scheme alone)."""
    try:
        parts = urlsplit(url)
    except ValueError:  # "Invalid IPv6 URL"
        scheme, sep, _ = url.partition("://")
        return f"{scheme}://<unreadable URL>" if sep and scheme.isalpha() else "<unreadable URL>"
    netloc = parts.hostname or ""
    if ":" in netloc:
        netloc = f"[{netloc}]"  # an IPv6 address keeps its brackets
    try:
        port = parts.port
    except ValueError:  # not a number, or out of range
        port = None
        netloc = f"{netloc}:<invalid port>"
    if port:
        netloc = f"{netloc}:{port}"
    query = urlencode(
        [
            (k, v if k.lower() in _SAFE_QUERY_KEYS else "<redacted>")
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
        ],
        safe="<>",
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def _rewrite_record(record: logging.LogRecord, fix: Callable[[str], str]) -> None:
    """Make ``record``'s message ``fix(message)``: by fixing its format string and each ``str``
    argument when that leaves nothing for ``fix`` in the message (uvicorn's ``AccessFormatter``
    builds its line from ``record.args``, unpacked as a 5-tuple), else by replacing the format
    string with the fixed message and dropping the arguments."""
    try:
        message = record.getMessage()
    except Exception:  # a broken format string: let logging report it as usual
        return
    clean = fix(message)
    if clean == message:
        return
    if isinstance(record.args, tuple) and record.args:
        msg = fix(record.msg) if isinstance(record.msg, str) else record.msg
        args = tuple(fix(arg) if isinstance(arg, str) else arg for arg in record.args)
        trial = copy.copy(record)
        trial.msg, trial.args = msg, args
        try:
            rendered = trial.getMessage()
        except Exception:  # the fixed format string no longer takes the arguments
            rendered = None
        if rendered is not None and fix(rendered) == rendered:
            record.msg, record.args = msg, args
            return
    record.msg, record.args = clean, None


# websockets' frame lines: '< %s' / '> %s' with the frame, which prints the first and last
# ~35 characters of its payload ('TEXT \'{"type": "response.output_audio_transcript.done...ding
# 4821 is blocked."}\' [268 bytes]'): a realtime event's text, a tool call's arguments, the
# caller's transcript or audio. uvicorn's websockets server logs the same lines (uvicorn.error)
_FRAME_FORMATS = ("< %s", "> %s")
_DATA_OPCODES = ("TEXT", "BINARY", "CONT")
# the event a JSON payload names first (an event_id may come before it): OpenAI's "type",
# a phone provider's "event"
_EVENT_NAME = re.compile(
    rb'^\s*\{\s*(?:"event_id"\s*:\s*"[^"]{0,80}"\s*,\s*)?'
    rb'"(?:type|event)"\s*:\s*"(?P<name>[A-Za-z0-9_.\-]{1,80})"'
)


def _frame_summary(frame: Any) -> str | None:
    """A websockets data frame (text, binary, continuation) as ``TEXT response.done [268 bytes]``:
    its kind, the event its JSON names first and its size, without its payload. None for
    anything else (a control frame: close code and reason, ping)."""
    kind = getattr(getattr(frame, "opcode", None), "name", None)
    data = getattr(frame, "data", None)
    if kind not in _DATA_OPCODES or not isinstance(data, (bytes, bytearray, memoryview)):
        return None
    named = _EVENT_NAME.match(bytes(data[:200]))
    event = f" {named.group('name').decode()}" if named else ""
    return f"{kind}{event} [{len(data)} bytes]"


def _hide_frame_payload(record: logging.LogRecord) -> None:
    """A websockets frame line (``< TEXT '…' [268 bytes]``) made ``< TEXT response.done
    [268 bytes]``: the frame argument replaced by its summary."""
    if record.msg in _FRAME_FORMATS and isinstance(record.args, tuple) and len(record.args) == 1:
        summary = _frame_summary(record.args[0])
        if summary is not None:
            record.args = (summary,)


def _redact_record(record: logging.LogRecord) -> None:
    _hide_frame_payload(record)
    _rewrite_record(record, redact)


class _RedactingFilter(logging.Filter):
    """Redacts each record of the logger it is on, a frame line's payload cut (and keeps every
    record)."""

    def filter(self, record: logging.LogRecord) -> bool:
        _redact_record(record)
        return True


_REDACTING_FILTER = _RedactingFilter()


def redact_websocket_client_logs() -> None:
    """Redact what websockets' client logs at DEBUG (request line, ``Authorization`` /
    ``api-key`` headers) and cut each frame line to its kind, event and size (the payload is
    the call's content) with a filter on the ``websockets.client`` logger (idempotent).
    No level, handler or other logger of the process changes."""
    client = logging.getLogger("websockets.client")
    if _REDACTING_FILTER not in client.filters:
        client.addFilter(_REDACTING_FILTER)


# uvicorn's request lines: '… - "GET /exotel/voice?CallFrom=… HTTP/1.1" 200' (uvicorn.access)
# and '… - "WebSocket /twilio/media?…" [accepted]' (uvicorn.error)
_REQUEST_LINE_QUERY = re.compile(r'(?P<path>"(?:[A-Z]+|WebSocket) /[^\s"?]*)\?[^\s"]*')
_UVICORN_LOGGERS = ("uvicorn.access", "uvicorn.error")


# a request line's path argument ('/exotel/voice?CallFrom=…', uvicorn.access's args[2])
_PATH_QUERY = re.compile(r"^(?P<path>/[^\s\"?]*)\?[^\s\"]*$")


def _without_query(text: str) -> str:
    """``text`` with the query cut from a request line in it, or from a path that is all of it."""
    return _PATH_QUERY.sub(r"\g<path>", _REQUEST_LINE_QUERY.sub(r"\g<path>", text))


def _hide_query(record: logging.LogRecord) -> None:
    _rewrite_record(record, _without_query)


class _QueryHidingFilter(logging.Filter):
    """Cuts the query string from a request line of the logger it is on (keeps every record)."""

    def filter(self, record: logging.LogRecord) -> bool:
        _hide_query(record)
        return True


_QUERY_HIDING_FILTER = _QueryHidingFilter()


def hide_request_queries() -> None:
    """Log uvicorn's request lines (``uvicorn.access``'s ``"GET /path?query HTTP/1.1"``,
    ``uvicorn.error``'s ``"WebSocket /path?query"``) with the path only, by a filter on those
    two loggers (idempotent): a provider's GET webhook carries the caller's and the called
    number in its query (Exotel's ``CallFrom``/``CallTo``, Twilio's ``From``/``To``), and
    those are personal data. The path argument is cut and ``record.args`` stays a tuple, so
    uvicorn's own ``AccessFormatter`` (its default ``LOGGING_CONFIG``) still formats the line.
    No level, handler or other logger of the process changes."""
    for name in _UVICORN_LOGGERS:
        log = logging.getLogger(name)
        if _QUERY_HIDING_FILTER not in log.filters:
            log.addFilter(_QUERY_HIDING_FILTER)


_MARK = "_pipecat_rt_best_redacts"  # set on the record factory and the patcher installed here


def _marked(fn: Callable[..., Any]) -> Callable[..., Any]:
    setattr(fn, _MARK, True)
    return fn


def _redact_loguru_record(record: Any) -> None:
    record["message"] = redact(record["message"])
    exc = record.get("exception")
    if exc is not None and exc.value is not None:
        text = str(exc.value)
        if redact(text) != text:
            # the exception's own text carries a secret: show a redacted copy, no frames
            try:
                value = type(exc.value)(redact(text))
            except Exception:
                value = RuntimeError(f"{type(exc.value).__name__}: {redact(text)}")
            record["exception"] = exc._replace(type=type(value), value=value, traceback=None)


def install_redaction() -> None:
    """Redact every stdlib log record and loguru message of this process.

    Chains, never replaces: the stdlib ``LogRecord`` factory in place is wrapped (records are
    still made by it, then redacted), and loguru's patcher in place (a host application's
    request or trace ids, say) still runs on every message, before the redaction. Idempotent:
    a factory or patcher this function installed is not wrapped again; one set since (a
    ``logger.configure(patcher=...)`` after it) is wrapped in its turn.
    """
    previous = logging.getLogRecordFactory()
    if not getattr(previous, _MARK, False):

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            _redact_record(record)
            return record

        logging.setLogRecordFactory(_marked(factory))

    try:  # lazy: loguru is optional for this module's pure use
        from loguru import logger
    except ImportError:  # pragma: no cover
        return

    # loguru has no public getter for the core's patcher (configure only sets it)
    host_patcher: Callable[[Any], None] | None = getattr(logger._core, "patcher", None)  # type: ignore[attr-defined]
    if host_patcher is not None and getattr(host_patcher, _MARK, False):
        return
    if host_patcher is None:
        logger.configure(patcher=_marked(_redact_loguru_record))
        return
    chained = host_patcher

    def patcher(record: Any) -> None:
        chained(record)
        _redact_loguru_record(record)

    logger.configure(patcher=_marked(patcher))


class RedactingStream:
    """A text stream that writes :func:`redact` of what it is given to ``stream``: a sink for
    whole formatted lines, so the text the patcher never sees (a traceback's source lines, a
    chained exception's message) is redacted too. Without a ``stream``, each write goes to
    ``sys.stderr`` as it is then (pytest, a notebook or a user may swap it: a sink holding the
    old one wrote to a closed file)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._given = stream

    @property
    def _stream(self) -> TextIO:
        return self._given if self._given is not None else sys.stderr

    def write(self, text: str) -> None:
        self._stream.write(redact(text))

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:  # loguru colors a terminal's lines only
        return self._stream.isatty()


def log_to_stderr(level: str | int, filter: Callable[[Any], bool] | None = None) -> int:
    """Add a loguru sink on stderr at ``level`` (and ``filter``) and return its id: each line
    redacted as written, and tracebacks without the values of each frame's variables
    (``diagnose=False``: loguru's default prints them, a key in a local among them) and
    without the frames above the one that caught the exception (``backtrace=False``). Lines
    logged within a call's :func:`~pipecat_rt_best.base.call_log.call_log_context` name the
    call and stream (:func:`~pipecat_rt_best.base.call_log.log_line_format`)."""
    from loguru import logger  # lazy: loguru is optional for this module's pure use

    from pipecat_rt_best.base.call_log import log_line_format  # lazy: it imports loguru

    return logger.add(
        RedactingStream(),
        level=level,
        filter=filter,
        format=log_line_format,
        diagnose=False,
        backtrace=False,
    )


def log_only_to_stderr(level: str) -> None:
    """Log with loguru only on stderr at ``level`` (its other sinks removed: the one a runner
    added at DEBUG too), every line redacted (:func:`install_redaction`,
    :func:`log_to_stderr`); at a level that logs the calls' content, a warning line says so
    first (:func:`call_content_warning`)."""
    from loguru import logger  # lazy: loguru is optional for this module's pure use

    install_redaction()
    logger.remove()
    log_to_stderr(level)
    warning = call_content_warning(level)
    if warning is not None:
        logger.warning(warning)
