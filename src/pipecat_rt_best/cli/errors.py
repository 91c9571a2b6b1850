"""User mistakes on the command line: one actionable line and a non-zero exit, no traceback.

A subcommand raises :class:`CliError` with the line to print; ``pipecat-rt-best`` prints
``pipecat-rt-best <command>: error: <line>`` to stderr and exits with ``exit_code`` (2).
Logging is set up here too: INFO by default (``--log-level``), secrets redacted.
"""

from __future__ import annotations

import logging
import sys

from loguru import logger

from pipecat_rt_best.base.redaction import install_redaction

__all__ = ["LOG_LEVELS", "CliError", "setup_logging"]

LOG_LEVELS = ("TRACE", "DEBUG", "INFO", "SUCCESS", "WARNING", "ERROR", "CRITICAL")


class CliError(Exception):
    """A mistake the user can fix; ``str(error)`` says how, in one line."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def setup_logging(level: str = "INFO") -> None:
    """loguru to stderr at ``level``; stdlib logging at the same level (at least INFO for
    libraries unless DEBUG was asked for); every line redacted of secrets."""
    install_redaction()
    logger.remove()
    logger.add(sys.stderr, level=level)
    std = logging.getLevelName("DEBUG" if level in ("TRACE", "DEBUG") else "WARNING")
    logging.basicConfig(level=std)  # a no-op if the host (a test runner) set handlers
    logging.getLogger().setLevel(std)
