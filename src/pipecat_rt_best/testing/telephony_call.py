"""An offline phone call through the telephony server, with a report (CLI and notebooks).

provider simulator → telephony server (this process) → sample pipeline (VAD, realtime
service in G.711) → realtime emulator (this process), and back. With ``url`` set, the
simulator calls that media WebSocket instead (e.g. a deployed server) and the report
covers only what the simulator saw.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import asdict, dataclass
from typing import Any

from pipecat_rt_best.base import g711
from pipecat_rt_best.call_pipeline.telephony import g711_pipeline_factory, serve_in_background
from pipecat_rt_best.g711_passthrough.dialects import LineEncoding, Provider, dialect_for
from pipecat_rt_best.g711_passthrough.server import (
    CallInfo,
    TelephonyServerConfig,
    create_telephony_app,
)
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.session_pool import RealtimeSessionPool
from pipecat_rt_best.testing.media_stream_simulator import (
    MediaStreamSimulator,
    SimulatorRecord,
    line_audio,
)
from pipecat_rt_best.testing.phone_line import JitterConfig
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator
from pipecat_rt_best.testing.simulated_call.caller_audio import synth_call

__all__ = ["CallReport", "caller_audio_at_model", "line_out", "simulated_telephony_call"]

DEFAULT_REPLIES = (
    "Namaste! This is Asha from City Bank. How can I help you today?",
    "Sure, let me check that for you.",
)


@dataclass
class CallReport:
    provider: str
    seconds: float
    caller_bytes_sent: int
    bot_bytes_received: int
    bot_ms_played: float
    marks_sent_by_app: int
    marks_echoed: int
    marks_echoed_after_clear: int
    clears: int
    first_bot_audio_s: float | None
    first_bot_playout_s: float | None
    # Known only when the server and the emulator run in this process:
    caller_bytes_exact: bool | None = None
    bot_bytes_exact: bool | None = None  # what arrived; a call that ends first gets a prefix
    model_bytes_out: int | None = None
    encoded_bytes_out: int | None = None
    confirmed_timeline_ms: float | None = None
    commits: int | None = None
    responses: int | None = None
    skipped_messages: dict[str, int] | None = None
    ended_by: str | None = None  # "simulator" (the caller hung up) | "server"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def lines(self) -> list[str]:
        def fmt(v: Any) -> str:
            if isinstance(v, float):
                return f"{v:.3f}"
            return str(v)

        return [f"{k:>26}: {fmt(v)}" for k, v in self.as_dict().items()]


def _caller_track(encoding: LineEncoding, seconds: float) -> bytes:
    lead = 2.5
    speech = min(1.5, max(0.5, seconds - lead - 1.0))
    gap = max(0.0, seconds - lead - speech - 0.5)
    samples, _ = synth_call([speech], gaps_s=[gap], lead_in_s=lead, tail_s=0.5)
    return line_audio(samples, encoding)


def emulator_llm(
    url: str, api_key: str = "k", *, session_pool: RealtimeSessionPool | None = None
) -> Callable[[CallInfo], RealtimeLLMService]:
    """A ``make_llm`` for the telephony server: each call's realtime service against ``url``
    (the realtime emulator), its session in the call's line format (G.711 straight through),
    on ``session_pool``'s sessions if one is given."""

    def make(call: CallInfo) -> RealtimeLLMService:
        return RealtimeLLMService(
            api_key=api_key,
            base_url=url,
            settings=RealtimeLLMService.Settings(
                model="gpt-realtime",
                session_properties=realtime_session(audio_format=call.session_audio_format),
            ),
            session_pool=session_pool,
        )

    return make


@contextlib.asynccontextmanager
async def _local_stack(
    provider: Provider, replies: tuple[str, ...], encoding: LineEncoding = "ulaw"
) -> AsyncIterator[tuple[str, Any, Any]]:
    async with RealtimeEmulator(api_key="demo-key", script=EmulatorScript(replies=replies)) as emu:
        # (Telnyx: the stream is opened in the simulated line's codec, as a real setup would.)
        config = TelephonyServerConfig(
            providers=(provider,),
            telnyx_codec="PCMA" if encoding == "alaw" else "PCMU",
            keep_ended_calls=True,  # one call, inspected after it ends
        )
        app = create_telephony_app(g711_pipeline_factory(emulator_llm(emu.url, "demo-key")), config)
        async with serve_in_background(app) as base:
            yield base.replace("http://", "ws://") + f"/{provider}/media", app, emu


async def simulated_telephony_call(
    provider: Provider = "twilio",
    *,
    seconds: float = 8.0,
    replies: tuple[str, ...] = DEFAULT_REPLIES,
    jitter_ms: float = 100.0,
    encoding: LineEncoding | None = None,
    url: str | None = None,
) -> CallReport:
    """Run one simulated call of ``seconds`` and report what happened."""
    encoding = encoding or dialect_for(provider).supported_encodings[0]
    caller = _caller_track(encoding, seconds)
    jitter = JitterConfig(depth_ms=jitter_ms)

    async def run(target: str) -> SimulatorRecord:
        sim = MediaStreamSimulator(
            target, provider, caller_audio=caller, encoding=encoding, jitter=jitter,
            max_duration_s=seconds,
        )  # fmt: skip
        return await sim.run()

    if url is not None:
        return _report(provider, seconds, await run(url))

    async with _local_stack(provider, replies, encoding) as (target, app, emu):
        record = await run(target)
        for call in list(app.state.calls):
            await call.ended.wait()
    report = _report(provider, seconds, record)
    if not app.state.ended_calls:  # the stream never started a call
        return report
    (call,) = app.state.ended_calls
    session = emu.last_session
    if session is None:
        return report
    law = call.call.law
    sent, received = bytes(record.sent_media), bytes(record.received_media)
    if encoding == "pcm16":  # compare in the model's terms: G.711
        sent, received = g711.encode(sent, law), g711.encode(received, law)
    stream, _ = caller_audio_at_model(session.received, session.appended_audio)
    report.caller_bytes_exact = bool(stream) and stream == sent[: len(stream)]
    jb = record.jitter
    cut = (
        session.truncations
        or any(c.get("accepted") for c in session.cancels)
        or (jb is not None and jb.discarded)
    )
    if not cut:  # an interruption cuts items; then there is no simple equality
        chunk = call.transport.output().audio_chunk_size // 2
        silence = b"\xff" if law == "ulaw" else b"\xd5"
        # what arrived, byte for byte: a call that hangs up while the bot speaks gets the
        # line's first bytes only, which is no alteration
        expected = line_out(list(session.output_audio.values()), silence, chunk)
        report.bot_bytes_exact = bool(received) and expected.startswith(received)
    report.model_bytes_out = call.serializer.aligner.original_bytes
    report.encoded_bytes_out = call.serializer.aligner.encoded_bytes
    report.confirmed_timeline_ms = call.serializer.ledger.confirmed_ms
    report.commits = len(session.commits)
    report.responses = len(session.responses)
    report.skipped_messages = dict(call.serializer.stats.skipped)
    return report


def caller_audio_at_model(
    received_events: list[dict[str, Any]], appended_audio: bytes
) -> tuple[bytes, list[bytes]]:
    """The caller audio a realtime server got, minus pipecat's pre-roll replays.

    ``received_events`` / ``appended_audio`` are an emulator session's records (each
    ``input_audio_buffer.append`` event carries its decoded length). pipecat re-appends
    its pre-roll right after each ``input_audio_buffer.clear``; those replays are
    returned separately so the rest can be compared with what the caller sent.
    """
    offset = 0
    stream = bytearray()
    replays: list[bytes] = []
    previous = None
    for event in received_events:
        kind = event.get("type")
        if kind == "input_audio_buffer.append":
            n = int(event["audio"])
            chunk = appended_audio[offset : offset + n]
            offset += n
            if previous == "input_audio_buffer.clear":
                replays.append(chunk)
            else:
                stream.extend(chunk)
        previous = kind
    if offset != len(appended_audio):
        raise ValueError("the append events do not account for the appended audio")
    return bytes(stream), replays


def line_out(items: list[bytes], silence: bytes, chunk_bytes: int) -> bytes:
    """What the caller should receive for uninterrupted model ``items``: each item's bytes,
    then the silence pipecat's output transport pads the last chunk of a response with."""
    out = bytearray()
    for item in items:
        out += item
        out += silence * (-len(item) % chunk_bytes)
    return bytes(out)


def _report(provider: str, seconds: float, record: SimulatorRecord) -> CallReport:
    jb = record.jitter
    bpm = jb.config.bytes_per_ms if jb else 8
    return CallReport(
        provider=provider,
        seconds=seconds,
        caller_bytes_sent=len(record.sent_media),
        bot_bytes_received=len(record.received_media),
        bot_ms_played=len(record.played) / bpm,
        marks_sent_by_app=len(record.marks_received),
        marks_echoed=len(record.marks_echoed),
        marks_echoed_after_clear=sum(1 for e in record.marks_echoed if e.cleared),
        clears=len(record.clears),
        first_bot_audio_s=record.first_media_received_at,
        first_bot_playout_s=record.first_played_at,
        ended_by=record.closed_by,
    )
