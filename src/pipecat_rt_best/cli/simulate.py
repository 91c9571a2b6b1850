"""``pipecat-rt-best simulate``: an offline simulated phone call, with its turn timeline."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "simulate",
        help="run a scripted two-turn phone call offline (embedded emulator) and print its timeline",
        description=__doc__,
    )
    p.add_argument(
        "--format", choices=["pcmu", "pcma", "pcm"], default="pcmu", help="session audio format"
    )
    p.add_argument(
        "--out", type=Path, default=Path("simulate-out"), help="where to write caller.wav / bot.wav"
    )
    p.add_argument("--verbose", action="store_true", help="show pipecat's debug logs")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # lazy: subcommands import what they run when they run it (``--help`` stays fast)
    from pipecat_rt_best.testing.simulated_call.call import quiet_logs, simulate_call
    from pipecat_rt_best.testing.simulated_call.caller_audio import wav_bytes

    quiet_logs("DEBUG" if args.verbose else "WARNING")
    print(
        f"Simulated call: synthetic caller → pipecat pipeline ({args.format}) → embedded realtime emulator\n"
    )
    result = asyncio.run(simulate_call(audio_format=args.format, out_dir=args.out))
    print(result.timeline.render())
    import numpy as np

    bot_wav = args.out / "bot.wav"
    bot_wav.write_bytes(
        wav_bytes(np.frombuffer(result.played.pcm, dtype="<i2"), result.played.sample_rate)
    )
    print()
    print(f"caller turns spoken:        {len(result.caller_spoke)}")
    print(
        f"commits the model received: {result.emulator_commits} (audio bytes per turn: {result.emulator_turn_bytes})"
    )
    print(f"responses requested:        {result.emulator_responses}")
    print(
        f"bot audio played:           {result.played.speech_seconds:.1f} s "
        f"(line fed for {result.played.seconds:.1f} s)"
    )
    print(f"audio files:                {result.caller_wav}, {bot_wav}")
    return 0
