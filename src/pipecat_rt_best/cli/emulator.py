"""``pipecat-rt-best emulator``: serve the realtime emulator until interrupted."""

from __future__ import annotations

import argparse
import asyncio
import math
import os

from loguru import logger

from pipecat_rt_best.base.env_value import env_secret
from pipecat_rt_best.cli.errors import CliError, check_port, listen_error
from pipecat_rt_best.testing.realtime_emulator.script import EmulatorScript
from pipecat_rt_best.testing.realtime_emulator.server import Faults, RealtimeEmulator


def mask_secret(secret: str) -> str:
    """A printable stand-in for a secret: never any of its characters."""
    return f"**** ({len(secret)} chars)" if secret else "(empty)"


def add_server_options(parser: argparse.ArgumentParser, port: int, clients: str) -> None:
    """The options every emulator command serves with: ``--host``, ``--port``, ``--api-key``."""
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=port, help="0 picks a free port")
    parser.add_argument(
        "--api-key",
        default=None,
        help=f"{clients} must present (default: $EMULATOR_API_KEY or 'test-key'; prefer the "
        "variable: a flag's value is visible in the process list)",
    )


def server_key(args: argparse.Namespace, command: str) -> str:
    """The key an emulator serves with (``--api-key``, else ``$EMULATOR_API_KEY`` unquoted as
    the clients' keys are read, :func:`~pipecat_rt_best.base.env_value.env_secret`, else
    'test-key'); a key on the command line gets a warning, never an echo."""
    if args.api_key is not None:
        logger.warning(
            f"{command}: --api-key is visible to every user in the process list; "
            "set EMULATOR_API_KEY instead"
        )
    return str(args.api_key or env_secret(os.environ, "EMULATOR_API_KEY") or "test-key")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "emulator",
        help="serve an offline GPT-4o Realtime (GA protocol) emulator on a local port",
        description=(
            "Serve the GA Realtime protocol on ws://HOST:PORT/v1/realtime (Authorization: Bearer KEY) "
            "and ws://HOST:PORT/openai/v1/realtime (api-key: KEY) until Ctrl-C."
        ),
    )
    add_server_options(parser, 8765, "key clients")
    parser.add_argument(
        "--reply",
        action="append",
        default=[],
        metavar="TEXT",
        help="scripted reply, once per response in order (repeatable); then 'OK.'",
    )
    parser.add_argument("--cycle", action="store_true", help="repeat the replies instead of 'OK.'")
    parser.add_argument("--first-delta-delay", type=float, default=0.0, metavar="S")
    parser.add_argument("--realtime-pacing", action="store_true", help="stream audio at real time")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    check_port(args.port)
    if not 0 <= args.first_delta_delay < math.inf:  # NaN too (no delay then)
        raise CliError(f"--first-delta-delay must be >= 0 seconds, not {args.first_delta_delay:g}")
    api_key = server_key(args, "emulator")
    script = EmulatorScript(
        replies=list(args.reply), exhausted="cycle" if args.cycle else "default"
    )
    faults = Faults(
        first_delta_delay_s=args.first_delta_delay, realtime_pacing=args.realtime_pacing
    )
    emu = RealtimeEmulator(
        api_key=api_key, script=script, faults=faults, host=args.host, port=args.port
    )

    async def main() -> None:
        try:
            await emu.start()
        except (OSError, UnicodeError) as exc:  # port in use, or a host not this machine's
            raise listen_error(
                args.host, args.port, exc, "pass another --port (0 picks a free one)"
            ) from None
        print(f"Realtime emulator (GA protocol) serving on {emu.url}", flush=True)
        print(f"  Azure-style endpoint: {emu.azure_url}", flush=True)
        print(f"  API key: {mask_secret(api_key)}; Ctrl-C to stop", flush=True)
        try:
            await emu.serve_forever()
        finally:
            await emu.stop()

    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        print("emulator stopped", flush=True)
    return 0
