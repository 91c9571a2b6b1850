"""Frames of the playout clock: what the transport wrote, what the far end played, what was cut.

The **output timeline** is the coordinate every playout frame uses: milliseconds of bot
audio the output transport has written since the pipeline started, counting each
``OutputAudioRawFrame`` it wrote at that frame's own rate (``len(audio) / (2 * channels *
sample_rate) * 1000``). It only grows; an interruption does not reset it (audio written
and then discarded by the far end on ``clear`` stays counted as written).

* :class:`PlayoutSegmentFrame` — pushed downstream by the realtime service right before
  the first audio of each assistant audio item. It travels through the output
  transport's audio queue in order with the audio.
* :class:`PlayoutProgressFrame` — pushed upstream by
  :class:`~pipecat_rt_best.interruption_truncation.tracker.PlayoutTracker` (placed right
  after ``transport.output()``): the output timeline position after each written chunk,
  and where each segment marker came out.
* :class:`PlayoutConfirmedFrame` — a transport's playout confirmation (Twilio/Telnyx
  ``mark`` echo, Plivo checkpoint): the far end has *played* the bot's audio up to
  ``played_ms`` on the output timeline. Emit it from the input side (e.g. a serializer's
  ``deserialize``) as soon as the confirmation arrives. A serializer that tags each
  ``mark`` with the output-timeline ms of the audio it has serialized so far (same
  counting rule as above) and turns the echo back into this frame is all that is needed.
  Echoes a provider sends back for audio it *discarded* (Twilio returns pending marks on
  ``clear``) must not be reported as played. Emit ``PlayoutConfirmedFrame(played_ms=0)``
  once when the media stream starts: it tells the service this transport confirms
  playout, so even the first reply is measured by confirmations (until the first real
  confirmation the heard position is then 0, never a guess). The realtime service
  consumes these frames.
* :class:`TruncationFrame` — what the model was told after an interruption (see
  :class:`TruncationEvent`), pushed downstream for observers and loggers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipecat.frames.frames import DataFrame, SystemFrame

from pipecat_rt_best.interruption_truncation.clock import (
    TruncationEvent,
    TruncationMethod,
    audio_frame_ms,
)
from pipecat_rt_best.interruption_truncation.heard_text import WordTiming

__all__ = [
    "PlayoutConfirmedFrame",
    "PlayoutProgressFrame",
    "PlayoutSegmentFrame",
    "SpokenTextHeardFrame",
    "TruncationEvent",
    "TruncationFrame",
    "TruncationMethod",
    "audio_frame_ms",
]


@dataclass
class PlayoutSegmentFrame(DataFrame):
    """Marks where an assistant audio segment starts in the bot's audio stream."""

    segment_id: str = ""


@dataclass
class PlayoutProgressFrame(SystemFrame):
    """The output transport has written bot audio up to ``timeline_ms``.

    With ``segment_id`` set, that segment's marker came out of the transport's queue
    at ``timeline_ms`` (its audio follows).
    """

    timeline_ms: float = 0.0
    segment_id: str | None = None


@dataclass
class PlayoutConfirmedFrame(SystemFrame):
    """The far end confirmed it has played the bot's audio up to ``played_ms`` (output timeline)."""

    played_ms: float = 0.0
    source: str = "mark"


@dataclass
class TruncationFrame(SystemFrame):
    """Carries the :class:`TruncationEvent` list of one interruption."""

    events: list[TruncationEvent] = field(default_factory=list)


@dataclass
class SpokenTextHeardFrame(SystemFrame):
    """Text modality: how much of an assistant text reply the caller heard.

    Pushed upstream to the realtime service by whatever speaks the text (the TTS
    service) when the bot is interrupted: the full text it was given for the item, the
    TTS word timings (offsets from the start of that text's audio) and the heard
    position in that audio. The service replaces the item with the heard words.
    ``item_id`` may be left empty: the service then uses its latest assistant text item.
    """

    text: str = ""
    words: list[WordTiming] = field(default_factory=list)
    heard_ms: float = 0.0
    item_id: str | None = None
