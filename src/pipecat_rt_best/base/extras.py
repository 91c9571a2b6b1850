"""Optional dependencies: which extra of the package brings each one.

A module that needs an extra imports it at the top as usual, inside
``try: … except ModuleNotFoundError as exc: raise missing_extra(exc, __name__) from None``;
the package faces (:mod:`pipecat_rt_best._lazy`) and the command line do the same for what
they load, so a base install meets one line naming the extra to install, not a bare
``No module named 'fastapi'``. Pure: no pipecat.
"""

from __future__ import annotations

__all__ = ["EXTRAS", "MissingExtraError", "missing_extra"]

EXTRAS = {
    "azure": "azure",  # azure-cognitiveservices-speech
    "fastapi": "telephony",
    "starlette": "telephony",
    "uvicorn": "telephony",
    "multipart": "telephony",
    "prometheus_client": "telephony",
    "matplotlib": "bench",
    "tqdm": "bench",
}
"""Top-level module → the extra (``pipecat-rt-best[extra]``) that installs it."""


class MissingExtraError(ImportError):
    """An optional dependency is not installed; the message names the extra to install."""


def missing_extra(exc: ModuleNotFoundError, needed_by: str) -> ImportError:
    """``exc`` as a :class:`MissingExtraError` naming the extra that brings the module, or
    ``exc`` itself when the module is no extra's (a broken install, not a choice)."""
    top = (exc.name or "").split(".")[0]
    extra = EXTRAS.get(top)
    if extra is None:
        return exc
    return MissingExtraError(
        f"{needed_by} needs {top}, which is not installed: pip install "
        f"'pipecat-rt-best[{extra}]' (in a clone: pip install -e '.[{extra}]')",
        name=exc.name,
    )
