"""loguru's ``LOGURU_*`` environment variables, made safe before loguru loads (pure: os, and
python-dotenv for ``.env``).

loguru reads ``LOGURU_LEVEL``, ``LOGURU_DIAGNOSE``, ... once, when it is first imported, and a
value it cannot read ends the import with a traceback. An env file copied from
``.env.example`` and passed as ``docker run --env-file`` (or Compose's ``env_file:``, systemd's
``EnvironmentFile=``, ``set -a; . .env``) sets every line it has, the empty ones to ``""``; and
a level is often written in lower case (``debug``). So :func:`tidy_loguru_env` (run when
``pipecat_rt_best`` is imported) takes an empty ``LOGURU_*`` value as unset and a level in any
case as that level; :func:`refused_loguru_env` (the command line, before its first import of
loguru) and :func:`loguru_env` (the sample scripts' first lines) turn a value loguru would still
refuse into one line (reading ``.env`` first, as the scripts read it anyway).
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path

from pipecat_rt_best.base.env_file import load_env_file_or_exit  # dotenv only when it runs

__all__ = ["LOGURU_LEVELS", "loguru_env", "refused_loguru_env", "tidy_loguru_env"]

LOGURU_LEVELS = ("TRACE", "DEBUG", "INFO", "SUCCESS", "WARNING", "ERROR", "CRITICAL")
"""loguru's own levels: the only ones ``LOGURU_LEVEL`` can name when loguru loads."""
_BOOLEANS = ("1", "true", "yes", "y", "ok", "on", "0", "false", "no", "n", "nok", "off")
"""What loguru reads as a boolean (any case)."""
_BOOLEAN_VARS = (
    "LOGURU_AUTOINIT",
    "LOGURU_COLORIZE",
    "LOGURU_SERIALIZE",
    "LOGURU_BACKTRACE",
    "LOGURU_DIAGNOSE",
    "LOGURU_ENQUEUE",
    "LOGURU_CATCH",
)


def tidy_loguru_env(environ: MutableMapping[str, str] | None = None) -> None:
    """An empty (or blank) ``LOGURU_*`` variable removed, so loguru uses its default as if it
    were unset; ``LOGURU_LEVEL`` naming one of :data:`LOGURU_LEVELS` in any case (``debug``,
    `` Info``) written as loguru spells it. Other values are left as they are.
    ``environ``: default ``os.environ``."""
    env = os.environ if environ is None else environ
    for name in [n for n in env if n.startswith("LOGURU_")]:
        if not env[name].strip():
            del env[name]
    level = env.get("LOGURU_LEVEL", "").strip().upper()
    if level in LOGURU_LEVELS:
        env["LOGURU_LEVEL"] = level


def refused_loguru_env(environ: MutableMapping[str, str] | None = None) -> str | None:
    """After :func:`tidy_loguru_env`: the one line saying which ``LOGURU_*`` value loguru would
    refuse when it loads (a level that is not one of :data:`LOGURU_LEVELS`, a boolean it cannot
    read), or None. That variable is removed, so loguru still loads (with its default)."""
    env = os.environ if environ is None else environ
    tidy_loguru_env(env)
    level = env.get("LOGURU_LEVEL")
    if level is not None and level not in LOGURU_LEVELS:
        del env["LOGURU_LEVEL"]
        return f"LOGURU_LEVEL={level!r} is not a log level: set one of {', '.join(LOGURU_LEVELS)}"
    for name in _BOOLEAN_VARS:
        value = env.get(name)
        if value is not None and value.lower() not in _BOOLEANS:
            del env[name]
            return f"{name}={value!r} is not a boolean: set it to YES or NO (or leave it empty)"
    return None


def loguru_env(**defaults: str) -> dict[str, str]:
    """For a script's first lines, before anything loads loguru:
    ``os.environ.update(loguru_env(LOGURU_LEVEL="WARNING"))``. ``.env`` read first
    (:func:`~pipecat_rt_best.base.env_file.load_env_file`: a ``LOGURU_*`` kept there counts
    as set, not overridden by a default, which ``.env`` would never override later);
    ``LOGURU_*`` tidied (:func:`tidy_loguru_env`), and a value loguru would refuse ends the
    script with one line (``<script>: error: …``, exit 2), not loguru's traceback; returns
    the ``defaults`` whose variable is unset (or was empty), to be set; a ``.env`` that cannot
    be read ends it the same way (the error names the file and what to do)."""
    load_env_file_or_exit()
    refused = refused_loguru_env()
    if refused is not None:
        print(f"{Path(sys.argv[0]).name}: error: {refused}", file=sys.stderr)
        sys.exit(2)
    return {name: value for name, value in defaults.items() if name not in os.environ}
