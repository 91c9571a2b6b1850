"""Media-stream WebSocket dialects of Twilio, Telnyx, Plivo and Exotel (pure logic).

The *application side* of each provider's JSON protocol, with no asyncio and no pipecat:
parse what the provider sends (:meth:`Dialect.parse`) and build what the application
sends back (media, mark, clear). The serializer uses it. The mirror image — building what
the provider sends and parsing what the application sends, as the media-stream simulator
does — is a test harness, :mod:`pipecat_rt_best.testing.provider_dialects`; it shares
this module's message codec (:func:`load_message`, :func:`decode_b64`,
:func:`encode_b64`, ...), so both sides read and write JSON the same way.

What each provider sends on the line (as far as their public docs describe it):

========  =====================  ==========================================================
provider  line audio             playout confirmation / clear
========  =====================  ==========================================================
Twilio    μ-law 8 kHz only       ``mark`` → echoed ``mark`` when played; ``clear`` (pending
                                 marks are echoed back at once)
Telnyx    PCMU or PCMA 8 kHz     ``mark`` → echoed ``mark``; ``clear``
          (``media_format``)
Plivo     μ-law 8 kHz            ``checkpoint`` after ``playAudio`` → ``playedStream``;
          (``audio/x-mulaw``)    ``clearAudio`` → ``clearedAudio``
Exotel    **PCM16** LE 8 kHz     ``mark`` → echoed ``mark``; ``clear``
          (``raw/slin``) or      (PCM16 is converted with a table lookup; μ-law passes
          μ-law 8 kHz            through as on the other lines)
          (``audio/x-mulaw``)
========  =====================  ==========================================================

Telnyx also reports errors on the stream (``error``: a frame of ours it could not use, a
rate limit) as :class:`StreamError`; the serializer logs them, the stream goes on.

Every provider numbers the caller's media messages (``media.chunk``, from 1); the number
rides on :class:`MediaChunk` so packets arriving out of order can be put back in order
(:mod:`~pipecat_rt_best.g711_passthrough.reorder`).

Malformed input never raises anything but :class:`ProviderMessageError` (with a short
``reason`` usable as a counter key), so a caller can log it, skip the message and keep
the call going.
"""

from __future__ import annotations

import binascii
import json
import reprlib
from binascii import a2b_base64, b2a_base64
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, NamedTuple

Provider = Literal["twilio", "telnyx", "plivo", "exotel"]
LineEncoding = Literal["ulaw", "alaw", "pcm16"]

PROVIDERS: tuple[Provider, ...] = ("twilio", "telnyx", "plivo", "exotel")
SIGNED_PROVIDERS: tuple[Provider, ...] = ("twilio",)  # whose webhooks the server can verify


def default_providers(validate_twilio_signature: bool) -> tuple[Provider, ...]:
    """The providers a server serves unless told: all, but with signatures checked only
    those whose webhooks are signed (the others' would hand a stream token to anyone)."""
    return SIGNED_PROVIDERS if validate_twilio_signature else PROVIDERS


LINE_SAMPLE_RATE = 8000
DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024  # a 20 ms μ-law frame is ~300 bytes of JSON
# The reason of a start whose line format passthrough can't carry (codec, rate).
UNSUPPORTED_MEDIA_FORMAT = "unsupported media format"
# The reason of a start whose stream or call id is not a printable line of at most
# MAX_ID_CHARS: the ids go into log lines, and a newline in one would forge log lines.
UNUSABLE_ID = "unusable id"
MAX_ID_CHARS = 256  # providers use 32-120: Twilio CA…/MZ… 34, UUIDs 36, Telnyx v2:/v3:… 60-120
_MAX_REASON_CHARS = 120  # a stop's reason as logged: "callended", "Twilio ended the stream"

__all__ = [
    "DEFAULT_MAX_MESSAGE_BYTES",
    "LINE_SAMPLE_RATE",
    "MAX_ID_CHARS",
    "PROVIDERS",
    "UNSUPPORTED_MEDIA_FORMAT",
    "UNUSABLE_ID",
    "Cleared",
    "Connected",
    "Dialect",
    "DtmfDigit",
    "ExotelDialect",
    "Ignored",
    "LineEncoding",
    "MarkEcho",
    "MediaChunk",
    "PlivoDialect",
    "Provider",
    "ProviderEvent",
    "ProviderMessageError",
    "StreamError",
    "StreamStart",
    "StreamStop",
    "TelnyxDialect",
    "TwilioDialect",
    "decode_b64",
    "dialect_for",
    "dump_message",
    "encode_b64",
    "is_canonical_b64",
    "load_message",
    "object_field",
]


class ProviderMessageError(ValueError):
    """A provider message that can't be used. ``reason`` is a short, stable key."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


# -- events the provider sends --------------------------------------------------------


@dataclass(frozen=True)
class Connected:
    """The provider opened the stream (Twilio/Telnyx/Exotel ``connected``)."""


@dataclass(frozen=True)
class StreamStart:
    """The stream's metadata: ids, line encoding, custom parameters."""

    stream_id: str
    call_id: str | None = None
    account_id: str | None = None
    encoding: LineEncoding = "ulaw"
    sample_rate: int = LINE_SAMPLE_RATE
    custom_parameters: dict[str, str] = field(default_factory=dict)


class MediaChunk(NamedTuple):
    """Caller audio: the line bytes exactly as the provider sent them.

    ``chunk`` is the provider's number of this media message (``media.chunk``: 1, 2, 3, …
    on every provider here), None when it sends none or an unusable one; the serializer
    puts packets that arrive out of order back in order by it
    (:mod:`~pipecat_rt_best.g711_passthrough.reorder`).
    ``b64`` is the provider's base64 text of ``payload`` when it is the canonical
    encoding (what ``base64.b64encode(payload)`` gives), so it can be forwarded as it is
    instead of encoding the bytes again; None when the provider's text is valid but not
    canonical (non-zero padding bits, line breaks), which a strict decoder elsewhere
    could refuse.
    (A named tuple rather than a frozen dataclass like the other events: it is built
    50 times a second per call, and this is the cheapest immutable record to build.)
    """

    payload: bytes
    track: str | None = None
    b64: str | None = None
    chunk: int | None = None


@dataclass(frozen=True)
class DtmfDigit:
    digit: str


@dataclass(frozen=True)
class MarkEcho:
    """The provider reached a mark/checkpoint we sent (or discarded it on clear)."""

    name: str


@dataclass(frozen=True)
class Cleared:
    """The provider acknowledged a clear (Plivo ``clearedAudio``)."""


@dataclass(frozen=True)
class StreamStop:
    reason: str | None = None


@dataclass(frozen=True)
class StreamError:
    """The provider reports an error on the stream (Telnyx ``error``: a frame of ours it
    could not use, a rate limit); the stream goes on. The fields are the peer's, escaped
    and cut short for a log line."""

    code: str | None = None
    title: str | None = None
    detail: str | None = None


@dataclass(frozen=True)
class Ignored:
    """A well-formed message we don't act on (unknown event, outbound track, …)."""

    event: str
    why: str = "unknown event"


ProviderEvent = (
    Connected
    | StreamStart
    | MediaChunk
    | DtmfDigit
    | MarkEcho
    | Cleared
    | StreamStop
    | StreamError
    | Ignored
)


# -- the message codec (both sides of a media stream read and write JSON this way) --------


def load_message(data: str | bytes, max_bytes: int) -> dict[str, Any]:
    """One JSON object with a string ``event``; anything else is a :class:`ProviderMessageError`."""
    if len(data) > max_bytes:
        raise ProviderMessageError("oversize", f"{len(data)} bytes > limit {max_bytes}")
    try:
        message = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ProviderMessageError("malformed json", str(exc)) from None
    except ValueError as exc:  # valid JSON past a parser limit (an int over 4300 digits)
        raise ProviderMessageError("malformed json", f"{type(exc).__name__}: {exc}") from None
    except RecursionError:  # valid JSON nested deeper than the interpreter recursion limit
        raise ProviderMessageError("malformed json", "nested too deeply") from None
    if not isinstance(message, dict):
        raise ProviderMessageError(
            "malformed json", f"expected an object, got {type(message).__name__}"
        )
    event = message.get("event")
    if not isinstance(event, str):
        raise ProviderMessageError("missing event", "no string 'event' field")
    return message


def object_field(message: dict[str, Any], key: str) -> dict[str, Any]:
    """``message[key]`` if it is an object, ``{}`` if it is missing or null."""
    value = message.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ProviderMessageError("bad field", f"'{key}' is not an object")
    return value


# ASCII whitespace, removed from a payload that is base64 once it is gone (line-wrapped,
# MIME style: a CRLF or LF every 76 characters)
_NO_WHITESPACE = str.maketrans("", "", " \t\n\r\v\f")


def decode_b64(value: Any) -> bytes:
    """The bytes of a base64 ``payload`` field, strictly decoded, ASCII whitespace aside.

    Strict: only the alphabet and correct padding (= ``base64.b64decode(value,
    validate=True)`` on Python 3.11 and 3.12, the same on every Python: :func:`_strict_b64`).
    A text that fails so is tried once more without its spaces and line breaks (MIME-wrapped
    base64, as Java's MIME encoder and ``base64.encodebytes`` write it), again strictly;
    anything else stays refused.
    """
    if not isinstance(value, str):
        raise ProviderMessageError("bad base64", "payload is not a string")
    try:
        return _strict_b64(value)
    except (binascii.Error, ValueError) as exc:
        error = exc
    stripped = value.translate(_NO_WHITESPACE)
    if len(stripped) != len(value):
        try:
            return _strict_b64(stripped)
        except (binascii.Error, ValueError) as exc:
            error = exc
    raise ProviderMessageError("bad base64", str(error))


def _strict_b64(text: str) -> bytes:
    """``a2b_base64(text, strict_mode=True)`` as Python 3.11 and 3.12 decode: a stray ``"="``
    run after a complete quantum (``"QUJD="``) is no padding, and the quanta before it are
    read. Python 3.13 refuses that text ("Excess padding not allowed"): the same provider
    message must not be a call's audio on one Python and a refused message on another."""
    try:
        return a2b_base64(text, strict_mode=True)
    except binascii.Error as exc:
        body = text.rstrip("=")
        if len(body) == len(text) or not body or len(body) % 4 or "=" in body:
            raise
        try:
            return a2b_base64(body, strict_mode=True)
        except binascii.Error:
            raise exc from None


def encode_b64(payload: bytes) -> str:
    """= ``base64.b64encode(payload).decode()``, one Python call fewer (it runs per chunk)."""
    return b2a_base64(payload, newline=False).decode("ascii")


def dump_message(message: dict[str, Any]) -> str:
    """Compact JSON: no spaces after the separators."""
    return json.dumps(message, separators=(",", ":"))


# The last base64 character before "==" / "=" carries 4 / 2 padding bits; the canonical
# encoding leaves them zero (these are the characters whose padding bits are zero).
_ZERO_PAD_4 = frozenset("AQgw")
_ZERO_PAD_2 = frozenset("AEIMQUYcgkosw048")


def is_canonical_b64(text: str) -> bool:
    """Whether ``text`` — which :func:`decode_b64` accepted (strict mode) — is exactly
    ``base64.b64encode`` of what it decodes to.

    Strict decoding already rules out anything but the alphabet and most padding errors;
    what it still accepts is non-zero padding bits (``"QR=="`` decodes like ``"QQ=="``)
    and a stray ``"="`` after a complete quantum (``"QUJD="``).
    """
    if len(text) % 4:
        return False
    if not text or text[-1] != "=":
        return True
    if text[-2] == "=":
        return text[-3] in _ZERO_PAD_4
    return text[-2] in _ZERO_PAD_2


# -- field helpers of the application side ------------------------------------------------

_MISSING: Any = object()


def _str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    return str(value)


def _id(value: str, name: str) -> str:
    """``value``, a stream or call id, if it is printable (no newline, control or format
    character) and at most :data:`MAX_ID_CHARS` long; else a :class:`ProviderMessageError`
    whose detail shows it escaped and cut short."""
    if len(value) > MAX_ID_CHARS:
        raise ProviderMessageError(UNUSABLE_ID, f"{name} of {len(value)} characters")
    if not value.isprintable():
        raise ProviderMessageError(
            UNUSABLE_ID, f"{name} {reprlib.repr(value)} has a non-printable character"
        )
    return value


def _reason_or_none(value: Any) -> str | None:
    """A stop's free-text reason, fit for a log line: as sent if printable and short, else
    escaped and cut short (``reprlib``), so a newline cannot forge a line of its own nor a
    terminal escape reach the operator's screen."""
    text = _str_or_none(value)
    if text is None or (text.isprintable() and len(text) <= _MAX_REASON_CHARS):
        return text
    return reprlib.repr(text)


def _id_or_none(value: Any, name: str) -> str | None:
    text = _str_or_none(value)
    return None if text is None else _id(text, name)


def _rate(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: 1e999 parses as inf
        raise ProviderMessageError("bad start", f"sample rate {reprlib.repr(value)}") from None


def _chunk_number(value: Any) -> int | None:
    """A media message's ``chunk`` (a number, or its decimal text) if it is a usable order
    key: a non-negative integer of at most 18 digits; else None (the packet is not ordered)."""
    if type(value) is int:
        return value if 0 <= value < 10**18 else None
    if type(value) is str and 0 < len(value) <= 18 and value.isascii() and value.isdigit():
        return int(value)
    return None


def _params(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {str(k): str(v) for k, v in value.items()}


# -- dialects ---------------------------------------------------------------------------


class Dialect:
    """The application's side of one provider's media-stream protocol. Stateless."""

    provider: ClassVar[Provider]
    stream_key: ClassVar[str]
    inbound_tracks: ClassVar[frozenset[str | None]] = frozenset({None, "inbound", "inbound_track"})
    supported_encodings: ClassVar[tuple[LineEncoding, ...]] = ("ulaw",)

    def parse(self, data: str | bytes, max_bytes: int = DEFAULT_MAX_MESSAGE_BYTES) -> ProviderEvent:
        """Parse one message from the provider. Raises :class:`ProviderMessageError`."""
        message = load_message(data, max_bytes)
        event = message["event"]
        try:
            if event == "media":  # first: 50 a second
                return self._parse_media(message)
            if event == "connected":
                return Connected()
            if event == "start":
                return self._parse_start(message)
            if event == "dtmf":
                digit = object_field(message, "dtmf").get("digit")
                if not isinstance(digit, str) or not digit:
                    raise ProviderMessageError("bad dtmf", "no digit")
                return DtmfDigit(digit)
            if event == "stop":
                return StreamStop(self._stop_reason(message))
            return self._parse_other(event, message)
        except RecursionError:  # str() of a field nested about as deep as json.loads allows
            raise ProviderMessageError(
                "bad field", f"'{event[:40]}' field nested too deeply"
            ) from None

    def _parse_media(self, message: dict[str, Any]) -> MediaChunk | Ignored:
        media = message.get("media")
        if type(media) is not dict:
            media = object_field(message, "media")
        track = media.get("track")
        if track is not None and type(track) is not str:
            track = str(track)
        if track not in self.inbound_tracks:
            return Ignored("media", f"track {reprlib.repr(track)} is not the caller's")
        text = media.get("payload", _MISSING)
        if text is _MISSING:
            raise ProviderMessageError("missing payload", "media without payload")
        payload = decode_b64(text)
        if not payload:
            return Ignored("media", "empty payload")
        # canonical: exactly base64.b64encode(payload) — no whitespace either (its length)
        canonical = len(text) == (len(payload) + 2) // 3 * 4 and is_canonical_b64(text)
        return MediaChunk(
            payload, track, text if canonical else None, _chunk_number(media.get("chunk"))
        )

    def _parse_start(self, message: dict[str, Any]) -> StreamStart:
        raise NotImplementedError

    def _stop_reason(self, message: dict[str, Any]) -> str | None:
        # the stream ends whatever shape its optional detail has: a malformed one is no reason
        stop = message.get("stop")
        return _reason_or_none(stop.get("reason")) if isinstance(stop, dict) else None

    def _parse_other(self, event: str, message: dict[str, Any]) -> ProviderEvent:
        if event == "mark":
            name = object_field(message, "mark").get("name")
            if not isinstance(name, str):
                raise ProviderMessageError("bad mark", "mark without a name")
            return MarkEcho(name)
        return Ignored(event)

    def _check_encoding(self, encoding: LineEncoding, sample_rate: int) -> None:
        if encoding not in self.supported_encodings:
            raise ProviderMessageError(
                UNSUPPORTED_MEDIA_FORMAT, f"{self.provider} line encoding {encoding!r}"
            )
        if sample_rate != LINE_SAMPLE_RATE:
            raise ProviderMessageError(
                UNSUPPORTED_MEDIA_FORMAT,
                f"{sample_rate} Hz line; G.711 passthrough needs 8000 Hz (no resampling)",
            )

    def media_message(self, stream_id: str, payload: bytes) -> str:
        raise NotImplementedError

    def mark_message(self, stream_id: str, name: str) -> str:
        return dump_message({"event": "mark", self.stream_key: stream_id, "mark": {"name": name}})

    def clear_message(self, stream_id: str) -> str:
        return dump_message({"event": "clear", self.stream_key: stream_id})


class TwilioDialect(Dialect):
    """Twilio Media Streams (bidirectional ``<Connect><Stream>``): μ-law 8 kHz only."""

    provider: ClassVar[Provider] = "twilio"
    stream_key: ClassVar[str] = "streamSid"

    def _parse_start(self, message: dict[str, Any]) -> StreamStart:
        start = object_field(message, "start")
        sid = start.get("streamSid") or message.get("streamSid")
        if not isinstance(sid, str) or not sid:
            raise ProviderMessageError("bad start", "no streamSid")
        fmt = object_field(start, "mediaFormat")
        encoding = str(fmt.get("encoding", "audio/x-mulaw")).lower()
        if encoding not in ("audio/x-mulaw", "mulaw", "pcmu"):
            raise ProviderMessageError(
                UNSUPPORTED_MEDIA_FORMAT, f"twilio encoding {reprlib.repr(encoding)}"
            )
        rate = _rate(fmt.get("sampleRate", LINE_SAMPLE_RATE))
        self._check_encoding("ulaw", rate)
        return StreamStart(
            stream_id=_id(sid, self.stream_key),
            call_id=_id_or_none(start.get("callSid"), "callSid"),
            account_id=_str_or_none(start.get("accountSid")),
            encoding="ulaw",
            sample_rate=rate,
            custom_parameters=_params(start.get("customParameters")),
        )

    def media_message(self, stream_id: str, payload: bytes) -> str:
        return dump_message(
            {"event": "media", "streamSid": stream_id, "media": {"payload": encode_b64(payload)}}
        )


class TelnyxDialect(Dialect):
    """Telnyx media streaming (bidirectional RTP mode): PCMU or PCMA at 8 kHz."""

    provider: ClassVar[Provider] = "telnyx"
    stream_key: ClassVar[str] = "stream_id"
    supported_encodings: ClassVar[tuple[LineEncoding, ...]] = ("ulaw", "alaw")
    _ENCODINGS: ClassVar[dict[str, LineEncoding]] = {"PCMU": "ulaw", "PCMA": "alaw"}

    def _parse_start(self, message: dict[str, Any]) -> StreamStart:
        start = object_field(message, "start")
        sid = message.get("stream_id") or start.get("stream_id")
        if not isinstance(sid, str) or not sid:
            raise ProviderMessageError("bad start", "no stream_id")
        fmt = object_field(start, "media_format")
        name = str(fmt.get("encoding", "PCMU")).upper()
        encoding = self._ENCODINGS.get(name)
        if encoding is None:
            raise ProviderMessageError(
                UNSUPPORTED_MEDIA_FORMAT, f"telnyx encoding {reprlib.repr(name)}; use PCMU or PCMA"
            )
        rate = _rate(fmt.get("sample_rate", LINE_SAMPLE_RATE))
        self._check_encoding(encoding, rate)
        return StreamStart(
            stream_id=_id(sid, self.stream_key),
            call_id=_id_or_none(start.get("call_control_id"), "call_control_id"),
            account_id=_str_or_none(start.get("user_id")),
            encoding=encoding,
            sample_rate=rate,
            custom_parameters=_params(start.get("custom_parameters")),
        )

    def _parse_other(self, event: str, message: dict[str, Any]) -> ProviderEvent:
        if event == "error":  # {"event": "error", "payload": {"code", "title", "detail"}}
            payload = message.get("payload")
            fields = payload if isinstance(payload, dict) else {}
            code, title, detail = (
                _reason_or_none(fields.get(key)) for key in ("code", "title", "detail")
            )
            return StreamError(code, title, detail)
        return super()._parse_other(event, message)

    def media_message(self, stream_id: str, payload: bytes) -> str:
        return dump_message({"event": "media", "media": {"payload": encode_b64(payload)}})

    def mark_message(self, stream_id: str, name: str) -> str:
        return dump_message({"event": "mark", "mark": {"name": name}})

    def clear_message(self, stream_id: str) -> str:
        return dump_message({"event": "clear"})


class PlivoDialect(Dialect):
    """Plivo audio streams (``<Stream bidirectional="true">``): μ-law 8 kHz.

    Outbound audio is ``playAudio``; the playout confirmation is a ``checkpoint``
    answered by ``playedStream``; ``clearAudio`` is answered by ``clearedAudio``.
    (Plivo also offers ``audio/x-l16``; the webhook here asks for μ-law so the caller's
    bytes can go to the model untouched.)
    """

    provider: ClassVar[Provider] = "plivo"
    stream_key: ClassVar[str] = "streamId"
    inbound_tracks: ClassVar[frozenset[str | None]] = frozenset({None, "inbound"})

    def _parse_start(self, message: dict[str, Any]) -> StreamStart:
        start = object_field(message, "start")
        sid = start.get("streamId") or message.get("streamId")
        if not isinstance(sid, str) or not sid:
            raise ProviderMessageError("bad start", "no streamId")
        fmt = object_field(start, "mediaFormat")
        encoding = str(fmt.get("encoding", "audio/x-mulaw")).lower()
        if not encoding.startswith("audio/x-mulaw"):
            raise ProviderMessageError(
                UNSUPPORTED_MEDIA_FORMAT,
                f"plivo encoding {reprlib.repr(encoding)}; set contentType='audio/x-mulaw;rate=8000'",
            )
        rate = _rate(fmt.get("sampleRate", LINE_SAMPLE_RATE))
        self._check_encoding("ulaw", rate)
        return StreamStart(
            stream_id=_id(sid, self.stream_key),
            call_id=_id_or_none(start.get("callId"), "callId"),
            account_id=_str_or_none(start.get("accountId")),
            encoding="ulaw",
            sample_rate=rate,
            custom_parameters=_params(message.get("extra_headers") or start.get("extra_headers")),
        )

    def _parse_other(self, event: str, message: dict[str, Any]) -> ProviderEvent:
        if event == "playedStream":
            name = message.get("name")
            if not isinstance(name, str):
                raise ProviderMessageError("bad mark", "playedStream without a name")
            return MarkEcho(name)
        if event == "clearedAudio":
            return Cleared()
        return Ignored(event)

    def media_message(self, stream_id: str, payload: bytes) -> str:
        return dump_message(
            {
                "event": "playAudio",
                "media": {
                    "contentType": "audio/x-mulaw",
                    "sampleRate": 8000,
                    "payload": encode_b64(payload),
                },
                "streamId": stream_id,
            }
        )

    def mark_message(self, stream_id: str, name: str) -> str:
        return dump_message({"event": "checkpoint", "streamId": stream_id, "name": name})

    def clear_message(self, stream_id: str) -> str:
        return dump_message({"event": "clearAudio", "streamId": stream_id})


class ExotelDialect(Dialect):
    """Exotel Voicebot/Stream applet: base64 **PCM16 little-endian, 8 kHz, mono** both ways,
    or μ-law 8 kHz when the applet's ``MediaFormat`` asks for it.

    The ``start``'s ``media_format.encoding`` says which: PCM16 (``raw/slin``,
    ``audio/L16``, ``audio/x-raw``, the older ``base64``, or none) is converted with a
    table lookup (PCM16 ↔ G.711) and nothing else; μ-law (``audio/x-mulaw``, ``mulaw``,
    ``pcmu``) passes through untouched, as on the other lines; anything else is refused
    (:data:`UNSUPPORTED_MEDIA_FORMAT`). A ``;rate=`` parameter of the encoding counts as
    the sample rate when ``sample_rate`` is absent, and must be 8000 either way.
    """

    provider: ClassVar[Provider] = "exotel"
    stream_key: ClassVar[str] = "stream_sid"
    supported_encodings: ClassVar[tuple[LineEncoding, ...]] = ("pcm16", "ulaw")
    _ENCODINGS: ClassVar[dict[str, LineEncoding]] = {
        "raw/slin": "pcm16",
        "slin": "pcm16",
        "audio/l16": "pcm16",
        "l16": "pcm16",
        "audio/x-raw": "pcm16",
        "base64": "pcm16",  # what Exotel's PCM16 start has long declared
        "audio/x-mulaw": "ulaw",
        "audio/mulaw": "ulaw",
        "mulaw": "ulaw",
        "pcmu": "ulaw",
    }

    def _parse_start(self, message: dict[str, Any]) -> StreamStart:
        start = object_field(message, "start")
        sid = start.get("stream_sid") or message.get("stream_sid")
        if not isinstance(sid, str) or not sid:
            raise ProviderMessageError("bad start", "no stream_sid")
        fmt = object_field(start, "media_format")
        declared = fmt.get("encoding")
        name, *options = ("base64" if declared is None else str(declared)).split(";")
        encoding = self._ENCODINGS.get(name.strip().lower())
        if encoding is None:
            raise ProviderMessageError(
                UNSUPPORTED_MEDIA_FORMAT,
                f"exotel encoding {reprlib.repr(str(declared))}; use audio/x-mulaw;rate=8000 "
                "or PCM16 (raw/slin, audio/L16;rate=8000)",
            )
        rates = [
            _rate(value.strip())
            for key, _, value in (option.partition("=") for option in options)
            if key.strip().lower() == "rate"
        ]
        if "sample_rate" in fmt or not rates:
            rates.append(_rate(fmt.get("sample_rate", LINE_SAMPLE_RATE)))
        for rate in rates:
            self._check_encoding(encoding, rate)
        return StreamStart(
            stream_id=_id(sid, self.stream_key),
            call_id=_id_or_none(start.get("call_sid"), "call_sid"),
            account_id=_str_or_none(start.get("account_sid")),
            encoding=encoding,
            sample_rate=rates[-1],
            custom_parameters=_params(start.get("custom_parameters")),
        )

    def media_message(self, stream_id: str, payload: bytes) -> str:
        return dump_message(
            {"event": "media", "stream_sid": stream_id, "media": {"payload": encode_b64(payload)}}
        )


_DIALECTS: dict[str, type[Dialect]] = {
    "twilio": TwilioDialect,
    "telnyx": TelnyxDialect,
    "plivo": PlivoDialect,
    "exotel": ExotelDialect,
}


def dialect_for(provider: str) -> Dialect:
    """The dialect of ``provider`` (one of :data:`PROVIDERS`)."""
    try:
        return _DIALECTS[provider]()
    except KeyError:
        raise ValueError(f"unknown provider {provider!r}; expected one of {PROVIDERS}") from None
