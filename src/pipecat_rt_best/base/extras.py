"""Optional dependencies: which extra of the package brings each one.

A module that needs an extra imports it at the top as usual, inside
``try: … except ModuleNotFoundError as exc: raise missing_extra(exc, __name__) from None``;
the package faces (:mod:`pipecat_rt_best._lazy`) and the command line do the same for what
they load, so a base install meets one line naming the extra to install, not a bare
``No module named 'fastapi'``. Pure: no pipecat.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

__all__ = [
    "EXTRAS",
    "MissingExtraError",
    "exit_on_missing_extra",
    "extra_module",
    "missing_extra",
]

EXTRAS = {
    "aiortc": "bots",  # pipecat-ai[webrtc]: the browser bot's transport
    "azure": "azure",  # azure-cognitiveservices-speech
    "azure.identity": "entra",  # azure-identity: Microsoft Entra ID tokens (base.entra)
    "fastapi": "telephony",
    "starlette": "telephony",
    "uvicorn": "telephony",
    "multipart": "telephony",
    "prometheus_client": "telephony",
    "matplotlib": "bench",
    "tqdm": "bench",
}
"""Top-level module → the extra (``pipecat-rt-best[extra]``) that installs it; a dotted name is
a package inside a namespace package another extra shares (``azure.identity`` beside the Speech
SDK's ``azure.cognitiveservices``): the longest name a missing module is under decides."""


def extra_module(name: str) -> str | None:
    """The key of :data:`EXTRAS` the module ``name`` is under (the longest), if any."""
    parts = name.split(".")
    for i in range(len(parts), 0, -1):
        if ".".join(parts[:i]) in EXTRAS:
            return ".".join(parts[:i])
    return None


class MissingExtraError(ImportError):
    """An optional dependency is not installed; the message names the extra to install."""


def missing_extra(
    exc: ModuleNotFoundError, needed_by: str, *, extra: str | None = None
) -> ImportError:
    """``exc`` as a :class:`MissingExtraError` naming the extra that brings the module
    (``extra``: the one to name instead, which brings it too), or ``exc`` itself when the
    module is no extra's (a broken install, not a choice)."""
    top = extra_module(exc.name or "")
    if top is None:
        return exc
    extra = extra or EXTRAS[top]
    return MissingExtraError(
        f"{needed_by} needs {top}, which is not installed: pip install "
        f"'pipecat-rt-best[{extra}]' (in a clone: pip install -e '.[{extra}]')",
        name=exc.name,
    )


@contextlib.contextmanager
def exit_on_missing_extra(extra: str | None = None) -> Iterator[None]:
    """Around a script's imports and ``__main__``: an optional dependency left out ends it
    with one line naming the extra to install (``<script>: error: this script needs …``,
    exit 2), as the command line does, not a traceback. ``extra``: the one to name (the
    sample bots: ``bots``, which brings all they need); default: the module's own."""
    try:
        yield
    except ImportError as exc:
        # a module of the pack (MissingExtraError), Python's, or pipecat's ImportError
        # ("Missing module: ...") raised from it
        cause = exc.__cause__ if isinstance(exc.__cause__, ModuleNotFoundError) else exc
        missing = missing_extra(
            ModuleNotFoundError(str(cause), name=cause.name), "this script", extra=extra
        )
        if not isinstance(missing, MissingExtraError):
            raise  # a broken install, not an extra left out
        print(f"{Path(sys.argv[0]).name}: error: {missing}", file=sys.stderr)
        sys.exit(2)
