"""Normalize text that arrives in pieces (LLM token streams) without splitting numbers.

An LLM streams "₹4," then "500 है" then "।". Normalizing each piece alone would read
"चार, पाँच सौ". :class:`NumberStream` holds back the tail of the text that a number may
still be growing into and emits everything before it:

* the last token, when it is not followed by whitespace yet (it may be "Rs" of "Rs.",
  "4," of "4,500", "10:" of "10:30");
* a run of numeric tokens (digits, ₹/Rs./INR, a sign or a range's dash, a month name, a
  rate's "per" and a unit's short form) until two complete tokens have followed it or a sentence ends after it — what
  follows may still belong to it ("5 लाख रुपये", "10:30 PM", "98765 43210", "15 अगस्त 1947", "... पर कॉल करें").

Text already emitted is kept (last 64 characters) as context, so "OTP" in one piece
still makes "4567" in the next read digit by digit. ``flush()`` returns whatever is held;
``clear()`` drops it (interruption). No asyncio, no pipecat: the frame processor in
:mod:`.processors` drives it.
"""

from __future__ import annotations

import re
from typing import Any

from pipecat_rt_best.indic_numbers.languages import CURRENCY_CODES
from pipecat_rt_best.indic_numbers.normalizer import (
    PER_MEASURE_UNITS,
    NormalizerOptions,
    NumberNormalizer,
    _coerce_text,
)
from pipecat_rt_best.indic_numbers.patterns import CURRENCY_AT, MONTH_FORMS

_TOKEN = re.compile(r"\S+")
_RISKY = re.compile(
    r"[0-9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef"
    r"\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f¼½¾⅓⅔⅛]"
    # a mask before an id's digits ("XXXX XXXX 4521", "** **** 6610"): read with them
    r"|^(?:[Xx]{2,}|\*{2,}|[Xx*]{2,}[0-9]*)[,.]?$"
    # a code's letters between its numbers: a vehicle's plate ("MH 12 AB 1234", "TG 11 C 4081")
    r"|^[A-Z]{1,2}$|^(?:₹|Rs\.?|RS\.?|rs\.?|INR|रु\.?|रू\.?|[+\-−–—]"
    r"|(?:US|[SCA])?\$|[€£¥₩]|" + "|".join(CURRENCY_CODES) + r")$"
)
# a sentence's end; not the full stop of a dotted short form ("9.5% p.a. है", "9:30 a.m. तय")
_TERMINATOR = re.compile(r"(?<!\.\w)[.?!।॥]$|\n")
_MONTH_TOKENS = frozenset(w.rstrip(".,") for w in MONTH_FORMS)
# a rate after a number waits for its unit, which the normaliser names with the number
# ("40 km per hr" → "… per hour"): "per" and a unit's short form are read with the number
_PER_TOKENS = frozenset({"per", "प्रति", *PER_MEASURE_UNITS})
_HISTORY = 64
_SENTENCE_OPENER_HOLD = 5  # tokens: the number, then "is your OTP for"
_SENTENCE_ENDS = (".", "!", "?", "।", ":", "\n")


# what may open a token before its currency sign or mask: "(Rs.", "(₹", "[INR", "“₹", "(XXXX"
_OPENERS = "([{\"'“‘«"


def _risky(token: str) -> bool:
    token = token.lstrip(_OPENERS) or token
    return (
        _RISKY.search(token) is not None
        or token.rstrip(".,") in _MONTH_TOKENS
        or token in _PER_TOKENS
    )


def _complete_tokens(text: str) -> tuple[list[tuple[int, int]], int]:
    """The spans of ``text``'s tokens that are complete (whitespace after them), and where the
    one still growing starts (the end of the text when none is)."""
    tokens = [(token.start(), token.end()) for token in _TOKEN.finditer(text)]
    if not tokens or text[-1].isspace():
        return tokens, len(text)
    return tokens[:-1], tokens[-1][0]


def safe_cut(text: str, *, after_a_sentence: bool = True) -> int:
    """Length of the prefix of ``text`` that can be normalized now; ``after_a_sentence``:
    whether ``text`` opens a sentence (nothing before it, or a sentence's end)."""
    complete, end_cut = _complete_tokens(text)
    last_risky = -1
    for k in range(len(complete) - 1, -1, -1):
        start, end = complete[k]
        if _risky(text[start:end]):
            last_risky = k
            break
    if last_risky < 0:
        return end_cut
    after = complete[last_risky + 1 :]
    risky_end = complete[last_risky][1]
    first = last_risky
    while first > 0 and _risky(text[complete[first - 1][0] : complete[first - 1][1]]):
        first -= 1
    # a number that opens a sentence may be named by a word further on ("318406 is your OTP",
    # "110001 is the PIN code"): held for the secret's reach; one before "से" (since) until
    # the sentence ends ("1987 से … चल रही है": a year)
    opens = _opens_a_sentence(text[: complete[first][0]], after_a_sentence)
    to_the_end = bool(after) and text[after[0][0] : after[0][1]] == "से"
    enough = not to_the_end and len(after) >= (_SENTENCE_OPENER_HOLD if opens else 2)
    closed = enough or any(
        _TERMINATOR.search(text[start:end]) or "\n" in text[risky_end:end] for start, end in after
    )
    return end_cut if closed else complete[first][0]


def _opens_a_sentence(before: str, at_the_start: bool) -> bool:
    """Whether text after ``before`` opens a sentence: ``before`` ends one, or (nothing in it)
    ``at_the_start`` says whether the text before it did."""
    before = before.rstrip()
    return before[-1] in _SENTENCE_ENDS if before else at_the_start


def _forced_cut(text: str) -> int:
    """Where to cut a run of numbers held longer than ``max_hold_chars`` ("₹1,500, ₹1,500, …"
    read out as a list): before its last amount that starts with a currency sign or follows a
    list's comma, else before its last token, so no number is read in two pieces wherever the
    deltas were cut (a review found "₹12,500" read as "₹" then "बारह हज़ार …", and "₹1," then
    "500" as one rupee and five hundred). Only whitespace when the text is one token."""
    complete, end_cut = _complete_tokens(text)
    for k in range(len(complete) - 1, 0, -1):
        start = complete[k][0]
        previous = text[complete[k - 1][0] : complete[k - 1][1]]
        if previous.endswith((",", ";")) or CURRENCY_AT.match(text, start):
            return start
    return end_cut


class NumberStream:
    """Incremental normalizer: ``push()`` pieces, ``flush()`` at the end of a response."""

    def __init__(
        self,
        lang: str = "hi",
        options: NormalizerOptions | None = None,
        *,
        max_hold_chars: int = 256,
    ) -> None:
        if isinstance(max_hold_chars, bool) or not isinstance(max_hold_chars, int):
            raise TypeError(f"max_hold_chars must be an int, not {max_hold_chars!r}")
        if max_hold_chars < 1:
            raise ValueError(f"max_hold_chars must be >= 1, not {max_hold_chars}")
        self._normalizer = NumberNormalizer(lang, options)
        self._pending = ""
        self._history = ""
        self._max_hold = max_hold_chars

    @property
    def pending(self) -> str:
        """Raw text held back, not yet emitted."""
        return self._pending

    def push(self, piece: Any) -> str:
        """Add a piece of text; return the normalized text that is now safe to emit.

        A piece that is not a ``str`` becomes text as :func:`normalize_numbers` takes it
        (``12500`` → ``"12500"``, ``None`` → nothing), never dropped."""
        piece = _coerce_text(piece)
        if not piece:
            return ""
        self._pending += piece
        cut = safe_cut(self._pending, after_a_sentence=_opens_a_sentence(self._history, True))
        if len(self._pending) - cut > self._max_hold:
            cut = max(cut, _forced_cut(self._pending))  # a long run of numbers: stop holding it
        return self._emit(cut)

    def flush(self) -> str:
        """Emit everything held (end of response)."""
        return self._emit(len(self._pending))

    def clear(self) -> None:
        """Drop held text and context (interruption, new response)."""
        self._pending = ""
        self._history = ""

    def _emit(self, cut: int) -> str:
        if cut <= 0:
            return ""
        ready, self._pending = self._pending[:cut], self._pending[cut:]
        out = self._normalizer(ready, before=self._history)
        self._history = (self._history + ready)[-_HISTORY:]
        return out


__all__ = ["NumberStream", "safe_cut"]
