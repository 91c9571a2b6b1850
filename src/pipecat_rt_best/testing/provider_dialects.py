"""The provider's side of each media-stream dialect (pure logic, for the simulator and tests).

:mod:`pipecat_rt_best.g711_passthrough.dialects` is the application's side of each
provider's media-stream JSON: it parses what Twilio / Telnyx / Plivo / Exotel send and
builds what the application sends back. This module is the mirror image, what a test
needs to stand in for the provider: build what the provider sends (``connected``,
``start``, caller ``media``, ``dtmf``, mark echoes, the clear acknowledgement, ``stop``)
and parse what the application sends (:class:`AppMedia`, :class:`AppMark`,
:class:`AppClear`).

Each :class:`ProviderSide` is built on the application-side dialect of the same provider
(its stream-id key, its line encodings) and reads the application's messages with the
dialect module's own message codec, so a bad message fails here with the same
:class:`~pipecat_rt_best.g711_passthrough.dialects.ProviderMessageError` reasons as there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from pipecat_rt_best.g711_passthrough.dialects import (
    PROVIDERS,
    Dialect,
    ExotelDialect,
    Ignored,
    LineEncoding,
    PlivoDialect,
    Provider,
    ProviderMessageError,
    StreamStart,
    TelnyxDialect,
    TwilioDialect,
    decode_b64,
    dump_message,
    encode_b64,
    load_message,
    object_field,
)

__all__ = [
    "AppClear",
    "AppMark",
    "AppMedia",
    "AppMessage",
    "ExotelProviderSide",
    "PlivoProviderSide",
    "ProviderSide",
    "TelnyxProviderSide",
    "TwilioProviderSide",
    "provider_side_for",
]

# The largest application message read (4 MiB, far above any real chunk; a provider's own
# limit is not modelled).
_MAX_APP_MESSAGE_BYTES = 1 << 22


# -- messages the application sends (the provider side parses these) ---------------------


@dataclass(frozen=True)
class AppMedia:
    payload: bytes


@dataclass(frozen=True)
class AppMark:
    name: str


@dataclass(frozen=True)
class AppClear:
    pass


AppMessage = AppMedia | AppMark | AppClear | Ignored


# -- provider sides ---------------------------------------------------------------------


class ProviderSide:
    """One provider's side of its media-stream protocol. Stateless.

    ``dialect`` is the application side of the same protocol: what this side builds,
    ``dialect.parse`` reads; what ``dialect`` builds, :meth:`parse_outbound` reads.
    """

    dialect_class: ClassVar[type[Dialect]]

    def __init__(self) -> None:
        self.dialect: Dialect = self.dialect_class()

    @property
    def provider(self) -> Provider:
        return self.dialect.provider

    @property
    def supported_encodings(self) -> tuple[LineEncoding, ...]:
        return self.dialect.supported_encodings

    def connected_message(self) -> str:
        return dump_message({"event": "connected", "protocol": "Call", "version": "1.0.0"})

    def start_message(self, start: StreamStart, sequence: int = 1) -> str:
        raise NotImplementedError

    def inbound_media_message(
        self, stream_id: str, payload: bytes, *, sequence: int, chunk: int, timestamp_ms: int
    ) -> str:
        raise NotImplementedError

    def dtmf_message(self, stream_id: str, digit: str, sequence: int = 0) -> str:
        return dump_message(
            {"event": "dtmf", self.dialect.stream_key: stream_id, "dtmf": {"digit": digit}}
        )

    def mark_echo_message(self, stream_id: str, name: str, sequence: int = 0) -> str:
        """The provider's echo of a mark it reached (by default: the mark as it was sent)."""
        return self.dialect.mark_message(stream_id, name)

    def cleared_message(self, stream_id: str) -> str | None:
        """The provider's acknowledgement of a clear, if it sends one."""
        return None

    def stop_message(self, start: StreamStart, sequence: int = 0) -> str:
        return dump_message({"event": "stop", self.dialect.stream_key: start.stream_id, "stop": {}})

    def parse_outbound(
        self, data: str | bytes, max_bytes: int = _MAX_APP_MESSAGE_BYTES
    ) -> AppMessage:
        """Parse one message the application sent (what the provider would receive)."""
        message = load_message(data, max_bytes)
        event = message["event"]
        if event == "media":
            return AppMedia(decode_b64(object_field(message, "media").get("payload")))
        if event == "mark":
            name = object_field(message, "mark").get("name")
            if not isinstance(name, str):
                raise ProviderMessageError("bad mark", "mark without a name")
            return AppMark(name)
        if event == "clear":
            return AppClear()
        return Ignored(event)


class TwilioProviderSide(ProviderSide):
    dialect_class: ClassVar[type[Dialect]] = TwilioDialect

    def start_message(self, start: StreamStart, sequence: int = 1) -> str:
        return dump_message(
            {
                "event": "start",
                "sequenceNumber": str(sequence),
                "start": {
                    "accountSid": start.account_id or "AC00000000000000000000000000000000",
                    "streamSid": start.stream_id,
                    "callSid": start.call_id or "CA00000000000000000000000000000000",
                    "tracks": ["inbound"],
                    "customParameters": start.custom_parameters,
                    "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
                },
                "streamSid": start.stream_id,
            }
        )

    def inbound_media_message(
        self, stream_id: str, payload: bytes, *, sequence: int, chunk: int, timestamp_ms: int
    ) -> str:
        return dump_message(
            {
                "event": "media",
                "sequenceNumber": str(sequence),
                "media": {
                    "track": "inbound",
                    "chunk": str(chunk),
                    "timestamp": str(timestamp_ms),
                    "payload": encode_b64(payload),
                },
                "streamSid": stream_id,
            }
        )

    def dtmf_message(self, stream_id: str, digit: str, sequence: int = 0) -> str:
        return dump_message(
            {
                "event": "dtmf",
                "streamSid": stream_id,
                "sequenceNumber": str(sequence),
                "dtmf": {"track": "inbound_track", "digit": digit},
            }
        )

    def mark_echo_message(self, stream_id: str, name: str, sequence: int = 0) -> str:
        return dump_message(
            {
                "event": "mark",
                "sequenceNumber": str(sequence),
                "streamSid": stream_id,
                "mark": {"name": name},
            }
        )

    def stop_message(self, start: StreamStart, sequence: int = 0) -> str:
        return dump_message(
            {
                "event": "stop",
                "sequenceNumber": str(sequence),
                "streamSid": start.stream_id,
                "stop": {"accountSid": start.account_id, "callSid": start.call_id},
            }
        )


class TelnyxProviderSide(ProviderSide):
    dialect_class: ClassVar[type[Dialect]] = TelnyxDialect

    def connected_message(self) -> str:
        return dump_message({"event": "connected", "version": "1.0.0"})

    def start_message(self, start: StreamStart, sequence: int = 1) -> str:
        codec = {"ulaw": "PCMU", "alaw": "PCMA"}.get(start.encoding, "PCMU")
        return dump_message(
            {
                "event": "start",
                "sequence_number": str(sequence),
                "start": {
                    "user_id": start.account_id or "user-0",
                    "call_control_id": start.call_id or "v3:call-0",
                    "custom_parameters": start.custom_parameters,
                    "media_format": {"encoding": codec, "sample_rate": 8000, "channels": 1},
                },
                "stream_id": start.stream_id,
            }
        )

    def inbound_media_message(
        self, stream_id: str, payload: bytes, *, sequence: int, chunk: int, timestamp_ms: int
    ) -> str:
        return dump_message(
            {
                "event": "media",
                "sequence_number": str(sequence),
                "media": {
                    "track": "inbound",
                    "chunk": str(chunk),
                    "timestamp": str(timestamp_ms),
                    "payload": encode_b64(payload),
                },
                "stream_id": stream_id,
            }
        )

    def mark_echo_message(self, stream_id: str, name: str, sequence: int = 0) -> str:
        return dump_message(
            {
                "event": "mark",
                "sequence_number": str(sequence),
                "stream_id": stream_id,
                "mark": {"name": name},
            }
        )


class PlivoProviderSide(ProviderSide):
    """Plivo answers a ``checkpoint`` with ``playedStream`` and ``clearAudio`` with
    ``clearedAudio``; the application's audio arrives as ``playAudio``."""

    dialect_class: ClassVar[type[Dialect]] = PlivoDialect

    def connected_message(self) -> str:
        return dump_message({"event": "connected"})  # Plivo starts with "start"; harmless extra

    def start_message(self, start: StreamStart, sequence: int = 1) -> str:
        return dump_message(
            {
                "event": "start",
                "sequenceNumber": sequence,
                "start": {
                    "callId": start.call_id or "call-0",
                    "streamId": start.stream_id,
                    "accountId": start.account_id or "MA0",
                    "tracks": ["inbound"],
                    "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000},
                },
                "extra_headers": start.custom_parameters,
            }
        )

    def inbound_media_message(
        self, stream_id: str, payload: bytes, *, sequence: int, chunk: int, timestamp_ms: int
    ) -> str:
        return dump_message(
            {
                "event": "media",
                "sequenceNumber": sequence,
                "streamId": stream_id,
                "media": {
                    "track": "inbound",
                    "timestamp": str(timestamp_ms),
                    "chunk": chunk,
                    "payload": encode_b64(payload),
                },
            }
        )

    def mark_echo_message(self, stream_id: str, name: str, sequence: int = 0) -> str:
        return dump_message(
            {
                "event": "playedStream",
                "sequenceNumber": sequence,
                "streamId": stream_id,
                "name": name,
            }
        )

    def cleared_message(self, stream_id: str) -> str | None:
        return dump_message({"event": "clearedAudio", "streamId": stream_id})

    def stop_message(self, start: StreamStart, sequence: int = 0) -> str:
        return dump_message(
            {"event": "stop", "streamId": start.stream_id, "sequenceNumber": sequence}
        )

    def parse_outbound(
        self, data: str | bytes, max_bytes: int = _MAX_APP_MESSAGE_BYTES
    ) -> AppMessage:
        message = load_message(data, max_bytes)
        event = message["event"]
        if event == "playAudio":
            return AppMedia(decode_b64(object_field(message, "media").get("payload")))
        if event == "checkpoint":
            name = message.get("name")
            if not isinstance(name, str):
                raise ProviderMessageError("bad mark", "checkpoint without a name")
            return AppMark(name)
        if event == "clearAudio":
            return AppClear()
        return Ignored(event)


class ExotelProviderSide(ProviderSide):
    """Exotel's caller audio is base64 PCM16 little-endian, 8 kHz, mono, or μ-law 8 kHz when
    the stream's ``start`` declares ``audio/x-mulaw`` (a start of ``encoding="ulaw"``)."""

    dialect_class: ClassVar[type[Dialect]] = ExotelDialect

    def start_message(self, start: StreamStart, sequence: int = 1) -> str:
        return dump_message(
            {
                "event": "start",
                "sequence_number": sequence,
                "stream_sid": start.stream_id,
                "start": {
                    "stream_sid": start.stream_id,
                    "call_sid": start.call_id or "call-0",
                    "account_sid": start.account_id or "acct-0",
                    "custom_parameters": start.custom_parameters,
                    "media_format": (
                        {"encoding": "audio/x-mulaw", "sample_rate": "8000", "bit_rate": "64kbps"}
                        if start.encoding == "ulaw"
                        else {"encoding": "base64", "sample_rate": "8000", "bit_rate": "128kbps"}
                    ),
                },
            }
        )

    def inbound_media_message(
        self, stream_id: str, payload: bytes, *, sequence: int, chunk: int, timestamp_ms: int
    ) -> str:
        return dump_message(
            {
                "event": "media",
                "sequence_number": sequence,
                "stream_sid": stream_id,
                "media": {
                    "chunk": chunk,
                    "timestamp": str(timestamp_ms),
                    "payload": encode_b64(payload),
                },
            }
        )

    def mark_echo_message(self, stream_id: str, name: str, sequence: int = 0) -> str:
        return dump_message(
            {
                "event": "mark",
                "sequence_number": sequence,
                "stream_sid": stream_id,
                "mark": {"name": name},
            }
        )

    def stop_message(self, start: StreamStart, sequence: int = 0) -> str:
        return dump_message(
            {
                "event": "stop",
                "sequence_number": sequence,
                "stream_sid": start.stream_id,
                "stop": {
                    "call_sid": start.call_id,
                    "account_sid": start.account_id,
                    "reason": "callended",
                },
            }
        )


_PROVIDER_SIDES: dict[str, type[ProviderSide]] = {
    "twilio": TwilioProviderSide,
    "telnyx": TelnyxProviderSide,
    "plivo": PlivoProviderSide,
    "exotel": ExotelProviderSide,
}


def provider_side_for(provider: str) -> ProviderSide:
    """The provider side of ``provider``'s dialect (one of :data:`PROVIDERS`)."""
    try:
        return _PROVIDER_SIDES[provider]()
    except KeyError:
        raise ValueError(f"unknown provider {provider!r}; expected one of {PROVIDERS}") from None
