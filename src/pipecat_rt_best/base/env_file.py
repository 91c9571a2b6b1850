"""``.env`` for the pack's commands and sample bots (pure: python-dotenv only).

pipecat's development runner reads ``.env`` when it is imported, which a sample bot does only
after it has checked its backend settings; the pack's commands never import it. So both read
``.env`` first, through :func:`load_env_file`, and a key kept there is seen by every check.
"""

from __future__ import annotations

import codecs

__all__ = ["EnvFileError", "load_env_file"]


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
