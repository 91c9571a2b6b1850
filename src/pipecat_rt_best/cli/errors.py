"""User mistakes on the command line: one actionable line and a non-zero exit, no traceback.

A subcommand raises :class:`CliError` with the line to print; ``pipecat-rt-best`` prints
``pipecat-rt-best <command>: error: <line>`` to stderr and exits with ``exit_code`` (2).
The parsers are :class:`OneLineArgumentParser`: argparse's own refusals (a typo in a
choice, a missing value) are that one line too, without argparse's usage block, and a
typo in a choice names the closest one. Logging is set up here too: INFO by default
(``--log-level``), secrets redacted.
"""

from __future__ import annotations

import argparse
import difflib
import errno
import logging
import os
import socket
import sys
from pathlib import Path
from typing import Any, NoReturn

from pipecat_rt_best.base.redaction import log_only_to_stderr, redact

__all__ = [
    "LOG_LEVELS",
    "CliError",
    "OneLineArgumentParser",
    "RedactingFormatter",
    "check_out_folder",
    "check_port",
    "listen_error",
    "setup_logging",
    "text_streams_take_any_text",
]

LOG_LEVELS = ("TRACE", "DEBUG", "INFO", "SUCCESS", "WARNING", "ERROR", "CRITICAL")


class CliError(Exception):
    """A mistake the user can fix; ``str(error)`` says how, in one line."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def check_port(port: int) -> None:
    """``--port`` as a server takes it: 0 (a free port) to 65535."""
    if not 0 <= port <= 65535:
        raise CliError(f"--port must be 0-65535 (0 picks a free port), not {port}")


# asyncio's create_server on Python 3.13+: every address it tried was not this machine's
# (EADDRNOTAVAIL, each skipped as "family not enabled"), raised with no errno
_NO_ADDRESS_BOUND = "could not bind on any address out of"


def listen_error(
    host: str, port: int, exc: BaseException, port_hint: str = "pass another --port"
) -> CliError:
    """The one line for a server that cannot listen on ``host:port``: a ``--host`` that does
    not resolve or is not this machine's says so (not "the port is in use"); anything else
    (the port in use, not allowed) ends with ``port_hint``."""
    why = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    if isinstance(exc, (socket.gaierror, UnicodeError)):  # UnicodeError: an IDNA label
        problem = "is not a name this machine can resolve"
    elif isinstance(exc, OSError) and (
        exc.errno == errno.EADDRNOTAVAIL or str(exc).startswith(_NO_ADDRESS_BOUND)
    ):
        problem = "is not an address of this machine"
    else:
        return CliError(f"cannot listen on {host}:{port} ({why}): {port_hint}")
    return CliError(
        f"cannot listen on {host}:{port} ({why}): --host {host} {problem}; pass one of its "
        "addresses (127.0.0.1 for this machine only, 0.0.0.0 for every interface)"
    )


def check_out_folder(out: Path, flag: str = "--out") -> None:
    """An output folder this process can write (made if missing): refused before the work,
    not after it."""
    if out.exists() and not out.is_dir():
        raise CliError(f"{flag} {out} is a file, not a folder: pass a folder (made if missing)")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(
            f"{flag} {out}: cannot make the folder ({exc.strerror or exc}): pass a folder "
            "you can write to"
        ) from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise CliError(f"{flag} {out}: the folder is not writable: pass one you can write to")


class OneLineArgumentParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose refusals are one line: ``<prog>: error: <what> (see
    <prog> --help)``, exit 2, no usage block; ``invalid choice: 'txt'`` adds ``did you
    mean 'text'?`` when one choice is close. Its subparsers are of this class too."""

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        choices = action.choices
        if choices is None or value in choices:
            return
        names = [str(c) for c in choices]
        close = difflib.get_close_matches(str(value), names, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise argparse.ArgumentError(
            action,
            f"invalid choice: {value!r} (choose from {', '.join(map(repr, names))}){hint}",
        )

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


STDLIB_FORMAT = "%(asctime)s.%(msecs)03d | %(levelname)-8s | %(name)s - %(message)s"
"""stdlib logging's lines (uvicorn's, websockets') laid out as loguru's: time, level, source."""
STDLIB_DATEFMT = "%Y-%m-%d %H:%M:%S"


class RedactingFormatter(logging.Formatter):
    """A formatter whose whole output is redacted: the message is already (the record
    factory of :func:`~pipecat_rt_best.base.redaction.install_redaction`), but a traceback's
    text, an exception's message in it, is only formatted here."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def setup_logging(level: str = "INFO") -> None:
    """loguru to stderr at ``level``; stdlib logging at the same level (at least INFO for
    libraries unless DEBUG was asked for), each line with its time and level as loguru's;
    every line redacted of secrets, a traceback's too (without its frames' variables). At
    DEBUG and TRACE, which log the calls' content, a warning line says so first."""
    log_only_to_stderr(level)
    std = logging.getLevelName("DEBUG" if level in ("TRACE", "DEBUG") else "WARNING")
    root = logging.getLogger()
    if not root.handlers:  # else the host (a test runner) set its own: left as it is
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(RedactingFormatter(STDLIB_FORMAT, STDLIB_DATEFMT))
        root.addHandler(handler)
    root.setLevel(std)


def text_streams_take_any_text() -> None:
    """stdout and stderr in an encoding without Indic letters or "₹" (``PYTHONIOENCODING=cp1252``,
    a Windows redirect) write them as ``\\u`` escapes instead of ending the command in a
    ``UnicodeEncodeError`` traceback (``normalize``'s output, ``--help``'s choices, a sample
    bot's ``--offline`` report and logs)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None) or "utf-8"
        try:
            "₹अ".encode(encoding)
        except (UnicodeEncodeError, LookupError):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(errors="backslashreplace")
