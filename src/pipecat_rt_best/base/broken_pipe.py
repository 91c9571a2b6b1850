"""Output piped into a reader that stops early (``… | head``): an ordinary end, not an error.

Python raises ``BrokenPipeError`` on the next write once the reader has gone, and again when
it flushes stdout at exit. The commands and sample scripts catch it where they run and call
:func:`stdout_closed` (the Python documentation's recipe, ``signal`` → "Note on SIGPIPE").
Pure: stdlib only.
"""

from __future__ import annotations

import os
import sys

__all__ = ["STDOUT_CLOSED_EXIT", "stdout_closed"]

STDOUT_CLOSED_EXIT = 141
"""The exit code of a filter that SIGPIPE ended (128 + 13), as ``yes | head`` reports ``yes``."""


def stdout_closed() -> int:
    """After a ``BrokenPipeError`` on stdout: the rest of the output goes to ``os.devnull``
    (so the flush at exit does not fail again with a traceback); returns
    :data:`STDOUT_CLOSED_EXIT`. Prints nothing: the reader asked for no more."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return STDOUT_CLOSED_EXIT
