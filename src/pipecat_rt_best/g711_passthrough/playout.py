"""Outbound bookkeeping of a passthrough call (pure logic: no asyncio, no pipecat).

:class:`MarkLedger` — the playout confirmations. Every outbound chunk of bot speech advances
the *output timeline* (milliseconds of bot speech written since the call started; see
:mod:`pipecat_rt_best.base.frames`); a mark sent after a chunk is
named after the timeline position at its end. When the provider echoes the mark, that
much audio has been *played* at the far end. On ``clear`` the provider discards the
audio it still holds and (Twilio) echoes the pending marks at once: those echoes are
**not** confirmations, so every mark still pending when we send ``clear`` is written off.
(An echo already in flight for audio that did play is written off too: the confirmed
position then lags by at most one round trip — conservative, never ahead.)

:class:`OutboundAligner` — exact model bytes out. pipecat's output transport re-chunks
the bot's PCM16 audio, so the model's G.711 bytes can't ride on the frames it writes.
The aligner keeps them in a FIFO fed in the same order and, for each chunk written,
hands back the FIFO bytes *only if they decode to exactly the chunk's samples*;
otherwise (silence padding, a filter or mixer touched the audio, an interruption
dropped queued audio) it encodes the chunk's PCM and resynchronises. So the line always
carries what pipecat played, and carries the model's own bytes whenever that is the
same audio — including μ-law 0x7F, which a PCM round trip would turn into 0xFF.
The FIFO's bytes are decoded once, as they are fed (a whole model delta at a time), so
matching a written chunk is a byte comparison of PCM with no codec work. They are
decoded from the model's own bytes, not taken from the frame's ``audio``: a processor
upstream may have replaced that audio, and the comparison must be against what the
model's bytes really sound like.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

import numpy as np

from pipecat_rt_best.base import g711
from pipecat_rt_best.base.g711 import G711Law

__all__ = ["EchoKind", "EchoOutcome", "MarkLedger", "OutboundAligner"]

SAMPLES_PER_MS = 8  # 8 kHz
# Marks kept waiting for an echo (pending, and written off at a clear) at most: a provider
# that never echoes must not grow them for the whole call. 4096 marks is ~80 s of 20 ms
# chunks; dropping the oldest only loses a confirmation that a later echo supersedes.
MAX_OUTSTANDING_MARKS = 4096


class EchoKind(Enum):
    PLAYED = "played"  # the audio before the mark has played: a confirmation
    DISCARDED = "discarded"  # echoed for audio the provider dropped on clear
    UNKNOWN = "unknown"  # not one of ours (or already settled): ignore


@dataclass(frozen=True)
class EchoOutcome:
    kind: EchoKind
    name: str
    played_ms: float | None = None  # output timeline, for PLAYED


@dataclass
class _Mark:
    seq: int
    samples: int  # output timeline position (8 kHz samples) at the mark


@dataclass
class MarkLedger:
    """Names marks after the output timeline and settles their echoes.

    ``mark_every_ms`` = 0 asks for a mark after every chunk; a larger value skips marks
    until at least that much audio has gone out since the last one.

    Memory is bounded even if the provider never echoes: echoes arrive in order, so the
    echo of a played mark settles every older pending or written-off mark (their echoes
    were lost), and each of the two sets keeps at most ``max_outstanding`` marks (oldest
    dropped: a late echo of a dropped mark is then ignored as unknown — never a
    confirmation).
    """

    prefix: str = "pcrb"
    mark_every_ms: float = 0.0
    samples_sent: int = 0
    _seq: int = 0
    _last_mark_samples: int = 0
    _pending: dict[str, _Mark] = field(default_factory=dict)
    _written_off: dict[str, int] = field(default_factory=dict)  # name -> seq
    max_outstanding: int = MAX_OUTSTANDING_MARKS
    confirmed_ms: float = 0.0
    marks_sent: int = 0
    marks_confirmed: int = 0
    marks_discarded: int = 0

    @property
    def sent_ms(self) -> float:
        """The output timeline: ms of bot audio handed to the provider so far."""
        return self.samples_sent / SAMPLES_PER_MS

    @property
    def pending(self) -> list[str]:
        return list(self._pending)

    def on_audio_sent(self, samples: int, *, marks: bool = True) -> str | None:
        """Count ``samples`` (8 kHz) of audio sent; return the name of a mark to send now, if
        due (``marks=False``: only count)."""
        if samples < 0:
            raise ValueError("samples must be >= 0")
        self.samples_sent += samples
        if samples == 0 or not marks:
            return None
        if (self.samples_sent - self._last_mark_samples) / SAMPLES_PER_MS < self.mark_every_ms:
            return None
        self._seq += 1
        name = f"{self.prefix}:{self._seq}:{self.samples_sent}"
        self._pending[name] = _Mark(self._seq, self.samples_sent)
        if len(self._pending) > self.max_outstanding:
            del self._pending[next(iter(self._pending))]  # the oldest: its echo was lost
        self._last_mark_samples = self.samples_sent
        self.marks_sent += 1
        return name

    def on_clear(self) -> list[str]:
        """We are telling the provider to drop its queue: write off every pending mark."""
        names = list(self._pending)
        self._written_off.update((n, m.seq) for n, m in self._pending.items())
        self._pending.clear()
        excess = len(self._written_off) - self.max_outstanding
        if excess > 0:  # a provider that doesn't echo after a clear: forget the oldest
            for old in list(self._written_off)[:excess]:
                del self._written_off[old]
        return names

    @property
    def written_off(self) -> int:
        """How many written-off marks still wait for their (discarded) echo."""
        return len(self._written_off)

    def on_echo(self, name: str) -> EchoOutcome:
        """The provider echoed mark ``name``."""
        if self._written_off.pop(name, None) is not None:
            self.marks_discarded += 1
            return EchoOutcome(EchoKind.DISCARDED, name)
        mark = self._pending.pop(name, None)
        if mark is None:
            return EchoOutcome(EchoKind.UNKNOWN, name)
        # Marks are echoed in order: anything older still pending or written off was lost.
        for older in [n for n, m in self._pending.items() if m.seq < mark.seq]:
            del self._pending[older]
        self._settle_written_off_before(mark.seq)
        played_ms = mark.samples / SAMPLES_PER_MS
        self.confirmed_ms = max(self.confirmed_ms, played_ms)
        self.marks_confirmed += 1
        return EchoOutcome(EchoKind.PLAYED, name, played_ms)

    def _settle_written_off_before(self, seq: int) -> None:
        # Insertion order is sequence order (marks are written off in the order sent).
        while self._written_off:
            oldest = next(iter(self._written_off))
            if self._written_off[oldest] >= seq:
                break
            del self._written_off[oldest]


@dataclass
class OutboundAligner:
    """Matches the model's G.711 bytes to the PCM16 chunks pipecat writes (see module doc)."""

    law: G711Law
    _fifo: bytearray = field(default_factory=bytearray)  # the model's bytes, not yet written
    _pcm: bytearray = field(default_factory=bytearray)  # their decoding (2 bytes per code)
    original_bytes: int = 0  # bytes sent as the model produced them
    encoded_bytes: int = 0  # bytes encoded from PCM (padding, modified audio, no model bytes)
    resyncs: int = 0

    def __post_init__(self) -> None:
        if self.law not in ("ulaw", "alaw"):
            raise ValueError(f"unknown G.711 law {self.law!r}")

    @property
    def buffered(self) -> int:
        return len(self._fifo)

    def feed(self, line: bytes) -> None:
        """The model's bytes, in the order their decoded audio enters the output transport."""
        self._fifo += line
        self._pcm += g711.decode_to_bytes(line, self.law)

    def clear(self) -> None:
        self._fifo.clear()
        self._pcm.clear()

    def _drop(self, n: int) -> None:
        del self._fifo[:n]
        del self._pcm[: 2 * n]

    def take(self, pcm: bytes) -> bytes:
        """G.711 bytes for one written PCM16 chunk (8 kHz mono)."""
        if len(pcm) % 2:
            raise ValueError(f"PCM16 chunk with an odd number of bytes ({len(pcm)})")
        n = len(pcm) // 2
        if self._pcm.startswith(pcm):  # the common case: the model's audio, as it was fed
            head = bytes(self._fifo[:n])
            self._drop(n)
            self.original_bytes += n
            return head
        k = min(len(self._fifo), n)
        samples = np.frombuffer(pcm, dtype="<i2")
        j = 0  # length of the prefix where the model's bytes decode to the chunk's samples
        if k:
            fed = np.frombuffer(bytes(self._pcm[: 2 * k]), dtype="<i2")
            differs = np.flatnonzero(fed != samples[:k])
            j = k if differs.size == 0 else int(differs[0])
        out = bytes(self._fifo[:j])
        self._drop(j)
        self.original_bytes += j
        rest = samples[j:]
        if rest.size == 0:
            return out
        if j < k and np.any(rest != 0):
            # Not padding: the audio was changed or dropped on its way; start over.
            self.clear()
            self.resyncs += 1
        # else: the chunk ends in silence padding (or the FIFO ran out): keep the FIFO.
        self.encoded_bytes += rest.size
        return out + g711.encode(rest, self.law)
