"""bench/telephony: G.711 passthrough vs pipecat's Twilio serializer + stock realtime path.

Both paths run in this process on the same simulated call and the same audio:

* **passthrough** — ``TwilioPassthroughSerializer`` → the pack's ``RealtimeLLMService``
  in ``audio/pcmu``; model deltas (μ-law) → ``G711TTSAudioFrame`` → output-transport
  stage (pipecat's stream resampler at equal rates, 40 ms chunks) → serializer
  (model bytes + a mark per chunk).
* **pipecat** — ``TwilioFrameSerializer`` (μ-law → PCM16 at the pipeline rate) → stock
  ``OpenAIRealtimeLLMService._send_user_audio`` (resample to 24 kHz); model deltas
  (PCM 24 kHz) → ``TTSAudioRawFrame`` → output-transport stage (resample 24 kHz → the
  output rate, 40 ms chunks) → ``TwilioFrameSerializer`` (resample to 8 kHz if needed,
  PCM16 → μ-law). Measured at pipeline rate 8 kHz and at pipecat's default 16 kHz.

Inbound: one Twilio ``media`` JSON message per 20 ms, through to the JSON of the
``input_audio_buffer.append`` event. Outbound: one ``response.output_audio.delta`` JSON
per ``--delta-ms`` through to the Twilio messages on the wire. The output-transport
stage re-implements nothing: it calls pipecat's own ``SOXRStreamAudioResampler`` the way
``BaseOutputTransport.MediaSender`` does and cuts 40 ms chunks.

CPU: ``time.process_time`` per call-second (1 s of caller audio in + 1 s of bot audio
out), median of ``--repeats`` runs. Added latency: audio held inside each path's
codec/resampler stages (output lagging input, in ms of audio, after the first packet
and at steady state) — computed from byte counts, not wall clock. The 40 ms output
chunking is the same in both paths and is not counted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from loguru import logger

from bench import provenance

HERE = Path(__file__).resolve().parent
CHUNK_MS = 40  # pipecat's default output chunk (audio_out_10ms_chunks=4)


@dataclass
class PathResult:
    name: str
    inbound_cpu_s: list[float] = field(default_factory=list)
    outbound_cpu_s: list[float] = field(default_factory=list)
    inbound_first_output_ms: float | None = None  # audio fed before any output came out
    # lag of output behind input while streaming (from the first output on): mean, max
    inbound_held_ms: tuple[float, float] = (0.0, 0.0)
    outbound_first_output_ms: float | None = None
    outbound_held_ms: tuple[float, float] = (0.0, 0.0)
    appended_bytes: int = 0
    wire_bytes: int = 0
    model_up_bytes: int = 0  # JSON of client events sent to the model
    model_down_bytes: int = 0  # JSON of the audio delta events received

    def per_call_second(self, seconds: float) -> tuple[float, float, float]:
        i = statistics.median(self.inbound_cpu_s) / seconds
        o = statistics.median(self.outbound_cpu_s) / seconds
        return i, o, i + o


# -- audio --------------------------------------------------------------------------------


def caller_pcm(seconds: float) -> np.ndarray:
    from pipecat_rt_best.testing.simulated_call.caller_audio import synth_call

    track, _ = synth_call([1.8, 2.2, 1.5], gaps_s=[0.6, 0.7, 0.5], lead_in_s=0.3, tail_s=0.2)
    reps = int(np.ceil(seconds * 8000 / len(track)))
    return np.tile(track, reps)[: int(seconds * 8000)]


def model_audio(seconds: float, fmt: str) -> bytes:
    from pipecat_rt_best.testing.realtime_emulator import synthesize

    text = (
        "Your loan of four lakh rupees was approved yesterday; the first instalment is due soon. "
    )
    one = synthesize(text, fmt)
    bpm = 48 if fmt == "audio/pcm" else 8
    need = int(seconds * 1000) * bpm
    return (one * (need // len(one) + 1))[:need]


def delta_events(audio: bytes, delta_ms: int, bpm: int) -> list[str]:
    import base64

    step = delta_ms * bpm
    out = []
    for i, lo in enumerate(range(0, len(audio), step)):
        out.append(
            json.dumps(
                {
                    "type": "response.output_audio.delta",
                    "event_id": f"ev{i}",
                    "response_id": "resp_1",
                    "item_id": "item_1",
                    "output_index": 0,
                    "content_index": 0,
                    "delta": base64.b64encode(audio[lo : lo + step]).decode("ascii"),
                }
            )
        )
    return out


# -- harness pieces -------------------------------------------------------------------------


class Captured:
    """Patches FrameProcessor.push_frame so services' output frames are collected."""

    def __init__(self) -> None:
        self.frames: list[Any] = []

    def __enter__(self) -> Captured:
        from pipecat.processors.frame_processor import FrameProcessor

        self._original = FrameProcessor.push_frame
        frames = self.frames

        async def capture(_self: Any, frame: Any, direction: Any = None) -> None:
            frames.append(frame)

        FrameProcessor.push_frame = capture  # type: ignore[method-assign,assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        from pipecat.processors.frame_processor import FrameProcessor

        FrameProcessor.push_frame = self._original  # type: ignore[method-assign]

    def drain(self) -> list[Any]:
        out, self.frames[:] = list(self.frames), []
        return out


class FakeSocket:
    """Stands in for the realtime WebSocket: keeps every text frame the service sends.

    Both paths send through their service's real send code (pipecat's ``_ws_send``, which
    ``json.dumps`` the event dict, or the pack's G.711 append, which sends the same JSON
    text); the socket itself only records the text, so what is measured is the cost of
    producing it.
    """

    def __init__(self) -> None:
        self.sent: list[str] = []

    async def send(self, text: str) -> None:
        self.sent.append(text)


def _attach_socket(service: Any) -> FakeSocket:
    socket = FakeSocket()
    service._websocket = socket
    return socket


def _appended_ms(texts: list[str], bytes_per_ms: int) -> float:
    """Audio (ms) in the ``input_audio_buffer.append`` events among ``texts``."""
    import base64

    total = 0
    for text in texts:
        event = json.loads(text)
        if event.get("type") == "input_audio_buffer.append":
            total += len(base64.b64decode(event["audio"]))
    return total / bytes_per_ms


def _inbound_lags(
    socket: FakeSocket, sent_after: list[int], bytes_per_ms: int
) -> tuple[float | None, list[float]]:
    """(ms of caller audio fed when the first audio reached the model, lag after each packet
    from that one on) from the socket's texts and how many had been sent after each packet."""
    first: float | None = None
    lags: list[float] = []
    done, got_ms = 0, 0.0
    for n, count in enumerate(sent_after):
        got_ms += _appended_ms(socket.sent[done:count], bytes_per_ms)
        done = count
        if first is None and got_ms > 0:
            first = (n + 1) * 20.0
        if first is not None:
            lags.append((n + 1) * 20 - got_ms)
    return first, lags


def held_while_streaming(lags: list[float]) -> tuple[float, float]:
    """(mean, max) of the lag over the window: a path that holds audio in batches (the
    pack's 100 ms append coalescing) cycles, so one sample says nothing — the last one fell
    on a flush and read 0 while the lag went 0–80 ms."""
    if not lags:
        return 0.0, 0.0
    return statistics.fmean(lags), max(lags)


def _media_audio_bytes(messages: list[str]) -> int:
    """G.711 bytes in the Twilio ``media`` messages among ``messages``."""
    import base64

    total = 0
    for text in messages:
        event = json.loads(text)
        if event.get("event") == "media":
            total += len(base64.b64decode(event["media"]["payload"]))
    return total


@dataclass
class OutputStage:
    """What pipecat's output transport does to bot audio before write_audio_frame."""

    out_rate: int
    write: Callable[[bytes], Awaitable[None]]  # serializes one chunk for the wire

    def __post_init__(self) -> None:
        from pipecat.audio.resamplers.soxr_stream_resampler import SOXRStreamAudioResampler

        self.resampler = SOXRStreamAudioResampler(clear_after_secs=None)
        self.buffer = bytearray()
        self.chunk = self.out_rate * CHUNK_MS // 1000 * 2

    async def feed(self, pcm: bytes, rate: int) -> None:
        self.buffer += await self.resampler.resample(pcm, rate, self.out_rate)
        while len(self.buffer) >= self.chunk:
            chunk = bytes(self.buffer[: self.chunk])
            del self.buffer[: self.chunk]
            await self.write(chunk)


# -- the paths under test ----------------------------------------------------------------------


@dataclass(frozen=True)
class PipecatConfig:
    """Pipeline sample rates of a pipecat baseline run."""

    in_rate: int
    out_rate: int
    label: str


BACKEND_LABELS = {
    "audioop": "audioop C codec (the default: pipecat requires audioop / audioop-lts)",
    "tables": "table codecs only (as without audioop, e.g. Python >= 3.13 without audioop-lts)",
}

PIPECAT_CONFIGS = (
    PipecatConfig(8000, 8000, "pipeline 8 kHz in/out"),
    PipecatConfig(16000, 16000, "pipeline 16 kHz in/out"),
    PipecatConfig(16000, 24000, "pipecat's defaults: PipelineParams() = 16 kHz in, 24 kHz out"),
)


@dataclass(frozen=True)
class MediaPath:
    """What differs between the paths; :func:`measure_path` and :func:`breakdown` run every
    one of them through the same code."""

    name: str
    make: Callable[[], Awaitable[tuple[Any, Any, int]]]  # fresh (serializer, service, out rate)
    model: bytes  # the model's audio in the session's format (the deltas' payload)
    bytes_per_ms: int  # of the session's audio format, both ways: 8 (G.711) or 48 (PCM 24 kHz)
    check: Callable[[Any, PathResult], None] | None = None  # after the first run's accounting


def passthrough_media_path(model_ulaw: bytes, backend: str) -> MediaPath:
    """``TwilioPassthroughSerializer`` → the pack's ``RealtimeLLMService`` in ``audio/pcmu``."""
    from pipecat_rt_best.g711_passthrough.serializer import TwilioPassthroughSerializer
    from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session

    async def make() -> tuple[Any, Any, int]:
        llm = RealtimeLLMService(
            api_key="k",
            base_url="ws://127.0.0.1:1/v1/realtime",
            settings=RealtimeLLMService.Settings(
                model="gpt-realtime", session_properties=realtime_session(audio_format="pcmu")
            ),
        )
        # the whole call at CPU speed: no bound on caller audio ahead of the wall clock
        params = TwilioPassthroughSerializer.InputParams(max_audio_ahead_s=None)
        return TwilioPassthroughSerializer("MZ1", params=params), llm, 8000

    def exact(serializer: Any, result: PathResult) -> None:
        stats = serializer.aligner
        assert stats.resyncs == 0 and stats.original_bytes == result.wire_bytes, (
            "passthrough lost exactness"
        )

    name = f"passthrough (G.711 end to end), {BACKEND_LABELS[backend]}"
    return MediaPath(name, make, model_ulaw, 8, exact)


def pipecat_media_path(model24: bytes, cfg: PipecatConfig) -> MediaPath:
    """pipecat's ``TwilioFrameSerializer`` → its stock realtime service in ``audio/pcm``."""

    async def make() -> tuple[Any, Any, int]:
        return await _pipecat_pair(cfg)

    name = f"pipecat TwilioFrameSerializer + stock realtime, {cfg.label}"
    return MediaPath(name, make, model24, 48)


async def _pipecat_pair(cfg: PipecatConfig) -> tuple[Any, Any, int]:
    """pipecat's ``TwilioFrameSerializer`` (set up at the config's pipeline rates) and its
    stock ``OpenAIRealtimeLLMService`` in ``audio/pcm`` (24 kHz)."""
    from pipecat.processors.frame_processor import FrameProcessorSetup
    from pipecat.serializers.twilio import TwilioFrameSerializer
    from pipecat.services.openai.realtime.llm import OpenAIRealtimeLLMService

    from pipecat_rt_best.realtime import realtime_session

    serializer = TwilioFrameSerializer(
        "MZ1", params=TwilioFrameSerializer.InputParams(auto_hang_up=False)
    )
    await serializer.setup(
        FrameProcessorSetup(
            clock=None,  # type: ignore[arg-type]
            task_manager=None,  # type: ignore[arg-type]
            pipeline_worker=None,  # type: ignore[arg-type]
            audio_in_sample_rate=cfg.in_rate,
            audio_out_sample_rate=cfg.out_rate,
        )
    )
    llm = OpenAIRealtimeLLMService(
        api_key="k",
        base_url="ws://127.0.0.1:1/v1/realtime",
        settings=OpenAIRealtimeLLMService.Settings(
            model="gpt-realtime", session_properties=realtime_session(audio_format="pcm")
        ),
    )
    return serializer, llm, cfg.out_rate


def _twilio_inbound(caller: bytes) -> list[str]:
    from pipecat_rt_best.testing.provider_dialects import provider_side_for

    d = provider_side_for("twilio")
    return [
        d.inbound_media_message(
            "MZ1",
            caller[i : i + 160],
            sequence=i // 160 + 2,
            chunk=i // 160 + 1,
            timestamp_ms=i // 8,
        )
        for i in range(0, len(caller), 160)
    ]


def _output_stage(serializer: Any, out_rate: int, wire: list[str]) -> OutputStage:
    """The output-transport stage writing into ``serializer``; what reaches the wire (the
    media message and any messages the serializer queues with it) goes to ``wire``."""
    from pipecat.frames.frames import OutputAudioRawFrame

    take_pending = getattr(serializer, "take_pending_messages", None)  # the passthrough's marks

    async def write(pcm: bytes) -> None:
        msg = await serializer.serialize(OutputAudioRawFrame(pcm, out_rate, 1))
        if msg:
            wire.append(msg)
        if take_pending is not None:
            wire.extend(take_pending())

    return OutputStage(out_rate, write)


async def _play_out(frames: list[Any], serializer: Any, stage: OutputStage) -> None:
    """Hand the service's audio frames to the output stage (and, for a G.711 frame, the
    model's own bytes to the passthrough serializer, as its output transport does)."""
    from pipecat.frames.frames import TTSAudioRawFrame

    from pipecat_rt_best.base import G711TTSAudioFrame

    for frame in frames:
        if isinstance(frame, TTSAudioRawFrame):
            if isinstance(frame, G711TTSAudioFrame):
                serializer.feed_model_audio(frame)
            await stage.feed(frame.audio, frame.sample_rate)


# -- the whole path ---------------------------------------------------------------------------


async def measure_path(
    path: MediaPath, delta_ms: int, repeats: int, inbound: list[str]
) -> PathResult:
    """CPU of the whole path, inbound and outbound, over the call (``repeats`` runs); the
    first run's output is then decoded for the byte and lag accounting."""
    from pipecat.services.openai.realtime import events

    bpm = path.bytes_per_ms
    deltas = delta_events(path.model, delta_ms, bpm)
    result = PathResult(path.name)

    for rep in range(repeats):
        serializer, llm, out_rate = await path.make()
        socket = _attach_socket(llm)
        sent_after: list[int] = []

        # inbound: provider JSON → the model's append events
        t0 = time.process_time()
        for message in inbound:
            frame = await serializer.deserialize(message)
            if frame is not None:
                await llm._send_user_audio(frame)
            sent_after.append(len(socket.sent))
        result.inbound_cpu_s.append(time.process_time() - t0)
        if rep == 0:
            result.model_up_bytes = sum(map(len, socket.sent))
            result.model_down_bytes = sum(map(len, deltas))
            result.appended_bytes = int(_appended_ms(socket.sent, bpm) * bpm)
            first, lags = _inbound_lags(socket, sent_after[:100], bpm)
            result.inbound_first_output_ms = first
            result.inbound_held_ms = held_while_streaming(lags)

        # outbound: the model's delta events → provider messages
        wire: list[str] = []
        stage = _output_stage(serializer, out_rate, wire)
        wire_after: list[tuple[int, int]] = []  # (messages written, PCM bytes left in the stage)
        with Captured() as captured:
            t0 = time.process_time()
            for raw in deltas:
                await llm._handle_evt_audio_delta(events.parse_server_event(raw))
                await _play_out(captured.drain(), serializer, stage)
                wire_after.append((len(wire), len(stage.buffer)))
            result.outbound_cpu_s.append(time.process_time() - t0)
        if rep == 0:
            result.wire_bytes = _media_audio_bytes(wire)
            first, lags = _outbound_lags(wire, wire_after[:50], delta_ms, 2 * out_rate // 1000)
            result.outbound_first_output_ms = first
            result.outbound_held_ms = held_while_streaming(lags)
            if path.check is not None:
                path.check(serializer, result)
    return result


def _outbound_lags(
    wire: list[str], wire_after: list[tuple[int, int]], delta_ms: int, stage_bytes_per_ms: int
) -> tuple[float | None, list[float]]:
    """(ms of model audio fed when the first audio reached the wire or the common 40 ms
    chunker, lag after each delta from that one on) — the chunker's own holding is not
    counted."""
    first: float | None = None
    lags: list[float] = []
    done, out_ms = 0, 0.0
    for n, (count, buffered) in enumerate(wire_after):
        out_ms += _media_audio_bytes(wire[done:count]) / 8
        done = count
        on_wire_ms = out_ms + buffered / stage_bytes_per_ms
        fed_ms = (n + 1) * delta_ms
        if first is None and on_wire_ms > 0:
            first = float(fed_ms)
        if first is not None:
            lags.append(fed_ms - on_wire_ms)
    return first, lags


# -- audio stages only ------------------------------------------------------------------------


async def stages_passthrough(
    caller: bytes, model: bytes, delta_ms: int, repeats: int
) -> tuple[float, float]:
    """CPU of the audio work the passthrough path does: table lookups only."""
    from pipecat.audio.resamplers.soxr_stream_resampler import SOXRStreamAudioResampler

    from pipecat_rt_best.base import g711
    from pipecat_rt_best.g711_passthrough.playout import OutboundAligner

    ins, outs = [], []
    step = delta_ms * 8
    for _ in range(repeats):
        t0 = time.process_time()
        for i in range(0, len(caller), 160):
            g711.decode_to_bytes(caller[i : i + 160], "ulaw")  # the VAD's copy
        ins.append(time.process_time() - t0)
        media = SOXRStreamAudioResampler(clear_after_secs=None)
        aligner = OutboundAligner("ulaw")
        buf = bytearray()
        chunk = 8 * CHUNK_MS * 2
        t0 = time.process_time()
        for i in range(0, len(model), step):
            delta = model[i : i + step]
            pcm = g711.decode_to_bytes(delta, "ulaw")  # the service's G711TTSAudioFrame
            aligner.feed(delta)
            buf += await media.resample(pcm, 8000, 8000)  # the output transport: equal rates
            while len(buf) >= chunk:
                aligner.take(bytes(buf[:chunk]))
                del buf[:chunk]
        outs.append(time.process_time() - t0)
    return statistics.median(ins), statistics.median(outs)


async def stages_pipecat(
    caller: bytes, model24: bytes, delta_ms: int, repeats: int, cfg: PipecatConfig
) -> tuple[float, float]:
    """CPU of the audio work pipecat's path does: μ-law codec + resamplers (its own functions)."""
    from pipecat.audio.resamplers.soxr_stream_resampler import SOXRStreamAudioResampler
    from pipecat.audio.utils import pcm_to_ulaw, ulaw_to_pcm

    ins, outs = [], []
    step = delta_ms * 48
    for _ in range(repeats):
        serializer_in = SOXRStreamAudioResampler(clear_after_secs=0.2)
        service = SOXRStreamAudioResampler()
        t0 = time.process_time()
        for i in range(0, len(caller), 160):
            pcm = await ulaw_to_pcm(caller[i : i + 160], 8000, cfg.in_rate, serializer_in)
            await service.resample(pcm, cfg.in_rate, 24000)
        ins.append(time.process_time() - t0)
        media = SOXRStreamAudioResampler(clear_after_secs=None)
        serializer_out = SOXRStreamAudioResampler(clear_after_secs=0.2)
        buf = bytearray()
        chunk = cfg.out_rate * CHUNK_MS // 1000 * 2
        t0 = time.process_time()
        for i in range(0, len(model24), step):
            buf += await media.resample(model24[i : i + step], 24000, cfg.out_rate)
            while len(buf) >= chunk:
                await pcm_to_ulaw(bytes(buf[:chunk]), cfg.out_rate, 8000, serializer_out)
                del buf[:chunk]
        outs.append(time.process_time() - t0)
    return statistics.median(ins), statistics.median(outs)


# -- where the CPU goes: the whole path split into its components -------------------------

COMPONENTS = (
    ("in", "provider JSON → pipeline frame (serializer.deserialize)"),
    ("in", "frame → client-event JSON (service._send_user_audio + json.dumps)"),
    ("out", "model event JSON → event model (pipecat's parse_server_event)"),
    ("out", "event → pipeline audio frames (service._handle_evt_audio_delta)"),
    ("out", "frames → provider messages (output-transport stage + serializer)"),
)


async def breakdown(
    path: MediaPath, delta_ms: int, repeats: int, inbound: list[str]
) -> list[float]:
    """CPU seconds of each of :data:`COMPONENTS`, each run alone over the whole call
    (median of ``repeats``), with the same calls as :func:`measure_path`."""
    from pipecat.services.openai.realtime import events

    deltas = delta_events(path.model, delta_ms, path.bytes_per_ms)
    runs: list[list[float]] = [[] for _ in COMPONENTS]
    for _ in range(repeats):
        serializer, llm, out_rate = await path.make()
        _attach_socket(llm)
        t0 = time.process_time()
        frames = [await serializer.deserialize(m) for m in inbound]
        runs[0].append(time.process_time() - t0)
        t0 = time.process_time()
        for frame in frames:
            if frame is not None:
                await llm._send_user_audio(frame)
        runs[1].append(time.process_time() - t0)
        t0 = time.process_time()
        evts = [events.parse_server_event(raw) for raw in deltas]
        runs[2].append(time.process_time() - t0)
        with Captured() as captured:
            t0 = time.process_time()
            for evt in evts:
                await llm._handle_evt_audio_delta(evt)
            runs[3].append(time.process_time() - t0)
            audio = captured.drain()
        stage = _output_stage(serializer, out_rate, [])
        t0 = time.process_time()
        await _play_out(audio, serializer, stage)
        runs[4].append(time.process_time() - t0)
    return [statistics.median(r) for r in runs]


# -- the floor: per-packet work no pipecat-based media path can skip ------------------------

FLOOR_ITEMS = (
    ("in", "json.loads of the provider's media message (50/s)"),
    ("in", "base64 → bytes of its payload, validating (50/s)"),
    ("in", "μ-law → PCM16 copy for the VAD (audioop) (50/s)"),
    ("in", "one pipecat InputAudioRawFrame (50/s)"),
    ("in", "append event JSON text, by concatenation around the provider's base64 (50/s)"),
    ("out", "pipecat's parse_server_event of the delta event (its receive loop parses all)"),
    ("out", "base64 → bytes of the delta"),
    ("out", "one TTSAudioRawFrame per delta"),
    ("out", "one OutputAudioRawFrame per 40 ms chunk (the output transport's)"),
    ("out", "provider media message per chunk: base64 + concatenation"),
)


def floor_costs(caller: bytes, model: bytes, delta_ms: int, repeats: int) -> list[float]:
    """CPU seconds of each of :data:`FLOOR_ITEMS` over the call, each alone, median of
    ``repeats``: the work any path that puts provider JSON into pipecat frames and the
    model's JSON events, and back, does per packet — whatever its g711. A lower bound
    (no asyncio, no pipeline bookkeeping, the cheapest JSON emission there is)."""
    import base64
    import warnings
    from binascii import a2b_base64, b2a_base64

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import audioop  # stdlib <= 3.12; audioop-lts (a pipecat dependency) on 3.13+

    from pipecat.frames.frames import InputAudioRawFrame, OutputAudioRawFrame, TTSAudioRawFrame
    from pipecat.services.openai.realtime import events

    inbound = _twilio_inbound(caller)
    messages = [json.loads(m) for m in inbound]
    texts = [m["media"]["payload"] for m in messages]
    payloads = [base64.b64decode(t) for t in texts]
    pcms = [audioop.ulaw2lin(p, 2) for p in payloads]
    deltas = delta_events(model, delta_ms, 8)
    evts = [events.parse_server_event(d) for d in deltas]
    delta_texts = [e.delta for e in evts]
    chunk = 8 * CHUNK_MS
    chunks = [model[i : i + chunk] for i in range(0, len(model), chunk)]
    chunk_pcms = [audioop.ulaw2lin(c, 2) for c in chunks]
    head, tail = '{"event":"media","streamSid":"MZ1","media":{"payload":"', '"}}'
    append_head = '{"event_id": "evt_0123456789ab_'
    append_mid = '", "type": "input_audio_buffer.append", "audio": "'

    def run(item: int) -> None:
        if item == 0:
            for m in inbound:
                json.loads(m)
        elif item == 1:
            for t in texts:
                a2b_base64(t, strict_mode=True)
        elif item == 2:
            for p in payloads:
                audioop.ulaw2lin(p, 2)
        elif item == 3:
            for pcm in pcms:
                InputAudioRawFrame(audio=pcm, sample_rate=8000, num_channels=1)
        elif item == 4:
            for n, t in enumerate(texts):
                append_head + str(n) + append_mid + t + '"}'
        elif item == 5:
            for d in deltas:
                events.parse_server_event(d)
        elif item == 6:
            for t in delta_texts:
                base64.b64decode(t)
        elif item == 7:
            for pcm in chunk_pcms[: len(deltas)]:
                TTSAudioRawFrame(audio=pcm, sample_rate=8000, num_channels=1)
        elif item == 8:
            for pcm in chunk_pcms:
                OutputAudioRawFrame(audio=pcm, sample_rate=8000, num_channels=1)
        elif item == 9:
            for c in chunks:
                head + b2a_base64(c, newline=False).decode("ascii") + tail

    out = []
    for item in range(len(FLOOR_ITEMS)):
        runs = []
        for _ in range(repeats):
            t0 = time.process_time()
            run(item)
            runs.append(time.process_time() - t0)
        out.append(statistics.median(runs))
    return out


# -- report ------------------------------------------------------------------------------


def tables(
    results: list[PathResult],
    stage_costs: list[tuple[float, float]],
    seconds: float,
    delta_ms: int,
    components: list[list[float]],
    short: list[str],
    n_passthrough: int,
    floor: list[float],
) -> str:
    """Markdown tables; the first ``n_passthrough`` rows are passthrough variants, and each
    gets a ratio column (pipecat's CPU ÷ that variant's)."""
    bases = list(range(n_passthrough))
    ratio_heads = "".join(f" × {short[b]} |" for b in bases)
    ratio_rule = "---:|" * len(bases)

    def ratios(values: list[float], k: int) -> str:
        return "".join(f" {values[k] / values[b]:.1f}x |" for b in bases)

    whole = [r.per_call_second(seconds)[2] for r in results]
    out = [
        "## CPU per call-second, whole media path (provider JSON in → model event JSON out, and back)",
        "",
        f"| path | inbound ms | outbound ms | total ms |{ratio_heads}",
        f"|---|---:|---:|---:|{ratio_rule}",
    ]
    for k, r in enumerate(results):
        i, o, t = r.per_call_second(seconds)
        out.append(
            f"| {r.name} | {i * 1e3:.3f} | {o * 1e3:.3f} | {t * 1e3:.3f} |{ratios(whole, k)}"
        )
    stage_totals = [(i + o) / seconds for i, o in stage_costs]
    out += [
        "",
        "## CPU per call-second, audio stages only (codec + resampling work, no JSON/base64/frames)",
        "",
        f"| path | inbound ms | outbound ms | total ms |{ratio_heads}",
        f"|---|---:|---:|---:|{ratio_rule}",
    ]
    for k, (r, (i, o)) in enumerate(zip(results, stage_costs, strict=True)):
        out.append(
            f"| {r.name} | {i / seconds * 1e3:.3f} | {o / seconds * 1e3:.3f} | "
            f"{stage_totals[k] * 1e3:.3f} |{ratios(stage_totals, k)}"
        )
    out += [
        "",
        "## Added latency (audio held inside the path's codec/resampler stages)",
        "",
        "Extra delay before the first audio comes out (beyond the first 20 ms packet / first "
        f"{delta_ms} ms model delta), and how far the output lags the input once streaming: "
        "mean / max of the lag after each packet (inbound: the first 100 caller packets, "
        "outbound: the first 50 model deltas), from the first output on.",
        "",
        "| path | inbound: extra delay to first audio | inbound: held while streaming, "
        "mean / max | outbound: extra delay to first audio | outbound: held while streaming, "
        "mean / max |",
        "|---|---:|---:|---:|---:|",
    ]

    def extra(first: float | None, unit: float) -> str:
        return "never" if first is None else f"{first - unit:.0f} ms"

    def held(mean_max: tuple[float, float]) -> str:
        return f"{mean_max[0]:.0f} / {mean_max[1]:.0f} ms"

    for r in results:
        out.append(
            f"| {r.name} | {extra(r.inbound_first_output_ms, 20)} | {held(r.inbound_held_ms)} | "
            f"{extra(r.outbound_first_output_ms, delta_ms)} | {held(r.outbound_held_ms)} |"
        )
    out += [
        "",
        "## Bytes on the model's socket per call-second (JSON events, both directions)",
        "",
        "| path | client → model (append events) | model → client (audio payload) |",
        "|---|---:|---:|",
    ]
    for r in results:
        out.append(
            f"| {r.name} | {r.model_up_bytes / seconds / 1024:.1f} KiB | "
            f"{r.model_down_bytes / seconds / 1024:.1f} KiB |"
        )
    out += [
        "",
        "## Where the CPU goes (ms per call-second, each component run alone over the call)",
        "",
        "| direction | component | " + " | ".join(short) + " |",
        "|---|---|" + "---:|" * len(short),
    ]
    for k, (direction, label) in enumerate(COMPONENTS):
        cells = " | ".join(f"{c[k] / seconds * 1e3:.3f}" for c in components)
        out.append(f"| {direction} | {label} | {cells} |")
    totals = " | ".join(f"**{sum(c) / seconds * 1e3:.3f}**" for c in components)
    out.append(f"| | sum | {totals} |")
    floor_total = sum(floor) / seconds
    out += [
        "",
        "## The floor: per-packet work no pipecat-based media path can skip",
        "",
        "Each item run alone over the same call (no asyncio, no pipeline bookkeeping, the "
        "cheapest JSON emission possible): a lower bound on the whole-path CPU of *any* "
        "design that turns provider JSON into pipecat frames and model events, and back.",
        "",
        "| direction | work | ms per call-second |",
        "|---|---|---:|",
    ]
    for (direction, label), cost in zip(FLOOR_ITEMS, floor, strict=True):
        out.append(f"| {direction} | {label} | {cost / seconds * 1e3:.3f} |")
    out.append(f"| | **floor total** | **{floor_total * 1e3:.3f}** |")
    out += [
        "",
        "Whole-path CPU (first table) against the floor. For a pipecat row, this is the "
        "largest whole-path ratio any path could reach against it — one that did nothing "
        "but the floor's work.",
        "",
        "| path | whole path ms | ÷ floor |",
        "|---|---:|---:|",
    ]
    for r, total in zip(results, whole, strict=True):
        out.append(f"| {r.name} | {total * 1e3:.3f} | {total / floor_total:.1f}x |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.telephony", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--seconds", type=float, default=60.0, help="simulated call length")
    parser.add_argument("--delta-ms", type=int, default=100, help="model audio per delta event")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--out", type=Path, default=HERE / "results.md")
    args = parser.parse_args(argv)
    if args.seconds < 1 or args.delta_ms < 1 or args.repeats < 1:
        parser.error("--seconds, --delta-ms and --repeats must be at least 1")
    logger.remove()
    logger.add(sys.stderr, level="ERROR", diagnose=False, backtrace=False)

    from tqdm import tqdm

    from pipecat_rt_best.base import g711

    pcm = caller_pcm(args.seconds)
    caller = g711.ulaw_encode(pcm)
    model_ulaw = model_audio(args.seconds, "audio/pcmu")
    model24 = model_audio(args.seconds, "audio/pcm")
    inbound = _twilio_inbound(caller)  # the caller's side of the call, the same for every path

    backends: list[g711.Backend] = ["tables"]
    if g711.audioop_available():
        backends.insert(0, "audioop")
    default_backend = g711.get_backend()
    short = [f"passthrough ({b})" for b in backends] + [
        f"pipecat {c.in_rate // 1000}/{c.out_rate // 1000} kHz" for c in PIPECAT_CONFIGS
    ]

    async def run_all() -> tuple[list[PathResult], list[tuple[float, float]], list[list[float]]]:
        results: list[PathResult] = []
        stages: list[tuple[float, float]] = []
        components: list[list[float]] = []
        d, r = args.delta_ms, args.repeats
        total = 3 * (len(backends) + len(PIPECAT_CONFIGS))
        with tqdm(total=total, desc="bench/telephony", leave=False) as bar:
            for backend in backends:
                g711.set_backend(backend)
                try:
                    path = passthrough_media_path(model_ulaw, backend)
                    results.append(await measure_path(path, d, r, inbound))
                    bar.update()
                    stages.append(await stages_passthrough(caller, model_ulaw, d, r))
                    bar.update()
                    components.append(await breakdown(path, d, r, inbound))
                    bar.update()
                finally:
                    g711.set_backend(default_backend)
            for cfg in PIPECAT_CONFIGS:
                path = pipecat_media_path(model24, cfg)
                results.append(await measure_path(path, d, r, inbound))
                bar.update()
                stages.append(await stages_pipecat(caller, model24, d, r, cfg))
                bar.update()
                components.append(await breakdown(path, d, r, inbound))
                bar.update()
        return results, stages, components

    results, stages, components = asyncio.run(run_all())
    floor = floor_costs(caller, model_ulaw, args.delta_ms, args.repeats)
    header = (
        f"# bench/telephony\n\nSimulated Twilio call of {args.seconds:.0f} s: caller audio in (20 ms "
        f"packets) and bot audio out (model deltas of {args.delta_ms} ms), median of {args.repeats} "
        f"runs, one process, Python {sys.version.split()[0]}, "
        f"`python -m bench.telephony --seconds {args.seconds:g} --repeats {args.repeats}`.\n\n"
    )
    body = tables(
        results, stages, args.seconds, args.delta_ms, components, short, len(backends), floor
    )
    text = header + body + "\n\n" + provenance.markdown(provenance.stamp("bench.telephony", argv))
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)
    print(f"(written to {args.out})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
