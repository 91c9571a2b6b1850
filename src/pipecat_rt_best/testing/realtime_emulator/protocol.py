"""The GA Realtime protocol, as a state machine free of asyncio and sockets.

:class:`RealtimeProtocol` takes client messages (raw text) and returns the server
events to send now, plus responses to start (:class:`~.events.Outcome`). It parses and
dispatches; the rules live by concept:

- :mod:`.session_schema` — the session object, its defaults, ``session.update``;
- :mod:`.conversation` — conversation items: create / retrieve / delete / truncate;
- :mod:`.response_stream` — ``response.create`` / ``cancel`` and streaming a response
  (output items, deltas, :class:`~.response_stream.Pace` markers, tool calls);
- :mod:`.input_audio` — the input audio buffer and the VAD's turns;
- :mod:`.events` / :mod:`.validation` — the error event shape and the field checks.

Error codes used (real ones where known; the others are marked *chosen*):

- ``invalid_json`` — the frame is not JSON (*chosen* wording);
- ``invalid_type`` — the frame is JSON but not an object, or a field has a wrong type;
- ``missing_required_parameter`` — ``type``, ``session``, ``session.type``, ``item_id`` …;
- ``invalid_value`` — unknown event ``type`` (param ``type``); bad enum values; bad base64
  audio (param ``audio``, *chosen*); truncating a non-assistant item or a content part
  without audio; ``audio_end_ms`` past the audio sent ("Audio content of 2650ms is
  already shorter than 9100ms", param ``audio_end_ms``);
- ``unknown_parameter`` — a key the GA schema does not have, anywhere: an event's own keys
  (:data:`CLIENT_EVENT_KEYS`), the session's, a response's, an item's or a content part's;
- ``integer_below_min_value`` / ``decimal_below_min_value`` / ``decimal_above_max_value``
  — numbers out of range;
- ``input_audio_buffer_commit_empty`` — commit with less than ``min_commit_ms`` (100 ms,
  like the real server) of audio;
- ``conversation_already_has_active_response``, ``response_cancel_not_active``;
- ``cannot_update_voice`` — a ``session.update`` changing the voice once the model has
  spoken (the real server's message);
- ``item_retrieve_invalid_item_id``, ``item_delete_invalid_item_id``,
  ``item_truncate_invalid_item_id``, ``item_create_invalid_previous_item_id``,
  ``item_create_duplicate_item_id`` (the last three *chosen* by analogy);
- ``invalid_tool_call_id`` — a ``function_call_output`` for a call the conversation does not
  hold ("Tool call ID '…' not found in conversation.", as the real server says);
- ``session_expired`` (``max_session_s`` fault; message like the real server's);
- ``server_error`` — a handler raised (a rule this emulator lacks).

The session stays usable after every error.
"""

from __future__ import annotations

import base64
import binascii
import copy
import json
from typing import Any

from loguru import logger

from pipecat_rt_best.testing.realtime_emulator.events import (
    Outcome,
    ProtocolError,
    error_event,
    server_event,
)
from pipecat_rt_best.testing.realtime_emulator.input_audio import MIN_COMMIT_MS, InputAudioBuffer
from pipecat_rt_best.testing.realtime_emulator.record import SessionRecord
from pipecat_rt_best.testing.realtime_emulator.script import EmulatorScript
from pipecat_rt_best.testing.realtime_emulator.session_schema import (
    DEFAULT_MODEL,
    apply_session_update,
)
from pipecat_rt_best.testing.realtime_emulator.validation import (
    bad_type,
    bad_value,
    expect_type,
    missing_parameter,
    unknown_parameter,
)

# the client events of the GA protocol; any other "type" is invalid_value
CLIENT_EVENT_TYPES: tuple[str, ...] = (
    "session.update",
    "input_audio_buffer.append",
    "input_audio_buffer.commit",
    "input_audio_buffer.clear",
    "conversation.item.create",
    "conversation.item.retrieve",
    "conversation.item.truncate",
    "conversation.item.delete",
    "response.create",
    "response.cancel",
)
# each client event's own keys (besides "type" and "event_id"); any other is unknown_parameter
CLIENT_EVENT_KEYS: dict[str, tuple[str, ...]] = {
    "session.update": ("session",),
    "input_audio_buffer.append": ("audio",),
    "input_audio_buffer.commit": (),
    "input_audio_buffer.clear": (),
    "conversation.item.create": ("previous_item_id", "item"),
    "conversation.item.retrieve": ("item_id",),
    "conversation.item.truncate": ("item_id", "content_index", "audio_end_ms"),
    "conversation.item.delete": ("item_id",),
    "response.create": ("response",),
    "response.cancel": ("response_id",),
}
# the event's id fields: strings when given
_ID_KEYS = ("event_id", "item_id", "previous_item_id", "response_id")


class RealtimeProtocol(InputAudioBuffer):
    """Server-side state of one Realtime session.

    Built in layers, each in its own module: :class:`~.conversation.Conversation` (the
    session object, script, record and conversation items) ←
    :class:`~.response_stream.Responses` ← :class:`~.input_audio.InputAudioBuffer` ←
    this class, which parses client messages and dispatches each to its
    ``_on_<event_type>`` handler.
    """

    def __init__(
        self,
        *,
        model: str = DEFAULT_MODEL,
        script: EmulatorScript | None = None,
        record: SessionRecord | None = None,
        min_commit_ms: int = MIN_COMMIT_MS,
    ) -> None:
        super().__init__(model=model, script=script, record=record, min_commit_ms=min_commit_ms)

    def created_event(self) -> dict[str, Any]:
        """The ``session.created`` event that opens the session."""
        return server_event("session.created", session=copy.deepcopy(self.config))

    def handle_message(self, raw: str | bytes) -> Outcome:
        """Handle one WebSocket message from the client."""
        if isinstance(raw, bytes | bytearray):
            try:
                raw = bytes(raw).decode("utf-8")
            except UnicodeDecodeError:
                self.record.received.append({"type": None, "raw": f"<{len(raw)} binary bytes>"})
                return self._error(
                    ProtocolError("invalid_json", "Invalid JSON: binary frames are not supported.")
                )
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
            self.record.received.append({"type": None, "raw": raw[:1000]})
            return self._error(
                ProtocolError(
                    "invalid_json",
                    f"We could not parse the JSON body of your request. ({exc})",
                )
            )
        if not isinstance(data, dict):
            self.record.received.append({"type": None, "raw": raw[:1000]})
            return self._error(bad_type("event", data, "an object"))
        client_event_id = data.get("event_id") if isinstance(data.get("event_id"), str) else None
        etype = data.get("type")
        try:
            self.record.received.append(self._recordable(data))
            if etype is None:
                raise missing_parameter("type")
            if not isinstance(etype, str):
                raise bad_type("type", etype, "a string")
            # "conversation.item.create" → self._on_conversation_item_create
            handler = getattr(self, "_on_" + etype.replace(".", "_"), None)
            if etype not in CLIENT_EVENT_TYPES or handler is None:
                raise bad_value("type", etype, CLIENT_EVENT_TYPES)
            allowed = CLIENT_EVENT_KEYS[etype]
            for key in data:
                if key not in allowed and key not in ("type", "event_id"):
                    raise unknown_parameter(key)
            for key in _ID_KEYS:
                if data.get(key) is not None:
                    expect_type(key, data[key], str)
            outcome: Outcome = handler(data)
            return outcome
        except ProtocolError as err:
            return self._error(err, client_event_id)
        except RecursionError:
            # nested deeper than the recorder/handlers can walk (valid JSON, ~900 levels)
            self.record.received.append({"type": None, "raw": raw[:1000]})
            return self._error(
                ProtocolError("invalid_value", "The event is nested too deeply.", None),
                client_event_id,
            )
        except Exception as exc:
            # a rule this emulator lacks: the session survives, as on the real server
            logger.warning(f"emulator: {str(etype)[:80]!r} event failed: {type(exc).__name__}")
            return self.internal_error(exc, client_event_id)

    def internal_error(self, exc: BaseException, client_event_id: str | None = None) -> Outcome:
        """The ``server_error`` event for a failure of the emulator itself (session lives)."""
        return self._error(
            ProtocolError(
                "server_error",
                f"The server had an error while processing your request ({type(exc).__name__}).",
                type="server_error",
            ),
            client_event_id,
        )

    def _error(self, err: ProtocolError, client_event_id: str | None = None) -> Outcome:
        """An outcome carrying just the error event: the session stays usable."""
        return Outcome(events=[error_event(err, client_event_id)])

    @staticmethod
    def _recordable(data: dict[str, Any]) -> dict[str, Any]:
        """A copy of a client event with base64 audio replaced by its byte length."""

        def b64_len(value: Any) -> Any:
            if not isinstance(value, str):
                return value
            try:
                return len(base64.b64decode(value, validate=True))
            except (binascii.Error, ValueError):
                return value[:100]

        if data.get("type") == "input_audio_buffer.append":
            out = dict(data)
            if "audio" in out:
                out["audio"] = b64_len(out["audio"])
            return out
        if data.get("type") == "conversation.item.create" and isinstance(data.get("item"), dict):
            out = copy.deepcopy(data)
            for part in out["item"].get("content") or []:
                if isinstance(part, dict) and "audio" in part:
                    part["audio"] = b64_len(part["audio"])
            return out
        return copy.deepcopy(data)

    def _on_session_update(self, data: dict[str, Any]) -> Outcome:
        """Apply a validated ``session.update``; new turn detection or format resets the VAD.

        A new input format also drops the buffered audio (it is in the old format).
        """
        old_td = self.turn_detection
        old_fmt = self.in_fmt
        new = apply_session_update(self.config, data.get("session"))
        voice = new["audio"]["output"].get("voice")
        if voice != self.config["audio"]["output"].get("voice") and self.model_has_spoken:
            # the real server: the voice is fixed once the model has spoken (its message),
            # also when that audio was truncated to 0 ms since
            raise ProtocolError(
                "cannot_update_voice",
                "Cannot update a conversation's voice if assistant audio is present.",
                "session.audio.output.voice",
            )
        self.config.clear()
        self.config.update(new)
        if self.turn_detection != old_td or self.in_fmt != old_fmt:
            if self.in_fmt != old_fmt:
                self._buffer.clear()
                self._buffer_start_ms = self._total_ms
            self._configure_vad()
        return Outcome(events=[server_event("session.updated", session=copy.deepcopy(self.config))])

    def expiry_event(self, lifetime_s: float) -> dict[str, Any]:
        """The error the real server sends when the session hits its maximum duration."""
        minutes = lifetime_s / 60
        shown = f"{minutes:g} minutes" if minutes >= 1 else f"{lifetime_s:g} seconds"
        return error_event(
            ProtocolError(
                "session_expired",
                f"Your session hit the maximum duration of {shown}.",
            )
        )
