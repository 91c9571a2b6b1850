"""``TruncationMixin``: after an interruption the model's context holds what the caller heard.

Mixed into the pack's realtime service (before pipecat's class; it only overrides
pipecat's own methods and calls them through ``super()``). On an interruption it:

1. computes, at that instant, the heard position of every assistant item still in play
   from the :class:`~pipecat_rt_best.interruption_truncation.clock.PlayoutClock`;
2. sends ``response.cancel`` if a response is running (once — never for a response that
   is not running, or twice for the same one) and the server will not cancel it by itself:
   at the server's own speech start, with server turn detection (``server_vad`` /
   ``semantic_vad``) and ``interrupt_response`` on (its default), the server cancels it and
   refuses a client cancel on top (``response_cancel_not_active``), so none is sent then;
   an interruption the app raises (a DTMF key, a handover), manual turns (``turn_detection``
   null) or ``interrupt_response`` false send it;
3. per item: ``conversation.item.truncate`` at the heard ms (clamped to the audio the
   server sent, so the server never rejects it), ``conversation.item.delete`` when
   nothing of it was heard, nothing when it was heard in full;
4. drops what of the interrupted items/response arrives afterwards — the server streams
   on until it reads the cancel, a network round trip: audio, transcript and text deltas
   (else a TTS speaks them, or the context records them as said) — and deletes items of
   the cancelled response that only show up afterwards, opening no reply for them; a
   function call of the cancelled response whose arguments complete afterwards is not run
   (the caller cut in to stop it: "no wait, don't transfer me") and its item is deleted,
   so the conversation holds no call without an output;
5. logs each decision, calls the ``on_truncation`` event handler with a
   :class:`~pipecat_rt_best.interruption_truncation.clock.TruncationEvent`, and pushes a
   :class:`~pipecat_rt_best.interruption_truncation.frames.TruncationFrame` downstream.

pipecat's output transport drops its queued audio and clears the far end's buffer when
the ``InterruptionFrame`` reaches it (websocket telephony serializers send ``clear``).

Text modality: :meth:`replace_with_heard_text` (or a ``SpokenTextHeardFrame`` pushed
upstream by the TTS side) deletes the assistant text item and recreates it, in the
same place, with the words the caller heard.

After a mid-call reconnect (:mod:`pipecat_rt_best.realtime.reconnect`) the old session's
items are forgotten: no truncate, delete or ``previous_item_id`` names them on the new
session. A text reply the TTS was still speaking when the session was lost is created again
on the new session (:meth:`TruncationMixin._carry_over_to_new_session`, picked by
:func:`~.carry_over.items_to_carry_over`), so a barge-in there replaces it with the heard
words as before, and without one the model keeps the reply it spoke. An audio reply the
caller was hearing is created there as text too, as far as the audio received before the drop
(which still plays out) says it: its transcript, kept per item, cut to that audio at the call's
measured speech rate (:func:`~.carry_over.audio_items_to_carry_over`); that audio stays on the
playout clock under the new item, and a barge-in on it replaces the item with the part the
heard ms say (:meth:`TruncationMixin._cut_carried_audio`).

The call's own context (pipecat's ``LLMContext``, which the assistant aggregator after the output
transport writes, a reconnect restores the model from and apps read) holds what the caller heard
too. In audio modality the reply's text there is its transcript, which the server sends well
ahead of the audio: the output transport lets each transcript delta through once the audio
received before it is written, seconds before the caller hears its words, and the aggregator
commits what came through at the interruption. Right behind the ``InterruptionFrame`` the
service sends the aggregator an ``LLMMessagesTransformFrame`` that cuts that message to the
heard part of each item (the transcript cut at the heard ms, as a reconnect cuts a reply it
carries over; :func:`_keep_heard_reply`): none of it when nothing was heard. In text modality
the output transport lets a TTS's words through as their audio is written, ahead of the line's
jitter buffer: the first heard-text report after a barge-in cuts the message to the words the
model kept, the same way. A reconnect that closes out a reply the lost session was still sending
cuts the context's copy the same way, to what the audio received before the drop says
(:meth:`TruncationMixin._keep_received_in_context`: what the new session is given of it). A
reply of several items has a space put between them in the text it sends on (pipecat joins
them as they come).

The aggregator's ``on_assistant_turn_stopped`` fires at the interruption with what came through,
before any transform: a ``PlayoutTracker`` after the output transport holds the reply's text
until it was heard. The service hands it this service (a ``HeardTextSourceFrame`` right behind
the ``StartFrame``), tags each transcript delta's ``TTSTextFrame`` with its item and where it
ends in the item's transcript (``HEARD_AT``), and answers :meth:`TruncationMixin.text_heard` by
the playout clock, cutting the transcript as a barge-in does. The items of a reply a reconnect
closed out are remembered as received (:meth:`TruncationMixin._keep_received_in_context`), past
the service forgetting them: their text is heard by the clock under the carried item their
audio plays as, and what the received audio never says can never be
(:meth:`TruncationMixin.text_lost`): the tracker drops it, and the event reports the reply cut
as the context is.
"""

from __future__ import annotations

import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import partial
from typing import Any, TypeVar

from loguru import logger
from pipecat.frames.frames import (
    BotStartedSpeakingFrame,
    Frame,
    InterruptionFrame,
    LLMMessagesTransformFrame,
    StartFrame,
    TTSStoppedFrame,
    TTSTextFrame,
)
from pipecat.processors.frame_processor import FrameDirection
from pipecat.services.openai.realtime import events

from pipecat_rt_best.base.audio_format import PCM24
from pipecat_rt_best.base.frames import (
    PlayoutConfirmedFrame,
    PlayoutProgressFrame,
    PlayoutSegmentFrame,
    SpokenTextHeardFrame,
)
from pipecat_rt_best.base.word_timing import WordTiming, heard_text
from pipecat_rt_best.interruption_truncation.carry_over import (
    AudioItem,
    CallSpeechRate,
    TextItem,
    audio_items_to_carry_over,
    items_to_carry_over,
    speech_rate,
    spoken_part,
    spoken_parts,
    spoken_through,
)
from pipecat_rt_best.interruption_truncation.clock import (
    NO_ECHO_S,
    PlayoutClock,
    TruncationEvent,
    TruncationPlan,
)
from pipecat_rt_best.interruption_truncation.frames import (
    HEARD_AT,
    HeardTextSourceFrame,
    TruncationFrame,
)

__all__ = ["TruncationMixin", "TruncationParams"]

_BOUNDED = 512


@dataclass(frozen=True)
class TruncationParams:
    """How the heard position is estimated.

    ``playout_delay_ms``: how long the far end holds audio before playing it, used only
    when the transport does not confirm playout. 0 for transports that play as they
    write; for telephony without ``mark`` confirmations, the largest delay of the far
    end's jitter buffer plus the link (e.g. 250), or the estimate runs ahead of what was
    heard. ``max_extrapolation_ms``: how far past the last playout confirmation the clock
    may run on real time alone. 0 (the default) is the safe choice: on a busy event loop a
    mark echo can arrive late, after the sender stalled and the far end ran dry, and
    extrapolating then tells the model about audio the far end is still re-buffering
    (``bench/truncation/README.md``, busy loop: 18 of 500 barge-ins told more than was
    heard at 250, none at 0). On a loop that is never late, 250 gains ~2 ms of median
    accuracy. ``wallclock_margin_ms``: without a ``PlayoutTracker``, how much to hold back
    for the output chunk that may still be playing (pipecat's default chunk is 40 ms).
    ``playout_confirmations``: the transport confirms playout (mark echoes) — count nothing
    as heard until it does, even before its first ``PlayoutConfirmedFrame`` (the same as that
    transport sending ``PlayoutConfirmedFrame(played_ms=0)`` when the stream starts). A line
    that never echoes (marks dropped on the way) is taken, once audio went out unconfirmed for
    :data:`~.clock.NO_ECHO_S`, to have played what was written that long before (a warning says
    so), rather than nothing all call long.
    """

    playout_delay_ms: float = 0.0
    max_extrapolation_ms: float = 0.0
    wallclock_margin_ms: float = 40.0
    playout_confirmations: bool = False

    def __post_init__(self) -> None:
        for name in ("playout_delay_ms", "max_extrapolation_ms", "wallclock_margin_ms"):
            value = getattr(self, name)  # "not >= 0" refuses nan too
            if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
                raise ValueError(f"TruncationParams.{name} must be a number >= 0, not {value!r}")
        if not isinstance(self.playout_confirmations, bool):
            raise TypeError(
                "TruncationParams.playout_confirmations must be True or False, "
                f"not {self.playout_confirmations!r}"
            )


def _b64_len(data: str) -> int:
    """Decoded length of a base64 string, without decoding it."""
    n = len(data)
    if n == 0:
        return 0
    pad = 2 if data.endswith("==") else 1 if data.endswith("=") else 0
    return n * 3 // 4 - pad


def _spoken_as(item_text: str, said: str, *, rewritten: bool = False) -> bool:
    """Whether a TTS's heard-text report ``said`` is about the item written as ``item_text``.

    The report is the reply as the TTS was given it, so far: the item's text or its start
    (the model may still be writing), or — a reply spoken as one that the server split in
    items — running on past it. Whitespace never counts (a sentence splitter rejoins
    sentences with one space). With ``rewritten``, a processor between the model and the
    TTS (the pack's ``IndicNumberNormalizer``) may have rewritten numbers: word by word,
    every stretch where the two differ must hold a digit on the model's side (one word
    either side of it allowed: ``Rs 500``, ``9.5% p.a.``), a stretch right after one across
    a word or two that agree being the same number going on (``₹1.5 लाख`` → ``एक लाख पचास
    हज़ार रुपये``), and at least one word must agree; the report may stop early or run past
    the item as above. Other text — an app's ``TTSSpeakFrame`` — is not the item's.
    """
    item, spoken = "".join(item_text.split()), "".join(said.split())
    if not item or not spoken:
        return False
    if item.startswith(spoken) or spoken.startswith(item):
        return True
    if not rewritten:
        return False
    a, b = item_text.split(), said.split()
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    if not any(op == "equal" for op, *_ in ops):
        return False

    def near_a_digit(i1: int, i2: int) -> bool:
        return any(any(c.isnumeric() for c in w) for w in a[max(0, i1 - 1) : i2 + 1])

    # each differing stretch must be a rewritten number; one that goes on past a word or two
    # agreeing by chance is the same number (the scale word of "₹1.5 लाख" → "एक लाख पचास
    # हज़ार रुपये" lines up with the spoken one)
    number: tuple[int, int] | None = None  # the last stretch that was a number
    for n, (op, i1, i2, _j1, _j2) in enumerate(ops):
        if op == "equal":
            continue
        if n == len(ops) - 1 and op in ("delete", "insert"):
            break  # the report stopped early, or ran on past the item
        gap = ops[n - 1][2] - ops[n - 1][1] if n and ops[n - 1][0] == "equal" else 0
        if number is not None and number[1] + gap == i1 and gap <= 2:
            i1 = number[0]  # the number before goes on
        if not near_a_digit(i1, i2):
            return False
        number = (i1, i2)
    return True


def _message_text(message: Mapping[str, Any]) -> str:
    """A context message's text (its text parts joined when its content is a list)."""
    content = message.get("content")
    if isinstance(content, list):
        return " ".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return content if isinstance(content, str) else ""


def _keep_heard_reply(parts: Sequence[tuple[str, str]], messages: list[Any]) -> list[Any]:
    """``messages`` (a context's) with the last one, the reply a barge-in cut as the assistant
    aggregator committed it, cut to what the caller heard of it.

    ``parts``: the cut reply's items in play at the barge-in, in order, each as (its transcript
    so far, the part of it heard). The aggregator commits what the output transport let through
    of their transcripts since its last commit, which runs ahead of the audio. The last message
    is that reply when it is an assistant message whose text (whitespace aside) starts the
    items' transcripts from one of them on: it becomes their heard parts, one space apart, or
    goes when none was heard — unless it holds no more than them. Any other last message (a
    reply none of whose words came through leaves an earlier one there) stays as it is."""
    if not messages:
        return messages
    last = messages[-1]
    if not isinstance(last, dict) or last.get("role") != "assistant":
        return messages
    content = last.get("content")
    said = "".join(content.split()) if isinstance(content, str) else ""
    if not said:
        return messages
    for first in range(len(parts)):
        written = "".join("".join(transcript.split()) for transcript, _ in parts[first:])
        if not written.startswith(said):
            continue
        heard = " ".join(h.strip() for _, h in parts[first:] if h.strip())
        if len("".join(heard.split())) >= len(said):
            return messages  # the caller heard all it says
        return [*messages[:-1], {**last, "content": heard}] if heard else messages[:-1]
    return messages


_V = TypeVar("_V")


class _BoundedMap(OrderedDict[str, _V]):
    """By id, the latest :data:`_BOUNDED` kept (the oldest dropped: a long call's ids)."""

    def put(self, key: str, value: _V) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > _BOUNDED:
            self.popitem(last=False)


class _Bounded(_BoundedMap[str]):
    def put(self, key: str, value: str = "") -> None:
        super().put(key, value)


class _BoundedMs(_BoundedMap[float]):
    def add(self, key: str, ms: float) -> None:
        self.put(key, self.get(key, 0.0) + ms)


class TruncationMixin:
    """Interruption-aware truncation for pipecat's realtime service (see module doc)."""

    # Attributes of pipecat's OpenAIRealtimeLLMService used here (declared for mypy).
    _current_audio_response: Any
    _response_active: bool
    _results_awaiting_response: bool
    _messages_added_manually: dict[str, bool]
    _pending_function_calls: dict[str, Any]

    def __init__(self, *args: Any, truncation: TruncationParams | None = None, **kwargs: Any):
        if truncation is not None and not isinstance(truncation, TruncationParams):
            raise TypeError(
                f"truncation= takes a TruncationParams(...), not a {type(truncation).__name__}"
            )
        super().__init__(*args, **kwargs)
        params = truncation or TruncationParams()
        self.truncation_params = params
        self.playout_clock = PlayoutClock(
            playout_delay_ms=params.playout_delay_ms,
            max_extrapolation_ms=params.max_extrapolation_ms,
            wallclock_margin_ms=params.wallclock_margin_ms,
        )
        self.truncation_now: Callable[[], float] = time.monotonic
        if params.playout_confirmations:
            self.playout_clock.on_confirmed(0.0, self.truncation_now())
        self.truncations: list[TruncationEvent] = []
        self._pending_plan: TruncationPlan | None = None
        self._closed_items = _Bounded()
        self._closed_responses = _Bounded()
        self._cancel_sent = False
        self._cancel_before_created = False
        self._warned_no_echo = False
        self._server_speech_started = False  # inside the server's own speech-start handling
        self._rt_response_id: str | None = None
        self._item_prev = _Bounded()  # conversation order: item id -> previous item id
        self._deleted_items = _Bounded()  # assistant items this client deleted
        self._last_assistant_item: str | None = None
        # the model's assistant items in order (id -> response id), and (text modality) their
        # text, so a TTS's heard-text report finds the item it spoke
        self._assistant_items = _Bounded()
        self._item_text = _Bounded()
        # (audio modality) each assistant item's transcript so far, the audio received of it,
        # the items the server completed, and the call's speech rate measured on those: a
        # reconnect mid-reply gives the new session the part of the reply the audio says
        self._item_transcript = _Bounded()
        self._item_audio_ms = _BoundedMs()
        self._complete_items = _Bounded()
        self.speech_rate = CallSpeechRate()
        # audio items carried to a new session as text (new id -> the old item and the rate its
        # cut was made at), until a barge-in cuts them to what was heard; and the old ids they
        # replace on the playout clock (old -> new), until the move to the new session is done
        self._carried_audio: dict[str, tuple[AudioItem, float]] = {}
        self._carried_renames: dict[str, str] = {}
        # (audio modality) the items of a reply whose session was lost while it came (old id ->
        # the item as its audio was received, and the rate its cut is made at): the tracker's
        # text_heard / text_lost questions about their transcript deltas, which stay in the
        # pipeline after the service forgot the items; and the carried item each one's audio
        # plays under on the playout clock (old id -> new id)
        self._lost_audio: _BoundedMap[tuple[AudioItem, float]] = _BoundedMap()
        self._plays_as = _Bounded()
        # (audio modality) the items of the reply a barge-in cut, as (transcript, heard part),
        # until the InterruptionFrame has gone on to the assistant aggregator: the context's copy
        # of the reply is then cut to the heard part (_keep_heard_reply)
        self._heard_reply: list[tuple[str, str]] = []
        # (text modality) an interruption went on to the TTS: its first heard-text report is
        # the reply the assistant aggregator is committing
        self._text_reply_cut = False
        # the response whose text (or transcript) went on last, and whether it ended a word
        self._text_tail: tuple[str, bool] | None = None
        # (audio modality) the tag of the transcript delta going on now: its item and where
        # the delta ends in the item's transcript (the PlayoutTracker's text_heard question)
        self._transcript_tag: tuple[str, int] | None = None
        # the latest InterruptionFrame that went on, and the heard position when it did
        self._interruption_heard: tuple[int, float] | None = None
        self._register_event_handler("on_truncation")  # type: ignore[attr-defined]

    # -- frames ------------------------------------------------------------------------

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        now = self.truncation_now()
        if isinstance(frame, PlayoutProgressFrame):
            if frame.segment_id is not None:
                self.playout_clock.on_segment_marker(frame.segment_id, frame.timeline_ms, now)
            else:
                self.playout_clock.on_handed(frame.timeline_ms, now)
            return  # consumed: it was addressed to this service
        if isinstance(frame, SpokenTextHeardFrame):
            await self._handle_spoken_text_heard(frame)
            return
        if isinstance(frame, PlayoutConfirmedFrame):
            self.playout_clock.on_confirmed(frame.played_ms, now)
            return  # consumed: confirmations are addressed to this service
        if isinstance(frame, BotStartedSpeakingFrame):
            self.playout_clock.on_bot_started(now)
        if isinstance(frame, InterruptionFrame) and direction == FrameDirection.DOWNSTREAM:
            heard = self.heard_timeline_ms()
            self._interruption_heard = None if heard is None else (frame.id, heard)
        await super().process_frame(frame, direction)  # type: ignore[misc]
        if isinstance(frame, StartFrame):
            # a PlayoutTracker after the output transport holds the reply's text until the
            # caller heard it, by this service's playout clock
            await self.push_frame(HeardTextSourceFrame(source=self))
        if isinstance(frame, InterruptionFrame):
            self._text_reply_cut = True
            if self._heard_reply:
                # right behind the interruption, at which the assistant aggregator commits the
                # transcript the output transport let through (ahead of the audio)
                parts, self._heard_reply = self._heard_reply, []
                await self._keep_heard_in_context(parts)

    async def _keep_heard_in_context(self, parts: Sequence[tuple[str, str]]) -> None:
        """Cut the assistant aggregator's copy of the reply a barge-in cut to the heard part
        (:func:`_keep_heard_reply`); pushed behind the ``InterruptionFrame``, which it follows
        to the aggregator (through a TTS and the output transport, in order)."""
        transform = partial(_keep_heard_reply, list(parts))
        await self.push_frame(LLMMessagesTransformFrame(transform=transform))

    async def push_frame(
        self, frame: Frame, direction: FrameDirection = FrameDirection.DOWNSTREAM
    ) -> None:
        if isinstance(frame, TTSStoppedFrame) and direction == FrameDirection.DOWNSTREAM:
            self.playout_clock.on_tts_stopped()
        if (
            self._transcript_tag is not None
            and isinstance(frame, TTSTextFrame)
            and direction == FrameDirection.DOWNSTREAM
        ):
            frame.metadata[HEARD_AT] = self._transcript_tag
        await super().push_frame(frame, direction)  # type: ignore[misc]

    async def _handle_bot_stopped_speaking(self) -> None:
        self.playout_clock.on_bot_stopped(self.truncation_now())
        await super()._handle_bot_stopped_speaking()  # type: ignore[misc]

    def heard_timeline_ms(self) -> float | None:
        """What the caller has heard, now, as a position on the output timeline (None without
        a ``PlayoutTracker``): the playout clock's estimate, from the line's confirmations
        (mark echoes) when it has them. In text modality a TTS after this service lays the
        replies on that timeline; give it this method (``AzureSpeechTTSService``'s
        ``playout_source``) so a barge-in tells the model what the same line played, as in
        audio modality."""
        return self.playout_clock.heard_timeline_ms(self.truncation_now())

    def text_heard(self, tag: Any) -> bool:
        """Whether the caller has heard, now, the transcript text of a frame this service tagged
        (``tag``: its item and where its text ends in the item's transcript): the item's
        transcript cut at its heard ms by the playout clock, as a barge-in would cut it
        (:meth:`_heard_parts`), reaches that far. An item the clock let go played out; an item
        it does not know of (not this service's, or one forgotten before it went on) is taken
        as heard; one a barge-in cut as not (what was heard of it went on before). An item of a
        reply whose session was lost while it came (:meth:`_keep_received_in_context`) is
        answered the same way under the carried item its audio plays as, never past what its
        received audio says (:meth:`text_lost`)."""
        item_id, end = tag
        if item_id in self._lost_audio:
            return self._lost_text_heard(item_id, end)
        transcript = self._item_transcript.get(item_id)
        if transcript is None:
            return True
        if item_id in self._closed_items:
            return False
        d = self.playout_clock.item_decision(item_id, self.truncation_now())
        if d is None or d.action == "keep":
            return True  # played out (the clock let it go), or heard in full
        item = self._audio_item(item_id, self._assistant_items.get(item_id, ""))
        rate = speech_rate(item, self.speech_rate.chars_per_ms())[0]
        return spoken_through(transcript, end, d.heard_ms, rate)

    def heard_at_interruption(self) -> tuple[int, float] | None:
        """The latest ``InterruptionFrame`` this service passed on (its id) and the heard
        position (:meth:`heard_timeline_ms`) when it did. A TTS after this service reads the
        heard position at the cut later, so no earlier; the ``PlayoutTracker`` lets no text go
        past this one while the frame travels to it (a TTS stopping its synthesis first: the
        line plays on meanwhile, and the context kept words the model was not told of)."""
        return self._interruption_heard

    def text_lost(self, tag: Any) -> bool:
        """Whether the transcript text of a frame this service tagged can never be heard: its
        item's session was lost while the reply came, and its text reaches past what the audio
        received before the drop says (:func:`~.carry_over.spoken_part`, the cut the context
        and the new session get): that audio never comes. The ``PlayoutTracker`` drops it."""
        item_id, end = tag
        lost = self._lost_audio.get(item_id)
        if lost is None:
            return False
        was, rate = lost
        return not spoken_through(was.transcript, end, was.audio_ms, rate)

    def _lost_text_heard(self, item_id: str, end: int) -> bool:
        """:meth:`text_heard` for an item of a reply whose session was lost: by the playout
        clock, under the id its received audio plays as (the old one until the move to the new
        session is done, then the carried item's), as far as that audio says."""
        if self.text_lost((item_id, end)):
            return False
        ids = [item_id]
        while ids[-1] in self._plays_as:  # a second reconnect carried it again
            ids.append(self._plays_as[ids[-1]])
        if any(i in self._closed_items for i in ids):
            return False  # a barge-in cut it: what was heard of it went on before
        now = self.truncation_now()
        decisions = (self.playout_clock.item_decision(i, now) for i in reversed(ids))
        d = next((d for d in decisions if d is not None), None)
        if d is None or d.action == "keep":
            return True  # played out (the clock let it go), or heard in full
        was, rate = self._lost_audio[item_id]
        return spoken_through(was.transcript, end, d.heard_ms, rate)

    # -- interruption ------------------------------------------------------------------

    async def _handle_interruption(self) -> None:
        # Decide at the instant of the interruption, before anything is sent.
        self._pending_plan = self.playout_clock.plan(self.truncation_now())
        try:
            await super()._handle_interruption()  # type: ignore[misc]
        finally:
            self._pending_plan = None

    async def _handle_evt_speech_started(self, evt: Any) -> None:
        # the server's own speech start: with its turn detection it cancels the response itself
        self._server_speech_started = True
        try:
            await super()._handle_evt_speech_started(evt)  # type: ignore[misc]
        finally:
            self._server_speech_started = False

    async def _truncate_current_audio_response(self) -> None:
        plan = self._pending_plan or self.playout_clock.plan(self.truncation_now())
        self._pending_plan = None
        if self.playout_clock.echoes_missing and not self._warned_no_echo:
            self._warned_no_echo = True
            logger.warning(
                f"{self}: the line has echoed no playout mark {NO_ECHO_S:g} s after the bot's "
                f"audio went out (marks dropped on the way?): the caller is taken to have heard "
                f"what was written {NO_ECHO_S:g} s before each barge-in"
            )
        self._current_audio_response = None
        server_cancels = self._server_speech_started and self._server_cancels()
        if self._response_active and not self._cancel_sent and not server_cancels:
            # an interruption the app raised (a DTMF key, a handover) cancels it here
            await self.send_client_event(events.ResponseCancelEvent())
        elif self._response_active and server_cancels:
            # the server is cancelling it: pipecat's own InterruptionFrame for the same speech
            # start comes before its response.done and must not send a cancel it refuses
            # (response_cancel_not_active)
            self._cancel_sent = True
        if self._response_active:
            if self._rt_response_id is not None:
                self._closed_responses.put(self._rt_response_id)
            else:
                self._cancel_before_created = True
        heard_reply = self._heard_parts(plan)
        if heard_reply:
            self._heard_reply = heard_reply
        out: list[TruncationEvent] = []
        for d in plan.decisions:
            self._closed_items.put(d.item_id, d.response_id)
            if d.item_id in self._carried_audio:
                carried = await self._cut_carried_audio(d, plan.method)
                out.extend([carried] if carried is not None else [])
                continue
            if d.action == "keep":
                continue
            try:
                if d.action == "delete":
                    await self.send_client_event(
                        events.ConversationItemDeleteEvent(item_id=d.item_id)
                    )
                    self._deleted_items.put(d.item_id)
                else:
                    await self.send_client_event(
                        events.ConversationItemTruncateEvent(
                            item_id=d.item_id,
                            content_index=d.content_index,
                            audio_end_ms=d.audio_end_ms,
                        )
                    )
            except Exception as exc:  # the socket may be gone; the call goes on
                logger.warning(f"{self}: {d.action} of {d.item_id} failed (non-fatal): {exc}")
                continue
            out.append(
                TruncationEvent(
                    item_id=d.item_id,
                    action=d.action,
                    method=plan.method,
                    heard_ms=d.heard_ms,
                    received_ms=d.received_ms,
                    audio_end_ms=d.audio_end_ms,
                    response_id=d.response_id,
                    content_index=d.content_index,
                )
            )
        self.playout_clock.reset()
        self._carried_audio.clear()  # their audio is off the clock too
        await self._report(out)

    def _heard_parts(self, plan: TruncationPlan) -> list[tuple[str, str]]:
        """(transcript so far, heard part) of each item of the responses ``plan`` decides on,
        in order: an item it decides on cut at the heard ms at the item's speech rate
        (:func:`~.carry_over.spoken_part`, as a reconnect cuts a reply it carries), whole when
        heard in full; an earlier item of those responses that played out (the playout clock
        has let it go) whole. [] when no item has a transcript (text modality: a TTS reports
        what it said)."""
        rate = self.speech_rate.chars_per_ms()
        decided = {d.item_id: d for d in plan.decisions}
        responses = {d.response_id for d in plan.decisions}
        parts = []
        for item_id, rid in self._assistant_items.items():
            d = decided.get(item_id)
            if d is None and (rid not in responses or item_id in self._closed_items):
                continue
            item = self._audio_item(item_id, rid)
            if d is None or d.action == "keep":
                heard = item.transcript
            else:
                heard = spoken_part(item.transcript, d.heard_ms, speech_rate(item, rate)[0])
            parts.append((item.transcript, heard))
        return parts if any(transcript for transcript, _ in parts) else []

    async def _cut_carried_audio(self, d: Any, method: Any) -> TruncationEvent | None:
        """A barge-in on audio the lost session sent, carried to the new one as text: its
        text item is replaced by the part of the old transcript the heard ms say (at the rate
        the carried cut was made at), in place, or deleted when nothing was heard; kept when
        the caller heard all it holds."""
        old, rate = self._carried_audio.pop(d.item_id)
        heard = spoken_part(old.transcript, d.heard_ms, rate)
        if d.action == "keep" or heard == self._item_text.get(d.item_id):
            return None
        prev = self._previous_of(d.item_id)
        try:
            await self.send_client_event(events.ConversationItemDeleteEvent(item_id=d.item_id))
            self._deleted_items.put(d.item_id)
            if heard:
                new_id = await self._create_assistant_text(heard, previous_item_id=prev)
                if self._last_assistant_item == d.item_id:
                    self._last_assistant_item = new_id
        except Exception as exc:  # the socket may be gone; the call goes on
            logger.warning(f"{self}: replacing {d.item_id} failed (non-fatal): {exc}")
            return None
        return TruncationEvent(
            item_id=d.item_id,
            action="replace" if heard else "delete",
            method=method,
            heard_ms=d.heard_ms,
            received_ms=d.received_ms,
            audio_end_ms=d.audio_end_ms if heard else 0,
            response_id=d.response_id,
            heard_text=heard,
        )

    def _server_cancels(self) -> bool:
        """True when the server cancels the running response itself at the caller's speech
        start: its turn detection is on (server_vad / semantic_vad, also the default when
        unset) with ``interrupt_response`` not false (its default is true). A
        ``response.cancel`` on top is refused (``response_cancel_not_active``), on every
        barge-in. Manual turns (``turn_detection`` null) or ``interrupt_response`` false:
        only the client's cancel stops it."""
        disabled = getattr(self, "_is_turn_detection_disabled", None)
        if disabled is None or disabled():
            return False
        session = getattr(getattr(self, "_settings", None), "session_properties", None)
        audio = getattr(session, "audio", None)
        detection = getattr(getattr(audio, "input", None), "turn_detection", None)
        if isinstance(detection, dict):
            return detection.get("interrupt_response") is not False
        return getattr(detection, "interrupt_response", None) is not False

    async def _report(self, out: list[TruncationEvent]) -> None:
        if not out:
            return
        for ev in out:
            logger.info(
                f"{self}: {ev.action} {ev.item_id} at {ev.audio_end_ms} ms "
                f"(heard {ev.heard_ms:.0f} ms of {ev.received_ms:.0f} ms received, {ev.method})"
            )
            self.truncations.append(ev)
            await self._call_event_handler("on_truncation", ev)  # type: ignore[attr-defined]
        del self.truncations[:-_BOUNDED]
        await self.push_frame(TruncationFrame(events=out))

    async def send_client_event(self, event: Any) -> None:
        if isinstance(event, events.ResponseCancelEvent):
            if not self._response_active or self._cancel_sent:
                logger.debug(f"{self}: no running response to cancel; not sending response.cancel")
                return
            self._cancel_sent = True
        await super().send_client_event(event)  # type: ignore[misc]

    # -- server events -------------------------------------------------------------------

    async def _handle_evt_error(self, evt: Any) -> None:
        await super()._handle_evt_error(evt)  # type: ignore[misc]
        if not self._response_active:
            # a refused response.create (or any end with nothing running): a cancel marked
            # or sent for a response not yet created has no response left to fall on, and
            # the next response's barge-in must send its own cancel
            self._cancel_before_created = False
            self._cancel_sent = False

    async def _handle_evt_response_created(self, evt: Any) -> None:
        self._rt_response_id = evt.response.id
        self._text_reply_cut = False  # a new reply: no report of the last barge-in came
        cancelled = self._cancel_before_created
        awaiting = self._results_awaiting_response
        if cancelled:
            self._cancel_before_created = False
            self._closed_responses.put(evt.response.id)
        await super()._handle_evt_response_created(evt)  # type: ignore[misc]
        if cancelled:
            # pipecat takes a created response to cover everything sent before it; a
            # response cancelled before it was created covers nothing (a turn committed
            # meanwhile still needs its own response when this one is done)
            self._results_awaiting_response = awaiting

    async def _handle_evt_response_done(self, evt: Any) -> None:
        self.playout_clock.on_response_done(evt.response.id)
        self._rt_response_id = None
        self._cancel_sent = False
        self._cancel_before_created = False
        await super()._handle_evt_response_done(evt)  # type: ignore[misc]

    async def _handle_evt_conversation_item_added(self, evt: Any) -> None:
        item = evt.item
        self._item_prev.put(item.id, evt.previous_item_id or "")
        if (
            item.type == "message"
            and item.role == "assistant"
            and not self._messages_added_manually.get(item.id)
        ):
            self._last_assistant_item = item.id
            rid = self._rt_response_id or ""
            self._assistant_items.put(item.id, rid)
            if rid and rid in self._closed_responses:
                await self._delete_late_item(item.id, rid, 0.0)
                # pipecat would open a reply for it downstream: nothing of it is heard
                await self._call_event_handler("on_conversation_item_created", item.id, item)  # type: ignore[attr-defined]
                return
            if "audio" in self._get_enabled_modalities():  # type: ignore[attr-defined]
                # (a text reply is spoken by a TTS, which reports what was heard)
                self.playout_clock.on_item_added(item.id, rid)
        elif item.type == "function_call" and self._rt_response_id in self._closed_responses:
            # a call of the cancelled response: never run (its arguments, should they still
            # come, are dropped too), and not left in the conversation without an output
            await self._delete_late_item(item.id, self._rt_response_id or "", 0.0)
            await self._call_event_handler("on_conversation_item_created", item.id, item)  # type: ignore[attr-defined]
            return
        await super()._handle_evt_conversation_item_added(evt)  # type: ignore[misc]

    async def _handle_evt_function_call_arguments_done(self, evt: Any) -> None:
        if evt.response_id not in self._closed_responses:
            await super()._handle_evt_function_call_arguments_done(evt)  # type: ignore[misc]
            return
        # a call of the response the caller cut in on: pipecat would run it (a transfer, a
        # complaint raised) after the caller asked to stop; the model never hears of it
        item = self._pending_function_calls.pop(evt.call_id, None)
        name = getattr(item, "name", "the function")
        logger.info(f"{self}: not running {name} ({evt.call_id}): its response was cancelled")
        if evt.item_id not in self._deleted_items:
            await self._delete_late_item(evt.item_id, evt.response_id, 0.0)

    async def _handle_evt_audio_delta(self, evt: Any) -> None:
        if evt.item_id in self._closed_items:
            return  # the caller was interrupted: this audio is never played
        if evt.response_id in self._closed_responses:
            await self._delete_late_item(
                evt.item_id, evt.response_id, _b64_len(evt.delta) / self._bytes_per_ms()
            )
            return
        nbytes = _b64_len(evt.delta)
        seg, new = self.playout_clock.on_audio(
            evt.item_id, evt.content_index, nbytes, self._bytes_per_ms(), evt.response_id
        )
        if evt.item_id in self._assistant_items:
            self._item_audio_ms.add(evt.item_id, nbytes / self._bytes_per_ms())
        if new:
            await self.push_frame(PlayoutSegmentFrame(segment_id=seg.segment_id))
        await super()._handle_evt_audio_delta(evt)  # type: ignore[misc]

    async def _delete_late_item(self, item_id: str, response_id: str, received_ms: float) -> None:
        self._closed_items.put(item_id, response_id)
        await self.send_client_event(events.ConversationItemDeleteEvent(item_id=item_id))
        self._deleted_items.put(item_id)
        await self._report(
            [TruncationEvent(item_id, "delete", "late", 0.0, received_ms, 0, response_id)]
        )

    def _bytes_per_ms(self) -> float:
        fmt = (
            getattr(self, "output_audio_format", None) or PCM24
        )  # a service without formats speaks PCM24
        return float(fmt.bytes_per_ms)

    # -- text modality -------------------------------------------------------------------

    def _is_cut_off(self, evt: Any) -> bool:
        """A delta of an interrupted response or item: the server streams what it made
        before it read the cancel (a network round trip), and none of it is heard."""
        return evt.response_id in self._closed_responses or evt.item_id in self._closed_items

    async def _handle_evt_audio_transcript_delta(self, evt: Any) -> None:
        if self._is_cut_off(evt):
            return  # pipecat would send it on as words the bot said
        so_far = None
        if evt.item_id in self._assistant_items:
            so_far = self._item_transcript.get(evt.item_id, "")
            self._item_transcript.put(evt.item_id, so_far + evt.delta)
            self._transcript_tag = (evt.item_id, len(so_far) + len(evt.delta))
        evt = self._apart(evt, starts_item=so_far == "")
        try:
            await super()._handle_evt_audio_transcript_delta(evt)  # type: ignore[misc]
        finally:
            self._transcript_tag = None

    def _apart(self, evt: Any, *, starts_item: bool) -> Any:
        """A text or transcript delta as it goes on: led by a space when it ``starts_item``, a
        later item of the same response, and neither it nor the text before it has one.
        pipecat sends a response's items on as one reply, their text joined as it comes: the
        context (and a TTS) would read "opens at tenin the morning"."""
        if (
            starts_item
            and evt.delta
            and not evt.delta[0].isspace()
            and self._text_tail == (evt.response_id, False)
        ):
            evt = evt.model_copy(update={"delta": " " + evt.delta})
        if evt.delta:
            self._text_tail = (evt.response_id, evt.delta[-1].isspace())
        return evt

    async def _handle_evt_conversation_item_done(self, evt: Any) -> None:
        # pipecat's receive loop reads response.output_audio_transcript.done and
        # response.output_audio.done but hands them to nothing; conversation.item.done
        # carries the same final transcript, and status "completed" once all the audio came
        item = evt.item
        if item.id in self._assistant_items and item.id not in self._closed_items:
            transcript = next(
                (p.transcript for p in item.content or [] if p.type == "output_audio"), None
            )
            if transcript is not None and item.status == "completed":
                self._item_transcript.put(item.id, transcript)
                self._complete_items.put(item.id)
                self.speech_rate.add(transcript, self._item_audio_ms.get(item.id, 0.0))
        await super()._handle_evt_conversation_item_done(evt)  # type: ignore[misc]

    async def _handle_evt_text_delta(self, evt: Any) -> None:
        if self._is_cut_off(evt):
            return  # a TTS would speak it after the caller cut in
        so_far = None
        if evt.item_id in self._assistant_items:
            so_far = self._item_text.get(evt.item_id, "")
            self._item_text.put(evt.item_id, so_far + evt.delta)
        evt = self._apart(evt, starts_item=so_far == "")
        await super()._handle_evt_text_delta(evt)  # type: ignore[misc]

    def _item_spoken_as(self, text: str) -> str | None:
        """The assistant text item a TTS spoke as ``text``, or None when it is none of them.

        Candidates are the items still in play, the latest response's first (a reply said
        twice is the latest one), a response's items in order: a TTS speaks them in order
        and its report carries no item id; text comes far faster than speech, so when the
        caller barges in the latest item is usually one not yet spoken. The first whose
        text :func:`_spoken_as` says the report is about, by its written text first, then
        allowing numbers rewritten on the way to the TTS. Speech the model did not write
        (an app's ``TTSSpeakFrame``) matches nothing, and must never replace its items.
        """
        order: dict[str, list[str]] = {}
        for item_id, rid in self._assistant_items.items():
            if item_id not in self._closed_items and item_id not in self._deleted_items:
                order.setdefault(rid, []).append(item_id)
        candidates = [i for items in reversed(order.values()) for i in items]
        for rewritten in (False, True):
            for item_id in candidates:
                if _spoken_as(self._item_text.get(item_id, ""), text, rewritten=rewritten):
                    return item_id
        return None

    async def _carry_over_to_new_session(
        self, restored: Sequence[Mapping[str, Any]], *, in_reply: bool
    ) -> int:
        """A reconnect moved the call to a new session, which has none of the old one's
        items; ``restored``: the context's messages already sent to it. Forgets the old
        session's items (no request may name them any more) and, when the call was
        ``in_reply`` (a response running or the bot speaking: the reply had not played out,
        so the context lacks it), creates, appended, the assistant text items of that reply
        that ``restored`` does not hold; they stand in for the old items from now on (a
        heard-text report replaces them). In audio modality those hold what the reply's
        audio received before the drop says (its transcript cut to it,
        :func:`~.carry_over.audio_items_to_carry_over`): that audio still plays out, the rest
        never will. Returns how many were created."""
        carried = self._items_to_carry(restored) if in_reply else []
        rate = self.speech_rate.chars_per_ms()
        audio: dict[str, tuple[AudioItem, float]] = {}
        for item_id, rid in self._assistant_items.items():
            if item_id in self._item_transcript:
                item = self._audio_item(item_id, rid)
                audio[item_id] = (item, speech_rate(item, rate)[0])
        audio.update(self._carried_audio)  # carried before (a second reconnect): as cut then
        self._assistant_items.clear()
        self._item_text.clear()
        self._item_transcript.clear()
        self._item_audio_ms.clear()
        self._complete_items.clear()
        self._item_prev.clear()
        self._carried_audio = {}
        # the playout clock still names the audio by the ids it had before a move that did not
        # complete (a restore that failed and is tried again): renames go from those ids
        clock_id = {new: old for old, new in self._carried_renames.items()}
        self._carried_renames = {}
        self._last_assistant_item = None
        for old in carried:
            new_id = await self._create_assistant_text(old.text)
            self._assistant_items.put(new_id, old.response_id)
            self._item_text.put(new_id, old.text)
            self._last_assistant_item = new_id
            if old.item_id in audio:
                # its audio still plays: a barge-in cuts it to what was heard, and a second
                # reconnect carries it again
                was, rate = audio[old.item_id]
                self._carried_audio[new_id] = (was, rate)
                self._carried_renames[clock_id.get(old.item_id, old.item_id)] = new_id
                self._plays_as.put(old.item_id, new_id)
                self._item_transcript.put(new_id, was.transcript)
                self._item_audio_ms.add(new_id, was.audio_ms)
                if was.complete:
                    self._complete_items.put(new_id)
        return len(carried)

    def _audio_item(self, item_id: str, response_id: str) -> AudioItem:
        """An assistant item's transcript and received audio, as the carry-over reads them."""
        return AudioItem(
            item_id,
            response_id,
            self._item_transcript.get(item_id, ""),
            self._item_audio_ms.get(item_id, 0.0),
            complete=item_id in self._complete_items,
        )

    def _forget_old_session_audio(self) -> None:
        """The call is on its new session: the playout clock forgets the old session's items,
        but for a carried reply's audio, which still plays out under its new item."""
        self.playout_clock.reset(keep=self._carried_renames)
        self._carried_renames = {}

    def _in_play(self, item_id: str) -> bool:
        """Not cut off by a barge-in, replaced or deleted."""
        return item_id not in self._closed_items and item_id not in self._deleted_items

    def _audio_items(self) -> list[AudioItem]:
        """The assistant items, in order, as the carry-over reads them."""
        return [
            replace(self._audio_item(item_id, rid), in_play=self._in_play(item_id))
            for item_id, rid in self._assistant_items.items()
        ]

    async def _keep_received_in_context(self) -> None:
        """The session was lost while its reply came (a reconnect closed it out downstream):
        the audio received of it still plays, the rest never comes, but its transcript ran
        ahead of that audio and the output transport lets it through to the assistant
        aggregator, which commits it at the close-out's ``LLMFullResponseEndFrame`` (and
        reports it in ``on_assistant_turn_stopped``). The reply's items are remembered as
        received (:meth:`text_lost`): the ``PlayoutTracker`` before the aggregator holds their
        text until the caller heard it and drops what the received audio never says, so the
        end reaches the aggregator behind no more than that. Right behind it, the context's
        copy is cut to what the received audio says too (a transform, for the case without a
        tracker), as the new session is given it (:meth:`_carry_over_to_new_session`) and as a
        barge-in cuts it (:func:`_keep_heard_reply`; a barge-in before it reaches the
        aggregator cuts it to the heard part there). Nothing is sent when all of the reply's
        audio came."""
        rate = self.speech_rate.chars_per_ms()
        received = spoken_parts(self._audio_items(), rate)
        for item, _said in received:
            self._lost_audio.put(item.item_id, (item, speech_rate(item, rate)[0]))
        parts = [(item.transcript, said) for item, said in received]
        if any(said != transcript for transcript, said in parts):
            await self._keep_heard_in_context(parts)

    def _items_to_carry(self, restored: Sequence[Mapping[str, Any]]) -> list[TextItem]:
        """The old session's assistant items of the reply in progress to create again (see
        :meth:`_carry_over_to_new_session`), as text."""
        if "audio" not in self._get_enabled_modalities():  # type: ignore[attr-defined]
            items = [
                TextItem(
                    item_id, rid, self._item_text.get(item_id, ""), in_play=self._in_play(item_id)
                )
                for item_id, rid in self._assistant_items.items()
            ]
            said = [_message_text(m) for m in restored if m.get("role") == "assistant"]
            return items_to_carry_over(items, said)
        audio = self._audio_items()
        tail: list[str] = []
        for message in reversed(restored):
            if message.get("role") != "assistant":
                break
            tail.insert(0, _message_text(message))
        rate = self.speech_rate.chars_per_ms()
        carried = audio_items_to_carry_over(audio, tail, rate)
        old = {item.item_id: item for item in audio}
        for item in carried:  # sizes only: the words are the caller's business
            was = old[item.item_id]
            logger.info(
                f"{self}: the new session is given {len(item.text)} of the "
                f"{len(was.transcript)} transcript characters of the reply's "
                f"{was.audio_ms:.0f} ms of audio received "
                f"(speech rate: {speech_rate(was, rate)[1]})"
            )
        return carried

    def _previous_of(self, item_id: str) -> str | None:
        """Where an item recreated in place of ``item_id`` goes: after the item before it,
        ``"root"`` (first) when it was the conversation's first, None (appended) when unknown."""
        prev = self._item_prev.get(item_id)
        if prev is None:
            return None
        return prev or "root"  # no previous item: the API appends one created without it

    async def _create_assistant_text(self, text: str, previous_item_id: str | None = None) -> str:
        """Create an assistant text item holding ``text`` (after ``previous_item_id``, else
        appended), marked as added here; its id."""
        new_id = uuid.uuid4().hex
        self._messages_added_manually[new_id] = True
        item = events.ConversationItem(
            id=new_id,
            type="message",
            role="assistant",
            content=[events.ItemContent(type="output_text", text=text)],
        )
        await self.send_client_event(
            events.ConversationItemCreateEvent(previous_item_id=previous_item_id, item=item)
        )
        return new_id

    async def _handle_spoken_text_heard(self, frame: SpokenTextHeardFrame) -> None:
        item_id = frame.item_id or self._item_spoken_as(frame.text)
        if not item_id:
            # speech the model did not write (an app's hold message), or an item already
            # replaced: the model's items stay as they are
            logger.debug(
                f"{self}: heard-text report matches no assistant item in play; ignored "
                f"({len(frame.text)} chars)"
            )
            return
        rid = self._assistant_items.get(item_id)
        ev = await self.replace_with_heard_text(
            item_id, frame.text, frame.words, frame.heard_ms, unspoken=frame.unspoken
        )
        if self._text_reply_cut:
            # the first report after a barge-in is the reply playing, whose words the output
            # transport let through as they were written, ahead of the line's jitter buffer
            self._text_reply_cut = False
            await self._keep_heard_in_context([(frame.text, ev.heard_text or "")])
        if not rid:
            return
        # the response's items after it were never spoken: they go, as unheard audio does
        order = list(self._assistant_items)
        for other in order[order.index(item_id) + 1 :]:
            if self._assistant_items.get(other) == rid and other not in self._deleted_items:
                await self.send_client_event(events.ConversationItemDeleteEvent(item_id=other))
                self._deleted_items.put(other)
                self._closed_items.put(other, rid)
                await self._report(
                    [TruncationEvent(other, "delete", "text-replace", 0.0, 0.0, 0, rid)]
                )

    async def replace_with_heard_text(
        self,
        item_id: str,
        text: str,
        words: Sequence[WordTiming],
        heard_ms: float,
        *,
        previous_item_id: str | None = None,
        unspoken: Sequence[tuple[int, int]] = (),
    ) -> TruncationEvent:
        """Replace an assistant text item with the words the caller heard.

        Sends ``conversation.item.delete`` and, when any word was heard,
        ``conversation.item.create`` with an assistant message holding the heard text
        (``output_text`` content), inserted after the item that preceded the deleted one (first,
        when none did).
        ``unspoken``: spans of ``text`` the TTS never said, left out (see
        :func:`~pipecat_rt_best.base.word_timing.heard_text`).
        """
        spoken = heard_text(text, words, heard_ms, unspoken=unspoken)
        prev = previous_item_id
        if prev is None:
            prev = self._previous_of(item_id)
        if item_id not in self._deleted_items:  # an interruption may have deleted it already
            await self.send_client_event(events.ConversationItemDeleteEvent(item_id=item_id))
            self._deleted_items.put(item_id)
        self._closed_items.put(item_id)
        new_id = None
        if spoken:
            new_id = await self._create_assistant_text(spoken, previous_item_id=prev)
            if self._last_assistant_item == item_id:
                self._last_assistant_item = new_id
        ev = TruncationEvent(
            item_id=item_id,
            action="replace" if spoken else "delete",
            method="text-replace",
            heard_ms=heard_ms,
            received_ms=max((w.offset_ms + w.duration_ms for w in words), default=0.0),
            audio_end_ms=int(heard_ms) if spoken else 0,  # a delete tells no position
            heard_text=spoken,
        )
        await self._report([ev])
        return ev
