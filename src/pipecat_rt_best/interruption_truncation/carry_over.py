"""Which of a lost realtime session's assistant items the new session is given (pure logic).

When a reconnect replaces the session (:mod:`pipecat_rt_best.realtime.reconnect`), the new one
gets the conversation from the service's context, which holds a reply only once it has played
out (the assistant aggregator sits after the output transport). A text reply the TTS was
still speaking when the socket died is in neither: :func:`items_to_carry_over` picks its
items, which the service then creates on the new session (and a later barge-in replaces with
the heard words there, as on the old one).

In audio modality the reply's audio received before the drop still plays out, but the new
session must be told only what that audio says, and the model's transcript of it runs ahead of
the audio: :func:`audio_items_to_carry_over` cuts each item's transcript to its received audio
(:func:`spoken_part`, at the rate :func:`speech_rate` picks) and gives text items to create.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from pipecat_rt_best.base.word_timing import WordTiming, heard_text

__all__ = [
    "DEFAULT_CHARS_PER_MS",
    "MIN_RATE_SAMPLE_MS",
    "AudioItem",
    "CallSpeechRate",
    "RateSource",
    "TextItem",
    "audio_items_to_carry_over",
    "items_to_carry_over",
    "speech_rate",
    "spoken_part",
    "spoken_parts",
    "spoken_through",
]

DEFAULT_CHARS_PER_MS = 0.014
"""Transcript characters (whitespace included) per ms of the model's audio when nothing of the
call was measured yet: 14 per second, a little under the 15-17 an English realtime voice
speaks, so an unmeasured estimate errs on telling the model less than the caller hears (an
assumption, not a measurement: a call's own completed items replace it)."""

MIN_RATE_SAMPLE_MS = 1000.0
"""The call's completed items count as a measured rate once they hold this much audio (a
short "Sure." is mostly its leading and trailing silence)."""

RateSource = Literal["item", "call", "default"]

_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class TextItem:
    """An assistant text item of the lost session, in conversation order.

    ``in_play``: not replaced, deleted or cut off by a barge-in (what the caller heard of a
    cut item is already in the context, or on its way to the new session)."""

    item_id: str
    response_id: str
    text: str
    in_play: bool = True


def _squash(text: str) -> str:
    return "".join(text.split())


def items_to_carry_over(
    items: Sequence[TextItem], restored_assistant_texts: Sequence[str]
) -> list[TextItem]:
    """The items of the latest response (the one whose item came last) that are still in
    play, hold text, and whose text is not among ``restored_assistant_texts`` (the context's
    assistant messages already sent to the new session; whitespace does not count), in
    order. An earlier response's items are never carried: its reply had ended, so the
    context holds it as heard."""
    if not items:
        return []
    latest = items[-1].response_id
    restored = {_squash(text) for text in restored_assistant_texts}
    return [
        item
        for item in items
        if item.response_id == latest
        and item.in_play
        and _squash(item.text)
        and _squash(item.text) not in restored
    ]


@dataclass(frozen=True)
class AudioItem:
    """An assistant audio item of the lost session: its transcript so far and its audio.

    ``audio_ms``: the audio the service received of it. ``complete``: the server finished it
    (``conversation.item.done``, status ``completed``): the transcript is final and all of its
    audio was received. ``in_play`` as for :class:`TextItem`."""

    item_id: str
    response_id: str
    transcript: str
    audio_ms: float
    complete: bool = False
    in_play: bool = True


class CallSpeechRate:
    """The call's speech rate, measured on its completed audio items: transcript characters
    over audio ms, summed (an item cut by a barge-in or a drop is never added)."""

    def __init__(self) -> None:
        self.chars = 0
        self.audio_ms = 0.0

    def add(self, transcript: str, audio_ms: float) -> None:
        """A completed item: its final transcript and all of its audio."""
        if transcript and audio_ms > 0:
            self.chars += len(transcript)
            self.audio_ms += audio_ms

    def chars_per_ms(self) -> float | None:
        """The measured rate, or None below :data:`MIN_RATE_SAMPLE_MS` of audio."""
        return self.chars / self.audio_ms if self.audio_ms >= MIN_RATE_SAMPLE_MS else None


def speech_rate(item: AudioItem, call_rate: float | None) -> tuple[float, RateSource]:
    """Characters per audio ms for ``item``, and where that comes from: the item's own
    (complete: its whole transcript over its whole audio), else ``call_rate`` (the call's
    earlier completed items, :class:`CallSpeechRate`), else :data:`DEFAULT_CHARS_PER_MS`."""
    if item.complete and item.transcript and item.audio_ms > 0:
        return len(item.transcript) / item.audio_ms, "item"
    if call_rate is not None and call_rate > 0:
        return call_rate, "call"
    return DEFAULT_CHARS_PER_MS, "default"


def spoken_part(transcript: str, audio_ms: float, chars_per_ms: float) -> str:
    """The part of ``transcript`` that its first ``audio_ms`` of audio speaks, when the audio
    says ``chars_per_ms`` characters a millisecond at an even pace: cut between words, a word
    kept once more than half of it is in (as :func:`~pipecat_rt_best.base.word_timing.heard_text`
    tells the model what was heard in text modality), with the punctuation after it; never more
    than ``transcript``."""
    if chars_per_ms <= 0:
        raise ValueError("chars_per_ms must be > 0")
    words = [
        WordTiming(m.group(), m.start() / chars_per_ms, len(m.group()) / chars_per_ms, m.start())
        for m in _WORD.finditer(transcript)
    ]
    return heard_text(transcript, words, audio_ms)


def spoken_through(transcript: str, end: int, audio_ms: float, chars_per_ms: float) -> bool:
    """Whether :func:`spoken_part` of ``transcript`` (at ``audio_ms``, ``chars_per_ms``) holds
    its text up to ``end`` (or leaves only whitespace before it), read from the one word that
    decides it: the last that starts before ``end``. spoken_part keeps a word once more than
    half of it played, and so every word before it (at an even pace a later word ends later),
    and what it keeps after a word (its punctuation) never crosses whitespace; this reads one
    word where spoken_part reads them all (asked at every chunk while a reply plays)."""
    if chars_per_ms <= 0:
        raise ValueError("chars_per_ms must be > 0")
    head = transcript[:end].rstrip()
    start = len(head)
    while start > 0 and not head[start - 1].isspace():
        start -= 1
    word = _WORD.match(transcript, start) if head else None
    if word is None:
        return True  # nothing but whitespace before ``end``
    timing = WordTiming(word.group(), start / chars_per_ms, len(word.group()) / chars_per_ms, start)
    return bool(heard_text(transcript, [timing], audio_ms))


def spoken_parts(
    items: Sequence[AudioItem], call_rate: float | None
) -> list[tuple[AudioItem, str]]:
    """The latest response's items still in play (as :func:`items_to_carry_over`), in order,
    each with the part of its transcript its received audio speaks (:func:`spoken_part` at
    :func:`speech_rate`: a complete item whole; ``""`` when none of it does)."""
    if not items:
        return []
    latest = items[-1].response_id
    return [
        (item, spoken_part(item.transcript, item.audio_ms, speech_rate(item, call_rate)[0]))
        for item in items
        if item.response_id == latest and item.in_play
    ]


def audio_items_to_carry_over(
    items: Sequence[AudioItem], restored_tail: Sequence[str], call_rate: float | None
) -> list[TextItem]:
    """The text items to create on the new session for the audio reply the caller was
    hearing: the latest response's items still in play (as :func:`items_to_carry_over`), each
    as the part of its transcript its received audio speaks (:func:`spoken_part` at
    :func:`speech_rate`: a complete item whole), in order; none that comes out empty.

    ``restored_tail``: the assistant messages the conversation sent to the new session ends
    with (after its last message of another role). Nothing is carried when they begin with the
    reply so cut (whitespace does not count): the assistant aggregator wrote the reply once its
    audio had played out (cut the same way: the transcript it got ran ahead of the audio)."""
    cut = [
        TextItem(item.item_id, item.response_id, text)
        for item, text in spoken_parts(items, call_rate)
        if _squash(text)
    ]
    said = _squash("".join(item.text for item in cut))
    if cut and _squash("".join(restored_tail)).startswith(said):
        return []
    return cut
