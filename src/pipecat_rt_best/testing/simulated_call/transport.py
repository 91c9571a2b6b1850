"""A simulated phone line for offline calls: a listening caller in, a handset out.

``SimulatedCallTransport`` is a real pipecat transport (``BaseInputTransport`` /
``BaseOutputTransport`` subclasses), so the pipeline around it is exactly what runs on a
real call: the input pushes the caller's audio in 20 ms frames at real-time pace, each turn on its cue, the
output plays the bot's audio at real-time pace (pipecat's output transport emits
``BotStartedSpeakingFrame`` / ``BotStoppedSpeakingFrame``) and records what was played.

With ``g711_law`` set, the caller's audio arrives as :class:`G711InputAudioFrame`, as it
would from a telephony serializer: decoded PCM16 for the pipeline, the line's G.711 bytes
for the model.

A :class:`LineBackground` puts the room on the line: a sound bed (a TV's music and room
noise) under everything, and :class:`BackgroundSpeech` (the TV's presenter) mixed in on
its own cue. The caller's speech, the background and the mixed line are each recorded
(``caller_lane``, ``background_lane``, ``caller_line``; the G.711 bytes in ``line_bytes``).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
from pipecat.frames.frames import (
    BotStartedSpeakingFrame,
    BotStoppedSpeakingFrame,
    CancelFrame,
    EndFrame,
    Frame,
    InputAudioRawFrame,
    OutputAudioRawFrame,
    StartFrame,
)
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.transports.base_input import BaseInputTransport
from pipecat.transports.base_output import BaseOutputTransport
from pipecat.transports.base_transport import BaseTransport, TransportParams

from pipecat_rt_best.base import g711
from pipecat_rt_best.base.audio_format import duration_ms
from pipecat_rt_best.base.frames import G711InputAudioFrame, G711Law
from pipecat_rt_best.testing.phone_line import FarEnd

FRAME_MS = 20


def int16_scale(samples: npt.ArrayLike, what: str) -> npt.NDArray[np.float64]:
    """``samples`` on the int16 scale the line mixes on.

    Integers are int16 samples. Floats in [-1, 1] are full-scale audio, the convention of
    :meth:`~pipecat_rt_best.noise_robust_vad.NoiseRobustVADAnalyzer.process_samples` (and of
    soundfile, librosa, torchaudio), and are scaled by 32768: taken as they were, they
    rounded to silence, with the timeline still saying the caller spoke. Louder floats are
    already on the int16 scale, as :func:`~.caller_audio.at_level` and the pack's TV bed make
    them (int16-scale floats peaking below 1 are under -90 dBFS: no audio to lose).
    """
    x = np.asarray(samples)
    if x.dtype.kind not in "iuf" or x.ndim != 1:
        raise TypeError(
            f"{what}: samples must be a 1-D array of int16 or float audio, not {x.ndim}-D {x.dtype}"
        )
    out = x.astype(np.float64)
    if x.dtype.kind == "f":
        if not np.all(np.isfinite(out)):
            raise ValueError(f"{what}: samples contain NaN or inf")
        if out.size and np.max(np.abs(out)) <= 1.0:
            out = out * 32768.0
    return out


@dataclass
class PlayedAudio:
    """What the simulated handset played: PCM16 bytes and when each chunk started.

    Its repr is a one-line summary (rate, chunks, seconds), not the audio."""

    sample_rate: int
    chunks: list[tuple[float, bytes]] = field(default_factory=list, repr=False)

    def __repr__(self) -> str:
        return (
            f"PlayedAudio({self.sample_rate} Hz, {len(self.chunks)} chunks, "
            f"{self.seconds:.1f} s, {self.speech_seconds:.1f} s of bot audio)"
        )

    @property
    def pcm(self) -> bytes:
        return b"".join(chunk for _, chunk in self.chunks)

    @property
    def seconds(self) -> float:
        """Everything written to the handset, silence included."""
        return duration_ms(len(self.pcm), self.sample_rate) / 1000

    @property
    def speech_seconds(self) -> float:
        """The bot's audio only: chunks that are not pure silence (an output mixer, such
        as the barge-in ducking mixer, keeps the line fed with silence between replies)."""
        voiced = sum(len(chunk) for _, chunk in self.chunks if chunk.strip(b"\x00"))
        return duration_ms(voiced, self.sample_rate) / 1000


@dataclass(frozen=True)
class BackgroundSpeech:
    """Speech in the caller's room (a TV presenter), mixed into the line ``delay_s`` after
    the bot starts speaking for the ``bot_turn``-th time (1 = the greeting)."""

    samples: npt.NDArray[np.floating[Any]] | npt.NDArray[np.int16]
    bot_turn: int
    delay_s: float = 0.5
    label: str = "TV speech"

    def __post_init__(self) -> None:  # floats in [-1, 1] scaled: see int16_scale
        object.__setattr__(self, "samples", int16_scale(self.samples, "BackgroundSpeech"))


@dataclass(frozen=True)
class LineBackground:
    """What the caller's microphone picks up besides the caller: ``bed`` (looped, from the
    first frame on; ``bed_speech`` says where in it someone talks, in seconds, with a
    label) and ``speech`` on cues. Samples are int16, or floats: in [-1, 1] (scaled by
    32768) or on the int16 scale (:func:`int16_scale`)."""

    bed: npt.NDArray[np.floating[Any]] | npt.NDArray[np.int16] | None = None
    speech: tuple[BackgroundSpeech, ...] = ()
    bed_speech: tuple[tuple[float, float], ...] = ()
    bed_label: str = "TV speech"

    def __post_init__(self) -> None:
        if self.bed is not None:
            object.__setattr__(self, "bed", int16_scale(self.bed, "LineBackground.bed"))


@dataclass(frozen=True)
class CallerTurn:
    """One thing the caller says, and when: ``delay_s`` after the bot stops speaking, or,
    with ``barge_in=True``, ``delay_s`` after the bot *starts* speaking (cutting it off).

    ``samples``: int16, or floats in [-1, 1] (as
    :meth:`~pipecat_rt_best.noise_robust_vad.NoiseRobustVADAnalyzer.process_samples` takes
    them), kept as int16 (:func:`int16_scale`)."""

    samples: npt.NDArray[np.int16]
    delay_s: float = 0.7
    barge_in: bool = False

    def __post_init__(self) -> None:
        pcm = np.clip(np.rint(int16_scale(self.samples, "CallerTurn")), -32768, 32767)
        object.__setattr__(self, "samples", pcm.astype(np.int16))


class CallerInput(BaseInputTransport):
    """A caller who listens: each turn is spoken in real time when its cue comes.

    Between turns the line carries silence, as a phone line does. The cues are the
    output transport's ``BotStartedSpeakingFrame`` / ``BotStoppedSpeakingFrame``, which
    travel upstream to this, the first processor of the pipeline.
    """

    def __init__(
        self,
        turns: list[CallerTurn],
        sample_rate: int,
        params: TransportParams,
        *,
        g711_law: G711Law | None = None,
        spoken: list[tuple[float, float]],
        finished: asyncio.Event,
        background: LineBackground | None = None,
        on_speech: Callable[[float, float, str], None] | None = None,
    ) -> None:
        super().__init__(params)
        self._on_speech = on_speech  # (start, end, who), time.monotonic(), when it begins
        bg = background or LineBackground()
        self._room_bed = None if bg.bed is None else np.asarray(bg.bed, dtype=np.float64)
        self._room_speech = [(int(a * sample_rate), b - a) for a, b in bg.bed_speech]
        self._room_label = bg.bed_label
        self._bg_waiting = list(bg.speech)
        self._bg_cued: list[tuple[float, BackgroundSpeech]] = []
        self._bg_playing: list[tuple[npt.NDArray[np.float64], str]] = []
        self._bot_starts = 0
        self.background_spoke: list[tuple[float, float, str]] = []  # (start, end, label)
        self.caller_lane: list[npt.NDArray[np.int16]] = []  # the caller's voice alone
        self.background_lane: list[npt.NDArray[np.int16]] = []  # the room alone
        self.line_bytes = bytearray()  # the G.711 bytes sent down the line (with a law)
        self.started_at: float | None = None  # time.monotonic() of the first frame
        self._turns = list(turns)
        self._rate = sample_rate
        self._law = g711_law
        self._spoken = spoken
        self._finished = finished
        self._pending: npt.NDArray[np.int16] | None = None
        self._speak_at: float | None = None
        self._feed_task: asyncio.Task[None] | None = None
        self.line: list[npt.NDArray[np.int16]] = []  # everything the caller's side sent

    async def start(self, frame: StartFrame) -> None:
        await super().start(frame)
        await self.set_transport_ready(frame)
        if self._feed_task is None:
            self._feed_task = self.create_task(self._feed())

    async def stop(self, frame: EndFrame) -> None:
        await self._stop_feed()
        await super().stop(frame)

    async def cancel(self, frame: CancelFrame) -> None:
        await self._stop_feed()
        await super().cancel(frame)

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if isinstance(frame, BotStartedSpeakingFrame):
            self._bot_starts += 1
            now = time.monotonic()
            for item in [b for b in self._bg_waiting if b.bot_turn == self._bot_starts]:
                self._bg_waiting.remove(item)
                self._bg_cued.append((now + item.delay_s, item))
        if self._pending is not None or self._speak_at is not None or not self._turns:
            return
        turn = self._turns[0]
        cue = BotStartedSpeakingFrame if turn.barge_in else BotStoppedSpeakingFrame
        if isinstance(frame, cue):
            self._speak_at = time.monotonic() + turn.delay_s

    async def _stop_feed(self) -> None:
        if self._feed_task is not None:
            await self.cancel_task(self._feed_task)
            self._feed_task = None

    def _frame(self, chunk: npt.NDArray[np.int16]) -> InputAudioRawFrame:
        if self._law is None:
            return InputAudioRawFrame(audio=chunk.tobytes(), sample_rate=self._rate, num_channels=1)
        line = g711.encode(chunk, self._law)  # what the phone network carries
        self.line_bytes.extend(line)
        return G711InputAudioFrame.from_line(line, self._law, self._rate)

    def _background_chunk(self, step: int, n: int, now: float) -> npt.NDArray[np.float64]:
        """The room's sound for chunk ``n``: the bed (looped) plus any cued speech."""
        out = np.zeros(step)
        if self._room_bed is not None and len(self._room_bed):
            first = n * step % len(self._room_bed)
            idx = (np.arange(step) + first) % len(self._room_bed)
            out += self._room_bed[idx]
            for offset, dur in self._room_speech:  # talk in the bed beginning in this chunk
                if (offset - first) % len(self._room_bed) < step:
                    begins = now + ((offset - first) % len(self._room_bed)) / self._rate
                    self.background_spoke.append((begins, begins + dur, self._room_label))
        for at, item in [c for c in self._bg_cued if now >= c[0]]:
            self._bg_cued.remove((at, item))
            samples = np.asarray(item.samples, dtype=np.float64)
            self._bg_playing.append((samples, item.label))
            self.background_spoke.append((now, now + len(samples) / self._rate, item.label))
            if self._on_speech is not None:
                self._on_speech(now, now + len(samples) / self._rate, item.label)
        playing = []
        for samples, label in self._bg_playing:
            part = samples[:step]
            out[: len(part)] += part
            if len(samples) > step:
                playing.append((samples[step:], label))
        self._bg_playing = playing
        return out

    def _next_chunk(self, step: int, now: float) -> npt.NDArray[np.int16]:
        if self._pending is None and self._speak_at is not None and now >= self._speak_at:
            self._pending = self._turns.pop(0).samples
            self._speak_at = None
            self._spoken.append((now, now + len(self._pending) / self._rate))
            if self._on_speech is not None:
                self._on_speech(now, now + len(self._pending) / self._rate, "caller")
        if self._pending is None:
            return np.zeros(step, dtype=np.int16)  # the line is open and quiet
        chunk, self._pending = self._pending[:step], self._pending[step:]
        if len(self._pending) == 0:
            self._pending = None
            if not self._turns:
                self._finished.set()
        if len(chunk) < step:
            chunk = np.concatenate([chunk, np.zeros(step - len(chunk), dtype=np.int16)])
        return chunk

    async def _feed(self) -> None:
        step = self._rate * FRAME_MS // 1000
        start = time.monotonic()
        self.started_at = start
        if not self._turns:  # nothing to say: finished as the line opens (the last turn's
            self._finished.set()  # end, which sets it otherwise, never comes)
        n = 0
        while True:
            # the chunk's place on the line's own clock: where its audio sits in the lanes and
            # caller.wav, so the spans said (caller, background) line up with them even when a
            # loaded machine made the feed late and it catches up (chunks back to back)
            at = start + n * FRAME_MS / 1000
            voice = self._next_chunk(step, at)
            room = self._background_chunk(step, n, at)
            chunk = np.clip(voice.astype(np.float64) + room, -32768, 32767).astype(np.int16)
            self.caller_lane.append(voice)
            self.background_lane.append(np.clip(room, -32768, 32767).astype(np.int16))
            self.line.append(chunk)
            await self.push_audio_frame(self._frame(chunk))
            n += 1
            await asyncio.sleep(max(0.0, start + n * FRAME_MS / 1000 - time.monotonic()))


class HandsetOutput(BaseOutputTransport):
    """Plays the bot's audio in real time and records it.

    The handset is the shared far-end model with no link and no jitter buffer
    (:class:`~pipecat_rt_best.testing.phone_line.FarEnd` with every parameter at zero):
    a chunk plays when it is written, or right after the chunk still playing. Each write
    returns once its chunk has played, which paces pipecat's output in real time. There
    are no marks and no ``clear``: an interruption stops the writes, and what was
    written has been heard.
    """

    def __init__(self, params: TransportParams, played: PlayedAudio) -> None:
        super().__init__(params)
        self._played = played
        self._handset = FarEnd()  # clock: time.monotonic() in ms

    async def start(self, frame: StartFrame) -> None:
        await super().start(frame)
        await self.set_transport_ready(frame)

    async def write_audio_frame(self, frame: OutputAudioRawFrame) -> bool:
        now = time.monotonic()
        self._played.chunks.append((now, frame.audio))
        ms = duration_ms(len(frame.audio), frame.sample_rate, num_channels=frame.num_channels)
        chunk = self._handset.send(ms, now * 1000)
        await asyncio.sleep(max(0.0, chunk.end / 1000 - time.monotonic()))
        return True


class SimulatedCallTransport(BaseTransport):
    """A listening caller and a handset, as one pipecat transport."""

    def __init__(
        self,
        turns: list[CallerTurn],
        *,
        sample_rate: int = 8000,
        g711_law: G711Law | None = None,
        params: TransportParams | None = None,
        background: LineBackground | None = None,
        on_speech: Callable[[float, float, str], None] | None = None,
    ) -> None:
        super().__init__()
        self.params = params or TransportParams(
            audio_in_enabled=True,
            audio_in_sample_rate=sample_rate,
            audio_out_enabled=True,
            audio_out_sample_rate=sample_rate,
        )
        self.played = PlayedAudio(sample_rate)
        self.caller_finished = asyncio.Event()
        self.caller_spoke: list[tuple[float, float]] = []  # (start, end), time.monotonic()
        self._input = CallerInput(
            turns,
            sample_rate,
            self.params,
            g711_law=g711_law,
            spoken=self.caller_spoke,
            finished=self.caller_finished,
            background=background,
            on_speech=on_speech,
        )
        self._output = HandsetOutput(self.params, self.played)

    @property
    def caller_line(self) -> npt.NDArray[np.int16]:
        """The caller's side of the call as sent down the line, silence included."""
        chunks = self._input.line
        return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int16)

    @property
    def caller_input(self) -> CallerInput:
        """The caller's side: its lanes, line bytes and background speech spans."""
        return self._input

    def input(self) -> FrameProcessor:
        return self._input

    def output(self) -> FrameProcessor:
        return self._output
