"""The frames of interruption-aware truncation beyond the playout frames.

:class:`TruncationFrame` carries the :class:`~pipecat_rt_best.interruption_truncation.clock.TruncationEvent`
list of one interruption, pushed downstream for observers and loggers. The playout frames
the clock is fed with (segment, progress, confirmation) live in :mod:`pipecat_rt_best.base.frames`.

:class:`HeardTextSourceFrame` hands the
:class:`~pipecat_rt_best.interruption_truncation.processors.PlayoutTracker` after the output
transport what tells it whether the caller has heard a reply's text (:class:`HeardTextSource`;
the realtime service pushes it downstream right behind the ``StartFrame``): the tracker holds
each reply text frame the transport lets through until then, and drops one it says can never
be heard.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from pipecat.frames.frames import SystemFrame

from pipecat_rt_best.interruption_truncation.clock import TruncationEvent

__all__ = ["HEARD_AT", "HeardTextSource", "HeardTextSourceFrame", "TruncationFrame"]

HEARD_AT = "pipecat_rt_best.heard_at"
"""The ``Frame.metadata`` key of the tag a text frame's maker puts on it: what
:meth:`HeardTextSource.text_heard` reads to tell whether its words were heard (the realtime
service's: the item and where the frame's text ends in its transcript)."""


class HeardTextSource(Protocol):
    """What tells a :class:`PlayoutTracker` whether the caller has heard a reply's text."""

    def heard_timeline_ms(self) -> float | None:
        """The heard position on the output timeline, now (None: not known)."""
        ...

    def text_heard(self, tag: Any) -> bool:
        """Whether the words of a text frame tagged ``tag`` (its :data:`HEARD_AT`) were heard."""
        ...

    def text_lost(self, tag: Any) -> bool:
        """Whether the words of a text frame tagged ``tag`` can never be heard (their audio
        never comes: the session sending it was lost): the tracker drops the frame."""
        ...

    def heard_at_interruption(self) -> tuple[int, float] | None:
        """The latest ``InterruptionFrame`` this source passed on, as its id and the heard
        position when it did (None: none yet, or the position was not known). Until that frame
        reaches the tracker, the tracker lets no text go that was heard only after it."""
        ...


@dataclass
class TruncationFrame(SystemFrame):
    """Carries the :class:`TruncationEvent` list of one interruption."""

    events: list[TruncationEvent] = field(default_factory=list)


@dataclass
class HeardTextSourceFrame(SystemFrame):
    """Hands a ``PlayoutTracker`` downstream its :class:`HeardTextSource` (it consumes it)."""

    source: HeardTextSource | None = None
