"""Which written span each spoken span came from, for one sentence (pure logic).

The TTS service speaks a sentence after text transforms (the number normalizer spells
``₹12,500`` out as ``बारह हज़ार पाँच सौ रुपये``), so the words Azure reports belong to the
*spoken* text while the realtime model wrote the *written* one. :class:`SpokenMap` aligns
the two at whitespace-token level (``difflib`` on the token sequences, no junk heuristic)
and cuts both into units:

* a token left unchanged is an **exact** unit: any part of it maps to the same characters
  of the written token;
* a run of tokens the transforms rewrote is one **rewritten** unit: any part of its spoken
  side (``पाँच`` of the amount) maps to the whole written run (``₹12,500``), which a caller
  hears only as a whole;
* written tokens with nothing spoken (deleted) are never reported heard by themselves;
  spoken tokens with nothing written (inserted) map to nothing.

Hand-written because the transforms are opaque ``str → str`` functions (pipecat's
``text_transforms``): aligning their input and output is the one way to map any of them,
and for the pack's normalizer (which rewrites number tokens and leaves every other token
as it is) the token alignment is exact.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["SpokenMap", "SpokenUnit"]

_TOKEN = re.compile(r"\S+")


@dataclass(frozen=True)
class SpokenUnit:
    """Written ``[w_start, w_end)`` said as spoken ``[s_start, s_end)``; ``exact``: unchanged."""

    w_start: int
    w_end: int
    s_start: int
    s_end: int
    exact: bool


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


class SpokenMap:
    """The alignment of one ``written`` sentence with the ``spoken`` text made from it."""

    def __init__(self, written: str, spoken: str) -> None:
        self.written = written
        self.spoken = spoken
        self.units: list[SpokenUnit] = []
        w, s = _tokens(written), _tokens(spoken)
        matcher = difflib.SequenceMatcher(None, [t for t, _, _ in w], [t for t, _, _ in s], False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                for (_, ws, we), (_, ss, se) in zip(w[i1:i2], s[j1:j2], strict=True):
                    self.units.append(SpokenUnit(ws, we, ss, se, exact=True))
            elif op == "replace":
                self.units.append(SpokenUnit(w[i1][1], w[i2 - 1][2], s[j1][1], s[j2 - 1][2], False))
            elif op == "delete":
                self.units.append(SpokenUnit(w[i1][1], w[i2 - 1][2], 0, 0, exact=False))
            # "insert": spoken tokens nobody wrote map to nothing

    def written_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The written span that spoken ``[start, end)`` came from (None: nothing written).

        Inside an unchanged token the same characters; inside a rewritten run the whole
        written run.
        """
        for u in self.units:
            if u.s_start <= start < u.s_end:
                if not u.exact:
                    return u.w_start, u.w_end
                return u.w_start + start - u.s_start, u.w_start + min(end, u.s_end) - u.s_start
        return None

    def rewritten_end(self, start: int) -> int | None:
        """Where the rewritten run that spoken ``start`` falls in ends (None: ``start`` is in
        an unchanged token, or in nothing written): a spelled-out amount is said in full
        only once a word boundary reaches it."""
        for u in self.units:
            if u.s_start <= start < u.s_end:
                return None if u.exact else u.s_end
        return None

    def find_spoken(self, word: str, cursor: int) -> tuple[int, int] | None:
        """Where ``word`` is spoken as a whole word at or after ``cursor`` (None: nowhere).

        For word boundaries the SDK could not place in the SSML (``text_offset`` -1):
        only a match that starts a token and ends at a word's end counts, so a short
        word is never found inside a longer one.
        """
        if not word:
            return None
        at = cursor
        while (at := self.spoken.find(word, at)) >= 0:
            end = at + len(word)
            starts = at == 0 or self.spoken[at - 1].isspace() or not _wordish(self.spoken[at - 1])
            ends = end == len(self.spoken) or not _wordish(self.spoken[end])
            if starts and ends:
                return at, end
            at += 1
        return None


def _wordish(ch: str) -> bool:
    """A letter, digit or combining mark (a Devanagari vowel sign belongs to its word)."""
    return ch.isalnum() or unicodedata.category(ch).startswith("M")
