"""One simulated phone call: simulator → telephony server → pipeline → emulator, and back."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from pipecat.audio.resamplers.resampy_resampler import ResampyResampler
from pipecat.audio.resamplers.soxr_resampler import SOXRAudioResampler
from pipecat.audio.resamplers.soxr_stream_resampler import SOXRStreamAudioResampler
from pipecat.audio.vad.silero import SileroVADAnalyzer
from pipecat.audio.vad.vad_analyzer import VADParams, VADState
from pipecat.frames.frames import Frame
from pipecat.observers.base_observer import BaseObserver, FramePushed
from pipecat.processors.frame_processor import FrameProcessor

from pipecat_rt_best.call_pipeline.keypad import DEFAULT_KEYPAD, KeypadParams
from pipecat_rt_best.call_pipeline.telephony import g711_pipeline_factory, serve_in_background
from pipecat_rt_best.g711_passthrough.dialects import Provider
from pipecat_rt_best.g711_passthrough.server import (
    CallSession,
    TelephonyServerConfig,
    create_telephony_app,
)
from pipecat_rt_best.testing.media_stream_simulator import MediaStreamSimulator, SimulatorRecord
from pipecat_rt_best.testing.realtime_emulator import (
    EmulatorScript,
    RealtimeEmulator,
    SessionRecord,
)
from pipecat_rt_best.testing.telephony_call import caller_audio_at_model, emulator_llm

CHUNK_BYTES = 320  # pipecat's output chunk: 40 ms at 8 kHz, one G.711 byte per sample


class ResampleSpy:
    """Records every resample call made by any pipecat resampler, with its rates."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, int, int]] = []
        self.instances: set[int] = set()
        for cls in (SOXRStreamAudioResampler, SOXRAudioResampler, ResampyResampler):
            original = cls.resample

            async def spy(
                resampler: Any, audio: bytes, in_rate: int, out_rate: int, _o: Any = original
            ) -> bytes:
                self.calls.append((type(resampler).__name__, in_rate, out_rate))
                self.instances.add(id(resampler))
                return await _o(resampler, audio, in_rate, out_rate)  # type: ignore[no-any-return]

            monkeypatch.setattr(cls, "resample", spy)

    @property
    def resampling(self) -> list[tuple[str, int, int]]:
        """Calls that would change the rate (equal rates are returned untouched)."""
        return [c for c in self.calls if c[1] != c[2]]


class RecordingVAD(SileroVADAnalyzer):
    """pipecat's Silero analyzer, keeping every buffer it analyzed."""

    def __init__(self) -> None:
        super().__init__(params=VADParams(stop_secs=0.3))
        self.audio = bytearray()
        self.rates: set[int] = set()

    async def analyze_audio(self, buffer: bytes) -> VADState:
        self.audio.extend(buffer)
        self.rates.add(self.sample_rate)
        return await super().analyze_audio(buffer)


class FrameLog(BaseObserver):
    def __init__(self) -> None:
        super().__init__()
        self.frames: list[tuple[str, Frame]] = []

    async def on_push_frame(self, data: FramePushed) -> None:
        if data.first_push:
            self.frames.append((data.source.name, data.frame))

    def of(self, cls: type) -> list[Any]:
        return [f for _, f in self.frames if isinstance(f, cls)]


@dataclass
class CallResult:
    record: SimulatorRecord
    session: SessionRecord
    call: CallSession
    log: FrameLog
    vad: RecordingVAD | None
    processors: list[FrameProcessor] = field(default_factory=list)

    @property
    def model_items(self) -> list[bytes]:
        return list(self.session.output_audio.values())


def appended_without_replays(session: SessionRecord) -> tuple[bytes, list[bytes]]:
    """The caller audio the emulator got, minus pipecat's pre-roll replays."""
    return caller_audio_at_model(session.received, session.appended_audio)


async def run_call(
    provider: Provider,
    *,
    caller: bytes,
    replies: list[str],
    encoding: str | None = None,
    with_vad: bool = True,
    hang_up_when: Callable[[SimulatorRecord, SessionRecord | None], bool] | None = None,
    max_duration_s: float = 10.0,
    config: TelephonyServerConfig | None = None,
    sim_kwargs: dict[str, Any] | None = None,
    chunk_ms: int = 100,
    on_worker: Callable[[Any], Any] | None = None,
    keypad: KeypadParams | None = DEFAULT_KEYPAD,
) -> CallResult:
    log = FrameLog()
    vads: list[RecordingVAD] = []
    seen: list[list[FrameProcessor]] = []

    def make_vad() -> RecordingVAD:
        vads.append(RecordingVAD())
        return vads[-1]

    script = EmulatorScript(replies=replies, chunk_ms=chunk_ms)
    async with RealtimeEmulator(api_key="k", script=script) as emu:
        factory = g711_pipeline_factory(
            emulator_llm(emu.url),
            make_vad=make_vad if with_vad else None,
            observers=lambda: [log],
            on_worker=lambda w, _c, procs: (
                seen.append(list(procs)),
                on_worker(w) if on_worker else None,
            ),
            keypad=keypad,
        )
        # keep the ended call's session (its pipeline) for the assertions
        config = dataclasses.replace(config or TelephonyServerConfig(), keep_ended_calls=True)
        app = create_telephony_app(factory, config)
        async with serve_in_background(app) as base:
            url = base.replace("http://", "ws://") + f"/{provider}/media"
            sim = MediaStreamSimulator(
                url,
                provider,
                caller_audio=caller,
                encoding=encoding,  # type: ignore[arg-type]
                max_duration_s=max_duration_s,
                hang_up_when=(lambda r: hang_up_when(r, emu.last_session))
                if hang_up_when
                else None,
                **(sim_kwargs or {}),
            )
            record = await sim.run()
            for _ in range(1000):
                if app.state.ended_calls:
                    break
                await asyncio.sleep(0.01)
            (call,) = app.state.ended_calls
        session = emu.last_session
        assert session is not None
    return CallResult(
        record, session, call, log, vads[0] if vads else None, seen[0] if seen else []
    )


def replies_played(n: int) -> Callable[[SimulatorRecord, SessionRecord | None], bool]:
    """Hang up once ``n`` responses are complete and the far end has played everything (and,
    where the provider sends marks, received and echoed the last one)."""

    def done(record: SimulatorRecord, session: SessionRecord | None) -> bool:
        if session is None or len(session.responses) < n:
            return False
        if any(r.get("status") in (None, "in_progress") for r in session.responses):
            return False
        model = sum(len(a) for a in session.output_audio.values())
        jb = record.jitter
        return (
            jb is not None
            # the model's audio is G.711 (8 bytes a ms); a PCM16 line carries it decoded, at 16:
            # counted as bytes, half of it had come (a loaded run hung up on a gap at 680 ms)
            and len(record.received_media) >= model * jb.config.bytes_per_ms // 8
            and jb.buffered_bytes == 0
            and not jb.playing
            and len(record.marks_echoed) == len(record.marks_received)
            # a provider with marks has one after each media message: the last one may still be
            # on its way when the audio has played (a CI run hung up on 61 messages, 60 marks);
            # but the media message a barge-in cut off goes without one (the clear discards
            # it), so each clear leaves one short (a barge-in call waited out its 14 s)
            and (
                not record.marks_received
                or len(record.marks_received) >= record.media_messages_received - len(record.clears)
            )
        )

    return done


def held_calls() -> tuple[asyncio.Event, asyncio.Event, Any]:
    """A telephony pipeline factory whose calls hold their slot until ``release`` is set
    (then fail: no pipeline is built); ``started`` is set once a call got that far."""
    started = asyncio.Event()
    release = asyncio.Event()

    async def factory(transport: Any, call: Any) -> Any:
        started.set()
        await release.wait()
        raise RuntimeError("test pipeline is not built")

    return started, release, factory
