"""``pipecat-rt-best azure-speech-emulator``: serve the offline Azure Speech (TTS) emulator."""

from __future__ import annotations

import argparse
import asyncio
import math

from pipecat_rt_best.cli.emulator import add_server_options, mask_secret, server_key
from pipecat_rt_best.cli.errors import CliError, check_port, listen_error


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "azure-speech-emulator",
        help="serve an offline Azure Speech synthesis (USP) emulator for the real Speech SDK",
        description=(
            "Serve Azure Speech synthesis over USP on ws://HOST:PORT/cognitiveservices/websocket/v1 "
            "until Ctrl-C. Point the SDK at it with SpeechConfig(subscription=KEY, host='ws://HOST:PORT') "
            "or AZURE_SPEECH_HOST=ws://HOST:PORT."
        ),
    )
    add_server_options(parser, 8766, "key (or bearer token) clients")
    parser.add_argument(
        "--custom-voice",
        action="append",
        default=[],
        metavar="DEPLOYMENT_ID=VOICE",
        help="serve a custom neural voice under a deployment id (repeatable)",
    )
    parser.add_argument("--first-byte-delay", type=float, default=0.0, metavar="S")
    parser.add_argument("--connect-delay", type=float, default=0.0, metavar="S")
    parser.add_argument(
        "--realtime-factor",
        type=float,
        default=None,
        metavar="X",
        help="send audio at most X times faster than real time (default: as fast as possible)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # lazy: --help stays fast
    from pipecat_rt_best.testing.azure_speech_emulator import AzureSpeechEmulator, SpeechFaults

    custom: dict[str, str] = {}
    for item in args.custom_voice:
        dep, sep, voice = item.partition("=")
        if not sep or not dep or not voice:
            raise CliError(f"--custom-voice expects DEPLOYMENT_ID=VOICE, not {item!r}")
        custom[dep] = voice
    check_port(args.port)
    api_key = server_key(args, "azure-speech-emulator")
    for name in ("first_byte_delay", "connect_delay"):
        value = getattr(args, name)
        if not 0 <= value < math.inf:  # NaN too (no delay then); inf: nothing ever answered
            raise CliError(f"--{name.replace('_', '-')} must be >= 0 seconds, not {value:g}")
    if args.realtime_factor is not None and not args.realtime_factor >= 0:  # NaN too
        raise CliError(f"--realtime-factor must be >= 0, not {args.realtime_factor:g}")
    faults = SpeechFaults(
        first_byte_delay_s=args.first_byte_delay,
        connect_delay_s=args.connect_delay,
        realtime_factor=args.realtime_factor or None,
    )
    # one secret for a demo: the key, or the same string as a bearer token (the class alone
    # takes the key as the subscription key only, as the service does)
    emu = AzureSpeechEmulator(
        api_key=api_key,
        tokens={api_key},
        custom_voices=custom,
        faults=faults,
        host=args.host,
        port=args.port,
    )

    async def main() -> None:
        try:
            await emu.start()
        except (OSError, UnicodeError) as exc:  # port in use, or a host not this machine's
            raise listen_error(
                args.host, args.port, exc, "pass another --port (0 picks a free one)"
            ) from None
        print(f"Azure Speech emulator serving on {emu.host}", flush=True)
        print(f"  key: {mask_secret(api_key)}; Ctrl-C to stop", flush=True)
        for dep, voice in custom.items():
            print(f"  custom voice {voice} under deployment {dep}", flush=True)
        try:
            await emu.serve_forever()
        finally:
            await emu.stop()

    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        print("emulator stopped", flush=True)
    return 0
