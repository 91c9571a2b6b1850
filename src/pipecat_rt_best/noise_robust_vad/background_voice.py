"""The background talk's voice, learned in the call: what the background-voice cue compares with.

Pure (numpy only, no model): the voice embeddings come from a :data:`SpanEmbedder` (in the pack,
:class:`.speaker_embedding.WindowEmbedder`). :class:`BackgroundVoice` decides *which* stretches
of the line are samples of the background's voice (speech-like ambient, and rejected
candidates: :meth:`BackgroundVoice.track`, :meth:`BackgroundVoice.add_span`), holds them for one
batched embedding where the embedder can, and keeps their mean (:class:`VoiceMean`). How a
candidate is judged against it (the gate, the penalty) is the state machine's.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

import numpy as np

SpanEmbedder = Callable[[int, int], "np.ndarray | None"]
"""``embed(first, last)``: the unit voice embedding of windows ``first..last`` (the machine's
window indices, counted from 0 after :meth:`.VADStateMachine.reset`), or None when that audio
is no longer at hand. The machine asks only for recent windows (the last ~2 s).

An embedder may also offer ``hold(first, last)`` (the span kept for later, or None when
``embed`` would give None) and ``embed_held(held)`` (their embeddings, all at once): the
background's voice samples are then embedded together when the cue next reads the profile,
in one batch (:class:`.speaker_embedding.WindowEmbedder` does; same values as one by one)."""

SEED = 16
"""The background talk's voice is sampled every span of speech-like ambient until it has
this many embeddings, then every ``SLOW`` spans (a slow average)."""
SLOW = 32
MIN_SAMPLES = 4
"""Background voice samples the cue needs before it says anything."""


class VoiceMean:
    """Mean direction of unit voice embeddings: a plain mean of the first ``cap``, then an
    exponential one with weight ``1 / cap``."""

    def __init__(self, cap: int = 32) -> None:
        self._cap = cap
        self.count = 0
        self._sum: np.ndarray | None = None
        self.unit: np.ndarray | None = None
        self.self_similarity = 1.0
        """Running mean of each new sample's cosine with the mean before it."""

    def add(self, e: np.ndarray) -> None:
        if self.unit is not None:
            n = min(self.count, self._cap)
            self.self_similarity += (float(e @ self.unit) - self.self_similarity) / n
        self.count += 1
        if self._sum is None:
            self._sum = np.array(e, dtype=np.float64)
        else:
            self._sum += (e - self._sum) / min(self.count, self._cap)
        norm = float(np.linalg.norm(self._sum))
        self.unit = self._sum / norm if norm > 0 else None


class BackgroundVoice:
    """The background talk's voice profile in one call (a new one per call)."""

    def __init__(self, embedder: SpanEmbedder | None) -> None:
        self.embedder = embedder
        self._mean = VoiceMean()
        self._held: list[object] = []  # samples not yet embedded (oldest first)
        self._flags: deque[bool] = deque()  # the last span of windows joining the ambient
        self._in_span = 0  # how many of them were speech-like
        self._since = 0  # speech-like windows joining it since the last sample

    @property
    def samples(self) -> int:
        """Samples of the background's voice taken so far, embedded or not."""
        return self._mean.count + len(self._held)

    @property
    def held(self) -> int:
        """Samples taken but not embedded yet: embedded together when the profile is next read."""
        return len(self._held)

    @property
    def young(self) -> bool:
        """Still sampled at every span (fewer than ``SEED`` samples)."""
        return self.samples < SEED

    def add_span(self, first: int, last: int) -> bool:
        """Take windows ``first``..``last`` as a sample: held for a batch if the embedder can,
        else embedded now. False if that audio is not at hand."""
        if self.embedder is None or first < 0:
            return False
        hold = getattr(self.embedder, "hold", None)
        if hold is not None:
            held = hold(first, last)
            if held is not None:
                self._held.append(held)
            return held is not None
        e = self.embedder(first, last)
        if e is not None:
            self._mean.add(e)
        return e is not None

    def settled(self) -> VoiceMean:
        """The profile with every held sample in it (in the order taken)."""
        if self._held:
            held, self._held = self._held, []
            batching: Any = self.embedder  # it has embed_held: it gave the held spans
            for e in batching.embed_held(held):
                self._mean.add(e)
        return self._mean

    def track(self, speechy: bool, index: int, span: int) -> None:
        """Window ``index`` joined the ambient: sample the background's voice from stretches
        of ``span`` windows that are at least half speech-like (every such span while the
        profile is young, then every ``SLOW`` spans)."""
        flags = self._flags
        flags.append(speechy)
        self._in_span += speechy
        if len(flags) > span:
            self._in_span -= flags.popleft()
        self._since += speechy
        stride = span if self.young else span * SLOW
        if not speechy or len(flags) < span or 2 * self._in_span < span or self._since < stride:
            return
        if self.add_span(index - span + 1, index):
            self._since = 0

    def interrupt(self) -> None:
        """A caller turn began: the ambient stretch being watched ends (its windows are the
        caller's); the count since the last sample carries on."""
        self._flags.clear()
        self._in_span = 0
