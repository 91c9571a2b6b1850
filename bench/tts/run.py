"""Time to first audio of a realtime text reply spoken by Azure TTS: sentence streaming vs
synthesising the whole reply vs pipecat's AzureTTSService, side by side in one run.

    .venv/bin/python -m bench.tts              # 8 runs per mode (~90 s)
    .venv/bin/python -m bench.tts --runs 3     # quicker

Each run is a real pipecat pipeline ``RealtimeLLMService (text modality) → TTS → sink``:
the pack's GA Realtime emulator streams a 4-sentence reply (one word per text delta,
``--delta-ms`` apart, as a model writes), and the TTS talks through the real Azure Speech
SDK to the pack's Azure Speech emulator, which answers each request after
``--first-byte-ms`` (the service's time to first byte) and ``--connect-ms`` per WebSocket
handshake. Time to first audio = first audio frame out of the TTS − first text delta sent
by the realtime emulator (one clock, one process). Modes:

* ``streaming`` — :class:`AzureSpeechTTSService` (pack): sentence splitter, pre-connected;
* ``streaming_early`` — the same, with ``first_chunk_min_chars=24``: the reply's first
  chunk may end at a clause boundary (here ", applied for last week,");
* ``whole_reply`` — the same service with ``whole_reply=True``: one request per reply,
  as a service that waits for the full text does (the realtime-api-plus sample's CNV path);
* ``pipecat`` — pipecat's ``AzureTTSService`` driven the same way (its sentence
  aggregator, PCM, connects on first use).

Results (JSON + Markdown) go to ``bench/tts/results/``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from loguru import logger
from pipecat.frames.frames import EndFrame, Frame, LLMContextFrame, TTSAudioRawFrame
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineParams, PipelineWorker
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.services.azure.tts import AzureTTSService
from pipecat.services.tts_service import TTSService
from pipecat.workers.runner import WorkerRunner
from tqdm import tqdm

from bench import provenance
from pipecat_rt_best.azure_tts import AzureSpeechTTSService
from pipecat_rt_best.base.audio_format import duration_ms
from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
from pipecat_rt_best.testing.azure_speech_emulator import AzureSpeechEmulator
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, Faults, RealtimeEmulator

OUT = Path(__file__).resolve().parent / "results"
KEY = "bench-key"
REPLY = (
    "Your loan of four lakh rupees, applied for last week, has been approved. "
    "The first EMI of eight thousand five hundred rupees is due on the fifth of April. "
    "You can pay it from the app or at any branch. "
    "Shall I send the repayment schedule to your phone?"
)
MODES = ("streaming", "streaming_early", "whole_reply", "pipecat")


class _FirstAudio(FrameProcessor):
    def __init__(self) -> None:
        super().__init__()
        self.first: float | None = None
        self.last: float | None = None
        self.audio_ms = 0.0

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if isinstance(frame, TTSAudioRawFrame) and direction == FrameDirection.DOWNSTREAM:
            now = time.monotonic()
            self.first = self.first or now
            self.last = now
            self.audio_ms += duration_ms(len(frame.audio), frame.sample_rate)
        await self.push_frame(frame, direction)


def _tts(mode: str, host: str) -> TTSService:
    if mode == "pipecat":
        return AzureTTSService(
            api_key=KEY, private_endpoint=f"{host}/cognitiveservices/websocket/v1"
        )
    return AzureSpeechTTSService(
        api_key=KEY,
        host=host,
        output="ulaw",
        whole_reply=(mode == "whole_reply"),
        first_chunk_min_chars=24 if mode == "streaming_early" else None,
    )


async def _one_run(mode: str, rt: RealtimeEmulator, az: AzureSpeechEmulator) -> dict[str, float]:
    llm = RealtimeLLMService(
        api_key=KEY,
        base_url=rt.url,
        settings=RealtimeLLMService.Settings(
            session_properties=realtime_session(output_modality="text")
        ),
    )
    sink = _FirstAudio()
    worker = PipelineWorker(
        Pipeline([llm, _tts(mode, az.host), sink]),
        params=PipelineParams(audio_out_sample_rate=8000),
        enable_rtvi=False,
        idle_timeout_secs=None,
    )
    runner = WorkerRunner(handle_sigint=False)
    await runner.add_workers(worker)
    run = asyncio.create_task(runner.run())
    sessions_before = len(rt.sessions)
    requests_before = len(az.requests)
    try:
        await rt.wait_for(lambda: len(rt.sessions) > sessions_before, 10)
        session = rt.sessions[-1]
        await asyncio.sleep(0.5)  # the session is set up (and the pack's TTS pre-connected)
        context = LLMContext(messages=[{"role": "user", "content": "Is my loan approved?"}])
        await worker.queue_frame(LLMContextFrame(context))
        deadline = time.monotonic() + 30
        while True:
            mine = az.requests[requests_before:]
            spoken = " ".join(r.spoken_text for r in mine)
            finished = spoken.endswith("phone?") and all(r.status != "pending" for r in mine)
            replied = bool(session.responses) and session.responses[-1]["status"] == "completed"
            if finished and replied:
                expected_ms = sum(
                    len(r.audio) / (8 if r.output_format.endswith(("mulaw", "alaw")) else 16)
                    for r in mine
                )
                if sink.audio_ms >= expected_ms - 1:
                    break
            if time.monotonic() > deadline:
                raise TimeoutError(f"{mode}: the reply was not spoken in full")
            await asyncio.sleep(0.01)
        deltas = [
            t for e, t in zip(session.sent, session.sent_times, strict=True)
            if e.get("type") == "response.output_text.delta"
        ]  # fmt: skip
        assert sink.first is not None and sink.last is not None
        return {
            "ttfa_ms": (sink.first - deltas[0]) * 1000,
            "last_audio_ms": (sink.last - deltas[0]) * 1000,
            "text_ms": (deltas[-1] - deltas[0]) * 1000,
            "requests": float(len(az.requests) - requests_before),
            "audio_ms": sink.audio_ms,
        }
    finally:
        await worker.queue_frame(EndFrame())
        try:
            await asyncio.wait_for(run, 15)
        except TimeoutError:
            await worker.cancel()


async def _bench(args: argparse.Namespace) -> dict[str, Any]:
    script = EmulatorScript(replies=[REPLY], exhausted="cycle")
    results: dict[str, list[dict[str, float]]] = {m: [] for m in MODES}
    async with (
        RealtimeEmulator(
            api_key=KEY, script=script, faults=Faults(delta_interval_s=args.delta_ms / 1000)
        ) as rt,
        AzureSpeechEmulator(api_key=KEY) as az,
    ):
        az.faults.first_byte_delay_s = args.first_byte_ms / 1000
        az.faults.connect_delay_s = args.connect_ms / 1000
        with tqdm(total=args.runs * len(MODES), desc="tts runs", file=sys.stderr) as bar:
            for _ in range(args.runs):
                for mode in MODES:  # interleaved, so drift hits every mode alike
                    results[mode].append(await _one_run(mode, rt, az))
                    bar.update()
    summary: dict[str, Any] = {}
    for mode, runs in results.items():
        ttfa = [r["ttfa_ms"] for r in runs]
        summary[mode] = {
            "ttfa_ms_median": statistics.median(ttfa),
            "ttfa_ms_min": min(ttfa),
            "ttfa_ms_max": max(ttfa),
            "last_audio_ms_median": statistics.median(r["last_audio_ms"] for r in runs),
            "text_ms_median": statistics.median(r["text_ms"] for r in runs),
            "requests_per_reply": statistics.median(r["requests"] for r in runs),
            "audio_ms_median": statistics.median(r["audio_ms"] for r in runs),
            "runs": runs,
        }
    base = summary["streaming"]["ttfa_ms_median"]
    for mode in MODES:
        summary[mode]["ttfa_ratio_vs_streaming"] = summary[mode]["ttfa_ms_median"] / base
    return summary


def _markdown(summary: dict[str, Any], args: argparse.Namespace) -> str:
    lines = [
        f"# bench/tts — {args.runs} runs per mode; Azure first byte {args.first_byte_ms:.0f} ms, "
        f"connect {args.connect_ms:.0f} ms; text delta every {args.delta_ms:.0f} ms",
        "",
        "| mode | TTFA median (min–max) | × streaming | last audio | requests/reply |",
        "|---|---:|---:|---:|---:|",
    ]
    for mode in MODES:
        s = summary[mode]
        lines.append(
            f"| {mode} | {s['ttfa_ms_median']:.0f} ms ({s['ttfa_ms_min']:.0f}–{s['ttfa_ms_max']:.0f}) "
            f"| {s['ttfa_ratio_vs_streaming']:.2f}x | {s['last_audio_ms_median']:.0f} ms "
            f"| {s['requests_per_reply']:.0f} |"
        )
    lines.append("")
    lines.append(
        f"The reply's text streamed for {summary['streaming']['text_ms_median']:.0f} ms (median)."
    )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.tts", description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=8)
    parser.add_argument("--first-byte-ms", type=float, default=150.0)
    parser.add_argument("--connect-ms", type=float, default=0.0)
    parser.add_argument("--delta-ms", type=float, default=40.0)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if args.runs < 1 or args.first_byte_ms < 0 or args.connect_ms < 0 or args.delta_ms < 0:
        print("error: --runs must be >= 1 and the delays >= 0")
        return 2
    logger.remove()
    logger.add(sys.stderr, level="ERROR", diagnose=False, backtrace=False)
    summary = asyncio.run(_bench(args))
    args.out.mkdir(parents=True, exist_ok=True)
    tag = f"fb{args.first_byte_ms:.0f}_c{args.connect_ms:.0f}_d{args.delta_ms:.0f}"
    meta = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "args": {k: str(v) for k, v in vars(args).items()},
        "provenance": provenance.stamp("bench.tts", argv),
    }
    (args.out / f"tts_{tag}.json").write_text(
        json.dumps({"meta": meta, "summary": summary}, indent=2)
    )
    md = _markdown(summary, args) + "\n" + provenance.markdown(meta["provenance"])
    (args.out / f"tts_{tag}.md").write_text(md)
    print(md)
    return 0
