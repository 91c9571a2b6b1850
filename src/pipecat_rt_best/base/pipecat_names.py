"""Which pipecat the pack runs on, and whether the pipecat names a code path needs are there.

Pure (no pipecat import): the pack's adapters call :func:`missing_pipecat_names` at
construction for the private pipecat names a rare path (a mid-call reconnect) calls, so a
pipecat that renamed one fails when the service is built, naming :func:`pipecat_version`,
instead of raising ``AttributeError`` mid-call the first time that path runs.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Iterable


def pipecat_version() -> str:
    """The installed ``pipecat-ai`` distribution's version, or ``"(unknown version)"``."""
    try:
        return importlib.metadata.version("pipecat-ai")
    except importlib.metadata.PackageNotFoundError:
        return "(unknown version)"


def missing_pipecat_names(obj: object, names: Iterable[str]) -> list[str]:
    """Those of ``names`` that neither a pipecat class in ``obj``'s MRO defines (a method the
    pack overrides counts only if pipecat still has it) nor ``obj`` holds as an instance
    attribute (what pipecat's ``__init__`` set)."""
    pipecat_classes = [c for c in type(obj).__mro__ if c.__module__.partition(".")[0] == "pipecat"]
    held = vars(obj) if hasattr(obj, "__dict__") else {}
    return [
        name
        for name in names
        if name not in held and not any(name in vars(cls) for cls in pipecat_classes)
    ]
