"""Practice 2: interruption-aware truncation — the model's context holds what the caller heard.

* :class:`PlayoutClock` (pure): received / handed / confirmed audio per assistant item,
  and the truncation decisions that follow.
* :class:`PlayoutTracker`: place right after ``transport.output()``; reports what the
  transport wrote.
* :class:`PlayoutConfirmedFrame`: transport playout confirmations (``mark`` echoes).
* :class:`TruncationMixin`: the realtime service's side (already mixed into
  :class:`pipecat_rt_best.realtime.RealtimeLLMService`).
* :func:`heard_text` / :class:`WordTiming` / :class:`SpokenTextHeardFrame`: text modality.
"""

from pipecat_rt_best.interruption_truncation.clock import (
    ItemDecision,
    PlayoutClock,
    TruncationEvent,
    TruncationPlan,
)
from pipecat_rt_best.interruption_truncation.frames import (
    PlayoutConfirmedFrame,
    PlayoutProgressFrame,
    PlayoutSegmentFrame,
    SpokenTextHeardFrame,
    TruncationFrame,
    audio_frame_ms,
)
from pipecat_rt_best.interruption_truncation.heard_text import WordTiming, heard_text
from pipecat_rt_best.interruption_truncation.service_mixin import TruncationMixin, TruncationParams
from pipecat_rt_best.interruption_truncation.tracker import PlayoutTracker

__all__ = [
    "ItemDecision",
    "PlayoutClock",
    "PlayoutConfirmedFrame",
    "PlayoutProgressFrame",
    "PlayoutSegmentFrame",
    "PlayoutTracker",
    "SpokenTextHeardFrame",
    "TruncationEvent",
    "TruncationFrame",
    "TruncationMixin",
    "TruncationParams",
    "TruncationPlan",
    "WordTiming",
    "audio_frame_ms",
    "heard_text",
]
