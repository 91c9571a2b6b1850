"""The ``input_audio_buffer.append`` in G.711 mode: the service's one hot path.

The caller's audio arrives 50 times a second per call (20 ms packets), so the append is sent
as its JSON text directly — the exact text pipecat would send — unless someone watches the
client events (see :meth:`AppendMixin._send_append` for what that saves, measured).

With manual turns (server VAD off) the model does nothing with the input buffer until the
commit, so the packets are **coalesced**: held and appended together every
``append_interval_ms`` (default :data:`DEFAULT_APPEND_INTERVAL_MS`), and whatever is held is
appended before any other client event goes out (commit, clear, session.update, ...), so
the server's buffer holds the same bytes in the same order when anything reads it. 0 (or
server VAD on) sends each packet as it comes. See :meth:`AppendMixin._append_input_audio`.
"""

from __future__ import annotations

import itertools
import uuid
from binascii import b2a_base64
from typing import Any

from pipecat.services.openai.realtime import events
from pipecat.services.openai.realtime.llm import OpenAIRealtimeLLMService

from pipecat_rt_best.interruption_truncation.service import TruncationMixin
from pipecat_rt_best.realtime.connection_loss import ConnectionLossMixin

# ``send_client_event`` / ``_ws_send`` implementations that send every event as pipecat's
# model dumps it, unchanged. Any other one (a subclass's, or an instance attribute: a test,
# a simulator) watches the client events, and gets every append as pipecat would send it.
_PLAIN_SEND_CLIENT_EVENT = frozenset(
    {OpenAIRealtimeLLMService.send_client_event, TruncationMixin.send_client_event}
)  # (+ AppendMixin's own, added below the class)
_PLAIN_WS_SEND = ConnectionLossMixin._ws_send

# The append event's JSON as pipecat's ``_ws_send`` writes it (``json.dumps`` of the event
# model's dict: its field order, default separators), around the two variable parts.
_APPEND_HEAD = '{"event_id": "'
_APPEND_MID = '", "type": "input_audio_buffer.append", "audio": "'

DEFAULT_APPEND_INTERVAL_MS = 100.0
"""How much caller audio (manual turns) is held before it is appended: 5 packets a message.

Enough to cut the caller→model messages fivefold (bench/load), small enough that nothing
waits on it: the commit appends what is held first, and the model reads the buffer only then.
"""


class AppendMixin(ConnectionLossMixin):
    """Appends audio to the server's input buffer. Must precede pipecat's class."""

    def __init__(
        self,
        *args: Any,
        append_interval_ms: float = DEFAULT_APPEND_INTERVAL_MS,
        **kwargs: Any,
    ) -> None:
        if isinstance(append_interval_ms, bool) or not isinstance(append_interval_ms, int | float):
            raise TypeError(
                "append_interval_ms= takes a number of milliseconds, "
                f"not a {type(append_interval_ms).__name__}"
            )
        if not append_interval_ms >= 0:  # also refuses NaN
            raise ValueError(
                f"append_interval_ms must be >= 0 (0 = one append per packet), "
                f"got {append_interval_ms!r}"
            )
        super().__init__(*args, **kwargs)
        self.append_interval_ms = float(append_interval_ms)
        self._appended_since_commit = 0  # bytes, in the session's input format (held included)
        self._held_audio = bytearray()  # caller audio not appended yet (manual turns)
        # Unique per event — a random per-service prefix and a counter — and far cheaper
        # than the fresh uuid4 pipecat's event model draws for each.
        self._append_event_ids = map(f"evt_{uuid.uuid4().hex[:12]}_{{}}".format, itertools.count(1))
        cls = type(self)
        self._client_events_watched_by_class = (
            cls.send_client_event not in _PLAIN_SEND_CLIENT_EVENT  # type: ignore[attr-defined]
            or cls._ws_send is not _PLAIN_WS_SEND
        )

    async def _append_input_audio(
        self, payload: bytes, text: str | None = None, hold_bytes: int = 0
    ) -> None:
        """Append ``payload`` to the server's input buffer. ``text``, when given, is exactly
        ``base64.b64encode(payload)`` (e.g. the provider's own text) and is sent as it is.

        ``hold_bytes`` > 0 coalesces: the payload is held until that many bytes are, then
        they go as one append (the provider's text is not reused then: a packet of 160
        bytes is not a multiple of 3, so base64 texts don't concatenate). Anything held is
        appended before the next other client event (:meth:`send_client_event`).
        """
        self._appended_since_commit += len(payload)
        held = self._held_audio
        if hold_bytes <= 0 and not held:
            audio = text if text is not None else b2a_base64(payload, newline=False).decode()
            await self._send_append(audio)
            return
        held += payload
        if len(held) >= hold_bytes:
            await self._flush_held_audio()

    async def _flush_held_audio(self) -> None:
        """Append the audio held so far (nothing when none is)."""
        if not self._held_audio:
            return
        data = self._held_audio
        self._held_audio = bytearray()  # before the send: a watcher's send_client_event re-enters
        await self._send_append(b2a_base64(data, newline=False).decode())

    def _audio_may_flow(self) -> bool:
        """False while a new session is not configured yet (what is held waits for it).
        :class:`~.session_ready.SessionReadyMixin` overrides this."""
        return True

    async def send_client_event(self, event: Any) -> None:
        # Order: the caller audio held so far goes before any other event, so a commit
        # or clear acts on exactly the bytes it would have without the coalescing (but
        # never before a new session's configuration: that is what it waits for).
        if self._held_audio and not self._restoring_session() and self._audio_may_flow():
            await self._flush_held_audio()
        await super().send_client_event(event)  # type: ignore[misc]

    async def _send_append(self, audio: str) -> None:
        """Send ``input_audio_buffer.append`` with ``audio`` (base64) as its JSON text.

        The text is exactly what pipecat's ``send_client_event(InputAudioBufferAppendEvent(
        audio=audio))`` sends (tests pin it against the event model), without the model, its
        uuid4 id or ``json.dumps``; the send behaves like pipecat's ``_ws_send`` (nothing sent
        while disconnecting, without a socket or on a lost connection; a failed send is
        reported, not raised). When someone watches the client events, they get the event.

        What it saves: ``python -m bench.telephony --seconds 60 --repeats 5``, 3 runs of each
        variant back to back (shared 2-vCPU VM), passthrough with audioop, CPU ms per
        call-second, median — whole media path / the append component alone:

        * this: **0.71** / 0.13
        * the dict sent through pipecat's ``_ws_send`` (``json.dumps``): 0.84 / 0.22 (+18%)
        * pipecat's event and ``send_client_event``: 1.10 / 0.44 (+55%)
        """
        if (
            self._client_events_watched_by_class
            or "send_client_event" in self.__dict__
            or "_ws_send" in self.__dict__
        ):  # a test, a simulator or a subclass watches the client events: pipecat's event
            event = events.InputAudioBufferAppendEvent(audio=audio)
            await self.send_client_event(event)  # type: ignore[attr-defined]
            return
        websocket = self._websocket
        if self._disconnecting or not websocket or self._connection_is_lost():
            return
        try:
            await websocket.send(
                _APPEND_HEAD + next(self._append_event_ids) + _APPEND_MID + audio + '"}'
            )
        except Exception as exc:
            if self._disconnecting or not self._websocket:
                return  # the socket is going away anyway
            await self.push_error(  # type: ignore[attr-defined]
                error_msg=f"Error sending client event: {exc}", exception=exc
            )


_PLAIN_SEND_CLIENT_EVENT = _PLAIN_SEND_CLIENT_EVENT | {AppendMixin.send_client_event}
