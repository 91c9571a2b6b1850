"""Where a results file came from: one stamp that every bench writer puts in what it writes.

:func:`stamp` gathers, at the moment a bench writes its results: the UTC date and time, the
checkout's ``git describe --always --dirty`` (see :func:`git_describe`: rewritten results
files do not count as dirt), the CPU model and count, the load average (1, 5 and 15 min), the
installed pipecat-ai version and the exact command (``python -m <module> <args>``). A JSON
writer stores the dict under ``"provenance"``; a markdown or text writer appends
:func:`markdown` / :func:`text_lines`. A value that cannot be found is ``"unknown"``, never
an error: a bench run outside a git checkout still writes its results.
"""

from __future__ import annotations

import os
import platform
import shlex
import subprocess
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

__all__ = ["RESULTS_PATHS", "git_describe", "markdown", "stamp", "text_lines"]

ROOT = Path(__file__).resolve().parents[1]
UNKNOWN = "unknown"
# the files benches write into the tree: their being rewritten does not make the code "dirty"
RESULTS_PATHS = ("bench/*/results/", "bench/telephony/results.md")


def _run(cmd: Sequence[str], cwd: Path) -> str | None:
    try:
        done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def _is_results(path: str) -> bool:
    parts = path.split("/")
    return path == "bench/telephony/results.md" or (
        len(parts) > 3 and parts[0] == "bench" and "results" in parts[2:-1]
    )


def git_describe(root: Path = ROOT) -> str:
    """``git describe --always --dirty`` of ``root``, except that a change to a results file
    (:data:`RESULTS_PATHS`: what a bench, maybe an earlier one of the same batch, has just
    written) does not count: ``-dirty`` means the code or docs differ from the commit."""
    described = _run(["git", "describe", "--always"], root)
    if described is None:
        return UNKNOWN
    head = described.strip()
    status = _run(["git", "status", "--porcelain", "--untracked-files=no"], root)
    if status is None:
        return head
    # "XY path" (or "XY old -> new"); X or Y may be a space
    changed = [line[3:].split(" -> ")[-1] for line in status.splitlines() if len(line) > 3]
    return head + ("-dirty" if any(not _is_results(p) for p in changed) else "")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or UNKNOWN


def _pipecat_version() -> str:
    try:
        return metadata.version("pipecat-ai")
    except metadata.PackageNotFoundError:
        return UNKNOWN


def stamp(module: str, argv: Sequence[str] | None = None) -> dict[str, Any]:
    """The provenance of a results file written now by ``python -m module`` run with
    ``argv`` (default ``sys.argv[1:]``): ``utc``, ``git``, ``cpu_model``, ``cpu_count``,
    ``load_average`` (1/5/15 min, or None), ``pipecat_ai``, ``python``, ``command``."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        load: list[float] | None = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        load = None
    return {
        "utc": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
        "git": git_describe(),
        "cpu_model": _cpu_model(),
        "cpu_count": os.cpu_count(),
        "load_average": load,
        "pipecat_ai": _pipecat_version(),
        "python": platform.python_version(),
        "command": shlex.join(["python", "-m", module, *args]),
    }


def text_lines(prov: dict[str, Any]) -> list[str]:
    """``prov`` as plain lines (``produced: …``, ``machine: …``, ``command: …``)."""
    load = prov.get("load_average")
    shown = " / ".join(f"{x:.2f}" for x in load) if load else UNKNOWN
    return [
        f"produced: {prov['utc']} at {prov['git']}",
        f"machine: {prov['cpu_model']} × {prov['cpu_count']} CPUs, load average {shown} "
        f"(1/5/15 min), pipecat-ai {prov['pipecat_ai']}, Python {prov['python']}",
        f"command: {prov['command']}",
    ]


def markdown(prov: dict[str, Any]) -> str:
    """``prov`` as a short markdown section, for the end of a results ``.md``."""
    a, b, c = text_lines(prov)
    a = a.replace(f"at {prov['git']}", f"at `{prov['git']}`")
    c = c.replace(prov["command"], f"`{prov['command']}`")
    return f"## Provenance\n\n- {a}\n- {b}\n- {c}\n"
