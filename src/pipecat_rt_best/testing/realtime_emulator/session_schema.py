"""What a GA Realtime session accepts: the session object, its defaults, and ``session.update``.

:func:`default_session` is the session the emulator announces in ``session.created``;
:func:`apply_session_update` validates a ``session.update`` payload field by field and
merges it, refusing what the real server refuses (unknown keys, wrong types, values out
of range or outside an enum) with the same codes and messages (see :mod:`.validation`).
"""

from __future__ import annotations

import copy
import time
from typing import Any

from pipecat_rt_best.testing.realtime_emulator import audio as audio_mod
from pipecat_rt_best.testing.realtime_emulator.events import ProtocolError, new_id
from pipecat_rt_best.testing.realtime_emulator.validation import (
    bad_value,
    check_keys,
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


def validate_tools(path: str, tools: Any) -> list[Any]:
    """``tools``: a list of ``function`` (name required) or ``mcp`` tools."""
    expect_type(path, tools, list)
    for i, tool in enumerate(tools):
        p = f"{path}[{i}]"
        expect_type(p, tool, dict)
        ttype = required_type(p, tool, ("function", "mcp"))
        if ttype == "function":
            check_keys(p, tool, ("type", "name", "description", "parameters"))
            if "name" not in tool:
                raise missing_parameter(f"{p}.name")
            expect_type(f"{p}.name", tool["name"], str)
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
        elif key == "tool_choice":
            if isinstance(value, str):
                if value not in ("auto", "none", "required"):
                    raise bad_value(path, value, ("auto", "none", "required"))
            else:
                expect_type(path, value, str, dict)
        elif key == "max_output_tokens" and value != "inf":
            expect_type(path, value, int)
            check_range(path, value, 1, 4096, integer=True)
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
                nr = inp["noise_reduction"]
                if nr is not None:
                    path = "session.audio.input.noise_reduction"
                    expect_type(path, nr, dict)
                    check_keys(path, nr, ("type", "strength"))
                    if nr.get("type") not in ("near_field", "far_field"):
                        raise bad_value(f"{path}.type", nr.get("type"), ("near_field", "far_field"))
                target["noise_reduction"] = copy.deepcopy(nr)
            if "transcription" in inp:
                tr = inp["transcription"]
                if tr is not None:
                    path = "session.audio.input.transcription"
                    expect_type(path, tr, dict)
                    check_keys(path, tr, ("model", "language", "prompt"))
                target["transcription"] = copy.deepcopy(tr)
        if "output" in audio:
            out = audio["output"]
            expect_type("session.audio.output", out, dict)
            check_keys("session.audio.output", out, ("format", "voice", "speed"))
            target = new["audio"]["output"]
            if "format" in out:
                target["format"] = validate_format("session.audio.output.format", out["format"])
            if "voice" in out:
                voice = out["voice"]
                expect_type("session.audio.output.voice", voice, str, dict)
                if isinstance(voice, str) and voice not in BUILT_IN_VOICES:
                    # the real server's refusal of a voice it does not offer
                    raise bad_value("session.audio.output.voice", voice, BUILT_IN_VOICES)
                target["voice"] = copy.deepcopy(voice)
            if "speed" in out:
                expect_type("session.audio.output.speed", out["speed"], int, float)
                check_range("session.audio.output.speed", out["speed"], 0.25, 1.5)
                target["speed"] = out["speed"]
    return new
