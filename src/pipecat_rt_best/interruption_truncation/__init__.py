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
* :class:`PlayoutTracker` (:mod:`.processors`): reports what the output transport wrote, and
  holds the reply's text until the caller heard it (the assistant aggregator's
  ``on_assistant_turn_stopped`` reports no unheard words).
* Playout frames (:mod:`pipecat_rt_best.base.frames`): the transport's playout confirmations
  (``mark`` echoes) and progress.
* :class:`TruncationMixin` / :class:`TruncationParams` (:mod:`.service`): the realtime service's side.
* Text modality: the TTS side reports word timings and the heard position
  (:class:`~pipecat_rt_best.base.frames.SpokenTextHeardFrame`); the item is replaced by the
  heard words (:func:`~pipecat_rt_best.base.word_timing.heard_text`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipecat_rt_best._lazy import lazy_face

if TYPE_CHECKING:  # the public names; lazy_face() reads this block
    from pipecat_rt_best.interruption_truncation.clock import (
        ItemDecision as ItemDecision,
        PlayoutClock as PlayoutClock,
        TruncationEvent as TruncationEvent,
        TruncationPlan as TruncationPlan,
    )
    from pipecat_rt_best.interruption_truncation.frames import TruncationFrame as TruncationFrame
    from pipecat_rt_best.interruption_truncation.processors import PlayoutTracker as PlayoutTracker
    from pipecat_rt_best.interruption_truncation.service import (
        TruncationMixin as TruncationMixin,
        TruncationParams as TruncationParams,
    )

if not TYPE_CHECKING:  # hidden from type checkers: they read the names above, and flag others
    __getattr__, __dir__ = lazy_face(__name__, __file__)
