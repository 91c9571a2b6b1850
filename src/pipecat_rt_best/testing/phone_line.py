"""The far end of a phone line: the provider's side that plays the bot's audio (pure logic).

Everything runs on an explicit clock supplied by the caller (no asyncio, no sleeping).

:class:`FarEnd` is *the* far-end model, shared by every harness that needs one: the
truncation bench and fuzz rig (:mod:`~pipecat_rt_best.testing.virtual_time_call`), the
pipeline tests' telephony transport and the simulated call's handset
(:mod:`~pipecat_rt_best.testing.simulated_call.transport`). Per chunk of audio sent:

* **Link.** The chunk reaches the far end ``down_ms`` + U(0, ``jitter_ms``) after it was
  sent, never before the message sent before it (the link delivers in order).
* **Jitter buffer.** A chunk that arrives while earlier audio is still playing plays
  right after it; one that arrives at an idle buffer starts a talkspurt ``buffer_ms``
  later. Each chunk plays for exactly its own duration.
* **Marks** (``marks=True``). One mark per chunk, echoed when the chunk has played; the
  echo takes ``up_ms`` back. The echo of a chunk cut by a clear is not a confirmation.
* **Clear.** Reaches the far end like a chunk (same delay, jitter and order) and cuts
  everything not yet played at that moment: a chunk playing counts as played up to the
  cut.

With every parameter at zero it is a handset: audio plays as it is written.

:class:`JitterBuffer` is the media-stream simulator's buffer: bytes played in fixed
frames on a frame clock, named marks, Twilio's clear, packet loss. It stays a model of
its own because neither can be expressed with the other without changing results (see
its docstring).
"""

from __future__ import annotations

import random
from collections import deque
from dataclasses import dataclass, field

__all__ = [
    "EchoedMark",
    "FarEnd",
    "FarEndConfig",
    "JitterBuffer",
    "JitterConfig",
    "PlayedChunk",
    "PlayedFrame",
]

_EPS = 1e-9


# -- the far-end model (chunks, analytic, ms) ---------------------------------------------------


@dataclass(frozen=True)
class FarEndConfig:
    """The line to the far end and its jitter buffer; all times in ms."""

    down_ms: float = 0.0  # one-way delay, application -> far end
    up_ms: float = 0.0  # one-way delay back (what a mark echo spends on the wire)
    jitter_ms: float = 0.0  # extra delay per message sent down, drawn from U(0, jitter_ms)
    buffer_ms: float = 0.0  # jitter-buffer depth: a talkspurt plays this long after it arrives
    marks: bool = False  # echo a mark per chunk once it has played

    def __post_init__(self) -> None:
        if min(self.down_ms, self.up_ms, self.jitter_ms, self.buffer_ms) < 0:
            raise ValueError("delays, jitter and buffer depth cannot be negative")


@dataclass
class PlayedChunk:
    """One chunk at the far end: when it plays and how much of it did."""

    ms: float
    timeline_end: float  # the sender's timeline at the chunk's end: what its mark confirms
    start: float  # far-end play start
    end: float
    played_ms: float
    cleared: bool = False  # cut by a clear (``played_ms`` is what played before the cut)
    sent: float = 0.0  # when the sender sent it


class FarEnd:
    """The far end of a phone line (see the module docstring), on an explicit clock in ms.

    The model is analytic: :meth:`send` fixes a chunk's playout when the chunk is sent
    (later chunks cannot change it; only a later :meth:`clear` can cut it), so a
    harness can schedule the mark echo at :meth:`echo_at` right away and check
    :meth:`confirms` when it is due. The jitter draws come from ``random.Random(seed)``,
    one per message sent down, in the order they are sent.
    """

    def __init__(self, config: FarEndConfig | None = None, *, seed: int = 0) -> None:
        self.config = config or FarEndConfig()
        self.chunks: list[PlayedChunk] = []
        self.clears: list[float] = []  # when each clear reached the far end
        self._rng = random.Random(seed)
        self._last_arrival = -1e18
        self._play_end = -1e18

    def send(self, ms: float, now: float, timeline_end: float = 0.0) -> PlayedChunk:
        """A chunk of ``ms`` of audio sent at ``now``: when it will play."""
        arrival = self._arrival(now)
        # earlier audio still playing: play right after it; else the buffer ran dry (or
        # never started) and a new talkspurt starts ``buffer_ms`` after this arrival
        start = self._play_end if arrival <= self._play_end else arrival + self.config.buffer_ms
        chunk = PlayedChunk(ms, timeline_end, start, start + ms, played_ms=ms, sent=now)
        self._play_end = chunk.end
        self.chunks.append(chunk)
        return chunk

    def clear(self, now: float) -> float:
        """A ``clear`` sent at ``now``: cuts what has not played when it arrives (returned)."""
        t = self._arrival(now)
        self.clears.append(t)
        for c in self.chunks:
            if c.cleared or c.end <= t:
                continue
            c.cleared = True
            c.played_ms = max(0.0, min(c.ms, t - c.start))
        self._play_end = min(self._play_end, t)
        return t

    def echo_at(self, chunk: PlayedChunk) -> float | None:
        """When the chunk's mark echo reaches the sender (``None``: the line has no marks)."""
        return chunk.end + self.config.up_ms if self.config.marks else None

    @staticmethod
    def confirms(chunk: PlayedChunk) -> bool:
        """Whether the chunk's echo, when it arrives, confirms playout: a provider also
        echoes the marks of audio a clear discarded, which is no confirmation. (A clear
        sent after the echo was due cannot cut the chunk any more.)"""
        return not chunk.cleared

    def played_since(self, timeline_ms: float, at: float | None = None) -> float:
        """Milliseconds played of the audio sent after ``timeline_ms`` in the sender's timeline
        (by far-end time ``at``; ``None``: ever)."""
        return sum(
            c.played_ms if at is None else min(c.played_ms, max(0.0, at - c.start))
            for c in self.chunks
            if c.timeline_end > timeline_ms + 1e-6
        )

    def playing(self, at: float) -> PlayedChunk | None:
        """The chunk playing at far-end time ``at`` (``None``: silence)."""
        for c in reversed(self.chunks):
            if c.start <= at < c.start + c.played_ms:
                return c
        return None

    def _arrival(self, now: float) -> float:
        """When a message sent at ``now`` reaches the far end (in order, after any jitter)."""
        jitter = self._rng.uniform(0.0, self.config.jitter_ms) if self.config.jitter_ms else 0.0
        arrival = max(self._last_arrival, now + self.config.down_ms + jitter)
        self._last_arrival = arrival
        return arrival


# -- the media-stream simulator's jitter buffer (bytes, framed, event-driven, seconds) ----------


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
    """A provider's jitter buffer as the media-stream simulator needs it, in bytes.

    ``now`` is in seconds. Audio arrives as it reaches the simulator (no link model):

    * **Fixed-delay jitter buffer.** When audio arrives at an idle buffer a *talkspurt*
      starts: playout begins ``depth_ms`` later and then runs in real time, one
      ``frame_ms`` frame after another. If the buffer is empty when the next frame is
      due the talkspurt ends, and the next arrival starts a new one (again ``depth_ms``
      later).
    * **Marks.** A mark sits at the end of the audio received before it. It is echoed
      once that audio has finished playing — at once if it already has.
    * **Clear.** Drops every frame not yet started, and echoes all pending marks at
      once (Twilio's documented behaviour: "the buffered audio is emptied and the
      pending marks are sent back"); echoes caused by a clear are flagged ``cleared``.
    * **Loss** (off by default): each incoming media packet is dropped with probability
      ``loss_rate`` (seeded), as a lossy network would.

    Everything received, played, discarded and lost is recorded as bytes, for exact
    comparisons in tests.

    Why this is not a :class:`FarEnd`: a frame is packed from whatever is queued when it
    is due (a short packet followed by another fills one frame; a short one alone takes
    a whole frame slot), so playout is only known by advancing the clock; frame starts
    are counted on the talkspurt's frame grid (``start + k * frame``) and a packet that
    arrives just as the buffer runs dry waits ``depth_ms`` again; marks are named
    messages between packets, and a clear echoes the pending ones. :class:`FarEnd` fixes
    each chunk's playout when it is sent, for exactly its own length, accumulating chunk
    ends and continuing a talkspurt on such a tie, and the truncation bench's numbers
    depend on that exact float sequence. Either model written with the other's rules
    would change results.
    """

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

    def __repr__(self) -> str:  # counts, not the call's bytes (a notebook cell shows it)
        return (
            f"JitterBuffer(depth {self.config.depth_ms:g} ms, received {len(self.received):,} "
            f"bytes, played {len(self.played):,}, discarded {len(self.discarded):,}, lost "
            f"{self.lost_bytes:,}, {len(self.frames)} frames, {len(self.clears)} clears, "
            f"buffered {self.buffered_ms:g} ms)"
        )

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
