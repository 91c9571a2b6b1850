"""``.env`` for the pack's commands and sample bots (pure: python-dotenv only).

pipecat's development runner reads ``.env`` when it is imported, which a sample bot does only
after it has checked its backend settings; the pack's commands never import it. So both read
``.env`` first, through :func:`load_env_file`, and a key kept there is seen by every check.
"""

from __future__ import annotations

__all__ = ["load_env_file"]


def load_env_file() -> str | None:
    """Read ``.env`` (found from the working directory upwards) into the environment,
    without overriding what is already set; the path read, or None."""
    from dotenv import find_dotenv, load_dotenv

    path = find_dotenv(usecwd=True)
    if not path:
        return None
    load_dotenv(path, override=False)
    return str(path)
