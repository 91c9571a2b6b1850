"""What the Azure Speech emulator received and sent, kept for test assertions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from pipecat_rt_best.testing.azure_speech_emulator.audio import Boundary

__all__ = ["ConnectionRecord", "SynthesisRecord"]

Status = Literal["pending", "completed", "failed", "dropped", "cancelled"]


@dataclass
class SynthesisRecord:
    """One synthesis request (one ``X-RequestId``).

    - ``kind``: ``"ssml"`` (``speak_ssml``/``speak_text``) or ``"text_stream"``
      (``text.piece``… ``text.end`` from a ``SpeechSynthesisRequest`` TextStream);
    - ``voice``: the SSML's first ``<voice name>`` or the stream's ``voiceName``;
    - ``deployment_id``: the connection's ``?deploymentId=`` (custom neural voice), or None;
    - ``output_format``: as named in ``synthesis.context``;
    - ``ssml`` exactly as received, or ``text_pieces`` as written;
    - ``spoken_text``: what the voice said (``<sub>`` aliases substituted);
    - ``audio``: every audio byte sent; ``boundaries``: every boundary sent;
    - ``status``: ``completed`` (``turn.end`` sent), ``failed`` (closed with an error —
      ``error`` says why), ``dropped`` (connection aborted mid-stream), ``cancelled`` (the
      client went away, e.g. ``stop_speaking``), or ``pending``;
    - times (``time.monotonic()``): ``received_at`` (the request was complete enough to
      start), ``first_audio_at``, ``finished_at``.
    """

    request_id: str
    connection_id: str
    deployment_id: str | None
    kind: Literal["ssml", "text_stream"]
    output_format: str
    context: dict[str, Any] = field(default_factory=dict)
    voice: str | None = None
    voices: list[str] = field(default_factory=list)
    ssml: str | None = None
    text_pieces: list[str] = field(default_factory=list)
    spoken_text: str = ""
    lexicon_uris: list[str] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    boundaries: list[Boundary] = field(default_factory=list)
    status: Status = "pending"
    error: str | None = None
    received_at: float = 0.0
    first_audio_at: float | None = None
    finished_at: float | None = None
    _audio: bytearray = field(default_factory=bytearray, repr=False)

    @property
    def audio(self) -> bytes:
        return bytes(self._audio)

    @property
    def text(self) -> str:
        """The streamed text as written (text streams), else the SSML's shown words."""
        return "".join(self.text_pieces)

    @property
    def words(self) -> list[Boundary]:
        return [b for b in self.boundaries if b.kind == "WordBoundary"]


@dataclass
class ConnectionRecord:
    """One WebSocket connection: how it was opened and what went over it."""

    connection_id: str
    path: str
    deployment_id: str | None
    auth: Literal["key", "bearer"]
    # the bearer token the handshake was accepted with (Authorization: Bearer <token>, as the
    # SDK sent it: an Entra ID one as aad#<resource id>#<token>); None with a key
    token: str | None = field(default=None, repr=False)
    paths_received: list[str] = field(default_factory=list)
    speech_config: dict[str, Any] = field(default_factory=dict)
    closed: bool = False
    close_reason: str | None = None
