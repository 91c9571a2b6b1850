"""Which words of a spoken text the caller heard, from TTS word-boundary timings (pure logic).

In text modality the realtime server holds the assistant's reply as text, which it
cannot truncate; the client replaces the item with the words that were actually spoken.
A TTS engine reports, for each word, its audio offset and duration (Azure's
``WordBoundary`` event: ``audio_offset``, ``duration``, ``text_offset``, ``word_length``);
given the heard position in that audio, the heard text is the original text up to the
end of the last word the caller heard (at least ``min_fraction`` of it), less the parts the
TTS never said (``unspoken``: a sentence it failed to speak).

The realtime emulator (``pipecat_rt_best.testing.realtime_emulator.audio``) models the
server's own transcript cut on ``conversation.item.truncate`` with the same function
and a different ``min_fraction``; see :func:`heard_text`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["WordTiming", "heard_text", "word_heard"]

_EPSILON_MS = 1e-9  # float slack when comparing the heard position with a fraction of a word


@dataclass(frozen=True)
class WordTiming:
    """One spoken word: its text, where it starts in the audio, how long it lasts.

    ``text_offset`` is the word's character offset in the text the timings are reported
    against, when known; without it the word is found by searching forward. (Azure's SDK
    reports ``text_offset`` as a position in the *SSML* it was sent, not in any text: the
    TTS service maps it to the text before it builds a ``WordTiming``.)
    """

    word: str
    offset_ms: float
    duration_ms: float
    text_offset: int | None = None

    @property
    def end_ms(self) -> float:
        """Where the word's audio ends (``offset_ms + duration_ms``)."""
        return self.offset_ms + self.duration_ms


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


def _without(
    text: str, words: Sequence[WordTiming], spans: Sequence[tuple[int, int]]
) -> tuple[str, list[WordTiming]]:
    """``text`` with the character ``spans`` cut out, and ``words`` placed in what is left.

    At a cut, whitespace does not double up: when what is kept before it is empty or ends
    in whitespace, the whitespace right after it goes too (``"A. B. C."`` less ``"B."`` is
    ``"A. C."``; less ``" B."``, ``"A. C."`` as well). A word inside or across a span, or
    not found in ``text``, is dropped: it was never said.
    """
    cut = [False] * len(text)
    for start, end in spans:
        for i in range(max(0, start), min(len(text), end)):
            cut[i] = True
    out: list[str] = []
    index = [-1] * len(text)
    after_cut = False
    for i, ch in enumerate(text):
        if cut[i]:
            after_cut = True
            continue
        if after_cut and ch.isspace() and (not out or out[-1].isspace()):
            continue
        after_cut = after_cut and ch.isspace()
        index[i] = len(out)
        out.append(ch)
    placed: list[WordTiming] = []
    for w, span in zip(words, _locate(text, words), strict=True):
        if span is None or span[0] == span[1] or any(cut[span[0] : span[1]]):
            continue
        placed.append(WordTiming(w.word, w.offset_ms, w.duration_ms, index[span[0]]))
    return "".join(out), placed


# the viramas that join a consonant to the next into one cluster (Unicode's
# Indic_Conjunct_Break=Linker, rule GB9c): Devanagari, Bengali, Gujarati, Oriya, Telugu,
# Malayalam; Tamil's pulli shows, so its consonants stay apart
_LINKERS = frozenset("\u094d\u09cd\u0acd\u0b4d\u0c4d\u0d4d")
_ZWJ, _ZWNJ = "\u200d", "\u200c"


def _cluster_end(text: str, cut: int) -> int:
    """``cut`` moved past what continues the grapheme cluster before it: combining marks,
    a ZWJ/ZWNJ, and a consonant a virama (with or without a ZWJ after it) joins to it."""
    while cut < len(text):
        ch = text[cut]
        if unicodedata.category(ch).startswith("M") or ch in (_ZWJ, _ZWNJ):
            cut += 1
            continue
        before = text[cut - 1] if cut else ""
        if before == _ZWJ and cut > 1:
            before = text[cut - 2]
        if before in _LINKERS and text[cut - 1] != _ZWNJ and unicodedata.category(ch) == "Lo":
            cut += 1
            continue
        return cut
    return cut


def word_heard(w: WordTiming, heard_ms: float, min_fraction: float = 0.5) -> bool:
    """Whether ``w`` counts as heard when playback stopped at ``heard_ms`` (the rule
    :func:`heard_text` cuts by, for one word)."""
    enough = heard_ms + _EPSILON_MS >= w.offset_ms + max(w.duration_ms, 0.0) * min_fraction
    if min_fraction == 1:
        # "once finished": a zero-length word at the stop position has finished playing
        return enough
    # otherwise the word must also have started: min_fraction=0 means exactly that
    return enough and heard_ms > w.offset_ms


def heard_text(
    text: str,
    words: Sequence[WordTiming],
    heard_ms: float,
    *,
    min_fraction: float = 0.5,
    keep_trailing_whitespace: bool = False,
    unspoken: Sequence[tuple[int, int]] = (),
) -> str:
    """The part of ``text`` the caller heard when playback stopped at ``heard_ms``.

    A word counts as heard when at least ``min_fraction`` of its duration had played
    (0 ≤ fraction ≤ 1) and it had started; ``min_fraction=0`` means "counts once
    started", ``min_fraction=1`` "counts once finished" (a zero-length word then counts
    as soon as playback reaches it). Everything after the last heard word (and the
    punctuation attached to it) is cut; the words before it keep the original spelling,
    spacing and punctuation. The cut never splits a grapheme cluster (a letter and its
    combining marks, a conjunct a virama joins). Words the timings don't cover (no timing at all, or not
    found in the text) are never reported as heard.

    Which rule: the default 0.5 is the right one for telling the model what the caller
    heard — a word cut off in its first syllables was not understood, one that had
    mostly played was — so the realtime service uses it. The emulator's model of the
    real server uses 0 (or 1 when ``EmulatorScript.truncate_keeps_partial_words`` is
    off): the server cuts its transcript on ``conversation.item.truncate`` at an audio
    position, without knowing what was understood, and keeps a word whose audio had
    started before ``audio_end_ms``. The emulator's transcripts are prefixes of its
    streamed transcript tokens, so it also passes ``keep_trailing_whitespace=True``:
    once the text's last word counts, the whitespace that ends the text is kept (it is
    part of the last token) instead of stripped.

    ``unspoken``: ``(start, end)`` character spans of ``text`` the TTS never said (a
    sentence its engine refused, or the rest of one whose synthesis failed): they are cut
    out first (see :func:`_without`), so the result holds no word of them even when words
    after them were heard, and their words never count.
    """
    if not 0 <= min_fraction <= 1:
        raise ValueError("min_fraction must be in [0, 1]")
    if unspoken:
        text, words = _without(text, words, unspoken)
    if heard_ms <= 0 or not words:
        return ""
    spans = _locate(text, words)
    cut = 0
    heard_any = False
    for w, span in zip(words, spans, strict=True):
        if span is None:
            continue
        if word_heard(w, heard_ms, min_fraction):
            cut = max(cut, span[1])
            heard_any = True
        elif w.offset_ms >= heard_ms:
            break
    if not heard_any:
        # nothing heard: not even punctuation that opens the text ("¿…", a quote mark)
        return ""
    # a word ends after its combining marks: never keep "ज" of "जो" (a TTS that reports
    # a word without its vowel sign must not leave the model half a syllable), nor "नमस्"
    # of "नमस्ते" (a virama joins the next consonant into its cluster)
    cut = _cluster_end(text, cut)
    # punctuation written right after the last heard word goes with it ("approved," / "।")
    while cut < len(text) and unicodedata.category(text[cut]).startswith("P"):
        cut += 1
    if keep_trailing_whitespace and not text[cut:].strip():
        return text
    return text[:cut].rstrip()
