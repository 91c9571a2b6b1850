"""The far end of a media stream: a jitter buffer that plays the bot's audio (pure logic).

Models what a telephony provider does with the audio an application streams to it, on
an explicit clock (``now`` in seconds, supplied by the caller — no asyncio, no sleeping):

* **Fixed-delay jitter buffer.** When audio arrives at an idle buffer a *talkspurt*
  starts: playout begins ``depth_ms`` later and then runs in real time, one
  ``frame_ms`` frame after another. If the buffer is empty when the next frame is due
  the talkspurt ends, and the next arrival starts a new one (again ``depth_ms`` later).
* **Marks.** A mark sits at the end of the audio received before it. It is echoed once
  that audio has finished playing — at once if it already has.
* **Clear.** Drops every frame not yet started, and echoes all pending marks at once
  (Twilio's documented behaviour: "the buffered audio is emptied and the pending marks
  are sent back"); echoes caused by a clear are flagged ``cleared``.
* **Loss** (off by default): each incoming media packet is dropped with probability
  ``loss_rate`` (seeded), as a lossy network would.

Everything received, played, discarded and lost is recorded as bytes, for exact
comparisons in tests.
"""

from __future__ import annotations

import random
from collections import deque
from dataclasses import dataclass, field

__all__ = ["EchoedMark", "JitterBuffer", "JitterConfig", "PlayedFrame"]

_EPS = 1e-9


@dataclass(frozen=True)
class JitterConfig:
    """``bytes_per_ms``: 8 for G.711 at 8 kHz, 16 for PCM16 at 8 kHz."""

    depth_ms: float = 100.0
    frame_ms: float = 20.0
    bytes_per_ms: int = 8
    loss_rate: float = 0.0
    seed: int = 0

    def __post_init__(self) -> None:
        if not 0 <= self.depth_ms <= 1000:
            raise ValueError("depth_ms must be within 0..1000 (providers use ~60-200)")
        if self.frame_ms <= 0:
            raise ValueError("frame_ms must be positive")
        if self.bytes_per_ms <= 0:
            raise ValueError("bytes_per_ms must be positive")
        if not 0.0 <= self.loss_rate < 1.0:
            raise ValueError("loss_rate must be in [0, 1)")

    @property
    def frame_bytes(self) -> int:
        return round(self.frame_ms * self.bytes_per_ms)


@dataclass(frozen=True)
class EchoedMark:
    name: str
    at: float  # when the far end echoed it
    cleared: bool = False  # echoed because of a clear (its audio was not all played)


@dataclass(frozen=True)
class PlayedFrame:
    start: float  # when the frame started playing
    nbytes: int


@dataclass
class JitterBuffer:
    config: JitterConfig = field(default_factory=JitterConfig)
    received: bytearray = field(default_factory=bytearray)  # every media byte that arrived
    played: bytearray = field(default_factory=bytearray)  # every byte that started playing
    discarded: bytearray = field(default_factory=bytearray)  # dropped by clear
    lost_bytes: int = 0
    frames: list[PlayedFrame] = field(default_factory=list)
    clears: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.config.seed)
        self._queue = bytearray()  # accepted, not yet started
        self._accepted = 0  # stream position: bytes accepted (received minus lost)
        self._started = 0  # stream position: bytes that started playing or were dropped
        self._finished = 0  # stream position: bytes that finished playing or were dropped
        self._current_end: int | None = None  # stream position at the end of the frame playing
        self._spurt_start: float | None = None
        self._frames_started = 0
        self._marks: deque[tuple[int, str]] = deque()

    # -- state --------------------------------------------------------------------------

    @property
    def buffered_bytes(self) -> int:
        return len(self._queue)

    @property
    def buffered_ms(self) -> float:
        return len(self._queue) / self.config.bytes_per_ms

    @property
    def pending_marks(self) -> list[str]:
        return [name for _, name in self._marks]

    @property
    def playing(self) -> bool:
        return self._spurt_start is not None

    @property
    def first_played_at(self) -> float | None:
        return self.frames[0].start if self.frames else None

    # -- events -------------------------------------------------------------------------

    def on_media(self, payload: bytes, now: float) -> list[EchoedMark]:
        echoes = self.advance(now)
        self.received.extend(payload)
        if not payload:
            return echoes
        if self.config.loss_rate and self._rng.random() < self.config.loss_rate:
            self.lost_bytes += len(payload)
            return echoes
        self._queue.extend(payload)
        self._accepted += len(payload)
        if self._spurt_start is None:
            self._spurt_start = now + self.config.depth_ms / 1000.0
            self._frames_started = 0
        return echoes

    def on_mark(self, name: str, now: float) -> list[EchoedMark]:
        echoes = self.advance(now)
        self._marks.append((self._accepted, name))
        return echoes + self._echo_finished(now)

    def on_clear(self, now: float) -> list[EchoedMark]:
        echoes = self.advance(now)
        self.clears.append(now)
        self.discarded.extend(self._queue)
        self._queue.clear()
        # The frame playing is cut short; everything is now either played or dropped.
        self._started = self._finished = self._accepted
        self._current_end = None
        self._spurt_start = None
        self._frames_started = 0
        echoes += [EchoedMark(name, now, cleared=True) for _, name in self._marks]
        self._marks.clear()
        return echoes

    def advance(self, now: float) -> list[EchoedMark]:
        """Play everything due by ``now``; return the marks whose audio finished playing."""
        echoes: list[EchoedMark] = []
        frame_s = self.config.frame_ms / 1000.0
        while self._spurt_start is not None:
            boundary = self._spurt_start + self._frames_started * frame_s
            if boundary > now + _EPS:
                break
            if self._current_end is not None:  # the frame playing ends at this boundary
                self._finished = self._current_end
                self._current_end = None
                echoes += self._echo_finished(boundary)
            if not self._queue:  # underrun: the talkspurt is over
                self._spurt_start = None
                self._frames_started = 0
                break
            n = min(self.config.frame_bytes, len(self._queue))
            self.played.extend(self._queue[:n])
            del self._queue[:n]
            self.frames.append(PlayedFrame(boundary, n))
            self._started += n
            self._current_end = self._started
            self._frames_started += 1
        return echoes

    def _echo_finished(self, at: float) -> list[EchoedMark]:
        out: list[EchoedMark] = []
        while self._marks and self._marks[0][0] <= self._finished:
            _, name = self._marks.popleft()
            out.append(EchoedMark(name, at))
        return out
