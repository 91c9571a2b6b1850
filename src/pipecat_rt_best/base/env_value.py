"""Secrets and keys as read from the environment, pure logic.

``docker run --env-file`` (and Compose's ``env_file``) passes ``KEY="value"`` with its
quotes kept, where python-dotenv (the pack's own ``.env`` loader) removes them: the same
``.env`` then gives a key that fails every request. :func:`env_secret` reads a value the
way both give it.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["env_secret", "unquote_env_value"]

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
