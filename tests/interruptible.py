"""Start CLI children that take SIGINT as Ctrl-C, whatever the test run inherited."""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Callable


def interruptible() -> None:
    """``preexec_fn`` for a child that is stopped with SIGINT.

    A shell runs background jobs (a CI script started with ``&``) with SIGINT ignored,
    children inherit that, and Python then never raises KeyboardInterrupt.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def ctrl_c_once_running(
    cmd: list[str], running: Callable[[str], bool], env: dict[str, str], settle_s: float = 0.5
) -> tuple[int, str, str]:
    """Run ``cmd``, press Ctrl-C (SIGINT) ``settle_s`` after a line of its output satisfies
    ``running``; its exit code and the rest of its stdout and stderr. Killed if it is still
    running 30 s after the Ctrl-C (the test then fails on the exit code)."""
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        preexec_fn=interruptible,
    )  # fmt: skip
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if running(line):
                break
        time.sleep(settle_s)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc.returncode, out, err
