"""Quiet logging for simulated calls (loguru only: set it up before pipecat is imported, and
pipecat's import banner stays out of the output too)."""

from __future__ import annotations

from loguru import logger

from pipecat_rt_best.base.redaction import log_to_stderr

# pipecat warnings that don't apply to a pipeline whose local VAD drives manual turns
EXPECTED_WARNINGS = ("is not emitting turn frames", "differs from the recommended default")


def quiet_logs(level: str = "WARNING") -> None:
    """Log to stderr at ``level`` and above, without the warnings listed above."""
    logger.remove()
    log_to_stderr(
        level, filter=lambda record: not any(w in record["message"] for w in EXPECTED_WARNINGS)
    )
