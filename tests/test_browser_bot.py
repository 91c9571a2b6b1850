"""``pipelines/browser_bot.py``: the offline call, the refusal, ``--help``, and a real
``-t webrtc`` runner process answering an aiortc browser over HTTP (all on 127.0.0.1)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator
from pipecat_rt_best.testing.simulated_call.caller_audio import synth_utterance
from pipecat_rt_best.testing.simulated_call.transport import CallerTurn
from pipecat_rt_best.testing.webrtc_caller import WebRTCCaller, loopback_ice, offer_over_http
from tests.ports import free_port

BOT = Path(__file__).resolve().parents[1] / "pipelines" / "browser_bot.py"


def _clean_env() -> dict[str, str]:
    """The environment without any realtime backend (so the emulator / refusal applies)."""
    return {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("AZURE_OPENAI_", "OPENAI_")) and k != "PIPECAT_RT_BEST_BACKEND"
    }


def _run(*args: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BOT), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_clean_env(),
        check=False,
    )


def test_offline_call_commits_turns_plays_audio_and_truncates() -> None:
    done = _run("--offline")
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    turns = re.search(r"spoken: (\d+); ended by the VAD: (\d+); committed at the model: (\d+)", out)
    assert turns and turns.groups() == ("2", "2", "2"), out
    heard = re.search(r"bot replies heard by the caller: (\d+) \(([\d.]+) s of bot audio", out)
    assert heard and int(heard[1]) >= 3 and float(heard[2]) > 3.0, out
    cut = re.search(r"barge-in: truncate \S+ at audio_end_ms=(\d+) \(heard_ms=(\d+)", out)
    # the caller cut in 1.5 s after hearing the bot start, the VAD needs ~0.6 s more: 2.24 s
    # heard idle. A CI run on a starved machine played the bot's WebRTC audio 2.5x slower
    # than real time (a 5.6 s greeting took 14.4 s), and the playout rightly said 0.88 s
    assert cut and 300 < int(cut[1]) < 6000, out
    assert "prompt states: 1_greeting → 2_get_name → 3_verify_phone" in out
    assert "bot ended on disconnect: True" in out
    assert out.rstrip().splitlines()[-1].startswith("ok: the call worked")


async def test_offline_call_uses_a_backend_the_environment_configures() -> None:
    # a "real" backend stand-in: an emulator of the test's own, named by the environment
    replies = ["Hello, TechNest.", "Sure, go on, I'm listening.", "Okay."]
    script = EmulatorScript(replies=replies, ms_per_char=30)  # a brisk talker: a short test
    async with RealtimeEmulator(api_key="env-key", script=script) as emu:
        env = {**_clean_env(), "OPENAI_API_KEY": "env-key", "OPENAI_REALTIME_URL": emu.url}
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            str(BOT),
            "--offline",
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            out, err = await asyncio.wait_for(proc.communicate(), 90)
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
    text = out.decode()
    assert proc.returncode == 0, text + err.decode()
    assert "realtime: the backend in the environment" in text
    assert "committed at the model: not visible (a real backend)" in text
    assert sum(len(session.commits) for session in emu.sessions) == 2


def test_refuses_without_backend_in_one_line() -> None:
    done = _run(timeout=60)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "OPENAI_API_KEY" in lines[0] and "--offline" in lines[0]
    assert "Traceback" not in done.stderr


def test_refuses_another_transport() -> None:
    done = _run("-t", "twilio", timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "browser_bot.py: error: this bot serves -t webrtc only, not -t twilio"
    ]


def test_help_lists_offline_and_the_runner_options() -> None:
    done = _run("--help", timeout=60)
    assert done.returncode == 0, done.stderr
    assert "--offline" in done.stdout and "--transport" in done.stdout


@contextlib.asynccontextmanager
async def _runner(emulator_url: str, port: int) -> AsyncIterator[asyncio.subprocess.Process]:
    """``browser_bot.py -t webrtc`` in its own process, its ICE kept on 127.0.0.1."""
    launch = (
        "import runpy, sys\n"
        "from pipecat_rt_best.testing.webrtc_caller import loopback_ice\n"
        f"sys.argv = [{str(BOT)!r}, '-t', 'webrtc', '--host', '127.0.0.1', '--port', '{port}']\n"
        "with loopback_ice():\n"
        f"    runpy.run_path({str(BOT)!r}, run_name='__main__')\n"
    )
    # a call that worked ends with an INFO summary (the bots log at WARNING unless LOGURU_LEVEL says)
    env = {
        **_clean_env(),
        "OPENAI_API_KEY": "test-key",
        "OPENAI_REALTIME_URL": emulator_url,
        "LOGURU_LEVEL": "INFO",
    }
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        launch,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        yield proc
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


async def _wait_until_serving(port: int, proc: asyncio.subprocess.Process) -> None:
    deadline = time.monotonic() + 30
    async with aiohttp.ClientSession() as http:
        while time.monotonic() < deadline:
            assert proc.returncode is None, "the runner exited"
            with contextlib.suppress(aiohttp.ClientError):
                async with http.get(f"http://127.0.0.1:{port}/client/") as r:
                    if r.status == 200:  # the prebuilt browser client is served
                        return
            await asyncio.sleep(0.2)
    pytest.fail("the runner did not serve /client/ in 30 s")


async def test_webrtc_runner_serves_a_browser_call_and_shuts_down() -> None:
    script = EmulatorScript(replies=["Hello, this is Riya from TechNest.", "Okay, noted."])
    port = free_port()
    async with (
        RealtimeEmulator(api_key="test-key", script=script) as emu,
        _runner(emu.url, port) as proc,
    ):
        await _wait_until_serving(port, proc)
        turns = [CallerTurn(synth_utterance(1.2, 16000, seed=3), delay_s=0.4)]
        with loopback_ice():
            caller = WebRTCCaller(turns, sample_rate=16000)
            await offer_over_http(caller, f"http://127.0.0.1:{port}")
            heard = await caller.run(max_call_s=30, hang_up_after_s=10)
        assert heard.connected and heard.voiced_s > 1.0, heard
        assert len(heard.turns_spoken) == 1 and heard.bot_replies_heard == 2, heard
        # the bot ended with the call: its summary line comes without anyone stopping it
        assert proc.stderr is not None
        log = b""
        deadline = time.monotonic() + 15
        while b"call ended:" not in log and time.monotonic() < deadline:
            with contextlib.suppress(TimeoutError):
                log += await asyncio.wait_for(proc.stderr.read(4096), 0.5)
        assert b"call ended: 1 caller turn(s)" in log, log[-3000:].decode(errors="replace")
        # the call ran on the pool's first session; the pool has warmed another for the next
        assert [len(session.commits) for session in emu.sessions] == [1, 0]
        # and the server stops at once when asked (no worker outliving its call)
        proc.send_signal(signal.SIGINT)
        reader = asyncio.create_task(proc.stderr.read())  # keep the pipe drained
        await asyncio.wait_for(proc.wait(), 15)
        reader.cancel()
