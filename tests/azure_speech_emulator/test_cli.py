"""``pipecat-rt-best azure-speech-emulator``: the real SDK talks to it; the key is never printed."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys

from pipecat_rt_best.cli import build_parser, main
from pipecat_rt_best.cli.azure_speech_emulator import mask_secret
from tests.interruptible import interruptible

from .helpers import Sdk, ssml_doc

KEY = "speech-very-secret-key-123"


def test_parser_registers_the_subcommand() -> None:
    args = build_parser().parse_args(
        ["azure-speech-emulator", "--port", "0", "--custom-voice", "dep=BrandNeural"]
    )
    assert args.command == "azure-speech-emulator" and args.custom_voice == ["dep=BrandNeural"]


def test_a_malformed_custom_voice_is_one_line_and_exit_2(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["azure-speech-emulator", "--custom-voice", "nodeployment"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "DEPLOYMENT_ID=VOICE" in err


def test_a_port_in_use_is_one_line_and_exit_2(capsys) -> None:  # type: ignore[no-untyped-def]
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["azure-speech-emulator", "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"cannot listen on 127.0.0.1:{port}" in err


async def test_serves_the_sdk_until_interrupted() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "pipecat_rt_best.cli", "azure-speech-emulator", "--port", "0",
        "--api-key", KEY, "--custom-voice", "dep-7=BrandNeural",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        preexec_fn=interruptible,
        env={**os.environ, "LOGURU_LEVEL": "INFO"},
    )  # fmt: skip
    assert proc.stdout is not None
    try:
        line = (await asyncio.wait_for(proc.stdout.readline(), 30)).decode()
        match = re.search(r"ws://127\.0\.0\.1:\d+", line)
        assert match, line
        # keep the SDK object alive until the emulator has exited: its destructor closes the
        # connection from the SDK's threads, which must not race the emulator's shutdown
        sdk = Sdk(match.group(0), key=KEY, endpoint_id="dep-7")
        out = await sdk.assr(ssml_doc("Hello from the command line.", voice="BrandNeural"))
        assert out.completed, out.error_details
        assert len(out.audio) > 0
    finally:
        proc.send_signal(signal.SIGINT)
        # generous: a loaded 2-core CI machine has taken more than 15 s to wind the process down
        stdout, stderr = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0
    printed = line + stdout.decode() + stderr.decode()
    assert KEY not in printed and mask_secret(KEY) in printed


def test_a_bad_port_is_one_line_and_exit_2(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["azure-speech-emulator", "--port", "99999"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--port must be 0-65535" in err
