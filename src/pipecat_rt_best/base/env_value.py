"""Secrets and keys as read from the environment, pure logic.

``docker run --env-file`` (and Compose's ``env_file``) passes ``KEY="value"`` with its
quotes kept, where python-dotenv (the pack's own ``.env`` loader) removes them: the same
``.env`` then gives a key that fails every request. :func:`env_secret` reads a value the
way both give it. :func:`header_secret_problem` says why a key or token cannot go into an
HTTP header.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["env_secret", "header_secret_problem", "unquote_env_value"]

_QUOTES = ("'", '"')


def unquote_env_value(value: str) -> str:
    """``value`` without surrounding whitespace and, if it is then wrapped in one pair of
    matching quotes (``"…"`` or ``'…'``), without them and the whitespace inside them.
    Only one pair is removed; an unmatched quote is kept."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in _QUOTES:
        value = value[1:-1].strip()
    return value


def env_secret(env: Mapping[str, str], name: str) -> str:
    """``env[name]`` unquoted (see :func:`unquote_env_value`); unset is ``""``."""
    return unquote_env_value(env.get(name, ""))


def header_secret_problem(name: str, value: str, what: str = "key") -> str | None:
    """Why ``value``, the ``what`` in ``name``, cannot be sent in an HTTP header (whitespace, a
    control character, or anything else that is not printable ASCII: a typographic quote
    ``“…”`` pasted with it, a zero-width space), in one line that never shows it; None when it
    can. Such a value passed every check and then failed every connect, read as a network
    problem."""
    if all(33 <= ord(ch) < 127 for ch in value):
        return None
    kind = (
        "whitespace or a control character"
        if any(ch.isspace() or ord(ch) < 32 for ch in value)
        else "a character an HTTP header cannot carry (a typographic quote, a zero-width space)"
    )
    return f"{name} contains {kind} ({len(value)} characters, not shown): set the {what} alone"
