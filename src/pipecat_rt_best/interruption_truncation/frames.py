"""The frame that reports a truncation: what the model was told after an interruption.

:class:`TruncationFrame` carries the :class:`~pipecat_rt_best.interruption_truncation.clock.TruncationEvent`
list of one interruption, pushed downstream for observers and loggers. The playout frames
the clock is fed with (segment, progress, confirmation) live in :mod:`pipecat_rt_best.base.frames`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipecat.frames.frames import SystemFrame

from pipecat_rt_best.interruption_truncation.clock import TruncationEvent

__all__ = ["TruncationFrame"]


@dataclass
class TruncationFrame(SystemFrame):
    """Carries the :class:`TruncationEvent` list of one interruption."""

    events: list[TruncationEvent] = field(default_factory=list)
