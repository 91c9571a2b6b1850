"""A call's content (the model's words, tool arguments, what the caller said) in the logs:
websockets' frame lines at DEBUG show each frame's kind, event and size, never its payload, and
a level at which pipecat logs the content (DEBUG, TRACE) is said to be one, when logging starts
and in the option's help."""

from __future__ import annotations

import io
import logging
import subprocess
import sys
from collections.abc import Iterator

import pytest
from websockets.frames import Frame, Opcode

from pipecat_rt_best.base.redaction import redact_websocket_client_logs

DOB, CARD = "1985-03-12", "4821"


@pytest.fixture
def client_log() -> Iterator[io.StringIO]:
    """``websockets.client`` at DEBUG into a buffer, with the filter the pack puts on it."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    client = logging.getLogger("websockets.client")
    old_level = client.level
    client.addHandler(handler)
    client.setLevel(logging.DEBUG)
    redact_websocket_client_logs()
    try:
        yield out
    finally:
        client.removeHandler(handler)
        client.setLevel(old_level)


def test_a_frame_line_shows_the_event_and_size_not_the_payload(client_log: io.StringIO) -> None:
    # websockets prints a frame's first and last ~35 characters: short events and the end of
    # a *.done event are the model's words and a tool call's arguments
    client = logging.getLogger("websockets.client")
    done = b'{"type": "response.output_audio_transcript.done", "transcript": "card ending 4821"}'
    args = b'{"event_id": "ev_1", "type": "response.function_call_arguments.done", '
    args += b'"arguments": "{\\"dob\\": \\"1985-03-12\\"}"}'
    media = b'{"event": "media", "media": {"payload": "////"}}'
    client.debug("< %s", Frame(Opcode.TEXT, done))
    client.debug("< %s", Frame(Opcode.TEXT, args))
    client.debug("> %s", Frame(Opcode.TEXT, media))
    client.debug("> %s", Frame(Opcode.BINARY, b"card 4821"))
    client.debug("> %s", Frame(Opcode.CLOSE, b"\x03\xe8"))  # a control frame stays as it was
    client.debug("< %s", "not a frame: 4821")  # nor is any other line with that format cut
    assert client_log.getvalue().splitlines() == [
        f"< TEXT response.output_audio_transcript.done [{len(done)} bytes]",
        f"< TEXT response.function_call_arguments.done [{len(args)} bytes]",
        f"> TEXT media [{len(media)} bytes]",
        "> BINARY [9 bytes]",
        "> CLOSE 1000 (OK) [2 bytes]",
        "< not a frame: 4821",
    ]


_CALL_AT = """
import asyncio, sys
from pipecat_rt_best.cli.errors import setup_logging
setup_logging(sys.argv[1])
from pipecat_rt_best.call_pipeline.telephony import g711_pipeline_factory, serve_in_background
from pipecat_rt_best.g711_passthrough.server import TelephonyServerConfig, create_telephony_app
from pipecat_rt_best.testing.media_stream_simulator import MediaStreamSimulator
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator, Reply, ToolCall
from pipecat_rt_best.testing.telephony_call import emulator_llm

async def main():
    script = EmulatorScript(replies=[Reply(
        text="Your card ending 4821 is blocked.",
        tool_calls=[ToolCall("verify_borrower", {"dob": "1985-03-12"})],
    )])
    async with RealtimeEmulator(api_key="k", script=script) as emu:
        app = create_telephony_app(g711_pipeline_factory(emulator_llm(emu.url, "k")),
                                   TelephonyServerConfig())
        async with serve_in_background(app) as base:
            url = base.replace("http://", "ws://") + "/twilio/media"
            await MediaStreamSimulator(url, "twilio", max_duration_s=5).run()
            for call in list(app.state.calls):
                await call.ended.wait()

asyncio.run(main())
"""


def _call_logged_at(level: str) -> list[str]:
    """The log lines of one Twilio call on the telephony app, the CLI's logging at ``level``;
    the model's reply reads back a card's last digits and calls a tool with a birth date."""
    done = subprocess.run(
        [sys.executable, "-c", _CALL_AT, level],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stderr.splitlines()


def test_at_debug_no_websockets_line_carries_the_calls_words_or_tool_arguments() -> None:
    lines = _call_logged_at("DEBUG")
    frames = [line for line in lines if " | websockets." in line]
    # no frame line with the read-back digits or the tool's arguments ...
    assert [line for line in frames if DOB in line or CARD in line] == []
    # ... though the frames are logged (the emulator's server side too), by event
    assert any("< TEXT response.function_call_arguments.done [" in line for line in frames)
    assert any("> TEXT input_audio_buffer.append [" in line for line in frames)


WARNING = "the calls' content is logged"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipecat_rt_best.cli", *args],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


@pytest.mark.parametrize("level", ["DEBUG", "trace", "INFO", "WARNING"])
def test_a_level_that_logs_the_calls_content_says_so_when_logging_starts(level: str) -> None:
    # --log-level DEBUG logged the model's read-backs and tool arguments, and the option said
    # only that secrets are redacted: an operator took DEBUG on a live pod for safe
    done = _cli("--log-level", level, "normalize", "5")
    assert done.returncode == 0 and done.stdout == "पाँच\n", done.stderr
    warned = [line for line in done.stderr.splitlines() if WARNING in line]
    if level.upper() in ("DEBUG", "TRACE"):
        (line,) = warned
        assert "| WARNING  |" in line and "personal data" in line and "test calls only" in line
    else:
        assert warned == []
    helped = " ".join(_cli("--help").stdout.split())
    assert "DEBUG and TRACE log the calls' content" in helped and "personal data" in helped


_SERVED_AT = """
import asyncio, sys
from fastapi import FastAPI
from loguru import logger
from pipecat_rt_best.call_pipeline import log_at_level_while_serving

app = FastAPI()
log_at_level_while_serving(app, sys.argv[1], started="bot.py: realtime backend OpenAI at x")

async def main():
    async with app.router.lifespan_context(app):  # what uvicorn does when it starts serving
        logger.debug("a call's debug line")
        logger.info("a call's info line")

asyncio.run(main())
"""


@pytest.mark.parametrize("level", ["DEBUG", "INFO"])
def test_a_bot_served_at_a_level_that_logs_the_calls_content_says_so(level: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _SERVED_AT, level],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert ("a call's debug line" in done.stderr) == (level == "DEBUG")
    assert "a call's info line" in lines[-1]
    assert any(WARNING in line for line in lines) == (level == "DEBUG")
    # the bots say which backend the calls go to once the level is set (the backends review)
    assert any("| INFO     |" in ln and "realtime backend OpenAI at x" in ln for ln in lines)
