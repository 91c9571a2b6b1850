"""``.env`` for the pack's commands and sample bots (pure: python-dotenv only).

pipecat's development runner reads ``.env`` when it is imported, which a sample bot does only
after it has checked its backend settings; the pack's commands never import it. So both read
``.env`` first, through :func:`load_env_file`, and a key kept there is seen by every check.
Then :func:`loopback_without_proxy`: the offline runs' clients reach their in-process servers
(the emulators, a local telephony server) directly, whatever proxy the environment sets.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import MutableMapping
from pathlib import Path

__all__ = ["EnvFileError", "load_env_file", "loopback_without_proxy"]

_LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
_PROXY_VARS = ("http_proxy", "https_proxy", "all_proxy")


class EnvFileError(ValueError):
    """``.env`` cannot be read as UTF-8 text; the message names the file and says what to do
    (never anything of its content: its values are keys)."""


def _not_utf8(path: str) -> str:
    """Why ``path`` is not UTF-8 text, in one line: UTF-16 (Notepad's "Unicode", Windows
    PowerShell's ``>``), or the line of the first byte UTF-8 cannot read."""
    with open(path, "rb") as f:
        data = f.read()
    fix = "save it as UTF-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return f"{path} is UTF-16 text (Notepad's 'Unicode', Windows PowerShell's >): {fix}"
    try:
        data.decode("utf-8")
        where = ""
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        where = f":{line}"
    return f"{path}{where}: not UTF-8 text (a value typed in another encoding?): {fix}"


def load_env_file() -> str | None:
    """Read ``.env`` (found from the working directory upwards) into the environment,
    without overriding what is already set; the path read, or None. A ``.env`` that is not
    UTF-8 text is an :class:`EnvFileError` (python-dotenv's own error is a traceback)."""
    from dotenv import find_dotenv, load_dotenv

    path = find_dotenv(usecwd=True)
    if not path:
        return None
    try:
        load_dotenv(path, override=False)
    except UnicodeDecodeError:
        raise EnvFileError(_not_utf8(path)) from None
    return str(path)


def load_env_file_or_exit() -> None:
    """:func:`load_env_file` for a script's start: a ``.env`` it cannot read ends the script
    with one line (``<script>: error: …``, exit 2), not a traceback."""
    try:
        load_env_file()
    except EnvFileError as exc:
        print(f"{Path(sys.argv[0]).name}: error: {exc}", file=sys.stderr)
        sys.exit(2)


def loopback_without_proxy(environ: MutableMapping[str, str] | None = None) -> None:
    """With a proxy set in ``environ`` (default ``os.environ``: ``http_proxy``, ``https_proxy``
    or ``all_proxy``, any case), add localhost, 127.0.0.1 and ::1 to ``no_proxy`` (the list
    urllib and websockets read: lowercase first, else ``NO_PROXY``'s). Loopback is not exempt
    by itself: a client of an offline run went to the proxy for its in-process emulator or
    server, which a proxy can never reach (``telephony-call``: "cannot call the in-process
    server", ``simulate``: a timeout). Hosts elsewhere still go through the proxy."""
    env = os.environ if environ is None else environ
    if not any(env.get(name) or env.get(name.upper()) for name in _PROXY_VARS):
        return
    current = env.get("no_proxy", env.get("NO_PROXY", ""))
    names = [n.strip() for n in current.split(",") if n.strip()]
    missing = [host for host in _LOOPBACK_HOSTS if host not in names]
    if missing:
        env["no_proxy"] = ",".join([*names, *missing])
