"""The GA Realtime protocol, as a state machine free of asyncio and sockets.

:class:`RealtimeProtocol` takes client messages (raw text) and returns the server
events to send now, plus responses to start. A response's events come from
:meth:`PendingResponse.stream`, a generator that yields :class:`Pace` markers before
each delta so the I/O shell can apply timing, and that checks for cancellation (and
truncation of the item being spoken) every time it resumes.

Error events follow the real server's shape::

    {"type": "error", "event_id": "event_…",
     "error": {"type": "invalid_request_error", "code": "…", "message": "…",
               "param": "…" | None, "event_id": <client event_id> | None}}

Codes used (real ones where known; the others are marked *chosen*):

- ``invalid_json`` — the frame is not JSON (*chosen* wording);
- ``invalid_type`` — the frame is JSON but not an object, or a field has a wrong type;
- ``missing_required_parameter`` — ``type``, ``session``, ``session.type``, ``item_id`` …;
- ``invalid_value`` — unknown event ``type`` (param ``type``); bad enum values; bad base64
  audio (param ``audio``, *chosen*); truncating a non-assistant item or a content part
  without audio; ``audio_end_ms`` past the audio sent ("Audio content of 2650ms is
  already shorter than 9100ms", param ``audio_end_ms``);
- ``unknown_parameter`` — ``session.update`` with a key the GA session does not have;
- ``integer_below_min_value`` / ``decimal_below_min_value`` / ``decimal_above_max_value``
  — numbers out of range;
- ``input_audio_buffer_commit_empty`` — commit with less than ``min_commit_ms`` (100 ms,
  like the real server) of audio;
- ``conversation_already_has_active_response``, ``response_cancel_not_active``;
- ``item_retrieve_invalid_item_id``, ``item_delete_invalid_item_id``,
  ``item_truncate_invalid_item_id``, ``item_create_invalid_previous_item_id``,
  ``item_create_duplicate_item_id`` (the last three *chosen* by analogy);
- ``session_expired`` (``max_session_s`` fault; message like the real server's).

The session stays usable after every error.
"""

from __future__ import annotations

import base64
import binascii
import copy
import json
import math
import time
import uuid
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from typing import Any

from loguru import logger

from pipecat_rt_best.testing.realtime_emulator import audio as audio_mod
from pipecat_rt_best.testing.realtime_emulator.record import SessionRecord
from pipecat_rt_best.testing.realtime_emulator.script import EmulatorScript, Reply
from pipecat_rt_best.testing.realtime_emulator.vad import EnergyVad

DEFAULT_MODEL = "gpt-realtime"
DEFAULT_INSTRUCTIONS = "You are a helpful, witty, and friendly AI."
MIN_COMMIT_MS = 100
MAX_APPEND_BYTES = 15 * 1024 * 1024
SESSION_LIFETIME_S = 60 * 60

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

_SESSION_KEYS = {
    "type",
    "model",
    "output_modalities",
    "instructions",
    "audio",
    "tools",
    "tool_choice",
    "max_output_tokens",
    "tracing",
    "prompt",
    "truncation",
    "include",
    "reasoning",
    "parallel_tool_calls",
}
# read-only fields of the session object a client may echo back; accepted and ignored
_SESSION_READONLY_KEYS = {"object", "id", "expires_at"}
_SERVER_VAD_DEFAULTS: dict[str, Any] = {
    "type": "server_vad",
    "threshold": 0.5,
    "prefix_padding_ms": 300,
    "silence_duration_ms": 500,
    "idle_timeout_ms": None,
    "create_response": True,
    "interrupt_response": True,
}
_SEMANTIC_VAD_DEFAULTS: dict[str, Any] = {
    "type": "semantic_vad",
    "eagerness": "auto",
    "create_response": True,
    "interrupt_response": True,
}
# response.create's ``response`` object (GA RealtimeResponseCreateParams)
_RESPONSE_KEYS = (
    "audio",
    "conversation",
    "input",
    "instructions",
    "max_output_tokens",
    "metadata",
    "output_modalities",
    "parallel_tool_calls",
    "prompt",
    "reasoning",
    "tool_choice",
    "tools",
)
# silence the emulation waits for, per semantic_vad eagerness
SEMANTIC_VAD_SILENCE_MS = {"low": 1500, "medium": 800, "auto": 800, "high": 400}
_CONTENT_TYPES_BY_ROLE = {
    "user": ("input_text", "input_audio", "input_image"),
    "system": ("input_text",),
    "assistant": ("output_text", "output_audio"),
}


def new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:21]}"


def _quote_list(values: list[str] | tuple[str, ...]) -> str:
    quoted = [f"'{v}'" for v in values]
    if len(quoted) <= 1:
        return "".join(quoted)
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + f", and {quoted[-1]}"


@dataclass
class ProtocolError(Exception):
    """A client mistake, reported as an ``error`` event."""

    code: str
    message: str
    param: str | None = None
    type: str = "invalid_request_error"

    def __str__(self) -> str:
        return self.message


def error_event(err: ProtocolError, client_event_id: str | None = None) -> dict[str, Any]:
    return {
        "type": "error",
        "event_id": new_id("event"),
        "error": {
            "type": err.type,
            "code": err.code,
            "message": err.message,
            "param": err.param,
            "event_id": client_event_id,
        },
    }


def _unknown(path: str) -> ProtocolError:
    return ProtocolError("unknown_parameter", f"Unknown parameter: '{path}'.", path)


def _missing(path: str) -> ProtocolError:
    return ProtocolError(
        "missing_required_parameter", f"Missing required parameter: '{path}'.", path
    )


def _bad_value(path: str, value: Any, supported: tuple[str, ...] | list[str]) -> ProtocolError:
    return ProtocolError(
        "invalid_value",
        f"Invalid value: '{value}'. Supported values are: {_quote_list(list(supported))}.",
        path,
    )


_TYPE_NAMES = {
    str: "a string",
    int: "an integer",
    float: "a decimal",
    bool: "a boolean",
    dict: "an object",
    list: "an array",
}


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a decimal"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _bad_type(path: str, value: Any, expected: str) -> ProtocolError:
    return ProtocolError(
        "invalid_type",
        f"Invalid type for '{path}': expected {expected}, but got {_json_type(value)} instead.",
        path,
    )


def _expect_type(path: str, value: Any, *types: type) -> None:
    ok = any(
        isinstance(value, t) and not (t in (int, float) and isinstance(value, bool)) for t in types
    )
    if not ok:
        raise _bad_type(path, value, " or ".join(_TYPE_NAMES.get(t, t.__name__) for t in types))


def _check_keys(path: str, obj: dict[str, Any], allowed: set[str] | tuple[str, ...]) -> None:
    for key in obj:
        if key not in allowed:
            raise _unknown(f"{path}.{key}")


def _check_range(
    path: str, value: float, lo: float | None = None, hi: float | None = None, integer: bool = False
) -> None:
    kind = "integer" if integer else "decimal"
    if lo is not None and value < lo:
        raise ProtocolError(
            f"{kind}_below_min_value",
            f"Invalid '{path}': {kind} below minimum value. Expected a value >= {lo}, but got {value} instead.",
            path,
        )
    if hi is not None and value > hi:
        raise ProtocolError(
            f"{kind}_above_max_value",
            f"Invalid '{path}': {kind} above maximum value. Expected a value <= {hi}, but got {value} instead.",
            path,
        )


def _validate_format(path: str, fmt: Any) -> dict[str, Any]:
    _expect_type(path, fmt, dict)
    _check_keys(path, fmt, ("type", "rate"))
    ftype = fmt.get("type")
    if ftype is None:
        raise _missing(f"{path}.type")
    if ftype not in audio_mod.AUDIO_FORMAT_TYPES:
        raise _bad_value(f"{path}.type", ftype, audio_mod.AUDIO_FORMAT_TYPES)
    if ftype == "audio/pcm":
        rate = fmt.get("rate", 24000)
        if rate != 24000:
            raise _bad_value(f"{path}.rate", rate, ["24000"])
        return {"type": "audio/pcm", "rate": 24000}
    if "rate" in fmt:
        raise _unknown(f"{path}.rate")
    return {"type": ftype}


def _validate_turn_detection(path: str, td: Any) -> dict[str, Any] | None:
    if td is None:
        return None
    _expect_type(path, td, dict)
    ttype = td.get("type")
    if ttype is None:
        raise _missing(f"{path}.type")
    if ttype == "server_vad":
        _check_keys(path, td, tuple(_SERVER_VAD_DEFAULTS))
        out = {**_SERVER_VAD_DEFAULTS, **td}
        _expect_type(f"{path}.threshold", out["threshold"], int, float)
        _check_range(f"{path}.threshold", out["threshold"], 0.0, 1.0)
        for key in ("prefix_padding_ms", "silence_duration_ms"):
            _expect_type(f"{path}.{key}", out[key], int)
            _check_range(f"{path}.{key}", out[key], 0, None, integer=True)
        if out["idle_timeout_ms"] is not None:
            _expect_type(f"{path}.idle_timeout_ms", out["idle_timeout_ms"], int)
            _check_range(f"{path}.idle_timeout_ms", out["idle_timeout_ms"], 5000, 30000, True)
    elif ttype == "semantic_vad":
        _check_keys(path, td, tuple(_SEMANTIC_VAD_DEFAULTS))
        out = {**_SEMANTIC_VAD_DEFAULTS, **td}
        _expect_type(f"{path}.eagerness", out["eagerness"], str)
        if out["eagerness"] not in SEMANTIC_VAD_SILENCE_MS:
            raise _bad_value(
                f"{path}.eagerness", out["eagerness"], ("low", "medium", "high", "auto")
            )
    else:
        raise _bad_value(f"{path}.type", ttype, ("server_vad", "semantic_vad"))
    for key in ("create_response", "interrupt_response"):
        _expect_type(f"{path}.{key}", out[key], bool)
    return out


def _validate_tools(path: str, tools: Any) -> list[Any]:
    _expect_type(path, tools, list)
    for i, tool in enumerate(tools):
        p = f"{path}[{i}]"
        _expect_type(p, tool, dict)
        ttype = tool.get("type")
        if ttype is None:
            raise _missing(f"{p}.type")
        if ttype not in ("function", "mcp"):
            raise _bad_value(f"{p}.type", ttype, ("function", "mcp"))
        if ttype == "function":
            _check_keys(p, tool, ("type", "name", "description", "parameters"))
            if "name" not in tool:
                raise _missing(f"{p}.name")
            _expect_type(f"{p}.name", tool["name"], str)
    return copy.deepcopy(tools)


def _validate_output_modalities(path: str, value: Any) -> list[str]:
    _expect_type(path, value, list)
    if len(value) != 1 or value[0] not in ("audio", "text"):
        shown = value[0] if len(value) == 1 else ",".join(map(str, value))
        raise ProtocolError(
            "invalid_value",
            f"Invalid value: '{shown}'. Supported combinations are: ['text'] and ['audio'].",
            path,
        )
    return list(value)


def default_session(model: str = DEFAULT_MODEL) -> dict[str, Any]:
    """The session object the emulator announces in ``session.created``."""
    return {
        "type": "realtime",
        "object": "realtime.session",
        "id": new_id("sess"),
        "model": model,
        "output_modalities": ["audio"],
        "instructions": DEFAULT_INSTRUCTIONS,
        "tools": [],
        "tool_choice": "auto",
        "max_output_tokens": "inf",
        "tracing": None,
        "prompt": None,
        "expires_at": int(time.time()) + SESSION_LIFETIME_S,
        "audio": {
            "input": {
                "format": {"type": "audio/pcm", "rate": 24000},
                "transcription": None,
                "noise_reduction": None,
                "turn_detection": dict(_SERVER_VAD_DEFAULTS),
            },
            "output": {
                "format": {"type": "audio/pcm", "rate": 24000},
                "voice": "alloy",
                "speed": 1.0,
            },
        },
        "include": None,
    }


def apply_session_update(current: dict[str, Any], patch: Any) -> dict[str, Any]:
    """Validate a ``session.update`` payload and return the merged session.

    Raises :class:`ProtocolError` like the real server (the session is left unchanged).
    """
    if patch is None:
        raise _missing("session")
    _expect_type("session", patch, dict)
    for key in patch:
        if key not in _SESSION_KEYS and key not in _SESSION_READONLY_KEYS:
            raise _unknown(f"session.{key}")
    if "type" not in patch:
        raise _missing("session.type")
    if patch["type"] != "realtime":
        raise _bad_value("session.type", patch["type"], ("realtime",))
    new = copy.deepcopy(current)
    for key, value in patch.items():
        if key in _SESSION_READONLY_KEYS or key in ("type", "audio"):
            continue
        path = f"session.{key}"
        if key == "output_modalities":
            value = _validate_output_modalities(path, value)
        elif key == "instructions" or key == "model":
            _expect_type(path, value, str)
        elif key == "tools":
            value = _validate_tools(path, value)
        elif key == "tool_choice":
            if isinstance(value, str):
                if value not in ("auto", "none", "required"):
                    raise _bad_value(path, value, ("auto", "none", "required"))
            else:
                _expect_type(path, value, str, dict)
        elif key == "max_output_tokens" and value != "inf":
            _expect_type(path, value, int)
            _check_range(path, value, 1, 4096, integer=True)
        new[key] = copy.deepcopy(value)
    if "audio" in patch:
        audio = patch["audio"]
        _expect_type("session.audio", audio, dict)
        _check_keys("session.audio", audio, ("input", "output"))
        if "input" in audio:
            inp = audio["input"]
            _expect_type("session.audio.input", inp, dict)
            _check_keys(
                "session.audio.input",
                inp,
                ("format", "transcription", "noise_reduction", "turn_detection"),
            )
            target = new["audio"]["input"]
            if "format" in inp:
                target["format"] = _validate_format("session.audio.input.format", inp["format"])
            if "turn_detection" in inp:
                target["turn_detection"] = _validate_turn_detection(
                    "session.audio.input.turn_detection", inp["turn_detection"]
                )
            if "noise_reduction" in inp:
                nr = inp["noise_reduction"]
                if nr is not None:
                    path = "session.audio.input.noise_reduction"
                    _expect_type(path, nr, dict)
                    _check_keys(path, nr, ("type", "strength"))
                    if nr.get("type") not in ("near_field", "far_field"):
                        raise _bad_value(
                            f"{path}.type", nr.get("type"), ("near_field", "far_field")
                        )
                target["noise_reduction"] = copy.deepcopy(nr)
            if "transcription" in inp:
                tr = inp["transcription"]
                if tr is not None:
                    path = "session.audio.input.transcription"
                    _expect_type(path, tr, dict)
                    _check_keys(path, tr, ("model", "language", "prompt"))
                target["transcription"] = copy.deepcopy(tr)
        if "output" in audio:
            out = audio["output"]
            _expect_type("session.audio.output", out, dict)
            _check_keys("session.audio.output", out, ("format", "voice", "speed"))
            target = new["audio"]["output"]
            if "format" in out:
                target["format"] = _validate_format("session.audio.output.format", out["format"])
            if "voice" in out:
                _expect_type("session.audio.output.voice", out["voice"], str, dict)
                target["voice"] = copy.deepcopy(out["voice"])
            if "speed" in out:
                _expect_type("session.audio.output.speed", out["speed"], int, float)
                _check_range("session.audio.output.speed", out["speed"], 0.25, 1.5)
                target["speed"] = out["speed"]
    return new


@dataclass(frozen=True)
class Pace:
    """Marker yielded before each delta: the shell may wait here (timing knobs).

    A stream yields one ``Pace`` right after it starts (before its first output item:
    the model's "thinking" time) and one before every delta. ``audio_ms`` is the audio
    the next delta carries (0 otherwise).
    """

    audio_ms: int = 0


@dataclass
class Outcome:
    """What handling one client message produced."""

    events: list[dict[str, Any]] = field(default_factory=list)
    start: list[PendingResponse] = field(default_factory=list)
    wake: list[PendingResponse] = field(default_factory=list)


@dataclass
class _ItemMeta:
    """Server-side facts about an assistant message item."""

    full_text: str
    fmt: str | None  # output audio format, None for text items
    in_progress: bool = True
    truncated: bool = False
    transcript_sent: str = ""


def _usage(
    input_tokens_text: int, input_tokens_audio: int, out_text: int, out_audio: int
) -> dict[str, Any]:
    inp = input_tokens_text + input_tokens_audio
    out = out_text + out_audio
    return {
        "total_tokens": inp + out,
        "input_tokens": inp,
        "output_tokens": out,
        "input_token_details": {
            "text_tokens": input_tokens_text,
            "audio_tokens": input_tokens_audio,
            "image_tokens": 0,
            "cached_tokens": 0,
            "cached_tokens_details": {"text_tokens": 0, "audio_tokens": 0, "image_tokens": 0},
        },
        "output_token_details": {"text_tokens": out_text, "audio_tokens": out_audio},
    }


def _text_tokens(text: str) -> int:
    return math.ceil(len(text) / 4)


AUDIO_MS_PER_TOKEN = 50  # usage estimate only


class PendingResponse:
    """One response, from ``response.created`` to ``response.done``."""

    def __init__(
        self,
        proto: RealtimeProtocol,
        *,
        modality: str,
        out_fmt: dict[str, Any],
        voice: Any,
        in_conversation: bool,
        metadata: Any = None,
    ) -> None:
        self.proto = proto
        self.id = new_id("resp")
        self.modality = modality
        self.out_fmt = out_fmt
        self.voice = voice
        self.in_conversation = in_conversation
        self.metadata = metadata
        self.status = "in_progress"
        self.cancel_reason: str | None = None
        self.failure: str | None = None  # set when the script raised: status "failed"
        self.output: list[dict[str, Any]] = []
        self.done = False
        self.index = proto._responses_started  # position in this session's script
        self.record: dict[str, Any] = {
            "id": self.id,
            "status": "in_progress",
            "output": [],
            "texts": [],
        }

    @property
    def cancelled(self) -> bool:
        return self.cancel_reason is not None

    def cancel(self, reason: str) -> None:
        if self.cancel_reason is None:
            self.cancel_reason = reason

    def _object(self) -> dict[str, Any]:
        return {
            "object": "realtime.response",
            "id": self.id,
            "status": self.status,
            "status_details": None,
            "output": copy.deepcopy(self.output),
            "conversation_id": self.proto.conversation_id if self.in_conversation else None,
            "output_modalities": [self.modality],
            "max_output_tokens": self.proto.config.get("max_output_tokens", "inf"),
            "audio": {"output": {"format": dict(self.out_fmt), "voice": self.voice}},
            "usage": None,
            "metadata": self.metadata,
        }

    def created_event(self) -> dict[str, Any]:
        return {"type": "response.created", "event_id": new_id("event"), "response": self._object()}

    def _ev(self, etype: str, **fields: Any) -> dict[str, Any]:
        return {"type": etype, "event_id": new_id("event"), **fields}

    def _open_item(
        self, item: dict[str, Any], output_index: int
    ) -> Generator[dict[str, Any], None, str | None]:
        """Add an output item to the response (and the conversation); returns the previous id."""
        prev = self.proto._add_item(item) if self.in_conversation else None
        self.output.append(item)
        self.record["output"].append(item["id"])
        yield self._ev(
            "response.output_item.added",
            response_id=self.id,
            output_index=output_index,
            item=copy.deepcopy(item),
        )
        if self.in_conversation:
            yield self._ev(
                "conversation.item.added", previous_item_id=prev, item=copy.deepcopy(item)
            )
        return prev

    def _close_item(
        self, item: dict[str, Any], output_index: int, prev: str | None
    ) -> Iterator[dict[str, Any]]:
        yield self._ev(
            "response.output_item.done",
            response_id=self.id,
            output_index=output_index,
            item=copy.deepcopy(item),
        )
        if self.in_conversation:
            yield self._ev(
                "conversation.item.done", previous_item_id=prev, item=copy.deepcopy(item)
            )

    def stream(self, reply: Reply) -> Iterator[dict[str, Any] | Pace]:
        """Every remaining event of this response, ``Pace`` markers before deltas."""
        proto = self.proto
        script = proto.script
        fmt_type = self.out_fmt["type"]
        audio_mode = self.modality == "audio"
        out_text_tokens = 0
        out_audio_ms = 0
        output_index = 0
        self.record["texts"] = reply.message_texts()
        yield Pace()  # the model "thinks" before its first output (first_delta_delay_s)
        for text in reply.message_texts():
            if self.cancelled:
                break
            item_id = new_id("item")
            item: dict[str, Any] = {
                "id": item_id,
                "type": "message",
                "object": "realtime.item",
                "status": "in_progress",
                "role": "assistant",
                "content": [],
            }
            meta = _ItemMeta(full_text=text, fmt=fmt_type if audio_mode else None)
            proto._meta[item_id] = meta
            prev = yield from self._open_item(item, output_index)
            ids = {
                "response_id": self.id,
                "item_id": item_id,
                "output_index": output_index,
                "content_index": 0,
            }
            if audio_mode:
                item["content"] = [{"type": "output_audio", "transcript": ""}]
                yield self._ev(
                    "response.content_part.added", **ids, part={"type": "audio", "transcript": ""}
                )
                pcm = audio_mod.synthesize(text, fmt_type, script.ms_per_char)
                bpm = audio_mod.bytes_per_ms(fmt_type)
                chunk_bytes = script.chunk_ms * bpm
                timings = audio_mod.word_timings(text, script.ms_per_char)
                sent = proto.record._output_audio.setdefault(item_id, bytearray())
                token_i = 0
                for off in range(0, len(pcm), chunk_bytes):
                    chunk = pcm[off : off + chunk_bytes]
                    chunk_ms = len(chunk) // bpm
                    yield Pace(audio_ms=chunk_ms)
                    if self.cancelled or meta.truncated:
                        break
                    chunk_end_ms = off // bpm + chunk_ms
                    while token_i < len(timings) and timings[token_i].token_start_ms < chunk_end_ms:
                        token = timings[token_i].token
                        meta.transcript_sent += token
                        item["content"][0]["transcript"] = meta.transcript_sent
                        yield self._ev("response.output_audio_transcript.delta", **ids, delta=token)
                        token_i += 1
                    sent.extend(chunk)
                    out_audio_ms += chunk_ms
                    yield self._ev(
                        "response.output_audio.delta",
                        **ids,
                        delta=base64.b64encode(chunk).decode("ascii"),
                    )
                transcript = item["content"][0]["transcript"]
                yield self._ev("response.output_audio.done", **ids)
                yield self._ev(
                    "response.output_audio_transcript.done", **ids, transcript=transcript
                )
                yield self._ev(
                    "response.content_part.done",
                    **ids,
                    part={"type": "audio", "transcript": transcript},
                )
                out_text_tokens += _text_tokens(transcript)
            else:
                item["content"] = [{"type": "output_text", "text": ""}]
                yield self._ev(
                    "response.content_part.added", **ids, part={"type": "text", "text": ""}
                )
                for token in audio_mod.tokenize(text):
                    yield Pace()
                    if self.cancelled:
                        break
                    meta.transcript_sent += token
                    item["content"][0]["text"] = meta.transcript_sent
                    yield self._ev("response.output_text.delta", **ids, delta=token)
                final = item["content"][0]["text"]
                yield self._ev("response.output_text.done", **ids, text=final)
                yield self._ev(
                    "response.content_part.done", **ids, part={"type": "text", "text": final}
                )
                out_text_tokens += _text_tokens(final)
            meta.in_progress = False
            item["status"] = "incomplete" if self.cancelled or meta.truncated else "completed"
            yield from self._close_item(item, output_index, prev)
            output_index += 1
        for call in reply.tool_calls:
            if self.cancelled:
                break
            item_id = new_id("item")
            call_id = call.call_id or new_id("call")
            args = call.arguments_json
            item = {
                "id": item_id,
                "type": "function_call",
                "object": "realtime.item",
                "status": "in_progress",
                "name": call.name,
                "call_id": call_id,
                "arguments": "",
            }
            prev = yield from self._open_item(item, output_index)
            fc_ids = {
                "response_id": self.id,
                "item_id": item_id,
                "output_index": output_index,
                "call_id": call_id,
            }
            yield Pace()
            yield self._ev("response.function_call_arguments.delta", **fc_ids, delta=args)
            yield self._ev(
                "response.function_call_arguments.done", **fc_ids, name=call.name, arguments=args
            )
            item["arguments"] = args
            item["status"] = "completed"
            out_text_tokens += _text_tokens(args)
            yield from self._close_item(item, output_index, prev)
            output_index += 1
        yield self.finish(out_text_tokens, out_audio_ms)

    def finish(self, out_text_tokens: int = 0, out_audio_ms: int = 0) -> dict[str, Any]:
        """Close the response; returns its ``response.done`` event."""
        self.done = True
        if self.failure is not None:
            self.status = "failed"
        else:
            self.status = "cancelled" if self.cancelled else "completed"
        proto = self.proto
        if proto.active is self:
            proto.active = None
        obj = self._object()
        if self.cancelled:
            obj["status_details"] = {"type": "cancelled", "reason": self.cancel_reason}
        elif self.failure is not None:
            obj["status_details"] = {
                "type": "failed",
                "error": {"type": "server_error", "code": "server_error", "message": self.failure},
            }
        in_text = sum(
            _text_tokens(c.get("text") or c.get("transcript") or "")
            for it in proto.items
            for c in it.get("content") or []
        )
        in_audio = len(proto.record._appended) // max(1, proto.in_bpm * AUDIO_MS_PER_TOKEN)
        obj["usage"] = _usage(
            in_text, in_audio, out_text_tokens, out_audio_ms // AUDIO_MS_PER_TOKEN
        )
        self.record["status"] = self.status
        return {"type": "response.done", "event_id": new_id("event"), "response": obj}


class RealtimeProtocol:
    """Server-side state of one Realtime session."""

    def __init__(
        self,
        *,
        model: str = DEFAULT_MODEL,
        script: EmulatorScript | None = None,
        record: SessionRecord | None = None,
        min_commit_ms: int = MIN_COMMIT_MS,
    ) -> None:
        self.script = script or EmulatorScript()
        self.record = record or SessionRecord(model=model)
        self.record.model = model
        self.config = default_session(model)
        self.record.config = self.config
        self.conversation_id = new_id("conv")
        self.items: list[dict[str, Any]] = self.record.conversation
        self._meta: dict[str, _ItemMeta] = {}
        self._item_audio: dict[str, bytes] = {}  # audio of client-created input_audio items
        self.min_commit_ms = min_commit_ms
        self.active: PendingResponse | None = None
        self._responses_started = 0
        self._commits = 0
        self._buffer = bytearray()
        self._buffer_start_ms = 0.0  # session audio time of _buffer[0]
        self._total_ms = 0.0  # session audio time appended so far
        self._speech_item_id: str | None = None
        self._vad: EnergyVad | None = None
        self._configure_vad()

    # -- helpers -----------------------------------------------------------------

    @property
    def in_fmt(self) -> str:
        return str(self.config["audio"]["input"]["format"]["type"])

    @property
    def in_bpm(self) -> int:
        return audio_mod.bytes_per_ms(self.in_fmt)

    @property
    def turn_detection(self) -> dict[str, Any] | None:
        td = self.config["audio"]["input"]["turn_detection"]
        return td if isinstance(td, dict) else None

    def _configure_vad(self) -> None:
        td = self.turn_detection
        if td is None:
            self._vad = None
            self._speech_item_id = None
            return
        silence = (
            td["silence_duration_ms"]
            if td["type"] == "server_vad"
            else SEMANTIC_VAD_SILENCE_MS[td.get("eagerness", "auto")]
        )
        self._vad = EnergyVad(
            audio_mod.sample_rate(self.in_fmt),
            threshold=td.get("threshold", 0.5),
            silence_duration_ms=silence,
            start_ms=int(self._total_ms),
        )
        self._speech_item_id = None

    def _ev(self, etype: str, **fields: Any) -> dict[str, Any]:
        return {"type": etype, "event_id": new_id("event"), **fields}

    def find_item(self, item_id: Any) -> tuple[int, dict[str, Any]] | None:
        for i, item in enumerate(self.items):
            if item.get("id") == item_id:
                return i, item
        return None

    def _add_item(
        self, item: dict[str, Any], after: str | None = None, root: bool = False
    ) -> str | None:
        """Insert an item (at the end, at the start, or after ``after``); returns the previous id."""
        if root:
            self.items.insert(0, item)
            return None
        if after is not None:
            found = self.find_item(after)
            assert found is not None
            self.items.insert(found[0] + 1, item)
            return after
        prev = self.items[-1]["id"] if self.items else None
        self.items.append(item)
        return prev

    def created_event(self) -> dict[str, Any]:
        return self._ev("session.created", session=copy.deepcopy(self.config))

    def conversation_snapshot(self) -> list[dict[str, Any]]:
        return copy.deepcopy(self.items)

    # -- entry point -------------------------------------------------------------

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
            return self._error(_bad_type("event", data, "an object"))
        self.record.received.append(self._recordable(data))
        client_event_id = data.get("event_id") if isinstance(data.get("event_id"), str) else None
        etype = data.get("type")
        try:
            if etype is None:
                raise _missing("type")
            if not isinstance(etype, str):
                raise _bad_type("type", etype, "a string")
            handler = getattr(self, "_on_" + etype.replace(".", "_"), None)
            if etype not in CLIENT_EVENT_TYPES or handler is None:
                raise _bad_value("type", etype, CLIENT_EVENT_TYPES)
            outcome: Outcome = handler(data)
            return outcome
        except ProtocolError as err:
            return self._error(err, client_event_id)
        except Exception as exc:
            # a rule this emulator lacks: the session survives, as on the real server
            logger.opt(exception=exc).warning(f"emulator: {etype!r} event failed: {exc!r}")
            return self._error(
                ProtocolError(
                    "server_error",
                    f"The server had an error while processing your request ({type(exc).__name__}).",
                    type="server_error",
                ),
                client_event_id,
            )

    def _error(self, err: ProtocolError, client_event_id: str | None = None) -> Outcome:
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

    # -- session -----------------------------------------------------------------

    def _on_session_update(self, data: dict[str, Any]) -> Outcome:
        old_td = self.turn_detection
        old_fmt = self.in_fmt
        new = apply_session_update(self.config, data.get("session"))
        self.config.clear()
        self.config.update(new)
        if self.turn_detection != old_td or self.in_fmt != old_fmt:
            if self.in_fmt != old_fmt:
                self._buffer.clear()
                self._buffer_start_ms = self._total_ms
            self._configure_vad()
        return Outcome(events=[self._ev("session.updated", session=copy.deepcopy(self.config))])

    # -- input audio -------------------------------------------------------------

    def _on_input_audio_buffer_append(self, data: dict[str, Any]) -> Outcome:
        if "audio" not in data:
            raise _missing("audio")
        b64 = data["audio"]
        _expect_type("audio", b64, str)
        try:
            chunk = base64.b64decode(b64, validate=True)
        except (binascii.Error, ValueError):
            raise ProtocolError(
                "invalid_value", "Invalid 'audio': expected base64-encoded audio bytes.", "audio"
            ) from None
        if len(chunk) > MAX_APPEND_BYTES:
            raise ProtocolError(
                "invalid_value",
                "Invalid 'audio': a single append may carry at most 15 MiB.",
                "audio",
            )
        self.record._appended.extend(chunk)
        self._buffer.extend(chunk)
        self._total_ms += len(chunk) / self.in_bpm
        outcome = Outcome()
        if self._vad is not None and chunk:
            for vad_event in self._vad.feed(audio_mod.decode_to_pcm16(chunk, self.in_fmt)):
                if vad_event.kind == "start":
                    self._on_speech_start(vad_event.ms, outcome)
                else:
                    self._on_speech_stop(vad_event.ms, outcome)
        elif self._vad is None:
            pass
        return outcome

    def _buffer_offset(self, ms: float) -> int:
        off = round((ms - self._buffer_start_ms) * self.in_bpm)
        off -= off % (2 if self.in_fmt == "audio/pcm" else 1)
        return max(0, min(len(self._buffer), off))

    def _on_speech_start(self, ms: int, outcome: Outcome) -> None:
        td = self.turn_detection
        assert td is not None
        # keep prefix padding before the speech, drop older audio
        keep_from = max(self._buffer_start_ms, ms - int(td.get("prefix_padding_ms", 300)))
        cut = self._buffer_offset(keep_from)
        del self._buffer[:cut]
        self._buffer_start_ms += cut / self.in_bpm
        self._speech_item_id = new_id("item")
        outcome.events.append(
            self._ev(
                "input_audio_buffer.speech_started",
                audio_start_ms=ms,
                item_id=self._speech_item_id,
            )
        )
        if td.get("interrupt_response") and self.active is not None and not self.active.done:
            self.active.cancel("turn_detected")
            self.record.cancels.append(
                {
                    "response_id": self.active.id,
                    "accepted": True,
                    "reason": "turn_detected",
                    "error": None,
                }
            )
            outcome.wake.append(self.active)

    def _on_speech_stop(self, ms: int, outcome: Outcome) -> None:
        td = self.turn_detection
        assert td is not None
        item_id = self._speech_item_id or new_id("item")
        self._speech_item_id = None
        outcome.events.append(
            self._ev("input_audio_buffer.speech_stopped", audio_end_ms=ms, item_id=item_id)
        )
        cut = self._buffer_offset(ms)
        turn = bytes(self._buffer[:cut])
        del self._buffer[:cut]
        self._buffer_start_ms += cut / self.in_bpm
        outcome.events.extend(self._commit_turn(turn, item_id, "server_vad"))
        if td.get("create_response") and self.active is None:
            pending = self._begin_response(None)
            outcome.events.append(pending.created_event())
            outcome.start.append(pending)

    def _commit_turn(self, turn: bytes, item_id: str, source: str) -> list[dict[str, Any]]:
        self._commits += 1
        self.record.input_audio_turns.append(turn)
        self.record.commits.append(
            {
                "item_id": item_id,
                "bytes": len(turn),
                "ms": audio_mod.duration_ms(len(turn), self.in_fmt),
                "source": source,
            }
        )
        transcription_on = self.config["audio"]["input"].get("transcription") is not None
        content: dict[str, Any] = {"type": "input_audio", "transcript": None}
        item = {
            "id": item_id,
            "type": "message",
            "object": "realtime.item",
            "status": "completed",
            "role": "user",
            "content": [content],
        }
        self._item_audio[item_id] = turn
        prev = self._add_item(item)
        events = [
            self._ev("input_audio_buffer.committed", previous_item_id=prev, item_id=item_id),
            self._ev("conversation.item.added", previous_item_id=prev, item=copy.deepcopy(item)),
            self._ev("conversation.item.done", previous_item_id=prev, item=copy.deepcopy(item)),
        ]
        if transcription_on:
            transcript = self.script.user_transcript_for(self._commits - 1)
            content["transcript"] = transcript
            events.append(
                self._ev(
                    "conversation.item.input_audio_transcription.completed",
                    item_id=item_id,
                    content_index=0,
                    transcript=transcript,
                    usage={"type": "duration", "seconds": round(len(turn) / self.in_bpm / 1000, 3)},
                )
            )
        return events

    def _on_input_audio_buffer_commit(self, data: dict[str, Any]) -> Outcome:
        buffered_ms = len(self._buffer) / self.in_bpm
        if buffered_ms < self.min_commit_ms or not self._buffer:
            raise ProtocolError(
                "input_audio_buffer_commit_empty",
                "Error committing input audio buffer: buffer too small. Expected at least "
                f"{self.min_commit_ms}ms of audio, but buffer only has {buffered_ms:.2f}ms of audio.",
            )
        turn = bytes(self._buffer)
        self._buffer.clear()
        self._buffer_start_ms = self._total_ms
        item_id = self._speech_item_id or new_id("item")
        self._speech_item_id = None
        if self._vad is not None:
            self._vad.reset()
        return Outcome(events=self._commit_turn(turn, item_id, "client"))

    def _on_input_audio_buffer_clear(self, data: dict[str, Any]) -> Outcome:
        self._buffer.clear()
        self._buffer_start_ms = self._total_ms
        self._speech_item_id = None
        if self._vad is not None:
            self._vad.reset()
        return Outcome(events=[self._ev("input_audio_buffer.cleared")])

    # -- conversation ------------------------------------------------------------

    def _validate_item(self, item: Any) -> dict[str, Any]:
        if item is None:
            raise _missing("item")
        _expect_type("item", item, dict)
        itype = item.get("type")
        if itype is None:
            raise _missing("item.type")
        if itype not in ("message", "function_call", "function_call_output"):
            raise _bad_value(
                "item.type", itype, ("message", "function_call", "function_call_output")
            )
        out = copy.deepcopy(item)
        out.setdefault("id", new_id("item"))
        _expect_type("item.id", out["id"], str)
        out["object"] = "realtime.item"
        out["status"] = "completed"
        if itype == "message":
            _check_keys("item", item, ("id", "type", "object", "status", "role", "content"))
            role = item.get("role")
            if role is None:
                raise _missing("item.role")
            _expect_type("item.role", role, str)
            if role not in _CONTENT_TYPES_BY_ROLE:
                raise _bad_value("item.role", role, tuple(_CONTENT_TYPES_BY_ROLE))
            content = item.get("content")
            if content is None:
                raise _missing("item.content")
            _expect_type("item.content", content, list)
            allowed = _CONTENT_TYPES_BY_ROLE[role]
            for i, part in enumerate(content):
                p = f"item.content[{i}]"
                _expect_type(p, part, dict)
                ptype = part.get("type")
                if ptype is None:
                    raise _missing(f"{p}.type")
                if ptype not in allowed:
                    raise _bad_value(f"{p}.type", ptype, allowed)
                if ptype in ("input_text", "output_text"):
                    _expect_type(f"{p}.text", part.get("text"), str)
                if ptype == "input_audio" and "audio" in part:
                    _expect_type(f"{p}.audio", part["audio"], str)
                    try:
                        base64.b64decode(part["audio"], validate=True)
                    except (binascii.Error, ValueError):
                        raise ProtocolError(
                            "invalid_value",
                            f"Invalid '{p}.audio': expected base64-encoded audio bytes.",
                            f"{p}.audio",
                        ) from None
        elif itype == "function_call":
            for key in ("name", "arguments"):
                if key not in item:
                    raise _missing(f"item.{key}")
                _expect_type(f"item.{key}", item[key], str)
            out.setdefault("call_id", new_id("call"))
        else:
            for key in ("call_id", "output"):
                if key not in item:
                    raise _missing(f"item.{key}")
                _expect_type(f"item.{key}", item[key], str)
        return out

    def _on_conversation_item_create(self, data: dict[str, Any]) -> Outcome:
        item = self._validate_item(data.get("item"))
        if self.find_item(item["id"]) is not None:
            raise ProtocolError(
                "item_create_duplicate_item_id",
                f"Item with id '{item['id']}' already exists in the conversation.",
                "item.id",
            )
        after = data.get("previous_item_id")
        root = after == "root"
        if after is not None and not root and self.find_item(after) is None:
            raise ProtocolError(
                "item_create_invalid_previous_item_id",
                f"Previous item with id '{after}' not found.",
                "previous_item_id",
            )
        # keep audio payloads out of the conversation record
        for part in item.get("content") or []:
            if part.get("type") == "input_audio" and "audio" in part:
                self._item_audio[item["id"]] = base64.b64decode(part.pop("audio"))
                part.setdefault("transcript", None)
        if item["type"] == "message" and item["role"] == "assistant":
            text = "".join(
                p.get("text") or p.get("transcript") or "" for p in item.get("content") or []
            )
            self._meta[item["id"]] = _ItemMeta(full_text=text, fmt=None, in_progress=False)
        prev = self._add_item(item, after=None if root else after, root=root)
        return Outcome(
            events=[
                self._ev(
                    "conversation.item.added", previous_item_id=prev, item=copy.deepcopy(item)
                ),
                self._ev("conversation.item.done", previous_item_id=prev, item=copy.deepcopy(item)),
            ]
        )

    def _on_conversation_item_retrieve(self, data: dict[str, Any]) -> Outcome:
        item_id = data.get("item_id")
        if item_id is None:
            raise _missing("item_id")
        found = self.find_item(item_id)
        if found is None:
            raise ProtocolError(
                "item_retrieve_invalid_item_id",
                f"Item with item_id not found: {item_id}",
                "item_id",
            )
        item = copy.deepcopy(found[1])
        raw = self._item_audio.get(item_id)
        if raw is None and item_id in self.record._output_audio:
            raw = bytes(self.record._output_audio[item_id])
        if raw is not None:
            for part in item.get("content") or []:
                if part.get("type") in ("input_audio", "output_audio"):
                    part["audio"] = base64.b64encode(raw).decode("ascii")
        return Outcome(events=[self._ev("conversation.item.retrieved", item=item)])

    def _on_conversation_item_delete(self, data: dict[str, Any]) -> Outcome:
        item_id = data.get("item_id")
        if item_id is None:
            raise _missing("item_id")
        found = self.find_item(item_id)
        if found is None:
            raise ProtocolError(
                "item_delete_invalid_item_id",
                f"Item with item_id not found: {item_id}",
                "item_id",
            )
        del self.items[found[0]]
        return Outcome(events=[self._ev("conversation.item.deleted", item_id=item_id)])

    def _on_conversation_item_truncate(self, data: dict[str, Any]) -> Outcome:
        entry: dict[str, Any] = {
            "item_id": data.get("item_id"),
            "content_index": data.get("content_index"),
            "audio_end_ms": data.get("audio_end_ms"),
            "accepted": False,
            "error": None,
            "audio_ms": None,
            "transcript": None,
        }
        self.record.truncations.append(entry)
        try:
            return self._truncate(data, entry)
        except ProtocolError as err:
            entry["error"] = err.message
            raise

    def _truncate(self, data: dict[str, Any], entry: dict[str, Any]) -> Outcome:
        for key in ("item_id", "content_index", "audio_end_ms"):
            if key not in data:
                raise _missing(key)
        item_id, content_index, end_ms = (
            data["item_id"],
            data["content_index"],
            data["audio_end_ms"],
        )
        _expect_type("item_id", item_id, str)
        _expect_type("content_index", content_index, int)
        _expect_type("audio_end_ms", end_ms, int)
        _check_range("content_index", content_index, 0, None, integer=True)
        _check_range("audio_end_ms", end_ms, 0, None, integer=True)
        found = self.find_item(item_id)
        if found is None:
            raise ProtocolError(
                "item_truncate_invalid_item_id",
                f"Item with item_id not found: {item_id}",
                "item_id",
            )
        item = found[1]
        if item.get("type") != "message" or item.get("role") != "assistant":
            raise ProtocolError(
                "invalid_value",
                "Only assistant messages can be truncated; "
                f"item '{item_id}' is a {item.get('role') or item.get('type')} item.",
                "item_id",
            )
        content = item.get("content") or []
        if content_index >= len(content) or content[content_index].get("type") != "output_audio":
            raise ProtocolError(
                "invalid_value",
                f"Invalid 'content_index': item '{item_id}' has no audio content at index {content_index}.",
                "content_index",
            )
        meta = self._meta.get(item_id)
        sent = self.record._output_audio.get(item_id, bytearray())
        fmt = (
            meta.fmt if meta and meta.fmt else str(self.config["audio"]["output"]["format"]["type"])
        )
        bpm = audio_mod.bytes_per_ms(fmt)
        audio_ms = len(sent) / bpm
        entry["audio_ms"] = audio_ms
        if end_ms > audio_ms:
            raise ProtocolError(
                "invalid_value",
                f"Audio content of {round(audio_ms)}ms is already shorter than {end_ms}ms",
                "audio_end_ms",
            )
        del sent[end_ms * bpm :]
        part = content[content_index]
        old = part.get("transcript") or ""
        full = meta.full_text if meta else old
        heard = audio_mod.heard_text(
            full,
            end_ms,
            include_partial=self.script.truncate_keeps_partial_words,
            ms_per_char=self.script.ms_per_char,
        )
        if len(heard) > len(old):
            heard = old
        part["transcript"] = heard
        if meta is not None:
            meta.truncated = True
        entry["accepted"] = True
        entry["transcript"] = heard
        return Outcome(
            events=[
                self._ev(
                    "conversation.item.truncated",
                    item_id=item_id,
                    content_index=content_index,
                    audio_end_ms=end_ms,
                )
            ]
        )

    # -- responses ---------------------------------------------------------------

    def _begin_response(self, params: dict[str, Any] | None) -> PendingResponse:
        params = params or {}
        _check_keys("response", params, _RESPONSE_KEYS)
        modality = self.config.get("output_modalities", ["audio"])[0]
        out_fmt = dict(self.config["audio"]["output"]["format"])
        voice = self.config["audio"]["output"].get("voice")
        if "output_modalities" in params:
            modality = _validate_output_modalities(
                "response.output_modalities", params["output_modalities"]
            )[0]
        audio = params.get("audio")
        if isinstance(audio, dict) and isinstance(audio.get("output"), dict):
            if "format" in audio["output"]:
                out_fmt = _validate_format(
                    "response.audio.output.format", audio["output"]["format"]
                )
            voice = audio["output"].get("voice", voice)
        conversation = params.get("conversation", "auto")
        if conversation not in ("auto", "none"):
            raise _bad_value("response.conversation", conversation, ("auto", "none"))
        pending = PendingResponse(
            self,
            modality=modality,
            out_fmt=out_fmt,
            voice=voice,
            in_conversation=conversation == "auto",
            metadata=params.get("metadata"),
        )
        self._responses_started += 1
        self.active = pending
        self.record.responses.append(pending.record)
        return pending

    def _on_response_create(self, data: dict[str, Any]) -> Outcome:
        if self.active is not None:
            raise ProtocolError(
                "conversation_already_has_active_response",
                f"Conversation already has an active response in progress: {self.active.id}. "
                "Wait until the response is finished before creating a new one.",
            )
        params = data.get("response")
        if params is not None:
            _expect_type("response", params, dict)
        pending = self._begin_response(params)
        return Outcome(events=[pending.created_event()], start=[pending])

    def _on_response_cancel(self, data: dict[str, Any]) -> Outcome:
        rid = data.get("response_id")
        active = self.active
        if active is None or (rid is not None and rid != active.id) or active.cancelled:
            self.record.cancels.append(
                {
                    "response_id": rid,
                    "accepted": False,
                    "reason": "client_cancelled",
                    "error": "not active",
                }
            )
            raise ProtocolError(
                "response_cancel_not_active",
                "Cancellation failed: no active response found",
            )
        active.cancel("client_cancelled")
        self.record.cancels.append(
            {
                "response_id": active.id,
                "accepted": True,
                "reason": "client_cancelled",
                "error": None,
            }
        )
        return Outcome(wake=[active])

    def reply_for(self, pending: PendingResponse) -> Any:
        """The script's reply for a response (may be awaitable)."""
        return self.script.reply_for(pending.index, self.conversation_snapshot())

    def expiry_event(self, lifetime_s: float) -> dict[str, Any]:
        minutes = lifetime_s / 60
        shown = f"{minutes:g} minutes" if minutes >= 1 else f"{lifetime_s:g} seconds"
        return error_event(
            ProtocolError(
                "session_expired",
                f"Your session hit the maximum duration of {shown}.",
            )
        )
