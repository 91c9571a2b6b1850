"""Practice 2: interruption-aware truncation — the model's context holds what the caller heard.

Wiring (the pack's ``RealtimeLLMService`` already has the service side mixed in)::

    llm = RealtimeLLMService(
        ...,
        # telephony with mark echoes (the pack's passthrough serializers): nothing
        # counts as heard before the far end confirms it
        truncation=TruncationParams(playout_confirmations=True),
        # telephony without marks: declare the far end's worst delay instead, e.g.
        # TruncationParams(playout_delay_ms=250)
    )
    pipeline = Pipeline([
        transport.input(), user_aggregator, llm,
        transport.output(),
        PlayoutTracker(),          # right after the output transport
        assistant_aggregator,
    ])

On a barge-in the service cancels the running response (only if one runs), truncates
each assistant item at the heard position (clamped to the audio received, so never an
invalid truncate), deletes items nobody heard, drops audio still arriving for them, and
reports a :class:`TruncationEvent` (``on_truncation`` event handler, loguru, and a
:class:`TruncationFrame` downstream). Without the tracker it falls back to the wall clock
since the bot started speaking.

* :class:`PlayoutClock` (pure): received / handed / confirmed audio per assistant item,
  and the truncation decisions that follow.
* :class:`PlayoutTracker`: reports what the output transport wrote.
* :class:`PlayoutConfirmedFrame`: transport playout confirmations (``mark`` echoes).
* :class:`TruncationMixin` / :class:`TruncationParams`: the realtime service's side.
* :func:`heard_text` / :class:`WordTiming` / :class:`SpokenTextHeardFrame`: text modality
  (the TTS side reports word timings and the heard position; the item is replaced).
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
