"""What one emulated WebSocket session received and did, kept for test assertions."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

# the client events that put a session to use (configuring it does not)
_USE_EVENTS = frozenset(
    {"response.create", "input_audio_buffer.append", "conversation.item.create"}
)


@dataclass
class SessionRecord:
    """Everything one connection received and sent, plus the server-side state.

    - ``config``: the current session object (as in ``session.updated``);
    - ``received``: every client event as a dict, in order; base64 audio payloads are
      replaced by their decoded byte length (an ``int``), raw frames that were not JSON
      are kept as ``{"type": None, "raw": <text>}``;
    - ``sent``: every server event, in order; ``response.output_audio.delta`` events carry
      ``"delta": <byte length>`` instead of base64; ``sent_times`` holds the
      ``time.monotonic()`` of each, for checking pacing knobs;
    - ``appended_audio``: all input audio bytes received, in the session's input format;
    - ``input_audio_turns``: the bytes of each committed user turn (client commit or VAD);
    - ``commits``: one dict per commit: ``item_id``, ``bytes``, ``ms``, ``source``
      (``"client"`` | ``"server_vad"``);
    - ``truncations``: one dict per ``conversation.item.truncate``: ``item_id``,
      ``content_index``, ``audio_end_ms``, ``accepted``, ``error`` (message or None),
      ``audio_ms`` (audio the server had sent for the item), ``transcript`` (after);
    - ``cancels``: one dict per cancellation: ``response_id``, ``accepted``, ``reason``
      (``client_cancelled`` | ``turn_detected``), ``error``;
    - ``errors_sent``: every ``error`` event sent;
    - ``responses``: one dict per response: ``id``, ``status``, ``output`` (item ids),
      ``texts``;
    - ``conversation``: the live conversation (GA item dicts, audio payloads left out,
      transcripts as cut by truncation);
    - ``output_audio``: the audio sent per assistant item id (cut by truncation);
    - ``unused_replies``: once the session closed, the script's fixed ``replies`` it never
      asked for (a call that ended before its script did; always empty with a responder).

    :attr:`id` is the session's id, :attr:`used` whether a client used it (a pool's spare
    is not). Its repr is a one-line summary (counts of each), not the fields: every event of a
    5 s session would be ~170 KB in a notebook cell.
    """

    model: str = "gpt-realtime"
    path: str = "/v1/realtime"
    config: dict[str, Any] = field(default_factory=dict)
    received: list[dict[str, Any]] = field(default_factory=list)
    sent: list[dict[str, Any]] = field(default_factory=list)
    sent_times: list[float] = field(default_factory=list)
    input_audio_turns: list[bytes] = field(default_factory=list)
    commits: list[dict[str, Any]] = field(default_factory=list)
    truncations: list[dict[str, Any]] = field(default_factory=list)
    cancels: list[dict[str, Any]] = field(default_factory=list)
    errors_sent: list[dict[str, Any]] = field(default_factory=list)
    responses: list[dict[str, Any]] = field(default_factory=list)
    conversation: list[dict[str, Any]] = field(default_factory=list)
    closed: bool = False
    close_reason: str | None = None
    unused_replies: list[Any] = field(default_factory=list)
    _appended: bytearray = field(default_factory=bytearray, repr=False)
    _output_audio: dict[str, bytearray] = field(default_factory=dict, repr=False)

    def __repr__(self) -> str:
        state = "open" if not self.closed else f"closed ({self.close_reason or 'no reason'})"
        return (
            f"SessionRecord(model={self.model!r}, received {len(self.received)} events, "
            f"sent {len(self.sent)}, input audio {len(self._appended):,} bytes, "
            f"commits {len(self.commits)}, responses {len(self.responses)}, "
            f"truncations {len(self.truncations)}, cancels {len(self.cancels)}, "
            f"errors {len(self.errors_sent)}, {state})"
        )

    @property
    def id(self) -> str | None:
        """The session's id (``sess_…``, as ``session.created`` gave it to the client; a
        pooled call's ``llm.pooled_session.session_id``)."""
        value = self.config.get("id")
        return value if isinstance(value, str) else None

    @property
    def used(self) -> bool:
        """Whether a client used the session: asked for a response, sent input audio or a
        conversation item (a pool's spare is only opened and configured)."""
        return any(e.get("type") in _USE_EVENTS for e in self.received)

    @property
    def appended_audio(self) -> bytes:
        return bytes(self._appended)

    @property
    def output_audio(self) -> dict[str, bytes]:
        return {k: bytes(v) for k, v in self._output_audio.items()}

    def received_of(self, event_type: str) -> list[dict[str, Any]]:
        return [e for e in self.received if e.get("type") == event_type]

    def sent_of(self, event_type: str) -> list[dict[str, Any]]:
        return [e for e in self.sent if e.get("type") == event_type]

    def find_events(self, event_type: str) -> list[dict[str, Any]]:
        """Events of this type, sent or received (client and server type names differ)."""
        return self.sent_of(event_type) or self.received_of(event_type)

    async def wait_for_event(
        self, event_type: str, timeout: float = 5.0, count: int = 1
    ) -> dict[str, Any]:
        """Wait until ``count`` events of ``event_type`` were sent or received; return the last."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.find_events(event_type)
            if len(found) >= count:
                return found[count - 1]
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"no {event_type!r} event #{count} within {timeout}s (saw {len(found)})"
                )
            await asyncio.sleep(0.005)
