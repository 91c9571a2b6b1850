"""Start CLI children that take SIGINT as Ctrl-C, whatever the test run inherited."""

from __future__ import annotations

import signal


def interruptible() -> None:
    """``preexec_fn`` for a child that is stopped with SIGINT.

    A shell runs background jobs (a CI script started with ``&``) with SIGINT ignored,
    children inherit that, and Python then never raises KeyboardInterrupt.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)
