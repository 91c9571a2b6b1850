"""USP, the Azure Speech SDK's WebSocket message framing (pure logic, no I/O).

Every message carries CRLF-separated ``Name:value`` headers, one of them ``Path``:

* a **text** message is ``headers CRLF CRLF body``;
* a **binary** message is a 2-byte big-endian header length, the headers (``Path:audio``
  for synthesized audio), then the payload bytes.

What the real SDK (``azure-cognitiveservices-speech`` 1.53) sends for synthesis, in order:
``speech.config``, ``synthesis.context`` (JSON: output format, wanted boundaries, and for a
text stream ``input.bidirectionalStreamingMode``/``voiceName``), then ``ssml`` — or
``text.piece`` per write and ``text.end`` — all with the request's ``X-RequestId``; plus
``telemetry``. The server answers ``turn.start``, ``audio.metadata`` (word boundaries),
binary ``audio`` and ``turn.end`` for that request id.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "TICKS_PER_MS",
    "UspMessage",
    "audio_message",
    "parse_message",
    "text_message",
    "word_boundary_metadata",
]

TICKS_PER_MS = 10_000
"""Azure reports audio offsets and durations in 100-ns ticks."""


@dataclass(frozen=True)
class UspMessage:
    """One parsed USP message: lower-cased header names, the path, the body."""

    path: str
    headers: dict[str, str] = field(default_factory=dict)
    body: str | bytes = ""

    @property
    def request_id(self) -> str | None:
        return self.headers.get("x-requestid")

    def json(self) -> Any:
        """The body parsed as JSON (``ValueError`` if it is not)."""
        text = self.body.decode("utf-8") if isinstance(self.body, bytes) else self.body
        return json.loads(text) if text.strip() else {}


def _parse_headers(block: str) -> dict[str, str]:
    headers: dict[str, str] = {}
    for line in block.split("\r\n"):
        if not line.strip():
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise ValueError(f"malformed USP header line {line!r}")
        headers[name.strip().lower()] = value.strip()
    return headers


def parse_message(message: str | bytes) -> UspMessage:
    """Parse a text or binary USP message; ``ValueError`` when it is malformed."""
    if isinstance(message, str):
        head, sep, body = message.partition("\r\n\r\n")
        if not sep:
            raise ValueError("USP text message without a blank line after its headers")
        headers = _parse_headers(head)
        return UspMessage(path=headers.get("path", ""), headers=headers, body=body)
    if len(message) < 2:
        raise ValueError("USP binary message shorter than its header-length prefix")
    size = int.from_bytes(message[:2], "big")
    if len(message) < 2 + size:
        raise ValueError("USP binary message shorter than its declared headers")
    headers = _parse_headers(message[2 : 2 + size].decode("ascii", errors="replace"))
    return UspMessage(path=headers.get("path", ""), headers=headers, body=message[2 + size :])


def text_message(path: str, request_id: str, body: str | dict[str, Any] = "") -> str:
    """A server → client text message (JSON bodies are serialized compactly)."""
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
    return (
        f"X-RequestId:{request_id}\r\nContent-Type:application/json; charset=utf-8\r\n"
        f"Path:{path}\r\n\r\n{text}"
    )


def audio_message(request_id: str, audio: bytes, content_type: str) -> bytes:
    """A server → client binary ``audio`` message."""
    head = f"X-RequestId:{request_id}\r\nContent-Type:{content_type}\r\nPath:audio\r\n".encode(
        "ascii"
    )
    return len(head).to_bytes(2, "big") + head + audio


def word_boundary_metadata(
    text: str, offset_ms: float, duration_ms: float, boundary_type: str = "WordBoundary"
) -> dict[str, Any]:
    """The ``audio.metadata`` body for one boundary (offsets in 100-ns ticks)."""
    return {
        "Metadata": [
            {
                "Type": boundary_type,
                "Data": {
                    "Offset": round(offset_ms * TICKS_PER_MS),
                    "Duration": round(duration_ms * TICKS_PER_MS),
                    "text": {"Text": text, "Length": len(text), "BoundaryType": boundary_type},
                },
            }
        ]
    }
