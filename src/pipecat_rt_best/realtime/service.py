"""The pack's realtime LLM service: pipecat's OpenAI/Azure realtime services, extended.

What this adds on top of pipecat's ``OpenAIRealtimeLLMService`` (by overriding its own
methods, never copying them):

* **All three GA audio formats.** With ``audio/pcmu`` / ``audio/pcma`` the caller's
  G.711 bytes go to the model untouched (:class:`G711InputAudioFrame`) and the model's
  bytes come back untouched (:class:`G711TTSAudioFrame`); plain PCM frames are encoded
  with a table lookup. Byte accounting follows the session's output format.
* **Server errors are reported, not fatal.** pipecat stops reading the socket after the
  first ``error`` event, which leaves the call silent; here each error becomes a
  non-fatal ``ErrorFrame`` (plus an ``on_server_error`` event) and the session goes on.
  A server event that cannot be parsed is logged and skipped. A connection the server
  drops is reported as a connectivity error (``on_connection_lost``).
* **Manual turns that never trip the server.** With ``turn_detection`` null, the user's
  stop commits and asks for a response only if at least 100 ms of audio was appended
  since the last commit/clear (less is a server error), and the turn's TTFB is measured.
* **Assistant messages in the GA shape** (``output_text``) when an assistant message is
  appended to the conversation.
"""

from __future__ import annotations

import itertools
import time
import uuid
from binascii import b2a_base64
from collections import deque
from typing import Any

from loguru import logger
from pipecat.frames.frames import Frame, InputAudioRawFrame, TTSAudioRawFrame
from pipecat.processors.frame_processor import FrameDirection
from pipecat.services.azure.realtime.llm import AzureRealtimeLLMService as _PipecatAzureRealtime
from pipecat.services.openai.realtime import events
from pipecat.services.openai.realtime.llm import OpenAIRealtimeLLMService
from pipecat.utils.errors import ErrorCategory
from websockets.exceptions import ConnectionClosed

from pipecat_rt_best.base import g711
from pipecat_rt_best.base.audio_format import RealtimeAudioFormat, format_of
from pipecat_rt_best.base.frames import G711InputAudioFrame, G711TTSAudioFrame
from pipecat_rt_best.interruption_truncation.service import TruncationMixin

__all__ = ["AzureRealtimeLLMService", "RealtimeLLMService", "RealtimeServiceMixin"]

# The GA server refuses ``input_audio_buffer.commit`` with less than this much audio.
MIN_COMMIT_MS = 100

# ``send_client_event`` implementations that send every ``input_audio_buffer.append`` as
# pipecat's model dumps it, unchanged: with one of these in place the per-packet append
# may skip the pydantic model and send the same JSON text itself (or, when ``_ws_send``
# is hooked, hand the same dict to ``_ws_send``).
_PLAIN_SEND_CLIENT_EVENT = frozenset(
    {OpenAIRealtimeLLMService.send_client_event, TruncationMixin.send_client_event}
)


# this many unreadable server events within a second: the receive loop is broken, not an event
_MAX_RECEIVE_FAILURES_PER_S = 20

# The append event's JSON as ``json.dumps`` writes pipecat's dict (default separators),
# around the two variable parts: the event id and the base64 audio.
_APPEND_HEAD = '{"event_id": "'
_APPEND_MID = '", "type": "input_audio_buffer.append", "audio": "'


class RealtimeServiceMixin:
    """Behaviour shared by the OpenAI and Azure flavours. Must precede pipecat's class."""

    # These attributes come from OpenAIRealtimeLLMService; declared for type checkers.
    _settings: Any
    _websocket: Any
    _disconnecting: bool
    _api_session_ready: bool
    _resampler: Any
    _user_audio_preroll_buffer: bytearray
    _user_audio_preroll_secs: float
    _response_active: bool
    _response_create_owed: bool
    _results_awaiting_response: bool

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._keep_receiving = False
        self._appended_since_commit = 0
        self._manual_create_id: str | None = None  # event id of the last manual response.create
        self._input_warnings: set[str] = set()
        self._append_event_ids = map(f"evt_{uuid.uuid4().hex[:12]}_{{}}".format, itertools.count(1))
        self._plain_send_client_event = (
            type(self).send_client_event in _PLAIN_SEND_CLIENT_EVENT  # type: ignore[attr-defined]
        )
        self._plain_ws_send = type(self)._ws_send is RealtimeServiceMixin._ws_send
        self._dead_websocket: Any = None  # the socket the connection was lost on
        self._dropped_sends = 0
        self._register_event_handler("on_server_error")  # type: ignore[attr-defined]
        self._register_event_handler("on_connection_lost")  # type: ignore[attr-defined]

    # -- formats -------------------------------------------------------------------

    def _audio_config(self) -> Any:
        session = self._settings.session_properties
        return getattr(session, "audio", None)

    @property
    def input_audio_format(self) -> RealtimeAudioFormat:
        """The session's input audio format (what ``input_audio_buffer.append`` carries)."""
        audio = self._audio_config()
        return format_of(audio.input if audio else None)

    @property
    def output_audio_format(self) -> RealtimeAudioFormat:
        """The session's output audio format (what ``response.output_audio.delta`` carries)."""
        audio = self._audio_config()
        return format_of(audio.output if audio else None)

    # -- user audio in ---------------------------------------------------------------

    def _warn_once(self, key: str, message: str) -> None:
        if key not in self._input_warnings:
            self._input_warnings.add(key)
            logger.warning(f"{self}: {message}")

    def _usable_pcm(self, frame: InputAudioRawFrame) -> bytes | None:
        """The frame's PCM16 audio, or None (logged) when it can't be used as it is."""
        if frame.num_channels != 1:
            self._warn_once(
                "channels", f"skipping {frame.num_channels}-channel audio; the model takes mono"
            )
            return None
        if len(frame.audio) % 2:
            self._warn_once("odd", "skipping a PCM16 chunk with an odd number of bytes")
            return None
        return frame.audio

    async def _send_user_audio(self, frame: InputAudioRawFrame) -> None:
        fmt = self.input_audio_format
        law = fmt.law
        if law is None:
            if self._usable_pcm(frame) is None:
                return
            await super()._send_user_audio(frame)  # type: ignore[misc]
            # pipecat resamples to 24 kHz; count what reaches the server's buffer
            self._appended_since_commit += (
                len(frame.audio) * fmt.sample_rate // max(1, frame.sample_rate)
            )
            return

        if isinstance(frame, G711InputAudioFrame) and frame.g711 and frame.law == law:
            # Straight through: the provider's bytes, untouched, and (when the serializer
            # attached it) the provider's own base64 text of them.
            payload = frame.g711
            text: str | None = frame.g711_base64()
        else:
            payload = await self._g711_payload(frame, fmt)
            if not payload:
                return
            text = None
        await self._append_input_audio(payload, text)
        if self._is_turn_detection_disabled():  # type: ignore[attr-defined]
            preroll = self._user_audio_preroll_buffer
            preroll += payload
            excess = len(preroll) - fmt.bytes_for_ms(self._user_audio_preroll_secs * 1000)
            if excess > 0:
                del preroll[:excess]

    async def _g711_payload(self, frame: InputAudioRawFrame, fmt: RealtimeAudioFormat) -> bytes:
        law = fmt.law
        assert law is not None
        if isinstance(frame, G711InputAudioFrame) and frame.g711 and frame.law == law:
            return frame.g711  # straight through: the provider's bytes, untouched
        pcm = self._usable_pcm(frame)
        if pcm is None:
            return b""
        if frame.sample_rate != fmt.sample_rate:
            self._warn_once(
                "rate",
                f"resampling {frame.sample_rate} Hz input to {fmt.sample_rate} Hz for {fmt.type}; "
                "feed 8 kHz audio to keep the G.711 path resampler-free",
            )
            pcm = await self._resampler.resample(pcm, frame.sample_rate, fmt.sample_rate)
        return g711.encode(pcm, law)

    async def _append_input_audio(self, payload: bytes, text: str | None = None) -> None:
        """Append ``payload`` to the server's input buffer. ``text``, when given, is exactly
        ``base64.b64encode(payload)`` (e.g. the provider's own text) and is sent as it is."""
        audio = text if text is not None else b2a_base64(payload, newline=False).decode("ascii")
        if self._plain_send_client_event and "send_client_event" not in self.__dict__:
            # Hot path (50 appends a second per call). The event is what pipecat's
            # ``InputAudioBufferAppendEvent.model_dump(exclude_none=True)`` gives — same
            # keys, same order. The event id is unique per event (a random per-service
            # prefix and a counter) rather than a fresh uuid4, which cost more than the rest.
            event_id = next(self._append_event_ids)
            if self._plain_ws_send and "_ws_send" not in self.__dict__:
                # The JSON text ``json.dumps`` would make of that dict (pipecat's
                # ``_ws_send``), by concatenation: the id and base64 need no escaping.
                await self._ws_send_text(_APPEND_HEAD + event_id + _APPEND_MID + audio + '"}')
            else:  # someone hooks _ws_send: hand it the dict, as pipecat would
                await self._ws_send(  # type: ignore[attr-defined]
                    {"event_id": event_id, "type": "input_audio_buffer.append", "audio": audio}
                )
        else:  # someone hooks send_client_event: let them see every event
            event = events.InputAudioBufferAppendEvent(audio=audio)
            await self.send_client_event(event)  # type: ignore[attr-defined]
        self._appended_since_commit += len(payload)

    def _connection_is_lost(self) -> bool:
        """The socket is the one the connection was lost on (a reconnect replaces it)."""
        dead = self._dead_websocket
        if dead is None or self._websocket is not dead:
            return False
        self._dropped_sends += 1
        if self._dropped_sends == 1:
            logger.warning(f"{self}: the realtime connection is lost; not sending client events")
        return True

    async def _ws_send(self, realtime_message: dict[str, Any]) -> None:
        # After a lost connection pipecat would fail (and report) every send on the dead
        # socket — 50 caller packets a second; the loss was reported once already.
        if self._connection_is_lost():
            return
        await super()._ws_send(realtime_message)  # type: ignore[misc]

    async def _ws_send_text(self, text: str) -> None:
        """Send a ready JSON text on the realtime socket. Like pipecat's ``_ws_send``: nothing
        is sent while disconnecting, without a socket or on a lost connection, and a send
        error is reported (an ``ErrorFrame``) unless the socket is going away anyway."""
        websocket = self._websocket
        if self._disconnecting or not websocket or self._connection_is_lost():
            return
        try:
            await websocket.send(text)
        except Exception as exc:
            if self._disconnecting or not self._websocket:
                return
            await self.push_error(  # type: ignore[attr-defined]
                error_msg=f"Error sending client event: {exc}", exception=exc
            )

    async def _replay_user_audio_preroll(self) -> None:
        # Called by pipecat right after it clears the input buffer on an interruption.
        await super()._replay_user_audio_preroll()  # type: ignore[misc]
        self._appended_since_commit = len(self._user_audio_preroll_buffer)

    # -- model audio out ---------------------------------------------------------------

    async def push_frame(
        self, frame: Frame, direction: FrameDirection = FrameDirection.DOWNSTREAM
    ) -> None:
        if (
            type(frame) is TTSAudioRawFrame
            and direction == FrameDirection.DOWNSTREAM
            and (law := self.output_audio_format.law) is not None
        ):
            # pipecat labels every output delta PCM 24 kHz; in G.711 mode it is the model's
            # G.711 bytes. Keep them untouched and give pipecat a decoded 8 kHz copy.
            frame = G711TTSAudioFrame(
                audio=g711.decode_to_bytes(frame.audio, law),
                sample_rate=8000,
                num_channels=1,
                context_id=frame.context_id,
                g711=frame.audio,
                law=law,
            )
        await super().push_frame(frame, direction)  # type: ignore[misc]

    def _calculate_audio_duration_ms(
        self, total_bytes: int, sample_rate: int = 24000, bytes_per_sample: int = 2
    ) -> int:
        # pipecat assumes PCM 24 kHz; count in the session's real output format.
        return int(self.output_audio_format.duration_ms(total_bytes))

    # -- turns -------------------------------------------------------------------------

    async def _handle_user_stopped_speaking(self, frame: Any) -> None:
        if self._is_turn_detection_disabled():  # type: ignore[attr-defined]
            fmt = self.input_audio_format
            if self._appended_since_commit < fmt.bytes_for_ms(MIN_COMMIT_MS):
                # The server refuses commits of less than 100 ms; what little there is
                # stays in its buffer and goes with the caller's next turn.
                logger.debug(
                    f"{self}: user stopped with < {MIN_COMMIT_MS} ms of new audio; not committing"
                )
                return
            self._appended_since_commit = 0
            await self.start_ttfb_metrics()  # type: ignore[attr-defined]
            await self.send_client_event(events.InputAudioBufferCommitEvent())  # type: ignore[attr-defined]
            if self._response_active:
                # One is still running (its cancel may be in flight): the server would
                # refuse a second create, so ask again when it is done.
                self._response_create_owed = True
                self._results_awaiting_response = True
                return
            # Active from the moment it is asked for (as pipecat's _create_response does),
            # so a barge-in before response.created still cancels it.
            self._response_active = True
            create = events.ResponseCreateEvent()
            self._manual_create_id = create.event_id
            await self.send_client_event(create)  # type: ignore[attr-defined]
            return
        await super()._handle_user_stopped_speaking(frame)  # type: ignore[misc]

    async def _send_message_item(self, text: str, role: str = "system") -> None:
        if role != "assistant":
            await super()._send_message_item(text, role)  # type: ignore[misc]
            return
        # GA assistant messages carry ``output_text``; pipecat sends ``input_text``,
        # which the schema does not allow for the assistant role.
        item = events.ConversationItem(
            type="message",
            role="assistant",
            content=[events.ItemContent(type="output_text", text=text)],
        )
        await self.send_client_event(events.ConversationItemCreateEvent(item=item))  # type: ignore[attr-defined]

    # -- server events -----------------------------------------------------------------

    async def _handle_evt_error(self, evt: events.ErrorEvent) -> None:
        error = evt.error
        category = (
            ErrorCategory.SERVER if error.type == "server_error" else ErrorCategory.APPLICATION
        )
        label = error.code or error.type
        if (
            error.event_id is not None
            and error.event_id == self._manual_create_id
            and error.code != "conversation_already_has_active_response"
        ):
            # our response.create was refused: no response.done will come to end it
            self._manual_create_id = None
            self._response_active = False
        await self.push_error(  # type: ignore[attr-defined]
            error_msg=f"Realtime server error [{label}]: {error.message}", category=category
        )
        await self._call_event_handler("on_server_error", error)  # type: ignore[attr-defined]
        self._keep_receiving = True  # pipecat stops reading after an error; we go on

    async def _receive_task_handler(self) -> None:
        failures: deque[float] = deque(maxlen=_MAX_RECEIVE_FAILURES_PER_S)
        while True:
            self._keep_receiving = False
            try:
                await super()._receive_task_handler()  # type: ignore[misc]
            except ConnectionClosed as exc:
                await self._connection_lost(
                    f"closed by server ({exc.rcvd.code if exc.rcvd else 'no close frame'})"
                )
                return
            except Exception as exc:
                if self._websocket is None or self._disconnecting:
                    return
                logger.opt(exception=exc).warning(
                    f"{self}: skipped a server event it could not handle"
                )
                failures.append(time.monotonic())
                if len(failures) == failures.maxlen and failures[-1] - failures[0] < 1.0:
                    # not one bad event but a receive loop that cannot read at all
                    await self._connection_lost(f"receive loop failing ({type(exc).__name__})")
                    return
                continue
            if not self._keep_receiving:
                break
        if not self._disconnecting and self._websocket is not None:
            await self._connection_lost("closed by server")

    async def _connection_lost(self, reason: str) -> None:
        if self._disconnecting:
            return
        self._api_session_ready = False
        self._dead_websocket = self._websocket
        self._dropped_sends = 0
        await self.push_error(  # type: ignore[attr-defined]
            error_msg=f"Realtime connection lost: {reason}", category=ErrorCategory.CONNECTIVITY
        )
        await self._call_event_handler("on_connection_lost", reason)  # type: ignore[attr-defined]


class RealtimeLLMService(TruncationMixin, RealtimeServiceMixin, OpenAIRealtimeLLMService):
    """OpenAI (or any GA-protocol endpoint, like the emulator) realtime service."""


class AzureRealtimeLLMService(TruncationMixin, RealtimeServiceMixin, _PipecatAzureRealtime):
    """Azure OpenAI realtime service (``/openai/v1/realtime``, ``api-key`` header)."""
