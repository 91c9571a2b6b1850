"""Which words of a spoken text the caller heard, from TTS word-boundary timings (pure logic).

In text modality the realtime server holds the assistant's reply as text, which it
cannot truncate; the client replaces the item with the words that were actually spoken.
A TTS engine reports, for each word, its audio offset and duration (Azure's
``WordBoundary`` event: ``audio_offset``, ``duration``, ``text_offset``, ``word_length``);
given the heard position in that audio, the heard text is the original text up to the
end of the last word the caller heard (at least ``min_fraction`` of it).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["WordTiming", "heard_text"]


@dataclass(frozen=True)
class WordTiming:
    """One spoken word: its text, where it starts in the audio, how long it lasts.

    ``text_offset`` is the word's character offset in the full text when the TTS engine
    reports it (Azure does); without it the word is found by searching forward.
    """

    word: str
    offset_ms: float
    duration_ms: float
    text_offset: int | None = None


def _locate(text: str, words: Sequence[WordTiming]) -> list[tuple[int, int] | None]:
    """Character span of each word in ``text`` (None when it can't be found)."""
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for w in words:
        if (
            w.text_offset is not None
            and text[w.text_offset : w.text_offset + len(w.word)] == w.word
        ):
            start = w.text_offset
        else:
            start = text.find(w.word, cursor) if w.word else -1
        if start < 0:
            spans.append(None)
            continue
        end = start + len(w.word)
        spans.append((start, end))
        cursor = end
    return spans


def heard_text(
    text: str,
    words: Sequence[WordTiming],
    heard_ms: float,
    *,
    min_fraction: float = 0.5,
) -> str:
    """The part of ``text`` the caller heard when playback stopped at ``heard_ms``.

    A word counts as heard when at least ``min_fraction`` of its duration had played
    (0 < fraction ≤ 1). Everything after the last heard word (and the punctuation
    attached to it) is cut; the words before it keep the original spelling, spacing and
    punctuation. Words the timings don't cover
    (no timing at all, or not found in the text) are never reported as heard.
    """
    if not 0 < min_fraction <= 1:
        raise ValueError("min_fraction must be in (0, 1]")
    if heard_ms <= 0 or not words:
        return ""
    spans = _locate(text, words)
    cut = 0
    for w, span in zip(words, spans, strict=True):
        if span is None:
            continue
        needed = w.offset_ms + max(w.duration_ms, 0.0) * min_fraction
        if heard_ms + 1e-9 >= needed and heard_ms > w.offset_ms:
            cut = max(cut, span[1])
        elif w.offset_ms >= heard_ms:
            break
    # punctuation written right after the last heard word goes with it ("approved," / "।")
    while cut < len(text) and unicodedata.category(text[cut]).startswith("P"):
        cut += 1
    return text[:cut].rstrip()
