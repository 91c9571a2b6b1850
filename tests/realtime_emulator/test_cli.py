"""``pipecat-rt-best emulator``: serves until interrupted, never prints the key."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys

from websockets.asyncio.client import connect

from pipecat_rt_best.cli import build_parser
from pipecat_rt_best.cli.emulator import mask_secret
from tests.interruptible import interruptible

from .helpers import Client

KEY = "sk-very-secret-emulator-key"


def test_parser_registers_the_subcommand() -> None:
    args = build_parser().parse_args(
        ["emulator", "--port", "0", "--api-key", KEY, "--reply", "one", "--reply", "two"]
    )
    assert args.command == "emulator" and args.port == 0 and args.reply == ["one", "two"]
    assert callable(args.func)


def test_mask_secret_shows_no_characters() -> None:
    masked = mask_secret(KEY)
    assert not any(part in masked for part in (KEY[:3], KEY[-3:]))


async def test_serves_until_interrupted() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "pipecat_rt_best.cli", "emulator", "--port", "0",
        "--api-key", KEY, "--reply", "Hi from the command line.",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        preexec_fn=interruptible,
        env={**os.environ, "LOGURU_LEVEL": "INFO"},
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    try:
        line = (await asyncio.wait_for(proc.stdout.readline(), 30)).decode()
        match = re.search(r"ws://127\.0\.0\.1:(\d+)/v1/realtime", line)
        assert match, line
        async with connect(
            match.group(0), additional_headers={"Authorization": f"Bearer {KEY}"}
        ) as ws:
            client = Client(ws)
            await client.expect("session.created")
            await client.send(
                "session.update", session={"type": "realtime", "output_modalities": ["text"]}
            )
            await client.expect("session.updated")
            events = await client.respond()
            assert (
                events[-1]["response"]["output"][0]["content"][0]["text"]
                == "Hi from the command line."
            )
    finally:
        proc.send_signal(signal.SIGINT)
        # generous: a loaded 2-core CI machine has taken more than 15 s to wind the process down
        out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0
    printed = line + out.decode() + err.decode()
    assert KEY not in printed and mask_secret(KEY) in printed
