"""What a GA Realtime session accepts: the session object, its defaults, and ``session.update``.

:func:`default_session` is the session the emulator announces in ``session.created``;
:func:`apply_session_update` validates a ``session.update`` payload field by field and
merges it, refusing what the real server refuses (unknown keys, wrong types, values out
of range or outside an enum) with the same codes and messages (see :mod:`.validation`).
"""

from __future__ import annotations

import copy
import re
import time
from typing import Any

from pipecat_rt_best.testing.realtime_emulator import audio as audio_mod
from pipecat_rt_best.testing.realtime_emulator.events import ProtocolError, new_id
from pipecat_rt_best.testing.realtime_emulator.validation import (
    bad_value,
    check_keys,
    check_max_length,
    check_range,
    expect_type,
    missing_parameter,
    required_type,
    unknown_parameter,
)

DEFAULT_MODEL = "gpt-realtime"
# the real server's default instructions, announced in session.created
DEFAULT_INSTRUCTIONS = "You are a helpful, witty, and friendly AI."
# a GA session lives at most 60 minutes (``expires_at``; the ``max_session_s`` fault shortens it)
SESSION_LIFETIME_S = 60 * 60

# every key of the GA session object; any other key in session.update is unknown_parameter
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
# turn_detection defaults of the real server; a session.update fills unset keys from them
SERVER_VAD_DEFAULTS: dict[str, Any] = {
    "type": "server_vad",
    "threshold": 0.5,
    "prefix_padding_ms": 300,
    "silence_duration_ms": 500,
    "idle_timeout_ms": None,
    "create_response": True,
    "interrupt_response": True,
}
SEMANTIC_VAD_DEFAULTS: dict[str, Any] = {
    "type": "semantic_vad",
    "eagerness": "auto",
    "create_response": True,
    "interrupt_response": True,
}
# silence the emulation waits for, per semantic_vad eagerness (the real server decides from
# the words; the emulator, which does not understand speech, approximates with a pause)
SEMANTIC_VAD_SILENCE_MS = {"low": 1500, "medium": 800, "auto": 800, "high": 400}


def validate_format(path: str, fmt: Any) -> dict[str, Any]:
    """An ``audio.*.format`` object: ``audio/pcm`` (24 kHz only, ``rate`` optional) or G.711.

    G.711 formats take no ``rate`` (fixed 8 kHz): the real server refuses one as unknown.
    """
    expect_type(path, fmt, dict)
    check_keys(path, fmt, ("type", "rate"))
    ftype = required_type(path, fmt, audio_mod.AUDIO_FORMAT_TYPES)
    if ftype == "audio/pcm":
        rate = fmt.get("rate", 24000)
        if rate != 24000:
            raise bad_value(f"{path}.rate", rate, ["24000"])
        return {"type": "audio/pcm", "rate": 24000}
    if "rate" in fmt:
        raise unknown_parameter(f"{path}.rate")
    return {"type": ftype}


def validate_turn_detection(path: str, td: Any) -> dict[str, Any] | None:
    """``turn_detection``: null (manual turns), ``server_vad`` or ``semantic_vad``, defaults filled.

    The ranges are the real server's: threshold 0…1, durations ≥ 0, ``idle_timeout_ms``
    5000…30000; each VAD type accepts only its own keys.
    """
    if td is None:
        return None
    expect_type(path, td, dict)
    ttype = required_type(path, td, ("server_vad", "semantic_vad"))
    if ttype == "server_vad":
        check_keys(path, td, tuple(SERVER_VAD_DEFAULTS))
        out = {**SERVER_VAD_DEFAULTS, **td}
        expect_type(f"{path}.threshold", out["threshold"], int, float)
        check_range(f"{path}.threshold", out["threshold"], 0.0, 1.0)
        for key in ("prefix_padding_ms", "silence_duration_ms"):
            expect_type(f"{path}.{key}", out[key], int)
            check_range(f"{path}.{key}", out[key], 0, None, integer=True)
        if out["idle_timeout_ms"] is not None:
            expect_type(f"{path}.idle_timeout_ms", out["idle_timeout_ms"], int)
            check_range(f"{path}.idle_timeout_ms", out["idle_timeout_ms"], 5000, 30000, True)
    else:  # semantic_vad
        check_keys(path, td, tuple(SEMANTIC_VAD_DEFAULTS))
        out = {**SEMANTIC_VAD_DEFAULTS, **td}
        expect_type(f"{path}.eagerness", out["eagerness"], str)
        if out["eagerness"] not in SEMANTIC_VAD_SILENCE_MS:
            raise bad_value(
                f"{path}.eagerness", out["eagerness"], ("low", "medium", "high", "auto")
            )
    for key in ("create_response", "interrupt_response"):
        expect_type(f"{path}.{key}", out[key], bool)
    return out


# a function tool's name: 1 to 64 letters, digits, '_' and '-' (the server refuses any other)
_FUNCTION_NAME = re.compile(r"[a-zA-Z0-9_-]+")
MAX_FUNCTION_NAME_CHARS = 64


def validate_tools(path: str, tools: Any) -> list[Any]:
    """``tools``: a list of ``function`` (name required, 1 to 64 of ``[a-zA-Z0-9_-]``) or
    ``mcp`` tools."""
    expect_type(path, tools, list)
    for i, tool in enumerate(tools):
        p = f"{path}[{i}]"
        expect_type(p, tool, dict)
        ttype = required_type(p, tool, ("function", "mcp"))
        if ttype == "function":
            check_keys(p, tool, ("type", "name", "description", "parameters"))
            if "name" not in tool:
                raise missing_parameter(f"{p}.name")
            name = tool["name"]
            expect_type(f"{p}.name", name, str)
            check_max_length(f"{p}.name", name, MAX_FUNCTION_NAME_CHARS)
            if not _FUNCTION_NAME.fullmatch(name):
                raise ProtocolError(
                    "invalid_value",
                    f"Invalid '{p}.name': string does not match pattern. Expected a string "
                    "that matches the pattern '^[a-zA-Z0-9_-]+$'.",
                    f"{p}.name",
                )
    return copy.deepcopy(tools)


# the GA API's built-in voices (a custom voice is an object, {"id": "voice_…"})
BUILT_IN_VOICES = (
    "alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar",
)  # fmt: skip


def validate_output_modalities(path: str, value: Any) -> list[str]:
    """``output_modalities``: exactly ``["audio"]`` or ``["text"]``, as the GA server allows."""
    expect_type(path, value, list)
    if len(value) != 1 or value[0] not in ("audio", "text"):
        shown = value[0] if len(value) == 1 else ",".join(map(str, value))
        raise ProtocolError(
            "invalid_value",
            f"Invalid value: '{shown}'. Supported combinations are: ['text'] and ['audio'].",
            path,
        )
    return list(value)


REASONING_EFFORTS = ("minimal", "low", "medium", "high", "xhigh")
INCLUDE_VALUES = ("item.input_audio_transcription.logprobs",)


def _optional_str(path: str, obj: dict[str, Any], *keys: str) -> None:
    for key in keys:
        if obj.get(key) is not None:
            expect_type(f"{path}.{key}", obj[key], str)


def _str_list(path: str, value: Any, choices: tuple[str, ...] | None = None) -> None:
    expect_type(path, value, list)
    for i, entry in enumerate(value):
        if choices is None:
            expect_type(f"{path}[{i}]", entry, str)
        else:
            _one_of(f"{path}[{i}]", entry, choices)


def _one_of(path: str, value: Any, choices: tuple[str, ...]) -> None:
    """A string, one of ``choices``."""
    expect_type(path, value, str)
    if value not in choices:
        raise bad_value(path, value, choices)


def validate_tool_choice(path: str, value: Any) -> Any:
    """``tool_choice``: ``auto`` / ``none`` / ``required``, or an object naming a tool."""
    if isinstance(value, str):
        _one_of(path, value, ("auto", "none", "required"))
        return value
    expect_type(path, value, str, dict)
    return copy.deepcopy(value)


def validate_max_output_tokens(path: str, value: Any) -> Any:
    """``max_output_tokens``: an integer 1…4096, or ``"inf"``."""
    if value != "inf":
        expect_type(path, value, int)
        check_range(path, value, 1, 4096, integer=True)
    return value


def validate_tracing(path: str, value: Any) -> Any:
    """``tracing``: null, ``"auto"``, or ``{workflow_name, group_id, metadata}``."""
    if value is None or value == "auto":
        return value
    if isinstance(value, str):
        raise bad_value(path, value, ("auto",))
    expect_type(path, value, str, dict)
    check_keys(path, value, ("workflow_name", "group_id", "metadata"))
    _optional_str(path, value, "workflow_name", "group_id")
    if value.get("metadata") is not None:
        expect_type(f"{path}.metadata", value["metadata"], dict)
    return copy.deepcopy(value)


def _required_id(path: str, value: dict[str, Any]) -> None:
    """An object's ``id``: present, and a string."""
    if "id" not in value:
        raise missing_parameter(f"{path}.id")
    expect_type(f"{path}.id", value["id"], str)


def validate_prompt(path: str, value: Any) -> Any:
    """``prompt``: null, or a stored prompt ``{id, version, variables}`` (``id`` required)."""
    if value is None:
        return None
    expect_type(path, value, dict)
    check_keys(path, value, ("id", "version", "variables"))
    _required_id(path, value)
    _optional_str(path, value, "version")
    if value.get("variables") is not None:
        expect_type(f"{path}.variables", value["variables"], dict)
        for name, var in value["variables"].items():
            expect_type(f"{path}.variables.{name}", var, str, dict)
    return copy.deepcopy(value)


def validate_truncation(path: str, value: Any) -> Any:
    """``truncation``: ``auto`` / ``disabled``, or ``{type: retention_ratio, retention_ratio,
    token_limits}``."""
    if isinstance(value, str):
        _one_of(path, value, ("auto", "disabled"))
        return value
    expect_type(path, value, str, dict)
    check_keys(path, value, ("type", "retention_ratio", "token_limits"))
    required_type(path, value, ("retention_ratio",))
    if "retention_ratio" not in value:
        raise missing_parameter(f"{path}.retention_ratio")
    expect_type(f"{path}.retention_ratio", value["retention_ratio"], int, float)
    check_range(f"{path}.retention_ratio", value["retention_ratio"], 0.0, 1.0)
    limits = value.get("token_limits")
    if limits is not None:
        expect_type(f"{path}.token_limits", limits, dict)
        check_keys(f"{path}.token_limits", limits, ("post_instructions",))
        if limits.get("post_instructions") is not None:
            expect_type(f"{path}.token_limits.post_instructions", limits["post_instructions"], int)
            check_range(
                f"{path}.token_limits.post_instructions",
                limits["post_instructions"],
                0,
                None,
                integer=True,
            )
    return copy.deepcopy(value)


def validate_include(path: str, value: Any) -> Any:
    """``include``: null or a list of ``item.input_audio_transcription.logprobs``."""
    if value is None:
        return None
    _str_list(path, value, INCLUDE_VALUES)
    return list(value)


def validate_reasoning(path: str, value: Any) -> Any:
    """``reasoning``: ``{effort}`` (one of :data:`REASONING_EFFORTS`)."""
    expect_type(path, value, dict)
    check_keys(path, value, ("effort",))
    if value.get("effort") is not None:
        _one_of(f"{path}.effort", value["effort"], REASONING_EFFORTS)
    return copy.deepcopy(value)


def validate_voice(path: str, voice: Any) -> Any:
    """A built-in voice name, or a custom voice ``{"id": "voice_…"}``."""
    expect_type(path, voice, str, dict)
    if isinstance(voice, str):
        if voice not in BUILT_IN_VOICES:
            # the real server's refusal of a voice it does not offer
            raise bad_value(path, voice, BUILT_IN_VOICES)
        return voice
    check_keys(path, voice, ("id",))
    _required_id(path, voice)
    return copy.deepcopy(voice)


def validate_transcription(path: str, value: Any) -> Any:
    """``audio.input.transcription``: null or ``{model, language, prompt, …}``, typed."""
    if value is None:
        return None
    expect_type(path, value, dict)
    check_keys(path, value, ("model", "language", "prompt", "delay", "keywords", "languages"))
    _optional_str(path, value, "model", "language", "prompt")
    if value.get("model") == "gpt-realtime-whisper" and value.get("prompt"):
        # GA reference: "Prompt is not supported with gpt-realtime-whisper in GA Realtime sessions"
        raise bad_value(f"{path}.prompt", value["prompt"], ("null, with gpt-realtime-whisper",))
    if value.get("delay") is not None:
        _one_of(f"{path}.delay", value["delay"], REASONING_EFFORTS)
    for key in ("keywords", "languages"):
        if value.get(key) is not None:
            _str_list(f"{path}.{key}", value[key])
    return copy.deepcopy(value)


def validate_noise_reduction(path: str, value: Any) -> Any:
    """``audio.input.noise_reduction``: null or ``{type: near_field | far_field, strength}``."""
    if value is None:
        return None
    expect_type(path, value, dict)
    check_keys(path, value, ("type", "strength"))
    if value.get("type") not in ("near_field", "far_field"):
        raise bad_value(f"{path}.type", value.get("type"), ("near_field", "far_field"))
    if value.get("strength") is not None:
        expect_type(f"{path}.strength", value["strength"], int, float)
    return copy.deepcopy(value)


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
                "turn_detection": dict(SERVER_VAD_DEFAULTS),
            },
            "output": {
                "format": {"type": "audio/pcm", "rate": 24000},
                "voice": "alloy",
                "speed": 1.0,
            },
        },
        "include": None,
    }


def _parallel_tool_calls(path: str, value: Any) -> Any:
    expect_type(path, value, bool)
    return value


# the checks of session fields that are the same in session.update and response.create
SESSION_FIELD_CHECKS = {
    "tool_choice": validate_tool_choice,
    "max_output_tokens": validate_max_output_tokens,
    "tracing": validate_tracing,
    "prompt": validate_prompt,
    "truncation": validate_truncation,
    "include": validate_include,
    "reasoning": validate_reasoning,
    "parallel_tool_calls": _parallel_tool_calls,
}


def apply_session_update(current: dict[str, Any], patch: Any) -> dict[str, Any]:
    """Validate a ``session.update`` payload and return the merged session.

    Raises :class:`ProtocolError` like the real server (the session is left unchanged):
    ``session.type`` is required and must be ``"realtime"``; unknown keys are refused
    (``unknown_parameter``), read-only keys echoed back from ``session.created`` are
    ignored; nested objects are merged key by key into the current session.
    """
    if patch is None:
        raise missing_parameter("session")
    expect_type("session", patch, dict)
    for key in patch:
        if key not in _SESSION_KEYS and key not in _SESSION_READONLY_KEYS:
            raise unknown_parameter(f"session.{key}")
    if "type" not in patch:
        raise missing_parameter("session.type")
    if patch["type"] != "realtime":
        raise bad_value("session.type", patch["type"], ("realtime",))
    new = copy.deepcopy(current)
    for key, value in patch.items():
        if key in _SESSION_READONLY_KEYS or key in ("type", "audio"):
            continue
        path = f"session.{key}"
        if key == "output_modalities":
            value = validate_output_modalities(path, value)
        elif key == "instructions" or key == "model":
            expect_type(path, value, str)
        elif key == "tools":
            value = validate_tools(path, value)
        elif key in SESSION_FIELD_CHECKS:
            value = SESSION_FIELD_CHECKS[key](path, value)
        new[key] = copy.deepcopy(value)
    if "audio" in patch:
        audio = patch["audio"]
        expect_type("session.audio", audio, dict)
        check_keys("session.audio", audio, ("input", "output"))
        if "input" in audio:
            inp = audio["input"]
            expect_type("session.audio.input", inp, dict)
            check_keys(
                "session.audio.input",
                inp,
                ("format", "transcription", "noise_reduction", "turn_detection"),
            )
            target = new["audio"]["input"]
            if "format" in inp:
                target["format"] = validate_format("session.audio.input.format", inp["format"])
            if "turn_detection" in inp:
                target["turn_detection"] = validate_turn_detection(
                    "session.audio.input.turn_detection", inp["turn_detection"]
                )
            if "noise_reduction" in inp:
                target["noise_reduction"] = validate_noise_reduction(
                    "session.audio.input.noise_reduction", inp["noise_reduction"]
                )
            if "transcription" in inp:
                target["transcription"] = validate_transcription(
                    "session.audio.input.transcription", inp["transcription"]
                )
        if "output" in audio:
            out = audio["output"]
            expect_type("session.audio.output", out, dict)
            check_keys("session.audio.output", out, ("format", "voice", "speed"))
            target = new["audio"]["output"]
            if "format" in out:
                target["format"] = validate_format("session.audio.output.format", out["format"])
            if "voice" in out:
                target["voice"] = validate_voice("session.audio.output.voice", out["voice"])
            if "speed" in out:
                expect_type("session.audio.output.speed", out["speed"], int, float)
                check_range("session.audio.output.speed", out["speed"], 0.25, 1.5)
                target["speed"] = out["speed"]
    return new
