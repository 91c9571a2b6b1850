"""A media-stream client that behaves like the provider (for tests, demos and benchmarks).

It connects to an application's media WebSocket as Twilio / Telnyx / Plivo / Exotel
would: ``connected``, ``start``, then one ``media`` message every 20 ms carrying the
caller's line audio (then line silence), DTMF at given times, and ``stop`` when it hangs
up. The bot's audio goes into a :class:`~pipecat_rt_best.testing.phone_line.JitterBuffer`
that plays it in real time; marks are echoed only when the audio before them has
played; ``clear`` empties the buffer and echoes the pending marks at once (flagged).

Everything is recorded (:class:`SimulatorRecord`): the exact bytes sent, received and
played, marks, clears, and when the first bot audio arrived / started playing.

``time_scale`` > 1 runs the simulator's clock faster (media is sent faster than real
time, the jitter buffer plays faster). The application still paces its output in real
time, so with a scaled clock the buffer underruns: use it for inbound-only checks (and give
the server ``max_audio_ahead_s=None``: it drops caller audio more than 5 s ahead of real time).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import numpy.typing as npt
from loguru import logger
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from pipecat_rt_best.base import g711
from pipecat_rt_best.base.audio_format import bytes_per_ms
from pipecat_rt_best.g711_passthrough.dialects import (
    LineEncoding,
    Provider,
    ProviderMessageError,
    StreamStart,
)
from pipecat_rt_best.testing.phone_line import EchoedMark, JitterBuffer, JitterConfig
from pipecat_rt_best.testing.provider_dialects import (
    AppClear,
    AppMark,
    AppMedia,
    provider_side_for,
)

__all__ = [
    "Cue",
    "MediaStreamSimulator",
    "SimulatorRecord",
    "line_audio",
    "line_silence",
]


def line_audio(pcm: npt.NDArray[np.int16] | bytes, encoding: LineEncoding) -> bytes:
    """PCM16 8 kHz samples as they travel on a line of ``encoding``."""
    if encoding == "pcm16":
        return pcm if isinstance(pcm, bytes) else pcm.astype("<i2", copy=False).tobytes()
    return g711.encode(pcm, encoding)


def line_silence(encoding: LineEncoding, ms: float) -> bytes:
    samples = int(ms * 8)
    return line_audio(np.zeros(samples, dtype=np.int16), encoding)


def _bytes_per_ms(encoding: LineEncoding) -> int:
    return int(bytes_per_ms(8000, 2 if encoding == "pcm16" else 1))


@dataclass
class SimulatorRecord:
    """What the simulated provider sent and received (times are simulator clock seconds)."""

    sent_media: bytearray = field(default_factory=bytearray)
    media_messages_sent: int = 0
    received_media: bytearray = field(default_factory=bytearray)
    media_messages_received: int = 0
    marks_received: list[str] = field(default_factory=list)
    marks_echoed: list[EchoedMark] = field(default_factory=list)
    clears: list[float] = field(default_factory=list)
    other_messages: list[str] = field(default_factory=list)
    unparsed_messages: int = 0
    first_media_sent_at: float | None = None
    first_media_received_at: float | None = None
    caller_audio_started_at: float | None = None  # when ``caller_audio``'s first byte went out
    closed_by: str | None = None  # "simulator" | "server"
    jitter: JitterBuffer | None = None

    def __repr__(self) -> str:
        # one line of counts: the dataclass's own repr printed every byte of the call (some
        # MB for a short one) in a notebook cell ending in the record
        return (
            f"SimulatorRecord(sent {len(self.sent_media):,} bytes in {self.media_messages_sent} "
            f"messages, received {len(self.received_media):,} in "
            f"{self.media_messages_received}, played {len(self.played):,}, marks "
            f"{len(self.marks_received)} received / {len(self.marks_echoed)} echoed, clears "
            f"{len(self.clears)}, unparsed {self.unparsed_messages}, closed by "
            f"{self.closed_by or 'nobody yet'})"
        )

    @property
    def played(self) -> bytes:
        return bytes(self.jitter.played) if self.jitter else b""

    @property
    def first_played_at(self) -> float | None:
        return self.jitter.first_played_at if self.jitter else None


Cue = Literal["call_start", "bot_audio"]
"""What a simulated caller's timing counts from: the call's start or the application's first
audio."""


def _cue(name: str, value: str) -> Cue:
    """``value`` as a :data:`Cue`; a misspelling is refused, not taken for the other."""
    if value == "call_start":
        return "call_start"
    if value == "bot_audio":
        return "bot_audio"
    raise ValueError(f"{name} must be 'call_start' or 'bot_audio', not {value!r}")


class MediaStreamSimulator:
    """One simulated call against ``url`` (the application's media WebSocket).

    ``caller_audio`` is line audio (see :func:`line_audio`); after it the simulator sends
    line silence until ``hang_up_when(record)`` is true or ``max_duration_s`` passes,
    then sends ``stop`` and closes. ``dtmf`` is ``[(at_seconds, digit), ...]``, the seconds
    counted from the call's start or, with ``dtmf_from="bot_audio"``, from the first audio the
    application sent (a key meant to land in, or after, a greeting whatever the start-up took);
    likewise ``caller_audio_from="bot_audio"`` sends line silence until that first audio and
    ``caller_audio`` from there (a caller who cuts into the greeting);
    ``inject`` is ``[(at_seconds, raw message), ...]`` sent as they are (text or binary),
    for robustness tests.
    """

    def __init__(
        self,
        url: str,
        provider: Provider = "twilio",
        *,
        caller_audio: bytes = b"",
        encoding: LineEncoding | None = None,
        stream_id: str = "MZsimulated0000000000000000000000",
        call_id: str = "CAsimulated0000000000000000000000",
        custom_parameters: Mapping[str, str] | None = None,
        frame_ms: int = 20,
        jitter: JitterConfig | None = None,
        dtmf: Sequence[tuple[float, str]] = (),
        dtmf_from: Cue = "call_start",
        caller_audio_from: Cue = "call_start",
        inject: Sequence[tuple[float, str | bytes]] = (),
        max_duration_s: float = 30.0,
        hang_up_when: Callable[[SimulatorRecord], bool] | None = None,
        echo_marks_on_clear: bool = True,
        time_scale: float = 1.0,
        headers: Mapping[str, str] | None = None,
        tick_ms: float = 5.0,
    ) -> None:
        self.url = url
        self.provider_side = provider_side_for(provider)
        self.encoding: LineEncoding = encoding or self.provider_side.supported_encodings[0]
        if self.encoding not in self.provider_side.supported_encodings:
            raise ValueError(f"{provider} does not carry {self.encoding}")
        bpm = _bytes_per_ms(self.encoding)
        if len(caller_audio) % (bpm // 8):
            raise ValueError("PCM16 caller audio must have an even number of bytes")
        self.caller_audio = caller_audio
        self.start = StreamStart(
            stream_id=stream_id,
            call_id=call_id,
            encoding=self.encoding,
            custom_parameters=dict(custom_parameters or {}),
        )
        self.frame_ms = frame_ms
        jitter = jitter or JitterConfig()
        if jitter.bytes_per_ms != bpm:
            jitter = JitterConfig(
                depth_ms=jitter.depth_ms,
                frame_ms=jitter.frame_ms,
                bytes_per_ms=bpm,
                loss_rate=jitter.loss_rate,
                seed=jitter.seed,
            )
        self.buffer = JitterBuffer(jitter)
        self.dtmf = sorted(dtmf)
        self.dtmf_from = _cue("dtmf_from", dtmf_from)
        self.caller_audio_from = _cue("caller_audio_from", caller_audio_from)
        self.inject = sorted(inject, key=lambda item: item[0])
        self.max_duration_s = max_duration_s
        self.hang_up_when = hang_up_when
        self.echo_marks_on_clear = echo_marks_on_clear
        if time_scale <= 0:
            raise ValueError("time_scale must be positive")
        self.time_scale = time_scale
        self.headers = dict(headers or {})
        self.tick_s = tick_ms / 1000.0
        self.record = SimulatorRecord(jitter=self.buffer)
        self._t0 = 0.0
        self._seq = 0
        self._ws: ClientConnection | None = None
        self._send_lock = asyncio.Lock()
        self._done = asyncio.Event()
        self._ran = False

    # -- clock --------------------------------------------------------------------------

    def now(self) -> float:
        return (time.monotonic() - self._t0) * self.time_scale

    async def _sleep_until(self, t: float) -> None:
        await asyncio.sleep(max(0.0, (t - self.now()) / self.time_scale))

    # -- run ----------------------------------------------------------------------------

    def hang_up(self) -> None:
        """End the call now (sends ``stop``)."""
        self._done.set()

    async def run(self) -> SimulatorRecord:
        """Make the call; returns its :attr:`record` once it ends. A simulator makes one call:
        run again, it would open a stream on the server only to end it at once."""
        if self._ran:
            raise RuntimeError(
                "this MediaStreamSimulator has made its one call (its record is the first "
                "call's); make a new one for another call"
            )
        self._ran = True
        async with connect(
            self.url, additional_headers=self.headers, max_size=None, open_timeout=10
        ) as ws:
            self._ws = ws
            self._t0 = time.monotonic()
            await self._send(self.provider_side.connected_message())
            await self._send(self.provider_side.start_message(self.start, self._next_seq()))
            tasks = [
                asyncio.create_task(self._sender()),
                asyncio.create_task(self._receiver()),
                asyncio.create_task(self._ticker()),
            ]
            try:
                await self._done.wait()
            finally:
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
            if self.record.closed_by is None:
                self.record.closed_by = "simulator"
                with contextlib.suppress(ConnectionClosed):
                    await self._send(self.provider_side.stop_message(self.start, self._next_seq()))
        return self.record

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    async def _send(self, text: str | bytes) -> None:
        assert self._ws is not None
        async with self._send_lock:
            await self._ws.send(text)

    async def _sender(self) -> None:
        frame_bytes = self.frame_ms * _bytes_per_ms(self.encoding)
        silence = line_silence(self.encoding, self.frame_ms)
        dtmf = list(self.dtmf)
        inject = list(self.inject)
        chunk = 0
        caller_from: int | None = None  # the chunk that carries caller_audio's first frame
        try:
            while True:
                t = chunk * self.frame_ms / 1000.0
                if t >= self.max_duration_s:
                    break
                await self._sleep_until(t)
                while dtmf and self._due(self.dtmf_from, dtmf[0][0], t):
                    _, digit = dtmf.pop(0)
                    await self._send(
                        self.provider_side.dtmf_message(
                            self.start.stream_id, digit, self._next_seq()
                        )
                    )
                while inject and inject[0][0] <= t:
                    await self._send(inject.pop(0)[1])
                if caller_from is None and self._due(self.caller_audio_from, 0.0, t):
                    caller_from = chunk
                    self.record.caller_audio_started_at = t
                payload = b""
                if caller_from is not None:
                    lo = (chunk - caller_from) * frame_bytes
                    payload = self.caller_audio[lo : lo + frame_bytes]
                if len(payload) < frame_bytes:
                    payload = payload + silence[len(payload) :]
                message = self.provider_side.inbound_media_message(
                    self.start.stream_id,
                    payload,
                    sequence=self._next_seq(),
                    chunk=chunk + 1,
                    timestamp_ms=int(t * 1000),
                )
                await self._send(message)
                if self.record.first_media_sent_at is None:
                    self.record.first_media_sent_at = self.now()
                self.record.sent_media.extend(payload)
                self.record.media_messages_sent += 1
                chunk += 1
        except ConnectionClosed:
            self._server_closed()
            return
        self._done.set()

    def _due(self, cue: Cue, at: float, t: float) -> bool:
        """Whether ``at`` seconds after ``cue`` has come by ``t`` on the call's clock."""
        if cue == "call_start":
            return at <= t
        heard = self.record.first_media_received_at
        return heard is not None and heard + at <= t

    async def _receiver(self) -> None:
        assert self._ws is not None
        try:
            async for data in self._ws:
                await self._on_message(data)
        except ConnectionClosed:
            pass
        self._server_closed()

    def _server_closed(self) -> None:
        if self.record.closed_by is None and not self._done.is_set():
            self.record.closed_by = "server"
        self._done.set()

    async def _on_message(self, data: str | bytes) -> None:
        now = self.now()
        try:
            message = self.provider_side.parse_outbound(data)
        except ProviderMessageError as exc:
            self.record.unparsed_messages += 1
            logger.warning(f"simulator: unparsable message from the application: {exc}")
            return
        echoes: list[EchoedMark]
        if isinstance(message, AppMedia):
            if self.record.first_media_received_at is None:
                self.record.first_media_received_at = now
            self.record.received_media.extend(message.payload)
            self.record.media_messages_received += 1
            echoes = self.buffer.on_media(message.payload, now)
        elif isinstance(message, AppMark):
            self.record.marks_received.append(message.name)
            echoes = self.buffer.on_mark(message.name, now)
        elif isinstance(message, AppClear):
            self.record.clears.append(now)
            echoes = self.buffer.on_clear(now)
            if not self.echo_marks_on_clear:
                echoes = [e for e in echoes if not e.cleared]
            ack = self.provider_side.cleared_message(self.start.stream_id)
            if ack is not None:
                await self._send(ack)
        else:
            self.record.other_messages.append(message.event)
            echoes = self.buffer.advance(now)
        await self._echo(echoes)
        self._check_hang_up()

    async def _ticker(self) -> None:
        try:
            while True:
                await asyncio.sleep(self.tick_s / self.time_scale)
                await self._echo(self.buffer.advance(self.now()))
                self._check_hang_up()
        except ConnectionClosed:
            self._server_closed()

    async def _echo(self, echoes: list[EchoedMark]) -> None:
        for echo in echoes:
            self.record.marks_echoed.append(echo)
            await self._send(
                self.provider_side.mark_echo_message(
                    self.start.stream_id, echo.name, self._next_seq()
                )
            )

    def _check_hang_up(self) -> None:
        if self.hang_up_when is not None and self.hang_up_when(self.record):
            self._done.set()
