"""Field checks for client events, raising the real server's error codes and wording.

Every helper raises (or returns) a :class:`~.events.ProtocolError` shaped like the GA
server's ``invalid_request_error``: the code, a message worded like the real one, and
``param`` — the dotted path of the offending field (``session.audio.input.format.type``).
"""

from __future__ import annotations

from typing import Any

from pipecat_rt_best.testing.realtime_emulator.events import ProtocolError


def quote_list(values: list[str] | tuple[str, ...]) -> str:
    """``'a'``, ``'a' and 'b'``, ``'a', 'b', and 'c'`` — the real server's way of listing values."""
    quoted = [f"'{v}'" for v in values]
    if len(quoted) <= 1:
        return "".join(quoted)
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + f", and {quoted[-1]}"


def unknown_parameter(path: str) -> ProtocolError:
    """A key the GA schema does not have (the real server refuses, it does not ignore)."""
    return ProtocolError("unknown_parameter", f"Unknown parameter: '{path}'.", path)


def missing_parameter(path: str) -> ProtocolError:
    """A required key is absent."""
    return ProtocolError(
        "missing_required_parameter", f"Missing required parameter: '{path}'.", path
    )


def bad_value(path: str, value: Any, supported: tuple[str, ...] | list[str]) -> ProtocolError:
    """A value outside an enum, listing the supported ones like the real server."""
    return ProtocolError(
        "invalid_value",
        f"Invalid value: '{value}'. Supported values are: {quote_list(list(supported))}.",
        path,
    )


def required_type(path: str, obj: dict[str, Any], supported: tuple[str, ...] | list[str]) -> str:
    """``obj["type"]``, the discriminator of a typed object: required, one of ``supported``."""
    otype = obj.get("type")
    if otype is None:
        raise missing_parameter(f"{path}.type")
    if otype not in supported:
        raise bad_value(f"{path}.type", otype, supported)
    return otype


# how the real server names the expected JSON type in ``invalid_type`` messages
_TYPE_NAMES = {
    str: "a string",
    int: "an integer",
    float: "a decimal",
    bool: "a boolean",
    dict: "an object",
    list: "an array",
}


def json_type(value: Any) -> str:
    """The JSON type of ``value`` as the real server words it ("an integer", "null" …)."""
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


def bad_type(path: str, value: Any, expected: str) -> ProtocolError:
    """A value of the wrong JSON type (``invalid_type``)."""
    return ProtocolError(
        "invalid_type",
        f"Invalid type for '{path}': expected {expected}, but got {json_type(value)} instead.",
        path,
    )


def expect_type(path: str, value: Any, *types: type) -> None:
    """Raise ``invalid_type`` unless ``value`` has one of ``types`` (JSON booleans are not numbers)."""
    ok = any(
        isinstance(value, t) and not (t in (int, float) and isinstance(value, bool)) for t in types
    )
    if not ok:
        raise bad_type(path, value, " or ".join(_TYPE_NAMES.get(t, t.__name__) for t in types))


def check_max_length(path: str, value: str, limit: int) -> None:
    """Raise ``string_above_max_length`` for a string longer than ``limit`` characters."""
    if len(value) > limit:
        raise ProtocolError(
            "string_above_max_length",
            f"Invalid '{path}': string too long. Expected a string with maximum length "
            f"{limit}, but got a string with length {len(value)} instead.",
            path,
        )


def check_keys(path: str, obj: dict[str, Any], allowed: set[str] | tuple[str, ...]) -> None:
    """Raise ``unknown_parameter`` for the first key of ``obj`` not in ``allowed``."""
    for key in obj:
        if key not in allowed:
            raise unknown_parameter(f"{path}.{key}")


def check_range(
    path: str, value: float, lo: float | None = None, hi: float | None = None, integer: bool = False
) -> None:
    """Raise ``{integer,decimal}_{below_min,above_max}_value`` for a number out of range."""
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
