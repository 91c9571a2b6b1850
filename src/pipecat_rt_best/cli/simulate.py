"""``pipecat-rt-best simulate``: a scripted noisy phone call, offline, showing the seven practices.

A caller with a TV in the room calls the Hindi EMI-reminder bot (``realtime_prompt/examples/
hindi_loan_collection.yaml``) through the pack's full call pipeline, against the embedded
realtime emulator (and, in text modality, the Azure Speech emulator the real Speech SDK
talks to). Each event is printed as it happens, tagged with the practice at work; at the
end, each of the seven practices is listed as seen or not. ``--out`` gets ``caller.wav``,
``bot.wav``, ``timeline.png`` and ``report.json``. Exits 1 if a practice the modality
exercises was not seen.
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any

from pipecat_rt_best.base.extras import missing_extra
from pipecat_rt_best.cli.errors import CliError, check_out_folder


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "simulate",
        help="run a scripted noisy phone call offline (embedded emulators), showing the seven practices",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--modality",
        choices=["text", "audio"],
        default="text",
        help="text: the model writes, Azure TTS speaks (all seven practices); "
        "audio: the model speaks (no TTS: practice 4 is not in that call). Default: text",
    )
    p.add_argument(
        "--format", choices=["pcmu", "pcma", "pcm"], default="pcmu", help="session audio format"
    )
    p.add_argument(
        "--out",
        type=Path,
        default=Path("simulate-out"),
        help="where to write caller.wav, bot.wav, timeline.png, report.json (default: simulate-out/)",
    )
    p.add_argument("--no-pool", action="store_true", help="connect directly (no session pool)")
    p.add_argument("--verbose", action="store_true", help="show pipecat's debug logs")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out: Path = args.out
    check_out_folder(out)
    # lazy: subcommands import what they run when they run it (``--help`` stays fast);
    # logging is set up before pipecat is imported (its banner stays out of the output)
    from pipecat_rt_best.testing.simulated_call.logs import quiet_logs

    # quiet unless asked: a --log-level given (before the command) is the level
    given = args.log_level if getattr(args, "log_level_given", False) else "WARNING"
    quiet_logs("DEBUG" if args.verbose else given)
    print(
        f"Simulated call ({args.modality} modality, session {args.format}): a caller with a TV in "
        "the room → phone line → the pack's call pipeline → embedded emulators",
        flush=True,
    )
    try:
        # lazy: as above
        from pipecat_rt_best.testing.simulated_call.call import (
            OutputsNotWritten,
            SimulationResult,
            missing_practices,
            practice_summary,
            simulate_call,
        )
        from pipecat_rt_best.testing.simulated_call.scenario import scripted_call
        from pipecat_rt_best.testing.simulated_call.timeline import TimelineEvent
    except ModuleNotFoundError as exc:  # an extra not installed (the Speech SDK: [azure])
        raise missing_extra(exc, "the simulated call") from None

    try:
        scenario = scripted_call(args.modality)
    except FileNotFoundError as exc:
        raise CliError(str(exc)) from None
    levels = scenario.levels_dbfs
    print(
        f"prompt: {scenario.prompt.name}, {len(scenario.prompt.states)} states; line levels: "
        f"caller {levels['caller']:.0f} dBFS, TV speech {levels['tv_speech']:.0f} dBFS, "
        f"TV music + room {levels['tv_bed']:.0f} dBFS\n",
        flush=True,
    )
    print(f"{'time':>8}  {'practice':<14} {'event':<17} detail", flush=True)

    async def call() -> SimulationResult:
        """The call, printed live; ended once stdout is closed (``| head``)."""
        this = asyncio.current_task()
        closed: list[BrokenPipeError] = []

        def live(event: TimelineEvent) -> None:
            try:
                print(event.line(), flush=True)
            except BrokenPipeError as exc:  # the timeline would log it and go on: end here
                if not closed and this is not None:
                    closed.append(exc)
                    this.cancel()

        try:
            return await simulate_call(
                modality=args.modality,
                scenario=scenario,
                audio_format=args.format,
                out_dir=out,
                pool=not args.no_pool,
                on_event=live,
            )
        except asyncio.CancelledError:
            if not closed or this is None:
                raise
            this.uncancel()
            raise closed[0] from None  # main() ends quietly on it

    try:
        result = asyncio.run(call())
    except OutputsNotWritten as exc:  # only the files: not a closed stdout, not a socket
        raise CliError(f"could not write to --out {out}: {exc.strerror or exc}") from None
    for text in result.timeline.model_memory:
        print(f"\nafter the barge-in the model remembers saying only: {text!r}")
    print("\nThe seven practices in this call:")
    print("\n".join(practice_summary(result)))
    files = ", ".join(str(p) for p in result.files.values())
    print(f"\nfiles: {files}")
    missing = missing_practices(result)
    if missing:
        raise CliError(
            f"practice(s) {', '.join(map(str, missing))} did not show in this call", exit_code=1
        )
    return 0
