"""The sample bots and ``simulate``: each user mistake → one line on stderr, a non-zero exit (issue 18.3).

Each test makes the mistake as a person would, in a subprocess, and asserts the exit code
and that stderr is exactly one ``<prog>: error: ...`` line (no usage block, no log lines,
no traceback) saying what to do. The command-line tool's own mistakes are in
``test_cli_errors.py``.
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipecat_rt_best.testing.azure_speech_emulator import AzureSpeechEmulator
from pipecat_rt_best.testing.realtime_emulator import Faults, RealtimeEmulator
from tests.ports import refused_port

ROOT = Path(__file__).resolve().parents[1]
PIPELINES = ROOT / "pipelines"
EXAMPLES = ROOT / "examples"
# a backend that would replace an emulator, or pass a check, if left in the environment
UNSET = (
    "AZURE_OPENAI_REALTIME_ENDPOINT",
    "AZURE_OPENAI_API_KEY",
    "AZURE_OPENAI_AUTH",
    "OPENAI_API_KEY",
    "OPENAI_REALTIME_URL",
    "PIPECAT_RT_BEST_BACKEND",
    "AZURE_SPEECH_API_KEY",
    "AZURE_SPEECH_AUTH_TOKEN",
    "AZURE_SPEECH_RESOURCE_ID",
    "AZURE_SPEECH_REGION",
    "AZURE_SPEECH_ENDPOINT",
    "AZURE_SPEECH_HOST",
    "TWILIO_AUTH_TOKEN",
)
# a failed call must end on its own well before this (a hang is the bug, not slowness)
PROMPT_S = 30.0


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in UNSET}
    env.update(extra)
    return env


def _closed_url() -> str:
    """A realtime URL nothing listens on (the backend is unreachable), refused until the test
    ends (a free port closed again was once taken by a parallel test's emulator, which
    answered 403)."""
    return f"ws://127.0.0.1:{refused_port()}/v1"


def _configured(**extra: str) -> dict[str, str]:
    """A realtime backend that passes the start-up check (it is never connected to)."""
    return _env(OPENAI_API_KEY="sk-not-real", OPENAI_REALTIME_URL=_closed_url(), **extra)


def _run(
    script: Path | str, *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, str(script), *args] if isinstance(script, Path) else [script, *args]
    try:
        return subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout, env=env or _env(), check=False
        )
    except subprocess.TimeoutExpired:  # killed by now
        pytest.fail(f"{' '.join(cmd[1:])} was still running after {timeout:g} s")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return _run(sys.executable, "-m", "pipecat_rt_best.cli", *args)


def _one_line(done: subprocess.CompletedProcess[str], prog: str) -> str:
    """The only line on stderr, which must be ``<prog>: error: ...``; the exit is non-zero."""
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"{prog}: error: "), lines[0]
    assert done.returncode != 0, (done.returncode, done.stdout)
    return lines[0]


# -- typos in choices ---------------------------------------------------------------------


def test_phone_bot_transport_typo() -> None:
    done = _run(PIPELINES / "phone_bot.py", "-t", "twilo", env=_configured())
    line = _one_line(done, "phone_bot.py")
    assert done.returncode == 2
    assert "not -t twilo" in line and "did you mean -t twilio?" in line


def test_phone_bot_provider_typo() -> None:
    done = _run(PIPELINES / "phone_bot.py", "--offline", "--provider", "twilo")
    line = _one_line(done, "phone_bot.py")
    assert done.returncode == 2
    assert "--provider" in line and "did you mean 'twilio'?" in line


def test_browser_bot_is_not_a_phone_bot() -> None:
    done = _run(PIPELINES / "browser_bot.py", "-t", "twilio", env=_configured())
    line = _one_line(done, "browser_bot.py")
    assert done.returncode == 2
    assert "serves -t webrtc only" in line and "not -t twilio" in line


@pytest.mark.parametrize("script", ["phone_bot.py", "browser_bot.py"])
def test_direct_is_refused_by_a_bot_that_serves_no_daily(script: str) -> None:
    # the runner's -d means -t daily: the phone bot went on to a DAILY_API_KEY traceback,
    # the browser bot to the runner's ERROR log line and exit 0
    done = _run(PIPELINES / script, "-d", env=_configured(), timeout=PROMPT_S)
    line = _one_line(done, script)
    assert done.returncode == 2
    assert "-d/--direct" in line and "-t daily" in line and "serves -t" in line


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["-t", "telnyx"],
            "(unrecognized: -t telnyx); the simulated call's provider is --provider telnyx",
        ),
        (["--port", "7861"], "(unrecognized: --port 7861)"),
    ],
)
def test_offline_takes_no_runner_options(args: list[str], said: str) -> None:
    # it said "unrecognized arguments" of options --help lists
    done = _run(PIPELINES / "phone_bot.py", "--offline", *args)
    line = _one_line(done, "phone_bot.py")
    assert done.returncode == 2
    assert f"--offline takes no runner options {said}" in line


@pytest.mark.parametrize(
    ("script", "choices", "said"),
    [
        ("phone_bot.py", "{twilio,telnyx,plivo,exotel}", "without -t, /ws takes a call from any"),
        ("browser_bot.py", "{webrtc}", "the only transport this bot serves"),
    ],
)
def test_help_offers_the_transports_the_bot_serves(script: str, choices: str, said: str) -> None:
    # it offered the runner's -t {daily,eval,livekit,...}, "omit to support all transports",
    # and -d/--direct (a Daily room)
    done = _run(PIPELINES / script, "--help")
    assert done.returncode == 0, done.stderr
    help_text = " ".join(done.stdout.split())
    # argparse names the choices once from Python 3.13 on: "-t, --transport {...}"
    offered = (f"-t {choices}, --transport {choices} ", f"-t, --transport {choices} ")
    assert any(o in help_text for o in offered) and said in help_text, help_text
    assert "daily" not in help_text.lower() and "--direct" not in help_text


def test_simulate_modality_typo() -> None:
    done = _cli("simulate", "--modality", "speech")
    line = _one_line(done, "pipecat-rt-best simulate")
    assert done.returncode == 2
    assert "--modality" in line and "'speech'" in line and "'text', 'audio'" in line


def test_simulate_modality_typo_suggests_the_choice() -> None:
    done = _cli("simulate", "--modality", "txt")
    line = _one_line(done, "pipecat-rt-best simulate")
    assert "did you mean 'text'?" in line


def test_simulate_out_is_a_file(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "report.json"
    not_a_dir.write_text("{}")
    done = _cli("simulate", "--out", str(not_a_dir))
    line = _one_line(done, "pipecat-rt-best simulate")
    assert done.returncode == 2
    assert f"--out {not_a_dir}" in line and "folder" in line
    assert done.stdout == ""  # refused before the call started


def test_simulate_out_under_a_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    done = _cli("simulate", "--out", str(tmp_path / "file" / "out"))
    line = _one_line(done, "pipecat-rt-best simulate")
    assert done.returncode == 2 and "--out" in line
    assert done.stdout == ""  # refused before the call, not after it


# -- the prompt file ----------------------------------------------------------------------


def test_prompt_file_missing(tmp_path: Path) -> None:
    missing = tmp_path / "my_prompt.yaml"
    done = _run(PIPELINES / "phone_bot.py", "-t", "twilio", "--prompt", str(missing))
    line = _one_line(done, "phone_bot.py")
    assert done.returncode == 2
    assert str(missing) in line and "no such file" in line


def test_prompt_file_invalid(tmp_path: Path) -> None:
    bad = tmp_path / "my_prompt.yaml"
    bad.write_text("name: Riya\n")  # YAML, but none of the five sections
    done = _run(PIPELINES / "browser_bot.py", "--offline", "--prompt", str(bad))
    line = _one_line(done, "browser_bot.py")
    assert done.returncode == 2
    assert str(bad) in line and "required section is missing" in line


# -- the port -----------------------------------------------------------------------------


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        yield busy.getsockname()[1]


@pytest.mark.parametrize("script", ["phone_bot.py", "browser_bot.py"])
def test_port_in_use(script: str, busy_port: int) -> None:
    done = _run(PIPELINES / script, "--port", str(busy_port), env=_configured())
    line = _one_line(done, script)
    assert done.returncode == 2
    assert f":{busy_port}" in line and "--port" in line
    assert "PIPECAT DEVELOPMENT RUNNER" not in done.stdout  # refused before the runner


# a TURN server, its JSON cut short; one whose password is under a key the runner does not take
TURN = '{"urls": "turn:turn.example.com:3478", "username": "u", "credential": "s3cret-pass"'
BAD_KEY = '{"urls": "turn:turn.example.com:3478", "username": "u", "password": "s3cret-pass"}'


@pytest.mark.parametrize(
    ("script", "args", "extra", "named"),
    [
        ("browser_bot.py", ["--ice-servers", "{bad", "--port", "0"], {}, "--ice-servers"),
        ("browser_bot.py", ["--port", "0"], {"PIPECAT_ICE_SERVERS": TURN}, "PIPECAT_ICE_SERVERS"),
        ("browser_bot.py", ["--port", "0", "--ice-servers", BAD_KEY], {}, "--ice-servers"),
        (
            "phone_bot.py",
            ["-t", "twilio", "--port", "0", "--ice-servers", TURN],
            {},
            "--ice-servers",
        ),
    ],
)
def test_ice_servers_the_runner_cannot_read(
    script: str, args: list[str], extra: dict[str, str], named: str
) -> None:
    # the runner logged an ERROR and returned: the bot exited 0
    done = _run(PIPELINES / script, *args, env=_configured(**extra), timeout=PROMPT_S)
    line = _one_line(done, script)
    assert done.returncode == 2
    assert line.startswith(f"{script}: error: {named} is not a list of STUN/TURN servers")
    assert '"urls"' in line and "s3cret-pass" not in line
    assert "PIPECAT DEVELOPMENT RUNNER" not in done.stdout


# -- the backend --------------------------------------------------------------------------


def test_hindi_bot_without_azure_speech() -> None:
    done = _run(PIPELINES / "hindi_phone_bot.py", "-t", "twilio", env=_configured())
    line = _one_line(done, "hindi_phone_bot.py")
    assert done.returncode == 2
    assert "AZURE_SPEECH_API_KEY" in line and "--offline" in line


@pytest.mark.parametrize(
    ("script", "args", "offline"),
    [
        (PIPELINES / "phone_bot.py", ["-t", "twilio"], "— or run with --offline"),
        (EXAMPLES / "pooled_calls.py", [], "— or pass --offline"),
    ],
)
def test_azures_own_variable_names_are_named_as_the_cli_names_them(
    script: Path, args: list[str], offline: str
) -> None:
    # the bots and examples said "no realtime backend configured: set
    # AZURE_OPENAI_REALTIME_ENDPOINT + AZURE_OPENAI_API_KEY": the key was set, the endpoint
    # was under Azure's SDK name; the CLI alone named both
    env = _env(AZURE_OPENAI_ENDPOINT="https://res.openai.azure.com", AZURE_OPENAI_API_KEY="k42x")
    line = _one_line(_run(script, *args, env=env), script.name)
    assert "AZURE_OPENAI_API_KEY is set but no realtime backend is configured" in line
    assert "Azure OpenAI also needs AZURE_OPENAI_REALTIME_ENDPOINT" in line
    assert "AZURE_OPENAI_ENDPOINT is set: did you mean AZURE_OPENAI_REALTIME_ENDPOINT?" in line
    assert line.endswith(offline) and "k42x" not in line


# -- Microsoft Entra ID (session 42) -------------------------------------------------------------


def test_a_bare_entra_token_for_azure_speech_is_refused_at_start_naming_the_resource_id() -> None:
    # Azure Speech answers a bare Entra token 401 on every connection: the bot went mute
    from tests.entra_helpers import entra_jwt

    token = entra_jwt("PASTED")
    env = _configured(AZURE_SPEECH_AUTH_TOKEN=token, AZURE_SPEECH_REGION="centralindia")
    done = _run(PIPELINES / "hindi_phone_bot.py", "-t", "twilio", env=env)
    line = _one_line(done, "hindi_phone_bot.py")
    assert done.returncode == 2
    assert (
        "AZURE_SPEECH_AUTH_TOKEN is a Microsoft Entra ID token, which Azure Speech takes only "
        "with its resource's ID: set AZURE_SPEECH_RESOURCE_ID"
    ) in line
    assert line.endswith("— or run with --offline") and "PASTED" not in line


def test_a_speech_resource_id_that_is_not_one_is_refused_at_start() -> None:
    env = _configured(
        AZURE_SPEECH_RESOURCE_ID="https://sahyog-speech.cognitiveservices.azure.com",
        AZURE_SPEECH_REGION="centralindia",
    )
    done = _run(PIPELINES / "hindi_phone_bot.py", "-t", "twilio", env=env)
    line = _one_line(done, "hindi_phone_bot.py")
    assert done.returncode == 2
    assert "AZURE_SPEECH_RESOURCE_ID must be the Speech resource's ID, /subscriptions/" in line
    assert "(a URL goes in AZURE_SPEECH_ENDPOINT)" in line and "sahyog-speech" not in line


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (
            {"AZURE_OPENAI_AUTH": "aad"},
            "AZURE_OPENAI_AUTH must be 'entra' (Microsoft Entra ID, from azure.identity) or "
            "'key' (AZURE_OPENAI_API_KEY) (it is set to 'aad')",
        ),
        (
            {},
            "Azure needs AZURE_OPENAI_API_KEY, or Microsoft Entra ID: set AZURE_OPENAI_AUTH=entra",
        ),
    ],
)
def test_azure_without_a_key_names_the_entra_switch(extra: dict[str, str], said: str) -> None:
    env = _env(AZURE_OPENAI_REALTIME_ENDPOINT="https://sahyog.openai.azure.com", **extra)
    done = _run(PIPELINES / "phone_bot.py", "-t", "twilio", env=env)
    line = _one_line(done, "phone_bot.py")
    assert done.returncode == 2 and said in line and line.endswith("— or run with --offline")


def test_a_transcription_name_every_call_refuses_is_refused_at_start() -> None:
    # checked per call only: the bot said "Bot ready!", then each call died with a traceback
    # and the caller heard nothing (the backends review); an inline comment is what docker's
    # --env-file keeps
    env = _configured(OPENAI_REALTIME_TRANSCRIBE_MODEL="gpt-4o-transcribe # prod")
    done = _run(PIPELINES / "phone_bot.py", "-t", "twilio", env=env)
    line = _one_line(done, "phone_bot.py")
    assert done.returncode == 2
    assert "OPENAI_REALTIME_TRANSCRIBE_MODEL must be a name" in line and "'#'" in line


@pytest.mark.parametrize("script", ["phone_bot.py", "browser_bot.py"])
def test_offline_with_an_unreachable_backend(script: str) -> None:
    env = _env(OPENAI_API_KEY="sk-not-real", OPENAI_REALTIME_URL=_closed_url())
    done = _run(PIPELINES / script, "--offline", env=env, timeout=PROMPT_S)
    line = _one_line(done, script)
    assert done.returncode == 1
    assert "cannot reach the realtime backend" in line and "OPENAI_REALTIME_URL" in line


def test_offline_with_azure_speech_unreachable_names_the_speech_settings() -> None:
    # the realtime emulator was fine: the message blamed the realtime backend
    env = _env(AZURE_SPEECH_API_KEY="x", AZURE_SPEECH_HOST=f"ws://127.0.0.1:{refused_port()}")
    done = _run(PIPELINES / "hindi_phone_bot.py", "--offline", env=env, timeout=PROMPT_S)
    line = _one_line(done, "hindi_phone_bot.py")
    assert "cannot reach Azure Speech" in line and "AZURE_SPEECH_HOST" in line
    assert "realtime backend" not in line


async def test_offline_with_a_rejected_speech_key_names_the_speech_variables() -> None:
    # it was the Speech SDK's long message, naming no variable
    async with AzureSpeechEmulator(api_key="the-right-key") as speech:
        env = _env(AZURE_SPEECH_API_KEY="a-wrong-key", AZURE_SPEECH_HOST=speech.host)
        proc = await asyncio.create_subprocess_exec(
            sys.executable, str(PIPELINES / "hindi_phone_bot.py"), "--offline", env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            out, err = await asyncio.wait_for(proc.communicate(), PROMPT_S)
        except TimeoutError:
            proc.kill()
            await proc.wait()
            pytest.fail(f"hindi_phone_bot.py --offline still running {PROMPT_S:g} s in")
    done = subprocess.CompletedProcess(["hindi"], proc.returncode, out.decode(), err.decode())
    line = _one_line(done, "hindi_phone_bot.py")
    assert done.returncode == 1
    assert "Azure Speech rejected the key: check AZURE_SPEECH_API_KEY" in line
    assert "a-wrong-key" not in line + done.stdout


@pytest.mark.parametrize("script", ["phone_bot.py", "browser_bot.py"])
async def test_offline_with_a_rejected_key(script: str) -> None:
    async with RealtimeEmulator(api_key="the-right-key") as emu:
        env = _env(OPENAI_API_KEY="a-wrong-key", OPENAI_REALTIME_URL=emu.url)
        began = time.monotonic()
        proc = await asyncio.create_subprocess_exec(
            sys.executable, str(PIPELINES / script), "--offline", env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            out, err = await asyncio.wait_for(proc.communicate(), PROMPT_S)
        except TimeoutError:
            proc.kill()
            await proc.wait()
            pytest.fail(f"{script} --offline still running {time.monotonic() - began:.0f} s in")
    done = subprocess.CompletedProcess([script], proc.returncode, out.decode(), err.decode())
    line = _one_line(done, script)
    assert done.returncode == 1
    assert "rejected the key" in line and "OPENAI_API_KEY" in line
    assert "a-wrong-key" not in line + done.stdout


@pytest.mark.parametrize(
    ("script", "pool_size"),
    [
        (PIPELINES / "phone_bot.py", "4"),
        (PIPELINES / "phone_bot.py", "0"),
        (EXAMPLES / "pooled_calls.py", "4"),
    ],
)
async def test_a_deployment_the_backend_does_not_have_is_named(
    script: Path, pool_size: str
) -> None:
    # Azure answers the handshake 404 DeploymentNotFound: the bot said "cannot reach the
    # realtime backend: check ... and the network", the example "check the key and endpoint"
    # (the backends review)
    async with RealtimeEmulator(api_key="k-0042", faults=Faults(refuse_handshake=404)) as emu:
        env = _env(
            AZURE_OPENAI_REALTIME_ENDPOINT=emu.azure_url,
            AZURE_OPENAI_API_KEY="k-0042",
            AZURE_OPENAI_REALTIME_DEPLOYMENT="gpt-realtime-mini",
            PIPECAT_RT_BEST_POOL_SIZE=pool_size,
        )
        args = ["--offline"] if script.parent == PIPELINES else []
        proc = await asyncio.create_subprocess_exec(
            sys.executable, str(script), *args, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            out, err = await asyncio.wait_for(proc.communicate(), PROMPT_S)
        except TimeoutError:
            proc.kill()
            await proc.wait()
            pytest.fail(f"{script.name} still running {PROMPT_S:g} s in")
    done = subprocess.CompletedProcess([script], proc.returncode, out.decode(), err.decode())
    line = _one_line(done, script.name)
    assert done.returncode == 1
    assert (
        "the realtime backend has no deployment/model 'gpt-realtime-mini' (HTTP 404): set "
        "AZURE_OPENAI_REALTIME_DEPLOYMENT" in line
    )
    assert "network" not in line and "check the key" not in line


# -- the examples -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "script", ["hindi_numbers_text.py", "pooled_calls.py", "structured_prompt.py"]
)
def test_example_with_an_unreachable_backend(script: str) -> None:
    env = _env(OPENAI_API_KEY="sk-not-real", OPENAI_REALTIME_URL=_closed_url())
    done = _run(EXAMPLES / script, env=env, timeout=PROMPT_S)
    line = _one_line(done, script)
    assert "reach" in line or "connect" in line.lower(), line


# -- .env -------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["bot", "cli"])
def test_settings_in_dotenv_count_before_the_checks(tmp_path: Path, command: str) -> None:
    # pipecat's runner reads .env when it is imported, after a bot has checked its backend:
    # a key kept in .env made the bot refuse to start ("no realtime backend configured"),
    # and the pack's commands never read .env at all
    (tmp_path / ".env").write_text("PIPECAT_RT_BEST_BACKEND=azur\n")
    if command == "bot":
        cmd = [sys.executable, str(PIPELINES / "phone_bot.py"), "-t", "twilio"]
        prog = "phone_bot.py"
    else:
        cmd = [sys.executable, "-m", "pipecat_rt_best.cli", "telephony-server", "--port", "0"]
        prog = "pipecat-rt-best telephony-server"
    done = subprocess.run(
        cmd, capture_output=True, text=True, timeout=60, env=_env(), cwd=tmp_path, check=False
    )
    assert "Traceback" not in done.stderr and done.returncode == 2, done.stderr
    # (the command's backend check loads pipecat, whose banner may come first)
    (line,) = [x for x in done.stderr.splitlines() if x.startswith(f"{prog}: error: ")]
    assert "PIPECAT_RT_BEST_BACKEND must be 'azure' or 'openai'" in line


@pytest.mark.parametrize("mode", [["--offline"], ["-t", "twilio"]])
def test_a_bad_pool_size_is_one_line_before_anything_starts(mode: list[str]) -> None:
    # it was a traceback (--offline), or under the runner a traceback in every call
    done = _run(PIPELINES / "phone_bot.py", *mode, env=_configured(PIPECAT_RT_BEST_POOL_SIZE="abc"))
    line = _one_line(done, "phone_bot.py")
    assert done.returncode == 2 and "PIPECAT_RT_BEST_POOL_SIZE must be a whole number" in line


_RUNNER_STUBBED = """
import runpy, sys
import pipecat.runner.run as runner
runner.main = lambda parser=None: print("the runner would serve now")
sys.argv = [sys.argv[1], *sys.argv[2:]]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


@pytest.mark.parametrize(
    ("args", "warned"),
    [
        (["-t", "twilio"], "twilio"),
        (["-t", "plivo"], "plivo"),
        (["-t", "twilio", "-x", "bot.example.com"], None),
        (["-t", "twilio", "--proxy=bot.example.com"], None),
        (["-t", "exotel"], None),  # Exotel's stream URL is set in its applet, not by a webhook
        ([], None),  # no -t: no webhook route, /ws takes any provider
    ],
)
def test_a_webhook_served_without_its_public_host_is_warned_about(
    args: list[str], warned: str | None
) -> None:
    # WRONG: `phone_bot.py -t twilio` without -x started quietly, and pipecat's runner then
    # answered every Twilio webhook with <Stream url="wss://None/ws">: each call failed to
    # open its stream, nothing in the bot's output said why.
    # EXPECTED: one warning line at start naming -x/--proxy and the URL it would give
    script = PIPELINES / "phone_bot.py"
    done = _run(sys.executable, "-c", _RUNNER_STUBBED, str(script), *args, env=_configured())
    assert done.returncode == 0, done.stderr
    assert "the runner would serve now" in done.stdout
    warnings = [x for x in done.stderr.splitlines() if ": warning: " in x]
    if warned is None:
        assert warnings == [], done.stderr
    else:
        (line,) = warnings
        assert line.startswith("phone_bot.py: warning: without -x/--proxy"), line
        assert f"answers {warned} with the stream URL wss://None/ws" in line
