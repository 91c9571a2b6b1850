"""The pack's own pipecat frames, shared by every practice (the base layer).

G.711 audio straight through
----------------------------
Inside pipecat every processor reads ``frame.audio`` as PCM16, so
:class:`G711InputAudioFrame` / :class:`G711TTSAudioFrame` hold decoded 8 kHz PCM16 there
(what a VAD or recorder wants) and the original G.711 bytes in ``g711``, which the edges
(serializer, realtime service) forward as they are.

Playout: what the transport wrote, what the far end played
----------------------------------------------------------
The **output timeline** is the coordinate every playout frame uses: milliseconds of bot
speech the output transport has written since the pipeline started, counting each frame it
wrote that :func:`is_bot_speech_audio` accepts at that frame's own rate (``len(audio) / (2 *
channels * sample_rate) * 1000``). Audio the transport makes up itself — its mixer's output
while nothing is queued (silence, between sentences or while a reply stalls) — plays, but is
no part of any reply, so it does not count. The timeline only grows; an interruption does
not reset it (audio written and then discarded by the far end on ``clear`` stays counted as
written).

* :class:`PlayoutSegmentFrame` — pushed downstream by the realtime service right before
  the first audio of each assistant audio item. It travels through the output
  transport's audio queue in order with the audio.
* :class:`PlayoutProgressFrame` — pushed upstream by
  :class:`~pipecat_rt_best.interruption_truncation.processors.PlayoutTracker` (placed right
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

Errors
------
* :class:`RecoverableErrorFrame` — an ``ErrorFrame`` its processor recovers from by itself
  (a connection that dropped mid-request and that the next request opens again): reported
  like any error, never a reason to end the call.
* :class:`ModelErrorFrame` — an ``ErrorFrame`` the model itself reported for the call (an
  ``error`` event, a ``response.done`` whose status is ``failed``), with the API's error
  ``code`` from a small fixed set (:data:`MODEL_ERROR_CODES`, :func:`model_error_code`): what
  a call's end line and a metric label count.

Text modality
-------------
* :class:`SpokenTextHeardFrame` — what a TTS service tells the realtime service about an
  interrupted text reply: the words it spoke with their timings and how much was heard.
* :data:`HEARD_AT_CUT` — the ``InterruptionFrame``'s metadata key under which that TTS
  leaves the heard position (output timeline ms) its report used: a ``PlayoutTracker``
  after the output transport releases the cut reply's words up to it, not up to where the
  line has got by the time the interruption reaches it, so the context keeps what the
  model was told.
* :data:`WORD_AUDIO_SPAN` — a TTS's word ``TTSTextFrame``'s metadata key: a callable giving
  where the word is in its reply's audio, ``(segment_id, start_ms, end_ms)`` counted from the
  reply's :class:`PlayoutSegmentFrame`, or ``None`` while its end is not known (a
  spelled-out amount still being said). A ``PlayoutTracker`` after the output transport
  counts the word heard by it, by the rule the model's copy is cut by (half of it played),
  not by where its text came out of the transport (by the transport's clock, ahead of the
  audio written when the machine is loaded).
"""

from __future__ import annotations

from binascii import b2a_base64
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeGuard

from pipecat.frames.frames import (
    DataFrame,
    ErrorFrame,
    Frame,
    InputAudioRawFrame,
    OutputAudioRawFrame,
    SpeechOutputAudioRawFrame,
    SystemFrame,
    TTSAudioRawFrame,
)

from pipecat_rt_best.base.g711 import G711Law, decode_to_bytes
from pipecat_rt_best.base.word_timing import WordTiming

__all__ = [
    "HEARD_AT_CUT",
    "MODEL_ERROR_CODES",
    "WORD_AUDIO_SPAN",
    "G711InputAudioFrame",
    "G711Law",
    "G711TTSAudioFrame",
    "ModelErrorFrame",
    "PlayoutConfirmedFrame",
    "PlayoutProgressFrame",
    "PlayoutSegmentFrame",
    "RecoverableErrorFrame",
    "SpokenTextHeardFrame",
    "WordAudioSpan",
    "is_bot_speech_audio",
    "model_error_code",
]


HEARD_AT_CUT = "pipecat_rt_best.heard_at_cut"
"""``InterruptionFrame.metadata`` key: the heard output-timeline ms a TTS reported the cut at."""

WORD_AUDIO_SPAN = "pipecat_rt_best.word_audio_span"
"""``TTSTextFrame.metadata`` key: a :data:`WordAudioSpan`, the word's place in its reply's audio."""

WordAudioSpan = Callable[[], "tuple[str, float, float] | None"]
"""``(segment_id, start_ms, end_ms)`` from the reply's ``PlayoutSegmentFrame``, asked when it
is needed (None: the word's end is not known yet)."""


@dataclass
class G711InputAudioFrame(InputAudioRawFrame):
    """Caller audio from telephony: PCM16 8 kHz in ``audio``, the provider's bytes in ``g711``.

    A serializer that received ``g711`` as base64 text may attach that text
    (:meth:`attach_base64`); the realtime service then appends it as it is instead of
    encoding the bytes again (:meth:`g711_base64`). The text stays tied to the very
    ``g711`` object it was attached for: replace ``g711`` (or build a new frame with
    ``dataclasses.replace``) and the bytes are encoded afresh.
    """

    g711: bytes = field(default=b"", repr=False)
    law: G711Law = "ulaw"
    _base64: tuple[bytes, str] | None = field(default=None, init=False, repr=False, compare=False)

    @classmethod
    def from_line(
        cls, line: bytes, law: G711Law = "ulaw", sample_rate: int = 8000
    ) -> G711InputAudioFrame:
        """A frame for G.711 ``line`` bytes, with their decoded PCM16 copy in ``audio``."""
        return cls(
            audio=decode_to_bytes(line, law),
            sample_rate=sample_rate,
            num_channels=1,
            g711=line,
            law=law,
        )

    def attach_base64(self, text: str) -> None:
        """``text`` is exactly ``base64.b64encode(self.g711)`` (the caller guarantees it)."""
        self._base64 = (self.g711, text)

    def g711_base64(self) -> str:
        """Base64 of ``g711``: the attached text while it still applies, else encoded."""
        attached = self._base64
        if attached is not None and attached[0] is self.g711:
            return attached[1]
        return b2a_base64(self.g711, newline=False).decode("ascii")


@dataclass
class G711TTSAudioFrame(TTSAudioRawFrame):
    """Model audio in G.711: PCM16 8 kHz in ``audio``, the model's bytes in ``g711``."""

    g711: bytes = field(default=b"", repr=False)
    law: G711Law = "ulaw"


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
class RecoverableErrorFrame(ErrorFrame):
    """An error the processor that pushed it recovers from by itself: a working connection
    dropped mid-request, and the next request opens a new one. Its category stays what the
    failure was (``CONNECTIVITY`` for a dropped connection); the call goes on
    (:func:`~pipecat_rt_best.g711_passthrough.observer.bot_failure` never ends a call on it,
    unless the processor is no longer usable)."""


MODEL_ERROR_CODES: tuple[str, ...] = (
    "server_error",
    "rate_limit_exceeded",
    "insufficient_quota",
    "session_expired",
    "invalid_request_error",  # a type: the codes under it are many (invalid_value, …)
    "other",
)
"""The codes :class:`ModelErrorFrame` carries (a metric's bounded label set)."""


def model_error_code(code: str | None, kind: str | None = None) -> str:
    """The :data:`MODEL_ERROR_CODES` entry of an API error: its ``code`` if listed, else its
    ``type`` (``kind``) if listed, else ``other``."""
    for name in (code, kind):
        if name and name in MODEL_ERROR_CODES:
            return name
    return "other"


@dataclass
class ModelErrorFrame(ErrorFrame):
    """An error the model reported for this call (an ``error`` event, a failed response);
    ``code`` is one of :data:`MODEL_ERROR_CODES` (:func:`model_error_code`)."""

    code: str = "other"


@dataclass
class SpokenTextHeardFrame(SystemFrame):
    """Text modality: how much of an assistant text reply the caller heard.

    Pushed upstream to the realtime service by whatever speaks the text (the TTS
    service) when the bot is interrupted: the full text it was given for the item, the
    TTS word timings (offsets from the start of that text's audio) and the heard
    position in that audio. The service replaces the item with the heard words.
    ``item_id`` may be left empty: the service then finds the item still in play whose text
    this is (or its start); a report that matches no item — speech the model did not
    write, such as an app's ``TTSSpeakFrame`` — is ignored. ``unspoken``: ``(start, end)``
    character spans of ``text`` that were never said (a sentence the TTS engine refused or
    failed to finish): the item keeps none of them, even before words that were heard
    (:func:`~pipecat_rt_best.base.word_timing.heard_text`). Such a report also comes
    without an interruption, once the reply has played to its end (``heard_ms`` its whole
    audio), so the item holds what was said.
    """

    text: str = ""
    words: list[WordTiming] = field(default_factory=list)
    heard_ms: float = 0.0
    item_id: str | None = None
    unspoken: list[tuple[int, int]] = field(default_factory=list)


def is_bot_speech_audio(frame: Frame) -> TypeGuard[OutputAudioRawFrame]:
    """Whether a frame the output transport wrote counts on the output timeline.

    The frames pipecat's output transport itself takes for the bot speaking: a TTS
    service's or realtime model's ``TTSAudioRawFrame`` and a ``SpeechOutputAudioRawFrame``.
    The transport re-chunks them into frames of the same type; what it makes up on its own
    — its mixer's output while its queue is empty, DTMF tones — is a plain
    ``OutputAudioRawFrame``.
    """
    return isinstance(frame, (TTSAudioRawFrame, SpeechOutputAudioRawFrame))
